/* test_nl.c - netlink message and attribute walks: fits, errors, lies. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <errno.h>
#include <string.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <cmocka.h>

#include "nl.h"

enum { SEQ = 9, PORT = 77 };

static size_t msg(char *buf, uint16_t type, uint16_t flags, const void *data,
		  size_t n)
{
	struct nlmsghdr h = { 0 };

	h.nlmsg_len = (uint32_t)NLMSG_LENGTH(n);
	h.nlmsg_type = type;
	h.nlmsg_flags = flags;
	h.nlmsg_seq = SEQ;
	h.nlmsg_pid = PORT;
	memcpy(buf, &h, sizeof(h));
	memcpy(buf + NLMSG_HDRLEN, data, n);
	return NLMSG_ALIGN(NLMSG_LENGTH(n));
}

static int count_cb(const struct nlmsghdr *h, const char *p, long len,
		    void *arg)
{
	(void)h;
	(void)p;
	(void)len;
	++*(int *)arg;
	return 0;
}

static struct nl_walk walker(int *count)
{
	struct nl_walk w = { .seq = SEQ, .portid = PORT, .cb = count_cb,
			     .arg = count, .dump = 1 };
	return w;
}

static void test_dump_and_done(void **state)
{
	char buf[256];
	int data = 5, n = 0;
	size_t len = 0;
	struct nl_walk w = walker(&n);

	(void)state;
	len += msg(buf + len, 20, NLM_F_MULTI, &data, sizeof(data));
	len += msg(buf + len, 20, NLM_F_MULTI, &data, sizeof(data));
	assert_int_equal(nl_walk(&w, buf, len), 0);
	assert_int_equal(n, 2);
	len += msg(buf + len, NLMSG_DONE, NLM_F_MULTI, &data, sizeof(data));
	n = 0;
	w = walker(&n);
	assert_int_equal(nl_walk(&w, buf, len), 1);
	assert_int_equal(n, 2);
	assert_int_equal(w.intr, 0);
}

static void test_interrupted(void **state)
{
	char buf[256];
	int data = 0, n = 0;
	size_t len = 0;
	struct nl_walk w = walker(&n);

	(void)state;
	len += msg(buf + len, 20, NLM_F_MULTI, &data, sizeof(data));
	len += msg(buf + len, 20, NLM_F_MULTI | NLM_F_DUMP_INTR, &data,
		   sizeof(data));
	len += msg(buf + len, 20, NLM_F_MULTI, &data, sizeof(data));
	len += msg(buf + len, NLMSG_DONE, NLM_F_MULTI, &data, sizeof(data));
	assert_int_equal(nl_walk(&w, buf, len), 1);
	assert_int_equal(w.intr, 1);
	assert_int_equal(n, 1);	/* nothing after the mark reaches cb */
}

static void test_error_and_ack(void **state)
{
	char buf[256];
	struct nlmsgerr e = { .error = -EPERM };
	int n = 0;
	struct nl_walk w = walker(&n);
	size_t len = msg(buf, NLMSG_ERROR, 0, &e, sizeof(e));

	(void)state;
	assert_int_equal(nl_walk(&w, buf, len), -1);
	assert_int_equal(errno, EPERM);
	e.error = 0;
	len = msg(buf, NLMSG_ERROR, 0, &e, sizeof(e));
	w = walker(&n);
	assert_int_equal(nl_walk(&w, buf, len), 1);
	/* an error message too short for struct nlmsgerr */
	len = msg(buf, NLMSG_ERROR, 0, &e, 2);
	w = walker(&n);
	assert_int_equal(nl_walk(&w, buf, len), -1);
	assert_int_equal(errno, EPROTO);
}

/* A dump that fails after it started says so in its NLMSG_DONE. */
static void test_done_with_error(void **state)
{
	char buf[256];
	int err = -ENOENT, n = 0;
	struct nl_walk w = walker(&n);
	size_t len = msg(buf, NLMSG_DONE, NLM_F_MULTI, &err, sizeof(err));

	(void)state;
	assert_int_equal(nl_walk(&w, buf, len), -1);
	assert_int_equal(errno, ENOENT);
	/* a DONE too short for the count is a plain end */
	len = msg(buf, NLMSG_DONE, NLM_F_MULTI, &err, 2);
	w = walker(&n);
	assert_int_equal(nl_walk(&w, buf, len), 1);
}

static void test_trailing_bytes(void **state)
{
	char buf[256];
	int data = 0, n = 0;
	struct nl_walk w = walker(&n);
	size_t len = msg(buf, 20, 0, &data, sizeof(data));

	(void)state;
	assert_int_equal(nl_walk(&w, buf, len + 3), -1);
	assert_int_equal(errno, EPROTO);
}

static size_t attr(char *p, unsigned type, const void *data, size_t n,
		   unsigned claim)
{
	struct rtattr a = { .rta_type = (unsigned short)type };

	a.rta_len = (unsigned short)(claim ? claim : RTA_LENGTH(n));
	memcpy(p, &a, sizeof(a));
	memcpy(p + RTA_LENGTH(0), data, n);
	return RTA_ALIGN(RTA_LENGTH(n));
}

static void test_attrs(void **state)
{
	char buf[64];
	const char *p = buf;
	uint32_t v = 0x01020304;
	long left;
	struct nl_attr a;

	(void)state;
	left = (long)attr(buf, 3, &v, sizeof(v), 0);
	left += (long)attr(buf + left, 4 | NLA_F_NESTED, "ab", 3, 0);
	assert_int_equal(nl_attr_next(&p, &left, &a), 1);
	assert_int_equal(a.type, 3);
	assert_int_equal(nl_attr_u32(&a), v);
	assert_int_equal(nl_attr_next(&p, &left, &a), 1);
	assert_int_equal(a.type, 4);
	assert_int_equal(a.len, 3);
	assert_int_equal(nl_attr_u32(&a), 0);	/* too short for a u32 */
	assert_int_equal(nl_attr_u8(&a), 'a');
	assert_int_equal(nl_attr_next(&p, &left, &a), 0);
	assert_int_equal(left, 0);
}

static void test_attr_lies(void **state)
{
	char buf[64];
	const char *p = buf;
	uint32_t v = 1;
	long left;
	struct nl_attr a;

	(void)state;
	/* claims more than the list holds */
	left = (long)attr(buf, 3, &v, sizeof(v), 40);
	assert_int_equal(nl_attr_next(&p, &left, &a), -1);
	assert_int_equal(errno, EPROTO);
	/* claims less than its own header */
	p = buf;
	left = (long)attr(buf, 3, &v, sizeof(v), 2);
	assert_int_equal(nl_attr_next(&p, &left, &a), -1);
	/* a list ending in two stray bytes */
	p = buf;
	left = 2;
	assert_int_equal(nl_attr_next(&p, &left, &a), -1);
	/* exact fit: the header alone, no data */
	p = buf;
	left = (long)attr(buf, 7, &v, 0, 0);
	assert_int_equal(nl_attr_next(&p, &left, &a), 1);
	assert_int_equal(a.len, 0);
	assert_int_equal(nl_attr_next(&p, &left, &a), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dump_and_done),
		cmocka_unit_test(test_interrupted),
		cmocka_unit_test(test_error_and_ack),
		cmocka_unit_test(test_done_with_error),
		cmocka_unit_test(test_trailing_bytes),
		cmocka_unit_test(test_attrs),
		cmocka_unit_test(test_attr_lies),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
