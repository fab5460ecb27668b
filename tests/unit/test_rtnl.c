/* test_rtnl.c - rtnetlink route and link messages: fits and lies. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/rtnetlink.h>
#include <cmocka.h>

#include "rtnl.h"

/* Append an attribute at *n; claim: a lying rta_len (0: honest). */
static void put(char *buf, size_t *n, unsigned type, const void *data,
		size_t len, unsigned claim)
{
	struct rtattr a = { .rta_type = (unsigned short)type };

	a.rta_len = (unsigned short)(claim ? claim : RTA_LENGTH(len));
	memcpy(buf + *n, &a, sizeof(a));
	memcpy(buf + *n + RTA_LENGTH(0), data, len);
	*n += RTA_ALIGN(RTA_LENGTH(len));
}

static size_t route_msg(char *buf, unsigned char dst_len)
{
	struct rtmsg m = { 0 };
	size_t n = NLMSG_ALIGN(sizeof(m));

	m.rtm_family = AF_INET;
	m.rtm_dst_len = dst_len;
	m.rtm_table = RT_TABLE_MAIN;
	m.rtm_type = RTN_UNICAST;
	memcpy(buf, &m, sizeof(m));
	return n;
}

static void test_route(void **state)
{
	char buf[512], metrics[64];
	uint8_t dst[4] = { 10, 1, 2, 0 }, gw[4] = { 10, 1, 2, 254 };
	uint32_t oif = 3, prio = 100, advmss = 1300, table = 254;
	size_t n = route_msg(buf, 24), mn = 0;
	struct rtnl_route r;

	(void)state;
	put(buf, &n, RTA_TABLE, &table, 4, 0);
	put(buf, &n, RTA_DST, dst, 4, 0);
	put(buf, &n, RTA_GATEWAY, gw, 4, 0);
	put(buf, &n, RTA_OIF, &oif, 4, 0);
	put(buf, &n, RTA_PRIORITY, &prio, 4, 0);
	put(metrics, &mn, RTAX_ADVMSS, &advmss, 4, 0);
	put(buf, &n, RTA_METRICS, metrics, mn, 0);
	assert_int_equal(rtnl_route_parse(buf, (long)n, &r), 0);
	assert_int_equal(r.dst_len, 24);
	assert_memory_equal(r.dst, dst, 4);
	assert_memory_equal(r.gateway, gw, 4);
	assert_int_equal(r.gateway_family, AF_INET);
	assert_int_equal(r.oif, 3);
	assert_int_equal(r.priority, 100);
	assert_int_equal(r.advmss, 1300);
	assert_int_equal(r.table, 254);
}

/* A multipath route: the first next hop's device and gateway. */
static void test_multipath(void **state)
{
	char buf[512], mp[128];
	uint8_t gw1[4] = { 10, 1, 2, 11 }, gw2[4] = { 10, 5, 0, 2 };
	struct rtnexthop nh = { 0 };
	size_t n = route_msg(buf, 16), mn, start;
	struct rtnl_route r;

	(void)state;
	mn = RTNH_LENGTH(0);
	put(mp, &mn, RTA_GATEWAY, gw1, 4, 0);
	nh.rtnh_len = (unsigned short)mn;
	nh.rtnh_ifindex = 7;
	memcpy(mp, &nh, sizeof(nh));
	start = mn;
	mn += RTNH_LENGTH(0);
	put(mp, &mn, RTA_GATEWAY, gw2, 4, 0);
	nh.rtnh_len = (unsigned short)(mn - start);
	nh.rtnh_ifindex = 8;
	memcpy(mp + start, &nh, sizeof(nh));
	put(buf, &n, RTA_MULTIPATH, mp, mn, 0);
	assert_int_equal(rtnl_route_parse(buf, (long)n, &r), 0);
	assert_int_equal(r.oif, 7);
	assert_memory_equal(r.gateway, gw1, 4);

	/* a next hop that claims more than the attribute holds */
	nh.rtnh_len = 200;
	memcpy(mp, &nh, sizeof(nh));
	n = route_msg(buf, 16);
	put(buf, &n, RTA_MULTIPATH, mp, mn, 0);
	assert_int_equal(rtnl_route_parse(buf, (long)n, &r), -1);
	assert_int_equal(errno, EPROTO);
}

static void test_route_lies(void **state)
{
	char buf[512];
	uint32_t v = 1;
	size_t n = route_msg(buf, 0);
	struct rtnl_route r;

	(void)state;
	put(buf, &n, RTA_OIF, &v, 4, 64);	/* runs past the message */
	assert_int_equal(rtnl_route_parse(buf, (long)n, &r), -1);
	assert_int_equal(errno, EPROTO);
	n = route_msg(buf, 0);
	put(buf, &n, RTA_OIF, &v, 4, 2);	/* shorter than its header */
	assert_int_equal(rtnl_route_parse(buf, (long)n, &r), -1);
	/* too short for struct rtmsg */
	assert_int_equal(rtnl_route_parse(buf, 3, &r), -1);
	/* a u32 attribute with two bytes reads as 0, not past its end */
	n = route_msg(buf, 0);
	put(buf, &n, RTA_PRIORITY, &v, 2, 0);
	assert_int_equal(rtnl_route_parse(buf, (long)n, &r), 0);
	assert_int_equal(r.priority, 0);
}

static void test_link(void **state)
{
	char buf[512];
	struct ifinfomsg m = { 0 };
	struct rtnl_link_stats64 st = { 0 };
	uint32_t mtu = 1400;
	size_t n = NLMSG_ALIGN(sizeof(m));
	struct rtnl_link l;

	(void)state;
	m.ifi_index = 4;
	m.ifi_flags = 0x1043;
	memcpy(buf, &m, sizeof(m));
	put(buf, &n, IFLA_IFNAME, "v0", 3, 0);
	put(buf, &n, IFLA_MTU, &mtu, 4, 0);
	st.rx_packets = 5;
	st.tx_fifo_errors = 2;
	put(buf, &n, IFLA_STATS64, &st, sizeof(st), 0);
	assert_int_equal(rtnl_link_parse(buf, (long)n, &l), 0);
	assert_string_equal(l.name, "v0");
	assert_int_equal(l.mtu, 1400);
	assert_int_equal(l.index, 4);
	assert_int_equal(l.has_stats, 1);
	assert_int_equal(l.stats.rx_packets, 5);
	assert_int_equal(l.stats.tx_fifo_errors, 2);

	/* a name without its NUL, or longer than IFNAMSIZ */
	n = NLMSG_ALIGN(sizeof(m));
	put(buf, &n, IFLA_IFNAME, "abcd", 4, 0);
	assert_int_equal(rtnl_link_parse(buf, (long)n, &l), -1);
	assert_int_equal(errno, EPROTO);
	n = NLMSG_ALIGN(sizeof(m));
	put(buf, &n, IFLA_IFNAME, "0123456789abcdefghij", 21, 0);
	assert_int_equal(rtnl_link_parse(buf, (long)n, &l), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_route),
		cmocka_unit_test(test_multipath),
		cmocka_unit_test(test_route_lies),
		cmocka_unit_test(test_link),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
