/* print-l2tp.c - L2TP version 2 (RFC 2661), UDP port 1701: control
 * messages with their AVPs, data messages with the PPP frame they
 * carry.
 *
 *   | T L x x S x O P x x x x ver:4 | [length] | tunnel id | session id |
 *   [Ns | Nr] [offset size | pad] | AVPs or PPP frame |
 *   AVP: | M H rsvd:4 length:10 | vendor id | attribute type | value |
 * Output as tcpdump 4.99 print-l2tp.c.
 */
#include "decode.h"
#include "encap.h"
#include "out.h"
#include "table.h"

DECODE_PORT(UDP, 140, 1701, 1701, PORT_EITHER, l2tp_print)

enum {
	L2TP_FLAG_TYPE = 0x8000, L2TP_FLAG_LENGTH = 0x4000,
	L2TP_FLAG_SEQUENCE = 0x0800, L2TP_FLAG_OFFSET = 0x0200,
	L2TP_FLAG_PRIORITY = 0x0100,
};

static const struct tok msgtype_values[] = {
	{ 1, "SCCRQ" }, { 2, "SCCRP" }, { 3, "SCCCN" }, { 4, "StopCCN" },
	{ 6, "HELLO" }, { 7, "OCRQ" }, { 8, "OCRP" }, { 9, "OCCN" },
	{ 10, "ICRQ" }, { 11, "ICRP" }, { 12, "ICCN" }, { 14, "CDN" },
	{ 15, "WEN" }, { 16, "SLI" },
	{ 0, NULL }
};

static const struct tok avp_values[] = {
	{ 0, "MSGTYPE" }, { 1, "RESULT_CODE" }, { 2, "PROTO_VER" },
	{ 3, "FRAMING_CAP" }, { 4, "BEARER_CAP" }, { 5, "TIE_BREAKER" },
	{ 6, "FIRM_VER" }, { 7, "HOST_NAME" }, { 8, "VENDOR_NAME" },
	{ 9, "ASSND_TUN_ID" }, { 10, "RECV_WIN_SIZE" }, { 11, "CHALLENGE" },
	{ 12, "Q931_CC" }, { 13, "CHALLENGE_RESP" }, { 14, "ASSND_SESS_ID" },
	{ 15, "CALL_SER_NUM" }, { 16, "MINIMUM_BPS" }, { 17, "MAXIMUM_BPS" },
	{ 18, "BEARER_TYPE" }, { 19, "FRAMING_TYPE" },
	{ 20, "PACKET_PROC_DELAY" }, { 21, "CALLED_NUMBER" },
	{ 22, "CALLING_NUMBER" }, { 23, "SUB_ADDRESS" },
	{ 24, "TX_CONN_SPEED" }, { 25, "PHY_CHANNEL_ID" },
	{ 26, "INI_RECV_LCP" }, { 27, "LAST_SENT_LCP" },
	{ 28, "LAST_RECV_LCP" }, { 29, "PROXY_AUTH_TYPE" },
	{ 30, "PROXY_AUTH_NAME" }, { 31, "PROXY_AUTH_CHAL" },
	{ 32, "PROXY_AUTH_ID" }, { 33, "PROXY_AUTH_RESP" },
	{ 34, "CALL_ERRORS" }, { 35, "ACCM" }, { 36, "RANDOM_VECTOR" },
	{ 37, "PRIVATE_GRP_ID" }, { 38, "RX_CONN_SPEED" },
	{ 39, "SEQ_REQUIRED" }, { 46, "PPP_DISCON_CC" },
	{ 0, NULL }
};

static const struct tok authentype_values[] = {
	{ 0, "Reserved" }, { 1, "Textual" }, { 2, "CHAP" }, { 3, "PAP" },
	{ 4, "No Auth" }, { 5, "MS-CHAPv1" },
	{ 0, NULL }
};

static const struct tok cc_direction_values[] = {
	{ 0, "global error" }, { 1, "at peer" }, { 2, "at local" },
	{ 0, NULL }
};

/* How an AVP value prints: the kind, the minimum length. */
enum avp_kind {
	K_NONE, K_MSGTYPE, K_RESULT, K_VER, K_FRAMING, K_BEARER, K_OCTETS8,
	K_U16, K_STRING, K_OCTETS, K_Q931, K_OCTETS16, K_U32, K_OBSOLETE,
	K_AUTHTYPE, K_AUTHID, K_ERRORS, K_ACCM, K_DISCON,
};

static const unsigned char avp_kinds[47] = {
	[0] = K_MSGTYPE, [1] = K_RESULT, [2] = K_VER, [3] = K_FRAMING,
	[4] = K_BEARER, [5] = K_OCTETS8, [6] = K_U16, [7] = K_STRING,
	[8] = K_STRING, [9] = K_U16, [10] = K_U16, [11] = K_OCTETS,
	[12] = K_Q931, [13] = K_OCTETS16, [14] = K_U16, [15] = K_U32,
	[16] = K_U32, [17] = K_U32, [18] = K_BEARER, [19] = K_FRAMING,
	[20] = K_OBSOLETE, [21] = K_STRING, [22] = K_STRING, [23] = K_STRING,
	[24] = K_U32, [25] = K_U32, [26] = K_OCTETS, [27] = K_OCTETS,
	[28] = K_OCTETS, [29] = K_AUTHTYPE, [30] = K_STRING, [31] = K_OCTETS,
	[32] = K_AUTHID, [33] = K_OCTETS, [34] = K_ERRORS, [35] = K_ACCM,
	[36] = K_OCTETS, [37] = K_STRING, [38] = K_U32, [46] = K_DISCON,
};

static const unsigned char kind_min[] = {
	[K_MSGTYPE] = 2, [K_RESULT] = 2, [K_VER] = 2, [K_FRAMING] = 4,
	[K_BEARER] = 4, [K_OCTETS8] = 8, [K_U16] = 2, [K_Q931] = 3,
	[K_OCTETS16] = 16, [K_U32] = 4, [K_AUTHTYPE] = 2, [K_AUTHID] = 2,
	[K_ERRORS] = 2, [K_ACCM] = 2, [K_DISCON] = 5,
};

static void string_print(struct cursor v, unsigned n)
{
	while (n--)
		decode_char(cur_u8(&v));
}

static void octets_print(struct cursor v, unsigned n)
{
	while (n--)
		out_fmt("%02x", cur_u8(&v));
}

/* The 32-bit counters after two reserved bytes of ACCM and Call
 * Errors, each checked against the AVP length. */
static void counters_print(struct cursor v, unsigned len,
			   const char *const *names, unsigned n)
{
	unsigned i;

	cur_skip(&v, 2);
	len -= 2;
	for (i = 0; i < n; i++) {
		if (len < 4) {
			out_str("AVP too short");
			return;
		}
		out_fmt(names[i], cur_be32(&v));
		len -= 4;
	}
}

static void result_print(struct cursor v, unsigned len)
{
	out_fmt("%u", cur_be16(&v));
	len -= 2;
	if (len == 0)
		return;
	if (len < 2) {
		out_str(" AVP too short");
		return;
	}
	out_fmt("/%u", cur_be16(&v));
	len -= 2;
	if (len == 0)
		return;
	out_char(' ');
	string_print(v, len);
}

static void flags2_print(unsigned v, const char *a, const char *b)
{
	if (v & 2)
		out_str(a);
	if (v & 1)
		out_str(b);
}

static void avp_value_print(unsigned kind, struct cursor v, unsigned len)
{
	static const char *const errs[] = {
		"CRCErr=%u ", "FrameErr=%u ", "HardOver=%u ", "BufOver=%u ",
		"Timeout=%u ", "AlignErr=%u ",
	};
	static const char *const accm[] = { "send=%08x ", "recv=%08x " };

	if (len < kind_min[kind]) {
		out_str("AVP too short");
		return;
	}
	switch (kind) {
	case K_MSGTYPE:
		tok_print(msgtype_values, cur_be16(&v), "MSGTYPE-#%u");
		break;
	case K_RESULT:
		result_print(v, len);
		break;
	case K_VER:
		out_fmt("%u.%u", cur_peek(&v, 0), cur_peek(&v, 1));
		break;
	case K_FRAMING:
		flags2_print(cur_be32(&v), "A", "S");
		break;
	case K_BEARER:
		flags2_print(cur_be32(&v), "A", "D");
		break;
	case K_OCTETS8:
		octets_print(v, 8);
		break;
	case K_U16:
		out_fmt("%u", cur_be16(&v));
		break;
	case K_STRING:
		string_print(v, len);
		break;
	case K_OCTETS:
		octets_print(v, len);
		break;
	case K_Q931:
		out_fmt("%u, %02x", cur_peek_be16(&v, 0), cur_peek(&v, 2));
		if (len > 3) {
			out_char(' ');
			cur_skip(&v, 3);
			string_print(v, len - 3);
		}
		break;
	case K_OCTETS16:
		octets_print(v, 16);
		break;
	case K_U32:
		out_fmt("%u", cur_be32(&v));
		break;
	case K_OBSOLETE:
		out_str("obsolete");
		break;
	case K_AUTHTYPE:
		tok_print(authentype_values, cur_be16(&v), "AuthType-#%u");
		break;
	case K_AUTHID:
		out_fmt("%u", cur_be16(&v) & 0xff);
		break;
	case K_ERRORS:
		counters_print(v, len, errs, 6);
		break;
	case K_ACCM:
		counters_print(v, len, accm, 2);
		break;
	case K_DISCON:
		out_fmt("%04x, %04x ", cur_peek_be16(&v, 0),
			cur_peek_be16(&v, 2));
		tok_print(cc_direction_values, cur_peek(&v, 4),
			  "Direction-#%u");
		if (len > 5) {
			out_char(' ');
			cur_skip(&v, 5);
			string_print(v, len - 5);
		}
		break;
	}
}

/* One AVP; its length, or 0 when the packet ends here. */
static unsigned avp_print(struct dctx *d, struct cursor c, unsigned length)
{
	unsigned hdr, len, vendor, attr;
	struct cursor v = c;

	out_char(' ');
	if (!cur_has(&c, 2)) {
		decode_trunc_cut(d, "l2tp");
		return 0;
	}
	hdr = cur_peek_be16(&c, 0);
	len = hdr & 0x03ff;
	if (len < 6 || len > length || !cur_has(&c, len)) {
		decode_trunc(d, "l2tp");
		return 0;
	}
	if (hdr & 0x8000)
		out_char('*');
	if (hdr & 0x4000)
		out_char('?');
	vendor = cur_peek_be16(&c, 2);
	attr = cur_peek_be16(&c, 4);
	cur_skip(&v, 6);
	if (vendor) {
		out_fmt("VENDOR%04x:ATTR%04x(", vendor, attr);
		octets_print(v, len - 6);
		out_char(')');
		return len;
	}
	tok_print(avp_values, attr, "AVP-#%u");
	out_char('(');
	if (hdr & 0x4000)
		out_str("???");
	else if (attr < sizeof(avp_kinds) && avp_kinds[attr] != K_NONE)
		avp_value_print(avp_kinds[attr], v, len - 6);
	out_char(')');
	return len;
}

/* The header after the flags; false if cut. */
static bool l2tp_header(struct dctx *d, struct cursor *c, unsigned flags,
			unsigned *l2tp_len, unsigned *cnt)
{
	unsigned pad;

	*l2tp_len = 0;
	if (flags & L2TP_FLAG_LENGTH) {
		*l2tp_len = cur_be16(c);
		*cnt += 2;
	}
	if (!cur_has(c, 2))
		return false;
	out_fmt("(%u/", cur_be16(c));
	if (!cur_has(c, 2))
		return false;
	out_fmt("%u)", cur_be16(c));
	*cnt += 4;
	if (flags & L2TP_FLAG_SEQUENCE) {
		if (!cur_has(c, 2))
			return false;
		out_fmt("Ns=%u,", cur_be16(c));
		if (!cur_has(c, 2))
			return false;
		out_fmt("Nr=%u", cur_be16(c));
		*cnt += 4;
	}
	if (flags & L2TP_FLAG_OFFSET) {
		pad = cur_be16(c);
		if (cur_short(c))
			return false;
		if (!cur_skip(c, pad)) {
			decode_trunc(d, "l2tp");
			return true;
		}
		*cnt += 2 + pad;
	}
	return !cur_short(c);
}

static void flags_print(unsigned flags)
{
	static const struct tok names[] = {
		{ L2TP_FLAG_TYPE, "T" }, { L2TP_FLAG_LENGTH, "L" },
		{ L2TP_FLAG_SEQUENCE, "S" }, { L2TP_FLAG_OFFSET, "O" },
		{ L2TP_FLAG_PRIORITY, "P" },
	};
	unsigned i;

	out_char('[');
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (flags & names[i].v)
			out_str(names[i].s);
	out_char(']');
}

static void l2tp_body_print(struct dctx *d, struct cursor c, unsigned flags,
			    unsigned length, unsigned cnt)
{
	unsigned n;

	if (!(flags & L2TP_FLAG_TYPE)) {
		out_str(" {");
		ppp_print(d, c, length - cnt);
		if (!d->cut)
			out_char('}');
		return;
	}
	if (!(flags & L2TP_FLAG_LENGTH)) {
		out_str(" No length");
		return;
	}
	if (length == cnt) {
		out_str(" ZLB");
		return;
	}
	while (length - cnt != 0) {
		n = avp_print(d, c, length - cnt);
		if (n == 0)
			return;
		cnt += n;
		cur_skip(&c, n);
	}
}

void l2tp_print(struct dctx *d, struct cursor c, unsigned length,
		const struct l4info *l4 DECODE_UNUSED)
{
	unsigned flags, l2tp_len, cnt = 2;

	if (!cur_has(&c, 2)) {
		decode_trunc_cut(d, "l2tp");
		return;
	}
	flags = cur_be16(&c);
	if ((flags & 0x000f) == 1) {
		out_str(" l2f:");
		return;
	}
	if ((flags & 0x000f) != 2) {
		out_str(" Unknown Version, neither L2F(1) nor L2TP(2)");
		return;
	}
	out_str(" l2tp:");
	flags_print(flags);
	if (!l2tp_header(d, &c, flags, &l2tp_len, &cnt)) {
		decode_trunc_cut(d, "l2tp");
		return;
	}
	if (d->stop)
		return;
	if (flags & L2TP_FLAG_LENGTH) {
		if (length < l2tp_len) {
			out_fmt(" Length %u larger than packet", l2tp_len);
			return;
		}
		length = l2tp_len;
	}
	if (length < cnt) {
		out_fmt(" Length %u smaller than header length", length);
		return;
	}
	l2tp_body_print(d, c, flags, length, cnt);
}
