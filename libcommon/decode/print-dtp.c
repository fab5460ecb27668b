/* print-dtp.c - Cisco Dynamic Trunking Protocol (SNAP, OUI Cisco, pid
 * 0x2004).
 *
 *   | version | TLVs: | type (2) | length (2, with the header) | value |
 * Output as tcpdump 4.99 print-dtp.c.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

static const struct tok dtp_tlv_values[] = {
	{ 1, "Domain" },
	{ 2, "Status" },
	{ 3, "DTP type" },
	{ 4, "Neighbor" },
	{ 0, NULL }
};

/* One TLV's value; false: invalid or cut (*cut says which). */
static bool dtp_value(struct dctx *d, struct cursor c, unsigned off,
		      unsigned type, unsigned len, bool *cut)
{
	uint8_t mac[6];
	unsigned i;

	*cut = false;
	switch (type) {
	case 1:
		out_str(", ");
		for (i = 4; i < len; i++) {
			if (!cur_has(&c, off + i + 1)) {
				*cut = true;
				return false;
			}
			if (!cur_peek(&c, off + i))
				break;
			decode_char(cur_peek(&c, off + i));
		}
		return true;
	case 2:
	case 3:
		if (len != 5)
			return false;
		*cut = !cur_has(&c, off + 5);
		if (!*cut)
			out_fmt(", 0x%x", cur_peek(&c, off + 4));
		return !*cut;
	case 4:
		if (len != 10)
			return false;
		*cut = !cur_has(&c, off + 10);
		if (*cut)
			return false;
		for (i = 0; i < 6; i++)
			mac[i] = cur_peek(&c, off + 4 + i);
		out_str(", ");
		decode_etheraddr(d, mac);
		return true;
	}
	*cut = !cur_has(&c, off + len);
	return !*cut;
}

DECODE_KEY(SNAP, 0x0c2004, dtp_print)

void dtp_print(struct dctx *d, struct cursor c, unsigned length)
{
	unsigned off = 1, type, len;
	bool cut = false;

	if (length < 1) {
		out_str("[zero packet length]");
		goto invalid;
	}
	if (!cur_has(&c, 1))
		goto trunc;
	out_fmt("DTPv%u, length %u", cur_peek(&c, 0), length);
	if (!d->vflag)
		return;
	while (off < length) {
		if (length - off < 4) {
			out_fmt("[%u bytes remaining]", length - off);
			goto invalid;
		}
		if (!cur_has(&c, off + 4))
			goto trunc;
		type = cur_peek_be16(&c, off);
		len = cur_peek_be16(&c, off + 2);
		if (type == 0)
			return;
		out_str("\n\t");
		tok_print(dtp_tlv_values, type, "Unknown");
		out_fmt(" (0x%04x) TLV, length %u", type, len);
		if (len < 4 || len > length - off) {
			out_fmt("[invalid TLV length %u]", len);
			goto invalid;
		}
		if (!dtp_value(d, c, off, type, len, &cut))
			goto invalid;
		off += len;
	}
	return;
invalid:
	if (cut)
		goto trunc;
	out_str(" (invalid)");
	if (cur_has(&c, length))
		return;
trunc:
	decode_trunc_cut(d, "dtp");
}
