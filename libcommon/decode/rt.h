/* rt.h - helpers the routing and control-plane printers share
 * (decode/ internal; rtutil.c). */
#ifndef TCPBOX_DECODE_RT_H
#define TCPBOX_DECODE_RT_H

#include <stdbool.h>
#include <stdint.h>

#include "decode.h"

/* A time in seconds as tcpdump's unsigned_relts_print: 1w2d3h4m5s. */
void rt_relts_print(uint32_t secs);
/* The same for a signed value (tcpdump's signed_relts_print). */
void rt_signed_relts_print(int32_t secs);
/* The IPv4 address at offset off of c; false (nothing printed) if it
 * was not captured. */
bool rt_ip4_at(struct dctx *d, struct cursor c, unsigned off);
/* The same for an IPv4 (version 4) or IPv6 (6) address. */
bool rt_addr_at(struct dctx *d, struct cursor c, unsigned off, int version);
/* Are the n bytes at offset off of c captured? */
static inline bool rt_has(const struct cursor *c, unsigned off, unsigned n)
{
	return cur_left(c) >= (size_t)off + n;
}

/* The prefix length of a contiguous IPv4 netmask, else -1. */
int rt_mask2plen(uint32_t mask);

/* Address family numbers (tcpdump's af_values) and MPLS pseudowire
 * types (mpls_pw_types_values). */
extern const struct tok rt_af_values[];
extern const struct tok rt_pw_types[];
enum { RT_AFNUM_INET = 1, RT_AFNUM_INET6 = 2 };

/* A BGP-style prefix (length byte, then the significant bytes) of
 * family 4 or 6 at off of c, within itemlen bytes; printed as
 * label then "addr/len" when it returns its length. Else nothing is printed and
 * it returns -1 (bad length), -2 (not captured) or -3 (past itemlen),
 * as tcpdump's decode_prefix4/6. */
int rt_prefix_print(struct dctx *d, struct cursor c, unsigned off,
		    unsigned itemlen, int family, const char *label);

/* GMPLS names (RFC 3471): encodings, switching capabilities,
 * payloads (tcpdump's gmpls.c). */
extern const struct tok rt_gmpls_encoding[];
extern const struct tok rt_gmpls_switch_cap[];
extern const struct tok rt_gmpls_payload[];

/* The IEEE 754 single of a 32-bit word (tcpdump's union). */
float rt_float(uint32_t bits);

/* Printers IGMP hands its types to: c and len start at the IGMP
 * header. */
void dvmrp_print(struct dctx *d, struct cursor c, unsigned len);
void pimv1_print(struct dctx *d, struct cursor c, unsigned len);

#endif
