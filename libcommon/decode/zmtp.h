/* zmtp.h - ZeroMQ messages inside other printers (print-zeromq.c). */
#ifndef TCPBOX_DECODE_ZMTP_H
#define TCPBOX_DECODE_ZMTP_H

#include "decode.h"

/* A ZMTP/1.0 datagram as ZeroMQ puts it in PGM data: a frame offset,
 * then frames (tcpdump's zmtp1_datagram_print). */
void zmtp1_datagram_print(struct dctx *d, struct cursor c, unsigned len);

#endif
