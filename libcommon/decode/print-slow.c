/* print-slow.c - IEEE 802.3 slow protocols (ethertype 0x8809): LACP and
 * Marker (802.3ad), OAM (802.3ah).
 *
 *   | subtype | version | TLVs: | type | length (with the header) | ...
 *   OAM: | subtype | flags (2) | code | TLVs or code data |
 * Output as tcpdump 4.99 print-slow.c; a read past the capture ends the
 * packet with [|slow].
 */
#include "decode.h"
#include "llc.h"
#include "out.h"
#include "table.h"

enum {
	SLOW_PROTO_LACP = 1,
	SLOW_PROTO_MARKER = 2,
	SLOW_PROTO_OAM = 3,
	LACP_ACTOR_LEN = 18,
	LACP_COLLECTOR_LEN = 14,
	MARKER_INFO_LEN = 14,
	OAM_INFO_LEN = 16,
	OAM_LINK_EVENT_LEN = 40,
};

static const struct tok slow_proto_values[] = {
	{ SLOW_PROTO_LACP, "LACP" },
	{ SLOW_PROTO_MARKER, "MARKER" },
	{ SLOW_PROTO_OAM, "OAM" },
	{ 0, NULL }
};

static const struct tok slow_oam_flag_values[] = {
	{ 0x0001, "Link Fault" },
	{ 0x0002, "Dying Gasp" },
	{ 0x0004, "Critical Event" },
	{ 0x0008, "Local Evaluating" },
	{ 0x0010, "Local Stable" },
	{ 0x0020, "Remote Evaluating" },
	{ 0x0040, "Remote Stable" },
	{ 0, NULL }
};

static const struct tok slow_oam_code_values[] = {
	{ 0x00, "Information" },
	{ 0x01, "Event Notification" },
	{ 0x02, "Variable Request" },
	{ 0x03, "Variable Response" },
	{ 0x04, "Loopback Control" },
	{ 0xfe, "Vendor Private" },
	{ 0, NULL }
};

static const struct tok slow_oam_info_type_values[] = {
	{ 0x00, "End of TLV marker" },
	{ 0x01, "Local" },
	{ 0x02, "Remote" },
	{ 0xfe, "Organization specific" },
	{ 0, NULL }
};

static const struct tok slow_oam_info_type_state_parser_values[] = {
	{ 0x00, "forwarding" },
	{ 0x01, "looping back" },
	{ 0x02, "discarding" },
	{ 0x03, "reserved" },
	{ 0, NULL }
};

static const struct tok slow_oam_info_type_state_mux_values[] = {
	{ 0x00, "forwarding" },
	{ 0x04, "discarding" },
	{ 0, NULL }
};

static const struct tok slow_oam_info_type_oam_config_values[] = {
	{ 0x01, "Active" },
	{ 0x02, "Unidirectional" },
	{ 0x04, "Remote-Loopback" },
	{ 0x08, "Link-Events" },
	{ 0x10, "Variable-Retrieval" },
	{ 0, NULL }
};

static const struct tok slow_oam_link_event_values[] = {
	{ 0x00, "End of TLV marker" },
	{ 0x01, "Errored Symbol Period Event" },
	{ 0x02, "Errored Frame Event" },
	{ 0x03, "Errored Frame Period Event" },
	{ 0x04, "Errored Frame Seconds Summary Event" },
	{ 0xfe, "Organization specific" },
	{ 0, NULL }
};

static const struct tok slow_oam_loopbackctrl_cmd_values[] = {
	{ 0x01, "Enable OAM Remote Loopback" },
	{ 0x02, "Disable OAM Remote Loopback" },
	{ 0, NULL }
};

static const struct tok slow_tlv_values[] = {
	{ (SLOW_PROTO_LACP << 8) + 0, "Terminator" },
	{ (SLOW_PROTO_LACP << 8) + 1, "Actor Information" },
	{ (SLOW_PROTO_LACP << 8) + 2, "Partner Information" },
	{ (SLOW_PROTO_LACP << 8) + 3, "Collector Information" },
	{ (SLOW_PROTO_MARKER << 8) + 0, "Terminator" },
	{ (SLOW_PROTO_MARKER << 8) + 1, "Marker Information" },
	{ 0, NULL }
};

static const struct tok lacp_state_values[] = {
	{ 0x01, "Activity" },
	{ 0x02, "Timeout" },
	{ 0x04, "Aggregation" },
	{ 0x08, "Synchronization" },
	{ 0x10, "Collecting" },
	{ 0x20, "Distributing" },
	{ 0x40, "Default" },
	{ 0x80, "Expired" },
	{ 0, NULL }
};

/* What stopped a walk. */
enum slow_res { SLOW_OK, SLOW_SHORT, SLOW_TRUNC };

static void mac_at(struct dctx *d, struct cursor v, unsigned off)
{
	uint8_t a[6];
	unsigned i;

	for (i = 0; i < 6; i++)
		a[i] = cur_peek(&v, off + i);
	decode_etheraddr(d, a);
}

/* A TLV's value v (captured whole) of tlen bytes; false: bad length. */
static bool lacp_value(struct dctx *d, struct cursor v, unsigned key,
		       unsigned tlen)
{
	static const unsigned char want[4] = { 0, LACP_ACTOR_LEN, LACP_ACTOR_LEN,
					       LACP_COLLECTOR_LEN };
	unsigned need = key == (SLOW_PROTO_MARKER << 8) + 1 ? MARKER_INFO_LEN
			: key >> 8 == SLOW_PROTO_LACP ? want[key & 3] : 0;

	if (tlen != need) {
		out_fmt("\n\t    ERROR: illegal length - should be %u", need + 2);
		return false;
	}
	if (key == (SLOW_PROTO_LACP << 8) + 3) {
		out_fmt("\n\t  Max Delay %u", cur_peek_be16(&v, 0));
	} else if (key >> 8 == SLOW_PROTO_LACP) {
		out_str("\n\t  System ");
		mac_at(d, v, 2);
		out_fmt(", System Priority %u, Key %u, Port %u, Port Priority %u"
			"\n\t  State Flags [", cur_peek_be16(&v, 0),
			cur_peek_be16(&v, 8), cur_peek_be16(&v, 12),
			cur_peek_be16(&v, 10));
		tok_bits_print(lacp_state_values, cur_peek(&v, 14), ", ", "none");
		out_char(']');
	} else {
		out_str("\n\t  Request System ");
		mac_at(d, v, 2);
		out_fmt(", Request Port %u, Request Transaction ID 0x%08x",
			cur_peek_be16(&v, 0), cur_peek_be32(&v, 8));
	}
	return true;
}

static bool lacp_known(unsigned key)
{
	return key == (SLOW_PROTO_LACP << 8) + 1 ||
	       key == (SLOW_PROTO_LACP << 8) + 2 ||
	       key == (SLOW_PROTO_LACP << 8) + 3 ||
	       key == (SLOW_PROTO_MARKER << 8) + 1;
}

static enum slow_res marker_lacp_print(struct dctx *d, struct cursor c,
				       unsigned len, unsigned subtype)
{
	unsigned type, tlen, key;
	struct cursor v;

	while (len > 0) {
		if (len < 2)
			return SLOW_SHORT;
		if (!cur_has(&c, 2))
			return SLOW_TRUNC;
		type = cur_peek(&c, 0);
		tlen = cur_peek(&c, 1);
		key = (subtype << 8) + type;
		out_str("\n\t");
		tok_print(slow_tlv_values, key, "Unknown");
		out_fmt(" TLV (0x%02x), length %u", type, tlen);
		if (type == 0)
			return SLOW_OK;
		if (tlen < 2) {
			out_str("\n\t    ERROR: illegal length - should be >= 2");
			return SLOW_OK;
		}
		if (len < tlen)
			return SLOW_SHORT;
		if (!cur_has(&c, tlen))
			return SLOW_TRUNC;
		v = c;
		cur_skip(&v, 2);
		if (lacp_known(key))
			lacp_value(d, v, key, tlen - 2);
		else if (d->vflag <= 1)
			decode_hex_ident(v, tlen - 2, "\n\t  ");
		if (d->vflag > 1)
			decode_hex_ident(v, tlen - 2, "\n\t  ");
		cur_skip(&c, tlen);
		len -= tlen;
	}
	return SLOW_OK;
}

static void oam_info_value(struct cursor t)
{
	unsigned state = cur_peek(&t, 5), oui;
	const char *s;

	out_fmt("\n\t    OAM-Version %u, Revision %u", cur_peek(&t, 2),
		cur_peek_be16(&t, 3));
	out_str("\n\t    State-Parser-Action ");
	tok_print(slow_oam_info_type_state_parser_values, state & 3, "Reserved");
	out_str(", State-MUX-Action ");
	tok_print(slow_oam_info_type_state_mux_values, state & 4, "Reserved");
	out_str("\n\t    OAM-Config Flags [");
	tok_bits_print(slow_oam_info_type_oam_config_values, cur_peek(&t, 6),
		       ", ", "none");
	out_fmt("], OAM-PDU-Config max-PDU size %u",
		cur_peek_be16(&t, 7) & 0x7ff);
	oui = (unsigned)cur_peek(&t, 9) << 16 | cur_peek_be16(&t, 10);
	s = oui_name(oui);
	out_fmt("\n\t    OUI %s (0x%06x), Vendor-Private 0x%08x",
		s ? s : "Unknown", oui, cur_peek_be32(&t, 12));
}

static void oam_event_value(struct cursor t)
{
	out_fmt("\n\t    Timestamp %u ms, Errored Window %llu"
		"\n\t    Errored Threshold %llu\n\t    Errors %llu"
		"\n\t    Error Running Total %llu\n\t    Event Running Total %u",
		cur_peek_be16(&t, 2) * 100,
		(unsigned long long)((uint64_t)cur_peek_be32(&t, 4) << 32 |
				     cur_peek_be32(&t, 8)),
		(unsigned long long)((uint64_t)cur_peek_be32(&t, 12) << 32 |
				     cur_peek_be32(&t, 16)),
		(unsigned long long)((uint64_t)cur_peek_be32(&t, 20) << 32 |
				     cur_peek_be32(&t, 24)),
		(unsigned long long)((uint64_t)cur_peek_be32(&t, 28) << 32 |
				     cur_peek_be32(&t, 32)),
		cur_peek_be32(&t, 36));
}

/* Information (events false) or Event Notification TLVs. */
static enum slow_res oam_tlvs(struct dctx *d, struct cursor c, unsigned len,
			      bool events)
{
	unsigned type, tlen, want = events ? OAM_LINK_EVENT_LEN : OAM_INFO_LEN;
	bool hexdump, known;

	while (len > 0) {
		if (len < 2)
			return SLOW_SHORT;
		if (!cur_has(&c, 2))
			return SLOW_TRUNC;
		type = cur_peek(&c, 0);
		tlen = cur_peek(&c, 1);
		out_str("\n\t  ");
		tok_print(events ? slow_oam_link_event_values :
				   slow_oam_info_type_values, type, "Reserved");
		out_fmt(events ? " Link Event Type (%u), length %u"
			       : " Information Type (%u), length %u", type, tlen);
		if (type == 0)
			return SLOW_OK;
		if (tlen < 2) {
			out_str("\n\t    ERROR: illegal length - should be >= 2");
			return SLOW_OK;
		}
		if (len < tlen)
			return SLOW_SHORT;
		if (!cur_has(&c, tlen))
			return SLOW_TRUNC;
		known = events ? type >= 1 && type <= 4 : type == 1 || type == 2;
		hexdump = !known;
		if (known && tlen != want) {
			out_fmt("\n\t    ERROR: illegal length - should be %u", want);
			hexdump = true;
		} else if (known) {
			if (events)
				oam_event_value(c);
			else
				oam_info_value(c);
		}
		if (d->vflag > 1 || hexdump)
			decode_hex_ident(c, tlen, "\n\t  ");
		cur_skip(&c, tlen);
		len -= tlen;
	}
	return SLOW_OK;
}

static enum slow_res oam_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned code, cmd;

	if (len < 3)
		return SLOW_SHORT;
	if (!cur_has(&c, 3))
		return SLOW_TRUNC;
	code = cur_peek(&c, 2);
	out_str("\n\tCode ");
	tok_print(slow_oam_code_values, code, "Unknown (%u)");
	out_str(" OAM PDU, Flags [");
	tok_bits_print(slow_oam_flag_values, cur_peek_be16(&c, 0), ", ", "none");
	out_char(']');
	cur_skip(&c, 3);
	len -= 3;
	switch (code) {
	case 0x00:
		return oam_tlvs(d, c, len, false);
	case 0x01:
		if (len < 2)
			return SLOW_SHORT;
		if (!cur_has(&c, 2))
			return SLOW_TRUNC;
		out_fmt("\n\t  Sequence Number %u", cur_be16(&c));
		return oam_tlvs(d, c, len - 2, true);
	case 0x04:
		if (len < 1)
			return SLOW_SHORT;
		if (!cur_has(&c, 1))
			return SLOW_TRUNC;
		cmd = cur_peek(&c, 0);
		out_str("\n\t  Command ");
		tok_print(slow_oam_loopbackctrl_cmd_values, cmd, "Unknown");
		out_fmt(" (%u)", cmd);
		return SLOW_OK;
	}
	if (d->vflag <= 1)
		decode_hex_ident(c, len, "\n\t  ");
	return SLOW_OK;
}

/* The header: false when nothing more is to be printed. */
static bool header_print(struct cursor c, unsigned len,
			 unsigned subtype)
{
	unsigned ver = cur_peek(&c, 1);

	if (subtype == SLOW_PROTO_LACP || subtype == SLOW_PROTO_MARKER) {
		if (ver != 1) {
			out_fmt("%s version %u packet not supported",
				subtype == SLOW_PROTO_LACP ? "LACP" : "MARKER",
				ver);
			return false;
		}
		out_fmt("%sv%u, length %u", subtype == SLOW_PROTO_LACP ?
			"LACP" : "MARKER", ver, len);
		return true;
	}
	tok_print(slow_proto_values, subtype, "unknown (%u)");
	out_fmt(", length %u", len);
	if (subtype != SLOW_PROTO_OAM) {
		decode_hex_ident(c, len, "\n\t");
		return false;
	}
	return true;
}

DECODE_KEY(ETHERTYPE, 0x8809, slow_print)

void slow_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned subtype;
	enum slow_res r = SLOW_SHORT;

	if (len >= 1) {
		if (!cur_has(&c, 1))
			goto trunc;
		subtype = cur_peek(&c, 0);
		if (subtype == SLOW_PROTO_LACP || subtype == SLOW_PROTO_MARKER) {
			if (len < 2)
				goto tooshort;
			if (!cur_has(&c, 2))
				goto trunc;
		}
		if (!header_print(c, len, subtype) || !d->vflag)
			return;
		if (subtype == SLOW_PROTO_OAM) {
			cur_skip(&c, 1);
			r = oam_print(d, c, len - 1);
		} else {
			cur_skip(&c, 2);
			r = marker_lacp_print(d, c, len - 2, subtype);
		}
		if (r == SLOW_TRUNC)
			goto trunc;
		if (r == SLOW_SHORT)
			out_str("\n\t\t packet is too short");
		return;
	}
tooshort:
	out_str(d->vflag ? "\n\t\t packet is too short" : " (packet is too short)");
	return;
trunc:
	decode_trunc_cut(d, "slow");
}
