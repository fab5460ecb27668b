/* nc.c - read and write TCP and UDP connections.
 *
 * Compatible with: netcat-openbsd 1.219 (Debian's nc): options, the
 * -v lines, their stream (stderr) and exit codes.
 * Done: TCP and UDP clients and listeners (-l, -k, -p, -s), -4 -6 -n -v
 * -z (port ranges) -w -N -q -d -u; options after the operands.
 * Not done yet (the nc issue tracks them): -U unix sockets, -e/-c exec
 * mode, proxies (-x/-X), -C -D -F -I -i -M -m -O -P -r -S -T -t -V -W -Z;
 * those say they are not supported and exit 1.
 */
#include <errno.h>
#include <getopt.h>
#include <netdb.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "args.h"
#include "error.h"
#include "net.h"
#include "out.h"
#include "xfuncs.h"

const char nc_help[] =
"usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]\n"
"\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]\n"
"\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]\n"
"\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]\n"
"\t  [destination] [port]\n"
"\tCommand Summary:\n"
"\t\t-4\t\tUse IPv4\n"
"\t\t-6\t\tUse IPv6\n"
"\t\t-d\t\tDetach from stdin\n"
"\t\t-h\t\tThis help text\n"
"\t\t-k\t\tKeep inbound sockets open for multiple connects\n"
"\t\t-l\t\tListen mode, for inbound connects\n"
"\t\t-N\t\tShutdown the network socket after EOF on stdin\n"
"\t\t-n\t\tSuppress name/port resolutions\n"
"\t\t-p port\t\tSpecify local port for remote connects\n"
"\t\t-q secs\t\tquit after EOF on stdin and delay of secs\n"
"\t\t-s sourceaddr\tLocal source address\n"
"\t\t-u\t\tUDP mode\n"
"\t\t-v\t\tVerbose\n"
"\t\t-w timeout\tTimeout for connects and final net reads\n"
"\t\t-z\t\tZero-I/O mode [used for scanning]\n"
"\tPort numbers can be individual or ranges: lo-hi [inclusive]\n"
"\ttcpbox: options may follow the operands (nc host port -w 2).\n"
"\tNot supported yet: -U -e -c -x -X -C -D -F -I -i -M -m -O -P -r -S\n"
"\t-T -t -V -W -Z.\n";

enum { BUFSZ = 64 * 1024 };

struct nc_opts {
	int family;
	int socktype;
	bool listen, keep, numeric, verbose, zero, shutdown_eof, no_stdin;
	int timeout_ms;		/* -w, -1: none */
	int quit_secs;		/* -q, -1: never */
	const char *src_addr, *src_port;
	const char *host, *port;
};

/* After a bad option or operand: the usage lines only, as nc.openbsd. */
static _Noreturn void nc_usage_die(void)
{
	const char *end = strstr(nc_help, "\tCommand Summary:");

	fwrite(nc_help, 1, (size_t)(end - nc_help), stderr);
	xexit(1);
}

static int nc_num(const char *what, const char *s, long long max)
{
	long long v;

	if (args_num(s, 0, max, &v) < 0)
		die("%s %s: %s", what, errno == ERANGE ? "too large" :
		    "invalid", s);
	return (int)v;
}

static void nc_opt(struct nc_opts *o, int c, const char *arg)
{
	switch (c) {
	case '4': o->family = AF_INET; break;
	case '6': o->family = AF_INET6; break;
	case 'd': o->no_stdin = true; break;
	case 'h':
		fputs(nc_help, stderr);
		xexit(0);
	case 'k': o->keep = true; break;
	case 'l': o->listen = true; break;
	case 'N': o->shutdown_eof = true; break;
	case 'n': o->numeric = true; break;
	case 'p': o->src_port = arg; break;
	case 'q': o->quit_secs = nc_num("quit timer", arg, 86400 * 365); break;
	case 's': o->src_addr = arg; break;
	case 'u': o->socktype = SOCK_DGRAM; break;
	case 'v': o->verbose = true; break;
	case 'w':
		o->timeout_ms = nc_num("timeout", arg, 86400 * 365) * 1000;
		break;
	case 'z': o->zero = true; break;
	case '?':
		nc_usage_die();
	default:
		die("-%c is not supported yet", c);
	}
}

/* Options anywhere on the line: getopt permutes them before the
 * operands (nc.openbsd stops at the first operand). */
static void nc_parse(struct nc_opts *o, int argc, char **argv)
{
	int c;

	o->family = AF_UNSPEC;
	o->socktype = SOCK_STREAM;
	o->timeout_ms = -1;
	o->quit_secs = -1;
	while ((c = getopt(argc, argv,
			   "46bCcDde:FhI:i:klM:m:NnO:P:p:q:rSs:T:tUuV:vW:w:X:x:Zz")) != -1)
		nc_opt(o, c, optarg);
	argc -= optind;
	argv += optind;
	if (o->listen && argc == 1) {
		o->port = argv[0];
	} else if (o->listen && argc == 2) {
		o->host = argv[0];
		o->port = argv[1];
	} else if (o->listen && argc == 0 && o->src_port) {
		o->port = o->src_port;
		o->host = o->src_addr;
	} else if (!o->listen && argc == 2) {
		o->host = argv[0];
		o->port = argv[1];
	} else {
		nc_usage_die();
	}
	if (o->listen && o->zero)
		die("cannot use -z and -l");
	if (o->keep && !o->listen)
		die("must use -l with -k");
}

/* A port or a lo-hi range; dies with nc.openbsd's words. */
static void nc_ports(const struct nc_opts *o, const char *s, int *lo, int *hi)
{
	const char *dash = strchr(s, '-');
	char a[32];
	int v;

	if (dash && dash != s) {
		snprintf(a, sizeof(a), "%.*s", (int)(dash - s), s);
		*lo = nc_num("port number", a, 65535);
		*hi = nc_num("port number", dash + 1, 65535);
		if (*lo > *hi) {
			v = *lo;
			*lo = *hi;
			*hi = v;
		}
		return;
	}
	v = net_port_parse(s, o->socktype);
	if (v == -2)
		die("port number too large: %s", s);
	if (v < 0)
		die("port number invalid: %s", s);
	*lo = *hi = v;
}

static int nc_resolve(const struct nc_opts *o, const char *host, int port,
		      int flags, struct net_addr *a)
{
	int n = net_resolve(host, port, o->family, o->socktype,
			    flags | (o->numeric ? AI_NUMERICHOST : 0), a,
			    NET_ADDR_MAX);

	if (n < 0)
		die("getaddrinfo for host \"%s\" port %d: %s", host ? host : "",
		    port, net_gai_strerror(n));
	return n;
}

/* The bracketed service of the -v success line: tcp/http, or tcp/ and a
 * star when the port has no name. */
static void service_tag(const struct nc_opts *o, int port, char *buf,
			size_t len)
{
	const char *name = NULL;
	struct servent *se;
	const char *proto = o->socktype == SOCK_DGRAM ? "udp" : "tcp";

	if (!o->numeric) {
		se = getservbyport(htons((uint16_t)port), proto);
		name = se ? se->s_name :
			services_name(port, o->socktype == SOCK_DGRAM ?
					    SERV_UDP : SERV_TCP);
	}
	snprintf(buf, len, "[%s/%s]", proto, name ? name : "*");
}

/* ---- moving the bytes ---- */

/* Copy stdin to the socket and the socket to stdout until the peer
 * closes (or, with -q, a while after stdin ends). */
static int nc_relay(const struct nc_opts *o, int fd)
{
	struct pollfd p[2] = { { .fd = fd, .events = POLLIN },
			       { .fd = o->no_stdin ? -1 : 0, .events = POLLIN } };
	char *buf = xmalloc(BUFSZ);
	int64_t quit_at = -1;
	ssize_t n;

	for (;;) {
		int wait = -1;

		if (quit_at >= 0) {
			struct timespec ts;

			clock_gettime(CLOCK_MONOTONIC, &ts);
			wait = (int)(quit_at - ((int64_t)ts.tv_sec * 1000 +
						ts.tv_nsec / 1000000));
			if (wait <= 0)
				break;
		}
		if (poll(p, 2, wait) < 0) {
			if (errno == EINTR)
				continue;
			die_errno("poll");
		}
		if (p[0].revents) {
			n = read(fd, buf, BUFSZ);
			if (n <= 0)
				break;
			if (write_all(1, buf, (size_t)n) < 0)
				break;
		}
		if (p[1].revents) {
			n = read(0, buf, BUFSZ);
			if (n > 0 && write_all(fd, buf, (size_t)n) < 0)
				break;
			if (n <= 0) {
				p[1].fd = -1;
				if (o->shutdown_eof)
					shutdown(fd, SHUT_WR);
				if (o->quit_secs == 0)
					break;
				if (o->quit_secs > 0) {
					struct timespec ts;

					clock_gettime(CLOCK_MONOTONIC, &ts);
					quit_at = (int64_t)ts.tv_sec * 1000 +
						  ts.tv_nsec / 1000000 +
						  o->quit_secs * 1000LL;
				}
			}
		}
	}
	free(buf);
	return 0;
}

/* ---- client ---- */

static int nc_connect_one(const struct nc_opts *o, const char *host,
			  int port)
{
	struct net_addr a[NET_ADDR_MAX];
	char ip[NET_ADDRSTRLEN], tag[64];
	const char *proto = o->socktype == SOCK_DGRAM ? "udp" : "tcp";
	int n, i, fd;

	n = nc_resolve(o, host, port, 0, a);
	for (i = 0; i < n; i++) {
		net_ntop((struct sockaddr *)&a[i].sa, ip, sizeof(ip));
		fd = net_connect(&a[i], o->timeout_ms);
		if (fd < 0) {
			if (o->verbose && errno == ETIMEDOUT && o->timeout_ms >= 0)
				warn_msg("connect to %s port %d (%s) timed out: "
					 "Operation now in progress", ip, port,
					 proto);
			else if (o->verbose)
				warn_errno("connect to %s port %d (%s) failed",
					   ip, port, proto);
			continue;
		}
		if (o->verbose) {
			service_tag(o, port, tag, sizeof(tag));
			if (strcmp(host, ip))
				msg_plain("Connection to %s (%s) %d port %s "
					  "succeeded!", host, ip, port, tag);
			else
				msg_plain("Connection to %s %d port %s "
					  "succeeded!", host, port, tag);
		}
		return fd;
	}
	return -1;
}

static int nc_client(const struct nc_opts *o)
{
	int lo, hi, port, fd, ok = 0;

	nc_ports(o, o->port, &lo, &hi);
	for (port = lo; port <= hi; port++) {
		fd = nc_connect_one(o, o->host, port);
		if (fd < 0)
			continue;
		ok = 1;
		if (!o->zero)
			nc_relay(o, fd);
		close(fd);
		if (!o->zero)
			break;
	}
	return ok ? 0 : 1;
}

/* ---- listener ---- */

static void nc_announce(const struct nc_opts *o, const struct sockaddr *sa,
			const char *what)
{
	char host[NI_MAXHOST], ip[NET_ADDRSTRLEN];

	net_ntop(sa, ip, sizeof(ip));
	if (o->numeric || getnameinfo(sa, sa->sa_family == AF_INET6 ?
				      sizeof(struct sockaddr_in6) :
				      sizeof(struct sockaddr_in),
				      host, sizeof(host), NULL, 0,
				      NI_NAMEREQD))
		snprintf(host, sizeof(host), "%s", ip);
	msg_plain("%s %s %d", what, host, net_port(sa));
}

static int nc_listen(const struct nc_opts *o)
{
	struct net_addr a[NET_ADDR_MAX];
	struct sockaddr_storage peer;
	socklen_t pl;
	int lo, hi, l, fd;

	nc_ports(o, o->port, &lo, &hi);
	nc_resolve(o, o->host, lo, AI_PASSIVE, a);
	l = net_listen(&a[0], 5);
	if (l < 0)
		die_errno("bind");
	if (o->verbose) {
		char ip[NET_ADDRSTRLEN];

		msg_plain("Listening on %s %d",
			  net_ntop((struct sockaddr *)&a[0].sa, ip, sizeof(ip)),
			  lo);
	}
	do {
		pl = sizeof(peer);
		if (o->socktype == SOCK_DGRAM) {
			char b;

			/* lock onto the first peer, as nc.openbsd does */
			if (recvfrom(l, &b, 1, MSG_PEEK,
				     (struct sockaddr *)&peer, &pl) < 0 ||
			    connect(l, (struct sockaddr *)&peer, pl) < 0)
				die_errno("recvfrom");
			if (o->verbose)
				nc_announce(o, (struct sockaddr *)&peer,
					    "Connection received on");
			nc_relay(o, l);
			break;
		}
		fd = accept4(l, (struct sockaddr *)&peer, &pl, SOCK_CLOEXEC);
		if (fd < 0) {
			if (errno == EINTR)
				continue;
			die_errno("accept");
		}
		if (o->verbose)
			nc_announce(o, (struct sockaddr *)&peer,
				    "Connection received on");
		nc_relay(o, fd);
		close(fd);
	} while (o->keep);
	close(l);
	return 0;
}

int nc_main(int argc, char **argv)
{
	struct nc_opts o = { 0 };

	signal(SIGPIPE, SIG_IGN);
	nc_parse(&o, argc, argv);
	return o.listen ? nc_listen(&o) : nc_client(&o);
}
