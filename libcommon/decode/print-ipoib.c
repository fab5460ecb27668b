/* print-ipoib.c - IP over InfiniBand (RFC 4391; DLT_IPOIB).
 *
 *   | pseudo header with addresses (40) | ethertype (2) | reserved (2) |
 * Output as tcpdump 4.99 print-ipoib.c.
 */
#include <pcap/dlt.h>

#include "decode.h"
#include "out.h"
#include "table.h"

enum { IPOIB_HDRLEN = 44 };

static void hdr_print(struct dctx *d, unsigned type, unsigned len)
{
	const char *s = ethertype_name(type);

	out_fmt(", ethertype %s", s ? s : "Unknown");
	if (!d->qflag)
		out_fmt(" (0x%04x)", type);
	out_fmt(", length %u: ", len);
}

DECODE_DLT(DLT_IPOIB, ipoib_if_print)

unsigned ipoib_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned type;

	if (!cur_has(&c, IPOIB_HDRLEN) || len < IPOIB_HDRLEN) {
		decode_trunc(d, "ipoib");
		return cur_has(&c, IPOIB_HDRLEN) ? len : (unsigned)cur_left(&c);
	}
	type = cur_peek_be16(&c, 40);
	if (d->eflag) {
		out_str("IPOIB");
		hdr_print(d, type, len);
	}
	cur_skip(&c, IPOIB_HDRLEN);
	if (!ethertype_print(d, type, c, len - IPOIB_HDRLEN)) {
		if (!d->eflag)
			hdr_print(d, type, len);
		if (!d->xflag && !d->Xflag && !d->qflag)
			decode_hex_ascii(c, (unsigned)cur_left(&c), 0);
	}
	return IPOIB_HDRLEN;
}
