/* print-otv.c - Overlay Transport Virtualization
 * (draft-hasmit-otv-04), UDP port 8472.
 *
 *   | R R R R I R R R | overlay id (3) | instance id (3) | reserved |
 *   inner Ethernet frame ...
 * Output as tcpdump 4.99 print-otv.c; the inner frame is printed as a
 * top-level Ethernet frame.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

DECODE_PORT(UDP, 440, 8472, 8472, PORT_EITHER, otv_print)

enum { OTV_HDR_LEN = 8 };

void otv_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct l4info *l4 DECODE_UNUSED)
{
	unsigned flags, overlay, instance;

	out_str("OTV, ");
	if (len < OTV_HDR_LEN) {
		out_str("[|otv]");
		d->stop = true;
		return;
	}
	flags = cur_u8(&c);
	if (cur_short(&c))
		goto cut;
	out_fmt("flags [%s] (0x%02x), ", flags & 0x08 ? "I" : ".", flags);
	overlay = cur_be24(&c);
	if (cur_short(&c))
		goto cut;
	out_fmt("overlay %u, ", overlay);
	instance = cur_be24(&c);
	if (cur_short(&c))
		goto cut;
	out_fmt("instance %u\n", instance);
	if (!cur_skip(&c, 1))
		goto cut;
	ether_if_print(d, c, len - OTV_HDR_LEN);
	return;
cut:
	decode_trunc_cut(d, "otv");
}
