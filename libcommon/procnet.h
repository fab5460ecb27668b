/* procnet.h - the socket tables of /proc/net (tcp, tcp6, udp, udp6,
 * udplite, udplite6, raw, raw6, unix) read into the records of diag.h:
 * what netstat falls back on where NETLINK_SOCK_DIAG is missing or
 * lacks a protocol (raw_diag is often not built).
 *
 * Lines that do not parse are skipped, as net-tools skips them.
 */
#ifndef TCPBOX_PROCNET_H
#define TCPBOX_PROCNET_H

#include <stdint.h>

#include "diag.h"

/* Read the table of family (AF_INET, AF_INET6) and protocol (IPPROTO_TCP,
 * _UDP, _UDPLITE, _RAW), calling cb for each socket as diag_inet_dump
 * does: timer_ms holds the kernel's clock ticks times ten (USER_HZ is
 * 100), retrans the "retrnsmt" column, probes the "timeout" one.
 * Returns 0, cb's positive value, or -1 with errno (ENOENT: no such
 * file, the kernel lacks the protocol or family). */
int procnet_inet_read(int family, int protocol, diag_cb cb, void *arg);

/* One line of /proc/net/unix. */
struct procnet_unix {
	uint64_t inode;
	unsigned refcnt;
	unsigned flags;		/* __SO_ACCEPTCON (1 << 16) on a listener */
	unsigned type;		/* SOCK_STREAM ... */
	unsigned st;		/* socket state: SS_UNCONNECTED (1) ... */
	char path[256];		/* as the kernel prints it; "" unnamed */
};

typedef int (*procnet_unix_cb)(const struct procnet_unix *u, void *arg);

/* Read /proc/net/unix, calling cb for each socket. Returns as
 * procnet_inet_read. */
int procnet_unix_read(procnet_unix_cb cb, void *arg);

/* One line of /proc/net/ipv6_route. */
struct procnet_route6 {
	uint8_t dst[16], src[16], gateway[16];
	unsigned dst_len, src_len;
	uint32_t metric, refcnt, use, flags;	/* flags: RTF_* */
	char dev[16];				/* "" when none */
};

typedef int (*procnet_route6_cb)(const struct procnet_route6 *r, void *arg);

/* Read /proc/net/ipv6_route, every table, in the kernel's order (the
 * route reference counts it prints are not in rtnetlink). Returns as
 * procnet_inet_read. */
int procnet_route6_read(procnet_route6_cb cb, void *arg);

/* One line of /proc/net/if_inet6: an IPv6 address of a device. */
struct procnet_inet6 {
	uint8_t addr[16];
	unsigned ifindex, prefixlen, scope, flags;
	char dev[16];
};

typedef int (*procnet_inet6_cb)(const struct procnet_inet6 *a, void *arg);

/* Read /proc/net/if_inet6 in the kernel's order. Returns as
 * procnet_inet_read. */
int procnet_inet6_read(procnet_inet6_cb cb, void *arg);

#endif
