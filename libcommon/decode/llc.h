/* llc.h - IEEE 802.2 LLC and SNAP, for the link layers that carry them. */
#ifndef TCPBOX_DECODE_LLC_H
#define TCPBOX_DECODE_LLC_H

#include <stdbool.h>
#include <stdint.h>

#include "decode.h"

/* The LLC header and what it carries; src and dst are the link
 * addresses (MAC-48) printed when -e did not print them, or NULL.
 * Returns the LLC (+SNAP) header length, negated when nothing printed
 * the payload (the caller then dumps it as tcpdump's default print). */
int llc_print(struct dctx *d, struct cursor c, unsigned len,
	      const uint8_t *src, const uint8_t *dst);
/* A SNAP header and its payload; bridge_pad bytes precede a bridged
 * frame. Returns false if no printer had the OUI and protocol id. */
bool snap_print(struct dctx *d, struct cursor c, unsigned len,
		const uint8_t *src, const uint8_t *dst, unsigned bridge_pad);
/* The name tcpdump gives an organizationally unique identifier, or
 * NULL. */
const char *oui_name(unsigned oui);

#endif
