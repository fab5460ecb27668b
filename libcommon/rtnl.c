/* rtnl.c - NETLINK_ROUTE route, link and address dumps. */
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>

#include "nl.h"
#include "rtnl.h"

struct nl *rtnl_open(void)
{
	return nl_open(NETLINK_ROUTE);
}

static void copy_addr(uint8_t *to, size_t cap, const struct nl_attr *a)
{
	size_t n = a->len < (long)cap ? (size_t)a->len : cap;

	memcpy(to, a->data, n);
}

/* RTA_METRICS: a nested list of RTAX_* u32 values. */
static int route_metrics(struct rtnl_route *r, const struct nl_attr *m)
{
	const char *p = m->data;
	long left = m->len;
	struct nl_attr a;
	int k;

	while ((k = nl_attr_next(&p, &left, &a)) > 0) {
		switch (a.type) {
		case RTAX_MTU: r->mtu = nl_attr_u32(&a); break;
		case RTAX_WINDOW: r->window = nl_attr_u32(&a); break;
		case RTAX_RTT: r->rtt = nl_attr_u32(&a); break;
		case RTAX_ADVMSS: r->advmss = nl_attr_u32(&a); break;
		}
	}
	return k;
}

/* RTA_VIA: a gateway of another family (an IPv4 route via IPv6). */
static void route_via(struct rtnl_route *r, const struct nl_attr *a)
{
	uint16_t family;

	if (a->len < (long)sizeof(family))
		return;
	memcpy(&family, a->data, sizeof(family));
	r->gateway_family = family;
	memset(r->gateway, 0, sizeof(r->gateway));
	if (a->len > (long)sizeof(family)) {
		struct nl_attr rest = { a->type, a->data + sizeof(family),
					a->len - (long)sizeof(family) };

		copy_addr(r->gateway, sizeof(r->gateway), &rest);
	}
}

/* RTA_MULTIPATH: rtnexthop records, each with its own attributes; the
 * first gives the device and gateway. */
static int route_multipath(struct rtnl_route *r, const struct nl_attr *m)
{
	struct rtnexthop nh;
	const char *p;
	long left;
	struct nl_attr a;
	int k;

	if (m->len == 0)
		return 0;
	if (m->len < (long)sizeof(nh)) {
		errno = EPROTO;
		return -1;
	}
	memcpy(&nh, m->data, sizeof(nh));
	if (nh.rtnh_len < sizeof(nh) || (long)nh.rtnh_len > m->len) {
		errno = EPROTO;
		return -1;
	}
	r->oif = (uint32_t)nh.rtnh_ifindex;
	p = m->data + RTNH_LENGTH(0);
	left = (long)nh.rtnh_len - (long)RTNH_LENGTH(0);
	while ((k = nl_attr_next(&p, &left, &a)) > 0) {
		if (a.type == RTA_GATEWAY) {
			r->gateway_family = r->family;
			copy_addr(r->gateway, sizeof(r->gateway), &a);
		} else if (a.type == RTA_VIA) {
			route_via(r, &a);
		}
	}
	return k;
}

static int route_attr(struct rtnl_route *r, const struct nl_attr *a)
{
	switch (a->type) {
	case RTA_DST:
		copy_addr(r->dst, sizeof(r->dst), a);
		break;
	case RTA_GATEWAY:
		r->gateway_family = r->family;
		copy_addr(r->gateway, sizeof(r->gateway), a);
		break;
	case RTA_VIA:
		route_via(r, a);
		break;
	case RTA_OIF:
		r->oif = nl_attr_u32(a);
		break;
	case RTA_PRIORITY:
		r->priority = nl_attr_u32(a);
		break;
	case RTA_TABLE:
		r->table = nl_attr_u32(a);
		break;
	case RTA_METRICS:
		return route_metrics(r, a);
	case RTA_MULTIPATH:
		return route_multipath(r, a);
	}
	return 0;
}

int rtnl_route_parse(const char *p, long len, struct rtnl_route *r)
{
	struct rtmsg m;
	long off = NLMSG_ALIGN(sizeof(m));
	struct nl_attr a;
	int k;

	if (len < (long)sizeof(m)) {
		errno = EPROTO;
		return -1;
	}
	memcpy(&m, p, sizeof(m));
	memset(r, 0, sizeof(*r));
	r->family = m.rtm_family;
	r->dst_len = m.rtm_dst_len;
	r->table = m.rtm_table;
	r->type = m.rtm_type;
	r->protocol = m.rtm_protocol;
	r->scope = m.rtm_scope;
	r->flags = m.rtm_flags;
	if (len <= off)
		return 0;
	p += off;
	len -= off;
	while ((k = nl_attr_next(&p, &len, &a)) > 0)
		if (route_attr(r, &a) < 0)
			return -1;
	return k;
}

struct route_ctx {
	rtnl_route_cb cb;
	void *arg;
};

static int route_one(const struct nlmsghdr *h, const char *p, long len,
		     void *arg)
{
	struct route_ctx *c = arg;
	struct rtnl_route r;

	if (h->nlmsg_type != RTM_NEWROUTE)
		return 0;
	if (rtnl_route_parse(p, len, &r) < 0)
		return -1;
	return c->cb(&r, c->arg);
}

/* A dump request of type for family: the family is the first byte of
 * rtmsg, ifinfomsg and ifaddrmsg alike; msglen is the one of the type. */
static int rtnl_dump(struct nl *n, uint16_t type, int family, size_t msglen,
		     nl_msg_cb one, void *ctx)
{
	struct {
		struct nlmsghdr h;
		union {
			struct rtmsg r;
			struct ifinfomsg i;
			struct ifaddrmsg a;
			unsigned char family;
		} m;
	} req;

	memset(&req, 0, sizeof(req));
	req.h.nlmsg_len = (uint32_t)(NLMSG_HDRLEN + msglen);
	req.h.nlmsg_type = type;
	req.m.family = (unsigned char)family;
	return nl_request(n, &req, req.h.nlmsg_len, NLM_F_DUMP, one, ctx);
}

int rtnl_route_dump(struct nl *n, int family, rtnl_route_cb cb, void *arg)
{
	struct route_ctx c = { cb, arg };

	return rtnl_dump(n, RTM_GETROUTE, family, sizeof(struct rtmsg),
			 route_one, &c);
}

int rtnl_link_parse(const char *p, long len, struct rtnl_link *l)
{
	struct ifinfomsg m;
	long off = NLMSG_ALIGN(sizeof(m));
	struct nl_attr a;
	int k;

	if (len < (long)sizeof(m)) {
		errno = EPROTO;
		return -1;
	}
	memcpy(&m, p, sizeof(m));
	memset(l, 0, sizeof(*l));
	l->index = m.ifi_index;
	l->flags = m.ifi_flags;
	l->type = m.ifi_type;
	if (len <= off)
		return 0;
	p += off;
	len -= off;
	while ((k = nl_attr_next(&p, &len, &a)) > 0) {
		switch (a.type) {
		case IFLA_IFNAME:
			if (a.len < 1 || a.len > IFNAMSIZ ||
			    memchr(a.data, '\0', (size_t)a.len) == NULL) {
				errno = EPROTO;
				return -1;
			}
			memcpy(l->name, a.data, (size_t)a.len);
			break;
		case IFLA_MTU:
			l->mtu = nl_attr_u32(&a);
			break;
		case IFLA_TXQLEN:
			l->txqlen = nl_attr_u32(&a);
			break;
		case IFLA_ADDRESS:
			l->addrlen = a.len < (long)sizeof(l->addr) ?
				     (unsigned)a.len : sizeof(l->addr);
			memcpy(l->addr, a.data, l->addrlen);
			break;
		case IFLA_MAP:
			copy_addr((uint8_t *)&l->map, sizeof(l->map), &a);
			break;
		case IFLA_STATS64:
			l->has_stats = 1;
			copy_addr((uint8_t *)&l->stats, sizeof(l->stats), &a);
			break;
		}
	}
	return k;
}

struct link_ctx {
	rtnl_link_cb cb;
	void *arg;
};

static int link_one(const struct nlmsghdr *h, const char *p, long len,
		    void *arg)
{
	struct link_ctx *c = arg;
	struct rtnl_link l;

	if (h->nlmsg_type != RTM_NEWLINK)
		return 0;
	if (rtnl_link_parse(p, len, &l) < 0)
		return -1;
	return c->cb(&l, c->arg);
}

int rtnl_link_dump(struct nl *n, rtnl_link_cb cb, void *arg)
{
	struct link_ctx c = { cb, arg };

	return rtnl_dump(n, RTM_GETLINK, AF_UNSPEC, sizeof(struct ifinfomsg),
			 link_one, &c);
}

struct addr_ctx {
	rtnl_addr_cb cb;
	void *arg;
};

static int addr_parse(const char *p, long len, struct rtnl_addr *r)
{
	struct ifaddrmsg m;
	long off = NLMSG_ALIGN(sizeof(m));
	struct nl_attr a;
	int k, has_local = 0;

	if (len < (long)sizeof(m)) {
		errno = EPROTO;
		return -1;
	}
	memcpy(&m, p, sizeof(m));
	memset(r, 0, sizeof(*r));
	r->family = m.ifa_family;
	r->index = (int)m.ifa_index;
	r->prefixlen = m.ifa_prefixlen;
	r->scope = m.ifa_scope;
	r->flags = m.ifa_flags;
	if (len <= off)
		return 0;
	p += off;
	len -= off;
	while ((k = nl_attr_next(&p, &len, &a)) > 0) {
		switch (a.type) {
		case IFA_LOCAL:
			copy_addr(r->addr, sizeof(r->addr), &a);
			has_local = 1;
			break;
		case IFA_ADDRESS:
			copy_addr(r->peer, sizeof(r->peer), &a);
			if (!has_local)
				copy_addr(r->addr, sizeof(r->addr), &a);
			break;
		case IFA_BROADCAST:
			copy_addr(r->broadcast, sizeof(r->broadcast), &a);
			r->has_broadcast = 1;
			break;
		case IFA_LABEL:
			if (a.len < 1 || a.len > IFNAMSIZ ||
			    memchr(a.data, '\0', (size_t)a.len) == NULL) {
				errno = EPROTO;
				return -1;
			}
			memcpy(r->label, a.data, (size_t)a.len);
			break;
		case IFA_FLAGS:
			r->flags = nl_attr_u32(&a);
			break;
		}
	}
	return k;
}

static int addr_one(const struct nlmsghdr *h, const char *p, long len,
		    void *arg)
{
	struct addr_ctx *c = arg;
	struct rtnl_addr r;

	if (h->nlmsg_type != RTM_NEWADDR)
		return 0;
	if (addr_parse(p, len, &r) < 0)
		return -1;
	return c->cb(&r, c->arg);
}

int rtnl_addr_dump(struct nl *n, int family, rtnl_addr_cb cb, void *arg)
{
	struct addr_ctx c = { cb, arg };

	return rtnl_dump(n, RTM_GETADDR, family, sizeof(struct ifaddrmsg),
			 addr_one, &c);
}
