/* print-gre.c - GRE (RFC 1701, 2784, 2890) and the enhanced GRE of PPTP
 * (RFC 2637).
 *
 *   | C R K S s recur:3 | A flags:4 ver:3 | protocol type (2) |
 *   [checksum, offset] [key] [sequence] [ack (v1)] [routing SREs]
 * Output as tcpdump 4.99 print-gre.c; the payload by protocol type.
 */
#include "decode.h"
#include "encap.h"
#include "out.h"
#include "table.h"

DECODE_KEY(IPPROTO, 47, gre_print)

enum {
	GRE_CP = 0x8000, GRE_RP = 0x4000, GRE_KP = 0x2000, GRE_SP = 0x1000,
	GRE_AP = 0x0080,
	ETHERTYPE_TEB = 0x6558, ETHERTYPE_GRE_ISO = 0x00fe,
	GRE_WCCP = 0x883e,
};

static const struct tok gre_flag_values[] = {
	{ 0x8000, "checksum present" }, { 0x4000, "routing present" },
	{ 0x2000, "key present" }, { 0x1000, "sequence# present" },
	{ 0x0800, "source routing present" }, { 0x0080, "ack present" },
	{ 0, NULL }
};

/* The fields of the header: a short window or length ends the packet
 * with the marker. */
struct gre {
	struct cursor c;
	unsigned len;
	bool bad;
};

static unsigned gre_take(struct gre *g, unsigned n)
{
	unsigned v;

	if (g->bad || g->len < n || !cur_has(&g->c, n)) {
		g->bad = true;
		return 0;
	}
	v = n == 1 ? cur_u8(&g->c) : n == 2 ? cur_be16(&g->c) :
		     cur_be32(&g->c);
	g->len -= n;
	return v;
}

/* One source route entry's addresses; false when cut or bad. */
static bool gre_sre_print(struct gre g, unsigned af, unsigned off,
			  unsigned srelen)
{
	unsigned step = af == 0x0800 ? 4 : 2, pos = 0;

	if (af != 0x0800 && af != 0xfffe) {
		out_fmt(", (rtaf=0x%x)", af);
		return true;
	}
	out_str(af == 0x0800 ? ", (rtaf=ip" : ", (rtaf=asn");
	if (off & (step - 1)) {
		out_fmt(", badoffset=%u)", off);
		return false;
	}
	if (srelen & (step - 1)) {
		out_fmt(", badlength=%u)", srelen);
		return false;
	}
	if (off >= srelen) {
		out_fmt(", badoff/len=%u/%u)", off, srelen);
		return false;
	}
	for (; pos < srelen; pos += step) {
		unsigned v = gre_take(&g, step);

		if (g.bad)
			return false;
		out_fmt(" %s", pos == off ? "*" : "");
		if (step == 4)
			out_fmt("%u.%u.%u.%u", v >> 24, (v >> 16) & 0xff,
				(v >> 8) & 0xff, v & 0xff);
		else
			out_fmt("%x", v);
	}
	out_char(')');
	return true;
}

static void gre_payload_print(struct dctx *d, unsigned prot, struct cursor c,
			      unsigned len)
{
	switch (prot) {
	case 0x0800:
		ip_print(d, c, len);
		return;
	case 0x86dd:
		ip6_print(d, c, len);
		return;
	case 0x8847:
	case 0x8848:
		mpls_print(d, c, len);
		return;
	case ETHERTYPE_TEB:
		ether_if_print(d, c, len);
		return;
	case 0x894f:
		nsh_print(d, c, len);
		return;
	case ETHERTYPE_GRE_ISO:
		encap_osi_print(d, c, len);
		return;
	case 0x8137:
	case 0x809b:
		if (ethertype_print(d, prot, c, len))
			return;
	}
	out_fmt("gre-proto-0x%x", prot);
}

static void gre_wccp_print(struct dctx *d, struct gre *g)
{
	unsigned f;

	out_str("wccp ");
	if (g->len < 1 || !cur_has(&g->c, 1)) {
		g->bad = true;
		return;
	}
	if (cur_peek(&g->c, 0) >> 4 == 4)
		return;
	f = gre_take(g, 1);
	if (g->bad || !cur_has(&g->c, 3) || g->len < 3) {
		g->bad = true;
		return;
	}
	out_fmt("T:%c A:%c U:%c SId:%u", f & 0x80 ? '1' : '0',
		f & 0x40 ? '1' : '0', f & 0x20 ? '1' : '0', gre_take(g, 1));
	out_fmt(" Alt:%u", gre_take(g, 1));
	out_fmt(" Pri:%u: ", gre_take(g, 1));
	(void)d;
}

static void gre_tail_print(struct dctx *d, unsigned prot, unsigned length)
{
	if (d->eflag) {
		const char *s = ethertype_name(prot);

		out_fmt(", proto %s (0x%04x)", s ? s : "unknown", prot);
	}
	out_fmt(", length %u", length);
}

static void gre_print_0(struct dctx *d, struct gre *g, unsigned length)
{
	unsigned flags = gre_take(g, 2), prot = gre_take(g, 2), v;

	if (d->vflag) {
		out_str(", Flags [");
		tok_bits_print(gre_flag_values, flags, ", ", "none");
		out_char(']');
	}
	if (flags & (GRE_CP | GRE_RP)) {
		v = gre_take(g, 2);
		if (!g->bad && d->vflag)
			out_fmt(", sum 0x%x", v);
		v = gre_take(g, 2);
		if (!g->bad)
			out_fmt(", off 0x%x", v);
	}
	if (flags & GRE_KP) {
		v = gre_take(g, 4);
		if (!g->bad)
			out_fmt(", key=0x%x", v);
	}
	if (flags & GRE_SP) {
		v = gre_take(g, 4);
		if (!g->bad)
			out_fmt(", seq %u", v);
	}
	while ((flags & GRE_RP) && !g->bad) {
		unsigned af = gre_take(g, 2), off = gre_take(g, 1);
		unsigned srelen = gre_take(g, 1);

		if (g->bad || (af == 0 && srelen == 0))
			break;
		if (!gre_sre_print(*g, af, off, srelen) || g->len < srelen) {
			g->bad = true;
			break;
		}
		cur_skip(&g->c, srelen);
		g->len -= srelen;
	}
	if (g->bad)
		return;
	gre_tail_print(d, prot, length);
	out_str(d->vflag < 1 ? ": " : "\n\t");
	if (prot == GRE_WCCP) {
		gre_wccp_print(d, g);
		if (g->bad)
			return;
		prot = 0x0800;
	}
	gre_payload_print(d, prot, g->c, g->len);
}

static void gre_print_1(struct dctx *d, struct gre *g, unsigned length)
{
	unsigned flags = gre_take(g, 2), prot = gre_take(g, 2), v;

	if (!g->bad && d->vflag) {
		out_str(", Flags [");
		tok_bits_print(gre_flag_values, flags, ", ", "none");
		out_char(']');
	}
	if (flags & GRE_KP) {
		v = gre_take(g, 4);
		if (!g->bad)
			out_fmt(", call %u", v & 0xffff);
	}
	if (flags & GRE_SP) {
		v = gre_take(g, 4);
		if (!g->bad)
			out_fmt(", seq %u", v);
	}
	if (flags & GRE_AP) {
		v = gre_take(g, 4);
		if (!g->bad)
			out_fmt(", ack %u", v);
	}
	if (g->bad)
		return;
	if (!(flags & GRE_SP))
		out_str(", no-payload");
	gre_tail_print(d, prot, length);
	if (!(flags & GRE_SP))
		return;
	out_str(d->vflag < 1 ? ": " : "\n\t");
	if (prot == 0x880b)
		ppp_print(d, g->c, g->len);
	else
		out_fmt("gre-proto-0x%x", prot);
}

void gre_print(struct dctx *d, struct cursor c, unsigned length,
	       const struct ipinfo *ip DECODE_UNUSED)
{
	struct gre g = { c, length, false };
	unsigned vers;

	if (length < 2 || !cur_has(&c, 2)) {
		decode_trunc(d, "gre");
		return;
	}
	vers = cur_peek_be16(&c, 0) & 7;
	out_fmt("GREv%u", vers);
	if (vers == 0)
		gre_print_0(d, &g, length);
	else if (vers == 1)
		gre_print_1(d, &g, length);
	else
		out_str(" ERROR: unknown-version");
	if (g.bad)
		decode_trunc(d, "gre");
}
