/* print-rpki-rtr.c - the RPKI to Router protocol, version 0 (RFC
 * 6810), TCP port 323.
 *
 *   | Version | PDU Type | Session ID / Error Code | Length | body |
 * Output as tcpdump 4.99 print-rpki-rtr.c.
 */
#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

enum { RTR_HDRLEN = 8, RTR_TRUNC = -1 };

static const struct tok pdu2str[] = {
	{ 0, "Serial Notify" },
	{ 1, "Serial Query" },
	{ 2, "Reset Query" },
	{ 3, "Cache Response" },
	{ 4, "IPV4 Prefix" },
	{ 6, "IPV6 Prefix" },
	{ 7, "End of Data" },
	{ 8, "Cache Reset" },
	{ 10, "Error Report" },
	{ 0, NULL }
};

static const struct tok error2str[] = {
	{ 0, "Corrupt Data" },
	{ 1, "Internal Error" },
	{ 2, "No Data Available" },
	{ 3, "Invalid Request" },
	{ 4, "Unsupported Protocol Version" },
	{ 5, "Unsupported PDU Type" },
	{ 6, "Withdrawal of Unknown Record" },
	{ 7, "Duplicate Announcement Received" },
	{ 0, NULL }
};

DECODE_PORT(TCP, 170, 323, 323, PORT_EITHER, rpki_rtr_print)

/* A new line indented by n columns (tabs for each 8). */
static void indent(unsigned n)
{
	out_char('\n');
	for (; n >= 8; n -= 8)
		out_char('\t');
	for (; n > 0; n--)
		out_char(' ');
}

static long pdu_print(struct dctx *d, struct cursor c, unsigned len,
		      bool recurse, unsigned ind);

/* The Error Report body; false for an invalid one, *trunc when the
 * capture ended. */
static bool error_report(struct dctx *d, struct cursor c, unsigned pdu_len,
			 bool recurse, unsigned ind, bool *trunc)
{
	unsigned tlen = RTR_HDRLEN, elen, text, code, i;
	struct cursor e;

	if (pdu_len < tlen + 4)
		return false;
	if (!cur_has(&c, tlen + 4))
		return !(*trunc = true);
	elen = cur_peek_be32(&c, 8);
	tlen += 4;
	code = cur_peek_be16(&c, 2);
	indent(ind + 2);
	out_str("Error code: ");
	tok_print(error2str, code, "Unknown");
	out_fmt(" (%u), Encapsulated PDU length: %u", code, elen);
	if (elen) {
		if (pdu_len < tlen + elen)
			return false;
		if (!recurse) {
			if (!cur_has(&c, tlen + elen))
				return !(*trunc = true);
		} else {
			indent(ind + 4);
			out_str("-----encapsulated PDU-----");
			e = c;
			cur_skip(&e, tlen);
			if (pdu_print(d, e, elen, false, ind + 2) == RTR_TRUNC)
				return !(*trunc = true);
		}
		tlen += elen;
	}
	if (pdu_len < tlen + 4)
		return false;
	if (!cur_has(&c, tlen + 4))
		return !(*trunc = true);
	text = cur_peek_be32(&c, tlen);
	tlen += 4;
	if (text) {
		if (pdu_len < tlen + text)
			return false;
		indent(ind + 2);
		out_str("Error text: ");
		for (i = 0; i < text; i++) {
			if (!rt_has(&c, tlen + i, 1))
				return !(*trunc = true);
			decode_char(cur_peek(&c, tlen + i));
		}
	}
	return true;
}

/* The body of a PDU of a known fixed size; false when invalid. */
static bool fixed_print(struct dctx *d, struct cursor c, unsigned type,
			unsigned pdu_len, unsigned ind)
{
	switch (type) {
	case 0:
	case 1:
	case 7:
		if (pdu_len != RTR_HDRLEN + 4)
			return false;
		indent(ind + 2);
		out_fmt("Session ID: 0x%04x, Serial: %u", cur_peek_be16(&c, 2),
			cur_peek_be32(&c, 8));
		return true;
	case 2:
	case 8:
		return pdu_len == RTR_HDRLEN;
	case 3:
		if (pdu_len != RTR_HDRLEN)
			return false;
		indent(ind + 2);
		out_fmt("Session ID: 0x%04x", cur_peek_be16(&c, 2));
		return true;
	}
	/* 4 and 6, the prefixes */
	if (pdu_len != (type == 4 ? 20u : 32u))
		return false;
	indent(ind + 2);
	out_fmt("IPv%c Prefix ", type == 4 ? '4' : '6');
	rt_addr_at(d, c, 12, type == 4 ? 4 : 6);
	out_fmt("/%u-%u, origin-as %u, flags 0x%02x", cur_peek(&c, 9),
		cur_peek(&c, 10), cur_peek_be32(&c, type == 4 ? 16 : 28),
		cur_peek(&c, 8));
	return true;
}

/* One PDU; returns the bytes it took, or RTR_TRUNC. */
static long pdu_print(struct dctx *d, struct cursor c, unsigned len,
		      bool recurse, unsigned ind)
{
	unsigned type, pdu_len;
	bool ok = true, trunc = false, hexdump = false;

	if (!cur_has(&c, 1))
		return RTR_TRUNC;
	if (cur_peek(&c, 0) != 0) {
		indent(8);
		out_fmt("RPKI-RTRv%u (unknown)", cur_peek(&c, 0));
		return len;
	}
	if (len < RTR_HDRLEN) {
		out_fmt("(%u bytes is too few to decode)", len);
		goto invalid;
	}
	if (!cur_has(&c, RTR_HDRLEN))
		return RTR_TRUNC;
	type = cur_peek(&c, 1);
	pdu_len = cur_peek_be32(&c, 4);
	indent(8);
	out_fmt("RPKI-RTRv%u, ", cur_peek(&c, 0));
	tok_print(pdu2str, type, "Unknown");
	out_fmt(" PDU (%u), length: %u", type, pdu_len);
	if (pdu_len < RTR_HDRLEN || pdu_len > len)
		goto invalid;
	if (type == 10) {
		ok = error_report(d, c, pdu_len, recurse, ind, &trunc);
	} else if (type <= 8 && type != 5) {
		if (!cur_has(&c, pdu_len))
			return RTR_TRUNC;
		ok = fixed_print(d, c, type, pdu_len, ind);
	} else {
		if (!cur_has(&c, pdu_len))
			return RTR_TRUNC;
		hexdump = true;
	}
	if (trunc)
		return RTR_TRUNC;
	if (!ok)
		goto invalid;
	if (d->vflag > 1 || (d->vflag && hexdump))
		decode_hex_ident(c, pdu_len, "\n\t  ");
	return pdu_len;
invalid:
	out_str(" (invalid)");
	if (!cur_has(&c, len))
		return RTR_TRUNC;
	return len;
}

void rpki_rtr_print(struct dctx *d, struct cursor c, unsigned len,
		    const struct l4info *l4 DECODE_UNUSED)
{
	long n;

	if (!d->vflag) {
		out_str(", RPKI-RTR");
		return;
	}
	while (len) {
		n = pdu_print(d, c, len, true, 8);
		if (n == RTR_TRUNC) {
			decode_trunc_cut(d, "rpki_rtr");
			return;
		}
		len -= (unsigned)n;
		cur_skip(&c, (unsigned)n);
	}
}
