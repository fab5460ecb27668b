/* print-domain.c - DNS (RFC 1035) over UDP and TCP, with EDNS(0)
 * (RFC 6891: OPT, cookies RFC 7873, client subnet RFC 7871, keepalive
 * RFC 7828, padding RFC 7830, key tag RFC 8145) and the DNSSEC types.
 *
 *   | ID | QR Opcode AA TC RD RA Z AD CD RCODE | QD | AN | NS | AR |
 *   then the question and resource record sections; names may point
 *   back into the message (compression, RFC 1035 4.1.4).
 * Output as tcpdump 4.99 print-domain.c.
 *
 * Names can point anywhere earlier in the message, so this printer reads
 * by offset from the message start; every read goes through the
 * message's cursor (cur_peek) and is checked against what was captured.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include "decode.h"
#include "dns.h"
#include "domain.h"
#include "ip.h"
#include "table.h"
#include "out.h"

enum {
	DNS_HDRLEN = 12,
	T_A = 1, T_NS = 2, T_CNAME = 5, T_SOA = 6, T_PTR = 12, T_MX = 15,
	T_TXT = 16, T_AAAA = 28, T_SRV = 33, T_DNAME = 39, T_OPT = 41,
	T_TSIG = 250, T_URI = 256, C_IN = 1, IQUERY = 1,
};

static unsigned be16(const struct dns *s, unsigned off)
{
	return cur_peek_be16(&s->m, off);
}

static uint32_t be32(const struct dns *s, unsigned off)
{
	return cur_peek_be32(&s->m, off);
}

static const struct tok ns_type2str[] = {
	{ 1, "A" }, { 2, "NS" }, { 3, "MD" }, { 4, "MF" }, { 5, "CNAME" },
	{ 6, "SOA" }, { 7, "MB" }, { 8, "MG" }, { 9, "MR" }, { 10, "NULL" },
	{ 11, "WKS" }, { 12, "PTR" }, { 13, "HINFO" }, { 14, "MINFO" },
	{ 15, "MX" }, { 16, "TXT" }, { 17, "RP" }, { 18, "AFSDB" },
	{ 19, "X25" }, { 20, "ISDN" }, { 21, "RT" }, { 22, "NSAP" },
	{ 23, "NSAP_PTR" }, { 24, "SIG" }, { 25, "KEY" }, { 26, "PX" },
	{ 27, "GPOS" }, { 28, "AAAA" }, { 29, "LOC" }, { 30, "NXT" },
	{ 31, "EID" }, { 32, "NIMLOC" }, { 33, "SRV" }, { 34, "ATMA" },
	{ 35, "NAPTR" }, { 36, "KX" }, { 37, "CERT" }, { 38, "A6" },
	{ 39, "DNAME" }, { 40, "SINK" }, { 41, "OPT" }, { 42, "APL" },
	{ 43, "DS" }, { 44, "SSHFP" }, { 45, "IPSECKEY" }, { 46, "RRSIG" },
	{ 47, "NSEC" }, { 48, "DNSKEY" }, { 99, "SPF" }, { 100, "UINFO" },
	{ 101, "UID" }, { 102, "GID" }, { 103, "UNSPEC" },
	{ 104, "UNSPECA" }, { 249, "TKEY" }, { 250, "TSIG" },
	{ 251, "IXFR" }, { 252, "AXFR" }, { 253, "MAILB" }, { 254, "MAILA" },
	{ 255, "ANY" }, { 256, "URI" },
	{ 0, NULL }
};

static const struct tok ns_class2str[] = {
	{ 1, "IN" }, { 3, "CHAOS" }, { 4, "HS" }, { 255, "ANY" },
	{ 0, NULL }
};

static const struct tok edns_opt2str[] = {
	{ 1, "LLQ" }, { 2, "UL" }, { 3, "NSID" }, { 5, "DAU" }, { 6, "DHU" },
	{ 7, "N3U" }, { 8, "ECS" }, { 9, "EXPIRE" }, { 10, "COOKIE" },
	{ 11, "KEEPALIVE" }, { 12, "PADDING" }, { 13, "CHAIN" },
	{ 14, "KEY-TAG" }, { 16, "CLIENT-TAG" }, { 17, "SERVER-TAG" },
	{ 0, NULL }
};

/* DNSSEC algorithms for the DAU, DHU and N3U options (RFC 6975). */
static const struct tok dau_alg2str[] = {
	{ 0, "DELETE" }, { 1, "RSAMD5" }, { 2, "DH" }, { 3, "DS" },
	{ 5, "RSASHA1" }, { 6, "DSA-NSEC3-SHA1" }, { 7, "RSASHA1-NSEC3-SHA1" },
	{ 8, "RSASHA256" }, { 10, "RSASHA512" }, { 12, "ECC-GOST" },
	{ 13, "ECDSAP256SHA256" }, { 14, "ECDSAP384SHA384" },
	{ 15, "ED25519" }, { 16, "ED448" }, { 252, "INDIRECT" },
	{ 253, "PRIVATEDNS" }, { 254, "PRIVATEOID" },
	{ 0, NULL }
};

static const struct tok dhu_alg2str[] = {
	{ 1, "SHA-1" }, { 2, "SHA-256" }, { 3, "GOST_R_34.11-94" },
	{ 4, "SHA-384" },
	{ 0, NULL }
};

static const struct tok n3u_alg2str[] = {
	{ 1, "SHA-1" },
	{ 0, NULL }
};

static const char *const ns_ops[] = {
	"", " inv_q", " stat", " op3", " notify", " update", " op6", " op7",
	" op8", " updateA", " updateD", " updateDA", " updateM", " updateMA",
	" zoneInit", " zoneRef",
};

static const char *const ns_resp[] = {
	"", " FormErr", " ServFail", " NXDomain", " NotImp", " Refused",
	" YXDomain", " YXRRSet", " NXRRSet", " NotAuth", " NotZone",
	" Resp11", " Resp12", " Resp13", " Resp14", " NoChange", " BadVers",
	"Resp17", " Resp18", " Resp19", " Resp20", "Resp21", " Resp22",
	" BadCookie",
};

static void rcode_print(unsigned rcode)
{
	if (rcode < sizeof(ns_resp) / sizeof(ns_resp[0]))
		out_str(ns_resp[rcode]);
	else
		out_fmt(" Resp%u", rcode & 0xfff);
}

/* " TYPE[ CLASS]? name", a question. */
static int qprint(const struct dns *s, unsigned off)
{
	int end = dns_name_skip(s, off);
	unsigned type, class, qclass;
	const char *n;

	if (end == BAD || !has(s, (unsigned)end, 4))
		return BAD;
	type = be16(s, (unsigned)end);
	qclass = be16(s, (unsigned)end + 2);
	class = s->mdns ? qclass & 0x7fff : qclass;
	n = tok_str(ns_type2str, type);
	if (n)
		out_fmt(" %s", n);
	else
		out_fmt(" Type%u", type);
	if (class != C_IN) {
		n = tok_str(ns_class2str, class);
		if (n)
			out_fmt(" %s", n);
		else
			out_fmt(" (Class %u)", class);
	}
	if (s->mdns)
		out_str(qclass & 0x8000 ? " (QU)" : " (QM)");
	out_str("? ");
	end = dns_name_print(s, off);
	return end == BAD ? BAD : end + 4;
}

void relts_print(uint32_t secs)
{
	static const char *const unit[] = { "y", "w", "d", "h", "m", "s" };
	static const uint32_t len[] = { 31536000, 604800, 86400, 3600, 60, 1 };
	int k;

	if (!secs) {
		out_str("0s");
		return;
	}
	for (k = 0; secs > 0; k++) {
		if (secs >= len[k]) {
			out_fmt("%u%s", secs / len[k], unit[k]);
			secs -= secs / len[k] * len[k];
		}
	}
}

static void ecs_print(const struct dns *s, unsigned off, unsigned n)
{
	unsigned family, src, scope, bits, k;
	uint8_t pad[16] = { 0 };
	char buf[INET6_ADDRSTRLEN];

	if (n < 4)
		goto invalid;
	family = be16(s, off);
	src = u8(s, off + 2);
	scope = u8(s, off + 3);
	if (family != 1 && family != 2)
		goto invalid;
	bits = family == 1 ? 32 : 128;
	if (n - 4 > bits / 8 || src > bits || scope > bits ||
	    (src + 7) / 8 != n - 4)
		goto invalid;
	for (k = 0; k < n - 4; k++)
		pad[k] = (uint8_t)u8(s, off + 4 + k);
	inet_ntop(family == 1 ? AF_INET : AF_INET6, pad, buf, sizeof(buf));
	out_fmt("%s/%u/%u", buf, src, scope);
	return;
invalid:
	out_str(" (invalid)");
}

/* One EDNS option (RFC 6891 6.1.2); returns the offset after it. */
static int eopt_print(const struct dns *s, unsigned off)
{
	unsigned opt, n, k;
	const char *name;

	if (!has(s, off, 2))
		return BAD;
	opt = be16(s, off);
	name = tok_str(edns_opt2str, opt);
	if (name)
		out_str(name);
	else
		out_fmt("Opt%u", opt);
	if (!has(s, off + 2, 2))
		return BAD;
	n = be16(s, off + 2);
	off += 4;
	if (!has(s, off, n))
		return BAD;
	if (!n)
		return (int)off;
	out_char(' ');
	switch (opt) {
	case 8:
		ecs_print(s, off, n);
		break;
	case 10:
		if (n < 8 || (n > 8 && n < 16) || n > 40) {
			out_str(" (invalid)");
			break;
		}
		for (k = 0; k < n; k++) {
			if (k == 8)
				out_char(' ');
			out_fmt("%02x", u8(s, off + k));
		}
		break;
	case 11:
		if (n != 2)
			out_str(" (invalid)");
		else
			out_fmt("%0.1f sec", be16(s, off) / 10.0);
		break;
	case 9:
		if (n != 4)
			out_str(" (invalid)");
		else
			out_fmt("%u sec", be32(s, off));
		break;
	case 12:
		out_fmt("(%u)", n);
		break;
	case 5: case 6: case 7:
		for (k = 0; k < n; k++) {
			if (k)
				out_char(' ');
			tok_print(opt == 5 ? dau_alg2str : opt == 6 ? dhu_alg2str :
				  n3u_alg2str, u8(s, off + k), "Alg_%u");
		}
		break;
	case 13: {
		/* tcpdump resolves a pointer here from the option's end */
		struct dns t = *s;

		t.nbase = off + n;
		dns_name_print(&t, off);
		break;
	}
	case 14:
		if (n % 2) {
			out_str(" (invalid)");
			break;
		}
		for (k = 0; k < n; k += 2)
			out_fmt("%s%u", k ? " " : "", be16(s, off + k));
		break;
	default:
		for (k = 0; k < n; k++)
			out_fmt("%02x", u8(s, off + k));
		break;
	}
	return (int)(off + n);
}

/* The record data of the types tcpdump prints; false: cut short. */
static bool rdata_print(const struct dns *s, unsigned type, unsigned class,
			unsigned opt_flags, unsigned off, unsigned len)
{
	unsigned rp = off + len, k;
	char buf[INET6_ADDRSTRLEN];
	int r;

	switch (type) {
	case T_A:
		if (!has(s, off, 4))
			return false;
		out_fmt(" %u.%u.%u.%u", u8(s, off), u8(s, off + 1),
			u8(s, off + 2), u8(s, off + 3));
		break;
	case T_NS:
	case T_CNAME:
	case T_PTR:
	case T_DNAME:
		out_char(' ');
		return dns_name_print(s, off) != BAD;
	case T_SOA:
		if (!s->d->vflag)
			break;
		out_char(' ');
		if ((r = dns_name_print(s, off)) == BAD)
			return false;
		out_char(' ');
		if ((r = dns_name_print(s, (unsigned)r)) == BAD ||
		    !has(s, (unsigned)r, 20))
			return false;
		for (k = 0; k < 5; k++)
			out_fmt(" %u", be32(s, (unsigned)r + 4 * k));
		break;
	case T_MX:
		out_char(' ');
		if (!has(s, off, 2) || dns_name_print(s, off + 2) == BAD)
			return false;
		out_fmt(" %u", be16(s, off));
		break;
	case T_TXT:
		while (off < rp) {
			unsigned n;

			out_str(" \"");
			if (!has(s, off, 1))
				return false;
			n = u8(s, off);
			if (!dns_printn(s, off + 1, n))
				return false;
			off += 1 + n;
			out_char('"');
		}
		break;
	case T_SRV:
		out_char(' ');
		if (!has(s, off, 6) || dns_name_print(s, off + 6) == BAD)
			return false;
		out_fmt(":%u %u %u", be16(s, off + 4), be16(s, off),
			be16(s, off + 2));
		break;
	case T_AAAA: {
		uint8_t a[16];

		if (!has(s, off, 16))
			return false;
		for (k = 0; k < 16; k++)
			a[k] = (uint8_t)u8(s, off + k);
		inet_ntop(AF_INET6, a, buf, sizeof(buf));
		out_fmt(" %s", buf);
		break;
	}
	case T_URI:
		if (!has(s, off, len))
			return false;
		if (!has(s, off, 4)) {
			s->d->cut = true;	/* tcpdump's read gives up */
			return false;
		}
		out_fmt(" %u %u ", be16(s, off), be16(s, off + 2));
		return dns_printn(s, off + 4, len - 4);
	case T_OPT:
		out_fmt(" UDPsize=%u", class);
		if (opt_flags & 0x8000)
			out_str(" DO");
		if (off < rp) {
			out_str(" [");
			while (off < rp) {
				if ((r = eopt_print(s, off)) == BAD)
					return false;
				off = (unsigned)r;
				if (off < rp)
					out_char(',');
			}
			out_char(']');
		}
		break;
	case T_TSIG:
		if (!s->d->vflag)
			break;
		out_char(' ');
		if ((r = dns_name_print(s, off)) == BAD)
			return false;
		off = (unsigned)r + 6;
		if (!has(s, off, 4))
			return false;
		out_fmt(" fudge=%u", be16(s, off));
		out_fmt(" maclen=%u", be16(s, off + 2));
		off += 4 + be16(s, off + 2);
		if (!has(s, off, 6))
			return false;
		out_fmt(" origid=%u", be16(s, off));
		out_fmt(" error=%u", be16(s, off + 2));
		out_fmt(" otherlen=%u", be16(s, off + 4));
		break;
	}
	return true;
}

/* One resource record; returns the offset after it, s->cap when the
 * header is cut (the caller's loop then stops), or BAD. */
static int rprint(const struct dns *s, unsigned off)
{
	unsigned type, class, len, opt_flags = 0;
	const char *n;
	int r;

	if (s->d->vflag) {
		out_char(' ');
		if ((r = dns_name_print(s, off)) == BAD)
			return BAD;
	} else {
		r = dns_name_skip(s, off);
	}
	if (r == BAD || !has(s, (unsigned)r, 10))
		return (int)s->cap;
	off = (unsigned)r;
	type = be16(s, off);
	class = be16(s, off + 2);
	if (s->mdns)
		class &= 0x7fff;
	if (class != C_IN && type != T_OPT) {
		n = tok_str(ns_class2str, class);
		if (n)
			out_fmt(" %s", n);
		else
			out_fmt(" (Class %u)", class);
	}
	if (s->mdns && (be16(s, off + 2) & 0x8000))
		out_str(" (Cache flush)");
	if (type == T_OPT) {
		opt_flags = be16(s, off + 6);
	} else if (s->d->vflag > 2) {
		out_str(" [");
		relts_print(be32(s, off + 4));
		out_char(']');
	}
	len = be16(s, off + 8);
	off += 10;
	n = tok_str(ns_type2str, type);
	if (n)
		out_fmt(" %s", n);
	else
		out_fmt(" Type%u", type);
	if (off + len > s->cap)
		return BAD;
	if (!rdata_print(s, type, class, opt_flags, off, len))
		return BAD;
	return (int)(off + len);
}

/* Print count records, the first after "label" (may be ""), separated by
 * commas; false when cut short. */
static bool section_print(const struct dns *s, unsigned *off, unsigned count,
			  const char *label)
{
	int r;

	if (!count)
		return true;
	if (*label && *off >= s->cap)
		return false;
	out_str(label);
	if ((r = rprint(s, *off)) == BAD)
		return false;
	*off = (unsigned)r;
	count--;
	while (*off < s->cap && count) {
		out_char(',');
		if ((r = rprint(s, *off)) == BAD)
			return false;
		*off = (unsigned)r;
		count--;
	}
	return count == 0;
}

/* The OPT record's extended RCODE bits, found by walking the sections
 * (RFC 6891 6.1.3); the header's RCODE when there is none. */
static unsigned rcode_find(const struct dns *s, unsigned qd, unsigned an_ns,
			   unsigned ar, unsigned rcode)
{
	unsigned off = DNS_HDRLEN, i;
	int r;

	for (i = 0; i < qd; i++) {
		if ((r = dns_name_skip(s, off)) == BAD)
			return rcode;
		off = (unsigned)r + 4;
		if (off >= s->cap)
			return rcode;
	}
	for (i = 0; i < an_ns; i++) {
		if ((r = dns_name_skip(s, off)) == BAD)
			return rcode;
		off = (unsigned)r + 8;
		if (!has(s, off, 2))
			return rcode;
		off += 2 + be16(s, off);
		if (off >= s->cap)
			return rcode;
	}
	for (i = 0; i < ar; i++) {
		unsigned type;

		if ((r = dns_name_skip(s, off)) == BAD || !has(s, (unsigned)r, 2))
			return rcode;
		type = be16(s, (unsigned)r);
		off = (unsigned)r + 4;
		if (!has(s, off, 1))
			return rcode;
		if (type == T_OPT)
			return rcode | u8(s, off) << 4;
		off += 4;
		if (!has(s, off, 2))
			return rcode;
		off += 2 + be16(s, off);
		if (off >= s->cap)
			return rcode;
	}
	return rcode;
}

static bool response_print(const struct dns *s, unsigned flags, unsigned qd,
			   unsigned an, unsigned ns, unsigned ar)
{
	unsigned off = DNS_HDRLEN, i;
	int r;

	out_fmt("%u%s", be16(s, 0), ns_ops[(flags >> 11) & 15]);
	rcode_print(rcode_find(s, qd, an + ns, ar, flags & 15));
	out_fmt("%s%s%s%s", flags & 0x0400 ? "*" : "",
		flags & 0x0080 ? "" : "-", flags & 0x0200 ? "|" : "",
		flags & 0x0020 ? "$" : "");
	if (qd != 1)
		out_fmt(" [%uq]", qd);
	for (i = 0; i < qd; i++) {
		if (i)
			out_char(',');
		if (s->d->vflag > 1) {
			out_str(" q:");
			if ((r = qprint(s, off)) == BAD)
				return false;
		} else {
			if ((r = dns_name_skip(s, off)) == BAD)
				return false;
			r += 4;
		}
		off = (unsigned)r;
	}
	out_fmt(" %u/%u/%u", an, ns, ar);
	if (!section_print(s, &off, an, ""))
		return false;
	if (s->d->vflag > 1 &&
	    (!section_print(s, &off, ns, " ns:") ||
	     !section_print(s, &off, ar, " ar:")))
		return false;
	return true;
}

static bool query_print(const struct dns *s, unsigned flags, unsigned qd,
			unsigned an, unsigned ns, unsigned ar)
{
	unsigned off = DNS_HDRLEN, b2 = be16(s, 2);
	int r;

	out_fmt("%u%s%s%s", be16(s, 0), ns_ops[(flags >> 11) & 15],
		flags & 0x0100 ? "+" : "", flags & 0x0010 ? "%" : "");
	if (b2 & 0x6cf)
		out_fmt(" [b2&3=0x%x]", b2);
	if (((flags >> 11) & 15) == IQUERY) {
		if (qd)
			out_fmt(" [%uq]", qd);
		if (an != 1)
			out_fmt(" [%ua]", an);
	} else {
		if (an)
			out_fmt(" [%ua]", an);
		if (qd != 1)
			out_fmt(" [%uq]", qd);
	}
	if (ns)
		out_fmt(" [%un]", ns);
	if (ar)
		out_fmt(" [%uau]", ar);
	if (qd) {
		if ((r = qprint(s, off)) == BAD)
			return false;
		off = (unsigned)r;
		qd--;
		while (off < s->cap && qd) {
			if ((r = qprint(s, off)) == BAD)
				return false;
			off = (unsigned)r;
			qd--;
		}
	}
	if (qd)
		return false;
	if (s->d->vflag > 1 &&
	    (!section_print(s, &off, an, "") ||
	     !section_print(s, &off, ns, " ns:") ||
	     !section_print(s, &off, ar, " ar:")))
		return false;
	return true;
}

static void dns_print(struct dctx *d, struct cursor c, unsigned len,
		      bool over_tcp, bool mdns)
{
	struct dns s = { d, c, 0, 0, mdns };
	unsigned flags, qd, an, ns, ar;
	bool ok;

	if (over_tcp) {
		if (len < 2) {
			out_fmt(" [DNS over TCP: length %u < 2]", len);
			decode_invalid(d);
			return;
		}
		len -= 2;
		if (!cur_has(&c, 2)) {
			decode_trunc_cut(d, "domain");
			return;
		}
		if (cur_peek(&c, 0) << 8 | cur_peek(&c, 1)) {
			unsigned prefix = cur_peek(&c, 0) << 8 | cur_peek(&c, 1);

			if (prefix != len) {
				out_fmt(" [prefix length(%u) != length(%u)]",
					prefix, len);
				decode_invalid(d);
				return;
			}
		} else if (len) {
			out_fmt(" [prefix length(0) != length(%u)]", len);
			decode_invalid(d);
			return;
		}
		cur_skip(&c, 2);
		s.m = c;
		out_char(' ');
	}
	s.cap = (unsigned)cur_left(&s.m);
	if (len < DNS_HDRLEN) {
		out_fmt("domain [length %u < %u]", len, DNS_HDRLEN);
		decode_invalid(d);
		return;
	}
	if (!has(&s, 0, DNS_HDRLEN)) {
		decode_trunc(d, "domain");
		return;
	}
	flags = be16(&s, 2);
	qd = be16(&s, 4);
	an = be16(&s, 6);
	ns = be16(&s, 8);
	ar = be16(&s, 10);
	if (flags & 0x8000)
		ok = response_print(&s, flags, qd, an, ns, ar);
	else
		ok = query_print(&s, flags, qd, an, ns, ar);
	if (!ok) {
		decode_trunc(d, "domain");
		return;
	}
	out_fmt(" (%u)", len);
}

void domain_print(struct dctx *d, struct cursor c, unsigned len, bool over_tcp)
{
	dns_print(d, c, len, over_tcp, false);
}

DECODE_PORT(UDP, 20, 5353, 5353, PORT_EITHER, mdns_print)

void mdns_print(struct dctx *d, struct cursor c, unsigned len,
		const struct l4info *l4 DECODE_UNUSED)
{
	dns_print(d, c, len, false, true);
}

DECODE_PORT(UDP, 10, 53, 53, PORT_EITHER, domain_app_print)
DECODE_PORT(TCP, 150, 53, 53, PORT_EITHER, domain_app_print)
DECODE_PT("domain", UDP, domain_app_print)
DECODE_PT("domain", TCP, domain_app_print)

void domain_app_print(struct dctx *d, struct cursor c, unsigned len,
		      const struct l4info *l4)
{
	domain_print(d, c, len, l4->proto == IPP_TCP);
}

void dns_type_print(unsigned type)
{
	tok_print(ns_type2str, type, "Type%u");
}

void dns_class_print(unsigned class)
{
	tok_print(ns_class2str, class, "Class%u");
}
