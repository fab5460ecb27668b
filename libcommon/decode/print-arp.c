/* print-arp.c - ARP and RARP for IPv4 over Ethernet (RFC 826, 903).
 *
 *   | hrd (2) | pro (2) | hln | pln | op (2) | sha | spa | tha | tpa |
 * Output as tcpdump 4.99 print-arp.c.
 */
#include "decode.h"
#include "out.h"

enum { ARP_REQUEST = 1, ARP_REPLY = 2, RARP_REQUEST = 3, RARP_REPLY = 4 };

void arp_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned hrd, pro, hln, pln, op;
	uint8_t sha[6], spa[4], tha[6], tpa[4];

	if (!d->eflag)
		out_str("ARP, ");
	hrd = cur_be16(&c);
	pro = cur_be16(&c);
	hln = cur_u8(&c);
	pln = cur_u8(&c);
	op = cur_be16(&c);
	if (cur_short(&c)) {
		decode_trunc(d, "arp");
		return;
	}
	if (pro != 0x0800 || hln != 6 || pln != 4 || (hrd != 1 && hrd != 6)) {
		out_fmt("%s, ", hrd == 1 ? "Ethernet (len 6)" : "Unknown Hardware");
		out_fmt("Unknown Protocol (0x%04x)", pro);
		out_fmt(", length %u", len);
		return;
	}
	cur_bytes(&c, sha, 6);
	cur_bytes(&c, spa, 4);
	cur_bytes(&c, tha, 6);
	cur_bytes(&c, tpa, 4);
	if (cur_short(&c)) {
		decode_trunc(d, "arp");
		return;
	}
	switch (op) {
	case ARP_REQUEST:
		out_str("Request who-has ");
		decode_ip4addr(d, tpa);
		out_str(" tell ");
		decode_ip4addr(d, spa);
		break;
	case ARP_REPLY:
		out_str("Reply ");
		decode_ip4addr(d, spa);
		out_str(" is-at ");
		decode_etheraddr(d, sha);
		break;
	case RARP_REQUEST:
		out_str("Reverse Request who-is ");
		decode_etheraddr(d, tha);
		out_str(" tell ");
		decode_etheraddr(d, sha);
		break;
	case RARP_REPLY:
		out_str("Reverse Reply ");
		decode_etheraddr(d, tha);
		out_str(" at ");
		decode_ip4addr(d, tpa);
		break;
	default:
		out_fmt("Unknown (%u)", op);
		break;
	}
	out_fmt(", length %u", len);
}
