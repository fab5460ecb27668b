/* print-ether.c - Ethernet II / 802.3 frames, 802.1Q and QinQ tags.
 *
 *   +----------+----------+------+---------+
 *   | dst (6)  | src (6)  | type | payload |   type <= 1500: a length
 *   +----------+----------+------+---------+
 * IEEE 802.3, 802.1Q. Output as tcpdump 4.99 print-ether.c.
 */
#include <pcap/dlt.h>

#include "decode.h"
#include "ether.h"
#include "llc.h"
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
	ETHERTYPE_MACSEC = 0x88e5,
	ETHERTYPE_JUMBO = 0x8870,
	ETHERTYPE_ARISTA = 0xd28b,
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
	{ 0x0200, "PUP" },
	{ 0x0806, "ARP" },
	{ 0x8035, "Reverse ARP" },
	{ 0x0600, "NS" },
	{ 0x0500, "Sprite" },
	{ 0x1000, "Trail" },
	{ 0x6001, "MOP DL" },
	{ 0x6002, "MOP RC" },
	{ 0x6003, "DN" },
	{ 0x6004, "LAT" },
	{ 0x6007, "SCA" },
	{ 0x6558, "TEB" },
	{ 0x8038, "Lanbridge" },
	{ 0x803c, "DEC DNS" },
	{ 0x803e, "DEC DTS" },
	{ 0x805b, "VEXP" },
	{ 0x805c, "VPROD" },
	{ 0x809b, "Appletalk" },
	{ 0x80f3, "Appletalk ARP" },
	{ 0x8137, "IPX" },
	{ 0x880b, "PPP" },
	{ 0x8808, "MPCP" },
	{ 0x8809, "Slow Protocols" },
	{ 0x8863, "PPPoE D" },
	{ 0x8864, "PPPoE S" },
	{ 0x888e, "EAPOL" },
	{ 0x8899, "Realtek protocols" },
	{ 0x886f, "MS NLB heartbeat" },
	{ 0x8870, "Jumbo" },
	{ 0x894f, "NSH" },
	{ 0x9000, "Loopback" },
	{ 0xfefe, "OSI" },
	{ 0x00fe, "GRE-OSI" },
	{ 0xabcd, "CFM (old)" },
	{ 0x8902, "CFM" },
	{ 0x893a, "IEEE1905.1" },
	{ 0x88cc, "LLDP" },
	{ 0x88ca, "TIPC" },
	{ 0x0707, "GeoNet (old)" },
	{ 0x8947, "GeoNet" },
	{ 0x1111, "CALM FAST" },
	{ 0x88a2, "AoE" },
	{ 0x88f7, "PTP" },
	{ 0xd28b, "Arista Vendor Specific Protocol" },
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

/* tcpdump's default payload print: hex and ASCII, unless -x, -X or -q
 * (-A does not suppress it). */
static void default_print(struct dctx *d, struct cursor c)
{
	if (!d->xflag && !d->Xflag && !d->qflag)
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

/* What the header walk knows of the frame. */
struct ether_frame {
	uint8_t src[6], dst[6];
	unsigned orig_len;
	bool printed_len;	/* -e: ", length N: " is out */
	unsigned hdrlen;
};

/* -e: the type, then the length the first time. */
static void type_e_print(struct dctx *d, struct ether_frame *f,
			 unsigned type)
{
	ether_type_print(d, type);
	if (!f->printed_len) {
		out_fmt(", length %u: ", f->orig_len);
		f->printed_len = true;
	} else {
		out_str(", ");
	}
}

/* A length field: what is left (no more than it says) is LLC; after
 * the Jumbo type (draft-ietf-isis-ext-eth), all of it. */
static void ether_llc_print(struct dctx *d, struct cursor c, unsigned len,
			    struct ether_frame *f, unsigned length_field)
{
	int llc_hdrlen;

	if (length_field < len) {
		len = length_field;
		c = cur_sub(&c, len);
	}
	if (d->eflag && length_field <= ETHER_MAX_LEN_VAL) {
		out_str("802.3");
		if (!f->printed_len)
			out_fmt(", length %u: ", len);
	}
	llc_hdrlen = llc_print(d, c, len, f->src, f->dst);
	if (llc_hdrlen < 0) {
		default_print(d, c);
		llc_hdrlen = -llc_hdrlen;
	}
	f->hdrlen += (unsigned)llc_hdrlen;
}

/* A type no printer takes: the raw payload (without -e, after the
 * addresses and the type). */
static void unknown_type_print(struct dctx *d, struct cursor c,
			       struct ether_frame *f, unsigned type)
{
	if (!d->eflag) {
		addresses_print(d, f->src, f->dst);
		ether_type_print(d, type);
		out_fmt(", length %u: ", f->orig_len);
	}
	default_print(d, c);
}

/* MACsec's SecTAG; false when the frame ends with it. */
static bool ether_macsec(struct dctx *d, struct cursor *c, unsigned *len,
			 struct ether_frame *f)
{
	const uint8_t *start = c->p;
	unsigned left = (unsigned)cur_left(c);
	int r;

	if (d->eflag) {
		ether_type_print(d, ETHERTYPE_MACSEC);
		out_fmt(", length %u: ", f->orig_len);
		f->printed_len = true;
	}
	r = macsec_print(d, c, len, f->src, f->dst);
	/* a SecTAG that ends the packet takes the rest with it (no dump) */
	f->hdrlen += r > 0 ? left : (unsigned)(c->p - start);
	if (r == 0)
		default_print(d, *c);
	return r < 0;
}

/* The type field and everything after it. */
/* What the final type or length field announces. */
static void ether_payload(struct dctx *d, struct cursor c, unsigned len,
			  struct ether_frame *f, unsigned type)
{
	bool printed;

	if (type <= ETHER_MAX_LEN_VAL) {
		ether_llc_print(d, c, len, f, type);
		return;
	}
	if (type == ETHERTYPE_JUMBO) {
		ether_llc_print(d, c, len, f, 0xffff);
		return;
	}
	if (d->eflag)
		type_e_print(d, f, type);
	d->ether_src = f->src;	/* GeoNet and CALM FAST print it */
	printed = ethertype_print(d, type, c, len);
	d->ether_src = NULL;
	if (!printed)
		unknown_type_print(d, c, f, type);
}

/* The VLAN tags from *type on; *type becomes the type after them.
 * False when the frame ended in one. */
static bool ether_vlans(struct dctx *d, struct cursor *c, unsigned *len,
			struct ether_frame *f, unsigned *type)
{
	unsigned tci;

	while (is_vlan(*type)) {
		if (cur_left(c) < 4 || *len < 4) {
			decode_trunc(d, "vlan");
			f->hdrlen += cur_left(c) < 4 ? (unsigned)cur_left(c)
						      : *len;
			return false;
		}
		tci = cur_be16(c);
		if (d->eflag) {
			type_e_print(d, f, *type);
			out_fmt("vlan %u, p %u%s, ", tci & 0xfff, tci >> 13,
				tci & 0x1000 ? ", DEI" : "");
		}
		*type = cur_be16(c);
		*len -= 4;
		f->hdrlen += 4;
	}
	return true;
}

/* Arista's header; true when a type follows it (it is printed
 * whatever -e says). */
static bool ether_arista(struct dctx *d, struct cursor *c, unsigned *len,
			 struct ether_frame *f)
{
	int n;

	if (cur_left(c) < 2 || *len < 2) {
		out_str("[|arista]");
		d->stop = true;
		f->hdrlen += cur_left(c) < 2 ? (unsigned)cur_left(c) : *len;
		return false;
	}
	ether_type_print(d, ETHERTYPE_ARISTA);
	out_fmt(", length %u: ", f->orig_len);
	n = arista_print(d, *c);
	if (n > 0) {
		cur_skip(c, (size_t)n);
		*len -= (unsigned)n;
		f->hdrlen += (unsigned)n;
		return true;
	}
	if (!d->stop)
		unknown_type_print(d, *c, f, ETHERTYPE_ARISTA);
	return false;
}

/* The type field and everything after it. */
static void ether_type_walk(struct dctx *d, struct cursor c, unsigned len,
			    struct ether_frame *f)
{
	unsigned type;

	for (;;) {
		type = cur_be16(&c);
		if (cur_short(&c)) {
			decode_trunc_cut(d, "arista");
			return;
		}
		len -= 2;
		f->hdrlen += 2;
		f->printed_len = false;
		if (type == ETHERTYPE_MACSEC) {
			if (!ether_macsec(d, &c, &len, f))
				return;
			type = cur_be16(&c);
			if (cur_short(&c)) {
				decode_trunc_cut(d, "ether");
				return;
			}
			len -= 2;
			f->hdrlen += 2;
		}
		if (!ether_vlans(d, &c, &len, f, &type))
			return;
		if (type != ETHERTYPE_ARISTA)
			break;
		if (!ether_arista(d, &c, &len, f))
			return;
	}
	ether_payload(d, c, len, f, type);
}

unsigned ether_switch_tag_print(struct dctx *d, struct cursor c,
				unsigned len, ether_tag_fn *tag,
				unsigned taglen, const char *proto)
{
	unsigned caplen = (unsigned)cur_left(&c);
	struct ether_frame f = { .orig_len = len };

	if (len < caplen) {
		out_fmt("[length %u < caplen %u]", len, caplen);
		decode_invalid(d);
		return len;
	}
	if (caplen < ETHER_HDRLEN + taglen) {
		decode_trunc(d, proto);
		return caplen;
	}
	cur_bytes(&c, f.dst, 6);
	cur_bytes(&c, f.src, 6);
	if (d->eflag)
		addresses_print(d, f.src, f.dst);
	if (tag)
		tag(d, cur_sub(&c, taglen));
	else
		cur_skip(&c, taglen);
	f.hdrlen = 12 + taglen;
	ether_type_walk(d, c, len - 12 - taglen, &f);
	return f.hdrlen;
}

DECODE_DLT(DLT_EN10MB, ether_if_print)

unsigned ether_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	return ether_switch_tag_print(d, c, len, NULL, 0, "ether");
}
