/* print-beep.c - BEEP, the Blocks Extensible Exchange Protocol (RFC
 * 3080, 3081), TCP port 10288: the frame's keyword only.
 * Output as tcpdump 4.99 print-beep.c (whose "MSG" and "END" tests
 * compare four bytes, the fourth against a NUL).
 */
#include "decode.h"
#include "out.h"
#include "table.h"

/* Does the payload start with the n bytes of kw (NUL included)? */
static bool starts(struct cursor c, unsigned len, const char *kw, unsigned n)
{
	unsigned i;

	if (!cur_has(&c, n) || n > len)
		return false;
	for (i = 0; i < n; i++) {
		if (cur_peek(&c, i) != (uint8_t)kw[i])
			return false;
		if (!kw[i])
			break;
	}
	return true;
}

DECODE_PORT(TCP, 100, 10288, 10288, PORT_EITHER, beep_print)

void beep_print(struct dctx *d, struct cursor c, unsigned len,
		const struct l4info *l4 DECODE_UNUSED)
{
	static const char *const kws[] = { "MSG", "RPY ", "ERR ", "ANS ",
		"NUL ", "SEQ ", "END" };
	unsigned k;

	(void)d;
	for (k = 0; k < 7; k++) {
		if (starts(c, len, kws[k], 4)) {
			out_str(" BEEP ");
			out_mem(kws[k], 3);
			return;
		}
	}
	out_str(" BEEP (payload or undecoded)");
}
