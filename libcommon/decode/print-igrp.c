/* print-igrp.c - Cisco IGRP, IP protocol 9.
 *
 *   | Ver/Op | Edition | AS | #interior | #system | #exterior | cksum |
 *   routes of 14 bytes: | net (3) | delay (3) | bandwidth (3) | MTU |
 *                       | reliability | load | hop count |
 * Output as tcpdump 4.99 print-igrp.c.
 */
#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

enum { IGRP_HDRLEN = 12, IGRP_RTE_SIZE = 14 };

static const struct tok op2str[] = {
	{ 1, "update" },
	{ 2, "request" },
	{ 0, NULL }
};

DECODE_KEY(IPPROTO, 9, igrp_print)

/* One route at c: returns false when the capture ended. */
static bool entry_print(struct cursor c, const char *fmt)
{
	unsigned delay, bw, metric;

	if (!cur_has(&c, 3))
		return false;
	out_fmt(fmt, cur_peek(&c, 0), cur_peek(&c, 1), cur_peek(&c, 2));
	if (!cur_has(&c, IGRP_RTE_SIZE))
		return false;
	delay = cur_peek_be32(&c, 2) & 0xffffff;
	bw = cur_peek_be32(&c, 5) & 0xffffff;
	metric = bw + delay > 0xffffff ? 0xffffff : bw + delay;
	out_fmt(" d=%u b=%u r=%u l=%u M=%u mtu=%u in %u hops", 10 * delay,
		bw == 0 ? 0 : 10000000 / bw, cur_peek(&c, 11), cur_peek(&c, 12),
		metric, cur_peek_be16(&c, 9), cur_peek(&c, 13));
	return true;
}

void igrp_print(struct dctx *d, struct cursor c, unsigned length,
		const struct ipinfo *ip DECODE_UNUSED)
{
	unsigned nint, nsys, next;
	const char *fmt;

	out_str("igrp:");
	if (!cur_has(&c, 10))
		goto trunc;
	nint = cur_peek_be16(&c, 4);
	nsys = cur_peek_be16(&c, 6);
	next = cur_peek_be16(&c, 8);
	out_char(' ');
	tok_print(op2str, cur_peek(&c, 0) & 15, "op-#%u");
	out_fmt(" V%u edit=%u AS=%u (%u/%u/%u)", cur_peek(&c, 0) >> 4,
		cur_peek(&c, 1), cur_peek_be16(&c, 2), nint, nsys, next);
	/* the whole header is checked once its fields are printed */
	if (!cur_has(&c, IGRP_HDRLEN))
		goto trunc;
	if (d->vflag)
		out_fmt(" checksum=0x%04x", cur_peek_be16(&c, 10));
	cur_skip(&c, IGRP_HDRLEN);
	for (length -= IGRP_HDRLEN; length >= IGRP_RTE_SIZE;
	     length -= IGRP_RTE_SIZE) {
		if (nint > 0) {
			fmt = " *.%u.%u.%u";
			nint--;
		} else if (nsys > 0) {
			fmt = " %u.%u.%u.0";
			nsys--;
		} else if (next > 0) {
			fmt = " X%u.%u.%u.0";
			next--;
		} else {
			if (!cur_has(&c, 3))
				goto trunc;
			out_fmt(" [extra bytes %u]", length);
			break;
		}
		if (!entry_print(c, fmt))
			goto trunc;
		cur_skip(&c, IGRP_RTE_SIZE);
	}
	if (nint || nsys || next || length)
		decode_invalid(d);
	return;
trunc:
	decode_trunc_cut(d, "igrp");
}
