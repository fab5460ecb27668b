/* print-nflog.c - Linux netfilter NFLOG messages (DLT_NFLOG).
 *
 *   | family | version | resource id (BE 2) | TLVs: | length (host 2) |
 *   type (host 2) | value, padded to 4 |   ... the payload TLV (9) last
 * Output as tcpdump 4.99 print-nflog.c.
 */
#include <pcap/dlt.h>

#include "decode.h"
#include "out.h"
#include "table.h"

enum {
	NFLOG_HDR_LEN = 4,
	NFLOG_TLV_LEN = 4,
	NFULA_PAYLOAD = 9,
	NFLOG_AF_INET = 2,
	NFLOG_AF_INET6 = 10,
};

static const struct tok nflog_values[] = {
	{ NFLOG_AF_INET, "IPv4" },
	{ NFLOG_AF_INET6, "IPv6" },
	{ 0, NULL }
};

static void hdr_print(struct dctx *d, struct cursor h, unsigned len)
{
	unsigned family = cur_peek(&h, 0);

	out_fmt("version %u, resource ID %u", cur_peek(&h, 1),
		cur_peek_be16(&h, 2));
	if (!d->qflag) {
		out_str(", family ");
		tok_print(nflog_values, family, "Unknown");
		out_fmt(" (%u)", family);
	} else {
		out_str(", ");
		tok_print(nflog_values, family, "Unknown NFLOG (0x%02x)");
	}
	out_fmt(", length %u: ", len);
}

/* Host-endian, as the kernel wrote it (little-endian here). */
static unsigned he16(struct cursor c, unsigned off)
{
	uint8_t b[2] = { cur_peek(&c, off), cur_peek(&c, off + 1) };
	uint16_t v;

	memcpy(&v, b, 2);
	return v;
}

/* Skips the TLVs before the payload; false when they run out. */
static bool tlvs_skip(struct cursor *c, unsigned *len, unsigned *hdr)
{
	unsigned size;

	while (*len > 0) {
		if (!cur_has(c, NFLOG_TLV_LEN))
			return false;
		size = he16(*c, 0);
		if (size % 4)
			size += 4 - size % 4;
		if (size < NFLOG_TLV_LEN || !cur_has(c, size))
			return false;
		if (he16(*c, 2) == NFULA_PAYLOAD) {
			cur_skip(c, NFLOG_TLV_LEN);
			*hdr += NFLOG_TLV_LEN;
			*len -= NFLOG_TLV_LEN;
			return true;
		}
		cur_skip(c, size);
		*hdr += size;
		*len -= size;
	}
	return true;
}

DECODE_DLT(DLT_NFLOG, nflog_if_print)

unsigned nflog_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct cursor h = c;
	unsigned hdr = NFLOG_HDR_LEN;

	if (!cur_has(&c, NFLOG_HDR_LEN)) {
		decode_trunc(d, "nflog");
		return (unsigned)cur_left(&c);
	}
	if (cur_peek(&c, 1) != 0) {
		out_fmt("version %u (unknown)", cur_peek(&c, 1));
		return NFLOG_HDR_LEN;
	}
	if (d->eflag)
		hdr_print(d, h, len);
	cur_skip(&c, NFLOG_HDR_LEN);
	len -= NFLOG_HDR_LEN;
	if (!tlvs_skip(&c, &len, &hdr)) {
		decode_trunc(d, "nflog");
		return hdr;
	}
	if (cur_peek(&h, 0) == NFLOG_AF_INET) {
		ip_print(d, c, len);
	} else if (cur_peek(&h, 0) == NFLOG_AF_INET6) {
		ip6_print(d, c, len);
	} else {
		if (!d->eflag)
			hdr_print(d, h, len + NFLOG_HDR_LEN);
		if (!d->xflag && !d->Xflag && !d->qflag)
			decode_hex_ascii(c, (unsigned)cur_left(&c), 0);
	}
	return hdr;
}
