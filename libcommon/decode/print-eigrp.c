/* print-eigrp.c - Cisco EIGRP (RFC 7868), IP protocol 88.
 *
 *   | Version | Opcode | Checksum | Flags | Sequence | Ack |
 *   | Virtual Router ID | AS | TLVs (type, length, value) ... |
 * Output as tcpdump 4.99 print-eigrp.c.
 */
#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

enum { EIGRP_HDRLEN = 20 };

DECODE_KEY(IPPROTO, 88, eigrp_print)

static const struct tok opcode2str[] = {
	{ 1, "Update" },
	{ 3, "Query" },
	{ 4, "Reply" },
	{ 5, "Hello" },
	{ 6, "IPX SAP" },
	{ 7, "Probe" },
	{ 0, NULL }
};

static const struct tok flag2str[] = {
	{ 0x01, "Init" },
	{ 0x02, "Conditionally Received" },
	{ 0x04, "Restart" },
	{ 0x08, "End-of-Table" },
	{ 0, NULL }
};

enum {
	TLV_GENERAL_PARM = 0x0001, TLV_SW_VERSION = 0x0004,
	TLV_IP_INT = 0x0102, TLV_IP_EXT = 0x0103, TLV_AT_INT = 0x0202,
	TLV_AT_EXT = 0x0203, TLV_AT_CABLE_SETUP = 0x0204,
};

static const struct tok tlv2str[] = {
	{ 0x0001, "General Parameters" },
	{ 0x0002, "Authentication" },
	{ 0x0003, "Sequence" },
	{ 0x0004, "Software Version" },
	{ 0x0005, "Next Multicast Sequence" },
	{ 0x0102, "IP Internal routes" },
	{ 0x0103, "IP External routes" },
	{ 0x0202, "AppleTalk Internal routes" },
	{ 0x0203, "AppleTalk External routes" },
	{ 0x0204, "AppleTalk Cable setup" },
	{ 0x0302, "IPX Internal routes" },
	{ 0x0303, "IPX External routes" },
	{ 0, NULL }
};

static const struct tok proto2str[] = {
	{ 0x01, "IGRP" },
	{ 0x02, "EIGRP" },
	{ 0x03, "Static" },
	{ 0x04, "RIP" },
	{ 0x05, "Hello" },
	{ 0x06, "OSPF" },
	{ 0x07, "IS-IS" },
	{ 0x08, "EGP" },
	{ 0x09, "BGP" },
	{ 0x0a, "IDRP" },
	{ 0x0b, "Connected" },
	{ 0, NULL }
};

/* The minimum value length of the TLVs that have a decoder. */
static unsigned tlv_minlen(unsigned type)
{
	switch (type) {
	case TLV_GENERAL_PARM:
		return 8;
	case TLV_SW_VERSION:
		return 4;
	case TLV_IP_INT:
		return 21;
	case TLV_IP_EXT:
		return 41;
	case TLV_AT_INT:
		return 24;
	case TLV_AT_EXT:
		return 40;
	case TLV_AT_CABLE_SETUP:
		return 8;
	}
	return 0;
}

/* delay, bandwidth, mtu, hop count, reliability, load at off. */
static void metric_print(struct cursor v, unsigned off)
{
	out_fmt("\n\t      delay %u ms, bandwidth %u Kbps, mtu %u, hop %u, "
		"reliability %u, load %u", cur_peek_be32(&v, off) / 100,
		cur_peek_be32(&v, off + 4), cur_peek_be32(&v, off + 8) >> 8,
		cur_peek(&v, off + 11), cur_peek(&v, off + 12),
		cur_peek(&v, off + 13));
}

static void nexthop_at_print(struct cursor v)
{
	if (cur_peek_be32(&v, 0) == 0)
		out_str("self");
	else
		out_fmt("%u.%u", cur_peek_be16(&v, 0), cur_peek_be16(&v, 2));
}

/* An IP route TLV; dst is the offset of the prefix length byte. */
static bool ip_route_print(struct dctx *d, struct cursor v, unsigned dst,
			   bool ext)
{
	unsigned bits = cur_peek(&v, dst), k;
	uint8_t prefix[4] = { 0 };
	char buf[16];

	if (bits > 32) {
		out_fmt("\n\t    illegal prefix length %u", bits);
		return true;
	}
	for (k = 0; k < (bits + 7) / 8; k++) {
		if (!rt_has(&v, dst + 1 + k, 1))
			return false;
		prefix[k] = cur_peek(&v, dst + 1 + k);
	}
	out_fmt("\n\t    IPv4 prefix: %15s/%u, nexthop: ",
		decode_ip4addr_str(d, prefix, buf), bits);
	if (cur_peek_be32(&v, 0) == 0)
		out_str("self");
	else
		rt_ip4_at(d, v, 0);
	if (ext) {
		out_str("\n\t      origin-router ");
		rt_ip4_at(d, v, 4);
		out_fmt(", origin-as %u, origin-proto ", cur_peek_be32(&v, 8));
		tok_print(proto2str, cur_peek(&v, 22), "unknown");
		out_fmt(", flags [0x%02x], tag 0x%08x, metric %u",
			cur_peek(&v, 23), cur_peek_be32(&v, 12),
			cur_peek_be32(&v, 16));
	}
	metric_print(v, ext ? 24 : 4);
	return true;
}

static bool tlv_print(struct dctx *d, struct cursor v, unsigned type,
		      unsigned vlen)
{
	unsigned min = tlv_minlen(type);

	if (min && vlen < min) {
		out_fmt(" (too short, < %u)", min + 4);
		return true;
	}
	switch (type) {
	case TLV_GENERAL_PARM:
		out_fmt("\n\t    holdtime: %us, k1 %u, k2 %u, k3 %u, k4 %u, k5 %u",
			cur_peek_be16(&v, 6), cur_peek(&v, 0), cur_peek(&v, 1),
			cur_peek(&v, 2), cur_peek(&v, 3), cur_peek(&v, 4));
		return true;
	case TLV_SW_VERSION:
		out_fmt("\n\t    IOS version: %u.%u, EIGRP version %u.%u",
			cur_peek(&v, 0), cur_peek(&v, 1), cur_peek(&v, 2),
			cur_peek(&v, 3));
		return true;
	case TLV_IP_INT:
	case TLV_IP_EXT:
		return ip_route_print(d, v, type == TLV_IP_EXT ? 40 : 20,
				      type == TLV_IP_EXT);
	case TLV_AT_CABLE_SETUP:
		out_fmt("\n\t    Cable-range: %u-%u, Router-ID %u",
			cur_peek_be16(&v, 0), cur_peek_be16(&v, 2),
			cur_peek_be32(&v, 4));
		return true;
	case TLV_AT_INT:
	case TLV_AT_EXT: {
		unsigned cable = type == TLV_AT_INT ? 20 : 36;

		out_fmt("\n\t     Cable-Range: %u-%u, nexthop: ",
			cur_peek_be16(&v, cable), cur_peek_be16(&v, cable + 2));
		nexthop_at_print(v);
		if (type == TLV_AT_EXT) {
			out_fmt("\n\t      origin-router %u, origin-as %u, "
				"origin-proto ", cur_peek_be32(&v, 4),
				cur_peek_be32(&v, 8));
			tok_print(proto2str, cur_peek(&v, 16), "unknown");
			out_fmt(", flags [0x%02x], tag 0x%08x, metric %u",
				cur_peek(&v, 17), cur_peek_be32(&v, 12),
				cur_peek_be16(&v, 18));
		}
		metric_print(v, type == TLV_AT_INT ? 4 : 20);
		return true;
	}
	}
	if (d->vflag <= 1)
		decode_hex_ident(v, vlen, "\n\t    ");
	return true;
}

static void header_print(struct cursor c, unsigned tlen)
{
	unsigned op = cur_peek(&c, 1);

	out_fmt("\n\tEIGRP v%u, opcode: ", cur_peek(&c, 0));
	tok_print(opcode2str, op, "unknown, type: %u");
	out_fmt(" (%u), chksum: 0x%04x, Flags: [", op, cur_peek_be16(&c, 2));
	tok_bits_print(flag2str, cur_peek_be32(&c, 4), ", ", "none");
	out_fmt("]\n\tseq: 0x%08x, ack: 0x%08x, VRID: %u, AS: %u, length: %u",
		cur_peek_be32(&c, 8), cur_peek_be32(&c, 12),
		cur_peek_be16(&c, 16), cur_peek_be16(&c, 18), tlen);
}

void eigrp_print(struct dctx *d, struct cursor c, unsigned len,
		 const struct ipinfo *ip DECODE_UNUSED)
{
	unsigned tlen, type, tl;

	if (!cur_has(&c, EIGRP_HDRLEN))
		goto trunc;
	if (cur_peek(&c, 0) != 2) {
		out_fmt("EIGRP version %u packet not supported",
			cur_peek(&c, 0));
		return;
	}
	if (!d->vflag || len < EIGRP_HDRLEN) {
		out_str("EIGRP ");
		tok_print(opcode2str, cur_peek(&c, 1), "unknown (%u)");
		out_fmt(", length: %u", len);
		if (d->vflag)
			out_fmt(" (too short, < %u)", EIGRP_HDRLEN);
		return;
	}
	tlen = len - EIGRP_HDRLEN;
	header_print(c, tlen);
	cur_skip(&c, EIGRP_HDRLEN);
	while (tlen > 0) {
		struct cursor v;

		if (!cur_has(&c, 4))
			goto trunc;
		type = cur_peek_be16(&c, 0);
		tl = cur_peek_be16(&c, 2);
		if (tl < 4 || tl > tlen) {
			cur_skip(&c, 4);
			decode_hex_ident(c, tlen, "\n\t    ");
			return;
		}
		out_str("\n\t  ");
		tok_print(tlv2str, type, "Unknown");
		out_fmt(" TLV (0x%04x), length: %u", type, tl);
		if (!cur_has(&c, tl))
			goto trunc;
		/* not cut to the TLV: a prefix may run past it, as
		 * tcpdump reads it */
		v = c;
		cur_skip(&v, 4);
		if (!tlv_print(d, v, type, tl - 4))
			goto trunc;
		if (d->vflag > 1)
			decode_hex_ident(v, tl - 4, "\n\t    ");
		cur_skip(&c, tl);
		tlen -= tl;
	}
	return;
trunc:
	decode_trunc(d, "eigrp");
}
