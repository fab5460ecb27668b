/* diag.h - NETLINK_SOCK_DIAG on the kernel's uapi headers (no libmnl:
 * Debian ships no static libmnl; see docs/design.md).
 *
 * Every reply is checked: its sequence number and port id, NLMSG_ERROR
 * turned into errno, NLMSG_DONE ending a dump, messages and attributes
 * walked with signed remaining lengths so a lying length cannot make a
 * read run past the buffer.
 */
#ifndef TCPBOX_DIAG_H
#define TCPBOX_DIAG_H

#include <stdint.h>
#include <sys/types.h>

struct diag;	/* an open NETLINK_SOCK_DIAG socket */

/* One socket's identity and owner, as inet_diag reports them. */
struct diag_sock {
	int family;		/* AF_INET or AF_INET6 */
	int protocol;		/* IPPROTO_TCP or IPPROTO_UDP */
	uint8_t src[16], dst[16];
	unsigned sport, dport;
	unsigned state;
	uint32_t uid;
	uint64_t inode;
	uint32_t rqueue, wqueue;	/* bytes queued, or the accept queue */
};

/* Callback of a dump: 0 to go on, nonzero to stop (returned as is). */
typedef int (*diag_cb)(const struct diag_sock *s, void *arg);

/* Dump every socket of family/protocol (all states), calling cb for each.
 * Returns 0, cb's nonzero value, or -1 with errno: EINTR when the kernel
 * marked the dump interrupted (NLM_F_DUMP_INTR: the caller drops what it
 * collected and asks again, a bounded number of times), EPROTONOSUPPORT
 * or ENOENT when the kernel lacks that family or protocol. */
int diag_inet_dump(struct diag *g, int family, int protocol, diag_cb cb,
		   void *arg);

/* Open the netlink socket; NULL with errno set (EPROTONOSUPPORT where
 * sock_diag is missing: gVisor, WSL1). */
struct diag *diag_open(void);
void diag_close(struct diag *g);

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

#endif
