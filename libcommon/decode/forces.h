/* forces.h - ForCES TLVs (print-forces-tlv.c) for print-forces.c. */
#ifndef DECODE_FORCES_H
#define DECODE_FORCES_H

#include "decode.h"

/* One ForCES message; offsets are from its start. */
struct fc {
	struct dctx *d;
	struct cursor c;
	bool cut;	/* a read went past the capture */
};

/* The TLVs after the common header of a message of mlen bytes, by its
 * type's rules (flags) with print, the operations it allows in op_msk;
 * -1 on an error (the message is then dumped in hex). */
int forces_tlvs(struct fc *f, unsigned mlen, unsigned flags, int kind,
		unsigned op_msk);

/* the top-level TLV printers (kind) */
enum { FK_LFBSELECT, FK_TEARDOWN, FK_REDIRECT, FK_ASRESULT };
/* the flags of message types */
enum { ZERO_TTLV = 0x01, ZERO_MORE_TTLV = 0x02, ONE_MORE_TTLV = 0x04 };

#endif
