/* print-nsh.c - Network Service Header (RFC 8300).
 *
 *   | ver:2 O U ttl:6 | length:6 | U U U U | md type:4 | next proto |
 *   | service path id (3) | service index |  context headers ...
 * Output as tcpdump 4.99 print-nsh.c; context headers at -vvv.
 */
#include "decode.h"
#include "encap.h"
#include "out.h"
#include "table.h"

DECODE_KEY(ETHERTYPE, 0x894f, nsh_print)

enum { NSH_HDR_LEN = 8, MD_TYPE1 = 1, MD_TYPE2 = 2 };

static const struct tok nsh_flags[] = {
	{ 0x2, "O" },
	{ 0, NULL }
};

static const struct tok md_values[] = {
	{ 0x0, "reserved" }, { 0x1, "1" }, { 0x2, "2" },
	{ 0xf, "experimental" },
	{ 0, NULL }
};

static const struct tok np_values[] = {
	{ 1, "IPv4" }, { 2, "IPv6" }, { 3, "Ethernet" }, { 4, "NSH" },
	{ 5, "MPLS" }, { 0xfe, "Experiment 1" }, { 0xff, "Experiment 2" },
	{ 0, NULL }
};

/* MD type 2 TLVs in words words; false when cut or invalid. */
static bool nsh_tlvs_print(struct dctx *d, struct cursor *c, unsigned words)
{
	unsigned n = 0;

	while (n < words) {
		unsigned cls = cur_be16(c), type = cur_u8(c);
		unsigned tlen = cur_u8(c) & 0x7f, padded = (tlen + 3) & ~3u, i;

		if (cur_short(c))
			goto cut;
		out_fmt("\n        TLV Class %u, Type %u, Len %u", cls, type,
			tlen);
		n++;
		if (words < n + padded / 4) {
			out_str(" (length too big)");
			decode_invalid(d);
			return false;
		}
		if (!tlen)
			continue;
		out_str("\n            Value: ");
		for (i = 0; i < tlen; i++) {
			unsigned v = cur_u8(c);

			if (cur_short(c))
				goto cut;
			out_fmt("%s%02x", i ? ":" : "0x", v);
		}
		if (!cur_skip(c, padded - tlen))
			goto cut;
		n += padded / 4;
	}
	return true;
cut:
	decode_trunc_cut(d, "nsh");
	return false;
}

static bool nsh_context_print(struct dctx *d, struct cursor *c,
			      unsigned length, unsigned md)
{
	unsigned n;

	if (d->vflag > 2 && md == MD_TYPE1) {
		if (length != 6) {
			out_str(" (invalid length for the MD type)");
			decode_invalid(d);
			return false;
		}
		for (n = 0; n < 4; n++) {
			unsigned v = cur_be32(c);

			if (cur_short(c)) {
				decode_trunc_cut(d, "nsh");
				return false;
			}
			out_fmt("\n        Context[%02u]: 0x%08x", n, v);
		}
		return true;
	}
	if (d->vflag > 2 && md == MD_TYPE2)
		return nsh_tlvs_print(d, c, length - 2);
	if (!cur_skip(c, (length - 2) * 4)) {
		decode_trunc_cut(d, "nsh");
		return false;
	}
	return true;
}

static void nsh_payload_print(struct dctx *d, unsigned np, struct cursor c,
			      unsigned len)
{
	switch (np) {
	case 1:
		ip_print(d, c, len);
		break;
	case 2:
		ip6_print(d, c, len);
		break;
	case 3:
		ether_if_print(d, c, len);
		break;
	default:
		out_str("ERROR: unknown-next-protocol");
	}
}

void nsh_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned base, ver, length, md, np, spi, si;

	if (len < NSH_HDR_LEN) {
		out_fmt(" (packet length %u < %u)", len, NSH_HDR_LEN);
		decode_invalid(d);
		return;
	}
	base = cur_be32(&c);
	if (cur_short(&c))
		goto cut;
	ver = base >> 30;
	length = (base >> 16) & 0x3f;
	md = (base >> 8) & 0xf;
	np = base & 0xff;
	out_str("NSH, ");
	if (d->vflag > 1)
		out_fmt("ver %u, ", ver);
	if (ver != 0)
		return;
	out_str("flags [");
	tok_bits_print(nsh_flags, (base >> 28) & 3, "", "none");
	out_str("], ");
	if (d->vflag > 2) {
		out_fmt("TTL %u, length %u, md type ", (base >> 22) & 0x3f,
			length);
		tok_print(md_values, md, "unknown (0x%02x)");
		out_str(", ");
	}
	if (d->vflag > 1) {
		out_str("next-protocol ");
		tok_print(np_values, np, "unknown (0x%02x)");
		out_str(", ");
	}
	if (len < length * 4) {
		out_fmt(" (too many headers for packet length %u)", len);
		decode_invalid(d);
		return;
	}
	spi = cur_be24(&c);
	if (cur_short(&c))
		goto cut;
	out_fmt("service-path-id 0x%06x, ", spi);
	si = cur_u8(&c);
	if (cur_short(&c))
		goto cut;
	out_fmt("service-index 0x%x", si);
	if (length < 2) {
		out_str(" (less than two headers)");
		decode_invalid(d);
		return;
	}
	if (!nsh_context_print(d, &c, length, md))
		return;
	out_str(d->vflag ? "\n    " : ": ");
	nsh_payload_print(d, np, c, len - length * 4);
	return;
cut:
	decode_trunc_cut(d, "nsh");
}
