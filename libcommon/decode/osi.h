/* osi.h - ISO addresses as tcpdump prints them, for the OSI printers
 * (IS-IS, ES-IS, CLNP) and BGP's NSAP address family.
 */
#ifndef TCPBOX_DECODE_OSI_H
#define TCPBOX_DECODE_OSI_H

#include <stdint.h>

#include "decode.h"

/* Longest NSAP tcpdump formats (isonsap_string). */
enum { OSI_NSAP_MAX = 20 };

/* An NSAP of len bytes as "49.0001.0203...": the first byte, then
 * pairs after dots; len 0 or over OSI_NSAP_MAX prints tcpdump's
 * "isonsap_string: illegal length". */
void osi_nsap_print(const uint8_t *a, unsigned len);
/* The NSAP at the cursor's position, len bytes; false (nothing
 * printed) if they were not captured. */
bool osi_nsap_print_at(struct cursor c, unsigned len);

/* An OSI PDU (CLNP, ES-IS, IS-IS, ...) whose first byte, at the cursor,
 * is its network layer protocol id; len is its length on the wire. The
 * NLPID table's printers take the cursor this way too. */
void isoclns_print(struct dctx *d, struct cursor c, unsigned len);

#endif
