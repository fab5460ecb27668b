/* gmpls.h - GMPLS and DiffServ-TE values (RFC 3471, RFC 4124, RFC 4202)
 * as tcpdump 4.99 names them, for the traffic engineering sub-TLVs of
 * IS-IS and OSPF and the RSVP/LMP objects that carry the same fields.
 */
#ifndef TCPBOX_DECODE_GMPLS_H
#define TCPBOX_DECODE_GMPLS_H

#include <stddef.h>
#include <stdint.h>

#include "cursor.h"
#include "decode.h"

/* Link protection type flags (RFC 4202 2.2). */
extern const struct tok gmpls_link_prot[];
/* Interface switching capabilities (RFC 4202 2.4). */
extern const struct tok gmpls_switch_caps[];
/* LSP encoding types (RFC 3471 3.1.1). */
extern const struct tok gmpls_encodings[];
/* Bandwidth constraints models (RFC 4124). */
extern const struct tok gmpls_bc_models[];

/* A bandwidth sent as an IEEE 754 float of bytes per second, as
 * "%.3f Mbps". */
void gmpls_bw_print(uint32_t ieee);
/* n bandwidths at off (4 bytes each, captured), each as
 * "<ind><label><i>: <bw>". */
void gmpls_bw_list(const struct cursor *c, size_t off, unsigned n,
		   const char *ind, const char *label);

#endif
