/* print-txt.c - text protocols: the request/response line printer that
 * HTTP, RTSP, SMTP, FTP and friends share (tcpdump's txtproto_print),
 * the SSH version banner, and tcpdump's character escapes.
 * Output as tcpdump 4.99 util-print.c, print-http.c, print-ssh.c.
 */
#include <strings.h>

#include "decode.h"
#include "table.h"
#include "out.h"

enum { MAX_TOKEN = 128 };

static bool is_print(unsigned c)
{
	return c >= 0x20 && c < 0x7f;
}

/* The token at idx into tok; returns the index after it and the blanks
 * that follow, or 0 when there is no token (binary, too long, cut). */
static unsigned fetch_token(struct cursor c, unsigned idx, unsigned len,
			    char *tok, size_t toklen)
{
	size_t n = 0;

	for (; idx < len; idx++) {
		unsigned ch;

		if (!cur_has(&c, idx + 1))
			return 0;
		ch = cur_peek(&c, idx);
		if (ch & 0x80)
			return 0;
		if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n')
			break;
		if (!is_print(ch) || n + 2 > toklen)
			return 0;
		tok[n++] = (char)ch;
	}
	if (!n)
		return 0;
	tok[n] = '\0';
	for (; idx < len && cur_has(&c, idx + 1); idx++) {
		unsigned ch = cur_peek(&c, idx);

		if (ch == '\r' || ch == '\n' || !is_print(ch) ||
		    (ch != ' ' && ch != '\t'))
			break;
	}
	return idx;
}

/* Print the line at idx after prefix; returns the index after its end
 * of line, or 0 (binary, no end of line: then it is printed as cut). */
static unsigned txt_line(struct dctx *d, const char *proto, const char *prefix,
			 struct cursor c, unsigned idx, unsigned len)
{
	unsigned start = idx, linelen, next;

	while (idx < len) {
		unsigned ch;

		if (!cur_has(&c, idx + 1)) {
			decode_trunc_cut(d, proto);
			return 0;
		}
		ch = cur_peek(&c, idx);
		if (ch == '\n') {
			linelen = idx - start;
			next = idx + 1;
			goto print;
		}
		if (ch == '\r') {
			if (idx + 1 >= len)
				return 0;
			if (!cur_has(&c, idx + 2)) {
				decode_trunc_cut(d, proto);
				return 0;
			}
			if (cur_peek(&c, idx + 1) != '\n')
				return 0;
			linelen = idx - start;
			next = idx + 2;
			goto print;
		}
		if (!is_print(ch) && ch != '\t')
			return 0;
		idx++;
	}
	/* printable to the end, but no end of line: cut */
	out_str(prefix);
	out_mem(c.p + start, idx - start);
	decode_trunc(d, proto);
	return 0;
print:
	out_str(prefix);
	out_mem(c.p + start, linelen);
	return next;
}

void decode_txtproto(struct dctx *d, struct cursor c, unsigned len,
		     const char *const *cmds, bool resp_code_second,
		     const char *proto, const char *caps)
{
	char tok[MAX_TOKEN + 1];
	bool print_this = false;
	unsigned idx, eol;

	if (cmds) {
		idx = fetch_token(c, 0, len, tok, sizeof(tok));
		if (idx) {
			for (; *cmds; cmds++)
				if (!strcasecmp(tok, *cmds)) {
					print_this = true;
					break;
				}
			if (resp_code_second)
				idx = fetch_token(c, idx, len, tok, sizeof(tok));
			if (idx && tok[0] >= '0' && tok[0] <= '9' &&
			    tok[1] >= '0' && tok[1] <= '9' && tok[2] >= '0' &&
			    tok[2] <= '9' && tok[3] == '\0')
				print_this = true;
		}
	} else {
		print_this = true;
	}
	out_str(caps);
	if (!print_this)
		return;
	if (d->vflag) {
		out_fmt(", length: %u", len);
		for (idx = 0; idx < len && !d->stop &&
		     (eol = txt_line(d, proto, "\n\t", c, idx, len)) != 0;
		     idx = eol)
			;
	} else {
		txt_line(d, proto, ": ", c, 0, len);
	}
}

static const char *const http_cmds[] = {
	"GET", "PUT", "COPY", "HEAD", "LOCK", "MOVE", "POLL", "POST",
	"BCOPY", "BMOVE", "MKCOL", "TRACE", "LABEL", "MERGE", "DELETE",
	"SEARCH", "UNLOCK", "REPORT", "UPDATE", "NOTIFY", "BDELETE",
	"CONNECT", "OPTIONS", "CHECKIN", "PROPFIND", "CHECKOUT",
	"CHECKOUT", "BPROPFIND", "BPROPPATCH", "PROPPATCH", "SUBSCRIBE",
	"UNCHECKOUT", "UNSUBSCRIBE", "MKWORKSPACE", "MKACTIVITY",
	"VERSION-CONTROL", "BASELINE-CONTROL", NULL
};

void http_print(struct dctx *d, struct cursor c, unsigned len)
{
	decode_txtproto(d, c, len, http_cmds, true, "http", "HTTP");
}

DECODE_PORT(TCP, 130, 80, 80, PORT_EITHER, http_tcp_print)
DECODE_PORT(TCP, 131, 8080, 8080, PORT_EITHER, http_tcp_print)

void http_tcp_print(struct dctx *d, struct cursor c, unsigned len,
		    const struct l4info *l4 DECODE_UNUSED)
{
	out_str(": ");
	http_print(d, c, len);
}

DECODE_PORT(TCP, 70, 22, 22, PORT_EITHER, ssh_print)

/* RFC 4253 4.2: "SSH-protoversion-softwareversion SP comments CR LF". */
void ssh_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct l4info *l4 DECODE_UNUSED)
{
	static const char magic[] = "SSH-";
	unsigned idx;

	for (idx = 0; idx < 4; idx++) {
		if (!cur_has(&c, idx + 1)) {
			decode_trunc_cut(d, "ssh");
			return;
		}
		if (cur_peek(&c, idx) != (uint8_t)magic[idx])
			return;
	}
	for (; idx < len; idx++) {
		unsigned ch;

		if (!cur_has(&c, idx + 1)) {
			decode_trunc_cut(d, "ssh");
			return;
		}
		ch = cur_peek(&c, idx);
		if (ch == '\n')
			break;
		if (ch == '\r') {
			if (idx + 1 >= len)
				return;
			if (!cur_has(&c, idx + 2)) {
				decode_trunc_cut(d, "ssh");
				return;
			}
			if (cur_peek(&c, idx + 1) != '\n')
				return;
			break;
		}
		if (!is_print(ch))
			return;
	}
	if (idx >= len)
		return;
	out_str(": SSH: ");
	out_mem(c.p, idx);
}

/* The text protocols tcpdump prints with txtproto_print alone. */
static const char *const ftp_cmds[] = {
	"ABOR", "ACCT", "ADAT", "ALLO", "APPE", "AUTH", "CCC", "CDUP",
	"CONF", "CWD", "DELE", "ENC", "EPRT", "EPSV", "FEAT", "HELP", "LANG",
	"LIST", "LPRT", "LPSV", "MDTM", "MIC", "MKD", "MLSD", "MLST", "MODE",
	"NLST", "NOOP", "OPTS", "PASS", "PASV", "PBSZ", "PORT", "PROT", "PWD",
	"QUIT", "REIN", "REST", "RETR", "RMD", "RNFR", "RNTO", "SITE", "SIZE",
	"SMNT", "STAT", "STOR", "STOU", "STRU", "SYST", "TYPE", "USER",
	"XCUP", "XCWD", "XMKD", "XPWD", "XRMD", NULL
};

static const char *const rtsp_cmds[] = {
	"DESCRIBE", "ANNOUNCE", "GET_PARAMETER", "OPTIONS", "PAUSE", "PLAY",
	"RECORD", "REDIRECT", "SETUP", "SET_PARAMETER", "TEARDOWN", NULL
};

static const char *const sip_cmds[] = {
	"ACK", "BYE", "CANCEL", "DO", "INFO", "INVITE", "MESSAGE", "NOTIFY",
	"OPTIONS", "PRACK", "QAUTH", "REFER", "REGISTER", "SPRACK",
	"SUBSCRIBE", "UPDATE", "PUBLISH", NULL
};

DECODE_PORT(TCP, 20, 25, 25, PORT_EITHER, smtp_print)

void smtp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct l4info *l4 DECODE_UNUSED)
{
	out_str(": ");
	decode_txtproto(d, c, len, NULL, false, "smtp", "SMTP");
}

DECODE_PORT(TCP, 30, 43, 43, PORT_EITHER, whois_print)

void whois_print(struct dctx *d, struct cursor c, unsigned len,
		 const struct l4info *l4 DECODE_UNUSED)
{
	out_str(": ");
	decode_txtproto(d, c, len, NULL, false, "whois", "WHOIS");
}

DECODE_PORT(TCP, 120, 21, 21, PORT_EITHER, ftp_print)

void ftp_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct l4info *l4 DECODE_UNUSED)
{
	out_str(": ");
	decode_txtproto(d, c, len, ftp_cmds, false, "ftp", "FTP");
}

DECODE_PORT(TCP, 140, 554, 554, PORT_EITHER, rtsp_print)
DECODE_PORT(TCP, 141, 8554, 8554, PORT_EITHER, rtsp_print)

void rtsp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct l4info *l4 DECODE_UNUSED)
{
	out_str(": ");
	decode_txtproto(d, c, len, rtsp_cmds, true, "rtsp", "RTSP");
}

DECODE_PORT(UDP, 430, 5060, 5060, PORT_EITHER, sip_print)

void sip_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct l4info *l4 DECODE_UNUSED)
{
	decode_txtproto(d, c, len, sip_cmds, true, "sip", "SIP");
}
