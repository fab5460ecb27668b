/* print-arista.c - Arista Networks' vendor header (ethertype 0xd28b),
 * timestamps of their tap aggregation; print-ether.c calls it.
 *
 *   | subtype (2) | timescale | format (4) hw info (4) | timestamp
 *   (64-bit: seconds, nanoseconds; 48-bit: seconds (2), nanoseconds) |
 *   then the original type and the rest of the frame.
 * Output as tcpdump 4.99 print-arista.c.
 */
#include <time.h>

#include "decode.h"
#include "ether.h"
#include "out.h"
#include "tmfmt.h"

enum {
	ARISTA_SUBTYPE_TIMESTAMP = 0x0001,
	FORMAT_64BIT = 0x1,
	FORMAT_48BIT = 0x2,
};

static const struct tok subtype_str[] = {
	{ ARISTA_SUBTYPE_TIMESTAMP, "Timestamp" },
	{ 0, NULL }
};

static const struct tok ts_timescale_str[] = {
	{ 0, "TAI" },
	{ 1, "UTC" },
	{ 0, NULL }
};

static const struct tok ts_format_str[] = {
	{ FORMAT_64BIT, "64-bit" },
	{ FORMAT_48BIT, "48-bit" },
	{ 0, NULL }
};

static const struct tok hw_info_str[] = {
	{ 0, "R/R2" },
	{ 1, "R3" },
	{ 0, NULL }
};

static void date_print(uint32_t sec, uint32_t nsec)
{
	time_t t = (time_t)sec + nsec / 1000000000;
	struct tm tm;
	char buf[32];

	if (!gmtime_r(&t, &tm) ||
	    !tm_format(buf, sizeof(buf), "%Y-%m-%d %H:%M:%S", &tm))
		out_str("[Error converting time]");
	else
		out_str(buf);
	out_fmt(".%09u", nsec % 1000000000);
}

static int timestamp_print(struct dctx *d, struct cursor c)
{
	unsigned scale, fmt, hw;
	uint32_t sec, nsec;

	scale = cur_u8(&c);
	if (cur_short(&c))
		goto trunc;
	out_str("Timescale ");
	tok_print(ts_timescale_str, scale, "Unknown");
	out_fmt(" (%u), ", scale);
	fmt = cur_u8(&c);
	if (cur_short(&c))
		goto trunc;
	hw = fmt & 0x0f;
	fmt >>= 4;
	out_str("Format ");
	tok_print(ts_format_str, fmt, "Unknown");
	out_fmt(" (%u), HwInfo ", fmt);
	tok_print(hw_info_str, hw, "Unknown");
	out_fmt(" (%u), Timestamp ", hw);
	if (fmt == FORMAT_64BIT) {
		sec = cur_be32(&c);
		nsec = cur_be32(&c);
		if (cur_short(&c))
			goto trunc;
		date_print(sec, nsec);
		out_str(": ");
		return 12;
	}
	if (fmt != FORMAT_48BIT)
		return -1;
	sec = cur_be16(&c);
	nsec = cur_be32(&c);
	if (cur_short(&c))
		goto trunc;
	out_fmt("%llu.%09u", (unsigned long long)sec + nsec / 1000000000,
		nsec % 1000000000);
	out_str(": ");
	return 10;
trunc:
	decode_trunc_cut(d, "arista");
	return -1;
}

int arista_print(struct dctx *d, struct cursor c)
{
	unsigned sub = cur_be16(&c);

	if (cur_short(&c)) {
		decode_trunc_cut(d, "arista");
		return -1;
	}
	out_str("SubType ");
	tok_print(subtype_str, sub, "Unknown");
	out_fmt(" (0x%04x), ", sub);
	if (sub != ARISTA_SUBTYPE_TIMESTAMP)
		return -1;
	return timestamp_print(d, c);
}
