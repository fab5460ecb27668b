/* diag.c - NETLINK_SOCK_DIAG: exact inet_diag lookups. */
#include <errno.h>
#include <stdlib.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"
#include "xfuncs.h"

struct diag {
	int fd;
	uint32_t seq;
	uint32_t portid;
};

struct diag *diag_open(void)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
	socklen_t sl = sizeof(sa);
	struct diag *g;
	int fd, err;

	fd = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
	if (fd < 0)
		return NULL;
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 ||
	    getsockname(fd, (struct sockaddr *)&sa, &sl) < 0) {
		err = errno;
		close(fd);
		errno = err;
		return NULL;
	}
	g = xzalloc(sizeof(*g));
	g->fd = fd;
	g->portid = sa.nl_pid;
	g->seq = (uint32_t)time(NULL);
	return g;
}

void diag_close(struct diag *g)
{
	if (!g)
		return;
	close(g->fd);
	free(g);
}

int diag_inet_lookup(struct diag *g, struct diag_sock *s)
{
	struct {
		struct nlmsghdr h;
		struct inet_diag_req_v2 r;
	} req = { 0 };
	char buf[8192];
	unsigned alen = s->family == AF_INET6 ? 16 : 4;
	ssize_t n;

	req.h.nlmsg_len = sizeof(req);
	req.h.nlmsg_type = SOCK_DIAG_BY_FAMILY;
	req.h.nlmsg_flags = NLM_F_REQUEST;
	req.h.nlmsg_seq = ++g->seq;
	req.r.sdiag_family = (uint8_t)s->family;
	req.r.sdiag_protocol = (uint8_t)s->protocol;
	req.r.idiag_states = ~0u;
	req.r.id.idiag_sport = htons((uint16_t)s->sport);
	req.r.id.idiag_dport = htons((uint16_t)s->dport);
	memcpy(req.r.id.idiag_src, s->src, alen);
	memcpy(req.r.id.idiag_dst, s->dst, alen);
	req.r.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
	req.r.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
	if (send(g->fd, &req, sizeof(req), 0) < 0)
		return -1;
	for (;;) {
		n = recv(g->fd, buf, sizeof(buf), 0);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (diag_parse_reply(buf, (size_t)n, g->seq, g->portid, s) == 0)
			return 0;
		/* a stale reply of an earlier request: read on */
		if (errno == ENOENT && n > 0) {
			struct nlmsghdr h;

			memcpy(&h, buf, sizeof(h));
			if (h.nlmsg_seq != g->seq)
				continue;
		}
		return -1;
	}
}

static void sock_from_msg(const struct inet_diag_msg *m, int protocol,
			  struct diag_sock *s)
{
	memset(s, 0, sizeof(*s));
	s->family = m->idiag_family;
	s->protocol = protocol;
	memcpy(s->src, m->id.idiag_src, 16);
	memcpy(s->dst, m->id.idiag_dst, 16);
	s->sport = ntohs(m->id.idiag_sport);
	s->dport = ntohs(m->id.idiag_dport);
	s->state = m->idiag_state;
	s->uid = m->idiag_uid;
	s->inode = m->idiag_inode;
	s->rqueue = m->idiag_rqueue;
	s->wqueue = m->idiag_wqueue;
}

/* Walk the messages of one reply for request seq of portid: 1 at
 * NLMSG_DONE, 0 at the buffer's end, -2 when cb stopped (its value in
 * cbret), else -1 with errno (EINTR: an interrupted dump; EPROTO: a
 * malformed reply). Messages of other requests are skipped. */
static int msgs_walk(const char *p, long left, uint32_t seq, uint32_t portid,
		     int protocol, diag_cb cb, void *arg, int *cbret)
{
	while (left >= (long)sizeof(struct nlmsghdr)) {
		struct nlmsghdr h;

		memcpy(&h, p, sizeof(h));
		if (h.nlmsg_len < sizeof(h) || (long)h.nlmsg_len > left) {
			errno = EPROTO;
			return -1;
		}
		if (h.nlmsg_seq == seq && h.nlmsg_pid == portid) {
			if (h.nlmsg_flags & NLM_F_DUMP_INTR) {
				errno = EINTR;
				return -1;
			}
			if (h.nlmsg_type == NLMSG_DONE)
				return 1;
			if (h.nlmsg_type == NLMSG_ERROR) {
				struct nlmsgerr e;

				if (h.nlmsg_len < NLMSG_LENGTH(sizeof(e))) {
					errno = EPROTO;
					return -1;
				}
				memcpy(&e, p + NLMSG_HDRLEN, sizeof(e));
				errno = e.error ? -e.error : EPROTO;
				return -1;
			}
			if (h.nlmsg_type == SOCK_DIAG_BY_FAMILY) {
				struct inet_diag_msg m;
				struct diag_sock s;

				if (h.nlmsg_len < NLMSG_LENGTH(sizeof(m))) {
					errno = EPROTO;
					return -1;
				}
				memcpy(&m, p + NLMSG_HDRLEN, sizeof(m));
				sock_from_msg(&m, protocol, &s);
				if ((*cbret = cb(&s, arg)) != 0)
					return -2;
			}
		}
		left -= (long)NLMSG_ALIGN(h.nlmsg_len);
		p += NLMSG_ALIGN(h.nlmsg_len);
	}
	if (left) {
		errno = EPROTO;
		return -1;
	}
	return 0;
}

/* The lookup's callback: keep the first socket's owner and queues. */
static int first_sock(const struct diag_sock *found, void *arg)
{
	struct diag_sock *s = arg;

	s->state = found->state;
	s->uid = found->uid;
	s->inode = found->inode;
	s->rqueue = found->rqueue;
	s->wqueue = found->wqueue;
	return 1;
}

int diag_parse_reply(const void *buf, size_t len, uint32_t seq,
		     uint32_t portid, struct diag_sock *s)
{
	int cbret = 0;
	int r = msgs_walk(buf, (long)len, seq, portid, s->protocol, first_sock,
			  s, &cbret);

	if (r == -2)
		return 0;
	if (r >= 0)
		errno = ENOENT;
	return -1;
}

static int dump_once(struct diag *g, int family, int protocol, diag_cb cb,
		     void *arg, int *cbret)
{
	struct {
		struct nlmsghdr h;
		struct inet_diag_req_v2 r;
	} req = { 0 };
	static char buf[32768];
	ssize_t n;
	int r;

	req.h.nlmsg_len = sizeof(req);
	req.h.nlmsg_type = SOCK_DIAG_BY_FAMILY;
	req.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	req.h.nlmsg_seq = ++g->seq;
	req.r.sdiag_family = (uint8_t)family;
	req.r.sdiag_protocol = (uint8_t)protocol;
	req.r.idiag_states = ~0u;
	if (send(g->fd, &req, sizeof(req), 0) < 0)
		return -1;
	for (;;) {
		n = recv(g->fd, buf, sizeof(buf), 0);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n == 0) {
			errno = EPROTO;
			return -1;
		}
		r = msgs_walk(buf, (long)n, g->seq, g->portid, protocol, cb,
			      arg, cbret);
		if (r == 1)
			return 0;
		if (r < 0)
			return r;
	}
}

int diag_inet_dump(struct diag *g, int family, int protocol, diag_cb cb,
		   void *arg)
{
	int r, cbret = 0;

	r = dump_once(g, family, protocol, cb, arg, &cbret);
	if (r == -2)
		return cbret;
	if (r < 0 && errno == EINTR) {
		int err = errno;

		/* drain the rest of the interrupted dump */
		while (recv(g->fd, (char[4096]){ 0 }, 4096, MSG_DONTWAIT) > 0)
			;
		errno = err;
	}
	return r;
}
