/* print-isoclns.c - OSI network layer: the NLPID dispatch, CLNP
 * (ISO 8473) and ES-IS (ISO 9542); IS-IS is in print-isis.c.
 *
 *   NLPID | length indicator | version | ... (per protocol)
 *
 * Output as tcpdump 4.99 print-isoclns.c.
 */
#include <stdint.h>

#include "decode.h"
#include "osi.h"
#include "out.h"
#include "unknown.h"
#include "table.h"

bool isis_print(struct dctx *d, struct cursor c, unsigned len);
bool osi_cksum_print(const struct cursor *c, unsigned sum, unsigned off,
		     unsigned len);
const char *osi_nlpid_name(unsigned nlpid);

static const struct tok nlpid_names[] = {
	{ 0x00, "NULL" }, { 0x08, "Q.933" }, { 0x09, "LMI" },
	{ 0x80, "SNAP" }, { 0x81, "CLNP" }, { 0x82, "ES-IS" },
	{ 0x83, "IS-IS" }, { 0x84, "CONS" }, { 0x85, "IDRP" },
	{ 0xc1, "ISIS_SPB" }, { 0xb1, "FRF.15" }, { 0xcc, "IPv4" },
	{ 0xcf, "PPP" }, { 0x8a, "X25 ES-IS" }, { 0x8e, "IPv6" },
	{ 0, NULL }
};

static const struct tok clnp_pdus[] = {
	{ 1, "Error Report" }, { 29, "MD" }, { 28, "Data" },
	{ 30, "Echo Request" }, { 31, "Echo Response" },
	{ 0, NULL }
};

static const struct tok clnp_flags[] = {
	{ 0x80, "Segmentation permitted" }, { 0x40, "more Segments" },
	{ 0x20, "request Error Report" },
	{ 0, NULL }
};

static const struct tok clnp_option_names[] = {
	{ 193, "Discard Reason" }, { 205, "Priority" },
	{ 195, "QoS Maintenance" }, { 197, "Security" },
	{ 200, "Source Routing" }, { 203, "Route Recording" },
	{ 204, "Padding" },
	{ 0, NULL }
};

static const struct tok rfd_classes[] = {
	{ 0x0, "General" }, { 0x8, "Address" }, { 0x9, "Source Routeing" },
	{ 0xa, "Lifetime" }, { 0xb, "PDU Discarded" }, { 0xc, "Reassembly" },
	{ 0, NULL }
};

static const struct tok rfd_general[] = {
	{ 0x0, "Reason not specified" }, { 0x1, "Protocol procedure error" },
	{ 0x2, "Incorrect checksum" },
	{ 0x3, "PDU discarded due to congestion" },
	{ 0x4, "Header syntax error (cannot be parsed)" },
	{ 0x5, "Segmentation needed but not permitted" },
	{ 0x6, "Incomplete PDU received" }, { 0x7, "Duplicate option" },
	{ 0, NULL }
};

static const struct tok rfd_address[] = {
	{ 0x0, "Destination address unreachable" },
	{ 0x1, "Destination address unknown" },
	{ 0, NULL }
};

static const struct tok rfd_srcroute[] = {
	{ 0x0, "Unspecified source routeing error" },
	{ 0x1, "Syntax error in source routeing field" },
	{ 0x2, "Unknown address in source routeing field" },
	{ 0x3, "Path not acceptable" },
	{ 0, NULL }
};

static const struct tok rfd_lifetime[] = {
	{ 0x0, "Lifetime expired while data unit in transit" },
	{ 0x1, "Lifetime expired during reassembly" },
	{ 0, NULL }
};

static const struct tok rfd_discard[] = {
	{ 0x0, "Unsupported option not specified" },
	{ 0x1, "Unsupported protocol version" },
	{ 0x2, "Unsupported security option" },
	{ 0x3, "Unsupported source routeing option" },
	{ 0x4, "Unsupported recording of route option" },
	{ 0, NULL }
};

static const struct tok rfd_reassembly[] = {
	{ 0x0, "Reassembly interference" }, { 0, NULL }
};

static const struct tok *const rfd_errors[16] = {
	[0x0] = rfd_general, [0x8] = rfd_address, [0x9] = rfd_srcroute,
	[0xa] = rfd_lifetime, [0xb] = rfd_discard, [0xc] = rfd_reassembly,
};

static const struct tok scopes[] = {
	{ 0x40, "Source Address Specific" },
	{ 0x80, "Destination Address Specific" },
	{ 0xc0, "Globally unique" },
	{ 0, NULL }
};

static const struct tok sr_rr[] = {
	{ 0, "partial" }, { 1, "complete" }, { 0, NULL }
};

static const struct tok sr_rr_names[] = {
	{ 200, "source routing" }, { 203, "recording of route in progress" },
	{ 0, NULL }
};

static const struct tok qos_flags[] = {
	{ 0x20, "reserved" }, { 0x10, "sequencing vs. delay" },
	{ 0x08, "congested" }, { 0x04, "delay vs. cost" },
	{ 0x02, "error vs. delay" }, { 0x01, "error vs. cost" },
	{ 0, NULL }
};

static const struct tok esis_pdus[] = {
	{ 6, "redirect" }, { 2, "ESH" }, { 4, "ISH" }, { 0, NULL }
};

static const struct tok esis_option_names[] = {
	{ 129, "Protocols supported" }, { 195, "QoS Maintenance" },
	{ 197, "Security" }, { 198, "ES Configuration Time" },
	{ 205, "Priority" }, { 225, "Addressk Mask" }, { 226, "SNPA Mask" },
	{ 0, NULL }
};

const char *osi_nlpid_name(unsigned nlpid)
{
	return tok_str(nlpid_names, nlpid);
}

static void tok_or(const struct tok *t, unsigned v, const char *dflt)
{
	const char *s = t ? tok_str(t, v) : NULL;

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

/* ISO 8473 annex C: the Fletcher checksum that makes the sum zero, the
 * two checksum bytes at off counted as zero. */
static unsigned osi_cksum(const struct cursor *c, unsigned off, unsigned len)
{
	uint32_t c0 = 0, c1 = 0, mul;
	unsigned i;
	int x, y;

	for (i = 0; i < len; i++) {
		if (i != off && i != off + 1)
			c0 += cur_peek(c, i);
		c1 += c0;
	}
	c0 %= 255;
	c1 %= 255;
	mul = (len - off) * c0;
	x = (int)(mul - c0 - c1);
	y = (int)(c1 - mul - 1);
	if (y >= 0)
		y++;
	if (x < 0)
		x--;
	x %= 255;
	y %= 255;
	if (x == 0)
		x = 255;
	if (y == 0)
		y = 255;
	return ((unsigned)x << 8 | ((unsigned)y & 0xff)) & 0xffff;
}

/* osi_print_cksum: the verdict on sum, the checksum at off of the len
 * bytes at the cursor. */
bool osi_cksum_print(const struct cursor *c, unsigned sum, unsigned off,
		     unsigned len)
{
	unsigned calc;

	if (!sum || !got(c, off, 2) || off > len || !got(c, 0, len)) {
		out_str(" (unverified)");
		return true;
	}
	calc = osi_cksum(c, off, len);
	if (calc == sum)
		out_str(" (correct)");
	else
		out_fmt(" (incorrect should be 0x%04x)", calc);
	return true;
}

static void nsap_at(const struct cursor *c, size_t off, unsigned len)
{
	osi_nsap_print_at(at(*c, off), len);
}

/* What is left when the header's length indicator is too small: the
 * captured bytes in upper-case hex. */
static void short_li(unsigned li, const struct cursor *c)
{
	size_t i;

	out_fmt(" length indicator %u < min PDU size:", li);
	for (i = 0; i < cur_left(c); i++)
		out_fmt("%02X", cur_peek(c, i));
}

/* ---- CLNP */

static bool clnp_route_print(const struct cursor *o, unsigned op,
			     unsigned tlen)
{
	unsigned off, len;

	out_fmt("%s ", tok_str(sr_rr, cur_peek(o, 0)) ?
		tok_str(sr_rr, cur_peek(o, 0)) : "Unknown");
	tok_or(sr_rr_names, op, "Unknown Option");
	off = cur_peek(o, 1);
	if (off == 0) {
		out_str(" Bad NSAP offset (0)");
		return true;
	}
	off -= 1;
	if (off > tlen) {
		out_str(" Bad NSAP offset (past end of option)");
		return true;
	}
	tlen -= off;
	while (tlen > 0) {
		len = cur_peek(o, off);
		if (tlen < len + 1) {
			out_str("\n\t    NSAP address goes past end of option");
			break;
		}
		if (len > 0) {
			out_fmt("\n\t    NSAP address (length %u): ", len);
			nsap_at(o, off + 1, len);
		}
		tlen -= len + 1;
	}
	return true;
}

/* One option's value; false when the PDU is bad. */
static bool clnp_option(struct dctx *d, const struct cursor *o, unsigned op,
			unsigned tlen)
{
	unsigned v = cur_peek(o, 0);

	switch (op) {
	case 203: case 200:
		if (tlen < 2)
			break;
		return clnp_route_print(o, op, tlen);
	case 205:
		if (tlen < 1)
			break;
		out_fmt("0x%1x", v & 0x0f);
		return true;
	case 195:
		if (tlen < 1)
			break;
		out_str("\n\t    Format Code: ");
		tok_or(scopes, v & 0xc0, "Reserved");
		if ((v & 0xc0) == 0xc0) {
			out_str("\n\t    QoS Flags [");
			tok_bits_print(qos_flags, v & 0x3f, ", ", "none");
			out_char(']');
		}
		return true;
	case 197:
		if (tlen < 2)
			break;
		out_str("\n\t    Format Code: ");
		tok_or(scopes, v & 0xc0, "Reserved");
		out_fmt(", Security-Level %u", cur_peek(o, 1));
		return true;
	case 193:
		if (tlen < 1)
			break;
		out_str("\n\t    Class: ");
		tok_or(rfd_classes, v >> 4, "Unknown");
		out_fmt(" Error (0x%01x), ", v >> 4);
		tok_or(rfd_errors[v >> 4], v & 15, "Unknown");
		out_fmt(" (0x%01x)", v & 15);
		return true;
	case 204:
		out_str("padding data");
		return true;
	default:
		unknown_data_print(o, 0, tlen, "\n\t  ");
		return true;
	}
	(void)d;
	out_str(", bad opt len");
	return false;
}

/* The options after the addresses; false when the PDU is bad. */
static bool clnp_options(struct dctx *d, struct cursor *p, unsigned li)
{
	while (li) {
		unsigned op, opli;

		if (li < 2) {
			out_str(", bad opts/li");
			return false;
		}
		if (!got(p, 0, 2)) {
			decode_trunc_cut(d, "clnp");
			return false;
		}
		op = cur_peek(p, 0);
		opli = cur_peek(p, 1);
		cur_skip(p, 2);
		li -= 2;
		if (opli > li) {
			out_fmt(", opt (%u) too long", op);
			return false;
		}
		if (!got(p, 0, opli)) {
			decode_trunc(d, "clnp");
			return false;
		}
		li -= opli;
		out_str("\n\t  ");
		tok_or(clnp_option_names, op, "Unknown");
		out_fmt(" Option #%u, length %u, value: ", op, opli);
		if (!clnp_option(d, p, op, opli))
			return false;
		if (d->vflag > 1)
			unknown_data_print(p, 0, opli, "\n\t  ");
		cur_skip(p, opli);
	}
	return true;
}

/* The addresses: offsets and lengths into the PDU, or false. */
struct clnp_addrs {
	unsigned dst, dlen, src, slen, end;
};

static int clnp_addrs(struct dctx *d, const struct cursor *c, unsigned li,
		      struct clnp_addrs *a)
{
	static const char msg[] =
		"li < size of fixed part of CLNP header and addresses";
	unsigned off = 9;

	li -= 9;
	if (li < 1)
		goto bad;
	if (!got(c, off, 1))
		goto cut;
	a->dlen = cur_peek(c, off++);
	li--;
	if (li < a->dlen)
		goto bad;
	if (!got(c, off, a->dlen))
		goto trunc;
	a->dst = off;
	off += a->dlen;
	li -= a->dlen;
	if (li < 1)
		goto bad;
	if (!got(c, off, 1))
		goto cut;
	a->slen = cur_peek(c, off++);
	li--;
	if (li < a->slen)
		goto bad;
	if (!got(c, off, a->slen))
		goto trunc;
	a->src = off;
	a->end = off + a->slen;
	return 1;
bad:
	out_str(msg);
	return 0;
cut:
	decode_trunc_cut(d, "clnp");
	return -1;
trunc:
	decode_trunc(d, "clnp");
	return -1;
}

static void clnp_header_print(struct dctx *d, const struct cursor *c,
			      unsigned type, unsigned len)
{
	unsigned lt = cur_peek(c, 3);

	out_fmt("%slength %u", d->eflag ? "" : ", ", len);
	out_str("\n\t");
	tok_or(clnp_pdus, type, "unknown");
	if (!tok_str(clnp_pdus, type))
		out_fmt(" (%u)", type);
	out_fmt(" PDU, hlen: %u, v: %u, lifetime: %u.%us, Segment PDU "
		"length: %u, checksum: 0x%04x", cur_peek(c, 1), cur_peek(c, 2),
		lt / 2, (lt % 2) * 5, cur_peek_be16(c, 5),
		cur_peek_be16(c, 7));
	osi_cksum_print(c, cur_peek_be16(c, 7), 7, cur_peek(c, 1));
}

/* clnp_print: false when the caller should dump the PDU in hex. */
static bool clnp_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct clnp_addrs a;
	struct cursor p;
	unsigned li, type, flags;
	int r;

	if (!got(&c, 0, 9)) {
		decode_trunc(d, "clnp");
		return true;
	}
	li = cur_peek(&c, 1);
	if (!d->eflag)
		out_str("CLNP");
	if (cur_peek(&c, 2) != 1) {
		out_fmt("version %u packet not supported", cur_peek(&c, 2));
		return false;
	}
	if (li > len) {
		out_fmt(" length indicator(%u) > PDU size (%u)!", li, len);
		return false;
	}
	if (li < 9) {
		short_li(li, &c);
		return false;
	}
	type = cur_peek(&c, 4) & 0x1f;
	flags = cur_peek(&c, 4) & 0xe0;
	r = clnp_addrs(d, &c, li, &a);
	if (r <= 0)
		return r < 0;
	if (d->vflag < 1) {
		out_str(d->eflag ? "" : ", ");
		nsap_at(&c, a.src, a.slen);
		out_str(" > ");
		nsap_at(&c, a.dst, a.dlen);
		out_str(", ");
		tok_or(clnp_pdus, type, "unknown");
		if (!tok_str(clnp_pdus, type))
			out_fmt(" (%u)", type);
		out_fmt(", length %u", len);
		return true;
	}
	clnp_header_print(d, &c, type, len);
	out_str("\n\tFlags [");
	tok_bits_print(clnp_flags, flags, ", ", "none");
	out_fmt("]\n\tsource address (length %u): ", a.slen);
	nsap_at(&c, a.src, a.slen);
	out_fmt("\n\tdest   address (length %u): ", a.dlen);
	nsap_at(&c, a.dst, a.dlen);
	li -= a.end;
	p = at(c, a.end);
	if (flags & 0x80) {
		if (li < 6) {
			out_str("li < size of fixed part of CLNP header, "
				"addresses, and segment part");
			return false;
		}
		if (!got(&p, 0, 6)) {
			decode_trunc(d, "clnp");
			return true;
		}
		out_fmt("\n\tData Unit ID: 0x%04x, Segment Offset: %u, "
			"Total PDU Length: %u", cur_peek_be16(&p, 0),
			cur_peek_be16(&p, 2), cur_peek_be16(&p, 4));
		cur_skip(&p, 6);
		li -= 6;
	}
	if (!clnp_options(d, &p, li))
		return d->stop;
	if (type == 1 || type == 31) {
		if (!got(&p, 0, 1)) {
			decode_trunc_cut(d, "clnp");
			return true;
		}
		if (cur_peek(&p, 0) == 0x81) {
			out_str("\n\t-----original packet-----\n\t");
			clnp_print(d, p, len - cur_peek(&c, 1));
			return true;
		}
	}
	if (len > (unsigned)(p.p - c.p)) {
		out_fmt("\n\t  undecoded non-header data, length %u",
			len - cur_peek(&c, 1));
		unknown_data_print(&c, (size_t)(p.p - c.p),
			     len - (unsigned)(p.p - c.p), "\n\t  ");
	}
	return true;
}

/* ---- ES-IS */

/* A length-prefixed field at *off: its length, or -1 after a message
 * (bad li) or a marker. */
static int esis_field(struct dctx *d, const struct cursor *c, unsigned *off,
		      unsigned *li, const char *what, bool count)
{
	unsigned n;

	if (!got(c, *off, 1)) {
		decode_trunc(d, "esis");
		return -1;
	}
	if (*li < 1) {
		out_fmt(", bad %s/li", what);
		return -1;
	}
	n = cur_peek(c, (*off)++);
	if (count)
		(*li)--;
	if (!got(c, *off, n)) {
		decode_trunc(d, "esis");
		return -1;
	}
	if (*li < n) {
		out_fmt(", bad %s/li", what);
		return -1;
	}
	return (int)n;
}

static bool esis_redirect(struct dctx *d, const struct cursor *c,
			  unsigned *off, unsigned *li)
{
	unsigned dst, snpa, net;
	int dl, sl, nl;

	dl = esis_field(d, c, off, li, "redirect", true);
	if (dl < 0)
		return false;
	dst = *off;
	*off += (unsigned)dl;
	*li -= (unsigned)dl;
	out_str("\n\t  ");
	nsap_at(c, dst, (unsigned)dl);
	sl = esis_field(d, c, off, li, "redirect", true);
	if (sl < 0)
		return false;
	snpa = *off;
	*off += (unsigned)sl;
	*li -= (unsigned)sl;
	/* tcpdump does not count the NET's length byte in li */
	nl = esis_field(d, c, off, li, "redirect", false);
	if (nl < 0)
		return false;
	net = *off;
	*off += (unsigned)nl;
	*li -= (unsigned)nl;
	out_fmt("\n\t  SNPA (length: %u): ", sl);
	if (sl == 6) {
		uint8_t a[6];
		struct cursor t = at(*c, snpa);

		cur_bytes(&t, a, 6);
		decode_etheraddr(d, a);
	} else if (sl == 0) {
		out_str("<empty>");
	} else {
		for (int i = 0; i < sl; i++)
			out_fmt(i ? ":%02x" : "%02x", cur_peek(c, snpa + i));
	}
	if (nl) {
		out_fmt("\n\t  NET (length: %u) ", nl);
		nsap_at(c, net, (unsigned)nl);
	}
	return true;
}

static bool esis_body(struct dctx *d, const struct cursor *c, unsigned type,
		      unsigned *off, unsigned *li)
{
	int n;
	unsigned count;

	switch (type) {
	case 6:
		return esis_redirect(d, c, off, li);
	case 2:
		if (!got(c, *off, 1)) {
			decode_trunc(d, "esis");
			return false;
		}
		if (*li < 1) {
			out_str(", bad esh/li");
			return false;
		}
		count = cur_peek(c, (*off)++);
		(*li)--;
		out_fmt("\n\t  Number of Source Addresses: %u", count);
		for (; count; count--) {
			n = esis_field(d, c, off, li, "esh", true);
			if (n < 0)
				return false;
			out_fmt("\n\t  NET (length: %u): ", n);
			nsap_at(c, *off, (unsigned)n);
			*off += (unsigned)n;
			*li -= (unsigned)n;
		}
		return true;
	case 4:
		n = esis_field(d, c, off, li, "ish", true);
		if (n < 0)
			return false;
		out_fmt("\n\t  NET (length: %u): ", n);
		nsap_at(c, *off, (unsigned)n);
		*off += (unsigned)n;
		*li -= (unsigned)n;
		return true;
	default:
		if (d->vflag <= 1 && got(c, *off, 1))
			unknown_data_print(c, *off, (unsigned)cur_left(c) - *off,
				     "\n\t  ");
		return false;
	}
}

static void esis_options(struct dctx *d, const struct cursor *c,
			 unsigned off, unsigned li)
{
	while (li) {
		unsigned op, opli, i;

		if (li < 2) {
			out_str(", bad opts/li");
			return;
		}
		if (!got(c, off, 2)) {
			decode_trunc_cut(d, "esis");
			return;
		}
		op = cur_peek(c, off);
		opli = cur_peek(c, off + 1);
		off += 2;
		li -= 2;
		if (opli > li) {
			out_fmt(", opt (%u) too long", op);
			return;
		}
		li -= opli;
		out_str("\n\t  ");
		tok_or(esis_option_names, op, "Unknown");
		out_fmt(" Option #%u, length %u, value: ", op, opli);
		if (op == 198) {
			if (opli != 2) {
				out_str("(bad length)");
			} else if (!got(c, off, 2)) {
				decode_trunc(d, "esis");
				return;
			} else {
				out_fmt("%us", cur_peek_be16(c, off));
			}
		} else if (op == 129) {
			for (i = 0; i < opli; i++) {
				unsigned v = cur_peek(c, off + i);

				if (!got(c, off + i, 1)) {
					decode_trunc_cut(d, "esis");
					return;
				}
				tok_or(nlpid_names, v, "unknown");
				out_fmt(" (0x%02x)%s", v,
					i + 1 < opli ? ", " : "");
			}
			/* tcpdump counts opli down to 0 here: no hex with
			 * -vv, and the next option is read from this one */
			opli = 0;
		} else {
			unknown_data_print(c, off, opli, "\n\t  ");
		}
		if (d->vflag > 1)
			unknown_data_print(c, off, opli, "\n\t  ");
		off += opli;
	}
}

static void esis_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned li, version, type, off = 9;

	if (!d->eflag)
		out_str("ES-IS");
	if (len <= 2) {
		out_str(d->qflag ? "bad pkt!" : "no header at all!");
		return;
	}
	if (!got(&c, 0, 9)) {
		decode_trunc(d, "esis");
		return;
	}
	li = cur_peek(&c, 1);
	version = cur_peek(&c, 2);
	if (cur_peek(&c, 0) != 0x82) {
		out_fmt(" nlpid 0x%02x packet not supported", cur_peek(&c, 0));
		return;
	}
	if (version != 1) {
		out_fmt(" version %u packet not supported", version);
		return;
	}
	if (li > len) {
		out_fmt(" length indicator(%u) > PDU size (%u)!", li, len);
		return;
	}
	if (li < 11) {
		short_li(li, &c);
		return;
	}
	type = cur_peek(&c, 4) & 0x1f;
	if (d->vflag < 1) {
		out_str(d->eflag ? "" : ", ");
		tok_or(esis_pdus, type, "unknown type");
		if (!tok_str(esis_pdus, type))
			out_fmt(" (%u)", type);
		out_fmt(", length %u", len);
		return;
	}
	out_fmt("%slength %u\n\t", d->eflag ? "" : ", ", len);
	tok_or(esis_pdus, type, "unknown type:");
	if (!tok_str(esis_pdus, type))
		out_fmt(" %u", type);
	out_fmt(" (%u), v: %u, checksum: 0x%04x", type, version,
		cur_peek_be16(&c, 7));
	osi_cksum_print(&c, cur_peek_be16(&c, 7), 7, li);
	out_fmt(", holding time: %us, length indicator: %u",
		cur_peek_be16(&c, 5), li);
	if (d->vflag > 1)
		unknown_data_print(&c, 0, 9, "\n\t");
	li -= 9;
	if (esis_body(d, &c, type, &off, &li))
		esis_options(d, &c, off, li);
}

/* ---- dispatch */

DECODE_KEY(NLPID, 0x00, isoclns_print)
DECODE_KEY(NLPID, 0x81, isoclns_print)
DECODE_KEY(NLPID, 0x82, isoclns_print)
DECODE_KEY(NLPID, 0x83, isoclns_print)
DECODE_KEY(LLC, 0xfe, isoclns_print)

void isoclns_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned nlpid;

	if (!got(&c, 0, 1)) {
		decode_trunc_cut(d, "isoclns");
		return;
	}
	nlpid = cur_peek(&c, 0);
	if (d->eflag) {
		out_str("OSI NLPID ");
		tok_or(nlpid_names, nlpid, "Unknown");
		out_fmt(" (0x%02x): ", nlpid);
	}
	switch (nlpid) {
	case 0x81:
		if (!clnp_print(d, c, len) && !d->stop)
			unknown_data_print(&c, 0, len, "\n\t");
		return;
	case 0x82:
		esis_print(d, c, len);
		return;
	case 0x83:
		if (!isis_print(d, c, len) && !d->stop)
			unknown_data_print(&c, 0, len, "\n\t");
		return;
	case 0x00:
		out_fmt("%slength: %u", d->eflag ? "" : ", ", len);
		return;
	case 0xcc:
		cur_skip(&c, 1);
		ip_print(d, c, len - 1);
		return;
	case 0x8e:
		cur_skip(&c, 1);
		ip6_print(d, c, len - 1);
		return;
	case 0x08:
	case 0xcf: {
		/* Q.933 and PPP, where printers register them */
		decode_net_proto *fn = decode_net_lookup(DECODE_T_NLPID, nlpid);

		if (fn) {
			fn(d, c, len);
			return;
		}
		break;
	}
	}
	if (!d->eflag)
		out_fmt("OSI NLPID 0x%02x unknown", nlpid);
	out_fmt("%slength: %u", d->eflag ? "" : ", ", len);
	if (len > 1)
		unknown_data_print(&c, 0, len, "\n\t");
}

DECODE_KEY(ETHERTYPE, 0xfefe, iso_ether_print)

/* Ethernet II type 0xfefe: a pad byte, then the PDU. */
void iso_ether_print(struct dctx *d, struct cursor c, unsigned len)
{
	if (!len || !cur_has(&c, 1)) {
		decode_trunc(d, "isoclns");	/* checked, not read */
		return;
	}
	cur_skip(&c, 1);
	isoclns_print(d, c, len - 1);
}
