/* print-udp.c - UDP (RFC 768), checksums at -v.
 *
 *   |          Source Port          |       Destination Port        |
 *   |            Length             |           Checksum            |
 * Output as tcpdump 4.99 print-udp.c. Application printers by port come
 * from the UDP port table (table.h), in tcpdump's order.
 */
#include "decode.h"
#include "ip.h"
#include "out.h"
#include "table.h"

DECODE_KEY(IPPROTO, 17, udp_print)

enum { UDP_HDRLEN = 8 };

static void udp_addrs(struct dctx *d, const struct ipinfo *ip, int sport,
		      int dport)
{
	if (ip->hdr_nh == IPP_UDP) {
		decode_ipaddr(d, ip->version, ip->src);
		if (sport >= 0) {
			out_char('.');
			decode_port(d, (unsigned)sport, true);
		}
		out_str(" > ");
		decode_ipaddr(d, ip->version, ip->dst);
		if (dport >= 0) {
			out_char('.');
			decode_port(d, (unsigned)dport, true);
		}
		out_str(": ");
	} else if (sport >= 0) {
		decode_port(d, (unsigned)sport, true);
		out_str(" > ");
		decode_port(d, (unsigned)dport, true);
		out_str(": ");
	}
}

static void udp_cksum_print(struct dctx *d, struct cursor udp, unsigned len,
			    const struct ipinfo *ip)
{
	unsigned field = cur_peek(&udp, 6) << 8 | cur_peek(&udp, 7), sum;

	if (ip->version == 4 && d->vflag < 2)
		return;
	if (ip->version == 4 && field == 0) {
		out_str("[no cksum] ");
		return;
	}
	if (!cur_has(&udp, len))
		return;
	sum = decode_cksum(udp, len, decode_pseudo_sum(ip, len, IPP_UDP));
	if (sum)
		out_fmt("[bad udp cksum 0x%04x -> 0x%04x!] ", field,
			decode_cksum_shouldbe(field, sum));
	else
		out_str("[udp sum ok] ");
}

static void udp_length_print(unsigned ulen, unsigned len, bool fragmented)
{
	if (ulen > len && !fragmented)
		out_fmt("UDP, bad length %u > %u", ulen, len);
	else
		out_fmt("UDP, length %u", ulen);
}

void udp_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct ipinfo *ip)
{
	struct cursor udp = c;
	struct l4info l4 = { ip, IPP_UDP, 0, 0, 0 };
	decode_app_proto *fn;
	unsigned sport, dport, ulen;

	if (!cur_has(&c, 4)) {
		udp_addrs(d, ip, -1, -1);
		decode_trunc(d, "udp");
		return;
	}
	sport = cur_be16(&c);
	dport = cur_be16(&c);
	decode_flow(d, ip, IPP_UDP, sport, dport);
	if (len < UDP_HDRLEN) {
		udp_addrs(d, ip, (int)sport, (int)dport);
		out_fmt("truncated-udp %u", len);
		return;
	}
	if (!cur_has(&c, 2)) {
		udp_addrs(d, ip, (int)sport, (int)dport);
		decode_trunc(d, "udp");
		return;
	}
	ulen = cur_be16(&c);
	if (ulen == 0 && len > 65535)
		ulen = len;	/* RFC 2675 jumbogram */
	if (ulen < UDP_HDRLEN) {
		udp_addrs(d, ip, (int)sport, (int)dport);
		out_fmt("truncated-udplength %u", ulen);
		return;
	}
	ulen -= UDP_HDRLEN;
	len -= UDP_HDRLEN;
	if (ulen < len)
		len = ulen;
	if (!cur_has(&udp, UDP_HDRLEN)) {
		udp_addrs(d, ip, (int)sport, (int)dport);
		decode_trunc(d, "udp");
		return;
	}
	l4.sport = sport;
	l4.dport = dport;
	l4.ulen = ulen;
	if (d->packettype) {
		/* tcpdump prints nothing at all for a -T type that has no
		 * UDP printer */
		fn = decode_pt_lookup(d->packettype, DECODE_UDP);
		if (fn) {
			udp_addrs(d, ip, (int)sport, (int)dport);
			cur_skip(&udp, UDP_HDRLEN);
			fn(d, udp, len, &l4);
		}
		return;
	}
	udp_addrs(d, ip, (int)sport, (int)dport);
	cur_skip(&c, 2);	/* the checksum */
	if (!d->qflag) {
		fn = decode_port_lookup(DECODE_UDP, true, c, len, &l4);
		if (fn) {
			fn(d, c, len, &l4);
			return;
		}
	}
	if (d->vflag && !d->Kflag && !ip->fragmented)
		udp_cksum_print(d, udp, len + UDP_HDRLEN, ip);
	if (!d->qflag) {
		fn = decode_port_lookup(DECODE_UDP, false, c, len, &l4);
		if (fn) {
			fn(d, c, len, &l4);
			return;
		}
	}
	udp_length_print(ulen, len, ip->fragmented);
}
