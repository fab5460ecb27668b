/* print-tcp.c - TCP (RFC 9293) with options (RFC 7323 wscale/TS,
 * RFC 2018 SACK, RFC 7413 TFO), relative sequence numbers per connection
 * like tcpdump, checksums at -v.
 *
 *   |          Source Port          |       Destination Port        |
 *   |                        Sequence Number                        |
 *   |                    Acknowledgment Number                      |
 *   |  Data |       |C|E|U|A|P|R|S|F|                               |
 *   | Offset| Rsrvd |W|C|R|C|S|S|Y|I|            Window             |
 *   |           Checksum            |         Urgent Pointer        |
 * Output as tcpdump 4.99 print-tcp.c.
 */
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "ip.h"
#include "out.h"
#include "table.h"
#include "tcp.h"

DECODE_KEY(IPPROTO, 6, tcp_print)
#include "xfuncs.h"

enum {
	TH_FIN = 0x01, TH_SYN = 0x02, TH_RST = 0x04, TH_PUSH = 0x08,
	TH_ACK = 0x10, TH_URG = 0x20, TH_ECE = 0x40, TH_CWR = 0x80,
	TCP_HDRLEN = 20,
	SEQ_SLOTS = 919,
};

static const struct tok tcp_flag_values[] = {
	{ TH_FIN, "F" },
	{ TH_SYN, "S" },
	{ TH_RST, "R" },
	{ TH_PUSH, "P" },
	{ TH_ACK, "." },
	{ TH_URG, "U" },
	{ TH_ECE, "E" },
	{ TH_CWR, "W" },
	{ 0, NULL }
};

/* ---- relative sequence numbers: one entry per connection, keyed in a
 * fixed order of the two ends so both directions find it */

struct seq_entry {
	struct seq_entry *next;
	int version;
	uint8_t src[16], dst[16];
	uint32_t ports;
	uint32_t seq, ack;
};

struct tcp_seq_table {
	struct seq_entry *slot[SEQ_SLOTS];
};

void tcp_seq_free(struct tcp_seq_table *t)
{
	unsigned i;

	if (!t)
		return;
	for (i = 0; i < SEQ_SLOTS; i++) {
		struct seq_entry *e = t->slot[i], *n;

		for (; e; e = n) {
			n = e->next;
			free(e);
		}
	}
	free(t);
}

/* Make seq/ack relative; returns the bases in bseq and back, and whether the
 * packet runs in the reverse of the key's direction. */
static bool tcp_seq_relative(struct dctx *d, const struct ipinfo *ip,
			     unsigned sport, unsigned dport, unsigned flags,
			     uint32_t *seq, uint32_t *ack, uint32_t *bseq,
			     uint32_t *back)
{
	unsigned alen = ip->version == 6 ? 16 : 4;
	struct seq_entry key = { 0 }, *e;
	bool rev = false;
	int cmp = memcmp(ip->src, ip->dst, alen);

	if (sport > dport || (sport == dport && cmp > 0))
		rev = true;
	key.version = ip->version;
	if (rev) {
		memcpy(key.src, ip->dst, alen);
		memcpy(key.dst, ip->src, alen);
		key.ports = dport << 16 | sport;
	} else {
		memcpy(key.src, ip->src, alen);
		memcpy(key.dst, ip->dst, alen);
		key.ports = sport << 16 | dport;
	}
	if (!d->tcp)
		d->tcp = xzalloc(sizeof(*d->tcp));
	for (e = d->tcp->slot[key.ports % SEQ_SLOTS]; e; e = e->next)
		if (e->version == key.version && e->ports == key.ports &&
		    !memcmp(e->src, key.src, 16) && !memcmp(e->dst, key.dst, 16))
			break;
	if (!e || (flags & TH_SYN)) {
		if (!e) {
			e = xmalloc(sizeof(*e));
			*e = key;
			e->next = d->tcp->slot[key.ports % SEQ_SLOTS];
			d->tcp->slot[key.ports % SEQ_SLOTS] = e;
		}
		if (rev) {
			e->ack = *seq;
			e->seq = *ack - 1;
		} else {
			e->seq = *seq;
			e->ack = *ack - 1;
		}
	} else if (rev) {
		*seq -= e->ack;
		*ack -= e->seq;
	} else {
		*seq -= e->seq;
		*ack -= e->ack;
	}
	*bseq = e->seq;
	*back = e->ack;
	return rev;
}

static void tcp_addrs(struct dctx *d, const struct ipinfo *ip,
		      unsigned sport, unsigned dport)
{
	if (ip->hdr_nh == IPP_TCP) {
		decode_ipaddr(d, ip->version, ip->src);
		out_char('.');
		decode_port(d, sport, false);
		out_str(" > ");
		decode_ipaddr(d, ip->version, ip->dst);
		out_char('.');
		decode_port(d, dport, false);
		out_str(": ");
	} else {
		decode_port(d, sport, false);
		out_str(" > ");
		decode_port(d, dport, false);
		out_str(": ");
	}
}

static void tcp_cksum_print(struct cursor tcp, unsigned len,
			    const struct ipinfo *ip)
{
	unsigned sum, field;

	if (!cur_has(&tcp, len))
		return;
	field = cur_peek(&tcp, 16) << 8 | cur_peek(&tcp, 17);
	sum = decode_cksum(tcp, len, decode_pseudo_sum(ip, len, IPP_TCP));
	out_str(", cksum 0x");
	out_hex(field, 4);
	if (sum) {
		out_str(" (incorrect -> 0x");
		out_hex(decode_cksum_shouldbe(field, sum), 4);
		out_char(')');
	} else {
		out_str(" (correct)");
	}
}

void tcp_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct ipinfo *ip)
{
	struct cursor tcp = c;
	struct tcp_conn conn = { 0 };
	unsigned sport, dport, hlen, flags, win, urp;
	uint32_t seq, ack;

	if (!cur_has(&c, 4)) {
		decode_ipaddr(d, ip->version, ip->src);
		out_str(" > ");
		decode_ipaddr(d, ip->version, ip->dst);
		out_char(':');
		decode_trunc(d, "tcp");
		return;
	}
	sport = cur_be16(&c);
	dport = cur_be16(&c);
	decode_flow(d, ip, IPP_TCP, sport, dport);
	tcp_addrs(d, ip, sport, dport);
	if (!cur_has(&tcp, TCP_HDRLEN)) {
		decode_trunc(d, "tcp");
		return;
	}
	seq = cur_be32(&c);
	ack = cur_be32(&c);
	hlen = (cur_u8(&c) >> 4) * 4;
	flags = cur_u8(&c);
	win = cur_be16(&c);
	cur_be16(&c);
	urp = cur_be16(&c);
	if (hlen < TCP_HDRLEN) {
		out_fmt(" tcp %u [bad hdr length %u - too short, < %u]",
			len - hlen, hlen, TCP_HDRLEN);
		return;
	}
	if (d->qflag) {
		out_fmt("tcp %u", len - hlen);
		if (hlen > len)
			out_fmt(" [bad hdr length %u - too long, > %u]", hlen,
				len);
		return;
	}
	conn.flags = flags;
	conn.sport = sport;
	conn.dport = dport;
	out_str("Flags [");
	tok_bits_print(tcp_flag_values, flags, "", "none");
	out_char(']');
	if (!d->Sflag && (flags & TH_ACK))
		conn.rev = tcp_seq_relative(d, ip, sport, dport, flags, &seq,
					    &ack, &conn.seq_base,
					    &conn.ack_base);
	if (hlen > len) {
		out_fmt(" [bad hdr length %u - too long, > %u]", hlen, len);
		return;
	}
	if (d->vflag && !d->Kflag && !ip->fragmented)
		tcp_cksum_print(tcp, len, ip);
	len -= hlen;
	/* the fields of every line: no printf on this path */
	if (d->vflag > 1 || len > 0 || (flags & (TH_SYN | TH_FIN | TH_RST))) {
		out_str(", seq ");
		out_uint(seq, 0);
		if (len > 0) {
			out_char(':');
			out_uint((uint32_t)(seq + len), 0);
		}
	}
	if (flags & TH_ACK) {
		out_str(", ack ");
		out_uint(ack, 0);
	}
	out_str(", win ");
	out_uint(win, 0);
	if (flags & TH_URG) {
		out_str(", urg ");
		out_uint(urp, 0);
	}
	if (hlen > TCP_HDRLEN) {
		struct cursor opt = tcp;

		conn.whole = cur_left(&tcp) >= (size_t)hlen + len;

		/* not ended at the header's end: a bad option length is
		 * read from the payload, as tcpdump reads it */
		cur_skip(&opt, TCP_HDRLEN);
		if (tcp_options_print(d, opt, hlen - TCP_HDRLEN, &conn) < 0)
			return;
	}
	out_str(", length ");
	out_uint(len, 0);
	if (len == 0)
		return;
	if (!cur_has(&tcp, hlen)) {
		out_fmt(" [remaining caplen(%u) < header length(%u)]",
			(unsigned)cur_left(&tcp), hlen);
		decode_trunc_cut(d, "tcp");
		return;
	}
	cur_skip(&tcp, hlen);
	tcp_payload_print(d, tcp, len, &conn, ip);
}

/* " [RST data]" at -v: the first bytes of an RST's payload (RFC 1122
 * 4.2.2.12 lets it carry a diagnostic text). */
static void tcp_rst_data(struct cursor c, unsigned len)
{
	out_str(cur_has(&c, len) ? " [RST" : " [!RST");
	if (len > 30) {
		len = 30;
		out_char('+');
	}
	out_char(' ');
	while (len-- && cur_left(&c))
		decode_char(cur_u8(&c));
	out_char(']');
}

void tcp_payload_print(struct dctx *d, struct cursor c, unsigned len,
		       const struct tcp_conn *conn, const struct ipinfo *ip)
{
	struct l4info l4 = { ip, IPP_TCP, conn->sport, conn->dport, 0 };
	decode_app_proto *fn;

	if ((conn->flags & TH_RST) && d->vflag) {
		tcp_rst_data(c, len);
		return;
	}
	/* tcpdump prints nothing more for a port it has no printer for,
	 * nor for a -T type with no TCP printer */
	if (d->packettype)
		fn = decode_pt_lookup(d->packettype, DECODE_TCP);
	else
		fn = decode_port_lookup(DECODE_TCP, false, c, len, &l4);
	if (fn)
		fn(d, c, len, &l4);
}
