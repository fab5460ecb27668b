/* print-babel.c - the Babel routing protocol (RFC 8966, formerly
 * RFC 6126; RFC 7557 extension sub-TLVs, RFC 8967 MAC, the
 * source-specific drafts), UDP ports 6696 and 6697.
 *
 *   | Magic 42 | Version 2 | Body length | TLVs ... | trailer TLVs |
 * Output as tcpdump 4.99 print-babel.c.
 */
#include <string.h>

#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

enum {
	MSG_PAD1, MSG_PADN, MSG_ACK_REQ, MSG_ACK, MSG_HELLO, MSG_IHU,
	MSG_ROUTER_ID, MSG_NH, MSG_UPDATE, MSG_ROUTE_REQUEST,
	MSG_SEQNO_REQUEST, MSG_TSPC, MSG_HMAC, MSG_SS_UPDATE,
	MSG_SS_REQUEST, MSG_SS_MH_REQUEST, MSG_MAC, MSG_PC,
	MSG_CHALLENGE_REQUEST, MSG_CHALLENGE_REPLY,
};

/* The names without -v, by type. */
static const char *const brief[] = {
	" pad1", " padN", " ack-req", " ack", " hello", " ihu", " router-id",
	" nh", " update", " route-request", " seqno-request", " tspc",
	" hmac", " ss-update", " ss-request", " ss-mh-request", " mac", " pc",
	" challenge_request", " challenge_reply",
};

static const struct tok diversity2str[] = {
	{ 0, "reserved" },
	{ 255, "all" },
	{ 0, NULL }
};

static const uint8_t v4prefix[16] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
				      0xff, 0xff, 0, 0, 0, 0 };

DECODE_PORT(UDP, 230, 6696, 6696, PORT_EITHER, babel_print)
DECODE_PORT(UDP, 231, 6697, 6697, PORT_EITHER, babel_print)

/* What a TLV walk keeps: the prefixes later updates may omit. */
struct bstate {
	struct dctx *d;
	uint8_t v4[16], v6[16];
};

static void prefix_print(struct dctx *d, const uint8_t *p, uint8_t plen)
{
	if (plen >= 96 && memcmp(p, v4prefix, 12) == 0) {
		decode_ip4addr(d, p + 12);
		out_fmt("/%u", plen - 96u);
	} else {
		decode_ip6addr(d, p);
		out_fmt("/%u", plen);
	}
}

static void address_print(struct dctx *d, const uint8_t *p)
{
	if (memcmp(p, v4prefix, 12) == 0)
		decode_ip4addr(d, p + 12);
	else
		decode_ip6addr(d, p);
}

static void interval_print(unsigned i)
{
	if (i == 0)
		out_str("0.0s (bogus)");
	else
		out_fmt("%u.%02us", i / 100, i % 100);
}

static void interval_update_print(unsigned i)
{
	if (i == 0xffff)
		out_str("infinity");
	else
		interval_print(i);
}

static void id_print(struct cursor m, unsigned off)
{
	unsigned k;

	for (k = 0; k < 8; k++) {
		if (k)
			out_char(':');
		out_hex(cur_peek(&m, off + k), 2);
	}
}

/* The prefix at off of m (bytes of the TLV left: len) into out;
 * returns the bytes it used, or -1 for a bad encoding. */
static int net_prefix(struct cursor m, unsigned off, int ae, int plen,
		      unsigned omitted, const uint8_t *dp, unsigned len,
		      uint8_t *out)
{
	unsigned pb = plen >= 0 ? (unsigned)(plen + 7) / 8 : ae == 1 ? 4 : 16;
	unsigned k, base = 0, skip = 0;

	if (pb > 16)
		return -1;
	memset(out, 0, 16);
	switch (ae) {
	case 0:
		return 0;
	case 1:
		if (omitted > 4 || pb > 4 || (pb > omitted && len < pb - omitted))
			return -1;
		memcpy(out, v4prefix, 12);
		if (omitted) {
			if (!dp)
				return -1;
			memcpy(out, dp, 12 + omitted);
		}
		base = 12;
		skip = omitted;
		break;
	case 2:
		if (omitted > 16 || (pb > omitted && len < pb - omitted))
			return -1;
		if (omitted) {
			if (!dp)
				return -1;
			memcpy(out, dp, omitted);
		}
		skip = omitted;
		break;
	case 3:
		if (pb > 8 && len < pb - 8)
			return -1;
		out[0] = 0xfe;
		out[1] = 0x80;
		skip = 8;
		break;
	default:
		return -1;
	}
	if (pb <= skip)
		return 0;
	for (k = 0; k < pb - skip; k++)
		out[base + skip + k] = cur_peek(&m, off + k);
	return (int)(pb - skip);
}

/* Sub-TLVs in [off, end) of m; a bad one prints " (invalid)" and ends
 * them only. */
static void subtlvs_print(struct cursor m, unsigned off, unsigned end,
			  unsigned tlv_type)
{
	unsigned type, len;
	const char *sep;

	while (off < end) {
		type = cur_peek(&m, off++);
		if (type == 0) {
			out_str(" sub-pad1");
			continue;
		}
		if (type & 0x80)
			out_str(" (M)");
		if (off == end)
			goto invalid;
		len = cur_peek(&m, off++);
		if (off + len > end)
			goto invalid;
		switch (type) {
		case 1:
			out_str(" sub-padn");
			break;
		case 2:
			out_str(" sub-diversity");
			if (len == 0) {
				out_str(" empty");
				break;
			}
			for (sep = " "; len; len--, sep = "-") {
				out_str(sep);
				tok_print(diversity2str, cur_peek(&m, off++), "%u");
			}
			if (tlv_type != MSG_UPDATE && tlv_type != MSG_SS_UPDATE)
				out_str(" (bogus)");
			break;
		case 3:
			out_str(" sub-timestamp");
			if (tlv_type == MSG_HELLO || tlv_type == MSG_IHU) {
				unsigned n = tlv_type == MSG_HELLO ? 1 : 2, k;

				if (len < 4 * n)
					goto invalid;
				for (k = 0; k < n; k++) {
					uint32_t t = cur_peek_be32(&m, off + 4 * k);

					out_fmt("%c%u.%06us", k ? '|' : ' ',
						t / 1000000, t % 1000000);
				}
			} else {
				out_str(" (bogus)");
			}
			break;
		default:
			out_fmt(" sub-unknown-0x%02x", type);
			break;
		}
		off += len;
	}
	return;
invalid:
	out_str(" (invalid)");
}

static bool update_print(struct bstate *s, struct cursor m, unsigned len)
{
	unsigned ae = cur_peek(&m, 2), flags = cur_peek(&m, 3);
	uint8_t prefix[16], plen;
	int rc;

	out_str("\n\tUpdate");
	if (len < 10)
		return false;
	plen = (uint8_t)(cur_peek(&m, 4) + (ae == 1 ? 96 : 0));
	rc = net_prefix(m, 12, (int)ae, cur_peek(&m, 4), cur_peek(&m, 5),
			ae == 1 ? s->v4 : s->v6, len - 10, prefix);
	if (rc < 0)
		return false;
	out_fmt("%s%s%s ", flags & 0x80 ? "/prefix" : "",
		flags & 0x40 ? "/id" : "", flags & 0x3f ? "/unknown" : "");
	if (ae == 0)
		out_str("any");
	else
		prefix_print(s->d, prefix, plen);
	out_fmt(" metric %u seqno %u interval ", cur_peek_be16(&m, 10),
		cur_peek_be16(&m, 8));
	interval_update_print(cur_peek_be16(&m, 6));
	if (flags & 0x80)
		memcpy(ae == 1 ? s->v4 : s->v6, prefix, 16);
	if ((unsigned)rc < len - 10)
		subtlvs_print(m, 12 + (unsigned)rc, 2 + len, MSG_UPDATE);
	return true;
}

static bool ihu_print(struct bstate *s, struct cursor m, unsigned len)
{
	uint8_t addr[16];
	unsigned ae = cur_peek(&m, 2);
	int rc;

	out_str("\n\tIHU ");
	if (len < 6)
		return false;
	rc = net_prefix(m, 8, (int)ae, -1, 0, NULL, len - 6, addr);
	if (rc < 0) {
		out_str(" [|babel]");
		return true;
	}
	if (ae == 0)
		out_str("any");
	else
		address_print(s->d, addr);
	out_fmt(" rxcost %u interval ", cur_peek_be16(&m, 4));
	interval_print(cur_peek_be16(&m, 6));
	if ((unsigned)rc < len - 6)
		subtlvs_print(m, 8 + (unsigned)rc, 2 + len, MSG_IHU);
	return true;
}

static bool hello_print(struct cursor m, unsigned len)
{
	unsigned interval = cur_peek_be16(&m, 6);

	out_str("\n\tHello ");
	if (len < 6)
		return false;
	if (cur_peek(&m, 2) & 0x80)
		out_str("(Unicast) ");
	out_fmt("seqno %u ", cur_peek_be16(&m, 4));
	if (interval) {
		out_str("interval ");
		interval_print(interval);
	} else {
		out_str("unscheduled");
	}
	if (len > 6)
		subtlvs_print(m, 8, 2 + len, MSG_HELLO);
	return true;
}

/* The two prefixes of the source-specific TLVs from parsed on; false
 * for a bad encoding. */
static bool ss_prefixes(struct cursor m, unsigned ae, unsigned omitted,
			const uint8_t *dp, unsigned len, unsigned *parsed,
			uint8_t *pfx, uint8_t *plen, uint8_t *spfx,
			uint8_t *splen)
{
	int rc = net_prefix(m, 2 + *parsed, (int)ae, *plen, omitted, dp,
			    len - *parsed, pfx);

	if (rc < 0)
		return false;
	if (ae == 1)
		*plen = (uint8_t)(*plen + 96);
	*parsed += (unsigned)rc;
	rc = net_prefix(m, 2 + *parsed, (int)ae, *splen, 0, NULL,
			len - *parsed, spfx);
	if (rc < 0)
		return false;
	if (ae == 1)
		*splen = (uint8_t)(*splen + 96);
	*parsed += (unsigned)rc;
	return true;
}

static bool ss_update_print(struct bstate *s, struct cursor m, unsigned len)
{
	unsigned ae = cur_peek(&m, 2), parsed = 10;
	uint8_t pfx[16], spfx[16], plen = cur_peek(&m, 4);
	uint8_t splen = cur_peek(&m, 3);

	out_str("\n\tSS-Update");
	if (len < 10 || !ss_prefixes(m, ae, cur_peek(&m, 5),
				     ae == 1 ? s->v4 : s->v6, len, &parsed,
				     pfx, &plen, spfx, &splen))
		return false;
	out_char(' ');
	prefix_print(s->d, pfx, plen);
	out_str(" from ");
	prefix_print(s->d, spfx, splen);
	out_fmt(" metric %u seqno %u interval ", cur_peek_be16(&m, 10),
		cur_peek_be16(&m, 8));
	interval_update_print(cur_peek_be16(&m, 6));
	if (parsed < len)
		subtlvs_print(m, 2 + parsed, 2 + len, MSG_SS_UPDATE);
	return true;
}

static bool ss_request_print(struct bstate *s, struct cursor m, unsigned len,
			     bool mh)
{
	unsigned ae = cur_peek(&m, 2), parsed = mh ? 14 : 3;
	uint8_t pfx[16], spfx[16], plen = cur_peek(&m, 3);
	uint8_t splen = cur_peek(&m, mh ? 7 : 4);

	out_str(mh ? "\n\tSS-MH-Request " : "\n\tSS-Request ");
	if (len < parsed || !ss_prefixes(m, ae, 0, NULL, len, &parsed, pfx,
					 &plen, spfx, &splen))
		return false;
	if (mh)
		out_fmt("(%u hops) for (", cur_peek(&m, 6));
	else if (ae == 0) {
		out_str("for any");
		return true;
	} else {
		out_str("for (");
	}
	prefix_print(s->d, pfx, plen);
	out_str(", ");
	prefix_print(s->d, spfx, splen);
	out_char(')');
	if (mh) {
		out_fmt(" seqno %u id ", cur_peek_be16(&m, 4));
		id_print(m, 8);
	}
	return true;
}

static bool request_print(struct bstate *s, struct cursor m, unsigned len,
			  bool seqno)
{
	unsigned ae = cur_peek(&m, 2), hdr = seqno ? 14 : 2;
	uint8_t pfx[16], plen = (uint8_t)(cur_peek(&m, 3) + (ae == 1 ? 96 : 0));

	out_str(seqno ? "\n\tSeqno Request " : "\n\tRoute Request ");
	if (len < hdr || net_prefix(m, 2 + hdr, (int)ae, cur_peek(&m, 3), 0,
				    NULL, len - hdr, pfx) < 0)
		return false;
	if (seqno)
		out_fmt("(%u hops) for ", cur_peek(&m, 6));
	else
		out_str("for ");
	if (ae == 0)
		out_str(seqno ? "invalid AE 0" : "any");
	else
		prefix_print(s->d, pfx, plen);
	if (seqno) {
		out_fmt(" seqno %u id ", cur_peek_be16(&m, 4));
		id_print(m, 8);
	}
	return true;
}

/* -v: one TLV; false when it is invalid. */
static bool tlv_verbose(struct bstate *s, struct cursor m, unsigned type,
			unsigned len)
{
	unsigned j;

	switch (type) {
	case MSG_PADN:
		out_fmt("\n\tPad %u", len + 2);
		return true;
	case MSG_ACK_REQ:
		out_str("\n\tAcknowledgment Request ");
		if (len < 6)
			return false;
		out_fmt("%04x ", cur_peek_be16(&m, 4));
		interval_print(cur_peek_be16(&m, 6));
		return true;
	case MSG_ACK:
		out_str("\n\tAcknowledgment ");
		if (len < 2)
			return false;
		out_fmt("%04x", cur_peek_be16(&m, 2));
		return true;
	case MSG_HELLO:
		return hello_print(m, len);
	case MSG_IHU:
		return ihu_print(s, m, len);
	case MSG_ROUTER_ID:
		out_str("\n\tRouter Id");
		if (len < 10)
			return false;
		out_char(' ');
		id_print(m, 4);
		return true;
	case MSG_NH: {
		uint8_t nh[16];

		out_str("\n\tNext Hop");
		if (len < 2 || net_prefix(m, 4, cur_peek(&m, 2), -1, 0, NULL,
					  len - 2, nh) < 0)
			return false;
		out_char(' ');
		if (cur_peek(&m, 2) == 0)
			out_str("invalid AE 0");
		else
			address_print(s->d, nh);
		return true;
	}
	case MSG_UPDATE:
		return update_print(s, m, len);
	case MSG_ROUTE_REQUEST:
	case MSG_SEQNO_REQUEST:
		return request_print(s, m, len, type == MSG_SEQNO_REQUEST);
	case MSG_TSPC:
		out_str("\n\tTS/PC ");
		if (len < 6)
			return false;
		out_fmt("timestamp %u packetcounter %u", cur_peek_be32(&m, 4),
			cur_peek_be16(&m, 2));
		return true;
	case MSG_HMAC:
		out_str("\n\tHMAC ");
		if (len < 18)
			return false;
		out_fmt("key-id %u digest-%u ", cur_peek_be16(&m, 2), len - 2);
		for (j = 0; j < len - 2; j++)
			out_fmt("%02X", cur_peek(&m, j + 4));
		return true;
	case MSG_SS_UPDATE:
		return ss_update_print(s, m, len);
	case MSG_SS_REQUEST:
	case MSG_SS_MH_REQUEST:
		return ss_request_print(s, m, len, type == MSG_SS_MH_REQUEST);
	case MSG_MAC:
		out_fmt("\n\tMAC len %u", len);
		return true;
	case MSG_PC:
		out_str("\n\tPC");
		if (len < 4)
			return false;
		out_fmt(" value %u index len %u", cur_peek_be32(&m, 2), len - 4);
		return true;
	case MSG_CHALLENGE_REQUEST:
	case MSG_CHALLENGE_REPLY:
		out_str(type == MSG_CHALLENGE_REQUEST ? "\n\tChallenge Request" :
			"\n\tChallenge Reply");
		if (len > 192)
			return false;
		out_fmt(" len %u", len);
		return true;
	}
	out_fmt("\n\tUnknown message type %u", type);
	return true;
}

static bool tlv_brief(struct cursor m, unsigned type, unsigned len)
{
	unsigned f = cur_peek(&m, 3);

	out_str(type < sizeof(brief) / sizeof(brief[0]) ? brief[type] :
		" unknown");
	if (type != MSG_UPDATE)
		return true;
	if (len < 10)
		return false;
	out_fmt("%s%s%s", f & 0x80 ? "/prefix" : "", f & 0x40 ? "/id" : "",
		f & 0x3f ? "/unknown" : "");
	return true;
}

/* TLVS_CUT: the type byte is past the capture (tcpdump's read gives up
 * on the packet); TLVS_TRUNC: the length or the body is (its check
 * prints the marker and the dumps still skip the link header). */
enum { TLVS_OK, TLVS_TRUNC, TLVS_CUT, TLVS_INVALID };

static int tlvs_print(struct bstate *s, struct cursor c, unsigned tlvs_len,
		      unsigned remaining)
{
	unsigned i = 0, type, len;
	struct cursor m;

	while (i < tlvs_len) {
		if (i + 1 > tlvs_len || i + 1 > remaining)
			return TLVS_INVALID;
		if (!rt_has(&c, i, 1))
			return TLVS_CUT;
		type = cur_peek(&c, i);
		if (type == MSG_PAD1) {
			out_str(s->d->vflag ? "\n\tPad 1" : " pad1");
			i++;
			continue;
		}
		if (i + 2 > tlvs_len || i + 2 > remaining)
			return TLVS_INVALID;
		if (!rt_has(&c, i, 2))
			return TLVS_TRUNC;
		len = cur_peek(&c, i + 1);
		if (i + 2 + len > tlvs_len || i + 2 + len > remaining)
			return TLVS_INVALID;
		if (!rt_has(&c, i, 2 + len))
			return TLVS_TRUNC;
		m = c;
		cur_skip(&m, i);
		m = cur_sub(&m, 2 + len);
		if (!(s->d->vflag ? tlv_verbose(s, m, type, len) :
				    tlv_brief(m, type, len)))
			return TLVS_INVALID;
		i += len + 2;
	}
	return TLVS_OK;
}

static void babel_v2(struct dctx *d, struct cursor c, unsigned len)
{
	struct bstate s = { .d = d };
	unsigned bodylen;
	int r;

	if (len < 4)
		goto invalid;
	bodylen = cur_peek_be16(&c, 2);
	out_fmt(" (%u)", bodylen);
	len -= 4;
	cur_skip(&c, 4);
	if (len < bodylen)
		goto invalid;
	memcpy(s.v4, v4prefix, 16);
	r = tlvs_print(&s, c, bodylen, len);
	if (r == TLVS_OK && len != bodylen) {
		out_str(d->vflag ? "\n\t----" : " |");
		cur_skip(&c, bodylen);
		r = tlvs_print(&s, c, len - bodylen, len - bodylen);
	}
	if (r == TLVS_CUT)
		decode_trunc_cut(d, "babel");
	else if (r == TLVS_TRUNC)
		decode_trunc(d, "babel");
	else if (r == TLVS_INVALID)
		goto invalid;
	return;
invalid:
	decode_invalid(d);
}

void babel_print(struct dctx *d, struct cursor c, unsigned len,
		 const struct l4info *l4 DECODE_UNUSED)
{
	out_str("babel");
	if (!cur_has(&c, 4)) {
		decode_trunc(d, "babel");
		return;
	}
	if (cur_peek(&c, 0) != 42) {
		out_str(" invalid header");
		return;
	}
	out_fmt(" %u", cur_peek(&c, 1));
	if (cur_peek(&c, 1) == 2)
		babel_v2(d, c, len);
	else
		out_str(" unknown version");
}
