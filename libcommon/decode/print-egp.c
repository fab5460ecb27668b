/* print-egp.c - Exterior Gateway Protocol (RFC 827, RFC 904), IP
 * protocol 8.
 *
 *   | version | type | code | status | checksum | AS | sequence |
 *   | hello interval or gateway counts or reason | poll or source net |
 *   updates: per gateway its host part, distances, networks per distance
 * Output as tcpdump 4.99 print-egp.c. tcpdump builds the gateway and
 * network addresses of an update in host byte order and prints their
 * bytes as they lie in memory: on a little-endian host (as the
 * reference's), reversed, which this printer repeats.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

enum {
	EGP_HDRLEN = 16, EGP_VERSION = 2,
	T_UPDATE = 1, T_POLL = 2, T_ACQUIRE = 3, T_REACH = 5, T_ERROR = 8,
	S_UNSOL = 0x80,
};

static const struct tok acquire_codes[] = {
	{ 0, "request" }, { 1, "confirm" }, { 2, "refuse" }, { 3, "cease" },
	{ 4, "cease_ack" },
	{ 0, NULL }
};

static const struct tok acquire_status[] = {
	{ 0, "unspecified" }, { 1, "active_mode" }, { 2, "passive_mode" },
	{ 3, "insufficient_resources" }, { 4, "administratively_prohibited" },
	{ 5, "going_down" }, { 6, "parameter_violation" },
	{ 7, "protocol_violation" },
	{ 0, NULL }
};

static const struct tok updown[] = {
	{ 0, "indeterminate" }, { 1, "up" }, { 2, "down" },
	{ 0, NULL }
};

static const struct tok reasons[] = {
	{ 0, "unspecified" }, { 1, "bad_EGP_header_format" },
	{ 2, "bad_EGP_data_field_format" },
	{ 3, "reachability_info_unavailable" }, { 4, "excessive_polling_rate" },
	{ 5, "no_response" }, { 6, "unsupported_version" },
	{ 0, NULL }
};

DECODE_KEY(IPPROTO, 8, egp_print)

/* A host-order address as tcpdump prints it (see above). */
static void egp_addr(struct dctx *d, uint32_t v)
{
	uint8_t a[4] = { v & 0xff, v >> 8 & 0xff, v >> 16 & 0xff, v >> 24 };

	decode_ip4addr(d, a);
}

static void egp_state(unsigned status)
{
	if (status <= 2)
		out_fmt(" state:%s", tok_str(updown, status));
	else
		out_fmt(" [status %u]", status);
}

/* A byte of an update; false (and a cut) when not captured. */
static bool egp_byte(struct dctx *d, struct cursor *c, uint32_t *v)
{
	*v = cur_u8(c);
	if (cur_short(c)) {
		decode_trunc_cut(d, "egp");
		return false;
	}
	return true;
}

/* The networks at one distance; false when the update ended. */
static bool egp_networks(struct dctx *d, struct cursor *c, unsigned *len,
			 unsigned n)
{
	uint32_t addr, b, b2;

	for (; n; n--) {
		if (*len < 1)
			return false;
		if (!egp_byte(d, c, &addr))
			return false;
		addr <<= 24;
		--*len;
		if ((addr & 0xc0000000) == 0x80000000) {
			if (*len < 1 || !egp_byte(d, c, &b))
				return false;
			addr |= b << 16;
			--*len;
		} else if (addr & 0x80000000) {
			if (*len < 2 || !egp_byte(d, c, &b) ||
			    !egp_byte(d, c, &b2))
				return false;
			addr |= b << 16 | b2 << 8;
			*len -= 2;
		}
		out_char(' ');
		egp_addr(d, addr);
	}
	return true;
}

/* One gateway's distances; false when the update ended. */
static bool egp_gateway(struct dctx *d, struct cursor *c, unsigned *len,
			unsigned netlen, uint32_t net, bool internal)
{
	uint32_t addr = 0, b, dist, n;
	unsigned i;
	const char *comma = "";

	if (*len < 4 - netlen || !cur_has(c, 4 - netlen))
		return false;
	for (i = netlen; netlen && i < 4; i++)	/* the host part */
		addr = addr << 8 | cur_u8(c);
	*len -= 4 - netlen;
	if (*len < 1 || !egp_byte(d, c, &dist))
		return false;
	--*len;
	out_str(internal ? " int " : " ext ");
	egp_addr(d, addr | net);
	out_str(" (");
	for (; dist; dist--) {
		if (*len < 2 || !egp_byte(d, c, &b))
			return false;
		out_fmt("%sd%u:", comma, b);
		comma = ", ";
		if (!egp_byte(d, c, &n))
			return false;
		*len -= 2;
		if (!egp_networks(d, c, len, n))
			return false;
	}
	out_char(')');
	return true;
}

/* The gateways of an update after the header. */
static void egp_update(struct dctx *d, struct cursor c, unsigned len)
{
	/* the source net read as a host-order number from its bytes */
	uint32_t addr = cur_peek(&c, 12) | cur_peek(&c, 13) << 8 |
			cur_peek(&c, 14) << 16 | (uint32_t)cur_peek(&c, 15) << 24;
	uint32_t net = 0;
	unsigned netlen = 0, ngw, i, intgw = cur_peek(&c, 10);

	if (!(addr & 0x80000000))
		net = addr & 0xff000000, netlen = 1;
	else if ((addr & 0xc0000000) == 0x80000000)
		net = addr & 0xffff0000, netlen = 2;
	else if ((addr & 0xe0000000) == 0xc0000000)
		net = addr & 0xffffff00, netlen = 3;
	ngw = intgw + cur_peek(&c, 11);
	cur_skip(&c, EGP_HDRLEN);
	len -= EGP_HDRLEN;
	for (i = 0; i < ngw; i++) {
		if (!egp_gateway(d, &c, &len, netlen, net, i < intgw)) {
			if (!d->stop)
				decode_trunc(d, "egp");
			return;
		}
	}
}

static void egp_acquire(unsigned code, unsigned status, struct cursor c)
{
	out_str(" acquire");
	if (code > 4) {
		out_fmt("[code %u]", code);
		return;
	}
	out_fmt(" %s", tok_str(acquire_codes, code));
	if (code <= 1) {
		if (status <= 2)
			out_fmt(" %s", tok_str(acquire_status, status));
		else
			out_fmt(" [status %u]", status);
		out_fmt(" hello:%u poll:%u", cur_peek_be16(&c, 10),
			cur_peek_be16(&c, 12));
	} else if (status != 1 && status != 2 && status <= 7) {
		out_fmt(" %s", tok_str(acquire_status, status));
	} else {
		out_fmt("[status %u]", status);
	}
}

void egp_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct ipinfo *ip DECODE_UNUSED)
{
	unsigned version, type, code, status, reason;
	uint8_t a[4];
	struct cursor t;

	if (len < EGP_HDRLEN || !cur_has(&c, EGP_HDRLEN)) {
		decode_trunc(d, "egp");
		return;
	}
	version = cur_peek(&c, 0);
	if (!d->vflag) {
		out_fmt("EGPv%u, AS %u, seq %u, length %u", version,
			cur_peek_be16(&c, 6), cur_peek_be16(&c, 8), len);
		return;
	}
	out_fmt("EGPv%u, length %u", version, len);
	if (version != EGP_VERSION) {
		out_fmt("[version %u]", version);
		return;
	}
	type = cur_peek(&c, 1);
	code = cur_peek(&c, 2);
	status = cur_peek(&c, 3);
	switch (type) {
	case T_ACQUIRE:
		egp_acquire(code, status, c);
		break;
	case T_REACH:
		if (code > 1) {
			out_fmt("[reach code %u]", code);
			break;
		}
		out_str(code ? " i-h-u" : " hello");
		egp_state(status);
		break;
	case T_POLL:
	case T_UPDATE:
		out_str(type == T_POLL ? " poll" : " update");
		if (type == T_UPDATE && (status & S_UNSOL)) {
			status &= ~S_UNSOL;
			out_str(" unsolicited");
		}
		egp_state(status);
		out_str(type == T_POLL ? " net:" : " ");
		t = c;
		cur_skip(&t, 12);
		cur_bytes(&t, a, 4);
		decode_ip4addr(d, a);
		if (type == T_POLL)
			break;
		out_fmt(" int %u ext %u", cur_peek(&c, 10), cur_peek(&c, 11));
		egp_update(d, c, len);
		break;
	case T_ERROR:
		out_str(" error");
		egp_state(status);
		reason = cur_peek_be16(&c, 10);
		if (reason <= 6)
			out_fmt(" %s", tok_str(reasons, reason));
		else
			out_fmt(" [reason %u]", reason);
		break;
	default:
		out_fmt("[type %u]", type);
		break;
	}
}
