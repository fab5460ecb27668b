/* netstat.c - print network connections.
 *
 * Compatible with: net-tools netstat 2.10, column for column, for TCP
 * and UDP over IPv4 and IPv6: -a -l -t -u -n (--numeric) -p -e -W (-T)
 * -4 -6 -A inet|inet6. The sockets come from the kernel through
 * NETLINK_SOCK_DIAG (libcommon/diag.c), the processes of -p from the
 * /proc/PID/fd map (libcommon/procfd.c).
 * Not done yet (the netstat issue tracks them): unix sockets (-x, and in
 * the default listing), raw and UDP-Lite, -o timers, -c, -r, -i, -s,
 * --json, the /proc/net fallback; those options say so and exit 1.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pwd.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "diag.h"
#include "error.h"
#include "net.h"
#include "out.h"
#include "procfd.h"
#include "xfuncs.h"

const char netstat_help[] =
"usage: netstat [-vWeenNcCF] [<Af>] -r         netstat {-V|--version|-h|--help}\n"
"       netstat [-vWnNcaeol] [<Socket> ...]\n"
"       netstat { [-vWeenNac] -i | [-cnNe] -M | -s [-6tuw] }\n"
"\n"
"        -a, --all                display all sockets (default: connected)\n"
"        -l, --listening          display listening server sockets\n"
"        -n, --numeric            don't resolve names\n"
"        --numeric-hosts          don't resolve host names\n"
"        --numeric-ports          don't resolve port names\n"
"        --numeric-users          don't resolve user names\n"
"        -p, --programs           display PID/Program name for sockets\n"
"        -e, --extend             display other/more information\n"
"        -W, --wide               don't truncate IP addresses (-T too)\n"
"        -4, -6, -A inet|inet6    address families\n"
"\n"
"  <Socket>={-t|--tcp} {-u|--udp}\n"
"\n"
"tcpbox: not yet -x (unix), -w (raw), -U, -o, -c, -r, -i, -s, --json.\n";

enum {
	OPT_NHOSTS = 256, OPT_NPORTS, OPT_NUSERS,
	ADDR_WIDTH = 23,
};

static const char *const tcp_states[] = {
	"", "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1", "FIN_WAIT2",
	"TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK", "LISTEN", "CLOSING",
};

struct netstat_opts {
	bool all, listening, tcp, udp, programs, extend, wide;
	bool num_hosts, num_ports, num_users;
	bool inet4, inet6;
};

/* One row, collected from a dump before printing. */
struct row {
	struct diag_sock s;
};

struct rows {
	struct row *v;
	size_t n, cap;
	const struct netstat_opts *o;
};

static const struct option netstat_long[] = {
	{ "all", no_argument, NULL, 'a' },
	{ "listening", no_argument, NULL, 'l' },
	{ "numeric", no_argument, NULL, 'n' },
	{ "numeric-hosts", no_argument, NULL, OPT_NHOSTS },
	{ "numeric-ports", no_argument, NULL, OPT_NPORTS },
	{ "numeric-users", no_argument, NULL, OPT_NUSERS },
	{ "programs", no_argument, NULL, 'p' },
	{ "extend", no_argument, NULL, 'e' },
	{ "wide", no_argument, NULL, 'W' },
	{ "tcp", no_argument, NULL, 't' },
	{ "udp", no_argument, NULL, 'u' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

static void netstat_family(struct netstat_opts *o, const char *list)
{
	char buf[128], *tok, *save = NULL;

	snprintf(buf, sizeof(buf), "%s", list);
	for (tok = strtok_r(buf, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		if (!strcmp(tok, "inet"))
			o->inet4 = true;
		else if (!strcmp(tok, "inet6"))
			o->inet6 = true;
		else
			die("-A %s is not supported yet", tok);
	}
}

static void netstat_parse(struct netstat_opts *o, int argc, char **argv)
{
	int c;

	while ((c = getopt_long(argc, argv, "46A:aehlnptTuW", netstat_long,
				NULL)) != -1) {
		switch (c) {
		case '4': o->inet4 = true; break;
		case '6': o->inet6 = true; break;
		case 'A': netstat_family(o, optarg); break;
		case 'a': o->all = true; break;
		case 'e': o->extend = true; break;
		case 'h':
			out_str(netstat_help);
			xexit(0);
		case 'l': o->listening = true; break;
		case 'n':
			o->num_hosts = o->num_ports = o->num_users = true;
			break;
		case OPT_NHOSTS: o->num_hosts = true; break;
		case OPT_NPORTS: o->num_ports = true; break;
		case OPT_NUSERS: o->num_users = true; break;
		case 'p': o->programs = true; break;
		case 't': o->tcp = true; break;
		case 'u': o->udp = true; break;
		case 'T':
		case 'W': o->wide = true; break;
		default:
			fputs(netstat_help, stderr);
			xexit(3);	/* net-tools' usage status */
		}
	}
	if (optind < argc)
		die("unexpected argument %s (see --help)", argv[optind]);
	if (!o->tcp && !o->udp)
		die("without -t or -u, netstat lists unix sockets too; they "
		    "are not supported yet: use -t and/or -u");
	if (!o->inet4 && !o->inet6)
		o->inet4 = o->inet6 = true;
}

/* ---- collecting ---- */

static int row_add(const struct diag_sock *s, void *arg)
{
	struct rows *r = arg;
	bool server = s->state == 10 || (s->protocol == IPPROTO_UDP &&
					 s->state == 7);

	if (r->o->listening && !r->o->all && !server)
		return 0;
	if (!r->o->listening && !r->o->all && server)
		return 0;
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 256;
		r->v = xrealloc(r->v, r->cap * sizeof(*r->v));
	}
	r->v[r->n++].s = *s;
	return 0;
}

/* One protocol and family; an interrupted dump is asked again (three
 * times at most, as iproute2 would not). */
static void collect(struct diag *g, struct rows *r, int family, int proto)
{
	size_t mark = r->n;
	int tries;

	for (tries = 0; tries < 4; tries++) {
		r->n = mark;
		if (diag_inet_dump(g, family, proto, row_add, r) == 0)
			return;
		if (errno == EINTR)
			continue;
		if (errno == ENOENT || errno == EPROTONOSUPPORT ||
		    errno == EOPNOTSUPP)
			return;	/* the kernel lacks it: as a missing file */
		die_errno("sock_diag");
	}
	die("sock_diag: the dump kept being interrupted");
}

/* ---- printing ---- */

static bool is_any(const struct diag_sock *s, const uint8_t *a)
{
	static const uint8_t zero[16];

	return !memcmp(a, zero, s->family == AF_INET6 ? 16 : 4);
}

static void host_text(const struct netstat_opts *o, const struct diag_sock *s,
		      const uint8_t *a, char *buf, size_t len)
{
	struct sockaddr_storage ss = { 0 };
	socklen_t sl;

	if (s->family == AF_INET6) {
		struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&ss;

		s6->sin6_family = AF_INET6;
		memcpy(&s6->sin6_addr, a, 16);
		sl = sizeof(*s6);
	} else {
		struct sockaddr_in *s4 = (struct sockaddr_in *)&ss;

		s4->sin_family = AF_INET;
		memcpy(&s4->sin_addr, a, 4);
		sl = sizeof(*s4);
	}
	if (!o->num_hosts && is_any(s, a)) {
		snprintf(buf, len, s->family == AF_INET6 ? "[::]" : "0.0.0.0");
		return;
	}
	if (o->num_hosts || getnameinfo((struct sockaddr *)&ss, sl, buf,
					(socklen_t)len, NULL, 0, NI_NAMEREQD))
		net_ntop((struct sockaddr *)&ss, buf, len);
}

static void port_text(const struct netstat_opts *o, const struct diag_sock *s,
		      unsigned port, char *buf, size_t len)
{
	const char *name = NULL;
	struct servent *se;
	bool udp = s->protocol == IPPROTO_UDP;

	if (!port) {
		snprintf(buf, len, "*");
		return;
	}
	if (!o->num_ports) {
		se = getservbyport(htons((uint16_t)port), udp ? "udp" : "tcp");
		name = se ? se->s_name :
			    services_name((int)port, udp ? SERV_UDP : SERV_TCP);
	}
	if (name)
		snprintf(buf, len, "%s", name);
	else
		snprintf(buf, len, "%u", port);
}

/* "addr:port", the address cut so the whole fits 23 columns (-W: not). */
static void endpoint(const struct netstat_opts *o, const struct diag_sock *s,
		     bool local, char *buf, size_t len)
{
	char host[NI_MAXHOST], port[64];

	host_text(o, s, local ? s->src : s->dst, host, sizeof(host));
	port_text(o, s, local ? s->sport : s->dport, port, sizeof(port));
	if (!o->wide && strlen(host) + strlen(port) > 22)
		host[22 - strlen(port)] = '\0';
	snprintf(buf, len, "%s:%s", host, port);
}

static void user_cell(const struct netstat_opts *o, uint32_t uid)
{
	struct passwd *pw = o->num_users ? NULL : getpwuid(uid);

	if (pw)
		out_fmt(" %-10s", pw->pw_name);
	else
		out_fmt(" %-10u", uid);
}

static void row_print(const struct netstat_opts *o, const struct diag_sock *s,
		      const struct procfd *map)
{
	char local[NI_MAXHOST + 64], remote[NI_MAXHOST + 64];
	const char *proto, *state = "";
	bool listen = s->state == 10;

	if (s->protocol == IPPROTO_TCP)
		proto = s->family == AF_INET6 ? "tcp6" : "tcp";
	else
		proto = s->family == AF_INET6 ? "udp6" : "udp";
	if (s->protocol == IPPROTO_TCP && s->state < 12)
		state = tcp_states[s->state];
	else if (s->protocol == IPPROTO_UDP && s->state == 1)
		state = "ESTABLISHED";
	endpoint(o, s, true, local, sizeof(local));
	endpoint(o, s, false, remote, sizeof(remote));
	out_fmt("%-4s  %6u %6u %-*s %-*s %-11s", proto, s->rqueue,
		listen ? 0 : s->wqueue, ADDR_WIDTH, local, ADDR_WIDTH, remote,
		state);
	if (o->extend) {
		user_cell(o, s->uid);
		out_fmt(" %-10llu", (unsigned long long)s->inode);
	}
	if (o->programs) {
		const char *name;
		pid_t pid = map ? procfd_lookup(map, s->inode, &name) : 0;
		char cell[64];

		if (pid)
			snprintf(cell, sizeof(cell), "%d/%s", (int)pid, name);
		else
			snprintf(cell, sizeof(cell), "-");
		cell[19] = '\0';
		out_fmt(" %-20s", cell);
	}
	out_char('\n');
}

static void header_print(const struct netstat_opts *o)
{
	out_fmt("Active Internet connections %s\n",
		o->all ? "(servers and established)" :
		o->listening ? "(only servers)" : "(w/o servers)");
	out_fmt("Proto Recv-Q Send-Q %-*s %-*s State      ", ADDR_WIDTH,
		"Local Address", ADDR_WIDTH, "Foreign Address");
	if (o->extend)
		out_str(" User       Inode     ");
	if (o->programs)
		out_str(" PID/Program name    ");
	out_char('\n');
}

int netstat_main(int argc, char **argv)
{
	struct netstat_opts o = { 0 };
	struct rows r = { .o = &o };
	struct procfd *map = NULL;
	struct diag *g;
	size_t i;

	netstat_parse(&o, argc, argv);
	g = diag_open();
	if (!g)
		die_errno("sock_diag");
	if (o.tcp && o.inet4)
		collect(g, &r, AF_INET, IPPROTO_TCP);
	if (o.tcp && o.inet6)
		collect(g, &r, AF_INET6, IPPROTO_TCP);
	if (o.udp && o.inet4)
		collect(g, &r, AF_INET, IPPROTO_UDP);
	if (o.udp && o.inet6)
		collect(g, &r, AF_INET6, IPPROTO_UDP);
	diag_close(g);
	if (o.programs) {
		map = procfd_new(true);
		procfd_scan(map);
	}
	header_print(&o);
	for (i = 0; i < r.n; i++)
		row_print(&o, &r.v[i].s, map);
	procfd_free(map);
	free(r.v);
	return 0;
}
