/* net.h - addresses and sockets shared by the applets.
 *
 * Name resolution works in an empty root: "localhost" and "*.localhost"
 * fall back to loopback (RFC 6761 section 6.3) when the system resolver
 * fails, and port names fall back to a compiled-in services table.
 */
#ifndef TCPBOX_NET_H
#define TCPBOX_NET_H

#include <netinet/in.h>
#include <stddef.h>
#include <sys/socket.h>

enum {
	NET_ADDR_MAX = 16,	/* addresses kept per name */
	NET_ADDRSTRLEN = 64,	/* fits an IPv6 literal with scope */
};

struct net_addr {
	int family;
	int socktype;
	int protocol;
	socklen_t len;
	struct sockaddr_storage sa;
};

/* Service name flags for services_*(). */
enum { SERV_TCP = 1, SERV_UDP = 2, SERV_SCTP = 4, SERV_DDP = 8 };

/* Port number of a service name in the compiled-in table, or -1. */
int services_port(const char *name, int proto);
/* Name of a port in the compiled-in table, or NULL. */
const char *services_name(int port, int proto);

/* Parse a port: a number 0..65535, or a service name (system first, then
 * the built-in table). Returns the port, -1 if not a name we know,
 * -2 if numeric but out of range. */
int net_port_parse(const char *s, int socktype);

/* Resolve host (NULL: the wildcard with AI_PASSIVE) and a numeric port.
 * family: AF_UNSPEC/AF_INET/AF_INET6; flags: AI_* for getaddrinfo.
 * Fills up to max entries; returns the count (> 0), or an EAI_* code
 * (< 0) for net_gai_strerror(). */
int net_resolve(const char *host, int port, int family, int socktype,
		int flags, struct net_addr *out, int max);
const char *net_gai_strerror(int code);

/* Numeric address of sa (no port) into buf; returns buf. */
const char *net_ntop(const struct sockaddr *sa, char *buf, size_t len);
/* Port of an AF_INET/AF_INET6 address, host order. */
int net_port(const struct sockaddr *sa);

/* Non-blocking connect bounded by timeout_ms (< 0: the kernel's). Returns
 * a connected fd (blocking, close-on-exec) or -1 with errno set;
 * ETIMEDOUT when the timeout ran out. */
int net_connect(const struct net_addr *a, int timeout_ms);
/* The same on a socket the caller made (and set options on): 0 when
 * connected (the socket left blocking), -1 with errno. */
int net_connect_fd(int fd, const struct sockaddr *sa, socklen_t len,
		   int timeout_ms);

/* A listening socket bound to a (SO_REUSEADDR, close-on-exec), for
 * SOCK_STREAM with backlog; for SOCK_DGRAM only bound. Returns the fd, or
 * -1 with errno set. */
int net_listen(const struct net_addr *a, int backlog);

enum net_style {
	NET_STYLE_TCPDUMP,	/* 127.0.0.1.80, ::1.80 */
	NET_STYLE_NETSTAT,	/* 127.0.0.1:80, ::1:80 */
};
/* Address and port of an AF_INET/AF_INET6 sockaddr as tcpdump or
 * netstat -n print them, into buf; returns buf. */
const char *net_sockaddr_format(const struct sockaddr *sa, enum net_style st,
				char *buf, size_t len);

#endif
