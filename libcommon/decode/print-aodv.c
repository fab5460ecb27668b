/* print-aodv.c - AODV routing (RFC 3561; the IPv6 forms of
 * draft-perkins-manet-aodv6-01), UDP port 654.
 *
 *   RREQ: | type | flags | 0 | hops | id | dst | dst seq | src | src seq |
 *   RREP: | type | flags | prefix size | hops | dst | dst seq | src | life |
 *   RERR: | type | flags | 0 | count | (address, seq) ... |
 * Output as tcpdump 4.99 print-aodv.c.
 */
#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

/* Where the fields of a request or reply are, per form. */
struct aodv_layout {
	unsigned char size, da, ds, oa, os, alen;
	const char *name;
};

static const struct aodv_layout rreq4 = { 24, 8, 12, 16, 20, 4, " rreq" };
static const struct aodv_layout rreq6 = { 48, 8, 24, 28, 44, 16, " v6 rreq" };
static const struct aodv_layout rreq6d = { 48, 16, 8, 32, 12, 16, " rreq" };
static const struct aodv_layout rrep4 = { 20, 4, 8, 12, 16, 4, " rrep" };
static const struct aodv_layout rrep6 = { 44, 4, 20, 24, 40, 16, " rrep" };
static const struct aodv_layout rrep6d = { 44, 8, 4, 24, 40, 16, " rrep" };

DECODE_PORT(UDP, 70, 654, 654, PORT_EITHER, aodv_print)

static void trunc_mark(void)
{
	out_str(" [|aodv]");
}

static void extension_print(struct cursor c, unsigned off, unsigned len)
{
	if (!rt_has(&c, off, 2))
		goto trunc;
	if (cur_peek(&c, off) != 1) {
		out_fmt("\n\text %u %u", cur_peek(&c, off), cur_peek(&c, off + 1));
		return;
	}
	if (!rt_has(&c, off, 6) || len < 6)
		goto trunc;
	if (cur_peek(&c, off + 1) < 4)
		out_fmt("\n\text HELLO - bad length %u", cur_peek(&c, off + 1));
	else
		out_fmt("\n\text HELLO %u ms", cur_peek_be32(&c, off + 2));
	return;
trunc:
	trunc_mark();
}

static void addr(struct dctx *d, struct cursor c, unsigned off, unsigned alen)
{
	rt_addr_at(d, c, off, alen == 16 ? 6 : 4);
}

/* A route request or reply laid out as l. */
static void rreqp_print(struct dctx *d, struct cursor c, unsigned len,
			const struct aodv_layout *l, bool req)
{
	unsigned t;

	if (!cur_has(&c, l->size) || len < l->size) {
		trunc_mark();
		return;
	}
	t = cur_peek(&c, 0);
	out_fmt("%s %u ", l->name, len);
	if (req) {
		out_fmt("%s%s%s%s%shops %u id 0x%08x\n\tdst ",
			t & 0x80 ? "[J]" : "", t & 0x40 ? "[R]" : "",
			t & 0x20 ? "[G]" : "", t & 0x10 ? "[D]" : "",
			t & 0x08 ? "[U] " : " ", cur_peek(&c, 3),
			cur_peek_be32(&c, 4));
		addr(d, c, l->da, l->alen);
		out_fmt(" seq %u src ", cur_peek_be32(&c, l->ds));
		addr(d, c, l->oa, l->alen);
		out_fmt(" seq %u", cur_peek_be32(&c, l->os));
	} else {
		out_fmt("%s%sprefix %u hops %u\n\tdst ", t & 0x80 ? "[R]" : "",
			t & 0x40 ? "[A] " : " ", cur_peek(&c, 2) & 0x1f,
			cur_peek(&c, 3));
		addr(d, c, l->da, l->alen);
		out_fmt(" dseq %u src ", cur_peek_be32(&c, l->ds));
		addr(d, c, l->oa, l->alen);
		out_fmt(" %u ms", cur_peek_be32(&c, l->os));
	}
	if (len - l->size >= 2)
		extension_print(c, l->size, len - l->size);
}

static void rerr_print(struct dctx *d, struct cursor c, unsigned len,
		       unsigned alen)
{
	unsigned dc, i, off = 4;

	if (!cur_has(&c, 4) || len < 4) {
		trunc_mark();
		return;
	}
	out_fmt(" rerr %s [items %u] [%u]:", cur_peek(&c, 1) & 0x80 ? "[D]" : "",
		cur_peek(&c, 3), len);
	i = len - 4;
	for (dc = cur_peek(&c, 3); dc != 0; dc--, off += alen + 4) {
		if (!rt_has(&c, off, alen + 4) || i < alen + 4) {
			trunc_mark();
			return;
		}
		out_str(" {");
		addr(d, c, off, alen);
		out_fmt("}(%u)", cur_peek_be32(&c, off + alen));
		i -= alen + 4;
	}
}

void aodv_print(struct dctx *d, struct cursor c, unsigned len,
		const struct l4info *l4)
{
	bool v6 = l4->ip->version == 6;
	unsigned type;

	if (!cur_has(&c, 1)) {
		decode_trunc_cut(d, "aodv");
		return;
	}
	type = cur_peek(&c, 0);
	out_str(" aodv");
	switch (type) {
	case 1:
		rreqp_print(d, c, len, v6 ? &rreq6 : &rreq4, true);
		break;
	case 2:
		rreqp_print(d, c, len, v6 ? &rrep6 : &rrep4, false);
		break;
	case 3:
		rerr_print(d, c, len, v6 ? 16 : 4);
		break;
	case 16:
		rreqp_print(d, c, len, &rreq6d, true);
		break;
	case 17:
		rreqp_print(d, c, len, &rrep6d, false);
		break;
	case 18:
		rerr_print(d, c, len, 16);
		break;
	case 4:
	case 19:
		out_fmt(" rrep-ack %u", len);
		break;
	default:
		out_fmt(" type %u %u", type, len);
		break;
	}
}
