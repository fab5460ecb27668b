/* print-ospf.c - OSPFv2 (RFC 2328) with opaque LSAs (RFC 5250: traffic
 * engineering RFC 3630, graceful restart RFC 3623, router information
 * RFC 7770) and link-local signaling (RFC 5613); OSPFv3 (RFC 5340)
 * with the authentication trailer (RFC 7166).
 *
 *   version | type | length | router id | area id | checksum | ...
 *
 * Output as tcpdump 4.99 print-ospf.c and print-ospf6.c; IP protocol 89
 * over IPv4 is OSPFv2's printer, over IPv6 OSPFv3's.
 */
#include <stdint.h>

#include "decode.h"
#include "gmpls.h"
#include "out.h"
#include "unknown.h"
#include "table.h"

static const struct tok type_names[] = {
	{ 1, "Hello" }, { 2, "Database Description" }, { 3, "LS-Request" },
	{ 4, "LS-Update" }, { 5, "LS-Ack" },
	{ 0, NULL }
};

static const struct tok options2[] = {
	{ 0x01, "MultiTopology" }, { 0x02, "External" }, { 0x04, "Multicast" },
	{ 0x08, "NSSA" }, { 0x10, "LLS" }, { 0x20, "Demand Circuit" },
	{ 0x40, "Opaque" }, { 0x80, "Up/Down" },
	{ 0, NULL }
};

static const struct tok auth_names[] = {
	{ 0, "none" }, { 1, "simple" }, { 2, "MD5" }, { 0, NULL }
};

static const struct tok rla_flags2[] = {
	{ 0x01, "ABR" }, { 0x02, "ASBR" }, { 0x04, "Virtual" },
	{ 0x08, "Wildcard" }, { 0x10, "Nt" }, { 0x80, "Host" },
	{ 0, NULL }
};

static const struct tok lsa_names2[] = {
	{ 1, "Router" }, { 2, "Network" }, { 3, "Summary" },
	{ 4, "ASBR Summary" }, { 5, "External" }, { 6, "Multicast Group" },
	{ 7, "NSSA" }, { 9, "Link Local Opaque" }, { 10, "Area Local Opaque" },
	{ 11, "Domain Wide Opaque" },
	{ 0, NULL }
};

static const struct tok dd_flags2[] = {
	{ 0x04, "Init" }, { 0x02, "More" }, { 0x01, "Master" },
	{ 0x08, "OOBResync" },
	{ 0, NULL }
};

static const struct tok opaque_names[] = {
	{ 1, "Traffic Engineering" }, { 3, "Graceful restart" },
	{ 4, "Router Information" },
	{ 0, NULL }
};

static const struct tok te_tlvs[] = {
	{ 1, "Router Address" }, { 2, "Link" }, { 0, NULL }
};

static const struct tok te_link_subtlvs[] = {
	{ 1, "Link Type" }, { 2, "Link ID" },
	{ 3, "Local Interface IP address" },
	{ 4, "Remote Interface IP address" },
	{ 5, "Traffic Engineering Metric" }, { 6, "Maximum Bandwidth" },
	{ 7, "Maximum Reservable Bandwidth" }, { 8, "Unreserved Bandwidth" },
	{ 9, "Administrative Group" }, { 11, "Link Local/Remote Identifier" },
	{ 14, "Link Protection Type" },
	{ 15, "Interface Switching Capability" },
	{ 16, "Shared Risk Link Group" }, { 17, "Bandwidth Constraints" },
	{ 0, NULL }
};

static const struct tok grace_tlvs[] = {
	{ 1, "Grace Period" }, { 2, "Graceful restart Reason" },
	{ 3, "IPv4 interface address" },
	{ 0, NULL }
};

static const struct tok grace_reasons[] = {
	{ 0, "Unknown" }, { 1, "Software Restart" },
	{ 2, "Software Reload/Upgrade" }, { 3, "Control Processor Switch" },
	{ 0, NULL }
};

static const struct tok link_types[] = {
	{ 1, "Point-to-point" }, { 2, "Multi-Access" }, { 0, NULL }
};

static const struct tok ri_tlvs[] = {
	{ 1, "Router Capabilities" }, { 0, NULL }
};

static const struct tok ri_caps[] = {
	{ 1, "Reserved" }, { 2, "Reserved" }, { 4, "Reserved" },
	{ 8, "Reserved" }, { 16, "graceful restart capable" },
	{ 32, "graceful restart helper" }, { 64, "Stub router support" },
	{ 128, "Traffic engineering" }, { 256, "p2p over LAN" },
	{ 512, "path computation server" },
	{ 0, NULL }
};

static const struct tok lls_tlvs[] = {
	{ 1, "Extended Options" }, { 2, "MD5 Authentication" }, { 0, NULL }
};

static const struct tok lls_eo_options[] = {
	{ 0x00000001, "LSDB resync" }, { 0x00000002, "Restart" },
	{ 0, NULL }
};

static const struct tok topologies[] = {
	{ 0, "default" }, { 1, "multicast" }, { 2, "management" },
	{ 0, NULL }
};

/* OSPFv3 */
static const struct tok options3[] = {
	{ 0x01, "V6" }, { 0x02, "External" }, { 0x04, "Deprecated" },
	{ 0x08, "NSSA" }, { 0x10, "Router" }, { 0x20, "Demand Circuit" },
	{ 0x0100, "AFs Support" }, { 0x0200, "LLS" },
	{ 0x0400, "Authentication Trailer" },
	{ 0, NULL }
};

static const struct tok rla_flags3[] = {
	{ 0x01, "ABR" }, { 0x02, "External" }, { 0x04, "Virtual-Link Endpoint" },
	{ 0x08, "Deprecated" }, { 0x10, "NSSA Translator" },
	{ 0, NULL }
};

static const struct tok asla_flags3[] = {
	{ 0x80000000, "External Type 2" }, { 0x02000000, "Forwarding" },
	{ 0x01000000, "Tag" },
	{ 0, NULL }
};

static const struct tok lsa_names3[] = {
	{ 1, "Router" }, { 2, "Network" }, { 3, "Inter-Area Prefix" },
	{ 4, "Inter-Area Router" }, { 5, "External" }, { 6, "Deprecated" },
	{ 7, "NSSA" }, { 8, "Link" }, { 9, "Intra-Area Prefix" },
	{ 10, "Intra-Area TE" }, { 11, "Grace" },
	{ 12, "Router Information" }, { 13, "Inter-AS-TE" },
	{ 14, "Layer 1 VPN" },
	{ 0, NULL }
};

static const struct tok scopes3[] = {
	{ 0x0000, "Link Local" }, { 0x2000, "Area Local" },
	{ 0x4000, "Domain Wide" },
	{ 0, NULL }
};

static const struct tok dd_flags3[] = {
	{ 0x04, "Init" }, { 0x02, "More" }, { 0x01, "Master" },
	{ 0x10, "IPv6 MTU" },
	{ 0, NULL }
};

static const struct tok prefix_options3[] = {
	{ 0x01, "No Unicast" }, { 0x02, "Local address" },
	{ 0x04, "Deprecated" }, { 0x08, "Propagate" }, { 0x10, "Down" },
	{ 0x20, "N-bit" },
	{ 0, NULL }
};

static const char IND2[] = "\n\t    ";

/* ---- helpers */

static void tok_or(const struct tok *t, unsigned v, const char *dflt)
{
	const char *s = tok_str(t, v);

	out_str(s ? s : dflt);
}

static void bits(const struct tok *t, unsigned v, const char *none)
{
	tok_bits_print(t, v, ", ", none);
}

/* pre, the names of v's flags in t (or "none"), ']'. */
static void flagset(const char *pre, const struct tok *t, unsigned v)
{
	out_str(pre);
	tok_bits_print(t, v, ", ", "none");
	out_char(']');
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

static void ip4(struct dctx *d, const struct cursor *c, size_t off)
{
	uint8_t a[4];
	struct cursor t = at(*c, off);

	cur_bytes(&t, a, 4);
	decode_ip4addr(d, a);
}

/* A read past the capture ends the packet (tcpdump's GET_ macros). */
static bool need(struct dctx *d, const struct cursor *c, size_t off,
		 size_t n, const char *proto)
{
	if (got(c, off, n))
		return true;
	decode_trunc_cut(d, proto);
	return false;
}

/* ---- TE and grace LSAs, shared by both versions: 0, or -1 when the
 * LSA stops (the packet may have been cut: d->stop) */

static int te_subtlv(struct dctx *d, const struct cursor *c, unsigned type,
		     unsigned len)
{
	unsigned i;

	switch (type) {
	case 9: case 5:
		if (len != 4)
			goto bad4;
		out_fmt(type == 9 ? ", 0x%08x" : ", Metric %u",
			cur_peek_be32(c, 0));
		return 0;
	case 2: case 11:
		if (len != 4 && len != 8) {
			out_str(" != 4 && != 8");
			goto invalid;
		}
		for (i = 0; i < len; i += 4) {
			out_str(", ");
			ip4(d, c, i);
			out_fmt(" (0x%08x)", cur_peek_be32(c, i));
		}
		return 0;
	case 3: case 4:
		if (len != 4)
			goto bad4;
		out_str(", ");
		ip4(d, c, 0);
		return 0;
	case 6: case 7:
		if (len != 4)
			goto bad4;
		out_str(", ");
		gmpls_bw_print(cur_peek_be32(c, 0));
		return 0;
	case 8:
		if (len != 32) {
			out_str(" != 32");
			goto invalid;
		}
		gmpls_bw_list(c, 0, 8, "\n\t\t", "TE-Class ");
		return 0;
	case 17:
		if (len < 4) {
			out_str(" < 4");
			goto invalid;
		}
		out_str("\n\t\tBandwidth Constraints Model ID: ");
		tok_or(gmpls_bc_models, cur_peek(c, 0), "unknown");
		out_fmt(" (%u)", cur_peek(c, 0));
		if (len % 4) {
			out_fmt("\n\t\tlength %u != N x 4", len);
			goto invalid;
		}
		if (len > 36) {
			out_fmt("\n\t\tlength %u > 36", len);
			goto invalid;
		}
		gmpls_bw_list(c, 4, (len - 4) / 4, "\n\t\t",
			      "  Bandwidth constraint CT");
		return 0;
	case 14:
		if (len != 4)
			goto bad4;
		out_str(", ");
		bits(gmpls_link_prot, cur_peek(c, 0), "none");
		return 0;
	case 15:
		if (len < 36) {
			out_str(" < 36");
			goto invalid;
		}
		out_str("\n\t\tInterface Switching Capability: ");
		tok_or(gmpls_switch_caps, cur_peek(c, 0), "Unknown");
		out_str("\n\t\tLSP Encoding: ");
		tok_or(gmpls_encodings, cur_peek(c, 1), "Unknown");
		out_str("\n\t\tMax LSP Bandwidth:");
		gmpls_bw_list(c, 4, 8, "\n\t\t", "  priority level ");
		return 0;
	case 1:
		if (len != 1) {
			out_str(" != 1");
			goto invalid;
		}
		out_str(", ");
		tok_or(link_types, cur_peek(c, 0), "unknown");
		out_fmt(" (%u)", cur_peek(c, 0));
		return 0;
	case 16:
		if (len % 4) {
			out_str(" != N x 4");
			goto invalid;
		}
		if (len)
			out_str("\n\t\t  Shared risk group: ");
		for (i = 0; i < len; i += 4)
			out_fmt("%u%s", cur_peek_be32(c, i),
				i + 4 < len ? ", " : "");
		return 0;
	default:
		if (d->vflag <= 1)
			unknown_data_print(c, 0, len, "\n\t\t");
		return 0;
	}
bad4:
	out_str(" != 4");
invalid:
	out_str(" (invalid)");
	return -1;
}

static int te_link(struct dctx *d, const struct cursor *c, unsigned tlen,
		   const char *proto)
{
	size_t off = 0;

	while (tlen) {
		unsigned st, sl;
		struct cursor s;

		if (tlen < 4) {
			out_fmt("\n\t    Remaining TLV length %u < 4", tlen);
			return -1;
		}
		if (!need(d, c, off, 4, proto))
			return -1;
		st = cur_peek_be16(c, off);
		sl = cur_peek_be16(c, off + 2);
		off += 4;
		tlen -= 4;
		if (st == 0 || sl == 0) {
			out_str(" (invalid)");
			return -1;
		}
		out_str("\n\t      ");
		tok_or(te_link_subtlvs, st, "unknown");
		out_fmt(" subTLV (%u), length: %u", st, sl);
		if (tlen < sl) {
			out_fmt("\n\t    Remaining TLV length %u < %u", tlen + 4,
				sl + 4);
			return -1;
		}
		if (!got(c, off, sl))
			return -1;
		s = at(*c, off);
		if (te_subtlv(d, &s, st, sl) < 0)
			return -1;
		if (sl % 4)
			sl += 4 - sl % 4;
		if (tlen < sl) {
			out_fmt("\n\t    Remaining TLV length %u < %u", tlen + 4,
				sl + 4);
			return -1;
		}
		tlen -= sl;
		off += sl;
	}
	return 0;
}

/* ospf_te_lsa_print */
static int te_lsa(struct dctx *d, const struct cursor *c, unsigned len,
		  const char *proto)
{
	size_t off = 0;

	while (len) {
		unsigned type, tlen;
		struct cursor v;

		if (!got(c, off, 4))
			return -1;
		if (len < 4) {
			out_fmt("%sRemaining LS length %u < 4", IND2, len);
			return -1;
		}
		type = cur_peek_be16(c, off);
		tlen = cur_peek_be16(c, off + 2);
		off += 4;
		len -= 4;
		out_str(IND2);
		tok_or(te_tlvs, type, "unknown");
		out_fmt(" TLV (%u), length: %u", type, tlen);
		if (tlen > len) {
			out_fmt("%sBogus length %u > %u", IND2, tlen, len);
			return -1;
		}
		if (type == 0 || tlen == 0)
			return -1;
		v = at(*c, off);
		if (type == 2) {
			if (te_link(d, &v, tlen, proto) < 0)
				return -1;
			/* tcpdump's sub-TLV loop moves past the TLV but
			 * uses its length up: len keeps it */
			off += tlen;
			tlen = 0;
		} else if (type == 1) {
			if (tlen < 4) {
				out_fmt("%sTLV length %u < 4", IND2, tlen);
				return -1;
			}
			if (!need(d, &v, 0, 4, proto))
				return -1;
			out_str(", ");
			ip4(d, &v, 0);
		} else if (d->vflag <= 1) {
			unknown_data_print(&v, 0, tlen, "\n\t      ");
		}
		if (tlen % 4)
			tlen += 4 - tlen % 4;
		if (tlen > len) {
			out_fmt("%sBogus padded length %u > %u", IND2, tlen, len);
			return -1;
		}
		len -= tlen;
		off += tlen;
	}
	return 0;
}

/* ospf_grace_lsa_print */
static int grace_lsa(struct dctx *d, const struct cursor *c, unsigned len)
{
	size_t off = 0;

	while (len > 0) {
		unsigned type, tlen;

		if (!got(c, off, 4))
			return -1;
		if (len < 4) {
			out_fmt("%sRemaining LS length %u < 4", IND2, len);
			return -1;
		}
		type = cur_peek_be16(c, off);
		tlen = cur_peek_be16(c, off + 2);
		off += 4;
		len -= 4;
		out_str(IND2);
		tok_or(grace_tlvs, type, "unknown");
		out_fmt(" TLV (%u), length %u, value: ", type, tlen);
		if (tlen > len) {
			out_fmt("%sBogus length %u > %u", IND2, tlen, len);
			return -1;
		}
		if (type == 0 || tlen == 0 || !got(c, off, tlen))
			return -1;
		if (type == 1 || type == 3) {
			if (tlen != 4) {
				out_fmt("%sBogus length %u != 4", IND2, tlen);
				return -1;
			}
			if (type == 1)
				out_fmt("%us", cur_peek_be32(c, off));
			else
				ip4(d, c, off);
		} else if (type == 2) {
			if (tlen != 1) {
				out_fmt("%sBogus length %u != 1", IND2, tlen);
				return -1;
			}
			tok_or(grace_reasons, cur_peek(c, off), "Unknown");
			out_fmt(" (%u)", cur_peek(c, off));
		} else if (d->vflag <= 1) {
			unknown_data_print(c, off, tlen, "\n\t      ");
		}
		if (tlen % 4)
			tlen += 4 - tlen % 4;
		len -= tlen;
		off += tlen;
	}
	return 0;
}

/* ---- OSPFv2 */

/* ospf_print_lshdr: the LSA's length, or -1. */
static int lshdr2(struct dctx *d, const struct cursor *c)
{
	unsigned len, type;

	if (!need(d, c, 18, 2, "ospf2"))
		return -1;
	len = cur_peek_be16(c, 18);
	if (len < 20) {
		out_fmt("%sBogus length %u < header (20)", IND2, len);
		return -1;
	}
	if (!need(d, c, 0, 20, "ospf2"))
		return -1;
	out_str("\n\t  Advertising Router ");
	ip4(d, c, 8);
	out_fmt(", seq 0x%08x, age %us, length %u", cur_peek_be32(c, 12),
		cur_peek_be16(c, 0), len - 20);
	type = cur_peek(c, 3);
	out_str(IND2);
	tok_or(lsa_names2, type, "unknown");
	out_fmt(" LSA (%u), ", type);
	if (type >= 9 && type <= 11) {
		out_str("Opaque-Type ");
		tok_or(opaque_names, cur_peek(c, 4), "unknown");
		out_fmt(" LSA (%u), Opaque-ID %u", cur_peek(c, 4),
			cur_peek(c, 5) << 16 | cur_peek_be16(c, 6));
	} else {
		out_str("LSA-ID: ");
		ip4(d, c, 4);
	}
	flagset("\n\t    Options: [", options2, cur_peek(c, 2));
	return (int)len;
}

/* false when cut: each metric is read as it prints */
static bool tos_metrics(const struct cursor *c, size_t off, unsigned count)
{
	unsigned i;

	for (i = 0; i <= count; i++, off += 4) {
		unsigned t;

		if (!got(c, off, 4))
			return false;
		t = i ? cur_peek(c, off) : 0;
		out_str("\n\t\ttopology ");
		tok_or(topologies, t, "Unknown");
		out_fmt(" (%u), metric %u", t, cur_peek_be16(c, off + 2));
	}
	return true;
}

/* Router LSA links; 0 when cut, 2 when an unknown link type ends the
 * LSA (without its -vv hex dump), else 1. */
static int router_links2(struct dctx *d, const struct cursor *c,
			  unsigned count)
{
	static const char *const fmt[] = {
		NULL, "Neighbor Router-ID: ", "Neighbor Network-ID: ",
		"Stub Network: ", "Virtual Link: Neighbor Router-ID: ",
	};
	size_t off = 4;

	for (; count; count--) {
		unsigned type, tos;

		if (!got(c, off, 12))
			return false;
		type = cur_peek(c, off + 8);
		tos = cur_peek(c, off + 9);
		if (type < 1 || type > 4) {
			out_fmt("\n\t      Unknown Router Link Type (%u)", type);
			return 2;
		}
		out_str("\n\t      ");
		out_str(fmt[type]);
		ip4(d, c, off);
		out_str(type == 3 ? ", Mask: " : ", Interface Address: ");
		ip4(d, c, off + 4);
		if (!tos_metrics(c, off + 8, tos))
			return false;
		off += 12 + 4 * tos;
	}
	return true;
}

/* false when cut */
static bool metrics_list(const struct cursor *c, size_t off, size_t end)
{
	for (; off < end; off += 4) {
		uint32_t ul = cur_peek_be32(c, off);
		unsigned t = (ul & 0x7f000000) >> 24;

		if (!got(c, off, 4))
			return false;
		out_str("\n\t\ttopology ");
		tok_or(topologies, t, "Unknown");
		out_fmt(" (%u) metric %u", t, ul & 0xffffff);
	}
	return true;
}

/* The body of an LSA; 0 when the packet was cut, 2 when it ends the
 * LSA without the hex dump. */
static int lsa_body2(struct dctx *d, const struct cursor *c, unsigned type,
		      unsigned len)
{
	size_t off, end = 20 + len;
	struct cursor b = at(*c, 20);

	switch (type) {
	case 1:
		if (!got(c, 20, 1))
			return false;
		flagset("\n\t    Router LSA Options: [", rla_flags2,
		      cur_peek(c, 20));
		if (!got(c, 20, 4 + 12))
			return false;
		return router_links2(d, &b, cur_peek_be16(c, 22));
	case 2:
		if (!got(c, 20, 4))
			return false;
		out_str("\n\t    Mask ");
		ip4(d, c, 20);
		out_str("\n\t    Connected Routers:");
		for (off = 24; off < end; off += 4) {
			if (!got(c, off, 4))
				return false;
			out_str("\n\t      ");
			ip4(d, c, off);
		}
		return true;
	case 3: case 4:
		if (type == 3) {
			if (!got(c, 20, 4))
				return false;
			out_str("\n\t    Mask ");
			ip4(d, c, 20);
		}
		if (!got(c, 24, 4))
			return false;
		return metrics_list(c, 24, end);
	case 5: case 7:
		if (!got(c, 20, 4))
			return false;
		out_str("\n\t    Mask ");
		ip4(d, c, 20);
		if (!got(c, 24, 4))
			return false;
		for (off = 24; off < end; off += 12) {
			uint32_t ul;
			unsigned t;

			if (!got(c, off, 4))
				return false;
			ul = cur_peek_be32(c, off);
			t = (ul & 0x7f000000) >> 24;
			out_str("\n\t\ttopology ");
			tok_or(topologies, t, "Unknown");
			out_fmt(" (%u), type %u, metric", t,
				ul & 0x80000000 ? 2 : 1);
			if ((ul & 0xffffff) == 0xffffff)
				out_str(" infinite");
			else
				out_fmt(" %u", ul & 0xffffff);
			if (!got(c, off + 4, 4))
				return false;
			if (cur_peek_be32(c, off + 4)) {
				out_str(", forward ");
				ip4(d, c, off + 4);
			}
			if (!got(c, off + 8, 4))
				return false;
			if (cur_peek_be32(c, off + 8)) {
				out_str(", tag ");
				ip4(d, c, off + 8);
			}
		}
		return true;
	case 6:
		for (off = 20; off < end; off += 8) {
			uint32_t vt;

			if (!got(c, off, 8))
				return false;
			vt = cur_peek_be32(c, off);
			if (vt == 1 || vt == 2) {
				out_str(vt == 1 ? "\n\t    Router Router-ID "
					: "\n\t    Network Designated Router ");
				ip4(d, c, off + 4);
			} else {
				out_fmt("\n\t    unknown VertexType (%u)", vt);
			}
		}
		return true;
	}
	return true;
}

static void ri_lsa(struct dctx *d, const struct cursor *c, unsigned len)
{
	size_t off = 0;

	while (len) {
		unsigned type, tlen;

		if (!got(c, off, 4)) {
			decode_trunc_cut(d, "ospf2");
			return;
		}
		if (len < 4) {
			out_fmt("%sRemaining LS length %u < 4", IND2, len);
			return;
		}
		type = cur_peek_be16(c, off);
		tlen = cur_peek_be16(c, off + 2);
		off += 4;
		len -= 4;
		out_str(IND2);
		tok_or(ri_tlvs, type, "unknown");
		out_fmt(" TLV (%u), length: %u, value: ", type, tlen);
		if (tlen > len) {
			out_fmt("%sBogus length %u > remaining LS length %u",
				IND2, tlen, len);
			return;
		}
		if (!got(c, off, tlen)) {
			decode_trunc_cut(d, "ospf2");
			return;
		}
		if (type == 1) {
			if (tlen != 4) {
				out_fmt("%sBogus length %u != 4", IND2, tlen);
				return;
			}
			out_str("Capabilities: ");
			bits(ri_caps, cur_peek_be32(c, off), "Unknown");
		} else if (d->vflag <= 1) {
			unknown_data_print(c, off, tlen, "\n\t      ");
		}
		off += tlen;
		len -= tlen;
	}
}

/* ospf_print_lsa: the LSA's length, 0 when the hex was cut short by a
 * stop of its own, -1 on truncation. */
static int lsa2(struct dctx *d, const struct cursor *c)
{
	int r = lshdr2(d, c);
	unsigned len, type;
	struct cursor b;

	if (r < 0)
		return -1;
	len = (unsigned)r - 20;
	type = cur_peek(c, 3);
	b = at(*c, 20);
	if (type < 9 || type > 11) {
		int q = lsa_body2(d, c, type, len);

		if (!q) {
			if (!d->stop)
				decode_trunc_cut(d, "ospf2");
			return -1;
		}
		if (q == 2)
			return r;
	} else {
		int q = 0;

		switch (cur_peek(c, 4)) {
		case 4:
			ri_lsa(d, &b, len);
			break;
		case 3:
			q = grace_lsa(d, &b, len);
			break;
		case 1:
			q = te_lsa(d, &b, len, "ospf2");
			break;
		default:
			if (d->vflag <= 1)
				unknown_data_print(&b, 0, len, IND2);
		}
		if (d->stop)
			return -1;
		if (q < 0)
			return r;
	}
	if (d->vflag > 1)
		unknown_data_print(&b, 0, len, IND2);
	return r;
}

static void lls2(struct dctx *d, const struct cursor *op, unsigned length)
{
	unsigned type = cur_peek(op, 1), l2, off;

	if (!((type == 1 && (cur_peek(op, 30) & 0x10)) ||
	      (type == 2 && (cur_peek(op, 26) & 0x10))))
		return;
	l2 = cur_peek_be16(op, 2);
	off = l2;
	if (cur_peek_be16(op, 14) == 2) {
		off += cur_peek(op, 19);
		l2 += cur_peek(op, 19);
	}
	if (l2 >= length) {
		out_str("\n\t[LLS truncated]");
		return;
	}
	if (!need(d, op, off, 4, "ospf2"))
		return;
	out_fmt("\n\t  LLS: checksum: 0x%04x, length: %u",
		cur_peek_be16(op, off), cur_peek_be16(op, off + 2));
	for (off += 4; off < length;) {
		unsigned t, l;

		if (!need(d, op, off, 4, "ospf2"))
			return;
		t = cur_peek_be16(op, off);
		l = cur_peek_be16(op, off + 2);
		out_str(IND2);
		tok_or(lls_tlvs, t, "Unknown TLV");
		out_fmt(" (%u), length: %u", t, l);
		off += 4;
		if (t == 1 || t == 2) {
			unsigned want = t == 1 ? 4 : 20;

			if (l != want) {
				out_fmt(" [should be %u]", want);
				l = want;
			}
			if (!need(d, op, off, 4, "ospf2"))
				return;
			if (t == 1) {
				out_fmt("\n\t      Options: 0x%08x [",
					cur_peek_be32(op, off));
				tok_bits_print(lls_eo_options,
					       cur_peek_be32(op, off), ", ", "?");
				out_char(']');
			} else {
				out_fmt("\n\t      Sequence number: 0x%08x",
					cur_peek_be32(op, off));
			}
		}
		off += l;
	}
}

/* The DR and BDR of a Hello at off: false when the packet ended. */
static bool dr_bdr(struct dctx *d, const struct cursor *op, size_t off,
		   const char *proto)
{
	if (!need(d, op, off, 4, proto))
		return false;
	if (cur_peek_be32(op, off)) {
		out_str("\n\t  Designated Router ");
		ip4(d, op, off);
	}
	if (!need(d, op, off + 4, 4, proto))
		return false;
	if (cur_peek_be32(op, off + 4)) {
		out_str(", Backup Designated Router ");
		ip4(d, op, off + 4);
	}
	return true;
}

/* The per-type body; false when the packet ended. */
static bool decode_v2(struct dctx *d, const struct cursor *op, size_t end)
{
	size_t off;
	unsigned n, i;

	switch (cur_peek(op, 1)) {
	case 1:
		if (!need(d, op, 30, 1, "ospf2"))
			return false;
		flagset("\n\tOptions [", options2, cur_peek(op, 30));
		if (!need(d, op, 24, 12, "ospf2"))
			return false;
		out_fmt("\n\t  Hello Timer %us, Dead Timer %us, Mask ",
			cur_peek_be16(op, 28), cur_peek_be32(op, 32));
		ip4(d, op, 24);
		out_fmt(", Priority %u", cur_peek(op, 31));
		if (!dr_bdr(d, op, 36, "ospf2"))
			return false;
		if (44 < end)
			out_str("\n\t  Neighbor List:");
		for (off = 44; off < end; off += 4) {
			if (!need(d, op, off, 4, "ospf2"))
				return false;
			out_str("\n\t    ");
			ip4(d, op, off);
		}
		return true;
	case 2:
		if (!need(d, op, 26, 1, "ospf2"))
			return false;
		flagset("\n\tOptions [", options2, cur_peek(op, 26));
		if (!need(d, op, 27, 1, "ospf2"))
			return false;
		flagset(", DD Flags [", dd_flags2, cur_peek(op, 27));
		if (!need(d, op, 24, 2, "ospf2"))
			return false;
		if (cur_peek_be16(op, 24))
			out_fmt(", MTU: %u", cur_peek_be16(op, 24));
		if (!need(d, op, 28, 4, "ospf2"))
			return false;
		out_fmt(", Sequence: 0x%08x", cur_peek_be32(op, 28));
		for (off = 32; off < end; off += 20) {
			struct cursor l = at(*op, off);

			if (lshdr2(d, &l) < 0)
				break;
		}
		return !d->stop;
	case 3:
		for (off = 24; off < end; off += 12) {
			uint32_t t;

			if (!need(d, op, off, 12, "ospf2"))
				return false;
			t = cur_peek_be32(op, off);
			out_str("\n\t  Advertising Router: ");
			ip4(d, op, off + 8);
			out_str(", ");
			tok_or(lsa_names2, t, "unknown");
			out_fmt(" LSA (%u)", t);
			if (t >= 9 && t <= 11) {
				out_str(", Opaque-Type: ");
				tok_or(opaque_names, cur_peek(op, off + 4),
				       "unknown");
				out_fmt(" LSA (%u), Opaque-ID: %u",
					cur_peek(op, off + 4),
					cur_peek(op, off + 5) << 16 |
					cur_peek_be16(op, off + 6));
			} else {
				out_str(", LSA-ID: ");
				ip4(d, op, off + 4);
			}
		}
		return true;
	case 4:
		if (!need(d, op, 24, 4, "ospf2"))
			return false;
		n = cur_peek_be32(op, 24);
		out_fmt(", %u LSA%s", n, n == 1 ? "" : "s");
		for (i = 1, off = 28; i <= n; i++) {
			struct cursor l = at(*op, off);
			int r;

			out_fmt("\n\t  LSA #%u", i);
			r = lsa2(d, &l);
			if (r < 0)
				return false;
			off += (unsigned)r;
		}
		return true;
	case 5:
		for (off = 24;; off += 20) {
			struct cursor l = at(*op, off);

			if (lshdr2(d, &l) < 0)
				break;
		}
		return !d->stop;
	}
	return true;
}

static bool auth2(struct dctx *d, const struct cursor *op)
{
	unsigned at2 = cur_peek_be16(op, 14);
	unsigned i;

	if (!got(op, 16, 8)) {
		decode_trunc_cut(d, "ospf2");
		return false;
	}
	out_str(", Authentication Type: ");
	tok_or(auth_names, at2, "unknown");
	out_fmt(" (%u)", at2);
	if (at2 == 1) {
		out_str("\n\tSimple text password: ");
		for (i = 0; i < 8 && cur_peek(op, 16 + i); i++)
			decode_char(cur_peek(op, 16 + i));
	} else if (at2 == 2) {
		out_fmt("\n\tKey-ID: %u, Auth-Length: %u, Crypto Sequence "
			"Number: 0x%08x", cur_peek(op, 18), cur_peek(op, 19),
			cur_peek_be32(op, 20));
	} else if (at2 != 0) {
		return false;
	}
	return true;
}

static void ospf2_print(struct dctx *d, struct cursor c, unsigned length)
{
	unsigned type, olen;
	size_t end;

	if (!need(d, &c, 14, 2, "ospf2"))
		return;
	if (cur_peek_be16(&c, 14) == 2) {
		/* tcpdump strips the MD5 digest off the capture */
		length -= 16;
		c.end = cur_left(&c) >= 16 ? c.end - 16 : c.p;
	}
	if (!need(d, &c, 0, 2, "ospf2"))
		return;
	type = cur_peek(&c, 1);
	out_fmt("OSPFv%u, ", cur_peek(&c, 0));
	if (!tok_str(type_names, type)) {
		out_fmt("unknown LS-type %u, length %u", type, length);
		return;
	}
	out_fmt("%s, length %u", tok_str(type_names, type), length);
	if (!d->vflag)
		return;
	if (!need(d, &c, 0, 4, "ospf2"))
		return;
	olen = cur_peek_be16(&c, 2);
	if (length != olen)
		out_fmt(" [len %u]", olen);
	end = length > olen ? olen : length;
	if (!need(d, &c, 4, 4, "ospf2"))
		return;
	out_str("\n\tRouter-ID ");
	ip4(d, &c, 4);
	if (!need(d, &c, 8, 4, "ospf2"))
		return;
	if (cur_peek_be32(&c, 8)) {
		out_str(", Area ");
		ip4(d, &c, 8);
	} else {
		out_str(", Backbone Area");
	}
	if (!auth2(d, &c))
		return;
	if (cur_peek(&c, 0) != 2) {
		out_fmt(" ospf [version %u]", cur_peek(&c, 0));
		return;
	}
	if (!decode_v2(d, &c, end)) {
		if (!d->stop)
			decode_trunc_cut(d, "ospf2");
		return;
	}
	if (length > olen)
		lls2(d, &c, length);
}

/* ---- OSPFv3 */

static void ls_type3(struct dctx *d, unsigned type, const struct cursor *c,
		     size_t id)
{
	out_str("\n\t    ");
	tok_or(lsa_names3, type & 0x1fff, "Unknown");
	out_fmt(" LSA (%u), ", type & 0x1fff);
	tok_or(scopes3, type & 0x6000, "Unknown");
	out_fmt(" Scope%s, LSA-ID ", type & 0x8000 ? ", transitive" : "");
	ip4(d, c, id);
}

/* ospf6_print_lshdr: false if the header passes the data end. */
static bool lshdr3(struct dctx *d, const struct cursor *c, size_t end)
{
	if (20 > end)
		return false;
	if (!need(d, c, 0, 20, "ospf3"))
		return false;
	out_str("\n\t  Advertising Router ");
	ip4(d, c, 8);
	/* a length under the header's wraps as a size_t, as tcpdump's */
	out_fmt(", seq 0x%08x, age %us, length %zu", cur_peek_be32(c, 12),
		cur_peek_be16(c, 0), (size_t)cur_peek_be16(c, 18) - 20);
	ls_type3(d, cur_peek_be16(c, 2), c, 4);
	return true;
}

/* ospf6_print_lsaprefix: bytes used, or -1. */
static int prefix3(struct dctx *d, const struct cursor *c, unsigned len)
{
	uint8_t a[16] = { 0 };
	unsigned plen, words;
	struct cursor t;

	if (len < 4 || !got(c, 0, 4))
		return -1;
	plen = cur_peek(c, 0);
	words = (plen + 31) / 32;
	if (words * 4 > 16) {
		out_fmt(" bogus prefixlen /%u", plen);
		return -1;
	}
	if (len - 4 < words * 4)
		return -1;
	if (!need(d, c, 4, words * 4, "ospf3"))
		return -1;
	t = at(*c, 4);
	cur_bytes(&t, a, words * 4);
	out_str("\n\t\t");
	decode_ip6addr(d, a);
	out_fmt("/%u", plen);
	if (cur_peek(c, 1)) {
		flagset(", Options [", prefix_options3, cur_peek(c, 1));
	}
	out_fmt(", metric %u", cur_peek_be16(c, 2));
	return (int)(4 + words * 4);
}

/* Prefixes from off: n of them, or while len lasts (n < 0). */
static bool prefixes3(struct dctx *d, const struct cursor *c, size_t off,
		      unsigned len, long n)
{
	while (n < 0 ? len != 0 : n-- > 0) {
		struct cursor p = at(*c, off);
		int r = prefix3(d, &p, len);

		if (r < 0)
			return false;
		len -= (unsigned)r;
		off += (unsigned)r;
	}
	return true;
}

static bool router_lsa3(struct dctx *d, const struct cursor *c,
			unsigned len)
{
	static const char *const fmt[] = {
		NULL, "Neighbor Router-ID ", "Neighbor Network-ID ", NULL,
		"Virtual Link: Neighbor Router-ID ",
	};
	size_t off = 24;

	if (len < 4)
		return false;
	len -= 4;
	if (!need(d, c, 20, 4, "ospf3"))
		return false;
	out_str("\n\t      Options [");
	bits(options3, cur_peek_be32(c, 20), "none");
	flagset("], RLA-Flags [", rla_flags3, cur_peek(c, 20));
	for (; len; len -= 16, off += 16) {
		unsigned type;

		if (len < 16 || !got(c, off, 16))
			return false;
		type = cur_peek(c, off);
		if (type != 1 && type != 2 && type != 4) {
			out_fmt("\n\t      Unknown Router Links Type 0x%02x",
				type);
			return true;
		}
		out_str("\n\t      ");
		out_str(fmt[type]);
		ip4(d, c, off + 12);
		out_str("\n\t      Neighbor Interface-ID ");
		ip4(d, c, off + 8);
		out_str(", Interface ");
		ip4(d, c, off + 4);
		out_fmt(", metric %u", cur_peek_be16(c, off + 2));
	}
	return true;
}

static bool asla3(struct dctx *d, const struct cursor *c, unsigned len)
{
	uint32_t flags;
	size_t off = 24;
	struct cursor p;
	int r;

	if (len < 4)
		return false;
	len -= 4;
	if (!need(d, c, 20, 4, "ospf3"))
		return false;
	flags = cur_peek_be32(c, 20);
	out_str("\n\t     Flags [");
	bits(asla_flags3, flags, "none");
	out_fmt("] metric %u", flags & 0xffffff);
	p = at(*c, off);
	r = prefix3(d, &p, len);
	if (r < 0)
		return false;
	len -= (unsigned)r;
	off += (unsigned)r;
	if (flags & 0x02000000) {
		if (len < 16 || !need(d, c, off, 16, "ospf3"))
			return false;
		len -= 16;
		out_str(" forward ");
		decode_ip6addr_at(d, *c, (unsigned)off);
		off += 16;
	}
	if (flags & 0x01000000) {
		if (len < 4 || !need(d, c, off, 4, "ospf3"))
			return false;
		len -= 4;
		out_str(" tag ");
		ip4(d, c, off);
		off += 4;
	}
	if (cur_peek(c, 24 + 2)) {
		if (len < 4 || !need(d, c, off, 4, "ospf3"))
			return false;
		out_str(" RefLSID: ");
		ip4(d, c, off);
	}
	return true;
}

/* ospf6_print_lsa: false when truncated. */
static bool lsa3(struct dctx *d, const struct cursor *c, size_t end)
{
	unsigned length, len, type;
	size_t off;

	if (!lshdr3(d, c, end))
		return false;
	length = cur_peek_be16(c, 18);
	if (length < 20 || length > end)
		return false;
	len = length - 20;
	type = cur_peek_be16(c, 2);
	switch (type) {
	case 0x2001:
		return router_lsa3(d, c, len);
	case 0x2002:
		if (len < 4 || !need(d, c, 20, 4, "ospf3"))
			return false;
		len -= 4;
		out_str("\n\t      Options [");
		bits(options3, cur_peek_be32(c, 20), "none");
		out_str("]\n\t      Connected Routers:");
		for (off = 24; len; len -= 4, off += 4) {
			if (len < 4 || !got(c, off, 4))
				return false;
			out_str("\n\t\t");
			ip4(d, c, off);
		}
		return true;
	case 0x2003:
		if (len < 4 || !need(d, c, 20, 4, "ospf3"))
			return false;
		out_fmt(", metric %u", cur_peek_be32(c, 20) & 0xffffff);
		return prefixes3(d, c, 24, len - 4, -1);
	case 0x4005:
		return asla3(d, c, len);
	case 0x0008:
		if (len < 4 || !got(c, 20, 4))
			return false;
		flagset("\n\t      Options [", options3, cur_peek_be32(c, 20));
		if (len - 4 < 20 || !need(d, c, 24, 20, "ospf3"))
			return false;
		out_fmt("\n\t      Priority %u, Link-local address ",
			cur_peek(c, 20));
		decode_ip6addr_at(d, *c, 24);
		out_fmt(", Prefixes %u:", cur_peek_be32(c, 40));
		return prefixes3(d, c, 44, len - 24, cur_peek_be32(c, 40));
	case 0x2009:
		/* tcpdump counts 6 of the 12 bytes before the prefixes */
		if (len < 4 || !got(c, 28, 4))
			return false;
		ls_type3(d, cur_peek_be16(c, 22), c, 24);
		if (len - 4 < 2)
			return false;
		out_fmt("\n\t      Prefixes %u:", cur_peek_be16(c, 20));
		return prefixes3(d, c, 32, len - 6, cur_peek_be16(c, 20));
	case 0x000b: {
		struct cursor b = at(*c, 20);

		return grace_lsa(d, &b, len) == 0 && !d->stop;
	}
	case 0x000a: {
		struct cursor b = at(*c, 20);

		return te_lsa(d, &b, len, "ospf3") == 0 && !d->stop;
	}
	}
	unknown_data_print(c, 20, len, "\n\t      ");
	return true;
}

/* ospf6_decode_v3: false when truncated. */
static bool decode_v3(struct dctx *d, const struct cursor *op, size_t end)
{
	size_t off;
	uint32_t n;

	switch (cur_peek(op, 1)) {
	case 1:
		if (!need(d, op, 20, 4, "ospf3"))
			return false;
		flagset("\n\tOptions [", options3, cur_peek_be32(op, 20));
		if (!need(d, op, 16, 12, "ospf3"))
			return false;
		out_fmt("\n\t  Hello Timer %us, Dead Timer %us, Interface-ID ",
			cur_peek_be16(op, 24), cur_peek_be16(op, 26));
		ip4(d, op, 16);
		out_fmt(", Priority %u", cur_peek(op, 20));
		if (!dr_bdr(d, op, 28, "ospf3"))
			return false;
		if (d->vflag > 1) {
			out_str("\n\t  Neighbor List:");
			for (off = 36; off < end; off += 4) {
				if (!got(op, off, 4))
					return false;
				out_str("\n\t    ");
				ip4(d, op, off);
			}
		}
		return true;
	case 2:
		if (!need(d, op, 16, 4, "ospf3"))
			return false;
		flagset("\n\tOptions [", options3, cur_peek_be32(op, 16));
		if (!need(d, op, 23, 1, "ospf3"))
			return false;
		flagset(", DD Flags [", dd_flags3, cur_peek(op, 23));
		if (!need(d, op, 16, 12, "ospf3"))
			return false;
		out_fmt(", MTU %u, DD-Sequence 0x%08x", cur_peek_be16(op, 20),
			cur_peek_be32(op, 24));
		if (d->vflag > 1)
			for (off = 28; off < end; off += 20) {
				struct cursor l = at(*op, off);

				if (!lshdr3(d, &l, end - off))
					return false;
			}
		return true;
	case 3:
		if (d->vflag > 1)
			for (off = 16; off < end; off += 12) {
				if (!got(op, off, 12))
					return false;
				out_str("\n\t  Advertising Router ");
				ip4(d, op, off + 8);
				ls_type3(d, cur_peek_be16(op, off + 2), op,
					 off + 4);
			}
		return true;
	case 4:
		if (d->vflag <= 1)
			return true;
		if (!need(d, op, 16, 4, "ospf3"))
			return false;
		n = cur_peek_be32(op, 16);
		for (off = 20; off < end && n--;) {
			struct cursor l = at(*op, off);

			if (!lsa3(d, &l, end - off))
				return false;
			off += cur_peek_be16(op, off + 18);
		}
		return true;
	case 5:
		if (d->vflag > 1)
			for (off = 16; off < end; off += 20) {
				struct cursor l = at(*op, off);

				if (!lshdr3(d, &l, end - off))
					return false;
			}
		return true;
	}
	return true;
}

/* The LLS block and the authentication trailer after the packet. */
static bool trailer3(struct dctx *d, const struct cursor *op, size_t off,
		     unsigned len)
{
	unsigned type = cur_peek(op, 1), lls = 0, alen;

	if ((type == 1 && (cur_peek_be32(op, 20) & 0x0200)) ||
	    (type == 2 && (cur_peek_be32(op, 16) & 0x0200))) {
		if (len) {
			if (len < 4 || !need(d, op, off, 4, "ospf3"))
				return false;
			lls = cur_peek_be16(op, off + 2);
			out_fmt("\n\tLLS Checksum 0x%04x, Data Length %u",
				cur_peek_be16(op, off), lls);
			if (lls < 4 || lls > len || !got(op, off + 4, lls - 4))
				return false;
		}
	}
	off += lls;
	len -= lls;
	if (len == 0)
		return true;
	if (len < 16 || !need(d, op, off, 4, "ospf3"))
		return false;
	out_str("\n\tAuthentication Type ");
	if (cur_peek_be16(op, off) == 1)
		out_str("HMAC");
	else
		out_fmt("unknown (0x%04x)", cur_peek_be16(op, off));
	alen = cur_peek_be16(op, off + 2);
	out_fmt(", Length %u", alen);
	if (alen < 16 || alen > len || !need(d, op, off, 16, "ospf3"))
		return false;
	out_fmt(", SAID %u, CSN 0x%08x:%08x", cur_peek_be16(op, off + 6),
		cur_peek_be32(op, off + 8), cur_peek_be32(op, off + 12));
	if (!got(op, off + 16, alen - 16))
		return false;
	if (d->vflag > 1)
		unknown_data_print(op, off + 16, alen - 16,
			     "\n\tAuthentication Data ");
	return true;
}

static void ospf6_print(struct dctx *d, struct cursor c, unsigned length)
{
	unsigned type, dlen;

	if (!need(d, &c, 0, 2, "ospf3"))
		return;
	type = cur_peek(&c, 1);
	out_fmt("OSPFv%u, ", cur_peek(&c, 0));
	if (!tok_str(type_names, type)) {
		out_fmt("unknown packet type (%u), length %u", type, length);
		return;
	}
	out_fmt("%s, length %u", tok_str(type_names, type), length);
	if (!d->vflag || !need(d, &c, 2, 2, "ospf3"))
		return;
	dlen = cur_peek_be16(&c, 2);
	if (dlen > length) {
		out_fmt(" [len %u]", dlen);
		return;
	}
	if (!need(d, &c, 4, 4, "ospf3"))
		return;
	out_str("\n\tRouter-ID ");
	ip4(d, &c, 4);
	if (!need(d, &c, 8, 4, "ospf3"))
		return;
	if (cur_peek_be32(&c, 8)) {
		out_str(", Area ");
		ip4(d, &c, 8);
	} else {
		out_str(", Backbone Area");
	}
	if (!need(d, &c, 14, 1, "ospf3"))
		return;
	if (cur_peek(&c, 14))
		out_fmt(", Instance %u", cur_peek(&c, 14));
	if (cur_peek(&c, 0) != 3)
		return;
	if (!decode_v3(d, &c, dlen) || d->stop ||
	    !trailer3(d, &c, dlen, length - dlen)) {
		if (!d->stop)
			decode_trunc(d, "ospf3");
	}
}

DECODE_KEY(IPPROTO, 89, ospf_print)

void ospf_print(struct dctx *d, struct cursor c, unsigned len,
		const struct ipinfo *ip)
{
	if (ip->version == 6)
		ospf6_print(d, c, len);
	else
		ospf2_print(d, c, len);
}
