/* print-dsa.c - Marvell DSA and EDSA switch tags (DLT_DSA_TAG_DSA,
 * DLT_DSA_TAG_EDSA), between the source address and the type.
 *
 *   EDSA: | ethertype (2) | reserved (2) | DSA tag |
 *   DSA:  | mode (2) tagged dev (5) | port (5) b18 b17 cfi | pri (3) b12
 *         vid (12) |
 * Output as tcpdump 4.99 print-dsa.c.
 */
#include <pcap/dlt.h>

#include "decode.h"
#include "ether.h"
#include "out.h"
#include "table.h"

enum {
	DSA_LEN = 4,
	EDSA_LEN = 8,
	DSA_MODE_TO_CPU = 0,
	DSA_MODE_FROM_CPU = 1,
	DSA_MODE_TO_SNIFFER = 2,
	DSA_MODE_FORWARD = 3,
};

static const struct tok dsa_mode_values[] = {
	{ DSA_MODE_TO_CPU, "To CPU" },
	{ DSA_MODE_FROM_CPU, "From CPU" },
	{ DSA_MODE_TO_SNIFFER, "To Sniffer" },
	{ DSA_MODE_FORWARD, "Forward" },
	{ 0, NULL }
};

static const struct tok dsa_code_values[] = {
	{ 0x0, "BPDU (MGMT) Trap" },
	{ 0x1, "Frame2Reg" },
	{ 0x2, "IGMP/MLD Trap" },
	{ 0x3, "Policy Trap" },
	{ 0x4, "ARP Mirror" },
	{ 0x5, "Policy Mirror" },
	{ 0, NULL }
};

struct dsa_tag {
	unsigned mode, tagged, dev, port, trunk, cfi, pri, vid, code;
};

static struct dsa_tag dsa_parse(struct cursor t)
{
	unsigned b0 = cur_peek(&t, 0), b1 = cur_peek(&t, 1);
	unsigned b2 = cur_peek(&t, 2), b3 = cur_peek(&t, 3);
	struct dsa_tag g = {
		.mode = b0 >> 6, .tagged = (b0 >> 5) & 1, .dev = b0 & 0x1f,
		.port = b1 >> 3, .trunk = (b1 >> 2) & 1, .cfi = b1 & 1,
		.pri = b2 >> 5, .vid = (b2 & 0x0f) << 8 | b3,
		.code = ((b1 >> 1) & 3) << 1 | ((b2 >> 4) & 1),
	};

	return g;
}

static void tag_e_print(const struct dsa_tag *g)
{
	out_str("mode ");
	tok_print(dsa_mode_values, g->mode, "unknown");
	out_str(", ");
	if (g->mode == DSA_MODE_FORWARD) {
		out_fmt("dev %u, %s %u, ", g->dev, g->trunk ? "trunk" : "port",
			g->port);
	} else if (g->mode == DSA_MODE_FROM_CPU) {
		out_fmt("target dev %u, port %u, ", g->dev, g->port);
	} else {
		out_fmt("source dev %u, port %u, ", g->dev, g->port);
		if (g->mode == DSA_MODE_TO_CPU) {
			out_str("code ");
			tok_print(dsa_code_values, g->code, "reserved");
			out_str(", ");
		} else {
			out_str(g->trunk ? "ingress sniff, " : "egress sniff, ");
		}
	}
	out_fmt("%s, %sVID %u, FPri %u, ", g->tagged ? "tagged" : "untagged",
		g->cfi ? "CFI, " : "", g->vid, g->pri);
}

static void tag_common_print(struct dctx *d, struct cursor t)
{
	struct dsa_tag g = dsa_parse(t);

	if (d->eflag) {
		tag_e_print(&g);
		return;
	}
	switch (g.mode) {
	case DSA_MODE_FORWARD:
		out_fmt("Forward %s %u.%u, ", g.trunk ? "trunk" : "port", g.dev,
			g.port);
		break;
	case DSA_MODE_FROM_CPU:
		out_fmt("CPU > port %u.%u, ", g.dev, g.port);
		break;
	case DSA_MODE_TO_CPU:
		out_fmt("port %u.%u > CPU, ", g.dev, g.port);
		break;
	default:
		out_fmt("port %u.%u > %s Sniffer, ", g.dev, g.port,
			g.trunk ? "Rx" : "Tx");
	}
	out_fmt("VLAN %u%c, ", g.vid, g.tagged ? 't' : 'u');
}

static void dsa_tag_print(struct dctx *d, struct cursor t)
{
	out_str(d->eflag ? "Marvell DSA " : "DSA ");
	tag_common_print(d, t);
}

static void edsa_tag_print(struct dctx *d, struct cursor t)
{
	unsigned type = cur_peek_be16(&t, 0);
	const char *s;

	if (d->eflag) {
		s = ethertype_name(type);
		out_fmt("Marvell EDSA ethertype 0x%04x (%s), rsvd %u %u, ", type,
			s ? s : "Unknown", cur_peek(&t, 2), cur_peek(&t, 3));
	} else {
		out_fmt("EDSA 0x%04x, ", type);
	}
	cur_skip(&t, 4);
	tag_common_print(d, t);
}

DECODE_DLT(DLT_DSA_TAG_DSA, dsa_if_print)
DECODE_DLT(DLT_DSA_TAG_EDSA, edsa_if_print)

unsigned dsa_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	return ether_switch_tag_print(d, c, len, dsa_tag_print, DSA_LEN,
				      "dsa");
}

unsigned edsa_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	return ether_switch_tag_print(d, c, len, edsa_tag_print, EDSA_LEN,
				      "edsa");
}
