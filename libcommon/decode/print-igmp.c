/* print-igmp.c - IGMP v1, v2, v3 (RFC 1112, RFC 2236, RFC 3376) and
 * mtrace (draft-asaeda-mboned-mtrace-v2).
 *
 *   | Type | Max Resp Code | Checksum | Group Address | (v3: more) |
 * DVMRP and PIMv1 ride in IGMP types 0x13 and 0x14.
 * Output as tcpdump 4.99 print-igmp.c.
 */
#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

static const struct tok igmpv3report2str[] = {
	{ 1, "is_in" },
	{ 2, "is_ex" },
	{ 3, "to_in" },
	{ 4, "to_ex" },
	{ 5, "allow" },
	{ 6, "block" },
	{ 0, NULL }
};

DECODE_KEY(IPPROTO, 2, igmp_print)

/* mtrace query/response: the query fields after the 8-byte header. */
static void mtrace_print(struct dctx *d, struct cursor c, unsigned len,
			 const char *name)
{
	if (len < 24) {
		out_fmt(" [invalid len %u]", len);
		return;
	}
	if (!rt_has(&c, 8, 16)) {
		decode_trunc_cut(d, "igmp");
		return;
	}
	out_fmt("%s %u: ", name, cur_peek_be32(&c, 20) & 0xffffff);
	rt_ip4_at(d, c, 8);
	out_str(" to ");
	rt_ip4_at(d, c, 12);
	out_str(" reply-to ");
	rt_ip4_at(d, c, 16);
	if ((cur_peek(&c, 16) & 0xf0) == 0xe0)
		out_fmt(" with-ttl %u", cur_peek(&c, 20));
}

static void v3_report_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned ngroups, nsrcs, group = 8, i, j;

	if (len < 16 || len & 3) {
		out_fmt(" [invalid len %u]", len);
		return;
	}
	if (!rt_has(&c, 6, 2))
		goto trunc;
	ngroups = cur_peek_be16(&c, 6);
	out_fmt(", %u group record(s)", ngroups);
	if (!d->vflag)
		return;
	for (i = 0; i < ngroups; i++) {
		if (len < group + 8) {
			out_str(" [invalid number of groups]");
			return;
		}
		if (!rt_has(&c, group, 8))
			goto trunc;
		out_str(" [gaddr ");
		rt_ip4_at(d, c, group + 4);
		out_char(' ');
		tok_print(igmpv3report2str, cur_peek(&c, group),
			  " [v3-report-#%u]");
		nsrcs = cur_peek_be16(&c, group + 2);
		if (len < group + 8 + (nsrcs << 2)) {
			out_fmt(" [invalid number of sources %u]", nsrcs);
			return;
		}
		if (d->vflag == 1) {
			out_fmt(", %u source(s)", nsrcs);
		} else {
			out_str(" {");
			for (j = 0; j < nsrcs; j++) {
				out_char(' ');
				if (!rt_ip4_at(d, c, group + 8 + (j << 2)))
					goto trunc;
			}
			out_str(" }");
		}
		group += 8 + (nsrcs << 2);
		out_char(']');
	}
	return;
trunc:
	decode_trunc_cut(d, "igmp");
}

static void v3_query_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned mrc, mrt, nsrcs, i;

	out_str(" v3");
	if (len < 12 || len & 3) {
		out_fmt(" [invalid len %u]", len);
		return;
	}
	if (!rt_has(&c, 1, 1))
		goto trunc;
	mrc = cur_peek(&c, 1);
	mrt = mrc < 128 ? mrc : ((mrc & 0x0f) | 0x10) << (((mrc & 0x70) >> 4) + 3);
	if (mrc != 100) {
		out_str(" [max resp time ");
		if (mrt < 600)
			out_fmt("%u.%us", mrt / 10, mrt % 10);
		else
			rt_relts_print(mrt / 10);
		out_char(']');
	}
	if (!rt_has(&c, 4, 4))
		goto trunc;
	if (!cur_peek_be32(&c, 4))
		return;
	out_str(" [gaddr ");
	rt_ip4_at(d, c, 4);
	if (!rt_has(&c, 10, 2))
		goto trunc;
	nsrcs = cur_peek_be16(&c, 10);
	if (nsrcs > 0) {
		if (len < 12 + (nsrcs << 2)) {
			out_str(" [invalid number of sources]");
		} else if (d->vflag > 1) {
			out_str(" {");
			for (i = 0; i < nsrcs; i++) {
				out_char(' ');
				if (!rt_ip4_at(d, c, 12 + (i << 2)))
					goto trunc;
			}
			out_str(" }");
		} else {
			out_fmt(", %u source(s)", nsrcs);
		}
	}
	out_char(']');
	return;
trunc:
	decode_trunc_cut(d, "igmp");
}

static bool query_print(struct dctx *d, struct cursor c, unsigned len)
{
	out_str("igmp query");
	if (len >= 12) {
		v3_query_print(d, c, len);
		return !d->stop;
	}
	if (!rt_has(&c, 1, 1))
		return false;
	if (cur_peek(&c, 1)) {
		out_str(" v2");
		if (cur_peek(&c, 1) != 100)
			out_fmt(" [max resp time %u]", cur_peek(&c, 1));
	} else {
		out_str(" v1");
	}
	if (!rt_has(&c, 4, 4))
		return false;
	if (cur_peek_be32(&c, 4)) {
		out_str(" [gaddr ");
		rt_ip4_at(d, c, 4);
		out_char(']');
	}
	if (len != 8)
		out_fmt(" [len %u]", len);
	return true;
}

/* The types that name a group at offset 4. */
static bool group_print(struct dctx *d, struct cursor c, const char *what)
{
	if (!rt_has(&c, 4, 4))
		return false;
	out_str(what);
	rt_ip4_at(d, c, 4);
	return true;
}

static bool type_print(struct dctx *d, struct cursor c, unsigned len,
		       unsigned type)
{
	switch (type) {
	case 0x11:
		return query_print(d, c, len);
	case 0x12:
		if (!group_print(d, c, "igmp v1 report "))
			return false;
		if (len != 8)
			out_fmt(" [len %u]", len);
		return true;
	case 0x16:
		return group_print(d, c, "igmp v2 report ");
	case 0x22:
		out_str("igmp v3 report");
		v3_report_print(d, c, len);
		return !d->stop;
	case 0x17:
		return group_print(d, c, "igmp leave ");
	case 0x13:
		out_str("igmp dvmrp");
		if (len < 8)
			out_fmt(" [len %u]", len);
		else
			dvmrp_print(d, c, len);
		return !d->stop;
	case 0x14:
		out_str("igmp pimv1");
		pimv1_print(d, c, len);
		return !d->stop;
	case 0x1e:
	case 0x1f:
		mtrace_print(d, c, len, type == 0x1e ? "mresp" : "mtrace");
		return !d->stop;
	default:
		out_fmt("igmp-%u", type);
		return true;
	}
}

void igmp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct ipinfo *ip)
{
	if (ip->version != 4) {
		out_fmt("[%s requires IPv4]", "IGMP");
		decode_invalid(d);
		return;
	}
	if (d->qflag) {
		out_str("igmp");
		return;
	}
	if (!cur_has(&c, 1)) {
		decode_trunc_cut(d, "igmp");
		return;
	}
	if (!type_print(d, c, len, cur_peek(&c, 0))) {
		if (!d->stop)
			decode_trunc_cut(d, "igmp");
		return;
	}
	if (d->stop)
		return;
	if (d->vflag && len >= 4 && cur_has(&c, len) && decode_cksum(c, len, 0))
		out_fmt(" bad igmp cksum %x!", cur_peek_be16(&c, 2));
}
