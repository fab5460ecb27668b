/* print-mpcp.c - IEEE 802.3ah Multi-Point Control Protocol, Ethernet
 * type 0x8808.
 *
 *   | opcode (2) | timestamp (4) | opcode's fields |
 * Output as tcpdump 4.99 print-mpcp.c: every field read as printed, a
 * capture that ends inside one gives up on the packet.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

enum { OP_PAUSE = 1, OP_GATE, OP_REPORT, OP_REG_REQ, OP_REG, OP_REG_ACK };

static const struct tok opcodes[] = {
	{ OP_PAUSE, "Pause" }, { OP_GATE, "Gate" }, { OP_REPORT, "Report" },
	{ OP_REG_REQ, "Register Request" }, { OP_REG, "Register" },
	{ OP_REG_ACK, "Register ACK" },
	{ 0, NULL }
};

static const struct tok grant_flags[] = {
	{ 0x08, "Discovery" }, { 0x10, "Force Grant #1" },
	{ 0x20, "Force Grant #2" }, { 0x40, "Force Grant #3" },
	{ 0x80, "Force Grant #4" },
	{ 0, NULL }
};

static const struct tok reg_req_flags[] = {
	{ 1, "Register" }, { 3, "De-Register" },
	{ 0, NULL }
};

static const struct tok reg_flags[] = {
	{ 1, "Re-Register" }, { 2, "De-Register" }, { 3, "ACK" }, { 4, "NACK" },
	{ 0, NULL }
};

static const struct tok report_bits[] = {
	{ 0x01, "Q0" }, { 0x02, "Q1" }, { 0x04, "Q2" }, { 0x08, "Q3" },
	{ 0x10, "Q4" }, { 0x20, "Q5" }, { 0x40, "Q6" }, { 0x80, "Q7" },
	{ 0, NULL }
};

static const struct tok reg_ack_flags[] = {
	{ 0, "NACK" }, { 1, "ACK" },
	{ 0, NULL }
};

DECODE_KEY(ETHERTYPE, 0x8808, mpcp_print)

static void flags(const struct tok *t, unsigned v, const char *none)
{
	out_str(" [ ");
	tok_bits_print(t, v, ", ", none);
	out_str(" ]");
}

/* Gate grants; false when cut. */
static bool mpcp_gate(struct cursor *c)
{
	unsigned b = cur_u8(c), n, i, start;

	if (cur_short(c))
		return false;
	n = b & 7;
	out_fmt("\n\tGrant Numbers %u, Flags", n);
	flags(grant_flags, b & 0xf8, "?");
	for (i = 1; i <= n; i++) {
		start = cur_be32(c);
		b = cur_be16(c);
		if (cur_short(c))
			return false;
		out_fmt("\n\tGrant #%u, Start-Time %u ticks, duration %u ticks",
			i, start, b);
	}
	b = cur_be16(c);
	if (cur_short(c))
		return false;
	out_fmt("\n\tSync-Time %u ticks", b);
	return true;
}

/* Report queue sets; false when cut. */
static bool mpcp_report(struct cursor *c)
{
	unsigned sets = cur_u8(c), i, map, q, v;

	if (cur_short(c))
		return false;
	out_fmt("\n\tTotal Queue-Sets %u", sets);
	/* tcpdump skips the last set and numbers each by the total */
	for (i = 1; i < sets; i++) {
		map = cur_u8(c);
		if (cur_short(c))
			return false;
		out_fmt("\n\t  Queue-Set #%u, Report-Bitmap", sets);
		flags(report_bits, map, "Unknown");
		for (q = 1; map; q++, map >>= 1) {
			if (!(map & 1))
				continue;
			v = cur_be16(c);
			if (cur_short(c))
				return false;
			out_fmt("\n\t    Q%u Report, Duration %u ticks", q, v);
		}
	}
	return true;
}

/* The registration messages; false when cut. */
static bool mpcp_reg(struct cursor c, unsigned op)
{
	unsigned a, f, s;

	if (op == OP_REG_REQ) {
		if (!cur_has(&c, 2))
			return false;
		out_str("\n\tFlags");
		flags(reg_req_flags, cur_peek(&c, 0), "Reserved");
		out_fmt(", Pending-Grants %u", cur_peek(&c, 1));
	} else if (op == OP_REG) {
		if (!cur_has(&c, 6))
			return false;
		a = cur_peek_be16(&c, 0), f = cur_peek(&c, 2);
		s = cur_peek_be16(&c, 3);
		out_fmt("\n\tAssigned-Port %u, Flags", a);
		flags(reg_flags, f, "Reserved");
		out_fmt("\n\tSync-Time %u ticks, Echoed-Pending-Grants %u", s,
			cur_peek(&c, 5));
	} else {
		if (!cur_has(&c, 5))
			return false;
		out_fmt("\n\tEchoed-Assigned-Port %u, Flags",
			cur_peek_be16(&c, 1));
		flags(reg_ack_flags, cur_peek(&c, 0), "Reserved");
		out_fmt("\n\tEchoed-Sync-Time %u ticks", cur_peek_be16(&c, 3));
	}
	return true;
}

void mpcp_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct cursor all = c;
	unsigned op = cur_be16(&c);
	uint32_t ts = cur_be32(&c);
	bool ok = true;

	if (cur_short(&c)) {
		decode_trunc_cut(d, "mpcp");
		return;
	}
	out_str("MPCP, Opcode ");
	tok_print(opcodes, op, "Unknown (%u)");
	if (op != OP_PAUSE)
		out_fmt(", Timestamp %u ticks", ts);
	out_fmt(", length %u", len);
	if (!d->vflag)
		return;
	switch (op) {
	case OP_PAUSE:
		break;
	case OP_GATE:
		ok = mpcp_gate(&c);
		break;
	case OP_REPORT:
		ok = mpcp_report(&c);
		break;
	case OP_REG_REQ:
	case OP_REG:
	case OP_REG_ACK:
		ok = mpcp_reg(c, op);
		break;
	default:
		decode_hex_ident(all, len, "\n\t");
		break;
	}
	if (!ok)
		decode_trunc_cut(d, "mpcp");
}
