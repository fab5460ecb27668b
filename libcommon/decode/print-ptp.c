/* print-ptp.c - PTP, the Precision Time Protocol (IEEE 1588-2008), over
 * UDP (ports 319, 320) and Ethernet (0x88f7).
 *
 *   | ts/type | ver | length | domain | rsvd | flags | correction (8) |
 *   | rsvd (4) | clock identity (8) | port | sequence | control | log |
 *   then a body by message type (timestamps, port identities, announce)
 * Output as tcpdump 4.99 print-ptp.c: version 1 is not decoded; a management message repeats
 * its first octet in each of its four fields, as tcpdump does.
 */
#include <inttypes.h>

#include "decode.h"
#include "out.h"
#include "table.h"

enum { PTP_HDRLEN = 0x22 };
enum { M_SYNC = 0, M_DELAY_REQ = 1, M_PDELAY_REQ = 2, M_PDELAY_RESP = 3,
       M_FOLLOW_UP = 8, M_DELAY_RESP = 9, M_PDELAY_RESP_FUP = 10,
       M_ANNOUNCE = 11, M_SIGNALLING = 12, M_MANAGEMENT = 13 };

static const struct tok msgtypes[] = {
	{ 0x0, "sync msg" }, { 0x1, "delay req msg" },
	{ 0x2, "peer delay req msg" }, { 0x3, "peer delay resp msg" },
	{ 0x8, "follow up msg" }, { 0x9, "delay resp msg" },
	{ 0xa, "pdelay resp fup msg" }, { 0xb, "announce msg" },
	{ 0xc, "signalling msg" }, { 0xd, "management msg" },
	{ 0, NULL }
};

static const struct tok controls[] = {
	{ 0, "Sync" }, { 1, "Delay_Req" }, { 2, "Follow_Up" },
	{ 3, "Delay_Resp" }, { 4, "Management" }, { 5, "Other" },
	{ 0, NULL }
};

static const struct tok flag_names[] = {
	{ 0x1, "l1 61" }, { 0x2, "l1 59" }, { 0x4, "utc reasonable" },
	{ 0x8, "timescale" }, { 0x10, "time tracable" },
	{ 0x20, "frequency tracable" }, { 0x100, "alternate master" },
	{ 0x200, "two step" }, { 0x400, "unicast" },
	{ 0x1000, "profile specific 1" }, { 0x2000, "profile specific 2" },
	{ 0x4000, "security mask" }, { 0x18c0, "unknown" },
	{ 0, NULL }
};

static const char *name_or(const struct tok *t, unsigned v, const char *none)
{
	const char *s = tok_str(t, v);

	return s ? s : none;
}

/* Each reader returns false (having printed the marker) when cut. */
static bool need(struct dctx *d, struct cursor *c, unsigned n)
{
	if (cur_has(c, n))
		return true;
	decode_trunc_cut(d, "ptp");
	return false;
}

/* An n-octet big-endian field printed with fmt (which takes a uint64_t). */
static bool field(struct dctx *d, struct cursor *c, unsigned n,
		  const char *fmt)
{
	uint64_t v = 0;

	if (!need(d, c, n))
		return false;
	while (n--)
		v = v << 8 | cur_u8(c);
	out_fmt(fmt, v);
	return true;
}

static bool timestamp_print(struct dctx *d, struct cursor *c, const char *name,
			    bool comma)
{
	uint64_t secs;

	out_fmt(", %s :", name);
	if (!need(d, c, 6))
		return false;
	secs = (uint64_t)cur_be16(c) << 32;
	secs |= cur_be32(c);
	out_fmt(" %" PRIu64 " seconds%s", secs, comma ? "," : "");
	if (!need(d, c, 4))
		return false;
	out_fmt(" %u nanoseconds", cur_be32(c));
	return true;
}

static bool port_identity_print(struct dctx *d, struct cursor *c)
{
	if (!need(d, c, 8))
		return false;
	out_fmt(", port identity : 0x%" PRIx64, cur_be64(c));
	if (!need(d, c, 2))
		return false;
	out_fmt(", port id : %u", cur_be16(c));
	return true;
}

static void announce_print(struct dctx *d, struct cursor *c)
{
	if (!timestamp_print(d, c, "originTimeStamp", false) || !need(d, c, 2))
		return;
	out_fmt(", origin cur utc :%u", cur_be16(c));
	(void)(field(d, c, 1, ", rsvd : %" PRIu64) &&
	       field(d, c, 1, ", gm priority_1 : %" PRIu64) &&
	       field(d, c, 1, ", gm clock class : %" PRIu64) &&
	       field(d, c, 1, ", gm clock accuracy : %" PRIu64) &&
	       field(d, c, 2, ", gm clock variance : %" PRIu64) &&
	       field(d, c, 1, ", gm priority_2 : %" PRIu64) &&
	       field(d, c, 8, ", gm clock id : 0x%" PRIx64) &&
	       field(d, c, 2, ", steps removed : %" PRIu64) &&
	       field(d, c, 1, ", time source : 0x%" PRIx64));
}

static void management_print(struct dctx *d, struct cursor *c)
{
	struct cursor body = *c;
	unsigned b;

	if (!port_identity_print(d, c))
		return;
	b = cur_peek(&body, 0);
	out_fmt(", , start boundary hops  %u, , boundary hops  %u", b, b);
	out_fmt(", , flags  0x%x, , reserved  0x%x", b, b);
}

static void body_print(struct dctx *d, struct cursor *c, unsigned type)
{
	switch (type) {
	case M_SYNC: case M_DELAY_REQ:
		timestamp_print(d, c, "originTimeStamp", true);
		break;
	case M_FOLLOW_UP:
		timestamp_print(d, c, "preciseOriginTimeStamp", true);
		break;
	case M_PDELAY_REQ: case M_PDELAY_RESP_FUP:
		if (timestamp_print(d, c, "preciseOriginTimeStamp", true))
			port_identity_print(d, c);
		break;
	case M_PDELAY_RESP: case M_DELAY_RESP:
		if (timestamp_print(d, c, "receiveTimeStamp", true))
			port_identity_print(d, c);
		break;
	case M_ANNOUNCE:
		announce_print(d, c);
		break;
	case M_SIGNALLING:
		port_identity_print(d, c);
		break;
	case M_MANAGEMENT:
		management_print(d, c);
		break;
	}
}

/* The flag names whose bits are all set (the "unknown" entry has
 * several). */
static void flags_print(unsigned flags)
{
	const struct tok *t;
	const char *sep = "";

	out_str(", Flags [");
	for (t = flag_names; t->s; t++) {
		if ((flags & t->v) == t->v) {
			out_str(sep);
			out_str(t->s);
			sep = ", ";
		}
	}
	out_str(*sep ? "]" : "none]");
}

static void ptp2_print(struct dctx *d, struct cursor c)
{
	unsigned b0, type;

	b0 = cur_u8(&c);
	type = b0 & 0xf;
	out_fmt(", v1 compat : %s", b0 & 0x10 ? "yes" : "no");
	out_fmt(", msg type : %s", name_or(msgtypes, type, "Reserved"));
	cur_skip(&c, 1);
	/* domain and reserved1 are checked as one */
	if (!field(d, &c, 2, ", length : %" PRIu64) || !need(d, &c, 2))
		return;
	out_fmt(", domain : %u", cur_u8(&c));
	out_fmt(", reserved1 : %u", cur_u8(&c));
	if (!need(d, &c, 2))
		return;
	flags_print(cur_be16(&c));
	if (!field(d, &c, 6, ", NS correction : %" PRIu64) ||
	    !field(d, &c, 2, ", sub NS correction : %" PRIu64) ||
	    !field(d, &c, 4, ", reserved2 : %" PRIu64) ||
	    !field(d, &c, 8, ", clock identity : 0x%" PRIx64) ||
	    !field(d, &c, 2, ", port id : %" PRIu64) ||
	    !field(d, &c, 2, ", seq id : %" PRIu64) || !need(d, &c, 1))
		return;
	b0 = cur_u8(&c);
	out_fmt(", control : %u (%s)", b0, name_or(controls, b0, "Reserved"));
	if (field(d, &c, 1, ", log message interval : %" PRIu64))
		body_print(d, &c, type);
}

static void ptp_common(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned vers;

	if (len < PTP_HDRLEN) {
		out_fmt(" [length %u < %u]", len, PTP_HDRLEN);
		decode_invalid(d);
		return;
	}
	if (!need(d, &c, 2))
		return;
	vers = cur_peek(&c, 1);
	out_fmt("PTPv%u", vers);
	if (vers == 1)
		out_str(" (not implemented)");
	else if (vers == 2)
		ptp2_print(d, c);
}

DECODE_PORT(UDP, 515, 319, 320, PORT_EITHER, ptp_udp_print)
DECODE_PT("ptp", UDP, ptp_udp_print)

void ptp_udp_print(struct dctx *d, struct cursor c, unsigned len,
		   const struct l4info *l4 DECODE_UNUSED)
{
	ptp_common(d, c, len);
}

DECODE_KEY(ETHERTYPE, 0x88f7, ptp_print)

void ptp_print(struct dctx *d, struct cursor c, unsigned len)
{
	ptp_common(d, c, len);
}
