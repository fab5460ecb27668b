/* nl.c - netlink requests, dumps and attribute walks, bounds-checked. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>

#include "nl.h"
#include "xfuncs.h"

/* Dumps come in skbs of at most 32 KiB (the kernel sizes them by the
 * largest read it has seen, capped there); a smaller buffer would cut
 * messages (MSG_TRUNC tells). */
enum { NL_BUFSZ = 32768 };

struct nl {
	int fd;
	uint32_t seq;
	uint32_t portid;
	char *buf;
};

struct nl *nl_open(int protocol)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
	socklen_t sl = sizeof(sa);
	struct nl *n;
	int fd, err;

	fd = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, protocol);
	if (fd < 0)
		return NULL;
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 ||
	    getsockname(fd, (struct sockaddr *)&sa, &sl) < 0) {
		err = errno;
		close(fd);
		errno = err;
		return NULL;
	}
	n = xzalloc(sizeof(*n));
	n->fd = fd;
	n->portid = sa.nl_pid;
	n->seq = (uint32_t)time(NULL);
	n->buf = xmalloc(NL_BUFSZ);
	return n;
}

void nl_close(struct nl *n)
{
	if (!n)
		return;
	close(n->fd);
	free(n->buf);
	free(n);
}

/* One message of the request: 1 when it ends the answer, 0 to go on,
 * -1 with errno. */
static int msg_one(struct nl_walk *w, const struct nlmsghdr *h, const char *p)
{
	const char *payload = p + NLMSG_HDRLEN;
	long len = (long)h->nlmsg_len - NLMSG_HDRLEN;
	int r;

	w->seen++;
	if (h->nlmsg_flags & NLM_F_DUMP_INTR)
		w->intr = 1;
	if (h->nlmsg_type == NLMSG_DONE) {
		int err = 0;

		/* a dump that failed says why in its NLMSG_DONE */
		if (len >= (long)sizeof(err))
			memcpy(&err, payload, sizeof(err));
		if (err < 0) {
			errno = -err;
			return -1;
		}
		return 1;
	}
	if (h->nlmsg_type == NLMSG_ERROR) {
		struct nlmsgerr e;

		if (len < (long)sizeof(e)) {
			errno = EPROTO;
			return -1;
		}
		memcpy(&e, payload, sizeof(e));
		if (e.error == 0)	/* an acknowledgement */
			return 1;
		errno = e.error < 0 ? -e.error : EPROTO;
		return -1;
	}
	if (h->nlmsg_type < NLMSG_MIN_TYPE || w->intr || w->stopped)
		return 0;
	r = w->cb(h, payload, len, w->arg);
	if (r > 0) {
		/* a dump is read to its end all the same: the kernel
		 * refuses a new one on this socket (EBUSY) until then */
		w->stopped = r;
		return w->dump ? 0 : 1;
	}
	return r < 0 ? -1 : 0;
}

int nl_walk(struct nl_walk *w, const void *buf, size_t len)
{
	const char *p = buf;
	long left = (long)len;

	while (left >= (long)sizeof(struct nlmsghdr)) {
		struct nlmsghdr h;
		int r;

		memcpy(&h, p, sizeof(h));
		if (h.nlmsg_len < sizeof(h) || (long)h.nlmsg_len > left) {
			errno = EPROTO;
			return -1;
		}
		if (h.nlmsg_seq == w->seq && h.nlmsg_pid == w->portid) {
			r = msg_one(w, &h, p);
			if (r != 0)
				return r;
		}
		if ((long)NLMSG_ALIGN(h.nlmsg_len) >= left)
			return 0;
		left -= (long)NLMSG_ALIGN(h.nlmsg_len);
		p += NLMSG_ALIGN(h.nlmsg_len);
	}
	if (left) {
		errno = EPROTO;
		return -1;
	}
	return 0;
}

int nl_request(struct nl *n, void *req, size_t len, uint16_t flags,
	       nl_msg_cb cb, void *arg)
{
	struct nl_walk w = { .cb = cb, .arg = arg, .portid = n->portid,
			     .dump = !!(flags & NLM_F_DUMP) };
	struct nlmsghdr h;
	ssize_t got;
	int r;

	memcpy(&h, req, sizeof(h));
	h.nlmsg_flags = (uint16_t)(NLM_F_REQUEST | flags);
	h.nlmsg_seq = w.seq = ++n->seq;
	h.nlmsg_pid = 0;
	memcpy(req, &h, sizeof(h));
	if (send(n->fd, req, len, 0) < 0)
		return -1;
	for (;;) {
		got = recv(n->fd, n->buf, NL_BUFSZ, MSG_TRUNC);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			return -1;
		if (got == 0) {
			errno = EPROTO;
			return -1;
		}
		if (got > NL_BUFSZ) {
			errno = EMSGSIZE;
			return -1;
		}
		r = nl_walk(&w, n->buf, (size_t)got);
		if (r < 0)
			return -1;
		if (r > 0 || (!(flags & NLM_F_DUMP) && w.seen))
			break;
	}
	if (w.intr) {
		errno = EINTR;
		return -1;
	}
	return w.stopped;
}

int nl_attr_next(const char **p, long *left, struct nl_attr *a)
{
	struct rtattr ra;
	long step;

	if (*left <= 0)
		return 0;
	if (*left < (long)sizeof(ra)) {
		errno = EPROTO;
		return -1;
	}
	memcpy(&ra, *p, sizeof(ra));
	if (ra.rta_len < sizeof(ra) || (long)ra.rta_len > *left) {
		errno = EPROTO;
		return -1;
	}
	a->type = ra.rta_type & NLA_TYPE_MASK;
	a->data = *p + RTA_LENGTH(0);
	a->len = (long)ra.rta_len - (long)RTA_LENGTH(0);
	step = (long)RTA_ALIGN(ra.rta_len);
	if (step > *left)
		step = *left;
	*p += step;
	*left -= step;
	return 1;
}

uint32_t nl_attr_u32(const struct nl_attr *a)
{
	uint32_t v = 0;

	if (a->len >= (long)sizeof(v))
		memcpy(&v, a->data, sizeof(v));
	return v;
}

uint8_t nl_attr_u8(const struct nl_attr *a)
{
	return a->len >= 1 ? (uint8_t)a->data[0] : 0;
}
