/* print-brcmtag.c - Broadcom switch tags (DLT_DSA_TAG_BRCM, after the
 * source address; DLT_DSA_TAG_BRCM_PREPEND, before the frame).
 *
 *   | opcode (3) ... | ingress: TC, TE, TS | DST map (9 bits) |
 *                      egress:  CID | reason code | TC, port |
 * Output as tcpdump 4.99 print-brcmtag.c.
 */
#include <pcap/dlt.h>

#include "decode.h"
#include "ether.h"
#include "out.h"
#include "table.h"

enum { BRCM_TAG_LEN = 4 };

static const struct tok brcm_tag_te_values[] = {
	{ 0, "None" },
	{ 1, "Untag" },
	{ 2, "Header" },
	{ 3, "Reserved" },
	{ 0, NULL }
};

static const struct tok brcm_tag_rc_values[] = {
	{ 1, "mirror" },
	{ 2, "MAC learning" },
	{ 4, "switching" },
	{ 8, "prot term" },
	{ 16, "prot snoop" },
	{ 32, "exception" },
	{ 0, NULL }
};

static void brcm_tag_print(struct dctx *d, struct cursor t)
{
	unsigned b0 = cur_peek(&t, 0), b1 = cur_peek(&t, 1);
	unsigned b2 = cur_peek(&t, 2), b3 = cur_peek(&t, 3);

	(void)d;
	out_fmt("BRCM tag OP: %s", b0 ? "IG" : "EG");
	if (b0 & 0x20) {
		out_fmt(", TC: %u, TE: ", (b1 >> 2) & 7);
		tok_print(brcm_tag_te_values, b1 & 3, "unknown");
		out_fmt(", TS: %u, DST map: 0x%04x", b1 >> 7,
			(b2 << 8 | b3) & 0x1ff);
	} else {
		out_fmt(", CID: %u, RC: ", b1);
		tok_print(brcm_tag_rc_values, b2, "reserved");
		out_fmt(", TC: %u, port: %u", (b3 >> 5) & 7, b3 & 0x1f);
	}
	out_str(", ");
}

DECODE_DLT(DLT_DSA_TAG_BRCM, brcm_tag_if_print)
DECODE_DLT(DLT_DSA_TAG_BRCM_PREPEND, brcm_tag_prepend_if_print)

unsigned brcm_tag_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	return ether_switch_tag_print(d, c, len, brcm_tag_print, BRCM_TAG_LEN,
				      "brcm-tag");
}

unsigned brcm_tag_prepend_if_print(struct dctx *d, struct cursor c,
				   unsigned len)
{
	if (!cur_has(&c, BRCM_TAG_LEN)) {
		decode_trunc_cut(d, "brcm-tag-prepend");
		return (unsigned)cur_left(&c);
	}
	if (d->eflag)
		brcm_tag_print(d, c);
	cur_skip(&c, BRCM_TAG_LEN);
	return BRCM_TAG_LEN + ether_if_print(d, c, len - BRCM_TAG_LEN);
}
