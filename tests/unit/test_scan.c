/* test_scan.c - scan.c against glibc's sscanf and fscanf: the same
 * result, the same stored values, the same %n, for each case. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "scan.h"

/* Up to four fields of any integer type, compared as raw bytes; the
 * string fields get their own buffers. */
struct fields {
	unsigned long long n[4];
	char s[2][16];
};

static int ours(const char *in, const char *fmt, struct fields *f,
		bool strings)
{
	memset(f, 0x5a, sizeof(*f));
	if (strings)
		return scan_sscanf(in, fmt, f->s[0], f->s[1], &f->n[0]);
	return scan_sscanf(in, fmt, &f->n[0], &f->n[1], &f->n[2], &f->n[3]);
}

static int theirs(const char *in, const char *fmt, struct fields *f,
		  bool strings)
{
	memset(f, 0x5a, sizeof(*f));
	if (strings)
		return sscanf(in, fmt, f->s[0], f->s[1], &f->n[0]);
	return sscanf(in, fmt, &f->n[0], &f->n[1], &f->n[2], &f->n[3]);
}

static void same(const char *in, const char *fmt, bool strings)
{
	struct fields a, b;
	int ra = ours(in, fmt, &a, strings), rb = theirs(in, fmt, &b, strings);

	if (ra != rb || memcmp(&a, &b, sizeof(a)))
		fail_msg("sscanf(\"%s\", \"%s\"): ours %d, glibc's %d%s", in,
			 fmt, ra, rb, ra == rb ? " (fields differ)" : "");
}

/* The callers in the static link: libpcap and glibc's TZ parser. */
static void test_callers(void **state)
{
	static const char *const releases[] = {
		"6.18.0-1-amd64", "3.19", "4", "", "x.1", "5.x", "10.0.0",
	};
	static const char *const tz[] = {
		"0", "5:30", "12:00:01", "", "-", "25", "1x",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(releases) / sizeof(releases[0]); i++)
		same(releases[i], "%ld.%ld%n", false);
	for (i = 0; i < sizeof(tz) / sizeof(tz[0]); i++) {
		same(tz[i], "%hu%n", false);
		same(tz[i], "%hu%n:%hu%n", false);
		same(tz[i], "%hu:%hu:%hu", false);
	}
	same("1\n", "%u", false);
	same("65534\n", "%u", false);
	same("", "%u", false);
	same("abc", "%u", false);
}

static void test_integers(void **state)
{
	static const char *const in[] = {
		"42", "-42", "+7", "0x1f", "0X1F", "017", "0", "00", "-0x10",
		"  12  34", "12,34", "1 2 3 4", "4294967295", "-1", "99999",
		"0x", "-", "+", " ", "9a", "\t\n7",
	};
	static const char *const fmt[] = {
		"%d", "%i", "%u", "%x", "%o", "%hhd", "%hd", "%ld", "%lld",
		"%lu", "%llx", "%zu", "%2d%d", "%d %d", "%d,%d", "%*d %d",
		"%d%n", "%3x", "%i %i %i %i", " %d", "%d ", "%%%d",
	};
	size_t i, j;

	(void)state;
	for (i = 0; i < sizeof(in) / sizeof(in[0]); i++)
		for (j = 0; j < sizeof(fmt) / sizeof(fmt[0]); j++)
			same(in[i], fmt[j], false);
}

static void test_strings(void **state)
{
	static const char *const in[] = {
		"socket:[12345]", "pipe:[7]", "hello world 5", "ab", "",
		"  lead", "a]b c",
	};
	static const char *const fmt[] = {
		"%s %s %d", "%5s%s", "%c%c", "%3c%s",
		"%[a-z]%s", "%[^:]:%s", "%[]a]%s", "%*s %s %d", "%s%n",
	};
	size_t i, j;

	(void)state;
	for (i = 0; i < sizeof(in) / sizeof(in[0]); i++)
		for (j = 0; j < sizeof(fmt) / sizeof(fmt[0]); j++)
			same(in[i], fmt[j], true);
	for (i = 0; i < sizeof(in) / sizeof(in[0]); i++)
		same(in[i], "socket:[%llu]", false);
}

static int our_fscanf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = scan_vfscanf(f, fmt, ap);
	va_end(ap);
	return n;
}

/* fscanf reads only what it converts: the rest stays in the stream, for
 * both, and an empty stream is EOF. */
static void test_stream(void **state)
{
	static const char *const in[] = { "  1 tail", "7", "", "x" };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		FILE *f = tmpfile();
		unsigned a = 11, b = 11;
		char ra[16] = "", rb[16] = "";
		int na, nb;

		fputs(in[i], f);
		rewind(f);
		na = our_fscanf(f, "%u", &a);
		if (!fgets(ra, sizeof(ra), f))
			ra[0] = '\0';
		rewind(f);
		nb = fscanf(f, "%u", &b);
		if (!fgets(rb, sizeof(rb), f))
			rb[0] = '\0';
		assert_int_equal(na, nb);
		assert_int_equal(a, b);
		assert_string_equal(ra, rb);
		fclose(f);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_callers),
		cmocka_unit_test(test_integers),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_stream),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
