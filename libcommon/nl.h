/* nl.h - netlink sockets, requests and dumps on the kernel's uapi headers,
 * shared by sock_diag (diag.c) and rtnetlink (rtnl.c).
 *
 * libmnl's contract without libmnl: every reply's sequence number and
 * port id are checked, NLMSG_ERROR becomes errno, NLMSG_DONE ends a dump
 * (with errno when it carries a negative error count: a dump that failed),
 * NLM_F_DUMP_INTR is reported, and messages and attributes are walked
 * with signed remaining lengths, so a lying length ends the walk with
 * EPROTO instead of a read past the buffer.
 */
#ifndef TCPBOX_NL_H
#define TCPBOX_NL_H

#include <stddef.h>
#include <stdint.h>
#include <linux/netlink.h>

struct nl;	/* an open netlink socket */

/* Called for each reply message of the request (not NLMSG_DONE or
 * NLMSG_ERROR): its header and its payload (len bytes after the header,
 * not necessarily aligned: copy structures out). Returns 0 to go on,
 * > 0 to stop (the walk returns it), -1 with errno to fail. */
typedef int (*nl_msg_cb)(const struct nlmsghdr *h, const char *payload,
			 long len, void *arg);

/* Open and bind a netlink socket of protocol (NETLINK_SOCK_DIAG,
 * NETLINK_ROUTE), close-on-exec. NULL with errno set. */
struct nl *nl_open(int protocol);
void nl_close(struct nl *n);

/* Send req (len bytes, starting with a struct nlmsghdr whose length, type
 * and payload the caller filled; flags, sequence and port are set here)
 * and read the answer to its end, calling cb for each message. flags:
 * NLM_F_DUMP for a dump, 0 for a single answer (which ends at the first
 * message). Returns 0 at the end, cb's positive value when it stopped
 * (a dump is still read to its end, cb not called again),
 * or -1 with errno: the kernel's error (NLMSG_ERROR), EPROTO for a
 * malformed reply, EINTR when the kernel marked the dump interrupted
 * (NLM_F_DUMP_INTR; the rest is read and dropped: the caller throws away
 * what it collected and asks again, a bounded number of times). */
int nl_request(struct nl *n, void *req, size_t len, uint16_t flags,
	       nl_msg_cb cb, void *arg);

/* The state of a walk over reply buffers of one request. */
struct nl_walk {
	uint32_t seq, portid;	/* the request's; other messages are skipped */
	nl_msg_cb cb;
	void *arg;
	int stopped;		/* cb's positive value once it stopped */
	int intr;		/* NLM_F_DUMP_INTR was seen */
	int seen;		/* messages of the request seen */
	int dump;		/* read on to NLMSG_DONE after cb stopped */
};

/* Walk the messages of one reply buffer. Returns 1 at NLMSG_DONE or when
 * cb stopped, 0 at the buffer's end, -1 with errno as nl_request. After
 * an interrupted message, later ones are checked but not passed to cb. */
int nl_walk(struct nl_walk *w, const void *buf, size_t len);

/* One attribute (struct rtattr / struct nlattr have the same layout). */
struct nl_attr {
	unsigned type;		/* without NLA_F_NESTED/NLA_F_NET_BYTEORDER */
	const char *data;
	long len;
};

/* Take the next attribute from the list at *p (*left bytes). Returns 1
 * and fills a, 0 at the list's end, or -1 with errno EPROTO when the
 * attribute is shorter than its header or runs past the list. */
int nl_attr_next(const char **p, long *left, struct nl_attr *a);

/* The attribute's value as a u32 / u8 (0 if it is too short). */
uint32_t nl_attr_u32(const struct nl_attr *a);
uint8_t nl_attr_u8(const struct nl_attr *a);

#endif
