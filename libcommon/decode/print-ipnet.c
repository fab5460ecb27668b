/* print-ipnet.c - Solaris ipnet observability headers (DLT_IPNET).
 *
 *   | version | family | htype (2) | pktlen | ifindex | grifindex |
 *   | zone src | zone dst |
 * Output as tcpdump 4.99 print-ipnet.c.
 */
#include <pcap/dlt.h>

#include "decode.h"
#include "out.h"
#include "table.h"

enum {
	IPNET_HDRLEN = 24,
	IPH_AF_INET = 2,
	IPH_AF_INET6 = 26,
};

static const struct tok ipnet_values[] = {
	{ IPH_AF_INET, "IPv4" },
	{ IPH_AF_INET6, "IPv6" },
	{ 0, NULL }
};

static void hdr_print(struct dctx *d, struct cursor h, unsigned len)
{
	unsigned family = cur_peek(&h, 1);

	out_fmt("%u > %u", cur_peek_be32(&h, 16), cur_peek_be32(&h, 20));
	if (!d->qflag) {
		out_str(", family ");
		tok_print(ipnet_values, family, "Unknown");
		out_fmt(" (%u)", family);
	} else {
		out_str(", ");
		tok_print(ipnet_values, family, "Unknown Ethertype (0x%04x)");
	}
	out_fmt(", length %u: ", len);
}

DECODE_DLT(DLT_IPNET, ipnet_if_print)

unsigned ipnet_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct cursor h = c;
	unsigned family;

	if (!cur_has(&c, IPNET_HDRLEN)) {
		decode_trunc_cut(d, "ipnet");
		return 0;
	}
	if (d->eflag)
		hdr_print(d, h, len);
	family = cur_peek(&c, 1);
	cur_skip(&c, IPNET_HDRLEN);
	len -= IPNET_HDRLEN;
	if (family == IPH_AF_INET) {
		ip_print(d, c, len);
	} else if (family == IPH_AF_INET6) {
		ip6_print(d, c, len);
	} else {
		if (!d->eflag)
			hdr_print(d, h, len + IPNET_HDRLEN);
		if (!d->xflag && !d->Xflag && !d->qflag)
			decode_hex_ascii(c, (unsigned)cur_left(&c), 0);
	}
	return IPNET_HDRLEN;
}
