/* print-icmp.c - ICMP for IPv4 (RFC 792, RFC 1191 next-hop MTU, RFC
 * 1256 router advertisements), the quoted datagram of error messages at
 * -v, and the RFC 4884 multi-part extension's version check.
 *
 *   | Type | Code | Checksum | rest of header (4) | data ... |
 * Output as tcpdump 4.99 print-icmp.c. Like tcpdump, the message text
 * is made first and printed whole: a packet cut inside the fields it
 * needs prints only the truncation marker.
 */
#include <stdio.h>

#include "decode.h"
#include "ip.h"
#include "net.h"
#include "out.h"
#include "table.h"

enum {
	ICMP_ECHOREPLY = 0, ICMP_UNREACH = 3, ICMP_SOURCEQUENCH = 4,
	ICMP_REDIRECT = 5, ICMP_ECHO = 8, ICMP_ROUTERADVERT = 9,
	ICMP_TIMXCEED = 11, ICMP_PARAMPROB = 12, ICMP_TSTAMP = 13,
	ICMP_TSTAMPREPLY = 14, ICMP_MASKREPLY = 18,
	ICMP_EXTD_MINLEN = 136,	/* 156 minus the IP header */
};

static const struct tok icmp2str[] = {
	{ ICMP_ECHOREPLY, "echo reply" },
	{ ICMP_SOURCEQUENCH, "source quench" },
	{ ICMP_ECHO, "echo request" },
	{ 10, "router solicitation" },
	{ ICMP_TSTAMP, "time stamp request" },
	{ ICMP_TSTAMPREPLY, "time stamp reply" },
	{ 15, "information request" },
	{ 16, "information reply" },
	{ 17, "address mask request" },
	{ 0, NULL }
};

/* Codes 4.. of unreachable; %s is the quoted destination. */
static const struct tok unreach2str[] = {
	{ 5, "%s unreachable - source route failed" },
	{ 6, "net %s unreachable - unknown" },
	{ 7, "host %s unreachable - unknown" },
	{ 8, "%s unreachable - source host isolated" },
	{ 9, "net %s unreachable - admin prohibited" },
	{ 10, "host %s unreachable - admin prohibited" },
	{ 11, "net %s unreachable - tos prohibited" },
	{ 12, "host %s unreachable - tos prohibited" },
	{ 13, "host %s unreachable - admin prohibited filter" },
	{ 14, "host %s unreachable - host precedence violation" },
	{ 15, "host %s unreachable - precedence cutoff" },
	{ 0, NULL }
};

static const struct tok type2str[] = {
	{ 0, "redirect %s to net %s" },
	{ 1, "redirect %s to host %s" },
	{ 2, "redirect-tos %s to net %s" },
	{ 3, "redirect-tos %s to host %s" },
	{ 0, NULL }
};

enum { TEXT_OK = 1, TEXT_CUT = 0, TEXT_TRUNC = -1 };

/* The ICMP message, its quoted IP header at offset 8. */
struct icmp {
	struct dctx *d;
	struct cursor c;
	char a1[16], a2[16];
};

static bool has(const struct icmp *m, unsigned off, unsigned n)
{
	return cur_has(&m->c, off + n);
}

/* The address at off as text in buf; NULL if not captured. */
static const char *addr(struct icmp *m, unsigned off, char *buf)
{
	uint8_t a[4];
	unsigned i;

	if (!has(m, off, 4))
		return NULL;
	for (i = 0; i < 4; i++)
		a[i] = cur_peek(&m->c, off + i);
	return decode_ip4addr_str(m->d, a, buf);
}

/* tcpdump checks the quoted protocol (a plain marker), then reads the
 * port and the address (a cut) */
static int unreach_port(struct icmp *m, char *buf, size_t n)
{
	unsigned hlen, proto, dport;
	const char *dst, *name = NULL;

	if (!has(m, 17, 1))
		return TEXT_TRUNC;
	hlen = (cur_peek(&m->c, 8) & 15) * 4;
	if (!has(m, 8 + hlen + 2, 2) || !(dst = addr(m, 24, m->a1)))
		return TEXT_CUT;
	dport = cur_peek_be16(&m->c, 8 + hlen + 2);
	proto = cur_peek(&m->c, 17);
	if (proto == IPP_TCP || proto == IPP_UDP) {
		if (!m->d->nflag)
			name = names_port(m->d, dport, proto == IPP_UDP);
		if (name)
			snprintf(buf, n, "%s %s port %s unreachable", dst,
				 proto == IPP_TCP ? "tcp" : "udp", name);
		else
			snprintf(buf, n, "%s %s port %u unreachable", dst,
				 proto == IPP_TCP ? "tcp" : "udp", dport);
	} else {
		snprintf(buf, n, "%s protocol %u port %u unreachable", dst,
			 proto, dport);
	}
	return TEXT_OK;
}

static int unreach_text(struct icmp *m, unsigned code, char *buf, size_t n)
{
	const char *dst, *fmt;
	unsigned mtu;

	if (code == 3)
		return unreach_port(m, buf, n);
	if (!(dst = addr(m, 24, m->a1)))
		return false;
	switch (code) {
	case 0:
		snprintf(buf, n, "net %s unreachable", dst);
		break;
	case 1:
		snprintf(buf, n, "host %s unreachable", dst);
		break;
	case 2:
		if (!has(m, 17, 1))
			return false;
		snprintf(buf, n, "%s protocol %u unreachable", dst,
			 cur_peek(&m->c, 17));
		break;
	case 4:
		mtu = cur_peek_be16(&m->c, 6);
		if (mtu)
			snprintf(buf, n, "%s unreachable - need to frag (mtu %u)",
				 dst, mtu);
		else
			snprintf(buf, n, "%s unreachable - need to frag", dst);
		break;
	default:
		fmt = tok_str(unreach2str, code);
		if (fmt)
			snprintf(buf, n, fmt, dst);
		else
			snprintf(buf, n, "%s unreachable - #%u", dst, code);
		break;
	}
	return true;
}

static bool redirect_text(struct icmp *m, unsigned code, char *buf, size_t n)
{
	const char *dst, *gw, *fmt;

	if (!(dst = addr(m, 24, m->a1)) || !(gw = addr(m, 4, m->a2)))
		return false;
	fmt = tok_str(type2str, code);
	if (fmt)
		snprintf(buf, n, fmt, dst, gw);
	else
		snprintf(buf, n, "redirect-#%u %s to %s", code, dst, gw);
	return true;
}

/* Milliseconds since midnight UTC as hh:mm:ss.mmm. */
static void tstamp_str(uint32_t t, char *buf, size_t n)
{
	unsigned ms = t % 1000, sec = t / 1000, min = sec / 60, hrs;

	sec -= min * 60;
	hrs = min / 60;
	min -= hrs * 60;
	snprintf(buf, n, "%02u:%02u:%02u.%03u", hrs, min, sec, ms);
}

/* Router advertisement (RFC 1256): lifetime, count, then the
 * addresses and preferences, in tcpdump's text buffer of 164 bytes. */
static int routeradvert_text(struct icmp *m, char *buf, size_t n)
{
	unsigned num, size, life, off;
	size_t k;
	char a[16];

	if (n > 164)
		n = 164;
	if (!has(m, 4, 4))
		return TEXT_TRUNC;
	num = cur_peek(&m->c, 4);
	size = cur_peek(&m->c, 5);
	life = cur_peek_be16(&m->c, 6);
	if (life < 60)
		k = (size_t)snprintf(buf, n, "router advertisement lifetime %u",
				     life);
	else if (life < 3600)
		k = (size_t)snprintf(buf, n,
				     "router advertisement lifetime %u:%02u",
				     life / 60, life % 60);
	else
		k = (size_t)snprintf(buf, n, "router advertisement lifetime "
				     "%u:%02u:%02u", life / 3600,
				     life % 3600 / 60, life % 60);
	if (k < n)
		k += (size_t)snprintf(buf + k, n - k, " %u:", num);
	if (size != 2) {
		if (k < n)
			snprintf(buf + k, n - k, " [size %u]", size);
		return TEXT_OK;
	}
	for (off = 8; num > 0; num--, off += 8) {
		if (!has(m, off, 8))
			return TEXT_TRUNC;
		if (k < n)
			k += (size_t)snprintf(buf + k, n - k, " {%s %u}",
					      addr(m, off, a),
					      cur_peek_be32(&m->c, off + 4));
	}
	return TEXT_OK;
}

/* The text after "ICMP "; TEXT_CUT when a read went past the capture
 * (tcpdump gives up on the packet), TEXT_TRUNC when a length check
 * failed (a plain marker). */
static int icmp_text(struct icmp *m, unsigned type, unsigned code,
		     char *buf, size_t n)
{
	const char *s;

	switch (type) {
	case ICMP_ROUTERADVERT:
		return routeradvert_text(m, buf, n);
	case ICMP_TSTAMPREPLY: {
		char t[3][20];

		if (!has(m, 16, 4))
			return TEXT_TRUNC;
		tstamp_str(cur_peek_be32(&m->c, 8), t[0], sizeof(t[0]));
		tstamp_str(cur_peek_be32(&m->c, 12), t[1], sizeof(t[1]));
		tstamp_str(cur_peek_be32(&m->c, 16), t[2], sizeof(t[2]));
		snprintf(buf, n, "time stamp reply id %u seq %u: org %s, "
			 "recv %s, xmit %s", cur_peek_be16(&m->c, 4),
			 cur_peek_be16(&m->c, 6), t[0], t[1], t[2]);
		return TEXT_OK;
	}
	case ICMP_ECHO:
	case ICMP_ECHOREPLY:
		if (!has(m, 4, 4))
			return false;
		snprintf(buf, n, "echo %s, id %u, seq %u",
			 type == ICMP_ECHO ? "request" : "reply", cur_peek_be16(&m->c, 4),
			 cur_peek_be16(&m->c, 6));
		return true;
	case ICMP_UNREACH:
		return unreach_text(m, code, buf, n);
	case ICMP_REDIRECT:
		return redirect_text(m, code, buf, n);
	case ICMP_TIMXCEED:
		/* tcpdump checks the quoted destination first */
		if (!has(m, 24, 4))
			return TEXT_TRUNC;
		if (code == 0)
			snprintf(buf, n, "time exceeded in-transit");
		else if (code == 1)
			snprintf(buf, n, "ip reassembly time exceeded");
		else
			snprintf(buf, n, "time exceeded-#%u", code);
		return true;
	case ICMP_PARAMPROB:
		if (code)
			snprintf(buf, n, "parameter problem - code %u", code);
		else if (has(m, 4, 1))
			snprintf(buf, n, "parameter problem - octet %u",
				 cur_peek(&m->c, 4));
		else
			return false;
		return true;
	case ICMP_MASKREPLY:
		if (!has(m, 8, 4))
			return false;
		snprintf(buf, n, "address mask is 0x%08x", cur_peek_be32(&m->c, 8));
		return true;
	case ICMP_TSTAMP:
		if (!has(m, 4, 4))
			return false;
		snprintf(buf, n, "time stamp query id %u seq %u", cur_peek_be16(&m->c, 4),
			 cur_peek_be16(&m->c, 6));
		return true;
	default:
		s = tok_str(icmp2str, type);
		if (s)
			snprintf(buf, n, "%s", s);
		else
			snprintf(buf, n, "type-#%u", type);
		return true;
	}
}

static bool is_errtype(unsigned t)
{
	return t == ICMP_UNREACH || t == ICMP_SOURCEQUENCH ||
	       t == ICMP_REDIRECT || t == ICMP_TIMXCEED || t == ICMP_PARAMPROB;
}

static const struct tok ext_obj2str[] = {
	{ 1, "MPLS Stack Entry" },
	{ 2, "Interface Identification" },
	{ 0, NULL }
};

/* RFC 4884 extension objects after the 128 bytes of the original
 * datagram: the header (checksum when all captured), then objects;
 * MPLS label stack entries (RFC 4950) are decoded, others dumped. */
static void multipart_print(struct icmp *m, unsigned len)
{
	struct cursor ext = m->c;
	unsigned ver, hlen = len - ICMP_EXTD_MINLEN, off;

	if (!has(m, 0, 141)) {
		decode_trunc(m->d, "icmp");
		return;
	}
	cur_skip(&ext, ICMP_EXTD_MINLEN);
	if (cur_peek(&m->c, 5) == 0 && cur_has(&ext, hlen) &&
	    decode_cksum(ext, hlen, 0))
		return;
	ver = cur_peek(&ext, 0) >> 4;
	out_fmt("\n\tICMP Multi-Part extension v%u", ver);
	if (ver != 2) {
		out_str(" packet not supported");
		return;
	}
	if (cur_has(&ext, hlen))
		out_fmt(", checksum 0x%04x (%scorrect), length %u",
			cur_peek_be16(&ext, 2),
			decode_cksum(ext, hlen, 0) ? "in" : "", hlen);
	hlen -= 4;
	off = 4;
	while (hlen > 4) {
		unsigned olen, cls, ctype;

		if (!cur_has(&ext, off + 4)) {
			decode_trunc_cut(m->d, "icmp");
			return;
		}
		olen = cur_peek_be16(&ext, off);
		cls = cur_peek(&ext, off + 2);
		ctype = cur_peek(&ext, off + 3);
		off += 4;
		out_str("\n\t  ");
		tok_print(ext_obj2str, cls, "unknown");
		out_fmt(" Object (%u), Class-Type: %u, length %u", cls, ctype,
			olen);
		hlen -= 4;
		if (cls == 0 || olen < 4)
			return;
		olen -= 4;
		if (cls == 1 && ctype == 1) {
			uint32_t e;

			if (!cur_has(&ext, off + 4)) {
				decode_trunc_cut(m->d, "icmp");
				return;
			}
			e = cur_peek_be32(&ext, off);
			out_fmt("\n\t    label %u, tc %u%s, ttl %u", e >> 12,
				(e >> 9) & 7, (e & 0x100) ? ", [S]" : "",
				e & 0xff);
		} else {
			struct cursor o = ext;

			cur_skip(&o, off);
			decode_hex_ident(o, olen, "\n\t    ");
		}
		if (hlen < olen)
			break;
		hlen -= olen;
		off += olen;
	}
}

DECODE_KEY(IPPROTO, 1, icmp_print)

void icmp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct ipinfo *ip)
{
	struct icmp m = { .d = d, .c = c };

	if (ip->version != 4) {
		out_fmt("[%s requires IPv4]", "ICMP");
		decode_invalid(d);
		return;
	}
	unsigned type, code;
	char text[256];

	if (!cur_has(&c, 2)) {
		decode_trunc_cut(d, "icmp");
		return;
	}
	type = cur_peek(&c, 0);
	code = cur_peek(&c, 1);
	switch (icmp_text(&m, type, code, text, sizeof(text))) {
	case TEXT_CUT:
		decode_trunc_cut(d, "icmp");
		return;
	case TEXT_TRUNC:
		decode_trunc(d, "icmp");
		return;
	}
	out_fmt("ICMP %s, length %u", text, len);
	if (d->vflag && !ip->fragmented && cur_has(&c, len)) {
		unsigned sum = decode_cksum(c, len, 0);

		if (sum) {
			if (!has(&m, 2, 2)) {
				decode_trunc_cut(d, "icmp");
				return;
			}
			out_fmt(" (wrong icmp cksum %x (->%x)!)", cur_peek_be16(&m.c, 2),
				decode_cksum_shouldbe(cur_peek_be16(&m.c, 2), sum));
		}
	}
	if (d->vflag && is_errtype(type)) {
		struct cursor q = c;
		unsigned qlen;

		out_str("\n\t");
		cur_skip(&q, 8);
		if (!cur_has(&q, 4)) {
			decode_trunc_cut(d, "icmp");
			return;
		}
		qlen = cur_peek(&q, 2) << 8 | cur_peek(&q, 3);
		/* tcpdump ends the capture at the quoted datagram's
		 * length, then reads its version */
		if (cur_left(&q) > qlen)
			q.end = q.p + qlen;
		if (!cur_has(&q, 1)) {
			decode_trunc_cut(d, "icmp");
			return;
		}
		ip_print(d, q, qlen);
		/* a marker of the quoted packet ends that packet only,
		 * as tcpdump's ip_print returns; a cut ends all */
		if (d->cut)
			return;
		d->stop = false;
	}
	if (d->vflag && len > ICMP_EXTD_MINLEN &&
	    (type == ICMP_UNREACH || type == ICMP_TIMXCEED ||
	     type == ICMP_PARAMPROB))
		multipart_print(&m, len);
}
