/* telnet.c - user interface to the TELNET protocol.
 *
 * Compatible with: netkit telnet 0.17 (Debian telnet-ssl) for options,
 * banner lines, exit codes, and the options offered on connect; the
 * per-address failure line is the RHEL/Fedora netkit one ("telnet:
 * connect to address A: REASON"), which the refusal walkthrough shows.
 * RFC 854 (protocol), RFC 855 (options), RFC 1143 (negotiation), RFC
 * 1091 (TERMINAL-TYPE), RFC 1073 (NAWS), RFC 1572 (NEW-ENVIRON), RFC 857
 * (ECHO), RFC 858 (SGA), RFC 856 (BINARY); the protocol itself is
 * libcommon/telopt.c.
 *
 * As netkit: options are offered on connect only when no port was given
 * (or it starts with '-'); elsewhere we wait for the server.
 * Deviations: NAWS is refused when stdin is no terminal (netkit agrees,
 * then sends no size); CR LF from a pipe is sent as it is, not as
 * CR NUL CR LF; input is never stripped to 7 bits.
 * Not done yet: the escape character and the telnet> prompt, raw
 * terminal mode; LINEMODE, STATUS, TSPEED, LFLOW, XDISPLOC,
 * authentication and encryption; -b, -n, -d, -r and -c are accepted and
 * have no effect.
 */
#include <errno.h>
#include <getopt.h>
#include <netdb.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include "error.h"
#include "net.h"
#include "out.h"
#include "telopt.h"
#include "xfuncs.h"

const char telnet_help[] =
"usage: telnet [-4] [-6] [-8] [-E] [-L] [-a] [-d] [-e char] [-l user]\n"
"\t[-n tracefile] [-b addr] [-r] [host-name [port]]\n";

enum {
	EIGHT_IN = 1,		/* -8: DO BINARY */
	EIGHT_OUT = 2,		/* -8, -L: WILL BINARY */
	ESCAPE_OFF = -1,
};

/* How a session ended. */
enum { SESSION_CLOSED, SESSION_STDOUT };

struct telnet_opts {
	int family;
	int escape;
	int eight;
	bool autologin;
	const char *user;
	const char *host, *port;
};

struct telnet {
	const struct telnet_opts *o;
	struct telopt *tel;
	int fd;
	int escape;
	const char *user;	/* -l, -a: NEW-ENVIRON USER */
	bool tty;		/* stdin is a terminal */
	bool in_eof;
};

/* The signal handler only sets this; the session loop acts on it. */
static volatile sig_atomic_t got_winch;

static void on_winch(int sig)
{
	(void)sig;
	got_winch = 1;
}

static bool tty_size(const struct telnet *t, unsigned *cols,
		     unsigned *rows)
{
	struct winsize ws;

	if (!t->tty || ioctl(0, TIOCGWINSZ, &ws) < 0 || !ws.ws_col ||
	    !ws.ws_row)
		return false;
	*cols = ws.ws_col;
	*rows = ws.ws_row;
	return true;
}

/* "^]", "^?", "x" or "off", as netkit shows an escape character. */
static const char *escape_name(int c)
{
	static char s[3];

	if (c == ESCAPE_OFF)
		return "off";
	s[0] = (char)c;
	s[1] = '\0';
	if (c < 0x20 || c == 0x7f) {
		s[0] = '^';
		s[1] = c == 0x7f ? '?' : (char)(c + '@');
		s[2] = '\0';
	}
	return s;
}

/* -e c, set escape c: "^X" is a control character, "^?" DEL. */
static int escape_parse(const char *s)
{
	if (!*s)
		return ESCAPE_OFF;
	if (s[0] == '^' && s[1])
		return s[1] == '?' ? 0x7f : s[1] & 0x1f;
	return (unsigned char)s[0];
}

static int net_send(void *arg, const uint8_t *buf, size_t len)
{
	struct telnet *t = arg;

	return write_all(t->fd, buf, len);
}

/* Resolve and try each address in turn, as netkit does. */
static int telnet_connect(const char *host, const char *port, int family)
{
	struct net_addr addrs[NET_ADDR_MAX];
	char ip[NET_ADDRSTRLEN];
	const char *pstr = port ? port : "telnet";
	int pnum, n, i, fd;

	pnum = net_port_parse(pstr, SOCK_STREAM);
	if (pnum == -2) {
		warn_msg("port %s out of range", pstr);
		return -1;
	}
	if (pnum < 0) {
		warn_msg("could not resolve %s/%s: %s", host, pstr,
			 gai_strerror(EAI_SERVICE));
		return -1;
	}
	n = net_resolve(host, pnum, family, SOCK_STREAM, AI_CANONNAME,
			addrs, NET_ADDR_MAX);
	if (n < 0) {
		warn_msg("could not resolve %s/%s: %s", host, pstr,
			 net_gai_strerror(n));
		return -1;
	}
	for (i = 0; i < n; i++) {
		net_ntop((struct sockaddr *)&addrs[i].sa, ip, sizeof(ip));
		out_fmt("Trying %s...\n", ip);
		out_flush();
		fd = net_connect(&addrs[i], -1);
		if (fd >= 0)
			return fd;
		warn_errno("connect to address %s", ip);
	}
	return -1;
}

/* What we agree to, and, on the telnet port, what we offer at once
 * (netkit's order, without what we do not support). */
static void telnet_options(struct telnet *t, bool offer)
{
	static const struct { unsigned opt; enum telopt_side side; } ok[] = {
		{ TO_ECHO, TELOPT_HIM }, { TO_SGA, TELOPT_HIM },
		{ TO_SGA, TELOPT_US }, { TO_BINARY, TELOPT_HIM },
		{ TO_BINARY, TELOPT_US }, { TO_TTYPE, TELOPT_US },
		{ TO_NEW_ENVIRON, TELOPT_US },
	};
	unsigned i, cols, rows;
	bool naws = tty_size(t, &cols, &rows);

	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		telopt_accept(t->tel, ok[i].opt, ok[i].side, true);
	telopt_accept(t->tel, TO_NAWS, TELOPT_US, naws);
	telopt_set_term(t->tel, getenv("TERM"));
	telopt_set_user(t->tel, t->user);
	if (naws)
		telopt_set_size(t->tel, cols, rows);
	if (!offer)
		return;
	telopt_ask(t->tel, TO_NEW_ENVIRON, TELOPT_US, true);
	telopt_ask(t->tel, TO_SGA, TELOPT_HIM, true);
	telopt_ask(t->tel, TO_TTYPE, TELOPT_US, true);
	if (naws)
		telopt_ask(t->tel, TO_NAWS, TELOPT_US, true);
	if (t->o->eight & EIGHT_IN)
		telopt_ask(t->tel, TO_BINARY, TELOPT_HIM, true);
	if (t->o->eight & EIGHT_OUT)
		telopt_ask(t->tel, TO_BINARY, TELOPT_US, true);
}

static int telnet_open(struct telnet *t, const char *host, const char *port)
{
	static const struct telopt_ops ops = { net_send, NULL };
	struct sigaction sa = { .sa_handler = on_winch };
	bool offer = !port || port[0] == '-';

	if (port && port[0] == '-')
		port++;
	t->fd = telnet_connect(host, port, t->o->family);
	if (t->fd < 0)
		return -1;
	out_fmt("Connected to %s.\n", host);
	out_fmt("Escape character is '%s'.\n", escape_name(t->escape));
	out_flush();
	t->tel = telopt_new(&ops, t);
	if (!t->tel)
		die("out of memory");
	telnet_options(t, offer);
	/* after connecting: a blocking connect(2) cut by a handler cannot
	 * be resumed; no SA_RESTART, poll must see EINTR */
	sigemptyset(&sa.sa_mask);
	if (t->tty)
		sigaction(SIGWINCH, &sa, NULL);
	return 0;
}

static void telnet_close(struct telnet *t)
{
	close(t->fd);
	t->fd = -1;
	telopt_free(t->tel);
	t->tel = NULL;
}

/* A new window size, between two polls. */
static void session_events(struct telnet *t)
{
	unsigned cols, rows;

	if (got_winch) {
		got_winch = 0;
		if (tty_size(t, &cols, &rows))
			telopt_set_size(t->tel, cols, rows);
	}
}

/* From the server to stdout: 0, -1 when it closed, -2 for stdout. */
static int net_input(struct telnet *t)
{
	uint8_t buf[8192];
	ssize_t n = read(t->fd, buf, sizeof(buf));

	if (n < 0 && errno == EINTR)
		return 0;
	if (n <= 0)
		return -1;
	n = (ssize_t)telopt_recv(t->tel, buf, (size_t)n);
	return write_all(1, buf, (size_t)n) < 0 ? -2 : 0;
}

/* From stdin to the server. */
static void user_input(struct telnet *t)
{
	uint8_t buf[4096];
	ssize_t n = read(0, buf, sizeof(buf));

	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return;
	if (n <= 0) {
		t->in_eof = true;
		telopt_send_data(t->tel, NULL, 0, true);
		return;
	}
	telopt_send_data(t->tel, buf, (size_t)n, true);
}

static int telnet_session(struct telnet *t)
{
	struct pollfd p[2];
	int r;

	for (;;) {
		session_events(t);
		p[0] = (struct pollfd){ .fd = t->fd, .events = POLLIN };
		p[1] = (struct pollfd){ .fd = t->in_eof ? -1 : 0,
					.events = POLLIN };
		if (poll(p, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			die_errno("poll");
		}
		if (p[0].revents && (r = net_input(t)) < 0)
			return r == -1 ? SESSION_CLOSED : SESSION_STDOUT;
		if (p[1].revents)
			user_input(t);
	}
}

static void telnet_parse(struct telnet_opts *o, int argc, char **argv)
{
	int c;

	while ((c = getopt(argc, argv, "468EKLXacde:fFk:l:n:rxb:")) != -1) {
		switch (c) {
		case '4': o->family = AF_INET; break;
		case '6': o->family = AF_INET6; break;
		case '8': o->eight = EIGHT_IN | EIGHT_OUT; break;
		case 'E': o->escape = ESCAPE_OFF; break;
		case 'L': o->eight |= EIGHT_OUT; break;
		case 'a': o->autologin = true; break;
		case 'e':
			o->escape = escape_parse(optarg);
			out_fmt("Telnet escape character is '%s'.\n",
				escape_name(o->escape));
			break;
		case 'l': o->user = optarg; break;
		case 'K': case 'X': case 'f': case 'F': case 'k': case 'x':
			die("-%c: Kerberos and encryption are not supported", c);
		case '?':
			fputs(telnet_help, stderr);
			xexit(1);
		default:
			/* -b -c -d -n -r: accepted, no effect (see header) */
			break;
		}
	}
	if (o->autologin && !o->user)
		o->user = getenv("USER");
	if (optind < argc)
		o->host = argv[optind++];
	if (optind < argc)
		o->port = argv[optind++];
	if (optind < argc || !o->host) {
		fputs(telnet_help, stderr);
		xexit(1);
	}
}

int telnet_main(int argc, char **argv)
{
	struct telnet_opts o = { .family = AF_UNSPEC, .escape = 0x1d };
	struct telnet t = { .fd = -1 };
	int r;

	telnet_parse(&o, argc, argv);
	/* netkit hard-wires its prefix, whatever the program is called */
	msg_set_prog("telnet");
	signal(SIGPIPE, SIG_IGN);
	t.o = &o;
	t.escape = o.escape;
	t.user = o.user;
	t.tty = isatty(0);
	if (telnet_open(&t, o.host, o.port) < 0)
		return 1;
	r = telnet_session(&t);
	telnet_close(&t);
	if (r == SESSION_CLOSED)
		msg_plain("Connection closed by foreign host.");
	return 1;
}
