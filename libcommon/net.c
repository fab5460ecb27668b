/* net.c - host and port parsing, resolution with empty-root fallbacks,
 * bounded connect, address formatting. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "args.h"
#include "net.h"

int net_port_parse(const char *s, int socktype)
{
	int proto = socktype == SOCK_DGRAM ? SERV_UDP : SERV_TCP;
	struct servent *se;
	long long v;

	if (*s >= '0' && *s <= '9') {
		if (args_num(s, 0, 65535, &v) == 0)
			return (int)v;
		return errno == ERANGE ? -2 : -1;
	}
	se = getservbyname(s, proto == SERV_UDP ? "udp" : "tcp");
	if (se)
		return ntohs((uint16_t)se->s_port);
	return services_port(s, proto);
}

/* Do the n bytes at s spell lower-case word in any case? (ASCII only:
 * glibc's strncasecmp brings 16 KB of locale-aware variants.) */
static int word_is(const char *s, const char *word, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		char c = s[i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != word[i])
			return 0;
	}
	return 1;
}

/* RFC 6761 6.3: "localhost" and names under it are loopback. */
static int is_localhost(const char *host)
{
	size_t n = strlen(host);

	if (n && host[n - 1] == '.')
		n--;
	if (n == 9 && word_is(host, "localhost", 9))
		return 1;
	return n > 10 && word_is(host + n - 10, ".localhost", 10);
}

static void addr_fill(struct net_addr *a, int family, int port, int socktype)
{
	memset(a, 0, sizeof(*a));
	a->family = family;
	a->socktype = socktype;
	if (family == AF_INET6) {
		struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&a->sa;

		s6->sin6_family = AF_INET6;
		s6->sin6_port = htons((uint16_t)port);
		s6->sin6_addr = in6addr_loopback;
		a->len = sizeof(*s6);
	} else {
		struct sockaddr_in *s4 = (struct sockaddr_in *)&a->sa;

		s4->sin_family = AF_INET;
		s4->sin_port = htons((uint16_t)port);
		s4->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		a->len = sizeof(*s4);
	}
}

static int loopback_fallback(int port, int family, int socktype,
			     struct net_addr *out, int max)
{
	int n = 0;

	if (family != AF_INET && n < max)
		addr_fill(&out[n++], AF_INET6, port, socktype);
	if (family != AF_INET6 && n < max)
		addr_fill(&out[n++], AF_INET, port, socktype);
	return n;
}

int net_resolve(const char *host, int port, int family, int socktype,
		int flags, struct net_addr *out, int max)
{
	struct addrinfo hints = { 0 }, *res, *ai;
	char serv[8];
	int r, n = 0;

	hints.ai_family = family;
	hints.ai_socktype = socktype;
	hints.ai_flags = flags | AI_NUMERICSERV;
	snprintf(serv, sizeof(serv), "%d", port);
	r = getaddrinfo(host, serv, &hints, &res);
	if (r != 0) {
		if (host && is_localhost(host) && r != EAI_SYSTEM &&
		    !(flags & AI_NUMERICHOST))
			return loopback_fallback(port, family, socktype, out,
						 max);
		return r < 0 ? r : -r;
	}
	for (ai = res; ai && n < max; ai = ai->ai_next) {
		if (ai->ai_addrlen > sizeof(out[n].sa))
			continue;
		memset(&out[n], 0, sizeof(out[n]));
		out[n].family = ai->ai_family;
		out[n].socktype = ai->ai_socktype;
		out[n].protocol = ai->ai_protocol;
		out[n].len = ai->ai_addrlen;
		memcpy(&out[n].sa, ai->ai_addr, ai->ai_addrlen);
		n++;
	}
	freeaddrinfo(res);
	return n ? n : EAI_NONAME;
}

const char *net_gai_strerror(int code)
{
	/* glibc's EAI_* codes are negative; accept either sign. */
	return gai_strerror(code > 0 ? -code : code);
}

const char *net_ntop(const struct sockaddr *sa, char *buf, size_t len)
{
	const void *a = sa->sa_family == AF_INET6 ?
		(const void *)&((const struct sockaddr_in6 *)sa)->sin6_addr :
		(const void *)&((const struct sockaddr_in *)sa)->sin_addr;

	if (!inet_ntop(sa->sa_family, a, buf, (socklen_t)len))
		snprintf(buf, len, "?");
	return buf;
}

int net_port(const struct sockaddr *sa)
{
	if (sa->sa_family == AF_INET6)
		return ntohs(((const struct sockaddr_in6 *)sa)->sin6_port);
	return ntohs(((const struct sockaddr_in *)sa)->sin_port);
}

static int set_nonblock(int fd, int on)
{
	int fl = fcntl(fd, F_GETFL);

	if (fl < 0)
		return -1;
	fl = on ? fl | O_NONBLOCK : fl & ~O_NONBLOCK;
	return fcntl(fd, F_SETFL, fl);
}

int net_connect_fd(int fd, const struct sockaddr *sa, socklen_t len,
		   int timeout_ms)
{
	int err = 0;
	socklen_t elen = sizeof(err);
	struct pollfd p;

	if (timeout_ms < 0) {
		while (connect(fd, sa, len)) {
			/* interrupted: the connect goes on; wait for it */
			if (errno == EINTR || errno == EALREADY) {
				p.fd = fd;
				p.events = POLLOUT;
				if (poll(&p, 1, -1) < 0 && errno != EINTR)
					return -1;
				continue;
			}
			return errno == EISCONN ? 0 : -1;
		}
		return 0;
	}
	if (set_nonblock(fd, 1) < 0)
		return -1;
	if (connect(fd, sa, len) == 0)
		return set_nonblock(fd, 0);
	if (errno != EINPROGRESS)
		return -1;
	p.fd = fd;
	p.events = POLLOUT;
	for (;;) {
		int r = poll(&p, 1, timeout_ms);

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0) {
			errno = ETIMEDOUT;
			return -1;
		}
		break;
	}
	if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &elen) < 0)
		return -1;
	if (err) {
		errno = err;
		return -1;
	}
	return set_nonblock(fd, 0);
}

int net_connect(const struct net_addr *a, int timeout_ms)
{
	int fd, err;

	fd = socket(a->family, a->socktype | SOCK_CLOEXEC, a->protocol);
	if (fd < 0)
		return -1;
	if (net_connect_fd(fd, (const struct sockaddr *)&a->sa, a->len,
			   timeout_ms) == 0)
		return fd;
	err = errno;
	close(fd);
	errno = err;
	return -1;
}

int net_listen(const struct net_addr *a, int backlog)
{
	int fd, one = 1, err;

	fd = socket(a->family, a->socktype | SOCK_CLOEXEC, a->protocol);
	if (fd < 0)
		return -1;
	if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0 ||
	    bind(fd, (const struct sockaddr *)&a->sa, a->len) < 0 ||
	    (a->socktype == SOCK_STREAM && listen(fd, backlog) < 0)) {
		err = errno;
		close(fd);
		errno = err;
		return -1;
	}
	return fd;
}

const char *net_sockaddr_format(const struct sockaddr *sa, enum net_style st,
				char *buf, size_t len)
{
	char ip[NET_ADDRSTRLEN];

	net_ntop(sa, ip, sizeof(ip));
	snprintf(buf, len, "%s%c%d", ip, st == NET_STYLE_TCPDUMP ? '.' : ':',
		 net_port(sa));
	return buf;
}
