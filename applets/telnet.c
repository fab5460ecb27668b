/* telnet.c - user interface to the TELNET protocol.
 *
 * Compatible with: netkit telnet 0.17 (Debian telnet-ssl) for options,
 * banner lines, exit codes; the per-address failure line is the
 * RHEL/Fedora netkit one ("telnet: connect to address A: REASON"), which
 * the refusal walkthrough shows. RFC 854 (protocol), RFC 855 (options).
 * Done: connecting to each address in turn with the classic messages; a
 * session that passes data both ways, escapes IAC, and refuses every
 * option the server offers or asks for.
 * Not done yet: option negotiation (ECHO, SGA, BINARY, TTYPE, NAWS,
 * NEW-ENVIRON), the escape character and telnet> prompt, raw terminal
 * mode, -l/-e/-E/-8/-L/-b/-n.
 */
#include <errno.h>
#include <getopt.h>
#include <netdb.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "error.h"
#include "net.h"
#include "out.h"
#include "xfuncs.h"

const char telnet_help[] =
"usage: telnet [-4] [-6] [-8] [-E] [-L] [-a] [-d] [-e char] [-l user]\n"
"\t[-n tracefile] [-b addr] [-r] [host-name [port]]\n";

enum {
	IAC = 255, DONT = 254, DO = 253, WONT = 252, WILL = 251, SB = 250,
	SE = 240,
};

struct telnet_opts {
	int family;
	const char *host, *port;
};

/* Parser state of the bytes coming from the server. */
struct telnet_rx {
	enum { RX_DATA, RX_IAC, RX_OPT, RX_SB, RX_SB_IAC } st;
	unsigned verb;
};

static void telnet_parse(struct telnet_opts *o, int argc, char **argv)
{
	int c;

	o->family = AF_UNSPEC;
	while ((c = getopt(argc, argv, "468EKLXacde:fFk:l:n:rxb:")) != -1) {
		switch (c) {
		case '4': o->family = AF_INET; break;
		case '6': o->family = AF_INET6; break;
		case 'K': case 'X': case 'f': case 'F': case 'k': case 'x':
			die("-%c: Kerberos and encryption are not supported", c);
		case '?':
			fputs(telnet_help, stderr);
			xexit(1);
		default:
			/* accepted; the full client (see header) uses them */
			break;
		}
	}
	if (optind < argc)
		o->host = argv[optind++];
	if (optind < argc)
		o->port = argv[optind++];
	if (optind < argc || !o->host) {
		fputs(telnet_help, stderr);
		xexit(1);
	}
}

/* Answer an option request: we do and will nothing yet. */
static void telnet_refuse(int fd, unsigned verb, unsigned opt)
{
	uint8_t r[3] = { IAC, verb == DO ? WONT : DONT, (uint8_t)opt };

	if (verb == DO || verb == WILL)
		write_all(fd, r, 3);
}

/* Strip telnet commands out of buf in place; returns the data length. */
static size_t telnet_rx(struct telnet_rx *rx, int fd, uint8_t *buf, size_t n)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		uint8_t b = buf[i];

		switch (rx->st) {
		case RX_DATA:
			if (b == IAC)
				rx->st = RX_IAC;
			else
				buf[o++] = b;
			break;
		case RX_IAC:
			rx->st = RX_DATA;
			if (b == IAC)
				buf[o++] = b;
			else if (b >= WILL && b <= DONT) {
				rx->verb = b;
				rx->st = RX_OPT;
			} else if (b == SB)
				rx->st = RX_SB;
			break;
		case RX_OPT:
			telnet_refuse(fd, rx->verb, b);
			rx->st = RX_DATA;
			break;
		case RX_SB:
			if (b == IAC)
				rx->st = RX_SB_IAC;
			break;
		case RX_SB_IAC:
			rx->st = b == SE ? RX_DATA : RX_SB;
			break;
		}
	}
	return o;
}

/* Send user bytes: IAC doubled, a newline as CR LF (RFC 854). */
static int telnet_tx(int fd, const uint8_t *buf, size_t n)
{
	uint8_t out[8192];
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		if (o + 2 > sizeof(out)) {
			if (write_all(fd, out, o) < 0)
				return -1;
			o = 0;
		}
		if (buf[i] == IAC)
			out[o++] = IAC;
		if (buf[i] == '\n')
			out[o++] = '\r';
		out[o++] = buf[i];
	}
	return write_all(fd, out, o);
}

static int telnet_session(int fd)
{
	struct telnet_rx rx = { RX_DATA, 0 };
	struct pollfd p[2] = { { .fd = fd, .events = POLLIN },
			       { .fd = 0, .events = POLLIN } };
	uint8_t buf[8192];
	ssize_t n;

	signal(SIGPIPE, SIG_IGN);
	for (;;) {
		if (poll(p, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			die_errno("poll");
		}
		if (p[0].revents) {
			n = read(fd, buf, sizeof(buf));
			if (n <= 0)
				break;
			n = (ssize_t)telnet_rx(&rx, fd, buf, (size_t)n);
			if (write_all(1, buf, (size_t)n) < 0)
				return 1;
		}
		if (p[1].revents) {
			n = read(0, buf, sizeof(buf));
			if (n <= 0) {
				/* stdin is done: keep reading the server */
				p[1].fd = -1;
				continue;
			}
			if (telnet_tx(fd, buf, (size_t)n) < 0)
				break;
		}
	}
	msg_plain("Connection closed by foreign host.");
	return 1;
}

/* Resolve and try each address in turn, as netkit does. */
static int telnet_connect(struct telnet_opts *o)
{
	struct net_addr addrs[NET_ADDR_MAX];
	char ip[NET_ADDRSTRLEN];
	const char *pstr = o->port ? o->port : "telnet";
	int port, n, i, fd;

	port = net_port_parse(pstr, SOCK_STREAM);
	if (port == -2)
		die("port %s out of range", pstr);
	if (port < 0)
		die("could not resolve %s/%s: %s", o->host, pstr,
		    gai_strerror(EAI_SERVICE));
	n = net_resolve(o->host, port, o->family, SOCK_STREAM, AI_CANONNAME,
			addrs, NET_ADDR_MAX);
	if (n < 0)
		die("could not resolve %s/%s: %s", o->host, pstr,
		    net_gai_strerror(n));
	for (i = 0; i < n; i++) {
		net_ntop((struct sockaddr *)&addrs[i].sa, ip, sizeof(ip));
		out_fmt("Trying %s...\n", ip);
		out_flush();
		fd = net_connect(&addrs[i], -1);
		if (fd >= 0) {
			out_fmt("Connected to %s.\n", o->host);
			out_str("Escape character is '^]'.\n");
			out_flush();
			return fd;
		}
		warn_errno("connect to address %s", ip);
	}
	return -1;
}

int telnet_main(int argc, char **argv)
{
	struct telnet_opts o = { 0 };
	int fd;

	telnet_parse(&o, argc, argv);
	/* netkit hard-wires its prefix, whatever the program is called */
	msg_set_prog("telnet");
	fd = telnet_connect(&o);
	if (fd < 0)
		return 1;
	return telnet_session(fd);
}
