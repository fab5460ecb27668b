/* print-sl.c - SLIP with the BPF pseudo-header, and Van Jacobson's
 * compressed TCP/IP headers (RFC 1144) at -e.
 *
 *   | dir | compressed header copy (15) | IP packet ... |
 * Output as tcpdump 4.99 print-sl.c. The length of the last packet of
 * each connection and direction, which compressed headers refer to,
 * lives in d->sl for the whole run.
 */
#include <pcap/dlt.h>

#include "decode.h"
#include "out.h"
#include "table.h"
#include "xfuncs.h"

DECODE_DLT(DLT_SLIP, sl_if_print)
DECODE_DLT(DLT_SLIP_BSDOS, sl_bsdos_if_print)

enum {
	SLIP_HDRLEN = 16,
	SLX_CHDR = 1,
	TYPE_IP = 0x40,
	TYPE_UNCOMPRESSED_TCP = 0x70,
	TYPE_COMPRESSED_TCP = 0x80,
	NEW_C = 0x40, NEW_I = 0x20, NEW_S = 0x08, NEW_A = 0x04,
	NEW_W = 0x02, NEW_U = 0x01,
	SPECIALS_MASK = 0x0f,
	SPECIAL_I = NEW_S | NEW_W | NEW_U,
	SPECIAL_D = NEW_S | NEW_A | NEW_W | NEW_U,
};

struct sl_state {
	unsigned lastlen[2][256];
	unsigned lastconn;
};

static struct sl_state *sl_state(struct dctx *d)
{
	if (!d->sl) {
		d->sl = xzalloc(sizeof(*d->sl));
		d->sl->lastconn = 255;
	}
	return d->sl;
}

/* The uncompressed TCP/IP header length in bytes (IP header length plus
 * TCP data offset); false if not captured. */
static bool tcpip_hdrlen(struct cursor ip, unsigned *len)
{
	unsigned hl = cur_peek(&ip, 0) & 0x0f;

	/* tcpdump checks the whole IPv4 and TCP headers */
	if (!cur_has(&ip, 20) || !cur_has(&ip, hl * 4 + 20))
		return false;
	*len = (hl + (cur_peek(&ip, hl * 4 + 12) >> 4)) << 2;
	return true;
}

/* A changed field: one byte, or zero and two bytes. As tcpdump does,
 * a one-byte value is not stepped over: the next field reads it too. */
static bool sl_change(struct cursor *c, const char *str)
{
	unsigned i;

	if (!cur_has(c, 1))
		return false;
	i = cur_peek(c, 0);
	if (i == 0) {
		cur_skip(c, 1);
		i = cur_be16(c);
	}
	if (cur_short(c))
		return false;
	out_fmt(" %s%u", str, i);
	return true;
}

static bool sl_winchange(struct cursor *c)
{
	int i;

	if (!cur_has(c, 1))
		return false;
	i = cur_peek(c, 0);
	if (i == 0) {
		cur_skip(c, 1);
		i = (int16_t)cur_be16(c);
	}
	if (cur_short(c))
		return false;
	out_fmt(i >= 0 ? " W+%d" : " W%d", i);
	return true;
}

static bool sl_changes(struct cursor *c, unsigned flags, unsigned last)
{
	switch (flags & SPECIALS_MASK) {
	case SPECIAL_I:
		out_fmt(" *SA+%u", last);
		break;
	case SPECIAL_D:
		out_fmt(" *S+%u", last);
		break;
	default:
		if ((flags & NEW_U) && !sl_change(c, "U="))
			return false;
		if ((flags & NEW_W) && !sl_winchange(c))
			return false;
		if ((flags & NEW_A) && !sl_change(c, "A+"))
			return false;
		if ((flags & NEW_S) && !sl_change(c, "S+"))
			return false;
		break;
	}
	return !(flags & NEW_I) || sl_change(c, "I+");
}

static bool compressed_sl_print(struct dctx *d, struct cursor chdr,
				struct cursor ip, unsigned length, int dir)
{
	struct sl_state *s = sl_state(d);
	struct cursor c = chdr;
	unsigned flags = cur_u8(&c), hlen;
	size_t hdr, left;

	if (flags & NEW_C) {
		s->lastconn = cur_u8(&c);
		out_fmt("ctcp %u", s->lastconn);
	} else {
		out_str("ctcp *");
	}
	if (cur_short(&c))
		return false;
	hdr = cur_left(&chdr) - cur_left(&c) + 2;
	/* the TCP checksum is skipped unread */
	if (!cur_skip(&c, 2))
		c.short_read = false;
	left = cur_left(&c);
	if (!sl_changes(&c, flags, s->lastlen[dir][s->lastconn]))
		return false;
	hdr += left - cur_left(&c);
	if (!tcpip_hdrlen(ip, &hlen))
		return false;
	s->lastlen[dir][s->lastconn] = length - hlen;
	out_fmt(" %u (%zu)", s->lastlen[dir][s->lastconn], hdr);
	return true;
}

/* -e: direction and the compressed-header summary; false if cut. */
static bool sliplink_print(struct dctx *d, struct cursor c, struct cursor ip,
			   unsigned length)
{
	struct sl_state *s = sl_state(d);
	unsigned dirb = cur_peek(&c, 0), chdr = cur_peek(&c, SLX_CHDR), hlen;
	int dir = dirb == 0 ? 0 : dirb == 1 ? 1 : -1;

	if (dir < 0)
		out_fmt("Invalid direction %u ", dirb);
	else
		out_str(dir ? "O " : "I ");
	switch (chdr & 0xf0) {
	case TYPE_IP:
		out_fmt("ip %u: ", length + SLIP_HDRLEN);
		return true;
	case TYPE_UNCOMPRESSED_TCP:
		s->lastconn = cur_peek(&c, SLX_CHDR + 9);
		out_fmt("utcp %u: ", s->lastconn);
		if (dir < 0)
			return true;
		if (!tcpip_hdrlen(ip, &hlen))
			return false;
		s->lastlen[dir][s->lastconn] = length - hlen;
		return true;
	}
	if (dir < 0)
		return true;
	if (!(chdr & TYPE_COMPRESSED_TCP)) {
		out_fmt("slip-%u!: ", chdr);
		return true;
	}
	cur_skip(&c, SLX_CHDR);
	if (!compressed_sl_print(d, c, ip, length, dir))
		return false;
	out_str(": ");
	return true;
}

unsigned sl_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct cursor ip = c;
	unsigned v;

	if (!cur_skip(&ip, SLIP_HDRLEN)) {
		decode_trunc_cut(d, "slip");
		return 0;
	}
	len -= SLIP_HDRLEN;
	if (d->eflag && !sliplink_print(d, c, ip, len)) {
		decode_trunc_cut(d, "slip");
		return SLIP_HDRLEN;
	}
	if (!cur_has(&ip, 1)) {
		decode_trunc_cut(d, "slip");
		return SLIP_HDRLEN;
	}
	v = cur_peek(&ip, 0) >> 4;
	if (v == 4)
		ip_print(d, ip, len);
	else if (v == 6)
		ip6_print(d, ip, len);
	else
		out_fmt("ip v%u", v);
	return SLIP_HDRLEN;
}

/* BSD/OS SLIP: the same pseudo-header, an IPv4 packet after it. */
unsigned sl_bsdos_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct cursor ip = c;

	if (!cur_skip(&ip, SLIP_HDRLEN)) {
		decode_trunc_cut(d, "slip_bsdos");
		return 0;
	}
	ip_print(d, ip, len - SLIP_HDRLEN);
	return SLIP_HDRLEN;
}
