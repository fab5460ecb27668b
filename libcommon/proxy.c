/* proxy.c - the client side of SOCKS4, SOCKS5 and HTTP CONNECT.
 *
 * Every reply is read to its exact length before a byte of it is used:
 * a proxy that closes early or sends garbage gets a reason, never an
 * over-read.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "proxy.h"
#include "xfuncs.h"

int proxy_default_port(enum proxy_proto p)
{
	return p == PROXY_HTTP ? 3128 : 1080;
}

/* Read exactly len bytes; false at EOF or error, with errno (EPIPE at
 * EOF) and *got saying how far it came. */
static bool read_got(int fd, void *buf, size_t len, size_t *got)
{
	uint8_t *p = buf;

	*got = 0;
	while (*got < len) {
		ssize_t n = read(fd, p + *got, len - *got);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == 0)
				errno = EPIPE;
			return false;
		}
		*got += (size_t)n;
	}
	return true;
}

static bool read_exact(int fd, void *buf, size_t len)
{
	size_t got;

	return read_got(fd, buf, len, &got);
}

static int fail_errno(char *why, size_t len, const char *what)
{
	snprintf(why, len, "%s: %s", what, strerror(errno));
	return -1;
}

/* A reply cut short, in nc.openbsd's words. */
static int fail_read(int fd, void *buf, size_t len, char *why, size_t whylen)
{
	size_t got;

	if (read_got(fd, buf, len, &got))
		return 0;
	snprintf(why, whylen, "read failed (%zu/%zu): %s", got, len,
		 strerror(errno));
	return -1;
}

static int fail(char *why, size_t len, const char *text)
{
	snprintf(why, len, "%s", text);
	return -1;
}

static int socks4(int fd, const char *host, int port, const char *user,
		  char *why, size_t whylen)
{
	struct addrinfo hints = { .ai_family = AF_INET,
				  .ai_socktype = SOCK_STREAM }, *ai;
	uint8_t req[8 + 256], rep[8];
	size_t ulen = user ? strlen(user) : 0, n;
	struct in_addr in;

	/* SOCKS4 carries an IPv4 address: resolve it here */
	if (inet_pton(AF_INET, host, &in) != 1) {
		if (getaddrinfo(host, NULL, &hints, &ai) != 0)
			return fail(why, whylen, "SOCKS4: cannot resolve the "
				    "target to an IPv4 address");
		in = ((struct sockaddr_in *)ai->ai_addr)->sin_addr;
		freeaddrinfo(ai);
	}
	if (ulen > 255)
		return fail(why, whylen, "SOCKS4: user name too long");
	req[0] = 4;
	req[1] = 1;			/* CONNECT */
	req[2] = (uint8_t)(port >> 8);
	req[3] = (uint8_t)port;
	memcpy(req + 4, &in, 4);
	memcpy(req + 8, user ? user : "", ulen);
	req[8 + ulen] = 0;
	n = 9 + ulen;
	if (write_all(fd, req, n) < 0)
		return fail(why, whylen, "proxy write failed");
	if (fail_read(fd, rep, sizeof(rep), why, whylen) < 0)
		return -1;
	if (rep[1] != 90) {
		snprintf(why, whylen, "connection failed, SOCKSv4 error: %s",
			 rep[1] == 91 ? "Request rejected or failed" :
			 rep[1] == 92 ? "SOCKS server cannot connect to identd "
					"on the client" :
			 rep[1] == 93 ? "Client program and identd report "
					"different user-ids" : "Unknown error");
		return -1;
	}
	return 0;
}

static const char *socks5_reason(unsigned code)
{
	static const char *const text[] = {
		"Succeeded", "General SOCKS server failure",
		"Connection not allowed by ruleset", "Network unreachable",
		"Host unreachable", "Connection refused", "TTL expired",
		"Command not supported", "Address type not supported",
	};

	return code < sizeof(text) / sizeof(text[0]) ? text[code] :
						       "Unknown error";
}

static int socks5(int fd, const char *host, int port, char *why,
		  size_t whylen)
{
	uint8_t req[4 + 1 + 255 + 2], rep[4 + 255 + 2];
	size_t hlen = strlen(host), n = 4, skip;
	struct in_addr a4;
	struct in6_addr a6;

	if (write_all(fd, "\x05\x01\x00", 3) < 0)
		return fail(why, whylen, "proxy write failed");
	if (fail_read(fd, rep, 2, why, whylen) < 0)
		return -1;
	if (rep[0] != 5 || rep[1] != 0)
		return fail(why, whylen, "connection failed, unsupported "
			    "authentication method");
	req[0] = 5;
	req[1] = 1;			/* CONNECT */
	req[2] = 0;
	if (inet_pton(AF_INET, host, &a4) == 1) {
		req[3] = 1;
		memcpy(req + n, &a4, 4);
		n += 4;
	} else if (inet_pton(AF_INET6, host, &a6) == 1) {
		req[3] = 4;
		memcpy(req + n, &a6, 16);
		n += 16;
	} else {
		/* the proxy resolves names (the point of SOCKS5 for many) */
		if (hlen > 255)
			return fail(why, whylen, "host name too long for "
				    "SOCKS5");
		req[3] = 3;
		req[n++] = (uint8_t)hlen;
		memcpy(req + n, host, hlen);
		n += hlen;
	}
	req[n++] = (uint8_t)(port >> 8);
	req[n++] = (uint8_t)port;
	if (write_all(fd, req, n) < 0)
		return fail(why, whylen, "proxy write failed");
	if (fail_read(fd, rep, 4, why, whylen) < 0)
		return -1;
	if (rep[0] != 5)
		return fail(why, whylen, "proxy sent a bad SOCKS5 reply");
	if (rep[1] != 0) {
		snprintf(why, whylen, "connection failed, SOCKSv5 error: %s",
			 socks5_reason(rep[1]));
		return -1;
	}
	/* the bound address, which we do not use, then the port */
	switch (rep[3]) {
	case 1: skip = 4; break;
	case 4: skip = 16; break;
	case 3:
		if (fail_read(fd, rep + 4, 1, why, whylen) < 0)
			return -1;
		skip = rep[4];
		break;
	default:
		return fail(why, whylen, "proxy sent a bad SOCKS5 reply");
	}
	return fail_read(fd, rep + 4, skip + 2, why, whylen);
}

static void base64(const char *in, char *out, size_t outlen)
{
	static const char tab[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t len = strlen(in), i, o = 0;

	for (i = 0; i < len && o + 5 < outlen; i += 3) {
		unsigned v = (uint8_t)in[i] << 16;

		if (i + 1 < len)
			v |= (uint8_t)in[i + 1] << 8;
		if (i + 2 < len)
			v |= (uint8_t)in[i + 2];
		out[o++] = tab[(v >> 18) & 63];
		out[o++] = tab[(v >> 12) & 63];
		out[o++] = i + 1 < len ? tab[(v >> 6) & 63] : '=';
		out[o++] = i + 2 < len ? tab[v & 63] : '=';
	}
	out[o] = '\0';
}

/* One header line into line (without CR LF); false at EOF (errno
 * EPIPE) or error, or when it does not fit (E2BIG). Reads a byte at a time: nothing after the empty line
 * may be consumed, it is the relayed stream. */
static bool read_line(int fd, char *line, size_t len)
{
	size_t n = 0;
	char c;

	for (;;) {
		if (!read_exact(fd, &c, 1))
			return false;
		if (c == '\n')
			break;
		if (n + 1 >= len) {
			errno = E2BIG;
			return false;
		}
		line[n++] = c;
	}
	if (n && line[n - 1] == '\r')
		n--;
	line[n] = '\0';
	return true;
}

static int http_connect(int fd, const char *host, int port, const char *user,
			const char *pass, char *why, size_t whylen)
{
	char req[1024], cred[600], b64[820], line[1024];
	const char *fmt = strchr(host, ':') ? "[%s]:%d" : "%s:%d";
	char target[300];
	int n, lines;

	snprintf(target, sizeof(target), fmt, host, port);
	n = snprintf(req, sizeof(req), "CONNECT %s HTTP/1.0\r\n", target);
	if (user && pass) {
		snprintf(cred, sizeof(cred), "%s:%s", user, pass);
		base64(cred, b64, sizeof(b64));
		n += snprintf(req + n, sizeof(req) - (size_t)n,
			      "Proxy-Authorization: Basic %s\r\n", b64);
	}
	n += snprintf(req + n, sizeof(req) - (size_t)n, "\r\n");
	if (n >= (int)sizeof(req))
		return fail(why, whylen, "proxy request too long");
	if (write_all(fd, req, (size_t)n) < 0)
		return fail(why, whylen, "proxy write failed");
	if (!read_line(fd, line, sizeof(line)))
		return fail_errno(why, whylen, "proxy read");
	/* 407 to a request without credentials: the caller asks for the
	 * password and tries again on a new connection */
	if (!strncmp(line, "HTTP/1.", 7) && line[7] &&
	    !strncmp(line + 8, " 407 ", 5) && user && !pass)
		return PROXY_AUTH_NEEDED;
	/* "HTTP/1.x 200 ..." */
	if (strncmp(line, "HTTP/1.", 7) || !line[7] ||
	    strncmp(line + 8, " 200", 4) ||
	    (line[12] && line[12] != ' ')) {
		snprintf(why, whylen, "Proxy error: \"%.200s\"", line);
		return -1;
	}
	/* the headers, up to the empty line; bounded */
	for (lines = 0; lines < 100; lines++) {
		if (!read_line(fd, line, sizeof(line)))
			return fail_errno(why, whylen, "proxy read");
		if (!line[0])
			return 0;
	}
	return fail(why, whylen, "proxy sent too many header lines");
}

int proxy_handshake(int fd, enum proxy_proto p, const char *host, int port,
		    const char *user, const char *pass, char *why,
		    size_t whylen)
{
	switch (p) {
	case PROXY_SOCKS4:
		return socks4(fd, host, port, user, why, whylen);
	case PROXY_SOCKS5:
		return socks5(fd, host, port, why, whylen);
	case PROXY_HTTP:
		return http_connect(fd, host, port, user, pass, why, whylen);
	}
	return fail(why, whylen, "unsupported proxy protocol");
}
