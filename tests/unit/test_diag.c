/* test_diag.c - sock_diag replies: well formed, errors, lies. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <linux/rtnetlink.h>
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

/* A unix_diag message with attributes: name, peer, icons, and one more
 * attribute whose length is given by lie (0: honest). */
static size_t unix_msg(char *buf, const char *name, size_t namelen,
		       unsigned lie)
{
	char data[512];
	struct unix_diag_msg m = { 0 };
	struct rtattr a;
	uint32_t peer = 4242, icons[2] = { 11, 12 };
	size_t n = NLMSG_ALIGN(sizeof(m));

	m.udiag_family = AF_UNIX;
	m.udiag_type = SOCK_STREAM;
	m.udiag_state = 10;
	m.udiag_ino = 777;
	memcpy(data, &m, sizeof(m));
	a.rta_type = UNIX_DIAG_NAME;
	a.rta_len = (unsigned short)RTA_LENGTH(namelen);
	memcpy(data + n, &a, sizeof(a));
	memcpy(data + n + RTA_LENGTH(0), name, namelen);
	n += RTA_ALIGN(a.rta_len);
	a.rta_type = UNIX_DIAG_PEER;
	a.rta_len = (unsigned short)RTA_LENGTH(4);
	memcpy(data + n, &a, sizeof(a));
	memcpy(data + n + RTA_LENGTH(0), &peer, 4);
	n += RTA_ALIGN(a.rta_len);
	a.rta_type = UNIX_DIAG_ICONS;
	a.rta_len = (unsigned short)(lie ? lie : RTA_LENGTH(8));
	memcpy(data + n, &a, sizeof(a));
	memcpy(data + n + RTA_LENGTH(0), icons, 8);
	n += RTA_ALIGN(RTA_LENGTH(8));
	return msg(buf, SOCK_DIAG_BY_FAMILY, SEQ, data, n, 0);
}

static void test_unix(void **state)
{
	char buf[1024];
	struct diag_unix u;
	size_t n;

	(void)state;
	n = unix_msg(buf, "\0abs\0x", 7, 0);
	assert_int_equal(diag_parse_unix_reply(buf, n, SEQ, PORT, &u), 0);
	assert_int_equal(u.inode, 777);
	assert_int_equal(u.state, 10);
	assert_int_equal(u.type, SOCK_STREAM);
	assert_int_equal(u.namelen, 7);
	assert_memory_equal(u.name, "\0abs\0x", 7);
	assert_int_equal(u.peer, 4242);
	assert_int_equal(u.has_peer, 1);
	assert_int_equal(u.nicons, 2);
}

static void test_unix_lies(void **state)
{
	char buf[1024], longname[200];
	struct diag_unix u;
	size_t n;

	(void)state;
	/* the icons attribute claims to run past the message */
	n = unix_msg(buf, "/p", 3, 400);
	assert_int_equal(diag_parse_unix_reply(buf, n, SEQ, PORT, &u), -1);
	assert_int_equal(errno, EPROTO);
	/* a name longer than sun_path */
	memset(longname, 'a', sizeof(longname));
	n = unix_msg(buf, longname, sizeof(longname), 0);
	assert_int_equal(diag_parse_unix_reply(buf, n, SEQ, PORT, &u), -1);
	assert_int_equal(errno, EPROTO);
	/* a message too short for unix_diag_msg */
	n = msg(buf, SOCK_DIAG_BY_FAMILY, SEQ, longname, 6, 0);
	assert_int_equal(diag_parse_unix_reply(buf, n, SEQ, PORT, &u), -1);
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
		cmocka_unit_test(test_unix),
		cmocka_unit_test(test_unix_lies),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
