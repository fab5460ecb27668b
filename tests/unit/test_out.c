/* test_out.c - the buffered writer and the hex/ASCII dump formats. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "decode/decode.h"
#include "out.h"

/* Run fn with stdout's writer pointed at a temp file; return the text. */
static char *capture(void (*fn)(void))
{
	FILE *f = tmpfile();
	static char buf[OUT_BUFSZ * 3];
	size_t n;

	out_set_fd(fileno(f));
	fn();
	out_flush();
	out_set_fd(1);
	rewind(f);
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static void numbers(void)
{
	out_uint(0, 0);
	out_char(' ');
	out_uint(7, 3);
	out_char(' ');
	out_uint(4294967295u, 0);
	out_char(' ');
	out_int(-12);
	out_char(' ');
	out_hex(0xbeef, 6);
	out_fmt(" %s", "x");
}

static void test_numbers(void **state)
{
	(void)state;
	assert_string_equal(capture(numbers), "0 007 4294967295 -12 00beef x");
}

static void big(void)
{
	static char chunk[OUT_BUFSZ + 100];
	volatile size_t n = sizeof(chunk);	/* a size known at run time */

	memset(chunk, 'a', sizeof(chunk));
	out_char('<');
	out_mem(chunk, n);	/* larger than the buffer */
	out_char('>');
}

static void test_larger_than_buffer(void **state)
{
	char *s;

	(void)state;
	s = capture(big);
	assert_int_equal(strlen(s), OUT_BUFSZ + 102);
	assert_int_equal(s[0], '<');
	assert_int_equal(s[OUT_BUFSZ + 101], '>');
}

static const uint8_t pkt[] = "E..<abcdefghijklmnopq";

static void hexdump(void)
{
	decode_hex(cur_make(pkt, 17), 17, 0);
}

static void hexascii(void)
{
	decode_hex_ascii(cur_make(pkt, 17), 17, 0);
}

static void test_hex_formats(void **state)
{
	(void)state;
	/* tcpdump -x: 8 groups per line, an odd last byte alone */
	assert_string_equal(capture(hexdump),
		"\n\t0x0000:  452e 2e3c 6162 6364 6566 6768 696a 6b6c"
		"\n\t0x0010:  6d");
	/* tcpdump -X: the hex column padded to 40, then the text */
	assert_string_equal(capture(hexascii),
		"\n\t0x0000:  452e 2e3c 6162 6364 6566 6768 696a 6b6c  E..<abcdefghijkl"
		"\n\t0x0010:  6d                                       m");
}

static void json(void)
{
	out_json_str("a\"b\\c\n\x01");
	out_char(' ');
	out_json_str("caf\xc3\xa9 \xe2\x82\xac");	/* valid UTF-8 kept */
	out_char(' ');
	out_json_str("\xff\xc3(\xe2\x82");	/* invalid bytes escaped */
	out_char(' ');
	out_json_str("");
}

static void test_json(void **state)
{
	(void)state;
	assert_string_equal(capture(json),
		"\"a\\\"b\\\\c\\u000a\\u0001\" "
		"\"caf\xc3\xa9 \xe2\x82\xac\" "
		"\"\\u00ff\\u00c3(\\u00e2\\u0082\" \"\"");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_larger_than_buffer),
		cmocka_unit_test(test_hex_formats),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
