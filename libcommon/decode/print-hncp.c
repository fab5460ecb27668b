/* print-hncp.c - the Home Networking Control Protocol (RFC 7788) and
 * the DNCP TLVs it builds on (RFC 7787), UDP port 8231.
 *
 *   TLV: | Type | Length | Value, padded to 4 bytes |
 * Output as tcpdump 4.99 print-hncp.c.
 */
#include <string.h>

#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

enum {
	DNCP_REQ_NETWORK = 1, DNCP_REQ_NODE = 2, DNCP_ENDPOINT = 3,
	DNCP_NETWORK = 4, DNCP_NODE = 5, DNCP_PEER = 8, DNCP_KEEPALIVE = 9,
	DNCP_TRUST = 10, HNCP_VERSION = 32, HNCP_EXT_CONN = 33,
	HNCP_DELEGATED = 34, HNCP_ASSIGNED = 35, HNCP_NODE_ADDR = 36,
	HNCP_DHCPV4 = 37, HNCP_DHCPV6 = 38, HNCP_DNS_ZONE = 39,
	HNCP_DOMAIN = 40, HNCP_NODE_NAME = 41, HNCP_PSK = 42,
	HNCP_POLICY = 43, RANGE_RESERVED = 0x10000, RANGE_UNASSIGNED,
	RANGE_PRIVATE, RANGE_FUTURE,
};

static const struct tok type2str[] = {
	{ 1, "Request network state" },
	{ 2, "Request node state" },
	{ 3, "Node endpoint" },
	{ 4, "Network state" },
	{ 5, "Node state" },
	{ 8, "Peer" },
	{ 9, "Keep-alive interval" },
	{ 10, "Trust-Verdict" },
	{ 32, "HNCP-Version" },
	{ 33, "External-Connection" },
	{ 34, "Delegated-Prefix" },
	{ 43, "Prefix-Policy" },
	{ 37, "DHCPv4-Data" },
	{ 38, "DHCPv6-Data" },
	{ 35, "Assigned-Prefix" },
	{ 36, "Node-Address" },
	{ 39, "DNS-Delegated-Zone" },
	{ 40, "Domain-Name" },
	{ 41, "Node-Name" },
	{ 42, "Managed-PSK" },
	{ RANGE_RESERVED, "Reserved" },
	{ RANGE_UNASSIGNED, "Unassigned" },
	{ RANGE_PRIVATE, "Private use" },
	{ RANGE_FUTURE, "Future use" },
	{ 0, NULL }
};

static const struct tok dh4opt2str[] = {
	{ 6, "DNS-server" },
	{ 42, "NTP-server" },
	{ 119, "DNS-search" },
	{ 0, NULL }
};

static const struct tok dh6opt2str[] = {
	{ 23, "DNS-server" },
	{ 24, "DNS-search-list" },
	{ 31, "SNTP-servers" },
	{ 0, NULL }
};

static const uint8_t v4mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
				      0xff, 0xff };

DECODE_PORT(UDP, 240, 8231, 8231, PORT_EITHER, hncp_print)

static void rec_print(struct dctx *d, struct cursor c, unsigned length,
		      unsigned indent);

static void newline(unsigned indent)
{
	out_char('\n');
	for (; indent > 0; indent--)
		out_char('\t');
}

static bool is_v4mapped(struct cursor c, unsigned off)
{
	unsigned k;

	for (k = 0; k < 12; k++)
		if (cur_peek(&c, off + k) != v4mapped[k])
			return false;
	return true;
}

static void nid_print(struct cursor c, unsigned off)
{
	out_fmt("%02x:%02x:%02x:%02x", cur_peek(&c, off), cur_peek(&c, off + 1),
		cur_peek(&c, off + 2), cur_peek(&c, off + 3));
}

static void hex256_print(struct cursor c, unsigned off)
{
	unsigned k;

	for (k = 0; k < 32; k++)
		out_hex(cur_peek(&c, off + k), 2);
}

static void interval_print(uint32_t n)
{
	out_fmt("%u.%03us", n / 1000, n % 1000);
}

static void ip6addr_print(struct dctx *d, struct cursor c, unsigned off)
{
	if (is_v4mapped(c, off))
		rt_ip4_at(d, c, off + 12);
	else
		rt_addr_at(d, c, off, 6);
}

/* Characters up to a NUL or n of them (tcpdump's nd_printjnp). */
static void printjnp(struct cursor c, unsigned off, unsigned n)
{
	for (; n > 0 && cur_peek(&c, off); n--, off++)
		decode_char(cur_peek(&c, off));
}

/* A prefix (length byte first) of at most max bytes; returns its
 * length or a negative code as tcpdump's print_prefix. */
static int prefix_print(struct dctx *d, struct cursor c, unsigned off,
			unsigned max)
{
	unsigned plen, nbytes, k;
	uint8_t a[4] = { 0 };

	if (cur_peek(&c, off) >= 96 && max >= 13 && is_v4mapped(c, off + 1)) {
		plen = cur_peek(&c, off) - 96u;
		if (plen > 32)
			return -1;
		nbytes = (plen + 7) / 8;
		if (max - 1 < nbytes + 12)
			return -3;
		for (k = 0; k < nbytes; k++)
			a[k] = cur_peek(&c, off + 13 + k);
		if (plen % 8)
			a[nbytes - 1] &= (uint8_t)(0xff00 >> (plen % 8));
		decode_ip4addr(d, a);
		out_fmt("/%u", plen);
		return (int)(nbytes + 13);
	}
	return rt_prefix_print(d, c, off, max, 6, "");
}

/* DNS labels at off, at most max bytes; returns their length, or -1
 * after "[|DNS]" when they do not end in time. */
static int dns_label_print(struct cursor c, unsigned off, unsigned max)
{
	unsigned len = 0, lab;

	while (len < max) {
		lab = cur_peek(&c, off + len++);
		if (lab == 0)
			return (int)len;
		if (len > 1)
			out_char('.');
		if (len + lab > max) {
			printjnp(c, off + len, max - len);
			break;
		}
		printjnp(c, off + len, lab);
		len += lab;
	}
	out_str("[|DNS]");
	return -1;
}

/* DNS names from off to end (fqdn_print); false when bad. */
static bool fqdn_list(struct dctx *d, struct cursor c, unsigned off,
		      unsigned end)
{
	int r;

	while (off < end) {
		out_char(' ');
		r = domain_name_print(d, c, off);
		if (r < 0)
			return false;
		off = (unsigned)r;
	}
	return true;
}

/* DHCPv4 (v6 false) or DHCPv6 options; false when invalid. */
static bool dhcp_print(struct dctx *d, struct cursor c, unsigned len,
		       unsigned indent, bool v6)
{
	unsigned i = 0, hl = v6 ? 4 : 2, type, olen, t, alen = v6 ? 16 : 4;

	while (i < len) {
		if (i + hl > len)
			return false;
		type = v6 ? cur_peek_be16(&c, i) : cur_peek(&c, i);
		olen = v6 ? cur_peek_be16(&c, i + 2) : cur_peek(&c, i + 1);
		newline(indent);
		tok_print(v6 ? dh6opt2str : dh4opt2str, type, "Unknown");
		out_fmt(" (%u)", olen + hl);
		if (i + hl + olen > len)
			return false;
		if (type == (v6 ? 23u : 6u) || type == (v6 ? 31u : 42u)) {
			if ((!v6 && olen < 4) || olen % alen) {
				if (v6)
					out_str(" (invalid)");
				return false;
			}
			for (t = 0; t < olen; t += alen) {
				out_char(' ');
				rt_addr_at(d, c, i + hl + t, v6 ? 6 : 4);
			}
		} else if (type == (v6 ? 24u : 119u)) {
			struct cursor v = c;

			cur_skip(&v, i + hl);
			v = cur_sub(&v, olen);
			if (!fqdn_list(d, v, 0, olen))
				return false;
		}
		i += hl + olen;
	}
	return true;
}

static void invalid(void)
{
	out_str(" (invalid)");
}

/* The rest of a TLV from off on, as nested TLVs. */
static void nested(struct dctx *d, struct cursor v, unsigned off,
		   unsigned bodylen, unsigned indent)
{
	if (bodylen < off)
		return;
	cur_skip(&v, off);
	rec_print(d, v, bodylen - off, indent + 1);
}

static void prefix_tlv(struct dctx *d, struct cursor v, unsigned len,
		       unsigned indent, bool delegated)
{
	unsigned at = delegated ? 8 : 5;
	int l;

	if (len < at + 1 || len < at + 1 + (cur_peek(&v, at) + 7u) / 8) {
		invalid();
		return;
	}
	if (delegated) {
		out_str(" VLSO: ");
		interval_print(cur_peek_be32(&v, 0));
		out_str(" PLSO: ");
		interval_print(cur_peek_be32(&v, 4));
	} else {
		out_fmt(" EPID: %08x Prty: %u", cur_peek_be32(&v, 0),
			cur_peek(&v, 4) & 15);
	}
	out_str(" Prefix: ");
	l = prefix_print(d, v, at, len - at);
	if (l == -1 && delegated) {
		out_str("(length is invalid)");
		return;
	}
	if (l < 0) {
		invalid();
		return;
	}
	l += (int)at;
	l += -l & 3;
	nested(d, v, (unsigned)l, len, indent);
}

static void policy_tlv(struct dctx *d, struct cursor v, unsigned len)
{
	unsigned policy;
	int l;

	if (len < 1) {
		invalid();
		return;
	}
	policy = cur_peek(&v, 0);
	out_str(" type: ");
	if (policy == 0 || policy == 131) {
		if (len != 1)
			invalid();
		else
			out_str(policy ? "Restrictive assignment" :
				"Internet connectivity");
	} else if (policy <= 128) {
		out_str("Dest-Prefix: ");
		l = prefix_print(d, v, 0, len);
		if (l == -1)
			out_str("(length is invalid)");
		else if (l < 0)
			invalid();
	} else if (policy == 129) {
		out_str("DNS domain: ");
		dns_label_print(v, 1, len - 1);
	} else if (policy == 130) {
		out_str("Opaque UTF-8: ");
		printjnp(v, 1, len - 1);
	} else {
		out_fmt("Unknown (%u)", policy);
	}
}

static void dns_zone_tlv(struct dctx *d, struct cursor v, unsigned len,
			 unsigned indent)
{
	unsigned f;
	int l;

	if (len < 17) {
		invalid();
		return;
	}
	f = cur_peek(&v, 16);
	out_str(" IP-Address: ");
	ip6addr_print(d, v, 0);
	out_fmt(" %c%c%c ", f & 4 ? 'l' : '-', f & 2 ? 'b' : '-',
		f & 1 ? 's' : '-');
	l = dns_label_print(v, 17, len - 17);
	if (l < 0) {
		invalid();
		return;
	}
	l += 17;
	l += -l & 3;
	nested(d, v, (unsigned)l, len, indent);
}

static void node_name_tlv(struct dctx *d, struct cursor v, unsigned len,
			  unsigned indent)
{
	unsigned l;

	if (len < 17 || len < 17u + cur_peek(&v, 16)) {
		invalid();
		return;
	}
	l = cur_peek(&v, 16);
	out_str(" IP-Address: ");
	ip6addr_print(d, v, 0);
	out_str(" Name: ");
	if (l < 64) {
		out_char('"');
		printjnp(v, 17, l);
		out_char('"');
	} else {
		invalid();
	}
	nested(d, v, (l + 17 + 3) & ~3u, len, indent);
}

/* A TLV's value; false when tcpdump ends the list as invalid. */
static bool body_print(struct dctx *d, struct cursor v, unsigned type,
		       unsigned len, unsigned indent)
{
	static const unsigned char exact[] = { [DNCP_REQ_NETWORK] = 1,
		[DNCP_REQ_NODE] = 5, [DNCP_ENDPOINT] = 9, [DNCP_NETWORK] = 9,
		[DNCP_PEER] = 13 };
	unsigned caps;

	if (type < sizeof(exact) && exact[type] && len != exact[type] - 1u) {
		invalid();
		return true;
	}
	switch (type) {
	case DNCP_REQ_NODE:
	case DNCP_ENDPOINT:
		out_str(" NID: ");
		nid_print(v, 0);
		if (type == DNCP_ENDPOINT)
			out_fmt(" EPID: %08x", cur_peek_be32(&v, 4));
		break;
	case DNCP_NETWORK:
		out_fmt(" hash: %08x%08x", cur_peek_be32(&v, 0),
			cur_peek_be32(&v, 4));
		break;
	case DNCP_NODE:
		if (len < 20) {
			invalid();
			break;
		}
		out_str(" NID: ");
		nid_print(v, 0);
		out_fmt(" seqno: %u ", cur_peek_be32(&v, 4));
		interval_print(cur_peek_be32(&v, 8));
		out_fmt(" hash: %08x%08x", cur_peek_be32(&v, 12),
			cur_peek_be32(&v, 16));
		nested(d, v, 20, len, indent);
		break;
	case DNCP_PEER:
		out_str(" Peer-NID: ");
		nid_print(v, 0);
		out_fmt(" Peer-EPID: %08x Local-EPID: %08x",
			cur_peek_be32(&v, 4), cur_peek_be32(&v, 8));
		break;
	case DNCP_KEEPALIVE:
		if (len < 8) {
			invalid();
			break;
		}
		out_fmt(" EPID: %08x Interval: ", cur_peek_be32(&v, 0));
		interval_print(cur_peek_be32(&v, 4));
		break;
	case DNCP_TRUST:
		if (len <= 36) {
			invalid();
			break;
		}
		out_fmt(" Verdict: %u Fingerprint: ", cur_peek(&v, 0));
		hex256_print(v, 4);
		out_str(" Common Name: ");
		printjnp(v, 36, len - 36);
		break;
	case HNCP_VERSION:
		if (len < 5) {
			invalid();
			break;
		}
		caps = cur_peek_be16(&v, 2);
		out_fmt(" M: %u P: %u H: %u L: %u User-agent: ", caps >> 12,
			(caps >> 8) & 15, (caps >> 4) & 15, caps & 15);
		printjnp(v, 4, len - 4);
		break;
	case HNCP_EXT_CONN:
		nested(d, v, 0, len, indent);
		break;
	case HNCP_DELEGATED:
	case HNCP_ASSIGNED:
		prefix_tlv(d, v, len, indent, type == HNCP_DELEGATED);
		break;
	case HNCP_POLICY:
		policy_tlv(d, v, len);
		break;
	case HNCP_DHCPV4:
	case HNCP_DHCPV6:
		if (len == 0) {
			invalid();
			break;
		}
		if (!dhcp_print(d, v, len, indent + 1, type == HNCP_DHCPV6)) {
			if (type == HNCP_DHCPV4)
				return false;
			invalid();
		}
		break;
	case HNCP_NODE_ADDR:
		if (len < 20) {
			invalid();
			break;
		}
		out_fmt(" EPID: %08x IP Address: ", cur_peek_be32(&v, 0));
		ip6addr_print(d, v, 4);
		nested(d, v, 20, len, indent);
		break;
	case HNCP_DNS_ZONE:
		dns_zone_tlv(d, v, len, indent);
		break;
	case HNCP_DOMAIN:
		if (len == 0) {
			invalid();
			break;
		}
		out_str(" Domain: ");
		dns_label_print(v, 0, len);
		break;
	case HNCP_NODE_NAME:
		node_name_tlv(d, v, len, indent);
		break;
	case HNCP_PSK:
		if (len < 32) {
			invalid();
			break;
		}
		out_str(" PSK: ");
		hex256_print(v, 0);
		nested(d, v, 32, len, indent);
		break;
	}
	return true;
}

static uint32_t type_mask(unsigned type)
{
	if (tok_str(type2str, type) && type <= 0xffff && type != 0)
		return type;
	if (type == 0)
		return RANGE_RESERVED;
	if (type >= 44 && type <= 511)
		return RANGE_UNASSIGNED;
	if (type >= 768 && type <= 1023)
		return RANGE_PRIVATE;
	return RANGE_FUTURE;
}

/* One level's summary (-v), as tcpdump's print_type_in_line. */
static void in_line_print(uint32_t type, int count, unsigned indent,
			  bool *first)
{
	if (count <= 0)
		return;
	if (*first) {
		*first = false;
		if (indent > 1)
			newline(indent);
		else
			out_char(' ');
	} else {
		out_str(", ");
	}
	tok_print(type2str, type, "Easter Egg");
	if (count > 1)
		out_fmt(" (x%d)", count);
}

static void rec_print(struct dctx *d, struct cursor c, unsigned length,
		      unsigned indent)
{
	bool in_line = indent - 1 >= (unsigned)d->vflag && d->vflag < 3;
	bool first = true;
	uint32_t last = 0xffffffff, mask;
	int count = -1;
	unsigned i = 0, type, blen;

	while (i < length) {
		struct cursor v = c;

		if (!in_line)
			newline(indent);
		if (!rt_has(&c, i, 4)) {
			out_str(" [|hncp]");
			return;
		}
		if (i + 4 > length)
			goto invalid;
		type = cur_peek_be16(&c, i);
		blen = cur_peek_be16(&c, i + 2);
		if (!rt_has(&c, i + 4, blen)) {
			out_str(" [|hncp]");
			return;
		}
		if (i + blen + 4 > length)
			goto invalid;
		mask = type_mask(type);
		if (in_line) {
			if (last == mask) {
				count++;
			} else {
				in_line_print(last, count, indent, &first);
				last = mask;
				count = 1;
			}
		} else {
			tok_print(type2str, mask, "Easter Egg (42)");
			if (mask > 0xffff)
				out_fmt(": type=%u", type);
			out_fmt(" (%u)", blen + 4);
			cur_skip(&v, i + 4);
			if (!body_print(d, v, mask, blen, indent))
				goto invalid;
		}
		i += 4 + ((blen + 3) & ~3u);
	}
	in_line_print(last, count, indent, &first);
	return;
invalid:
	invalid();
}

void hncp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct l4info *l4 DECODE_UNUSED)
{
	out_fmt("hncp (%u)", len);
	rec_print(d, c, len, 1);
}
