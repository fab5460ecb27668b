/* print-msdp.c - the Multicast Source Discovery Protocol (RFC 3618),
 * TCP port 639.
 *
 *   | Type | Length (2) | Value ... |, one message after another
 * tcpdump prints each message's kind, with -v its length, with -vv the
 * multicast packet a Source-Active message carries.
 * Output as tcpdump 4.99 print-msdp.c.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

DECODE_PORT(TCP, 160, 639, 639, PORT_EITHER, msdp_print)

/* A Source-Active message's entry count, and what it carries. */
static void sa_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned n = cur_peek(&c, 0), off = n * 12 + 8;

	out_fmt(" %u entries", n);
	if (off >= len)
		return;
	out_str(" [w/data]");
	if (d->vflag < 2)
		return;
	out_char(' ');
	cur_skip(&c, off - 3);
	ip_print(d, c, len - off);
	/* a marker in the carried packet ends that packet only */
	if (!d->cut)
		d->stop = false;
}

void msdp_print(struct dctx *d, struct cursor c, unsigned length,
		const struct l4info *l4 DECODE_UNUSED)
{
	unsigned type = cur_peek(&c, 0), len = cur_peek_be16(&c, 1);

	out_str(": msdp");
	if (cur_has(&c, 3) && (len > 1500 || len < 3 || !type || type > 7))
		goto trunc;	/* not a message tcpdump decodes */
	while (length) {
		if (!cur_has(&c, 3))
			goto cut;
		type = cur_u8(&c);
		len = cur_be16(&c);
		if (len > 1400 || d->vflag)
			out_fmt(" [len %u]", len);
		if (len < 3 || length < len)
			goto trunc;
		length -= len;
		if (type == 1 || type == 3) {
			out_str(type == 1 ? " SA" : " SA-Response");
			if (!cur_has(&c, 1))
				goto cut;
			sa_print(d, c, len);
			if (d->cut)
				return;
		} else if (type == 2) {
			struct cursor t = c;
			uint8_t a[5];

			out_str(" SA-Request");
			if (!cur_bytes(&t, a, 5))
				goto cut;
			out_str(" for ");
			decode_ip4addr(d, a + 1);
		} else if (type == 4) {
			out_str(" Keepalive");
			if (len != 3)
				out_fmt("[len=%u] ", len);
		} else if (type == 5) {
			out_str(" Notification");
		} else {
			out_fmt(" [type=%u len=%u]", type, len);
		}
		cur_skip(&c, len - 3);
	}
	return;
trunc:
	decode_trunc(d, "msdp");
	return;
cut:
	decode_trunc_cut(d, "msdp");
}
