/* telnet.c - user interface to the TELNET protocol.
 *
 * Compatible with: netkit telnet 0.17 (Debian telnet-ssl) for options,
 * banner lines, the telnet> commands and their messages, exit codes,
 * and the options offered on connect; the per-address failure line is
 * the RHEL/Fedora netkit one ("telnet: connect to address A: REASON"),
 * which the refusal walkthrough shows. RFC 854 (protocol), RFC 855
 * (options), RFC 1143 (negotiation), RFC 1091 (TERMINAL-TYPE), RFC 1073
 * (NAWS), RFC 1572 (NEW-ENVIRON), RFC 857 (ECHO), RFC 858 (SGA), RFC 856
 * (BINARY); the protocol itself is libcommon/telopt.c.
 *
 * As netkit: options are offered on connect only when no port was given
 * (or it starts with '-'); elsewhere we wait for the server. The
 * terminal is in character mode (raw, echo as the server says) when the
 * server will suppress go-ahead, otherwise in netkit's "obsolete line
 * mode": local editing, the escape character ends a line, ^C and ^\ go
 * as IAC IP and IAC BRK.
 * Deviations: NAWS is refused when stdin is no terminal (netkit agrees,
 * then sends no size); CR LF from a pipe is sent as it is, not as
 * CR NUL CR LF; input is never stripped to 7 bits; display shows only
 * the escape character.
 * Not done: LINEMODE, STATUS, TSPEED, LFLOW, XDISPLOC, authentication
 * and encryption; the toggle, unset, slc, environ and logout commands;
 * -b, -n, -d, -r and -c are accepted and have no effect.
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
#include <termios.h>
#include <unistd.h>

#include "args.h"
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
	LINE_MAX_LEN = 256,	/* a telnet> command line */
	ARGS_MAX = 8,
};

/* What a command asks of the loop around it. */
enum cmd_result { CMD_STAY, CMD_DONE, CMD_EXIT };

/* How a session ended. */
enum { SESSION_ESCAPE, SESSION_CLOSED, SESSION_STDOUT };

enum tty_mode { TTY_COMMAND, TTY_LINE, TTY_CHAR };

struct telnet_opts {
	int family;
	int escape;
	int eight;
	bool autologin, debug;
	const char *user;
	const char *bind_addr;	/* -b: the local address */
	const char *host, *port;
};

/* -n: where the option negotiation is recorded, or NULL. */
static FILE *trace_file;

/* "SENT DO SUPPRESS GO AHEAD", as netkit traces options. */
static void opt_trace(void *arg, bool sent, unsigned verb, unsigned opt)
{
	static const char *const verbs[] = { "WILL", "WONT", "DO", "DONT" };
	const char *name = telopt_name(opt);

	(void)arg;
	if (!trace_file || verb < 251 || verb > 254)
		return;
	fprintf(trace_file, "%s %s ", sent ? "SENT" : "RCVD", verbs[verb - 251]);
	if (name)
		fprintf(trace_file, "%s\n", name);
	else
		fprintf(trace_file, "%u\n", opt);
	fflush(trace_file);
}

struct telnet {
	const struct telnet_opts *o;
	struct telopt *tel;	/* NULL when not connected */
	int fd;
	int escape;
	const char *prompt;	/* "telnet", or how we were called */
	const char *host;	/* as the user wrote it */
	const char *user;	/* -l, -a, open -l: NEW-ENVIRON USER */
	bool tty;		/* stdin is a terminal */
	bool cmdline;		/* connected from argv: close exits */
	bool mode_dirty;	/* ECHO or SGA changed */
	enum tty_mode mode;
};

/* Signal handlers only set these; the loops act on them. */
static volatile sig_atomic_t got_winch, got_int, got_quit, got_tstp;
/* The terminal as we found it. File scope because the atexit hook and
 * the SIGTERM/SIGHUP handler, which cannot be handed a struct, put it
 * back on every way out. */
static struct termios tty_orig;
static volatile sig_atomic_t tty_changed;

static void tty_restore(void)
{
	if (tty_changed) {
		tcsetattr(0, TCSADRAIN, &tty_orig);
		tty_changed = 0;
	}
}

static void on_signal(int sig)
{
	switch (sig) {
	case SIGWINCH: got_winch = 1; break;
	case SIGINT: got_int = 1; break;
	case SIGQUIT: got_quit = 1; break;
	case SIGTSTP: got_tstp = 1; break;
	default:
		/* SIGTERM, SIGHUP: die as the default would, terminal fixed */
		tty_restore();
		signal(sig, SIG_DFL);
		raise(sig);
	}
}

/* The flag-setting handlers, or the defaults while connecting: a
 * blocking connect(2) cut by a handler cannot be resumed (EALREADY),
 * and ^C must abort a connection that does not come. No SA_RESTART:
 * poll and read must see EINTR. */
static void tty_signals(const struct telnet *t, bool on)
{
	static const int sigs[] = { SIGWINCH, SIGINT, SIGQUIT, SIGTSTP };
	struct sigaction sa = { .sa_handler = on ? on_signal : SIG_DFL };
	unsigned i;

	if (!t->tty)
		return;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaction(sigs[i], &sa, NULL);
}

static void tty_init(struct telnet *t)
{
	struct sigaction sa = { .sa_handler = on_signal };

	signal(SIGPIPE, SIG_IGN);
	t->tty = isatty(0) && tcgetattr(0, &tty_orig) == 0;
	if (!t->tty)
		return;
	atexit(tty_restore);
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	tty_signals(t, true);
}

/* The terminal for a mode: as found (the telnet> prompt); line mode,
 * editing local, echo off when the server echoes, the escape character
 * ending a line; character mode, raw but for output processing. */
static void tty_set(struct telnet *t, enum tty_mode m)
{
	struct termios tio = tty_orig;
	bool echo = !t->tel || !telopt_on(t->tel, TO_ECHO, TELOPT_HIM);

	if (!t->tty)
		return;
	t->mode = m;
	if (m == TTY_LINE) {
		if (!echo)
			tio.c_lflag &= ~(tcflag_t)(ECHO | ECHONL);
		if (t->escape != ESCAPE_OFF)
			tio.c_cc[VEOL] = (cc_t)t->escape;
	} else if (m == TTY_CHAR) {
		tio.c_lflag &= ~(tcflag_t)(ICANON | ISIG | IEXTEN | ECHO |
					   ECHONL);
		if (echo)
			tio.c_lflag |= ECHO;
		tio.c_iflag &= ~(tcflag_t)(ICRNL | INLCR | IGNCR | ISTRIP);
		tio.c_cc[VMIN] = 1;
		tio.c_cc[VTIME] = 0;
	}
	if (m != TTY_COMMAND)
		tty_changed = 1;
	tcsetattr(0, TCSADRAIN, &tio);
	if (m == TTY_COMMAND)
		tty_changed = 0;
}

/* The session's terminal mode follows the server's SGA. */
static enum tty_mode conn_mode(const struct telnet *t)
{
	return telopt_on(t->tel, TO_SGA, TELOPT_HIM) ? TTY_CHAR : TTY_LINE;
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

/* z, ^Z: the terminal as found while we are stopped. */
static void telnet_suspend(struct telnet *t)
{
	enum tty_mode m = t->mode;
	unsigned cols, rows;

	tty_set(t, TTY_COMMAND);
	raise(SIGSTOP);
	if (t->tel && tty_size(t, &cols, &rows))
		telopt_set_size(t->tel, cols, rows);
	tty_set(t, m);
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

static void opt_changed(void *arg, unsigned opt, enum telopt_side side,
			bool on)
{
	struct telnet *t = arg;

	(void)on;
	if (side == TELOPT_HIM && (opt == TO_ECHO || opt == TO_SGA))
		t->mode_dirty = true;
}

/* A socket for a, bound to -b's address, SO_DEBUG for -d; connected,
 * or -1 with errno. */
static int telnet_dial(const struct telnet_opts *o, const struct net_addr *a)
{
	int fd = socket(a->family, a->socktype | SOCK_CLOEXEC, a->protocol);
	int one = 1, e;

	if (fd < 0)
		return -1;
	if (o->debug && setsockopt(fd, SOL_SOCKET, SO_DEBUG, &one,
				   sizeof(one)) < 0)
		warn_errno("setsockopt (SO_DEBUG)");
	if (o->bind_addr) {
		struct net_addr b[NET_ADDR_MAX];
		int n = net_resolve(o->bind_addr, 0, a->family, SOCK_STREAM,
				    AI_PASSIVE, b, NET_ADDR_MAX);

		if (n < 0) {
			warn_msg("%s: %s", o->bind_addr, net_gai_strerror(n));
			close(fd);
			errno = EADDRNOTAVAIL;
			return -1;
		}
		if (bind(fd, (struct sockaddr *)&b[0].sa, b[0].len) < 0) {
			e = errno;
			warn_errno("bind");
			close(fd);
			errno = e;
			return -1;
		}
	}
	if (net_connect_fd(fd, (const struct sockaddr *)&a->sa, a->len, -1) == 0)
		return fd;
	e = errno;
	close(fd);
	errno = e;
	return -1;
}

/* Resolve and try each address in turn, as netkit does. */
static int telnet_connect(const struct telnet_opts *o, const char *host,
			  const char *port, int family)
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
		fd = telnet_dial(o, &addrs[i]);
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
	static const struct telopt_ops ops = { net_send, opt_changed,
					       opt_trace };
	bool offer = !port || port[0] == '-';

	if (port && port[0] == '-')
		port++;
	tty_signals(t, false);
	t->fd = telnet_connect(t->o, host, port, t->o->family);
	tty_signals(t, true);
	if (t->fd < 0)
		return -1;
	out_fmt("Connected to %s.\n", host);
	out_fmt("Escape character is '%s'.\n", escape_name(t->escape));
	out_flush();
	t->host = host;
	t->tel = telopt_new(&ops, t);
	if (!t->tel)
		die("out of memory");
	telnet_options(t, offer);
	return 0;
}

static void telnet_close(struct telnet *t)
{
	close(t->fd);
	t->fd = -1;
	telopt_free(t->tel);
	t->tel = NULL;
}

/* Signals and option changes, between two polls. */
static void session_events(struct telnet *t)
{
	unsigned cols, rows;

	if (got_winch) {
		got_winch = 0;
		if (tty_size(t, &cols, &rows))
			telopt_set_size(t->tel, cols, rows);
	}
	if (got_int) {
		got_int = 0;
		telopt_send_cmd(t->tel, TN_IP);
	}
	if (got_quit) {
		got_quit = 0;
		telopt_send_cmd(t->tel, TN_BRK);
	}
	if (got_tstp) {
		got_tstp = 0;
		telnet_suspend(t);
	}
	if (t->mode_dirty) {
		t->mode_dirty = false;
		tty_set(t, conn_mode(t));
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

/* What stdin brought: more for the server, the escape character, or
 * its end. */
enum user_in { USER_MORE, USER_ESCAPE, USER_END };

/* From stdin to the server, up to the escape character. At stdin's end
 * the session is over, as in netkit: it does not wait for the server
 * (a terminal's ^D in line mode is the EOF character, not an end). */
static enum user_in user_input(struct telnet *t, short revents)
{
	uint8_t buf[4096], *e = NULL;
	bool lines = t->mode != TTY_CHAR;
	ssize_t n = read(0, buf, sizeof(buf));

	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return USER_MORE;
	if (n == 0 && t->mode == TTY_LINE && !(revents & POLLHUP)) {
		/* ^D at the start of a line: the EOF character, as netkit */
		buf[0] = tty_orig.c_cc[VEOF];
		n = 1;
	}
	if (n <= 0) {
		telopt_send_data(t->tel, NULL, 0, lines);
		return USER_END;
	}
	if (t->tty && t->escape != ESCAPE_OFF)
		e = memchr(buf, t->escape, (size_t)n);
	if (!e || e > buf)
		telopt_send_data(t->tel, buf, e ? (size_t)(e - buf) : (size_t)n,
				 lines);
	return e ? USER_ESCAPE : USER_MORE;
}

static int telnet_session(struct telnet *t)
{
	struct pollfd p[2];
	int r;

	t->mode_dirty = true;
	for (;;) {
		session_events(t);
		p[0] = (struct pollfd){ .fd = t->fd, .events = POLLIN };
		p[1] = (struct pollfd){ .fd = 0, .events = POLLIN };
		if (poll(p, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			die_errno("poll");
		}
		if (p[0].revents && (r = net_input(t)) < 0)
			return r == -1 ? SESSION_CLOSED : SESSION_STDOUT;
		if (p[1].revents) {
			enum user_in u = user_input(t, p[1].revents);

			if (u == USER_ESCAPE)
				return SESSION_ESCAPE;
			if (u == USER_END)
				return SESSION_CLOSED;
		}
	}
}

/* ---- the telnet> prompt ---- */

/* One line of stdin, newline dropped; NULL at its end. A byte at a
 * time: what follows stays for the session ("open host" piped in,
 * then data). ^C drops the line. */
static char *read_line(struct telnet *t, char *buf, size_t size)
{
	size_t n = 0;
	ssize_t r;
	char c;

	for (;;) {
		r = read(0, &c, 1);
		if (r < 0 && errno == EINTR) {
			if (got_tstp) {
				got_tstp = 0;
				telnet_suspend(t);
			}
			if (got_int) {
				got_int = 0;
				out_char('\n');
				n = 0;
				break;
			}
			continue;
		}
		if (r <= 0 && n == 0)
			return NULL;
		if (r <= 0 || c == '\n')
			break;
		if (n + 1 < size)
			buf[n++] = c;
	}
	buf[n] = '\0';
	return buf;
}

static int split_args(char *line, char **argv)
{
	int argc = 0;
	char *s = strtok(line, " \t\r");

	while (s && argc < ARGS_MAX) {
		argv[argc++] = s;
		s = strtok(NULL, " \t\r");
	}
	return argc;
}

/* Index of s in a table whose entries start with their name, by whole
 * name or unique prefix; -1 unknown, -2 ambiguous. */
static int lookup(const void *tab, size_t size, size_t n, const char *s)
{
	size_t i, len = strlen(s);
	int found = -1;

	for (i = 0; i < n; i++) {
		const char *name = *(const char *const *)
				   ((const char *)tab + i * size);

		if (strcmp(name, s) == 0)
			return (int)i;
		if (strncmp(name, s, len) == 0)
			found = found == -1 ? (int)i : -2;
	}
	return found;
}

static void wrong_args(const char *cmd)
{
	msg_plain("Wrong number of arguments for command.");
	msg_plain("Try ? %s for help", cmd);
}

static int cmd_close(struct telnet *t, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	if (t->fd < 0) {
		out_str("Need to be connected first for `bye'.\n");
		return CMD_STAY;
	}
	telnet_close(t);
	out_str("Connection closed.\n");
	return t->cmdline ? CMD_EXIT : CMD_STAY;
}

static int cmd_quit(struct telnet *t, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	if (t->fd >= 0) {
		telnet_close(t);
		out_str("Connection closed.\n");
	}
	return CMD_EXIT;
}

static int cmd_status(struct telnet *t, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	if (t->fd < 0) {
		out_str("No connection.\n");
	} else {
		bool chr = conn_mode(t) == TTY_CHAR;

		out_fmt("Connected to %s.\n", t->host);
		out_str(chr ? "Operating in single character mode\n" :
			      "Operating in obsolete linemode\n");
		if (!chr && t->tty)
			out_str("Catching signals locally\n");
		out_str(telopt_on(t->tel, TO_ECHO, TELOPT_HIM) ?
			"Remote character echo\n" : "Local character echo\n");
	}
	out_fmt("Escape character is '%s'.\n", escape_name(t->escape));
	return CMD_DONE;
}

static int cmd_display(struct telnet *t, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	out_fmt("%-15s [%s]\n", "escape", escape_name(t->escape));
	return CMD_DONE;
}

static int cmd_mode(struct telnet *t, int argc, char **argv)
{
	if (argc != 2) {
		wrong_args("mode");
		return CMD_STAY;
	}
	if (strcmp(argv[1], "?") == 0) {
		out_str("format is:  'mode Mode', where 'Mode' is one of:\n\n");
		out_fmt("%-15s %s\n", "character",
			"Disable obsolete line-by-line mode");
		out_fmt("%-15s %s\n", "line",
			"Enable obsolete line-by-line mode");
		return CMD_STAY;
	}
	if (t->fd < 0) {
		out_str("?Need to be connected first.\n'mode ?' for help.\n");
		return CMD_STAY;
	}
	if (strcmp(argv[1], "character") == 0) {
		telopt_ask(t->tel, TO_SGA, TELOPT_HIM, true);
		telopt_ask(t->tel, TO_ECHO, TELOPT_HIM, true);
	} else if (strcmp(argv[1], "line") == 0) {
		telopt_ask(t->tel, TO_SGA, TELOPT_HIM, false);
	} else {
		msg_plain("Unknown mode '%s' ('mode ?' for help).", argv[1]);
	}
	return CMD_STAY;
}

enum { SEND_ESCAPE = 256, SEND_SYNCH, SEND_HELP };

static const struct send_arg {
	const char *name;
	unsigned what;
	const char *help;
} send_args[] = {
	{ "ao", TN_AO, "Send Telnet Abort output" },
	{ "ayt", TN_AYT, "Send Telnet 'Are You There'" },
	{ "brk", TN_BRK, "Send Telnet Break" },
	{ "ec", TN_EC, "Send Telnet Erase Character" },
	{ "el", TN_EL, "Send Telnet Erase Line" },
	{ "escape", SEND_ESCAPE, "Send current escape character" },
	{ "ga", TN_GA, "Send Telnet 'Go Ahead' sequence" },
	{ "ip", TN_IP, "Send Telnet Interrupt Process" },
	{ "nop", TN_NOP, "Send Telnet 'No operation'" },
	{ "synch", SEND_SYNCH, "Perform Telnet 'Synch operation'" },
	{ "?", SEND_HELP, "Display send options" },
};

/* IAC, then DM as urgent data: the server skips to it (RFC 854). */
static void send_synch(struct telnet *t)
{
	static const uint8_t iac = TN_IAC, dm = TN_DM;

	write_all(t->fd, &iac, 1);
	send(t->fd, &dm, 1, MSG_OOB);
}

static void send_one(struct telnet *t, const struct send_arg *a)
{
	uint8_t c = (uint8_t)t->escape;
	size_t i;

	if (a->what == SEND_HELP) {
		for (i = 0; i < sizeof(send_args) / sizeof(send_args[0]); i++)
			out_fmt("%-15s %s\n", send_args[i].name,
				send_args[i].help);
	} else if (a->what == SEND_ESCAPE) {
		if (t->escape != ESCAPE_OFF)
			telopt_send_data(t->tel, &c, 1, false);
	} else if (a->what == SEND_SYNCH) {
		send_synch(t);
	} else {
		telopt_send_cmd(t->tel, a->what);
	}
}

static int cmd_send(struct telnet *t, int argc, char **argv)
{
	const size_t n = sizeof(send_args) / sizeof(send_args[0]);
	int i, k;

	if (argc < 2) {
		out_str("need at least one argument for 'send' command\n"
			"'send ?' for help\n");
		return CMD_STAY;
	}
	for (i = 1; i < argc; i++) {
		k = lookup(send_args, sizeof(send_args[0]), n, argv[i]);
		if (k < 0) {
			out_fmt("%s send argument '%s'\n'send ?' for help.\n",
				k == -1 ? "Unknown" : "Ambiguous", argv[i]);
			return CMD_STAY;
		}
		if (t->fd < 0 && send_args[k].what != SEND_HELP) {
			out_str("?Need to be connected first.\n"
				"'send ?' for help\n");
			return CMD_STAY;
		}
		send_one(t, &send_args[k]);
	}
	return CMD_DONE;
}

static int cmd_set(struct telnet *t, int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "?") == 0) {
		out_fmt("%-15s %s\n", "escape",
			"character to escape back to telnet command mode");
		out_fmt("%-15s %s\n", "?", "display help information");
		return CMD_STAY;
	}
	if (argc != 3) {
		out_str("Format is 'set Name Value'\n'set ?' for help.\n");
		return CMD_STAY;
	}
	if (lookup((const char *const[]){ "escape" }, sizeof(char *), 1,
		   argv[1]) < 0) {
		msg_plain("'%s': unknown argument ('set ?' for help).",
			  argv[1]);
		return CMD_STAY;
	}
	t->escape = strcmp(argv[2], "off") == 0 ? ESCAPE_OFF :
		    escape_parse(argv[2]);
	out_fmt("escape character is '%s'.\n", escape_name(t->escape));
	return CMD_DONE;
}

static int cmd_z(struct telnet *t, int argc, char **argv)
{
	(void)argv;
	if (argc != 1) {
		wrong_args("z");
		return CMD_STAY;
	}
	out_flush();
	telnet_suspend(t);
	return CMD_DONE;
}

/* open [-l user] host [port]; without a host, ask for it. */
static int cmd_open(struct telnet *t, int argc, char **argv)
{
	static char line[LINE_MAX_LEN], host[LINE_MAX_LEN], user[LINE_MAX_LEN];
	char *av[ARGS_MAX + 1];
	int i = 1;

	if (t->fd >= 0) {
		out_fmt("?Already connected to %s\n", t->host);
		return CMD_STAY;
	}
	if (argc == 1) {
		out_str("(to) ");
		out_flush();
		if (!read_line(t, line, sizeof(line)))
			return CMD_EXIT;
		av[0] = argv[0];
		argc = 1 + split_args(line, av + 1);
		argv = av;
	}
	if (argc > 2 && strcmp(argv[1], "-l") == 0) {
		snprintf(user, sizeof(user), "%s", argv[2]);
		t->user = user;
		i = 3;
	}
	if (i >= argc || argc - i > 2) {
		out_str("usage: open [-l user] host-name [port]\n");
		return CMD_STAY;
	}
	snprintf(host, sizeof(host), "%s", argv[i]);
	return telnet_open(t, host, argc - i == 2 ? argv[i + 1] : NULL) < 0 ?
	       CMD_STAY : CMD_DONE;
}

static int cmd_help(struct telnet *t, int argc, char **argv);

static const struct cmd {
	const char *name;
	int (*fn)(struct telnet *t, int argc, char **argv);
	const char *help;
} cmds[] = {
	{ "close", cmd_close, "close current connection" },
	{ "display", cmd_display, "display operating parameters" },
	{ "mode", cmd_mode,
	  "try to enter line or character mode ('mode ?' for more)" },
	{ "open", cmd_open, "connect to a site" },
	{ "quit", cmd_quit, "exit telnet" },
	{ "send", cmd_send,
	  "transmit special characters ('send ?' for more)" },
	{ "set", cmd_set, "set operating parameters ('set ?' for more)" },
	{ "status", cmd_status, "print status information" },
	{ "z", cmd_z, "suspend telnet" },
	{ "?", cmd_help, "print help information" },
	{ "help", cmd_help, NULL },
};

enum { NCMDS = sizeof(cmds) / sizeof(cmds[0]) };

static int cmd_help(struct telnet *t, int argc, char **argv)
{
	int i, k;

	(void)t;
	if (argc == 1) {
		out_str("Commands may be abbreviated.  Commands are:\n\n");
		for (i = 0; i < NCMDS; i++)
			if (cmds[i].help)
				out_fmt("%-8s\t%s\n", cmds[i].name,
					cmds[i].help);
		return CMD_STAY;
	}
	for (i = 1; i < argc; i++) {
		k = lookup(cmds, sizeof(cmds[0]), NCMDS, argv[i]);
		if (k < 0)
			out_fmt("?%s help command %s\n",
				k == -1 ? "Invalid" : "Ambiguous", argv[i]);
		else
			out_fmt("%-8s\t%s\n", cmds[k].name,
				cmds[k].help ? cmds[k].help :
					       "print help information");
	}
	return CMD_STAY;
}

static int run_command(struct telnet *t, int argc, char **argv)
{
	int k = lookup(cmds, sizeof(cmds[0]), NCMDS, argv[0]);

	if (k >= 0)
		return cmds[k].fn(t, argc, argv);
	out_str(k == -1 ? "?Invalid command\n" : "?Ambiguous command\n");
	return CMD_STAY;
}

/* The telnet> prompt until a command sends us back to the session (-1)
 * or out (the exit status). netkit's rules: an empty line or a command
 * that did its job goes back when connected; a mistake stays. */
static int telnet_command(struct telnet *t)
{
	char line[LINE_MAX_LEN], *argv[ARGS_MAX];
	int argc, r;

	tty_set(t, TTY_COMMAND);
	for (;;) {
		out_fmt("%s> ", t->prompt);
		out_flush();
		if (!read_line(t, line, sizeof(line)))
			r = cmd_quit(t, 0, NULL);
		else if ((argc = split_args(line, argv)) == 0)
			r = CMD_DONE;
		else
			r = run_command(t, argc, argv);
		out_flush();
		if (r == CMD_EXIT)
			return 0;
		if (r == CMD_DONE && t->fd >= 0)
			return -1;
	}
}

static int telnet_run(struct telnet *t)
{
	int r;

	for (;;) {
		if (t->fd >= 0) {
			r = telnet_session(t);
			if (r != SESSION_ESCAPE) {
				tty_set(t, TTY_COMMAND);
				telnet_close(t);
				if (r == SESSION_CLOSED)
					msg_plain("Connection closed by "
						  "foreign host.");
				return 1;
			}
			/* the prompt on a line of its own */
			out_char('\n');
		}
		r = telnet_command(t);
		if (r >= 0)
			return r;
	}
}

static void telnet_parse(struct telnet_opts *o, int argc, char **argv)
{
	bool escape_set = false;
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
			escape_set = true;
			o->escape = escape_parse(optarg);
			out_fmt("Telnet escape character is '%s'.\n",
				escape_name(o->escape));
			break;
		case 'l': o->user = optarg; break;
		case 'b': o->bind_addr = optarg; break;
		case 'r':
			/* rlogin-like: ~ unless -e says otherwise */
			if (!escape_set)
				o->escape = '~';
			break;
		case 'd': o->debug = true; break;
		case 'n':
			if (trace_file)
				fclose(trace_file);
			trace_file = fopen(optarg, "w");
			if (!trace_file)
				warn_errno("%s", optarg);
			break;
		case 'K': case 'X': case 'f': case 'F': case 'k': case 'x':
			die("-%c: Kerberos and encryption are not supported", c);
		case '?':
			fputs(telnet_help, stderr);
			xexit(1);
		default:
			/* -c: no ~/.telnetrc (none is read anyway) */
			break;
		}
	}
	if (o->autologin && !o->user)
		o->user = getenv("USER");
	if (optind < argc)
		o->host = argv[optind++];
	if (optind < argc)
		o->port = argv[optind++];
	if (optind < argc) {
		fputs(telnet_help, stderr);
		xexit(1);
	}
}

int telnet_main(int argc, char **argv)
{
	struct telnet_opts o = { .family = AF_UNSPEC, .escape = 0x1d };
	struct telnet t = { .fd = -1 };

	telnet_parse(&o, argc, argv);
	/* netkit hard-wires its prefix, whatever the program is called,
	 * and takes the prompt from argv[0] */
	msg_set_prog("telnet");
	t.o = &o;
	t.prompt = args_basename(argv[0]);
	t.escape = o.escape;
	t.user = o.user;
	tty_init(&t);
	if (o.host) {
		if (telnet_open(&t, o.host, o.port) < 0)
			return 1;
		t.cmdline = true;
	}
	return telnet_run(&t);
}
