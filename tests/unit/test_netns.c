/* test_netns.c - which file a --netns target names, and what joining
 * says about files that are not network namespaces. */
#include <errno.h>
#include <sched.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <cmocka.h>

#include "netns.h"

static void test_path_kinds(void **state)
{
	char buf[64];

	(void)state;
	assert_int_equal(netns_path("4242", buf, sizeof(buf)), NETNS_PID);
	assert_string_equal(buf, "/proc/4242/ns/net");
	assert_int_equal(netns_path("web", buf, sizeof(buf)), NETNS_NAME);
	assert_string_equal(buf, "/run/netns/web");
	assert_int_equal(netns_path("42x", buf, sizeof(buf)), NETNS_NAME);
	assert_string_equal(buf, "/run/netns/42x");
	assert_int_equal(netns_path("./ns", buf, sizeof(buf)), NETNS_PATH);
	assert_string_equal(buf, "./ns");
	assert_int_equal(netns_path("/run/netns/1234", buf, sizeof(buf)),
			 NETNS_PATH);
	assert_string_equal(buf, "/run/netns/1234");
}

static void test_path_truncated(void **state)
{
	char buf[12];

	(void)state;
	errno = 0;
	assert_int_equal(netns_path("a-long-name", buf, sizeof(buf)), -1);
	assert_int_equal(errno, ENAMETOOLONG);
	assert_int_equal(netns_path("1", buf, sizeof(buf)), -1);
	assert_int_equal(netns_path("/12345678901", buf, sizeof(buf)), -1);
	assert_int_equal(netns_path("/1234567890", buf, sizeof(buf)),
			 NETNS_PATH);	/* exact fit */
	assert_string_equal(buf, "/1234567890");
	assert_int_equal(netns_path("a", buf, sizeof(buf)), -1);
	assert_int_equal(netns_path("", buf, sizeof(buf)), NETNS_NAME);
	assert_string_equal(buf, "/run/netns/");
}

static void test_type_names(void **state)
{
	(void)state;
	assert_string_equal(netns_type_name(CLONE_NEWNET), "network");
	assert_string_equal(netns_type_name(CLONE_NEWNS), "mount");
	assert_string_equal(netns_type_name(CLONE_NEWUSER), "user");
	assert_null(netns_type_name(0));
	assert_null(netns_type_name(CLONE_VM));
}

static void test_enter_refuses(void **state)
{
	int type = -1;

	(void)state;
	errno = 0;
	assert_int_equal(netns_enter("/nonexistent/ns", &type), -1);
	assert_int_equal(errno, ENOENT);
	assert_int_equal(type, 0);

	type = -1;
	assert_int_equal(netns_enter("/proc/self/ns/mnt", &type), -1);
	assert_int_equal(errno, EINVAL);
	assert_int_equal(type, CLONE_NEWNS);

	type = -1;
	assert_int_equal(netns_enter("/proc/self/status", &type), -1);
	assert_int_equal(errno, EINVAL);
	assert_int_equal(type, 0);
}

static void test_enter_own(void **state)
{
	int type = -1;

	(void)state;
	if (geteuid() != 0)
		skip();
	assert_int_equal(netns_enter("/proc/self/ns/net", &type), 0);
	assert_int_equal(type, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_path_kinds),
		cmocka_unit_test(test_path_truncated),
		cmocka_unit_test(test_type_names),
		cmocka_unit_test(test_enter_refuses),
		cmocka_unit_test(test_enter_own),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
