/* netstat.c - print network connections, routing and interface tables,
 * protocol statistics.
 *
 * Compatible with: net-tools netstat 2.10, line for line and column for
 * column (tests/netstat.test runs both side by side):
 *   sockets  TCP, UDP, UDP-Lite, raw over IPv4 and IPv6, and unix: -a -l
 *            -t -u -U -w -x -n (--numeric-*) -p -e -o -W (-T) -4 -6
 *            -A inet,inet6,unix, and the default listing of every kind;
 *   -r       the IPv4 main table (-n -e -ee -F -C), the IPv6 table (-6);
 *   -i       the interface table (-a), ifconfig's long layout with -e;
 *   -s       the kernel's counters in net-tools' sentences (-t -u -w -6);
 *   -c       any of them again every second (not -s, as net-tools).
 * Beyond net-tools: --json, an array of objects per listing.
 *
 * Sources: sockets from NETLINK_SOCK_DIAG (libcommon/diag.c); from
 * /proc/net (libcommon/procnet.c) for a protocol it lacks (raw_diag is
 * often not built), where there is no sock_diag at all (gVisor, WSL1)
 * and when TCPBOX_NO_SOCK_DIAG=1. Unix sockets from unix_diag: its
 * missing RefCnt is counted from the peers the sockets name, as the
 * kernel counts its references, and connections not accepted yet (no
 * inode: unix_diag leaves them out) are rebuilt from their listener's
 * queue, printed after it. -p's processes from the /proc/PID/fd map
 * (libcommon/procfd.c). IPv4 routes, devices and their counters from
 * rtnetlink (libcommon/rtnl.c); IPv6 routes from /proc/net/ipv6_route,
 * whose reference counts rtnetlink does not report; -ie's IPv6
 * addresses from /proc/net/if_inet6; -s from /proc/net/snmp, netstat
 * and snmp6, which have no netlink interface.
 *
 * Deviations, and why: docs/netstat.md. Not planned: SCTP (-S), ax25,
 * ipx, netrom and the other families, -g, -M, -N, -Z, -v, -V.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <net/if.h>
#include <linux/rtnetlink.h>

#include "diag.h"
#include "error.h"
#include "net.h"
#include "out.h"
#include "procfd.h"
#include "procnet.h"
#include "rtnl.h"
#include "users.h"
#include "xfuncs.h"

const char netstat_help[] =
"usage: netstat [-vWeenNcCF] [<Af>] -r         netstat {-V|--version|-h|--help}\n"
"       netstat [-vWnNcaeol] [<Socket> ...]\n"
"       netstat { [-vWeenNac] -i | [-cnNe] -M | -s [-6tuw] }\n"
"\n"
"        -r, --route              display routing table\n"
"        -i, --interfaces         display interface table\n"
"        -s, --statistics         display networking statistics (like SNMP)\n"
"\n"
"        -v, --verbose            be verbose\n"
"        -W, --wide               don't truncate IP addresses (-T too)\n"
"        -n, --numeric            don't resolve names\n"
"        --numeric-hosts          don't resolve host names\n"
"        --numeric-ports          don't resolve port names\n"
"        --numeric-users          don't resolve user names\n"
"        -e, --extend             display other/more information\n"
"        -p, --programs           display PID/Program name for sockets\n"
"        -o, --timers             display timers\n"
"        -c, --continuous         continuous listing\n"
"        --json                   JSON: one array of objects per listing\n"
"\n"
"        -l, --listening          display listening server sockets\n"
"        -a, --all                display all sockets (default: connected)\n"
"        -F, --fib                display Forwarding Information Base (default)\n"
"        -C, --cache              display routing cache instead of FIB\n"
"\n"
"  <Socket>={-t|--tcp} {-u|--udp} {-U|--udplite} {-w|--raw} {-x|--unix}\n"
"  <AF>=Use '-6|-4' or '-A <af>'; <af>: inet inet6 unix\n"
"\n"
"tcpbox: the sockets come from NETLINK_SOCK_DIAG, or from /proc/net where\n"
"the kernel lacks it or TCPBOX_NO_SOCK_DIAG=1 is set; routes from\n"
"rtnetlink (IPv6 routes from /proc/net/ipv6_route); -s's counters from\n"
"/proc/net.\n";

enum {
	OPT_NHOSTS = 256, OPT_NPORTS, OPT_NUSERS, OPT_JSON,
	ADDR_WIDTH = 23,
	PROG_WIDTH = 20,	/* net-tools' PROGNAME_WIDTH, NUL included */
	TCP_LISTEN_STATE = 10,
	UNIX_PATH_TEXT = 256,
	DIAG_TRIES = 4,
};

/* The socket states of /proc/net/unix (linux/net.h, socket_state). */
enum { SS_FREE, SS_UNCONNECTED, SS_CONNECTING, SS_CONNECTED,
       SS_DISCONNECTING };

static const char *const tcp_states[] = {
	"", "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1", "FIN_WAIT2",
	"TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK", "LISTEN", "CLOSING",
};

enum table { TABLE_SOCKETS, TABLE_ROUTES, TABLE_IFACES, TABLE_STATS };

struct netstat_opts {
	enum table table;
	int extend;		/* -e, -ee */
	char af_list[128];	/* -A, -4, -6, -x as net-tools joins them */
	bool fib, cache;	/* -r: -F (the default), -C */
	bool all, listening, programs, wide, timers;
	bool json;		/* --json: arrays of objects, not columns */
	bool continuous;	/* -c: again every second */
	bool num_hosts, num_ports, num_users;
	bool tcp, udp, udplite, raw, unix_;
	bool explicit_proto;	/* a protocol was named: say what is missing */
	bool verbose;		/* -v: name the families this system lacks */
	bool every_kind;	/* no kind of socket named: all of them */
	bool explicit_unix;
	bool inet4, inet6;
};

struct inet_rows {
	struct diag_sock *v;
	size_t n, cap;
	const struct netstat_opts *o;
	/* Set: print each row as it comes instead of keeping it (a listing
	 * of 100k sockets need not hold them); printed counts them. */
	struct sink *k;
	size_t printed;
};

/* A unix socket as /proc/net/unix shows it. */
struct urow {
	uint32_t inode;
	uint32_t peer;		/* unix_diag only: to count references */
	bool has_peer;
	unsigned refcnt;
	unsigned type;
	unsigned st;		/* SS_* */
	bool accepting;		/* __SO_ACCEPTCON: a listener */
	char path[UNIX_PATH_TEXT];
};

/* A pending connection: the listener's row and the client's inode. */
struct icon {
	size_t listener;
	uint32_t client;
};

struct unix_rows {
	struct urow *v;
	size_t n, cap;
	struct icon *ic;
	size_t nic, iccap;
};

/* Where rows go: the options, -p's map, and the rows so far (--json
 * separates them with commas). */
struct sink {
	const struct netstat_opts *o;
	const struct procfd *map;
	unsigned rows;
};

static const struct option netstat_long[] = {
	{ "all", no_argument, NULL, 'a' },
	{ "cache", no_argument, NULL, 'C' },
	{ "extend", no_argument, NULL, 'e' },
	{ "fib", no_argument, NULL, 'F' },
	{ "help", no_argument, NULL, 'h' },
	{ "interfaces", no_argument, NULL, 'i' },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "continuous", no_argument, NULL, 'c' },
	{ "listening", no_argument, NULL, 'l' },
	{ "numeric", no_argument, NULL, 'n' },
	{ "numeric-hosts", no_argument, NULL, OPT_NHOSTS },
	{ "numeric-ports", no_argument, NULL, OPT_NPORTS },
	{ "numeric-users", no_argument, NULL, OPT_NUSERS },
	{ "programs", no_argument, NULL, 'p' },
	{ "raw", no_argument, NULL, 'w' },
	{ "route", no_argument, NULL, 'r' },
	{ "statistics", no_argument, NULL, 's' },
	{ "tcp", no_argument, NULL, 't' },
	{ "timers", no_argument, NULL, 'o' },
	{ "udp", no_argument, NULL, 'u' },
	{ "udplite", no_argument, NULL, 'U' },
	{ "unix", no_argument, NULL, 'x' },
	{ "wide", no_argument, NULL, 'W' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

/* -A: net-tools' family names; only those tcpbox lists are taken. */
static void netstat_family(struct netstat_opts *o, const char *list)
{
	static const struct {
		const char *name;
		int af;
	} families[] = {
		{ "inet", AF_INET }, { "inet6", AF_INET6 }, { "unix", AF_UNIX },
	};
	static const char *const elsewhere[] = {
		"ax25", "netrom", "rose", "ipx", "ddp", "x25", "econet", "ash",
		"bluetooth", "irda",
	};
	char buf[128], *tok, *save = NULL;
	size_t i, k, len = strlen(o->af_list);

	snprintf(o->af_list + len, sizeof(o->af_list) - len, "%s%s",
		 len ? "," : "", list);
	snprintf(buf, sizeof(buf), "%s", list);
	for (tok = strtok_r(buf, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		for (i = 0; i < sizeof(families) / sizeof(families[0]); i++)
			if (!strcmp(tok, families[i].name))
				break;
		for (k = 0; k < sizeof(elsewhere) / sizeof(elsewhere[0]); k++)
			if (!strcmp(tok, elsewhere[k]))
				die("-A %s is not supported", tok);
		if (i == sizeof(families) / sizeof(families[0])) {
			/* net-tools' words, on its stream */
			out_fmt("Unknown address family `%s'.\n", tok);
			xexit(1);
		}
		if (families[i].af == AF_INET)
			o->inet4 = true;
		else if (families[i].af == AF_INET6)
			o->inet6 = true;
		else
			o->unix_ = true;
	}
}

/* -r, -i, -s: one table at most, or net-tools' usage and status 3. */
static void netstat_table(struct netstat_opts *o, enum table t)
{
	if (o->table != TABLE_SOCKETS && o->table != t) {
		fputs(netstat_help, stderr);
		xexit(3);
	}
	o->table = t;
}

/* What to list, as net-tools decides it: a family without a protocol
 * means all of its protocols, a protocol without a family both
 * families, and nothing at all means everything. */
static void netstat_defaults(struct netstat_opts *o)
{
	bool inet_proto = o->tcp || o->udp || o->udplite || o->raw;

	if (!o->fib && !o->cache)
		o->fib = true;

	o->explicit_proto = inet_proto;
	o->explicit_unix = o->unix_;
	if ((o->inet4 || o->inet6) && !inet_proto)
		o->tcp = o->udp = o->udplite = o->raw = inet_proto = true;
	if (inet_proto && !o->inet4 && !o->inet6)
		o->inet4 = o->inet6 = true;
	if (!inet_proto && !o->unix_) {
		o->tcp = o->udp = o->udplite = o->raw = o->unix_ = true;
		o->inet4 = o->inet6 = true;
		o->every_kind = true;
	}
}

static void netstat_parse(struct netstat_opts *o, int argc, char **argv)
{
	int c;

	while ((c = getopt_long(argc, argv, "46A:acCeFhilnoprstTuUvVwWx",
				netstat_long, NULL)) != -1) {
		switch (c) {
		case '4': netstat_family(o, "inet"); break;
		case '6': netstat_family(o, "inet6"); break;
		case 'A': netstat_family(o, optarg); break;
		case 'a': o->all = true; break;
		case 'c': o->continuous = true; break;
		case 'C': o->cache = true; break;
		case 'e': o->extend++; break;
		case 'F': o->fib = true; break;
		case 'h':
			out_str(netstat_help);
			xexit(0);
		case 'i': netstat_table(o, TABLE_IFACES); break;
		case 'l': o->listening = true; break;
		case 'n':
			o->num_hosts = o->num_ports = o->num_users = true;
			break;
		case OPT_NHOSTS: o->num_hosts = true; break;
		case OPT_NPORTS: o->num_ports = true; break;
		case OPT_NUSERS: o->num_users = true; break;
		case OPT_JSON: o->json = true; break;
		case 'o': o->timers = true; break;
		case 'p': o->programs = true; break;
		case 'r': netstat_table(o, TABLE_ROUTES); break;
		case 's': netstat_table(o, TABLE_STATS); break;
		case 't': o->tcp = true; break;
		case 'u': o->udp = true; break;
		case 'U': o->udplite = true; break;
		case 'w': o->raw = true; break;
		case 'T':
		case 'W': o->wide = true; break;
		case 'x': netstat_family(o, "unix"); break;
		case 'v': o->verbose = true; break;
		case 'V':
			out_str("netstat (tcpbox), compatible with net-tools "
				"2.10\n");
			xexit(0);
		default:
			fputs(netstat_help, stderr);
			xexit(3);	/* net-tools' usage status */
		}
	}
	if (optind < argc)
		die("unexpected argument %s (see --help)", argv[optind]);
	netstat_defaults(o);
}

/* ---- collecting ---- */

/* Does the listing want this row: servers with -l, others without,
 * both with -a? */
static bool wanted(const struct netstat_opts *o, bool server)
{
	if (o->all)
		return true;
	return o->listening ? server : !server;
}

static bool is_zero(const uint8_t *a, int family)
{
	static const uint8_t zero[16];

	return !memcmp(a, zero, family == AF_INET6 ? 16 : 4);
}

static void inet_print(struct sink *k, const struct diag_sock *s);

static int inet_add(const struct diag_sock *s, void *arg)
{
	struct inet_rows *r = arg;
	/* net-tools: a TCP server has no remote port, a datagram one no
	 * remote address */
	bool server = s->protocol == IPPROTO_TCP ? s->dport == 0 :
			is_zero(s->dst, s->family);

	if (!wanted(r->o, server))
		return 0;
	if (r->k) {
		inet_print(r->k, s);
		r->printed++;
		return 0;
	}
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 256;
		r->v = xrealloc(r->v, r->cap * sizeof(*r->v));
	}
	r->v[r->n++] = *s;
	return 0;
}

static const char *inet_name(int proto)
{
	switch (proto) {
	case IPPROTO_TCP: return "tcp";
	case IPPROTO_UDP: return "udp";
	case IPPROTO_UDPLITE: return "udplite";
	}
	return "raw";
}

/* Read /proc/net/<proto>{,6}; a missing IPv4 table of a protocol named
 * on the command line is reported as net-tools does (IPv6: silently). */
static void inet_proc(struct inet_rows *r, int family, int proto)
{
	if (procnet_inet_read(family, proto, inet_add, r) == 0)
		return;
	if (errno != ENOENT && errno != EACCES)
		die_errno("/proc/net/%s%s", inet_name(proto),
			  family == AF_INET6 ? "6" : "");
	/* net-tools gives up there, after what it printed, when the
	 * protocol was asked for by name */
	if (family == AF_INET && r->o->explicit_proto) {
		msg_plain("netstat: no support for `AF INET (%s)' on this "
			  "system.", inet_name(proto));
		xexit(1);
	}
}

/* One protocol and family from sock_diag, or from /proc/net where the
 * kernel has no sock_diag module for it (raw_diag is often not built).
 * An interrupted dump is asked again, three times at most. */
static void inet_collect(struct diag *g, struct inet_rows *r, int family,
			 int proto)
{
	size_t mark = r->n;
	int tries;

	if (!g) {
		inet_proc(r, family, proto);
		return;
	}
	for (tries = 0; tries < DIAG_TRIES; tries++) {
		r->n = mark;
		r->printed = 0;
		if (diag_inet_dump(g, family, proto, inet_add, r) == 0)
			return;
		/* rows printed as they came cannot be taken back: keep them,
		 * as a reader of /proc/net would (inet_diag does not mark its
		 * dumps interrupted today; rtnetlink's do) */
		if (errno == EINTR && r->printed)
			return;
		if (errno == EINTR)
			continue;
		if (errno == ENOENT || errno == EPROTONOSUPPORT ||
		    errno == EOPNOTSUPP) {
			r->n = mark;
			inet_proc(r, family, proto);
			return;
		}
		die_errno("sock_diag");
	}
	die("sock_diag: the dump kept being interrupted");
}

static struct urow *urow_new(struct unix_rows *r)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 256;
		r->v = xrealloc(r->v, r->cap * sizeof(*r->v));
	}
	memset(&r->v[r->n], 0, sizeof(r->v[0]));
	return &r->v[r->n++];
}

/* The name as /proc/net/unix prints it: a path without its trailing
 * NUL, an abstract name with '@' for its leading NUL and any other. */
static void unix_name_text(const struct diag_unix *u, char *buf, size_t len)
{
	unsigned n = u->namelen, i;
	size_t o = 0;

	if (n && u->name[0])
		n--;
	for (i = 0; i < n && o + 1 < len; i++)
		buf[o++] = u->name[i] ? u->name[i] : '@';
	buf[o] = '\0';
}

static int unix_add(const struct diag_unix *u, void *arg)
{
	struct unix_rows *r = arg;
	struct urow *w = urow_new(r);
	unsigned i;

	w->inode = u->inode;
	w->peer = u->peer;
	w->has_peer = u->has_peer;
	w->type = u->type;
	w->refcnt = 2;	/* its own, and the hash table's */
	w->accepting = u->state == TCP_LISTEN_STATE;
	w->st = u->state == 1 ? SS_CONNECTED : SS_UNCONNECTED;
	unix_name_text(u, w->path, sizeof(w->path));
	for (i = 0; i < u->nicons; i++) {
		if (r->nic == r->iccap) {
			r->iccap = r->iccap ? r->iccap * 2 : 64;
			r->ic = xrealloc(r->ic, r->iccap * sizeof(*r->ic));
		}
		r->ic[r->nic].listener = r->n - 1;
		r->ic[r->nic++].client = u->icons[i];
	}
	return 0;
}

struct by_inode {
	uint32_t inode;
	size_t row;
};

static int by_inode_cmp(const void *a, const void *b)
{
	const struct by_inode *x = a, *y = b;

	return x->inode < y->inode ? -1 : x->inode > y->inode;
}

static struct urow *unix_find(struct unix_rows *r, struct by_inode *idx,
			      uint32_t inode)
{
	struct by_inode key = { inode, 0 }, *hit;

	if (!inode)
		return NULL;
	hit = bsearch(&key, idx, r->n, sizeof(*idx), by_inode_cmp);
	return hit ? &r->v[hit->row] : NULL;
}

/* The kernel's reference counts, which /proc/net/unix prints and
 * unix_diag does not: each socket holds one on its peer. A stream
 * socket whose peer is not listed (another namespace) is still held by
 * it. */
static void unix_refcounts(struct unix_rows *r, struct by_inode *idx)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		struct urow *w = &r->v[i], *p = unix_find(r, idx, w->peer);

		if (p)
			p->refcnt++;
		else if (w->peer && w->type != SOCK_DGRAM)
			w->refcnt++;
	}
}

/* Connections not accepted yet: the kernel's half of each (an "embryo"
 * with no inode, holding its client) sits in the listener's queue with
 * the listener's name; /proc/net/unix lists it CONNECTING. */
static void unix_embryos(struct unix_rows *r)
{
	struct unix_rows out = { 0 };
	size_t i, k = 0;

	if (!r->nic)
		return;
	for (i = 0; i < r->n; i++) {
		*urow_new(&out) = r->v[i];
		for (; k < r->nic && r->ic[k].listener == i; k++) {
			struct urow *e = urow_new(&out);

			e->type = r->v[i].type;
			e->st = SS_CONNECTING;
			e->refcnt = r->ic[k].client ? 3 : 2;
			memcpy(e->path, r->v[i].path, sizeof(e->path));
		}
	}
	free(r->v);
	r->v = out.v;
	r->n = out.n;
	r->cap = out.cap;
}

static int unix_proc_add(const struct procnet_unix *u, void *arg)
{
	struct urow *w = urow_new(arg);

	w->inode = (uint32_t)u->inode;
	w->refcnt = u->refcnt;
	w->type = u->type;
	w->st = u->st;
	w->accepting = u->flags & (1u << 16);	/* __SO_ACCEPTCON */
	snprintf(w->path, sizeof(w->path), "%s", u->path);
	return 0;
}

static void unix_proc(const struct netstat_opts *o, struct unix_rows *r)
{
	if (procnet_unix_read(unix_proc_add, r) == 0)
		return;
	if (errno != ENOENT && errno != EACCES)
		die_errno("/proc/net/unix");
	if (o->explicit_unix) {
		msg_plain("netstat: no support for `AF UNIX' on this system.");
		xexit(1);
	}
}

static void unix_collect(const struct netstat_opts *o, struct diag *g,
			 struct unix_rows *r)
{
	struct by_inode *idx;
	size_t i;
	int tries;

	if (!g) {
		unix_proc(o, r);
		return;
	}
	for (tries = 0; tries < DIAG_TRIES; tries++) {
		r->n = r->nic = 0;
		if (diag_unix_dump(g, unix_add, r) == 0)
			break;
		if (errno == EINTR)
			continue;
		if (errno == ENOENT || errno == EPROTONOSUPPORT ||
		    errno == EOPNOTSUPP) {
			r->n = r->nic = 0;
			unix_proc(o, r);
			return;
		}
		die_errno("sock_diag");
	}
	if (tries == DIAG_TRIES)
		die("sock_diag: the dump kept being interrupted");
	idx = xmalloc((r->n + 1) * sizeof(*idx));
	for (i = 0; i < r->n; i++) {
		idx[i].inode = r->v[i].inode;
		idx[i].row = i;
	}
	qsort(idx, r->n, sizeof(*idx), by_inode_cmp);
	unix_refcounts(r, idx);
	for (i = 0; i < r->nic; i++) {
		struct urow *c = unix_find(r, idx, r->ic[i].client);

		if (c)
			c->refcnt++;	/* the embryo's hold on its client */
	}
	free(idx);
	unix_embryos(r);
}

/* ---- printing ---- */

static char *put_unum(char *p, unsigned long long v);

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
	if (!o->num_hosts && is_zero(a, s->family)) {
		snprintf(buf, len, s->family == AF_INET6 ? "[::]" : "0.0.0.0");
		return;
	}
	if (o->num_hosts && s->family == AF_INET && len >= 16) {
		/* glibc's inet_ntop goes through sprintf: not for 100k rows */
		char *p = buf;
		int i;

		for (i = 0; i < 4; i++) {
			p = put_unum(p, a[i]);
			*p++ = i < 3 ? '.' : '\0';
		}
		return;
	}
	if (o->num_hosts || getnameinfo((struct sockaddr *)&ss, sl, buf,
					(socklen_t)len, NULL, 0, NI_NAMEREQD))
		net_ntop((struct sockaddr *)&ss, buf, len);
}

/* ---- formatting without printf: a listing can be 100k rows ---- */

/* v in decimal at p; returns the end (no NUL). */
static char *put_unum(char *p, unsigned long long v)
{
	char tmp[24];
	int n = 0;

	do
		tmp[n++] = (char)('0' + v % 10);
	while ((v /= 10));
	while (n)
		*p++ = tmp[--n];
	return p;
}

/* printf's %-*s: s, then blanks up to width (never cut). */
static char *put_left(char *p, const char *s, int width)
{
	size_t n = strlen(s);

	memcpy(p, s, n);
	p += n;
	for (; (int)n < width; n++)
		*p++ = ' ';
	return p;
}

/* printf's %*u: v right-aligned in width. */
static char *put_right(char *p, unsigned long long v, int width)
{
	char tmp[24];
	int n = (int)(put_unum(tmp, v) - tmp);

	for (; n < width; width--)
		*p++ = ' ';
	memcpy(p, tmp, (size_t)n);
	return p + n;
}

/* The names of IP protocols a raw socket may carry, for a system without
 * /etc/protocols (netbase's names). */
static const struct {
	unsigned num;
	const char *name;
} ip_protocols[] = {
	{ 1, "icmp" }, { 2, "igmp" }, { 4, "ipencap" }, { 6, "tcp" },
	{ 17, "udp" }, { 41, "ipv6" }, { 47, "gre" }, { 50, "esp" },
	{ 51, "ah" }, { 58, "ipv6-icmp" }, { 89, "ospf" }, { 103, "pim" },
	{ 112, "vrrp" }, { 132, "sctp" }, { 136, "udplite" },
};

static const char *proto_name(unsigned num)
{
	struct protoent *pe = getprotobynumber((int)num);
	size_t i;

	if (pe)
		return pe->p_name;
	for (i = 0; i < sizeof(ip_protocols) / sizeof(ip_protocols[0]); i++)
		if (ip_protocols[i].num == num)
			return ip_protocols[i].name;
	return NULL;
}

/* A port's service name: TCP's, UDP's for UDP and UDP-Lite; a raw
 * socket's "port" is its IP protocol, named from /etc/protocols. */
static void port_text(const struct netstat_opts *o, const struct diag_sock *s,
		      unsigned port, char *buf, size_t len)
{
	const char *name = NULL;
	struct servent *se;
	bool udp = s->protocol != IPPROTO_TCP;

	if (!port) {
		if (len > 1)
			strcpy(buf, "*");
		return;
	}
	if (!o->num_ports && s->protocol == IPPROTO_RAW) {
		name = proto_name(port);
	} else if (!o->num_ports) {
		se = getservbyport(htons((uint16_t)port), udp ? "udp" : "tcp");
		name = se ? se->s_name :
			    services_name((int)port, udp ? SERV_UDP : SERV_TCP);
	}
	if (name)
		snprintf(buf, len, "%s", name);
	else if (len > 5)
		put_unum(buf, port)[0] = '\0';
}

/* "addr:port", the address cut so the whole fits 23 columns (-W: not). */
static void endpoint(const struct netstat_opts *o, const struct diag_sock *s,
		     bool local, char *buf, size_t len)
{
	char host[NI_MAXHOST], port[64];
	size_t hl, pl;

	host_text(o, s, local ? s->src : s->dst, host, sizeof(host));
	port_text(o, s, local ? s->sport : s->dport, port, sizeof(port));
	hl = strlen(host);
	pl = strlen(port);
	if (!o->wide && hl + pl > 22)
		hl = pl < 22 ? 22 - pl : 0;
	if (hl + pl + 2 > len)
		hl = pl = 0;
	/* 100k rows a listing: no printf on this path */
	memcpy(buf, host, hl);
	buf[hl] = ':';
	memcpy(buf + hl + 1, port, pl);
	buf[hl + 1 + pl] = '\0';
}

/* ---- --json: one object per row ---- */

struct jobj {
	bool more;	/* a member was written: the next needs a comma */
};

/* The next row's opening brace, after a comma but for the first. */
static struct jobj json_row(struct sink *k)
{
	struct jobj j = { false };

	out_str(k->rows++ ? ",\n{" : "\n{");
	return j;
}

static void json_key(struct jobj *j, const char *key)
{
	if (j->more)
		out_char(',');
	j->more = true;
	out_json_str(key);
	out_char(':');
}

static void json_str(struct jobj *j, const char *key, const char *v)
{
	json_key(j, key);
	if (v)
		out_json_str(v);
	else
		out_str("null");
}

static void json_num(struct jobj *j, const char *key, unsigned long long v)
{
	json_key(j, key);
	out_fmt("%llu", v);
}

static void json_end(struct jobj *j)
{
	(void)j;
	out_char('}');
}

/* -p in JSON: the pid and the whole name, or nothing known. */
static void json_prog(struct sink *k, struct jobj *j, uint64_t inode)
{
	const char *name = NULL;
	pid_t pid = k->map && inode ? procfd_lookup(k->map, inode, &name) : 0;

	if (!k->o->programs)
		return;
	json_key(j, "pid");
	if (pid)
		out_fmt("%d", (int)pid);
	else
		out_str("null");
	json_str(j, "program_name", pid ? name : NULL);
}

static void user_cell(const struct netstat_opts *o, uint32_t uid)
{
	struct user pw;

	if (!o->num_users && user_by_uid(uid, &pw))
		out_fmt(" %-10s", pw.name);
	else
		out_fmt(" %-10u", uid);
}

/* "pid/name" as net-tools keeps it (19 characters at most), or "-". */
static void prog_text(const struct procfd *map, uint64_t inode, char *cell,
		      size_t len)
{
	const char *name;
	pid_t pid = map && inode ? procfd_lookup(map, inode, &name) : 0;

	if (pid)
		snprintf(cell, len, "%d/%s", (int)pid, name);
	else
		snprintf(cell, len, "-");
	if (len > PROG_WIDTH - 1)
		cell[PROG_WIDTH - 1] = '\0';
}

/* -o: the timer as net-tools words it, "on (2.50/0/0)": time left in
 * seconds, retransmissions, unanswered probes. */
static void timer_cell(const struct diag_sock *s)
{
	unsigned cs = s->timer_ms / 10;

	switch (s->timer) {
	case 0:
		out_fmt(" off (0.00/%u/%u)", s->retrans, s->probes);
		return;
	case 1:
	case 4:
		out_str(" on");
		break;
	case 2:
		out_str(" keepalive");
		break;
	case 3:
		out_str(" timewait");
		break;
	default:
		out_fmt(" unkn-%u", s->timer);
	}
	out_fmt(" (%u.%02u/%u/%u)", cs / 100, cs % 100, s->retrans, s->probes);
}

static const char *inet_label(const struct diag_sock *s)
{
	bool v6 = s->family == AF_INET6;

	switch (s->protocol) {
	case IPPROTO_TCP: return v6 ? "tcp6" : "tcp";
	case IPPROTO_UDP: return v6 ? "udp6" : "udp";
	case IPPROTO_UDPLITE: return v6 ? "udpl6" : "udpl";
	}
	return v6 ? "raw6" : "raw";
}

static void inet_state(const struct diag_sock *s, char *buf, size_t len)
{
	const char *name;

	if (s->protocol == IPPROTO_RAW) {
		snprintf(buf, len, "%u", s->state);	/* as net-tools */
		return;
	}
	if (s->protocol == IPPROTO_TCP)
		name = s->state < 12 ? tcp_states[s->state] : "";
	else
		name = s->state == 1 ? "ESTABLISHED" :
		       s->state == 7 ? "" : "UNKNOWN";
	/* every row: no printf */
	if (strlen(name) < len)
		strcpy(buf, name);
	else if (len)
		buf[0] = '\0';
}

static const char *const timer_names[] = {
	"off", "on", "keepalive", "timewait", "on",
};

/* A socket as JSON: numeric addresses, whole; ports as numbers (a raw
 * socket's local_port is its IP protocol); the timer's parts. */
static void inet_json(struct sink *k, const struct diag_sock *s,
		      const char *state)
{
	const struct netstat_opts *o = k->o;
	struct jobj j = json_row(k);
	char addr[INET6_ADDRSTRLEN];
	int af = s->family == AF_INET6 ? AF_INET6 : AF_INET;
	struct user pwent, *pw = !o->num_users &&
		user_by_uid(s->uid, &pwent) ? &pwent : NULL;
	bool listen = s->protocol == IPPROTO_TCP &&
		      s->state == TCP_LISTEN_STATE;

	json_str(&j, "proto", inet_label(s));
	json_num(&j, "recv_q", s->rqueue);
	json_num(&j, "send_q", listen ? 0 : s->wqueue);
	json_str(&j, "local_address", inet_ntop(af, s->src, addr,
						 sizeof(addr)));
	json_num(&j, "local_port", s->sport);
	json_str(&j, "foreign_address", inet_ntop(af, s->dst, addr,
						   sizeof(addr)));
	json_num(&j, "foreign_port", s->dport);
	json_str(&j, "state", state);
	json_num(&j, "uid", s->uid);
	if (pw)
		json_str(&j, "user", pw->name);
	json_num(&j, "inode", s->inode);
	json_str(&j, "timer", s->timer < 5 ? timer_names[s->timer] :
		 "unknown");
	json_key(&j, "timer_left");
	out_fmt("%u.%02u", s->timer ? s->timer_ms / 1000 : 0,
		s->timer ? s->timer_ms / 10 % 100 : 0);
	json_num(&j, "retransmits", s->retrans);
	json_num(&j, "probes", s->probes);
	json_prog(k, &j, s->inode);
	json_end(&j);
}

static void inet_print(struct sink *k, const struct diag_sock *s)
{
	const struct netstat_opts *o = k->o;
	char local[NI_MAXHOST + 64], remote[NI_MAXHOST + 64], state[16];
	bool listen = s->protocol == IPPROTO_TCP &&
		      s->state == TCP_LISTEN_STATE;

	inet_state(s, state, sizeof(state));
	if (o->json) {
		inet_json(k, s, state);
		return;
	}
	endpoint(o, s, true, local, sizeof(local));
	endpoint(o, s, false, remote, sizeof(remote));
	{
		/* "%-5s %6u %6u %-23s %-23s %-11s", without printf */
		char line[sizeof(local) + sizeof(remote) + 64], *p = line;

		p = put_left(p, inet_label(s), 5);
		*p++ = ' ';
		p = put_right(p, s->rqueue, 6);
		*p++ = ' ';
		p = put_right(p, listen ? 0 : s->wqueue, 6);
		*p++ = ' ';
		p = put_left(p, local, ADDR_WIDTH);
		*p++ = ' ';
		p = put_left(p, remote, ADDR_WIDTH);
		*p++ = ' ';
		p = put_left(p, state, 11);
		out_mem(line, (size_t)(p - line));
	}
	if (o->extend) {
		user_cell(o, s->uid);
		out_fmt(" %-10llu", (unsigned long long)s->inode);
	}
	if (o->programs) {
		char cell[64];

		prog_text(k->map, s->inode, cell, sizeof(cell));
		out_fmt(" %-*s", PROG_WIDTH, cell);
	}
	if (o->timers)
		timer_cell(s);
	out_char('\n');
}

static const char *listing_kind(const struct netstat_opts *o)
{
	return o->all ? "(servers and established)" :
	       o->listening ? "(only servers)" : "(w/o servers)";
}

static void inet_header(const struct netstat_opts *o)
{
	out_fmt("Active Internet connections %s\n", listing_kind(o));
	out_fmt("Proto Recv-Q Send-Q %-*s %-*s State      ", ADDR_WIDTH,
		"Local Address", ADDR_WIDTH, "Foreign Address");
	if (o->extend)
		out_str(" User       Inode     ");
	if (o->programs)
		out_fmt(" %-*s", PROG_WIDTH, "PID/Program name");
	if (o->timers)
		out_str(" Timer");
	out_char('\n');
}

static const char *unix_type(unsigned type)
{
	switch (type) {
	case SOCK_STREAM: return "STREAM";
	case SOCK_DGRAM: return "DGRAM";
	case SOCK_RAW: return "RAW";
	case SOCK_RDM: return "RDM";
	case SOCK_SEQPACKET: return "SEQPACKET";
	}
	return "UNKNOWN";
}

static const char *unix_state(const struct urow *u)
{
	switch (u->st) {
	case SS_FREE: return "FREE";
	case SS_UNCONNECTED: return u->accepting ? "LISTENING" : "";
	case SS_CONNECTING: return "CONNECTING";
	case SS_CONNECTED: return "CONNECTED";
	case SS_DISCONNECTING: return "DISCONNECTING";
	}
	return "UNKNOWN";
}

/* A unix socket as JSON: the whole path. */
static void unix_json(struct sink *k, const struct urow *u)
{
	struct jobj j = json_row(k);

	json_str(&j, "proto", "unix");
	json_num(&j, "refcnt", u->refcnt);
	json_str(&j, "flags", u->accepting ? "ACC" : "");
	json_str(&j, "type", unix_type(u->type));
	json_str(&j, "state", unix_state(u));
	json_num(&j, "inode", u->inode);
	json_str(&j, "path", u->path);
	json_prog(k, &j, u->inode);
	json_end(&j);
}

static void unix_print(struct sink *k, const struct urow *u)
{
	/* net-tools reads the path with scanf's %s: up to a blank */
	int plen = (int)strcspn(u->path, " \t\n\v\f\r");

	if (k->o->json) {
		unix_json(k, u);
		return;
	}
	out_fmt("unix  %-6u %-11s %-10s %-13s %-8u ", u->refcnt,
		u->accepting ? "[ ACC ]" : "[ ]", unix_type(u->type),
		unix_state(u), u->inode);
	if (k->o->programs) {
		char cell[64];

		prog_text(k->map, u->inode, cell, sizeof(cell));
		out_fmt("%-*s ", PROG_WIDTH, cell);
	}
	out_fmt("%.*s\n", plen, u->path);
}

static void unix_header(const struct netstat_opts *o)
{
	out_fmt("Active UNIX domain sockets %s\n", listing_kind(o));
	out_str("Proto RefCnt Flags       Type       State         I-Node  ");
	if (o->programs)
		out_fmt(" %-*s", PROG_WIDTH, "PID/Program name");
	out_str(" Path\n");
}

static void inet_show(struct sink *k, struct diag *g)
{
	const struct netstat_opts *o = k->o;
	const struct {
		int proto;
		bool on;
	} protos[] = {
		{ IPPROTO_TCP, o->tcp }, { IPPROTO_UDP, o->udp },
		{ IPPROTO_UDPLITE, o->udplite }, { IPPROTO_RAW, o->raw },
	};
	struct inet_rows r = { .o = o, .k = k };
	size_t i, p;

	if (!o->json)
		inet_header(o);
	for (p = 0; p < sizeof(protos) / sizeof(protos[0]); p++) {
		if (!protos[p].on)
			continue;
		r.n = 0;
		if (o->inet4)
			inet_collect(g, &r, AF_INET, protos[p].proto);
		if (o->inet6)
			inet_collect(g, &r, AF_INET6, protos[p].proto);
		for (i = 0; i < r.n; i++)
			inet_print(k, &r.v[i]);
	}
	free(r.v);
}

static void unix_show(struct sink *k, struct diag *g)
{
	const struct netstat_opts *o = k->o;
	struct unix_rows r = { 0 };
	size_t i;

	if (!o->json)
		unix_header(o);
	unix_collect(o, g, &r);
	for (i = 0; i < r.n; i++) {
		bool server = r.v[i].st == SS_UNCONNECTED &&
			      r.v[i].accepting;

		if (wanted(o, server))
			unix_print(k, &r.v[i]);
	}
	free(r.v);
	free(r.ic);
}

/* ---- -r: the routing table, from rtnetlink ---- */

struct links {
	struct rtnl_link *v;
	size_t n, cap;
};

struct routes {
	struct rtnl_route *v;
	size_t n, cap;
};

static int link_add(const struct rtnl_link *l, void *arg)
{
	struct links *k = arg;

	if (k->n == k->cap) {
		k->cap = k->cap ? k->cap * 2 : 16;
		k->v = xrealloc(k->v, k->cap * sizeof(*k->v));
	}
	k->v[k->n++] = *l;
	return 0;
}

/* /proc/net/route's lines: the main table, without broadcast and
 * multicast routes (and local ones, which live in the local table). */
static int route_add(const struct rtnl_route *r, void *arg)
{
	struct routes *t = arg;

	if (r->family != AF_INET || r->table != RT_TABLE_MAIN ||
	    r->type == RTN_BROADCAST || r->type == RTN_MULTICAST ||
	    r->type == RTN_LOCAL)
		return 0;
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->v = xrealloc(t->v, t->cap * sizeof(*t->v));
	}
	t->v[t->n++] = *r;
	return 0;
}

/* A dump, asked again while the kernel says it was interrupted. */
static void rtnl_collect(struct nl *n, int what, size_t *count, void *arg)
{
	int tries, r;

	for (tries = 0; tries < DIAG_TRIES; tries++) {
		*count = 0;
		r = what == RTM_GETLINK ? rtnl_link_dump(n, link_add, arg) :
					  rtnl_route_dump(n, AF_INET, route_add,
							  arg);
		if (r == 0)
			return;
		if (errno != EINTR)
			die_errno("rtnetlink");
	}
	die("rtnetlink: the dump kept being interrupted");
}

static const char *link_name(const struct links *k, uint32_t index)
{
	size_t i;

	for (i = 0; index && i < k->n; i++)
		if ((uint32_t)k->v[i].index == index)
			return k->v[i].name;
	return NULL;
}

/* s into buf, cut to fit. */
static void copy_cut(char *buf, size_t len, const char *s)
{
	size_t n = strnlen(s, len - 1);

	memcpy(buf, s, n);
	buf[n] = '\0';
}

/* An IPv4 address of a route as net-tools names it: numeric with -n;
 * 0.0.0.0/0 is "default"; else a host name (a host route, a gateway, host
 * bits set) or a network name from /etc/networks, or the number. Cut to
 * 15 characters, as net-tools does. */
static void route_host(const struct netstat_opts *o, const uint8_t *a,
		       uint32_t mask, bool host, char *buf, size_t len)
{
	struct sockaddr_in sin = { .sin_family = AF_INET };
	uint32_t ad;
	struct netent *ne;

	memcpy(&sin.sin_addr, a, 4);
	memcpy(&ad, a, 4);
	inet_ntop(AF_INET, a, buf, (socklen_t)len);
	if (o->num_hosts)
		goto cut;
	if (!ad) {
		if (!mask)
			snprintf(buf, len, "default");
		goto cut;
	}
	if ((ad & ~mask) || host) {
		char name[NI_MAXHOST];

		if (!getnameinfo((struct sockaddr *)&sin, sizeof(sin), name,
				 sizeof(name), NULL, 0, NI_NAMEREQD))
			copy_cut(buf, len, name);
	} else {
		ne = getnetbyaddr(ntohl(ad), AF_INET);
		if (ne)
			copy_cut(buf, len, ne->n_name);
	}
cut:
	if (len > 15)
		buf[15] = '\0';
}

/* net-tools' layout number: 1 plain, 2 with -e, 3 with -ee; with -eee
 * it prints no columns and no rows (its count goes round oddly after
 * that: tcpbox stays there). */
static int route_ext(const struct netstat_opts *o)
{
	return o->extend >= 3 ? 0 : 1 + o->extend;
}

/* A route as JSON: addresses numeric, no device null. */
static void route_json(struct sink *k, const struct rtnl_route *r,
		       const char *flags, const char *mask, const char *dev)
{
	struct jobj j = json_row(k);
	char addr[INET_ADDRSTRLEN];

	json_str(&j, "destination", inet_ntop(AF_INET, r->dst, addr,
					       sizeof(addr)));
	json_str(&j, "gateway", inet_ntop(AF_INET, r->gateway, addr,
					   sizeof(addr)));
	json_str(&j, "genmask", mask);
	json_str(&j, "flags", flags);
	json_num(&j, "metric", r->priority);
	json_num(&j, "ref", 0);
	json_num(&j, "use", 0);
	json_str(&j, "iface", dev);
	json_num(&j, "mss", r->advmss ? r->advmss + 40 : 0);
	json_num(&j, "window", r->window);
	json_num(&j, "irtt", r->rtt >> 3);
	json_end(&j);
}

static void route_print(struct sink *sk, const struct links *k,
			const struct rtnl_route *r)
{
	const struct netstat_opts *o = sk->o;
	char dst[64], gw[64], mask[16], flags[8] = "U";
	uint32_t m = r->dst_len ? htonl(~0u << (32 - r->dst_len)) : 0;
	bool reject = r->type == RTN_UNREACHABLE || r->type == RTN_PROHIBIT;
	const char *dev = link_name(k, r->oif);
	int ext = route_ext(o);

	route_host(o, r->dst, m, r->dst_len == 32, dst, sizeof(dst));
	route_host(o, r->gateway, htonl(0xffffff00), true, gw, sizeof(gw));
	inet_ntop(AF_INET, &m, mask, sizeof(mask));
	if (r->gateway_family == AF_INET)
		strcat(flags, "G");
	if (reject)
		strcpy(flags, "!");
	if (r->dst_len == 32)
		strcat(flags, "H");
	if (o->json) {
		route_json(sk, r, flags, mask, dev);
		return;
	}
	if (!dev)
		dev = "*";
	if (reject) {
		if (ext == 1)
			out_fmt("%-15s -               %-15s %-5s     - -"
				"          - -\n", dst, mask, flags);
		else if (ext)
			out_fmt("%-15s -               %-15s %-5s %-6u -  %7d -"
				"%s\n", dst, mask, flags, r->priority, 0,
				ext == 3 ? "        -     -      -" : "");
		return;
	}
	if (ext == 1)
		out_fmt("%-15s %-15s %-15s %-5s %5u %-5u %6u %s\n", dst, gw,
			mask, flags, r->advmss ? r->advmss + 40 : 0, r->window,
			r->rtt >> 3, dev);
	else if (ext == 2)
		out_fmt("%-15s %-15s %-15s %-5s %-6u %-2d %7d %s\n", dst, gw,
			mask, flags, r->priority, 0, 0, dev);
	else if (ext == 3)
		out_fmt("%-15s %-15s %-15s %-5s %-6u %-3d %6d %-6.6s   %-5u "
			"%-6u %u\n", dst, gw, mask, flags, r->priority, 0, 0,
			dev, r->advmss ? r->advmss + 40 : 0, r->window,
			r->rtt >> 3);
}

static const char *const route_columns[] = {
	NULL,
	"Flags   MSS Window  irtt Iface",
	"Flags Metric Ref    Use Iface",
	"Flags Metric Ref    Use Iface    MSS   Window irtt",
};

/* -C: the kernel has had no IPv4 routing cache since Linux 3.6, and its
 * /proc/net/rt_cache is a heading alone: so is net-tools' table. */
static void route_cache_show(const struct netstat_opts *o)
{
	int ext = route_ext(o);

	out_str("Kernel IP routing cache\n");
	if (ext == 3)
		out_str("Source          Destination     Gateway         "
			"Flags Metric Ref    Use Iface    MSS   Window irtt  "
			"TOS HHRef HHUptod     SpecDst\n");
	else if (ext)
		out_fmt("Source          Destination     Gateway         %s\n",
			route_columns[ext]);
}

/* ---- -r -6: the IPv6 routing table, from /proc/net/ipv6_route ---- */

/* The RTF_ flags of linux/ipv6_route.h and linux/route.h, with net-tools'
 * letters, in its order. */
static const struct {
	uint32_t flag;
	char c;
} route6_letters[] = {
	{ 0x0001, 'U' }, { 0x0200, '!' }, { 0x0002, 'G' }, { 0x0004, 'H' },
	{ 0x10000, 'D' }, { 0x40000, 'A' }, { 0x1000000, 'C' },
	{ 0x20000, 'a' }, { 0x400000, 'e' }, { 0x0020, 'm' },
	{ 0x200000, 'n' }, { 0x2000000, 'f' },
};

enum { RTF6_CACHE = 0x1000000 };

struct route6_ctx {
	struct sink *sk;
	bool cache;		/* list cached routes only, or none of them */
};

/* An IPv6 address as net-tools prints it: numeric with -n; else "[::]"
 * for the unspecified one, or its name (/etc/hosts, DNS), or numeric. */
static void route6_host(const struct netstat_opts *o, const uint8_t *a,
			char *buf, size_t len)
{
	static const uint8_t zero[16];
	struct sockaddr_in6 sin6 = { .sin6_family = AF_INET6 };
	char name[NI_MAXHOST];

	inet_ntop(AF_INET6, a, buf, (socklen_t)len);
	if (o->num_hosts)
		return;
	if (!memcmp(a, zero, 16)) {
		snprintf(buf, len, "[::]");
		return;
	}
	memcpy(&sin6.sin6_addr, a, 16);
	if (!getnameinfo((struct sockaddr *)&sin6, sizeof(sin6), name,
			 sizeof(name), NULL, 0, NI_NAMEREQD))
		copy_cut(buf, len, name);
}

static int route6_print(const struct procnet_route6 *r, void *arg)
{
	struct route6_ctx *c = arg;
	const struct netstat_opts *o = c->sk->o;
	char dst[NI_MAXHOST + 8], host[NI_MAXHOST], gw[NI_MAXHOST], flags[16];
	size_t i, n = 0;

	if (!(r->flags & RTF6_CACHE) != !c->cache)
		return 0;
	for (i = 0; i < sizeof(route6_letters) / sizeof(route6_letters[0]);
	     i++)
		if (r->flags & route6_letters[i].flag)
			flags[n++] = route6_letters[i].c;
	flags[n] = '\0';
	if (o->json) {
		struct jobj j = json_row(c->sk);

		inet_ntop(AF_INET6, r->dst, host, sizeof(host));
		json_str(&j, "destination", host);
		json_num(&j, "prefix_len", r->dst_len);
		inet_ntop(AF_INET6, r->gateway, gw, sizeof(gw));
		json_str(&j, "next_hop", gw);
		json_str(&j, "flags", flags);
		json_num(&j, "metric", r->metric);
		json_num(&j, "ref", r->refcnt);
		json_num(&j, "use", r->use);
		json_str(&j, "iface", r->dev);
		json_end(&j);
		return 0;
	}
	route6_host(o, r->dst, host, sizeof(host));
	snprintf(dst, sizeof(dst), "%s/%u", host, r->dst_len);
	route6_host(o, r->gateway, gw, sizeof(gw));
	out_fmt("%-30s %-26s %-4s %-3d %-1d %6d %s\n", dst, gw, flags,
		(int)r->metric, (int)r->refcnt, (int)r->use, r->dev);
	return 0;
}

/* -C: the cached routes (net-tools looks for /proc/net/ndisc first, which
 * Linux has not had for decades). */
static int route6_show(struct sink *sk)
{
	const struct netstat_opts *o = sk->o;
	struct route6_ctx c = { sk, false };
	int pass;

	for (pass = 0; pass < 2; pass++) {
		c.cache = pass == 1;
		if ((c.cache && !o->cache) || (!c.cache && !o->fib))
			continue;
		if (!o->json)
			out_fmt("Kernel IPv6 routing %s\n"
				"Destination                    Next Hop     "
				"              Flag Met Ref  Use If\n",
				c.cache ? "cache" : "table");
		if (procnet_route6_read(route6_print, &c) < 0) {
			warn_errno("/proc/net/ipv6_route");
			if (!o->json)
				out_str("INET6 (IPv6) not configured in this "
					"system.\n");
			return 1;
		}
	}
	return 0;
}

static int route4_show(struct sink *sk)
{
	const struct netstat_opts *o = sk->o;
	struct links k = { 0 };
	struct routes t = { 0 };
	struct nl *n;
	size_t i;

	n = rtnl_open();
	if (!n)
		die_errno("rtnetlink");
	rtnl_collect(n, RTM_GETLINK, &k.n, &k);
	rtnl_collect(n, RTM_GETROUTE, &t.n, &t);
	nl_close(n);
	if (o->fib && o->json) {
		for (i = 0; i < t.n; i++)
			route_print(sk, &k, &t.v[i]);
	} else if (o->fib) {
		out_str("Kernel IP routing table\n");
		if (route_ext(o))
			out_fmt("Destination     Gateway         Genmask         "
				"%s\n", route_columns[route_ext(o)]);
		for (i = 0; i < t.n; i++)
			route_print(sk, &k, &t.v[i]);
	}
	if (o->cache && !o->json)
		route_cache_show(o);
	free(k.v);
	free(t.v);
	return 0;
}

/* ---- -i: the interface table ---- */

/* A line of the table: a device, or an IPv4 alias label of one, which
 * has its device's flags, MTU and hardware but no counters. */
struct iface {
	char name[IFNAMSIZ];
	const struct rtnl_link *dev;
	bool alias;
};

struct ifaces {
	struct iface *v;
	size_t n, cap;
};

/* An interface name as net-tools orders it: the name without its
 * trailing digits, their number, and an alias number (":3"), -1 if none. */
struct ifname_key {
	size_t prefix;
	unsigned long num;
	long alias;
};

static unsigned long digits_value(const char *s, size_t n)
{
	unsigned long v = 0;

	while (n--)
		v = v * 10 + (unsigned long)(*s++ - '0');
	return v;
}

static void ifname_split(const char *s, struct ifname_key *k)
{
	size_t len = strlen(s), i = len;

	k->alias = -1;
	while (i > 0 && isdigit((unsigned char)s[i - 1]))
		i--;
	if (i < len && i > 0 && s[i - 1] == ':') {
		k->alias = (long)digits_value(s + i, len - i);
		len = i - 1;
	}
	i = len;
	while (i > 0 && isdigit((unsigned char)s[i - 1]))
		i--;
	k->prefix = i;
	k->num = digits_value(s + i, len - i);
}

/* net-tools' order of interface names (its nstrcmp): by the part before
 * the trailing digits, a shorter one first where one starts the other,
 * then by the digits' number, then by the alias number: eth2 < eth10,
 * eth0 < eth0:1 < eth0:10; names still equal (eth01, eth1) as strings. */
static int name_cmp(const char *a, const char *b)
{
	struct ifname_key ka, kb;
	int r;

	ifname_split(a, &ka);
	ifname_split(b, &kb);
	r = strncmp(a, b, ka.prefix < kb.prefix ? ka.prefix : kb.prefix);
	if (r)
		return r;
	if (ka.prefix != kb.prefix)
		return ka.prefix > kb.prefix ? 1 : -1;
	if (ka.num != kb.num)
		return ka.num > kb.num ? 1 : -1;
	if (ka.alias != kb.alias)
		return ka.alias > kb.alias ? 1 : -1;
	return strcmp(a, b);
}

/* Insert as net-tools does: after the last entry that sorts before it,
 * searching from the end; a name already there is kept once. */
static struct iface *iface_add(struct ifaces *t, const char *name)
{
	size_t i = t->n;
	int c;

	while (i > 0 && (c = name_cmp(t->v[i - 1].name, name)) >= 0) {
		if (c == 0)
			return NULL;
		i--;
	}
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 16;
		t->v = xrealloc(t->v, t->cap * sizeof(*t->v));
	}
	memmove(&t->v[i + 1], &t->v[i], (t->n - i) * sizeof(*t->v));
	t->n++;
	memset(&t->v[i], 0, sizeof(t->v[i]));
	copy_cut(t->v[i].name, sizeof(t->v[i].name), name);
	return &t->v[i];
}

struct addrs {
	struct rtnl_addr *v;
	size_t n, cap;
};

static int addr_add(const struct rtnl_addr *a, void *arg)
{
	struct addrs *t = arg;

	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 16;
		t->v = xrealloc(t->v, t->cap * sizeof(*t->v));
	}
	t->v[t->n++] = *a;
	return 0;
}

/* The table's lines: every device, then every IPv4 address label that
 * is not a device name ("eth0:1"), as SIOCGIFCONF shows them. */
static void iface_build(struct ifaces *t, const struct links *k,
			const struct addrs *a)
{
	size_t i, j;

	for (i = 0; i < k->n; i++) {
		struct iface *f = iface_add(t, k->v[i].name);

		if (f)
			f->dev = &k->v[i];
	}
	for (i = 0; i < a->n; i++) {
		struct iface *f;

		for (j = 0; j < k->n; j++)
			if (k->v[j].index == a->v[i].index)
				break;
		if (j == k->n || !a->v[i].label[0])
			continue;
		f = iface_add(t, a->v[i].label);
		if (f) {
			f->dev = &k->v[j];
			f->alias = true;
		}
	}
}

static void iface_json(struct sink *k, const struct iface *f,
		       const char *flags)
{
	const struct rtnl_link_stats64 *s = &f->dev->stats;
	struct jobj j = json_row(k);
	const struct {
		const char *key;
		uint64_t v;
	} counters[] = {
		{ "rx_ok", s->rx_packets }, { "rx_err", s->rx_errors },
		{ "rx_drp", s->rx_dropped + s->rx_missed_errors },
		{ "rx_ovr", s->rx_fifo_errors }, { "tx_ok", s->tx_packets },
		{ "tx_err", s->tx_errors }, { "tx_drp", s->tx_dropped },
		{ "tx_ovr", s->tx_fifo_errors },
	};
	size_t i;

	json_str(&j, "iface", f->name);
	json_num(&j, "mtu", f->dev->mtu);
	for (i = 0; i < sizeof(counters) / sizeof(counters[0]); i++) {
		if (!f->alias && f->dev->has_stats) {
			json_num(&j, counters[i].key, counters[i].v);
		} else {
			json_key(&j, counters[i].key);
			out_str("null");
		}
	}
	json_str(&j, "flags", flags);
	json_end(&j);
}

/* SIOCGIFFLAGS' value: a short. */
static unsigned iface_flags(const struct iface *f)
{
	return f->dev->flags & 0xffff;
}

static void iface_print(struct sink *k, const struct iface *f)
{
	static const struct {
		unsigned flag;
		char c;
	} letters[] = {
		{ IFF_ALLMULTI, 'A' }, { IFF_BROADCAST, 'B' },
		{ IFF_DEBUG, 'D' }, { IFF_LOOPBACK, 'L' },
		{ IFF_MULTICAST, 'M' }, { IFF_DYNAMIC, 'd' },
		{ IFF_PROMISC, 'P' }, { IFF_NOTRAILERS, 'N' },
		{ IFF_NOARP, 'O' }, { IFF_POINTOPOINT, 'P' },
		{ IFF_SLAVE, 's' }, { IFF_MASTER, 'm' },
		{ IFF_RUNNING, 'R' }, { IFF_UP, 'U' },
	};
	const struct rtnl_link_stats64 *s = &f->dev->stats;
	unsigned flags = iface_flags(f);
	char letter[24];
	size_t i, n = 0;

	for (i = 0; i < sizeof(letters) / sizeof(letters[0]); i++)
		if (flags & letters[i].flag)
			letter[n++] = letters[i].c;
	letter[n] = '\0';
	if (k->o->json) {
		iface_json(k, f, letter);
		return;
	}
	out_fmt("%-15.15s %5u ", f->name, f->dev->mtu);
	if (!f->alias && f->dev->has_stats) {
		out_fmt("%8llu %6llu %6llu %-6llu ",
			(unsigned long long)s->rx_packets,
			(unsigned long long)s->rx_errors,
			(unsigned long long)(s->rx_dropped +
					     s->rx_missed_errors),
			(unsigned long long)s->rx_fifo_errors);
		out_fmt("%8llu %6llu %6llu %6llu ",
			(unsigned long long)s->tx_packets,
			(unsigned long long)s->tx_errors,
			(unsigned long long)s->tx_dropped,
			(unsigned long long)s->tx_fifo_errors);
	} else {
		out_fmt("%-56s", "     - no statistics available -");
	}
	out_fmt("%s%s\n", flags ? "" : "[NO FLAGS]", letter);
}

/* ---- -ie: ifconfig's long layout, as net-tools prints it ---- */

struct inet6s {
	struct procnet_inet6 *v;
	size_t n, cap;
};

static int inet6_add(const struct procnet_inet6 *a, void *arg)
{
	struct inet6s *t = arg;

	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 16;
		t->v = xrealloc(t->v, t->cap * sizeof(*t->v));
	}
	t->v[t->n++] = *a;
	return 0;
}

/* Everything the long layout needs beside the table. */
struct iface_long {
	const struct addrs *v4;
	const struct inet6s *v6;
};

static void long_flags(unsigned flags)
{
	static const struct {
		unsigned flag;
		const char *name;
	} names[] = {
		{ IFF_UP, "UP" }, { IFF_BROADCAST, "BROADCAST" },
		{ IFF_DEBUG, "DEBUG" }, { IFF_LOOPBACK, "LOOPBACK" },
		{ IFF_POINTOPOINT, "POINTOPOINT" },
		{ IFF_NOTRAILERS, "NOTRAILERS" }, { IFF_RUNNING, "RUNNING" },
		{ IFF_NOARP, "NOARP" }, { IFF_PROMISC, "PROMISC" },
		{ IFF_ALLMULTI, "ALLMULTI" }, { IFF_SLAVE, "SLAVE" },
		{ IFF_MASTER, "MASTER" }, { IFF_MULTICAST, "MULTICAST" },
		{ IFF_DYNAMIC, "DYNAMIC" },
	};
	const char *sep = "<";
	size_t i;

	/* net-tools drops the last character when no name follows: the
	 * "<" of "flags=0<" stays, the ">" does not come */
	out_fmt("flags=%u", flags);
	if (!flags) {
		out_str("<");
		return;
	}
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (flags & names[i].flag) {
			out_fmt("%s%s", sep, names[i].name);
			sep = ",";
		}
	}
	out_str(">");
}

/* The IPv4 address SIOCGIFADDR gives for name: the first with its label. */
static void long_inet(const struct iface *f, const struct addrs *v4)
{
	char a[INET_ADDRSTRLEN];
	uint32_t mask;
	size_t i;

	for (i = 0; i < v4->n; i++)
		if (!strcmp(v4->v[i].label, f->name))
			break;
	if (i == v4->n)
		return;
	mask = v4->v[i].prefixlen ? htonl(~0u << (32 - v4->v[i].prefixlen))
				  : 0;
	out_fmt("        inet %s", inet_ntop(AF_INET, v4->v[i].addr, a,
					     sizeof(a)));
	out_fmt("  netmask %s", inet_ntop(AF_INET, &mask, a, sizeof(a)));
	if (iface_flags(f) & IFF_BROADCAST)
		out_fmt("  broadcast %s", inet_ntop(AF_INET,
						    v4->v[i].broadcast, a,
						    sizeof(a)));
	if (iface_flags(f) & IFF_POINTOPOINT)
		out_fmt("  destination %s", inet_ntop(AF_INET, v4->v[i].peer,
						      a, sizeof(a)));
	out_char('\n');
}

static void long_inet6(const struct iface *f, const struct inet6s *v6)
{
	char a[INET6_ADDRSTRLEN], scope[40];
	size_t i, n;

	for (i = 0; i < v6->n; i++) {
		const struct procnet_inet6 *p = &v6->v[i];
		unsigned sc = p->scope;

		if (strcmp(p->dev, f->name))
			continue;
		out_fmt("        inet6 %s  prefixlen %u  scopeid 0x%x",
			inet_ntop(AF_INET6, p->addr, a, sizeof(a)),
			p->prefixlen, sc);
		strcpy(scope, "<");
		if (sc & 0x80) {	/* IPV6_ADDR_COMPATv4 */
			strcat(scope, "compat,");
			sc -= 0x80;
		}
		if (sc == 0)
			strcat(scope, "global,");
		if (sc & 0x20)
			strcat(scope, "link,");
		if (sc & 0x40)
			strcat(scope, "site,");
		if (sc & 0x10)
			strcat(scope, "host,");
		/* the last ',' becomes '>'; a lone '<' goes */
		n = strlen(scope);
		scope[n - 1] = scope[n - 1] == ',' ? '>' : '\0';
		out_fmt("%s\n", scope);
	}
}

/* The hardware line. net-tools names more link types than Ethernet and
 * loopback (sit, ppp, ...); tcpbox prints those as its "unspec". */
static void long_hw(const struct rtnl_link *d)
{
	size_t i;

	if (d->type == 1) {		/* ARPHRD_ETHER */
		out_str("        ether ");
		for (i = 0; i < 6; i++)
			out_fmt("%s%02x", i ? ":" : "",
				i < d->addrlen ? d->addr[i] : 0);
		out_fmt("  txqueuelen %u  (Ethernet)\n", d->txqlen);
	} else if (d->type == 772) {	/* ARPHRD_LOOPBACK */
		out_fmt("        loop  txqueuelen %u  (Local Loopback)\n",
			d->txqlen);
	} else {
		out_str("        unspec ");
		for (i = 0; i < 16; i++)
			out_fmt("%s%02X", i ? "-" : "",
				i < d->addrlen ? d->addr[i] : 0);
		out_fmt("  txqueuelen %u  (UNSPEC)\n", d->txqlen);
	}
}

/* "bytes 90 (90.0 B)": and in tenths of the largest binary unit below. */
static void long_bytes(uint64_t v)
{
	static const char *const units[] = {
		"KiB", "MiB", "GiB", "TiB", "PiB",
	};
	uint64_t tenths = v * 10;
	const char *unit = "B";
	int i;

	if (v > 1ULL << 60) {
		tenths = v / 115292150460684697ULL;	/* 2^60 / 10 */
		unit = "EiB";
	} else {
		for (i = 4; i >= 0; i--) {
			if (v > 1ULL << (10 * (i + 1))) {
				tenths /= 1ULL << (10 * (i + 1));
				unit = units[i];
				break;
			}
		}
	}
	out_fmt("bytes %llu (%llu.%llu %s)\n", (unsigned long long)v,
		(unsigned long long)(tenths / 10),
		(unsigned long long)(tenths % 10), unit);
}

static void long_stats(const struct rtnl_link_stats64 *s)
{
	out_fmt("        RX packets %llu  ", (unsigned long long)s->rx_packets);
	long_bytes(s->rx_bytes);
	out_fmt("        RX errors %llu  dropped %llu  overruns %llu  "
		"frame %llu\n", (unsigned long long)s->rx_errors,
		(unsigned long long)(s->rx_dropped + s->rx_missed_errors),
		(unsigned long long)s->rx_fifo_errors,
		(unsigned long long)(s->rx_length_errors + s->rx_over_errors +
				     s->rx_crc_errors + s->rx_frame_errors));
	out_fmt("        TX packets %llu  ", (unsigned long long)s->tx_packets);
	long_bytes(s->tx_bytes);
	out_fmt("        TX errors %llu  dropped %llu overruns %llu  "
		"carrier %llu  collisions %llu\n",
		(unsigned long long)s->tx_errors,
		(unsigned long long)s->tx_dropped,
		(unsigned long long)s->tx_fifo_errors,
		(unsigned long long)(s->tx_carrier_errors +
				     s->tx_aborted_errors +
				     s->tx_window_errors +
				     s->tx_heartbeat_errors),
		(unsigned long long)s->collisions);
}

static void long_map(const struct rtnl_link_ifmap *m)
{
	if (!m->irq && !m->mem_start && !m->dma && m->base_addr < 0x100)
		return;
	out_str("        device ");
	if (m->irq)
		out_fmt("interrupt %u  ", m->irq);
	if (m->base_addr >= 0x100)
		out_fmt("base 0x%llx  ", (unsigned long long)m->base_addr);
	if (m->mem_start)
		out_fmt("memory 0x%llx-%llx  ",
			(unsigned long long)m->mem_start,
			(unsigned long long)m->mem_end);
	if (m->dma)
		out_fmt("  dma 0x%x", m->dma);
	out_char('\n');
}

static void iface_print_long(const struct iface *f,
			     const struct iface_long *l)
{
	out_fmt("%s: ", f->name);
	long_flags(iface_flags(f));
	out_fmt("  mtu %u\n", f->dev->mtu);
	long_inet(f, l->v4);
	long_inet6(f, l->v6);
	long_hw(f->dev);
	if (!f->alias && f->dev->has_stats)
		long_stats(&f->dev->stats);
	long_map(&f->dev->map);
	out_char('\n');
}

/* -c: net-tools prints the title once, the column line every time; -e:
 * ifconfig's long layout instead of the columns. */
static int iface_show(struct sink *sk, bool again)
{
	const struct netstat_opts *o = sk->o;
	struct links k = { 0 };
	struct ifaces t = { 0 };
	struct addrs v4 = { 0 };
	struct inet6s v6 = { 0 };
	struct iface_long l = { &v4, &v6 };
	bool wide = o->extend && !o->json;
	struct nl *n = rtnl_open();
	size_t i;
	int tries;

	if (!n)
		die_errno("rtnetlink");
	rtnl_collect(n, RTM_GETLINK, &k.n, &k);
	for (tries = 0; tries < DIAG_TRIES; tries++) {
		v4.n = 0;
		if (rtnl_addr_dump(n, AF_INET, addr_add, &v4) == 0)
			break;
		if (errno != EINTR)
			die_errno("rtnetlink");
	}
	nl_close(n);
	if (tries == DIAG_TRIES)
		die("rtnetlink: the dump kept being interrupted");
	iface_build(&t, &k, &v4);
	if (wide)
		procnet_inet6_read(inet6_add, &v6);	/* none without IPv6 */
	if (!o->json && !again)
		out_str("Kernel Interface table\n");
	if (!o->json && !wide)
		out_str("Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    "
			"TX-OK TX-ERR TX-DRP TX-OVR Flg\n");
	for (i = 0; i < t.n; i++) {
		if (!o->all && !(iface_flags(&t.v[i]) & IFF_UP))
			continue;
		if (wide)
			iface_print_long(&t.v[i], &l);
		else
			iface_print(sk, &t.v[i]);
	}
	free(k.v);
	free(t.v);
	free(v4.v);
	free(v6.v);
	return 0;
}

/* ---- -s: the kernel's counters, in net-tools' sentences ---- */

/* How a counter is printed: always, only when not zero, never (net-tools
 * has no option for its "static" lines), or in an ICMP histogram (when
 * not zero, under its title). */
enum snmp_kind { ST_NUMBER, ST_OPT, ST_STATIC, ST_ICMP_IN, ST_ICMP_OUT };

struct snmp_entry {
	const char *key;
	const char *text;	/* "%" stands for the value */
	enum snmp_kind kind;
};

#include "netstat-snmp.h"

#define TAB(t) t, sizeof(t) / sizeof(t[0])

struct snmp_section {
	const char *title;
	const struct snmp_entry *tab;
	size_t n;
	int proto;		/* which of -t -u -w lets it be shown */
};

static const struct snmp_section snmp_sections[] = {
	{ "Ip", TAB(ip_tab), IPPROTO_RAW },
	{ "Icmp", TAB(icmp_tab), IPPROTO_RAW },
	{ "Tcp", TAB(tcp_tab), IPPROTO_TCP },
	{ "Udp", TAB(udp_tab), IPPROTO_UDP },
	{ "TcpExt", TAB(tcpext_tab), IPPROTO_TCP },
};

static const struct snmp_section snmp6_sections[] = {
	{ "Ip6", TAB(ip6_tab), IPPROTO_RAW },
	{ "Icmp6", TAB(icmp6_tab), IPPROTO_RAW },
	{ "Udp6", TAB(udp6_tab), IPPROTO_UDP },
	{ "Tcp6", TAB(tcp_tab), IPPROTO_TCP },
};

/* Where the printing stands: the kind of the last counter (its indent,
 * and whether a histogram title is due), as net-tools keeps it across
 * sections; the section being read (NULL: one net-tools does not know,
 * whose counters all print as "Name: value"); whether it is shown. */
struct snmp_print {
	struct sink *k;
	enum snmp_kind state;
	const struct snmp_section *sec;
	bool shown;
	char title[64];
};

static int snmp_indent(enum snmp_kind kind)
{
	return kind == ST_ICMP_IN || kind == ST_ICMP_OUT ? 8 : 4;
}

/* net-tools' lookup: a binary search, in tables that are not quite
 * sorted, so some keys are not found; strcmp as bsearch's comparison. */
static const struct snmp_entry *snmp_find(const struct snmp_section *sec,
					  const char *key)
{
	size_t lo = 0, hi = sec->n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(key, sec->tab[mid].key);

		if (c == 0)
			return &sec->tab[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

static bool snmp_wanted(const struct netstat_opts *o, int proto)
{
	return proto == IPPROTO_TCP ? o->tcp :
	       proto == IPPROTO_UDP ? o->udp : o->raw;
}

/* A section's title line: shown if -t/-u/-w let it, and always for one
 * net-tools does not know (which keeps the last indent, as there). */
static void snmp_section(struct snmp_print *p,
			 const struct snmp_section *secs, size_t n,
			 const char *title)
{
	size_t i;

	p->sec = NULL;
	p->shown = true;
	copy_cut(p->title, sizeof(p->title), title);
	for (i = 0; i < n; i++) {
		if (strcmp(title, secs[i].title))
			continue;
		p->sec = &secs[i];
		p->shown = snmp_wanted(p->k->o, secs[i].proto);
		p->state = ST_NUMBER;
		break;
	}
	if (p->shown && !p->k->o->json)
		out_fmt("%s:\n", title);
}

static void snmp_sentence(int indent, const char *text,
			  unsigned long long v)
{
	const char *pct = strchr(text, '%');

	out_fmt("%*s%.*s%llu%s\n", indent, "", (int)(pct - text), text, v,
		pct + 1);
}

static void snmp_value(struct snmp_print *p, const char *key,
		       unsigned long long v)
{
	const struct snmp_entry *e = p->sec ? snmp_find(p->sec, key) : NULL;
	enum snmp_kind kind;

	if (!p->shown)
		return;
	if (p->k->o->json) {
		struct jobj j = json_row(p->k);

		json_str(&j, "section", p->title);
		json_str(&j, "counter", key);
		json_num(&j, "value", v);
		json_end(&j);
		return;
	}
	if (!e) {
		if (v)
			out_fmt("%*s%s: %llu\n", snmp_indent(p->state), "",
				key, v);
		return;
	}
	kind = e->kind;
	if (kind == ST_STATIC || !*e->text)
		return;
	if ((kind == ST_ICMP_IN || kind == ST_ICMP_OUT) && p->state != kind)
		out_fmt("%*s%s\n", snmp_indent(p->state), "",
			kind == ST_ICMP_IN ? "ICMP input histogram:" :
					     "ICMP output histogram:");
	if (kind == ST_NUMBER || v)
		snmp_sentence(snmp_indent(kind), e->text, v);
	p->state = kind;
}

/* /proc/net/snmp and /proc/net/netstat: a line of names, a line of
 * values, per section. only: the sections whose title starts so. */
static void snmp_pairs(struct snmp_print *p, const char *path,
		       const char *only)
{
	char *names = NULL, *values = NULL, *sp, *np, *tok, *save = NULL;
	size_t ncap = 0, vcap = 0;
	FILE *f = fopen(path, "re");

	if (!f) {
		warn_errno("cannot open %s", path);
		return;
	}
	while (getline(&names, &ncap, f) > 0) {
		if (names[0] == '\n')
			continue;
		if (getline(&values, &vcap, f) <= 0)
			break;
		sp = strchr(names, ':');
		np = strchr(values, ':');
		if (!sp || !np) {
			msg_plain("Problem while parsing %s", path);
			break;
		}
		*sp++ = '\0';
		np++;
		if (only && strncmp(names, only, strlen(only)))
			continue;
		snmp_section(p, snmp_sections,
			     sizeof(snmp_sections) / sizeof(snmp_sections[0]),
			     names);
		for (tok = strtok_r(sp, " \t\n", &save); tok;
		     tok = strtok_r(NULL, " \t\n", &save))
			snmp_value(p, tok, strtoull(np, &np, 10));
	}
	free(names);
	free(values);
	fclose(f);
}

/* /proc/net/snmp6: "Name value" lines; a section is the name up to its
 * first '6' ("Icmp6"), and lasts while the names contain it. */
static void snmp6_lines(struct snmp_print *p)
{
	char *line = NULL, title[64] = "";
	size_t cap = 0;
	FILE *f = fopen("/proc/net/snmp6", "re");

	if (!f) {
		warn_errno("cannot open /proc/net/snmp6");
		return;
	}
	while (getline(&line, &cap, f) > 0) {
		char *save = NULL, *key = strtok_r(line, " \t\n", &save);
		char *val = strtok_r(NULL, " \t\n", &save);

		if (!key)
			continue;
		if (!title[0] || !strstr(key, title)) {
			size_t n = strcspn(key, "6");

			snprintf(title, sizeof(title), "%.*s", (int)(n + 1),
				 key);
			snmp_section(p, snmp6_sections,
				     sizeof(snmp6_sections) /
				     sizeof(snmp6_sections[0]), title);
		}
		snmp_value(p, key, val ? strtoull(val, NULL, 10) : 0);
	}
	free(line);
	fclose(f);
}

/* -s: IPv4's counters (/proc/net/snmp, netstat), or with -6 / -A inet6
 * IPv6's (/proc/net/snmp6) and TCP's; no netlink interface has them. */
static int stats_show(struct sink *k)
{
	const struct netstat_opts *o = k->o;
	struct snmp_print p = { .k = k, .state = ST_NUMBER };

	if (!o->af_list[0] || !strcmp(o->af_list, "inet")) {
		snmp_pairs(&p, "/proc/net/snmp", NULL);
		snmp_pairs(&p, "/proc/net/netstat", NULL);
	} else if (!strcmp(o->af_list, "inet6")) {
		snmp6_lines(&p);
		snmp_pairs(&p, "/proc/net/snmp", "Tcp");
	} else {
		out_fmt("netstat: No statistics support for specified address "
			"family: %s\n", o->af_list);
		return 1;
	}
	return 0;
}

/* -r: a table per family named, in their order (-4 -6: both), IPv4's
 * when none is; unix stops the list, as in net-tools. */
static int route_show(struct sink *sk)
{
	const char *list = sk->o->af_list[0] ? sk->o->af_list : "inet";
	char buf[sizeof(sk->o->af_list)], *tok, *save = NULL;
	int r = 0;

	snprintf(buf, sizeof(buf), "%s", list);
	for (tok = strtok_r(buf, ",", &save); tok && !r;
	     tok = strtok_r(NULL, ",", &save)) {
		if (!strcmp(tok, "inet")) {
			r = route4_show(sk);
		} else if (!strcmp(tok, "inet6")) {
			r = route6_show(sk);
		} else {
			msg_plain("No routing for address family `%s'.", tok);
			r = 3;
		}
	}
	return r;
}

/* NETLINK_SOCK_DIAG, or NULL to read /proc/net: where the kernel has no
 * sock_diag (gVisor, WSL1: EPROTONOSUPPORT) or the socket is refused,
 * quietly, and when TCPBOX_NO_SOCK_DIAG is set (not empty, not 0). */
static struct diag *sock_diag_open(void)
{
	const char *off = getenv("TCPBOX_NO_SOCK_DIAG");

	if (off && *off && strcmp(off, "0"))
		return NULL;
	return diag_open();
}

/* -v, listing every kind: the families net-tools would list too but
 * this system has no /proc/net table for, in net-tools' words and
 * order. (tcpbox lists none of them; where the table exists it says
 * nothing, as net-tools does.) */
static void netstat_missing(const struct netstat_opts *o)
{
	static const struct { const char *path, *name; } fam[] = {
		{ "/proc/net/sctp/eps", "AF INET (sctp)" },
		{ "/proc/net/ipx/socket", "AF IPX" },
		{ "/proc/net/ax25", "AF AX25" },
		{ "/proc/net/x25", "AF X25" },
		{ "/proc/net/nr", "AF NETROM" },
		{ "/proc/net/rose", "AF ROSE" },
	};
	size_t i;

	if (!o->verbose || !o->every_kind || o->json)
		return;
	out_flush();
	for (i = 0; i < sizeof(fam) / sizeof(fam[0]); i++)
		if (access(fam[i].path, F_OK) < 0)
			warn_msg("no support for `%s' on this system.",
				 fam[i].name);
}

static int sockets_show(struct sink *k)
{
	const struct netstat_opts *o = k->o;
	struct procfd *map = NULL;
	struct diag *g;

	/* the map first: our own netlink socket is not there to count */
	if (o->programs) {
		map = procfd_new(true);
		/* net-tools' footnote when /proc/PID/fd of some processes
		 * could not be read: which one depends on whether any
		 * socket could be mapped at all */
		if (procfd_scan(map) > 0 && !o->json) {
			out_flush();
			if (procfd_count(map))
				msg_plain("(Not all processes could be identified, "
					  "non-owned process info\n will not be "
					  "shown, you would have to be root to "
					  "see it all.)");
			else
				msg_plain("(No info could be read for \"-p\": "
					  "geteuid()=%u but you should be root.)",
					  (unsigned)geteuid());
		}
	}
	g = sock_diag_open();
	if (g)
		diag_want_tcp_info(g, o->timers || o->json);
	k->map = map;
	if (o->tcp || o->udp || o->udplite || o->raw)
		inet_show(k, g);
	if (o->unix_)
		unix_show(k, g);
	netstat_missing(o);
	k->map = NULL;
	diag_close(g);
	procfd_free(map);
	return 0;
}

/* One listing of the table asked for; with --json, one array. */
static int netstat_once(const struct netstat_opts *o, bool again)
{
	struct sink k = { .o = o };
	int r;

	if (o->json)
		out_char('[');
	switch (o->table) {
	case TABLE_ROUTES:
		r = route_show(&k);
		break;
	case TABLE_IFACES:
		r = iface_show(&k, again);
		break;
	case TABLE_STATS:
		r = stats_show(&k);
		break;
	default:
		r = sockets_show(&k);
	}
	if (o->json)
		out_str(k.rows ? "\n]\n" : "]\n");
	return r;
}

int netstat_main(int argc, char **argv)
{
	struct netstat_opts o = { 0 };
	bool again = false;
	int r;

	netstat_parse(&o, argc, argv);
	for (;;) {
		r = netstat_once(&o, again);
		/* net-tools does not repeat -s */
		if (!o.continuous || r || o.table == TABLE_STATS)
			return r;
		/* a reader that went away ends the loop (EPIPE) */
		if (out_flush() < 0)
			return 1;
		sleep(1);
		again = true;
	}
}
