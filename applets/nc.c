/* nc.c - read and write TCP, UDP and unix-domain connections.
 *
 * Compatible with: netcat-openbsd 1.219 (Debian's nc): options, the
 * -v lines, their stream (stderr) and exit codes. Beyond it: options
 * after the operands, BusyBox/ncat exec mode (-e, -c, --exec,
 * --sh-exec, --keep-open), a "local:PATH" operand for unix sockets.
 * A session ends by nc.openbsd's rules (docs/nc.md, the table);
 * --half-close keeps a listener sending after the peer's end of stream.
 * Where we differ on purpose (docs/nc.md): -lU only replaces a socket,
 * never a regular file, at the path.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "error.h"
#include "net.h"
#include "out.h"
#include "proxy.h"
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
"\t\t-b\t\tAllow broadcast\n"
"\t\t-C\t\tSend CRLF as line-ending\n"
"\t\t-D\t\tEnable the debug socket option\n"
"\t\t-d\t\tDetach from stdin\n"
"\t\t-F\t\tPass socket fd\n"
"\t\t-h\t\tThis help text\n"
"\t\t-I length\tTCP receive buffer length\n"
"\t\t-i interval\tDelay interval for lines sent, ports scanned\n"
"\t\t-k\t\tKeep inbound sockets open for multiple connects\n"
"\t\t-l\t\tListen mode, for inbound connects\n"
"\t\t-M ttl\t\tOutgoing TTL / Hop Limit\n"
"\t\t-m minttl\tMinimum incoming TTL / Hop Limit\n"
"\t\t-N\t\tShutdown the network socket after EOF on stdin\n"
"\t\t-n\t\tSuppress name/port resolutions\n"
"\t\t-O length\tTCP send buffer length\n"
"\t\t-P proxyuser\tUsername for proxy authentication\n"
"\t\t-p port\t\tSpecify local port for remote connects\n"
"\t\t-q secs\t\tquit after EOF on stdin and delay of secs\n"
"\t\t-r\t\tRandomize remote ports\n"
"\t\t-S\t\tEnable the TCP MD5 signature option\n"
"\t\t-s sourceaddr\tLocal source address\n"
"\t\t-T keyword\tTOS value\n"
"\t\t-t\t\tAnswer TELNET negotiation\n"
"\t\t-U\t\tUse UNIX domain socket\n"
"\t\t-u\t\tUDP mode\n"
"\t\t-V rtable\tSpecify alternate routing table\n"
"\t\t-v\t\tVerbose\n"
"\t\t-W recvlimit\tTerminate after receiving a number of packets\n"
"\t\t-w timeout\tTimeout for connects and final net reads\n"
"\t\t-X proto\tProxy protocol: \"4\", \"5\" (SOCKS) or \"connect\"\n"
"\t\t-x addr[:port]\tSpecify proxy address and port\n"
"\t\t-Z\t\tDCCP mode\n"
"\t\t-z\t\tZero-I/O mode [used for scanning]\n"
"\tPort numbers can be individual or ranges: lo-hi [inclusive]\n"
"\ttcpbox nc also accepts:\n"
"\t\t-e prog, --exec prog\tRun prog (split at blanks) with its stdin\n"
"\t\t\t\t\tand stdout on the connection\n"
"\t\t-c cmd, --sh-exec cmd\tThe same with /bin/sh -c cmd\n"
"\t\t--keep-open\t\t-k; with -e/-c one child per client\n"
"\t\t--half-close\t\tafter the peer's end of stream, a listener\n"
"\t\t\t\t\tgoes on sending until stdin ends\n"
"\t\tlocal:PATH\t\tas destination: the unix socket PATH (-U)\n"
"\t\toptions after the operands (nc host port -w 2), and\n"
"\t\tBusyBox's -l -p port.\n"
"\tOn Linux, -V (routing tables) is not available and -S needs a\n"
"\tkey in /etc/tcpmd5.key, read as nc.openbsd does.\n";

enum { BUFSZ = 256 * 1024 };

struct nc_opts {
	int family, socktype, protocol;
	bool listen, keep, numeric, verbose, zero, shutdown_eof, no_stdin;
	bool unix_sock, crlf, telnet, broadcast, debug, randomize, pass_fd;
	bool md5, half_close;
	int timeout_ms;		/* -w, -1: none */
	int quit_secs;		/* -q, -1: never */
	int interval;		/* -i seconds, 0: none */
	int rcvbuf, sndbuf;	/* -I, -O, 0: the kernel's */
	int ttl, minttl, tos;	/* -M, -m, -T; -1: unset */
	long long recvlimit;	/* -W, 0: none */
	const char *src_addr, *src_port;
	const char *host, *port;
	const char *exec_prog, *exec_sh;
	const char *proxy, *proxy_user;
	int proxy_proto;	/* enum proxy_proto, -1: none */
	char unix_tmp[64];	/* the unix datagram client's own socket */
};

/* After a bad option or operand: the usage lines only, as nc.openbsd. */
static _Noreturn void nc_usage_die(void)
{
	const char *end = strstr(nc_help, "\tCommand Summary:");

	fwrite(nc_help, 1, (size_t)(end - nc_help), stderr);
	xexit(1);
}

/* A number in [min, max], or die as nc.openbsd's strtonum checks do:
 * "WHAT too small: S" (fmt "%s %s: %s"), or "ttl is too large". */
static long long nc_num(const char *what, const char *s, long long min,
			long long max, bool short_form)
{
	const char *why = NULL;
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (!*s || *end)
		why = "invalid";
	else if (errno == ERANGE)
		why = v < 0 ? "too small" : "too large";
	else if (v < min)
		why = "too small";
	else if (v > max)
		why = "too large";
	if (!why)
		return v;
	if (short_form)
		die("%s is %s", what, why);
	die("%s %s: %s", what, why, s);
}

/* -T: a keyword of RFC 791/2474/2597/3246, or a number (0x.. too). */
static int nc_tos(const char *s)
{
	static const struct { const char *name; int v; } kw[] = {
		{ "af11", 0x28 }, { "af12", 0x30 }, { "af13", 0x38 },
		{ "af21", 0x48 }, { "af22", 0x50 }, { "af23", 0x58 },
		{ "af31", 0x68 }, { "af32", 0x70 }, { "af33", 0x78 },
		{ "af41", 0x88 }, { "af42", 0x90 }, { "af43", 0x98 },
		{ "critical", 0xa0 }, { "cs0", 0x00 }, { "cs1", 0x20 },
		{ "cs2", 0x40 }, { "cs3", 0x60 }, { "cs4", 0x80 },
		{ "cs5", 0xa0 }, { "cs6", 0xc0 }, { "cs7", 0xe0 },
		{ "ef", 0xb8 }, { "inetcontrol", 0xc0 }, { "lowdelay", 0x10 },
		{ "netcontrol", 0xe0 }, { "reliability", 0x04 },
		{ "throughput", 0x08 },
	};
	char *end;
	long v;
	size_t i;

	for (i = 0; i < sizeof(kw) / sizeof(kw[0]); i++)
		if (!strcmp(s, kw[i].name))
			return kw[i].v;
	errno = 0;
	v = strtol(s, &end, s[0] == '0' && (s[1] == 'x' || s[1] == 'X') ? 16 :
			    10);
	if (*s && !*end && !errno && v >= 0 && v <= 255)
		return (int)v;
	die("illegal tos value %s", s);
}

enum { OPT_EXEC = 'e', OPT_SH = 'c', OPT_KEEP = 'k', OPT_HALF_CLOSE = 256 };

static const struct option nc_long[] = {
	{ "exec", required_argument, NULL, OPT_EXEC },
	{ "sh-exec", required_argument, NULL, OPT_SH },
	{ "keep-open", no_argument, NULL, OPT_KEEP },
	{ "half-close", no_argument, NULL, OPT_HALF_CLOSE },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

static void nc_opt(struct nc_opts *o, int c, const char *arg)
{
	switch (c) {
	case '4': o->family = AF_INET; break;
	case '6': o->family = AF_INET6; break;
	case 'b': o->broadcast = true; break;
	case 'C': o->crlf = true; break;
	case 'c': o->exec_sh = arg; break;
	case 'D': o->debug = true; break;
	case 'd': o->no_stdin = true; break;
	case 'e': o->exec_prog = arg; break;
	case 'F': o->pass_fd = true; break;
	case 'h':
		fputs(nc_help, stderr);
		xexit(0);
	case 'I':
		o->rcvbuf = (int)nc_num("TCP receive window", arg, 1,
					65536 << 14, false);
		break;
	case 'i': o->interval = (int)nc_num("interval", arg, 0, 100000000,
					    false);
		break;
	case 'k': o->keep = true; break;
	case 'l': o->listen = true; break;
	case 'M': o->ttl = (int)nc_num("ttl", arg, 0, 255, true); break;
	case 'm': o->minttl = (int)nc_num("minttl", arg, 0, 255, true); break;
	case 'N': o->shutdown_eof = true; break;
	case 'n': o->numeric = true; break;
	case 'O':
		o->sndbuf = (int)nc_num("TCP send window", arg, 1, 65536 << 14,
					false);
		break;
	case 'P': o->proxy_user = arg; break;
	case 'p': o->src_port = arg; break;
	case 'q': o->quit_secs = (int)nc_num("quit timer", arg, -1,
					     86400 * 365, false);
		if (o->quit_secs >= 0)		/* as nc.openbsd: -N too */
			o->shutdown_eof = true;
		break;
	case 'r': o->randomize = true; break;
	case 'S': o->md5 = true; break;
	case 's': o->src_addr = arg; break;
	case 'T': o->tos = nc_tos(arg); break;
	case 't': o->telnet = true; break;
	case 'U': o->unix_sock = true; break;
	case 'u': o->socktype = SOCK_DGRAM; break;
	case 'V': die("no alternate routing table support available");
	case 'v': o->verbose = true; break;
	case 'W':
		o->recvlimit = nc_num("receive limit", arg, 1, 1LL << 40, false);
		break;
	case 'w':
		o->timeout_ms = (int)nc_num("timeout", arg, 0, 86400 * 365,
					    false) * 1000;
		break;
	case 'X':
		if (!strcasecmp(arg, "connect"))
			o->proxy_proto = PROXY_HTTP;
		else if (!strcmp(arg, "4"))
			o->proxy_proto = PROXY_SOCKS4;
		else if (!strcmp(arg, "5"))
			o->proxy_proto = PROXY_SOCKS5;
		else
			die("unsupported proxy protocol");
		break;
	case 'x': o->proxy = arg; break;
	case 'Z':
		o->socktype = SOCK_DCCP;
		o->protocol = IPPROTO_DCCP;
		break;
	case 'z': o->zero = true; break;
	case OPT_HALF_CLOSE: o->half_close = true; break;
	default:
		nc_usage_die();
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
	o->ttl = o->minttl = o->tos = -1;
	o->proxy_proto = -1;
	while ((c = getopt_long(argc, argv,
				"46bCc:DdFhI:i:e:klM:m:NnO:P:p:q:rSs:T:tUuV:vW:w:X:x:Zz",
				nc_long, NULL)) != -1)
		nc_opt(o, c, optarg);
	argc -= optind;
	argv += optind;
	if (argc >= 1 && !strncmp(argv[0], "local:", 6)) {
		o->unix_sock = true;
		argv[0] += 6;
	}
	if (o->unix_sock) {
		if (argc == 0)
			nc_usage_die();
		if (argc > 1)
			die("cannot use port with -U");
		o->host = argv[0];
	} else if (o->listen && argc == 1 && (o->src_addr || o->src_port)) {
		nc_usage_die();		/* as nc.openbsd: -s/-p or the operand */
	} else if (o->listen && argc == 1) {
		o->port = argv[0];
	} else if (o->listen && argc == 2) {
		o->host = argv[0];
		o->port = argv[1];
	} else if (o->listen && argc == 0 && o->src_port) {
		/* BusyBox and ncat: -l -p PORT */
		o->port = o->src_port;
		o->host = o->src_addr;
		o->src_port = NULL;
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
	if (o->listen && o->proxy)
		die("no proxy support for listen");
	if (o->proxy && o->socktype != SOCK_STREAM)
		die("no proxy support for UDP mode");
	if (o->exec_prog && o->exec_sh)
		die("cannot use -e and -c");
	if (o->proxy_proto >= 0 && !o->proxy)
		o->proxy_proto = -1;
	if (o->proxy && o->proxy_proto < 0)
		o->proxy_proto = PROXY_SOCKS5;
}

/* A port or a lo-hi range; dies with nc.openbsd's words. */
static void nc_ports(const struct nc_opts *o, const char *s, int *lo, int *hi)
{
	const char *dash = strchr(s, '-');
	char a[32];
	int v;

	if (dash && dash != s) {
		snprintf(a, sizeof(a), "%.*s", (int)(dash - s), s);
		*lo = (int)nc_num("port number", a, 0, 65535, false);
		*hi = (int)nc_num("port number", dash + 1, 0, 65535, false);
		if (*lo > *hi) {
			v = *lo;
			*lo = *hi;
			*hi = v;
		}
		return;
	}
	v = net_port_parse(s, o->socktype == SOCK_DGRAM ? SOCK_DGRAM :
							  SOCK_STREAM);
	if (v == -2)
		die("port number too large: %s", s);
	if (v < 0)
		die("port number invalid: %s", s);
	*lo = *hi = v;
}

static int nc_resolve(const struct nc_opts *o, const char *host, int port,
		      int flags, struct net_addr *a)
{
	int n = net_resolve(host, port, o->family,
			    o->socktype == SOCK_DGRAM ? SOCK_DGRAM : SOCK_STREAM,
			    flags | (o->numeric ? AI_NUMERICHOST : 0), a,
			    NET_ADDR_MAX);
	int i;

	if (n < 0)
		die("getaddrinfo for host \"%s\" port %d: %s", host ? host : "",
		    port, net_gai_strerror(n));
	for (i = 0; i < n; i++) {
		a[i].socktype = o->socktype;
		a[i].protocol = o->protocol;
	}
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

/* ---- socket options, set before connect or bind ---- */

/* -S: the key nc.openbsd reads, from the file it reads it from. */
static void nc_md5(int fd, const struct sockaddr *peer, socklen_t plen)
{
#ifdef TCP_MD5SIG
	struct tcp_md5sig sig = { 0 };
	char key[TCP_MD5SIG_MAXKEYLEN + 2];
	FILE *f = fopen("/etc/tcpmd5.key", "r");
	size_t n;

	if (!f || !fgets(key, sizeof(key), f))
		die("Unable to read TCP MD5SIG password");
	fclose(f);
	n = strcspn(key, "\r\n");
	if (!peer)
		return;
	memcpy(&sig.tcpm_addr, peer, plen);
	sig.tcpm_keylen = (uint16_t)n;
	memcpy(sig.tcpm_key, key, n);
	if (setsockopt(fd, IPPROTO_TCP, TCP_MD5SIG, &sig, sizeof(sig)) < 0)
		die_errno("set TCP MD5 signature");
#else
	(void)fd; (void)peer; (void)plen;
	die("no TCP MD5 signature support available");
#endif
}

static void nc_setsockopt(int fd, int level, int name, int v, const char *what)
{
	if (setsockopt(fd, level, name, &v, sizeof(v)) < 0)
		die_errno("%s", what);
}

static void nc_sockopts(const struct nc_opts *o, int fd, int family)
{
	bool v6 = family == AF_INET6;

	if (o->debug)
		nc_setsockopt(fd, SOL_SOCKET, SO_DEBUG, 1, "setsockopt");
	if (o->broadcast)
		nc_setsockopt(fd, SOL_SOCKET, SO_BROADCAST, 1, "setsockopt");
	if (o->rcvbuf)
		nc_setsockopt(fd, SOL_SOCKET, SO_RCVBUF, o->rcvbuf,
			      "set TCP receive buffer size");
	if (o->sndbuf)
		nc_setsockopt(fd, SOL_SOCKET, SO_SNDBUF, o->sndbuf,
			      "set TCP send buffer size");
	if (family != AF_INET && family != AF_INET6)
		return;
	if (o->tos >= 0)
		nc_setsockopt(fd, v6 ? IPPROTO_IPV6 : IPPROTO_IP,
			      v6 ? IPV6_TCLASS : IP_TOS, o->tos,
			      "set IP ToS");
	if (o->ttl >= 0)
		nc_setsockopt(fd, v6 ? IPPROTO_IPV6 : IPPROTO_IP,
			      v6 ? IPV6_UNICAST_HOPS : IP_TTL, o->ttl,
			      "set IP TTL");
	if (o->minttl >= 0)
		nc_setsockopt(fd, v6 ? IPPROTO_IPV6 : IPPROTO_IP,
			      v6 ? IPV6_MINHOPCOUNT : IP_MINTTL, o->minttl,
			      "set IP min TTL");
}

/* ---- moving the bytes ---- */

enum { TELNET_IAC = 255, TELNET_DONT = 254, TELNET_DO = 253,
       TELNET_WONT = 252, TELNET_WILL = 251 };

/* One direction of the relay: bytes read from in wait in buf until
 * out takes them. */
struct nc_dir {
	int in, out;
	char *buf;
	size_t off, len;
	int pipe[2];		/* splice(2) through this when [0] >= 0 */
	size_t cap;		/* the pipe's size */
};

enum { SPLICE_PIPE = 1024 * 1024 };

/* Whether fd's kind of file moves with splice(2) as a relay end: pipes,
 * sockets, regular files, /dev/null. */
static bool nc_spliceable(int fd, bool writing)
{
	struct stat st;

	if (fstat(fd, &st) < 0)
		return false;
	if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode))
		return true;
	if (S_ISREG(st.st_mode))
		return !writing || !(fcntl(fd, F_GETFL) & O_APPEND);
	return writing && S_ISCHR(st.st_mode) && st.st_rdev == makedev(1, 3);
}

/* Move a direction to splice(2): in -> a pipe of ours -> out, so the
 * bytes never come up to us (file pages go to the socket by reference,
 * the socket's pages to /dev/null or the pipe out). Stays on read and
 * write when the ends or the options (-C, -t, -i, UDP) need the bytes. */
static void nc_splice_setup(const struct nc_opts *o, struct nc_dir *d)
{
	d->pipe[0] = d->pipe[1] = -1;
	if (o->crlf || o->telnet || o->interval || o->socktype != SOCK_STREAM ||
	    d->in < 0 || !nc_spliceable(d->in, false) ||
	    !nc_spliceable(d->out, true))
		return;
	if (pipe2(d->pipe, O_CLOEXEC | O_NONBLOCK) < 0) {
		d->pipe[0] = d->pipe[1] = -1;
		return;
	}
	fcntl(d->pipe[1], F_SETPIPE_SZ, SPLICE_PIPE);
	d->cap = (size_t)fcntl(d->pipe[1], F_GETPIPE_SZ);
}

/* Fill d from its in: bytes read, 0 at the end, -1 with errno (EAGAIN:
 * nothing yet). */
static ssize_t nc_fill(struct nc_dir *d, size_t max)
{
	ssize_t n;

	if (d->pipe[0] < 0)
		return read(d->in, d->buf, max);
	n = splice(d->in, NULL, d->pipe[1], NULL, d->cap - d->len,
		   SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
	if (n < 0 && errno == EINVAL && !d->len) {
		/* a file system without splice: back to read and write */
		close(d->pipe[0]);
		close(d->pipe[1]);
		d->pipe[0] = d->pipe[1] = -1;
		return read(d->in, d->buf, max);
	}
	if (n > 0)
		d->len += (size_t)n;
	return n;
}

static void nc_dir_free(struct nc_dir *d)
{
	if (d->pipe[0] >= 0) {
		close(d->pipe[0]);
		close(d->pipe[1]);
	}
	free(d->buf);
}

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* -C: LF becomes CR LF; out holds 2 * n bytes. */
static size_t nc_crlf(const char *in, size_t n, char *out)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		if (in[i] == '\n')
			out[o++] = '\r';
		out[o++] = in[i];
	}
	return o;
}

/* -t: refuse what the server's options ask, as nc.openbsd: DO and DONT
 * get WONT, WILL and WONT get DONT. The answers go in ans (3 bytes per
 * command in buf); an option cut at the end of buf is left alone. */
static size_t nc_telnet(const unsigned char *buf, size_t n, unsigned char *ans)
{
	size_t i, a = 0;

	for (i = 0; i + 2 < n; i++) {
		if (buf[i] != TELNET_IAC)
			continue;
		if (buf[i + 1] == TELNET_DO || buf[i + 1] == TELNET_DONT) {
			ans[a++] = TELNET_IAC;
			ans[a++] = TELNET_WONT;
			ans[a++] = buf[i + 2];
			i += 2;
		} else if (buf[i + 1] == TELNET_WILL ||
			   buf[i + 1] == TELNET_WONT) {
			ans[a++] = TELNET_IAC;
			ans[a++] = TELNET_DONT;
			ans[a++] = buf[i + 2];
			i += 2;
		} else if (buf[i + 1] == TELNET_IAC) {
			i++;
		}
	}
	return a;
}

/* Write what d holds to its out; -1 on a hard error. The socket is
 * non-blocking: a partial write leaves the rest for the next POLLOUT. */
static int nc_flush(struct nc_dir *d, bool dgram)
{
	while (d->len) {
		ssize_t n = d->pipe[0] >= 0 ?
			splice(d->pipe[0], NULL, d->out, NULL, d->len,
			       SPLICE_F_MOVE | SPLICE_F_NONBLOCK) :
			dgram ? send(d->out, d->buf + d->off, d->len, 0) :
				write(d->out, d->buf + d->off, d->len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
			return 0;
		if (n < 0)
			return -1;
		if (dgram)
			n = (ssize_t)d->len;	/* a datagram goes whole */
		d->off += (size_t)n;
		d->len -= (size_t)n;
	}
	d->off = 0;
	return 0;
}

/* How a relay ended, for a listener deciding whether to accept again. */
enum nc_end { NC_END_DONE, NC_END_STOP, NC_END_QUIT };

/* The four ends of a relay and what still waits in its two buffers.
 * An end that is "gone" is never used again; the session ends by the
 * rules in nc_relay_over(). */
struct nc_relay {
	struct nc_dir up, down;		/* stdin -> net, net -> stdout */
	bool in, net_out, net_in, out;	/* which ends are still open */
	bool dgram, stop_keep;
	char *raw;			/* -C: stdin before the CR LF */
	long long packets;
};

/*
 * nc.openbsd's end-of-session rules (docs/nc.md has them as a table):
 * the session is over when both inputs are gone with nothing left to
 * write, when both outputs are gone, or -- for a listener -- when the
 * network input is gone with nothing left to write (the peer's end of
 * stream ends a listener even while its stdin is open;
 * --half-close keeps it sending instead).
 */
static bool nc_relay_over(const struct nc_opts *o, const struct nc_relay *r)
{
	bool empty = !r->up.len && !r->down.len;

	if (!r->in && !r->net_in && empty)
		return true;
	if (!r->net_out && !r->out)
		return true;
	return o->listen && !o->half_close && !r->net_in && empty;
}

/* The bookkeeping after every round: an end's loss moves on to the
 * ends that depend on it, in nc.openbsd's order. */
static void nc_relay_settle(const struct nc_opts *o, struct nc_relay *r,
			    int fd)
{
	if (!r->in && !r->up.len) {
		if (r->net_out && o->shutdown_eof)
			shutdown(fd, SHUT_WR);
		r->net_out = false;
		/* a listener or UDP with -q: stdin's end is the session's */
		if ((o->listen || r->dgram) && r->net_in &&
		    o->quit_secs >= 0 && !r->down.len) {
			shutdown(fd, SHUT_RD);
			r->net_in = false;
			r->stop_keep = true;
		}
	}
	if (!r->net_in && !r->down.len)
		r->out = false;
}

/* Poll's verdicts on the ends: errors, hang-ups, and what they cut. */
static void nc_relay_events(const struct nc_opts *o, struct nc_relay *r,
			    int fd, const struct pollfd *pi,
			    const struct pollfd *pn, const struct pollfd *po)
{
	if (pi && (pi->revents & (POLLERR | POLLNVAL)))
		r->in = false;
	if (pn && (pn->revents & (POLLERR | POLLNVAL)))
		r->net_in = r->net_out = false;
	if (po && (po->revents & (POLLERR | POLLNVAL)))
		r->out = false;
	if (pi && (pi->events & POLLIN) && (pi->revents & POLLHUP) &&
	    !(pi->revents & POLLIN))
		r->in = false;
	if (pn && (pn->events & POLLIN) && (pn->revents & POLLHUP) &&
	    !(pn->revents & POLLIN))
		r->net_in = false;
	if (pn && (pn->revents & POLLHUP)) {
		if (r->net_out && o->shutdown_eof)
			shutdown(fd, SHUT_WR);
		r->net_out = false;
	}
	if (po && (po->revents & POLLHUP))
		r->out = false;
	if (!r->net_out)
		r->in = false;
	if (!r->out) {
		if (r->net_in)
			shutdown(fd, SHUT_RD);
		r->net_in = false;
	}
}

/* Read what the network has for stdout; its end and -W end net_in. */
static void nc_relay_net_read(const struct nc_opts *o, struct nc_relay *r,
			      int fd, unsigned char *ans)
{
	ssize_t n = nc_fill(&r->down, BUFSZ);

	if (n < 0 && (errno == EAGAIN || errno == EINTR))
		return;
	if (n < 0) {
		r->net_in = false;
	} else if (n == 0) {
		/* the end of the stream (for UDP: an empty datagram) */
		shutdown(fd, SHUT_RD);
		r->net_in = false;
	} else if (r->down.pipe[0] < 0) {
		r->down.len = (size_t)n;
		r->down.off = 0;
		if (o->telnet && !r->up.len) {
			size_t a = nc_telnet((unsigned char *)r->down.buf,
					     (size_t)n, ans);

			memcpy(r->up.buf, ans, a);
			r->up.len = a;
			r->up.off = 0;
		}
	}
	if (o->recvlimit && ++r->packets >= o->recvlimit) {
		if (r->net_in)
			shutdown(fd, SHUT_RD);
		r->net_in = false;
		r->in = false;
	}
}

/* Read stdin into the up buffer (-C: LF becomes CR LF). */
static void nc_relay_stdin_read(const struct nc_opts *o, struct nc_relay *r)
{
	ssize_t n = o->crlf ? read(0, r->raw, BUFSZ) : nc_fill(&r->up, BUFSZ);

	if (n < 0 && (errno == EAGAIN || errno == EINTR))
		return;
	if (n <= 0) {
		r->in = false;
		return;
	}
	if (r->up.pipe[0] < 0)
		r->up.len = o->crlf ? nc_crlf(r->raw, (size_t)n, r->up.buf) :
				      (size_t)n;
	r->up.off = 0;
	if (r->net_out && nc_flush(&r->up, r->dgram) < 0)
		r->net_out = false;
	if (o->interval)
		sleep((unsigned)o->interval);
}

/* The session is over; -q SECS: close the connection at once, then
 * linger SECS (at most -w) before quitting, as nc.openbsd. */
static enum nc_end nc_relay_quit(const struct nc_opts *o, int fd)
{
	int wait;

	if (o->quit_secs <= 0)
		return NC_END_DONE;
	close(fd);
	wait = o->quit_secs * 1000;
	if (o->timeout_ms >= 0 && o->timeout_ms < wait) {
		poll(NULL, 0, o->timeout_ms);
		return NC_END_DONE;	/* -w cut the wait short */
	}
	poll(NULL, 0, wait);
	return NC_END_QUIT;
}

/* The poll set for a round: stdin, the socket, stdout, each while its
 * end is open (with no events but errors when it has nothing to do). */
static nfds_t nc_relay_pollset(const struct nc_relay *r, int fd,
			       struct pollfd *p, struct pollfd **pi,
			       struct pollfd **pn, struct pollfd **po)
{
	nfds_t np = 0;

	*pi = *pn = *po = NULL;
	if (r->in) {
		*pi = &p[np++];
		**pi = (struct pollfd){ 0, r->up.len ? 0 : POLLIN, 0 };
	}
	if (r->net_in || r->net_out) {
		*pn = &p[np++];
		**pn = (struct pollfd){ fd, 0, 0 };
		if (r->net_out && r->up.len)
			(*pn)->events |= POLLOUT;
		if (r->net_in && !r->down.len)
			(*pn)->events |= POLLIN;
	}
	if (r->out) {
		*po = &p[np++];
		**po = (struct pollfd){ 1, r->down.len ? POLLOUT : 0, 0 };
	}
	return np;
}

/*
 * Copy stdin to the socket and the socket to stdout, both at once, so
 * that neither direction waits for the other (two nc sending to each
 * other never deadlock). The socket is non-blocking; what a write could
 * not take waits in the direction's buffer, and its input is not read
 * until it drained. When it ends: nc_relay_over(); -w bounds any idle
 * wait.
 */
static enum nc_end nc_relay(const struct nc_opts *o, int fd)
{
	struct nc_relay r = {
		.up = { .in = 0, .out = fd }, .down = { .in = fd, .out = 1 },
		.in = !o->no_stdin, .net_out = true, .net_in = true,
		.out = true, .dgram = o->socktype == SOCK_DGRAM,
	};
	unsigned char ans[3 * 1024];
	enum nc_end end = NC_END_DONE;
	int fl = fcntl(fd, F_GETFL);

	r.raw = o->crlf ? xmalloc(BUFSZ) : NULL;
	r.up.buf = xmalloc(o->crlf ? 2 * BUFSZ + sizeof(ans) :
				     BUFSZ + sizeof(ans));
	r.down.buf = xmalloc(BUFSZ);
	if (fl >= 0)
		fcntl(fd, F_SETFL, fl | O_NONBLOCK);
	nc_splice_setup(o, &r.up);
	nc_splice_setup(o, &r.down);
	for (;;) {
		struct pollfd p[3], *pi, *pn, *po;
		nfds_t np;
		int n;

		if (nc_relay_over(o, &r)) {
			end = nc_relay_quit(o, fd);
			break;
		}
		np = nc_relay_pollset(&r, fd, p, &pi, &pn, &po);
		n = poll(p, np, o->timeout_ms);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			die_errno("polling error");
		if (n == 0)
			break;		/* -w: idle too long */
		nc_relay_events(o, &r, fd, pi, pn, po);
		if (r.in && pi && (pi->revents & POLLIN) && !r.up.len)
			nc_relay_stdin_read(o, &r);
		if (r.net_out && pn && (pn->revents & POLLOUT) && r.up.len &&
		    nc_flush(&r.up, r.dgram) < 0)
			r.net_out = false;
		if (r.net_in && pn && (pn->revents & POLLIN) && !r.down.len) {
			nc_relay_net_read(o, &r, fd, ans);
			/* a splice out never blocks: no poll round first */
			if (r.down.pipe[0] >= 0 && r.out && r.down.len &&
			    nc_flush(&r.down, false) < 0)
				r.out = false;
		}
		if (r.out && r.down.len && po && (po->revents & POLLOUT) &&
		    nc_flush(&r.down, false) < 0)
			r.out = false;
		nc_relay_settle(o, &r, fd);
	}
	nc_dir_free(&r.up);
	nc_dir_free(&r.down);
	free(r.raw);
	return end == NC_END_DONE && r.stop_keep ? NC_END_STOP : end;
}

/* -F: hand the connected socket to the process on our stdout (a unix
 * socket) with SCM_RIGHTS, as nc.openbsd does for ssh's ProxyUseFdpass. */
static int nc_pass_fd(int fd)
{
	char c = 0, cbuf[CMSG_SPACE(sizeof(int))] = { 0 };
	struct iovec iov = { &c, 1 };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = cbuf, .msg_controllen = sizeof(cbuf) };
	struct cmsghdr *cm = CMSG_FIRSTHDR(&m);

	cm->cmsg_len = CMSG_LEN(sizeof(int));
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	memcpy(CMSG_DATA(cm), &fd, sizeof(int));
	while (sendmsg(1, &m, 0) < 0) {
		if (errno == EINTR)
			continue;
		die_errno("sendmsg");
	}
	return 0;
}

/* -e/-c: the program's stdin and stdout are the connection. Replaces
 * this process. */
static _Noreturn void nc_exec(const struct nc_opts *o, int fd)
{
	char *argv[64], *copy;
	int argc = 0;

	if (dup2(fd, 0) < 0 || dup2(fd, 1) < 0)
		die_errno("dup2");
	if (fd > 1)
		close(fd);
	signal(SIGPIPE, SIG_DFL);
	signal(SIGCHLD, SIG_DFL);
	if (o->exec_sh) {
		execl("/bin/sh", "sh", "-c", o->exec_sh, (char *)NULL);
		die_errno("/bin/sh");
	}
	copy = xstrdup(o->exec_prog);
	for (char *t = strtok(copy, " \t"); t && argc < 63;
	     t = strtok(NULL, " \t"))
		argv[argc++] = t;
	argv[argc] = NULL;
	if (!argc)
		die("-e: empty command");
	execvp(argv[0], argv);
	die_errno("%s", argv[0]);
}

/* What to do with a connection: run the program, pass it on, or relay. */
static enum nc_end nc_session(const struct nc_opts *o, int fd)
{
	if (o->exec_prog || o->exec_sh)
		nc_exec(o, fd);
	if (o->pass_fd) {
		nc_pass_fd(fd);
		return NC_END_DONE;
	}
	return nc_relay(o, fd);
}

/* ---- unix-domain sockets ---- */

static socklen_t nc_sun(struct sockaddr_un *sun, const char *path)
{
	memset(sun, 0, sizeof(*sun));
	sun->sun_family = AF_UNIX;
	if (strlen(path) >= sizeof(sun->sun_path)) {
		errno = ENAMETOOLONG;
		die_errno("%s", path);
	}
	strcpy(sun->sun_path, path);
	return (socklen_t)(offsetof(struct sockaddr_un, sun_path) +
			   strlen(path) + 1);
}

static void nc_unix_cleanup(struct nc_opts *o)
{
	char path[sizeof(o->unix_tmp) + 16];

	if (!o->unix_tmp[0])
		return;
	snprintf(path, sizeof(path), "%s/recv.sock", o->unix_tmp);
	unlink(path);
	rmdir(o->unix_tmp);
	o->unix_tmp[0] = '\0';
}

/* Bind path for a listener: a socket left there is replaced (as
 * nc.openbsd does); anything else stays and the bind fails. */
static int nc_unix_bind(const struct nc_opts *o, int fd, const char *path)
{
	struct sockaddr_un sun;
	socklen_t len = nc_sun(&sun, path);
	struct stat st;

	if (lstat(path, &st) == 0 && S_ISSOCK(st.st_mode))
		unlink(path);
	if (bind(fd, (struct sockaddr *)&sun, len) < 0)
		return -1;
	if (o->verbose)
		msg_plain("Bound on %s", path);
	return 0;
}

static int nc_unix_client(struct nc_opts *o)
{
	struct sockaddr_un sun;
	socklen_t len = nc_sun(&sun, o->host);
	bool dgram = o->socktype == SOCK_DGRAM;
	int fd = socket(AF_UNIX, (dgram ? SOCK_DGRAM : SOCK_STREAM) |
			SOCK_CLOEXEC, 0);

	if (fd < 0)
		die_errno("socket");
	nc_sockopts(o, fd, AF_UNIX);
	if (dgram) {
		/* a socket of our own, for the replies */
		char path[sizeof(o->unix_tmp) + 16];

		snprintf(o->unix_tmp, sizeof(o->unix_tmp), "/tmp/nc-XXXXXX");
		if (!mkdtemp(o->unix_tmp))
			die_errno("mkdtemp");
		snprintf(path, sizeof(path), "%s/recv.sock", o->unix_tmp);
		if (nc_unix_bind(o, fd, path) < 0) {
			nc_unix_cleanup(o);
			die_errno("%s", path);
		}
	}
	if (connect(fd, (struct sockaddr *)&sun, len) < 0) {
		warn_errno("%s", o->host);
		close(fd);
		nc_unix_cleanup(o);
		return 1;
	}
	if (!o->zero)
		nc_session(o, fd);
	close(fd);
	nc_unix_cleanup(o);
	return 0;
}

/* ---- client ---- */

/* A socket to a, with the options and the source address set; -1 with
 * errno when connect fails, -2 when the kernel has no such socket (no
 * DCCP, say: nc.openbsd goes on to the next address without a word). */
static int nc_dial(const struct nc_opts *o, const struct net_addr *a)
{
	int fd = socket(a->family, a->socktype | SOCK_CLOEXEC, a->protocol);

	if (fd < 0)
		return -2;
	nc_sockopts(o, fd, a->family);
	if (o->md5)
		nc_md5(fd, (const struct sockaddr *)&a->sa, a->len);
	if (o->src_addr || o->src_port) {
		struct net_addr s[NET_ADDR_MAX];
		int port = 0, hi, one = 1, n, i;

		if (o->src_port)
			nc_ports(o, o->src_port, &port, &hi);
		n = nc_resolve(o, o->src_addr, port, AI_PASSIVE, s);
		/* the source of the destination's family */
		for (i = 0; i < n - 1 && s[i].family != a->family; i++)
			;
		setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
		if (bind(fd, (struct sockaddr *)&s[i].sa, s[i].len) < 0)
			die_errno("bind failed");
	}
	if (net_connect_fd(fd, (const struct sockaddr *)&a->sa, a->len,
			   o->timeout_ms) < 0) {
		int e = errno;

		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

/* -zuv: a datagram port answers nothing when open; a closed one answers
 * ICMP port unreachable, which a later send reports. */
static bool nc_udp_probe(int fd)
{
	int i;

	for (i = 0; i < 3; i++) {
		if (send(fd, "X", 1, 0) < 0)
			return false;
		usleep(100000);
	}
	return send(fd, "X", 1, 0) == 1;
}

/* The -v line for a failed connect (nothing without -v). */
static void nc_connect_failed(const struct nc_opts *o, const struct net_addr *a,
			      int port)
{
	const char *proto = o->socktype == SOCK_DGRAM ? "udp" :
			    o->socktype == SOCK_DCCP ? "dccp" : "tcp";
	char ip[NET_ADDRSTRLEN];

	if (!o->verbose)
		return;
	net_ntop((const struct sockaddr *)&a->sa, ip, sizeof(ip));
	if (errno == ETIMEDOUT && o->timeout_ms >= 0)
		warn_msg("connect to %s port %d (%s) timed out: Operation now "
			 "in progress", ip, port, proto);
	else
		warn_errno("connect to %s port %d (%s) failed", ip, port, proto);
}

/* Split -x host[:port] / [v6]:port; dies on a bad port. */
static int nc_proxy_addr(const struct nc_opts *o, char *phost, size_t len)
{
	const char *colon = strrchr(o->proxy, ':');
	int pport = proxy_default_port((enum proxy_proto)o->proxy_proto);

	if (o->proxy[0] == '[' && strchr(o->proxy, ']')) {
		const char *end = strchr(o->proxy, ']');

		snprintf(phost, len, "%.*s", (int)(end - o->proxy - 1),
			 o->proxy + 1);
		if (end[1] == ':')
			pport = net_port_parse(end + 2, SOCK_STREAM);
	} else if (colon && strchr(o->proxy, ':') == colon) {
		snprintf(phost, len, "%.*s", (int)(colon - o->proxy), o->proxy);
		pport = net_port_parse(colon + 1, SOCK_STREAM);
	} else {
		snprintf(phost, len, "%s", o->proxy);
	}
	if (pport < 0)
		die("port number invalid: %s", o->proxy);
	return pport;
}

/* The password for -P, from the terminal only (never stdin: that is
 * the data), as nc.openbsd's readpassphrase(RPP_REQUIRE_TTY). */
static char *nc_proxy_pass(const char *user, const char *phost)
{
	static char pass[256];
	char prompt[600];
	struct termios t, quiet;
	int fd = open("/dev/tty", O_RDWR | O_CLOEXEC);
	ssize_t n = -1;

	if (fd < 0)
		die("Unable to read proxy passphrase");
	snprintf(prompt, sizeof(prompt), "Proxy password for %s@%s: ", user,
		 phost);
	/* echo off before the prompt, as readpassphrase does: whoever
	 * answers the prompt at once must not be flushed away */
	if (tcgetattr(fd, &t) < 0)
		die("Unable to read proxy passphrase");
	quiet = t;
	quiet.c_lflag &= ~(tcflag_t)(ECHO | ECHONL);
	tcsetattr(fd, TCSAFLUSH, &quiet);
	if (write_all(fd, prompt, strlen(prompt)) < 0) {
		tcsetattr(fd, TCSAFLUSH, &t);
		die("Unable to read proxy passphrase");
	}
	n = read(fd, pass, sizeof(pass) - 1);
	tcsetattr(fd, TCSAFLUSH, &t);
	write_all(fd, "\n", 1);
	close(fd);
	if (n < 0)
		die("Unable to read proxy passphrase");
	pass[n] = '\0';
	pass[strcspn(pass, "\r\n")] = '\0';
	return pass;
}

/* -x: connect to the proxy and have it connect to host:port. */
static int nc_via_proxy(const struct nc_opts *o, const char *host, int port)
{
	char phost[256], why[256], *pass = NULL;
	struct net_addr a[NET_ADDR_MAX];
	int pport = nc_proxy_addr(o, phost, sizeof(phost));
	int n, i, r, fd, tries;

	n = nc_resolve(o, phost, pport, 0, a);
	for (tries = 0; tries < 3; tries++) {
		for (i = 0, fd = -1; i < n && fd < 0; i++) {
			fd = nc_dial(o, &a[i]);
			if (fd == -1)
				nc_connect_failed(o, &a[i], pport);
		}
		if (fd < 0)
			return -1;
		r = proxy_handshake(fd, (enum proxy_proto)o->proxy_proto, host,
				    port, o->proxy_user, pass, why, sizeof(why));
		if (r != PROXY_AUTH_NEEDED)
			break;
		/* 407: ask, and again on a new connection */
		close(fd);
		pass = nc_proxy_pass(o->proxy_user, phost);
	}
	if (r == PROXY_AUTH_NEEDED)
		die("Proxy authentication failed");
	if (r < 0)
		die("%s", why);
	if (o->verbose) {
		char tag[64];

		service_tag(o, port, tag, sizeof(tag));
		msg_plain("Connection to %s %d port %s succeeded!", host, port,
			  tag);
	}
	return fd;
}

static int nc_connect_one(const struct nc_opts *o, const char *host,
			  int port)
{
	struct net_addr a[NET_ADDR_MAX];
	char ip[NET_ADDRSTRLEN], tag[64];
	int n, i, fd;

	if (o->proxy)
		return nc_via_proxy(o, host, port);
	n = nc_resolve(o, host, port, 0, a);
	for (i = 0; i < n; i++) {
		net_ntop((struct sockaddr *)&a[i].sa, ip, sizeof(ip));
		fd = nc_dial(o, &a[i]);
		/* nc.openbsd probes a datagram port only for -v, and says
		 * nothing of a closed one */
		if (fd >= 0 && o->zero && o->socktype == SOCK_DGRAM &&
		    o->verbose && !nc_udp_probe(fd)) {
			close(fd);
			continue;
		}
		if (fd < 0) {
			if (fd == -1)
				nc_connect_failed(o, &a[i], port);
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
	int lo, hi, n, i, fd, ok = 0, *order;

	nc_ports(o, o->port, &lo, &hi);
	n = hi - lo + 1;
	order = xmalloc((size_t)n * sizeof(*order));
	for (i = 0; i < n; i++)
		order[i] = lo + i;
	if (o->randomize) {
		srandom((unsigned)(now_ms() ^ getpid()));
		for (i = n - 1; i > 0; i--) {
			int j = (int)(random() % (i + 1)), t = order[i];

			order[i] = order[j];
			order[j] = t;
		}
	}
	for (i = 0; i < n; i++) {
		if (i && o->interval)
			sleep((unsigned)o->interval);
		fd = nc_connect_one(o, o->host, order[i]);
		if (fd < 0)
			continue;
		ok = 1;
		if (!o->zero)
			nc_session(o, fd);
		close(fd);
		if (!o->zero)
			break;
	}
	free(order);
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

/* One accepted client: with -k and a program to run, in a child of its
 * own so the listener goes on accepting. */
static enum nc_end nc_serve(const struct nc_opts *o, int l, int fd)
{
	pid_t pid;

	if (!(o->exec_prog || o->exec_sh) || !o->keep) {
		if (o->exec_prog || o->exec_sh)
			close(l);
		return nc_session(o, fd);
	}
	out_flush();
	fflush(NULL);
	pid = fork();
	if (pid < 0) {
		warn_errno("fork");
		return NC_END_DONE;
	}
	if (pid == 0) {
		close(l);
		nc_exec(o, fd);
	}
	return NC_END_DONE;
}

static int nc_listen_fd(struct nc_opts *o)
{
	struct net_addr a[NET_ADDR_MAX];
	int lo, hi, l, one = 1;

	if (o->unix_sock) {
		l = socket(AF_UNIX, (o->socktype == SOCK_DGRAM ? SOCK_DGRAM :
				     SOCK_STREAM) | SOCK_CLOEXEC, 0);
		if (l < 0)
			die_errno("socket");
		nc_sockopts(o, l, AF_UNIX);
		if (nc_unix_bind(o, l, o->host) < 0)
			die("%s", strerror(errno));
		if (o->socktype != SOCK_DGRAM) {
			if (listen(l, 5) < 0)
				die_errno("listen");
			if (o->verbose)
				msg_plain("Listening on %s", o->host);
		}
		return l;
	}
	nc_ports(o, o->port, &lo, &hi);
	nc_resolve(o, o->host, lo, AI_PASSIVE, a);
	l = socket(a[0].family, a[0].socktype | SOCK_CLOEXEC, a[0].protocol);
	if (l < 0)
		die_errno("socket");
	/* nc.openbsd binds with SO_REUSEPORT too: a second listener on the
	 * same port is no error */
	setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	setsockopt(l, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one));
	nc_sockopts(o, l, a[0].family);
	if (o->md5)
		nc_md5(l, NULL, 0);
	if (bind(l, (struct sockaddr *)&a[0].sa, a[0].len) < 0)
		die("%s", strerror(errno));
	if (o->socktype != SOCK_DGRAM && listen(l, 128) < 0)
		die_errno("listen");
	if (o->verbose) {
		char ip[NET_ADDRSTRLEN];

		msg_plain("Listening on %s %d",
			  net_ntop((struct sockaddr *)&a[0].sa, ip, sizeof(ip)),
			  lo);
	}
	return l;
}

static int nc_listen(struct nc_opts *o)
{
	struct sockaddr_storage peer;
	enum nc_end end = NC_END_DONE;
	socklen_t pl;
	int l, fd;

	l = nc_listen_fd(o);
	if (o->keep && (o->exec_prog || o->exec_sh))
		signal(SIGCHLD, SIG_IGN);	/* no zombies */
	do {
		pl = sizeof(peer);
		if (o->socktype == SOCK_DGRAM && o->keep) {
			/* -uk: from every peer, unconnected (replies fail) */
			end = nc_session(o, l);
			continue;
		}
		if (o->socktype == SOCK_DGRAM) {
			char b;

			/* lock onto the first peer, as nc.openbsd does */
			if (recvfrom(l, &b, 1, MSG_PEEK,
				     (struct sockaddr *)&peer, &pl) < 0)
				die_errno("recvfrom");
			if (pl > sizeof(sa_family_t) &&
			    connect(l, (struct sockaddr *)&peer, pl) < 0)
				die_errno("connect");
			if (o->verbose && o->unix_sock)
				msg_plain("Connection received on %s", o->host);
			else if (o->verbose)
				nc_announce(o, (struct sockaddr *)&peer,
					    "Connection received on");
			end = nc_session(o, l);
			break;
		}
		fd = accept4(l, (struct sockaddr *)&peer, &pl, SOCK_CLOEXEC);
		if (fd < 0) {
			if (errno == EINTR)
				continue;
			die_errno("accept");
		}
		if (o->verbose && o->unix_sock)
			msg_plain("Connection received on %s", o->host);
		else if (o->verbose)
			nc_announce(o, (struct sockaddr *)&peer,
				    "Connection received on");
		end = nc_serve(o, l, fd);
		close(fd);
	} while (o->keep && end == NC_END_DONE);
	close(l);
	return 0;
}

int nc_main(int argc, char **argv)
{
	struct nc_opts o = { 0 };

	signal(SIGPIPE, SIG_IGN);
	nc_parse(&o, argc, argv);
	if (o.listen)
		return nc_listen(&o);
	return o.unix_sock ? nc_unix_client(&o) : nc_client(&o);
}
