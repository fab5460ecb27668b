/* util.c - what every printer shares: the per-packet frame (number,
 * timestamp, hex dumps), addresses and ports, checksums.
 * Output formats follow tcpdump 4.99's print.c, util-print.c and
 * addrtoname.c.
 */
#include <arpa/inet.h>
#include <netdb.h>
#include <pcap/pcap.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "decode.h"
#include "net.h"
#include "out.h"
#include "xfuncs.h"

const char *decode_ip4addr_str(struct dctx *d, const uint8_t *a, char *buf)
{
	char *p = buf + 16;
	int i;

	if (!d->nflag)
		return names_host(d, 4, a);
	/* dotted quad by hand: this is on every line */
	*--p = '\0';
	for (i = 3; i >= 0; i--) {
		unsigned v = a[i];

		do {
			*--p = (char)('0' + v % 10);
			v /= 10;
		} while (v);
		if (i)
			*--p = '.';
	}
	return p;
}

void decode_ip4addr(struct dctx *d, const uint8_t *a)
{
	char buf[16];

	out_str(decode_ip4addr_str(d, a, buf));
}

void decode_ip6addr(struct dctx *d, const uint8_t *a)
{
	char buf[INET6_ADDRSTRLEN];

	if (!d->nflag) {
		out_str(names_host(d, 6, a));
		return;
	}
	inet_ntop(AF_INET6, a, buf, sizeof(buf));
	out_str(buf);
}

bool decode_ip6addr_at(struct dctx *d, struct cursor c, unsigned off)
{
	uint8_t a[16];

	if (!cur_skip(&c, off) || !cur_bytes(&c, a, 16))
		return false;
	decode_ip6addr(d, a);
	return true;
}

void decode_ipaddr(struct dctx *d, int version, const uint8_t *a)
{
	if (version == 6)
		decode_ip6addr(d, a);
	else
		decode_ip4addr(d, a);
}

void decode_port(struct dctx *d, unsigned port, bool udp)
{
	const char *s = NULL;

	if (!d->nflag)
		s = names_port(d, port, udp);
	if (s)
		out_str(s);
	else
		out_uint(port, 0);
}

/* ---- checksums */

uint16_t decode_cksum(struct cursor c, unsigned len, uint32_t sum)
{
	uint64_t s = sum + cur_sum16(&c, len);

	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	return (uint16_t)~s;
}

uint32_t decode_pseudo_sum(const struct ipinfo *ip, unsigned len,
			   unsigned proto)
{
	unsigned n = ip->version == 6 ? 16 : 4, i;
	uint32_t s = 0;

	for (i = 0; i < n; i += 2) {
		s += (uint32_t)ip->src[i] << 8 | ip->src[i + 1];
		s += (uint32_t)ip->pdst[i] << 8 | ip->pdst[i + 1];
	}
	s += len >> 16;
	s += len & 0xffff;
	s += proto;
	return s;
}

/* ---- hex and ASCII dumps (util-print.c) */

static bool is_graph(unsigned c)
{
	return c > 0x20 && c < 0x7f;
}

static void hex_dump(struct cursor c, unsigned len, unsigned offset,
		     const char *ident)
{
	unsigned i = 0;

	if (len > cur_left(&c))
		len = (unsigned)cur_left(&c);
	for (; len >= 2; len -= 2) {
		if (i++ % 8 == 0) {
			out_str(ident);
			out_str("0x");
			out_hex(offset, 4);
			out_str(": ");
			offset += 16;
		}
		out_char(' ');
		out_hex(cur_u8(&c), 2);
		out_hex(cur_u8(&c), 2);
	}
	if (len) {
		if (i % 8 == 0) {
			out_str(ident);
			out_str("0x");
			out_hex(offset, 4);
			out_str(": ");
		}
		out_char(' ');
		out_hex(cur_u8(&c), 2);
	}
}

void decode_hex(struct cursor c, unsigned len, unsigned offset)
{
	hex_dump(c, len, offset, "\n\t");
}

void decode_hex_ident(struct cursor c, unsigned len, const char *ident)
{
	hex_dump(c, len, 0, ident);
}

static void hex_ascii_line(const char *ident, unsigned offset,
			   const char *hex, size_t hn, const char *asc,
			   size_t an)
{
	out_str(ident);
	out_str("0x");
	out_hex(offset, 4);
	out_str(": ");
	out_mem(hex, hn);
	for (; hn < 40; hn++)
		out_char(' ');
	out_str("  ");
	out_mem(asc, an);
}

static void hex_ascii_dump(struct cursor c, unsigned len, unsigned offset,
			   const char *ident)
{
	char hex[41], asc[17];
	size_t hn = 0, an = 0;
	static const char digits[] = "0123456789abcdef";

	if (len > cur_left(&c))
		len = (unsigned)cur_left(&c);
	while (len) {
		unsigned b = cur_u8(&c);

		if (an % 2 == 0)
			hex[hn++] = ' ';
		hex[hn++] = digits[b >> 4];
		hex[hn++] = digits[b & 15];
		asc[an++] = is_graph(b) ? (char)b : '.';
		len--;
		if (an == 16) {
			hex_ascii_line(ident, offset, hex, hn, asc, an);
			offset += 16;
			hn = an = 0;
		}
	}
	if (an)
		hex_ascii_line(ident, offset, hex, hn, asc, an);
}

void decode_hex_ascii(struct cursor c, unsigned len, unsigned offset)
{
	hex_ascii_dump(c, len, offset, "\n\t");
}

void decode_hex_ascii_ident(struct cursor c, unsigned len, const char *ident)
{
	hex_ascii_dump(c, len, 0, ident);
}

void decode_ascii(struct cursor c, unsigned len)
{
	if (len > cur_left(&c))
		len = (unsigned)cur_left(&c);
	out_char('\n');
	while (len--) {
		unsigned b = cur_u8(&c);

		if (b == '\r') {
			/* a CR before LF is not shown, nor one among the last
			 * two bytes (tcpdump's "length > 1") */
			if (len > 1 && cur_peek(&c, 0) != '\n')
				out_char('.');
		} else if (!is_graph(b) && b != '\t' && b != ' ' && b != '\n') {
			out_char('.');
		} else {
			out_char((char)b);
		}
	}
}

void decode_flow(struct dctx *d, const struct ipinfo *ip, unsigned proto,
		 unsigned sport, unsigned dport)
{
	if (!d->flow_note)
		return;
	d->flow.valid = true;
	d->flow.version = ip->version;
	d->flow.proto = (int)proto;
	memcpy(d->flow.src, ip->src, 16);
	memcpy(d->flow.dst, ip->dst, 16);
	d->flow.sport = sport;
	d->flow.dport = dport;
}

/* ---- markers */

void decode_trunc(struct dctx *d, const char *proto)
{
	out_str(" [|");
	out_str(proto);
	out_char(']');
	d->stop = true;
}

void decode_trunc_cut(struct dctx *d, const char *proto)
{
	decode_trunc(d, proto);
	d->cut = true;
}

void decode_invalid(struct dctx *d)
{
	out_str(" (invalid)");
	d->stop = true;
}

/* ---- timestamps (print.c ts_print) */

static void hms_frac(struct dctx *d, int64_t sec, int64_t frac, bool utc)
{
	struct tm tm;
	time_t t = (time_t)sec;

	/* localtime_r is the dearest call per packet: packets come many
	 * to a second, so keep the last second's text */
	/* tcpdump 4.99.3 converts no time before the epoch (a 32-bit
	 * savefile second past 2038 reads as negative) */
	if (!utc && sec < 0) {
		out_str("[Error converting time]");
		return;
	}
	if (utc || sec != d->hms_sec || !d->hms_valid) {
		if (utc ? !gmtime_r(&t, &tm) : !localtime_r(&t, &tm)) {
			out_str("[Error converting time]");
			return;
		}
		snprintf(d->hms, sizeof(d->hms), "%02d:%02d:%02d.",
			 tm.tm_hour, tm.tm_min, tm.tm_sec);
		d->hms_valid = !utc;
		d->hms_sec = sec;
		if (utc) {
			out_str(d->hms);
			d->hms_valid = false;
			out_uint((uint32_t)frac, d->nano ? 9 : 6);
			return;
		}
	}
	out_mem(d->hms, 9);
	/* tcpdump prints the savefile's 32-bit fraction field unsigned,
	 * whatever its value */
	out_uint((uint32_t)frac, d->nano ? 9 : 6);
}

static void ts_delta(struct dctx *d, int64_t sec, int64_t frac,
		     int64_t rsec, int64_t rfrac)
{
	int64_t unit = d->nano ? 1000000000 : 1000000;
	int64_t ds = sec - rsec, df = frac - rfrac;
	bool neg;

	if (df < 0 && ds > 0) {
		ds--;
		df += unit;
	} else if (df > 0 && ds < 0) {
		ds++;
		df -= unit;
	}
	neg = ds < 0 || df < 0;
	if (neg) {
		ds = -ds;
		df = -df;
	}
	out_char(neg ? '-' : ' ');
	hms_frac(d, ds, df, true);
}

static void ts_print(struct dctx *d, int64_t sec, int64_t frac)
{
	switch (d->ts) {
	case TS_NONE:
		return;
	case TS_DEFAULT:
		hms_frac(d, sec, frac, false);
		break;
	case TS_UNIX:
		out_uint((uint32_t)sec, 0);
		out_char('.');
		out_uint((uint32_t)frac, d->nano ? 9 : 6);
		break;
	case TS_DELTA:
	case TS_FIRST:
		/* tcpdump's reference time counts as unset while it is
		 * 0.000000, so a packet stamped 0 does not become it */
		if (!d->prev_sec && !d->prev_frac) {
			d->prev_sec = sec;
			d->prev_frac = frac;
		}
		ts_delta(d, sec, frac, d->prev_sec, d->prev_frac);
		if (d->ts == TS_DELTA) {
			d->prev_sec = sec;
			d->prev_frac = frac;
		}
		break;
	case TS_DATE: {
		struct tm tm;
		time_t t = (time_t)sec;

		if (sec < 0 || !localtime_r(&t, &tm)) {
			out_str("[Error converting time]");
			break;
		}
		out_uint((unsigned)tm.tm_year + 1900, 4);
		out_char('-');
		out_uint((unsigned)tm.tm_mon + 1, 2);
		out_char('-');
		out_uint((unsigned)tm.tm_mday, 2);
		out_char(' ');
		hms_frac(d, sec, frac, false);
		break;
	}
	}
	out_char(' ');
}

/* ---- the packet frame (print.c pretty_print_packet) */

void decode_init(struct dctx *d)
{
	d->count = 0;
	d->prev_sec = 0;
	d->prev_frac = 0;
}

void decode_done(struct dctx *d)
{
	tcp_seq_free(d->tcp);
	d->tcp = NULL;
	names_free(d->names);
	d->names = NULL;
	free(d->sl);
	d->sl = NULL;
}

/* pretty_print_packet's sanity checks of the record header: true (and
 * the line printed) when the record is not decoded. */
static bool invalid_header(const struct pcap_pkthdr *h)
{
	enum { MAXIMUM_SNAPLEN = 262144 };
	const char *sep = "[Invalid header:";
	bool bad = false;

	if (h->caplen == 0) {
		out_str("[Invalid header: caplen==0");
		sep = ",";
		bad = true;
	}
	if (h->len == 0 || h->len < h->caplen) {
		out_str(sep);
		if (h->len == 0)
			out_str(" len==0");
		else
			out_fmt(" len(%u) < caplen(%u)", h->len, h->caplen);
		sep = ",";
		bad = true;
	}
	if (h->caplen > MAXIMUM_SNAPLEN) {
		out_str(sep);
		out_fmt(" caplen(%u) > %u", h->caplen, MAXIMUM_SNAPLEN);
		sep = ",";
		bad = true;
	}
	if (h->len > MAXIMUM_SNAPLEN) {
		out_str(sep);
		out_fmt(" len(%u) > %u", h->len, MAXIMUM_SNAPLEN);
		bad = true;
	}
	if (bad) {
		out_char(']');
		out_eol();
	}
	return bad;
}

void decode_packet(struct dctx *d, const struct pcap_pkthdr *h,
		   const uint8_t *p, decode_link_fn fn)
{
	struct cursor c = cur_make(p, h->caplen);
	unsigned hdrlen, caplen = h->caplen;

	d->stop = false;
	d->cut = false;
	d->flow.valid = false;
	d->count++;
	if (d->number) {
		char num[16];
		int n = snprintf(num, sizeof(num), "%5u  ", (unsigned)d->count);

		out_mem(num, (size_t)n);
	}
	if (invalid_header(h))
		return;
	ts_print(d, h->ts.tv_sec, h->ts.tv_usec);
	hdrlen = fn(d, c, h->len);
	if (d->flow_note && d->flow.valid)
		d->flow_note(d);
	if (d->cut)
		hdrlen = 0;	/* tcpdump never learnt the link header size */
	if (hdrlen > caplen)
		hdrlen = caplen;
	if (d->Xflag) {
		if (d->Xflag > 1)
			decode_hex_ascii(c, caplen, 0);
		else if (caplen > hdrlen) {
			cur_skip(&c, hdrlen);
			decode_hex_ascii(c, caplen - hdrlen, 0);
		}
	} else if (d->xflag) {
		if (d->xflag > 1)
			decode_hex(c, caplen, 0);
		else if (caplen > hdrlen) {
			cur_skip(&c, hdrlen);
			decode_hex(c, caplen - hdrlen, 0);
		}
	} else if (d->Aflag) {
		if (d->Aflag > 1)
			decode_ascii(c, caplen);
		else if (caplen > hdrlen) {
			cur_skip(&c, hdrlen);
			decode_ascii(c, caplen - hdrlen);
		}
	}
	out_eol();
}

void decode_char(unsigned c)
{
	if (c & 0x80) {
		c &= 0x7f;
		out_str("M-");
	}
	if (c < 0x20 || c == 0x7f) {
		c ^= 0x40;	/* DEL to ?, the others to letters */
		out_char('^');
	}
	out_char((char)c);
}
