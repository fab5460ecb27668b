/* print-ldp.c - LDP (RFC 5036; RFC 4447 pseudowire FECs, RFC 3479
 * fault tolerance, RFC 3988 MTU), TCP and UDP port 646.
 *
 *   PDU: | Version | PDU Length | LDP Identifier (6) | messages ... |
 *   message: |U| Type | Length | Message ID | TLVs ... |
 *   TLV: |U|F| Type | Length | Value |
 * Output as tcpdump 4.99 print-ldp.c.
 */
#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

enum { LDP_HDRLEN = 10, LDP_MSG_HDRLEN = 8, LDP_TRUNC = -1 };

static const struct tok msg2str[] = {
	{ 0x0001, "Notification" },
	{ 0x0100, "Hello" },
	{ 0x0200, "Initialization" },
	{ 0x0201, "Keepalive" },
	{ 0x0300, "Address" },
	{ 0x0301, "Address Withdraw" },
	{ 0x0400, "Label Mapping" },
	{ 0x0401, "Label Request" },
	{ 0x0402, "Label Withdraw" },
	{ 0x0403, "Label Release" },
	{ 0x0404, "Label Abort Request" },
	{ 0, NULL }
};

enum {
	TLV_FEC = 0x0100, TLV_ADDRESS_LIST = 0x0101, TLV_GENERIC_LABEL = 0x0200,
	TLV_STATUS = 0x0300, TLV_COMMON_HELLO = 0x0400,
	TLV_IPV4_TRANSPORT = 0x0401, TLV_CONFIG_SEQ = 0x0402,
	TLV_IPV6_TRANSPORT = 0x0403, TLV_COMMON_SESSION = 0x0500,
	TLV_FT_SESSION = 0x0503, TLV_MTU = 0x0601,
};

static const struct tok tlv2str[] = {
	{ 0x0100, "FEC" },
	{ 0x0101, "Address List" },
	{ 0x0103, "Hop Count" },
	{ 0x0104, "Path Vector" },
	{ 0x0200, "Generic Label" },
	{ 0x0201, "ATM Label" },
	{ 0x0202, "Frame-Relay Label" },
	{ 0x0300, "Status" },
	{ 0x0301, "Extended Status" },
	{ 0x0302, "Returned PDU" },
	{ 0x0303, "Returned Message" },
	{ 0x0400, "Common Hello Parameters" },
	{ 0x0401, "IPv4 Transport Address" },
	{ 0x0402, "Configuration Sequence Number" },
	{ 0x0403, "IPv6 Transport Address" },
	{ 0x0500, "Common Session Parameters" },
	{ 0x0501, "ATM Session Parameters" },
	{ 0x0502, "Frame-Relay Session Parameters" },
	{ 0x0503, "Fault-Tolerant Session Parameters" },
	{ 0x0600, "Label Request Message ID" },
	{ 0x0601, "MTU" },
	{ 0, NULL }
};

static const struct tok fec2str[] = {
	{ 0x01, "Wildcard" },
	{ 0x02, "Prefix" },
	{ 0x03, "Host address" },
	{ 0x80, "Martini VC" },
	{ 0, NULL }
};

static const struct tok ifparm2str[] = {
	{ 0x01, "MTU" },
	{ 0x03, "Description" },
	{ 0x0c, "VCCV" },
	{ 0, NULL }
};

static const struct tok vccv_cc2str[] = {
	{ 0x01, "PWE3 control word" },
	{ 0x02, "MPLS Router Alert Label" },
	{ 0x04, "MPLS inner label TTL = 1" },
	{ 0, NULL }
};

static const struct tok vccv_cv2str[] = {
	{ 0x01, "ICMP Ping" },
	{ 0x02, "LSP Ping" },
	{ 0x04, "BFD" },
	{ 0, NULL }
};

DECODE_PORT(UDP, 300, 646, 646, PORT_EITHER, ldp_print)
DECODE_PORT(TCP, 180, 646, 646, PORT_EITHER, ldp_print)

/* " [tlv length N < M] (invalid)" when the value is short. */
static bool tlv_short(unsigned tlen, unsigned min)
{
	if (tlen >= min)
		return false;
	out_fmt(" [tlv length %u < %u] (invalid)", tlen, min);
	return true;
}

/* The interface parameters of a Martini VC FEC at v; false: trunc. */
static bool vc_params(struct cursor v, unsigned info_len)
{
	unsigned type, len, i;

	while (info_len > 2) {
		if (!rt_has(&v, 0, 2))
			return false;
		type = cur_peek(&v, 0);
		len = cur_peek(&v, 1);
		if (len < 2 || info_len < len)
			break;
		out_str("\n\t\tInterface Parameter: ");
		tok_print(ifparm2str, type, "Unknown");
		out_fmt(" (0x%02x), len %u", type, len);
		switch (type) {
		case 0x01:
			if (!rt_has(&v, 2, 2))
				return false;
			out_fmt(": %u", cur_peek_be16(&v, 2));
			break;
		case 0x03:
			out_str(": ");
			for (i = 2; i < len; i++) {
				if (!rt_has(&v, i, 1))
					return false;
				decode_char(cur_peek(&v, i));
			}
			break;
		case 0x0c:
			if (!rt_has(&v, 2, 2))
				return false;
			out_fmt("\n\t\t  Control Channels (0x%02x) = [",
				cur_peek(&v, 2));
			tok_bits_print(vccv_cc2str, cur_peek(&v, 2), ", ", "none");
			out_fmt("]\n\t\t  CV Types (0x%02x) = [", cur_peek(&v, 3));
			tok_bits_print(vccv_cv2str, cur_peek(&v, 3), ", ", "none");
			out_char(']');
			break;
		default: {
			struct cursor h = v;

			cur_skip(&h, 2);
			decode_hex_ident(h, len - 2, "\n\t\t  ");
			break;
		}
		}
		info_len -= len;
		cur_skip(&v, len);
	}
	return true;
}

/* The Martini VC FEC element (after the FEC type byte). */
static int fec_vc(struct cursor v, unsigned tlen, unsigned tlv_len)
{
	unsigned info_len, pw;

	if (tlv_short(tlen, 7))
		return (int)tlv_len + 4;
	if (!rt_has(&v, 0, 7))
		return LDP_TRUNC;
	info_len = cur_peek(&v, 2);
	pw = cur_peek_be16(&v, 0);
	if (info_len == 0) {
		out_str(": ");
		tok_print(rt_pw_types, pw & 0x7fff, "Unknown");
		out_fmt(", %scontrol word, group-ID %u, VC-info-length: %u",
			pw & 0x8000 ? "" : "no ", cur_peek_be32(&v, 3), info_len);
		return 0;
	}
	if (tlv_short(tlen, 11))
		return (int)tlv_len + 4;
	if (!rt_has(&v, 0, 11))
		return LDP_TRUNC;
	out_str(": ");
	tok_print(rt_pw_types, pw & 0x7fff, "Unknown");
	out_fmt(", %scontrol word, group-ID %u, VC-ID %u, VC-info-length: %u",
		pw & 0x8000 ? "" : "no ", cur_peek_be32(&v, 3),
		cur_peek_be32(&v, 7), info_len);
	if (info_len < 4) {
		out_str(" (invalid, < 4");
		return (int)tlv_len + 4;
	}
	info_len -= 4;
	if (tlv_short(tlen - 11, info_len))
		return (int)tlv_len + 4;
	cur_skip(&v, 11);
	return vc_params(v, info_len) ? 0 : LDP_TRUNC;
}

/* The FEC TLV; 0 when done, else what tlv_print returns. */
static int fec_print(struct dctx *d, struct cursor v, unsigned tlen,
		     unsigned tlv_len)
{
	unsigned type, af;
	int r;

	if (tlv_short(tlen, 1))
		return (int)tlv_len + 4;
	if (!rt_has(&v, 0, 1))
		return LDP_TRUNC;
	type = cur_peek(&v, 0);
	out_str("\n\t      ");
	tok_print(fec2str, type, "Unknown");
	out_fmt(" FEC (0x%02x)", type);
	cur_skip(&v, 1);
	tlen--;
	if (type == 0x80)
		return fec_vc(v, tlen, tlv_len);
	if (type != 0x02)
		return 0;
	if (tlv_short(tlen, 2))
		return (int)tlv_len + 4;
	if (!rt_has(&v, 0, 2))
		return LDP_TRUNC;
	af = cur_peek_be16(&v, 0);
	if (af != RT_AFNUM_INET && af != RT_AFNUM_INET6) {
		out_fmt(": Address family %u prefix", af);
		return 0;
	}
	r = rt_prefix_print(d, v, 2, tlen - 2, af == RT_AFNUM_INET ? 4 : 6,
			    af == RT_AFNUM_INET ? ": IPv4 prefix " :
						  ": IPv6 prefix ");
	if (r == -2)
		return LDP_TRUNC;
	if (r == -3)
		out_str(": IPv4 prefix (goes past end of TLV)");
	else if (r == -1)
		out_str(af == RT_AFNUM_INET ? ": IPv4 prefix (invalid length)" :
			": IPv6 prefix (invalid length)");
	return 0;
}

static void ft_session(struct cursor v)
{
	unsigned f = cur_peek_be16(&v, 0);

	out_fmt("\n\t      Flags: [%sReconnect, %sSave State, "
		"%sAll-Label Protection, %s Checkpoint, %sRe-Learn State]",
		f & 0x8000 ? "" : "No ", f & 0x8 ? "" : "Don't ",
		f & 0x4 ? "" : "No ",
		f & 0x2 ? "Sequence Numbered Label" : "All Labels",
		f & 0x1 ? "" : "Don't ");
	if (cur_peek_be32(&v, 4))
		out_fmt(", Reconnect Timeout: %ums", cur_peek_be32(&v, 4));
	if (cur_peek_be32(&v, 8))
		out_fmt(", Recovery Time: %ums", cur_peek_be32(&v, 8));
}

static int addr_list(struct dctx *d, struct cursor v, unsigned tlen)
{
	unsigned af = cur_peek_be16(&v, 0), n;

	out_str("\n\t      Address Family: ");
	tok_print(rt_af_values, af, "Unknown (%u)");
	out_str(", addresses");
	if (af != RT_AFNUM_INET && af != RT_AFNUM_INET6)
		return 0;
	n = af == RT_AFNUM_INET ? 4 : 16;
	for (cur_skip(&v, 2), tlen -= 2; tlen >= n; tlen -= n) {
		if (!rt_has(&v, 0, n))
			return LDP_TRUNC;
		out_char(' ');
		rt_addr_at(d, v, 0, n == 4 ? 4 : 6);
		cur_skip(&v, n);
	}
	return 0;
}

/* The minimum value length of the decoded TLVs, and how many bytes of
 * it the printer reads. */
static unsigned tlv_min(unsigned type)
{
	switch (type) {
	case TLV_COMMON_HELLO:
	case TLV_IPV4_TRANSPORT:
	case TLV_CONFIG_SEQ:
	case TLV_GENERIC_LABEL:
		return 4;
	case TLV_IPV6_TRANSPORT:
		return 16;
	case TLV_ADDRESS_LIST:
	case TLV_MTU:
		return 2;
	case TLV_COMMON_SESSION:
	case TLV_STATUS:
		return 8;
	case TLV_FT_SESSION:
		return 12;
	}
	return 0;
}

static int tlv_value(struct dctx *d, struct cursor v, unsigned type,
		     unsigned tlen, unsigned tlv_len)
{
	unsigned min = tlv_min(type), u;

	if (type == TLV_FEC)
		return fec_print(d, v, tlen, tlv_len);
	if (min && tlv_short(tlen, min))
		return 0;
	if (min && !rt_has(&v, 0, min))
		return LDP_TRUNC;
	switch (type) {
	case TLV_COMMON_HELLO:
		u = cur_peek_be16(&v, 2);
		out_fmt("\n\t      Hold Time: %us, Flags: [%s Hello%s]",
			cur_peek_be16(&v, 0), u & 0x8000 ? "Targeted" : "Link",
			u & 0x4000 ? ", Request for targeted Hellos" : "");
		return 0;
	case TLV_IPV4_TRANSPORT:
	case TLV_IPV6_TRANSPORT:
		out_fmt("\n\t      IPv%c Transport Address: ",
			type == TLV_IPV4_TRANSPORT ? '4' : '6');
		rt_addr_at(d, v, 0, type == TLV_IPV4_TRANSPORT ? 4 : 6);
		return 0;
	case TLV_CONFIG_SEQ:
		out_fmt("\n\t      Sequence Number: %u", cur_peek_be32(&v, 0));
		return 0;
	case TLV_ADDRESS_LIST:
		return addr_list(d, v, tlen);
	case TLV_COMMON_SESSION:
		/* tcpdump 4.99.3 reads the flags from bytes 6-7 and
		 * prints no more */
		u = cur_peek_be16(&v, 6);
		out_fmt("\n\t      Version: %u, Keepalive: %us, Flags: "
			"[Downstream %s, Loop Detection %s]",
			cur_peek_be16(&v, 0), cur_peek_be16(&v, 2),
			u & 0x8000 ? "On Demand" : "Unsolicited",
			u & 0x4000 ? "Enabled" : "Disabled");
		return 0;
	case TLV_GENERIC_LABEL:
		out_fmt("\n\t      Label: %u", cur_peek_be32(&v, 0) & 0xfffff);
		return 0;
	case TLV_STATUS:
		u = cur_peek_be32(&v, 0);
		out_fmt("\n\t      Status: 0x%02x, Flags: [%s and %s forward]",
			u & 0x3fffffff,
			u & 0x80000000 ? "Fatal error" : "Advisory Notification",
			u & 0x40000000 ? "do" : "don't");
		if (cur_peek_be32(&v, 4))
			out_fmt(", causing Message ID: 0x%08x",
				cur_peek_be32(&v, 4));
		return 0;
	case TLV_FT_SESSION:
		ft_session(v);
		return 0;
	case TLV_MTU:
		out_fmt("\n\t      MTU: %u", cur_peek_be16(&v, 0));
		return 0;
	}
	if (d->vflag <= 1)
		decode_hex_ident(v, tlen, "\n\t      ");
	return 0;
}

/* One TLV at c of the msg_tlen bytes left; returns its size, 0 to end
 * the message, LDP_TRUNC when the capture ended. */
static int tlv_print(struct dctx *d, struct cursor c, unsigned msg_tlen)
{
	unsigned tlv_len, raw, type;
	struct cursor v = c;
	int r;

	if (!cur_has(&c, 4))
		return LDP_TRUNC;
	tlv_len = cur_peek_be16(&c, 2);
	if (tlv_len + 4 > msg_tlen) {
		out_str("\n\t\t TLV contents go past end of message");
		return 0;
	}
	raw = cur_peek_be16(&c, 0);
	type = raw & 0x3fff;
	out_str("\n\t    ");
	tok_print(tlv2str, type, "Unknown");
	out_fmt(" TLV (0x%04x), length: %u, Flags: [%s and %s forward if "
		"unknown]", type, tlv_len,
		raw & 0x8000 ? "continue processing" : "ignore",
		raw & 0x4000 ? "do" : "don't");
	cur_skip(&v, 4);
	r = tlv_value(d, v, type, tlv_len, tlv_len);
	return r ? r : (int)tlv_len + 4;
}

static bool msg_tlvs(struct dctx *d, struct cursor c, unsigned msg_tlen)
{
	int r;

	while (msg_tlen >= 4) {
		r = tlv_print(d, c, msg_tlen);
		if (r == LDP_TRUNC)
			return false;
		if (r == 0)
			break;
		msg_tlen -= (unsigned)r;
		cur_skip(&c, (unsigned)r);
	}
	return true;
}

/* One message at c; returns false when the capture ended, and sets
 * *stop when the PDU ends here. */
static bool msg_print(struct dctx *d, struct cursor c, unsigned *msg_len,
		      bool *stop)
{
	unsigned raw, type, len;
	struct cursor b = c;

	if (!cur_has(&c, LDP_MSG_HDRLEN))
		return false;
	raw = cur_peek_be16(&c, 0);
	type = raw & 0x7fff;
	len = *msg_len = cur_peek_be16(&c, 2);
	out_str("\n\t  ");
	tok_print(msg2str, type, "Unknown");
	if (len < 4) {
		out_fmt(" Message (0x%04x), length: %u (too short, < 4)", type,
			len);
		*stop = true;
		return true;
	}
	out_fmt(" Message (0x%04x), length: %u, Message ID: 0x%08x, Flags: "
		"[%s if unknown]", type, len, cur_peek_be32(&c, 4),
		raw & 0x8000 ? "continue processing" : "ignore");
	if (!cur_has(&c, len))
		return false;
	cur_skip(&b, LDP_MSG_HDRLEN);
	switch (type) {
	case 0x0001: case 0x0100: case 0x0200: case 0x0201: case 0x0300:
	case 0x0400: case 0x0301: case 0x0402:
		if (!msg_tlvs(d, b, len - 4))
			return false;
		break;
	default:
		if (d->vflag <= 1)
			decode_hex_ident(b, len - 4, "\n\t  ");
		break;
	}
	if (d->vflag > 1)
		decode_hex_ident(b, len, "\n\t  ");
	return true;
}

/* One PDU; returns its length, 0 to stop, LDP_TRUNC. */
static int pdu_print(struct dctx *d, struct cursor c)
{
	const char *nl = d->vflag ? "\n\t" : "";
	unsigned pdu_len, msg_len;
	uint16_t tlen;
	bool stop = false;

	if (!cur_has(&c, LDP_HDRLEN))
		return LDP_TRUNC;
	if (cur_peek_be16(&c, 0) != 1) {
		out_fmt("%sLDP version %u packet not supported", nl,
			cur_peek_be16(&c, 0));
		return 0;
	}
	pdu_len = cur_peek_be16(&c, 2);
	if (pdu_len < LDP_HDRLEN - 4) {
		out_fmt("%sLDP, pdu-length: %u (too short, < 6)", nl, pdu_len);
		return 0;
	}
	out_fmt("%sLDP, Label-Space-ID: ", nl);
	rt_ip4_at(d, c, 4);
	out_fmt(":%u, pdu-length: %u", cur_peek_be16(&c, 8), pdu_len);
	if (!d->vflag)
		return 0;
	cur_skip(&c, LDP_HDRLEN);
	/* 16 bits, as tcpdump's: a message longer than the PDU wraps it */
	for (tlen = (uint16_t)(pdu_len - 6); tlen > 0;
	     tlen = (uint16_t)(tlen - msg_len - 4)) {
		if (!msg_print(d, c, &msg_len, &stop))
			return LDP_TRUNC;
		if (stop)
			return 0;
		cur_skip(&c, msg_len + 4);
	}
	return (int)pdu_len + 4;
}

void ldp_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct l4info *l4 DECODE_UNUSED)
{
	int r;

	while (len > LDP_HDRLEN + LDP_MSG_HDRLEN) {
		r = pdu_print(d, c);
		if (r == LDP_TRUNC) {
			decode_trunc_cut(d, "ldp");
			return;
		}
		if (r == 0)
			return;
		if (len < (unsigned)r) {
			out_fmt(" [remaining length %u < %u]", len, r);
			decode_invalid(d);
			return;
		}
		len -= (unsigned)r;
		cur_skip(&c, (unsigned)r);
	}
}
