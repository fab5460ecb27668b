/* tok.c - value-name tables. */
#include "decode.h"
#include "out.h"

const char *tok_str(const struct tok *t, unsigned v)
{
	for (; t->s; t++)
		if (t->v == v)
			return t->s;
	return NULL;
}

void tok_print(const struct tok *t, unsigned v, const char *fmt)
{
	const char *s = tok_str(t, v);

	if (s)
		out_str(s);
	else
		out_fmt(fmt, v);
}

void tok_bits_print(const struct tok *t, unsigned v, const char *sep,
		    const char *none)
{
	const char *s = "";
	bool any = false;

	/* As tcpdump's bittok2str: an entry matches when its value equals
	 * one of v's bits masked out (so only single-bit entries match, and
	 * a zero entry matches any clear bit). */
	for (; t->s; t++) {
		unsigned bit;

		/* a single-bit entry matches exactly when its bit is set */
		if (t->v && !(t->v & (t->v - 1))) {
			if (v & t->v) {
				out_str(s);
				out_str(t->s);
				s = sep;
				any = true;
			}
			continue;
		}
		for (bit = 1; bit; bit <<= 1) {
			if (t->v == (v & bit)) {
				out_str(s);
				out_str(t->s);
				s = sep;
				any = true;
				break;
			}
		}
	}
	if (!any)
		out_fmt(none, v);
}
