/* diag.h - NETLINK_SOCK_DIAG: inet and unix socket dumps and lookups, on
 * the kernel's uapi headers through nl.c (no libmnl: Debian ships no
 * static libmnl; see docs/design.md).
 *
 * Every reply is checked (nl.h): sequence number and port id, NLMSG_ERROR
 * turned into errno, NLMSG_DONE ending a dump, messages and attributes
 * walked with signed remaining lengths so a lying length cannot make a
 * read run past the buffer.
 */
#ifndef TCPBOX_DIAG_H
#define TCPBOX_DIAG_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <sys/types.h>

struct diag;	/* an open NETLINK_SOCK_DIAG socket */

/* One inet socket, as inet_diag reports it. */
struct diag_sock {
	int family;		/* AF_INET or AF_INET6 */
	int protocol;		/* IPPROTO_TCP, _UDP, _UDPLITE or _RAW */
	uint8_t src[16], dst[16];
	unsigned sport, dport;	/* raw sockets: sport is their protocol */
	unsigned state;		/* TCP_ESTABLISHED ... as the kernel's */
	uint32_t uid;
	uint64_t inode;
	uint32_t rqueue, wqueue;	/* bytes queued, or the accept queue */
	/* The timer /proc/net/tcp shows: 0 none, 1 retransmit, 2 keepalive,
	 * 3 TIME_WAIT, 4 zero window probe; ms left; the retransmissions
	 * and the unanswered probes (keepalive or window). */
	unsigned timer;
	uint32_t timer_ms;
	unsigned retrans, probes;
};

/* Callback of a dump: 0 to go on, > 0 to stop (the dump returns it),
 * -1 with errno to fail. */
typedef int (*diag_cb)(const struct diag_sock *s, void *arg);

/* Dump every socket of family and protocol, calling cb for each (TCP:
 * every state /proc/net/tcp shows; IPPROTO_RAW: raw sockets of any
 * protocol). Returns 0, cb's positive value, or -1 with errno: EINTR when
 * the kernel marked the dump interrupted (NLM_F_DUMP_INTR: the caller
 * drops what it collected and asks again, a bounded number of times),
 * ENOENT or EPROTONOSUPPORT when the kernel lacks that family or
 * protocol (raw_diag is often not built). */
int diag_inet_dump(struct diag *g, int family, int protocol, diag_cb cb,
		   void *arg);

/* One unix socket, as unix_diag reports it. Sockets without an inode
 * (connections not accepted yet) are not reported: icons tells of them. */
struct diag_unix {
	uint32_t inode;
	unsigned type;		/* SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET */
	unsigned state;		/* TCP_LISTEN, TCP_ESTABLISHED or TCP_CLOSE */
	uint32_t peer;		/* the peer's inode; 0: none, or a peer that
				 * is closed or not accepted yet */
	int has_peer;		/* connected, even if peer is 0 */
	uint32_t uid;
	uint32_t rqueue, wqueue;
	/* A listener's connections waiting for accept(): the inode of the
	 * client of each (0 when that client is closed). */
	const uint32_t *icons;
	unsigned nicons;
	/* The bound name, sun_path's bytes: an abstract name starts with a
	 * NUL; a path's trailing NUL is counted. namelen 0: unnamed. */
	unsigned namelen;
	char name[108];
};

typedef int (*diag_unix_cb)(const struct diag_unix *u, void *arg);

/* Dump every unix socket of this network namespace, as diag_inet_dump. */
int diag_unix_dump(struct diag *g, diag_unix_cb cb, void *arg);

/* Open the netlink socket; NULL with errno set (EPROTONOSUPPORT where
 * sock_diag is missing: gVisor, WSL1). */
struct diag *diag_open(void);
void diag_close(struct diag *g);
/* Have TCP dumps carry tcp_info (retrans and probes in diag_sock);
 * off by default: it costs the kernel a third more per socket. */
void diag_want_tcp_info(struct diag *g, bool on);

/* Look up the socket with exactly this local and remote address and
 * port (s->family, protocol, src, dst, sport, dport filled in); fills
 * uid, inode and state. Returns 0, or -1 with errno (ENOENT: none). */
int diag_inet_lookup(struct diag *g, struct diag_sock *s);

/* Check one reply buffer (for tests: a recorded or made-up reply): walks
 * its messages as the lookup does and returns 0 and the first
 * inet_diag_msg's fields in s, or -1 with errno (EPROTO when malformed,
 * ENOENT on NLMSG_DONE first, the kernel's error on NLMSG_ERROR). */
int diag_parse_reply(const void *buf, size_t len, uint32_t seq,
		     uint32_t portid, struct diag_sock *s);

/* The same for a unix_diag reply: the first socket's fields in u (the
 * icons counted in nicons, not kept: icons is NULL). */
int diag_parse_unix_reply(const void *buf, size_t len, uint32_t seq,
			  uint32_t portid, struct diag_unix *u);

#endif
