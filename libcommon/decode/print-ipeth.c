/* print-ipeth.c - Ethernet frames carried by IPv6 (IP protocol 143,
 * RFC 8986 segment routing End.DX2), printed as top-level Ethernet
 * frames, as tcpdump 4.99 does; tcpdump refuses them over IPv4.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

DECODE_KEY(IPPROTO, 143, ipeth_print)

void ipeth_print(struct dctx *d, struct cursor c, unsigned len,
		 const struct ipinfo *ip)
{
	if (ip->version == 6) {
		ether_if_print(d, c, len);
		return;
	}
	out_str("[Ethernet requires IPv6]");
	decode_invalid(d);
}
