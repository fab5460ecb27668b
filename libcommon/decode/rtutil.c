/* rtutil.c - what the routing and control-plane printers share. */
#include "decode.h"
#include "out.h"
#include "rt.h"

void rt_relts_print(uint32_t secs)
{
	static const char unit[] = "ywdhms";
	static const uint32_t len[] = { 31536000, 604800, 86400, 3600, 60, 1 };
	unsigned k;

	if (!secs) {
		out_str("0s");
		return;
	}
	for (k = 0; secs > 0; k++) {
		if (secs >= len[k]) {
			out_uint(secs / len[k], 0);
			out_char(unit[k]);
			secs %= len[k];
		}
	}
}

void rt_signed_relts_print(int32_t secs)
{
	if (secs < 0) {
		out_char('-');
		/* -INT32_MIN does not fit in an int32_t, it does in a uint32_t */
		rt_relts_print(0u - (uint32_t)secs);
		return;
	}
	rt_relts_print((uint32_t)secs);
}

bool rt_addr_at(struct dctx *d, struct cursor c, unsigned off, int version)
{
	unsigned n = version == 6 ? 16 : 4;
	uint8_t a[16];

	if (!rt_has(&c, off, n))
		return false;
	cur_skip(&c, off);
	cur_bytes(&c, a, n);
	decode_ipaddr(d, version, a);
	return true;
}

bool rt_ip4_at(struct dctx *d, struct cursor c, unsigned off)
{
	return rt_addr_at(d, c, off, 4);
}
