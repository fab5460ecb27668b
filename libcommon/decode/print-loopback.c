/* print-loopback.c - Ethernet configuration testing protocol (ECTP,
 * ethertype 0x9000, "Loopback"; Ethernet v2.0 spec section 8).
 *   | skipCount (LE16) | ... | function (LE16) | receipt no | data |
 * Output as tcpdump 4.99 print-loopback.c.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

static unsigned le16(struct cursor c, unsigned off)
{
	return cur_peek(&c, off) | cur_peek(&c, off + 1) << 8;
}

static void message_print(struct dctx *d, struct cursor c, unsigned off,
			  unsigned len)
{
	unsigned func;
	uint8_t mac[6];
	unsigned k;

	if (len < 2 || !cur_has(&c, off + 2)) {
		if (len < 2)
			decode_invalid(d);
		else
			decode_trunc(d, "loopback");
		return;
	}
	func = le16(c, off);
	out_str(", ");
	out_str(func == 1 ? "Reply" : func == 2 ? "Forward Data" : "");
	if (func != 1 && func != 2)
		out_fmt(" invalid (%u)", func);
	if (func == 1) {
		if (len < 4) {
			decode_invalid(d);
			return;
		}
		out_fmt(", receipt number %u, data (%u octets)", le16(c, off + 2),
			len - 4);
		if (!cur_has(&c, off + len))
			decode_trunc(d, "loopback");
	} else if (func == 2) {
		if (len < 8) {
			decode_invalid(d);
			return;
		}
		if (!cur_has(&c, off + 8)) {
			decode_trunc(d, "loopback");
			return;
		}
		for (k = 0; k < 6; k++)
			mac[k] = cur_peek(&c, off + 2 + k);
		out_str(", forwarding address ");
		decode_etheraddr(d, mac);
		out_fmt(", data (%u octets)", len - 8);
		if (!cur_has(&c, off + len))
			decode_trunc(d, "loopback");
	}
}

DECODE_KEY(ETHERTYPE, 0x9000, loopback_print)

void loopback_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned skip;

	out_str("Loopback");
	if (len < 2) {
		decode_invalid(d);
		return;
	}
	if (!cur_has(&c, 2)) {
		decode_trunc(d, "loopback");
		return;
	}
	skip = le16(c, 0);
	out_fmt(", skipCount %u", skip);
	if (skip % 8)
		out_str(" (bogus)");
	if (skip > len - 2) {
		decode_invalid(d);
		return;
	}
	message_print(d, c, 2 + skip, len - 2 - skip);
}
