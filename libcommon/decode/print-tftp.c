/* print-tftp.c - TFTP (RFC 1350, options RFC 2347).
 *   | opcode (2) | filename \0 mode \0 [opt \0 value \0 ...] |
 *   | 3 DATA / 4 ACK: block (2) | 5 ERROR: code (2) message \0 |
 * Output as tcpdump 4.99 print-tftp.c.
 */
#include "decode.h"
#include "table.h"
#include "out.h"

enum { RRQ = 1, WRQ, DATA, ACK, TFTP_ERROR, OACK };

static const struct tok op2str[] = {
	{ RRQ, "RRQ" }, { WRQ, "WRQ" }, { DATA, "DATA" }, { ACK, "ACK" },
	{ TFTP_ERROR, "ERROR" }, { OACK, "OACK" },
	{ 0, NULL }
};

static const struct tok err2str[] = {
	{ 0, "EUNDEF" }, { 1, "ENOTFOUND" }, { 2, "EACCESS" },
	{ 3, "ENOSPACE" }, { 4, "EBADOP" }, { 5, "EBADID" }, { 6, "EEXISTS" },
	{ 7, "ENOUSER" }, { 8, "EOPTNEG" },
	{ 0, NULL }
};

/* A NUL-terminated string at off: the bytes used with the NUL, 0 when
 * there is no NUL before len or the capture's end (tcpdump's
 * nd_printztn). */
static unsigned zstr(struct cursor c, unsigned off, unsigned len)
{
	unsigned n = 0;

	for (;;) {
		unsigned ch;

		if (len == 0 || !cur_has(&c, off + 1))
			return 0;
		ch = cur_peek(&c, off++);
		n++;
		len--;
		if (!ch)
			return n;
		decode_char(ch);
	}
}

/* Options: strings, a blank before each non-empty one. */
static bool options_print(struct cursor c, unsigned off, unsigned len)
{
	while (len) {
		unsigned n;

		if (!cur_has(&c, off + 1))
			return false;
		if (cur_peek(&c, off))
			out_char(' ');
		if (!(n = zstr(c, off, len)))
			return false;
		off += n;
		len -= n;
	}
	return true;
}

static bool request_print(struct cursor c, unsigned len)
{
	unsigned off = 2, n;

	len -= 2;
	if (!len)
		return false;
	out_str(" \"");
	n = zstr(c, off, len);
	out_char('"');
	if (!n)
		return false;
	off += n;
	len -= n;
	if (!len)
		return false;
	out_char(' ');
	if (!(n = zstr(c, off, len)))
		return false;
	return options_print(c, off + n, len - n);
}

DECODE_PORT(UDP, 40, 69, 69, PORT_EITHER, tftp_print)
DECODE_PT("tftp", UDP, tftp_print)

void tftp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct l4info *l4 DECODE_UNUSED)
{
	unsigned op;
	const char *s;
	bool ok = true;

	out_fmt("TFTP, length %u", len);
	if (len < 2 || !cur_has(&c, 2)) {
		/* a short length is checked, a short capture gives up */
		if (len < 2)
			decode_trunc(d, "tftp");
		else
			decode_trunc_cut(d, "tftp");
		return;
	}
	op = cur_peek(&c, 0) << 8 | cur_peek(&c, 1);
	s = tok_str(op2str, op);
	if (!s) {
		out_fmt(", tftp-#%u", op);
		return;
	}
	out_fmt(", %s", s);
	switch (op) {
	case RRQ:
	case WRQ:
		ok = request_print(c, len);
		break;
	case OACK:
		ok = options_print(c, 2, len - 2);
		break;
	case ACK:
	case DATA:
		ok = len >= 4 && cur_has(&c, 4);
		if (ok)
			out_fmt(" block %u", cur_peek(&c, 2) << 8 | cur_peek(&c, 3));
		break;
	case TFTP_ERROR:
		ok = len >= 4 && cur_has(&c, 4);
		if (!ok)
			break;
		out_char(' ');
		tok_print(err2str, cur_peek(&c, 2) << 8 | cur_peek(&c, 3),
			  "tftp-err-#%u \"");
		ok = len > 4;
		if (!ok)
			break;
		out_str(" \"");
		ok = zstr(c, 4, len - 4) != 0;
		out_char('"');
		break;
	}
	if (!ok)
		decode_trunc(d, "tftp");
}
