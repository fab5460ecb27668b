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

/*
 * On fd, connected to the proxy, ask for host:port. user and pass (may
 * be NULL) go to an HTTP proxy as Basic credentials, user alone to a
 * SOCKS4 one as its user id. Returns 0 once the proxy relays, or -1 with
 * a one-line reason in why.
 */
int proxy_handshake(int fd, enum proxy_proto p, const char *host, int port,
		    const char *user, const char *pass, char *why,
		    size_t whylen);

#endif
