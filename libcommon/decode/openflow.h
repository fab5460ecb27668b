/* openflow.h - what the OpenFlow printers share (print-openflow.c, the
 * messages and 1.3 bodies; print-openflow-1.0.c, the 1.0 bodies). */
#ifndef DECODE_OPENFLOW_H
#define DECODE_OPENFLOW_H

#include "decode.h"

/* A segment; offsets are from its start. */
struct of {
	struct dctx *d;
	struct cursor c;
	bool cut;	/* a read went past the capture */
};

bool of_has(const struct of *o, uint64_t off, uint64_t len);
/* An n-byte (at most 4) big-endian value; cut when not captured. */
uint32_t of_get(struct of *o, uint64_t off, unsigned n);
uint64_t of_get8(struct of *o, uint64_t off);
/* Sets cut unless len bytes at off are captured; returns !cut. */
bool of_check(struct of *o, uint64_t off, uint64_t len);
/* " (NAME, NAME)" for v's bits in t, " (bogus)" for bits outside mask. */
void of_bits(const struct tok *t, uint32_t v, uint32_t mask);
/* pre, the 32-bit value in hex and its bits' names. */
bool of_bits32(struct of *o, uint64_t off, const char *pre,
	       const struct tok *t, uint32_t mask);
/* pre and an n-byte value's name from t, else fmt. */
bool of_named(struct of *o, uint64_t off, unsigned n, const char *pre,
	      const struct tok *t, const char *fmt);
/* pre and the Ethernet address at off. */
bool of_mac(struct of *o, uint64_t off, const char *pre);
/* OpenFlow 1.3 data: its length, with -vv its bytes. */
void of_data(struct of *o, uint64_t off, uint32_t len);
/* An experimenter (vendor) id's name, or "unknown". */
const char *of_vendor_name(uint32_t id);

/* A version 1.0 message's body at off; len: the body's length. */
void of10_body(struct of *o, unsigned type, uint64_t off, uint32_t len);

#endif
