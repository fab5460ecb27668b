/* print-pim.c - PIM version 1 (in IGMP) and version 2 (RFC 7761,
 * RFC 3973 dense mode, RFC 5059 bootstrap, RFC 5015 bidir).
 *
 *   |PIM Ver| Type | Reserved / Addr length | Checksum |
 * Output as tcpdump 4.99 print-pim.c.
 */
#include <string.h>

#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

enum {
	PIMV2_HELLO, PIMV2_REGISTER, PIMV2_REGISTER_STOP, PIMV2_JOIN_PRUNE,
	PIMV2_BOOTSTRAP, PIMV2_ASSERT, PIMV2_GRAFT, PIMV2_GRAFT_ACK,
	PIMV2_CANDIDATE_RP, PIMV2_PRUNE_REFRESH, PIMV2_DF_ELECTION,
};

static const struct tok pimv1_type2str[] = {
	{ 0, "Query" },
	{ 1, "Register" },
	{ 2, "Register-Stop" },
	{ 3, "Join/Prune" },
	{ 4, "RP-reachable" },
	{ 5, "Assert" },
	{ 6, "Graft" },
	{ 7, "Graft-ACK" },
	{ 0, NULL }
};

static const struct tok pimv2_type2str[] = {
	{ 0, "Hello" },
	{ 1, "Register" },
	{ 2, "Register Stop" },
	{ 3, "Join / Prune" },
	{ 4, "Bootstrap" },
	{ 5, "Assert" },
	{ 6, "Graft" },
	{ 7, "Graft Acknowledgement" },
	{ 8, "Candidate RP Advertisement" },
	{ 9, "Prune Refresh" },
	{ 10, "DF Election" },
	{ 11, "ECMP Redirect" },
	{ 0, NULL }
};

enum {
	HELLO_HOLDTIME = 1, HELLO_LANPRUNEDELAY = 2, HELLO_DR_PRIORITY_OLD = 18,
	HELLO_DR_PRIORITY = 19, HELLO_GENID = 20, HELLO_REFRESH_CAP = 21,
	HELLO_BIDIR_CAP = 22, HELLO_ADDRESS_LIST = 24,
	HELLO_ADDRESS_LIST_OLD = 65001,
};

static const struct tok hello_opt2str[] = {
	{ HELLO_HOLDTIME, "Hold Time" },
	{ HELLO_LANPRUNEDELAY, "LAN Prune Delay" },
	{ HELLO_DR_PRIORITY_OLD, "DR Priority (Old)" },
	{ HELLO_DR_PRIORITY, "DR Priority" },
	{ HELLO_GENID, "Generation ID" },
	{ HELLO_REFRESH_CAP, "State Refresh Capability" },
	{ HELLO_BIDIR_CAP, "Bi-Directional Capability" },
	{ HELLO_ADDRESS_LIST, "Address List" },
	{ HELLO_ADDRESS_LIST_OLD, "Address List (Old)" },
	{ 0, NULL }
};

static const struct tok register_flag2str[] = {
	{ 0x80000000, "Border" },
	{ 0x40000000, "Null" },
	{ 0, NULL }
};

static const struct tok df_election2str[] = {
	{ 1, "Offer" },
	{ 2, "Winner" },
	{ 3, "Backoff" },
	{ 4, "Pass" },
	{ 0, NULL }
};

DECODE_KEY(IPPROTO, 103, pim_print)

/* ---- PIMv1 */

static bool jp1_oneline(struct dctx *d, struct cursor c)
{
	unsigned njoin, hold;

	if (!rt_has(&c, 0, 30) || cur_peek(&c, 11) != 1)
		return false;
	njoin = cur_peek_be16(&c, 20);
	if (njoin + cur_peek_be16(&c, 22) != 1)
		return false;
	out_str(" RPF ");
	rt_ip4_at(d, c, 0);
	out_char(' ');
	hold = cur_peek_be16(&c, 6);
	if (hold != 180) {
		out_str("Hold ");
		rt_relts_print(hold);
	}
	out_str(njoin ? "Join (" : "Prune (");
	rt_ip4_at(d, c, 26);
	out_fmt("/%u, ", cur_peek(&c, 25) & 0x3f);
	rt_ip4_at(d, c, 12);
	if (cur_peek_be32(&c, 16) != 0xffffffff) {
		out_char('/');
		rt_ip4_at(d, c, 16);
	}
	out_fmt(") %s%s %s", cur_peek(&c, 24) & 1 ? "Sparse" : "Dense",
		cur_peek(&c, 25) & 0x80 ? " WC" : "",
		cur_peek(&c, 25) & 0x40 ? "RP" : "SPT");
	return true;
}

/* Join/prune results: done, cut short by a length (tcpdump's plain
 * marker, the line goes on) or by the capture (the packet ends). */
enum { JP_OK = 1, JP_SHORT = 0, JP_CUT = -1 };

static int jp1_group(struct dctx *d, struct cursor *c, unsigned *len)
{
	unsigned njoin, nprune, i;

	if (*len < 4)
		return JP_SHORT;
	if (!rt_has(c, 0, 4))
		return JP_CUT;
	out_str("\n\tGroup: ");
	rt_ip4_at(d, *c, 0);
	if (*len < 8)
		return JP_SHORT;
	if (!rt_has(c, 4, 4))
		return JP_CUT;
	if (cur_peek_be32(c, 4) != 0xffffffff) {
		out_char('/');
		rt_ip4_at(d, *c, 4);
	}
	if (*len < 12)
		return JP_SHORT;
	if (!rt_has(c, 8, 4))
		return JP_CUT;
	njoin = cur_peek_be16(c, 8);
	nprune = cur_peek_be16(c, 10);
	out_fmt(" joined: %u pruned: %u", njoin, nprune);
	cur_skip(c, 12);
	*len -= 12;
	for (i = 0; i < njoin + nprune; i++) {
		if (*len < 6)
			return JP_SHORT;
		if (!rt_has(c, 0, 6))
			return JP_CUT;
		out_fmt("\n\t%s %s%s%s", i < njoin ? "Join " : "Prune",
			cur_peek(c, 0) & 1 ? "Sparse " : "Dense ",
			cur_peek(c, 1) & 0x80 ? "WC " : "",
			cur_peek(c, 1) & 0x40 ? "RP " : "SPT ");
		rt_ip4_at(d, *c, 2);
		out_fmt("/%u", cur_peek(c, 1) & 0x3f);
		cur_skip(c, 6);
		*len -= 6;
	}
	return JP_OK;
}

static int jp1_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned ngroups;
	int r;

	if (len >= 4 && jp1_oneline(d, c))
		return JP_OK;
	if (len < 4)
		return JP_SHORT;
	if (d->vflag > 1)
		out_char('\n');
	if (!rt_has(&c, 0, 4))
		return JP_CUT;
	out_str(" Upstream Nbr: ");
	rt_ip4_at(d, c, 0);
	if (len < 8)
		return JP_SHORT;
	if (d->vflag > 1)
		out_char('\n');
	out_str(" Hold time: ");
	if (!rt_has(&c, 6, 2))
		return JP_CUT;
	rt_relts_print(cur_peek_be16(&c, 6));
	if (d->vflag < 2)
		return JP_OK;
	if (len < 12)
		return JP_SHORT;
	if (!rt_has(&c, 11, 1))
		return JP_CUT;
	ngroups = cur_peek(&c, 11);
	cur_skip(&c, 12);
	len -= 12;
	for (; ngroups; ngroups--)
		if ((r = jp1_group(d, &c, &len)) != JP_OK)
			return r;
	return JP_OK;
}

static bool pimv1_query(struct dctx *d, struct cursor c)
{
	static const char *const mode[] = { " Dense-mode", " Sparse-mode",
					    " Sparse-Dense-mode" };
	unsigned m;

	if (rt_has(&c, 8, 1)) {
		m = cur_peek(&c, 8) >> 4;
		if (m < 3)
			out_str(mode[m]);
		else
			out_fmt(" mode-%u", m);
	}
	if (d->vflag) {
		out_str(" (Hold-time ");
		if (!rt_has(&c, 10, 2))
			return false;
		rt_relts_print(cur_peek_be16(&c, 10));
		out_char(')');
	}
	return true;
}

/* " for A > B", both addresses needed before anything prints. */
static bool for_print(struct dctx *d, struct cursor c, unsigned a,
		      unsigned b)
{
	if (!rt_has(&c, a, 4) || !rt_has(&c, b, 4))
		return false;
	out_str(" for ");
	rt_ip4_at(d, c, a);
	out_str(" > ");
	rt_ip4_at(d, c, b);
	return true;
}

static bool mask_print(struct dctx *d, struct cursor c, unsigned off)
{
	if (!rt_has(&c, off, 4))
		return false;
	if (cur_peek_be32(&c, off) != 0xffffffff) {
		out_char('/');
		rt_ip4_at(d, c, off);
	}
	return true;
}

static int pimv1_type(struct dctx *d, struct cursor c, unsigned len,
		      unsigned type)
{
	switch (type) {
	case 0:
		return pimv1_query(d, c) ? JP_OK : JP_CUT;
	case 1:
		if (!rt_has(&c, 8, 20))
			return JP_SHORT;
		return for_print(d, c, 20, 24) ? JP_OK : JP_CUT;
	case 2:
		return for_print(d, c, 8, 12) ? JP_OK : JP_CUT;
	case 4:
		if (!d->vflag)
			return JP_OK;
		if (!rt_has(&c, 8, 4))
			return JP_CUT;
		out_str(" group ");
		rt_ip4_at(d, c, 8);
		if (!mask_print(d, c, 12) || !rt_has(&c, 16, 4))
			return JP_CUT;
		out_str(" RP ");
		rt_ip4_at(d, c, 16);
		out_str(" hold ");
		if (!rt_has(&c, 22, 2))
			return JP_CUT;
		rt_relts_print(cur_peek_be16(&c, 22));
		return JP_OK;
	case 5:
		if (!for_print(d, c, 16, 8) || !mask_print(d, c, 12) ||
		    !rt_has(&c, 20, 8))
			return JP_CUT;
		out_fmt(" %s pref %u metric %u",
			cur_peek(&c, 20) & 0x80 ? "RP-tree" : "SPT",
			cur_peek_be32(&c, 20) & 0x7fffffff,
			cur_peek_be32(&c, 24));
		return JP_OK;
	case 3:
	case 6:
	case 7: {
		int r;

		if (!d->vflag)
			return JP_OK;
		if (len < 8)
			return JP_SHORT;
		cur_skip(&c, 8);
		r = jp1_print(d, c, len - 8);
		if (r == JP_SHORT) {
			/* its own marker; the PIMv1 line goes on */
			out_str(" [|pimv1]");
			return JP_OK;
		}
		return r;
	}
	}
	return JP_OK;
}

/* A PIMv1 message inside IGMP. A length that runs short gives a plain
 * marker, and IGMP goes on; a read past the capture ends the packet. */
void pimv1_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned type;
	int r;

	if (!rt_has(&c, 1, 1))
		goto cut;
	type = cur_peek(&c, 1);
	out_char(' ');
	tok_print(pimv1_type2str, type, "[type %u]");
	r = pimv1_type(d, c, len, type);
	if (r == JP_SHORT) {
		out_str(" [|pimv1]");
		return;
	}
	if (r == JP_CUT || !rt_has(&c, 4, 1))
		goto cut;
	if (cur_peek(&c, 4) >> 4 != 1)
		out_fmt(" [v%u]", cur_peek(&c, 4) >> 4);
	return;
cut:
	decode_trunc_cut(d, "pimv1");
}

/* ---- PIMv2 */

enum addr_kind { ADDR_UNICAST, ADDR_GROUP, ADDR_SOURCE };

/* An encoded address (RFC 7761 4.9.1; with a nonzero addr_len the
 * RFC 2117 form, the bare address). Returns its length, or -1. */
static int addr_print(struct dctx *d, struct cursor c, unsigned len,
		      enum addr_kind kind, unsigned addr_len)
{
	unsigned hdrlen = 0, need, flags, mlen;
	bool v6;

	if (addr_len == 0) {
		/* the family and encoding are read (-2: a cut), the
		 * address checked (-1) */
		if (len < 2)
			return -1;
		if (!rt_has(&c, 0, 1))
			return -2;
		if (cur_peek(&c, 0) != 1 && cur_peek(&c, 0) != 2)
			return -1;
		v6 = cur_peek(&c, 0) == 2;
		addr_len = v6 ? 16 : 4;
		if (!rt_has(&c, 1, 1))
			return -2;
		if (cur_peek(&c, 1) != 0)
			return -1;
		hdrlen = 2;
	} else if (addr_len == 4 || addr_len == 16) {
		v6 = addr_len == 16;
	} else {
		return -1;
	}
	cur_skip(&c, hdrlen);
	len -= hdrlen;
	need = addr_len + (kind == ADDR_UNICAST ? 0 : 2);
	if (len < need || !cur_has(&c, need))
		return -1;
	if (kind == ADDR_UNICAST) {
		rt_addr_at(d, c, 0, v6 ? 6 : 4);
		return (int)(hdrlen + addr_len);
	}
	flags = cur_peek(&c, 0);
	mlen = cur_peek(&c, 1);
	rt_addr_at(d, c, 2, v6 ? 6 : 4);
	if (mlen != (v6 ? 128u : 32u))
		out_fmt("/%u", mlen);
	if (flags && kind == ADDR_GROUP) {
		out_fmt("(0x%02x)", flags);
	} else if (flags) {
		out_fmt("(%s%s%s", flags & 4 ? "S" : "", flags & 2 ? "W" : "",
			flags & 1 ? "R" : "");
		if (flags & 0xf8)
			out_fmt("+0x%02x", flags & 0xf8);
		out_char(')');
	}
	return (int)(hdrlen + need);
}

/* The rest of a PIMv2 message: where we are, what is left. */
struct pw {
	struct dctx *d;
	struct cursor c;
	unsigned len;		/* left by the length (it may wrap, as
				 * tcpdump's unsigned arithmetic) */
	unsigned alen;		/* RFC 2117 address length, or 0 */
	bool cut;		/* a read past the capture (tcpdump's GET),
				 * not a length or ND_TCHECK failure */
};

/* n bytes left by the length, then read (a cut when not captured) */
static bool pw_need(struct pw *w, unsigned n)
{
	if (w->len < n)
		return false;
	if (!cur_has(&w->c, n)) {
		w->cut = true;
		return false;
	}
	return true;
}

/* The same, checked as tcpdump's ND_TCHECK (a plain marker). */
static bool pw_check(const struct pw *w, unsigned n)
{
	return w->len >= n && cur_has(&w->c, n);
}

/* A read of n captured bytes with no length check. */
static bool pw_get(struct pw *w, unsigned n)
{
	if (!cur_has(&w->c, n)) {
		w->cut = true;
		return false;
	}
	return true;
}

static void pw_skip(struct pw *w, unsigned n)
{
	cur_skip(&w->c, n);
	w->len -= n;
}

/* Prints label, then the address; false if it could not. */
static bool pw_addr(struct pw *w, const char *label, enum addr_kind kind)
{
	int n;

	out_str(label);
	n = addr_print(w->d, w->c, w->len, kind, w->alen);
	if (n == -2)
		w->cut = true;
	if (n < 0)
		return false;
	pw_skip(w, (unsigned)n);
	return true;
}

/* An option's value; false when it was invalid (printed, and stop). */
static bool hello_value(struct pw *w, unsigned otype, unsigned olen)
{
	struct cursor c = w->c;
	unsigned want = otype == HELLO_HOLDTIME ? 2 : 4;

	switch (otype) {
	case HELLO_DR_PRIORITY_OLD:
	case HELLO_DR_PRIORITY:
		if (olen == 0) {
			out_str("Bi-Directional Capability (Old)");
			return true;
		}
		/* fall through */
	case HELLO_HOLDTIME:
	case HELLO_LANPRUNEDELAY:
	case HELLO_GENID:
	case HELLO_REFRESH_CAP:
		if (olen != want) {
			out_fmt("[option length %u != %u]", olen, want);
			decode_invalid(w->d);
			return false;
		}
		break;
	}
	switch (otype) {
	case HELLO_HOLDTIME:
		rt_relts_print(cur_peek_be16(&c, 0));
		break;
	case HELLO_LANPRUNEDELAY:
		out_fmt("\n\t    T-bit=%u, LAN delay %ums, Override interval %ums",
			cur_peek(&c, 0) >> 7, cur_peek_be16(&c, 0) & 0x7fff,
			cur_peek_be16(&c, 2));
		break;
	case HELLO_DR_PRIORITY_OLD:
	case HELLO_DR_PRIORITY:
		out_fmt("%u", cur_peek_be32(&c, 0));
		break;
	case HELLO_GENID:
		out_fmt("0x%08x", cur_peek_be32(&c, 0));
		break;
	case HELLO_REFRESH_CAP:
		out_fmt("v%u", cur_peek(&c, 0));
		if (cur_peek(&c, 1)) {
			out_str(", interval ");
			rt_relts_print(cur_peek(&c, 1));
		}
		if (cur_peek_be16(&c, 2))
			out_fmt(" ?0x%04x?", cur_peek_be16(&c, 2));
		break;
	case HELLO_BIDIR_CAP:
		break;
	case HELLO_ADDRESS_LIST:
	case HELLO_ADDRESS_LIST_OLD:
		break;
	default:
		if (w->d->vflag <= 1)
			decode_hex_ident(c, olen, "\n\t    ");
		break;
	}
	return true;
}

/* The address list option (-vv): addresses while they start inside the
 * option, each read against what is left of the message. */
static bool hello_addrs(struct pw *w, unsigned olen)
{
	struct pw a = *w;
	unsigned used = 0;

	while (used < olen) {
		unsigned before = a.len;

		if (!pw_addr(&a, "\n\t    ", ADDR_UNICAST))
			return false;
		used += before - a.len;
	}
	return true;
}

static bool hello_print(struct pw *w)
{
	unsigned otype, olen;

	while (w->len > 0) {
		if (!pw_need(w, 4))
			return false;
		otype = cur_peek_be16(&w->c, 0);
		olen = cur_peek_be16(&w->c, 2);
		out_str("\n\t  ");
		tok_print(hello_opt2str, otype, "Unknown");
		out_fmt(" Option (%u), length %u, Value: ", otype, olen);
		pw_skip(w, 4);
		if (!pw_check(w, olen))
			return false;
		if (!hello_value(w, otype, olen))
			return true;
		if ((otype == HELLO_ADDRESS_LIST ||
		     otype == HELLO_ADDRESS_LIST_OLD) && w->d->vflag > 1 &&
		    !hello_addrs(w, olen))
			return false;
		if (w->d->vflag > 1)
			decode_hex_ident(w->c, olen, "\n\t    ");
		pw_skip(w, olen);
	}
	return true;
}

static bool register_print(struct pw *w)
{
	const char *s;
	unsigned v;

	if (!pw_check(w, 4))
		return false;
	s = tok_str(register_flag2str, cur_peek_be32(&w->c, 0));
	out_fmt(", Flags [ %s ]\n\t", s ? s : "none");
	pw_skip(w, 4);
	if (w->len == 0 || !pw_get(w, 1))
		return false;
	v = cur_peek(&w->c, 0) >> 4;
	switch (v) {
	case 0:
		if (!pw_get(w, 20))
			return false;
		out_str("IP-Null-header ");
		rt_ip4_at(w->d, w->c, 12);
		out_str(" > ");
		rt_ip4_at(w->d, w->c, 16);
		break;
	case 4:
		ip_print(w->d, w->c, w->len);
		break;
	case 6:
		ip6_print(w->d, w->c, w->len);
		break;
	default:
		out_fmt("IP ver %u", v);
		break;
	}
	return true;
}

static bool jp_group(struct pw *w, unsigned i)
{
	unsigned njoin, nprune, j;

	out_fmt("\n\t    group #%u: ", i + 1);
	if (!pw_addr(w, "", ADDR_GROUP) || !pw_check(w, 4))
		return false;
	njoin = cur_peek_be16(&w->c, 0);
	nprune = cur_peek_be16(&w->c, 2);
	out_fmt(", joined sources: %u, pruned sources: %u", njoin, nprune);
	pw_skip(w, 4);
	for (j = 0; j < njoin; j++) {
		out_fmt("\n\t      joined source #%u: ", j + 1);
		if (!pw_addr(w, "", ADDR_SOURCE))
			return false;
	}
	for (j = 0; j < nprune; j++) {
		out_fmt("\n\t      pruned source #%u: ", j + 1);
		if (!pw_addr(w, "", ADDR_SOURCE))
			return false;
	}
	return true;
}

static bool join_prune_print(struct pw *w, unsigned type)
{
	unsigned ngroup, hold, i;

	if (type != PIMV2_GRAFT_ACK &&
	    !pw_addr(w, ", upstream-neighbor: ", ADDR_UNICAST))
		return false;
	if (!pw_check(w, 4))
		return false;
	ngroup = cur_peek(&w->c, 1);
	hold = cur_peek_be16(&w->c, 2);
	out_fmt("\n\t  %u group(s)", ngroup);
	if (type != PIMV2_GRAFT_ACK) {
		out_str(", holdtime: ");
		if (hold == 0xffff)
			out_str("infinite");
		else
			rt_relts_print(hold);
	}
	pw_skip(w, 4);
	for (i = 0; i < ngroup; i++)
		if (!jp_group(w, i))
			return false;
	return true;
}

static bool bsr_rps(struct pw *w, unsigned frpcnt)
{
	unsigned j;

	for (j = 0; j < frpcnt && w->len > 0; j++) {
		out_fmt(" RP%u=", j);
		if (!pw_addr(w, "", ADDR_UNICAST) || w->len < 2)
			return false;
		out_str(",holdtime=");
		if (!pw_need(w, 2))
			return false;
		rt_relts_print(cur_peek_be16(&w->c, 0));
		if (!pw_need(w, 3))
			return false;
		out_fmt(",prio=%u", cur_peek(&w->c, 2));
		/* a length check only, as tcpdump */
		if (w->len < 4)
			return false;
		pw_skip(w, 4);
	}
	return true;
}

static bool bootstrap_print(struct pw *w)
{
	unsigned i, frpcnt;

	if (!pw_need(w, 2))
		return false;
	out_fmt(" tag=%x", cur_peek_be16(&w->c, 0));
	pw_skip(w, 2);
	if (!pw_need(w, 1))
		return false;
	out_fmt(" hashmlen=%u", cur_peek(&w->c, 0));
	if (w->len < 2 || !cur_has(&w->c, 3))
		return false;
	out_fmt(" BSRprio=%u", cur_peek(&w->c, 1));
	pw_skip(w, 2);
	if (!pw_addr(w, " BSR=", ADDR_UNICAST))
		return false;
	for (i = 0; w->len > 0; i++) {
		out_fmt(" (group%u: ", i);
		if (!pw_addr(w, "", ADDR_GROUP) || !pw_need(w, 1))
			return false;
		out_fmt(" RPcnt=%u", cur_peek(&w->c, 0));
		if (!pw_need(w, 2))
			return false;
		frpcnt = cur_peek(&w->c, 1);
		out_fmt(" FRPcnt=%u", frpcnt);
		if (w->len < 4)
			return false;
		pw_skip(w, 4);
		if (!bsr_rps(w, frpcnt))
			return false;
		out_char(')');
	}
	return true;
}

static bool assert_print(struct pw *w)
{
	if (!pw_addr(w, " group=", ADDR_GROUP) ||
	    !pw_addr(w, " src=", ADDR_UNICAST) || !pw_check(w, 8))
		return false;
	if (cur_peek(&w->c, 0) & 0x80)
		out_str(" RPT");
	out_fmt(" pref=%u", cur_peek_be32(&w->c, 0) & 0x7fffffff);
	out_fmt(" metric=%u", cur_peek_be32(&w->c, 4));
	return true;
}

static bool crp_print(struct pw *w)
{
	unsigned i, n;

	if (!pw_need(w, 1))
		return false;
	n = cur_peek(&w->c, 0);
	out_fmt(" prefix-cnt=%u", n);
	if (!pw_need(w, 2))
		return false;
	out_fmt(" prio=%u", cur_peek(&w->c, 1));
	if (w->len < 4)
		return false;
	out_str(" holdtime=");
	if (!pw_get(w, 4))
		return false;
	rt_relts_print(cur_peek_be16(&w->c, 2));
	pw_skip(w, 4);
	if (!pw_addr(w, " RP=", ADDR_UNICAST))
		return false;
	for (i = 0; i < n && w->len > 0; i++) {
		out_fmt(" Group%u=", i);
		if (!pw_addr(w, "", ADDR_GROUP))
			return false;
	}
	return true;
}

static bool prune_refresh_print(struct pw *w)
{
	if (!pw_addr(w, " src=", ADDR_UNICAST) ||
	    !pw_addr(w, " grp=", ADDR_GROUP) ||
	    !pw_addr(w, " forwarder=", ADDR_UNICAST) || !pw_need(w, 2))
		return false;
	out_str(" TUNR ");
	rt_relts_print(cur_peek_be16(&w->c, 0));
	return true;
}

/* pref and metric, captured but not checked against the length. */
static bool df_metric(struct pw *w, const char *who)
{
	if (!pw_get(w, 4))
		return false;
	out_fmt(" %spref=%u", who, cur_peek_be32(&w->c, 0));
	if (!pw_get(w, 8))
		return false;
	out_fmt(" %smetric=%u", who, cur_peek_be32(&w->c, 4));
	cur_skip(&w->c, 8);
	w->len -= 8;
	return true;
}

static bool df_election_print(struct pw *w, unsigned subtype)
{
	const char *who;

	out_str("\n\t  ");
	tok_print(df_election2str, subtype, "Unknown");
	out_char(',');
	if (!pw_addr(w, " rpa=", ADDR_UNICAST) || !df_metric(w, "sender "))
		return false;
	if (subtype != 3 && subtype != 4)
		return true;
	who = subtype == 3 ? "offer " : "new winner ";
	out_str("\n\t  ");
	out_mem(who, strlen(who) - 1);
	if (!pw_addr(w, " addr=", ADDR_UNICAST) || !df_metric(w, who))
		return false;
	if (subtype == 3) {
		if (!pw_get(w, 2))
			return false;
		out_fmt(" interval %dms", cur_peek_be16(&w->c, 0));
	}
	return true;
}

static enum { CK_CORRECT, CK_INCORRECT, CK_UNVERIFIED }
cksum_check(struct cursor c, unsigned len, const struct ipinfo *ip)
{
	uint32_t sum = 0;

	if (!cur_has(&c, len))
		return CK_UNVERIFIED;
	if (ip->version == 6)
		sum = decode_pseudo_sum(ip, len, 103);
	return decode_cksum(c, len, sum) ? CK_INCORRECT : CK_CORRECT;
}

static void cksum_print(struct cursor c, unsigned len, unsigned type,
			const struct ipinfo *ip)
{
	static const char *const verdict[] = { "(correct)", "(incorrect)",
					       "(unverified)" };
	unsigned ck = cur_peek_be16(&c, 2), r;

	out_fmt(", cksum 0x%04x ", ck);
	if (ck == 0) {
		out_str("(unverified)");
		return;
	}
	/* a Register's checksum covers its header only, but RFC 4601 has
	 * receivers accept one over the whole message too */
	r = cksum_check(c, type == PIMV2_REGISTER ? 8 : len, ip);
	if (r == CK_INCORRECT && type == PIMV2_REGISTER)
		r = cksum_check(c, len, ip);
	out_str(verdict[r]);
}

static bool pimv2_body(struct pw *w, unsigned type, unsigned subtype)
{
	switch (type) {
	case PIMV2_HELLO:
		return hello_print(w);
	case PIMV2_REGISTER:
		return register_print(w);
	case PIMV2_REGISTER_STOP:
		return pw_addr(w, " group=", ADDR_GROUP) &&
		       pw_addr(w, " source=", ADDR_UNICAST);
	case PIMV2_JOIN_PRUNE:
	case PIMV2_GRAFT:
	case PIMV2_GRAFT_ACK:
		return join_prune_print(w, type);
	case PIMV2_BOOTSTRAP:
		return bootstrap_print(w);
	case PIMV2_ASSERT:
		return assert_print(w);
	case PIMV2_CANDIDATE_RP:
		return crp_print(w);
	case PIMV2_PRUNE_REFRESH:
		return prune_refresh_print(w);
	case PIMV2_DF_ELECTION:
		return df_election_print(w, subtype);
	}
	out_fmt(" [type %u]", type);
	return true;
}

static void pimv2_print(struct dctx *d, struct cursor c, unsigned len,
			const struct ipinfo *ip)
{
	struct pw w = { d, c, len, 0, false };
	unsigned type = cur_peek(&c, 0) & 15, rsv;

	if (len < 2) {
		out_fmt("[length %u < 2]", len);
		decode_invalid(d);
		return;
	}
	if (!cur_has(&c, 2))
		goto cut;
	rsv = cur_peek(&c, 1);
	w.alen = rsv & 15;
	if (w.alen)
		out_str(", RFC2117-encoding");
	if (len < 4) {
		out_fmt("[length %u < 4]", len);
		decode_invalid(d);
		return;
	}
	if (!cur_has(&c, 4))
		goto cut;
	cksum_print(c, len, type, ip);
	pw_skip(&w, 4);
	if (pimv2_body(&w, type, rsv >> 4) || d->stop)
		return;
	if (w.cut)
		goto cut;
	decode_trunc(d, "pimv2");
	return;
cut:
	decode_trunc_cut(d, "pimv2");
}

void pim_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct ipinfo *ip)
{
	unsigned v, type;

	if (!cur_has(&c, 1)) {
		decode_trunc_cut(d, "pim");
		return;
	}
	v = cur_peek(&c, 0) >> 4;
	type = cur_peek(&c, 0) & 15;
	if (v != 2) {
		out_fmt("PIMv%u, length %u", v, len);
		return;
	}
	if (!d->vflag) {
		out_fmt("PIMv%u, ", v);
		tok_print(pimv2_type2str, type, "Unknown Type");
		out_fmt(", length %u", len);
		return;
	}
	out_fmt("PIMv%u, length %u\n\t", v, len);
	tok_print(pimv2_type2str, type, "Unknown Type");
	pimv2_print(d, c, len, ip);
}

/* ---- Cisco Auto-RP (UDP port 496)
 *
 *   | type | RP count | holdtime | reserved (4) |
 *   then per RP: | RP address | version bits | entry count |
 *   and per entry: | flags (negative, bidir) | mask length | group |
 */

DECODE_PORT(UDP, 260, 496, 496, PORT_EITHER, cisco_autorp_print)

void cisco_autorp_print(struct dctx *d, struct cursor c, unsigned len,
			const struct l4info *l4)
{
	static const char *const pimver[] = {
		" PIMv?", " PIMv1", " PIMv2", " PIMv1+2"
	};
	unsigned type, nrps, hold, off = 8;

	(void)l4;
	if (len < 8)
		goto trunc;
	out_str(" auto-rp ");
	if (!rt_has(&c, 0, 1))
		goto cut;
	type = cur_peek(&c, 0);
	if (type == 0x11)
		out_str("candidate-advert");
	else if (type == 0x12)
		out_str("mapping");
	else
		out_fmt("type-0x%02x", type);
	if (!rt_has(&c, 1, 1))
		goto cut;
	nrps = cur_peek(&c, 1);
	out_str(" Hold ");
	if (!rt_has(&c, 2, 2))
		goto cut;
	hold = cur_peek_be16(&c, 2);
	if (hold)
		rt_relts_print(hold);
	else
		out_str("FOREVER");
	len -= 8;
	for (; nrps; nrps--) {
		unsigned n, v;
		char sep = ' ';

		if (len < 4)
			goto trunc;
		if (!rt_has(&c, off, 4))
			goto cut;
		out_str(" RP ");
		rt_ip4_at(d, c, off);
		off += 4;
		len -= 4;
		if (len < 1)
			goto trunc;
		if (!rt_has(&c, off, 1))
			goto cut;
		v = cur_peek(&c, off);
		out_str(pimver[v & 3]);
		if (v & 0xfc)
			out_fmt(" [rsvd=0x%02x]", v & 0xfc);
		off++;
		len--;
		if (len < 1)
			goto trunc;
		if (!rt_has(&c, off, 1))
			goto cut;
		n = cur_peek(&c, off);
		off++;
		len--;
		for (; n; n--, sep = ',') {
			unsigned f;

			if (len < 6)
				goto trunc;
			if (!rt_has(&c, off, 6))
				goto cut;
			f = cur_peek(&c, off);
			out_fmt("%c%s", sep, (f & 1) ? "!" : "");
			rt_ip4_at(d, c, off + 2);
			out_fmt("/%u", cur_peek(&c, off + 1));
			if (f & 2)
				out_str(" bidir");
			if (f & 0xfc)
				out_fmt("[rsvd=0x%02x]", f & 0xfc);
			off += 6;
			len -= 6;
		}
	}
	return;
trunc:
	decode_trunc(d, "cisco_autorp");
	return;
cut:
	decode_trunc_cut(d, "cisco_autorp");
}
