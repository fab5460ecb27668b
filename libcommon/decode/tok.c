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

	/* As tcpdump 4.99's bittok2str: an entry matches when all its bits
	 * are set in v; a zero entry never matches. */
	for (; t->s; t++) {
		if (t->v && (v & t->v) == t->v) {
			out_str(s);
			out_str(t->s);
			s = sep;
			any = true;
		}
	}
	if (!any)
		out_fmt(none, v);
}
