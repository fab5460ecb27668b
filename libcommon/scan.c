/* scan.c - a small scanf: the conversions C programs read numbers and
 * words with, over a string or a stdio stream.
 *
 * It exists for the static executable's size. glibc's vfscanf drags in
 * wide-character conversion, the locale tables and four strto* float
 * parsers (about 100 KB linked statically); libpcap's Linux module and
 * glibc's TZ parser only ever read integers with it. scanf-static.c
 * makes this one their sscanf/fscanf in the static link; the dynamic
 * build uses glibc's, and tests/unit/test_scan.c checks that the two
 * agree on every format shape.
 *
 * Supported: whitespace and literal matching, %%, '*' (no assignment),
 * field widths, the length modifiers hh h l ll j z t, and the conversions
 * d i u o x X n s c [set]. Not supported (returns what matched so far,
 * as for a mismatch): floating point (e f g a), p, and wide
 * conversions.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdbool.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "scan.h"

struct src {
	const char *s;		/* a string, or NULL */
	FILE *f;		/* else a stream */
	size_t used;		/* characters consumed, for %n */
	bool ended;		/* input ended where a field or literal
				 * began: C's "input failure" */
};

static int src_get(struct src *in)
{
	int c;

	if (in->s)
		c = *in->s ? (unsigned char)*in->s++ : EOF;
	else
		c = getc(in->f);
	if (c != EOF)
		in->used++;
	return c;
}

static void src_unget(struct src *in, int c)
{
	if (c == EOF)
		return;
	in->used--;
	if (in->s)
		in->s--;
	else
		ungetc(c, in->f);
}

/* Does the input end here? (C's input failure, when a field begins.) */
static bool src_ended(struct src *in)
{
	int c = src_get(in);

	src_unget(in, c);
	if (c == EOF)
		in->ended = true;
	return c == EOF;
}

static void skip_space(struct src *in)
{
	int c;

	while ((c = src_get(in)) != EOF && isspace(c))
		;
	src_unget(in, c);
}

enum size { SZ_HH, SZ_H, SZ_INT, SZ_L, SZ_LL };

static void store_int(void *p, enum size sz, unsigned long long v)
{
	switch (sz) {
	case SZ_HH: *(unsigned char *)p = (unsigned char)v; break;
	case SZ_H: *(unsigned short *)p = (unsigned short)v; break;
	case SZ_INT: *(unsigned *)p = (unsigned)v; break;
	case SZ_L: *(unsigned long *)p = (unsigned long)v; break;
	case SZ_LL: *(unsigned long long *)p = v; break;
	}
}

static int digit_val(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	return c >= 'a' && c <= 'z' ? c - 'a' + 10 : 99;
}

/* An integer of base (0: C's prefixes) in at most width characters;
 * false when no digit came. Overflow saturates as strtoull does. */
static bool scan_int(struct src *in, int base, size_t width,
		     unsigned long long *out)
{
	unsigned long long v = 0;
	bool neg = false, any = false, over = false;
	int c = src_get(in);

	if ((c == '-' || c == '+') && width > 1) {
		neg = c == '-';
		width--;
		c = src_get(in);
	}
	if ((base == 0 || base == 16) && c == '0' && width > 1) {
		int x = src_get(in);

		any = true;
		width--;
		if ((x == 'x' || x == 'X') && width > 1) {
			base = 16;
			width--;
			c = src_get(in);
		} else {
			if (base == 0)
				base = 8;
			c = x;
		}
	}
	if (base == 0)
		base = 10;
	for (; width && c != EOF && digit_val(c) < base; width--) {
		unsigned d = (unsigned)digit_val(c);

		if (v > (ULLONG_MAX - d) / (unsigned)base)
			over = true;
		v = v * (unsigned)base + d;
		any = true;
		c = src_get(in);
	}
	src_unget(in, c);	/* the one after the field */
	if (over)
		v = ULLONG_MAX;
	*out = neg ? (unsigned long long)-(long long)v : v;
	return any;
}

/* The set of a %[...] conversion; returns the format after it. */
static const char *scan_set(const char *f, bool set[256])
{
	bool neg = false;
	int i, prev = -1;

	if (*f == '^') {
		neg = true;
		f++;
	}
	memset(set, 0, 256);
	if (*f == ']')
		set[(unsigned char)*f++] = true;
	for (; *f && *f != ']'; f++) {
		if (*f == '-' && prev >= 0 && f[1] && f[1] != ']') {
			for (i = prev; i <= (unsigned char)f[1]; i++)
				set[i] = true;
			prev = -1;
			f++;
			continue;
		}
		prev = (unsigned char)*f;
		set[prev] = true;
	}
	if (neg)
		for (i = 0; i < 256; i++)
			set[i] = !set[i];
	return *f ? f + 1 : f;
}

/* %s, %c and %[: characters into p (NULL with '*'); false if none. */
static bool scan_chars(struct src *in, char conv, const bool *set,
		       size_t width, char *p)
{
	size_t n = 0;
	int c;

	if (conv == 'c' && width == SIZE_MAX)
		width = 1;
	for (; n < width; n++) {
		c = src_get(in);
		if (c == EOF || (conv == 's' && isspace(c)) ||
		    (conv == '[' && !set[c])) {
			src_unget(in, c);
			break;
		}
		if (p)
			p[n] = (char)c;
	}
	if (p && conv != 'c' && n)
		p[n] = '\0';
	return n > 0;
}

static enum size parse_size(const char **fp)
{
	const char *f = *fp;
	enum size sz = SZ_INT;

	if (f[0] == 'h' && f[1] == 'h') {
		sz = SZ_HH;
		f += 2;
	} else if (f[0] == 'h') {
		sz = SZ_H;
		f++;
	} else if (f[0] == 'l' && f[1] == 'l') {
		sz = SZ_LL;
		f += 2;
	} else if (f[0] == 'l' || f[0] == 'j' || f[0] == 'z' || f[0] == 't') {
		sz = f[0] == 'l' ? SZ_L : SZ_LL;
		f++;
	}
	*fp = f;
	return sz;
}

/* One conversion at f (after '%'); returns the format after it, or NULL
 * when input failed to match. *assigned counts stored fields. */
static const char *scan_one(struct src *in, const char *f, va_list *ap,
			    int *assigned)
{
	bool skip = false, set[256];
	size_t width = SIZE_MAX;
	unsigned long long v;
	enum size sz;
	char conv;
	void *p;

	if (*f == '*') {
		skip = true;
		f++;
	}
	if (isdigit((unsigned char)*f))
		for (width = 0; isdigit((unsigned char)*f); f++)
			width = width * 10 + (size_t)(*f - '0');
	sz = parse_size(&f);
	conv = *f++;
	if (conv == '[')
		f = scan_set(f, set);
	if (conv == 'n') {
		if (!skip)
			store_int(va_arg(*ap, void *), sz, in->used);
		return f;
	}
	if (conv != 'c' && conv != '[')
		skip_space(in);
	p = skip ? NULL : va_arg(*ap, void *);
	if (src_ended(in))
		return NULL;
	switch (conv) {
	case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
		if (!scan_int(in, conv == 'd' || conv == 'u' ? 10 :
			      conv == 'i' ? 0 : conv == 'o' ? 8 : 16,
			      width, &v))
			return NULL;
		if (p)
			store_int(p, sz, v);
		break;
	case 's': case 'c': case '[':
		if (!scan_chars(in, conv, set, width, p))
			return NULL;
		break;
	default:
		return NULL;
	}
	if (p)
		(*assigned)++;
	return f;
}

/* The result, as glibc's: EOF when the input ended where a field or a
 * literal began and nothing was stored yet, else the fields stored. */
static int scan_v(struct src *in, const char *f, va_list ap0)
{
	int assigned = 0, c;
	va_list ap;

	va_copy(ap, ap0);
	while (*f) {
		if (isspace((unsigned char)*f)) {
			skip_space(in);
			f++;
		} else if (*f == '%' && f[1] != '%') {
			const char *next = scan_one(in, f + 1, &ap, &assigned);

			if (!next)
				break;
			f = next;
		} else {
			if (*f == '%') {
				f++;
				skip_space(in);
			}
			if (src_ended(in))
				break;
			c = src_get(in);
			if (c != (unsigned char)*f) {
				src_unget(in, c);
				break;
			}
			f++;
		}
	}
	va_end(ap);
	return in->ended && !assigned ? EOF : assigned;
}

int scan_vsscanf(const char *s, const char *fmt, va_list ap)
{
	struct src in = { s, NULL, 0, false };

	return scan_v(&in, fmt, ap);
}

int scan_vfscanf(FILE *f, const char *fmt, va_list ap)
{
	struct src in = { NULL, f, 0, false };

	return scan_v(&in, fmt, ap);
}

int scan_sscanf(const char *s, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = scan_vsscanf(s, fmt, ap);
	va_end(ap);
	return n;
}
