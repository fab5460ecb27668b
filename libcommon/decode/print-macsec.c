/* print-macsec.c - IEEE 802.1AE MACsec SecTAG (ethertype 0x88e5).
 *
 *   | TCI (V ES SC SCB E C) + AN | SL | packet number (4) | SCI (8, opt) |
 * IEEE 802.1AE-2006 9.3; a 16-byte ICV ends the frame. Output as
 * tcpdump 4.99 print-macsec.c; print-ether.c calls it.
 */
#include "decode.h"
#include "ether.h"
#include "out.h"

enum {
	MACSEC_TCI_VERSION = 0x80,
	MACSEC_TCI_SC = 0x20,
	MACSEC_TCI_FLAGS = 0x7c,
	MACSEC_TCI_CONFID = 0x0c,	/* E and C: encrypted */
	MACSEC_AN_MASK = 0x03,
	MACSEC_SL_MASK = 0x3f,
	MACSEC_ICV_LEN = 16,
};

static const struct tok macsec_flag_values[] = {
	{ 0x08, "E" },
	{ 0x04, "C" },
	{ 0x40, "S" },
	{ 0x10, "B" },
	{ 0x20, "I" },
	{ 0, NULL }
};

static void sectag_print(struct cursor c, unsigned sl)
{
	unsigned tci = cur_peek(&c, 0);

	out_fmt("an %u, pn %u, flags ", tci & MACSEC_AN_MASK,
		cur_peek_be32(&c, 2));
	tok_bits_print(macsec_flag_values, tci & MACSEC_TCI_FLAGS, "", "none");
	if (sl)
		out_fmt(", sl %u", sl);
	if (tci & MACSEC_TCI_SC) {
		out_str(", sci ");
		out_hex(cur_peek_be32(&c, 6), 8);
		out_hex(cur_peek_be32(&c, 10), 8);
	}
	out_str(", ");
}

/* In clear: the ICV off the end, and the short length if any. */
static int macsec_clear(struct dctx *d, struct cursor *c, unsigned *len,
			unsigned sl)
{
	size_t caplen = cur_left(c);

	if (*len < MACSEC_ICV_LEN || caplen < MACSEC_ICV_LEN) {
		decode_trunc(d, "macsec");
		return 1;
	}
	*len -= MACSEC_ICV_LEN;
	caplen -= MACSEC_ICV_LEN;
	if (sl) {
		if (sl > *len || sl > caplen) {
			decode_trunc(d, "macsec");
			return 1;
		}
		if (*len > sl)
			*len = sl;
		if (caplen > sl)
			caplen = sl;
	}
	*c = cur_sub(c, caplen);
	return -1;
}

int macsec_print(struct dctx *d, struct cursor *c, unsigned *len,
		 const uint8_t *src, const uint8_t *dst)
{
	unsigned taglen = 6, tci, sl;
	struct cursor tag = *c;

	if (!cur_has(c, 6) || *len < 6) {
		decode_trunc(d, "macsec");
		return 1;
	}
	tci = cur_peek(c, 0);
	if (tci & MACSEC_TCI_SC) {
		taglen = 14;
		if (!cur_has(c, 14) || *len < 14) {
			decode_trunc(d, "macsec");
			return 1;
		}
	}
	if ((cur_peek(c, 1) & ~MACSEC_SL_MASK) || (tci & MACSEC_TCI_VERSION)) {
		decode_invalid(d);
		return 1;
	}
	sl = cur_peek(c, 1) & MACSEC_SL_MASK;
	if (d->eflag)
		sectag_print(tag, sl);
	cur_skip(c, taglen);
	*len -= taglen;
	if (tci & MACSEC_TCI_CONFID) {
		if (!d->eflag) {
			if (src && dst) {
				decode_etheraddr(d, src);
				out_str(" > ");
				decode_etheraddr(d, dst);
				out_char(' ');
			}
			out_str("802.1AE MACsec, ");
			sectag_print(tag, sl);
		}
		return 0;
	}
	return macsec_clear(d, c, len, sl);
}
