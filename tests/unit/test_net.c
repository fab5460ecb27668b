/* test_net.c - ports, services, resolution fallbacks, formatting. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>
#include <unistd.h>
#include <cmocka.h>

#include "args.h"
#include "net.h"

static void test_port_numbers(void **state)
{
	(void)state;
	assert_int_equal(net_port_parse("0", SOCK_STREAM), 0);
	assert_int_equal(net_port_parse("65535", SOCK_STREAM), 65535);
	assert_int_equal(net_port_parse("65536", SOCK_STREAM), -2);
	assert_int_equal(net_port_parse("70000", SOCK_STREAM), -2);
	assert_int_equal(net_port_parse("12a", SOCK_STREAM), -1);
	assert_int_equal(net_port_parse("nosuchservice", SOCK_STREAM), -1);
}

static void test_services_table(void **state)
{
	(void)state;
	/* same names and numbers as Debian's /etc/services */
	assert_int_equal(services_port("smtp", SERV_TCP), 25);
	assert_int_equal(services_port("mail", SERV_TCP), 25);	/* alias */
	assert_int_equal(services_port("domain", SERV_UDP), 53);
	assert_int_equal(services_port("ssh", SERV_UDP), -1);	/* tcp only */
	assert_string_equal(services_name(80, SERV_TCP), "http");
	assert_string_equal(services_name(123, SERV_UDP), "ntp");
	assert_null(services_name(12345, SERV_TCP));
}

static void test_resolve_numeric(void **state)
{
	struct net_addr a[4];
	char buf[NET_ADDRSTRLEN];
	int n;

	(void)state;
	n = net_resolve("127.0.0.1", 80, AF_UNSPEC, SOCK_STREAM, 0, a, 4);
	assert_int_equal(n, 1);
	assert_string_equal(net_ntop((struct sockaddr *)&a[0].sa, buf,
				     sizeof(buf)), "127.0.0.1");
	assert_int_equal(net_port((struct sockaddr *)&a[0].sa), 80);
	n = net_resolve("::1", 8080, AF_UNSPEC, SOCK_STREAM, 0, a, 4);
	assert_int_equal(n, 1);
	assert_int_equal(a[0].family, AF_INET6);
	assert_int_equal(net_port((struct sockaddr *)&a[0].sa), 8080);
}

static void test_resolve_localhost(void **state)
{
	struct net_addr a[4];
	char buf[NET_ADDRSTRLEN];
	int n, i, v4 = 0;

	(void)state;
	/* whether from /etc/hosts or from the RFC 6761 fallback */
	n = net_resolve("localhost", 7, AF_INET, SOCK_STREAM, 0, a, 4);
	assert_true(n >= 1);
	for (i = 0; i < n; i++)
		v4 += !strcmp(net_ntop((struct sockaddr *)&a[i].sa, buf,
				       sizeof(buf)), "127.0.0.1");
	assert_true(v4 >= 1);
	n = net_resolve("x.invalid", 7, AF_UNSPEC, SOCK_STREAM,
			AI_NUMERICHOST, a, 4);
	assert_true(n < 0);
}

static void test_args_num(void **state)
{
	long long v;

	(void)state;
	assert_int_equal(args_num("42", 0, 100, &v), 0);
	assert_int_equal(v, 42);
	assert_int_equal(args_num("101", 0, 100, &v), -1);
	assert_int_equal(args_num("", 0, 100, &v), -1);
	assert_int_equal(args_num("4x", 0, 100, &v), -1);
	assert_int_equal(args_num("-1", 0, 100, &v), -1);
	assert_string_equal(args_basename("/usr/bin/tcpdump"), "tcpdump");
	assert_string_equal(args_basename("nc"), "nc");
}

static void test_listen_connect_format(void **state)
{
	struct net_addr a[1];
	struct sockaddr_storage ss;
	socklen_t sl = sizeof(ss);
	char buf[80];
	int l, c;

	(void)state;
	assert_int_equal(net_resolve("127.0.0.1", 0, AF_INET, SOCK_STREAM, 0,
				     a, 1), 1);
	l = net_listen(&a[0], 4);
	assert_true(l >= 0);
	assert_int_equal(getsockname(l, (struct sockaddr *)&a[0].sa,
				     &a[0].len), 0);
	c = net_connect(&a[0], 1000);
	assert_true(c >= 0);
	assert_int_equal(getsockname(c, (struct sockaddr *)&ss, &sl), 0);
	snprintf(buf, sizeof(buf), "127.0.0.1.%d",
		 net_port((struct sockaddr *)&ss));
	net_sockaddr_format((struct sockaddr *)&ss, NET_STYLE_TCPDUMP, buf + 40,
			    40);
	assert_string_equal(buf + 40, buf);
	net_sockaddr_format((struct sockaddr *)&a[0].sa, NET_STYLE_NETSTAT, buf,
			    sizeof(buf));
	assert_int_equal(strncmp(buf, "127.0.0.1:", 10), 0);
	close(c);
	close(l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_port_numbers),
		cmocka_unit_test(test_services_table),
		cmocka_unit_test(test_resolve_numeric),
		cmocka_unit_test(test_resolve_localhost),
		cmocka_unit_test(test_args_num),
		cmocka_unit_test(test_listen_connect_format),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
