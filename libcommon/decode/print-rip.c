/* print-rip.c - RIP versions 1 and 2 (RFC 1058, RFC 2453; RFC 4822
 * authentication), UDP port 520.
 *
 *   | Command | Version | unused | entries of 20 bytes ... |
 * Output as tcpdump 4.99 print-rip.c.
 */
#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

enum { RIP_ROUTELEN = 20, RIP_AUTHLEN = 16, AF_BSD_INET = 2 };

static const struct tok cmd2str[] = {
	{ 1, "Request" },
	{ 2, "Response" },
	{ 3, "Trace on" },
	{ 4, "Trace off" },
	{ 5, "Poll" },
	{ 6, "Poll Entry" },
	{ 0, NULL }
};

/* tcpdump's bsd_af_values */
static const struct tok bsd_af2str[] = {
	{ 2, "IPv4" },
	{ 6, "NS" },
	{ 7, "ISO" },
	{ 16, "Appletalk" },
	{ 23, "IPX" },
	{ 24, "IPv6" },
	{ 28, "IPv6" },
	{ 30, "IPv6" },
	{ 0, NULL }
};

DECODE_PORT(UDP, 60, 520, 520, PORT_EITHER, rip_print)

/* One entry; returns its size, 0 on an error (tcpdump's trunc). */
static unsigned entry_v1(struct dctx *d, struct cursor p, unsigned left)
{
	unsigned family;

	if (left < RIP_ROUTELEN || !cur_has(&p, RIP_ROUTELEN))
		return 0;
	family = cur_peek_be16(&p, 0);
	if (family != AF_BSD_INET && family != 0) {
		out_str("\n\t AFI ");
		tok_print(bsd_af2str, family, "Unknown (%u)");
		out_str(", ");
		cur_skip(&p, 4);
		decode_hex_ident(p, RIP_ROUTELEN - 4, "\n\t  ");
		return RIP_ROUTELEN;
	}
	if (cur_peek_be16(&p, 2) || cur_peek_be32(&p, 8) ||
	    cur_peek_be32(&p, 12)) {
		decode_hex_ident(p, RIP_ROUTELEN, "\n\t  ");
		return RIP_ROUTELEN;
	}
	out_str(family == 0 ? "\n\t  AFI 0, " : "\n\t  ");
	rt_ip4_at(d, p, 4);
	out_fmt(", metric: %u", cur_peek_be32(&p, 16));
	return RIP_ROUTELEN;
}

static unsigned auth_v2(struct dctx *d, struct cursor p, unsigned left)
{
	unsigned type = cur_peek_be16(&p, 2), i;

	cur_skip(&p, 4);
	left -= 4;
	if (type == 2) {
		/* a cut text ends the packet, without the -vv dump */
		out_str("\n\t  Simple Text Authentication data: ");
		for (i = 0; i < RIP_AUTHLEN; i++) {
			if (!cur_has(&p, i + 1)) {
				decode_trunc_cut(d, "rip");
				return 0;
			}
			if (!cur_peek(&p, i))
				break;
			decode_char(cur_peek(&p, i));
		}
		return RIP_ROUTELEN;
	}
	if (type == 3) {
		if (!cur_has(&p, 16) || left < 16)
			return 0;
		out_fmt("\n\t  Auth header: Packet Len %u, Key-ID %u, "
			"Auth Data Len %u, SeqNo %u, MBZ %u, MBZ %u",
			cur_peek_be16(&p, 0), cur_peek(&p, 2), cur_peek(&p, 3),
			cur_peek_be32(&p, 4), cur_peek_be32(&p, 8),
			cur_peek_be32(&p, 12));
		return RIP_ROUTELEN;
	}
	if (type == 1)
		out_str("\n\t  Auth trailer:");
	else
		out_fmt("\n\t  Unknown (%u) Authentication data:", type);
	decode_hex_ident(p, left, "\n\t  ");
	return 4 + left;
}

static unsigned entry_v2(struct dctx *d, struct cursor p, unsigned left)
{
	unsigned family;
	char buf[16];
	uint8_t a[4];

	if (left < 4 || !cur_has(&p, 4))
		return 0;
	family = cur_peek_be16(&p, 0);
	if (family == 0xffff)
		return auth_v2(d, p, left);
	if (family != AF_BSD_INET && family != 0) {
		out_str("\n\t  AFI ");
		tok_print(bsd_af2str, family, "Unknown (%u)");
		cur_skip(&p, 4);
		decode_hex_ident(p, RIP_ROUTELEN - 4, "\n\t  ");
		return RIP_ROUTELEN;
	}
	if (!cur_has(&p, RIP_ROUTELEN) || left < RIP_ROUTELEN)
		return 0;
	out_str("\n\t  AFI ");
	tok_print(bsd_af2str, family, "%u");
	for (unsigned k = 0; k < 4; k++)
		a[k] = cur_peek(&p, 4 + k);
	out_fmt(", %15s/%-2d, tag 0x%04x, metric: %u, next-hop: ",
		decode_ip4addr_str(d, a, buf), rt_mask2plen(cur_peek_be32(&p, 8)),
		cur_peek_be16(&p, 2), cur_peek_be32(&p, 16));
	if (cur_peek_be32(&p, 12))
		rt_ip4_at(d, p, 12);
	else
		out_str("self");
	return RIP_ROUTELEN;
}

static void entries_print(struct dctx *d, struct cursor p, unsigned len,
			  unsigned vers)
{
	unsigned size;

	while (len != 0) {
		size = vers == 1 ? entry_v1(d, p, len) : entry_v2(d, p, len);
		if (size == 0) {
			/* tcpdump goes on to the -vv dump */
			if (!d->stop)
				out_str(" [|rip]");
			return;
		}
		if (len < size) {
			out_fmt(" [remaining entries length %u < %u] (invalid)",
				len, size);
			return;
		}
		cur_skip(&p, size);
		len -= size;
	}
}

void rip_print(struct dctx *d, struct cursor c, unsigned length,
	       const struct l4info *l4 DECODE_UNUSED)
{
	unsigned len = (unsigned)cur_left(&c), vers, cmd;
	struct cursor p = c;

	if (len > length)
		len = length;
	if (len < 4) {
		decode_trunc(d, "rip");
		return;
	}
	len -= 4;
	vers = cur_peek(&c, 1);
	cmd = cur_peek(&c, 0);
	out_fmt("%sRIPv%u", d->vflag ? "\n\t" : "", vers);
	if (vers == 0) {
		/* RFC 1058: version 0 is to be ignored; tcpdump dumps it */
		decode_hex_ident(c, length, "\n\t");
		return;
	}
	out_str(", ");
	tok_print(cmd2str, cmd, "unknown command (%u)");
	out_fmt(", length: %u", length);
	if (!d->vflag)
		return;
	cur_skip(&p, 4);
	if (cmd == 1 || cmd == 2) {
		if (vers == 1 || vers == 2) {
			out_fmt(vers == 1 ? ", routes: %u" : ", routes: %u or less",
				length / RIP_ROUTELEN);
			entries_print(d, p, len, vers);
		} else {
			out_str(", unknown version");
		}
	} else if ((cmd == 0 || cmd == 3 || cmd > 6) && d->vflag <= 1) {
		/* tcpdump 4.99.3 dumps trace-on and unknown commands */
		decode_hex_ident(c, length, "\n\t");
	}
	if (d->vflag > 1 && !d->stop)
		decode_hex_ident(c, length, "\n\t");
}
