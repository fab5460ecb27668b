/* print-null.c - BSD loopback (DLT_NULL: 4-byte address family in the
 * capturing host's byte order; DLT_LOOP: in network order) and the raw
 * IP link types (DLT_RAW, DLT_IPV4, DLT_IPV6). See pcap-linktype(7).
 * Output as tcpdump 4.99 print-null.c and print-raw.c.
 */
#include <pcap/pcap.h>

#include "decode.h"
#include "out.h"
#include "table.h"

DECODE_DLT(DLT_NULL, null_if_print)
DECODE_DLT(DLT_LOOP, loop_if_print)
DECODE_DLT(DLT_RAW, raw_if_print)
DECODE_DLT(DLT_IPV4, ipv4_if_print)
DECODE_DLT(DLT_IPV6, ipv6_if_print)

enum { NULL_HDRLEN = 4 };

static const struct tok bsd_af_values[] = {
	{ 2, "IPv4" },
	{ 24, "IPv6" },
	{ 28, "IPv6" },
	{ 30, "IPv6" },
	{ 7, "OSI" },
	{ 16, "Appletalk" },
	{ 23, "IPX" },
	{ 0, NULL }
};

static void null_hdr_print(struct dctx *d, unsigned family, unsigned len)
{
	if (!d->qflag) {
		out_str("AF ");
		tok_print(bsd_af_values, family, "Unknown");
		out_fmt(" (%u)", family);
	} else {
		tok_print(bsd_af_values, family, "Unknown AF %u");
	}
	out_fmt(", length %u: ", len);
}

static unsigned bsd_loop_print(struct dctx *d, struct cursor c, unsigned len,
			       bool network_order)
{
	unsigned family;

	if (cur_left(&c) < NULL_HDRLEN) {
		decode_trunc_cut(d, "null");
		return (unsigned)cur_left(&c);
	}
	family = network_order ? cur_be32(&c) : cur_le32(&c);
	/* written on a host of the other byte order */
	if (!network_order && (family & 0xffff0000))
		family = __builtin_bswap32(family);
	if (d->eflag)
		null_hdr_print(d, family, len);
	len -= NULL_HDRLEN;
	switch (family) {
	case 2:
		ip_print(d, c, len);
		break;
	case 24:
	case 28:
	case 30:
		ip6_print(d, c, len);
		break;
	default:
		if (!d->eflag)
			null_hdr_print(d, family, len + NULL_HDRLEN);
		if (!d->xflag && !d->Xflag && !d->qflag)
			decode_hex_ascii(c, (unsigned)cur_left(&c), 0);
	}
	return NULL_HDRLEN;
}

unsigned null_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	return bsd_loop_print(d, c, len, false);
}

unsigned loop_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	return bsd_loop_print(d, c, len, true);
}

/* DLT_RAW: IPv4 or IPv6 by the version nibble. */
unsigned raw_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	if (d->eflag)
		out_str("ip: ");
	if (len < 1) {
		out_fmt("truncated-ip %u", len);
		return 0;
	}
	if (!cur_has(&c, 1)) {
		decode_trunc_cut(d, "ipn");
		return 0;
	}
	switch (cur_peek(&c, 0) >> 4) {
	case 4:
		ip_print(d, c, len);
		break;
	case 6:
		ip6_print(d, c, len);
		break;
	default:
		out_fmt("unknown ip %u", cur_peek(&c, 0) >> 4);
		break;
	}
	return 0;
}

/* DLT_IPV4 and DLT_IPV6: tcpdump 4.99 prints them as DLT_RAW, by the
 * version nibble, whatever the link type claims. */
unsigned ipv4_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	return raw_if_print(d, c, len);
}

unsigned ipv6_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	return raw_if_print(d, c, len);
}
