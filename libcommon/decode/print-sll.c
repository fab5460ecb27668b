/* print-sll.c - Linux "cooked" capture headers, v1 (DLT_LINUX_SLL, 16
 * bytes) and v2 (DLT_LINUX_SLL2, 20 bytes, what -i any gives).
 *
 * v1: pkttype(2) hatype(2) halen(2) addr(8) protocol(2)
 * v2: protocol(2) reserved(2) ifindex(4) hatype(2) pkttype(1) halen(1)
 *     addr(8)
 * See pcap-linktype(7). Output as tcpdump 4.99 print-sll.c.
 */
#include <net/if.h>
#include <stdio.h>

#include <pcap/dlt.h>

#include "decode.h"
#include "llc.h"
#include "out.h"
#include "table.h"

DECODE_DLT(DLT_LINUX_SLL, sll_if_print)
DECODE_DLT(DLT_LINUX_SLL2, sll2_if_print)

enum {
	SLL_HDR_LEN = 16, SLL2_HDR_LEN = 20, SLL_P_802_3 = 1, SLL_P_802_2 = 4,
	ETHER_MAX_LEN_VAL = 1500, ETHERTYPE_8021Q = 0x8100
};

static const struct tok pkttype_values[] = {
	{ 0, "In" },
	{ 1, "B" },
	{ 2, "M" },
	{ 3, "P" },
	{ 4, "Out" },
	{ 0, NULL }
};

struct sll {
	unsigned pkttype, halen, proto, ifindex;
	bool v2;
	uint8_t addr[8];
};

/* The header as -e shows it (and tcpdump without -e, before the dump of
 * an unknown type). */
static void sll_line(struct dctx *d, const struct sll *h, unsigned len)
{
	const char *s;

	if (h->v2) {
		out_fmt("ifindex %u ", h->ifindex);
	} else {
		s = tok_str(pkttype_values, h->pkttype);
		out_fmt("%3s ", s ? s : "?");
	}
	if (h->halen == 6) {
		decode_etheraddr(d, h->addr);
		out_char(' ');
	}
	if (d->qflag)
		return;
	if (h->proto <= ETHER_MAX_LEN_VAL) {
		if (h->proto == SLL_P_802_3)
			out_str("802.3");
		else if (h->proto == SLL_P_802_2)
			out_str("802.2");
		else
			out_fmt("ethertype Unknown (0x%04x)", h->proto);
	} else {
		const char *name = ethertype_name(h->proto);

		out_fmt("ethertype %s (0x%04x)", name ? name : "Unknown",
			h->proto);
	}
	out_fmt(", length %u: ", len);
}

/* 802.1Q tags (tcpdump's SLL walks only 0x8100), then the protocol:
 * up to 1500 no Ethernet type (1 raw IPX, 4 LLC, the others dumped
 * with no header line). Returns the header length with the tags. */
static unsigned sll_payload(struct dctx *d, struct cursor c, unsigned len,
			    const struct sll *h, unsigned hdrlen)
{
	decode_net_proto *fn = NULL;
	const char *s;
	unsigned tci, proto = h->proto, base = hdrlen;
	int n;

	while (proto == ETHERTYPE_8021Q) {
		if (cur_left(&c) < 4 || len < 4) {
			decode_trunc(d, "vlan");
			return hdrlen + (cur_left(&c) < 4 ?
					 (unsigned)cur_left(&c) : len);
		}
		tci = cur_be16(&c);
		if (d->eflag)
			out_fmt("vlan %u, p %u%s, ", tci & 0xfff, tci >> 13,
				tci & 0x1000 ? ", DEI" : "");
		proto = cur_be16(&c);
		if (proto <= ETHER_MAX_LEN_VAL)
			proto = SLL_P_802_2;
		if (!d->qflag) {
			s = ethertype_name(proto);
			out_fmt("ethertype %s, ", s ? s : "Unknown");
		}
		len -= 4;
		hdrlen += 4;
	}
	if (proto == SLL_P_802_2) {
		n = llc_print(d, c, len, NULL, NULL);
		if (n >= 0)
			return hdrlen + (unsigned)n;
	} else if (proto == SLL_P_802_3) {
		/* raw IPX: the printer of LLC SAP 0xe0, if it is built */
		fn = decode_net_lookup(DECODE_T_LLC, 0xe0);
	} else if (proto > ETHER_MAX_LEN_VAL) {
		if (ethertype_print(d, proto, c, len))
			return hdrlen;
		if (!d->eflag)
			sll_line(d, h, len + base);
	}
	if (fn)
		fn(d, c, len);
	else if (!d->xflag && !d->Xflag && !d->qflag)
		decode_hex_ascii(c, (unsigned)cur_left(&c), 0);
	return hdrlen;
}

/* An ARPHRD_IEEE80211_RADIOTAP (803) frame: tcpdump hands what follows
 * the header to the radiotap printer; 0 when it is another type. */
static unsigned sll_radiotap(struct dctx *d, struct cursor c, unsigned len,
			     unsigned hatype, unsigned hdrlen)
{
	decode_link_proto *fn = decode_dlt_lookup(DLT_IEEE802_11_RADIO);

	if (hatype != 803 || !fn)
		return 0;
	return hdrlen + fn(d, c, len - hdrlen);
}

unsigned sll_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct sll h = { 0 };
	unsigned hatype, r;

	if (cur_left(&c) < SLL_HDR_LEN) {
		decode_trunc_cut(d, "sll");
		return (unsigned)cur_left(&c);
	}
	h.pkttype = cur_be16(&c);
	hatype = cur_be16(&c);
	h.halen = cur_be16(&c);
	cur_bytes(&c, h.addr, 8);
	h.proto = cur_be16(&c);
	if (d->eflag)
		sll_line(d, &h, len);
	if ((r = sll_radiotap(d, c, len, hatype, SLL_HDR_LEN)))
		return r;
	return sll_payload(d, c, len - SLL_HDR_LEN, &h, SLL_HDR_LEN);
}

unsigned sll2_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct sll h = { .v2 = true };
	char ifname[IF_NAMESIZE + 1];
	const char *s;
	unsigned hatype, r;

	if (cur_left(&c) < SLL2_HDR_LEN) {
		decode_trunc_cut(d, "sll2");
		return (unsigned)cur_left(&c);
	}
	h.proto = cur_be16(&c);
	cur_be16(&c);
	h.ifindex = cur_be32(&c);
	hatype = cur_be16(&c);
	h.pkttype = cur_u8(&c);
	h.halen = cur_u8(&c);
	cur_bytes(&c, h.addr, 8);
	if (!if_indextoname(h.ifindex, ifname))
		snprintf(ifname, sizeof(ifname), "?");
	out_fmt("%-5s ", ifname);
	s = tok_str(pkttype_values, h.pkttype);
	out_fmt("%-3s ", s ? s : "?");
	if (d->eflag)
		sll_line(d, &h, len);
	if ((r = sll_radiotap(d, c, len, hatype, SLL2_HDR_LEN)))
		return r;
	return sll_payload(d, c, len - SLL2_HDR_LEN, &h, SLL2_HDR_LEN);
}
