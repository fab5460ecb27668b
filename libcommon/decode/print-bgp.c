/* print-bgp.c - BGP-4 (RFC 4271) with 4-byte AS numbers (RFC 6793),
 * multiprotocol NLRI (RFC 4760: IPv4/IPv6 unicast, labeled (RFC 8277),
 * VPN (RFC 4364), route targets (RFC 4684), MVPN (RFC 6514), MDT, L2VPN,
 * NSAP), ADD-PATH (RFC 7911), communities (RFC 1997, 4360, 8092),
 * AIGP (RFC 7311), PMSI tunnels, ATTR_SET (RFC 6368) and the shutdown
 * communication (RFC 9003).
 *
 *   marker (16 x 0xff) | length (2) | type (1) | message
 *
 * Output as tcpdump 4.99 print-bgp.c: ": BGP", and with -v every message
 * of the segment found by its marker. Reads past the capture end the
 * packet with " [|bgp]"; a message field that runs past the message prints
 * the same marker and the next message follows.
 */
#include <stdint.h>

#include "af.h"
#include "decode.h"
#include "gmpls.h"
#include "osi.h"
#include "out.h"
#include "unknown.h"
#include "table.h"

enum { BGP_HDR = 19, BGP_OPEN_HDR = 29, BGP_RD = 8 };

static const struct tok msg_names[] = {
	{ 1, "Open" }, { 2, "Update" }, { 3, "Notification" },
	{ 4, "Keepalive" }, { 5, "Route Refresh" },
	{ 0, NULL }
};

static const struct tok attr_names[] = {
	{ 1, "Origin" }, { 2, "AS Path" }, { 17, "AS4 Path" },
	{ 3, "Next Hop" }, { 4, "Multi Exit Discriminator" },
	{ 5, "Local Preference" }, { 6, "Atomic Aggregate" },
	{ 7, "Aggregator" }, { 18, "Aggregator4" }, { 8, "Community" },
	{ 9, "Originator ID" }, { 10, "Cluster List" }, { 11, "DPA" },
	{ 12, "Advertisers" }, { 13, "RCID Path / Cluster ID" },
	{ 14, "Multi-Protocol Reach NLRI" },
	{ 15, "Multi-Protocol Unreach NLRI" },
	{ 16, "Extended Community" }, { 22, "PMSI Tunnel" },
	{ 23, "Tunnel Encapsulation" }, { 24, "Traffic Engineering" },
	{ 25, "IPv6 Extended Community" }, { 26, "Accumulated IGP Metric" },
	{ 27, "PE Distinguisher Label" }, { 28, "Entropy Label" },
	{ 32, "Large Community" }, { 128, "Attribute Set" },
	{ 255, "Reserved for development" },
	{ 0, NULL }
};

static const struct tok seg_open[] = {
	{ 2, "" }, { 1, "{ " }, { 3, "( " }, { 4, "({ " }, { 0, NULL }
};

static const struct tok seg_close[] = {
	{ 2, "" }, { 1, "}" }, { 3, ")" }, { 4, "})" }, { 0, NULL }
};

static const struct tok opt_names[] = {
	{ 1, "Authentication Information" },
	{ 2, "Capabilities Advertisement" },
	{ 0, NULL }
};

static const struct tok cap_names[] = {
	{ 1, "Multiprotocol Extensions" }, { 2, "Route Refresh" },
	{ 3, "Cooperative Route Filtering" },
	{ 4, "Multiple Routes to a Destination" },
	{ 5, "Extended Next Hop Encoding" }, { 8, "Multiple Labels" },
	{ 64, "Graceful Restart" }, { 65, "32-Bit AS Number" },
	{ 67, "Dynamic Capability" }, { 68, "Multisession BGP" },
	{ 69, "Multiple Paths" }, { 70, "Enhanced Route Refresh" },
	{ 71, "Long-lived Graceful Restart" },
	{ 128, "Route Refresh (Cisco)" },
	{ 0, NULL }
};

static const struct tok notify_major[] = {
	{ 1, "Message Header Error" }, { 2, "OPEN Message Error" },
	{ 3, "UPDATE Message Error" }, { 4, "Hold Timer Expired" },
	{ 5, "Finite State Machine Error" }, { 6, "Cease" },
	{ 7, "Capability Message Error" },
	{ 0, NULL }
};

static const struct tok notify_cease[] = {
	{ 1, "Maximum Number of Prefixes Reached" },
	{ 2, "Administrative Shutdown" }, { 3, "Peer Unconfigured" },
	{ 4, "Administrative Reset" }, { 5, "Connection Rejected" },
	{ 6, "Other Configuration Change" },
	{ 7, "Connection Collision Resolution" },
	{ 0, NULL }
};

static const struct tok notify_msg[] = {
	{ 1, "Connection Not Synchronized" }, { 2, "Bad Message Length" },
	{ 3, "Bad Message Type" },
	{ 0, NULL }
};

static const struct tok notify_open[] = {
	{ 1, "Unsupported Version Number" }, { 2, "Bad Peer AS" },
	{ 3, "Bad BGP Identifier" }, { 4, "Unsupported Optional Parameter" },
	{ 5, "Authentication Failure" }, { 6, "Unacceptable Hold Time" },
	{ 7, "Capability Message Error" },
	{ 0, NULL }
};

static const struct tok notify_update[] = {
	{ 1, "Malformed Attribute List" },
	{ 2, "Unrecognized Well-known Attribute" },
	{ 3, "Missing Well-known Attribute" }, { 4, "Attribute Flags Error" },
	{ 5, "Attribute Length Error" }, { 6, "Invalid ORIGIN Attribute" },
	{ 7, "AS Routing Loop" }, { 8, "Invalid NEXT_HOP Attribute" },
	{ 9, "Optional Attribute Error" }, { 10, "Invalid Network Field" },
	{ 11, "Malformed AS_PATH" },
	{ 0, NULL }
};

static const struct tok notify_fsm[] = {
	{ 0, "Unspecified Error" }, { 1, "In OpenSent State" },
	{ 2, "In OpenConfirm State" }, { 3, "In Established State" },
	{ 0, NULL }
};

static const struct tok notify_cap[] = {
	{ 1, "Invalid Action Value" }, { 2, "Invalid Capability Length" },
	{ 3, "Malformed Capability Value" },
	{ 4, "Unsupported Capability Code" },
	{ 0, NULL }
};

static const struct tok origin_names[] = {
	{ 0, "IGP" }, { 1, "EGP" }, { 2, "Incomplete" }, { 0, NULL }
};

static const struct tok pmsi_names[] = {
	{ 1, "RSVP-TE P2MP LSP" }, { 2, "LDP P2MP LSP" },
	{ 3, "PIM-SSM Tree" }, { 4, "PIM-SM Tree" }, { 5, "PIM-Bidir Tree" },
	{ 6, "Ingress Replication" }, { 7, "LDP MP2MP LSP" },
	{ 0, NULL }
};

static const struct tok pmsi_flags[] = {
	{ 0x01, "Leaf Information required" }, { 0, NULL }
};

static const struct tok safi_names[] = {
	{ 0, "Reserved" }, { 1, "Unicast" }, { 2, "Multicast" },
	{ 3, "Unicast+Multicast" }, { 4, "labeled Unicast" },
	{ 64, "Tunnel" }, { 65, "VPLS" }, { 66, "MDT" }, { 70, "EVPN" },
	{ 128, "labeled VPN Unicast" }, { 129, "labeled VPN Multicast" },
	{ 130, "labeled VPN Unicast+Multicast" },
	{ 132, "Route Target Routing Information" },
	{ 5, "Multicast VPN" },
	{ 0, NULL }
};

static const struct tok restart_flags[] = {
	{ 0x8, "R" }, { 0, NULL }
};

static const struct tok extcomm_flags[] = {
	{ 0x8000, "vendor-specific" }, { 0x4000, "non-transitive" },
	{ 0, NULL }
};

/* Extended community types and how their value prints. */
enum {
	EC_AS2_AN4, EC_IP_AN2, EC_AS4_AN2, EC_LINKBW, EC_IP, EC_OSPF_RTYPE,
	EC_L2INFO, EC_SOURCE_AS, EC_ENCAP, EC_HEX
};

static const struct __attribute__((packed)) extcomm {
	uint16_t type;
	uint8_t how;
	const char *name;
} extcomms[] = {
	{ 0x0002, EC_AS2_AN4, "target" }, { 0x0102, EC_IP_AN2, "target" },
	{ 0x0202, EC_AS4_AN2, "target" }, { 0x0003, EC_AS2_AN4, "origin" },
	{ 0x0103, EC_IP_AN2, "origin" }, { 0x0203, EC_AS4_AN2, "origin" },
	{ 0x4004, EC_LINKBW, "link-BW" },
	{ 0x0005, EC_IP, "ospf-domain" }, { 0x0105, EC_IP, "ospf-domain" },
	{ 0x0205, EC_IP, "ospf-domain" }, { 0x8005, EC_IP, "ospf-domain" },
	{ 0x0306, EC_OSPF_RTYPE, "ospf-route-type" },
	{ 0x8000, EC_OSPF_RTYPE, "ospf-route-type" },
	{ 0x030c, EC_ENCAP, "encapsulation" },
	{ 0x0107, EC_IP, "ospf-router-id" },
	{ 0x8001, EC_IP, "ospf-router-id" },
	{ 0x800a, EC_L2INFO, "layer2-info" },
	{ 0x8800, EC_HEX, "eigrp-general-route (flag, tag)" },
	{ 0x8801, EC_HEX, "eigrp-route-metric (AS, delay)" },
	{ 0x8802, EC_HEX,
	  "eigrp-route-metric (reliability, nexthop, bandwidth)" },
	{ 0x8803, EC_HEX, "eigrp-route-metric (load, MTU)" },
	{ 0x8804, EC_HEX, "eigrp-external-route (remote-AS, remote-ID)" },
	{ 0x8805, EC_HEX,
	  "eigrp-external-route (remote-proto, remote-metric)" },
	{ 0x0009, EC_SOURCE_AS, "source-AS" },
	{ 0x010b, EC_IP_AN2, "vrf-route-import" },
	{ 0x000a, EC_AS2_AN4, "l2vpn-id" }, { 0xf10a, EC_IP_AN2, "l2vpn-id" },
};

static const struct tok encap_tunnels[] = {
	{ 1, "L2TPv3 over IP" }, { 2, "GRE" }, { 3, "Transmit Tunnel" },
	{ 4, "IPsec" }, { 5, "IP in IP with IPsec" },
	{ 6, "MPLS in IP with IPsec" }, { 7, "IP in IP" }, { 8, "VXLAN" },
	{ 9, "NVGRE" }, { 10, "MPLS" }, { 11, "MPLS in GRE" },
	{ 12, "VXLAN GPE" }, { 13, "MPLS in UDP" }, { 14, "IPv6" },
	{ 15, "SR TE" }, { 16, "Bare" }, { 17, "SR" },
	{ 0, NULL }
};

/* Layer 2 encapsulations (RFC 4761, RFC 6624) as tcpdump 4.99.3 names
 * them (measured: its l2vpn table is not the IANA one of later
 * versions). */
static const struct tok l2_encaps[] = {
	{ 0, "Reserved" }, { 1, "Frame Relay" },
	{ 2, "ATM AAL5 SDU VCC transport" },
	{ 3, "ATM transparent cell transport" },
	{ 4, "Ethernet (VLAN) Tagged Mode" }, { 5, "Ethernet Raw Mode" },
	{ 6, "Cisco HDLC" }, { 7, "PPP" },
	{ 8, "SONET/SDH Circuit Emulation Service over MPLS" },
	{ 9, "ATM n-to-one VCC cell transport" },
	{ 10, "ATM n-to-one VPC cell transport" },
	{ 11, "IP layer 2 transport" }, { 15, "Frame Relay Port mode" },
	{ 17, "Structure-agnostic E1 over packet" },
	{ 18, "Structure-agnostic T1 (DS1) over packet" }, { 19, "VPLS" },
	{ 20, "Structure-agnostic T3 (DS3) over packet" },
	{ 21, "Nx64kbit/s Basic Service using Structure-aware" },
	{ 25, "Frame Relay DLCI" },
	{ 40, "Structure-agnostic E3 over packet" },
	{ 41, "Octet-aligned playload for Structure-agnostic DS1 circuits" },
	{ 42, "E1 Nx64kbit/s with CAS using Structure-aware" },
	{ 43, "DS1 (ESF) Nx64kbit/s with CAS using Structure-aware" },
	{ 44, "DS1 (SF) Nx64kbit/s with CAS using Structure-aware" },
	{ 0, NULL }
};

static const struct tok ospf_rtypes[] = {
	{ 1, "Router" }, { 2, "Network" }, { 3, "Summary" }, { 5, "External" },
	{ 7, "NSSA External" }, { 129, "MPLS-VPN Sham" },
	{ 0, NULL }
};

static const struct tok aigp_types[] = {
	{ 1, "AIGP" }, { 0, NULL }
};

static const struct tok addpath_modes[] = {
	{ 1, "Receive" }, { 2, "Send" }, { 3, "Both" }, { 0, NULL }
};

static const struct tok mvpn_types[] = {
	{ 1, "Intra-AS I-PMSI" }, { 2, "Inter-AS I-PMSI" }, { 3, "S-PMSI" },
	{ 4, "Intra-AS Segment-Leaf" }, { 5, "Source-Active" },
	{ 6, "Shared Tree Join" }, { 7, "Source Tree Join" },
	{ 0, NULL }
};

/* The NLRI and next hop encodings of the AFI/SAFI pairs tcpdump
 * decodes; any other pair is shown in hex. */
enum nlri_kind {
	NLRI_P4, NLRI_LAB4, NLRI_VPN4, NLRI_RT, NLRI_MVPN, NLRI_MDT,
	NLRI_P6, NLRI_LAB6, NLRI_VPN6, NLRI_L2, NLRI_CLNP, NLRI_VPNCLNP
};
enum nh_kind { NH_IP4, NH_RD4, NH_IP6, NH_RD6, NH_NSAP, NH_RDNSAP };

static const struct bgp_af {
	uint16_t afi;
	uint8_t safi, nlri, nh;
} afs[] = {
	{ 1, 1, NLRI_P4, NH_IP4 }, { 1, 2, NLRI_P4, NH_IP4 },
	{ 1, 3, NLRI_P4, NH_IP4 }, { 1, 4, NLRI_LAB4, NH_IP4 },
	{ 1, 132, NLRI_RT, NH_IP4 }, { 1, 128, NLRI_VPN4, NH_RD4 },
	{ 1, 129, NLRI_VPN4, NH_RD4 }, { 1, 130, NLRI_VPN4, NH_RD4 },
	{ 1, 5, NLRI_MVPN, NH_IP4 }, { 1, 66, NLRI_MDT, NH_IP4 },
	{ 2, 1, NLRI_P6, NH_IP6 }, { 2, 2, NLRI_P6, NH_IP6 },
	{ 2, 3, NLRI_P6, NH_IP6 }, { 2, 4, NLRI_LAB6, NH_IP6 },
	{ 2, 128, NLRI_VPN6, NH_RD6 }, { 2, 129, NLRI_VPN6, NH_RD6 },
	{ 2, 130, NLRI_VPN6, NH_RD6 },
	{ 3, 1, NLRI_CLNP, NH_NSAP }, { 3, 2, NLRI_CLNP, NH_NSAP },
	{ 3, 3, NLRI_CLNP, NH_NSAP }, { 3, 128, NLRI_VPNCLNP, NH_RDNSAP },
	{ 3, 129, NLRI_VPNCLNP, NH_RDNSAP },
	{ 3, 130, NLRI_VPNCLNP, NH_RDNSAP },
	{ 196, 128, NLRI_L2, NH_IP4 }, { 196, 129, NLRI_L2, NH_IP4 },
	{ 196, 130, NLRI_L2, NH_IP4 }, { 25, 65, NLRI_L2, NH_IP4 },
};

/* ---- reading: a cursor from an item to the end of the capture, and
 * offsets into it, as tcpdump's pointers into the packet */

static unsigned b24(const struct cursor *c, size_t off)
{
	return (unsigned)cur_peek(c, off) << 16 | cur_peek_be16(c, off + 1);
}

static bool got(const struct cursor *c, size_t off, size_t n)
{
	return off + n <= cur_left(c);
}

/* A read tcpdump's GET_ macros would make: past the capture it ends the
 * packet. */
static bool need(struct dctx *d, const struct cursor *c, size_t off,
		 size_t n)
{
	if (got(c, off, n))
		return true;
	decode_trunc_cut(d, "bgp");
	return false;
}

static struct cursor at(struct cursor c, size_t off)
{
	cur_skip(&c, off);
	return c;
}

static void soft_trunc(void)
{
	out_str(" [|bgp]");
}

static void ip4_at(struct dctx *d, const struct cursor *c, size_t off)
{
	uint8_t a[4];
	struct cursor t = at(*c, off);

	cur_bytes(&t, a, 4);
	decode_ip4addr(d, a);
}

static void ip6_at(struct dctx *d, const struct cursor *c, size_t off)
{
	decode_ip6addr_at(d, *c, (unsigned)off);
}

static void as_print(struct dctx *d, uint32_t as)
{
	if (!d->bflag || as <= 0xffff)
		out_uint(as, 0);
	else
		out_fmt("%u.%u", as >> 16, as & 0xffff);
}

static void tok_or(const struct tok *t, unsigned v, const char *dflt)
{
	const char *s = tok_str(t, v);

	out_str(s ? s : dflt);
}

/* pre, then "<AFI name> (<afi>), SAFI <SAFI name> (<safi>)". */
static void afi_safi_print(const char *pre, unsigned afi, unsigned safi)
{
	out_str(pre);
	tok_or(af_values, afi, "Unknown");
	out_fmt(" (%u), SAFI ", afi);
	tok_or(safi_names, safi, "Unknown");
	out_fmt(" (%u)", safi);
}

/* An RFC 4364 route distinguisher (8 bytes at off, checked). */
static void rd_print(struct dctx *d, const struct cursor *c, size_t off)
{
	unsigned t = cur_peek_be16(c, off);

	switch (t) {
	case 0:
		out_fmt("%u:%u (= %u.%u.%u.%u)", cur_peek_be16(c, off + 2),
			cur_peek_be32(c, off + 4), cur_peek(c, off + 4),
			cur_peek(c, off + 5), cur_peek(c, off + 6),
			cur_peek(c, off + 7));
		break;
	case 1:
		out_fmt("%u.%u.%u.%u:%u", cur_peek(c, off + 2),
			cur_peek(c, off + 3), cur_peek(c, off + 4),
			cur_peek(c, off + 5), cur_peek_be16(c, off + 6));
		break;
	case 2:
		as_print(d, cur_peek_be32(c, off + 2));
		out_fmt(":%u (%u.%u.%u.%u:%u)", cur_peek_be16(c, off + 6),
			cur_peek(c, off + 2), cur_peek(c, off + 3),
			cur_peek(c, off + 4), cur_peek(c, off + 5),
			cur_peek_be16(c, off + 6));
		break;
	default:
		out_str("unknown RD format");
		break;
	}
}

static void label_print(const struct cursor *c, size_t off)
{
	out_fmt(", label:%u %s", b24(c, off) >> 4,
		(cur_peek(c, off + 2) & 1) ? "(bottom)"
		: "(BOGUS: Bottom of Stack NOT set!)");
}

/* ---- NLRI */

/* A prefix of plen bits whose bytes start at off: the address with the
 * bits past plen cleared. */
static void prefix_addr(struct dctx *d, const struct cursor *c, size_t off,
			unsigned plen, bool v6)
{
	uint8_t a[16] = { 0 };
	unsigned n = (plen + 7) / 8;
	struct cursor t = at(*c, off);

	cur_bytes(&t, a, n);
	if (plen % 8)
		a[n - 1] &= (uint8_t)(0xff00 >> (plen % 8));
	if (v6)
		decode_ip6addr(d, a);
	else
		decode_ip4addr(d, a);
	out_fmt("/%u", plen);
}

/* decode_prefix4/6: bytes used, -1 bad length, -2 short item; *cut
 * when the capture ended. */
static int prefix_print(struct dctx *d, const struct cursor *c,
			unsigned itemlen, bool v6, const char *lead)
{
	unsigned plen, n;

	if (itemlen < 1)
		return -2;
	if (!need(d, c, 0, 1))
		return -9;
	plen = cur_peek(c, 0);
	if (plen > (v6 ? 128u : 32u))
		return -1;
	n = (plen + 7) / 8;
	if (itemlen - 1 < n)
		return -2;
	if (!need(d, c, 1, n))
		return -9;
	out_str(lead);
	prefix_addr(d, c, 1, plen, v6);
	return (int)(1 + n);
}

/* decode_labeled_prefix4/6: -2 capture short, -3 item short. */
static int labeled_print(struct dctx *d, const struct cursor *c,
			 unsigned itemlen, bool v6)
{
	unsigned plen, n;

	if (!got(c, 0, 4))
		return -2;
	if (itemlen < 4)
		return -3;
	plen = cur_peek(c, 0);
	if (plen < 24)
		return -1;
	plen -= 24;
	if (plen > (v6 ? 128u : 32u))
		return -1;
	n = (plen + 7) / 8;
	if (!v6 && itemlen - 4 < n)
		return -3;
	if (!need(d, c, 4, n))
		return -9;
	out_str("\n\t      ");
	prefix_addr(d, c, 4, plen, v6);
	label_print(c, 1);
	return (int)(4 + n);
}

/* decode_labeled_vpn_prefix4/6 and the CLNP ones. */
static int vpn_print(struct dctx *d, const struct cursor *c,
		     unsigned maxbits, bool v6, bool clnp)
{
	unsigned plen, n;

	if (!need(d, c, 0, 1))
		return -9;
	plen = cur_peek(c, 0);
	if (plen < 88)
		return -1;
	plen -= 88;
	if (plen > maxbits)
		return -1;
	n = (plen + 7) / 8;
	if (!need(d, c, 12, n) || !need(d, c, 4, 8))
		return -9;
	out_str("\n\t      RD: ");
	rd_print(d, c, 4);
	out_str(", ");
	if (clnp) {
		uint8_t a[19] = { 0 };
		struct cursor t = at(*c, 12);

		cur_bytes(&t, a, n);
		if (plen % 8)
			a[n - 1] &= (uint8_t)(0xff00 >> (plen % 8));
		osi_nsap_print(a, n);
		out_fmt("/%u", plen);
	} else {
		prefix_addr(d, c, 12, plen, v6);
	}
	label_print(c, 1);
	return (int)(12 + n);
}

static int clnp_print(struct dctx *d, const struct cursor *c)
{
	uint8_t a[19] = { 0 };
	unsigned plen, n;
	struct cursor t;

	if (!need(d, c, 0, 1))
		return -9;
	plen = cur_peek(c, 0);
	if (plen > 152)
		return -1;
	n = (plen + 7) / 8;
	/* tcpdump copies from 4 bytes in, not 1 */
	if (!need(d, c, 4, n))
		return -9;
	t = at(*c, 4);
	cur_bytes(&t, a, n);
	if (plen % 8)
		a[n - 1] &= (uint8_t)(0xff00 >> (plen % 8));
	out_str("\n\t      ");
	osi_nsap_print(a, n);
	out_fmt("/%u", plen);
	return (int)(1 + n);
}

/* RFC 4684 route target membership, its prefix in rt[8]. */
static void rt_prefix_print(struct dctx *d, const uint8_t *rt, unsigned plen)
{
	unsigned i, n = (plen + 7) / 8, type;
	char hex[24];
	size_t h = 0;
	static const char digits[] = "0123456789abcdef";

	if (plen == 0) {
		out_str("route-target: 0:0/0");
		return;
	}
	for (i = 0; i < n; i++) {
		hex[h++] = digits[rt[i] >> 4];
		hex[h++] = digits[rt[i] & 15];
		if (i % 2 == 1 && i < n - 1)
			hex[h++] = ' ';
	}
	hex[h] = '\0';
	if (plen < 16) {
		out_fmt("route-target: partial-type: (%s/%u)", hex, plen);
		return;
	}
	type = (unsigned)rt[0] << 8 | rt[1];
	switch (type) {
	case 0x0002:
		out_fmt("route-target: %u:%u/%u (%s)", rt[2] << 8 | rt[3],
			(unsigned)rt[4] << 24 | rt[5] << 16 | rt[6] << 8 | rt[7],
			plen, hex);
		break;
	case 0x0102:
		out_fmt("route-target: %u.%u.%u.%u:%u/%u (%s)", rt[2], rt[3],
			rt[4], rt[5], rt[6] << 8 | rt[7], plen, hex);
		break;
	case 0x0202:
		out_str("route-target: ");
		as_print(d, (uint32_t)rt[2] << 24 | rt[3] << 16 | rt[4] << 8 |
			 rt[5]);
		out_fmt(":%u/%u (%s)", rt[6] << 8 | rt[7], plen, hex);
		break;
	default:
		out_fmt("route target: unknown-type(%04x) (%s/%u)", type, hex,
			plen);
		break;
	}
}

static int rt_routing_print(struct dctx *d, const struct cursor *c)
{
	uint8_t rt[8] = { 0 };
	unsigned plen, n;
	uint32_t as;
	struct cursor t;

	if (!need(d, c, 0, 1))
		return -9;
	plen = cur_peek(c, 0);
	if (plen == 0) {
		out_str("\n\t      default route target");
		return 1;
	}
	if (plen < 32 || plen - 32 > 64) {
		if (plen >= 32 && !need(d, c, 1, 4))
			return -9;
		out_str("\n\t      (illegal prefix length)");
		return -1;
	}
	if (!need(d, c, 1, 4))
		return -9;
	as = cur_peek_be32(c, 1);
	plen -= 32;
	n = (plen + 7) / 8;
	if (!need(d, c, 5, n))
		return -9;
	t = at(*c, 5);
	cur_bytes(&t, rt, n);
	if (plen % 8)
		rt[n - 1] &= (uint8_t)(0xff00 >> (plen % 8));
	out_str("\n\t      origin AS: ");
	as_print(d, as);
	out_str(", ");
	rt_prefix_print(d, rt, plen);
	return (int)(5 + n);
}

/* bgp_vpn_ip_print: an address given its length in bits. */
static bool vpn_ip_ok(const struct cursor *c, size_t off, unsigned bits)
{
	return (bits != 32 && bits != 128) || got(c, off, bits / 8);
}

static void vpn_ip_print(struct dctx *d, const struct cursor *c, size_t off,
			 unsigned bits)
{
	if (bits == 32)
		ip4_at(d, c, off);
	else if (bits == 128)
		ip6_at(d, c, off);
	else
		out_fmt("bogus address length %u", bits);
}

/* bgp_vpn_sg_print: bytes used; *ok false when tcpdump's reads would
 * end the packet. With print false only measures. */
static unsigned sg_print(struct dctx *d, const struct cursor *c, size_t off,
			 bool print, bool *ok)
{
	unsigned total = 0, k, len;
	static const char *const what[] = { ", Source ", ", Group " };

	for (k = 0; k < 2; k++) {
		if (!got(c, off, 1)) {
			*ok = false;
			return total;
		}
		len = cur_peek(c, off++);
		if (!got(c, off, len >> 3))
			return total;	/* tcpdump's TCHECK: stops quietly */
		total += (len >> 3) + 1;
		if (len) {
			if (!vpn_ip_ok(c, off, len)) {
				*ok = false;
				return total;
			}
			if (print) {
				out_str(what[k]);
				vpn_ip_print(d, c, off, len);
			}
			off += len >> 3;
		}
	}
	return total;
}

/* decode_multicast_vpn: tcpdump fills a buffer and prints it whole, so
 * the route is checked once without printing, then printed. */
static int mvpn_route(struct dctx *d, const struct cursor *c, bool print)
{
	unsigned type = cur_peek(c, 0), rlen = cur_peek(c, 1), sg;
	bool ok = true;

	if (print) {
		out_str("\n\t      Route-Type: ");
		tok_or(mvpn_types, type, "Unknown");
		out_fmt(" (%u), length: %u", type, rlen);
	}
	switch (type) {
	case 1:
		if (!got(c, 2, BGP_RD))
			return -2;
		if (!vpn_ip_ok(c, 10, (rlen - 8u) << 3))
			return -9;
		if (print) {
			out_str(", RD: ");
			rd_print(d, c, 2);
			out_str(", Originator ");
			vpn_ip_print(d, c, 10, (rlen - 8u) << 3);
		}
		break;
	case 2: case 6: case 7:
		if (!got(c, 2, BGP_RD + 4))
			return -2;
		if (print) {
			out_str(", RD: ");
			rd_print(d, c, 2);
			out_str(", Source-AS ");
			as_print(d, cur_peek_be32(c, 10));
		}
		if (type != 2)
			sg_print(d, c, 14, print, &ok);
		break;
	case 3: case 5:
		if (!got(c, 2, BGP_RD))
			return -2;
		if (print) {
			out_str(", RD: ");
			rd_print(d, c, 2);
		}
		sg = sg_print(d, c, 10, print, &ok);
		if (type == 5 || !ok)
			break;
		if (!got(c, 10, rlen - sg))
			return -2;
		if (!vpn_ip_ok(c, 10, (rlen - sg) << 3))
			return -9;
		if (print) {
			out_str(", Originator ");
			vpn_ip_print(d, c, 10, (rlen - sg) << 3);
		}
		break;
	}
	return ok ? (int)rlen + 2 : -9;
}

static int mvpn_print(struct dctx *d, const struct cursor *c)
{
	int r;

	if (!need(d, c, 0, 2))
		return -9;
	r = mvpn_route(d, c, false);
	if (r == -9) {
		decode_trunc_cut(d, "bgp");
		return r;
	}
	if (r < 0)
		return r;
	return mvpn_route(d, c, true);
}

static int mdt_print(struct dctx *d, const struct cursor *c)
{
	if (!need(d, c, 0, 1))
		return -9;
	if (cur_peek(c, 0) != 128)
		return -1;
	if (!got(c, 1, 8))
		return -2;
	if (!need(d, c, 9, 8))
		return -9;
	out_str("\n\t      RD: ");
	rd_print(d, c, 1);
	out_str(", VPN IP Address: ");
	ip4_at(d, c, 9);
	out_str(", MC Group Address: ");
	ip4_at(d, c, 13);
	return 17;
}

/* The TLVs of an old-format L2VPN NLRI; false when a read would pass
 * the capture. */
static bool l2_tlvs(const struct cursor *c, size_t off, unsigned tlen,
		    bool print)
{
	while (tlen) {
		unsigned type, len, n;

		if (tlen < 3) {
			if (print)
				out_str("\n\t\tran past the end");
			return true;
		}
		if (!got(c, off, 3))
			return false;
		type = cur_peek(c, off);
		len = cur_peek_be16(c, off + 1);
		n = (len + 7) / 8;
		off += 3;
		if (type == 1) {
			if (print)
				out_fmt("\n\t\tcircuit status vector (%u) "
					"length: %u: 0x", type, len);
			for (; n; n--, tlen--, off++) {
				if (tlen < 1) {
					if (print)
						out_str(" (ran past the end)");
					return true;
				}
				if (!got(c, off, 1))
					return false;
				if (print)
					out_hex(cur_peek(c, off), 2);
			}
			continue;
		}
		if (print)
			out_fmt("\n\t\tunknown TLV #%u, length: %u", type, len);
		if (tlen < n) {
			if (print)
				out_str(" (ran past the end)");
			return true;
		}
		tlen -= n;
		off += n;
	}
	return true;
}

static int l2vpn_print(struct dctx *d, const struct cursor *c)
{
	unsigned plen;

	if (!need(d, c, 0, 2))
		return -9;
	plen = cur_peek_be16(c, 0);
	if (plen == 12) {
		if (!got(c, 2, 12))
			return -2;
		out_str("\n\t      RD: ");
		rd_print(d, c, 2);
		out_str(", BGPNH: ");
		ip4_at(d, c, 10);
		return (int)plen + 2;
	}
	if (plen <= 17 || !got(c, 2, 15) || !l2_tlvs(c, 17, plen - 15, false))
		return -2;
	out_str("\n\t      RD: ");
	rd_print(d, c, 2);
	out_fmt(", CE-ID: %u, Label-Block Offset: %u, Label Base %u",
		cur_peek_be16(c, 10), cur_peek_be16(c, 12), b24(c, 14) >> 4);
	l2_tlvs(c, 17, plen - 15, true);
	return (int)plen + 2;
}

/* One NLRI of the pair af: bytes used, -1 stop, -2 truncated (the
 * update ends with the marker), -9 the packet ended. */
static int nlri_print(struct dctx *d, const struct bgp_af *af,
		      const struct cursor *c, unsigned len, bool ap4, bool ap6)
{
	bool ap = af->nlri == NLRI_P4 ? ap4 : ap6;
	struct cursor p = *c;
	uint32_t path_id = 0;
	int r;

	switch (af->nlri) {
	case NLRI_P4:
	case NLRI_P6:
		if (ap) {
			if (!need(d, c, 0, 4))
				return -9;
			path_id = cur_peek_be32(c, 0);
			p = at(*c, 4);
		}
		r = prefix_print(d, &p, len, af->nlri == NLRI_P6,
				 "\n\t      ");
		if (r == -9)
			return r;
		if (r == -1)
			out_str("\n\t    (illegal prefix length)");
		else if (r == -2)
			return -2;
		if (ap) {
			out_fmt("   Path Id: %u", path_id);
			r += 4;
		}
		return r;
	case NLRI_LAB4:
	case NLRI_LAB6:
		r = labeled_print(d, c, len, af->nlri == NLRI_LAB6);
		if (r == -3)
			return -3;
		break;
	case NLRI_VPN4:
		r = vpn_print(d, c, 32, false, false);
		break;
	case NLRI_VPN6:
		r = vpn_print(d, c, 128, true, false);
		break;
	case NLRI_VPNCLNP:
		r = vpn_print(d, c, 152, false, true);
		break;
	case NLRI_CLNP:
		r = clnp_print(d, c);
		break;
	case NLRI_RT:
		return rt_routing_print(d, c);
	case NLRI_MVPN:
		r = mvpn_print(d, c);
		break;
	case NLRI_MDT:
		r = mdt_print(d, c);
		break;
	default:
		r = l2vpn_print(d, c);
		if (r == -1) {
			out_str("\n\t    (illegal length)");
			return r;
		}
		break;
	}
	if (r == -1)
		out_str("\n\t    (illegal prefix length)");
	return r;
}

/* check_add_path: could these NLRI carry path ids, and do they not
 * make sense without? */
static bool check_add_path(const struct cursor *c, unsigned length,
			   unsigned maxbits)
{
	unsigned off, plen;

	if (length < 5)
		return false;
	for (off = 0; off < length;) {
		off += 4;
		if (!got(c, off, 1))
			break;
		plen = cur_peek(c, off);
		if (plen > maxbits)
			return false;
		off += 1 + (plen + 7) / 8;
	}
	if (off > length)
		return false;
	for (off = 0; off < length;) {
		if (!got(c, off, 1))
			break;
		plen = cur_peek(c, off);
		if (plen < 1 || plen > maxbits)
			return true;
		off += 1 + (plen + 7) / 8;
	}
	return off > length;
}

/* ---- path attributes */

static int attr_print(struct dctx *d, unsigned type, struct cursor c,
		      unsigned len, unsigned level);

/* "\n\t    AFI: ..., SAFI: ..." and the pair's decoder, or NULL after the
 * hex (*trunc when that was cut). */
static const struct bgp_af *mp_af_print(struct dctx *d,
					const struct cursor *c,
					unsigned tlen, bool *trunc)
{
	unsigned afi = cur_peek_be16(c, 0), safi = cur_peek(c, 2);
	size_t i;

	out_str("\n\t    AFI: ");
	tok_or(af_values, afi, "Unknown AFI");
	out_fmt(" (%u), %sSAFI: ", afi, safi > 128 ? "vendor specific " : "");
	tok_or(safi_names, safi, "Unknown SAFI");
	out_fmt(" (%u)", safi);
	for (i = 0; i < sizeof(afs) / sizeof(afs[0]); i++)
		if (afs[i].afi == afi && afs[i].safi == safi)
			return &afs[i];
	if (!got(c, 0, tlen)) {
		*trunc = true;
		return NULL;
	}
	out_fmt("\n\t    no AFI %u / SAFI %u decoder", afi, safi);
	if (d->vflag <= 1)
		unknown_data_print(c, 0, tlen, "\n\t    ");
	return NULL;
}

/* An NSAP next hop after its RD; -2 truncated, -1 the packet ended. */
static int nh_rdnsap_print(struct dctx *d, const struct cursor *c,
			   unsigned left)
{
	bool v4;

	if (!got(c, 0, left))
		return -2;
	if (!need(d, c, 0, 12))
		return -1;
	v4 = cur_peek_be32(c, 8) == 0x47000601;
	if (!need(d, c, 0, v4 ? 16 : 11) ||
	    (!v4 && b24(c, 8) == 0x350000 && !need(d, c, 0, 27)))
		return -1;
	out_str("RD: ");
	rd_print(d, c, 0);
	out_str(", ");
	osi_nsap_print_at(at(*c, 8), left - 8);
	if (v4) {
		out_str(" = ");
		ip4_at(d, c, 12);
	} else if (b24(c, 8) == 0x350000) {
		out_str(" = ");
		ip6_at(d, c, 11);
	}
	return (int)left;
}

/* One next hop of the encoding nh: bytes used, -2 truncated, -1 the
 * packet ended. */
static int nexthop_print(struct dctx *d, const struct cursor *c,
			 unsigned nh, unsigned left)
{
	static const uint8_t size[] = {
		[NH_IP4] = 4, [NH_RD4] = 12, [NH_IP6] = 16, [NH_RD6] = 24,
		[NH_NSAP] = 0, [NH_RDNSAP] = 9,
	};

	if (left < size[nh]) {
		out_str("invalid len");
		return (int)left;
	}
	if (nh == NH_RDNSAP)
		return nh_rdnsap_print(d, c, left);
	if (!need(d, c, 0, nh == NH_NSAP ? left : size[nh]))
		return -1;
	switch (nh) {
	case NH_IP4:
		ip4_at(d, c, 0);
		break;
	case NH_IP6:
		ip6_at(d, c, 0);
		break;
	case NH_NSAP:
		osi_nsap_print_at(*c, left);
		return (int)left;
	default:
		out_str("RD: ");
		rd_print(d, c, 0);
		out_str(", ");
		if (nh == NH_RD4)
			ip4_at(d, c, 8);
		else
			ip6_at(d, c, 8);
		break;
	}
	return size[nh];
}

/* The NLRI after the header of MP_REACH/MP_UNREACH; 0 on truncation. */
static int mp_nlri_print(struct dctx *d, const struct bgp_af *af,
			 const struct cursor *c, size_t off, unsigned len)
{
	struct cursor n = at(*c, off);
	bool ap4 = check_add_path(&n, len - (unsigned)off, 32);
	bool ap6 = check_add_path(&n, len - (unsigned)off, 128);

	while (off < len) {
		struct cursor p = at(*c, off);
		int r = nlri_print(d, af, &p, len, ap4, ap6);

		if (r == -9)
			return -1;
		if (r == -2)
			return 0;
		if (r < 0)
			break;
		off += (unsigned)r;
	}
	return 1;
}

static int mp_reach_print(struct dctx *d, const struct cursor *c,
			  unsigned len)
{
	const struct bgp_af *af;
	bool trunc = false;
	unsigned nhlen, tlen = len, off, nnh = 0, snpa;

	if (!got(c, 0, 3) || tlen < 3)
		return 0;
	af = mp_af_print(d, c, tlen, &trunc);
	if (!af)
		return trunc ? 0 : 2;
	if (!got(c, 3, 1) || tlen < 4)
		return 0;
	nhlen = cur_peek(c, 3);
	off = 4;
	tlen -= 4;
	if (nhlen) {
		unsigned left = nhlen;

		if (tlen < nhlen)
			return 0;
		out_str("\n\t    nexthop: ");
		while (left) {
			struct cursor n = at(*c, off);
			int used;

			if (nnh++ > 0)
				out_str(", ");
			used = nexthop_print(d, &n, af->nh, left);
			if (used < 0)
				return used == -1 ? -1 : 0;
			off += (unsigned)used;
			tlen -= (unsigned)used;
			left -= (unsigned)used;
		}
	}
	out_fmt(", nh-length: %u", nhlen);
	if (tlen < 1)
		return 0;
	if (!need(d, c, off, 1))
		return -1;
	snpa = cur_peek(c, off++);
	tlen--;
	if (!snpa)
		out_str(", no SNPA");
	else
		out_fmt("\n\t    %u SNPA", snpa);
	for (; snpa; snpa--) {
		unsigned sl;

		if (tlen < 1)
			return 0;
		if (!need(d, c, off, 1))
			return -1;
		sl = cur_peek(c, off++);
		tlen--;
		out_fmt("\n\t      %u bytes", sl);
		if (tlen < sl || !got(c, off, sl))
			return 0;
		off += sl;
		tlen -= sl;
	}
	return mp_nlri_print(d, af, c, off, len);
}

static int mp_unreach_print(struct dctx *d, const struct cursor *c,
			    unsigned len)
{
	const struct bgp_af *af;
	bool trunc = false;

	if (!got(c, 0, 3))
		return 0;
	af = mp_af_print(d, c, len, &trunc);
	if (!af)
		return trunc ? 0 : 2;
	if (len == 3)
		out_str("\n\t      End-of-Rib Marker (empty NLRI)");
	return mp_nlri_print(d, af, c, 3, len);
}

static void extcomm_value(struct dctx *d, const struct cursor *c,
			  unsigned how)
{
	switch (how) {
	case EC_AS2_AN4:
		out_fmt("%u:%u (= ", cur_peek_be16(c, 2), cur_peek_be32(c, 4));
		ip4_at(d, c, 4);
		out_char(')');
		break;
	case EC_IP_AN2:
		ip4_at(d, c, 2);
		out_fmt(":%u", cur_peek_be16(c, 6));
		break;
	case EC_AS4_AN2:
		as_print(d, cur_peek_be32(c, 2));
		out_fmt(":%u", cur_peek_be16(c, 6));
		break;
	case EC_LINKBW:
		out_str("bandwidth: ");
		gmpls_bw_print(cur_peek_be32(c, 4));
		break;
	case EC_IP:
		ip4_at(d, c, 2);
		break;
	case EC_OSPF_RTYPE: {
		unsigned rt = cur_peek(c, 6);
		const char *s = tok_str(ospf_rtypes, rt);

		out_str("area:");
		ip4_at(d, c, 2);
		out_str(", router-type:");
		if (s)
			out_str(s);
		else
			out_fmt("unknown (0x%02x)", rt);
		out_fmt(", metric-type:%s%s", (cur_peek(c, 7) & 1) ? "E2" : "",
			(rt == 5 || rt == 7) ? "E1" : "");
		break;
	}
	case EC_L2INFO:
		tok_or(l2_encaps, cur_peek(c, 2), "unknown encaps");
		out_fmt(" Control Flags [0x%02x]:MTU %u", cur_peek(c, 3),
			cur_peek_be16(c, 4));
		break;
	case EC_SOURCE_AS:
		out_fmt("AS %u", cur_peek_be16(c, 2));
		break;
	case EC_ENCAP:
		out_str("Tunnel type: ");
		tok_or(encap_tunnels, cur_peek_be16(c, 6), "unknown encaps");
		break;
	default:
		out_fmt("%02x%02x%02x%02x%02x%02x", cur_peek(c, 2),
			cur_peek(c, 3), cur_peek(c, 4), cur_peek(c, 5),
			cur_peek(c, 6), cur_peek(c, 7));
		break;
	}
}

static int extcomms_print(struct dctx *d, struct cursor c, unsigned len)
{
	if (len % 8) {
		out_str("invalid len");
		return 1;
	}
	for (; len; len -= 8, cur_skip(&c, 8)) {
		unsigned type, how = EC_HEX;
		const char *name = "unknown extd community typecode";
		size_t i;

		if (!got(&c, 0, 2))
			return 0;
		type = cur_peek_be16(&c, 0);
		for (i = 0; i < sizeof(extcomms) / sizeof(extcomms[0]); i++)
			if (extcomms[i].type == type) {
				name = extcomms[i].name;
				how = extcomms[i].how;
			}
		out_fmt("\n\t    %s (0x%04x), Flags [", name, type);
		tok_bits_print(extcomm_flags, type, ", ", "none");
		out_char(']');
		if (!got(&c, 0, 8))
			return 0;
		out_str(": ");
		extcomm_value(d, &c, how);
	}
	return 1;
}

static int pmsi_print(struct dctx *d, const struct cursor *c, unsigned len)
{
	unsigned flags, type;

	if (!got(c, 0, 5) || len < 5)
		return 0;
	flags = cur_peek(c, 0);
	type = cur_peek(c, 1);
	out_str("\n\t    Tunnel-type ");
	tok_or(pmsi_names, type, "Unknown");
	out_fmt(" (%u), Flags [", type);
	tok_bits_print(pmsi_flags, flags, ", ", "none");
	out_fmt("], MPLS Label %u", b24(c, 2) >> 4);
	if (type >= 1 && type <= 7 && !need(d, c, 5, type == 6 ? 4 : 8))
		return -1;
	switch (type) {
	case 4: case 5: case 3:
		out_str(type == 3 ? "\n\t      Root-Node " : "\n\t      Sender ");
		ip4_at(d, c, 5);
		out_str(", P-Group ");
		ip4_at(d, c, 9);
		break;
	case 6:
		out_str("\n\t      Tunnel-Endpoint ");
		ip4_at(d, c, 5);
		break;
	case 2: case 7: case 1:
		out_str(type == 1 ? "\n\t      Extended-Tunnel-ID "
				  : "\n\t      Root-Node ");
		ip4_at(d, c, 5);
		out_fmt(type == 1 ? ", P2MP-ID 0x%08x" : ", LSP-ID 0x%08x",
			cur_peek_be32(c, 9));
		break;
	default:
		if (d->vflag <= 1)
			unknown_data_print(c, 5, len - 5, "\n\t      ");
	}
	return 1;
}

static int aigp_print(struct dctx *d, struct cursor c, unsigned tlen)
{
	while (tlen >= 3) {
		unsigned type, length;

		if (!need(d, &c, 0, 3))
			return -1;
		type = cur_peek(&c, 0);
		length = cur_peek_be16(&c, 1);
		cur_skip(&c, 3);
		tlen -= 3;
		out_str("\n\t    ");
		tok_or(aigp_types, type, "Unknown");
		out_fmt(" TLV (%u), length %u", type, length);
		if (length < 3)
			return 0;
		length -= 3;
		if (tlen < length)
			return 0;
		if (type == 1) {
			if (length < 8)
				return 0;
			if (!need(d, &c, 0, 8))
				return -1;
			out_fmt(", metric %llu",
				(unsigned long long)cur_peek_be32(&c, 0) << 32 |
				cur_peek_be32(&c, 4));
		} else if (d->vflag <= 1) {
			unknown_data_print(&c, 0, length, "\n\t      ");
		}
		cur_skip(&c, length);
		tlen -= length;
	}
	return 1;
}

static int as_path_print(struct dctx *d, unsigned type,
			 const struct cursor *c, unsigned len)
{
	unsigned size = 4, off = 0, i;

	if (len % 2) {
		out_str("invalid len");
		return 1;
	}
	if (!len) {
		out_str("empty");
		return 1;
	}
	if (type == 2) {
		/* 2-byte ASes if the segments add up that way */
		while (off < len) {
			unsigned st = cur_peek(c, off);

			if (st < 1 || st > 4 || !got(c, off, 2))
				break;
			off += 2 + cur_peek(c, off + 1) * 2;
		}
		if (off == len)
			size = 2;
	}
	for (off = 0; off < len;) {
		if (!need(d, c, off, 2))
			return -1;
		tok_or(seg_open, cur_peek(c, off), "?");
		for (i = 0; i < cur_peek(c, off + 1) * size; i += size) {
			if (!got(c, off + 2 + i, size))
				return 0;
			as_print(d, size == 2 ? cur_peek_be16(c, off + 2 + i)
				 : cur_peek_be32(c, off + 2 + i));
			out_char(' ');
		}
		tok_or(seg_close, cur_peek(c, off), "?");
		off += 2 + cur_peek(c, off + 1) * size;
	}
	return 1;
}

static int communities_print(struct dctx *d, struct cursor c, unsigned len)
{
	(void)d;
	if (len % 4) {
		out_str("invalid len");
		return 1;
	}
	for (; len; len -= 4, cur_skip(&c, 4)) {
		uint32_t comm;

		if (!got(&c, 0, 4))
			return 0;
		comm = cur_peek_be32(&c, 0);
		if (comm == 0xffffff01)
			out_str(" NO_EXPORT");
		else if (comm == 0xffffff02)
			out_str(" NO_ADVERTISE");
		else if (comm == 0xffffff03)
			out_str(" NO_EXPORT_SUBCONFED");
		else
			out_fmt("%u:%u%s", comm >> 16, comm & 0xffff,
				len > 4 ? ", " : "");
	}
	return 1;
}

static void attr_flags_print(unsigned f)
{
	out_fmt(", Flags [%s%s%s%s", f & 0x80 ? "O" : "", f & 0x40 ? "T" : "",
		f & 0x20 ? "P" : "", f & 0x10 ? "E" : "");
	if (f & 0xf)
		out_fmt("+%x", f & 0xf);
	out_char(']');
}

static int attr_set_walk(struct dctx *d, struct cursor c, unsigned *lenp,
			 unsigned level);

/* ATTR_SET; *len is left with what tcpdump's len is left with. */
static int attr_set_print(struct dctx *d, struct cursor c, unsigned *lenp,
			  unsigned level)
{
	unsigned len = *lenp;
	int r = attr_set_walk(d, c, &len, level);

	*lenp = len;
	return r;
}

static int attr_set_walk(struct dctx *d, struct cursor c, unsigned *lenp,
			 unsigned level)
{
	unsigned len = *lenp;

	if (!got(&c, 0, 4) || len < 4)
		return 0;
	out_str("\n\t    Origin AS: ");
	as_print(d, cur_peek_be32(&c, 0));
	cur_skip(&c, 4);
	*lenp = len -= 4;
	while (len) {
		unsigned flags, type, ll, alen;

		if (!got(&c, 0, 2))
			return 0;
		if (len < 2) {
			out_str(" [path attr too short]");
			*lenp = len;
			return 1;
		}
		flags = cur_peek(&c, 0);
		type = cur_peek(&c, 1);
		ll = flags & 0x10 ? 2 : 1;
		cur_skip(&c, 2);
		len -= 2;
		if (!got(&c, 0, ll))
			return 0;
		if (len < ll) {
			out_str(" [path attr too short]");
			*lenp = len;
			return 1;
		}
		alen = ll == 2 ? cur_peek_be16(&c, 0) : cur_peek(&c, 0);
		cur_skip(&c, ll);
		len -= ll;
		out_str("\n\t      ");
		tok_or(attr_names, type, "Unknown Attribute");
		out_fmt(" (%u), length: %u", type, alen);
		if (flags)
			attr_flags_print(flags);
		out_str(": ");
		if (len < alen) {
			out_str(" [path attr too short]");
			*lenp = len;
			return 1;
		}
		if (level == 10)
			out_str("(too many nested levels, not recursing)");
		else {
			int r = attr_print(d, type, c, alen, level + 1);

			if (r <= 0)
				return r;
		}
		cur_skip(&c, alen);
		*lenp = len -= alen;
	}
	return 1;
}

static int large_comm_print(struct dctx *d, struct cursor c, unsigned len)
{
	if (len == 0 || len % 12) {
		out_str("invalid len");
		return 1;
	}
	out_str("\n\t    ");
	for (; len; len -= 12, cur_skip(&c, 12)) {
		if (!need(d, &c, 0, 12))
			return -1;
		out_fmt("%u:%u:%u%s", cur_peek_be32(&c, 0),
			cur_peek_be32(&c, 4), cur_peek_be32(&c, 8),
			len > 12 ? ", " : "");
	}
	return 1;
}

/* An attribute with a fixed layout: length it must have, what it reads,
 * and how its value prints. */
static int fixed_attr_print(struct dctx *d, unsigned type,
			    const struct cursor *c, unsigned len)
{
	switch (type) {
	case 1:
		if (len != 1)
			break;
		if (!need(d, c, 0, 1))
			return -1;
		tok_or(origin_names, cur_peek(c, 0), "Unknown Origin Typecode");
		return 1;
	case 3: case 9:
		if (len != 4)
			break;
		if (!need(d, c, 0, 4))
			return -1;
		ip4_at(d, c, 0);
		return 1;
	case 4: case 5:
		if (len != 4)
			break;
		if (!need(d, c, 0, 4))
			return -1;
		out_uint(cur_peek_be32(c, 0), 0);
		return 1;
	case 6:
		if (len != 0)
			break;
		return 1;
	case 7: case 18:
		if (len != 8 && (type == 18 || len != 6))
			break;
		if (!got(c, 0, len))
			return 0;
		out_str(" AS #");
		as_print(d, len == 6 ? cur_peek_be16(c, 0)
			 : cur_peek_be32(c, 0));
		out_str(", origin ");
		ip4_at(d, c, len - 4);
		return 1;
	}
	out_str("invalid len");
	return 1;
}

static int attr_value_print(struct dctx *d, unsigned type,
			    const struct cursor *c, unsigned len,
			    unsigned level, unsigned *rest)
{
	switch (type) {
	case 1: case 3: case 4: case 5: case 6: case 7: case 9: case 18:
		return fixed_attr_print(d, type, c, len);
	case 2: case 17:
		return as_path_print(d, type, c, len);
	case 8:
		return communities_print(d, *c, len);
	case 10:
		if (len % 4) {
			out_str("invalid len");
			return 1;
		}
		for (unsigned off = 0; off < len; off += 4) {
			if (!need(d, c, off, 4))
				return -1;
			ip4_at(d, c, off);
			if (len - off > 4)
				out_str(", ");
		}
		return 1;
	case 14:
		return mp_reach_print(d, c, len);
	case 15:
		return mp_unreach_print(d, c, len);
	case 16:
		return extcomms_print(d, *c, len);
	case 22:
		return pmsi_print(d, c, len);
	case 26:
		return aigp_print(d, *c, len);
	case 128:
		return attr_set_print(d, *c, rest, level);
	case 32:
		return large_comm_print(d, *c, len);
	}
	if (!got(c, 0, len))
		return 0;
	out_fmt("\n\t    no Attribute %u decoder", type);
	if (d->vflag <= 1)
		unknown_data_print(c, 0, len, "\n\t    ");
	return 1;
}

/* bgp_attr_print: 1 done, 0 truncated (the caller's marker), -1 the
 * packet ended; 2 from an MP attribute means "hex already shown". */
static int attr_print(struct dctx *d, unsigned type, struct cursor c,
		      unsigned len, unsigned level)
{
	unsigned rest = len;
	int r = attr_value_print(d, type, &c, len, level, &rest);

	if (r <= 0)
		return r;
	if (type == 32)
		return 1;	/* tcpdump's len was used up by the loop */
	if (type == 128)
		len = rest;
	if (d->vflag > 1 && len) {
		if (!got(&c, 0, len))
			return 0;
		unknown_data_print(&c, 0, len, "\n\t    ");
	}
	return 1;
}

/* ---- messages */

static int caps_one(struct dctx *d, const struct cursor *c, unsigned type,
		    unsigned len)
{
	unsigned off;

	switch (type) {
	case 1:
		if (len < 4) {
			out_str(" (too short, < 4)");
			return 0;
		}
		afi_safi_print("\n\t\tAFI ", cur_peek_be16(c, 2),
			       cur_peek(c, 5));
		break;
	case 8: case 64: case 69:
		if (type == 64) {
			if (len < 2) {
				out_str(" (too short, < 2)");
				return 0;
			}
			out_str("\n\t\tRestart Flags: [");
			tok_bits_print(restart_flags, cur_peek(c, 2) >> 4,
				       ", ", "none");
			out_fmt("], Restart Time %us",
				cur_peek_be16(c, 2) & 0xfff);
		}
		if (type == 69 && len == 0) {
			out_str(" (bogus)");
			break;
		}
		for (off = type == 64 ? 4 : 2; off + 4 <= len + 2; off += 4) {
			unsigned afi = cur_peek_be16(c, off);
			unsigned safi = cur_peek(c, off + 2);
			unsigned x = cur_peek(c, off + 3);

			afi_safi_print(type == 64 ? "\n\t\t  AFI "
						  : "\n\t\tAFI ", afi, safi);
			if (type == 8) {
				out_fmt(", Count: %u", x);
			} else if (type == 64) {
				out_fmt(", Forwarding state preserved: %s",
					x & 0x80 ? "yes" : "no");
			} else {
				const char *s = tok_str(addpath_modes, x);

				out_str(", Send/Receive: ");
				if (s)
					out_str(s);
				else
					out_fmt("Bogus (0x%02x)", x);
			}
		}
		if (type == 69 && off < len + 2)
			out_str(" (invalid)");
		break;
	case 2: case 71: case 128:
		break;
	case 65:
		if (len < 4) {
			out_str(" (too short, < 4)");
			return 0;
		}
		out_str("\n\t\t 4 Byte AS ");
		as_print(d, cur_peek_be32(c, 2));
		break;
	default:
		out_fmt("\n\t\tno decoder for Capability %u", type);
		if (d->vflag <= 1)
			unknown_data_print(c, 2, len, "\n\t\t");
		break;
	}
	if (d->vflag > 1 && len)
		unknown_data_print(c, 2, len, "\n\t\t");
	return 1;
}

static void caps_print(struct dctx *d, struct cursor c, unsigned caps_len)
{
	unsigned i = 0;

	while (i < caps_len) {
		struct cursor cap = at(c, i);
		unsigned type, len;

		if (!got(&cap, 0, 2)) {
			soft_trunc();
			return;
		}
		type = cur_peek(&cap, 0);
		len = cur_peek(&cap, 1);
		out_str("\n\t      ");
		tok_or(cap_names, type, "Unknown");
		out_fmt(" (%u), length: %u", type, len);
		if (!got(&cap, 2, len)) {
			soft_trunc();
			return;
		}
		if (!caps_one(d, &cap, type, len))
			return;
		i += 2 + len;
	}
}

static void open_print(struct dctx *d, struct cursor c, unsigned length)
{
	unsigned optslen, i = 0;

	if (!got(&c, 0, BGP_OPEN_HDR) || length < BGP_OPEN_HDR) {
		soft_trunc();
		return;
	}
	out_fmt("\n\t  Version %u, my AS ", cur_peek(&c, 19));
	as_print(d, cur_peek_be16(&c, 20));
	out_fmt(", Holdtime %us, ID ", cur_peek_be16(&c, 22));
	ip4_at(d, &c, 24);
	optslen = cur_peek(&c, 28);
	out_fmt("\n\t  Optional parameters, length: %u", optslen);
	cur_skip(&c, BGP_OPEN_HDR);
	length -= BGP_OPEN_HDR;
	while (i < optslen) {
		unsigned type, len;

		if (!got(&c, i, 2) || length < 2 + i) {
			soft_trunc();
			return;
		}
		type = cur_peek(&c, i);
		len = cur_peek(&c, i + 1);
		if (2 + i + len > optslen) {
			out_fmt("\n\t     Option %u, length: %u, goes past "
				"the end of the options", type, len);
			break;
		}
		out_str("\n\t    Option ");
		tok_or(opt_names, type, "Unknown");
		out_fmt(" (%u), length: %u", type, len);
		if (type == 2)
			caps_print(d, at(c, i + 2), len);
		else
			out_fmt("\n\t      no decoder for option %u", type);
		i += 2 + len;
	}
}

/* Withdrawn routes or the NLRI of an update: the bytes tcpdump's
 * pointer moved (it stops at a bad prefix), -1 when the message ended. */
static int routes_print(struct dctx *d, struct cursor c, unsigned len,
			bool withdrawn)
{
	bool ap = check_add_path(&c, len, 32);
	unsigned used = 0;

	while (len) {
		uint32_t path_id = 0;
		int r;

		if (ap) {
			if (len < 4 && withdrawn)
				return (int)(used + len);
			if (!got(&c, 0, 4) || len < 4)
				goto trunc;
			path_id = cur_peek_be32(&c, 0);
			cur_skip(&c, 4);
			len -= 4;
			used += 4;
		}
		r = prefix_print(d, &c, len, false, "\n\t    ");
		if (r == -9)
			return -1;
		if (r == -1) {
			out_str("\n\t    (illegal prefix length)");
			return (int)used;
		}
		if (r == -2)
			goto trunc;
		if (ap)
			out_fmt("   Path Id: %u", path_id);
		cur_skip(&c, (size_t)r);
		len -= (unsigned)r;
		used += (unsigned)r;
	}
	return (int)used;
trunc:
	soft_trunc();
	return -1;
}

/* The path attributes; false when the update ended. */
static bool attrs_print(struct dctx *d, struct cursor *c, unsigned len,
			unsigned *length)
{
	while (len) {
		unsigned flags, type, ll, alen;
		int r;

		if (!got(c, 0, 2) || *length < 2)
			goto trunc;
		if (len < 2) {
			out_str("\n\t  [path attrs too short]");
			goto skip;
		}
		flags = cur_peek(c, 0);
		type = cur_peek(c, 1);
		ll = flags & 0x10 ? 2 : 1;
		if (!got(c, 2, ll) || *length < 2 + ll)
			goto trunc;
		if (len < 2 + ll) {
			cur_skip(c, 2);
			len -= 2;
			*length -= 2;
			out_str("\n\t  [path attrs too short]");
			goto skip;
		}
		alen = ll == 2 ? cur_peek_be16(c, 2) : cur_peek(c, 2);
		cur_skip(c, 2 + ll);
		len -= 2 + ll;
		*length -= 2 + ll;
		out_str("\n\t  ");
		tok_or(attr_names, type, "Unknown Attribute");
		out_fmt(" (%u), length: %u", type, alen);
		if (flags) {
			attr_flags_print(flags);
			out_str(": ");
		}
		if (len < alen) {
			out_str(" [path attrs too short]");
			goto skip;
		}
		if (*length < alen)
			goto trunc;
		r = attr_print(d, type, *c, alen, 0);
		if (r < 0)
			return false;
		if (r == 0)
			goto trunc;
		cur_skip(c, alen);
		len -= alen;
		*length -= alen;
	}
	return true;
skip:
	/* tcpdump skips what is left of the attributes */
	cur_skip(c, len);
	*length -= len;
	return true;
trunc:
	soft_trunc();
	return false;
}

static void update_print(struct dctx *d, struct cursor c, unsigned length)
{
	unsigned wlen, alen;

	cur_skip(&c, BGP_HDR);
	length -= BGP_HDR;
	if (!got(&c, 0, 2) || length < 2)
		goto trunc;
	wlen = cur_peek_be16(&c, 0);
	cur_skip(&c, 2);
	length -= 2;
	if (!got(&c, 0, wlen) || length < wlen)
		goto trunc;
	if (wlen > 1) {
		int used;

		out_str("\n\t  Withdrawn routes:");
		used = routes_print(d, c, wlen, true);
		if (used < 0)
			return;
		/* after a bad prefix tcpdump reads on from there */
		cur_skip(&c, (size_t)used);
		length -= (unsigned)used;
		wlen -= (unsigned)used;
	} else {
		cur_skip(&c, wlen);
		length -= wlen;
	}
	if (!got(&c, 0, 2) || length < 2)
		goto trunc;
	alen = cur_peek_be16(&c, 0);
	cur_skip(&c, 2);
	length -= 2;
	if (wlen == 0 && alen == 0 && length == 0) {
		out_str("\n\t  End-of-Rib Marker (empty NLRI)");
		return;
	}
	if (alen) {
		if (length < alen)
			goto trunc;
		if (!attrs_print(d, &c, alen, &length))
			return;
	}
	if (length) {
		out_str("\n\t  Updated routes:");
		routes_print(d, c, length, false);
	}
	return;
trunc:
	soft_trunc();
}

static void shutdown_comm_print(struct cursor c, unsigned length)
{
	unsigned n = cur_peek(&c, 0), rest = 0, i;

	if (n > length - 1) {
		out_str(", invalid Shutdown Communication length");
	} else if (n == 0) {
		out_str(", empty Shutdown Communication");
		rest = 1;
	} else {
		out_fmt(", Shutdown Communication (length: %u): \"", n);
		for (i = 1; i <= n; i++)
			decode_char(cur_peek(&c, i));
		out_char('"');
		rest = n + 1;
	}
	if (length > rest) {
		out_fmt(", Data: (length: %u)", length - rest);
		decode_hex_ident(at(c, rest), length - rest, "\n\t\t");
	}
}

static void notification_print(struct dctx *d, struct cursor c,
			       unsigned length)
{
	static const struct tok *const minors[] = {
		NULL, notify_msg, notify_open, notify_update, NULL,
		notify_fsm, notify_cease, notify_cap,
	};
	unsigned major, minor;

	(void)d;
	if (!got(&c, 0, BGP_HDR + 2)) {
		soft_trunc();
		return;
	}
	if (length < BGP_HDR + 2)
		return;
	major = cur_peek(&c, 19);
	minor = cur_peek(&c, 20);
	out_str(", ");
	tok_or(notify_major, major, "Unknown Error");
	out_fmt(" (%u)", major);
	if (major < 1 || major > 7 || major == 4)
		return;
	out_str(major == 5 || major == 7 ? " subcode " : ", subcode ");
	tok_or(minors[major], minor, "Unknown");
	out_fmt(" (%u)", minor);
	if (major != 6)
		return;
	cur_skip(&c, BGP_HDR + 2);
	length -= BGP_HDR + 2;
	if (minor == 1 && length >= 7) {
		unsigned afi = cur_peek_be16(&c, 0), safi = cur_peek(&c, 2);

		afi_safi_print(", AFI ", afi, safi);
		out_fmt(", Max Prefixes: %u", cur_peek_be32(&c, 3));
	}
	if ((minor == 2 || minor == 4) && length >= 1)
		shutdown_comm_print(c, length);
}

static bool pdu_print(struct dctx *d, struct cursor c, unsigned length)
{
	unsigned type = cur_peek(&c, 18);

	out_str("\n\t");
	tok_or(msg_names, type, "Unknown");
	out_fmt(" Message (%u), length: %u", type, length);
	switch (type) {
	case 1:
		open_print(d, c, length);
		break;
	case 2:
		update_print(d, c, length);
		break;
	case 3:
		notification_print(d, c, length);
		break;
	case 4:
		break;
	case 5:
		if (length < 23)
			break;
		afi_safi_print("\n\t  AFI ", cur_peek_be16(&c, 19),
			       cur_peek(&c, 22));
		if (d->vflag > 1)
			unknown_data_print(&c, 0, length, "\n\t  ");
		break;
	default:
		out_fmt("\n\t  no Message %u decoder", type);
		unknown_data_print(&c, 0, length, "\n\t  ");
		break;
	}
	return !d->stop;
}

static bool is_marker(const struct cursor *c)
{
	unsigned i;

	for (i = 0; i < 16; i++)
		if (cur_peek(c, i) != 0xff)
			return false;
	return true;
}

DECODE_PORT(TCP, 40, 179, 179, PORT_EITHER, bgp_print)

void bgp_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct l4info *l4 DECODE_UNUSED)
{
	bool skipped = false;

	(void)len;
	out_str(": BGP");
	if (d->vflag < 1)
		return;
	while (cur_left(&c)) {
		unsigned hlen;

		if (cur_peek(&c, 0) != 0xff) {
			cur_skip(&c, 1);
			skipped = true;
			continue;
		}
		if (!got(&c, 0, 16))
			break;
		if (!is_marker(&c)) {
			cur_skip(&c, 1);
			skipped = true;
			continue;
		}
		if (!got(&c, 0, BGP_HDR)) {
			decode_trunc(d, "bgp");
			return;
		}
		if (skipped)
			soft_trunc();
		hlen = cur_peek_be16(&c, 16);
		if (hlen < BGP_HDR) {
			out_fmt("\nmessage length %u < %u", hlen, BGP_HDR);
			decode_invalid(d);
			return;
		}
		if (!got(&c, 0, hlen)) {
			out_str("\n[|BGP ");
			tok_or(msg_names, cur_peek(&c, 18),
			       "Unknown Message Type");
			out_char(']');
			return;
		}
		if (!pdu_print(d, c, hlen))
			return;
		cur_skip(&c, hlen);
		skipped = false;
	}
}
