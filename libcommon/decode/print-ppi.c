/* print-ppi.c - CACE Per-Packet Information headers (DLT_PPI).
 *
 *   | version | flags | length (LE) | DLT (LE) | fields ... | frame |
 *   length covers the 8 fixed bytes and the fields (type, length, data)
 * The PPI Header Specification 1.0.10 (CACE Technologies). Output as
 * tcpdump 4.99 print-ppi.c: the fields are skipped, the frame goes to the
 * printer of the header's link type (802.11 as a rule), and a link type
 * without one gets the header line and a hex dump.
 */
#include <pcap/pcap.h>

#include "decode.h"
#include "out.h"
#include "table.h"

enum {
	PPI_HDRLEN = 8,
	PPI_MAXLEN = 65532,	/* spec 3.1.3 */
};

DECODE_DLT(DLT_PPI, ppi_if_print)

/* The -e header: version, link type by libpcap's name, length. */
static void ppi_header_print(struct dctx *d, struct cursor h, unsigned len)
{
	unsigned version = cur_u8(&h), hlen, dlt;
	const char *name;

	cur_skip(&h, 1);
	hlen = cur_le16(&h);
	dlt = cur_le32(&h);
	name = pcap_datalink_val_to_name((int)dlt);
	if (!name)
		name = "UNKNOWN";
	if (!d->qflag)
		out_fmt("V.%u DLT %s (%u) len %u", version, name, dlt, hlen);
	else
		out_str(name);
	out_fmt(", length %u: ", len);
}

/* Returns what tcpdump counts as the link header: the PPI length plus
 * twice the inner printer's (its printer adds its own to the count,
 * then the PPI printer adds that count again), and the whole capture
 * when the PPI header itself is unusable. */
unsigned ppi_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct cursor h = c;
	unsigned caplen = (unsigned)cur_left(&c), hlen, dlt;
	decode_link_proto *fn;

	if (caplen < PPI_HDRLEN) {
		decode_trunc(d, "ppi");
		return caplen;
	}
	cur_skip(&c, 2);
	hlen = cur_le16(&c);
	dlt = cur_le32(&c);
	if (hlen < PPI_HDRLEN || hlen > PPI_MAXLEN) {
		out_fmt(" [length %u < %u or > %u]", hlen, PPI_HDRLEN,
			PPI_MAXLEN);
		decode_invalid(d);
		return caplen;
	}
	if (caplen < hlen) {
		decode_trunc(d, "ppi");
		return caplen;
	}
	if (d->eflag)
		ppi_header_print(d, h, len);
	c = h;
	cur_skip(&c, hlen);
	fn = decode_dlt_lookup((int)dlt);
	if (fn)
		return hlen + 2 * fn(d, c, len - hlen);
	if (!d->eflag)
		ppi_header_print(d, h, len);
	if (!d->xflag && !d->Xflag && !d->qflag)
		decode_hex_ascii(c, caplen - hlen, 0);
	return hlen;
}
