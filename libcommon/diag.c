/* diag.c - NETLINK_SOCK_DIAG: inet and unix dumps, exact inet lookups. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <linux/tcp.h>
#include <linux/unix_diag.h>

#include "diag.h"
#include "nl.h"
#include "xfuncs.h"

/* Every TCP state /proc/net/tcp lists, TCP_ESTABLISHED (1) up to
 * TCP_NEW_SYN_RECV (12); not TCP_BOUND_INACTIVE (13), sockets only bound,
 * which netstat has never shown. */
enum { STATES_PROC = 0x1ffe };

struct icons {
	uint32_t *v;
	size_t cap;
};

struct diag {
	struct nl *nl;
	struct icons icons;	/* the current listener's pending connections */
	bool tcp_info;		/* ask for INET_DIAG_INFO with TCP dumps */
};

void diag_want_tcp_info(struct diag *g, bool on)
{
	g->tcp_info = on;
}

struct diag *diag_open(void)
{
	struct nl *n = nl_open(NETLINK_SOCK_DIAG);
	struct diag *g;

	if (!n)
		return NULL;
	g = xzalloc(sizeof(*g));
	g->nl = n;
	return g;
}

void diag_close(struct diag *g)
{
	if (!g)
		return;
	nl_close(g->nl);
	free(g->icons.v);
	free(g);
}

/* ---- inet ---- */

struct inet_ctx {
	int protocol;
	diag_cb cb;
	void *arg;
};

static void inet_attrs(struct diag_sock *s, const char *p, long left)
{
	struct nl_attr a;

	while (nl_attr_next(&p, &left, &a) > 0) {
		if (a.type == INET_DIAG_INFO && s->protocol == IPPROTO_TCP) {
			struct tcp_info ti = { 0 };

			memcpy(&ti, a.data, a.len < (long)sizeof(ti) ?
			       (size_t)a.len : sizeof(ti));
			s->retrans = ti.tcpi_retransmits;
			s->probes = ti.tcpi_probes;
		}
	}
}

/* An inet_diag_msg and its attributes into s: 0, or -1 (EPROTO). */
static int inet_msg(const char *p, long len, int protocol,
		    struct diag_sock *s)
{
	struct inet_diag_msg m;
	long off = NLMSG_ALIGN(sizeof(m));

	if (len < (long)sizeof(m)) {
		errno = EPROTO;
		return -1;
	}
	memcpy(&m, p, sizeof(m));
	memset(s, 0, sizeof(*s));
	s->family = m.idiag_family;
	s->protocol = protocol;
	memcpy(s->src, m.id.idiag_src, 16);
	memcpy(s->dst, m.id.idiag_dst, 16);
	s->sport = ntohs(m.id.idiag_sport);
	s->dport = ntohs(m.id.idiag_dport);
	s->state = m.idiag_state;
	s->uid = m.idiag_uid;
	s->inode = m.idiag_inode;
	s->rqueue = m.idiag_rqueue;
	s->wqueue = m.idiag_wqueue;
	s->timer = m.idiag_timer;
	s->timer_ms = m.idiag_timer ? m.idiag_expires : 0;
	/* Without tcp_info (TIME_WAIT, SYN_RECV, not TCP) the one count
	 * there is: the retransmissions, or a probe timer's probes. */
	if (m.idiag_timer == 2 || m.idiag_timer == 4)
		s->probes = m.idiag_retrans;
	else
		s->retrans = m.idiag_retrans;
	if (len > off)
		inet_attrs(s, p + off, len - off);
	return 0;
}

static int inet_one(const struct nlmsghdr *h, const char *p, long len,
		    void *arg)
{
	struct inet_ctx *c = arg;
	struct diag_sock s;

	if (h->nlmsg_type != SOCK_DIAG_BY_FAMILY)
		return 0;
	if (inet_msg(p, len, c->protocol, &s) < 0)
		return -1;
	return c->cb(&s, c->arg);
}

static void inet_req(struct inet_diag_req_v2 *r, int family, int protocol,
		     bool info)
{
	memset(r, 0, sizeof(*r));
	r->sdiag_family = (uint8_t)family;
	r->sdiag_protocol = (uint8_t)protocol;
	r->idiag_states = STATES_PROC;
	/* tcp_info costs the kernel a good part of a dump: only on request */
	if (protocol == IPPROTO_TCP && info)
		r->idiag_ext = 1 << (INET_DIAG_INFO - 1);
}

int diag_inet_dump(struct diag *g, int family, int protocol, diag_cb cb,
		   void *arg)
{
	struct {
		struct nlmsghdr h;
		struct inet_diag_req_v2 r;
	} req;
	struct inet_ctx c = { protocol, cb, arg };

	memset(&req, 0, sizeof(req));
	req.h.nlmsg_len = sizeof(req);
	req.h.nlmsg_type = SOCK_DIAG_BY_FAMILY;
	inet_req(&req.r, family, protocol, g->tcp_info);
	if (protocol == IPPROTO_RAW) {
		/* raw_diag reads the pad as the raw protocol of a lookup;
		 * its dump takes every protocol */
		struct inet_diag_req_raw raw;

		memcpy(&raw, &req.r, sizeof(raw));
		raw.sdiag_raw_protocol = IPPROTO_RAW;
		memcpy(&req.r, &raw, sizeof(raw));
	}
	return nl_request(g->nl, &req, sizeof(req), NLM_F_DUMP, inet_one, &c);
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

int diag_inet_lookup(struct diag *g, struct diag_sock *s)
{
	struct {
		struct nlmsghdr h;
		struct inet_diag_req_v2 r;
	} req;
	struct inet_ctx c = { s->protocol, first_sock, s };
	unsigned alen = s->family == AF_INET6 ? 16 : 4;
	int r;

	memset(&req, 0, sizeof(req));
	req.h.nlmsg_len = sizeof(req);
	req.h.nlmsg_type = SOCK_DIAG_BY_FAMILY;
	inet_req(&req.r, s->family, s->protocol, false);
	req.r.idiag_ext = 0;
	req.r.idiag_states = ~0u;
	req.r.id.idiag_sport = htons((uint16_t)s->sport);
	req.r.id.idiag_dport = htons((uint16_t)s->dport);
	memcpy(req.r.id.idiag_src, s->src, alen);
	memcpy(req.r.id.idiag_dst, s->dst, alen);
	req.r.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
	req.r.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
	r = nl_request(g->nl, &req, sizeof(req), 0, inet_one, &c);
	if (r > 0)
		return 0;
	if (r == 0)
		errno = ENOENT;
	return -1;
}

/* Walk one recorded reply until cb takes a first message: 0, or -1
 * with errno (ENOENT: no message did). */
static int walk_first(const void *buf, size_t len, uint32_t seq,
		      uint32_t portid, nl_msg_cb cb, void *ctx)
{
	struct nl_walk w = { .seq = seq, .portid = portid, .cb = cb,
			     .arg = ctx };

	if (nl_walk(&w, buf, len) < 0)
		return -1;
	if (w.stopped)
		return 0;
	errno = ENOENT;
	return -1;
}

int diag_parse_reply(const void *buf, size_t len, uint32_t seq,
		     uint32_t portid, struct diag_sock *s)
{
	struct inet_ctx c = { s->protocol, first_sock, s };

	return walk_first(buf, len, seq, portid, inet_one, &c);
}

/* ---- unix ---- */

struct unix_ctx {
	diag_unix_cb cb;
	void *arg;
	struct icons *icons;
};

static void unix_icons(struct diag_unix *u, struct icons *ic,
		       const struct nl_attr *a)
{
	size_t n = (size_t)a->len / sizeof(uint32_t);

	u->nicons = (unsigned)n;
	if (!ic || !n)
		return;
	if (n > ic->cap) {
		ic->cap = n;
		ic->v = xrealloc(ic->v, n * sizeof(uint32_t));
	}
	memcpy(ic->v, a->data, n * sizeof(uint32_t));
	u->icons = ic->v;
}

static int unix_attrs(struct diag_unix *u, struct icons *ic, const char *p,
		      long left)
{
	struct nl_attr a;
	int r;

	while ((r = nl_attr_next(&p, &left, &a)) > 0) {
		switch (a.type) {
		case UNIX_DIAG_NAME:
			if (a.len > (long)sizeof(u->name)) {
				errno = EPROTO;
				return -1;
			}
			u->namelen = (unsigned)a.len;
			memcpy(u->name, a.data, (size_t)a.len);
			break;
		case UNIX_DIAG_PEER:
			u->peer = nl_attr_u32(&a);
			u->has_peer = 1;
			break;
		case UNIX_DIAG_ICONS:
			unix_icons(u, ic, &a);
			break;
		case UNIX_DIAG_RQLEN:
			if (a.len >= (long)sizeof(struct unix_diag_rqlen)) {
				struct unix_diag_rqlen q;

				memcpy(&q, a.data, sizeof(q));
				u->rqueue = q.udiag_rqueue;
				u->wqueue = q.udiag_wqueue;
			}
			break;
		case UNIX_DIAG_UID:
			u->uid = nl_attr_u32(&a);
			break;
		}
	}
	return r;
}

static int unix_one(const struct nlmsghdr *h, const char *p, long len,
		    void *arg)
{
	struct unix_ctx *c = arg;
	struct unix_diag_msg m;
	struct diag_unix u;
	long off = NLMSG_ALIGN(sizeof(m));

	if (h->nlmsg_type != SOCK_DIAG_BY_FAMILY)
		return 0;
	if (len < (long)sizeof(m)) {
		errno = EPROTO;
		return -1;
	}
	memcpy(&m, p, sizeof(m));
	memset(&u, 0, sizeof(u));
	u.inode = m.udiag_ino;
	u.type = m.udiag_type;
	u.state = m.udiag_state;
	if (len > off && unix_attrs(&u, c->icons, p + off, len - off) < 0)
		return -1;
	return c->cb(&u, c->arg);
}

int diag_unix_dump(struct diag *g, diag_unix_cb cb, void *arg)
{
	struct {
		struct nlmsghdr h;
		struct unix_diag_req r;
	} req;
	struct unix_ctx c = { cb, arg, &g->icons };

	memset(&req, 0, sizeof(req));
	req.h.nlmsg_len = sizeof(req);
	req.h.nlmsg_type = SOCK_DIAG_BY_FAMILY;
	req.r.sdiag_family = AF_UNIX;
	req.r.udiag_states = ~0u;
	req.r.udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER |
			   UDIAG_SHOW_ICONS | UDIAG_SHOW_RQLEN | UDIAG_SHOW_UID;
	return nl_request(g->nl, &req, sizeof(req), NLM_F_DUMP, unix_one, &c);
}

static int first_unix(const struct diag_unix *found, void *arg)
{
	struct diag_unix *u = arg;

	*u = *found;
	u->icons = NULL;
	return 1;
}

int diag_parse_unix_reply(const void *buf, size_t len, uint32_t seq,
			  uint32_t portid, struct diag_unix *u)
{
	struct unix_ctx c = { first_unix, u, NULL };

	return walk_first(buf, len, seq, portid, unix_one, &c);
}
