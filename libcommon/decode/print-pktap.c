/* print-pktap.c - Apple's PKTAP headers (DLT_PKTAP; as libpcap on Linux
 * reads them, also link type 149, DLT_USER2, macOS's own number).
 *
 *   | header length | record type | DLT | interface name (24) | flags |
 *   | protocol family | ll header len | ll trailer len | pid | command (20) |
 *   | service class | if type | if unit | epid | effective command (20) |
 *   all little-endian, 108 bytes at least, then the frame
 * Output as tcpdump 4.99 print-pktap.c: the frame goes to the printer of
 * the header's link type; a link type without one gets the header line
 * and a hex dump.
 */
#include <pcap/pcap.h>

#include "decode.h"
#include "out.h"
#include "table.h"

enum { PKTAP_HDRLEN = 108, REC_NONE = 0, REC_PACKET = 1 };

DECODE_DLT(DLT_PKTAP, pktap_if_print)
DECODE_DLT(DLT_USER2, pktap_if_print)

/* The -e header: link type by libpcap's name, header length. */
static void pktap_header_print(struct dctx *d, struct cursor h, unsigned len)
{
	unsigned hlen = cur_le32(&h), dlt;
	const char *name;

	cur_skip(&h, 4);
	dlt = cur_le32(&h);
	name = pcap_datalink_val_to_name((int)dlt);
	if (!name)
		name = "UNKNOWN";
	if (!d->qflag)
		out_fmt("DLT %s (%u) len %u", name, dlt, hlen);
	else
		out_str(name);
	out_fmt(", length %u: ", len);
}

/* The header's length, 0 when it is unusable (its marker printed). */
static unsigned pktap_hdr_len(struct dctx *d, struct cursor c, unsigned len)
{
	struct cursor h = c;
	unsigned hlen;

	if (len < PKTAP_HDRLEN) {
		out_fmt(" (packet too short, %u < %u)", len, PKTAP_HDRLEN);
		decode_invalid(d);
		return 0;
	}
	if (!cur_has(&c, 12)) {
		decode_trunc_cut(d, "pktap");
		return 0;
	}
	hlen = cur_le32(&h);
	if (hlen < PKTAP_HDRLEN) {
		out_fmt(" (pkt_len too small, %u < %u)", hlen, PKTAP_HDRLEN);
		decode_invalid(d);
		return 0;
	}
	if (hlen > len) {
		out_fmt(" (pkt_len too big, %u > %u)", hlen, len);
		decode_invalid(d);
		return 0;
	}
	if (!cur_has(&c, hlen)) {
		decode_trunc_cut(d, "pktap");
		return 0;
	}
	return hlen;
}

/* Returns what tcpdump counts as the link header: the PKTAP length
 * plus twice what the frame's printer counts. */
unsigned pktap_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct cursor h = c, c0 = c;
	unsigned hlen = pktap_hdr_len(d, c, len), dlt;
	decode_link_proto *fn;

	if (!hlen)
		return 0;
	if (d->eflag)
		pktap_header_print(d, c0, len);
	cur_skip(&c, hlen);
	len -= hlen;
	cur_skip(&h, 4);
	switch (cur_le32(&h)) {
	case REC_NONE:
		out_str("no data");
		break;
	case REC_PACKET:
		dlt = cur_le32(&h);
		fn = decode_dlt_lookup((int)dlt);
		if (fn)
			return hlen + 2 * fn(d, c, len);
		if (!d->eflag)
			pktap_header_print(d, c0, len + hlen);
		if (!d->xflag && !d->Xflag && !d->qflag)
			decode_hex_ascii(c, (unsigned)cur_left(&c), 0);
		break;
	}
	return hlen;
}
