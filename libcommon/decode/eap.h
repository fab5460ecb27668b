/* eap.h - EAP messages inside other protocols (print-eap.c). */
#ifndef TCPBOX_DECODE_EAP_H
#define TCPBOX_DECODE_EAP_H

#include "decode.h"

/* An EAP packet (RFC 3748) of len bytes, as tcpdump's eap_print; a
 * truncation is marked as proto's. */
void eap_print(struct dctx *d, struct cursor c, unsigned len,
	       const char *proto);

#endif
