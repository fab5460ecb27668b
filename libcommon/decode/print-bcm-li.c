/* print-bcm-li.c - Broadcom lawful intercept shim (UDP, from port
 * 49152).
 *
 *   | direction (3) | packet type (4) | subtype (3) | LI id (22) |
 * Output as tcpdump 4.99 print-bcm-li.c.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

enum {
	BCM_LI_SHIM_LEN = 4,
	BCM_LI_PKT_TYPE_UNDECIDED = 4,
	BCM_LI_PKT_TYPE_IPV4 = 5,
	BCM_LI_PKT_TYPE_IPV6 = 6,
	BCM_LI_PKT_TYPE_ETHERNET = 7,
};

static const struct tok bcm_li_direction_values[] = {
	{ 1, "unused" },
	{ 2, "egress" },
	{ 3, "ingress" },
	{ 0, NULL }
};

static const struct tok bcm_li_pkt_type_values[] = {
	{ BCM_LI_PKT_TYPE_UNDECIDED, "undecided" },
	{ BCM_LI_PKT_TYPE_IPV4, "ipv4" },
	{ BCM_LI_PKT_TYPE_IPV6, "ipv6" },
	{ BCM_LI_PKT_TYPE_ETHERNET, "ethernet" },
	{ 0, NULL }
};

static const struct tok bcm_li_pkt_subtype_values[] = {
	{ 1, "single VLAN tag" },
	{ 2, "double VLAN tag" },
	{ 3, "untagged" },
	{ 0, NULL }
};

static void payload_print(struct dctx *d, struct cursor c, unsigned len,
			  unsigned type)
{
	unsigned ver;

	switch (type) {
	case BCM_LI_PKT_TYPE_ETHERNET:
		ether_if_print(d, c, len);
		return;
	case BCM_LI_PKT_TYPE_IPV4:
		ip_print(d, c, len);
		return;
	case BCM_LI_PKT_TYPE_IPV6:
		ip6_print(d, c, len);
		return;
	case BCM_LI_PKT_TYPE_UNDECIDED:
		if (!cur_has(&c, 1)) {
			decode_trunc_cut(d, "bcm_li");
			return;
		}
		ver = cur_peek(&c, 0) >> 4;
		if (ver == 4)
			ip_print(d, c, len);
		else if (ver == 6)
			ip6_print(d, c, len);
		else
			out_str("unknown payload");
		return;
	}
	decode_invalid(d);
}

DECODE_PORT(UDP, 325, 49152, 49152, PORT_SRC, bcm_li_print)

void bcm_li_print(struct dctx *d, struct cursor c, unsigned len,
		  const struct l4info *l4 DECODE_UNUSED)
{
	uint32_t shim;

	if (len < BCM_LI_SHIM_LEN) {
		out_fmt(" (length %u < %u)", len, BCM_LI_SHIM_LEN);
		decode_invalid(d);
		return;
	}
	shim = cur_be32(&c);
	if (cur_short(&c)) {
		decode_trunc_cut(d, "bcm_li");
		return;
	}
	len -= BCM_LI_SHIM_LEN;
	out_str(d->vflag ? "\n    BCM-LI-SHIM: direction " :
			   "BCM-LI-SHIM: direction ");
	tok_print(bcm_li_direction_values, (shim >> 29) & 7, "unknown");
	out_str(", pkt-type ");
	tok_print(bcm_li_pkt_type_values, (shim >> 25) & 0xf, "unknown");
	out_str(", pkt-subtype ");
	tok_print(bcm_li_pkt_subtype_values, (shim >> 22) & 7, "unknown");
	out_fmt(", li-id %u%s", shim & 0x3fffff, d->vflag ? "\n    " : "");
	if (!d->vflag) {
		if (!cur_has(&c, len))
			decode_trunc_cut(d, "bcm_li");
		return;
	}
	payload_print(d, c, len, (shim >> 25) & 0xf);
}
