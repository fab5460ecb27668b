/* test_cursor.c - the bounds-checked packet cursor at its edges. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "decode/cursor.h"

static const uint8_t bytes[] = { 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc };

static void test_exact_fit(void **state)
{
	struct cursor c = cur_make(bytes, 4);

	(void)state;
	assert_int_equal(cur_be32(&c), 0x12345678);
	assert_false(cur_short(&c));
	assert_int_equal(cur_left(&c), 0);
}

static void test_one_byte_short(void **state)
{
	struct cursor c = cur_make(bytes, 3);

	(void)state;
	assert_int_equal(cur_be32(&c), 0);
	assert_true(cur_short(&c));
	/* once short, the cursor stays at the end */
	assert_int_equal(cur_left(&c), 0);
	assert_int_equal(cur_u8(&c), 0);
}

static void test_zero_length(void **state)
{
	struct cursor c = cur_make(bytes, 0);

	(void)state;
	assert_int_equal(cur_u8(&c), 0);
	assert_true(cur_short(&c));
	c = cur_make(bytes, 0);
	assert_true(cur_skip(&c, 0));
	assert_false(cur_short(&c));
}

static void test_byte_orders(void **state)
{
	struct cursor c = cur_make(bytes, 6);

	(void)state;
	assert_int_equal(cur_le16(&c), 0x3412);
	assert_int_equal(cur_be24(&c), 0x56789a);
	assert_int_equal(cur_u8(&c), 0xbc);
	assert_false(cur_short(&c));
	c = cur_make(bytes, 4);
	assert_int_equal(cur_le32(&c), 0x78563412);
}

static void test_sub_window(void **state)
{
	struct cursor c = cur_make(bytes, 6), s;

	(void)state;
	s = cur_sub(&c, 2);
	assert_int_equal(cur_left(&s), 2);
	assert_int_equal(cur_be16(&c), 0x5678);
	assert_int_equal(cur_be16(&s), 0x1234);
	assert_int_equal(cur_u8(&s), 0);	/* the child ends at its size */
	assert_true(cur_short(&s));
	assert_false(cur_short(&c));
}

static void test_sub_lying_length(void **state)
{
	struct cursor c = cur_make(bytes, 6), s;

	(void)state;
	s = cur_sub(&c, 100);	/* a header claims more than was captured */
	assert_int_equal(cur_left(&s), 6);
	assert_int_equal(cur_left(&c), 0);
	assert_true(cur_skip(&s, 6));
	assert_false(cur_skip(&s, 1));
	assert_true(cur_short(&s));
}

static void test_bytes_and_peek(void **state)
{
	struct cursor c = cur_make(bytes, 6);
	uint8_t out[8] = { 1, 1, 1, 1, 1, 1, 1, 1 };

	(void)state;
	assert_int_equal(cur_peek(&c, 5), 0xbc);
	assert_int_equal(cur_peek(&c, 6), 0);
	assert_false(cur_bytes(&c, out, 7));
	assert_int_equal(out[0], 0);	/* zeroed, not half-copied */
	assert_true(cur_short(&c));
}

static void test_sum16(void **state)
{
	struct cursor c = cur_make(bytes, 5);

	(void)state;
	/* 0x1234 + 0x5678 + 0x9a00 (odd byte padded) */
	assert_int_equal(cur_sum16(&c, 5), 0x1234 + 0x5678 + 0x9a00);
	/* a length past the window counts the window only */
	assert_int_equal(cur_sum16(&c, 100), 0x1234 + 0x5678 + 0x9a00);
	assert_int_equal(cur_sum16(&c, 0), 0);
	assert_int_equal(cur_left(&c), 5);	/* not moved */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exact_fit),
		cmocka_unit_test(test_one_byte_short),
		cmocka_unit_test(test_zero_length),
		cmocka_unit_test(test_byte_orders),
		cmocka_unit_test(test_sub_window),
		cmocka_unit_test(test_sub_lying_length),
		cmocka_unit_test(test_bytes_and_peek),
		cmocka_unit_test(test_sum16),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
