/* print-krb.c - Kerberos on UDP ports 88 and 750: the protocol version,
 * and for version 4 the message with its names (V4 is little or big
 * endian, as its sender says). Version 5 is named only.
 * Output as tcpdump 4.99 print-krb.c.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

enum { KDC_REQUEST = 2, KDC_REPLY = 4, APPL_REQUEST = 6, ERR_REPLY = 10 };

static const struct tok types[] = {
	{ 1 << 1, "KDC_REQUEST" }, { 2 << 1, "KDC_REPLY" },
	{ 3 << 1, "APPL_REQUEST" }, { 4 << 1, "APPL_REQUEST_MUTUAL" },
	{ 5 << 1, "ERR_REPLY" }, { 6 << 1, "PRIVATE" }, { 7 << 1, "SAFE" },
	{ 8 << 1, "APPL_ERR" }, { 63 << 1, "DIE" },
	{ 0, NULL }
};

static const struct tok errors[] = {
	{ 0, "OK" }, { 1, "NAME_EXP" }, { 2, "SERVICE_EXP" },
	{ 3, "AUTH_EXP" }, { 4, "PKT_VER" }, { 5, "NAME_MAST_KEY_VER" },
	{ 6, "SERV_MAST_KEY_VER" }, { 7, "BYTE_ORDER" },
	{ 8, "PRINCIPAL_UNKNOWN" }, { 9, "PRINCIPAL_NOT_UNIQUE" },
	{ 10, "NULL_KEY" },
	{ 0, NULL }
};

/* A NUL-terminated string at *off; false when the capture ends first. */
static bool cstr(struct cursor c, size_t *off)
{
	while (*off < cur_left(&c)) {
		unsigned ch = cur_peek(&c, (*off)++);

		if (!ch)
			return true;
		decode_char(ch);
	}
	return false;
}

/* name.instance@realm after the two header bytes */
static bool v4_names(struct cursor c, size_t *off)
{
	*off = 2;
	if (!cstr(c, off))
		return false;
	out_char('.');
	if (!cstr(c, off))
		return false;
	out_char('@');
	return cstr(c, off);
}

/* A 16-bit value in the sender's byte order; false when not captured. */
static bool v4_u16(struct cursor c, size_t off, bool le, unsigned *v)
{
	if (off + 2 > cur_left(&c))
		return false;
	*v = le ? (unsigned)(cur_peek(&c, off) | cur_peek(&c, off + 1) << 8) :
		  cur_peek_be16(&c, off);
	return true;
}

/* How a message ended: whole; with a string the capture cut (tcpdump's
 * marker); with a fixed field the capture cut (its read gives up on the
 * packet, the dumps then start at the link header). */
enum { V4_OK, V4_TRUNC, V4_CUT };

static int v4_body(struct cursor c, unsigned type, bool le)
{
	size_t off = 0;
	unsigned v;

	switch (type) {
	case KDC_REQUEST:
		if (!v4_names(c, &off))
			return V4_TRUNC;
		if (off + 5 > cur_left(&c))
			return V4_CUT;
		out_fmt(" %umin ", cur_peek(&c, off + 4) * 5);
		off += 5;
		if (!cstr(c, &off))
			return V4_TRUNC;
		out_char('.');
		return cstr(c, &off) ? V4_OK : V4_TRUNC;
	case APPL_REQUEST:
		if (cur_left(&c) < 3)
			return V4_CUT;
		out_fmt("v%u ", cur_peek(&c, 2));
		off = 3;
		if (!cstr(c, &off))
			return V4_TRUNC;
		if (off >= cur_left(&c))
			return V4_CUT;
		out_fmt(" (%u)", cur_peek(&c, off));
		if (off + 1 >= cur_left(&c))
			return V4_CUT;
		out_fmt(" (%u)", cur_peek(&c, off + 1));
		return V4_OK;
	case KDC_REPLY:
		if (!v4_names(c, &off))
			return V4_TRUNC;
		if (!v4_u16(c, off + 10, le, &v))
			return V4_CUT;
		out_fmt(" (%u)", v);
		return V4_OK;
	case ERR_REPLY:
		if (!v4_names(c, &off))
			return V4_TRUNC;
		if (!v4_u16(c, off + 4, le, &v))
			return V4_CUT;
		out_char(' ');
		tok_print(errors, v, "#%u");
		out_char(' ');
		off += 8;
		return cstr(c, &off) ? V4_OK : V4_TRUNC;
	}
	out_str("(unknown)");
	return V4_OK;
}

void krb_print(struct dctx *d, struct cursor c, unsigned len DECODE_UNUSED,
	       const struct l4info *l4 DECODE_UNUSED)
{
	unsigned pvno, type;
	bool le;

	/* tcpdump tests the first byte, and reads the second */
	if (!cur_has(&c, 1)) {
		decode_trunc(d, "krb");
		return;
	}
	pvno = cur_peek(&c, 0);
	if (pvno >= 1 && pvno <= 4)
		out_fmt(" v%u", pvno);
	else if (pvno == 106 || pvno == 107)
		out_str(" v5");
	if (pvno != 4)
		return;
	if (!cur_has(&c, 2)) {
		decode_trunc_cut(d, "krb");
		return;
	}
	le = cur_peek(&c, 1) & 1;
	type = cur_peek(&c, 1) & 0xfe;
	out_fmt(" %s ", le ? "le" : "be");
	tok_print(types, type, "#%u");
	out_str(": ");
	switch (v4_body(c, type, le)) {
	case V4_TRUNC:
		decode_trunc(d, "krb");
		break;
	case V4_CUT:
		decode_trunc_cut(d, "krb");
		break;
	}
}

DECODE_PORT(UDP, 130, 88, 88, PORT_EITHER, krb_print)
DECODE_PORT(UDP, 131, 750, 750, PORT_EITHER, krb_print)
