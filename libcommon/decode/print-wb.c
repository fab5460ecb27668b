/* print-wb.c - the LBL whiteboard (wb) protocol, UDP destination port
 * 4567.
 *
 *   | source site | timestamp | version | type | flags | body ... |
 * Output as tcpdump 4.99 print-wb.c.
 */
#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

enum {
	PT_DRAWOP = 0, PT_ID = 1, PT_RREQ = 2, PT_RREP = 3, PT_KILL = 4,
	PT_PREQ = 5, PT_PREP = 7, WB_HDRLEN = 12, DT_SKIP = 14, DT_HOLE = 15,
	WB_TRUNC = -2,
};

static const struct tok dop2str[] = {
	{ 2, "RECT" },
	{ 3, "LINE" },
	{ 4, "ML" },
	{ 5, "DEL" },
	{ 6, "XFORM" },
	{ 7, "ELL" },
	{ 8, "CHAR" },
	{ 9, "STR" },
	{ 10, "NOP" },
	{ 11, "PSCODE" },
	{ 12, "PSCOMP" },
	{ 13, "REF" },
	{ 14, "SKIP" },
	{ 15, "HOLE" },
	{ 0, NULL }
};

DECODE_PORT(UDP, 250, 4567, 4567, PORT_DST, wb_print)

/* "SLOT/SID:UID" with the page at off; false when not captured. */
static bool page_print(struct dctx *d, struct cursor c, unsigned slot,
		       unsigned off)
{
	if (!rt_has(&c, slot, 4) || !rt_has(&c, off, 8))
		return false;
	out_fmt("%u/", cur_peek_be32(&c, slot));
	rt_ip4_at(d, c, off);
	out_fmt(":%u", cur_peek_be32(&c, off + 4));
	return true;
}

/* "<id:off,...>" of n entries at off; returns the offset after them. */
static int idoff_print(struct dctx *d, struct cursor c, unsigned off,
		       unsigned n)
{
	char sep = '<';

	for (; n > 0; n--, off += 8, sep = ',') {
		if (!rt_has(&c, off, 8))
			return WB_TRUNC;
		out_char(sep);
		rt_ip4_at(d, c, off);
		out_fmt(":%u", cur_peek_be32(&c, off + 4));
	}
	return (int)off;
}

static int id_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned nid, i;
	int off;

	out_str(" wb-id:");
	if (len < 28)
		return -1;
	len -= 28;
	if (!rt_has(&c, 0, 24))
		return WB_TRUNC;
	out_char(' ');
	page_print(d, c, 12, 16);
	out_str(" (max ");
	page_print(d, c, 0, 4);
	out_str(") ");
	if (!cur_has(&c, 28))
		return WB_TRUNC;
	nid = cur_peek_be16(&c, 24);
	if (len < 8 * nid)
		return -1;
	len -= 8 * nid;
	off = idoff_print(d, c, 28, nid);
	if (off < 0)
		return off;
	out_str("> \"");
	for (i = 0; i < len; i++) {
		if (!rt_has(&c, (unsigned)off + i, 1))
			return WB_TRUNC;
		if (!cur_peek(&c, (unsigned)off + i))
			break;
		decode_char(cur_peek(&c, (unsigned)off + i));
	}
	out_char('"');
	return 0;
}

static int prep_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned n, off = 4;
	int r;

	out_str(" wb-prep:");
	if (len < 4)
		return -1;
	if (!cur_has(&c, 4))
		return WB_TRUNC;
	for (n = cur_peek_be32(&c, 0); n != 0; n--) {
		if (!rt_has(&c, off, 12))
			return WB_TRUNC;
		out_char(' ');
		page_print(d, c, off, off + 4);
		if (!rt_has(&c, off, 16))
			return WB_TRUNC;
		/* tcpdump counts the entries by the first byte only */
		r = idoff_print(d, c, off + 16, cur_peek(&c, off + 12));
		if (r < 0)
			return r;
		out_char('>');
		off = (unsigned)r;
	}
	return 0;
}

/* The drawing operations after a 16-byte pkt_dop at off (-v). */
static int dops_print(struct cursor c, unsigned off, uint32_t ss,
		      uint32_t es)
{
	unsigned dh = off + 16, t;
	uint32_t ts;

	out_str(" <");
	for (; ss <= es; ++ss) {
		if (!rt_has(&c, dh + 7, 1))
			return WB_TRUNC;
		t = cur_peek(&c, dh + 7);
		out_char(' ');
		tok_print(dop2str, t, "dop-%u!");
		if (t == DT_SKIP || t == DT_HOLE) {
			if (!rt_has(&c, dh, 4))
				return WB_TRUNC;
			ts = cur_peek_be32(&c, dh);
			out_fmt("%u", ts - ss + 1);
			if (ss > ts || ts > es) {
				out_str("[|]");
				if (ts < ss)
					return 0;
			}
			ss = ts;
		}
		if (!rt_has(&c, dh + 4, 2))
			return WB_TRUNC;
		dh += (cur_peek_be16(&c, dh + 4) + 8u + 3) & ~3u;
	}
	out_str(" >");
	return 0;
}

/* A drawing op (off 0) or repair reply (off 4, after the source). */
static int dop_print(struct dctx *d, struct cursor c, unsigned len,
		     bool rrep)
{
	unsigned off = rrep ? 4 : 0;

	out_str(rrep ? " wb-rrep:" : " wb-dop:");
	if (len < off + 16)
		return -1;
	if (!rt_has(&c, 0, off + 16))
		return WB_TRUNC;
	out_str(rrep ? " for " : " ");
	if (rrep) {
		rt_ip4_at(d, c, 0);
		out_char(' ');
	}
	rt_ip4_at(d, c, off);
	out_fmt(":%u<%u:%u>", cur_peek_be32(&c, off + 4),
		cur_peek_be32(&c, off + 8), cur_peek_be32(&c, off + 12));
	if (!d->vflag)
		return 0;
	return dops_print(c, off, cur_peek_be32(&c, off + 8),
			  cur_peek_be32(&c, off + 12));
}

static int body_print(struct dctx *d, struct cursor c, unsigned len,
		      unsigned type)
{
	switch (type) {
	case PT_ID:
		return id_print(d, c, len);
	case PT_RREQ:
		out_str(" wb-rreq:");
		if (len < 20)
			return -1;
		if (!cur_has(&c, 20))
			return WB_TRUNC;
		out_str(" please repair ");
		rt_ip4_at(d, c, 0);
		out_char(' ');
		rt_ip4_at(d, c, 4);
		out_fmt(":%u<%u:%u>", cur_peek_be32(&c, 8), cur_peek_be32(&c, 12),
			cur_peek_be32(&c, 16));
		return 0;
	case PT_RREP:
	case PT_DRAWOP:
		return dop_print(d, c, len, type == PT_RREP);
	case PT_PREQ:
		out_str(" wb-preq:");
		if (len < 16)
			return -1;
		if (!cur_has(&c, 12))
			return WB_TRUNC;
		out_fmt(" need %u/", cur_peek_be32(&c, 8));
		rt_ip4_at(d, c, 0);
		out_fmt(":%u", cur_peek_be32(&c, 4));
		return cur_has(&c, 16) ? 0 : WB_TRUNC;
	case PT_PREP:
		return prep_print(d, c, len);
	}
	out_fmt(" wb-%u!", type);
	return -1;
}

void wb_print(struct dctx *d, struct cursor c, unsigned len,
	      const struct l4info *l4 DECODE_UNUSED)
{
	unsigned type;
	int r;

	if (len < WB_HDRLEN) {
		decode_invalid(d);
		return;
	}
	if (!cur_has(&c, WB_HDRLEN)) {
		decode_trunc_cut(d, "wb");
		return;
	}
	if (cur_peek(&c, 11))
		out_char('*');
	type = cur_peek(&c, 10);
	if (type == PT_KILL) {
		out_str(" wb-kill");
		return;
	}
	cur_skip(&c, WB_HDRLEN);
	r = body_print(d, c, len - WB_HDRLEN, type);
	if (r == WB_TRUNC)
		decode_trunc_cut(d, "wb");
	else if (r < 0)
		decode_invalid(d);
}
