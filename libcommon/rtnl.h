/* rtnl.h - NETLINK_ROUTE dumps: routes, links and address labels, walked
 * with nl.c's bounds-checked reader (every message and attribute length
 * is checked against what was received before it is read).
 */
#ifndef TCPBOX_RTNL_H
#define TCPBOX_RTNL_H

#include <stdint.h>
#include <net/if.h>
#include <linux/if_link.h>

#include "nl.h"

/* Open a NETLINK_ROUTE socket (nl_close closes it); NULL with errno. */
struct nl *rtnl_open(void);

/* One route, as RTM_NEWROUTE reports it; of a multipath route, the first
 * next hop (which is the one /proc/net/route shows). */
struct rtnl_route {
	int family;
	unsigned dst_len;
	uint8_t dst[16];
	uint8_t gateway[16];
	int gateway_family;	/* AF_INET, AF_INET6 (RTA_VIA), 0: none */
	unsigned table;		/* RTA_TABLE, or rtm_table */
	unsigned type;		/* RTN_UNICAST, RTN_UNREACHABLE ... */
	unsigned protocol, scope, flags;
	uint32_t oif;		/* 0: no device */
	uint32_t priority;	/* the metric */
	uint32_t mtu, window, rtt, advmss;	/* RTA_METRICS, 0 if unset */
};

typedef int (*rtnl_route_cb)(const struct rtnl_route *r, void *arg);

/* Dump the routes of family (AF_INET, AF_INET6), all tables, calling cb
 * for each. Returns as nl_request (EINTR: the dump was interrupted). */
int rtnl_route_dump(struct nl *n, int family, rtnl_route_cb cb, void *arg);

/* One network device, as RTM_NEWLINK reports it. */
struct rtnl_link {
	int index;
	unsigned flags;		/* IFF_UP ... (ifi_flags) */
	unsigned type;		/* ARPHRD_ETHER ... */
	char name[IFNAMSIZ];
	uint32_t mtu;
	uint32_t txqlen;
	int has_stats;
	struct rtnl_link_stats64 stats;
	unsigned addrlen;
	uint8_t addr[32];	/* the hardware address */
	struct rtnl_link_ifmap map;	/* IFLA_MAP: irq, io, memory */
};

typedef int (*rtnl_link_cb)(const struct rtnl_link *l, void *arg);

/* Dump every device, calling cb for each. Returns as rtnl_route_dump. */
int rtnl_link_dump(struct nl *n, rtnl_link_cb cb, void *arg);

/* One address, as RTM_NEWADDR reports it. */
struct rtnl_addr {
	int family;
	int index;		/* its device */
	unsigned prefixlen, scope, flags;
	uint8_t addr[16];	/* IFA_LOCAL, else IFA_ADDRESS */
	uint8_t peer[16];	/* IFA_ADDRESS (the peer of a point-to-point
				 * link, or the address again) */
	uint8_t broadcast[4];
	int has_broadcast;
	char label[IFNAMSIZ];	/* IPv4: "eth0", or an alias "eth0:1" */
};

typedef int (*rtnl_addr_cb)(const struct rtnl_addr *a, void *arg);

/* Dump the addresses of family (AF_INET, AF_INET6, AF_UNSPEC). */
int rtnl_addr_dump(struct nl *n, int family, rtnl_addr_cb cb, void *arg);

/* For tests: parse one RTM_NEWROUTE / RTM_NEWLINK message's payload.
 * 0, or -1 with errno EPROTO when it is malformed. */
int rtnl_route_parse(const char *p, long len, struct rtnl_route *r);
int rtnl_link_parse(const char *p, long len, struct rtnl_link *l);

#endif
