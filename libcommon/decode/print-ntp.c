/* print-ntp.c - NTP (RFC 5905) time messages; control messages (mode 6,
 * RFC 1305 appendix B) print their header only.
 *
 *   |LI | VN  |Mode| Stratum | Poll | Precision | Root Delay | Root
 *   Dispersion | Reference ID | Reference, Origin, Receive, Transmit
 *   timestamps (64 bits each) | [Key ID | Digest]
 * Control messages: | LI VN Mode | R E M OpCode | Sequence | Status |
 *   Association | Offset | Count | data |
 * Output as tcpdump 4.99 print-ntp.c and ntp.c.
 */
#include <stdio.h>
#include <time.h>

#include "decode.h"
#include "ntp.h"
#include "table.h"
#include "out.h"
#include "tmfmt.h"

enum { NTP_TIMEMSG_MINLEN = 48, NTP_CTRLMSG_MINLEN = 12 };

static const struct tok mode_values[] = {
	{ 0, "unspecified" }, { 1, "symmetric active" },
	{ 2, "symmetric passive" }, { 3, "Client" }, { 4, "Server" },
	{ 5, "Broadcast" }, { 6, "Control Message" }, { 7, "Reserved" },
	{ 0, NULL }
};

static const struct tok leapind_values[] = {
	{ 0, "" }, { 0x40, "+1s" }, { 0x80, "-1s" },
	{ 0xc0, "clock unsynchronized" },
	{ 0, NULL }
};

/* A 32.32 fixed-point fraction as parts per billion. */
static uint32_t ppb(uint32_t frac)
{
	return (uint32_t)((double)frac / 4294967296.0 * 1000000000.0);
}

void ntp_time(struct cursor c, unsigned off)
{
	uint32_t i = cur_peek_be32(&c, off), f = cur_peek_be32(&c, off + 4);
	int64_t secs = (int64_t)i - 2208988800LL;
	time_t t = (time_t)secs;
	struct tm tm;
	char buf[64];

	out_fmt("%u.%09u", i, ppb(f));
	if (!i)
		return;
	if (!gmtime_r(&t, &tm)) {
		out_str(" (unrepresentable)");
		return;
	}
	tm_format(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm);
	out_fmt(" (%s)", buf);
}

/* Timestamp at off minus the one at ooff, signed, or the timestamp
 * itself when the older one is zero. */
static void ntp_delta(struct cursor c, unsigned ooff, unsigned off)
{
	uint32_t u = cur_peek_be32(&c, off), uf = cur_peek_be32(&c, off + 4);
	uint32_t ou = cur_peek_be32(&c, ooff), ouf = cur_peek_be32(&c, ooff + 4), i, f;
	bool neg;

	if (ou == 0 && ouf == 0) {
		ntp_time(c, off);
		return;
	}
	if (u > ou) {
		neg = false;
		i = u - ou - (ouf > uf);
		f = uf - ouf;
	} else if (u < ou) {
		neg = true;
		i = ou - u - (uf > ouf);
		f = ouf - uf;
	} else {
		i = 0;
		neg = !(uf > ouf);
		f = neg ? ouf - uf : uf - ouf;
	}
	out_fmt("%s%u.%09u", neg ? "-" : "+", i, ppb(f));
}

static void sfix(struct cursor c, unsigned off)
{
	unsigned i = cur_peek(&c, off) << 8 | cur_peek(&c, off + 1);
	unsigned f = cur_peek(&c, off + 2) << 8 | cur_peek(&c, off + 3);

	out_fmt("%d.%06d", (int)i, (int)(f / 65536.0 * 1000000.0));
}

/* tcpdump prints the fields one by one up to the first one cut off; at
 * the first bytes its read gives up on the packet */
static bool ntp_need(struct dctx *d, const struct cursor *c, unsigned n)
{
	if (cur_has(c, n))
		return true;
	if (n <= 4)
		decode_trunc_cut(d, "ntp");	/* its reads of single bytes */
	else
		decode_trunc(d, "ntp");
	return false;
}

/* false when cut */
static bool refid_print(struct dctx *d, struct cursor c, unsigned stratum)
{
	unsigned k;

	switch (stratum) {
	case 0:
		out_str("(unspec)");
		break;
	case 1:
		for (k = 0; k < 4; k++) {
			if (!ntp_need(d, &c, 13 + k))
				return false;
			decode_char(cur_peek(&c, 12 + k));
		}
		break;
	default:
		if (!ntp_need(d, &c, 16))
			return false;
		out_fmt("0x%08x", cur_peek_be32(&c, 12));
		break;
	}
	return true;
}

static void ntp_time_print(struct dctx *d, struct cursor c, unsigned len)
{
	static const char *const names[] = {
		"Reference Timestamp:  ", "Originator Timestamp: ",
		"Receive Timestamp:    ", "Transmit Timestamp:   ",
	};
	unsigned stratum, k;
	int poll;

	if (len < NTP_TIMEMSG_MINLEN) {
		decode_invalid(d);
		if (!cur_has(&c, len))	/* checked after the marker */
			decode_trunc(d, "ntp");
		return;
	}
	if (!ntp_need(d, &c, 2))
		return;
	stratum = cur_peek(&c, 1);
	out_fmt(", Stratum %u (%s)", stratum, stratum == 0 ? "unspecified" :
		stratum == 1 ? "primary reference" :
		stratum <= 15 ? "secondary reference" : "reserved");
	if (!ntp_need(d, &c, 3))
		return;
	poll = (int8_t)cur_peek(&c, 2);
	out_fmt(", poll %d", poll);
	if (poll >= 0 && poll < 32)
		out_fmt(" (%us)", 1u << poll);
	else if (poll < 0 && poll > -32)
		out_fmt(" (1/%us)", 1u << -poll);
	if (!ntp_need(d, &c, 4))
		return;
	out_fmt(", precision %d", (int8_t)cur_peek(&c, 3));
	if (!ntp_need(d, &c, 8))
		return;
	out_str("\n\tRoot Delay: ");
	sfix(c, 4);
	if (!ntp_need(d, &c, 12))
		return;
	out_str(", Root dispersion: ");
	sfix(c, 8);
	if (!ntp_need(d, &c, 16))
		return;
	out_str(", Reference-ID: ");
	if (!refid_print(d, c, stratum))
		return;
	for (k = 0; k < 4; k++) {
		if (!ntp_need(d, &c, 24 + 8 * k))
			return;
		out_fmt("\n\t  %s", names[k]);
		ntp_time(c, 16 + 8 * k);
	}
	out_str("\n\t    Originator - Receive Timestamp:  ");
	ntp_delta(c, 24, 32);
	out_str("\n\t    Originator - Transmit Timestamp: ");
	ntp_delta(c, 24, 40);
	if (len == 52 || len == 68 || len == 72) {
		if (!cur_has(&c, 52)) {
			decode_trunc_cut(d, "ntp");
			return;
		}
		out_fmt("\n\tKey id: %u", cur_peek_be32(&c, 48));
		if (!ntp_need(d, &c, len))
			return;
		if (len > 52) {
			out_str("\n\tAuthentication: ");
			for (k = 52; k < len; k += 4)
				out_fmt("%08x", cur_peek_be32(&c, k));
		}
	} else if (len > NTP_TIMEMSG_MINLEN) {
		out_fmt("\n\t(%u more bytes after the header)",
			len - NTP_TIMEMSG_MINLEN);
	}
}

/* A control message (mode 6): its header; the data is not decoded. */
static void ntp_control_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned ctl, status, count;

	if (len < NTP_CTRLMSG_MINLEN)
		goto invalid;
	if (!cur_has(&c, 2)) {
		decode_trunc_cut(d, "ntp");
		return;
	}
	ctl = cur_peek(&c, 1);
	out_fmt(", %s, %s, %s, OpCode=%u\n", ctl & 0x80 ? "Response" : "Request",
		ctl & 0x40 ? "Error" : "OK", ctl & 0x20 ? "More" : "Last",
		ctl & 0x1f);
	if (!cur_has(&c, NTP_CTRLMSG_MINLEN)) {
		/* each field is printed as far as it was captured */
		static const char *const names[] = { "\tSequence=", ", Status=",
			", Assoc.=", ", Offset=" };
		unsigned k;

		for (k = 0; k < 4 && cur_has(&c, 4 + 2 * k); k++)
			out_fmt(k == 1 && cur_peek_be16(&c, 2 + 2 * k) ?
				"%s0x%x" : "%s%u", names[k],
				cur_peek_be16(&c, 2 + 2 * k));
		decode_trunc_cut(d, "ntp");
		return;
	}
	status = cur_peek_be16(&c, 4);
	count = cur_peek_be16(&c, 10);
	out_fmt("\tSequence=%u, Status=", cur_peek_be16(&c, 2));
	out_fmt(status ? "0x%x" : "%u", status);
	out_fmt(", Assoc.=%u, Offset=%u, Count=%u", cur_peek_be16(&c, 6),
		cur_peek_be16(&c, 8), count);
	if (NTP_CTRLMSG_MINLEN + count > len)
		goto invalid;
	if (count) {
		if (!cur_has(&c, NTP_CTRLMSG_MINLEN + count)) {
			decode_trunc(d, "ntp");
			return;
		}
		out_str("\n\tTO-BE-DONE: data not interpreted");
	}
	return;
invalid:
	decode_invalid(d);
	if (!cur_has(&c, len))
		decode_trunc(d, "ntp");
}

DECODE_PORT(UDP, 120, 123, 123, PORT_EITHER, ntp_print)

void ntp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct l4info *l4 DECODE_UNUSED)
{
	unsigned status, mode, leap;

	if (!cur_has(&c, 1)) {
		decode_trunc_cut(d, "ntp");
		return;
	}
	status = cur_peek(&c, 0);
	mode = status & 7;
	out_fmt("NTPv%u, ", (status >> 3) & 7);
	tok_print(mode_values, mode, "Unknown mode");
	out_fmt(", length %u", len);
	if (!d->vflag)
		return;
	out_char('\n');
	leap = status & 0xc0;
	out_str("\tLeap indicator: ");
	tok_print(leapind_values, leap, "Unknown");
	out_fmt(" (%u)", leap);
	if (mode <= 5)
		ntp_time_print(d, c, len);
	else if (mode == 6)
		ntp_control_print(d, c, len);
}
