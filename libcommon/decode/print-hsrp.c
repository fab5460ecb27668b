/* print-hsrp.c - Cisco HSRP version 0 (RFC 2281), UDP port 1985.
 *
 *   | Version | Op Code | State | Hellotime | Holdtime | Priority |
 *   | Group | Reserved | Authentication Data (8) | Virtual IP Address |
 * Output as tcpdump 4.99 print-hsrp.c.
 */
#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

static const struct tok op2str[] = {
	{ 0, "hello" },
	{ 1, "coup" },
	{ 2, "resign" },
	{ 0, NULL }
};

static const struct tok state2str[] = {
	{ 0, "initial" },
	{ 1, "learn" },
	{ 2, "listen" },
	{ 4, "speak" },
	{ 8, "standby" },
	{ 16, "active" },
	{ 0, NULL }
};

DECODE_PORT(UDP, 280, 1985, 1985, PORT_DST, hsrp_print)

void hsrp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct l4info *l4 DECODE_UNUSED)
{
	unsigned i;

	if (!cur_has(&c, 1))
		goto trunc;
	out_fmt("HSRPv%u", cur_peek(&c, 0));
	if (cur_peek(&c, 0) != 0)
		return;
	out_char('-');
	if (!cur_has(&c, 2))
		goto trunc;
	tok_print(op2str, cur_peek(&c, 1), "unknown (%u)");
	out_fmt(" %u: ", len);
	if (!cur_has(&c, 3))
		goto trunc;
	out_str("state=");
	tok_print(state2str, cur_peek(&c, 2), "Unknown (%u)");
	out_char(' ');
	if (!cur_has(&c, 7))
		goto trunc;
	out_fmt("group=%u ", cur_peek(&c, 6));
	if (!cur_has(&c, 8))
		goto trunc;
	if (cur_peek(&c, 7))
		out_fmt("[reserved=%u!] ", cur_peek(&c, 7));
	if (!rt_has(&c, 16, 4))
		goto trunc;
	out_str("addr=");
	rt_ip4_at(d, c, 16);
	if (!d->vflag)
		return;
	out_str(" hellotime=");
	rt_relts_print(cur_peek(&c, 3));
	out_str(" holdtime=");
	rt_relts_print(cur_peek(&c, 4));
	out_fmt(" priority=%u auth=\"", cur_peek(&c, 5));
	for (i = 0; i < 8 && cur_peek(&c, 8 + i); i++)
		decode_char(cur_peek(&c, 8 + i));
	out_char('"');
	return;
trunc:
	decode_trunc_cut(d, "hsrp");
}
