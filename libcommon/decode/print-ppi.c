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

/* The length of the PPI header at c, its link type in *dlt; 0 when the
 * header is unusable (its marker printed). */
static unsigned ppi_hdr_len(struct dctx *d, struct cursor c, unsigned *dlt)
{
	unsigned hlen;

	if (!cur_has(&c, PPI_HDRLEN)) {
		decode_trunc(d, "ppi");
		return 0;
	}
	cur_skip(&c, 2);
	hlen = cur_le16(&c);
	*dlt = cur_le32(&c);
	if (hlen < PPI_HDRLEN || hlen > PPI_MAXLEN) {
		out_fmt(" [length %u < %u or > %u]", hlen, PPI_HDRLEN,
			PPI_MAXLEN);
		decode_invalid(d);
		return 0;
	}
	if (!cur_has(&c, hlen - PPI_HDRLEN)) {
		decode_trunc(d, "ppi");
		return 0;
	}
	return hlen;
}

/* PPI inside PPI is a loop, not a recursion, so that a capture of
 * nested headers cannot exhaust the stack. Returns what tcpdump counts
 * as the link header: at each level the PPI length plus twice what the
 * level inside counts (the inner printer adds its own to the count,
 * then the PPI printer adds that count again); an unusable header
 * counts all that is left of the capture. */
unsigned ppi_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned total = 0, mult = 1, hlen, dlt;
	decode_link_proto *fn;
	struct cursor h;

	for (;; mult *= 2) {
		h = c;
		hlen = ppi_hdr_len(d, c, &dlt);
		if (!hlen)
			return total + mult * (unsigned)cur_left(&c);
		if (d->eflag)
			ppi_header_print(d, h, len);
		cur_skip(&c, hlen);
		len -= hlen;
		total += mult * hlen;
		if (dlt != DLT_PPI)
			break;
	}
	fn = decode_dlt_lookup((int)dlt);
	if (fn)
		return total + 2 * mult * fn(d, c, len);
	if (!d->eflag)
		ppi_header_print(d, h, len + hlen);
	if (!d->xflag && !d->Xflag && !d->qflag)
		decode_hex_ascii(c, (unsigned)cur_left(&c), 0);
	return total;
}
