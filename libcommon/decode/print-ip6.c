/* print-ip6.c - IPv6 (RFC 8200) and its extension headers.
 *
 *   |Version| Traffic Class |           Flow Label                  |
 *   |         Payload Length        |  Next Header  |   Hop Limit   |
 *   |                  Source Address (128 bits)                    |
 *   |               Destination Address (128 bits)                  |
 * Output as tcpdump 4.99 print-ip6.c. Extension headers are walked
 * (hop-by-hop, destination options, routing, fragment); their contents
 * are printed by print-ip6opts.c when present in the build.
 */
#include "decode.h"
#include "ip.h"
#include "out.h"

enum { IP6_HDRLEN = 40 };

static void ip6_addrs(struct dctx *d, const struct ipinfo *ip)
{
	decode_ip6addr(d, ip->src);
	out_str(" > ");
	decode_ip6addr(d, ip->dst);
	out_str(": ");
}

/* Length of an extension header at c (all share "next, len" at the
 * start); 0 when it is not captured. */
static unsigned ext_len(struct cursor c, unsigned nh)
{
	if (!cur_has(&c, 2))
		return 0;
	if (nh == IPP_FRAGMENT)
		return 8;
	return (cur_peek(&c, 1) + 1) * 8;
}

void ip6_print(struct dctx *d, struct cursor c, unsigned length)
{
	struct ipinfo ip = { .version = 6 };
	struct cursor p = c;
	unsigned vfc, flow, plen, len, nh, hlim;
	bool first = true;

	if (!d->eflag)
		out_str("IP6 ");
	if (length < IP6_HDRLEN) {
		out_fmt("[length %u < %u]", length, IP6_HDRLEN);
		decode_invalid(d);
		return;
	}
	if (!cur_has(&c, 1)) {
		decode_trunc(d, "ip6");
		return;
	}
	vfc = cur_peek(&c, 0) >> 4;
	if (vfc != 6) {
		out_fmt("[version %u != 6]", vfc);
		decode_invalid(d);
		return;
	}
	if (!cur_has(&c, IP6_HDRLEN)) {
		decode_trunc(d, "ip6");
		return;
	}
	flow = cur_be32(&p);
	plen = cur_be16(&p);
	nh = cur_u8(&p);
	hlim = cur_u8(&p);
	cur_bytes(&p, ip.src, 16);
	cur_bytes(&p, ip.dst, 16);
	if (plen != 0) {
		len = plen + IP6_HDRLEN;
		if (len > length) {
			out_fmt("[header+payload length %u > length %u]", len,
				length);
			decode_invalid(d);
			return;
		}
	} else {
		len = length;	/* jumbogram: the frame says how long */
	}
	if (d->vflag) {
		const char *name = ipproto_name(nh);

		out_char('(');
		if (flow & 0x0ff00000)
			out_fmt("class 0x%02x, ", (flow & 0x0ff00000) >> 20);
		if (flow & 0x000fffff)
			out_fmt("flowlabel 0x%05x, ", flow & 0x000fffff);
		out_fmt("hlim %u, next-header %s (%u) payload length: %u) ",
			hlim, name ? name : "unknown", nh, plen);
	}
	/* the capture ends at the end of the IPv6 payload */
	if (cur_left(&c) > len)
		c.end = c.p + len;
	ip.hdr_nh = (uint8_t)nh;
	ip.ttl = hlim;
	cur_skip(&c, IP6_HDRLEN);
	len -= IP6_HDRLEN;
	for (;;) {
		unsigned adv;

		if (first && nh != IPP_TCP && nh != IPP_UDP &&
		    nh != IPP_DCCP && nh != IPP_SCTP)
			ip6_addrs(d, &ip);
		first = false;
		if (nh != IPP_HOPOPTS_ && nh != IPP_DSTOPTS &&
		    nh != IPP_ROUTING && nh != IPP_FRAGMENT)
			break;
		adv = ext_len(c, nh);
		if (!adv || !cur_has(&c, adv) || len < adv) {
			decode_trunc(d, "ip6");
			return;
		}
		if (nh == IPP_FRAGMENT) {
			unsigned off = (unsigned)cur_peek(&c, 2) << 8 |
				       cur_peek(&c, 3);

			out_fmt("frag (0x%08x:%u|%u) ",
				(unsigned)cur_peek(&c, 4) << 24 |
				(unsigned)cur_peek(&c, 5) << 16 |
				(unsigned)cur_peek(&c, 6) << 8 | cur_peek(&c, 7),
				off & 0xfff8, len - adv);
			ip.fragmented = true;
			if (off & 0xfff8)
				return;	/* not the first fragment */
		}
		nh = cur_peek(&c, 0);
		cur_skip(&c, adv);
		len -= adv;
		if (!cur_left(&c))
			return;
	}
	ip.nh = (uint8_t)nh;
	ip.len = len;
	ip_demux_print(d, c, len, &ip);
}
