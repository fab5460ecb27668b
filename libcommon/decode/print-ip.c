/* print-ip.c - IPv4 (RFC 791) and the transport demultiplexer.
 *
 *   0                   1                   2                   3
 *   |Version|  IHL  |    TOS        |          Total Length         |
 *   |         Identification        |Flags|      Fragment Offset    |
 *   |  Time to Live |    Protocol   |         Header Checksum       |
 *   |                       Source Address                          |
 *   |                    Destination Address                        |
 * Output as tcpdump 4.99 print-ip.c.
 */
#include <string.h>

#include "decode.h"
#include "ip.h"
#include "out.h"
#include "table.h"

enum { IP_HDRLEN = 20, IP_MF = 0x2000, IP_DF = 0x4000, IP_RES = 0x8000,
       IP_OFFMASK = 0x1fff };

static const struct tok ip_frag_values[] = {
	{ IP_MF, "+" },
	{ IP_DF, "DF" },
	{ IP_RES, "rsvd" },
	{ 0, NULL }
};

void ip_demux_print(struct dctx *d, struct cursor c, unsigned len,
		    const struct ipinfo *ip)
{
	decode_ip_proto *fn = decode_ipproto_lookup(ip->nh);
	const char *name;

	if (fn) {
		fn(d, c, len, ip);
		return;
	}
	/* Sun ND (77) has its own line in tcpdump, with or without -n */
	name = ip->nh == 77 ? "nd" : d->nflag ? NULL : names_ipproto(ip->nh);
	if (name)
		out_fmt(" %s", name);
	else
		out_fmt(" ip-proto-%u", ip->nh);
	out_fmt(" %u", len);
}

static void ip_addrs(struct dctx *d, const struct ipinfo *ip, const char *sep)
{
	decode_ip4addr(d, ip->src);
	out_str(" > ");
	decode_ip4addr(d, ip->dst);
	out_str(sep);
}

/* -v: the parenthesised header summary; returns false when the options
 * were truncated (the line then ends with the addresses and a marker). */
static bool ip_verbose(struct dctx *d, struct cursor hdr, unsigned hlen,
		       unsigned tos, unsigned off, const struct ipinfo *ip,
		       unsigned totlen)
{
	static const char *const ecn[] = { "", ",ECT(1)", ",ECT(0)", ",CE" };
	struct cursor opts = hdr;
	bool ok = true;
	uint16_t sum;
	const char *pname = ipproto_name(ip->nh);

	/* every line at -v: no printf here */
	out_str("(tos 0x");
	out_hex(tos, 0);
	out_str(ecn[tos & 3]);
	if (ip->ttl >= 1) {
		out_str(", ttl ");
		out_uint(ip->ttl, 0);
	}
	out_str(", id ");
	out_uint((unsigned)(cur_peek(&hdr, 4) << 8 | cur_peek(&hdr, 5)), 0);
	out_str(", offset ");
	out_uint((off & IP_OFFMASK) * 8, 0);
	out_str(", flags [");
	tok_bits_print(ip_frag_values, off & (IP_RES | IP_DF | IP_MF), ", ",
		       "none");
	out_str("], proto ");
	out_str(pname ? pname : "unknown");
	out_str(" (");
	out_uint(ip->nh, 0);
	out_str("), length ");
	out_uint(totlen, 0);
	if (hlen > IP_HDRLEN) {
		cur_skip(&opts, IP_HDRLEN);
		out_str(", options (");
		switch (ip_options_print(d, opts, hlen - IP_HDRLEN)) {
		case -2:
			decode_trunc_cut(d, "ip");
			return false;
		case -1:
			out_str(" [truncated-option]");
			ok = false;
			break;
		}
		out_char(')');
	}
	if (!d->Kflag && cur_has(&hdr, hlen)) {
		sum = decode_cksum(hdr, hlen, 0);
		if (sum != 0) {
			unsigned isum = cur_peek(&hdr, 10) << 8 |
					cur_peek(&hdr, 11);
			out_fmt(", bad cksum %x (->%x)!", isum,
				decode_cksum_shouldbe(isum, sum));
		}
	}
	out_str(")\n    ");
	return ok;
}

DECODE_KEY(ETHERTYPE, 0x0800, ip_print)
DECODE_KEY(IPPROTO, 4, ipip_print)

/* IPv4 in IPv4 or IPv6 (RFC 2003). */
void ipip_print(struct dctx *d, struct cursor c, unsigned len,
		const struct ipinfo *outer DECODE_UNUSED)
{
	ip_print(d, c, len);
}

/* The destination of the transport checksum's pseudo-header: the last
 * address of a loose or strict source route option, as tcpdump takes
 * it, else the header's (already in pdst). */
static void ip_finddst(struct cursor hdr, unsigned hlen, uint8_t pdst[4])
{
	unsigned off = IP_HDRLEN, opt, olen, i;

	while (off < hlen && cur_has(&hdr, off + 2)) {
		opt = cur_peek(&hdr, off);
		if (opt == 0)	/* end of options */
			return;
		olen = opt == 1 ? 1 : cur_peek(&hdr, off + 1);
		if (olen < 2 && opt != 1)
			return;
		if (hlen - off < olen || !cur_has(&hdr, off + olen))
			return;
		if ((opt == 131 || opt == 137) && olen >= 7) {
			for (i = 0; i < 4; i++)
				pdst[i] = cur_peek(&hdr, off + olen - 4 + i);
			return;
		}
		off += olen;
	}
}

void ip_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct cursor hdr = c;
	struct ipinfo ip = { .version = 4 };
	unsigned vhl, hlen, tos, totlen, off;

	if (!cur_has(&c, 1)) {
		/* tcpdump gives up reading the version, before "IP " */
		decode_trunc_cut(d, "ip");
		return;
	}
	vhl = cur_peek(&c, 0);
	if (vhl >> 4 != 4) {
		if (vhl >> 4 == 6)
			out_str("IP6, wrong link-layer encapsulation");
		else
			out_fmt("IP%u", vhl >> 4);
		decode_invalid(d);
		return;
	}
	if (!d->eflag)
		out_str("IP ");
	if (!cur_has(&c, IP_HDRLEN)) {
		decode_trunc(d, "ip");
		return;
	}
	if (len < IP_HDRLEN) {
		out_fmt("truncated-ip %u", len);
		return;
	}
	hlen = (vhl & 15) * 4;
	if (hlen < IP_HDRLEN) {
		out_fmt("bad-hlen %u", hlen);
		return;
	}
	cur_u8(&c);
	tos = cur_u8(&c);
	totlen = cur_be16(&c);
	cur_be16(&c);
	off = cur_be16(&c);
	ip.ttl = cur_u8(&c);
	ip.nh = cur_u8(&c);
	ip.hdr_nh = ip.nh;
	cur_be16(&c);
	cur_bytes(&c, ip.src, 4);
	cur_bytes(&c, ip.dst, 4);
	memcpy(ip.pdst, ip.dst, 4);
	if (len < totlen)
		out_fmt("truncated-ip - %u bytes missing! ", totlen - len);
	if (totlen < hlen) {
		out_fmt("bad-len %u", totlen);
		return;
	}
	/* the capture ends at the end of the IP datagram */
	if (cur_left(&hdr) > totlen)
		hdr.end = hdr.p + totlen;
	ip.len = totlen - hlen;
	ip_finddst(hdr, hlen, ip.pdst);
	ip.fragmented = (off & IP_MF) != 0;
	if (d->vflag && !ip_verbose(d, hdr, hlen, tos, off, &ip, totlen)) {
		if (d->stop)
			return;
		ip_addrs(d, &ip, ": ");
		decode_trunc(d, "ip");
		return;
	}
	if ((off & IP_OFFMASK) == 0) {
		if (ip.nh != IPP_TCP && ip.nh != IPP_UDP &&
		    ip.nh != IPP_SCTP && ip.nh != IPP_DCCP)
			ip_addrs(d, &ip, ": ");
		if (!cur_has(&hdr, hlen)) {
			out_fmt(" [remaining caplen(%u) < header length(%u)]",
				(unsigned)cur_left(&hdr), hlen);
			decode_trunc_cut(d, "ip");
			return;
		}
		cur_skip(&hdr, hlen);
		ip_demux_print(d, hdr, ip.len, &ip);
	} else {
		const char *name = d->nflag ? NULL : names_ipproto(ip.nh);

		if (d->qflag > 1)
			return;
		ip_addrs(d, &ip, ":");
		if (name)
			out_fmt(" %s", name);
		else
			out_fmt(" ip-proto-%u", ip.nh);
	}
}

static const struct tok ipproto_values[] = {
	{ 0, "Options" },
	{ 1, "ICMP" },
	{ 2, "IGMP" },
	{ 4, "IPIP" },
	{ 6, "TCP" },
	{ 8, "EGP" },
	{ 9, "IGRP" },
	{ 17, "UDP" },
	{ 33, "DCCP" },
	{ 41, "IPv6" },
	{ 43, "Routing" },
	{ 44, "Fragment" },
	{ 46, "RSVP" },
	{ 47, "GRE" },
	{ 50, "ESP" },
	{ 51, "AH" },
	{ 55, "Mobile IP" },
	{ 58, "ICMPv6" },
	{ 62, "Mobile IP (old)" },
	{ 88, "EIGRP" },
	{ 89, "OSPF" },
	{ 103, "PIM" },
	{ 108, "Compressed IP" },
	{ 112, "VRRP" },
	{ 113, "PGM" },
	{ 132, "SCTP" },
	{ 135, "Mobility" },
	{ 143, "Ethernet" },
	{ 0, NULL }
};

const char *ipproto_name(unsigned nh)
{
	return tok_str(ipproto_values, nh);
}

unsigned decode_cksum_shouldbe(unsigned sum, unsigned computed)
{
	uint32_t s = sum + computed;

	s = (s & 0xffff) + (s >> 16);
	s = (s & 0xffff) + (s >> 16);
	return s & 0xffff;
}

/* ---- IPv4 options (RFC 791 section 3.1) */

static const struct tok ip_option_values[] = {
	{ 0, "EOL" },
	{ 1, "NOP" },
	{ 68, "timestamp" },
	{ 130, "security" },
	{ 7, "RR" },
	{ 137, "SSRR" },
	{ 131, "LSRR" },
	{ 148, "RA" },
	{ 82, "traceroute" },
	{ 0, NULL }
};

/* Record route, strict and loose source route (RFC 791 3.1). Like the
 * timestamp option below, a length that is no multiple of the address
 * size has the last address read past the option's end: from the
 * header or payload after it, as far as the capture goes (tcpdump
 * reads there too); -1 past the capture. */
static int ip_printroute(struct dctx *d, struct cursor c, unsigned length)
{
	unsigned ptr, len;

	if (length < 3) {
		out_fmt(" [bad length %u]", length);
		return 0;
	}
	if ((length + 1) & 3)
		out_fmt(" [bad length %u]", length);
	ptr = cur_peek(&c, 2) - 1u;
	if (ptr < 3 || ((ptr + 1) & 3) || ptr > length + 1)
		out_fmt(" [bad ptr %u]", cur_peek(&c, 2));
	for (len = 3; len < length; len += 4) {
		uint8_t a[4];
		unsigned k;

		if (!cur_has(&c, len + 4))
			return -1;
		for (k = 0; k < 4; k++)
			a[k] = cur_peek(&c, len + k);
		out_char(' ');
		decode_ip4addr(d, a);
		if (ptr > len)
			out_char(',');
	}
	return 0;
}

/* The timestamp option (RFC 791 3.1, Internet Timestamp). */
static int ip_printts(struct dctx *d, struct cursor c, unsigned length)
{
	unsigned ptr, len = 0, hoplen, flags;
	const char *type;

	if (length < 4) {
		out_fmt("[bad length %u]", length);
		return 0;
	}
	out_str(" TS{");
	flags = cur_peek(&c, 3);
	hoplen = (flags & 15) != 0 ? 8 : 4;
	if ((length - 4) & (hoplen - 1))
		out_fmt("[bad length %u]", length);
	ptr = cur_peek(&c, 2) - 1u;
	if (ptr < 4 || ((ptr - 4) & (hoplen - 1)) || ptr > length + 1)
		out_fmt("[bad ptr %u]", cur_peek(&c, 2));
	switch (flags & 15) {
	case 0:
		out_str("TSONLY");
		break;
	case 1:
		out_str("TS+ADDR");
		break;
	case 3:
		out_str("PRESPEC");
		break;
	default:
		out_fmt("[bad ts type %u]", flags & 15);
		goto done;
	}
	type = " ";
	for (len = 4; len < length; len += hoplen) {
		uint32_t ts;

		if (ptr == len)
			type = " ^ ";
		if (!cur_has(&c, len + hoplen))
			return -1;
		ts = (uint32_t)cur_peek(&c, len + hoplen - 4) << 24 |
		     (uint32_t)cur_peek(&c, len + hoplen - 3) << 16 |
		     (uint32_t)cur_peek(&c, len + hoplen - 2) << 8 |
		     cur_peek(&c, len + hoplen - 1);
		out_fmt("%s%u@", type, ts);
		if (hoplen == 8) {
			uint8_t a[4];
			unsigned k;

			for (k = 0; k < 4; k++)
				a[k] = cur_peek(&c, len + k);
			decode_ip4addr(d, a);
		}
		type = " ";
	}
done:
	out_str(ptr == len ? " ^ " : "");
	if (flags >> 4)
		out_fmt(" [%u hops not recorded]} ", flags >> 4);
	else
		out_char('}');
	return 0;
}

int ip_options_print(struct dctx *d, struct cursor c, unsigned len)
{
	const char *sep = "";
	unsigned olen;

	for (; len > 0; cur_skip(&c, olen), len -= olen) {
		unsigned opt;
		struct cursor o = c;

		out_str(sep);
		sep = ",";
		/* the code and length are read (a cut), the rest
		 * checked (-1) */
		if (!cur_has(&c, 1))
			return -2;
		opt = cur_peek(&c, 0);
		tok_print(ip_option_values, opt, "unknown %u");
		if (opt == 0 || opt == 1) {
			olen = 1;
		} else {
			if (!cur_has(&c, 2))
				return -2;
			olen = cur_peek(&c, 1);
			if (olen < 2) {
				out_fmt(" [bad length %u]", olen);
				return 0;
			}
		}
		if (olen > len) {
			out_fmt(" [bad length %u]", olen);
			return 0;
		}
		if (!cur_has(&c, olen))
			return -1;
		switch (opt) {
		case 0:
			return 0;
		case 68:
			if (ip_printts(d, o, olen) < 0)
				return -1;
			break;
		case 7:
		case 131:
		case 137:
			if (ip_printroute(d, o, olen) < 0)
				return -1;
			break;
		case 148:
			if (olen < 4) {
				out_fmt(" [bad length %u]", olen);
				break;
			}
			if (cur_peek(&o, 2) << 8 | cur_peek(&o, 3))
				out_fmt(" value %u",
					cur_peek(&o, 2) << 8 | cur_peek(&o, 3));
			break;
		default:
			break;
		}
	}
	return 0;
}
