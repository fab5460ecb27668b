/* print-pptp.c - PPTP control connection messages (RFC 2637), TCP port
 * 1723.
 *
 *   | Length | Message type | Magic cookie | Control type | Reserved |
 *   then the fields of the control message
 * Output as tcpdump 4.99 print-pptp.c: each field as NAME(value), the
 * result and error codes named with -v. The data path (GRE) is the GRE
 * printer's.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

/* Field kinds; the low bits of a message's field list entries. */
enum { F_END, F_PROTO_VER, F_RSV1, F_RSV2, F_FRAME_CAP, F_BEARER_CAP,
       F_MAX_CHAN, F_FIRM_REV, F_HOSTNAME, F_VENDOR, F_RESULT, F_ERR,
       F_REASON, F_ID, F_CALL_ID, F_CALL_SER, F_MIN_BPS, F_MAX_BPS,
       F_BEARER_TYPE, F_FRAME_TYPE, F_RECV_WIN, F_PROC_DELAY,
       F_PHONE_LEN, F_PHONE_NO, F_SUBADDR, F_PEER_CALL_ID, F_CAUSE,
       F_CONN_SPEED, F_PHY_CHAN, F_DIALED_LEN, F_DIALING_LEN, F_DIALED,
       F_DIALING, F_CALL_STATS, F_CRC_ERR, F_FRAMING_ERR, F_HW_OVERRUN,
       F_BUF_OVERRUN, F_TIMEOUT_ERR, F_ALIGN_ERR, F_SEND_ACCM,
       F_RECV_ACCM };

/* Plain numbers: name and size, by kind (NULL: printed otherwise). */
static const struct __attribute__((packed)) {
	const char *name;
	unsigned char size;
} plain[] = {
	[F_MAX_CHAN] = { "MAX_CHAN", 2 }, [F_FIRM_REV] = { "FIRM_REV", 2 },
	[F_ID] = { "ID", 4 }, [F_CALL_ID] = { "CALL_ID", 2 },
	[F_CALL_SER] = { "CALL_SER_NUM", 2 }, [F_MIN_BPS] = { "MIN_BPS", 4 },
	[F_MAX_BPS] = { "MAX_BPS", 4 }, [F_RECV_WIN] = { "RECV_WIN", 2 },
	[F_PROC_DELAY] = { "PROC_DELAY", 2 },
	[F_PHONE_LEN] = { "PHONE_NO_LEN", 2 },
	[F_PEER_CALL_ID] = { "PEER_CALL_ID", 2 },
	[F_CAUSE] = { "CAUSE_CODE", 2 }, [F_CONN_SPEED] = { "CONN_SPEED", 4 },
	[F_PHY_CHAN] = { "PHY_CHAN_ID", 4 },
	[F_DIALED_LEN] = { "DIALED_NO_LEN", 2 },
	[F_DIALING_LEN] = { "DIALING_NO_LEN", 2 },
	[F_CRC_ERR] = { "CRC_ERR", 4 }, [F_FRAMING_ERR] = { "FRAMING_ERR", 4 },
	[F_HW_OVERRUN] = { "HARDWARE_OVERRUN", 4 },
	[F_BUF_OVERRUN] = { "BUFFER_OVERRUN", 4 },
	[F_TIMEOUT_ERR] = { "TIMEOUT_ERR", 4 }, [F_ALIGN_ERR] = { "ALIGN_ERR", 4 },
};

static const unsigned char msg_fields[16][16] = {
	[1] = { F_PROTO_VER, F_RSV2, F_FRAME_CAP, F_BEARER_CAP, F_MAX_CHAN,
		F_FIRM_REV, F_HOSTNAME, F_VENDOR },
	[2] = { F_PROTO_VER, F_RESULT, F_ERR, F_FRAME_CAP, F_BEARER_CAP,
		F_MAX_CHAN, F_FIRM_REV, F_HOSTNAME, F_VENDOR },
	[3] = { F_REASON, F_RSV1, F_RSV2 },
	[4] = { F_RESULT, F_ERR, F_RSV2 },
	[5] = { F_ID },
	[6] = { F_ID, F_RESULT, F_ERR, F_RSV2 },
	[7] = { F_CALL_ID, F_CALL_SER, F_MIN_BPS, F_MAX_BPS, F_BEARER_TYPE,
		F_FRAME_TYPE, F_RECV_WIN, F_PROC_DELAY, F_PHONE_LEN, F_RSV2,
		F_PHONE_NO, F_SUBADDR },
	[8] = { F_CALL_ID, F_PEER_CALL_ID, F_RESULT, F_ERR, F_CAUSE,
		F_CONN_SPEED, F_RECV_WIN, F_PROC_DELAY, F_PHY_CHAN },
	[9] = { F_CALL_ID, F_CALL_SER, F_BEARER_TYPE, F_PHY_CHAN,
		F_DIALED_LEN, F_DIALING_LEN, F_DIALED, F_DIALING, F_SUBADDR },
	[10] = { F_CALL_ID, F_PEER_CALL_ID, F_RESULT, F_ERR, F_RECV_WIN,
		 F_PROC_DELAY, F_RSV2 },
	[11] = { F_PEER_CALL_ID, F_RSV2, F_CONN_SPEED, F_RECV_WIN,
		 F_PROC_DELAY, F_FRAME_TYPE },
	[12] = { F_CALL_ID, F_RSV2 },
	[13] = { F_CALL_ID, F_RESULT, F_ERR, F_CAUSE, F_RSV2, F_CALL_STATS },
	[14] = { F_PEER_CALL_ID, F_RSV2, F_CRC_ERR, F_FRAMING_ERR,
		 F_HW_OVERRUN, F_BUF_OVERRUN, F_TIMEOUT_ERR, F_ALIGN_ERR },
	[15] = { F_PEER_CALL_ID, F_RSV2, F_SEND_ACCM, F_RECV_ACCM },
};

static const char *const msgtypes[16] = { "NOT_DEFINED", "SCCRQ", "SCCRP",
	"StopCCRQ", "StopCCRP", "ECHORQ", "ECHORP", "OCRQ", "OCRP", "ICRQ",
	"ICRP", "ICCN", "CCRQ", "CDN", "WEN", "SLI" };

static const struct tok btypes[] = {
	{ 1, "A" }, { 2, "D" }, { 3, "Any" }, { 0, NULL } };
static const struct tok ftypes[] = {
	{ 1, "A" }, { 2, "S" }, { 3, "E" }, { 0, NULL } };
static const struct tok errcodes[] = {
	{ 0, "None" }, { 1, "Not-Connected" }, { 2, "Bad-Format" },
	{ 3, "Bad-Value" }, { 4, "No-Resource" }, { 5, "Bad-Call-ID" },
	{ 6, "PAC-Error" }, { 0, NULL } };
static const struct tok sccrp_results[] = {
	{ 1, "Successful channel establishment" }, { 2, "General error" },
	{ 3, "Command channel already exists" },
	{ 4, "Requester is not authorized to establish a command channel" },
	{ 5, "The protocol version of the requester is not supported" },
	{ 0, NULL } };
static const struct tok echorp_results[] = {
	{ 1, "OK" }, { 2, "General Error" }, { 0, NULL } };
static const struct tok ocrp_results[] = {
	{ 1, "Connected" }, { 2, "General Error" }, { 3, "No Carrier" },
	{ 4, "Busy" }, { 5, "No Dial Tone" }, { 6, "Time-out" },
	{ 7, "Do Not Accept" }, { 0, NULL } };
static const struct tok icrp_results[] = {
	{ 1, "Connect" }, { 2, "General Error" }, { 3, "Do Not Accept" },
	{ 0, NULL } };
static const struct tok cdn_results[] = {
	{ 1, "Lost Carrier" }, { 2, "General Error" }, { 3, "Admin Shutdown" },
	{ 4, "Request" }, { 0, NULL } };
static const struct tok reasons[] = {
	{ 1, "None" }, { 2, "Stop-Protocol" }, { 3, "Stop-Local-Shutdown" },
	{ 0, NULL } };

struct pp {
	struct dctx *d;
	struct cursor c;
	unsigned type;
	unsigned phone_len, dialed_len, dialing_len;
};

/* Read n bytes big-endian; false (marker printed) when not captured. */
static bool rd(struct pp *p, unsigned n, uint32_t *v)
{
	*v = 0;
	if (!cur_has(&p->c, n)) {
		decode_trunc_cut(p->d, "pptp");
		return false;
	}
	while (n--)
		*v = *v << 8 | cur_u8(&p->c);
	return true;
}

/* NAME(chars up to a NUL, at most max) of a field size bytes long. */
static bool text_field(struct pp *p, const char *name, unsigned size,
		       unsigned max)
{
	struct cursor t = p->c;
	unsigned i;

	out_fmt(" %s(", name);
	for (i = 0; i < max; i++) {
		if (!cur_has(&t, 1)) {
			decode_trunc_cut(p->d, "pptp");
			return false;
		}
		if (!cur_peek(&t, 0))
			break;
		decode_char(cur_u8(&t));
	}
	out_char(')');
	cur_skip(&p->c, size);
	return true;
}

static void named(struct pp *p, const struct tok *t, uint32_t v)
{
	const char *s = tok_str(t, v);

	if (p->d->vflag && t)
		out_fmt(":%s", s ? s : "?");
}

static const struct tok *result_names(unsigned type)
{
	switch (type) {
	case 2: return sccrp_results;
	case 4: case 6: return echorp_results;
	case 8: return ocrp_results;
	case 10: return icrp_results;
	case 13: return cdn_results;
	}
	return NULL;
}

static bool field_print(struct pp *p, unsigned f)
{
	uint32_t v;

	if (f < sizeof(plain) / sizeof(plain[0]) && plain[f].name) {
		if (!rd(p, plain[f].size, &v))
			return false;
		out_fmt(" %s(%u)", plain[f].name, v);
		if (f == F_PHONE_LEN)
			p->phone_len = v;
		else if (f == F_DIALED_LEN)
			p->dialed_len = v;
		else if (f == F_DIALING_LEN)
			p->dialing_len = v;
		return true;
	}
	switch (f) {
	case F_PROTO_VER:
		if (!rd(p, 2, &v))
			return false;
		out_fmt(" PROTO_VER(%u.%u)", v >> 8, v & 0xff);
		return true;
	case F_RSV1: case F_RSV2:
		if (!rd(p, f == F_RSV1 ? 1 : 2, &v))
			return false;
		if (v)
			out_fmt(" [ERROR: reserved=%u must be zero]", v);
		return true;
	case F_FRAME_CAP: case F_BEARER_CAP:
		/* tcpdump opens the frame capabilities before reading them */
		if (f == F_FRAME_CAP)
			out_str(" FRAME_CAP(");
		if (!rd(p, 4, &v))
			return false;
		if (f == F_FRAME_CAP)
			out_fmt("%s%s)", v & 1 ? "A" : "", v & 2 ? "S" : "");
		else
			out_fmt(" BEARER_CAP(%s%s)", v & 2 ? "D" : "", v & 1 ? "A" : "");
		return true;
	case F_BEARER_TYPE: case F_FRAME_TYPE: {
		const char *s;

		if (!rd(p, 4, &v))
			return false;
		s = tok_str(f == F_BEARER_TYPE ? btypes : ftypes, v);
		out_fmt(f == F_BEARER_TYPE ? " BEARER_TYPE(%s)" : " FRAME_TYPE(%s)",
			s ? s : "?");
		return true;
	}
	case F_RESULT: case F_ERR: case F_REASON:
		if (!rd(p, 1, &v))
			return false;
		out_fmt(f == F_RESULT ? " RESULT_CODE(%u" : f == F_ERR ?
			" ERR_CODE(%u" : " REASON(%u", v);
		named(p, f == F_RESULT ? result_names(p->type) : f == F_ERR ?
		      errcodes : reasons, v);
		out_char(')');
		return true;
	case F_SEND_ACCM: case F_RECV_ACCM:
		if (!rd(p, 4, &v))
			return false;
		out_fmt(f == F_SEND_ACCM ? " SEND_ACCM(0x%08x)" :
			" RECV_ACCM(0x%08x)", v);
		return true;
	case F_HOSTNAME: return text_field(p, "HOSTNAME", 64, 64);
	case F_VENDOR: return text_field(p, "VENDOR", 64, 64);
	case F_SUBADDR: return text_field(p, "SUB_ADDR", 64, 64);
	case F_CALL_STATS: return text_field(p, "CALL_STATS", 128, 128);
	case F_PHONE_NO:
		return text_field(p, "PHONE_NO", 64,
				  p->phone_len < 64 ? p->phone_len : 64);
	case F_DIALED:
		return text_field(p, "DIALED_NO", 64,
				  p->dialed_len < 64 ? p->dialed_len : 64);
	case F_DIALING:
		return text_field(p, "DIALING_NO", 64,
				  p->dialing_len < 64 ? p->dialing_len : 64);
	}
	return true;
}

static bool header_print(struct pp *p)
{
	uint32_t v, mc;

	if (!rd(p, 2, &v))
		return false;
	if (p->d->vflag)
		out_fmt(" Length=%u", v);
	if (!rd(p, 2, &v))
		return false;
	if (p->d->vflag)
		out_str(v == 1 ? " CTRL-MSG" : v == 2 ? " MGMT-MSG" :
			" UNKNOWN-MSG-TYPE");
	if (!rd(p, 4, &mc))
		return false;
	if (mc != 0x1a2b3c4d)
		out_fmt(" UNEXPECTED Magic-Cookie!!(%08x)", mc);
	if (p->d->vflag || mc != 0x1a2b3c4d)
		out_fmt(" Magic-Cookie=%08x", mc);
	if (!rd(p, 2, &v))
		return false;
	p->type = v;
	if (v < 16)
		out_fmt(" CTRL_MSGTYPE=%s", msgtypes[v]);
	else
		out_fmt(" UNKNOWN_CTRL_MSGTYPE(%u)", v);
	return field_print(p, F_RSV2);
}

DECODE_PORT(TCP, 50, 1723, 1723, PORT_EITHER, pptp_print)

void pptp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct l4info *l4 DECODE_UNUSED)
{
	struct pp p = { d, c, 0, 0, 0, 0 };
	const unsigned char *f;

	(void)len;
	out_str(": pptp");
	if (!header_print(&p) || p.type >= 16)
		return;
	for (f = msg_fields[p.type]; *f; f++)
		if (!field_print(&p, *f))
			return;
}
