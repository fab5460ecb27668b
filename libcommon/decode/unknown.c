/* unknown.c - undecoded fields as hex (tcpdump's print_unknown_data). */
#include "decode.h"
#include "out.h"
#include "unknown.h"

void unknown_data_print(const struct cursor *c, size_t off, unsigned len,
			const char *ident)
{
	struct cursor t = *c;

	if (off > cur_left(c)) {
		out_str(ident);
		out_str("Dissector error: print_unknown_data called with "
			"pointer past end of packet");
		return;
	}
	cur_skip(&t, off);
	decode_hex_ident(t, len, ident);
}
