/* print-mobility.c - the IPv6 mobility header (RFC 6275, formerly
 * RFC 3775), next header 135 (and 62, its draft number).
 *
 *   | Payload Proto | Header Len | MH Type | Reserved | Checksum |
 *   | message data ... | mobility options ... |
 * Output as tcpdump 4.99 print-mobility.c.
 */
#include "decode.h"
#include "ip.h"
#include "out.h"
#include "rt.h"
#include "table.h"

enum {
	MH_BRR, MH_HOTI, MH_COTI, MH_HOT, MH_COT, MH_BU, MH_BA, MH_BE,
	MH_MAX = MH_BE, MH_MINLEN = 8,
};

static const struct tok mh_type2str[] = {
	{ MH_BRR, "BRR" },
	{ MH_HOTI, "HoTI" },
	{ MH_COTI, "CoTI" },
	{ MH_HOT, "HoT" },
	{ MH_COT, "CoT" },
	{ MH_BU, "BU" },
	{ MH_BA, "BA" },
	{ MH_BE, "BE" },
	{ 0, NULL }
};

static const unsigned char mh_hdrlen[MH_MAX + 1] = {
	8, 16, 16, 24, 24, 12, 12, 24
};

static const struct tok bu_bits2str[] = {
	{ 0x08, "A" },
	{ 0x04, "H" },
	{ 0x02, "L" },
	{ 0x01, "K" },
	{ 0, NULL }
};

DECODE_KEY(IPPROTO, 62, mobility_print)
DECODE_KEY(IPPROTO, 135, mobility_print)

/* Truncation results: tcpdump's plain marker (a length check or
 * ND_TCHECK failed) or a cut (a GET read past the capture). */
enum { MH_OK = 0, MH_PLAIN = -1, MH_CUT = -2 };

/* One option at o of c; left is what is left of the options. */
static int opt_print(struct dctx *d, struct cursor c, unsigned o,
		     unsigned left)
{
	unsigned type = cur_peek(&c, o);

	switch (type) {
	case 0:
		out_str("(pad1)");
		return MH_OK;
	case 1:
		if (left < 2) {
			out_str("(padn: trunc)");
			return MH_PLAIN;
		}
		out_str("(padn)");
		return MH_OK;
	case 2:
		if (left < 4) {
			out_str("(refresh: trunc)");
			return MH_PLAIN;
		}
		if (!rt_has(&c, o + 2, 2))
			return MH_CUT;
		out_fmt("(refresh: %u)", cur_peek_be16(&c, o + 2) << 2);
		return MH_OK;
	case 3:
		if (left < 18) {
			out_str("(altcoa: trunc)");
			return MH_PLAIN;
		}
		if (!rt_has(&c, o + 2, 16))
			return MH_CUT;
		out_str("(alt-CoA: ");
		rt_addr_at(d, c, o + 2, 6);
		out_char(')');
		return MH_OK;
	case 4:
		if (left < 6) {
			out_str("(ni: trunc)");
			return MH_PLAIN;
		}
		if (!rt_has(&c, o + 2, 4))
			return MH_CUT;
		out_fmt("(ni: ho=0x%04x co=0x%04x)", cur_peek_be16(&c, o + 2),
			cur_peek_be16(&c, o + 4));
		return MH_OK;
	case 5:
		if (left < 12) {
			out_str("(auth: trunc)");
			return MH_PLAIN;
		}
		out_str("(auth)");
		return MH_OK;
	}
	if (left < 2) {
		out_fmt("(sopt_type %u: trunc)", type);
		return MH_PLAIN;
	}
	if (!rt_has(&c, o + 1, 1))
		return MH_CUT;
	out_fmt("(type-0x%02x: len=%u)", type, cur_peek(&c, o + 1));
	return MH_OK;
}

/* The options of len bytes at off. */
static int opts_print(struct dctx *d, struct cursor c, unsigned off,
		      unsigned len)
{
	unsigned i, optlen;
	int r;

	for (i = 0; i < len; i += optlen) {
		if (!rt_has(&c, off + i, 1))
			return MH_CUT;
		if (cur_peek(&c, off + i) == 0) {
			optlen = 1;
		} else {
			if (i + 1 >= len)
				return MH_PLAIN;
			if (!rt_has(&c, off + i + 1, 1))
				return MH_CUT;
			optlen = cur_peek(&c, off + i + 1) + 2u;
		}
		/* the byte after the option must be captured too */
		if (i + optlen > len || !rt_has(&c, off + i + optlen, 1))
			return MH_PLAIN;
		r = opt_print(d, c, off + i, len - i);
		if (r != MH_OK)
			return r;
	}
	return MH_OK;
}

/* Cookie or token pairs of the test messages (-v). */
static bool cookie_print(struct cursor c, unsigned off, const char *who,
			 const char *what)
{
	if (!rt_has(&c, off, 8))
		return false;
	out_fmt(" %s %s=%08x:%08x", who, what, cur_peek_be32(&c, off),
		cur_peek_be32(&c, off + 4));
	return true;
}

/* The message; returns its fixed length, or MH_PLAIN / MH_CUT. */
static int msg_print(struct dctx *d, struct cursor c, unsigned type)
{
	const char *who = type == MH_HOTI || type == MH_HOT ? "Home" :
			  "Care-of";
	unsigned bits;

	switch (type) {
	case MH_BRR:
		return 8;
	case MH_HOTI:
	case MH_COTI:
		return !d->vflag || cookie_print(c, 8, who, "Init Cookie") ?
		       16 : MH_CUT;
	case MH_HOT:
	case MH_COT:
		if (!rt_has(&c, 6, 2))
			return MH_CUT;
		out_fmt(" nonce id=0x%x", cur_peek_be16(&c, 6));
		if (d->vflag && (!cookie_print(c, 8, who, "Init Cookie") ||
				 !cookie_print(c, 16, who, "Keygen Token")))
			return MH_CUT;
		return 24;
	case MH_BU:
		if (!rt_has(&c, 6, 2))
			return MH_CUT;
		out_fmt(" seq#=%u", cur_peek_be16(&c, 6));
		/* tcpdump's ND_TCHECK_2 here */
		if (!rt_has(&c, 8, 2))
			return MH_PLAIN;
		bits = cur_peek(&c, 8) >> 4;
		if (bits) {
			out_char(' ');
			tok_bits_print(bu_bits2str, bits, "", "bits-#0x%x");
		}
		if (!rt_has(&c, 10, 2))
			return MH_CUT;
		out_fmt(" lifetime=%u", cur_peek_be16(&c, 10) << 2);
		return 12;
	case MH_BA:
		if (!rt_has(&c, 6, 1))
			return MH_CUT;
		out_fmt(" status=%u", cur_peek(&c, 6));
		if (!rt_has(&c, 7, 1))
			return MH_CUT;
		if (cur_peek(&c, 7) & 0x80)
			out_str(" K");
		if (!rt_has(&c, 8, 2))
			return MH_CUT;
		out_fmt(" seq#=%u", cur_peek_be16(&c, 8));
		if (!rt_has(&c, 10, 2))
			return MH_CUT;
		out_fmt(" lifetime=%u", cur_peek_be16(&c, 10) << 2);
		return 12;
	case MH_BE:
		if (!rt_has(&c, 6, 1))
			return MH_CUT;
		out_fmt(" status=%u", cur_peek(&c, 6));
		if (!rt_has(&c, 8, 16))
			return MH_CUT;
		out_str(" homeaddr ");
		rt_addr_at(d, c, 8, 6);
		return 24;
	}
	return MH_CUT;
}

void mobility_print(struct dctx *d, struct cursor c, unsigned len,
		    const struct ipinfo *ip)
{
	unsigned mhlen, type;
	const char *name;
	int r;

	if (ip->version == 4) {
		/* tcpdump knows the header only in an IPv6 chain */
		name = d->nflag ? NULL : names_ipproto(ip->nh);
		if (name)
			out_fmt(" %s %u", name, len);
		else
			out_fmt(" ip-proto-%u %u", ip->nh, len);
		return;
	}
	if (!rt_has(&c, 1, 1))
		goto trunc;
	mhlen = (cur_peek(&c, 1) + 1u) << 3;
	if (!rt_has(&c, 2, 1))
		goto cut;
	type = cur_peek(&c, 2);
	if (type <= MH_MAX && mhlen < mh_hdrlen[type]) {
		out_fmt("(header length %u is too small for type %u)", mhlen,
			type);
		goto trunc;
	}
	out_str("mobility: ");
	tok_print(mh_type2str, type, "type-#%u");
	if (type > MH_MAX) {
		out_fmt(" len=%u", cur_peek(&c, 1));
		return;
	}
	r = msg_print(d, c, type);
	if (r >= 0 && d->vflag)
		r = opts_print(d, c, (unsigned)r, mhlen - (unsigned)r);
	if (r == MH_CUT)
		goto cut;
	if (r == MH_PLAIN)
		goto trunc;
	return;
trunc:
	decode_trunc(d, "mobility");
	return;
cut:
	decode_trunc_cut(d, "mobility");
}
