/* print-vqp.c - Cisco VLAN Query Protocol (UDP port 1589).
 *
 *   | version | type | error code | items | sequence (4) |
 *   objects: | type (4) | length (2) | value |
 * Output as tcpdump 4.99 print-vqp.c; a read past the capture ends the
 * packet with [|vqp].
 */
#include "decode.h"
#include "out.h"
#include "table.h"

enum { VQP_HDR_LEN = 8, VQP_OBJ_HDR_LEN = 6 };

static const struct tok vqp_msg_type_values[] = {
	{ 0x01, "Request, Join Port" },
	{ 0x02, "Response, VLAN" },
	{ 0x03, "Request, Reconfirm" },
	{ 0x04, "Response, Reconfirm" },
	{ 0, NULL }
};

static const struct tok vqp_error_code_values[] = {
	{ 0x00, "No error" },
	{ 0x03, "Access denied" },
	{ 0x04, "Shutdown port" },
	{ 0x05, "Wrong VTP domain" },
	{ 0, NULL }
};

static const struct tok vqp_obj_values[] = {
	{ 0x0c01, "Client IP Address" },
	{ 0x0c02, "Port Name" },
	{ 0x0c03, "VLAN Name" },
	{ 0x0c04, "VTP Domain" },
	{ 0x0c05, "Ethernet Packet" },
	{ 0x0c06, "MAC Null" },
	{ 0x0c08, "MAC Address" },
	{ 0, NULL }
};

/* An object's value, all of it captured; false: invalid. */
static bool obj_value(struct dctx *d, struct cursor v, unsigned type,
		      unsigned len)
{
	uint8_t a[6];
	unsigned i;

	switch (type) {
	case 0x0c01:
		if (len != 4)
			return false;
		cur_bytes(&v, a, 4);
		decode_ip4addr(d, a);
		out_fmt(" (0x%08x)", (unsigned)a[0] << 24 | a[1] << 16 |
			a[2] << 8 | a[3]);
		return true;
	case 0x0c02: case 0x0c03: case 0x0c04: case 0x0c05:
		for (i = 0; i < len && cur_peek(&v, i); i++)
			decode_char(cur_peek(&v, i));
		return true;
	case 0x0c06: case 0x0c08:
		if (len != 6)
			return false;
		cur_bytes(&v, a, 6);
		decode_etheraddr(d, a);
		return true;
	}
	if (d->vflag <= 1)
		decode_hex_ident(v, len, "\n\t    ");
	return true;
}

static void header_print(struct cursor c, unsigned len, bool verbose)
{
	unsigned err = cur_peek(&c, 2);

	out_str(verbose ? "\n\tVQPv1, " : "VQPv1 ");
	tok_print(vqp_msg_type_values, cur_peek(&c, 1), "unknown (%u)");
	out_str(" Message, error-code ");
	tok_print(vqp_error_code_values, err, "unknown");
	out_fmt(" (%u)", err);
	if (verbose)
		out_fmt(", seq 0x%08x, items %u", cur_peek_be32(&c, 4),
			cur_peek(&c, 3));
	out_fmt(", length %u", len);
}

DECODE_PORT(UDP, 350, 1589, 1589, PORT_EITHER, vqp_print)

void vqp_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct l4info *l4 DECODE_UNUSED)
{
	unsigned items, tlen, type, olen;

	if (!cur_has(&c, VQP_HDR_LEN))
		goto trunc;
	if (len < VQP_HDR_LEN)
		goto invalid;
	if (cur_peek(&c, 0) != 1) {
		out_fmt("VQP version %u packet not supported", cur_peek(&c, 0));
		return;
	}
	header_print(c, len, d->vflag > 0);
	if (!d->vflag)
		return;
	items = cur_peek(&c, 3);
	cur_skip(&c, VQP_HDR_LEN);
	tlen = len - VQP_HDR_LEN;
	for (; items && tlen; items--) {
		if (!cur_has(&c, VQP_OBJ_HDR_LEN))
			goto trunc;
		if (tlen < VQP_OBJ_HDR_LEN)
			goto invalid;
		type = cur_be32(&c);
		olen = cur_be16(&c);
		tlen -= VQP_OBJ_HDR_LEN;
		out_str("\n\t  ");
		tok_print(vqp_obj_values, type, "Unknown");
		out_fmt(" Object (0x%08x), length %u, value: ", type, olen);
		if (type == 0 || olen == 0)
			return;
		if (!cur_has(&c, olen))
			goto trunc;
		if (olen > tlen || !obj_value(d, cur_sub(&c, olen), type, olen))
			goto invalid;
		tlen -= olen;
	}
	return;
invalid:
	decode_invalid(d);
	return;
trunc:
	decode_trunc_cut(d, "vqp");
}
