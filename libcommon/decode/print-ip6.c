/* print-ip6.c - IPv6 (RFC 8200) and its extension headers: hop-by-hop
 * and destination options (with the jumbo payload, RFC 2675), routing
 * (type 0 and 2, and the segment routing header, RFC 8754), fragment.
 *
 *   |Version| Traffic Class |           Flow Label                  |
 *   |         Payload Length        |  Next Header  |   Hop Limit   |
 *   |                  Source Address (128 bits)                    |
 *   |               Destination Address (128 bits)                  |
 * Output as tcpdump 4.99.3 print-ip6.c, print-ip6opts.c, print-rt6.c,
 * print-frag6.c.
 */
#include <string.h>

#include "decode.h"
#include "ip.h"
#include "out.h"
#include "table.h"

enum { IP6_HDRLEN = 40, OPT_PAD1 = 0, OPT_PADN = 1, OPT_JUMBO = 0xc2,
       OPT_RTALERT = 5, OPT_HOMEADDR = 0xc9 };

/* One walk over a packet's IPv6 headers. */
struct ip6_walk {
	struct ipinfo ip;
	uint32_t payload_len;	/* the header's, or the jumbo option's */
	unsigned length;	/* on the wire, from the IPv6 header on */
	bool found_jumbo;
};

static void ip6_addrs(struct dctx *d, const struct ipinfo *ip)
{
	decode_ip6addr(d, ip->src);
	out_str(" > ");
	decode_ip6addr(d, ip->dst);
	out_str(": ");
}

/* The jumbo payload option: valid only in a hop-by-hop header of a
 * packet whose payload length is 0, and at least 65536. */
static void opt_jumbo(struct dctx *d, struct ip6_walk *w, bool hbh,
		      uint32_t jumbo, bool *seen)
{
	const char *why = NULL;

	if (*seen)
		why = "already seen";
	else if (!hbh)
		why = "not a hop-by-hop option";
	else if (w->payload_len != 0)
		why = "payload len != 0";
	else if (jumbo < 65536)
		why = "< 65536";
	*seen = true;
	if (!why) {
		w->found_jumbo = true;
		w->payload_len = jumbo;
	}
	if (!d->vflag)
		return;
	if (why)
		out_fmt("(jumbo: %u - %s) ", jumbo, why);
	else
		out_fmt("(jumbo: %u) ", jumbo);
}

static void addr_at(struct cursor c, unsigned off, uint8_t *a)
{
	unsigned k;

	for (k = 0; k < 16; k++)
		a[k] = cur_peek(&c, off + k);
}

/* One option's length at i of the len bytes of c, 1 for Pad1; 0 when
 * it runs past them. */
static unsigned opt_len(struct cursor c, unsigned i, unsigned len)
{
	unsigned optlen = 1;

	if (cur_peek(&c, i) != OPT_PAD1) {
		if (i + 1 >= len)
			return 0;
		optlen = cur_peek(&c, i + 1) + 2u;
	}
	return i + optlen > len ? 0 : optlen;
}

/* An option of at least need bytes (exactly, when exact) with left
 * bytes of the header from it on; false (with tcpdump's words) when it
 * is cut or has the wrong length, which ends the header's decode. */
static bool opt_fits(const char *name, unsigned need, unsigned left,
		     unsigned optlen, bool exact)
{
	if (left < need) {
		out_fmt("(%s: trunc)", name);
		return false;
	}
	if (exact ? optlen != need : optlen < need) {
		out_fmt("(%s: invalid len %u)", name, optlen - 2);
		return false;
	}
	return true;
}

/* The home address option (RFC 6275 6.3) at i, optlen bytes, and its
 * sub-options; false when the header's decode ends there. */
static bool opt_homeaddr(struct dctx *d, struct cursor c, unsigned i,
			 unsigned len, unsigned optlen)
{
	unsigned j, sl, t;

	if (!opt_fits("homeaddr", 18, len - i, optlen, false))
		return false;
	if (!d->vflag)
		return true;
	out_str("(homeaddr: ");
	decode_ip6addr_at(d, c, i + 2);
	cur_skip(&c, i + 18);
	for (j = 0; j < optlen - 18; j += sl) {
		sl = opt_len(c, j, optlen - 18);
		if (!sl)
			return false;
		t = cur_peek(&c, j);
		if (t == OPT_PAD1)
			out_str(", pad1");
		else if (t == OPT_PADN)
			out_str(", padn");
		else
			out_fmt(", sopt_type 0x%02x: len=%u", t, sl - 2);
	}
	out_char(')');
	return true;
}

/* The options of a hop-by-hop or destination header; -1 if cut. */
static int opts_print(struct dctx *d, struct cursor c, unsigned len,
		      struct ip6_walk *w, bool hbh)
{
	unsigned i, optlen, type;
	bool seen = false;

	for (i = 0; i < len; i += optlen) {
		optlen = opt_len(c, i, len);
		if (!optlen)
			return -1;
		type = cur_peek(&c, i);
		switch (type) {
		case OPT_PAD1:
			if (d->vflag)
				out_str("(pad1)");
			break;
		case OPT_PADN:
			if (d->vflag)
				out_str("(padn)");
			break;
		case OPT_RTALERT:
			if (!opt_fits("rtalert", 4, len - i, optlen, true))
				return -1;
			if (d->vflag)
				out_fmt("(rtalert: 0x%04x) ",
					cur_peek_be16(&c, i + 2));
			break;
		case OPT_JUMBO:
			if (!opt_fits("jumbo", 6, len - i, optlen, true))
				return -1;
			opt_jumbo(d, w, hbh, cur_peek_be32(&c, i + 2), &seen);
			break;
		case OPT_HOMEADDR:
			if (!opt_homeaddr(d, c, i, len, optlen))
				return -1;
			break;
		default:
			if (d->vflag)
				out_fmt("(opt_type 0x%02x: len=%u)", type,
					optlen - 2);
			break;
		}
	}
	if (d->vflag)
		out_char(' ');
	return 0;
}

/* Hop-by-hop (HBH) or destination options (DSTOPT); the header's
 * length, -1 when the line ended with a marker, -2 when the packet's
 * decode was cut short (no length byte). */
static int opthdr_print(struct dctx *d, struct cursor c, struct ip6_walk *w,
			bool hbh)
{
	const char *proto = hbh ? "hbhopt" : "dstopt";
	unsigned len;

	if (!cur_has(&c, 2)) {
		decode_trunc_cut(d, proto);
		return -2;
	}
	len = (cur_peek(&c, 1) + 1u) << 3;
	/* the name only once the whole header was captured */
	if (!cur_has(&c, len)) {
		decode_trunc(d, proto);
		return -1;
	}
	out_str(hbh ? "HBH " : "DSTOPT ");
	/* hop-by-hop options are checked (and jumbo found) at any
	 * verbosity, destination options only with -v */
	if (hbh || d->vflag) {
		struct cursor o = c;

		cur_skip(&o, 2);
		if (opts_print(d, cur_sub(&o, len - 2), len - 2, w, hbh) < 0) {
			decode_trunc(d, proto);
			return -1;
		}
	}
	return (int)len;
}

/* The addresses of a routing header, from offset 8: n of them; the one
 * numbered dst_at is the pseudo-header's destination. */
static bool rt6_addrs(struct dctx *d, struct cursor c, unsigned n,
		      unsigned dst_at, struct ip6_walk *w)
{
	unsigned i;
	uint8_t a[16];

	for (i = 0; i < n; i++) {
		if (!cur_has(&c, 8 + 16 * (i + 1)))
			return false;
		addr_at(c, 8 + 16 * i, a);
		out_fmt(", [%u]", i);
		decode_ip6addr(d, a);
		if (i == dst_at)
			memcpy(w->ip.pdst, a, 16);
	}
	return true;
}

/* RT6: the routing header (RFC 8200 4.4; SRH RFC 8754). Each field
 * prints as it is read: a field past the capture ends the packet. */
static int rt6_print(struct dctx *d, struct cursor c, struct ip6_walk *w)
{
	unsigned len, type;

	out_str("RT6");
	if (!cur_has(&c, 2))
		goto cut;
	len = cur_peek(&c, 1);
	out_fmt(" (len=%u", len);
	if (!cur_has(&c, 3))
		goto cut;
	type = cur_peek(&c, 2);
	out_fmt(", type=%u", type);
	if (type == 0)
		out_str(" [Deprecated]");
	if (!cur_has(&c, 4))
		goto cut;
	out_fmt(", segleft=%u", cur_peek(&c, 3));
	if (type == 0 || type == 2) {
		if (!cur_has(&c, 8))
			goto cut;
		uint32_t rsv = cur_peek_be32(&c, 4);
		if (rsv || d->vflag)
			out_fmt(", rsv=0x%0x", rsv);
	} else if (type == 4) {
		if (!cur_has(&c, 5))
			goto cut;
		out_fmt(", last-entry=%u", cur_peek(&c, 4));
		if (!cur_has(&c, 6))
			goto cut;
		if (cur_peek(&c, 5) || d->vflag)
			out_fmt(", flags=0x%0x", cur_peek(&c, 5));
		if (!cur_has(&c, 8))
			goto cut;
		out_fmt(", tag=%x", cur_peek_be16(&c, 6));
	} else {
		out_str(" (unknown type)");
		decode_invalid(d);
		return -1;
	}
	if (len % 2 == 1) {
		out_fmt(" (invalid length %u)", len);
		decode_invalid(d);
		return -1;
	}
	/* the final destination: the last address of type 0 and 2, the
	 * first segment of an SRH */
	if (!rt6_addrs(d, c, len / 2, type == 4 ? 0 : len / 2 - 1, w))
		goto cut;
	out_str(") ");
	return (int)((len + 1) << 3);
cut:
	decode_trunc_cut(d, "rt6");
	return -1;
}

/* The fragment header; 8, or -1 when the packet's line ends here (a
 * later fragment, or cut). off is its offset from the IPv6 header. */
static int frag6_print(struct dctx *d, struct cursor c, unsigned off,
		       unsigned plen)
{
	unsigned offlg;
	uint64_t rest;

	/* without -v the identification is not read */
	if (!cur_has(&c, d->vflag ? 8 : 4)) {
		decode_trunc_cut(d, "frag6");
		return -1;
	}
	offlg = cur_peek_be16(&c, 2);
	/* tcpdump computes this in size_t: it wraps when the header lies */
	rest = (uint64_t)IP6_HDRLEN + plen - off - 8;
	out_str("frag (");
	if (d->vflag)
		out_fmt("0x%08x:", cur_peek_be32(&c, 4));
	out_fmt("%u|%llu)", offlg & 0xfff8, (unsigned long long)rest);
	if (offlg & 0xfff8)
		return -1;	/* a later fragment: nothing to decode */
	out_char(' ');
	return 8;
}

static void ip6_verbose(uint32_t flow, unsigned hlim,
			unsigned nh, unsigned plen)
{
	const char *name = ipproto_name(nh);

	out_char('(');
	if (flow & 0x0ff00000)
		out_fmt("class 0x%02x, ", (flow & 0x0ff00000) >> 20);
	if (flow & 0x000fffff)
		out_fmt("flowlabel 0x%05x, ", flow & 0x000fffff);
	out_fmt("hlim %u, next-header %s (%u) payload length: %u) ", hlim,
		name ? name : "unknown", nh, plen);
}

/* Hand the payload after the extension headers to its printer, with
 * the length the jumbo option or the header gives. */
static void ip6_payload(struct dctx *d, struct cursor c, unsigned len,
			unsigned nh, struct ip6_walk *w, unsigned off)
{
	/* tcpdump's marker names AH when none of it was captured */
	if (nh == IPP_AH && !cur_has(&c, 1)) {
		decode_trunc(d, "ah");
		return;
	}
	if (w->found_jumbo) {
		/* in 32 bits, as tcpdump's */
		unsigned total = w->payload_len + IP6_HDRLEN;

		if (total < off) {
			decode_trunc(d, "ip6");
			return;
		}
		if (w->length < total)
			out_fmt("truncated-ip6 - %u bytes missing!",
				total - w->length);
		len = total - off;
		if (cur_left(&c) > len)
			c.end = c.p + len;
	} else if (w->payload_len == 0) {
		/* no jumbo: the header says 0, so an extension header
		 * had no room */
		if (off > IP6_HDRLEN) {
			decode_trunc(d, "ip6");
			return;
		}
		len = 0;
		c.end = c.p;
	}
	w->ip.nh = (uint8_t)nh;
	w->ip.len = len;
	ip_demux_print(d, c, len, &w->ip);
}

/* The hop-by-hop header, first after the IPv6 header or invalid; its
 * length, or -1 when the line ended. */
static int ip6_hbh(struct dctx *d, struct cursor c, struct ip6_walk *w,
		   unsigned off)
{
	int adv;

	if (off > IP6_HDRLEN) {
		out_str("[The Hop-by-Hop Options header ");
		out_str(w->ip.hdr_nh == IPP_HOPOPTS_ ? "was already found]" :
			"don't follow the IPv6 header]");
		decode_invalid(d);
		return -1;
	}
	adv = opthdr_print(d, c, w, true);
	if (adv == -2)
		return -1;
	if (w->payload_len == 0 && !w->found_jumbo) {
		out_str("[No valid Jumbo Payload Hop-by-Hop option found]");
		decode_invalid(d);
		return -1;
	}
	return adv;
}

/* Walk the extension headers to the transport; c starts after the
 * fixed header, off counts the bytes from the IPv6 header on, len the
 * bytes left by the header's payload length. */
static void ip6_chain(struct dctx *d, struct cursor c, unsigned len,
		      unsigned nh, struct ip6_walk *w, unsigned plen)
{
	unsigned off = IP6_HDRLEN;
	int adv;

	if (nh != IPP_TCP && nh != IPP_UDP && nh != IPP_DCCP &&
	    nh != IPP_SCTP)
		ip6_addrs(d, &w->ip);
	for (;;) {
		switch (nh) {
		case IPP_HOPOPTS_:
			adv = ip6_hbh(d, c, w, off);
			break;
		case IPP_DSTOPTS:
			adv = opthdr_print(d, c, w, false);
			break;
		case IPP_FRAGMENT:
			adv = frag6_print(d, c, off, plen);
			w->ip.fragmented = true;
			/* nothing after it captured: the line ends */
			if (cur_left(&c) <= 8)
				return;
			break;
		case IPP_ROUTING:
			if (!cur_has(&c, 1)) {
				decode_trunc(d, "ip6");
				return;
			}
			adv = rt6_print(d, c, w);
			break;
		default:
			ip6_payload(d, c, len, nh, w, off);
			return;
		}
		if (adv < 0)
			return;
		nh = cur_peek(&c, 0);
		if ((unsigned)adv > len) {
			decode_trunc(d, "ip6");
			return;
		}
		cur_skip(&c, (unsigned)adv);
		off += (unsigned)adv;
		len -= (unsigned)adv;
	}
}

DECODE_KEY(ETHERTYPE, 0x86dd, ip6_print)
DECODE_KEY(IPPROTO, 41, ip6ip_print)
DECODE_KEY(IPPROTO, 59, nonext_print)

/* IPv6 in IPv4 or IPv6 (RFC 4213, RFC 2473). */
void ip6ip_print(struct dctx *d, struct cursor c, unsigned len,
		 const struct ipinfo *outer DECODE_UNUSED)
{
	ip6_print(d, c, len);
}

/* IPv6 "No Next Header" (RFC 8200 4.7). */
void nonext_print(struct dctx *d DECODE_UNUSED, struct cursor c DECODE_UNUSED,
		  unsigned len DECODE_UNUSED,
		  const struct ipinfo *ip DECODE_UNUSED)
{
	out_str("no next header");
}

void ip6_print(struct dctx *d, struct cursor c, unsigned length)
{
	struct ip6_walk w = { .ip = { .version = 6 } };
	struct cursor p = c;
	unsigned plen, len, nh, hlim;
	uint32_t flow;

	if (!cur_has(&c, IP6_HDRLEN)) {
		decode_trunc(d, "ip6");
		return;
	}
	if (length < IP6_HDRLEN) {
		out_fmt("truncated-ip6 %u", length);
		return;
	}
	if (!d->eflag)
		out_str("IP6 ");
	flow = cur_be32(&p);
	if (flow >> 28 != 6) {
		out_fmt("version error: %u != 6", flow >> 28);
		return;
	}
	plen = cur_be16(&p);
	nh = cur_u8(&p);
	hlim = cur_u8(&p);
	cur_bytes(&p, w.ip.src, 16);
	cur_bytes(&p, w.ip.dst, 16);
	memcpy(w.ip.pdst, w.ip.dst, 16);
	w.payload_len = plen;
	w.length = length;
	if (plen != 0) {
		len = plen + IP6_HDRLEN;
		if (length < len)
			out_fmt("truncated-ip6 - %u bytes missing!",
				len - length);
	} else {
		len = length;	/* a jumbogram: the frame says how long */
	}
	if (d->vflag)
		ip6_verbose(flow, hlim, nh, plen);
	/* the capture ends at the end of the IPv6 payload */
	if (cur_left(&c) > len)
		c.end = c.p + len;
	w.ip.hdr_nh = (uint8_t)nh;
	w.ip.ttl = hlim;
	cur_skip(&c, IP6_HDRLEN);
	if (len < IP6_HDRLEN) {
		decode_trunc(d, "ip6");
		return;
	}
	/* with a payload length of 0, tcpdump counts 40 bytes more */
	ip6_chain(d, c, plen ? len - IP6_HDRLEN : length, nh, &w, plen);
}
