/* print-syslog.c - BSD syslog over UDP (RFC 3164; RFC 5424 headers).
 *   "<PRI>message", PRI = facility * 8 + severity
 * Output as tcpdump 4.99 print-syslog.c.
 */
#include "decode.h"
#include "table.h"
#include "out.h"

static const struct tok facility_values[] = {
	{ 0, "kernel" }, { 1, "user" }, { 2, "mail" }, { 3, "daemon" },
	{ 4, "auth" }, { 5, "syslog" }, { 6, "lpr" }, { 7, "news" },
	{ 8, "uucp" }, { 9, "cron" }, { 10, "authpriv" }, { 11, "ftp" },
	{ 12, "ntp" }, { 13, "security" }, { 14, "console" }, { 15, "cron" },
	{ 16, "local0" }, { 17, "local1" }, { 18, "local2" },
	{ 19, "local3" }, { 20, "local4" }, { 21, "local5" },
	{ 22, "local6" }, { 23, "local7" },
	{ 0, NULL }
};

static const struct tok severity_values[] = {
	{ 0, "emergency" }, { 1, "alert" }, { 2, "critical" }, { 3, "error" },
	{ 4, "warning" }, { 5, "notice" }, { 6, "info" }, { 7, "debug" },
	{ 0, NULL }
};

DECODE_PORT(UDP, 435, 514, 514, PORT_EITHER, syslog_print)

void syslog_print(struct dctx *d, struct cursor c, unsigned len,
		const struct l4info *l4 DECODE_UNUSED)
{
	unsigned off = 0, pri = 0, facility, severity;

	if (!cur_has(&c, 1)) {
		decode_trunc_cut(d, "syslog");
		return;
	}
	if (cur_peek(&c, off++) != '<') {
		decode_invalid(d);
		return;
	}
	while (off <= 3 && cur_has(&c, off + 1) && cur_peek(&c, off) >= '0' &&
	       cur_peek(&c, off) <= '9')
		pri = pri * 10 + (cur_peek(&c, off++) - '0');
	if (!cur_has(&c, off + 1)) {
		decode_trunc_cut(d, "syslog");
		return;
	}
	if (cur_peek(&c, off++) != '>') {
		decode_invalid(d);
		return;
	}
	facility = (pri & 0x3f8) >> 3;
	severity = pri & 7;
	if (!d->vflag) {
		out_str("SYSLOG ");
		tok_print(facility_values, facility, "unknown (%u)");
		out_char('.');
		tok_print(severity_values, severity, "unknown (%u)");
		out_fmt(", length: %u", len);
		return;
	}
	out_fmt("SYSLOG, length: %u\n\tFacility ", len);
	tok_print(facility_values, facility, "unknown (%u)");
	out_fmt(" (%u), Severity ", facility);
	tok_print(severity_values, severity, "unknown (%u)");
	out_fmt(" (%u)\n\tMsg: ", severity);
	for (; off < len; off++) {
		if (!cur_has(&c, off + 1)) {
			decode_trunc_cut(d, "syslog");
			return;
		}
		decode_char(cur_peek(&c, off));
	}
	if (d->vflag > 1)
		decode_hex(c, len, 0);
}
