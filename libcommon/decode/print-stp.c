/* print-stp.c - Spanning Tree BPDUs: 802.1D STP, 802.1w RSTP, 802.1s
 * MSTP (802.1Q-2003 14), 802.1aq SPB; also Cisco's PVST over SNAP.
 *
 *   | proto id (2) | version | type | flags | root id (8) | path cost (4) |
 *   | bridge id (8) | port id | age | max age | hello | fwd delay | v1len |
 *   MSTP: | v3len | config id (51) | digest | CIST int cost | bridge | hops |
 *         MSTIs of 16 bytes; SPB: | v4len | aux config | agreement |
 * Output as tcpdump 4.99 print-stp.c; a read past the capture ends the
 * packet with " [|stp]".
 */
#include "decode.h"
#include "out.h"
#include "table.h"

enum {
	STP_PROTO_REGULAR = 0x00,
	STP_PROTO_RAPID = 0x02,
	STP_PROTO_MSTP = 0x03,
	STP_PROTO_SPB = 0x04,
	STP_BPDU_LEN = 36,		/* up to and with v1len */
	STP_BPDU_MSTP_MIN_LEN = 102,
	MST_V3LEN_OFF = 36,
	MST_NAME_OFF = 39,
	MST_DIGEST_OFF = 73,
	MST_INT_COST_OFF = 89,
	MST_BRIDGE_OFF = 93,
	MST_HOPS_OFF = 101,
	MST_MSTI_OFF = 102,
	MST_MSTI_LEN = 16,
	MST_CONFIG_INFO_LEN = 64,
	SPB_BPDU_MIN_LEN = 87,
};

static const struct tok stp_proto_values[] = {
	{ STP_PROTO_REGULAR, "802.1d" },
	{ STP_PROTO_RAPID, "802.1w" },
	{ STP_PROTO_MSTP, "802.1s" },
	{ STP_PROTO_SPB, "802.1aq" },
	{ 0, NULL }
};

static const struct tok stp_bpdu_flag_values[] = {
	{ 0x01, "Topology change" },
	{ 0x02, "Proposal" },
	{ 0x10, "Learn" },
	{ 0x20, "Forward" },
	{ 0x40, "Agreement" },
	{ 0x80, "Topology change ACK" },
	{ 0, NULL }
};

static const struct tok stp_bpdu_type_values[] = {
	{ 0x00, "Config" },
	{ 0x02, "Rapid STP" },
	{ 0x80, "Topology Change" },
	{ 0, NULL }
};

static const struct tok rstp_obj_port_role_values[] = {
	{ 0x00, "Unknown" },
	{ 0x01, "Alternate" },
	{ 0x02, "Root" },
	{ 0x03, "Designated" },
	{ 0, NULL }
};

/* Every field a line prints must be captured before any of it prints,
 * as tcpdump fetches a line's arguments before printing it. */
static bool need(struct dctx *d, struct cursor c, size_t end)
{
	if (cur_has(&c, end))
		return true;
	decode_trunc_cut(d, "stp");
	return false;
}

static void bridge_id_print(struct cursor c, size_t off)
{
	out_fmt("%02x%02x.%02x:%02x:%02x:%02x:%02x:%02x", cur_peek(&c, off),
		cur_peek(&c, off + 1), cur_peek(&c, off + 2),
		cur_peek(&c, off + 3), cur_peek(&c, off + 4),
		cur_peek(&c, off + 5), cur_peek(&c, off + 6),
		cur_peek(&c, off + 7));
}

static void time_print(unsigned v)
{
	out_fmt("%.2fs", (double)((float)v / 256));
}

static void timers_print(struct cursor c)
{
	out_str("\n\tmessage-age ");
	time_print(cur_peek_be16(&c, 27));
	out_str(", max-age ");
	time_print(cur_peek_be16(&c, 29));
	out_str(", hello-time ");
	time_print(cur_peek_be16(&c, 31));
	out_str(", forwarding-delay ");
	time_print(cur_peek_be16(&c, 33));
}

static void stp_flags_print(unsigned flags)
{
	tok_bits_print(stp_bpdu_flag_values, flags, ", ", "none");
}

static void role_print(unsigned flags)
{
	tok_print(rstp_obj_port_role_values, (flags & 0x0c) >> 2, "Unknown");
}

static void config_bpdu_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned flags;

	if (!need(d, c, 5))
		return;
	flags = cur_peek(&c, 4);
	out_str(", Flags [");
	stp_flags_print(flags);
	out_char(']');
	if (!need(d, c, 27))
		return;
	out_str(", bridge-id ");
	bridge_id_print(c, 17);
	out_fmt(".%04x, length %u", cur_peek_be16(&c, 25), len);
	if (!d->vflag)
		return;
	if (!need(d, c, 35))
		return;
	timers_print(c);
	out_str("\n\troot-id ");
	bridge_id_print(c, 5);
	out_fmt(", root-pathcost %u", cur_peek_be32(&c, 13));
	if (cur_peek(&c, 2) == STP_PROTO_RAPID) {
		out_str(", port-role ");
		role_print(flags);
	}
}

/* nd_printjnp: up to n bytes, to the first NUL. */
static void name_print(struct cursor c, size_t off, size_t n)
{
	size_t i;

	for (i = 0; i < n && cur_peek(&c, off + i); i++)
		decode_char(cur_peek(&c, off + i));
}

static void digest_print(struct cursor c, size_t off, unsigned words)
{
	unsigned i;

	for (i = 0; i < words; i++)
		out_hex(cur_peek_be32(&c, off + 4 * i), 8);
}

static bool mstp_cist_print(struct dctx *d, struct cursor c)
{
	unsigned flags = cur_peek(&c, 4);

	if (!need(d, c, 27))
		return false;
	out_str("\n\tport-role ");
	role_print(flags);
	out_str(", CIST root-id ");
	bridge_id_print(c, 5);
	out_fmt(", CIST ext-pathcost %u", cur_peek_be32(&c, 13));
	out_str("\n\tCIST regional-root-id ");
	bridge_id_print(c, 17);
	out_fmt(", CIST port-id %04x,", cur_peek_be16(&c, 25));
	if (!need(d, c, 35))
		return false;
	timers_print(c);
	if (!need(d, c, MST_V3LEN_OFF + 2))
		return false;
	out_fmt("\n\tv3len %u, MCID Name ", cur_peek_be16(&c, MST_V3LEN_OFF));
	if (!need(d, c, MST_NAME_OFF + 32))
		return false;
	name_print(c, MST_NAME_OFF, 32);
	if (!need(d, c, MST_DIGEST_OFF + 16))
		return false;
	out_fmt(", rev %u,\n\t\tdigest ", cur_peek_be16(&c, MST_NAME_OFF + 32));
	digest_print(c, MST_DIGEST_OFF, 4);
	out_str(", ");
	if (!need(d, c, MST_INT_COST_OFF + 4))
		return false;
	out_fmt("CIST int-root-pathcost %u,", cur_peek_be32(&c, MST_INT_COST_OFF));
	if (!need(d, c, MST_BRIDGE_OFF + 8))
		return false;
	out_str("\n\tCIST bridge-id ");
	bridge_id_print(c, MST_BRIDGE_OFF);
	out_str(", ");
	if (!need(d, c, MST_HOPS_OFF + 1))
		return false;
	out_fmt("CIST remaining-hops %u", cur_peek(&c, MST_HOPS_OFF));
	return true;
}

static bool msti_print(struct dctx *d, struct cursor c, size_t off)
{
	unsigned flags;

	if (!need(d, c, off + 3))
		return false;
	flags = cur_peek(&c, off);
	out_fmt("\n\tMSTI %u, Flags [", cur_peek_be16(&c, off + 1) & 0x0fff);
	stp_flags_print(flags);
	out_str("], port-role ");
	role_print(flags);
	if (!need(d, c, off + 13))
		return false;
	out_str("\n\t\tMSTI regional-root-id ");
	bridge_id_print(c, off + 1);
	out_fmt(", pathcost %u", cur_peek_be32(&c, off + 9));
	if (!need(d, c, off + 16))
		return false;
	out_fmt("\n\t\tMSTI bridge-prio %u, port-prio %u, hops %u",
		cur_peek(&c, off + 13) >> 4, cur_peek(&c, off + 14) >> 4,
		cur_peek(&c, off + 15));
	return true;
}

static void mstp_bpdu_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned v3len, left;
	size_t off;

	if (!need(d, c, 5))
		return;
	out_str(", CIST Flags [");
	stp_flags_print(cur_peek(&c, 4));
	out_fmt("], length %u", len);
	if (!d->vflag || !mstp_cist_print(d, c))
		return;
	v3len = cur_peek_be16(&c, MST_V3LEN_OFF);
	if (v3len <= MST_CONFIG_INFO_LEN)
		return;
	left = v3len - MST_CONFIG_INFO_LEN;
	for (off = MST_MSTI_OFF; left >= MST_MSTI_LEN; off += MST_MSTI_LEN) {
		if (!msti_print(d, c, off))
			return;
		left -= MST_MSTI_LEN;
	}
}

static void spb_bpdu_print(struct dctx *d, struct cursor c, size_t off)
{
	unsigned a, f, k;

	if (!d->vflag)
		return;
	if (!need(d, c, off + 2))
		return;
	out_fmt("\n\tv4len %u, AUXMCID Name ", cur_peek_be16(&c, off));
	if (!need(d, c, off + 3 + 32))
		return;
	name_print(c, off + 3, 32);
	if (!need(d, c, off + 53))
		return;
	out_fmt(", Rev %u,\n\t\tdigest ", cur_peek_be16(&c, off + 35));
	digest_print(c, off + 37, 4);
	if (!need(d, c, off + 87))
		return;
	a = cur_peek(&c, off + 53);
	f = cur_peek(&c, off + 55);
	k = cur_peek(&c, off + 56);
	out_fmt("\n\tAgreement num %u, Discarded Agreement num %u, "
		"Agreement valid-flag %u,\n\tRestricted role-flag: %u, "
		"Format id %u cap %u, Convention id %u cap %u,\n\t"
		"Edge count %u, Agreement digest ", a >> 6, a >> 4 & 3,
		a >> 3 & 1, a >> 2 & 1, f >> 4, f, k >> 4, k,
		cur_peek_be16(&c, off + 57));
	digest_print(c, off + 67, 5);
}

/* Rapid BPDUs of versions 3 and 4: MSTP, and SPB after it. */
static void mstp_spb_print(struct dctx *d, struct cursor c, unsigned len,
			   unsigned version)
{
	unsigned mstp_len, spb_len;

	if (len < STP_BPDU_MSTP_MIN_LEN) {
		decode_invalid(d);
		return;
	}
	if (!need(d, c, STP_BPDU_LEN + 1))
		return;
	if (cur_peek(&c, 35) != 0) {
		decode_invalid(d);
		return;
	}
	if (!need(d, c, MST_V3LEN_OFF + 2))
		return;
	mstp_len = cur_peek_be16(&c, MST_V3LEN_OFF) + 2u;
	if (len < STP_BPDU_LEN + mstp_len) {
		decode_invalid(d);
		return;
	}
	mstp_bpdu_print(d, c, len);
	if (d->stop || version != STP_PROTO_SPB)
		return;
	if (!need(d, c, MST_V3LEN_OFF + mstp_len + 2))
		return;
	spb_len = cur_peek_be16(&c, MST_V3LEN_OFF + mstp_len) + 2u;
	if (len < STP_BPDU_LEN + mstp_len + spb_len ||
	    spb_len < SPB_BPDU_MIN_LEN) {
		decode_invalid(d);
		return;
	}
	spb_bpdu_print(d, c, STP_BPDU_LEN + mstp_len);
}

DECODE_KEY(LLC, 0x42, stp_print)
DECODE_KEY(SNAP, 0x0c010b, stp_print)
DECODE_KEY(SNAP, 0x0c010c, stp_print)
DECODE_KEY(SNAP, 0x80c2000e, stp_print)

void stp_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned version, type;

	if (len < 4) {
		decode_invalid(d);
		return;
	}
	if (!need(d, c, 2))
		return;
	if (cur_peek_be16(&c, 0)) {
		out_fmt("unknown STP version, length %u", len);
		return;
	}
	if (!need(d, c, 3))
		return;
	version = cur_peek(&c, 2);
	out_str("STP ");
	tok_print(stp_proto_values, version, "Unknown STP protocol (0x%02x)");
	if (version > STP_PROTO_SPB || version == 1)
		return;
	if (!need(d, c, 4))
		return;
	type = cur_peek(&c, 3);
	out_str(", ");
	tok_print(stp_bpdu_type_values, type, "Unknown BPDU Type (0x%02x)");
	if (type == 0x00) {
		if (len < STP_BPDU_LEN - 1)
			decode_invalid(d);
		else
			config_bpdu_print(d, c, len);
	} else if (type == 0x02 && version == STP_PROTO_RAPID) {
		if (len < STP_BPDU_LEN)
			decode_invalid(d);
		else
			config_bpdu_print(d, c, len);
	} else if (type == 0x02 && version >= STP_PROTO_MSTP) {
		mstp_spb_print(d, c, len, version);
	}
}
