/* print-sflow.c - sFlow version 5 datagrams (sflow.org), UDP 6343.
 *
 *   | Version | Agent address type | Agent | Sub-agent | Sequence |
 *   | Uptime | Samples | then each sample: | Format | Length | body,
 *   flow samples holding flow records, counter samples counter records
 * Output as tcpdump 4.99 print-sflow.c: the header only without -v.
 */
#include <inttypes.h>

#include "decode.h"
#include "out.h"
#include "table.h"

static const struct tok formats[] = {
	{ 1, "flow sample" }, { 2, "counter sample" },
	{ 3, "expanded flow sample" }, { 4, "expanded counter sample" },
	{ 0, NULL }
};

static const struct tok flow_types[] = {
	{ 1, "Raw packet" }, { 2, "Ethernet frame" }, { 3, "IPv4 Data" },
	{ 4, "IPv6 Data" }, { 1001, "Extended Switch data" },
	{ 1002, "Extended Router data" }, { 1003, "Extended Gateway data" },
	{ 1004, "Extended User data" }, { 1005, "Extended URL data" },
	{ 1006, "Extended MPLS data" }, { 1007, "Extended NAT data" },
	{ 1008, "Extended MPLS tunnel" }, { 1009, "Extended MPLS VC" },
	{ 1010, "Extended MPLS FEC" }, { 1011, "Extended MPLS LVP FEC" },
	{ 1012, "Extended VLAN Tunnel" },
	{ 0, NULL }
};

static const struct tok raw_protocols[] = {
	{ 1, "Ethernet" }, { 11, "IPv4" }, { 12, "IPv6" },
	{ 0, NULL }
};

static const struct tok counter_types[] = {
	{ 1, "Generic counter" }, { 2, "Ethernet counter" },
	{ 3, "Token ring counter" }, { 4, "100 BaseVG counter" },
	{ 5, "Vlan counter" }, { 1001, "Processor counter" },
	{ 0, NULL }
};

static const struct tok directions[] = {
	{ 0, "unknown" }, { 1, "full-duplex" }, { 2, "half-duplex" },
	{ 3, "in" }, { 4, "out" },
	{ 0, NULL }
};

struct sf {
	struct dctx *d;
	struct cursor c;
	bool cut;
};

static const char *name_or(const struct tok *t, unsigned v, const char *s)
{
	const char *n = tok_str(t, v);

	return n ? n : s;
}

/* The fields of fmt read in order from off: %u a 32-bit, %L a 64-bit
 * number, other text as it is; nothing is printed when the bytes were
 * not all captured (k->cut). Returns the bytes read. */
static unsigned fields(struct sf *k, unsigned off, const char *fmt)
{
	unsigned need = 0, p;
	const char *f;

	for (f = fmt; *f; f++)
		if (f[0] == '%' && (f[1] == 'u' || f[1] == 'L'))
			need += f[1] == 'u' ? 4 : 8;
	if (!cur_has(&k->c, off + need)) {
		k->cut = true;
		return 0;
	}
	for (f = fmt, p = off; *f; f++) {
		if (f[0] == '%' && f[1] == 'u') {
			out_fmt("%u", cur_peek_be32(&k->c, p));
			p += 4;
			f++;
		} else if (f[0] == '%' && f[1] == 'L') {
			out_fmt("%" PRIu64, (uint64_t)cur_peek_be32(&k->c, p) << 32 |
				cur_peek_be32(&k->c, p + 4));
			p += 8;
			f++;
		} else {
			out_char(*f);
		}
	}
	return need;
}

static bool generic_print(struct sf *k, unsigned off, unsigned len)
{
	unsigned dir, st;

	if (len < 88)
		return false;
	if (!cur_has(&k->c, off + 20)) {
		k->cut = true;
		return true;
	}
	dir = cur_peek_be32(&k->c, off + 16);
	out_fmt("\n\t      ifindex %u, iftype %u, ifspeed %" PRIu64
		", ifdirection %u (%s)", cur_peek_be32(&k->c, off),
		cur_peek_be32(&k->c, off + 4),
		(uint64_t)cur_peek_be32(&k->c, off + 8) << 32 |
		cur_peek_be32(&k->c, off + 12), dir,
		name_or(directions, dir, "Unknown"));
	if (!cur_has(&k->c, off + 24)) {
		k->cut = true;
		return true;
	}
	st = cur_peek_be32(&k->c, off + 20);
	out_fmt("\n\t      ifstatus %u, adminstatus: %s, operstatus: %s", st,
		st & 1 ? "up" : "down", st & 2 ? "up" : "down");
	off += 24;
	off += fields(k, off, "\n\t      In octets %L, unicast pkts %u, "
		      "multicast pkts %u, broadcast pkts %u, discards %u");
	if (!k->cut)
		off += fields(k, off, "\n\t      In errors %u, unknown protos %u");
	if (!k->cut)
		off += fields(k, off, "\n\t      Out octets %L, unicast pkts %u, "
			      "multicast pkts %u, broadcast pkts %u, discards %u");
	if (!k->cut)
		fields(k, off, "\n\t      Out errors %u, promisc mode %u");
	return true;
}

/* The counter records whose layout is a plain list of numbers. */
static const struct {
	unsigned type, size;
	const char *fmt[5];
} counter_fmts[] = {
	{ 2, 52, { "\n\t      align errors %u, fcs errors %u, single collision %u, multiple collision %u, test error %u",
		   "\n\t      deferred %u, late collision %u, excessive collision %u, mac trans error %u",
		   "\n\t      carrier error %u, frames too long %u, mac receive errors %u, symbol errors %u" } },
	{ 4, 80, { "\n\t      in high prio frames %u, in high prio octets %L",
		   "\n\t      in norm prio frames %u, in norm prio octets %L",
		   "\n\t      in ipm errors %u, oversized %u, in data errors %u, null addressed frames %u",
		   "\n\t      out high prio frames %u, out high prio octets %L, trans into frames %u",
		   "\n\t      in hc high prio octets %L, in hc norm prio octets %L, out hc high prio octets %L" } },
	{ 5, 28, { "\n\t      vlan_id %u, octets %L, unicast_pkt %u, multicast_pkt %u, broadcast_pkt %u, discards %u" } },
	{ 1001, 28, { "\n\t      5sec %u, 1min %u, 5min %u, total_mem %L, total_mem %L" } },
};

/* A known counter record's body; false when it is too short. */
static bool counter_body(struct sf *k, unsigned type, unsigned off,
			 unsigned len)
{
	size_t i, j;

	if (type == 1)
		return generic_print(k, off, len);
	if (type == 3)
		return true;
	for (i = 0; i < sizeof(counter_fmts) / sizeof(counter_fmts[0]); i++) {
		if (counter_fmts[i].type != type)
			continue;
		if (len < counter_fmts[i].size)
			return false;
		for (j = 0; j < 5 && counter_fmts[i].fmt[j] && !k->cut; j++)
			off += fields(k, off, counter_fmts[i].fmt[j]);
		return true;
	}
	return true;
}

/* print_unknown_data of n bytes (as captured) with the given indent. */
static void unknown_print(struct sf *k, unsigned off, unsigned n,
			  const char *ident)
{
	struct cursor c = k->c;

	cur_skip(&c, off);
	decode_hex_ident(c, n, ident);
}

static bool counter_known(struct sf *k, unsigned type, unsigned off,
			  unsigned len, unsigned rlen)
{
	if (tok_str(counter_types, type))
		return counter_body(k, type, off, len);
	if (k->d->vflag <= 1)
		unknown_print(k, off, rlen, "\n\t\t");
	return true;
}

static bool flow_body(struct sf *k, unsigned type, unsigned off,
		      unsigned len, unsigned rlen)
{
	switch (type) {
	case 1:
		if (len < 16)
			return false;
		if (!cur_has(&k->c, off + 16)) {
			k->cut = true;
			return true;
		}
		out_fmt("\n\t      protocol %s (%u), length %u, stripped bytes %u, header_size %u",
			name_or(raw_protocols, cur_peek_be32(&k->c, off), "Unknown"),
			cur_peek_be32(&k->c, off), cur_peek_be32(&k->c, off + 4),
			cur_peek_be32(&k->c, off + 8), cur_peek_be32(&k->c, off + 12));
		return true;
	case 2:
		if (len < 24)
			return false;
		if (!cur_has(&k->c, off + 24)) {
			k->cut = true;
			return true;
		}
		out_fmt("\n\t      frame len %u, type %u", cur_peek_be32(&k->c, off),
			cur_peek_be32(&k->c, off + 20));
		return true;
	case 1001:
		if (len < 16)
			return false;
		fields(k, off, "\n\t      src vlan %u, src pri %u, dst vlan %u, dst pri %u");
		return true;
	}
	if (!tok_str(flow_types, type) && k->d->vflag <= 1)
		unknown_print(k, off, rlen, "\n\t\t");
	return true;
}

/* Counter (flow with flow set) records from off, len bytes left;
 * false: invalid. */
static bool records_print(struct sf *k, unsigned off, unsigned len,
			  unsigned n, bool flow)
{
	while (n-- > 0 && !k->cut) {
		uint32_t fmt, rlen, ent, type;

		if (len < 8)
			return false;
		if (!cur_has(&k->c, off + 8)) {
			k->cut = true;
			return true;
		}
		fmt = cur_peek_be32(&k->c, off);
		rlen = cur_peek_be32(&k->c, off + 4);
		type = fmt & 0xfff;
		ent = flow ? fmt >> 12 : fmt >> 20;
		out_fmt(flow ? "\n\t    enterprise %u %s (%u) length %u" :
			"\n\t    enterprise %u, %s (%u) length %u", ent,
			ent ? "Unknown" : name_or(flow ? flow_types :
						 counter_types, type, "Unknown"),
			type, rlen);
		off += 8;
		len -= 8;
		if (len < rlen)
			return false;
		if (!ent && !(flow ? flow_body(k, type, off, len, rlen) :
			      counter_known(k, type, off, len, rlen)))
			return false;
		off += rlen;
		len -= rlen;
	}
	return true;
}

/* A sample's body; false: invalid. */
static bool sample_print(struct sf *k, unsigned type, unsigned off,
			 unsigned len)
{
	/* header sizes of flow, counter, expanded flow, expanded counter */
	static const unsigned hdr[] = { 0, 32, 12, 44, 16 };
	unsigned n, h = hdr[type];
	bool expanded = type >= 3;

	if (len < h)
		return false;
	if (!cur_has(&k->c, off + h)) {
		k->cut = true;
		return true;
	}
	n = cur_peek_be32(&k->c, off + h - 4);
	out_fmt(" seqnum %u, type %u, idx %u", cur_peek_be32(&k->c, off),
		expanded ? cur_peek_be32(&k->c, off + 4) : cur_peek(&k->c, off + 4),
		expanded ? cur_peek_be32(&k->c, off + 8) :
		cur_peek_be32(&k->c, off + 4) & 0xffffff);
	if (type == 1)
		out_fmt(", rate %u, pool %u, drops %u, input %u output %u records %u",
			cur_peek_be32(&k->c, off + 8), cur_peek_be32(&k->c, off + 12),
			cur_peek_be32(&k->c, off + 16), cur_peek_be32(&k->c, off + 20),
			cur_peek_be32(&k->c, off + 24), n);
	else if (type == 3)
		out_fmt(", rate %u, pool %u, drops %u, records %u",
			cur_peek_be32(&k->c, off + 12), cur_peek_be32(&k->c, off + 16),
			cur_peek_be32(&k->c, off + 20), n);
	else
		out_fmt(", records %u", n);
	return records_print(k, off + h, len - h, n, type == 1 || type == 3);
}

static void samples_print(struct sf *k, unsigned off, unsigned len,
			  uint32_t n)
{
	while (n > 0 && len > 0 && !k->cut) {
		uint32_t type, slen;

		if (!cur_has(&k->c, off + 8)) {
			k->cut = true;
			return;
		}
		type = cur_peek_be32(&k->c, off) & 0xfff;
		slen = cur_peek_be32(&k->c, off + 4);
		if (len < 8)
			goto invalid;
		off += 8;
		len -= 8;
		out_fmt("\n\t%s (%u), length %u,", name_or(formats, type, "Unknown"),
			type, slen);
		if (type == 0 || slen == 0)
			return;
		if (len < slen)
			goto invalid;
		if (!cur_has(&k->c, off + slen)) {
			k->cut = true;
			return;
		}
		if (type >= 1 && type <= 4) {
			if (!sample_print(k, type, off, len))
				goto invalid;
		} else if (k->d->vflag <= 1) {
			unknown_print(k, off, slen, "\n\t    ");
		}
		off += slen;
		len -= slen;
		n--;
	}
	return;
invalid:
	decode_invalid(k->d);
	if (!cur_has(&k->c, off + len))
		k->cut = true;
}

DECODE_PORT(UDP, 360, 6343, 6343, PORT_EITHER, sflow_print)
DECODE_PT("sflow", UDP, sflow_print)

void sflow_print(struct dctx *d, struct cursor c, unsigned len,
		 const struct l4info *l4 DECODE_UNUSED)
{
	struct sf k = { d, c, false };
	unsigned ipv, alen, hlen;

	if (!cur_has(&c, 8))
		goto cut;
	ipv = cur_peek_be32(&c, 4);
	if ((len < 28 && ipv == 1) || (len < 40 && ipv == 2)) {
		out_fmt("sFlowv%u [length %u < 28]", cur_peek_be32(&c, 0), len);
		decode_invalid(d);
		return;
	}
	if (!cur_has(&c, 28))
		goto cut;
	if (cur_peek_be32(&c, 0) != 5) {
		out_fmt("sFlow version %u packet not supported", cur_peek_be32(&c, 0));
		return;
	}
	alen = ipv == 1 ? 4 : 16;
	hlen = 8 + alen + 16;
	/* without -v an IPv6 agent's header is read as far as its id */
	if (d->vflag && !cur_has(&c, ipv == 1 ? 28 : 40))
		goto cut;
	out_fmt("sFlowv%u, %s agent ", 5u, ipv == 1 ? "IPv4" : "IPv6");
	if (ipv == 1) {
		uint8_t a[4] = { cur_peek(&c, 8), cur_peek(&c, 9), cur_peek(&c, 10),
				 cur_peek(&c, 11) };

		decode_ip4addr(d, a);
	} else {
		decode_ip6addr_at(d, c, 8);
	}
	out_fmt(", agent-id %u", cur_peek_be32(&c, 8 + alen));
	if (!d->vflag) {
		out_fmt(", length %u", len);
		return;
	}
	out_fmt(", seqnum %u, uptime %u, samples %u, length %u",
		cur_peek_be32(&c, 12 + alen), cur_peek_be32(&c, 16 + alen),
		cur_peek_be32(&c, 20 + alen), len);
	if (len < hlen) {
		decode_invalid(d);
		return;
	}
	samples_print(&k, hlen, len - hlen, cur_peek_be32(&c, 20 + alen));
	if (k.cut)
		goto cut;
	return;
cut:
	decode_trunc_cut(d, "sflow");
}
