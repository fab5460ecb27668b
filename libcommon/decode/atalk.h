/* atalk.h - AppleTalk, for the link layers that carry it. */
#ifndef TCPBOX_DECODE_ATALK_H
#define TCPBOX_DECODE_ATALK_H

#include "decode.h"

/* DDP after an EtherTalk (or ARCnet, FDDI) header. */
void atalk_print(struct dctx *d, struct cursor c, unsigned len);
/* LocalTalk LLAP and what it carries; returns the header length, 0 when
 * the capture ended in it. */
unsigned llap_print(struct dctx *d, struct cursor c, unsigned len);

#endif
