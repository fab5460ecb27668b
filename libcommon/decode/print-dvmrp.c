/* print-dvmrp.c - DVMRP (RFC 1075, draft-ietf-idmr-dvmrp-v3), carried
 * in IGMP type 0x13.
 *
 *   | 0x13 | Code | Checksum | Reserved | Minor | Major | payload... |
 * Output as tcpdump 4.99 print-dvmrp.c.
 */
#include "decode.h"
#include "out.h"
#include "rt.h"

/* tcpdump's invalid marker here ends DVMRP only: IGMP goes on (its
 * checksum) */
static void dv_invalid(void)
{
	out_str(" (invalid)");
}

enum {
	DVMRP_PROBE = 1, DVMRP_REPORT, DVMRP_ASK_NEIGHBORS, DVMRP_NEIGHBORS,
	DVMRP_ASK_NEIGHBORS2, DVMRP_NEIGHBORS2, DVMRP_PRUNE, DVMRP_GRAFT,
	DVMRP_GRAFT_ACK,
};

static const struct tok dvmrp_type2str[] = {
	{ DVMRP_PROBE, "Probe" },
	{ DVMRP_REPORT, "Report" },
	{ DVMRP_ASK_NEIGHBORS, "Ask-neighbors(old)" },
	{ DVMRP_NEIGHBORS, "Neighbors(old)" },
	{ DVMRP_ASK_NEIGHBORS2, "Ask-neighbors2" },
	{ DVMRP_NEIGHBORS2, "Neighbors2" },
	{ DVMRP_PRUNE, "Prune" },
	{ DVMRP_GRAFT, "Graft" },
	{ DVMRP_GRAFT_ACK, "Graft-ACK" },
	{ 0, NULL }
};

/* Neighbors2 flags, in the order tcpdump names them. */
static const struct tok nf2str[] = {
	{ 0x01, "/tunnel" },
	{ 0x02, "/srcrt" },
	{ 0x40, "/querier" },
	{ 0x20, "/disabled" },
	{ 0x10, "/down" },
	{ 0, NULL }
};

static void ip4_num(uint32_t a)
{
	out_fmt("%u.%u.%u.%u", a >> 24, (a >> 16) & 255, (a >> 8) & 255,
		a & 255);
}

/* Returns false when the capture ended. */
static bool report_print(struct cursor c, unsigned len)
{
	unsigned width, metric, i, done;
	uint32_t mask, origin;

	while (len > 0) {
		if (len < 3) {
			out_fmt(" [length %u < 3]", len);
			dv_invalid();
			return true;
		}
		if (!cur_has(&c, 3))
			return false;
		mask = 0xffu << 24 | cur_peek(&c, 0) << 16 |
		       cur_peek(&c, 1) << 8 | cur_peek(&c, 2);
		width = cur_peek(&c, 2) ? 4 : cur_peek(&c, 1) ? 3 :
			cur_peek(&c, 0) ? 2 : 1;
		out_str("\n\tMask ");
		ip4_num(mask);
		cur_skip(&c, 3);
		len -= 3;
		do {
			if (len < width + 1) {
				out_str("\n\t  [Truncated Report]");
				dv_invalid();
				return true;
			}
			origin = 0;
			for (i = 0; i < 4; i++)
				origin = origin << 8 | (i < width ? cur_u8(&c) : 0);
			metric = cur_u8(&c);
			if (cur_short(&c))
				return false;
			done = metric & 0x80;
			out_str("\n\t  ");
			ip4_num(origin);
			out_fmt(" metric %u", metric & 0x7f);
			len -= width + 1;
		} while (!done);
	}
	return true;
}

static bool probe_print(struct dctx *d, struct cursor c, unsigned len)
{
	if (len < 4) {
		out_fmt(" [full length %u < 4]", len);
		dv_invalid();
		return true;
	}
	out_str(d->vflag > 1 ? "\n\t" : " ");
	if (!cur_has(&c, 4))
		return false;
	out_fmt("genid %u", cur_be32(&c));
	if (d->vflag < 2)
		return true;
	for (len -= 4; len > 0; len -= 4) {
		if (len < 4) {
			out_fmt("[remaining length %u < 4]", len);
			dv_invalid();
			return true;
		}
		if (!cur_has(&c, 4))
			return false;
		out_str("\n\tneighbor ");
		rt_ip4_at(d, c, 0);
		cur_skip(&c, 4);
	}
	return true;
}

/* Neighbors (old) and Neighbors2: local address, metric, threshold,
 * (flags,) count, then count neighbor addresses. */
static bool neighbors_print(struct dctx *d, struct cursor c, unsigned len,
			    bool v2)
{
	unsigned hl = v2 ? 8 : 7, metric, thresh, flags, n;
	struct cursor laddr;

	while (len > 0) {
		if (len < hl) {
			out_fmt(" [length %u < %u]", len, hl);
			dv_invalid();
			return true;
		}
		laddr = c;
		if (!cur_has(&c, hl))
			return false;
		metric = cur_peek(&c, 4);
		thresh = cur_peek(&c, 5);
		flags = v2 ? cur_peek(&c, 6) : 0;
		n = cur_peek(&c, hl - 1);
		cur_skip(&c, hl);
		len -= hl;
		for (; n > 0 && (!v2 || len > 0); n--) {
			if (len < 4) {
				out_fmt(" [length %u < 4]", len);
				dv_invalid();
				return true;
			}
			out_str(" [");
			rt_ip4_at(d, laddr, 0);
			out_str(" -> ");
			if (!cur_has(&c, 4))
				return false;
			rt_ip4_at(d, c, 0);
			out_fmt(v2 ? " (%u/%u" : ", (%u/%u)]", metric, thresh);
			if (v2) {
				tok_bits_print(nf2str, flags, "", "");
				out_str(")]");
			}
			cur_skip(&c, 4);
			len -= 4;
		}
		if (v2 && n) {
			out_str(" [invalid ncount]");
			dv_invalid();
			return true;
		}
	}
	return true;
}

static bool srcgrp_print(struct dctx *d, struct cursor c)
{
	if (!rt_has(&c, 0, 8))
		return false;
	out_str(" src ");
	rt_ip4_at(d, c, 0);
	out_str(" grp ");
	rt_ip4_at(d, c, 4);
	return true;
}

static bool type_print(struct dctx *d, struct cursor c, unsigned len,
		       unsigned type)
{
	struct cursor p = c;

	cur_skip(&p, 8);
	len -= 8;
	switch (type) {
	case DVMRP_PROBE:
		return !d->vflag || probe_print(d, p, len);
	case DVMRP_REPORT:
		return d->vflag < 2 || report_print(p, len);
	case DVMRP_NEIGHBORS:
		return neighbors_print(d, p, len, false);
	case DVMRP_NEIGHBORS2:
		if (!rt_has(&c, 6, 2))
			return false;
		out_fmt(" (v %u.%u):", cur_peek(&c, 7), cur_peek(&c, 6));
		return neighbors_print(d, p, len, true);
	case DVMRP_PRUNE:
		if (!srcgrp_print(d, p))
			return false;
		out_str(" timer ");
		if (!rt_has(&p, 8, 4))
			return false;
		rt_relts_print(cur_peek_be32(&p, 8));
		return true;
	case DVMRP_GRAFT:
	case DVMRP_GRAFT_ACK:
		return srcgrp_print(d, p);
	}
	return true;
}

void dvmrp_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned type;

	if (len < 8) {
		out_fmt(" [length %u < 8]", len);
		dv_invalid();
		return;
	}
	if (!rt_has(&c, 1, 1)) {
		decode_trunc_cut(d, "dvmrp");
		return;
	}
	type = cur_peek(&c, 1);
	out_char(' ');
	tok_print(dvmrp_type2str, type, "[type %u]");
	if (!type_print(d, c, len, type) && !d->stop)
		decode_trunc_cut(d, "dvmrp");
}
