/* print-isis.c - IS-IS (ISO 10589, RFC 1195) with the TLVs of RFC 5305
 * (traffic engineering), RFC 5120 (multi-topology), RFC 5308 (IPv6),
 * RFC 8667 (segment routing), RFC 6329 (SPB), RFC 3847, 6232, 8202.
 *
 *   common header (8) | PDU header (IIH, LSP, CSNP, PSNP) | TLVs
 *
 * Output as tcpdump 4.99 print-isoclns.c (isis_print).
 */
#include <stdint.h>
#include <stdio.h>

#include "decode.h"
#include "gmpls.h"
#include "osi.h"
#include "out.h"
#include "unknown.h"

bool isis_print(struct dctx *d, struct cursor c, unsigned len);
bool osi_cksum_print(const struct cursor *c, unsigned sum, unsigned off,
		     unsigned len);
const char *osi_nlpid_name(unsigned nlpid);

static const struct tok pdu_names[] = {
	{ 15, "L1 Lan IIH" }, { 16, "L2 Lan IIH" }, { 17, "p2p IIH" },
	{ 18, "L1 LSP" }, { 20, "L2 LSP" }, { 24, "L1 CSNP" },
	{ 25, "L2 CSNP" }, { 26, "L1 PSNP" }, { 27, "L2 PSNP" },
	{ 0, NULL }
};

static const struct tok tlv_names[] = {
	{ 1, "Area address(es)" }, { 2, "IS Reachability" },
	{ 3, "ES Neighbor(s)" }, { 4, "Partition DIS" },
	{ 5, "Prefix Neighbors" }, { 6, "IS Neighbor(s)" },
	{ 7, "Instance Identifier" }, { 8, "Padding" },
	{ 9, "LSP entries" }, { 10, "Authentication" }, { 12, "Checksum" },
	{ 13, "Purge Originator Identifier" }, { 14, "LSP Buffersize" },
	{ 22, "Extended IS Reachability" }, { 24, "IS Alias ID" },
	{ 42, "DECnet Phase IV" }, { 66, "Lucent Proprietary" },
	{ 128, "IPv4 Internal Reachability" }, { 129, "Protocols supported" },
	{ 130, "IPv4 External Reachability" },
	{ 131, "Inter-Domain Information Type" },
	{ 132, "IPv4 Interface address(es)" },
	{ 133, "IPv4 authentication (deprecated)" },
	{ 134, "Traffic Engineering Router ID" },
	{ 135, "Extended IPv4 Reachability" },
	{ 138, "Shared Risk Link Group" },
	{ 143, "Multi-Topology-Aware Port Capability" },
	{ 144, "Multi-Topology Capability" }, { 176, "Nortel Proprietary" },
	{ 177, "Nortel Proprietary" }, { 137, "Hostname" },
	{ 211, "Restart Signaling" }, { 222, "Multi Topology IS Reachability" },
	{ 229, "Multi Topology" }, { 232, "IPv6 Interface address(es)" },
	{ 235, "Multi-Topology IPv4 Reachability" },
	{ 236, "IPv6 reachability" }, { 237, "Multi-Topology IP6 Reachability" },
	{ 240, "Point-to-point Adjacency State" },
	{ 241, "Hello PDU Sequence Number" }, { 242, "IS-IS Router Capability" },
	{ 250, "Vendor Private" },
	{ 0, NULL }
};

static const struct tok is_subtlv_names[] = {
	{ 3, "Administrative groups" }, { 4, "Link Local/Remote Identifier" },
	{ 5, "Link Remote Identifier" }, { 6, "IPv4 interface address" },
	{ 8, "IPv4 neighbor address" }, { 9, "Maximum link bandwidth" },
	{ 10, "Reservable link bandwidth" }, { 11, "Unreserved bandwidth" },
	{ 18, "Traffic Engineering Metric" }, { 19, "Link Attribute" },
	{ 20, "Link Protection Type" },
	{ 21, "Interface Switching Capability" },
	{ 12, "Bandwidth Constraints (old)" }, { 22, "Bandwidth Constraints" },
	{ 32, "LAN Adjacency Segment Identifier" }, { 29, "SPB Metric" },
	{ 250, "Reserved for cisco specific extensions" },
	{ 251, "Reserved for cisco specific extensions" },
	{ 252, "Reserved for cisco specific extensions" },
	{ 253, "Reserved for cisco specific extensions" },
	{ 254, "Reserved for cisco specific extensions" },
	{ 255, "Reserved for future expansion" },
	{ 0, NULL }
};

static const struct tok ip_subtlv_names[] = {
	{ 1, "32-Bit Administrative tag" }, { 2, "64-Bit Administrative tag" },
	{ 3, "Prefix SID" }, { 117, "Management Prefix Color" },
	{ 0, NULL }
};

static const struct tok prefix_sid_flags[] = {
	{ 0x80, "Readvertisement" }, { 0x40, "Node" }, { 0x20, "No-PHP" },
	{ 0x10, "Explicit NULL" }, { 0x08, "Value" }, { 0x04, "Local" },
	{ 0, NULL }
};

static const struct tok prefix_sid_algos[] = {
	{ 0, "SPF" }, { 1, "strict-SPF" }, { 0, NULL }
};

static const struct tok link_attrs[] = {
	{ 0x01, "Local Protection Available" },
	{ 0x02, "Link excluded from local protection path" },
	{ 0x04, "Local maintenance required" },
	{ 0, NULL }
};

static const struct tok lan_adj_sid_flags[] = {
	{ 0x80, "Address family IPv6" }, { 0x40, "Backup" },
	{ 0x20, "Value" }, { 0x10, "Local significance" },
	{ 0x08, "Set of adjacencies" }, { 0x04, "Persistent" },
	{ 0, NULL }
};

static const struct tok auth_names[] = {
	{ 1, "simple text password" }, { 3, "Generic Crypto key-id" },
	{ 54, "HMAC-MD5 password" }, { 255, "Routing Domain private password" },
	{ 0, NULL }
};

static const struct tok idrp_names[] = {
	{ 0, "Reserved" }, { 1, "Routing-Domain Specific" },
	{ 2, "AS Number Tag" },
	{ 0, NULL }
};

static const struct tok port_cap_subtlvs_names[] = {
	{ 4, "SPB MCID" }, { 5, "SPB Digest" }, { 6, "SPB BVID" },
	{ 0, NULL }
};

static const struct tok mt_cap_subtlvs_names[] = {
	{ 1, "SPB Instance" },
	{ 3, "SPBM Service Identifier and Unicast Address" },
	{ 0, NULL }
};

static const struct tok router_cap_flags[] = {
	{ 0x01, "S bit" }, { 0x02, "D bit" }, { 0, NULL }
};

static const struct tok router_cap_subtlvs_names[] = {
	{ 2, "SR-Capabilities" }, { 0, NULL }
};

static const struct tok sr_cap_flags[] = {
	{ 0x80, "ipv4" }, { 0x40, "ipv6" }, { 0, NULL }
};

static const struct tok mt_flags[] = {
	{ 0x4000, "ATT bit set" }, { 0x8000, "Overload bit set" },
	{ 0, NULL }
};

static const struct tok mt_names[] = {
	{ 0, "IPv4 unicast" }, { 1, "In-Band Management" },
	{ 2, "IPv6 unicast" }, { 3, "Multicast" },
	{ 4095, "Development, Experimental or Proprietary" },
	{ 0, NULL }
};

static const struct tok circuit_types[] = {
	{ 1, "Level 1 only" }, { 2, "Level 2 only" },
	{ 3, "Level 1, Level 2" },
	{ 0, NULL }
};

static const struct tok lsp_istypes[] = {
	{ 0, "Unused 0x0 (invalid)" }, { 1, "L1 IS" },
	{ 2, "Unused 0x2 (invalid)" }, { 3, "L2 IS" },
	{ 0, NULL }
};

static const struct tok ptp_adj_states[] = {
	{ 0, "Up" }, { 1, "Initializing" }, { 2, "Down" }, { 0, NULL }
};

static const struct tok restart_flags[] = {
	{ 0x1, "Restart Request" }, { 0x2, "Restart Acknowledgement" },
	{ 0x4, "Suppress adjacency advertisement" },
	{ 0, NULL }
};

static const struct tok virtual_flags[] = {
	{ 0, "IsNotVirtual" }, { 1, "IsVirtual" }, { 0, NULL }
};

static const struct tok tsc_indications[] = {
	{ 0, "Standard SONET/SDH" }, { 1, "Arbitrary SONET/SDH" },
	{ 0, NULL }
};

/* What a TLV printer tells the loop. */
enum tlv_res {
	TLV_OK,		/* hex with -vv, then the next TLV */
	TLV_TRUNC,	/* " [|isis]" and the PDU is done */
	TLV_DONE,	/* the PDU is done, nothing more */
	TLV_FAIL,	/* the caller dumps the PDU in hex */
	TLV_CUT,	/* the capture ended: the packet is done */
};

static const char IND[] = "\n\t      ";

static void tok_or(const struct tok *t, unsigned v, const char *dflt)
{
	const char *s = tok_str(t, v);

	out_str(s ? s : dflt);
}

static bool got(const struct cursor *c, size_t off, size_t n)
{
	return off + n <= cur_left(c);
}

static struct cursor at(struct cursor c, size_t off)
{
	cur_skip(&c, off);
	return c;
}

static unsigned b24(const struct cursor *c, size_t off)
{
	return (unsigned)cur_peek(c, off) << 16 | cur_peek_be16(c, off + 1);
}

static void ip4_at(struct dctx *d, const struct cursor *c, size_t off)
{
	uint8_t a[4];
	struct cursor t = at(*c, off);

	cur_bytes(&t, a, 4);
	decode_ip4addr(d, a);
}

/* isis_print_id: a system id (6), node id (7) or LSP id (8). */
static void id_print(const struct cursor *c, size_t off, unsigned n)
{
	unsigned i;

	for (i = 0; i < 6 && i < n; i++) {
		out_hex(cur_peek(c, off + i), 2);
		if (i == 1 || i == 3)
			out_char('.');
	}
	if (n >= 7)
		out_fmt(".%02x", cur_peek(c, off + 6));
	if (n == 8)
		out_fmt("-%02x", cur_peek(c, off + 7));
}

/* nd_printjnp: up to n characters, ending at a NUL; false if cut. */
static bool printjnp(const struct cursor *c, size_t off, unsigned n)
{
	unsigned i;

	for (i = 0; i < n; i++) {
		if (!got(c, off + i, 1))
			return false;
		if (!cur_peek(c, off + i))
			break;
		decode_char(cur_peek(c, off + i));
	}
	return true;
}

static const char *ie(unsigned b)
{
	return b & 0x40 ? "External" : "Internal";
}

static void metric_block(const struct cursor *c, size_t off)
{
	static const char *const names[] = { "Delay", "Expense", "Error" };
	unsigned i, b = cur_peek(c, off);

	out_fmt(", Default Metric: %u, %s", b & 0x3f, ie(b));
	for (i = 0; i < 3; i++) {
		b = cur_peek(c, off + 1 + i);
		if (!(b & 0x80))
			out_fmt("\n\t\t  %s Metric: %u, %s", names[i], b & 0x3f,
				ie(b));
	}
}

static int mask2plen(uint32_t mask)
{
	int n;

	for (n = 32; n >= 0; n--)
		if ((n ? 0xffffffffu << (32 - n) : 0) == mask)
			break;
	return n;
}

/* TLVs 128/130. */
static enum tlv_res ip_reach_print(struct dctx *d, const struct cursor *c,
				   unsigned len)
{
	static const char *const names[] = { "Delay", "Expense", "Error" };
	size_t off = 0;
	char buf[16];

	for (; len > 0; len -= 12, off += 12) {
		uint8_t a[4], m[4];
		struct cursor t = at(*c, off + 4);
		unsigned b, i;
		int plen;

		if (len < 12) {
			out_fmt("short IPv4 Reachability (%u vs 12)", len);
			return TLV_DONE;
		}
		if (!got(c, off, 12))
			return TLV_DONE;
		cur_bytes(&t, a, 4);
		cur_bytes(&t, m, 4);
		plen = mask2plen(cur_peek_be32(c, off + 8));
		out_str(IND);
		out_str("IPv4 prefix: ");
		if (plen == -1) {
			decode_ip4addr(d, a);
			out_str(" mask ");
			decode_ip4addr(d, m);
		} else {
			out_fmt("%15s/%d", decode_ip4addr_str(d, a, buf), plen);
		}
		b = cur_peek(c, off);
		out_fmt(", Distribution: %s, Metric: %u, %s",
			b & 0x80 ? "down" : "up", b & 0x3f, ie(b));
		for (i = 0; i < 3; i++) {
			b = cur_peek(c, off + 1 + i);
			if (!(b & 0x80))
				out_fmt("%s  %s Metric: %u, %s", IND, names[i],
					b & 0x3f, ie(b));
		}
	}
	return TLV_OK;
}

/* ---- extended IS reachability (22, 24, 222) */

static void bc_print(const struct cursor *c, const char *ind, unsigned len)
{
	out_fmt("%sBandwidth Constraints Model ID: ", ind);
	tok_or(gmpls_bc_models, cur_peek(c, 0), "unknown");
	out_fmt(" (%u)", cur_peek(c, 0));
	gmpls_bw_list(c, 1, (len - 1) / 4, ind, "  Bandwidth constraint CT");
}

static bool swcap_print(const struct cursor *c, const char *ind,
			unsigned len)
{
	unsigned cap = cur_peek(c, 0);

	out_fmt("%s  Interface Switching Capability:", ind);
	tok_or(gmpls_switch_caps, cap, "Unknown");
	out_str(", LSP Encoding: ");
	tok_or(gmpls_encodings, cur_peek(c, 1), "Unknown");
	out_fmt("%s  Max LSP Bandwidth:", ind);
	gmpls_bw_list(c, 4, 8, ind, "    priority level ");
	len -= 36;
	if (cap >= 1 && cap <= 4) {
		if (len < 6)
			return true;
		out_fmt("%s  Min LSP Bandwidth: ", ind);
		gmpls_bw_print(cur_peek_be32(c, 36));
		out_fmt("%s  Interface MTU: %u", ind, cur_peek_be16(c, 40));
	} else if (cap == 100) {
		if (len < 8)
			return true;
		out_fmt("%s  Min LSP Bandwidth: ", ind);
		gmpls_bw_print(cur_peek_be32(c, 36));
		out_fmt("%s  Indication ", ind);
		tok_print(tsc_indications, cur_peek(c, 40), "Unknown (%u)");
	} else if (len) {
		unknown_data_print(c, 36, len, "\n\t\t    ");
	}
	return true;
}

static void lan_adj_sid_print(struct dctx *d, const struct cursor *c,
			      const char *ind, unsigned len)
{
	unsigned f = cur_peek(c, 0);
	bool v = f & 0x20, l = f & 0x10;

	out_fmt("%s  Flags: [", ind);
	tok_bits_print(lan_adj_sid_flags, f, ", ", "none");
	out_fmt("]%s  Weight: %u", ind, cur_peek(c, 1));
	if (len - 2 >= 6) {
		out_fmt("%s  Neighbor System-ID: ", ind);
		id_print(c, 2, 6);
	}
	if (v && l)
		out_fmt("%s  Label: %u", ind, b24(c, 8));
	else if (!v && !l)
		out_fmt("%s  Index: %u", ind, cur_peek_be32(c, 8));
	else
		out_str(" (invalid)");
	(void)d;
}

/* The value of one sub-TLV (captured, len bytes). */
static void is_subtlv_print(struct dctx *d, const struct cursor *c,
			    unsigned type, unsigned len, const char *ind)
{
	switch (type) {
	case 3: case 4: case 5:
		if (len >= 4) {
			out_fmt(", 0x%08x", cur_peek_be32(c, 0));
			if (len == 8)
				out_fmt(", 0x%08x", cur_peek_be32(c, 4));
		}
		break;
	case 6: case 8:
		if (len >= 4) {
			uint8_t a[4];
			struct cursor t = *c;

			cur_bytes(&t, a, 4);
			out_str(", ");
			decode_ip4addr(d, a);
		}
		break;
	case 9: case 10:
		if (len >= 4) {
			out_str(", ");
			gmpls_bw_print(cur_peek_be32(c, 0));
		}
		break;
	case 11:
		if (len >= 32)
			gmpls_bw_list(c, 0, 8, ind, "  TE-Class ");
		break;
	case 12: case 22:
		if (len)
			bc_print(c, ind, len);
		break;
	case 18:
		if (len >= 3)
			out_fmt(", %u", b24(c, 0));
		break;
	case 19:
		if (len == 2) {
			out_str(", [ ");
			tok_bits_print(link_attrs, cur_peek_be16(c, 0), ", ",
				       "Unknown");
			out_fmt(" ] (0x%04x)", cur_peek_be16(c, 0));
		}
		break;
	case 20:
		if (len >= 2) {
			out_str(", ");
			tok_bits_print(gmpls_link_prot, cur_peek(c, 0), ", ",
				       "none");
			out_fmt(", Priority %u", cur_peek(c, 1));
		}
		break;
	case 29:
		if (len >= 6)
			out_fmt(", LM: %u, P: %u, P-ID: %u", b24(c, 0),
				cur_peek(c, 3), cur_peek_be16(c, 4));
		break;
	case 21:
		if (len >= 36)
			swcap_print(c, ind, len);
		break;
	case 32:
		if (len >= 8)
			lan_adj_sid_print(d, c, ind, len);
		break;
	default:
		unknown_data_print(c, 0, len, "\n\t\t    ");
		break;
	}
}

/* The bytes of a sub-TLV that tcpdump steps over while printing it
 * without counting them off the TLV's remaining length, which thus
 * stays that much longer. */
static unsigned subtlv_uncounted(unsigned type, unsigned len)
{
	switch (type) {
	case 11:
		return len >= 32 ? 32 : 0;
	case 12: case 22:
		return len ? 1 + (len - 1) / 4 * 4 : 0;
	case 21:
		return len >= 36 ? 36 : 0;
	case 29:
		return len >= 6 ? 4 : 0;
	case 32:
		return len >= 8 ? 2 : 0;
	}
	return 0;
}

/* isis_print_ext_is_reach: bytes used, 0 when short. */
static unsigned ext_is_reach(struct dctx *d, const struct cursor *c,
			     unsigned type, unsigned rem)
{
	char ind[20];
	unsigned off = 7, sum, st, sl;

	if (!got(c, 0, 7) || rem < 7)
		return 0;
	out_str(IND);
	out_str("IS Neighbor: ");
	id_print(c, 0, 7);
	rem -= 7;
	if (type != 24) {
		if (!got(c, off, 3) || rem < 3)
			return 0;
		out_fmt(", Metric: %u", b24(c, off));
		off += 3;
		rem -= 3;
	}
	if (!got(c, off, 1) || rem < 1)
		return 0;
	sum = cur_peek(c, off++);
	rem--;
	out_fmt(", %ssub-TLVs present", sum ? "" : "no ");
	if (!sum)
		return off;
	out_fmt(" (%u)", sum);
	snprintf(ind, sizeof(ind), "%s  ", IND);
	while (sum) {
		struct cursor s;

		if (!got(c, off, 2))
			return 0;
		if (rem < 2) {
			out_fmt("%sRemaining data in TLV shorter than a subTLV "
				"header", ind);
			return off + rem;
		}
		if (sum < 2) {
			out_fmt("%sRemaining data in subTLVs shorter than a "
				"subTLV header", ind);
			return off + sum;
		}
		st = cur_peek(c, off);
		sl = cur_peek(c, off + 1);
		off += 2;
		rem -= 2;
		sum -= 2;
		out_fmt("%s", ind);
		tok_or(is_subtlv_names, st, "unknown");
		out_fmt(" subTLV #%u, length: %u", st, sl);
		if (sum < sl) {
			out_str(" (remaining data in subTLVs shorter than the "
				"current subTLV)");
			return off + sum;
		}
		if (rem < sl) {
			out_str(" (> remaining tlv length)");
			return off + rem;
		}
		if (!got(c, off, sl))
			return 0;
		s = at(*c, off);
		is_subtlv_print(d, &s, st, sl, ind);
		off += sl;
		rem -= sl - subtlv_uncounted(st, sl);
		sum -= sl;
	}
	return off;
}

/* isis_print_mtid: 2, or 0 when short. */
static unsigned mtid_print(const struct cursor *c, unsigned rem)
{
	unsigned v;

	if (rem < 2)
		return 0;
	v = cur_peek_be16(c, 0);
	out_str(IND);
	tok_or(mt_names, v & 0xfff, "Reserved for IETF Consensus");
	out_fmt(" Topology (0x%03x), Flags: [", v & 0xfff);
	tok_bits_print(mt_flags, v & 0xf000, ", ", "none");
	out_char(']');
	return 2;
}

/* ---- extended IP reachability (135, 235, 236, 237) */

/* false: " [|isis]" printed, or the packet was cut (d->stop). */
static bool ip_subtlv_print(struct dctx *d, const struct cursor *c,
			    unsigned type, unsigned len, const char *ind)
{
	unsigned off = 0;

	out_str(ind);
	tok_or(ip_subtlv_names, type, "unknown");
	out_fmt(" subTLV #%u, length: %u", type, len);
	if (!got(c, 0, len))
		goto trunc;
	switch (type) {
	case 117: case 1:
		for (; len >= 4; len -= 4, off += 4)
			out_fmt(", 0x%08x (=%u)", cur_peek_be32(c, off),
				cur_peek_be32(c, off));
		break;
	case 2:
		for (; len >= 8; len -= 8, off += 8)
			out_fmt(", 0x%08x%08x", cur_peek_be32(c, off),
				cur_peek_be32(c, off + 4));
		break;
	case 3: {
		unsigned flags, algo;
		uint32_t sid;

		if (!got(c, 0, 2)) {
			decode_trunc_cut(d, "isis");
			return false;
		}
		flags = cur_peek(c, 0);
		algo = cur_peek(c, 1);
		if (len < (flags & 0x08 ? 5u : 6u))
			goto trunc;
		sid = flags & 0x08 ? b24(c, 2) : cur_peek_be32(c, 2);
		out_str(", Flags [");
		tok_bits_print(prefix_sid_flags, flags, ", ", "None");
		out_str("], Algo ");
		tok_or(prefix_sid_algos, algo, "Unknown");
		out_fmt(" (%u), %s %u", algo, flags & 0x08 ? "label" : "index",
			sid);
		break;
	}
	default:
		unknown_data_print(c, 0, len, "\n\t\t    ");
		break;
	}
	return true;
trunc:
	decode_trunc(d, "isis");
	d->stop = false;
	return false;
}

/* isis_print_extd_ip_reach: bytes used, 0 on error. */
static unsigned extd_ip_reach(struct dctx *d, const struct cursor *c,
			      bool v6)
{
	uint8_t prefix[16] = { 0 };
	unsigned status, bits, n, off, sub;
	uint32_t metric;
	struct cursor t;
	char buf[16];

	if (!got(c, 0, v6 ? 6 : 5))
		goto cut;
	metric = cur_peek_be32(c, 0);
	status = cur_peek(c, 4);
	bits = v6 ? cur_peek(c, 5) : status & 0x3f;
	off = v6 ? 6 : 5;
	if (bits > (v6 ? 128u : 32u)) {
		out_fmt("%sIPv%c prefix: bad bit length %u", IND,
			v6 ? '6' : '4', bits);
		return 0;
	}
	n = (bits + 7) / 8;
	if (!got(c, off, n))
		goto cut;
	t = at(*c, off);
	cur_bytes(&t, prefix, n);
	off += n;
	out_str(IND);
	if (v6) {
		out_str("IPv6 prefix: ");
		decode_ip6addr(d, prefix);
		out_fmt("/%u", bits);
	} else {
		out_fmt("IPv4 prefix: %15s/%u",
			decode_ip4addr_str(d, prefix, buf), bits);
	}
	out_fmt(", Distribution: %s, Metric: %u",
		status & 0x80 ? "down" : "up", metric);
	if (!v6 && (status & 0x40))
		out_str(", sub-TLVs present");
	else if (v6)
		out_fmt(", %s%s", status & 0x40 ? "External" : "Internal",
			status & 0x20 ? ", sub-TLVs present" : "");
	if (!(status & (v6 ? 0x20 : 0x40)))
		return off;
	if (!got(c, off, 1))
		goto cut;
	sub = cur_peek(c, off++);
	out_fmt(" (%u)", sub);
	n = off + sub;
	while (sub > 0) {
		unsigned st, sl;
		struct cursor s;

		if (!got(c, off, 2))
			goto cut;
		st = cur_peek(c, off);
		sl = cur_peek(c, off + 1);
		off += 2;
		s = at(*c, off);
		if (!ip_subtlv_print(d, &s, st, sl, "\n\t        "))
			return 0;
		off += sl;
		sub -= sl + 2;
	}
	return n;
cut:
	decode_trunc_cut(d, "isis");
	return 0;
}

/* A run of entries of one kind: ext_is (22, 24), extd_ip (135, 236). */
static enum tlv_res reach_run(struct dctx *d, const struct cursor *c,
			      unsigned type, unsigned tlen)
{
	size_t off = 0;

	if (type == 222 || type == 235 || type == 237) {
		if (!mtid_print(c, tlen))
			return TLV_TRUNC;
		off = 2;
		tlen -= 2;
	}
	while (tlen) {
		struct cursor e = at(*c, off);
		unsigned n;

		if (type == 22 || type == 24 || type == 222)
			n = ext_is_reach(d, &e, type, tlen);
		else
			n = extd_ip_reach(d, &e, type == 236 || type == 237);
		if (d->stop)
			return TLV_CUT;
		if (n == 0)
			return TLV_TRUNC;
		if (tlen < n) {
			out_fmt(" [remaining tlv length %u < %u] (invalid)",
				tlen, n);
			break;
		}
		tlen = (uint8_t)(tlen - n);
		off += (uint8_t)n;
	}
	return TLV_OK;
}

/* ---- SPB (143, 144) */

static bool mcid_print(struct dctx *d, const struct cursor *c, size_t off)
{
	unsigned i;

	if (!got(c, off, 51)) {
		decode_trunc(d, "isis");
		d->stop = false;
		return false;
	}
	out_fmt("ID: %u, Name: ", cur_peek(c, off));
	printjnp(c, off + 1, 32);
	out_fmt("\n\t              Lvl: %u, Digest: ",
		cur_peek_be16(c, off + 33));
	for (i = 0; i < 16; i++)
		out_fmt("%.2x ", cur_peek(c, off + 35 + i));
	return true;
}

static void port_cap_subtlvs(struct dctx *d, const struct cursor *c,
			     unsigned len)
{
	size_t off = 0;
	unsigned i;

	while (len > 2) {
		unsigned st = cur_peek(c, off), sl = cur_peek(c, off + 1);

		if (!got(c, off, 2)) {
			decode_trunc_cut(d, "isis");
			return;
		}
		out_str("\n\t       ");
		tok_or(port_cap_subtlvs_names, st, "unknown");
		out_fmt(" subTLV #%u, length: %u", st, sl);
		off += 2;
		len -= 2;
		if (len < sl) {
			out_str(" (> containing TLV length)");
			return;
		}
		if (!got(c, off, sl)) {
			decode_trunc(d, "isis");
			d->stop = false;
			return;
		}
		if (st == 4) {
			if (sl < 102)
				goto too_short;
			out_str("\n\t         MCID: ");
			mcid_print(d, c, off);
			out_str("\n\t         AUX-MCID: ");
			mcid_print(d, c, off + 51);
			off += 102;
			len -= 102;
			sl -= 102;
		} else if (st == 5) {
			unsigned b = cur_peek(c, off);

			if (sl < 33)
				goto too_short;
			out_fmt("\n\t        RES: %u V: %u A: %u D: %u",
				b >> 5, (b >> 4) & 1, (b >> 2) & 3, b & 3);
			out_str("\n\t         Digest: ");
			for (i = 1; i <= 8; i++) {
				out_fmt("%08x ",
					cur_peek_be32(c, off + 1 + (i - 1) * 4));
				if (i % 4 == 0 && i != 8)
					out_str("\n\t                 ");
			}
			off += 33;
			len -= 33;
			sl -= 33;
		} else if (st == 6) {
			while (sl) {
				unsigned v;

				if (sl < 4)
					goto too_short;
				out_fmt("\n\t           ECT: %08x",
					cur_peek_be32(c, off));
				off += 4;
				len -= 4;
				sl -= 4;
				if (sl < 2)
					goto too_short;
				v = cur_peek_be16(c, off);
				out_fmt(" BVID: %u, U:%01x M:%01x ", v >> 4,
					(v >> 3) & 1, (v >> 2) & 1);
				off += 2;
				len -= 2;
				sl -= 2;
			}
		}
		off += sl;
		len -= sl;
	}
	return;
too_short:
	out_str(" (too short)");
}

static void spb_instance(const struct cursor *c, size_t off, unsigned *len,
			 unsigned *sl)
{
	unsigned trees = cur_peek(c, off + 18);

	out_fmt("\n\t        CIST Root-ID: %08x %08x, Path Cost: %08x, "
		"Prio: %u", cur_peek_be32(c, off), cur_peek_be32(c, off + 4),
		cur_peek_be32(c, off + 8), cur_peek_be16(c, off + 12));
	out_fmt("\n\t        RES: %u, V: %u, SPSource-ID: %u, No of Trees: %x",
		cur_peek_be16(c, off + 14) >> 5,
		(cur_peek_be16(c, off + 14) >> 4) & 1,
		cur_peek_be32(c, off + 14) & 0xfffff, trees);
	off += 19;
	*len -= 19;
	*sl -= 19;
	for (; trees; trees--, off += 8, *len -= 8, *sl -= 8) {
		unsigned b = cur_peek(c, off), v = b24(c, off + 5);

		if (*sl < 8) {
			out_str(" [|isis]");
			return;
		}
		out_fmt("\n\t         U:%u, M:%u, A:%u, RES:%u, ECT: %08x, "
			"BVID: %u, SPVID: %u", b >> 7, (b >> 6) & 1,
			(b >> 5) & 1, b & 0x1f, cur_peek_be32(c, off + 1),
			(v >> 12) & 0xfff, v & 0xfff);
	}
}

static void mt_cap_subtlvs(struct dctx *d, const struct cursor *c,
			   unsigned len)
{
	size_t off = 0;

	while (len > 2) {
		unsigned st = cur_peek(c, off), sl = cur_peek(c, off + 1);

		if (!got(c, off, 2)) {
			decode_trunc_cut(d, "isis");
			return;
		}
		off += 2;
		len -= 2;
		out_str(IND);
		tok_or(mt_cap_subtlvs_names, st, "unknown");
		out_fmt(" subTLV #%u, length: %u", st, sl);
		if (len < sl) {
			out_str(" (> containing TLV length)");
			return;
		}
		if (!got(c, off, sl)) {
			decode_trunc(d, "isis");
			d->stop = false;
			return;
		}
		if (st == 1) {
			if (sl < 19) {
				out_str(" (too short)");
				return;
			}
			spb_instance(c, off, &len, &sl);
			return;
		}
		if (st == 3) {
			if (sl < 8) {
				out_str(" [|isis]");
				return;
			}
			out_fmt("\n\t        BMAC: %08x%04x, RES: %u, VID: %u",
				cur_peek_be32(c, off), cur_peek_be16(c, off + 4),
				cur_peek_be16(c, off + 6) >> 12,
				cur_peek_be16(c, off + 6) & 0xfff);
			off += 8;
			len -= 8;
			sl -= 8;
			for (; sl >= 4; sl -= 4, len -= 4, off += 4) {
				uint32_t v = cur_peek_be32(c, off);

				out_fmt("\n\t        T: %u, R: %u, RES: %u, "
					"ISID: %u", v >> 31, (v >> 30) & 1,
					(v >> 24) & 0x3f, v & 0xffffff);
			}
		}
		off += sl;
		len -= sl;
	}
}

/* ---- router capability (242) */

static bool sr_cap_print(const struct cursor *c, unsigned subl)
{
	uint8_t tlen = (uint8_t)(subl - 4);
	size_t off = 4;

	out_str(", Flags [");
	tok_bits_print(sr_cap_flags, cur_peek(c, 0), ", ", "None");
	out_fmt("], Range %u", b24(c, 1));
	while (tlen >= 5) {
		unsigned type, len;

		if (!got(c, off, 2))
			return false;
		type = cur_peek(c, off);
		len = cur_peek(c, off + 1);
		tlen -= 2;
		off += 2;
		if (len > tlen)
			break;
		if (type == 1) {
			if ((len == 3 || len == 4) && !got(c, off, len))
				return false;
			if (len == 3)
				out_fmt(", SID value %u", b24(c, off));
			else if (len == 4)
				out_fmt(", SID value %u", cur_peek_be32(c, off));
			else
				out_fmt(", Unknown SID length%u", len);
		} else {
			unknown_data_print(c, off, len, "\n\t\t  ");
		}
		off += len;
		tlen = (uint8_t)(tlen - len);
	}
	return true;
}

/* false when the capture ended on a read */
static bool router_cap_subtlvs(const struct cursor *c, unsigned tlen)
{
	size_t off = 0;

	while (tlen >= 2) {
		unsigned st, sl;
		struct cursor s;

		if (!got(c, off, 2))
			return false;
		st = cur_peek(c, off);
		sl = cur_peek(c, off + 1);
		tlen -= 2;
		off += 2;
		out_str("\n\t\t");
		tok_or(router_cap_subtlvs_names, st, "unknown");
		out_fmt(" subTLV #%u, length: %u", st, sl);
		if (sl > tlen || !got(c, off, sl))
			return true;
		s = at(*c, off);
		if (st == 2) {
			if (sl < 4 && !got(c, off, 4))
				return false;
			if (!sr_cap_print(&s, sl))
				return false;
		} else {
			unknown_data_print(&s, 0, sl, "\n\t\t");
		}
		tlen -= sl;
		off += sl;
	}
	return true;
}

/* ---- the TLVs */

static enum tlv_res area_print(const struct cursor *c, unsigned tlen)
{
	size_t off = 0;

	while (tlen) {
		unsigned n;

		if (!got(c, off, 1))
			return TLV_CUT;
		n = cur_peek(c, off++);
		tlen--;
		if (tlen < n)
			return TLV_OK;
		if (!got(c, off, n))
			return TLV_CUT;
		out_fmt("%sArea address (length: %u): ", IND, n);
		if (!osi_nsap_print_at(at(*c, off), n))
			return TLV_CUT;
		off += n;
		tlen -= n;
	}
	return TLV_OK;
}

static enum tlv_res auth_print(struct dctx *d, const struct cursor *c,
			       unsigned tlen)
{
	unsigned type, i, off = 1;

	(void)d;
	if (tlen < 1)
		return TLV_OK;
	if (!got(c, 0, 1))
		return TLV_CUT;
	type = cur_peek(c, 0);
	tlen--;
	out_str(IND);
	tok_print(auth_names, type, "unknown Authentication type 0x%02x");
	out_str(": ");
	switch (type) {
	case 1:
		if (!printjnp(c, 1, tlen))
			return TLV_CUT;
		break;
	case 54:
		for (i = 0; i < tlen; i++) {
			if (!got(c, 1 + i, 1))
				return TLV_CUT;
			out_hex(cur_peek(c, 1 + i), 2);
		}
		if (tlen != 16)
			out_str(", (invalid subTLV) ");
		out_str(" (unchecked)");
		break;
	case 3:
		if (tlen < 2)
			return TLV_OK;
		if (!got(c, 1, 2))
			return TLV_CUT;
		out_fmt("%u, password: ", cur_peek_be16(c, 1));
		for (i = 0, off = 3; i < tlen - 2; i++) {
			if (!got(c, off + i, 1))
				return TLV_CUT;
			out_hex(cur_peek(c, off + i), 2);
		}
		break;
	default:
		unknown_data_print(c, 1, tlen, "\n\t\t  ");
		break;
	}
	return TLV_OK;
}

static enum tlv_res ptp_adj_print(const struct cursor *c, unsigned tlen)
{
	if (tlen >= 1) {
		if (!got(c, 0, 1))
			return TLV_CUT;
		out_fmt("%sAdjacency State: ", IND);
		tok_or(ptp_adj_states, cur_peek(c, 0), "unknown");
		out_fmt(" (%u)", cur_peek(c, 0));
		tlen--;
	}
	if (tlen > 4) {
		if (!got(c, 1, 4))
			return TLV_CUT;
		out_fmt("%sExtended Local circuit-ID: 0x%08x", IND,
			cur_peek_be32(c, 1));
		tlen -= 4;
	}
	if (tlen >= 6) {
		if (!got(c, 5, 6))
			return TLV_CUT;
		out_fmt("%sNeighbor System-ID: ", IND);
		id_print(c, 5, 6);
		tlen -= 6;
	}
	if (tlen >= 4) {
		if (!got(c, 11, 4))
			return TLV_CUT;
		out_fmt("%sNeighbor Extended Local circuit-ID: 0x%08x", IND,
			cur_peek_be32(c, 11));
	}
	return TLV_OK;
}

static enum tlv_res srlg_print(struct dctx *d, const struct cursor *c,
				unsigned tlen)
{
	size_t off = 8;

	if (tlen < 7)
		return TLV_OK;
	if (!got(c, 0, 7))
		return TLV_CUT;
	out_fmt("%sIS Neighbor: ", IND);
	id_print(c, 0, 7);
	if (tlen < 8)
		return TLV_OK;
	if (!got(c, 7, 1))
		return TLV_CUT;
	out_fmt(", Flags: [%s]", cur_peek(c, 7) & 1 ? "numbered"
						     : "unnumbered");
	tlen -= 8;
	if (tlen < 4)
		return TLV_OK;
	if (!got(c, off, 4))
		return TLV_CUT;
	out_fmt("%sIPv4 interface address: ", IND);
	ip4_at(d, c, off);
	off += 4;
	tlen -= 4;
	if (tlen < 4)
		return TLV_OK;
	if (!got(c, off, 4))
		return TLV_CUT;
	out_fmt("%sIPv4 neighbor address: ", IND);
	ip4_at(d, c, off);
	off += 4;
	tlen -= 4;
	for (; tlen; tlen -= 4, off += 4) {
		if (tlen < 4)
			return TLV_OK;
		if (!got(c, off, 4))
			return TLV_CUT;
		out_fmt("%sLink-ID: 0x%08x", IND, cur_peek_be32(c, off));
	}
	return TLV_OK;
}

static enum tlv_res poi_print(const struct cursor *c, unsigned tlen)
{
	unsigned n;

	if (tlen < 1)
		return TLV_OK;
	if (!got(c, 0, 1))
		return TLV_CUT;
	n = cur_peek(c, 0);
	tlen--;
	if (n == 0) {
		out_str(" No system IDs supplied");
		return TLV_OK;
	}
	if (tlen < 6)
		return TLV_OK;
	if (!got(c, 1, 6))
		return TLV_CUT;
	out_fmt("%sPurge Originator System-ID: ", IND);
	id_print(c, 1, 6);
	if (n > 1) {
		if (tlen - 6 < 6)
			return TLV_OK;
		if (!got(c, 7, 13))
			return TLV_CUT;
		out_fmt("%sReceived from System-ID: ", IND);
		id_print(c, 7, 6);
	}
	return TLV_OK;
}

static enum tlv_res restart_print(const struct cursor *c, unsigned tlen)
{
	if (tlen < 1)
		return TLV_OK;
	if (!got(c, 0, 1))
		return TLV_CUT;
	out_fmt("%sFlags [", IND);
	tok_bits_print(restart_flags, cur_peek(c, 0), ", ", "none");
	out_char(']');
	if (tlen == 1 || tlen < 3)
		return TLV_OK;
	if (!got(c, 1, 2))
		return TLV_CUT;
	out_fmt(", Remaining holding time %us", cur_peek_be16(c, 1));
	if (tlen - 3 == 6) {
		if (!got(c, 3, 6))
			return TLV_CUT;
		out_str(", for ");
		id_print(c, 3, 6);
	}
	return TLV_OK;
}

static enum tlv_res prefix_neigh_print(const struct cursor *c,
				       unsigned tlen)
{
	size_t off = 4;

	if (tlen < 4)
		return TLV_OK;
	out_fmt("%sMetric Block", IND);
	metric_block(c, 0);
	tlen -= 4;
	while (tlen) {
		unsigned plen;

		if (!got(c, off, 1))
			return TLV_CUT;
		plen = cur_peek(c, off++);
		tlen--;
		if (plen < 2) {
			out_fmt("\n\t\tAddress: prefix length %u < 2", plen);
			break;
		}
		if (tlen < plen / 2)
			break;
		out_str("\n\t\tAddress: ");
		if (!osi_nsap_print_at(at(*c, off), plen / 2))
			return TLV_CUT;
		out_fmt("/%u", plen * 4);
		off += plen / 2;
		tlen -= plen / 2;
	}
	return TLV_OK;
}

/* Entries of a fixed size: IS/ES reachability, LSP entries, ... */
static enum tlv_res entries_print(struct dctx *d, const struct cursor *c,
				  unsigned type, unsigned tlen)
{
	static const uint8_t size[256] = {
		[2] = 11, [3] = 10, [4] = 6, [6] = 6, [9] = 16, [132] = 4,
		[232] = 16,
	};
	size_t off = 0;
	unsigned n = size[type];

	if (type == 2) {
		if (tlen < 1)
			return TLV_OK;
		out_str(IND);
		tok_print(virtual_flags, cur_peek(c, 0),
			   "bogus virtual flag 0x%02x");
		off = 1;
		tlen--;
	}
	for (; tlen; tlen -= n, off += n) {
		if (tlen < n)
			return TLV_OK;
		if (!got(c, off, type == 9 ? 10 : n))
			return type == 132 || type == 232 ? TLV_CUT
							  : TLV_TRUNC;
		switch (type) {
		case 2: case 3:
			out_fmt("%s%s Neighbor: ", IND, type == 2 ? "IS" : "ES");
			id_print(c, off + 4, type == 2 ? 7 : 6);
			metric_block(c, off);
			break;
		case 4: case 6:
			out_str(IND);
			if (type == 6)
				out_str("SNPA: ");
			id_print(c, off, 6);
			break;
		case 9:
			out_fmt("%slsp-id: ", IND);
			id_print(c, off + 2, 8);
			if (!got(c, off, 14))
				return TLV_CUT;
			out_fmt(", seq: 0x%08x, lifetime: %5ds",
				cur_peek_be32(c, off + 10), cur_peek_be16(c, off));
			if (!got(c, off, 16))
				return TLV_CUT;
			out_fmt(", chksum: 0x%04x", cur_peek_be16(c, off + 14));
			break;
		case 132: {
			uint8_t a[4];
			struct cursor t = at(*c, off);

			cur_bytes(&t, a, 4);
			out_fmt("%sIPv4 interface address: ", IND);
			decode_ip4addr(d, a);
			break;
		}
		default:
			out_fmt("%sIPv6 interface address: ", IND);
			decode_ip6addr_at(d, *c, (unsigned)off);
			break;
		}
	}
	return TLV_OK;
}

static enum tlv_res misc_print(struct dctx *d, const struct cursor *c,
			       unsigned type, unsigned tlen)
{
	unsigned i, n;

	switch (type) {
	case 7:
		if (tlen < 4)
			return TLV_OK;
		if (!got(c, 0, 2))
			return TLV_CUT;
		n = (tlen - 2) / 2;
		out_fmt("%sInstance ID: %u, ITIDs(%u)%s ", IND,
			cur_peek_be16(c, 0), n, n ? ":" : "");
		for (i = 0; i < n; i++) {
			if (!got(c, 2 + 2 * i, 2))
				return TLV_CUT;
			out_fmt("%u%s", cur_peek_be16(c, 2 + 2 * i),
				i + 1 < n ? ", " : "");
		}
		return TLV_OK;
	case 129:
		out_fmt("%sNLPID(s): ", IND);
		for (i = 0; i < tlen; i++) {
			unsigned v = cur_peek(c, i);
			const char *s = osi_nlpid_name(v);

			if (!got(c, i, 1))
				return TLV_CUT;
			out_fmt("%s (0x%02x)%s", s ? s : "unknown", v,
				i + 1 < tlen ? ", " : "");
		}
		return TLV_OK;
	case 134:
		if (tlen < 4)
			return TLV_OK;
		if (!got(c, 0, 4))
			return TLV_CUT;
		out_fmt("%sTraffic Engineering Router ID: ", IND);
		ip4_at(d, c, 0);
		return TLV_OK;
	case 137:
		out_fmt("%sHostname: ", IND);
		return printjnp(c, 0, tlen) ? TLV_OK : TLV_CUT;
	case 14: case 241:
		n = type == 14 ? 2 : 4;
		if (tlen < n)
			return TLV_OK;
		if (!got(c, 0, n))
			return TLV_CUT;
		if (type == 14)
			out_fmt("%sLSP Buffersize: %u", IND, cur_peek_be16(c, 0));
		else
			out_fmt("%sSequence number: %u", IND,
				cur_peek_be32(c, 0));
		return TLV_OK;
	case 229:
		for (i = 0; tlen; i += 2) {
			struct cursor t = at(*c, i);

			if (tlen == 1) {
				out_fmt("%sinvalid MT-ID", IND);
				break;
			}
			if (!got(c, i, 2))
				return TLV_CUT;
			mtid_print(&t, tlen);
			tlen -= 2;
		}
		return TLV_OK;
	case 250:
		if (tlen < 3)
			return TLV_OK;
		if (!got(c, 0, 3))
			return TLV_CUT;
		out_fmt("%sVendor: ", IND);
		tok_or(oui_values, b24(c, 0), "Unknown");
		out_fmt(" (%u)", b24(c, 0));
		if (tlen > 3)
			unknown_data_print(c, 3, tlen - 3, "\n\t\t");
		return TLV_OK;
	case 131:
		if (tlen < 1)
			return TLV_OK;
		if (!got(c, 0, 1))
			return TLV_CUT;
		out_fmt("%sInter-Domain Information Type: ", IND);
		tok_print(idrp_names, cur_peek(c, 0), "Unknown (0x%02x)");
		if (cur_peek(c, 0) != 2) {
			unknown_data_print(c, 1, tlen - 1, IND);
		} else if (tlen >= 3) {
			if (!got(c, 1, 2))
				return TLV_CUT;
			out_fmt("AS Number: %u", cur_peek_be16(c, 1));
		}
		return TLV_OK;
	}
	return TLV_FAIL;
}

/* The captured value of TLV type (tlen bytes, all captured). */
static enum tlv_res tlv_print(struct dctx *d, const struct cursor *c,
			      const struct cursor *pdu, unsigned type,
			      unsigned tlen, unsigned length)
{
	switch (type) {
	case 1:
		return area_print(c, tlen);
	case 2: case 3: case 4: case 6: case 9: case 132: case 232:
		return entries_print(d, c, type, tlen);
	case 8:
		return TLV_OK;
	case 22: case 24: case 222: case 135: case 235: case 236: case 237:
		return reach_run(d, c, type, tlen);
	case 128: case 130:
		return ip_reach_print(d, c, tlen);
	case 10:
		return auth_print(d, c, tlen);
	case 240:
		return ptp_adj_print(c, tlen);
	case 143: case 144:
		if (tlen < 2)
			return TLV_OK;
		if (!got(c, 0, 2))
			return TLV_CUT;
		if (type == 143)
			out_fmt("\n\t       RES: %u, MTID(s): %u",
				cur_peek_be16(c, 0) >> 12,
				cur_peek_be16(c, 0) & 0xfff);
		else
			out_fmt("%sO: %u, RES: %u, MTID(s): %u", IND,
				cur_peek_be16(c, 0) >> 15,
				(cur_peek_be16(c, 0) >> 12) & 7,
				cur_peek_be16(c, 0) & 0xfff);
		if (tlen > 2) {
			struct cursor s = at(*c, 2);

			if (type == 143)
				port_cap_subtlvs(d, &s, tlen - 2);
			else
				mt_cap_subtlvs(d, &s, tlen - 2);
		}
		return TLV_OK;
	case 138:
		return srlg_print(d, c, tlen);
	case 12:
		if (tlen >= 2) {
			if (!got(c, 0, 2))
				return TLV_CUT;
			out_fmt("%schecksum: 0x%04x ", IND, cur_peek_be16(c, 0));
			osi_cksum_print(pdu, cur_peek_be16(c, 0),
					(unsigned)(c->p - pdu->p), length);
		}
		return TLV_OK;
	case 13:
		return poi_print(c, tlen);
	case 211:
		return restart_print(c, tlen);
	case 5:
		return prefix_neigh_print(c, tlen);
	case 242:
		if (tlen < 5) {
			out_fmt(" [object length %u < 5] (invalid)", tlen);
			return TLV_OK;
		}
		if (!got(c, 0, 4))
			return TLV_CUT;
		out_fmt("%sRouter-ID ", IND);
		ip4_at(d, c, 0);
		if (!got(c, 4, 1))
			return TLV_CUT;
		out_str(", Flags [");
		tok_bits_print(router_cap_flags, cur_peek(c, 4), ", ", "none");
		out_char(']');
		if (tlen > 5) {
			struct cursor s = at(*c, 5);

			if (!router_cap_subtlvs(&s, tlen - 5))
				return TLV_CUT;
		}
		return TLV_OK;
	}
	return misc_print(d, c, type, tlen);
}

/* The TLVs after the PDU header; false: dump the PDU. */
static bool tlvs_print(struct dctx *d, const struct cursor *pdu,
		       size_t off, unsigned plen, unsigned length)
{
	while (plen > 0) {
		unsigned type, tlen;
		struct cursor v;
		enum tlv_res r;

		if (!got(pdu, off, 2) || plen < 2)
			goto trunc;
		type = cur_peek(pdu, off);
		tlen = cur_peek(pdu, off + 1);
		off += 2;
		plen -= 2;
		out_fmt("\n\t    %s TLV #%u, length: %u",
			tok_str(tlv_names, type) ? tok_str(tlv_names, type)
						 : "unknown", type, tlen);
		if (plen < tlen)
			goto trunc;
		/* the value's reads may run past it, as tcpdump's do */
		v = at(*pdu, off);
		r = tlv_print(d, &v, pdu, type, tlen, length);
		if (r == TLV_FAIL) {
			if (d->vflag <= 1)
				unknown_data_print(pdu, off, tlen, "\n\t\t");
		} else if (r == TLV_CUT || d->stop) {
			if (!d->stop)
				decode_trunc_cut(d, "isis");
			return true;
		} else if (r == TLV_TRUNC) {
			goto trunc;
		} else if (r == TLV_DONE) {
			return true;
		}
		if (d->vflag > 1)
			unknown_data_print(pdu, off, tlen, IND);
		off += tlen;
		plen -= tlen;
	}
	return true;
trunc:
	decode_trunc(d, "isis");
	return true;
}

/* ---- the PDU headers */

struct isis_hdr {
	unsigned type, fixed, size;	/* PDU type, fixed_len, header size */
};

static void lsp_flags_print(unsigned tb)
{
	out_str(tb & 0x4 ? "Overload bit set, " : "");
	if (tb & 0x78) {
		out_str(tb & 0x8 ? "default " : "");
		out_str(tb & 0x10 ? "delay " : "");
		out_str(tb & 0x20 ? "expense " : "");
		out_str(tb & 0x40 ? "error " : "");
		out_str("ATT bit set, ");
	}
	out_str(tb & 0x80 ? "P bit set, " : "");
	tok_print(lsp_istypes, tb & 3, "Unknown(0x%x)");
	out_str(" ]");
}

/* With -v: the PDU header; h is at the PDU header, after the common
 * one. */
static void hdr_verbose(const struct cursor *p, const struct cursor *h,
			unsigned type, unsigned pdu_len, unsigned length)
{
	switch (type) {
	case 15: case 16: case 17:
		out_str("\n\t  source-id: ");
		id_print(h, 1, 6);
		out_fmt(type == 17 ? ", holding time: %us, Flags: ["
				   : ",  holding time: %us, Flags: [",
			cur_peek_be16(h, 7));
		tok_print(circuit_types, cur_peek(h, 0),
			   "unknown circuit type 0x%02x");
		out_char(']');
		if (type == 17) {
			out_fmt("\n\t  circuit-id: 0x%02x, PDU length: %u",
				cur_peek(h, 11), pdu_len);
			break;
		}
		out_str("\n\t  lan-id:    ");
		id_print(h, 12, 7);
		out_fmt(", Priority: %u, PDU length: %u", cur_peek(h, 11) & 0x7f,
			pdu_len);
		break;
	case 18: case 20:
		out_str("\n\t  lsp-id: ");
		id_print(h, 4, 8);
		out_fmt(", seq: 0x%08x, lifetime: %5us\n\t  chksum: 0x%04x",
			cur_peek_be32(h, 12), cur_peek_be16(h, 2),
			cur_peek_be16(h, 16));
		{
			struct cursor l = at(*p, 12);

			osi_cksum_print(&l, cur_peek_be16(h, 16), 12,
					length - 12);
		}
		out_fmt(", PDU length: %u, Flags: [ ", pdu_len);
		lsp_flags_print(cur_peek(h, 18));
		break;
	default:
		out_str("\n\t  source-id:    ");
		id_print(h, 2, 7);
		out_fmt(", PDU length: %u", pdu_len);
		if (type == 24 || type == 25) {
			out_str("\n\t  start lsp-id: ");
			id_print(h, 9, 8);
			out_str("\n\t  end lsp-id:   ");
			id_print(h, 17, 8);
		}
		break;
	}
}

/* Without -v: the one-line summary of the PDU header. */
static void hdr_brief(const struct cursor *h, unsigned type,
		      unsigned length)
{
	switch (type) {
	case 15: case 16:
		out_str(", src-id ");
		id_print(h, 1, 6);
		out_str(", lan-id ");
		id_print(h, 12, 7);
		out_fmt(", prio %u", cur_peek(h, 11));
		break;
	case 17:
		out_str(", src-id ");
		id_print(h, 1, 6);
		break;
	case 18: case 20:
		out_str(", lsp-id ");
		id_print(h, 4, 8);
		out_fmt(", seq 0x%08x, lifetime %5us", cur_peek_be32(h, 12),
			cur_peek_be16(h, 2));
		break;
	default:
		out_str(", src-id ");
		id_print(h, 2, 7);
		break;
	}
	out_fmt(", length %u", length);
}

static unsigned hdr_size(unsigned type)
{
	switch (type) {
	case 15: case 16: return 19;
	case 17: return 12;
	case 18: case 20: return 19;
	case 24: case 25: return 25;
	case 26: case 27: return 9;
	}
	return 0;
}

/* The common header's checks; false after the message. */
static bool common_ok(const struct cursor *p, unsigned length)
{
	unsigned v = cur_peek(p, 2), idl = cur_peek(p, 3);
	unsigned fixed = cur_peek(p, 1);

	if (v != 1) {
		out_fmt("version %u packet not supported", v);
		return false;
	}
	if (idl != 6 && idl != 0) {
		out_fmt("system ID length of %u is not supported", idl);
		return false;
	}
	if (cur_peek(p, 5) != 1) {
		out_fmt("version %u packet not supported", cur_peek(p, 5));
		return false;
	}
	if (length < fixed) {
		out_fmt("fixed header length %u > packet length %u", fixed,
			length);
		return false;
	}
	if (fixed < 8) {
		out_fmt("fixed header length %u < minimum header size 8", fixed);
		return false;
	}
	if (cur_peek(p, 7) == 255) {
		out_str("bad packet -- 255 areas");
		return false;
	}
	return true;
}

bool isis_print(struct dctx *d, struct cursor p, unsigned length)
{
	unsigned type, fixed, size, pdu_len, plen = length;
	struct cursor h;

	if (!got(&p, 0, 8) || length < 8)
		goto trunc;
	if (!d->eflag)
		out_str("IS-IS");
	if (!common_ok(&p, length))
		return false;
	fixed = cur_peek(&p, 1);
	type = cur_peek(&p, 4);
	if (!d->vflag) {
		out_str(d->eflag ? "" : ", ");
		tok_print(pdu_names, type, "unknown PDU-Type %u");
	} else {
		out_fmt("%slength %u\n\t", d->eflag ? "" : ", ", length);
		tok_print(pdu_names, type, "unknown, type %u");
		out_fmt(", hlen: %u, v: %u, pdu-v: %u, sys-id-len: 6 (%u), "
			"max-area: %u (%u)", fixed, cur_peek(&p, 2),
			cur_peek(&p, 5), cur_peek(&p, 3),
			cur_peek(&p, 7) ? cur_peek(&p, 7) : 3, cur_peek(&p, 7));
		if (d->vflag > 1)
			unknown_data_print(&p, 0, 8, "\n\t");
	}
	size = hdr_size(type);
	h = at(p, 8);
	if (!size) {
		if (!d->vflag) {
			out_fmt(", length %u", length);
			return true;
		}
		unknown_data_print(&p, 8, length, "\n\t  ");
		return false;
	}
	if (fixed != 8 + size) {
		out_fmt("%s bogus fixed header length %u should be %u",
			type == 26 || type == 27 ? "-" : ",", fixed,
			type == 18 || type == 20 ? size : 8 + size);
		return false;
	}
	if (!got(&h, 0, size) || length < 8 + size)
		goto trunc;
	if (!d->vflag) {
		hdr_brief(&h, type, length);
		return true;
	}
	pdu_len = cur_peek_be16(&h, type >= 15 && type <= 17 ? 9 : 0);
	if (plen > pdu_len)
		plen = length = pdu_len;
	hdr_verbose(&p, &h, type, pdu_len, length);
	if (d->vflag > 1)
		unknown_data_print(&h, 0, size, "\n\t  ");
	if (plen < 8 + size) {
		out_fmt(" [packet length %u < %u] (invalid)", plen, 8 + size);
		return true;
	}
	tlvs_print(d, &p, 8 + size, plen - 8 - size, length);
	if (d->stop)
		return true;
	return true;
trunc:
	decode_trunc(d, "isis");
	return true;
}
