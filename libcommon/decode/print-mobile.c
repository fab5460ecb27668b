/* print-mobile.c - minimal IP-in-IP encapsulation (RFC 2004), IP
 * protocol 55.
 *
 *   | protocol | S | reserved | header checksum |
 *   | original destination | [original source, with S] |
 * Output as tcpdump 4.99 print-mobile.c.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

enum { MOBILE_MIN = 8, MOBILE_HDR = 12, MOBILE_S = 0x80 };

DECODE_KEY(IPPROTO, 55, mobile_print)

/* The IPv4 address at off (captured). */
static void mobile_addr(struct dctx *d, struct cursor c, unsigned off)
{
	uint8_t a[4];

	cur_skip(&c, off);
	cur_bytes(&c, a, 4);
	decode_ipaddr(d, 4, a);
}

void mobile_print(struct dctx *d, struct cursor c, unsigned len,
		  const struct ipinfo *ip DECODE_UNUSED)
{
	bool s;

	/* tcpdump checks the header with its source (12 bytes) either
	 * way, and prints only the marker */
	if (len < MOBILE_MIN || !cur_has(&c, MOBILE_HDR)) {
		decode_trunc(d, "mobile");
		return;
	}
	s = cur_peek(&c, 1) & MOBILE_S;
	out_str(s ? "mobile: [S] " : "mobile: [] ");
	if (d->vflag) {
		if (s) {
			mobile_addr(d, c, 8);
			out_char(' ');
		}
		out_str("> ");
		mobile_addr(d, c, 4);
		out_fmt(" (oproto=%u)", cur_peek(&c, 0));
	}
	if (decode_cksum(c, s ? MOBILE_HDR : MOBILE_MIN, 0))
		out_fmt(" (bad checksum %u)", cur_peek_be16(&c, 2));
}
