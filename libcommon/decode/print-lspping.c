/* print-lspping.c - MPLS LSP ping and traceroute (RFC 4379), UDP port
 * 3503.
 *
 *   | version | flags | type | reply mode | return code | subcode |
 *   | sender handle | sequence | sent (NTP) | received (NTP) | TLVs |
 *   TLV: | type (16) | length (16) | value, padded to 4 bytes |
 * Output as tcpdump 4.99 print-lspping.c.
 */
#include <stdio.h>
#include <time.h>

#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

enum {
	LSPPING_HDRLEN = 32,
	TLV_FEC_STACK = 1, TLV_DOWNSTREAM = 2, TLV_VENDOR = 5,
	TLV_BFD_DISC = 15,
	FEC_LDP4 = 1, FEC_LDP6 = 2, FEC_RSVP4 = 3, FEC_RSVP6 = 4,
	FEC_VPN4 = 6, FEC_VPN6 = 7, FEC_L2VPN = 8, FEC_PW_OLD = 9,
	FEC_PW = 10, FEC_BGP4 = 12, FEC_BGP6 = 13,
	DS_IPV4 = 1, DS_IPV4_UNNUM = 2, DS_IPV6 = 3, DS_IPV6_UNNUM = 4,
};

static const struct tok msg2str[] = {
	{ 1, "MPLS Echo Request" },
	{ 2, "MPLS Echo Reply" },
	{ 0, NULL }
};

static const struct tok reply2str[] = {
	{ 1, "Do not reply" },
	{ 2, "Reply via an IPv4/IPv6 UDP packet" },
	{ 3, "Reply via an IPv4/IPv6 UDP packet with Router Alert" },
	{ 4, "Reply via application level control channel" },
	{ 0, NULL }
};

static const struct tok rc2str[] = {
	{ 0, "No return code or return code contained in the Error Code TLV" },
	{ 1, "Malformed echo request received" },
	{ 2, "One or more of the TLVs was not understood" },
	{ 3, "Replying router is an egress for the FEC at stack depth" },
	{ 4, "Replying router has no mapping for the FEC at stack depth" },
	{ 5, "Reserved" },
	{ 6, "Reserved" },
	{ 7, "Reserved" },
	{ 8, "Label switched at stack-depth" },
	{ 9, "Label switched but no MPLS forwarding at stack-depth" },
	{ 10, "Mapping for this FEC is not the given label at stack depth" },
	{ 11, "No label entry at stack-depth" },
	{ 12, "Protocol not associated with interface at FEC stack depth" },
	{ 13, "Premature termination of ping due to label stack shrinking "
	      "to a single label" },
	{ 0, NULL }
};

static const struct tok tlv2str[] = {
	{ TLV_FEC_STACK, "Target FEC Stack" },
	{ TLV_DOWNSTREAM, "Downstream Mapping" },
	{ 3, "Pad" },
	{ 9, "Error Code" },
	{ TLV_VENDOR, "Vendor Enterprise Code" },
	{ 7, "Interface Label Stack" },
	{ 10, "Reply TOS Byte" },
	{ TLV_BFD_DISC, "BFD Discriminator" },
	{ 0xfc00, "Vendor Private Code" },
	{ 0, NULL }
};

static const struct tok fec2str[] = {
	{ FEC_LDP4, "LDP IPv4 prefix" },
	{ FEC_LDP6, "LDP IPv6 prefix" },
	{ FEC_RSVP4, "RSVP IPv4 Session Query" },
	{ FEC_RSVP6, "RSVP IPv6 Session Query" },
	{ 5, "Reserved" },
	{ FEC_VPN4, "VPN IPv4 prefix" },
	{ FEC_VPN6, "VPN IPv6 prefix" },
	{ FEC_L2VPN, "L2 VPN endpoint" },
	{ FEC_PW_OLD, "FEC 128 pseudowire (old)" },
	{ FEC_PW, "FEC 128 pseudowire" },
	{ FEC_BGP4, "BGP labeled IPv4 prefix" },
	{ FEC_BGP6, "BGP labeled IPv6 prefix" },
	{ 0, NULL }
};

static const struct tok dsaddr2str[] = {
	{ DS_IPV4, "IPv4" },
	{ DS_IPV4_UNNUM, "Unnumbered IPv4" },
	{ DS_IPV6, "IPv6" },
	{ DS_IPV6_UNNUM, "IPv6" },
	{ 0, NULL }
};

/* SMI network management private enterprise codes (the older part of
 * tcpdump's smi_values). */
static const struct tok smi2str[] = {
	{ 0, "IETF (reserved)" }, { 5, "ACC" }, { 9, "Cisco" },
	{ 11, "Hewlett Packard" }, { 42, "Sun Microsystems" },
	{ 61, "Merit" }, { 74, "AT&T" }, { 161, "Motorola" },
	{ 166, "Shiva" }, { 193, "Ericsson AB" },
	{ 255, "Cisco VPN 5000" }, { 307, "Livingston" },
	{ 311, "Microsoft" }, { 429, "3Com" }, { 529, "Ascend" },
	{ 1584, "Bay Networks" }, { 1991, "Foundry" },
	{ 2180, "Versanet" }, { 2352, "Redback" },
	{ 2636, "Juniper Networks" }, { 2637, "Aptis" },
	{ 3076, "Cisco VPN 3000" }, { 3085, "CoSine Communications" },
	{ 3199, "Shasta" }, { 3224, "Netscreen" }, { 3309, "Nomadix" },
	{ 4329, "Siemens" }, { 4491, "CableLabs" },
	{ 4874, "Unisphere Networks" }, { 5263, "Cisco BBSM" },
	{ 5535, "3rd Generation Partnership Project 2 (3GPP2)" },
	{ 5925, "ipUnplugged" }, { 5948, "Issanni Communications" },
	{ 6618, "Quintum" }, { 6728, "Interlink" }, { 8744, "Colubris" },
	{ 10415, "3GPP" }, { 10529, "Gemtek-Systems" },
	{ 11862, "Columbia University" }, { 14122, "Wi-Fi Alliance" },
	{ 0, NULL }
};

DECODE_PORT(UDP, 320, 3503, 3503, PORT_EITHER, lspping_print)

/* An NTP timestamp at off: seconds.nanoseconds and the UTC date. */
static void ntp_ts_print(struct cursor c, unsigned off)
{
	uint32_t i = cur_peek_be32(&c, off), f = cur_peek_be32(&c, off + 4);
	time_t t = (time_t)((int64_t)i - 2208988800LL);
	struct tm tm;
	char buf[64];

	out_fmt("%u.%09u", i,
		(uint32_t)((double)f / 4294967296.0 * 1000000000.0));
	if (!i)
		return;
	if (!gmtime_r(&t, &tm)) {
		out_str(" (unrepresentable)");
		return;
	}
	strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm);
	out_fmt(" (%s)", buf);
}

/* A route distinguisher (8 bytes at off), as tcpdump's
 * bgp_vpn_rd_print. */
static void rd_print(struct cursor c, unsigned off)
{
	const uint8_t *p;

	(void)cur_skip(&c, off);
	p = c.p;
	switch (cur_peek_be16(&c, 0)) {
	case 0:
		out_fmt("%u:%u (= %u.%u.%u.%u)", cur_peek_be16(&c, 2),
			cur_peek_be32(&c, 4), p[4], p[5], p[6], p[7]);
		break;
	case 1:
		out_fmt("%u.%u.%u.%u:%u", p[2], p[3], p[4], p[5],
			cur_peek_be16(&c, 6));
		break;
	case 2:
		out_fmt("%u:%u (%u.%u.%u.%u:%u)", cur_peek_be32(&c, 2),
			cur_peek_be16(&c, 6), p[2], p[3], p[4], p[5],
			cur_peek_be16(&c, 6));
		break;
	default:
		out_str("unknown RD format");
		break;
	}
}

/* "addr/len" with the address of the family (4 or 6) at 0. */
static void prefix_print(struct dctx *d, struct cursor c, int version)
{
	out_str("\n\t      ");
	rt_addr_at(d, c, 0, version);
	out_fmt("/%u", cur_peek(&c, version == 4 ? 4 : 16));
}

/* A PW type: "name (n)". */
static void pw_type_print(unsigned type)
{
	tok_print(rt_pw_types, type, "unknown");
	out_fmt(" (%u)", type);
}

/* One FEC stack sub-TLV's value (captured); false when it needs the
 * hex dump (unknown or bad length). */
static bool fec_print(struct dctx *d, struct cursor v, unsigned type,
		      unsigned len)
{
	static const unsigned want[] = {
		[FEC_LDP4] = 5, [FEC_LDP6] = 17, [FEC_RSVP4] = 20,
		[FEC_RSVP6] = 56, [FEC_VPN4] = 13, [FEC_VPN6] = 25,
		[FEC_L2VPN] = 14, [FEC_PW_OLD] = 10, [FEC_PW] = 14,
		[FEC_BGP4] = 5, [FEC_BGP6] = 17,
	};
	int ver = 4;

	if (type >= sizeof(want) / sizeof(want[0]) || !want[type])
		return false;
	if (len != want[type]) {
		out_fmt("\n\t      invalid subTLV length, should be %u",
			want[type]);
		return false;
	}
	switch (type) {
	case FEC_LDP6:
	case FEC_BGP6:
		ver = 6;
		/* fall through */
	case FEC_LDP4:
	case FEC_BGP4:
		prefix_print(d, v, ver);
		break;
	case FEC_RSVP6:
		ver = 6;
		/* fall through */
	case FEC_RSVP4: {
		unsigned a = ver == 4 ? 4 : 16;

		out_str("\n\t      tunnel end-point ");
		rt_addr_at(d, v, 0, ver);
		out_str(", tunnel sender ");
		rt_addr_at(d, v, 2 * a + 4, ver);
		out_fmt(", lsp-id 0x%04x\n\t      tunnel-id 0x%04x, "
			"extended tunnel-id ", cur_peek_be16(&v, 3 * a + 6),
			cur_peek_be16(&v, a + 2));
		rt_addr_at(d, v, a + 4, ver);
		break;
	}
	case FEC_VPN6:
		ver = 6;
		/* fall through */
	case FEC_VPN4:
		out_str("\n\t      RD: ");
		rd_print(v, 0);
		out_str(", ");
		rt_addr_at(d, v, 8, ver);
		out_fmt("/%u", cur_peek(&v, ver == 4 ? 12 : 24));
		break;
	case FEC_L2VPN:
		out_str("\n\t      RD: ");
		rd_print(v, 0);
		out_fmt(", Sender VE ID: %u, Receiver VE ID: %u"
			"\n\t      Encapsulation Type: ",
			cur_peek_be16(&v, 8), cur_peek_be16(&v, 10));
		pw_type_print(cur_peek_be16(&v, 12));
		break;
	case FEC_PW_OLD:
		out_str("\n\t      Remote PE: ");
		rt_ip4_at(d, v, 0);
		out_fmt("\n\t      PW ID: 0x%08x, PW Type: ",
			cur_peek_be32(&v, 4));
		pw_type_print(cur_peek_be16(&v, 8));
		break;
	case FEC_PW:
		out_str("\n\t      Sender PE: ");
		rt_ip4_at(d, v, 0);
		out_str(", Remote PE: ");
		rt_ip4_at(d, v, 4);
		out_fmt("\n\t      PW ID: 0x%08x, PW Type: ",
			cur_peek_be32(&v, 8));
		pw_type_print(cur_peek_be16(&v, 12));
		break;
	}
	return true;
}

enum { TLV_OK, TLV_HEX, TLV_STOP };

/* The Target FEC Stack TLV's sub-TLVs (value v of len bytes, all
 * captured). As tcpdump, each step moves on by the padded sub-TLV
 * length but counts its header too, so the next sub-TLV header is
 * read 4 bytes early. */
static int fec_stack_print(struct dctx *d, struct cursor v, unsigned len)
{
	unsigned off = 0, left = len;

	while (left != 0) {
		unsigned type, slen;
		struct cursor s = v;

		if (left < 4) {
			out_str("\n\t      TLV is too short");
			return TLV_HEX;
		}
		type = cur_peek_be16(&v, off);
		slen = cur_peek_be16(&v, off + 2);
		if (left < slen + 4) {
			out_str("\n\t      TLV is too short");
			return TLV_HEX;
		}
		out_str("\n\t    ");
		tok_print(fec2str, type, "Unknown");
		out_fmt(" subTLV (%u), length: %u", type, slen);
		(void)cur_skip(&s, off + 4);
		s = cur_sub(&s, slen);
		if (!fec_print(d, s, type, slen) || d->vflag > 1)
			decode_hex_ident(s, slen, "\n\t      ");
		if (slen % 4) {
			slen += 4 - slen % 4;
			if (left < slen + 4) {
				out_str("\n\t\t TLV is too short");
				return TLV_STOP;
			}
		}
		off += slen;
		left -= slen + 4;
	}
	return TLV_OK;
}

/* The Downstream Mapping TLV: the addresses only (the rest is in the
 * hex dump that always follows). */
static void downstream_print(struct dctx *d, struct cursor v, unsigned len)
{
	unsigned type, need = 0;

	if (len < 4) {
		out_str("\n\t      TLV is too short");
		return;
	}
	type = cur_peek(&v, 2);
	out_fmt("\n\t    MTU: %u, Address-Type: ", cur_peek_be16(&v, 0));
	tok_print(dsaddr2str, type, "unknown");
	out_fmt(" (%u)", type);
	switch (type) {
	case DS_IPV4:
	case DS_IPV4_UNNUM:
		need = 12;
		break;
	case DS_IPV6:
		need = 36;
		break;
	case DS_IPV6_UNNUM:
		need = 24;
		break;
	}
	if (len < need) {
		out_str("\n\t      TLV is too short");
		return;
	}
	if (type >= DS_IPV4 && type <= DS_IPV6_UNNUM) {
		int ver = type <= DS_IPV4_UNNUM ? 4 : 6;
		unsigned a = ver == 4 ? 4 : 16;

		out_str("\n\t    Downstream IP: ");
		rt_addr_at(d, v, 4, ver);
		if (type == DS_IPV4 || type == DS_IPV6) {
			out_str("\n\t    Downstream Interface IP: ");
			rt_addr_at(d, v, 4 + a, ver);
		} else {
			out_fmt("\n\t    Downstream Interface Index: 0x%08x",
				cur_peek_be32(&v, 4 + a));
		}
	}
	if (len < need + 4)
		out_str("\n\t      TLV is too short");
}

static void header_print(struct cursor c, unsigned len)
{
	unsigned rc = cur_peek(&c, 6), sub = cur_peek(&c, 7);

	out_fmt("\n\tLSP-PINGv%u, msg-type: ", cur_peek_be16(&c, 0));
	tok_print(msg2str, cur_peek(&c, 4), "unknown");
	out_fmt(" (%u), length: %u\n\t  reply-mode: ", cur_peek(&c, 4), len);
	tok_print(reply2str, cur_peek(&c, 5), "unknown");
	out_fmt(" (%u)\n\t  Return Code: ", cur_peek(&c, 5));
	tok_print(rc2str, rc, "unknown");
	if (rc == 3 || rc == 4 || rc == 8 || rc == 10 || rc == 11 ||
	    rc == 12)
		out_fmt(" %u", sub);
	out_fmt(" (%u)\n\t  Return Subcode: (%u)", rc, sub);
	out_fmt("\n\t  Sender Handle: 0x%08x, Sequence: %u",
		cur_peek_be32(&c, 8), cur_peek_be32(&c, 12));
	out_str("\n\t  Sender Timestamp: ");
	ntp_ts_print(c, 16);
	out_str(" Receiver Timestamp: ");
	if (cur_peek_be32(&c, 24) || cur_peek_be32(&c, 28))
		ntp_ts_print(c, 24);
	else
		out_str("no timestamp");
}

void lspping_print(struct dctx *d, struct cursor c, unsigned len,
		   const struct l4info *l4)
{
	unsigned off = LSPPING_HDRLEN;

	(void)l4;
	if (len < LSPPING_HDRLEN) {
		out_str("\n\t\t packet is too short");
		return;
	}
	if (!cur_has(&c, LSPPING_HDRLEN)) {
		decode_trunc_cut(d, "lspping");
		return;
	}
	if (cur_peek_be16(&c, 0) != 1) {
		out_fmt("LSP-PING version %u packet not supported",
			cur_peek_be16(&c, 0));
		return;
	}
	if (!d->vflag) {
		out_fmt("LSP-PINGv%u, ", cur_peek_be16(&c, 0));
		tok_print(msg2str, cur_peek(&c, 4), "unknown (%u)");
		out_fmt(", seq %u, length: %u", cur_peek_be32(&c, 12), len);
		return;
	}
	header_print(c, len);

	while (off < len) {
		unsigned left = len - off, type, tlen;
		int how = TLV_OK;
		struct cursor v = c;

		if (left < 4)
			goto tooshort;
		if (!rt_has(&c, off, 4)) {
			decode_trunc_cut(d, "lspping");
			return;
		}
		type = cur_peek_be16(&c, off);
		tlen = cur_peek_be16(&c, off + 2);
		out_str("\n\t  ");
		tok_print(tlv2str, type, "Unknown");
		out_fmt(" TLV (%u), length: %u", type, tlen);
		if (tlen == 0) {
			off += 4;
			continue;
		}
		if (left < tlen + 4)
			goto tooshort;
		if (!rt_has(&c, off + 4, tlen)) {
			decode_trunc_cut(d, "lspping");
			return;
		}
		(void)cur_skip(&v, off + 4);
		v = cur_sub(&v, tlen);
		switch (type) {
		case TLV_FEC_STACK:
			how = fec_stack_print(d, v, tlen);
			if (how == TLV_STOP)
				return;
			break;
		case TLV_DOWNSTREAM:
			downstream_print(d, v, tlen);
			how = TLV_HEX;
			break;
		case TLV_BFD_DISC:
			if (tlen < 4) {
				out_str("\n\t      TLV is too short");
				how = TLV_HEX;
			} else {
				out_fmt("\n\t    BFD Discriminator 0x%08x",
					cur_peek_be32(&v, 0));
			}
			break;
		case TLV_VENDOR:
			if (tlen < 4) {
				out_str("\n\t      TLV is too short");
				how = TLV_HEX;
			} else {
				uint32_t id = cur_peek_be32(&v, 0);

				out_str("\n\t    Vendor: ");
				tok_print(smi2str, id, "Unknown");
				out_fmt(" (0x%04x)", id);
			}
			break;
		default:
			if (d->vflag <= 1)
				decode_hex_ident(v, tlen, "\n\t    ");
			break;
		}
		if (d->vflag > 1 || how == TLV_HEX)
			decode_hex_ident(v, tlen, "\n\t    ");
		if (tlen % 4) {
			tlen += 4 - tlen % 4;
			if (left < tlen + 4)
				goto tooshort;
		}
		off += tlen + 4;
	}
	return;
tooshort:
	out_str("\n\t\t packet is too short");
}
