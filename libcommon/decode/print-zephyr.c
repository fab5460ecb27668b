/* print-zephyr.c - Zephyr notices (MIT Project Athena), UDP 2103-2104.
 *
 * A notice is a list of NUL-terminated text fields: version, number of
 * fields, kind, uid, port, auth, auth length, auth data, class,
 * instance, opcode, sender, recipient, format, checksum, multi, multi
 * uid, then the body.
 * Output as tcpdump 4.99 print-zephyr.c: a line per well-known class
 * and opcode, else "to <class,instance,recipient> op opcode".
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "out.h"
#include "table.h"

enum { Z_SERVACK = 5 };

static const struct tok ztypes[] = {
	{ 0, "unsafe" }, { 1, "unacked" }, { 2, "acked" }, { 3, "hm-ack" },
	{ 4, "hm-ctl" }, { 5, "serv-ack" }, { 6, "serv-nak" },
	{ 7, "client-ack" }, { 8, "stat" },
	{ 0, NULL }
};

enum { VERSION, NUMFIELDS, KIND, UID, PORT, AUTH, AUTHLEN, AUTHDATA,
       CLASS, INST, OPCODE, SENDER, RECIPIENT, FORMAT, CKSUM, MULTI,
       MULTI_UID, NFIELDS };

struct zp {
	struct dctx *d;
	struct cursor c;
	unsigned off, left;	/* the parse position, bytes left */
	bool lose, cut;
	int field[NFIELDS];	/* offsets of the fields */
};

/* The next field's offset, or -1 (lose, or cut when not captured). */
static int next_field(struct zp *z)
{
	unsigned s = z->off;

	for (;;) {
		if (z->left == 0) {
			z->lose = true;
			return -1;
		}
		if (!cur_has(&z->c, z->off + 1)) {
			z->cut = true;
			return -1;
		}
		if (cur_peek(&z->c, z->off) == 0)
			break;
		z->off++;
		z->left--;
	}
	z->off++;
	z->left--;
	return (int)s;
}

/* Copy the field at off into buf (at most n - 1 bytes), lower-cased
 * if asked; returns buf. */
static const char *zcopy(const struct zp *z, int off, char *buf, size_t n,
			 bool lower)
{
	size_t i;

	for (i = 0; i + 1 < n; i++) {
		unsigned ch = cur_peek(&z->c, (unsigned)off + i);

		if (!ch)
			break;
		buf[i] = (char)(lower && ch < 0x80 ? tolower((int)ch) : ch);
	}
	buf[i] = '\0';
	return buf;
}

static bool zeq(const struct zp *z, int off, const char *s)
{
	size_t i, n = strlen(s);

	for (i = 0; i <= n; i++)
		if (cur_peek(&z->c, (unsigned)off + i) != (uint8_t)s[i])
			return false;
	return true;
}

static void zprint(const struct zp *z, int off)
{
	unsigned ch;

	while ((ch = cur_peek(&z->c, (unsigned)off++)) != 0)
		out_char((char)ch);
}

/* strtol(s, 0, 16) of the field, as an int. */
static int zhex(const struct zp *z, int off)
{
	char buf[64];
	long v;

	zcopy(z, off, buf, sizeof(buf), false);
	v = strtol(buf, NULL, 16);
	return (int)v;
}

static void lower_print(const struct zp *z, int off)
{
	char buf[256];

	out_char(' ');
	out_str(zcopy(z, off, buf, sizeof(buf), true));
}

/* "<class,inst,recipient>" cut to 255 characters as tcpdump's buffer. */
static void triple_print(const struct zp *z, int c, int i, int r)
{
	const int parts[3] = { c, i, r };
	char buf[256];
	size_t n = 0, k;

	buf[n++] = '<';
	for (k = 0; k < 3; k++) {
		unsigned off = (unsigned)parts[k], ch;

		if (k == 2 && !cur_peek(&z->c, off)) {
			if (n < 255)
				buf[n++] = '*';
		}
		while ((ch = cur_peek(&z->c, off++)) != 0 && n < 255)
			buf[n++] = (char)ch;
		if (n < 255)
			buf[n++] = k < 2 ? ',' : '>';
	}
	out_char(' ');
	out_mem(buf, n);
}

static void subscription_print(struct zp *z, int kind)
{
	int c, i, r;

	if (zeq(z, z->field[OPCODE], "SUBSCRIBE"))
		out_str(" sub");
	else if (zeq(z, z->field[OPCODE], "SUBSCRIBE_NODEFS"))
		out_str(" unsub-nodefs");
	else
		out_str(" unsub");
	if (kind == Z_SERVACK)
		return;
	c = next_field(z);
	i = next_field(z);
	r = next_field(z);
	if (!z->lose && !z->cut)
		triple_print(z, c, i, r);
}

/* ZEPHYR_CTL notices; true when printed. */
static bool ctl_print(struct zp *z, int kind)
{
	int op = z->field[OPCODE], inst = z->field[INST];
	static const char *const realm[][2] = {
		{ "ADD_SUBSCRIBE", " realm add-subs" },
		{ "REQ_SUBSCRIBE", " realm req-subs" },
		{ "RLM_SUBSCRIBE", " realm rlm-sub" },
		{ "RLM_UNSUBSCRIBE", " realm rlm-unsub" },
	};
	size_t k;

	if (zeq(z, inst, "CLIENT")) {
		if (zeq(z, op, "SUBSCRIBE") || zeq(z, op, "SUBSCRIBE_NODEFS") ||
		    zeq(z, op, "UNSUBSCRIBE"))
			subscription_print(z, kind);
		else if (zeq(z, op, "GIMME"))
			out_str(" ret");
		else if (zeq(z, op, "GIMMEDEFS"))
			out_str(" gimme-defs");
		else if (zeq(z, op, "CLEARSUB"))
			out_str(" clear-subs");
		else
			lower_print(z, op);
		return true;
	}
	if (zeq(z, inst, "HM")) {
		lower_print(z, op);
		return true;
	}
	if (zeq(z, inst, "REALM")) {
		for (k = 0; k < 4; k++)
			if (zeq(z, op, realm[k][0]))
				out_str(realm[k][1]);
		return true;
	}
	return false;
}

/* The notice by class; false: the generic "to <...>" line. */
static bool class_print(struct zp *z, int kind)
{
	int cls = z->field[CLASS], op = z->field[OPCODE], inst = z->field[INST];
	static const char *const exposures[] = { "NONE", "OPSTAFF",
		"REALM-VISIBLE", "REALM-ANNOUNCED", "NET-VISIBLE",
		"NET-ANNOUNCED" };
	size_t k;

	if (zeq(z, cls, "USER_LOCATE")) {
		if (zeq(z, op, "USER_HIDE"))
			out_str(" hide");
		else if (zeq(z, op, "USER_UNHIDE"))
			out_str(" unhide");
		else {
			out_str(" locate ");
			zprint(z, inst);
		}
		return true;
	}
	if (zeq(z, cls, "ZEPHYR_ADMIN")) {
		out_str(" zephyr-admin");
		lower_print(z, op);
		return true;
	}
	if (zeq(z, cls, "ZEPHYR_CTL") && ctl_print(z, kind))
		return true;
	if (zeq(z, cls, "HM_CTL") || zeq(z, cls, "WG_CTL")) {
		out_str(zeq(z, cls, "HM_CTL") ? " hm_ctl" : " wg_ctl");
		lower_print(z, inst);
		lower_print(z, op);
		return true;
	}
	if (zeq(z, cls, "HM_STAT") && zeq(z, inst, "HMST_CLIENT") &&
	    zeq(z, op, "GIMMESTATS")) {
		out_str(" get-client-stats");
		return true;
	}
	if (zeq(z, cls, "LOGIN")) {
		if (zeq(z, op, "USER_FLUSH")) {
			out_str(" flush_locs");
			return true;
		}
		for (k = 0; k < 6; k++)
			if (zeq(z, op, exposures[k])) {
				out_str(" set-exposure");
				lower_print(z, op);
				return true;
			}
	}
	return false;
}

DECODE_PORT(UDP, 180, 2103, 2104, PORT_EITHER, zephyr_print)
DECODE_PT("zephyr", UDP, zephyr_print)

void zephyr_print(struct dctx *d, struct cursor c, unsigned len,
		  const struct l4info *l4 DECODE_UNUSED)
{
	struct zp z = { d, c, 0, len, false, false, { 0 } };
	int k, kind;

	for (k = 0; k < NFIELDS; k++) {
		z.field[k] = next_field(&z);
		if (z.cut) {
			decode_trunc_cut(d, "zephyr");
			return;
		}
		if (k == VERSION) {
			if (z.lose)
				goto invalid;
			if (!zeq(&z, z.field[VERSION], "ZEPH") &&
			    (cur_peek(&c, 0) != 'Z' || cur_peek(&c, 1) != 'E' ||
			     cur_peek(&c, 2) != 'P' || cur_peek(&c, 3) != 'H'))
				return;
		}
	}
	if (z.lose)
		goto invalid;
	out_str(" zephyr");
	if (cur_peek(&c, 4) != '0' || cur_peek(&c, 5) != '.' ||
	    cur_peek(&c, 6) != '2') {
		out_str(" v");
		zprint(&z, 4);
		return;
	}
	kind = zhex(&z, z.field[KIND]);
	out_char(' ');
	tok_print(ztypes, (unsigned)kind, "type %d");
	if (kind == Z_SERVACK) {
		int ack = next_field(&z);

		if (z.cut) {
			decode_trunc_cut(d, "zephyr");
			return;
		}
		if (!z.lose && !zeq(&z, ack, "SENT")) {
			char buf[256];

			out_char('/');
			out_str(zcopy(&z, ack, buf, sizeof(buf), true));
		}
	}
	if (cur_peek(&c, (unsigned)z.field[SENDER])) {
		out_char(' ');
		zprint(&z, z.field[SENDER]);
	}
	if (class_print(&z, kind)) {
		if (z.cut)
			decode_trunc_cut(d, "zephyr");
		return;
	}
	out_str(" to");
	triple_print(&z, z.field[CLASS], z.field[INST], z.field[RECIPIENT]);
	if (cur_peek(&c, (unsigned)z.field[OPCODE])) {
		out_str(" op ");
		zprint(&z, z.field[OPCODE]);
	}
	return;
invalid:
	decode_invalid(d);
}
