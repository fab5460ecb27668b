/* print-telnet.c - telnet commands and option negotiation (RFC 854,
 * 855 and the option RFCs), TCP port 23.
 *
 * The IAC sequences at the start of a segment print as
 * [telnet WILL ECHO, DO TERMINAL TYPE, SB TERMINAL TYPE SEND SE]; with
 * -X and -vvv each sequence's bytes are shown in hex beside it.
 * Output as tcpdump 4.99 print-telnet.c.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

enum { IAC = 255, SB = 250, SE = 240, TELCMD_FIRST = 236,
       OPT_AUTHENTICATION = 37, OPT_ENCRYPT = 38, NTELOPTS = 40 };

static const char *const telcmds[] = { "EOF", "SUSP", "ABORT", "EOR", "SE",
	"NOP", "DMARK", "BRK", "IP", "AO", "AYT", "EC", "EL", "GA", "SB",
	"WILL", "WONT", "DO", "DONT", "IAC" };

static const char *const telopts[NTELOPTS] = { "BINARY", "ECHO", "RCP",
	"SUPPRESS GO AHEAD", "NAME", "STATUS", "TIMING MARK", "RCTE", "NAOL",
	"NAOP", "NAOCRD", "NAOHTS", "NAOHTD", "NAOFFD", "NAOVTS", "NAOVTD",
	"NAOLFD", "EXTEND ASCII", "LOGOUT", "BYTE MACRO",
	"DATA ENTRY TERMINAL", "SUPDUP", "SUPDUP OUTPUT", "SEND LOCATION",
	"TERMINAL TYPE", "END OF RECORD", "TACACS UID", "OUTPUT MARKING",
	"TTYLOC", "3270 REGIME", "X.3 PAD", "NAWS", "TSPEED", "LFLOW",
	"LINEMODE", "XDISPLOC", "OLD-ENVIRON", "AUTHENTICATION", "ENCRYPT",
	"NEW-ENVIRON" };

static const char *const cmds[] = { "IS", "SEND", "INFO" };
static const char *const authcmd[] = { "IS", "SEND", "REPLY", "NAME" };
static const char *const authtype[] = { "NULL", "KERBEROS_V4",
	"KERBEROS_V5", "SPX", "MINK", "SRP", "RSA", "SSL", NULL, NULL, "LOKI",
	"SSA", "KEA_SJ", "KEA_SJ_INTEG", "DSS", "NTLM" };
static const char *const enccmd[] = { "IS", "SUPPORT", "REPLY", "START",
	"END", "REQUEST-START", "REQUEST-END", "END_KEYID", "DEC_KEYID" };
static const char *const enctype[] = { "NULL", "DES_CFB64", "DES_OFB64",
	"DES3_CFB64", "DES3_OFB64", NULL, "CAST5_40_CFB64", "CAST5_40_OFB64",
	"CAST128_CFB64", "CAST128_OFB64" };

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

struct tn {
	struct cursor c;
	bool print, cut;
};

static unsigned get(struct tn *t, unsigned off)
{
	if (!cur_has(&t->c, off + 1)) {
		t->cut = true;
		return 0;
	}
	return cur_peek(&t->c, off);
}

static void name_or_hex(struct tn *t, unsigned x, const char *const *tab,
			size_t n)
{
	if (!t->print)
		return;
	if (x < n && tab[x])
		out_fmt(" %s", tab[x]);
	else
		out_fmt(" %#x", x);
}

/* The sub-negotiation after "SB option" at sp up to its IAC SE;
 * returns the offset after it, -1 when it does not end. */
static int sb_print(struct tn *t, unsigned x, unsigned sp, unsigned left)
{
	unsigned p = sp, c;

	while (left > p + 1 - sp) {
		if (get(t, p) == IAC && get(t, p + 1) == SE)
			break;
		if (t->cut)
			return -1;
		p++;
	}
	if (get(t, p) != IAC || t->cut)
		return -1;
	if (p > sp) {
		c = get(t, sp++);
		left--;
		if (x == OPT_AUTHENTICATION || x == OPT_ENCRYPT) {
			name_or_hex(t, c, x == OPT_ENCRYPT ? enccmd : authcmd,
				    x == OPT_ENCRYPT ? NELEM(enccmd) :
				    NELEM(authcmd));
			if (p > sp) {
				c = get(t, sp++);
				left--;
				name_or_hex(t, c, x == OPT_ENCRYPT ? enctype :
					    authtype, x == OPT_ENCRYPT ?
					    NELEM(enctype) : NELEM(authtype));
			}
		} else {
			name_or_hex(t, c, cmds, NELEM(cmds));
		}
	}
	while (p > sp) {
		if (left < 1)
			return -1;
		c = get(t, sp++);
		left--;
		if (t->print)
			out_fmt(" %#x", c);
	}
	if (t->print)
		out_str(" SE");
	return (int)sp + 2;
}

/* One command at off: its length, or -1 when it is not one. */
static int telnet_parse(struct tn *t, unsigned off, unsigned left)
{
	unsigned c, x, sp = off;
	int end;

	if (left < 2 || get(t, sp) != IAC)
		return -1;
	c = get(t, sp + 1);
	sp += 2;
	left -= 2;
	if (c == IAC) {
		if (t->print)
			out_str("IAC IAC");
		return 2;
	}
	if (c < TELCMD_FIRST)
		return -1;
	if (c < 251 && c != SB) {
		if (t->print)
			out_str(telcmds[c - TELCMD_FIRST]);
		return 2;
	}
	if (left < 1)
		return -1;
	x = get(t, sp++);
	left--;
	if (t->print && x < NTELOPTS)
		out_fmt("%s %s", telcmds[c - TELCMD_FIRST], telopts[x]);
	else if (t->print)
		out_fmt("%s %#x", telcmds[c - TELCMD_FIRST], x);
	if (c != SB)
		return (int)(sp - off);
	end = sb_print(t, x, sp, left);
	return end < 0 ? -1 : end - (int)off;
}

/* tcpdump's hex_print_with_offset with the line start "\n". */
static void hex_lines(struct cursor c, unsigned off, unsigned n)
{
	unsigned i = 0, oset = off;

	for (; n >= 2; n -= 2, off += 2) {
		if (i++ % 8 == 0) {
			out_fmt("\n0x%04x: ", oset);
			oset += 16;
		}
		out_fmt(" %02x%02x", cur_peek(&c, off), cur_peek(&c, off + 1));
	}
	if (n) {
		if (i % 8 == 0)
			out_fmt("\n0x%04x: ", oset);
		out_fmt(" %02x", cur_peek(&c, off));
	}
}

DECODE_PORT(TCP, 10, 23, 23, PORT_EITHER, telnet_print)
DECODE_PT("telnet", TCP, telnet_print)

void telnet_print(struct dctx *d, struct cursor c, unsigned len,
		  const struct l4info *l4 DECODE_UNUSED)
{
	struct tn t = { c, false, false };
	bool first = true, hex = d->Xflag && d->vflag > 2;
	unsigned off = 0;
	int l;

	while (len > 0 && get(&t, off) == IAC && !t.cut) {
		t.print = false;
		l = telnet_parse(&t, off, len);
		if (t.cut)
			break;
		if (l < 0)
			break;
		if (hex) {
			if (first)
				out_str("\nTelnet:");
			hex_lines(c, off, (unsigned)l);
			if (l > 8)
				out_str("\n\t\t\t\t");
			else
				out_fmt("%*s\t", (8 - l) * 3, "");
		} else {
			out_str(first ? " [telnet " : ", ");
		}
		t.print = true;
		telnet_parse(&t, off, len);
		first = false;
		off += (unsigned)l;
		len -= (unsigned)l;
	}
	if (t.cut) {
		decode_trunc_cut(d, "telnet");
		return;
	}
	if (!first)
		out_str(hex ? "\n" : "]");
}
