/* assert-static.c - linked into the static executable only: a failed
 * assert() (libpcap's code has some; tcpbox's has none) reports as
 * glibc's does, without glibc's __assert_fail.
 *
 * glibc's prints through __fxprintf, which can write to a wide-oriented
 * stream and so drags in the wide-character printf, its format parser
 * and conversions: about 30 KB of a static link for a message that is
 * never expected. This one writes the same line with write(2) and
 * aborts, as glibc's does.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char *program_invocation_short_name;

void __assert_fail(const char *expr, const char *file, unsigned line,
		   const char *func);

static void put(const char *s)
{
	size_t n = strlen(s);

	while (n) {
		ssize_t w = write(2, s, n);

		if (w <= 0)
			return;
		s += w;
		n -= (size_t)w;
	}
}

void __assert_fail(const char *expr, const char *file, unsigned line,
		   const char *func)
{
	char num[12], *p = num + sizeof(num);

	*--p = '\0';
	do
		*--p = (char)('0' + line % 10);
	while ((line /= 10) && p > num);
	put(program_invocation_short_name);
	put(": ");
	put(file);
	put(":");
	put(p);
	put(": ");
	if (func) {
		put(func);
		put(": ");
	}
	put("Assertion `");
	put(expr);
	put("' failed.\n");
	abort();
}
