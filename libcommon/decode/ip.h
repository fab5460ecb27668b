/* ip.h - what the IPv4 and IPv6 printers share (decode/ internal). */
#ifndef TCPBOX_DECODE_IP_H
#define TCPBOX_DECODE_IP_H

#include "decode.h"

enum {
	IPP_HOPOPTS_ = 0,
	IPP_ICMP = 1,
	IPP_IGMP = 2,
	IPP_TCP = 6,
	IPP_UDP = 17,
	IPP_DCCP = 33,
	IPP_AH = 51,
	IPP_ROUTING = 43,
	IPP_FRAGMENT = 44,
	IPP_ICMPV6 = 58,
	IPP_NONE = 59,
	IPP_DSTOPTS = 60,
	IPP_SCTP = 132,
	IPP_MOBILITY = 135,
};

/* The protocol's name as tcpdump's ipproto_values has it, or NULL. */
const char *ipproto_name(unsigned nh);
/* Hand the transport payload to its printer (ip->nh). */
void ip_demux_print(struct dctx *d, struct cursor c, unsigned len,
		    const struct ipinfo *ip);
/* IPv4 options list (-v) of LEN bytes at C, which runs on to the end of
 * the capture; returns -1 if an option (or a field read past its end)
 * was not all captured, -2 if its code or length was not. */
int ip_options_print(struct dctx *d, struct cursor c, unsigned len);
/* tcpdump's in_cksum_shouldbe: the right value of a bad checksum. */
unsigned decode_cksum_shouldbe(unsigned sum, unsigned computed);

#endif
