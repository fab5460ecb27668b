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

static const struct tok fcode_str[] = {
	{ 1, "Reply" },
	{ 2, "Forward Data" },
	{ 0, NULL }
};

/* " (invalid)", and the marker if the rest was not captured. */
static void invalid_rest(struct dctx *d, struct cursor c, unsigned off,
			 unsigned len)
{
	decode_invalid(d);
	if (!cur_has(&c, off + len))
		decode_trunc_cut(d, "loopback");
}

/* The first message, at off. */
static void message_print(struct dctx *d, struct cursor c, unsigned off,
			  unsigned len)
{
	unsigned func, k;
	uint8_t mac[6];

	{
		if (len < 2)
			return invalid_rest(d, c, off, len);
		if (!cur_has(&c, off + 2))
			return decode_trunc_cut(d, "loopback");
		func = le16(c, off);
		off += 2;
		len -= 2;
		out_str(", ");
		tok_print(fcode_str, func, " invalid (%u)");
		if (func == 1) {
			if (len < 2)
				return invalid_rest(d, c, off, len);
			if (!cur_has(&c, off + 2))
				return decode_trunc_cut(d, "loopback");
			out_fmt(", receipt number %u, data (%u octets)",
				le16(c, off), len - 2);
			if (!cur_has(&c, off + len))
				decode_trunc_cut(d, "loopback");
			return;
		}
		if (func != 2) {
			if (!cur_has(&c, off + len))
				decode_trunc_cut(d, "loopback");
			return;
		}
		if (len < 6)
			return invalid_rest(d, c, off, len);
		if (!cur_has(&c, off + 6))
			return decode_trunc_cut(d, "loopback");
		for (k = 0; k < 6; k++)
			mac[k] = cur_peek(&c, off + k);
		out_str(", forwarding address ");
		decode_etheraddr(d, mac);
		off += 6;
		len -= 6;
		out_fmt(", data (%u octets)", len);
		if (!cur_has(&c, off + len))
			decode_trunc_cut(d, "loopback");
	}
}

DECODE_KEY(ETHERTYPE, 0x9000, loopback_print)

void loopback_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned skip;

	out_str("Loopback");
	if (len < 2)
		return invalid_rest(d, c, 0, len);
	if (!cur_has(&c, 2)) {
		decode_trunc_cut(d, "loopback");
		return;
	}
	skip = le16(c, 0);
	out_fmt(", skipCount %u", skip);
	if (skip % 8)
		out_str(" (bogus)");
	if (skip > len - 2)
		return invalid_rest(d, c, 0, len);
	message_print(d, c, 2 + skip, len - 2 - skip);
}
