/* print-dccp.c - DCCP, the Datagram Congestion Control Protocol
 * (RFC 4340).
 *
 *   | Source port | Dest port | Data offset | CCVal CsCov | Checksum |
 *   | Res Type X | [Reserved] Sequence (24 or 48 bits) | type fields |
 *   | options ...
 * Output as tcpdump 4.99 print-dccp.c: the checksum with -v (over the
 * coverage CsCov says), the sequence number and options with -vv.
 */
#include <inttypes.h>

#include "decode.h"
#include "ip.h"
#include "out.h"
#include "table.h"

enum { T_REQUEST, T_RESPONSE, T_DATA, T_ACK, T_DATAACK, T_CLOSEREQ,
       T_CLOSE, T_RESET, T_SYNC, T_SYNCACK };

static const struct tok types[] = {
	{ 0, "DCCP-Request" }, { 1, "DCCP-Response" }, { 2, "DCCP-Data" },
	{ 3, "DCCP-Ack" }, { 4, "DCCP-DataAck" }, { 5, "DCCP-CloseReq" },
	{ 6, "DCCP-Close" }, { 7, "DCCP-Reset" }, { 8, "DCCP-Sync" },
	{ 9, "DCCP-SyncAck" },
	{ 0, NULL }
};

/* How many bytes each type adds after the generic header. */
static const unsigned char type_extra[] = { 4, 12, 0, 8, 8, 8, 8, 12, 8, 8 };

static const char *const reset_codes[] = { "unspecified", "closed",
	"aborted", "no_connection", "packet_error", "option_error",
	"mandatory_error", "connection_refused", "bad_service_code",
	"too_busy", "bad_init_cookie", "aggression_penalty" };

static const char *const features[] = { "reserved", "ccid",
	"allow_short_seqno", "sequence_window", "ecn_incapable", "ack_ratio",
	"send_ack_vector", "send_ndp_count", "minimum checksum coverage",
	"check data checksum" };

static const struct tok options[] = {
	{ 0, "nop" }, { 1, "mandatory" }, { 2, "slowreceiver" },
	{ 32, "change_l" }, { 33, "confirm_l" }, { 34, "change_r" },
	{ 35, "confirm_r" }, { 36, "initcookie" }, { 37, "ndp_count" },
	{ 38, "ack_vector0" }, { 39, "ack_vector1" }, { 40, "data_dropped" },
	{ 41, "timestamp" }, { 42, "timestamp_echo" }, { 43, "elapsed_time" },
	{ 44, "data_checksum" },
	{ 0, NULL }
};

static void hexbytes(struct cursor c, unsigned from, unsigned to)
{
	for (; from < to; from++)
		out_hex(cur_peek(&c, from), 2);
}

static void opt_name(unsigned type)
{
	tok_print(options, type, "Option %u");
}

/* The value of a known option of optlen bytes at c. */
static void opt_value(struct cursor c, unsigned type, unsigned optlen)
{
	unsigned i;

	switch (type) {
	case 32: case 33: case 34: case 35:
		if (optlen < 3) {
			out_str(" optlen too short");
			return;
		}
		if (cur_peek(&c, 2) < 10) {
			out_fmt(" %s", features[cur_peek(&c, 2)]);
			for (i = 3; i < optlen; i++)
				out_fmt(" %u", cur_peek(&c, i));
		}
		break;
	case 37:
		for (i = 2; i < optlen; i++)
			out_fmt(" %u", cur_peek(&c, i));
		break;
	case 36: case 38: case 39: case 40: case 44:
		if (optlen > 2) {
			out_str(type == 44 ? " " : " 0x");
			hexbytes(c, 2, optlen);
		}
		break;
	case 41:
		if (optlen == 6)
			out_fmt(" %u", cur_peek_be32(&c, 2));
		else
			out_str(" [optlen != 6]");
		break;
	case 42:
		if (optlen == 6 || optlen == 8 || optlen == 10)
			out_fmt(" %u", cur_peek_be32(&c, 2));
		if (optlen == 8)
			out_fmt(" (elapsed time %u)", cur_peek_be16(&c, 6));
		else if (optlen == 10)
			out_fmt(" (elapsed time %u)", cur_peek_be32(&c, 6));
		else if (optlen != 6)
			out_str(" [optlen != 6 or 8 or 10]");
		break;
	case 43:
		if (optlen == 6)
			out_fmt(" %u", cur_peek_be32(&c, 2));
		else if (optlen == 4)
			out_fmt(" %u", cur_peek_be16(&c, 2));
		else
			out_str(" [optlen != 4 or 6]");
		break;
	}
}

/* One option; returns its length, 0 to stop (d->stop when cut). */
static unsigned option_print(struct dctx *d, struct cursor c, unsigned hlen)
{
	unsigned type, optlen = 1;

	if (!cur_has(&c, 1)) {
		decode_trunc_cut(d, "dccp");
		return 0;
	}
	type = cur_peek(&c, 0);
	if (type >= 32) {
		if (!cur_has(&c, 2)) {
			decode_trunc_cut(d, "dccp");
			return 0;
		}
		optlen = cur_peek(&c, 1);
		if (optlen < 2) {
			if (type >= 128)
				out_fmt("CCID option %u", type);
			else
				opt_name(type);
			out_str(" optlen too short");
			return 0;
		}
	}
	if (hlen < optlen) {
		if (type >= 128)
			out_fmt("CCID option %u", type);
		else
			opt_name(type);
		out_str(" optlen goes past header length");
		return 0;
	}
	if (!cur_has(&c, optlen)) {
		out_str(" [|dccp]");
		return 0;
	}
	if (type >= 128) {
		out_fmt("CCID option %u", type);
		if (optlen == 4)
			out_fmt(" %u", cur_peek_be16(&c, 2));
		else if (optlen == 6)
			out_fmt(" %u", cur_peek_be32(&c, 2));
	} else {
		opt_name(type);
		opt_value(c, type, optlen);
	}
	return optlen;
}

static void options_print(struct dctx *d, struct cursor c, unsigned off,
			  unsigned hlen)
{
	unsigned optlen;

	out_str(" <");
	cur_skip(&c, off);
	for (;;) {
		optlen = option_print(d, c, hlen);
		if (!optlen || hlen <= optlen)
			break;
		hlen -= optlen;
		cur_skip(&c, optlen);
		out_str(", ");
	}
	if (!d->stop)
		out_char('>');
}

static void cksum_print(struct cursor c, unsigned len,
			const struct ipinfo *ip)
{
	unsigned cscov = cur_peek(&c, 5) & 15, cov = len, sum;

	if (cscov) {
		cov = (cur_peek(&c, 4) + cscov - 1) * 4;
		if (cov > len)
			cov = len;
	}
	out_fmt(", cksum 0x%04x ", cur_peek_be16(&c, 6));
	sum = decode_cksum(c, cov, decode_pseudo_sum(ip, len, IPP_DCCP));
	if (sum)
		out_fmt("(incorrect -> 0x%04x)",
			decode_cksum_shouldbe(cur_peek_be16(&c, 6), sum));
	else
		out_str("(correct)");
}

/* The type's name and fields; false when the packet is too short. */
static bool type_print(struct dctx *d, struct cursor c, unsigned type,
		       unsigned *fixed, unsigned len)
{
	const char *name = tok_str(types, type);

	if (type > T_SYNCACK) {
		out_fmt("unknown-type-%u ", type);
		return true;
	}
	*fixed += type_extra[type];
	if (len < *fixed) {
		out_fmt("truncated-%s - %u bytes missing!", name, *fixed - len);
		return false;
	}
	if (type == T_REQUEST || type == T_RESPONSE || type == T_RESET) {
		if (!cur_has(&c, *fixed)) {
			decode_trunc(d, "dccp");
			return false;
		}
	}
	if (type == T_REQUEST || type == T_RESPONSE)
		out_fmt("%s (service=%u) ", name, cur_peek_be32(&c, *fixed - 4));
	else if (type == T_RESET)
		out_fmt("%s (code=%s) ", name, cur_peek(&c, *fixed - 4) < 12 ?
			reset_codes[cur_peek(&c, *fixed - 4)] : "invalid");
	else
		out_fmt("%s ", name);
	return true;
}

static uint64_t be48(struct cursor c, unsigned off)
{
	return (uint64_t)cur_peek_be16(&c, off) << 32 | cur_peek_be32(&c, off + 2);
}

DECODE_KEY(IPPROTO, 33, dccp_print)

void dccp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct ipinfo *ip)
{
	unsigned fixed, hlen, type, x;

	if (!cur_has(&c, 12)) {
		decode_trunc(d, "dccp");
		return;
	}
	if (len < 12) {
		out_fmt("truncated-dccp - %u bytes missing!", 12 - len);
		return;
	}
	x = cur_peek(&c, 8) & 1;
	fixed = x ? 16 : 12;
	if (len < fixed) {
		out_fmt("truncated-dccp - %u bytes missing!", fixed - len);
		return;
	}
	if (!cur_has(&c, fixed)) {
		decode_trunc(d, "dccp");
		return;
	}
	hlen = cur_peek(&c, 4) * 4;
	decode_ipaddr(d, ip->version, ip->src);
	out_fmt(".%u > ", cur_peek_be16(&c, 0));
	decode_ipaddr(d, ip->version, ip->dst);
	out_fmt(".%u: DCCP", cur_peek_be16(&c, 2));
	if (d->qflag) {
		out_fmt(" %u", len - hlen);
		if (hlen > len)
			out_fmt(" [bad hdr length %u - too long, > %u]", hlen, len);
		return;
	}
	if (d->vflag) {
		out_fmt(" (CCVal %u, CsCov %u", cur_peek(&c, 5) >> 4,
			cur_peek(&c, 5) & 15);
		if (cur_has(&c, len))
			cksum_print(c, len, ip);
		out_char(')');
	}
	out_char(' ');
	type = cur_peek(&c, 8) >> 1 & 15;
	if (!type_print(d, c, type, &fixed, len) || d->stop)
		return;
	if (type != T_DATA && type != T_REQUEST) {
		if (!cur_has(&c, x ? 24 : 16)) {
			decode_trunc_cut(d, "dccp");
			return;
		}
		out_fmt("(ack=%" PRIu64 ") ", x ? be48(c, 18) :
			(uint64_t)(cur_peek_be32(&c, 12) & 0xffffff));
	}
	if (d->vflag < 2)
		return;
	out_fmt("seq %" PRIu64, x ? be48(c, 10) :
		(uint64_t)(cur_peek_be32(&c, 8) & 0xffffff));
	if (hlen > fixed)
		options_print(d, c, fixed, hlen - fixed);
}
