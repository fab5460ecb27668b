/* procnet.c - /proc/net/{tcp,udp,udplite,raw}{,6} and unix, parsed. */
#include <errno.h>
#include <netinet/in.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "procnet.h"

enum { MAXTOK = 12 };

static const char *inet_path(int family, int protocol)
{
	bool v6 = family == AF_INET6;

	switch (protocol) {
	case IPPROTO_TCP:
		return v6 ? "/proc/net/tcp6" : "/proc/net/tcp";
	case IPPROTO_UDP:
		return v6 ? "/proc/net/udp6" : "/proc/net/udp";
	case IPPROTO_UDPLITE:
		return v6 ? "/proc/net/udplite6" : "/proc/net/udplite";
	case IPPROTO_RAW:
		return v6 ? "/proc/net/raw6" : "/proc/net/raw";
	}
	return NULL;
}

/* Split line at blanks into at most max tokens; returns the count. */
static int split(char *line, char **tok, int max)
{
	char *save = NULL, *t;
	int n = 0;

	for (t = strtok_r(line, " \t\n", &save); t && n < max;
	     t = strtok_r(NULL, " \t\n", &save))
		tok[n++] = t;
	return n;
}

/* All of s (up to stop, or its end) as a number in base: 0, or -1. */
static int num(const char *s, int base, char stop, unsigned long long *v)
{
	char *end;

	if (!*s || *s == stop || *s == '-' || *s == '+' || *s == ' ')
		return -1;
	errno = 0;
	*v = strtoull(s, &end, base);
	if (errno || *end != stop)
		return -1;
	return 0;
}

static int num32(const char *s, int base, char stop, unsigned *v)
{
	unsigned long long w;

	if (num(s, base, stop, &w) < 0 || w > 0xffffffffULL)
		return -1;
	*v = (unsigned)w;
	return 0;
}

/* "0100007F:0016" into the address bytes (the kernel prints each 32-bit
 * word of the address as a host-order number) and the port. */
static int endpoint(const char *s, int family, uint8_t *addr, unsigned *port)
{
	unsigned words = family == AF_INET6 ? 4 : 1, i;

	for (i = 0; i < words; i++) {
		char chunk[9];
		unsigned v;
		uint32_t w;

		memcpy(chunk, s + 8 * i, 8);
		chunk[8] = '\0';
		if (strnlen(s + 8 * i, 8) < 8 || num32(chunk, 16, '\0', &v))
			return -1;
		w = v;
		memcpy(addr + 4 * i, &w, 4);
	}
	s += 8 * words;
	if (*s != ':' || num32(s + 1, 16, '\0', port) || *port > 65535)
		return -1;
	return 0;
}

/* One table line into s: 0, or -1 if it is no socket line. */
static int inet_line(char *line, int family, int protocol,
		     struct diag_sock *s)
{
	char *tok[MAXTOK], *colon;
	unsigned long long inode;
	unsigned when;
	int n = split(line, tok, MAXTOK);

	if (n < 10 || !strchr(tok[0], ':'))
		return -1;
	memset(s, 0, sizeof(*s));
	s->family = family;
	s->protocol = protocol;
	colon = strchr(tok[4], ':');
	if (endpoint(tok[1], family, s->src, &s->sport) ||
	    endpoint(tok[2], family, s->dst, &s->dport) ||
	    num32(tok[3], 16, '\0', &s->state) || !colon ||
	    num32(tok[4], 16, ':', &s->wqueue) ||
	    num32(colon + 1, 16, '\0', &s->rqueue))
		return -1;
	colon = strchr(tok[5], ':');
	if (!colon || num32(tok[5], 16, ':', &s->timer) ||
	    num32(colon + 1, 16, '\0', &when) ||
	    num32(tok[6], 16, '\0', &s->retrans) ||
	    num32(tok[7], 10, '\0', &s->uid) ||
	    num32(tok[8], 10, '\0', &s->probes) ||
	    num(tok[9], 10, '\0', &inode))
		return -1;
	s->timer_ms = when > 0xffffffffu / 10 ? 0xffffffffu : when * 10;
	s->inode = inode;
	return 0;
}

int procnet_inet_read(int family, int protocol, diag_cb cb, void *arg)
{
	const char *path = inet_path(family, protocol);
	char *line = NULL;
	size_t cap = 0;
	FILE *f;
	int r = 0;

	if (!path) {
		errno = EPROTONOSUPPORT;
		return -1;
	}
	f = fopen(path, "re");
	if (!f)
		return -1;
	while (r == 0 && getline(&line, &cap, f) > 0) {
		struct diag_sock s;

		if (inet_line(line, family, protocol, &s) == 0)
			r = cb(&s, arg);
	}
	free(line);
	fclose(f);
	return r;
}

/* "0000000000000000: 00000002 00000000 00010000 0001 01 15444 /p" */
static int unix_line(char *line, struct procnet_unix *u)
{
	char *tok[7], *rest = line;
	unsigned long long inode;
	size_t len;
	int i;

	/* the path is the rest of the line: it may hold blanks */
	for (i = 0; i < 7; i++) {
		rest += strspn(rest, " ");
		tok[i] = rest;
		rest += strcspn(rest, " \n");
		if (rest == tok[i])
			return -1;
		if (*rest)
			*rest++ = '\0';
	}
	len = strlen(tok[0]);
	if (len < 2 || tok[0][len - 1] != ':')
		return -1;
	memset(u, 0, sizeof(*u));
	if (num32(tok[1], 16, '\0', &u->refcnt) ||
	    num32(tok[3], 16, '\0', &u->flags) ||
	    num32(tok[4], 16, '\0', &u->type) ||
	    num32(tok[5], 16, '\0', &u->st) ||
	    num(tok[6], 10, '\0', &inode))
		return -1;
	u->inode = inode;
	len = strcspn(rest, "\n");
	if (len >= sizeof(u->path))
		len = sizeof(u->path) - 1;
	memcpy(u->path, rest, len);
	u->path[len] = '\0';
	return 0;
}

int procnet_unix_read(procnet_unix_cb cb, void *arg)
{
	char *line = NULL;
	size_t cap = 0;
	FILE *f = fopen("/proc/net/unix", "re");
	int r = 0;

	if (!f)
		return -1;
	while (r == 0 && getline(&line, &cap, f) > 0) {
		struct procnet_unix u;

		if (unix_line(line, &u) == 0)
			r = cb(&u, arg);
	}
	free(line);
	fclose(f);
	return r;
}

/* 32 hex digits into 16 bytes: 0, or -1. */
static int hex_addr6(const char *s, uint8_t *a)
{
	unsigned i, v;
	char byte[3] = "";

	if (strlen(s) != 32)
		return -1;
	for (i = 0; i < 16; i++) {
		memcpy(byte, s + 2 * i, 2);
		if (num32(byte, 16, '\0', &v))
			return -1;
		a[i] = (uint8_t)v;
	}
	return 0;
}

/* "dst dstlen src srclen gw metric refcnt use flags dev" */
static int route6_line(char *line, struct procnet_route6 *r)
{
	char *tok[11];
	int n = split(line, tok, 11);

	if (n < 9)
		return -1;
	memset(r, 0, sizeof(*r));
	if (hex_addr6(tok[0], r->dst) || num32(tok[1], 16, '\0', &r->dst_len) ||
	    hex_addr6(tok[2], r->src) || num32(tok[3], 16, '\0', &r->src_len) ||
	    hex_addr6(tok[4], r->gateway) ||
	    num32(tok[5], 16, '\0', &r->metric) ||
	    num32(tok[6], 16, '\0', &r->refcnt) ||
	    num32(tok[7], 16, '\0', &r->use) ||
	    num32(tok[8], 16, '\0', &r->flags))
		return -1;
	if (n > 9)
		snprintf(r->dev, sizeof(r->dev), "%s", tok[9]);
	return 0;
}

int procnet_route6_read(procnet_route6_cb cb, void *arg)
{
	char *line = NULL;
	size_t cap = 0;
	FILE *f = fopen("/proc/net/ipv6_route", "re");
	int r = 0;

	if (!f)
		return -1;
	while (r == 0 && getline(&line, &cap, f) > 0) {
		struct procnet_route6 rt;

		if (route6_line(line, &rt) == 0)
			r = cb(&rt, arg);
	}
	free(line);
	fclose(f);
	return r;
}

/* "addr ifindex prefixlen scope flags dev", numbers in hex */
static int inet6_line(char *line, struct procnet_inet6 *a)
{
	char *tok[7];
	int n = split(line, tok, 7);

	if (n < 6)
		return -1;
	memset(a, 0, sizeof(*a));
	if (hex_addr6(tok[0], a->addr) ||
	    num32(tok[1], 16, '\0', &a->ifindex) ||
	    num32(tok[2], 16, '\0', &a->prefixlen) ||
	    num32(tok[3], 16, '\0', &a->scope) ||
	    num32(tok[4], 16, '\0', &a->flags))
		return -1;
	snprintf(a->dev, sizeof(a->dev), "%s", tok[5]);
	return 0;
}

int procnet_inet6_read(procnet_inet6_cb cb, void *arg)
{
	char *line = NULL;
	size_t cap = 0;
	FILE *f = fopen("/proc/net/if_inet6", "re");
	int r = 0;

	if (!f)
		return -1;
	while (r == 0 && getline(&line, &cap, f) > 0) {
		struct procnet_inet6 a;

		if (inet6_line(line, &a) == 0)
			r = cb(&a, arg);
	}
	free(line);
	fclose(f);
	return r;
}
