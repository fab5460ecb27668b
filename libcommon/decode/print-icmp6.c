/* print-icmp6.c - ICMPv6 (RFC 4443), neighbour discovery (RFC 4861,
 * options incl. RDNSS/DNSSL RFC 8106, route info RFC 4191), MLDv1 (RFC
 * 2710) and MLDv2 (RFC 3810), router renumbering (RFC 2894), node
 * information (RFC 4620), mobile IPv6 discovery (RFC 6275) and RPL
 * (RFC 6550).
 *
 *   | Type | Code | Checksum | message body ... |
 * Output as tcpdump 4.99 print-icmp6.c.
 */
#include <arpa/inet.h>
#include <string.h>

#include "decode.h"
#include "ip.h"
#include "net.h"
#include "out.h"
#include "rt.h"
#include "table.h"

enum {
	DST_UNREACH = 1, PACKET_TOO_BIG = 2, TIME_EXCEEDED = 3, PARAM_PROB = 4,
	ECHO_REQUEST = 128, ECHO_REPLY = 129, MLD_QUERY = 130,
	MLD_REPORT = 131, MLD_DONE = 132, ROUTER_SOLICIT = 133,
	ROUTER_ADVERT = 134, NEIGHBOR_SOLICIT = 135, NEIGHBOR_ADVERT = 136,
	REDIRECT = 137, MLDV2_REPORT = 143, HADISCOV_REPLY = 145,
	MOBILEPREFIX_ADVERT = 147, MLD_MINLEN = 24, MLDV2_MINLEN = 28,
};

static const struct tok icmp6_type_values[] = {
	{ 1, "destination unreachable" }, { 2, "packet too big" },
	{ 3, "time exceeded in-transit" }, { 4, "parameter problem" },
	{ 128, "echo request" }, { 129, "echo reply" },
	{ 130, "multicast listener query" },
	{ 131, "multicast listener report" },
	{ 132, "multicast listener done" }, { 133, "router solicitation" },
	{ 134, "router advertisement" }, { 135, "neighbor solicitation" },
	{ 136, "neighbor advertisement" }, { 137, "redirect" },
	{ 138, "router renumbering" },
	{ 141, "inverse neighbor solicitation" },
	{ 142, "inverse neighbor advertisement" },
	{ 143, "multicast listener report v2" },
	{ 144, "ha discovery request" }, { 145, "ha discovery reply" },
	{ 146, "mobile router solicitation" },
	{ 147, "mobile router advertisement" },
	{ 139, "who-are-you request" }, { 140, "who-are-you reply" },
	{ 139, "node information query" }, { 140, "node information reply" },
	{ 200, "mtrace response" }, { 201, "mtrace message" },
	{ 155, "RPL" },
	{ 0, NULL }
};

static const struct tok unreach_code_values[] = {
	{ 0, "unreachable route" }, { 1, " unreachable prohibited" },
	{ 2, "beyond scope" }, { 3, "unreachable address" },
	{ 4, "unreachable port" },
	{ 0, NULL }
};

static const struct tok opt_values[] = {
	{ 1, "source link-address" }, { 2, "destination link-address" },
	{ 3, "prefix info" }, { 4, "redirected header" }, { 5, "mtu" },
	{ 25, "rdnss" }, { 31, "dnssl" }, { 7, "advertisement interval" },
	{ 8, "homeagent information" }, { 24, "route info" },
	{ 0, NULL }
};

static const struct tok pi_flag_values[] = {
	{ 0x80, "onlink" }, { 0x40, "auto" }, { 0x20, "router" },
	{ 0, NULL }
};

static const struct tok ra_flag_values[] = {
	{ 0x80, "managed" }, { 0x40, "other stateful" },
	{ 0x20, "home agent" }, { 0x02, "ipv6 only" },
	{ 0, NULL }
};

static const struct tok na_flag_values[] = {
	{ 0x80000000, "router" }, { 0x40000000, "solicited" },
	{ 0x20000000, "override" },
	{ 0, NULL }
};

static const struct tok mldv2report2str[] = {
	{ 1, "is_in" }, { 2, "is_ex" }, { 3, "to_in" }, { 4, "to_ex" },
	{ 5, "allow" }, { 6, "block" },
	{ 0, NULL }
};

static const char *rtpref(unsigned v)
{
	static const char *const s[] = { "medium", "high", "rsv", "low" };

	return s[(v & 0x18) >> 3];
}

static void lifetime(uint32_t v)
{
	if (v == 0xffffffff)
		out_str("infinity");
	else
		out_fmt("%us", v);
}

/* One option's body (c at the option's start, not ended at the
 * option's: a short option is read past its end, as tcpdump does);
 * false when cut. */
static bool opt_body(struct dctx *d, struct cursor c, unsigned type,
		     unsigned len)
{
	unsigned i, n;
	int off;

	switch (type) {
	case 1:
	case 2:
		for (i = 2; i < len * 8; i++)
			out_fmt(i > 2 ? ":%02x" : "%02x", cur_peek(&c, i));
		break;
	case 3:
		if (!decode_ip6addr_at(d, c, 16))
			return d->cut = true, false;
		out_fmt("/%u%s, Flags [", cur_peek(&c, 2), len != 4 ? "badlen" : "");
		tok_bits_print(pi_flag_values, cur_peek(&c, 3), ", ", "none");
		out_str("], valid time ");
		lifetime(cur_peek_be32(&c, 4));
		out_str(", pref. time ");
		lifetime(cur_peek_be32(&c, 8));
		break;
	case 5:
		out_fmt(" %u%s", cur_peek_be32(&c, 4), len != 1 ? "bad option length" : "");
		break;
	case 25:
		out_fmt(" lifetime %us,", cur_peek_be32(&c, 4));
		n = (len - 1) / 2;
		for (i = 0; i < n; i++) {
			out_str(" addr: ");
			decode_ip6addr_at(d, c, 8 + 16 * i);
		}
		break;
	case 31:
		out_fmt(" lifetime %us, domain(s):", cur_peek_be32(&c, 4));
		off = 8;
		while ((unsigned)off < len * 8 && cur_peek(&c, (unsigned)off)) {
			out_char(' ');
			off = domain_name_print(d, c, (unsigned)off);
			if (off < 0)
				return false;
		}
		break;
	case 7:
		out_fmt(" %ums", cur_peek_be32(&c, 4));
		break;
	case 8:
		out_fmt(" preference %u, lifetime %u", cur_peek_be16(&c, 4), cur_peek_be16(&c, 6));
		break;
	case 24: {
		uint8_t a[16] = { 0 };
		char buf[INET6_ADDRSTRLEN];

		if (len > 3)
			return false;
		for (i = 0; i < (len - 1) * 8; i++)
			a[i] = cur_peek(&c, 8 + i);
		inet_ntop(AF_INET6, a, buf, sizeof(buf));
		out_fmt(" %s/%u, pref=%s, lifetime=", buf, cur_peek(&c, 2),
			rtpref(cur_peek(&c, 3)));
		lifetime(cur_peek_be32(&c, 4));
		break;
	}
	default:
		break;
	}
	return true;
}

/* The options after an ND message's fixed part; -1 when cut. */
static int opts_print(struct dctx *d, struct cursor c, int resid)
{
	while (cur_left(&c)) {
		unsigned type, len;
		struct cursor o = c;
		const char *name;

		if (!cur_has(&c, 2))
			return -1;
		if (resid <= 0)
			return 0;
		type = cur_peek(&c, 0);
		len = cur_peek(&c, 1);
		if (!len || !cur_has(&c, len * 8))
			return -1;
		name = tok_str(opt_values, type);
		out_fmt("\n\t  %s option (%u), length %u (%u): ",
			name ? name : "unknown", type, len * 8, len);
		o.end = o.p + len * 8;
		if (type == 4 || !name) {
			struct cursor data = o;

			if (type == 4) {
				decode_hex_ident(c, len * 8, "\n\t    ");
			} else if (d->vflag <= 1) {
				cur_skip(&data, 2);
				decode_hex_ident(data, len * 8 - 2, "\n\t  ");
				return 0;
			}
		} else if (!opt_body(d, c, type, len)) {
			return -1;
		}
		if (d->vflag > 1) {
			struct cursor data = o;

			cur_skip(&data, 2);
			decode_hex_ident(data, len * 8 - 2, "\n\t    ");
		}
		cur_skip(&c, len * 8);
		resid -= (int)(len * 8);
	}
	return 0;
}

/* The transport header of the packet an error quotes (c at its IPv6
 * header): its offset and protocol, or 0 when it cannot be found. */
static unsigned upper_layer(struct cursor c, unsigned *proto)
{
	unsigned nh, off = 40, hl;

	if (!cur_has(&c, 40))
		return 0;
	nh = cur_peek(&c, 6);
	for (;;) {
		if (nh == IPP_TCP || nh == IPP_UDP) {
			*proto = nh;
			return cur_has(&c, off + 4) ? off : 0;
		}
		if (nh != IPP_HOPOPTS_ && nh != IPP_DSTOPTS &&
		    nh != IPP_ROUTING && nh != IPP_FRAGMENT && nh != IPP_AH)
			return 0;
		/* a later fragment has no transport header */
		if (!cur_has(&c, off + (nh == IPP_FRAGMENT ? 4 : 2)) ||
		    (nh == IPP_FRAGMENT && cur_peek_be16(&c, off + 2) & 0xfff8))
			return 0;
		hl = cur_peek(&c, off + 1);
		hl = nh == IPP_FRAGMENT ? 8 : nh == IPP_AH ? (hl + 2) * 4 :
		     (hl + 1) * 8;
		nh = cur_peek(&c, off);
		off += hl;
	}
}

/* tcpdump formats an address before its label: nothing when it is cut,
 * and that read gives up on the packet (the hex dump starts at the link
 * header) */
static bool addr_after(struct dctx *d, struct cursor c, const char *label,
		       unsigned off)
{
	if (!cur_has(&c, off + 16)) {
		d->cut = true;
		return false;
	}
	out_str(label);
	return decode_ip6addr_at(d, c, off);
}

static bool unreach_print(struct dctx *d, struct cursor c, unsigned code,
			  unsigned len)
{
	struct cursor q = c;
	unsigned up, proto = 0, dport;

	out_str(", ");
	tok_print(unreach_code_values, code, "unknown unreach code (%u)");
	cur_skip(&q, 8);
	switch (code) {
	case 0:
	case 1:
	case 3:
		return addr_after(d, q, " ", 24);
	case 2:
		if (!addr_after(d, q, " ", 24))
			return false;
		out_str(", source address ");
		return decode_ip6addr_at(d, q, 8);
	case 4:
		if (!(up = upper_layer(q, &proto)))
			return false;
		dport = cur_peek_be16(&q, up + 2);
		out_str(", ");
		decode_ip6addr_at(d, q, 24);
		out_str(proto == IPP_TCP ? " tcp port " : " udp port ");
		decode_port(d, dport, proto == IPP_UDP);
		return true;
	default:
		if (d->vflag <= 1) {
			decode_hex_ident(c, len, "\n\t");
			d->stop = true;
		}
		return true;
	}
}

static void mld_print(struct dctx *d, struct cursor c)
{
	if (!cur_has(&c, 24))
		return;
	out_fmt("max resp delay: %u addr: ", cur_peek_be16(&c, 4));
	decode_ip6addr_at(d, c, 8);
}

/* MLDv2 query; false when the capture ended. */
static bool mldv2_query_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned mrc, mrt, qqi, n, i, b;

	if (len < 28) {
		out_fmt(" [invalid len %u]", len);
		return true;
	}
	/* every read here gives up on the packet when cut */
	d->cut = true;
	if (!cur_has(&c, 6))
		return false;
	mrc = cur_peek_be16(&c, 4);
	mrt = mrc < 32768 ? mrc :
		((mrc & 0x0fff) | 0x1000) << (((mrc & 0x7000) >> 12) + 3);
	if (d->vflag)
		out_fmt(" [max resp delay=%u]", mrt);
	if (!cur_has(&c, 24))
		return false;
	out_str(" [gaddr ");
	decode_ip6addr_at(d, c, 8);
	if (d->vflag) {
		if (!cur_has(&c, 25))
			return false;
		b = cur_peek(&c, 24);
		if (b & 0x08)
			out_str(" sflag");
		if (b & 0x07)
			out_fmt(" robustness=%u", b & 7);
		if (!cur_has(&c, 26))
			return false;
		b = cur_peek(&c, 25);
		qqi = b < 128 ? b : ((b & 0x0f) | 0x10) << (((b & 0x70) >> 4) + 3);
		out_fmt(" qqi=%u", qqi);
	}
	if (!cur_has(&c, 28))
		return false;
	n = cur_peek_be16(&c, 26);
	if (n) {
		if (len < 28 + n * 16) {
			out_str(" [invalid number of sources]");
		} else if (d->vflag > 1) {
			out_str(" {");
			for (i = 0; i < n; i++) {
				if (!cur_has(&c, 28 + 16 * (i + 1)))
					return false;
				out_char(' ');
				decode_ip6addr_at(d, c, 28 + 16 * i);
			}
			out_str(" }");
		} else {
			out_fmt(", %u source(s)", n);
		}
	}
	out_char(']');
	d->cut = false;
	return true;
}

/* MLDv2 report; false when the capture ended. */
static bool mldv2_report_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned groups, g = 8, i, j, n;

	if (len < 8) {
		out_fmt(" [invalid len %u]", len);
		return true;
	}
	if (!cur_has(&c, 8)) {
		d->cut = true;	/* tcpdump's read of the count gives up */
		return false;
	}
	groups = cur_peek_be16(&c, 6);
	out_fmt(", %u group record(s)", groups);
	if (!d->vflag)
		return true;
	for (i = 0; i < groups; i++) {
		if (len < g + 20) {
			out_str(" [invalid number of groups]");
			return true;
		}
		if (!cur_has(&c, g + 20))
			return d->cut = true, false;
		out_str(" [gaddr ");
		decode_ip6addr_at(d, c, g + 4);
		out_char(' ');
		tok_print(mldv2report2str, cur_peek(&c, g), " [v2-report-#%u]");
		n = cur_peek_be16(&c, g + 2);
		if (len < g + 20 + n * 16) {
			out_fmt(" [invalid number of sources %u]", n);
			return true;
		}
		if (d->vflag == 1) {
			out_fmt(", %u source(s)", n);
		} else {
			out_str(" {");
			for (j = 0; j < n; j++) {
				if (!cur_has(&c, g + 20 + 16 * (j + 1)))
					return d->cut = true, false;
				out_char(' ');
				decode_ip6addr_at(d, c, g + 20 + 16 * j);
			}
			out_str(" }");
		}
		g += 20 + n * 16;
		out_char(']');
	}
	return true;
}

/* The part of the ND messages after the type name; false when cut. */
static bool nd_print(struct dctx *d, struct cursor c, unsigned type,
		     unsigned len)
{
	struct cursor o = c;
	unsigned fixed;

	switch (type) {
	case ROUTER_SOLICIT:
		fixed = 8;
		break;
	case ROUTER_ADVERT:
		fixed = 16;
		if (!d->vflag)
			return true;
		if (!cur_has(&c, 16))
			return d->cut = true, false;
		out_fmt("\n\thop limit %u, Flags [", cur_peek(&c, 4));
		tok_bits_print(ra_flag_values, cur_peek(&c, 5), ", ", "none");
		out_fmt("], pref %s, router lifetime %us, reachable time %ums, "
			"retrans timer %ums", rtpref(cur_peek(&c, 5)),
			cur_peek_be16(&c, 6), cur_peek_be32(&c, 8), cur_peek_be32(&c, 12));
		break;
	case NEIGHBOR_SOLICIT:
		fixed = 24;
		if (!addr_after(d, c, ", who has ", 8))
			return false;
		break;
	case NEIGHBOR_ADVERT:
		fixed = 24;
		if (!addr_after(d, c, ", tgt is ", 8))
			return false;
		if (d->vflag) {
			out_str(", Flags [");
			tok_bits_print(na_flag_values, cur_peek_be32(&c, 4), ", ", "none");
			out_char(']');
		}
		break;
	default: /* REDIRECT */
		fixed = 40;
		if (!addr_after(d, c, ", ", 24))
			return false;
		if (!addr_after(d, c, " to ", 8))
			return false;
		break;
	}
	if (!d->vflag)
		return true;
	/* options past the capture: nothing to print */
	if (!cur_skip(&o, fixed))
		return true;
	return opts_print(d, o, (int)len - (int)fixed) == 0;
}

/* Router renumbering (RFC 2894): code, sequence, the match and its use
 * prefixes. c covers what was captured; false when cut. */
static bool rr_use_print(struct dctx *d, struct cursor c, unsigned off)
{
	unsigned fl;
	uint32_t t;
	char buf[INET6_ADDRSTRLEN];
	uint8_t a[16];
	unsigned k;

	if (!cur_has(&c, off + 32))
		return false;
	out_str(d->vflag > 1 ? "\n\tuse(" : " use(");
	fl = cur_peek(&c, off + 12);
	if (fl)
		out_fmt("%s%s,", fl & 0x80 ? "V" : "", fl & 0x40 ? "P" : "");
	if (d->vflag) {
		out_fmt("mask=0x%x,raflags=0x%x,", cur_peek(&c, off + 2),
			cur_peek(&c, off + 3));
		t = cur_peek_be32(&c, off + 4);
		if (t == 0xffffffff)
			out_str("vltime=infty,");
		else
			out_fmt("vltime=%u,", t);
		t = cur_peek_be32(&c, off + 8);
		if (t == 0xffffffff)
			out_str("pltime=infty,");
		else
			out_fmt("pltime=%u,", t);
	}
	for (k = 0; k < 16; k++)
		a[k] = cur_peek(&c, off + 16 + k);
	inet_ntop(AF_INET6, a, buf, sizeof(buf));
	out_fmt("%s/%u/%u)", buf, cur_peek(&c, off), cur_peek(&c, off + 1));
	return true;
}

static bool rrenum_print(struct dctx *d, struct cursor c)
{
	static const char *const rpm[] = { "add", "change", "setglobal" };
	unsigned code, fl, m = 16, k, n;
	char buf[INET6_ADDRSTRLEN];
	uint8_t a[16];

	if (!cur_has(&c, 16))
		return false;
	code = cur_peek(&c, 1);
	if (code == 0)
		out_str(", command");
	else if (code == 1)
		out_str(", result");
	else if (code == 255)
		out_str(", sequence number reset");
	else
		out_fmt(", code-#%u", code);
	out_fmt(", seq=%u", cur_peek_be32(&c, 4));
	if (d->vflag) {
		fl = cur_peek(&c, 9);
		out_char('[');
		if (fl)
			out_fmt("%s%s%s%s%s,", fl & 0x80 ? "T" : "",
				fl & 0x40 ? "R" : "", fl & 0x20 ? "A" : "",
				fl & 0x10 ? "S" : "", fl & 0x08 ? "P" : "");
		out_fmt("seg=%u,maxdelay=%u", cur_peek(&c, 8), cur_peek_be16(&c, 10));
		if (cur_peek_be32(&c, 12))
			out_fmt("rsvd=0x%x", cur_peek_be32(&c, 12));
		out_char(']');
	}
	if (code != 0)
		return true;
	if (!cur_has(&c, m + 24))
		return false;
	out_str(d->vflag > 1 ? "\n\tmatch(" : " match(");
	k = cur_peek(&c, m);
	if (k >= 1 && k <= 3)
		out_str(rpm[k - 1]);
	else
		out_fmt("#%u", k);
	if (d->vflag)
		out_fmt(",ord=%u,min=%u,max=%u", cur_peek(&c, m + 2),
			cur_peek(&c, m + 4), cur_peek(&c, m + 5));
	for (k = 0; k < 16; k++)
		a[k] = cur_peek(&c, m + 8 + k);
	inet_ntop(AF_INET6, a, buf, sizeof(buf));
	out_fmt(",%s/%u)", buf, cur_peek(&c, m + 3));
	n = cur_peek(&c, m + 1) - 3u;
	if (n % 4)
		return false;
	for (k = 0; k < n / 4; k++)
		if (!rr_use_print(d, c, m + 24 + 32 * k))
			return false;
	return true;
}

static void ni_name(struct cursor c, unsigned off, unsigned siz,
		    const struct dctx *d);

/* A node information query (RFC 4620); tcpdump tells the forms apart
 * by what was captured. */
/* The node address flags, from 0x40 down ("T", 0x01, only in a
 * reply). */
static void ni_addr_flags(unsigned i, bool reply)
{
	unsigned b;

	out_str(" [");
	for (b = 0; b < 7; b++)
		if (i & 0x40 >> b && (b < 6 || reply))
			out_char("aGSLCAT"[b]);
	out_char(']');
}

static bool ni_query_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned qtype, fl;

	len = (unsigned)cur_left(&c);
	if (len == 8 + 4) {
		out_str(" who-are-you request");
		return true;
	}
	out_str(" node information query");
	if (!cur_has(&c, 16)) {
		out_str(" [|icmp6]");
		return true;
	}
	out_str(" (");
	qtype = cur_peek_be16(&c, 4);
	fl = cur_peek_be16(&c, 6);
	switch (qtype) {
	case 0:
		out_str("noop");
		break;
	case 1:
		out_str("supported qtypes");
		if (fl)
			out_fmt(" [%s]", fl & 1 ? "C" : "");
		break;
	case 2:
		out_str("DNS name");
		break;
	case 3:
		out_str("node addresses");
		if (fl)
			ni_addr_flags(fl, false);
		break;
	default:
		out_str("unknown");
		break;
	}
	if (qtype == 0 || qtype == 1) {
		if (len != 16 && d->vflag)
			out_str(", invalid len");
		out_char(')');
		return true;
	}
	if (len == 16) {
		out_str(", 03 draft)");
		return true;
	}
	switch (cur_peek(&c, 1)) {
	case 0:
		if (!cur_has(&c, 32))
			break;
		if (len != 32) {
			if (d->vflag)
				out_str(", invalid subject len");
			break;
		}
		out_str(", subject=");
		decode_ip6addr_at(d, c, 16);
		break;
	case 1:
		out_str(", subject=DNS name");
		if (!cur_has(&c, 17))
			return d->cut = true, false;
		ni_name(c, 16, len, d);
		break;
	case 2:
		if (!cur_has(&c, 20))
			break;
		if (len != 20) {
			if (d->vflag)
				out_str(", invalid subject len");
			break;
		}
		out_fmt(", subject=%u.%u.%u.%u", cur_peek(&c, 16),
			cur_peek(&c, 17), cur_peek(&c, 18), cur_peek(&c, 19));
		break;
	default:
		out_str(", unknown subject");
		break;
	}
	out_char(')');
	return true;
}

/* A DNS name in [off, end) of c without compression (tcpdump's
 * dnsname_print), quoted. */
static void ni_dnsname(struct cursor c, unsigned off, unsigned end)
{
	unsigned i;

	out_str(", \"");
	while (off < end) {
		i = cur_peek(&c, off++);
		if (i) {
			if (i > end - off) {
				out_str("???");
				break;
			}
			while (i-- && off < end)
				decode_char(cur_peek(&c, off++));
			if (off + 1 < end && cur_peek(&c, off))
				out_char('.');
		} else {
			if (off == end)
				out_char('.');
			else if (!(off + 1 == end && cur_peek(&c, off) == 0))
				out_str("???");
			break;
		}
	}
	out_char('"');
}

/* The DNS name of a node information message at off; siz is what was
 * captured of the message. */
static void ni_name(struct cursor c, unsigned off, unsigned siz,
		    const struct dctx *d)
{
	unsigned k;

	if (cur_peek(&c, off) == siz - off - 1) {
		if (d->vflag)
			out_str(", 03 draft");
		out_str(", \"");
		for (k = off + 1; k < siz; k++)
			decode_char(cur_peek(&c, k));
		out_char('"');
	} else {
		ni_dnsname(c, off, siz);
	}
}

/* A node information reply (RFC 4620). */
static bool ni_reply_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned siz = (unsigned)cur_left(&c), code, flags, i;
	bool comma = false;

	/* tcpdump marks these and goes on */
	if (len > siz || !cur_has(&c, 16)) {
		out_str(" [|icmp6]");
		return true;
	}
	code = cur_peek(&c, 1);
	flags = cur_peek_be16(&c, 6);
	out_str(" node information reply (");
	if (code == 0 && d->vflag) {
		out_str("success");
		comma = true;
	} else if (code == 1 || code == 2) {
		out_str(code == 1 ? "refused" : "unknown");
		comma = true;
		if (siz != 16 && d->vflag)
			out_str(", invalid length");
	}
	if (code != 0) {
		out_char(')');
		return true;
	}
	if (comma)
		out_str(", ");
	switch (cur_peek_be16(&c, 4)) {
	case 0:
		out_str("noop");
		if (siz != 16 && d->vflag)
			out_str(", invalid length");
		break;
	case 1:
		out_str("supported qtypes");
		if (flags)
			out_fmt(" [%s]", flags & 1 ? "C" : "");
		break;
	case 2:
		out_str("DNS name");
		if (!rt_has(&c, 20, 1))
			return d->cut = true, false;
		ni_name(c, 20, siz, d);
		if (flags & 1) {
			if (!rt_has(&c, 16, 4))
				return d->cut = true, false;
			out_fmt(" [TTL=%u]", cur_peek_be32(&c, 16));
		}
		break;
	case 3:
		out_str("node addresses");
		for (i = 16; i + 20 <= siz; i += 20) {
			out_char(' ');
			decode_ip6addr_at(d, c, i + 4);
			out_fmt("(%u)", cur_peek_be32(&c, i));
		}
		if (flags)
			ni_addr_flags(flags, true);
		break;
	default:
		out_str("unknown");
		break;
	}
	out_char(')');
	return true;
}

/* Mobile IPv6 discovery (RFC 6275 6.5-6.8). */
static bool mip6_print(struct dctx *d, struct cursor c, unsigned type,
		       unsigned len)
{
	unsigned flags, off;

	if ((type == 145 || type == 147) && !d->vflag)
		return true;
	if (!cur_has(&c, 6))
		return d->cut = true, false;
	out_fmt(", id 0x%04x", cur_peek_be16(&c, 4));
	if (type == 144 || type == 146)
		return true;
	if (type == 145) {
		for (off = 8; off < len; off += 16)
			if (!addr_after(d, c, ", ", off))
				return false;
		return true;
	}
	if (!cur_has(&c, 8))
		return d->cut = true, false;
	flags = cur_peek_be16(&c, 6);
	if (flags & 0xc000)
		out_char(' ');
	if (flags & 0x8000)
		out_char('M');
	if (flags & 0x4000)
		out_char('O');
	cur_skip(&c, 8);
	return opts_print(d, c, (int)len - 8) != -1;
}

/* false when the checksum field itself was not captured (a message
 * shorter than 4 bytes, all captured) */
static bool cksum_print(struct cursor c, unsigned len,
			const struct ipinfo *ip)
{
	unsigned field, sum;

	if (!cur_has(&c, len))
		return true;
	if (!cur_has(&c, 4))
		return false;
	field = cur_peek_be16(&c, 2);
	sum = decode_cksum(c, len, decode_pseudo_sum(ip, len, IPP_ICMPV6));
	if (sum)
		out_fmt("[bad icmp6 cksum 0x%04x -> 0x%04x!] ", field,
			decode_cksum_shouldbe(field, sum));
	else
		out_str("[icmp6 sum ok] ");
	return true;
}

/* The message body after "ICMP6, NAME"; false when cut. Sets d->stop
 * when it printed the whole line itself. */
static bool body_print(struct dctx *d, struct cursor c, unsigned type,
		       unsigned code, unsigned len)
{
	decode_icmp6_proto *fn;

	switch (type) {
	case DST_UNREACH:
		return unreach_print(d, c, code, len);
	case PACKET_TOO_BIG:
		if (!cur_has(&c, 8))
			return d->cut = true, false;
		out_fmt(", mtu %u", cur_peek_be32(&c, 4));
		return true;
	case TIME_EXCEEDED:
		if (code == 0) {
			struct cursor q = c;

			cur_skip(&q, 8);
			return addr_after(d, q, " for ", 24);
		}
		if (code == 1)
			out_str(" (reassembly)");
		else
			out_fmt(", unknown code (%u)", code);
		return true;
	case PARAM_PROB: {
		static const char *const what[] = {
			"erroneous", "next header", "option",
			"incomplete header chain",
		};

		if (!cur_has(&c, 8 + 40))
			return false;
		if (code < 4)
			out_fmt(", %s - octet %u", what[code], cur_peek_be32(&c, 4));
		else
			out_fmt(", code-#%u", code);
		return true;
	}
	case ECHO_REQUEST:
	case ECHO_REPLY:
		if (!cur_has(&c, 8))
			return d->cut = true, false;
		out_fmt(", id %u, seq %u", cur_peek_be16(&c, 4), cur_peek_be16(&c, 6));
		return true;
	case MLD_QUERY:
		if (len == MLD_MINLEN) {
			mld_print(d, c);
		} else if (len >= MLDV2_MINLEN) {
			out_str(" v2");
			return mldv2_query_print(d, c, len);
		} else {
			out_fmt(" unknown-version (len %u) ", len);
		}
		return true;
	case MLD_REPORT:
	case MLD_DONE:
		mld_print(d, c);
		return true;
	case ROUTER_SOLICIT:
	case ROUTER_ADVERT:
	case NEIGHBOR_SOLICIT:
	case NEIGHBOR_ADVERT:
	case REDIRECT:
		return nd_print(d, c, type, len);
	case MLDV2_REPORT:
		return mldv2_report_print(d, c, len);
	case 138:
		/* a short message is marked, and the line goes on */
		if (!rrenum_print(d, c))
			out_str(" [|icmp6]");
		return true;
	case 139:
		return ni_query_print(d, c, len);
	case 140:
		return ni_reply_print(d, c, len);
	case 141: case 142:
		return true;
	case 144: case 145: case 146: case 147:
		return mip6_print(d, c, type, len);
	default:
		if ((fn = decode_icmp6_lookup(type)))
			return fn(d, c, type, code, len);	/* RPL */
		out_fmt(", length %u", len);
		if (d->vflag <= 1)
			decode_hex_ident(c, len, "\n\t");
		d->stop = true;
		return true;
	}
}

DECODE_KEY(IPPROTO, 58, icmp6_print)

void icmp6_print(struct dctx *d, struct cursor c, unsigned len,
		 const struct ipinfo *ip)
{
	unsigned type, code;

	if (ip->version != 6) {
		out_fmt("[%s requires IPv6]", "ICMPv6");
		decode_invalid(d);
		return;
	}

	if (len == 0) {
		out_str("ICMP6, length 0");
		decode_invalid(d);
		return;
	}
	if (d->vflag && !ip->fragmented && !cksum_print(c, len, ip)) {
		decode_trunc_cut(d, "icmp6");
		return;
	}
	if (!cur_has(&c, 1)) {
		decode_trunc_cut(d, "icmp6");
		return;
	}
	type = cur_peek(&c, 0);
	out_str("ICMP6, ");
	tok_print(icmp6_type_values, type, "unknown icmp6 type (%u)");
	if (d->vflag && (type == ROUTER_SOLICIT || type == ROUTER_ADVERT ||
			 type == NEIGHBOR_ADVERT || type == NEIGHBOR_SOLICIT ||
			 type == REDIRECT || type == HADISCOV_REPLY ||
			 type == MOBILEPREFIX_ADVERT))
		out_fmt(", length %u", len);
	if (!cur_has(&c, 2)) {
		decode_trunc_cut(d, "icmp6");
		return;
	}
	code = cur_peek(&c, 1);
	if (!body_print(d, c, type, code, len)) {
		decode_trunc(d, "icmp6");
		return;
	}
	if (d->stop) {
		d->stop = false;	/* the line is whole, not cut */
		return;
	}
	if (!d->vflag)
		out_fmt(", length %u", len);
}
