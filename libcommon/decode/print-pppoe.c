/* print-pppoe.c - PPP over Ethernet (RFC 2516): discovery packets with
 * their tags, session packets with the PPP frame they carry.
 *
 *   | ver:4 type:4 | code | session id (2) | length (2) | payload |
 *   tags: | type (2) | length (2) | value |
 * Output as tcpdump 4.99 print-pppoe.c.
 */
#include <pcap/dlt.h>

#include "decode.h"
#include "encap.h"
#include "out.h"
#include "table.h"

DECODE_DLT(DLT_PPP_ETHER, pppoe_if_print)
DECODE_KEY(ETHERTYPE, 0x8863, pppoe_print)
DECODE_KEY(ETHERTYPE, 0x8864, pppoe_print)

enum { PPPOE_HDRLEN = 6, PPPOE_PADI = 0x09, MAXTAGPRINT = 80 };

static const struct tok pppoecode_values[] = {
	{ 0x09, "PADI" }, { 0x07, "PADO" }, { 0x19, "PADR" },
	{ 0x65, "PADS" }, { 0xa7, "PADT" }, { 0, "" },
	{ 0, NULL }
};

static const struct tok pppoetag_values[] = {
	{ 0, "EOL" }, { 0x0101, "Service-Name" }, { 0x0102, "AC-Name" },
	{ 0x0103, "Host-Uniq" }, { 0x0104, "AC-Cookie" },
	{ 0x0105, "Vendor-Specific" }, { 0x0110, "Relay-Session-ID" },
	{ 0x0120, "PPP-Max-Payload" }, { 0x0201, "Service-Name-Error" },
	{ 0x0202, "AC-System-Error" }, { 0x0203, "Generic-Error" },
	{ 0, NULL }
};

/* One tag: its name, then quoted text when the value is mostly
 * printable, else hex; false where the value leaves the capture (then,
 * as tcpdump, whose scan reads all of it, nothing of the tag is
 * printed). */
static bool tag_print(unsigned type, struct cursor v, unsigned len)
{
	char s[MAXTAGPRINT];
	unsigned n = 0, ascii = 0, i;
	struct cursor h = v;

	if (!cur_has(&v, len))
		return false;
	for (i = 0; i < len && n < MAXTAGPRINT - 1; i++) {
		uint8_t ch = cur_u8(&v);

		if (ch >= 0x20 && ch < 0x7f) {
			s[n++] = (char)ch;
			ascii++;
		} else {
			s[n++] = '.';
		}
	}
	out_str(" [");
	tok_print(pppoetag_values, type, "TAG-0x%x");
	if (ascii > n - ascii) {
		out_str(" \"");
		out_mem(s, n);
		out_str("\"]");
		return true;
	}
	out_str(" 0x");
	for (i = 0; i < len; i++)
		out_fmt("%02X", cur_u8(&h));
	out_char(']');
	return true;
}

static void pppoe_tags_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned type = 0xffff, tlen, off = 0;

	while (type && off < len) {
		type = cur_be16(&c);
		tlen = cur_be16(&c);
		if (cur_short(&c))
			goto cut;
		off += 4;
		if (!tlen) {
			out_str(" [");
			tok_print(pppoetag_values, type, "TAG-0x%x");
			out_char(']');
			continue;
		}
		if (!tag_print(type, c, tlen))
			goto cut;
		cur_skip(&c, tlen);
		off += tlen;
	}
	return;
cut:
	decode_trunc_cut(d, "pppoe");
}

void pppoe_print(struct dctx *d, struct cursor c, unsigned length)
{
	unsigned vt, code, ses, plen;

	if (length < PPPOE_HDRLEN) {
		out_fmt(" (length %u < %u)", length, PPPOE_HDRLEN);
		decode_invalid(d);
		return;
	}
	length -= PPPOE_HDRLEN;
	vt = cur_u8(&c);
	code = cur_u8(&c);
	ses = cur_be16(&c);
	plen = cur_be16(&c);
	if (cur_short(&c)) {
		decode_trunc_cut(d, "pppoe");
		return;
	}
	if (vt >> 4 != 1)
		out_fmt(" [ver %u]", vt >> 4);
	if ((vt & 0x0f) != 1)
		out_fmt(" [type %u]", vt & 0x0f);
	out_str("PPPoE ");
	tok_print(pppoecode_values, code, "PAD-%x");
	if (code == PPPOE_PADI && plen > 1484 - PPPOE_HDRLEN)
		out_fmt(" [len %u!]", plen);
	if (plen > length) {
		out_fmt(" [len %u > %u!]", plen, length);
		plen = length;
	}
	if (ses)
		out_fmt(" [ses 0x%x]", ses);
	if (code) {
		pppoe_tags_print(d, c, plen);
		return;
	}
	out_char(' ');
	ppp_print(d, c, plen);
}

unsigned pppoe_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	pppoe_print(d, c, len);
	return PPPOE_HDRLEN;
}
