/* ether.h - Ethernet frames for the printers that carry or extend them.
 * (An inner Ethernet frame, header first: ether_if_print, decode.h.) */
#ifndef TCPBOX_DECODE_ETHER_H
#define TCPBOX_DECODE_ETHER_H

#include <stdint.h>

#include "decode.h"

/* Prints a switch chip's tag of taglen bytes after the addresses. */
typedef void ether_tag_fn(struct dctx *d, struct cursor tag);

/* An Ethernet frame with a tag of taglen bytes between the source
 * address and the type (DSA, EDSA, Broadcom tags); returns the header
 * length, as a link printer. proto names the frame in a truncation
 * marker. */
unsigned ether_switch_tag_print(struct dctx *d, struct cursor c,
				unsigned len, ether_tag_fn *tag,
				unsigned taglen, const char *proto);

/* MACsec's SecTAG (print-macsec.c), at c after the 0x88e5 type: -1
 * when the payload follows in clear (c and len then cover it, ICV
 * removed), 0 when it is encrypted (the caller dumps c), 1 when the
 * SecTAG ended the packet (a marker was printed). */
int macsec_print(struct dctx *d, struct cursor *c, unsigned *len,
		 const uint8_t *src, const uint8_t *dst);

/* Arista's vendor header (print-arista.c), at c after the 0xd28b type:
 * the bytes it took (another type follows), or -1 for a subtype or
 * format it does not know; d->stop when the capture ended in it. */
int arista_print(struct dctx *d, struct cursor c);

#endif
