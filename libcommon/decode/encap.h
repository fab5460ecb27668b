/* encap.h - printers of link encapsulations and tunnels that call one
 * another (PPP inside PPPoE, L2TP, GRE, Juniper; MPLS under several).
 */
#ifndef TCPBOX_DECODE_ENCAP_H
#define TCPBOX_DECODE_ENCAP_H

#include "decode.h"

/* A PPP frame from its address field (or protocol field when the
 * address and control fields are compressed away); returns the length
 * of the PPP header. */
unsigned ppp_print(struct dctx *d, struct cursor c, unsigned len);
/* PPPoE discovery or session header and what it carries. */
void pppoe_print(struct dctx *d, struct cursor c, unsigned len);
/* Cisco HDLC from its address byte; returns the length the -x/-X dumps
 * skip (all of a frame cut short). */
unsigned chdlc_print(struct dctx *d, struct cursor c, unsigned len);
/* An MPLS label stack and what its bottom label carries. */
void mpls_print(struct dctx *d, struct cursor c, unsigned len);
/* NSH (RFC 8300) and its payload. */
void nsh_print(struct dctx *d, struct cursor c, unsigned len);
/* An ATM OAM cell; hec: the cell header has its HEC byte. */
void oam_print(struct dctx *d, struct cursor c, unsigned len, bool hec);
/* Frame Relay from the Q.922 address, FRF.16 multilink frames, Q.933
 * from its call reference; the first two return the header length. */
unsigned fr_print(struct dctx *d, struct cursor c, unsigned len);
unsigned mfr_print(struct dctx *d, struct cursor c, unsigned len);
void q933_print(struct dctx *d, struct cursor c, unsigned len);
/* An OSI PDU of any NLPID, as tcpdump's links that carry OSI hand it
 * over: the ISO network layer printer (the one of LLC SAP 0xfe), else
 * the NLPID table's printer of its first byte. */
void encap_osi_print(struct dctx *d, struct cursor c, unsigned len);
/* tcpdump's default print of a payload: hex and ASCII of what was
 * captured of len bytes, then the marker of proto if that was less. */
void encap_default_print(struct dctx *d, struct cursor c, unsigned len,
			 const char *proto);

#endif
