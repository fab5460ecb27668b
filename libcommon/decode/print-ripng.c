/* print-ripng.c - RIPng (RFC 2080), UDP port 521.
 *
 *   | Command | Version | reserved | route entries of 20 bytes ... |
 *   entry: | IPv6 prefix (16) | route tag | prefix len | metric |
 * Output as tcpdump 4.99 print-ripng.c.
 */
#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

enum { RIPNG_NI = 20 };

DECODE_PORT(UDP, 200, 521, 521, PORT_EITHER, ripng_print)

static bool entry_print(struct dctx *d, struct cursor c, unsigned off,
			bool metric)
{
	unsigned tag;

	if (!rt_has(&c, off, 16) || !rt_has(&c, off + 18, 1))
		return false;
	rt_addr_at(d, c, off, 6);
	out_fmt("/%u", cur_peek(&c, off + 18));
	tag = cur_peek_be16(&c, off + 16);
	if (tag)
		out_fmt(" [%u]", tag);
	if (!rt_has(&c, off + 19, 1))
		return false;
	if (cur_peek(&c, off + 19) && metric)
		out_fmt(" (%u)", cur_peek(&c, off + 19));
	return true;
}

static bool is_dump(struct cursor c)
{
	unsigned k;

	if (cur_peek(&c, 23) != 16)
		return false;
	for (k = 0; k < 16; k++)
		if (cur_peek(&c, 4 + k))
			return false;
	return true;
}

void ripng_print(struct dctx *d, struct cursor c, unsigned length,
		 const struct l4info *l4 DECODE_UNUSED)
{
	unsigned cmd, left, j, off;
	bool resp;

	if (!cur_has(&c, 2))
		goto trunc;
	if (cur_peek(&c, 1) != 1) {
		out_fmt(" [vers %u]", cur_peek(&c, 1));
		goto invalid;
	}
	cmd = cur_peek(&c, 0);
	if (cmd != 1 && cmd != 2) {
		out_fmt(" ripng-%u ?? %u", cmd, length);
		goto invalid;
	}
	resp = cmd == 2;
	if (length < 4)
		goto invalid;
	left = length - 4;
	j = left / RIPNG_NI;
	if (!resp && j == 1) {
		if (!rt_has(&c, 23, 1))
			goto trunc;
		if (is_dump(c)) {
			out_str(" ripng-req dump");
			return;
		}
	}
	out_fmt(resp ? " ripng-resp %u" : " ripng-req %u", j);
	if (j * RIPNG_NI != left)
		out_fmt("[%u]", length);
	out_char(':');
	for (off = 4; left >= RIPNG_NI; left -= RIPNG_NI, off += RIPNG_NI) {
		out_str(d->vflag > 1 ? "\n\t" : " ");
		if (!entry_print(d, c, off, resp))
			goto trunc;
	}
	if (left != 0)
		goto invalid;
	return;
invalid:
	decode_invalid(d);
	return;
trunc:
	decode_trunc_cut(d, "ripng");
}
