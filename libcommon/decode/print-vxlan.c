/* print-vxlan.c - VXLAN (RFC 7348) and VXLAN-GPE
 * (draft-ietf-nvo3-vxlan-gpe-12).
 *
 *   VXLAN:     | R R R R I R R R | reserved (3) | VNI (3) | reserved |
 *   VXLAN-GPE: | R R Ver I P B O | reserved (2) | next proto | VNI (3) |
 *              reserved |
 * Output as tcpdump 4.99 print-vxlan.c and print-vxlan-gpe.c. The inner
 * Ethernet frame is printed as a top-level one.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

DECODE_PORT(UDP, 450, 4789, 4789, PORT_EITHER, vxlan_print)
DECODE_PORT(UDP, 480, 4790, 4790, PORT_EITHER, vxlan_gpe_print)
DECODE_PT("vxlan", UDP, vxlan_print)

enum {
	VXLAN_HDR_LEN = 8,
	GPE_IPV4 = 1, GPE_IPV6, GPE_ETHERNET, GPE_NSH,
};

static const struct tok vxlan_flags[] = {
	{ 0x08, "I" },
	{ 0, NULL }
};

static const struct tok gpe_flags[] = {
	{ 0x08, "I" }, { 0x04, "P" }, { 0x02, "B" }, { 0x01, "O" },
	{ 0, NULL }
};

#include "encap.h"

void vxlan_print(struct dctx *d, struct cursor c, unsigned len,
		 const struct l4info *l4 DECODE_UNUSED)
{
	unsigned flags, vni;

	out_str("VXLAN");
	if (len < VXLAN_HDR_LEN) {
		out_fmt(" [length %u < %u]", len, VXLAN_HDR_LEN);
		decode_invalid(d);
		return;
	}
	flags = cur_u8(&c);
	if (cur_short(&c))
		goto cut;
	out_str(", flags [");
	tok_bits_print(vxlan_flags, flags, "", "invalid");
	out_fmt("] (0x%02x), ", flags);
	cur_skip(&c, 3);
	/* tcpdump 4.99.3 prints the VNI whatever the I flag says */
	vni = cur_be24(&c);
	if (cur_short(&c))
		goto cut;
	out_fmt("vni %u\n", vni);
	if (!cur_skip(&c, 1))
		goto cut;
	ether_if_print(d, c, len - VXLAN_HDR_LEN);
	return;
cut:
	decode_trunc_cut(d, "vxlan");
}

static void gpe_payload_print(struct dctx *d, unsigned np, struct cursor c,
			      unsigned len)
{
	out_str(d->vflag ? "\n    " : ": ");
	switch (np) {
	case GPE_IPV4:
		ip_print(d, c, len);
		break;
	case GPE_IPV6:
		ip6_print(d, c, len);
		break;
	case GPE_ETHERNET:
		ether_if_print(d, c, len);
		break;
	case GPE_NSH:
		nsh_print(d, c, len);
		break;
	default:
		out_str("ERROR: unknown-next-protocol");
		decode_invalid(d);
	}
}

void vxlan_gpe_print(struct dctx *d, struct cursor c, unsigned len,
		     const struct l4info *l4 DECODE_UNUSED)
{
	unsigned flags, np, vni;

	out_str("VXLAN-GPE, ");
	if (len < VXLAN_HDR_LEN) {
		out_fmt(" (len %u < %u)", len, VXLAN_HDR_LEN);
		decode_invalid(d);
		return;
	}
	flags = cur_u8(&c);
	if (cur_short(&c))
		goto cut;
	out_str("flags [");
	tok_bits_print(gpe_flags, flags, "", "none");
	out_str("], ");
	/* tcpdump 4.99.3 reads the next protocol whatever the P flag says,
	 * and checks neither the version nor the I, B and O flags */
	cur_skip(&c, 2);
	np = cur_u8(&c);
	vni = cur_be24(&c);
	if (!cur_skip(&c, 1))
		goto cut;
	out_fmt("vni %u", vni);
	gpe_payload_print(d, np, c, len - VXLAN_HDR_LEN);
	return;
cut:
	decode_trunc_cut(d, "vxlan_gpe");
}
