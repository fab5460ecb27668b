/* proxy.h - ask a proxy to connect: SOCKS4 (with the target resolved
 * here), SOCKS5 (RFC 1928, no authentication), HTTP CONNECT (RFC 9110
 * section 9.3.6, optional Basic credentials).
 */
#ifndef TCPBOX_PROXY_H
#define TCPBOX_PROXY_H

#include <stddef.h>

enum proxy_proto { PROXY_SOCKS4, PROXY_SOCKS5, PROXY_HTTP };

/* The default port of a proxy protocol: 1080 for SOCKS, 3128 for HTTP. */
int proxy_default_port(enum proxy_proto p);

enum { PROXY_AUTH_NEEDED = -2 };

/*
 * On fd, connected to the proxy, ask for host:port. user and pass go to
 * an HTTP proxy as Basic credentials when both are set, user alone to a
 * SOCKS4 one as its user id. Returns 0 once the proxy relays, -1 with a
 * one-line reason in why, or PROXY_AUTH_NEEDED when an HTTP proxy
 * answered 407 to a request without a password while a user was given:
 * ask for the password and try again on a new connection.
 */
int proxy_handshake(int fd, enum proxy_proto p, const char *host, int port,
		    const char *user, const char *pass, char *why,
		    size_t whylen);

#endif
