/* print-mpls.c - MPLS label stacks (RFC 3032), also over UDP (RFC 7510).
 *
 *   | label:20 | tc:3 | S:1 | ttl:8 |  ... until S is set, then payload
 * Output as tcpdump 4.99 print-mpls.c: the payload is guessed from the
 * reserved labels or its first byte (IPv4, IPv6, OSI).
 */
#include "decode.h"
#include "encap.h"
#include "out.h"
#include "table.h"

DECODE_KEY(ETHERTYPE, 0x8847, mpls_print)
DECODE_KEY(ETHERTYPE, 0x8848, mpls_print)
DECODE_KEY(PPP, 0x0281, mpls_print)
DECODE_KEY(PPP, 0x0283, mpls_print)
DECODE_PORT(UDP, 500, 6635, 6635, PORT_EITHER, mpls_udp_print)

static const char *const mpls_labelname[] = {
	"IPv4 explicit NULL", "router alert", "IPv6 explicit NULL",
	"implicit NULL", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd",
	"rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd",
};

enum { PT_UNKNOWN, PT_IPV4, PT_IPV6, PT_OSI };

void encap_default_print(struct dctx *d, struct cursor c, unsigned len,
			 const char *proto)
{
	decode_hex_ascii(c, len, 0);
	if (len > cur_left(&c))
		decode_trunc_cut(d, proto);
}

void encap_osi_print(struct dctx *d, struct cursor c, unsigned len)
{
	decode_net_proto *fn = decode_net_lookup(DECODE_T_LLC, 0xfe);

	if (!fn && cur_has(&c, 1))
		fn = decode_net_lookup(DECODE_T_NLPID, cur_peek(&c, 0));
	if (fn)
		fn(d, c, len);
}

static int mpls_payload_type(unsigned label, unsigned first)
{
	if (label == 0 || label == 3)
		return PT_IPV4;
	if (label == 2)
		return PT_IPV6;
	if (first >= 0x45 && first <= 0x4f)
		return PT_IPV4;
	if (first >= 0x60 && first <= 0x6f)
		return PT_IPV6;
	if (first >= 0x81 && first <= 0x83)
		return PT_OSI;
	return PT_UNKNOWN;
}

static void mpls_payload_print(struct dctx *d, int pt, struct cursor c,
			       unsigned len)
{
	decode_net_proto *fn;

	if (pt == PT_UNKNOWN) {
		if (!d->xflag && !d->Xflag && !d->qflag)
			encap_default_print(d, c, len, "mpls");
		return;
	}
	out_str(d->vflag ? "\n\t" : " ");
	if (pt == PT_IPV4) {
		ip_print(d, c, len);
	} else if (pt == PT_IPV6) {
		ip6_print(d, c, len);
	} else {
		fn = decode_net_lookup(DECODE_T_NLPID, cur_peek(&c, 0));
		if (fn)
			fn(d, c, len);
	}
}

void mpls_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned depth = 0, e, label;

	out_str("MPLS");
	do {
		if (len < 4) {
			decode_invalid(d);
			if (!cur_has(&c, len))
				decode_trunc_cut(d, "mpls");
			return;
		}
		e = cur_be32(&c);
		if (cur_short(&c)) {
			decode_trunc_cut(d, "mpls");
			return;
		}
		label = e >> 12;
		out_fmt("%s(label %u", depth && d->vflag ? "\n\t" : " ", label);
		depth++;
		if (d->vflag && label < 16)
			out_fmt(" (%s)", mpls_labelname[label]);
		out_fmt(", tc %u", (e >> 9) & 7);
		if (e & 0x100)
			out_str(", [S]");
		out_fmt(", ttl %u)", e & 0xff);
		len -= 4;
	} while (!(e & 0x100));
	if (label != 0 && label != 2 && label != 3) {
		if (len < 1)
			return;
		if (!cur_has(&c, 1)) {
			decode_trunc_cut(d, "mpls");
			return;
		}
	}
	mpls_payload_print(d, mpls_payload_type(label, cur_peek(&c, 0)), c,
			   len);
}

void mpls_udp_print(struct dctx *d, struct cursor c, unsigned len,
		    const struct l4info *l4 DECODE_UNUSED)
{
	mpls_print(d, c, len);
}
