/* print-ah.c - the IP Authentication Header (RFC 4302), IP protocol 51.
 *
 *   | Next Header | Payload Len | Reserved | SPI | Sequence | ICV ... |
 * tcpdump prints the header, then what follows it.
 * Output as tcpdump 4.99 print-ah.c.
 */
#include "decode.h"
#include "ip.h"
#include "out.h"
#include "rt.h"
#include "table.h"

DECODE_KEY(IPPROTO, 51, ah_print)

void ah_print(struct dctx *d, struct cursor c, unsigned len,
	      const struct ipinfo *ip)
{
	unsigned nh, alen, hlen, k;
	struct ipinfo next;

	if (!cur_has(&c, 1)) {
		decode_trunc(d, "ah");
		return;
	}
	nh = cur_peek(&c, 0);
	out_str("AH");
	if (!cur_has(&c, 2))
		goto trunc;
	alen = cur_peek(&c, 1);
	hlen = (alen + 2) * 4;
	out_char('(');
	if (d->vflag)
		out_fmt("length=%u(%u-bytes),", alen, hlen);
	if (!cur_has(&c, 4))
		goto trunc;
	if (cur_peek_be16(&c, 2))
		out_fmt("reserved=0x%x[MustBeZero],", cur_peek_be16(&c, 2));
	if (!cur_has(&c, 8))
		goto trunc;
	out_fmt("spi=0x%08x,", cur_peek_be32(&c, 4));
	if (!cur_has(&c, 12))
		goto trunc;
	out_fmt("seq=0x%x,icv=0x", cur_peek_be32(&c, 8));
	for (k = 12; k < hlen; k++) {
		if (!rt_has(&c, k, 1))
			goto trunc;
		out_hex(cur_peek(&c, k), 2);
	}
	out_str("): ");
	/* what follows, as ip_demux_print goes on in tcpdump */
	next = *ip;
	next.nh = (uint8_t)nh;
	next.len = len - hlen;
	cur_skip(&c, hlen);
	if (nh == 62 || nh == 135) {
		/* the mobility header is an IPv6 chain member, which
		 * tcpdump's demultiplexer after AH does not know */
		const char *name = d->nflag ? NULL : ipproto_name(nh);

		if (name)
			out_fmt(" %s %u", name, len - hlen);
		else
			out_fmt(" ip-proto-%u %u", nh, len - hlen);
		return;
	}
	ip_demux_print(d, c, len - hlen, &next);
	return;
trunc:
	decode_trunc_cut(d, "ah");
}
