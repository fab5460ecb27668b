/* sctp.h - the payload printers SCTP's DATA chunks call (print-sctp.c):
 * M3UA (print-m3ua.c) and ForCES (print-forces.c). c and len are the
 * chunk's user data. */
#ifndef DECODE_SCTP_H
#define DECODE_SCTP_H

#include "decode.h"

void m3ua_print(struct dctx *d, struct cursor c, unsigned len);
/* ForCES ports 6704 (high priority), 6705, 6706 (low). */
void forces_print(struct dctx *d, struct cursor c, unsigned len);

#endif
