/* print-pgm.c - PGM, Pragmatic General Multicast (RFC 3208): over IP
 * (protocol 113) and encapsulated in UDP (-T pgm, EPGM).
 *
 *   | Source port | Dest port | Type | Options | Checksum |
 *   | Global source id (6) | TSDU length | type fields | options |
 * Output as tcpdump 4.99 print-pgm.c: the header only without -v; with
 * -T pgm_zmtp1 the data of ODATA and RDATA as ZeroMQ datagrams.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include "decode.h"
#include "ip.h"
#include "out.h"
#include "table.h"
#include "zmtp.h"

enum { PGM_HDRLEN = 16 };
enum { T_SPM = 0, T_POLL = 1, T_POLR = 2, T_ODATA = 4, T_RDATA = 5,
       T_NAK = 8, T_NULLNAK = 9, T_NCF = 10, T_ACK = 11, T_SPMR = 12 };
enum { O_LENGTH = 0, O_FRAGMENT, O_NAK_LIST, O_JOIN, O_NAK_BO_IVL,
       O_NAK_BO_RNG, O_REDIRECT = 7, O_PARITY_PRM, O_PARITY_GRP,
       O_CURR_TGSIZE, O_NBR_UNREACH, O_PATH_NLA, O_SYN, O_FIN, O_RST,
       O_CR, O_CRQST, O_PGMCC_DATA, O_PGMCC_FEEDBACK };

struct pg {
	struct dctx *d;
	struct cursor c;
	bool cut;
};

static bool need(struct pg *g, unsigned off, unsigned n)
{
	if (cur_has(&g->c, off + n))
		return true;
	g->cut = true;
	return false;
}

static uint32_t u32(struct pg *g, unsigned off)
{
	return need(g, off, 4) ? cur_peek_be32(&g->c, off) : 0;
}

static unsigned u16(struct pg *g, unsigned off)
{
	return need(g, off, 2) ? cur_peek_be16(&g->c, off) : 0;
}

/* An NLA (AFI and address) at off into buf; its length, 0 when the
 * family is unknown or it was not captured (tcpdump's marker then, but
 * no cut: its hex dumps start as usual). */
static unsigned nla_str(struct pg *g, unsigned afi, unsigned off, char *buf)
{
	uint8_t a[16];
	unsigned n = afi == 1 ? 4 : afi == 2 ? 16 : 0, i;

	if (!n || !cur_has(&g->c, off + n))
		return 0;
	for (i = 0; i < n; i++)
		a[i] = cur_peek(&g->c, off + i);
	if (n == 4)
		snprintf(buf, 46, "%u.%u.%u.%u", a[0], a[1], a[2], a[3]);
	else
		inet_ntop(AF_INET6, a, buf, 46);
	return n;
}

/* The body of the message type; the offset after it, or -1 (cut, or
 * an unknown address family: the marker). */
static int type_print(struct pg *g, unsigned type)
{
	char a[46], b[46];
	unsigned off = PGM_HDRLEN, n, m;

	switch (type) {
	case T_SPM:
		if (!cur_has(&g->c, off + 16) ||
		    !(n = nla_str(g, u16(g, off + 12), off + 16, a)))
			return -1;
		out_fmt("SPM seq %u trail %u lead %u nla %s", u32(g, off),
			u32(g, off + 4), u32(g, off + 8), a);
		return (int)(off + 16 + n);
	case T_POLL:
		if (!cur_has(&g->c, off + 12) ||
		    !(n = nla_str(g, u16(g, off + 8), off + 12, a)) ||
		    !need(g, off + 12 + n, 12))
			return -1;
		out_fmt("POLL seq %u round %u nla %s ivl %u rnd 0x%08x mask 0x%08x",
			u32(g, off), u16(g, off + 4), a, u32(g, off + 12 + n),
			u32(g, off + 16 + n), u32(g, off + 20 + n));
		return (int)(off + 24 + n);
	case T_POLR:
		if (!cur_has(&g->c, off + 8))
			return -1;
		out_fmt("POLR seq %u round %u", u32(g, off), u16(g, off + 4));
		return (int)(off + 8);
	case T_ODATA: case T_RDATA:
		if (!cur_has(&g->c, off + 8))
			return -1;
		out_fmt("%s trail %u seq %u", type == T_ODATA ? "ODATA" : "RDATA",
			u32(g, off + 4), u32(g, off));
		return (int)(off + 8);
	case T_NAK: case T_NULLNAK: case T_NCF:
		/* tcpdump reads the group's AFI where its address starts,
		 * 4 bytes after the source address */
		if (!cur_has(&g->c, off + 8) ||
		    !(n = nla_str(g, u16(g, off + 4), off + 8, a)) ||
		    !need(g, off + 12 + n, 2) ||
		    !(m = nla_str(g, u16(g, off + 12 + n), off + 12 + n, b)))
			return -1;
		out_fmt("%s (%s -> %s), seq %u", type == T_NAK ? "NAK" :
			type == T_NULLNAK ? "NNAK" : "NCF", a, b, u32(g, off));
		return (int)(off + 12 + n + m);
	case T_ACK:
		if (!cur_has(&g->c, off + 8))
			return -1;
		out_fmt("ACK seq %u", u32(g, off));
		return (int)(off + 8);
	case T_SPMR:
		out_str("SPMR");
		return 0;
	}
	/* options of these are read from the header's start, as tcpdump */
	out_fmt("UNKNOWN type 0x%02x", type);
	return 0;
}

/* Options of a fixed length whose fields are 32-bit numbers after the
 * 2 bytes of flags: name, length, format (0, 1 or 2 numbers). */
static const struct __attribute__((packed)) {
	unsigned char type, len;
	const char *bad, *fmt;
} fixed_opts[] = {
	{ O_FRAGMENT, 16, "OPT_FRAGMENT", " FRAG seq %u off %u len %u" },
	{ O_JOIN, 8, "OPT_JOIN", " JOIN %u" },
	{ O_NAK_BO_IVL, 12, "OPT_NAK_BO_IVL", " BACKOFF ivl %u ivlseq %u" },
	{ O_NAK_BO_RNG, 12, "OPT_NAK_BO_RNG", " BACKOFF max %u min %u" },
	{ O_PARITY_PRM, 8, "OPT_PARITY_PRM", " PARITY MAXTGS %u" },
	{ O_PARITY_GRP, 8, "OPT_PARITY_GRP", " PARITY GROUP %u" },
	{ O_CURR_TGSIZE, 8, "OPT_CURR_TGSIZE", " PARITY ATGS %u" },
	{ O_NBR_UNREACH, 4, "OPT_NBR_UNREACH", " NBR_UNREACH" },
	{ O_SYN, 4, "OPT_SYN", " SYN" },
	{ O_FIN, 4, "OPT_FIN", " FIN" },
	{ O_RST, 4, "OPT_RST", " RST" },
	{ O_CRQST, 4, "OPT_CRQST", " CRQST" },
};

/* REDIRECT and the PGMCC options: an address after fixed fields;
 * returns the option's bytes, 0: stop (a message or the marker). */
static unsigned addr_opt(struct pg *g, unsigned type, unsigned bp,
			 unsigned len)
{
	bool redirect = type == O_REDIRECT;
	const char *name = redirect ? "OPT_REDIRECT" : type == O_PGMCC_DATA ?
			   "OPT_PGMCC_DATA" : "OPT_PGMCC_FEEDBACK";
	unsigned fixed = redirect ? 8 : 12, afi, at, n;
	uint32_t val = 0;
	char a[46];

	if (len < fixed) {
		out_fmt("[Bad %s%s option, length %u < %u]",
			type == O_PGMCC_FEEDBACK ? "PGM_" : "", name, len, fixed);
		return 0;
	}
	if (!redirect)
		val = u32(g, bp + 2);
	at = bp + (redirect ? 6 : 10);
	afi = u16(g, at - 4);
	if (afi != 1 && afi != 2) {
		decode_trunc(g->d, "pgm");
		return 0;
	}
	n = afi == 1 ? 4 : 16;
	if (len != fixed + n) {
		out_fmt("[Bad %s option, length %u != %u + address size]", name,
			len, fixed);
		return 0;
	}
	if (!nla_str(g, afi, at, a))
		return 0;
	if (redirect)
		out_fmt(" REDIRECT %s", a);
	else
		out_fmt(" PGMCC %s %u %s", type == O_PGMCC_DATA ? "DATA" :
			"FEEDBACK", val, a);
	return fixed + n;
}

/* One option at bp (after its type and length bytes): false to stop;
 * *used is what it takes from the options' length, *skip how far bp
 * moves (both as tcpdump counts them). */
static bool opt_print(struct pg *g, unsigned type, unsigned bp, unsigned len,
		      unsigned *used, unsigned *skip)
{
	size_t i;
	unsigned k;

	*used = *skip = len;
	for (i = 0; i < sizeof(fixed_opts) / sizeof(fixed_opts[0]); i++) {
		if (fixed_opts[i].type != type)
			continue;
		if (len != fixed_opts[i].len) {
			out_fmt("[Bad %s option, length %u != %u]", fixed_opts[i].bad,
				len, fixed_opts[i].len);
			return false;
		}
		/* the option's len - 2 bytes from bp were captured */
		out_fmt(fixed_opts[i].fmt, len > 4 ? cur_peek_be32(&g->c, bp + 2) : 0,
			len > 8 ? cur_peek_be32(&g->c, bp + 6) : 0,
			len > 12 ? cur_peek_be32(&g->c, bp + 10) : 0);
		*skip = len - 2;
		return true;
	}
	switch (type) {
	case O_LENGTH:
		if (len != 4) {
			out_fmt("[Bad OPT_LENGTH option, length %u != 4]", len);
			return false;
		}
		out_fmt(" OPTS LEN (extra?) %d", (int)u16(g, bp));
		*skip = 2;
		return true;
	case O_NAK_LIST:
		out_str(" NAK LIST");
		for (k = 0, len -= 4; len; len -= 4, k += 4) {
			if (len < 4) {
				out_str("[Option length not a multiple of 4]");
				return false;
			}
			if (!need(g, bp + 2 + k, 4))
				return false;
			out_fmt(" %u", u32(g, bp + 2 + k));
		}
		*used = k;
		*skip = 2 + k;
		return true;
	case O_REDIRECT: case O_PGMCC_DATA: case O_PGMCC_FEEDBACK:
		*used = addr_opt(g, type, bp, len);
		*skip = *used - 2;
		return *used != 0;
	case O_PATH_NLA:
		out_fmt(" PATH_NLA [%u]", len);
		return true;
	case O_CR:
		out_str(" CR");
		return true;
	}
	out_fmt(" OPT_%02X [%u] ", type, len);
	return true;
}

/* The options at *at (moved past them); false when printing stops. */
static bool options_print(struct pg *g, unsigned *at)
{
	unsigned bp = *at;
	unsigned type, len, opts, used, skip;

	if (!cur_has(&g->c, bp + 4)) {
		decode_trunc(g->d, "pgm");
		return false;
	}
	type = cur_peek(&g->c, bp);
	if ((type & 0x7f) != O_LENGTH) {
		out_fmt("[First option bad, should be PGM_OPT_LENGTH, is %u]",
			type & 0x7f);
		return false;
	}
	len = cur_peek(&g->c, bp + 1);
	if (len != 4) {
		out_fmt("[Bad OPT_LENGTH option, length %u != 4]", len);
		return false;
	}
	opts = cur_peek_be16(&g->c, bp + 2);
	if (opts < 4) {
		out_fmt("[Bad total option length %u < 4]", opts);
		return false;
	}
	out_fmt(" OPTS LEN %u", opts);
	bp += 4;
	opts -= 4;
	*at = bp;
	while (opts) {
		if (opts < 4) {
			out_str("[Total option length leaves no room for final option]");
			return false;
		}
		if (!need(g, bp, 2))
			return false;
		type = cur_peek(&g->c, bp);
		len = cur_peek(&g->c, bp + 1);
		bp += 2;
		if (len < 4) {
			out_fmt("[Bad option, length %u < 4]", len);
			*at = bp;
			return true;
		}
		if (opts < len) {
			out_str("[Total option length leaves no room for final option]");
			return false;
		}
		if (!cur_has(&g->c, bp + len - 2)) {
			decode_trunc(g->d, "pgm");
			return false;
		}
		if (!opt_print(g, type & 0x7f, bp, len, &used, &skip))
			return false;
		bp += skip;
		opts -= used;
		*at = bp;
	}
	return true;
}

DECODE_KEY(IPPROTO, 113, pgm_print)

void pgm_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct ipinfo *ip)
{
	struct pg g = { d, c, false };
	unsigned i, type;
	int bp;
	unsigned at;

	if (!cur_has(&c, 4)) {
		decode_ipaddr(d, ip->version, ip->src);
		out_str(" > ");
		decode_ipaddr(d, ip->version, ip->dst);
		out_str(": [|pgm]");
		return;
	}
	if (ip->hdr_nh == 113) {
		decode_ipaddr(d, ip->version, ip->src);
		out_char('.');
		decode_port(d, cur_peek_be16(&c, 0), false);
		out_str(" > ");
		decode_ipaddr(d, ip->version, ip->dst);
		out_char('.');
		decode_port(d, cur_peek_be16(&c, 2), false);
	} else {
		decode_port(d, cur_peek_be16(&c, 0), false);
		out_str(" > ");
		decode_port(d, cur_peek_be16(&c, 2), false);
	}
	out_str(": ");
	if (!cur_has(&c, PGM_HDRLEN)) {
		decode_trunc(d, "pgm");
		return;
	}
	out_fmt("PGM, length %u", cur_peek_be16(&c, 14));
	if (!d->vflag)
		return;
	out_str(" 0x");
	for (i = 8; i < 14; i++)
		out_fmt("%02x", cur_peek(&c, i));
	out_char(' ');
	type = cur_peek(&c, 4);
	bp = type_print(&g, type);
	if (g.cut)
		goto cut;
	if (bp < 0) {
		decode_trunc(d, "pgm");
		return;
	}
	at = (unsigned)bp;
	if ((cur_peek(&c, 5) & 1) && !options_print(&g, &at)) {
		if (g.cut)
			goto cut;
		return;
	}
	if (g.cut)
		goto cut;
	out_fmt(" [%u]", len);
	if (d->packettype && !strcmp(d->packettype, "pgm_zmtp1") &&
	    (type == T_ODATA || type == T_RDATA)) {
		cur_skip(&c, at);
		zmtp1_datagram_print(d, c, cur_peek_be16(&g.c, 14));
	}
	return;
cut:
	decode_trunc_cut(d, "pgm");
}

DECODE_PT("pgm", UDP, epgm_print)
DECODE_PT("pgm_zmtp1", UDP, epgm_print)

/* PGM in UDP (-T pgm, -T pgm_zmtp1): the ports without addresses. */
void epgm_print(struct dctx *d, struct cursor c, unsigned len,
		const struct l4info *l4)
{
	pgm_print(d, c, len, l4->ip);
}
