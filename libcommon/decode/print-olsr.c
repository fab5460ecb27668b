/* print-olsr.c - OLSR (RFC 3626, with the olsr.org link quality,
 * name service and smart gateway extensions), UDP port 698.
 *
 *   | Packet Length | Packet Sequence Number |
 *   messages: | Type | Vtime | Size | Originator | TTL | Hops | Seq | body |
 * Output as tcpdump 4.99 print-olsr.c.
 */
#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

enum {
	OLSR_HELLO = 1, OLSR_TC = 2, OLSR_MID = 3, OLSR_HNA = 4,
	OLSR_NAMESERVICE = 130, OLSR_HELLO_LQ = 201, OLSR_TC_LQ = 202,
};

static const struct tok msg2str[] = {
	{ 1, "Hello" },
	{ 2, "TC" },
	{ 3, "MID" },
	{ 4, "HNA" },
	{ 128, "Powerinfo" },
	{ 130, "Nameservice" },
	{ 201, "Hello-LQ" },
	{ 202, "TC-LQ" },
	{ 0, NULL }
};

static const struct tok link2str[] = {
	{ 0, "Unspecified" },
	{ 1, "Asymmetric" },
	{ 2, "Symmetric" },
	{ 3, "Lost" },
	{ 0, NULL }
};

static const struct tok neighbor2str[] = {
	{ 0, "Not-Neighbor" },
	{ 1, "Symmetric" },
	{ 2, "Symmetric-MPR" },
	{ 0, NULL }
};

DECODE_PORT(UDP, 310, 698, 698, PORT_EITHER, olsr_print)

/* A message walk: the capture from the message body on, what is left
 * of it, the address length. */
struct ow {
	struct dctx *d;
	struct cursor c;
	unsigned tlen, alen;
	bool cut;	/* a read tcpdump makes with GET failed */
};

static double me_to_double(unsigned me)
{
	return 0.0625 * (1 + (double)(me >> 4) / 16) * (double)(1u << (me & 15));
}

static void ow_skip(struct ow *w, unsigned n)
{
	cur_skip(&w->c, n);
	w->tlen -= n;
}

/* Neighbors: plain addresses, or with link qualities (lq). */
static bool neighbors_print(struct ow *w, unsigned len, bool lq)
{
	unsigned step = w->alen + (lq ? 4 : 0);
	struct cursor c = w->c;

	if (!lq)
		out_str("\n\t      neighbor\n\t\t");
	for (; len >= step; len -= step) {
		if (!cur_has(&c, step))
			return false;
		if (lq) {
			out_str("\n\t      neighbor ");
			rt_addr_at(w->d, c, 0, w->alen == 16 ? 6 : 4);
			out_fmt(", link-quality %.2f%%, neighbor-link-quality "
				"%.2f%%", cur_peek(&c, w->alen) / 2.55,
				cur_peek(&c, w->alen + 1) / 2.55);
		} else {
			/* tcpdump's counter never moves: one line */
			rt_ip4_at(w->d, c, 0);
			out_char(' ');
		}
		cur_skip(&c, step);
	}
	return true;
}

static bool hello_print(struct ow *w, unsigned type)
{
	unsigned hlen, code;

	if (w->tlen < 4 || !cur_has(&w->c, 4))
		return false;
	out_fmt("\n\t  hello-time %.3fs, MPR willingness %u",
		me_to_double(cur_peek(&w->c, 2)), cur_peek(&w->c, 3));
	ow_skip(w, 4);
	while (w->tlen >= 4) {
		if (!cur_has(&w->c, 4))
			return false;
		hlen = cur_peek_be16(&w->c, 2);
		code = cur_peek(&w->c, 0);
		out_str("\n\t    link-type ");
		tok_print(link2str, code & 3, "Unknown");
		out_str(", neighbor-type ");
		tok_print(neighbor2str, code >> 2, "Unknown");
		out_fmt(", len %u", hlen);
		if (hlen > w->tlen || hlen < 4) {
			out_str(" (invalid)");
			break;
		}
		ow_skip(w, 4);
		hlen -= 4;
		if (!cur_has(&w->c, hlen) ||
		    !neighbors_print(w, hlen, type == OLSR_HELLO_LQ))
			return false;
		ow_skip(w, hlen);
	}
	return true;
}

static void gateway_print(struct cursor c, unsigned col)
{
	static const char *const bits[] = { " LINKSPEED", " IPV4",
		" IPV4-NAT", " IPV6", " IPv6-PREFIX" };
	unsigned f = cur_peek(&c, 5), k, speed[2] = { 0, 0 };

	out_str(col == 0 ? "\n\t    " : ", ");
	out_str("Smart-Gateway:");
	for (k = 0; k < 5; k++)
		if (f & (1u << k))
			out_str(bits[k]);
	for (k = 0; f & 1 && k < 2; k++) {
		unsigned v = cur_peek(&c, 6 + k), e;

		if (v == 255) {
			speed[k] = 320000000;
			continue;
		}
		if (!v)
			continue;
		speed[k] = (v >> 3) + 1;
		for (e = v & 7; e; e--)
			speed[k] *= 10;
	}
	out_fmt(" %u/%u", speed[0], speed[1]);
}

/* The prefix length of an IPv6 netmask as tcpdump counts it. */
static int mask6_plen(struct cursor c, unsigned off)
{
	int len = 0;
	unsigned k, b, m;

	for (k = 0; k < 16; k++) {
		m = cur_peek(&c, off + k);
		for (b = 0; b <= 8; b++)
			if (m == ((0xff00u >> b) & 0xff))
				break;
		if (b > 8)
			return -1;
		len += (int)b;
		if (m != 0xff)
			break;
	}
	return len;
}

static bool hna_print(struct ow *w)
{
	unsigned step = 2 * w->alen, col = 0, i = 0;

	out_fmt("\n\t  Advertised networks (total %u)", w->tlen / step);
	for (; w->tlen >= step; ow_skip(w, step), col = (col + 1) % 4, i++) {
		struct cursor c = w->c;

		if (!cur_has(&c, step))
			return false;
		if (w->alen == 16) {
			out_fmt("\n\t    #%u: ", i);
			rt_addr_at(w->d, c, 0, 6);
			out_fmt("/%u", (unsigned)mask6_plen(c, 16));
		} else if (!cur_peek_be32(&c, 0) && !cur_peek(&c, 4) &&
			   cur_peek(&c, 5)) {
			gateway_print(c, col);
		} else {
			out_str(col == 0 ? "\n\t    " : ", ");
			rt_ip4_at(w->d, c, 0);
			out_fmt("/%u", (unsigned)rt_mask2plen(cur_peek_be32(&c, 4)));
		}
	}
	return true;
}

static bool nameservice_print(struct ow *w)
{
	unsigned n, i, type, len, pad, k;

	if (w->tlen < 4)
		return false;
	if (!cur_has(&w->c, 4)) {
		w->cut = true;
		return false;
	}
	n = cur_peek_be16(&w->c, 2);
	out_fmt("\n\t  Version %u, Entries %u", cur_peek_be16(&w->c, 0), n);
	if (!n || n * (4 + w->alen) > w->tlen) {
		out_str(" (invalid)");
		return true;
	}
	ow_skip(w, 4);
	for (i = 0; i < n && w->tlen >= 4; i++) {
		if (!cur_has(&w->c, 4))
			return false;
		type = cur_peek_be16(&w->c, 0);
		len = cur_peek_be16(&w->c, 2);
		ow_skip(w, 4);
		out_fmt("\n\t    #%u: type %#06x, length %u", i, type, len);
		if (!len || w->alen + len > w->tlen) {
			out_str(" (invalid)");
			break;
		}
		pad = len % 4 ? 4 - len % 4 : 0;
		if (w->tlen < w->alen + len + pad ||
		    !cur_has(&w->c, w->alen + len + pad))
			return false;
		out_str(", address ");
		rt_addr_at(w->d, w->c, 0, w->alen == 16 ? 6 : 4);
		out_str(", name \"");
		for (k = 0; k < len; k++)
			decode_char(cur_peek(&w->c, w->alen + k));
		out_char('"');
		ow_skip(w, w->alen + len + pad);
	}
	return true;
}

static bool body_print(struct ow *w, unsigned type)
{
	switch (type) {
	case OLSR_HELLO:
	case OLSR_HELLO_LQ:
		return hello_print(w, type);
	case OLSR_TC:
	case OLSR_TC_LQ:
		if (w->tlen < 4 || !cur_has(&w->c, 4))
			return false;
		out_fmt("\n\t    advertised neighbor seq 0x%04x",
			cur_peek_be16(&w->c, 0));
		ow_skip(w, 4);
		return neighbors_print(w, w->tlen, type == OLSR_TC_LQ);
	case OLSR_MID:
		for (; w->tlen >= w->alen; ow_skip(w, w->alen)) {
			if (!cur_has(&w->c, w->alen))
				return false;
			out_str("\n\t  interface address ");
			rt_addr_at(w->d, w->c, 0, w->alen == 16 ? 6 : 4);
		}
		return true;
	case OLSR_HNA:
		return hna_print(w);
	case OLSR_NAMESERVICE:
		return nameservice_print(w);
	}
	decode_hex_ident(w->c, w->tlen, "\n\t    ");
	return true;
}

/* The message header at c; returns its length, 0 to end, -1 trunc. */
static int msg_print(struct dctx *d, struct cursor c, unsigned length,
		     unsigned alen)
{
	unsigned hl = 8 + alen, type, mlen;
	struct ow w;

	if (!cur_has(&c, hl))
		return -1;
	type = cur_peek(&c, 0);
	mlen = cur_peek_be16(&c, 2);
	if (type == 0 || mlen == 0)
		return 0;
	out_str("\n\t");
	tok_print(msg2str, type, "Unknown");
	out_fmt(" Message (%#04x), originator ", type);
	rt_addr_at(d, c, 4, alen == 16 ? 6 : 4);
	out_fmt(", ttl %u, hop %u\n\t  vtime %.3fs, msg-seq 0x%04x, length %u%s",
		cur_peek(&c, 4 + alen), cur_peek(&c, 5 + alen),
		me_to_double(cur_peek(&c, 1)), cur_peek_be16(&c, 6 + alen),
		mlen, mlen >= hl && mlen <= length ? "" : " (invalid)");
	if (mlen < hl || mlen > length)
		return 0;
	w.d = d;
	w.c = c;
	cur_skip(&w.c, hl);
	w.tlen = mlen - hl;
	w.alen = alen;
	w.cut = false;
	if (body_print(&w, type))
		return (int)mlen;
	return w.cut ? -2 : -1;
}

void olsr_print(struct dctx *d, struct cursor c, unsigned length,
		const struct l4info *l4)
{
	unsigned alen = l4->ip->version == 6 ? 16 : 4, off;
	int r;

	out_fmt("OLSRv%u", l4->ip->version == 6 ? 6 : 4);
	if (length < 4 || !cur_has(&c, 4))
		goto trunc;
	if (cur_peek_be16(&c, 0) < length)
		length = cur_peek_be16(&c, 0);
	out_fmt(", seq 0x%04x, length %u", cur_peek_be16(&c, 2), length);
	if (!d->vflag)
		return;
	for (off = 4; off < length; off += (unsigned)r) {
		struct cursor m = c;

		cur_skip(&m, off);
		r = msg_print(d, m, length, alen);
		if (r == -2) {
			decode_trunc_cut(d, "olsr");
			return;
		}
		if (r < 0)
			goto trunc;
		if (r == 0)
			return;
	}
	return;
trunc:
	decode_trunc(d, "olsr");
}
