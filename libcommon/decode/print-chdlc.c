/* print-chdlc.c - Cisco HDLC and its keepalive protocol SLARP.
 *
 *   | address (0x0f unicast, 0x8f broadcast) | control | type (2) | ...
 *   SLARP: | code (4) | address, mask or myseq, yourseq, reliability |
 *          [ uptime in ms (4) ]
 * Output as tcpdump 4.99 print-chdlc.c.
 */
#include <pcap/dlt.h>

#include "decode.h"
#include "encap.h"
#include "out.h"
#include "table.h"

DECODE_DLT(DLT_C_HDLC, chdlc_if_print)

enum {
	CHDLC_HDRLEN = 4,
	CHDLC_TYPE_SLARP = 0x8035,
	SLARP_MIN_LEN = 14,
	SLARP_MAX_LEN = 18,
};

static const struct tok chdlc_cast_values[] = {
	{ 0x0f, "unicast" }, { 0x8f, "bcast" },
	{ 0, NULL }
};

static void slarp_keepalive_print(struct dctx *d, struct cursor c,
				  unsigned length)
{
	unsigned mine = cur_be32(&c), yours = cur_be32(&c);
	unsigned rel = cur_be16(&c), sec, min, hrs, days;

	out_fmt("keepalive: mineseen=0x%08x, yourseen=0x%08x, "
		"reliability=0x%04x", mine, yours, rel);
	if (length < SLARP_MAX_LEN)
		return;
	sec = cur_be32(&c) / 1000;
	if (cur_short(&c)) {
		decode_trunc_cut(d, "chdlc_slarp");
		return;
	}
	min = sec / 60;
	sec -= min * 60;
	hrs = min / 60;
	min -= hrs * 60;
	days = hrs / 24;
	hrs -= days * 24;
	out_fmt(", link uptime=%ud%uh%um%us", days, hrs, min, sec);
}

static void slarp_print(struct dctx *d, struct cursor c, unsigned length)
{
	struct cursor body = c;
	unsigned code;
	uint8_t a[4], m[4];

	out_fmt("SLARP (length: %u), ", length);
	if (length < SLARP_MIN_LEN || !cur_has(&c, SLARP_MIN_LEN)) {
		decode_trunc(d, "chdlc_slarp");
		return;
	}
	code = cur_be32(&c);
	switch (code) {
	case 0:
		out_str("request");
		break;
	case 1:
		cur_bytes(&c, a, 4);
		cur_bytes(&c, m, 4);
		out_str("reply ");
		decode_ip4addr(d, a);
		out_char('/');
		decode_ip4addr(d, m);
		break;
	case 2:
		slarp_keepalive_print(d, c, length);
		if (d->stop)
			return;
		break;
	default:
		out_fmt("0x%02x unknown", code);
		if (d->vflag <= 1)
			decode_hex_ident(c, length - 4, "\n\t");
		break;
	}
	if (SLARP_MAX_LEN < length && d->vflag)
		out_fmt(", (trailing junk: %u bytes)", length - SLARP_MAX_LEN);
	if (d->vflag > 1) {
		/* tcpdump's dump starts 4 bytes after where it stopped
		 * reading: past the uptime of a keepalive that has one */
		cur_skip(&body, code == 2 && length >= SLARP_MAX_LEN ? 18 : 4);
		decode_hex_ident(body, length - 4, "\n\t");
	}
}

/* OSI PDUs, with or without a padding byte before the NLPID. */
static void chdlc_iso_print(struct dctx *d, struct cursor c, unsigned length)
{
	unsigned b;

	if (!cur_has(&c, 2)) {
		decode_trunc_cut(d, "chdlc");
		return;
	}
	b = cur_peek(&c, 1);
	if (b == 0x81 || b == 0x82 || b == 0x83) {
		cur_skip(&c, 1);
		length--;
	}
	encap_osi_print(d, c, length);
}

unsigned chdlc_print(struct dctx *d, struct cursor c, unsigned length)
{
	unsigned addr, proto, caplen = (unsigned)cur_left(&c);

	/* a frame shorter than its header is cut, and not dumped */
	if (length < CHDLC_HDRLEN)
		goto trunc;
	addr = cur_u8(&c);
	cur_skip(&c, 1);
	proto = cur_be16(&c);
	if (cur_short(&c)) {
		decode_trunc_cut(d, "chdlc");
		return caplen;
	}
	if (d->eflag) {
		tok_print(chdlc_cast_values, addr, "0x%02x");
		out_str(", ethertype ");
		out_str(ethertype_name(proto) ? ethertype_name(proto) : "Unknown");
		out_fmt(" (0x%04x), length %u: ", proto, length);
	}
	length -= CHDLC_HDRLEN;
	switch (proto) {
	case 0x0800:
		ip_print(d, c, length);
		break;
	case 0x86dd:
		ip6_print(d, c, length);
		break;
	case CHDLC_TYPE_SLARP:
		slarp_print(d, c, length);
		break;
	case 0x8847:
	case 0x8848:
		mpls_print(d, c, length);
		break;
	case 0xfefe:
		if (length < 2)
			goto trunc;
		chdlc_iso_print(d, c, length);
		break;
	default:
		if (!d->eflag)
			out_fmt("unknown CHDLC protocol (0x%04x)", proto);
		break;
	}
	return CHDLC_HDRLEN;
trunc:
	decode_trunc(d, "chdlc");
	return caplen;
}

unsigned chdlc_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	return chdlc_print(d, c, len);
}
