/* af.h - IANA address family numbers as tcpdump 4.99 names them (its
 * af.c), for BGP's AFI and the LLDP and CFM management addresses.
 */
#ifndef TCPBOX_DECODE_AF_H
#define TCPBOX_DECODE_AF_H

#include "decode.h"

extern const struct tok af_values[];

#endif
