/* unknown.h - tcpdump's print_unknown_data, for the printers that show
 * a field they do not decode as indented hex.
 */
#ifndef TCPBOX_DECODE_UNKNOWN_H
#define TCPBOX_DECODE_UNKNOWN_H

#include <stddef.h>

#include "cursor.h"

/* Hex of what was captured of len bytes at off, each line starting
 * with ident; off past the capture prints tcpdump's dissector error. */
void unknown_data_print(const struct cursor *c, size_t off, unsigned len,
			const char *ident);

#endif
