/* print-ether.c - Ethernet II / 802.3 frames, 802.1Q and QinQ tags.
 *
 *   +----------+----------+------+---------+
 *   | dst (6)  | src (6)  | type | payload |   type <= 1500: a length
 *   +----------+----------+------+---------+
 * IEEE 802.3, 802.1Q. Output as tcpdump 4.99 print-ether.c.
 */
#include <pcap/dlt.h>

#include "decode.h"
#include "out.h"
#include "table.h"

enum {
	ETHER_HDRLEN = 14,
	ETHER_MAX_LEN_VAL = 1500,
	ETHERTYPE_IP = 0x0800,
	ETHERTYPE_ARP = 0x0806,
	ETHERTYPE_REVARP = 0x8035,
	ETHERTYPE_8021Q = 0x8100,
	ETHERTYPE_IPV6 = 0x86dd,
	ETHERTYPE_8021QINQ = 0x88a8,
	ETHERTYPE_8021Q9100 = 0x9100,
	ETHERTYPE_8021Q9200 = 0x9200,
};

static const struct tok ethertype_values[] = {
	{ 0x0800, "IPv4" },
	{ 0x8847, "MPLS unicast" },
	{ 0x8848, "MPLS multicast" },
	{ 0x86dd, "IPv6" },
	{ 0x8100, "802.1Q" },
	{ 0x9100, "802.1Q-9100" },
	{ 0x88a8, "802.1Q-QinQ" },
	{ 0x9200, "802.1Q-9200" },
	{ 0x88e5, "802.1AE MACsec" },
	{ 0x6002, "DEC MOP RC" },
	{ 0x6001, "DEC MOP DL" },
	{ 0x6003, "DN" },
	{ 0x6004, "LAT" },
	{ 0x6005, "DEC Diag" },
	{ 0x6006, "DEC Cust" },
	{ 0x6007, "SCA" },
	{ 0x8038, "DEC LanBridge" },
	{ 0x803e, "DEC DTS" },
	{ 0x8042, "DEC LanBridge2" },
	{ 0x0806, "ARP" },
	{ 0x8035, "Reverse ARP" },
	{ 0x809b, "Appletalk" },
	{ 0x80f3, "Appletalk ARP" },
	{ 0x8137, "IPX" },
	{ 0x880b, "PPP" },
	{ 0x880a, "CobraNet" },
	{ 0x8809, "Slow Protocols" },
	{ 0x8808, "MAC control" },
	{ 0x8863, "PPPoE D" },
	{ 0x8864, "PPPoE S" },
	{ 0x9000, "Loopback" },
	{ 0x0060, "Loopback" },
	{ 0x888e, "EAPOL" },
	{ 0x88cc, "LLDP" },
	{ 0x8902, "CFM" },
	{ 0x22f0, "AVB" },
	{ 0x88f7, "PTP" },
	{ 0x8906, "FCoE" },
	{ 0x8914, "FIP" },
	{ 0x22ea, "SRP" },
	{ 0x8870, "Jumbo" },
	{ 0x88b5, "Experimental1" },
	{ 0x88b6, "Experimental2" },
	{ 0x8892, "PROFINET" },
	{ 0x8914, "FIP" },
	{ 0x8915, "RDMA-RoCE" },
	{ 0x893a, "IEEE1905.1" },
	{ 0x894f, "NSH" },
	{ 0x0842, "Wake-on-LAN" },
	{ 0x86c6, "Mesh Netw" },
	{ 0x6558, "TEB" },
	{ 0x0707, "GeoNet (old)" },
	{ 0x8947, "GeoNet" },
	{ 0x1111, "CALM FAST" },
	{ 0x88ca, "TIPC" },
	{ 0, NULL }
};

const char *ethertype_name(unsigned type)
{
	return tok_str(ethertype_values, type);
}

static void ether_type_print(struct dctx *d, unsigned type)
{
	if (!d->qflag) {
		out_str("ethertype ");
		tok_print(ethertype_values, type, "Unknown");
		out_fmt(" (0x%04x)", type);
	} else {
		tok_print(ethertype_values, type, "Unknown Ethertype (0x%04x)");
	}
}

/* tcpdump's default payload print: hex and ASCII, unless -x/-X/-A. */
static void default_print(struct dctx *d, struct cursor c)
{
	if (!d->xflag && !d->Xflag && !d->Aflag)
		decode_hex_ascii(c, (unsigned)cur_left(&c), 0);
}

bool ethertype_print(struct dctx *d, unsigned type, struct cursor c,
		     unsigned len)
{
	decode_net_proto *fn = decode_net_lookup(DECODE_T_ETHERTYPE, type);

	if (!fn)
		return false;
	fn(d, c, len);
	return true;
}

static bool is_vlan(unsigned type)
{
	return type == ETHERTYPE_8021Q || type == ETHERTYPE_8021QINQ ||
	       type == ETHERTYPE_8021Q9100 || type == ETHERTYPE_8021Q9200;
}

static void addresses_print(struct dctx *d, const uint8_t *src,
			    const uint8_t *dst)
{
	decode_etheraddr(d, src);
	out_str(" > ");
	decode_etheraddr(d, dst);
	out_str(", ");
}

DECODE_DLT(DLT_EN10MB, ether_if_print)

unsigned ether_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned caplen = (unsigned)cur_left(&c), orig_len = len;
	unsigned hdrlen = ETHER_HDRLEN, type;
	uint8_t dst[6], src[6];
	bool printed_len = false, printed;

	if (len < caplen) {
		out_fmt("[length %u < caplen %u]", len, caplen);
		decode_invalid(d);
		return len;
	}
	if (caplen < ETHER_HDRLEN) {
		decode_trunc(d, "ether");
		return caplen;
	}
	cur_bytes(&c, dst, 6);
	cur_bytes(&c, src, 6);
	if (d->eflag)
		addresses_print(d, src, dst);
	type = cur_be16(&c);
	len -= ETHER_HDRLEN;
	while (is_vlan(type)) {
		unsigned tci;

		if (cur_left(&c) < 4 || len < 4) {
			decode_trunc(d, "vlan");
			return hdrlen + (unsigned)cur_left(&c);
		}
		tci = cur_be16(&c);
		if (d->eflag) {
			ether_type_print(d, type);
			if (!printed_len) {
				out_fmt(", length %u: ", orig_len);
				printed_len = true;
			} else {
				out_str(", ");
			}
			out_fmt("vlan %u, p %u%s, ", tci & 0xfff, tci >> 13,
				tci & 0x1000 ? ", DEI" : "");
		}
		type = cur_be16(&c);
		len -= 4;
		hdrlen += 4;
	}
	if (type <= ETHER_MAX_LEN_VAL) {
		/* 802.3 length field followed by LLC: not decoded here */
		if (d->eflag)
			out_fmt("802.3, length %u: ", orig_len);
		else
			addresses_print(d, src, dst);
		out_fmt("LLC, length %u", type);
		default_print(d, c);
		return hdrlen;
	}
	if (d->eflag) {
		ether_type_print(d, type);
		if (!printed_len)
			out_fmt(", length %u: ", orig_len);
		else
			out_str(", ");
	}
	d->ether_src = src;	/* GeoNet and CALM FAST print it */
	printed = ethertype_print(d, type, c, len);
	d->ether_src = NULL;
	if (!printed) {
		if (!d->eflag) {
			addresses_print(d, src, dst);
			ether_type_print(d, type);
			out_fmt(", length %u: ", orig_len);
		}
		default_print(d, c);
	}
	return hdrlen;
}
