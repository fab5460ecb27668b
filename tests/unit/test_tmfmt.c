/* test_tmfmt.c - tm_format against glibc's strftime in the C locale:
 * every conversion and flag, over dates that move the week numbers,
 * leap years and the hours around noon and midnight. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "tmfmt.h"

static void same(const char *fmt, const struct tm *tm)
{
	char a[256], b[256];
	size_t na = tm_format(a, sizeof(a), fmt, tm);
	size_t nb = strftime(b, sizeof(b), fmt, tm);

	if (na != nb || strcmp(a, b))
		fail_msg("\"%s\": ours \"%s\" (%zu), glibc's \"%s\" (%zu)", fmt,
			 a, na, b, nb);
}

static void test_conversions(void **state)
{
	static const time_t when[] = {
		0, 951782400, 1104537600, 1230681600, 1293753600,
		1609459199, 1735689600, 1767139200, 1798761599, 4102444800,
		43200, 86399,
	};
	static const char *const conv = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%";
	static const char *const zones[] = {
		"GMT0", "EST5EDT,M3.2.0,M11.1.0", "IST-5:30",
	};
	const char *c;
	size_t i, z;

	(void)state;
	for (z = 0; z < sizeof(zones) / sizeof(zones[0]); z++)
	for (i = 0; i < sizeof(when) / sizeof(when[0]); i++) {
		struct tm tm;

		setenv("TZ", zones[z], 1);
		tzset();
		localtime_r(&when[i], &tm);
		for (c = conv; *c; c++) {
			char fmt[8];

			snprintf(fmt, sizeof(fmt), "%%%c", *c);
			same(fmt, &tm);
			snprintf(fmt, sizeof(fmt), "%%-%c", *c);
			same(fmt, &tm);
			snprintf(fmt, sizeof(fmt), "%%_%c", *c);
			same(fmt, &tm);
			snprintf(fmt, sizeof(fmt), "%%0%c", *c);
			same(fmt, &tm);
			snprintf(fmt, sizeof(fmt), "x%%E%cy", *c);
			same(fmt, &tm);
		}
		same("dump-%Y%m%d-%H%M%S.pcap", &tm);
		same("%^a %^b", &tm);
	}
}

static void test_short_buffer(void **state)
{
	struct tm tm;
	time_t t = 1735689600;
	char a[9];

	(void)state;
	gmtime_r(&t, &tm);
	assert_int_equal(tm_format(a, sizeof(a), "%Y-%m-%d", &tm), 0);
	assert_int_equal(tm_format(a, sizeof(a), "%Y%m%d", &tm), 8);
	assert_string_equal(a, "20250101");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_conversions),
		cmocka_unit_test(test_short_buffer),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
