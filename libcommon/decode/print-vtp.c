/* print-vtp.c - Cisco VLAN Trunking Protocol (SNAP, OUI Cisco, pid
 * 0x2003).
 *
 *   | version | code | followers/seq | domain len | domain (32) | ...
 *   summary: | config rev | updater | timestamp (12) | MD5 (16) |
 *   subset:  | config rev | VLAN infos: | len | status | type | name len |
 *            | vlan id | MTU | SAID | name (padded to 4) | TLVs |
 * Output as tcpdump 4.99 print-vtp.c; a read past the capture ends the
 * packet with [|vtp].
 */
#include "decode.h"
#include "out.h"
#include "table.h"

enum {
	VTP_HEADER_LEN = 36,
	VTP_VLAN_FIXED_LEN = 12,
	VTP_SUMMARY_ADV = 1,
	VTP_SUBSET_ADV = 2,
	VTP_ADV_REQUEST = 3,
};

static const struct tok vtp_message_type_values[] = {
	{ 1, "Summary advertisement" },
	{ 2, "Subset advertisement" },
	{ 3, "Advertisement request" },
	{ 4, "Join message" },
	{ 0, NULL }
};

static const struct tok vtp_header_values[] = {
	{ 1, "Followers" },
	{ 2, "Seq number" },
	{ 3, "Rsvd" },
	{ 4, "Rsvd" },
	{ 0, NULL }
};

static const struct tok vtp_vlan_type_values[] = {
	{ 1, "Ethernet" },
	{ 2, "FDDI" },
	{ 3, "TrCRF" },
	{ 4, "FDDI-net" },
	{ 5, "TrBRF" },
	{ 0, NULL }
};

static const struct tok vtp_vlan_status[] = {
	{ 0, "Operational" },
	{ 1, "Suspended" },
	{ 0, NULL }
};

static const struct tok vtp_vlan_tlv_values[] = {
	{ 1, "Source-Routing Ring Number TLV" },
	{ 2, "Source-Routing Bridge Number TLV" },
	{ 3, "STP type TLV" },
	{ 4, "Parent VLAN TLV" },
	{ 5, "Translationally bridged VLANs TLV" },
	{ 6, "Pruning TLV" },
	{ 7, "Bridge Type TLV" },
	{ 8, "Max ARP Hop Count TLV" },
	{ 9, "Max STE Hop Count TLV" },
	{ 10, "Backup CRF Mode TLV" },
	{ 0, NULL }
};

static const struct tok vtp_stp_type_values[] = {
	{ 1, "SRT" },
	{ 2, "SRB" },
	{ 3, "Auto" },
	{ 0, NULL }
};

/* How a part ended: on, invalid, or past the capture. */
enum vtp_res { VTP_OK, VTP_INVALID, VTP_TRUNC };

/* nd_printjnp: up to n bytes, to a NUL; false if the capture ends
 * before either. */
static bool name_print(struct cursor c, unsigned off, unsigned n)
{
	unsigned i;

	for (i = 0; i < n; i++) {
		if (!cur_has(&c, off + i + 1))
			return false;
		if (!cur_peek(&c, off + i))
			break;
		decode_char(cur_peek(&c, off + i));
	}
	return true;
}

static enum vtp_res summary_print(struct dctx *d, struct cursor c)
{
	uint8_t ip[4];
	unsigned i;

	if (!cur_has(&c, VTP_HEADER_LEN + 8))
		return VTP_TRUNC;
	for (i = 0; i < 4; i++)
		ip[i] = cur_peek(&c, VTP_HEADER_LEN + 4 + i);
	out_fmt("\n\t  Config Rev %x, Updater ",
		cur_peek_be32(&c, VTP_HEADER_LEN));
	decode_ip4addr(d, ip);
	if (!cur_has(&c, VTP_HEADER_LEN + 20))
		return VTP_TRUNC;
	out_fmt(", Timestamp 0x%08x 0x%08x 0x%08x",
		cur_peek_be32(&c, VTP_HEADER_LEN + 8),
		cur_peek_be32(&c, VTP_HEADER_LEN + 12),
		cur_peek_be32(&c, VTP_HEADER_LEN + 16));
	if (!cur_has(&c, VTP_HEADER_LEN + 36))
		return VTP_TRUNC;
	out_str(", MD5 digest: ");
	for (i = 0; i < 4; i++)
		out_hex(cur_peek_be32(&c, VTP_HEADER_LEN + 20 + 4 * i), 8);
	return VTP_OK;
}

static void tlv_value_print(struct cursor c, unsigned off, unsigned type)
{
	unsigned v = cur_peek_be16(&c, off + 2);

	switch (type) {
	case 9:
		out_fmt(", %u", v);
		return;
	case 6:
		out_fmt(", %s (%u)", v == 1 ? "Enabled" : "Disabled", v);
		return;
	case 3:
		out_str(", ");
		tok_print(vtp_stp_type_values, v, "Unknown");
		out_fmt(" (%u)", v);
		return;
	case 7:
		out_fmt(", %s (%u)", v == 1 ? "SRB" : "SRT", v);
		return;
	case 10:
		out_fmt(", %s (%u)", v == 1 ? "Backup" : "Not backup", v);
		return;
	}
	cur_skip(&c, off);
	decode_hex_ident(c, 4, "\n\t\t  ");
}

/* The TLVs after a VLAN's name: len bytes from off. */
static enum vtp_res vlan_tlvs_print(struct cursor c, unsigned off,
				    unsigned len)
{
	unsigned type, tlen;

	while (len > 0) {
		if (len < 2)
			return VTP_INVALID;
		if (!cur_has(&c, off + 2))
			return VTP_TRUNC;
		type = cur_peek(&c, off);
		tlen = cur_peek(&c, off + 1);
		out_str("\n\t\t");
		tok_print(vtp_vlan_tlv_values, type, "Unknown");
		out_fmt(" (0x%04x) TLV", type);
		if (len < tlen * 2 + 2) {
			out_str(" (TLV goes past the end of the packet)");
			return VTP_INVALID;
		}
		if (!cur_has(&c, off + tlen * 2 + 2))
			return VTP_TRUNC;
		if (tlen != 1) {
			out_fmt(" [TLV length %u != 1]", tlen);
			return VTP_INVALID;
		}
		tlv_value_print(c, off, type);
		len -= 4;
		off += 4;
	}
	return VTP_OK;
}

static enum vtp_res vlan_print(struct cursor c, unsigned off, unsigned len)
{
	unsigned name_len, pad;

	if (!cur_has(&c, off + len))
		return VTP_TRUNC;
	if (len < VTP_VLAN_FIXED_LEN)
		return VTP_INVALID;
	out_str("\n\tVLAN info status ");
	tok_print(vtp_vlan_status, cur_peek(&c, off + 1), "Unknown");
	out_str(", type ");
	tok_print(vtp_vlan_type_values, cur_peek(&c, off + 2), "Unknown");
	out_fmt(", VLAN-id %u, MTU %u, SAID 0x%08x, Name ",
		cur_peek_be16(&c, off + 4), cur_peek_be16(&c, off + 6),
		cur_peek_be32(&c, off + 8));
	name_len = cur_peek(&c, off + 3);
	len -= VTP_VLAN_FIXED_LEN;
	off += VTP_VLAN_FIXED_LEN;
	pad = 4 * ((name_len + 3) / 4);
	if (len < pad)
		return VTP_INVALID;
	if (!name_print(c, off, name_len))
		return VTP_TRUNC;
	return vlan_tlvs_print(c, off + pad, len - pad);
}

static enum vtp_res subset_print(struct cursor c, unsigned length)
{
	unsigned off = VTP_HEADER_LEN + 4, len;
	enum vtp_res r;

	if (!cur_has(&c, off))
		return VTP_TRUNC;
	out_fmt(", Config Rev %x", cur_peek_be32(&c, VTP_HEADER_LEN));
	while (off < length) {
		if (!cur_has(&c, off + 1))
			return VTP_TRUNC;
		len = cur_peek(&c, off);
		if (len == 0)
			break;
		r = vlan_print(c, off, len);
		if (r != VTP_OK)
			return r;
		off += len;
	}
	return VTP_OK;
}

static enum vtp_res body_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned type = cur_peek(&c, 1), n = cur_peek(&c, 3);

	out_str("\n\tDomain name: ");
	if (n < 1 || n > 32) {
		out_fmt(" [invalid MgmtD Len %u]", n);
		return VTP_INVALID;
	}
	if (!name_print(c, 4, n))
		return VTP_TRUNC;
	out_str(", ");
	tok_print(vtp_header_values, type, "Unknown");
	out_fmt(": %u", cur_peek(&c, 2));
	switch (type) {
	case VTP_SUMMARY_ADV:
		return summary_print(d, c);
	case VTP_SUBSET_ADV:
		return subset_print(c, len);
	case VTP_ADV_REQUEST:
		if (!cur_has(&c, VTP_HEADER_LEN + 4))
			return VTP_TRUNC;
		out_fmt("\n\tStart value: %u", cur_peek_be32(&c, VTP_HEADER_LEN));
	}
	return VTP_OK;
}

DECODE_KEY(SNAP, 0x0c2003, vtp_print)

void vtp_print(struct dctx *d, struct cursor c, unsigned len)
{
	enum vtp_res r = VTP_INVALID;
	unsigned type;

	if (len >= VTP_HEADER_LEN) {
		if (!cur_has(&c, VTP_HEADER_LEN)) {
			decode_trunc_cut(d, "vtp");
			return;
		}
		type = cur_peek(&c, 1);
		out_fmt("VTPv%u, Message ", cur_peek(&c, 0));
		tok_print(vtp_message_type_values, type, "Unknown message type");
		out_fmt(" (0x%02x), length %u", type, len);
		if (!d->vflag)
			r = VTP_OK;
		else if ((r = body_print(d, c, len)) == VTP_OK)
			return;
	}
	if (r == VTP_INVALID)
		out_str(" (invalid)");
	if (r == VTP_TRUNC || !cur_has(&c, len))
		decode_trunc_cut(d, "vtp");
}
