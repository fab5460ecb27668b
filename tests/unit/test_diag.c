/* test_diag.c - sock_diag replies: well formed, errors, lies. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <errno.h>
#include <string.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <cmocka.h>

#include "diag.h"

enum { SEQ = 7, PORT = 4242 };

/* A reply of one message of the given type and payload. */
static size_t msg(char *buf, uint16_t type, uint32_t seq, const void *data,
		  size_t n, uint32_t claim)
{
	struct nlmsghdr h = { 0 };

	h.nlmsg_len = claim ? claim : (uint32_t)NLMSG_LENGTH(n);
	h.nlmsg_type = type;
	h.nlmsg_seq = seq;
	h.nlmsg_pid = PORT;
	memcpy(buf, &h, sizeof(h));
	memcpy(buf + NLMSG_HDRLEN, data, n);
	return NLMSG_ALIGN(NLMSG_LENGTH(n));
}

static void test_found(void **state)
{
	char buf[512];
	struct inet_diag_msg m = { 0 };
	struct diag_sock s = { 0 };
	size_t n;

	(void)state;
	m.idiag_inode = 123456;
	m.idiag_uid = 1000;
	m.idiag_state = 1;
	n = msg(buf, SOCK_DIAG_BY_FAMILY, SEQ, &m, sizeof(m), 0);
	assert_int_equal(diag_parse_reply(buf, n, SEQ, PORT, &s), 0);
	assert_int_equal(s.inode, 123456);
	assert_int_equal(s.uid, 1000);
}

static void test_kernel_error(void **state)
{
	char buf[512];
	struct nlmsgerr e = { .error = -ENOENT };
	struct diag_sock s;
	size_t n;

	(void)state;
	n = msg(buf, NLMSG_ERROR, SEQ, &e, sizeof(e), 0);
	assert_int_equal(diag_parse_reply(buf, n, SEQ, PORT, &s), -1);
	assert_int_equal(errno, ENOENT);
}

static void test_other_sequence_skipped(void **state)
{
	char buf[1024];
	struct inet_diag_msg m = { 0 };
	struct diag_sock s;
	size_t n;

	(void)state;
	m.idiag_inode = 1;
	n = msg(buf, SOCK_DIAG_BY_FAMILY, SEQ - 1, &m, sizeof(m), 0);
	m.idiag_inode = 2;
	n += msg(buf + n, SOCK_DIAG_BY_FAMILY, SEQ, &m, sizeof(m), 0);
	assert_int_equal(diag_parse_reply(buf, n, SEQ, PORT, &s), 0);
	assert_int_equal(s.inode, 2);
}

static void test_lying_length(void **state)
{
	char buf[512];
	struct inet_diag_msg m = { 0 };
	struct diag_sock s;
	size_t n;

	(void)state;
	/* claims more than the buffer holds */
	n = msg(buf, SOCK_DIAG_BY_FAMILY, SEQ, &m, sizeof(m), 4096);
	assert_int_equal(diag_parse_reply(buf, n, SEQ, PORT, &s), -1);
	assert_int_equal(errno, EPROTO);
	/* claims less than its own header */
	n = msg(buf, SOCK_DIAG_BY_FAMILY, SEQ, &m, sizeof(m), 8);
	assert_int_equal(diag_parse_reply(buf, n, SEQ, PORT, &s), -1);
	assert_int_equal(errno, EPROTO);
	/* a diag message too short for inet_diag_msg */
	n = msg(buf, SOCK_DIAG_BY_FAMILY, SEQ, &m, 4, 0);
	assert_int_equal(diag_parse_reply(buf, n, SEQ, PORT, &s), -1);
	assert_int_equal(errno, EPROTO);
}

static void test_done_and_empty(void **state)
{
	char buf[64];
	int zero = 0;
	struct diag_sock s;
	size_t n;

	(void)state;
	n = msg(buf, NLMSG_DONE, SEQ, &zero, sizeof(zero), 0);
	assert_int_equal(diag_parse_reply(buf, n, SEQ, PORT, &s), -1);
	assert_int_equal(errno, ENOENT);
	assert_int_equal(diag_parse_reply(buf, 0, SEQ, PORT, &s), -1);
	assert_int_equal(diag_parse_reply(buf, 5, SEQ, PORT, &s), -1);
	assert_int_equal(errno, EPROTO);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_found),
		cmocka_unit_test(test_kernel_error),
		cmocka_unit_test(test_other_sequence_skipped),
		cmocka_unit_test(test_lying_length),
		cmocka_unit_test(test_done_and_empty),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
