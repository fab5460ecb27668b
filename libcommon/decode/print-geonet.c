/* print-geonet.c - ETSI GeoNetworking (TS 102 636-4-1) with its Basic
 * Transport Protocol (TS 102 636-5-1), and CALM FAST (ISO 29281).
 *
 *   GeoNet common header (36): | version:4 next:4 | type:4 subtype:4 |
 *     ... | payload length (2) | ... | hop limit | long position vector |
 *   [extended header] [BTP: | dst port | src port |] payload
 *   CALM FAST: | source nwref | destination nwref | payload |
 * Output as tcpdump 4.99 print-geonet.c and print-calm-fast.c, with the
 * source MAC of the carrying Ethernet frame.
 */
#include "decode.h"
#include "encap.h"
#include "out.h"
#include "table.h"

DECODE_KEY(ETHERTYPE, 0x0707, geonet_print)
DECODE_KEY(ETHERTYPE, 0x8947, geonet_print)
DECODE_KEY(ETHERTYPE, 0x1111, calm_fast_print)

static const struct tok next_hdr_values[] = {
	{ 0, "Any" }, { 1, "BTP-A" }, { 2, "BTP-B" }, { 3, "IPv6" },
	{ 0, NULL }
};

/* header type << 4 | subtype */
static const struct tok hdr_type_values[] = {
	{ 0x00, "Any" }, { 0x10, "Beacon" }, { 0x20, "GeoUnicast" },
	{ 0x30, "GeoAnycastCircle" }, { 0x31, "GeoAnycastRect" },
	{ 0x32, "GeoAnycastElipse" }, { 0x40, "GeoBroadcastCircle" },
	{ 0x41, "GeoBroadcastRect" }, { 0x42, "GeoBroadcastElipse" },
	{ 0x50, "TopoScopeBcast-SH" }, { 0x51, "TopoScopeBcast-MH" },
	{ 0x60, "LocService-Request" }, { 0x61, "LocService-Reply" },
	{ 0, NULL }
};

static const struct tok msg_type_values[] = {
	{ 0, "CAM" }, { 1, "DENM" }, { 101, "TPEGM" }, { 102, "TSPDM" },
	{ 103, "VPM" }, { 104, "SRM" }, { 105, "SLAM" }, { 106, "ecoCAM" },
	{ 107, "ITM" }, { 150, "SA" },
	{ 0, NULL }
};

static void src_print(struct dctx *d, const char *label)
{
	if (d->ether_src) {
		out_str(label);
		decode_etheraddr(d, d->ether_src);
	}
}

/* The extended header size of a header type, -1 when unknown. */
static int ext_hdr_size(unsigned type, unsigned subtype)
{
	if (type == 0 || type == 1 || (type == 5 && subtype == 0))
		return 0;
	if (type == 5 && subtype == 1)
		return 68 - 36;
	return -1;
}

/* Address, latitude and longitude of the long position vector, each
 * printed once read; false if cut. */
static bool long_pos_vector_print(struct cursor c)
{
	unsigned i;

	if (!cur_has(&c, 8))
		return false;
	out_str("GN_ADDR:");
	for (i = 0; i < 8; i++)
		out_fmt(i ? ":%02x" : "%02x", cur_peek(&c, i));
	out_char(' ');
	if (!cur_has(&c, 16))
		return false;
	out_fmt("lat:%u ", cur_peek_be32(&c, 12));
	if (!cur_has(&c, 20))
		return false;
	out_fmt("lon:%u", cur_peek_be32(&c, 16));
	return true;
}

static bool btp_print(struct dctx *d, struct cursor *c, unsigned *len)
{
	unsigned v, t;

	if (*len < 4) {
		out_fmt(" (BTP length %u < 4)", *len);
		decode_invalid(d);
		return false;
	}
	if (!cur_has(c, 4))
		goto cut;
	out_fmt("; BTP Dst:%u Src:%u", cur_peek_be16(c, 0),
		cur_peek_be16(c, 2));
	cur_skip(c, 4);
	*len -= 4;
	if (*len < 2)
		return true;
	if (!cur_has(c, 2))
		goto cut;
	v = cur_peek(c, 0);
	t = cur_peek(c, 1);
	out_fmt("; ItsPduHeader v:%u t:%u-", v, t);
	tok_print(msg_type_values, t, "unknown (%u)");
	return true;
cut:
	decode_trunc_cut(d, "geonet");
	return false;
}

void geonet_print(struct dctx *d, struct cursor c, unsigned length)
{
	unsigned b0, b1, type, sub, next;
	int hs;

	out_str("GeoNet ");
	src_print(d, "src:");
	out_str("; ");
	if (length < 36) {
		out_fmt(" (common header length %u < 36)", length);
		decode_invalid(d);
		return;
	}
	if (!cur_has(&c, 8))
		goto cut;
	b0 = cur_peek(&c, 0);
	b1 = cur_peek(&c, 1);
	next = b0 & 0x0f;
	type = b1 >> 4;
	sub = b1 & 0x0f;
	out_fmt("v:%u NH:%u-", b0 >> 4, next);
	tok_print(next_hdr_values, next, "Unknown");
	out_fmt(" HT:%u-%u-", type, sub);
	/* Any, Beacon and GeoUnicast are named whatever their subtype */
	tok_print(hdr_type_values, type < 3 ? b1 & 0xf0 : b1, "Unknown");
	out_fmt(" HopLim:%u Payload:%u ", cur_peek(&c, 7),
		cur_peek_be16(&c, 4));
	cur_skip(&c, 8);
	if (!long_pos_vector_print(c) || !cur_skip(&c, 28))
		goto cut;
	length -= 36;
	hs = ext_hdr_size(type, sub);
	if (hs >= 0) {
		if (length < (unsigned)hs) {
			out_fmt(" (header size %u > %u)", hs, length);
			decode_invalid(d);
			return;
		}
		if (!cur_skip(&c, (unsigned)hs))
			goto cut;
		length -= (unsigned)hs;
		if ((next == 1 || next == 2) && !btp_print(d, &c, &length))
			return;
	}
	if (d->vflag)
		encap_default_print(d, c, length, "geonet");
	return;
cut:
	decode_trunc_cut(d, "geonet");
}

void calm_fast_print(struct dctx *d, struct cursor c, unsigned length)
{
	out_str("CALM FAST");
	src_print(d, " src:");
	out_str("; ");
	if (length < 2) {
		out_fmt(" (length %u < 2)", length);
		decode_invalid(d);
		return;
	}
	if (!cur_has(&c, 2)) {
		decode_trunc_cut(d, "calm_fast");
		return;
	}
	out_fmt("SrcNwref:%u; ", cur_u8(&c));
	out_fmt("DstNwref:%u; ", cur_u8(&c));
	if (d->vflag)
		encap_default_print(d, c, length - 2, "calm_fast");
}
