/* print-udld.c - Cisco UniDirectional Link Detection (RFC 5171; SNAP,
 * OUI Cisco, pid 0x0111).
 *
 *   | version (3) opcode (5) | flags | checksum (2) | TLVs: | type (2) |
 *   length (2, with the header) | value |
 * Output as tcpdump 4.99 print-udld.c.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

static const struct tok udld_tlv_values[] = {
	{ 1, "Device-ID TLV" },
	{ 2, "Port-ID TLV" },
	{ 3, "Echo TLV" },
	{ 4, "Message Interval TLV" },
	{ 5, "Timeout Interval TLV" },
	{ 6, "Device Name TLV" },
	{ 7, "Sequence Number TLV" },
	{ 0, NULL }
};

static const struct tok udld_code_values[] = {
	{ 0, "Reserved" },
	{ 1, "Probe message" },
	{ 2, "Echo message" },
	{ 3, "Flush message" },
	{ 0, NULL }
};

static const struct tok udld_flags_bitmap_str[] = {
	{ 0x01, "RT" },
	{ 0x02, "RSY" },
	{ 0x04, "MBZ-2" },
	{ 0x08, "MBZ-3" },
	{ 0x10, "MBZ-4" },
	{ 0x20, "MBZ-5" },
	{ 0x40, "MBZ-6" },
	{ 0x80, "MBZ-7" },
	{ 0, NULL }
};

enum udld_res { UDLD_OK, UDLD_INVALID, UDLD_TRUNC };

/* Text of len bytes at off; stop_nul: to the first NUL. */
static enum udld_res text_print(struct cursor c, unsigned off, unsigned len,
				bool stop_nul)
{
	unsigned i;

	out_str(", ");
	for (i = 0; i < len; i++) {
		if (!cur_has(&c, off + i + 1))
			return UDLD_TRUNC;
		if (stop_nul && !cur_peek(&c, off + i))
			break;
		decode_char(cur_peek(&c, off + i));
	}
	return UDLD_OK;
}

static enum udld_res value_print(struct cursor c, unsigned off,
				 unsigned type, unsigned len)
{
	switch (type) {
	case 1: case 2: case 6:
		return text_print(c, off, len, true);
	case 3:
		return text_print(c, off, len, false);
	case 4: case 5:
		if (len != 1)
			return UDLD_INVALID;
		if (!cur_has(&c, off + 1))
			return UDLD_TRUNC;
		out_fmt(", %us", cur_peek(&c, off));
		return UDLD_OK;
	case 7:
		if (len != 4)
			return UDLD_INVALID;
		if (!cur_has(&c, off + 4))
			return UDLD_TRUNC;
		out_fmt(", %u", cur_peek_be32(&c, off));
		return UDLD_OK;
	}
	return cur_has(&c, off + len) ? UDLD_OK : UDLD_TRUNC;
}

static enum udld_res tlvs_print(struct cursor c, unsigned *off,
				unsigned length)
{
	unsigned type, len;
	enum udld_res r;

	while (*off < length) {
		if (length - *off < 4)
			return UDLD_INVALID;
		if (!cur_has(&c, *off + 4))
			return UDLD_TRUNC;
		type = cur_peek_be16(&c, *off);
		len = cur_peek_be16(&c, *off + 2);
		*off += 4;
		out_str("\n\t");
		tok_print(udld_tlv_values, type, "Unknown");
		out_fmt(" (0x%04x) TLV, length %u", type, len);
		if (len <= 4 || length - *off < len - 4)
			return UDLD_INVALID;
		len -= 4;
		r = value_print(c, *off, type, len);
		if (r != UDLD_OK)
			return r;
		*off += len;
	}
	return UDLD_OK;
}

DECODE_KEY(SNAP, 0x0c0111, udld_print)

void udld_print(struct dctx *d, struct cursor c, unsigned length)
{
	unsigned b, flags, off = 2;
	enum udld_res r = UDLD_INVALID;

	if (length >= 4) {
		if (!cur_has(&c, 2))
			goto trunc;
		b = cur_peek(&c, 0);
		flags = cur_peek(&c, 1);
		out_fmt("UDLDv%u, Code ", b >> 5);
		tok_print(udld_code_values, b & 0x1f, "Reserved");
		out_fmt(" (%x), Flags [", b & 0x1f);
		tok_bits_print(udld_flags_bitmap_str, flags, ", ", "none");
		out_fmt("] (0x%02x), length %u", flags, length);
		if (!d->vflag) {
			r = UDLD_OK;
		} else {
			if (!cur_has(&c, 4))
				goto trunc;
			out_fmt("\n\tChecksum 0x%04x (unverified)",
				cur_peek_be16(&c, 2));
			off = 4;
			r = tlvs_print(c, &off, length);
			if (r == UDLD_OK)
				return;
		}
	} else {
		off = 0;
	}
	if (r == UDLD_TRUNC)
		goto trunc;
	if (r == UDLD_INVALID)
		out_str(" (invalid)");
	if (cur_has(&c, length))
		return;
trunc:
	decode_trunc_cut(d, "udld");
}
