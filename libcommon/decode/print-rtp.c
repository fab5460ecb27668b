/* print-rtp.c - RTP and RTCP (RFC 3550, and RTP version 1 of
 * draft-ietf-avt-rtp-04) with -T rtp / -T rtcp, and the vat and vt
 * audio tools' headers (-T vat, UDP port 3456).
 * Output as tcpdump 4.99 print-udp.c, where these printers live.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

enum { RTCP_SR = 200, RTCP_RR, RTCP_SDES, RTCP_BYE };

DECODE_PORT(UDP, 170, 3456, 3456, PORT_DST, vat_print)
DECODE_PT("vat", UDP, vat_print)

void vat_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct l4info *l4 DECODE_UNUSED)
{
	unsigned ts;
	uint32_t i0, i1;

	if (len < 2) {
		out_fmt("udp/va/vat, length %u < 2", len);
		return;
	}
	if (!cur_has(&c, 2))
		goto cut;
	ts = cur_peek_be16(&c, 0);
	if (ts & 0xf060) {
		out_fmt("udp/vt %u %u / %u", len, ts & 0x3ff, ts >> 10);
		return;
	}
	if (len < 8) {
		out_fmt("udp/vat, length %u < 8", len);
		return;
	}
	if (!cur_has(&c, 8))
		goto cut;
	i0 = cur_peek_be32(&c, 0);
	i1 = cur_peek_be32(&c, 4);
	out_fmt("udp/vat %u c%u %u%s", len - 8, i0 & 0xffff, i1,
		i0 & 0x800000 ? "*" : "");
	if (i0 & 0x1f0000)
		out_fmt(" f%u", (i0 >> 16) & 0x1f);
	if (i0 & 0x3f000000)
		out_fmt(" s%u", (i0 >> 24) & 0x3f);
	return;
cut:
	decode_trunc_cut(d, "vat");
}

/* -v: the SSRC and what follows the fixed header; false when cut. */
static bool rtp_verbose(struct cursor c, unsigned w, unsigned len,
			bool hasopt, bool hasext, unsigned contype)
{
	uint32_t i2;
	unsigned n;

	if (!cur_has(&c, 12))
		return false;
	out_fmt(" %u", cur_peek_be32(&c, 8));
	if (hasopt) {
		do {
			if (!cur_has(&c, 4 * w + 4))
				return false;
			i2 = cur_peek_be32(&c, 4 * w);
			n = (i2 >> 16) & 0xff;
			if (n == 0 || n > len) {
				out_str(" !opt");
				return true;
			}
			w += n;
			len -= n;
		} while ((int32_t)i2 >= 0);
	}
	if (hasext) {
		if (!cur_has(&c, 4 * w + 4))
			return false;
		n = (cur_peek_be32(&c, 4 * w) & 0xffff) + 1;
		if (n > len) {
			out_str(" !ext");
			return true;
		}
		w += n;
	}
	if (contype == 0x1f) {
		if (!cur_has(&c, 4 * w + 4))
			return false;
		out_fmt(" 0x%04x", cur_peek_be32(&c, 4 * w) >> 16);
	}
	return true;
}

DECODE_PT("rtp", UDP, rtp_print)

void rtp_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct l4info *l4 DECODE_UNUSED)
{
	uint32_t i0, i1;
	unsigned dlen, contype, w = 2, words;
	bool hasopt = false, hasext = false, marker;
	const char *ptype;

	if (len < 8) {
		out_fmt("udp/rtp, length %u < 8", len);
		return;
	}
	if (!cur_has(&c, 8))
		goto cut;
	i0 = cur_peek_be32(&c, 0);
	i1 = cur_peek_be32(&c, 4);
	dlen = len - 8;
	words = len / 4 - 2;
	if (i0 >> 30 == 1) {
		hasopt = i0 & 0x800000;
		contype = (i0 >> 16) & 0x3f;
		marker = i0 & 0x400000;
		ptype = "rtpv1";
	} else {
		if (dlen < 4) {
			out_fmt("udp/rtp, length %u < 12", dlen + 8);
			return;
		}
		hasext = i0 & 0x10000000;
		contype = (i0 >> 16) & 0x7f;
		marker = i0 & 0x800000;
		dlen -= 4;
		ptype = "rtp";
		w++;
		words--;
	}
	out_fmt("udp/%s %u c%u %s%s %u %u", ptype, dlen, contype,
		hasopt || hasext ? "+" : "", marker ? "*" : "", i0 & 0xffff, i1);
	if (d->vflag && !rtp_verbose(c, w, words, hasopt, hasext, contype))
		goto cut;
	return;
cut:
	decode_trunc_cut(d, "rtp");
}

/* Reception report blocks: count of them from off. */
static bool rr_print(struct dctx *d, struct cursor c, unsigned off,
		     unsigned cnt)
{
	if (cnt > 1)
		out_fmt(" c%u", cnt);
	for (; cnt; cnt--, off += 24) {
		if (!cur_has(&c, off + 24))
			return false;
		if (d->vflag)
			out_fmt(" %u", cur_peek_be32(&c, off));
		out_fmt(" %ul %us %uj @%.2f+%.2f",
			cur_peek_be32(&c, off + 4) & 0xffffff,
			cur_peek_be32(&c, off + 8), cur_peek_be32(&c, off + 12),
			cur_peek_be32(&c, off + 16) / 65536.,
			cur_peek_be32(&c, off + 20) / 65536.);
	}
	return true;
}

/* One RTCP packet at off; the offset of the next, or 0 when cut. */
static unsigned rtcp_one(struct dctx *d, struct cursor c, unsigned off)
{
	unsigned len, flags, cnt, pt, rr = off + 8;

	if (!cur_has(&c, off + 8))
		return 0;
	len = (cur_peek_be16(&c, off + 2) + 1) * 4;
	flags = cur_peek_be16(&c, off);
	cnt = (flags >> 8) & 0x1f;
	pt = flags & 0xff;
	switch (pt) {
	case RTCP_SR:
		out_str(" sr");
		if (len != cnt * 24 + 20 + 8)
			out_fmt(" [%u]", len);
		if (d->vflag)
			out_fmt(" %u", cur_peek_be32(&c, off + 4));
		if (!cur_has(&c, off + 28))
			return 0;
		out_fmt(" @%.2f %u %up %ub",
			cur_peek_be32(&c, off + 8) +
			cur_peek_be32(&c, off + 12) / 4294967296.0,
			cur_peek_be32(&c, off + 16), cur_peek_be32(&c, off + 20),
			cur_peek_be32(&c, off + 24));
		rr = off + 28;
		break;
	case RTCP_RR:
		out_str(" rr");
		if (len != cnt * 24 + 8)
			out_fmt(" [%u]", len);
		if (d->vflag)
			out_fmt(" %u", cur_peek_be32(&c, off + 4));
		break;
	case RTCP_SDES: case RTCP_BYE:
		out_fmt(pt == RTCP_SDES ? " sdes %u" : " bye %u", len);
		if (d->vflag)
			out_fmt(" %u", cur_peek_be32(&c, off + 4));
		cnt = 0;
		break;
	default:
		out_fmt(" type-0x%x %u", pt, len);
		cnt = 0;
		break;
	}
	if (!rr_print(d, c, rr, cnt))
		return 0;
	return off + len;
}

DECODE_PT("rtcp", UDP, rtcp_print)

void rtcp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct l4info *l4 DECODE_UNUSED)
{
	unsigned off = 0, end = (unsigned)cur_left(&c);

	(void)len;
	while (off < end) {
		off = rtcp_one(d, c, off);
		if (!off) {
			decode_trunc(d, "rtcp");
			return;
		}
	}
}
