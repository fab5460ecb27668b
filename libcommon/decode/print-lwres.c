/* print-lwres.c - the BIND 9 lightweight resolver protocol, UDP 921.
 *
 *   | Length | Version | Flags | Serial | Opcode | Result | Recv length |
 *   | Auth type | Auth length | then the request or response of the
 *   opcode: get addresses by name, get name by address, get rdata by name
 * Output as tcpdump 4.99 print-lwres.c.
 */
#include "decode.h"
#include "domain.h"
#include "out.h"
#include "table.h"

enum { HDRLEN = 28 };
enum { OP_NOOP = 0, OP_GABN = 0x10001, OP_GNBA = 0x10002,
       OP_GRBN = 0x10003 };

static const struct tok opcodes[] = {
	{ OP_NOOP, "noop" }, { OP_GABN, "getaddrsbyname" },
	{ OP_GNBA, "getnamebyaddr" }, { OP_GRBN, "getrdatabyname" },
	{ 0, NULL }
};

struct lw {
	struct dctx *d;
	struct cursor c;
	bool cut;
};

/* Are n bytes at off captured? If not, the packet is cut. */
static bool need(struct lw *w, uint64_t off, uint64_t n)
{
	if (off + n <= cur_left(&w->c))
		return true;
	w->cut = true;
	return false;
}

static unsigned u16(struct lw *w, uint64_t off)
{
	return need(w, off, 2) ? cur_peek_be16(&w->c, (size_t)off) : 0;
}

static uint32_t u32(struct lw *w, uint64_t off)
{
	return need(w, off, 4) ? cur_peek_be32(&w->c, (size_t)off) : 0;
}

/* " name" of l characters and its NUL; returns the bytes used. */
static uint64_t name_print(struct lw *w, unsigned l, uint64_t off)
{
	unsigned i;

	out_char(' ');
	for (i = 0; i < l; i++) {
		if (!need(w, off + i, 1))
			return 0;
		decode_char(cur_peek(&w->c, (size_t)(off + i)));
	}
	if (!need(w, off + l, 1))
		return 0;
	if (cur_peek(&w->c, (size_t)(off + l)))
		out_str(" (not NUL-terminated!)");
	return l + 1;
}

static uint64_t namelen_print(struct lw *w, uint64_t off)
{
	unsigned l = u16(w, off);

	if (w->cut)
		return 0;
	return 2 + name_print(w, l, off + 2);
}

static uint64_t binlen_print(struct lw *w, uint64_t off)
{
	unsigned l = u16(w, off), i;

	for (i = 0; i < l && !w->cut; i++)
		if (need(w, off + 2 + i, 1))
			out_fmt("%02x", cur_peek(&w->c, (size_t)(off + 2 + i)));
	return 2 + l;
}

/* An address; its length, or -1 when invalid. */
static int64_t addr_print(struct lw *w, uint64_t off)
{
	unsigned l = u16(w, off + 4), i;
	uint32_t family;

	if (w->cut || !need(w, off + 6, l))
		return 0;
	family = u32(w, off);
	if (family == 1 || family == 2) {
		if (l < (family == 1 ? 4u : 16u))
			return -1;
		out_char(' ');
		if (family == 1) {
			uint8_t a[4];

			for (i = 0; i < 4; i++)
				a[i] = cur_peek(&w->c, (size_t)(off + 6 + i));
			decode_ip4addr(w->d, a);
		} else {
			decode_ip6addr_at(w->d, w->c, (unsigned)off + 6);
		}
		return 6 + (family == 1 ? 4 : 16);
	}
	out_fmt(" %u/", family);
	for (i = 0; i < l; i++)
		out_fmt("%02x", cur_peek(&w->c, (size_t)(off + 6 + i)));
	return 6 + l;
}

static void flags_print(struct lw *w, uint64_t off)
{
	if (w->d->vflag > 2) {
		uint32_t f = u32(w, off);

		if (!w->cut)
			out_fmt(" flags:0x%x", f);
	}
}

static void rdtype_print(struct lw *w, uint64_t off)
{
	unsigned class = u16(w, off), type = u16(w, off + 2);

	if (w->cut)
		return;
	out_char(' ');
	dns_type_print(type);
	if (class != 1) {
		out_char(' ');
		dns_class_print(class);
	}
}

/* A request's body at p; the offset after it, -1: invalid. */
static int64_t request_print(struct lw *w, uint32_t op, uint64_t p)
{
	uint32_t v;
	int64_t a;

	switch (op) {
	case OP_GABN:
		if (!need(w, p, 10))
			return 0;
		flags_print(w, p);
		v = u32(w, p + 4);
		if ((v & 3) == 1)
			out_str(" IPv4");
		else if ((v & 3) == 2)
			out_str(" IPv6");
		else if ((v & 3) == 3)
			out_str(" IPv4/6");
		if (v & ~3u)
			out_fmt("[0x%x]", v);
		return p + 10 + name_print(w, u16(w, p + 8), p + 10);
	case OP_GNBA:
		if (!need(w, p, 4))
			return 0;
		flags_print(w, p);
		a = addr_print(w, p + 4);
		return a < 0 ? -1 : (int64_t)(p + 4) + a;
	case OP_GRBN:
		if (!need(w, p, 10))
			return 0;
		flags_print(w, p);
		rdtype_print(w, p + 4);
		return p + 10 + name_print(w, u16(w, p + 8), p + 10);
	}
	return p;
}

static int64_t response_print(struct lw *w, uint32_t op, uint64_t p)
{
	uint64_t s;
	unsigned na, i, nb;
	int64_t a;

	switch (op) {
	case OP_GABN:
	case OP_GNBA:
		if (!need(w, p, op == OP_GABN ? 10 : 8))
			return 0;
		flags_print(w, p);
		na = u16(w, p + 4);
		nb = op == OP_GABN ? u16(w, p + 6) : 0;
		if (op == OP_GABN)
			out_fmt(" %u/%u", na, nb);
		else
			out_fmt(" %u", na);
		s = op == OP_GABN ? p + 10 : p + 8;
		s += name_print(w, u16(w, s - 2), s);
		for (i = 0; i < na && !w->cut; i++)
			s += namelen_print(w, s);
		for (i = 0; i < nb && !w->cut; i++) {
			a = addr_print(w, s);
			if (a < 0)
				return -1;
			s += (uint64_t)a;
		}
		return (int64_t)s;
	case OP_GRBN:
		if (!need(w, p, 16))
			return 0;
		flags_print(w, p);
		rdtype_print(w, p + 4);
		out_str(" TTL ");
		relts_print(u32(w, p + 8));
		na = u16(w, p + 12);
		nb = u16(w, p + 14);
		out_fmt(" %u/%u", na, nb);
		s = p + 16 + namelen_print(w, p + 16);
		for (i = 0; i < na + nb && !w->cut; i++)
			s += binlen_print(w, s);
		return (int64_t)s;
	}
	return p;
}

DECODE_PORT(UDP, 290, 921, 921, PORT_EITHER, lwres_print)
DECODE_PT("lwres", UDP, lwres_print)

void lwres_print(struct dctx *d, struct cursor c, unsigned len,
		 const struct l4info *l4 DECODE_UNUSED)
{
	struct lw w = { d, c, false };
	uint32_t op, plen;
	unsigned v, flags;
	int64_t s;
	bool known;

	if (!need(&w, 0, HDRLEN))
		goto cut;
	out_str(" lwres");
	v = u16(&w, 4);
	plen = u32(&w, 0);
	if (d->vflag || v != 0)
		out_fmt(" v%u", v);
	if (v != 0) {
		s = plen;
		known = true;
		goto tail;
	}
	flags = u16(&w, 6);
	op = u32(&w, 12);
	out_char(' ');
	tok_print(opcodes, op, "#0x%x");
	out_str(flags & 1 ? "" : "?");
	if (flags & ~1u)
		out_fmt("[0x%x]", flags);
	if (d->vflag > 1) {
		out_fmt(" (serial:0x%x result:0x%x recvlen:%u", u32(&w, 8),
			u32(&w, 16), u32(&w, 20));
		if (d->vflag > 2)
			out_fmt(" authtype:0x%x authlen:%u", u16(&w, 24),
				u16(&w, 26));
		out_char(')');
	}
	known = op == OP_NOOP || op == OP_GABN || op == OP_GNBA ||
		op == OP_GRBN;
	s = flags & 1 ? response_print(&w, op, HDRLEN) :
	    request_print(&w, op, HDRLEN);
	if (w.cut)
		goto cut;
	if (s < 0) {
		decode_invalid(d);
		return;
	}
tail:
	if (plen != len)
		out_fmt(" [len: %u != %u]", plen, len);
	if (known && s < (int64_t)plen)
		out_str("[extra]");
	return;
cut:
	decode_trunc_cut(d, "lwres");
}
