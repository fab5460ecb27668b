/* lab.c - scripted walkthroughs replayed from real packets.
 *
 * Compatible with: nothing older; the walkthrough it replays is the
 * classic "connection refused" lesson (tcpdump -i lo -nnn port 12345 in
 * one terminal, telnet 127.0.0.1 12345 in another).
 * Each scenario runs in a private network namespace the lab creates, runs
 * the applets as a user would type them (forked from this executable, so
 * nothing else needs to be installed), shows their real output, captures
 * the packets itself to check the story, and draws the sequence.
 * Scenarios: refused, reject-tcp-reset, reject-icmp, drop, handshake,
 * two-hosts (a veth pair to a second namespace, made with iproute2).
 * Firewall rules go through iptables, or nft where that is all there is.
 */
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <poll.h>
#include <pcap/pcap.h>
#include <arpa/inet.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "capture.h"
#include "decode/cursor.h"
#include "error.h"
#include "out.h"
#include "xfuncs.h"

const char lab_help[] =
"usage: lab list\n"
"       lab [--keep] [--markdown] [-w FILE] SCENARIO\n"
"\n"
"Replay a networking walkthrough from real packets, inside a private\n"
"network namespace (needs root, or CAP_SYS_ADMIN and CAP_NET_RAW).\n"
"Shows the commands as a user would type them, their real output, the\n"
"captured packets as tcpdump prints them, a sequence picture and one\n"
"sentence per packet. Exits 0 when what happened matches the lesson,\n"
"1 (saying what differed) when it does not, 2 when it cannot run.\n"
"\n"
"  --keep       leave the namespace up (as /run/netns/tcpbox-lab) and say\n"
"               how to enter it\n"
"  --markdown   print the run as a Markdown document\n"
"  -w FILE      also save the captured packets to FILE (pcap)\n"
"\n"
"Scenarios (lab list): refused, reject-tcp-reset, reject-icmp, drop,\n"
"handshake, two-hosts.\n";

int dump_main(int argc, char **argv);
int telnet_main(int argc, char **argv);
int nc_main(int argc, char **argv);
int netstat_main(int argc, char **argv);

enum { LAB_PORT = 12345, LAB_ARP = 0x806, MAX_PKTS = 32, OUTSZ = 16384 };

/* Program output is indented in text, bare inside Markdown fences. */
static const char *lab_indent = "    ";

/* A child applet and what it printed. */
struct lab_proc {
	pid_t pid;
	int in_fd, out_fd, err_fd;	/* in_fd: the child's stdin */
	char out[OUTSZ], err[OUTSZ];
	size_t out_len, err_len;
	int status;
};

/* One captured TCP segment or ICMP error, decoded for the checks (for
 * ICMP, the ports are the quoted segment's). */
struct lab_pkt {
	double t;
	uint8_t src[4], dst[4];	/* for ARP: sender and target address */
	unsigned proto;		/* 6, 1, or LAB_ARP */
	unsigned sport, dport, flags, icmp_type, icmp_code;
	unsigned arp_op;	/* 1 request, 2 reply */
	bool bcast;		/* to the Ethernet broadcast address */
	bool to_server;
	unsigned len;		/* TCP payload bytes */
	uint32_t seq, ack;
};

/* What answers the client's SYN. */
enum lab_expect { EXPECT_RST, EXPECT_ICMP, EXPECT_SILENCE };

/* One attempt of a scenario: an optional firewall rule, optionally a
 * listener behind it, then a client to port 12345 while tcpdump watches:
 * telnet, or nc -v -w 4 when nothing will answer. */
struct lab_round {
	const char *const *rule;	/* iptables arguments, or NULL */
	enum lab_expect expect;
	int icmp_code;			/* the ICMP code expected */
	bool listen;			/* nc -l 12345 behind the rule */
	const char *client_err;		/* what the client must report */
	const char *moral;		/* the last line when it held */
};

struct lab;

struct lab_scenario {
	const char *name, *line, *intro;
	const char *needs;		/* a system program, or NULL */
	const char *package;		/* the Debian package that has it */
	const struct lab_round *rounds;
	int nrounds;
	int (*run)(struct lab *l);	/* instead of rounds */
	bool two_hosts;			/* across a veth pair, not lo */
};

static int lab_handshake(struct lab *l);

/* One run of the lab. */
struct lab {
	const struct lab_scenario *s;
	bool keep, markdown;
	const char *wfile;
	pcap_t *cap;
	pcap_dumper_t *save;
	/* where the client runs, what it captures on, where it connects */
	const char *dev, *client_ip, *server_ip;
	const char *server_ns;		/* two-hosts: the server's netns name */
};

#define ROUND_REFUSED { NULL, EXPECT_RST, 0, false, "Connection refused", \
	"The story held: SYN answered by RST/ACK, telnet said Connection " \
	"refused." }

static const struct lab_round refused_rounds[] = { ROUND_REFUSED };

#define RULE(...) (const char *const[]){ "iptables", "-A", "INPUT", \
	"-p", "tcp", "--dport", "12345", "-j", __VA_ARGS__, NULL }
#define REJECT(code) RULE("REJECT", "--reject-with", code)

static const struct lab_round reject_reset_rounds[] = {
	{ REJECT("tcp-reset"), EXPECT_RST, 0, true, "Connection refused",
	  "The story held: a listening port behind REJECT --reject-with "
	  "tcp-reset answers\nthe SYN exactly as a closed port does, while "
	  "netstat shows it LISTENing:\n\"Connection refused\" does not prove "
	  "that nothing listens." },
};

#define ROUND_PORT_UNREACH { REJECT("icmp-port-unreachable"), EXPECT_ICMP, \
	3, false, "Connection refused", \
	"The story held: an ICMP port unreachable also reads \"Connection " \
	"refused\": from the client alone you cannot tell a firewall from a " \
	"closed port." }

static const struct lab_round reject_icmp_rounds[] = {
	ROUND_PORT_UNREACH,
	{ REJECT("icmp-host-prohibited"), EXPECT_ICMP, 10, false,
	  "No route to host",
	  "The story held: ICMP host prohibited reads \"No route to host\", "
	  "though the route is fine: a firewall said no." },
	{ REJECT("icmp-admin-prohibited"), EXPECT_ICMP, 13, false,
	  "No route to host",
	  "The story held: ICMP admin prohibited also reads \"No route to "
	  "host\"." },
};

#define ROUND_DROP { RULE("DROP"), EXPECT_SILENCE, 0, false, "timed out", \
	"The story held: a dropped SYN gets no answer at all; the kernel " \
	"retransmits it with\na doubling timeout while the socket sits in " \
	"SYN_SENT, until the client gives up." }

static const struct lab_round drop_rounds[] = { ROUND_DROP };

static const struct lab_round two_hosts_rounds[] = {
	ROUND_REFUSED, ROUND_PORT_UNREACH, ROUND_DROP,
};

static const struct lab_scenario scenarios[] = {
	{ "refused",
	  "a closed port answers SYN with RST/ACK: Connection refused",
	  "A closed port: what \"Connection refused\" looks like on the wire.\n",
	  NULL, NULL, refused_rounds, 1, NULL, false },
	{ "reject-tcp-reset",
	  "iptables REJECT tcp-reset: refused, though netstat shows LISTEN",
	  "A firewall that rejects with a TCP reset, in front of a port that "
	  "does listen:\nthe client cannot tell it from a closed port.\n",
	  "iptables", "iptables", reject_reset_rounds, 1, NULL, false },
	{ "reject-icmp",
	  "iptables REJECT with ICMP errors: refused, or no route to host",
	  "A firewall that rejects with ICMP: the SYN is answered by an ICMP "
	  "error quoting it,\nand the client's error depends on the ICMP code.\n",
	  "iptables", "iptables", reject_icmp_rounds, 3, NULL, false },
	{ "drop",
	  "iptables DROP: SYN retransmissions, SYN_SENT, the client times out",
	  "A firewall that drops: no answer at all. The kernel retransmits "
	  "the SYN, first at\nits initial timeout, then waiting twice as long "
	  "each time, until the client's\ntimeout (nc -w) ends the attempt.\n",
	  "iptables", "iptables", drop_rounds, 1, NULL, false },
	{ "handshake",
	  "an nc listener and client: handshake, data both ways, FINs, TIME_WAIT",
	  "A whole connection: the three-way handshake, a few bytes each way, a FIN\n"
	  "from each side, and what netstat shows before, during and after.\n",
	  NULL, NULL, NULL, 0, lab_handshake, false },
	{ "two-hosts",
	  "closed, rejected, dropped across a veth pair: ARP on real Ethernet",
	  "Two hosts joined by a veth pair, each in its own network namespace: "
	  "the client\n(10.12.34.1) asks the server (10.12.34.2) for its Ethernet "
	  "address with ARP, then\nmeets a closed port, an ICMP reject and a "
	  "DROP in turn.\n",
	  "ip iptables", "iproute2 iptables", two_hosts_rounds, 3, NULL, true },
};

/* ---- network namespace ---- */

static int lab_netns(void)
{
	struct ifreq ifr = { 0 };
	int fd;

	if (unshare(CLONE_NEWNET) < 0) {
		warn_errno("cannot create a private network namespace");
		return -1;
	}
	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	snprintf(ifr.ifr_name, sizeof(ifr.ifr_name), "lo");
	if (ioctl(fd, SIOCGIFFLAGS, &ifr) == 0) {
		ifr.ifr_flags |= IFF_UP;
		if (ioctl(fd, SIOCSIFFLAGS, &ifr) < 0)
			warn_errno("lo: cannot bring up");
	}
	close(fd);
	return 0;
}

/* ---- children: an applet's main in a fork, output to pipes ---- */

/* The children running now, for the signal handler to end. */
static volatile pid_t lab_kids[8];

static void lab_kid(pid_t old, pid_t new)
{
	size_t i;

	for (i = 0; i < sizeof(lab_kids) / sizeof(lab_kids[0]); i++)
		if (lab_kids[i] == old) {
			lab_kids[i] = new;
			return;
		}
}

static void lab_spawn(struct lab_proc *p, int (*fn)(int, char **), char **argv)
{
	int in[2], o[2], e[2], argc = 0;

	while (argv[argc])
		argc++;
	if (pipe2(in, O_CLOEXEC) < 0 || pipe2(o, O_CLOEXEC) < 0 ||
	    pipe2(e, O_CLOEXEC) < 0)
		die_errno("pipe");
	/* the child exits through exit(3): it must not flush our buffers
	 * (the -w file's among them) a second time */
	out_flush();
	fflush(NULL);
	p->pid = fork();
	if (p->pid < 0)
		die_errno("fork");
	if (p->pid == 0) {
		/* the applet, not the lab's cleanup, answers signals */
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		dup2(in[0], 0);
		dup2(o[1], 1);
		dup2(e[1], 2);
		/* not the other children's pipes: a server must see its
		 * stdin end when the lab closes it */
		close_range(3, ~0u, 0);
		out_set_fd(1);
		msg_set_prog(argv[0]);
		xexit(fn(argc, argv));
	}
	lab_kid(0, p->pid);
	close(in[0]);
	close(o[1]);
	close(e[1]);
	p->in_fd = in[1];
	p->out_fd = o[0];
	p->err_fd = e[0];
	p->out_len = p->err_len = 0;
	p->out[0] = p->err[0] = '\0';	/* not the last run's text */
}

/* Read what the child has written, for up to ms milliseconds; stops
 * early once both pipes are closed. */
static void lab_collect(struct lab_proc *p, int ms)
{
	struct pollfd f[2] = { { p->out_fd, POLLIN, 0 }, { p->err_fd, POLLIN, 0 } };
	struct timespec t0, t;
	int left = ms;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	while (left > 0 && (f[0].fd >= 0 || f[1].fd >= 0)) {
		int i;

		if (poll(f, 2, left) < 0 && errno != EINTR)
			break;
		for (i = 0; i < 2; i++) {
			char *buf = i ? p->err : p->out;
			size_t *len = i ? &p->err_len : &p->out_len;
			ssize_t n;

			if (f[i].fd < 0 || !f[i].revents)
				continue;
			n = read(f[i].fd, buf + *len, OUTSZ - 1 - *len);
			if (n <= 0) {
				f[i].fd = -1;
				continue;
			}
			*len += (size_t)n;
			buf[*len] = '\0';
		}
		clock_gettime(CLOCK_MONOTONIC, &t);
		left = ms - (int)((t.tv_sec - t0.tv_sec) * 1000 +
				  (t.tv_nsec - t0.tv_nsec) / 1000000);
	}
}

static void lab_reap(struct lab_proc *p)
{
	if (p->in_fd >= 0)
		close(p->in_fd);
	p->in_fd = -1;
	lab_collect(p, 15000);
	close(p->out_fd);
	close(p->err_fd);
	if (waitpid(p->pid, &p->status, 0) < 0)
		p->status = -1;
	lab_kid(p->pid, 0);
}

/* Wait until the child's stderr holds text (bounded). */
static bool lab_wait_for(struct lab_proc *p, const char *text, int ms)
{
	for (; ms > 0; ms -= 50) {
		if (strstr(p->err, text))
			return true;
		lab_collect(p, 50);
	}
	return strstr(p->err, text) != NULL;
}

static void indent(const char *text)
{
	const char *s = text, *nl;

	for (; *s; s = nl + 1) {
		nl = strchr(s, '\n');
		if (!nl)
			nl = s + strlen(s);
		out_str(lab_indent);
		out_mem(s, (size_t)(nl - s));
		out_char('\n');
		if (!*nl)
			break;
	}
}

/* tcpdump's stderr is its banner, then (at the end) its statistics. */
static const char *lab_after_banner(struct lab_proc *p)
{
	char *s = strstr(p->err, "listening on");

	if (!s)
		return p->err;
	s = strchr(s, '\n');
	return s ? s + 1 : "";
}

static void lab_print_banner(struct lab_proc *p)
{
	const char *end = lab_after_banner(p);

	out_str(lab_indent);
	for (const char *s = p->err; s < end; s++) {
		out_char(*s);
		if (*s == '\n' && s + 1 < end)
			out_str(lab_indent);
	}
}

/* ---- the lab's own capture, for checking the story ---- */

/* net.ipv4.tcp_syn_linear_timeouts (Linux 6.7 and later; 0 where the
 * file is missing: the classic back-off). Measured: with L there, the
 * first L + 1 retransmissions of a SYN wait the initial RTO, 1 s, and
 * the waits double from there on. */
static int lab_syn_linear;

static int lab_read_syn_linear(void)
{
	char buf[32] = "";
	int fd = open("/proc/sys/net/ipv4/tcp_syn_linear_timeouts",
		      O_RDONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return 0;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	return n > 0 ? atoi(buf) : 0;
}

/* The wait before retransmission k (1-based) of a SYN, in seconds. */
static double lab_syn_wait(int k)
{
	return k <= lab_syn_linear + 1 ? 1.0 :
	       (double)(1 << (k - lab_syn_linear - 1));
}

/* The client's address, to tell the direction of an ARP packet. */
static uint8_t lab_client_addr[4];

static bool lab_parse_arp(struct cursor *c, struct lab_pkt *k)
{
	/* Ethernet/IPv4 only: htype 1, ptype 0x0800, hlen 6, plen 4 */
	if (cur_be16(c) != 1 || cur_be16(c) != 0x0800 || cur_u8(c) != 6 ||
	    cur_u8(c) != 4)
		return false;
	k->proto = LAB_ARP;
	k->arp_op = cur_be16(c);
	cur_skip(c, 6);
	cur_bytes(c, k->src, 4);
	cur_skip(c, 6);
	cur_bytes(c, k->dst, 4);
	k->to_server = !memcmp(k->src, lab_client_addr, 4);
	return !cur_short(c) && (k->arp_op == 1 || k->arp_op == 2);
}

static bool lab_parse(const struct pcap_pkthdr *h, const uint8_t *bytes,
		      int dlt, struct lab_pkt *k)
{
	struct cursor c = cur_make(bytes, h->caplen);
	unsigned ihl, off, totlen, doff;

	memset(k, 0, sizeof(*k));
	k->t = (double)h->ts.tv_sec + h->ts.tv_usec / 1e6;
	if (dlt == DLT_EN10MB) {
		static const uint8_t all[6] = { 255, 255, 255, 255, 255, 255 };
		uint8_t mac[6] = { 0 };
		unsigned type;

		cur_bytes(&c, mac, 6);
		k->bcast = !memcmp(mac, all, 6);
		cur_skip(&c, 6);
		type = cur_be16(&c);
		if (type == 0x0806)
			return lab_parse_arp(&c, k);
		if (type != 0x0800)
			return false;
	}
	ihl = (cur_u8(&c) & 15) * 4;
	cur_skip(&c, 1);
	totlen = cur_be16(&c);
	cur_skip(&c, 2);
	off = cur_be16(&c) & 0x1fff;
	cur_skip(&c, 1);
	k->proto = cur_u8(&c);
	cur_skip(&c, 2);
	cur_bytes(&c, k->src, 4);
	cur_bytes(&c, k->dst, 4);
	if (off || ihl < 20 || !cur_skip(&c, ihl - 20))
		return false;
	if (k->proto == 1) {
		/* ICMP error: type, code, then the quoted IP header + ports */
		k->icmp_type = cur_u8(&c);
		k->icmp_code = cur_u8(&c);
		cur_skip(&c, 6);
		ihl = (cur_u8(&c) & 15) * 4;
		if (ihl < 20 || !cur_skip(&c, ihl - 1))
			return false;
		k->sport = cur_be16(&c);
		k->dport = cur_be16(&c);
		return !cur_short(&c);
	}
	if (k->proto != 6)
		return false;
	k->sport = cur_be16(&c);
	k->dport = cur_be16(&c);
	k->seq = cur_be32(&c);
	k->ack = cur_be32(&c);
	doff = (cur_u8(&c) >> 4) * 4;
	k->flags = cur_u8(&c);
	k->len = totlen > ihl + doff ? totlen - ihl - doff : 0;
	k->to_server = k->dport == LAB_PORT;
	return !cur_short(&c);
}

static int lab_packets(struct lab *l, struct lab_pkt *pk, int max)
{
	struct pcap_pkthdr *h;
	const u_char *bytes;
	int n = 0, dlt = pcap_datalink(l->cap);

	while (n < max && pcap_next_ex(l->cap, &h, &bytes) == 1) {
		if (l->save)
			pcap_dump((u_char *)l->save, h, bytes);
		if (lab_parse(h, bytes, dlt, &pk[n]))
			n++;
	}
	return n;
}

static pcap_t *lab_capture(const char *dev)
{
	struct cap_opts co = { .dev = dev, .snaplen = 262144,
			       .promisc = false, .timeout_ms = 50,
			       .immediate = true, .direction = -1 };
	char msg[PCAP_ERRBUF_SIZE + 128], warn[PCAP_ERRBUF_SIZE + 128];
	pcap_t *p = cap_open_live(&co, msg, sizeof(msg), warn, sizeof(warn));

	if (!p) {
		warn_msg("capture on %s: %s", dev, msg);
		return NULL;
	}
	if (cap_set_filter(p, "port 12345 or icmp or arp", PCAP_NETMASK_UNKNOWN,
			   msg, sizeof(msg)) < 0 ||
	    pcap_setnonblock(p, 1, msg) < 0) {
		warn_msg("capture on %s: %s", dev, msg);
		pcap_close(p);
		return NULL;
	}
	return p;
}

/* ---- output: plain text or Markdown ---- */

static void lab_heading(struct lab *l, const char *text)
{
	if (l->markdown)
		out_fmt("\n### %s\n\n", text);
	else
		out_fmt("\n%s:\n", text);
}

static void lab_block_begin(struct lab *l)
{
	if (l->markdown)
		out_str("```\n");
}

static void lab_block_end(struct lab *l)
{
	if (l->markdown)
		out_str("```\n");
}

/* ---- the story ---- */

static const char *flag_name(unsigned f)
{
	switch (f & 0x3f) {
	case 0x02: return "SYN";
	case 0x12: return "SYN/ACK";
	case 0x14: return "RST/ACK";
	case 0x04: return "RST";
	case 0x10: return "ACK";
	case 0x18: return "PSH/ACK";
	case 0x11: return "FIN/ACK";
	case 0x19: return "FIN/PSH/ACK";
	default: return "other";
	}
}

static const char *icmp_name(unsigned code)
{
	switch (code) {
	case 1: return "host unreachable";
	case 3: return "port unreachable";
	case 10: return "host prohibited";
	case 13: return "admin prohibited";
	default: return "unreachable";
	}
}

static void lab_picture(const struct lab_pkt *pk, int n)
{
	char a[64], b[64];
	int i, f = 0;

	/* name the ends by the first TCP segment (the SYN) */
	while (f < n - 1 && pk[f].proto != 6)
		f++;
	snprintf(a, sizeof(a), "client %u.%u.%u.%u:%u", pk[f].src[0],
		 pk[f].src[1], pk[f].src[2], pk[f].src[3], pk[f].sport);
	snprintf(b, sizeof(b), "server %u.%u.%u.%u:%u", pk[f].dst[0],
		 pk[f].dst[1], pk[f].dst[2], pk[f].dst[3], pk[f].dport);
	out_fmt("    %-26s %26s\n", a, b);
	for (i = 0; i < n; i++) {
		char label[64];

		if (pk[i].proto == LAB_ARP && pk[i].arp_op == 1)
			snprintf(label, sizeof(label), " ARP who-has %u.%u.%u.%u ",
				 pk[i].dst[0], pk[i].dst[1], pk[i].dst[2],
				 pk[i].dst[3]);
		else if (pk[i].proto == LAB_ARP)
			snprintf(label, sizeof(label), " ARP %u.%u.%u.%u is-at ",
				 pk[i].src[0], pk[i].src[1], pk[i].src[2],
				 pk[i].src[3]);
		else if (pk[i].proto == 1)
			snprintf(label, sizeof(label), " ICMP %s ",
				 icmp_name(pk[i].icmp_code));
		else if (pk[i].len)
			snprintf(label, sizeof(label), " %s %u bytes ",
				 flag_name(pk[i].flags), pk[i].len);
		else if (pk[i].flags & 0x10)
			snprintf(label, sizeof(label), " %s ack=%u ",
				 flag_name(pk[i].flags), pk[i].ack);
		else
			snprintf(label, sizeof(label), " %s seq=%u ",
				 flag_name(pk[i].flags), pk[i].seq);
		out_fmt("    +%.6fs  %s", pk[i].t - pk[0].t,
			pk[i].to_server ? "---" : "<--");
		out_str(label);
		out_fmt("%.*s%s\n", (int)(36 - strlen(label)),
			"------------------------------------",
			pk[i].to_server ? "-->" : "---");
	}
}

/* Retransmission k of a SYN nobody answers, after waiting secs. */
static void lab_explain_retrans(int k, double secs)
{
	out_fmt("The same SYN again, %.2f s after the last one: nothing "
		"answered, so the\n       kernel retransmits (retransmission "
		"%d). ", secs, k);
	if (k <= lab_syn_linear + 1 && lab_syn_linear)
		out_fmt("This kernel keeps the first %d\n       waits at the "
			"initial timeout, 1 s (net.ipv4.tcp_syn_linear_timeouts "
			"= %d).\n", lab_syn_linear + 1, lab_syn_linear);
	else
		out_fmt("From here the wait doubles\n       each time "
			"(exponential back-off): the next would come %.0f s "
			"later.\n", lab_syn_wait(k + 1));
}

/* The SYN sent before pk[i], or -1. */
static int lab_prev_syn(const struct lab_pkt *pk, int i)
{
	while (--i >= 0)
		if (pk[i].proto == 6 && (pk[i].flags & 0x3f) == 0x02)
			return i;
	return -1;
}

static void lab_explain(const struct lab_pkt *pk, int n,
			const struct lab_round *r, const char *client)
{
	int i, prev, retrans = 0;

	for (i = 0; i < n; i++) {
		out_fmt("    %d. ", i + 1);
		prev = lab_prev_syn(pk, i);
		if (pk[i].proto == LAB_ARP && pk[i].arp_op == 1 &&
		    !pk[i].bcast)
			out_fmt("The %s checks the %s's Ethernet address it has "
				"cached: Linux confirms\n       a neighbour entry "
				"that went stale with an ARP request sent "
				"straight to it.\n",
				pk[i].to_server ? "client" : "server",
				pk[i].to_server ? "server" : "client");
		else if (pk[i].proto == LAB_ARP && pk[i].arp_op == 1 &&
			 !pk[i].to_server)
			out_str("The server asks for the client's Ethernet address "
				"with a broadcast ARP request.\n");
		else if (pk[i].proto == LAB_ARP && pk[i].arp_op == 1)
			out_fmt("The client knows the server's IP address but "
				"not its Ethernet address:\n       it "
				"broadcasts an ARP request, who has "
				"%u.%u.%u.%u?\n", pk[i].dst[0], pk[i].dst[1],
				pk[i].dst[2], pk[i].dst[3]);
		else if (pk[i].proto == LAB_ARP && pk[i].to_server)
			out_str("The client answers the ARP request with its "
				"Ethernet address.\n");
		else if (pk[i].proto == LAB_ARP)
			out_str("The server answers the ARP request with its "
				"Ethernet address; now the\n       client can "
				"address the SYN to it.\n");
		else if (pk[i].proto == 1)
			out_fmt("A firewall rule (REJECT) answers the SYN for "
				"port %u with ICMP destination unreachable, %s, "
				"quoting the SYN's headers; %s reports it as the "
				"connect error below.\n", pk[i].dport,
				icmp_name(pk[i].icmp_code), client);
		else if ((pk[i].flags & 0x3f) == 0x02 && prev >= 0 &&
			 pk[i].seq == pk[prev].seq && r->expect == EXPECT_ICMP)
			out_fmt("The same SYN again, %.2f s later: a "
				"retransmission. The ICMP error arrived while "
				"connect() still held the socket, so the kernel "
				"kept it as a soft error and tried once more; "
				"the next error ends the attempt.\n",
				pk[i].t - pk[prev].t);
		else if ((pk[i].flags & 0x3f) == 0x02 && prev >= 0 &&
			 pk[i].seq == pk[prev].seq)
			lab_explain_retrans(++retrans, pk[i].t - pk[prev].t);
		else if ((pk[i].flags & 0x3f) == 0x02)
			out_fmt("The client asks to open a connection to port "
				"%u: a SYN carrying its initial sequence number "
				"%u.\n", pk[i].dport, pk[i].seq);
		else if ((pk[i].flags & 0x14) == 0x14 && r->rule)
			out_fmt("The firewall rule (REJECT --reject-with "
				"tcp-reset) answers for port %u with RST/ACK, "
				"seq 0, ack %u: byte for byte what a closed port "
				"sends, though nc listens behind it. %s reports "
				"\"Connection refused\".\n", pk[i].sport,
				pk[i].ack, client);
		else if ((pk[i].flags & 0x14) == 0x14)
			out_fmt("Nothing listens on port %u, so the kernel "
				"answers for it with RST/ACK: seq 0, ack %u "
				"(the SYN's sequence number + 1). %s reports "
				"\"Connection refused\".\n", pk[i].sport,
				pk[i].ack, client);
		else
			out_fmt("A %s segment.\n", flag_name(pk[i].flags));
	}
}

/* A dropped SYN: the same SYN again and again, the waits as
 * lab_syn_wait() says, and at least one doubled wait. NULL if so, else
 * why. */
static const char *lab_check_silence(const struct lab_pkt *pk, int n)
{
	static char why[160];
	int i;

	if (n < lab_syn_linear + 3)
		return "expected the SYN to be retransmitted until its wait "
		       "doubled";
	for (i = 1; i < n; i++) {
		double g = pk[i].t - pk[i - 1].t, want = lab_syn_wait(i);

		if (pk[i].proto != 6 || (pk[i].flags & 0x3f) != 0x02 ||
		    pk[i].seq != pk[0].seq || pk[i].sport != pk[0].sport)
			return "expected nothing but the same SYN again";
		if (g < 0.75 * want || g > 1.5 * want) {
			snprintf(why, sizeof(why), "expected retransmission "
				 "%d after about %.0f s, came after %.2f s", i,
				 want, g);
			return why;
		}
	}
	return NULL;
}

/* Does what we saw match the round's lesson? NULL if so, else why.
 * ARP packets are left out of pk by the caller. */
static const char *lab_check(const struct lab_round *r,
			     const struct lab_pkt *pk, int n,
			     const struct lab_proc *cli, const char *client)
{
	static char why[160];

	if (n < 1 || pk[0].proto != 6 || (pk[0].flags & 0x3f) != 0x02 ||
	    pk[0].dport != LAB_PORT)
		return "expected a SYN to port 12345 first";
	if (r->expect == EXPECT_RST) {
		if (n < 2 || pk[1].proto != 6 || (pk[1].flags & 0x14) != 0x14 ||
		    pk[1].sport != LAB_PORT)
			return "expected the SYN to be answered by RST/ACK";
		if (pk[1].ack != pk[0].seq + 1)
			return "expected the RST/ACK to acknowledge the SYN's seq + 1";
		if (n != 2)
			return "expected exactly two packets";
	} else if (r->expect == EXPECT_ICMP) {
		/* SYN, ICMP; possibly again (see lab_explain) */
		int i;

		if (n % 2 || n > 6)
			return "expected SYN and ICMP error in pairs";
		for (i = 0; i < n; i += 2) {
			if (pk[i].proto != 6 || pk[i].seq != pk[0].seq ||
			    (pk[i].flags & 0x3f) != 0x02)
				return "expected only the SYN to be sent again";
			if (pk[i + 1].proto != 1 || pk[i + 1].icmp_type != 3 ||
			    (int)pk[i + 1].icmp_code != r->icmp_code ||
			    pk[i + 1].dport != LAB_PORT ||
			    pk[i + 1].sport != pk[0].sport) {
				snprintf(why, sizeof(why), "expected each SYN "
					 "to be answered by ICMP %s quoting it",
					 icmp_name((unsigned)r->icmp_code));
				return why;
			}
		}
	} else {
		const char *w = lab_check_silence(pk, n);

		if (w)
			return w;
	}
	if (!WIFEXITED(cli->status) || WEXITSTATUS(cli->status) != 1) {
		snprintf(why, sizeof(why), "expected %s to exit with status 1",
			 client);
		return why;
	}
	if (!strstr(cli->err, r->client_err)) {
		snprintf(why, sizeof(why), "expected %s to report %s", client,
			 r->client_err);
		return why;
	}
	return NULL;
}

/* Two hosts: before the first SYN, the client's ARP request for the
 * server and the server's reply. NULL if so, else why. */
static const char *lab_check_arp(const struct lab_pkt *pk, int n)
{
	bool req = false, rep = false;
	int i;

	for (i = 0; i < n && pk[i].proto == LAB_ARP; i++) {
		if (pk[i].arp_op == 1 && pk[i].to_server)
			req = true;
		if (pk[i].arp_op == 2 && req && !pk[i].to_server)
			rep = true;
	}
	if (!req || !rep)
		return "expected an ARP request and its reply before the SYN";
	return NULL;
}

/* Run a system command (iptables) inside the namespace, showing it as
 * typed when show is set; returns its exit status (127: not found). */
static int lab_system(bool show, char *const argv[])
{
	int st, i;
	pid_t pid;

	if (show) {
		out_str("$");
		/* quoted where a shell would split or read it */
		for (i = 0; argv[i]; i++)
			out_fmt(argv[i][strcspn(argv[i], " ;{}")] ? " '%s'" :
								   " %s",
				argv[i]);
		out_char('\n');
	}
	out_flush();
	fflush(NULL);
	pid = fork();
	if (pid < 0)
		die_errno("fork");
	if (pid == 0) {
		execvp(argv[0], argv);
		_exit(127);
	}
	if (waitpid(pid, &st, 0) < 0)
		return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static bool lab_have(const char *prog, size_t len)
{
	const char *path = getenv("PATH");
	char buf[4096];

	if (!path)
		path = "/usr/sbin:/usr/bin:/sbin:/bin";
	while (*path) {
		size_t n = strcspn(path, ":");

		snprintf(buf, sizeof(buf), "%.*s/%.*s", (int)n, path, (int)len,
			 prog);
		if (access(buf, X_OK) == 0)
			return true;
		path += n + (path[n] == ':');
	}
	return false;
}

/* The firewall program the rules go through: iptables, or nft where
 * only nftables is installed (TCPBOX_LAB_FIREWALL=nft asks for it). */
static const char *lab_fw = "iptables";

/* The scenario's system programs ("ip iptables"), each from the Debian
 * package in the same place of packages ("iproute2 iptables"). The
 * firewall is either: iptables or nft. */
static bool lab_needs(const struct lab_scenario *s)
{
	const char *p = s->needs, *k = s->package;
	const char *want = getenv("TCPBOX_LAB_FIREWALL");

	while (p && *p) {
		size_t n = strcspn(p, " "), m = strcspn(k, " ");
		bool fw = n == 8 && !strncmp(p, "iptables", 8);

		if (fw) {
			bool ipt = lab_have("iptables", 8), nft = lab_have("nft", 3);

			lab_fw = (want && !strcmp(want, "nft") && nft) ||
				 (!ipt && nft) ? "nft" : "iptables";
			if (!ipt && !nft) {
				warn_msg("%s needs iptables or nft, neither is "
					 "installed (Debian package: iptables or "
					 "nftables)", s->name);
				return false;
			}
		} else if (!lab_have(p, n)) {
			warn_msg("%s needs %.*s, which is not installed (Debian "
				 "package: %.*s)", s->name, (int)n, p, (int)m, k);
			return false;
		}
		p += n + (p[n] == ' ');
		k += m + (k[m] == ' ');
	}
	return true;
}

/* argv as run on the server: as it is over lo, behind "ip netns exec
 * NS" on two hosts. */
static char *const *lab_on_server(struct lab *l, const char *const *argv)
{
	static const char *buf[32];
	int i = 0, j;

	if (l->server_ns) {
		buf[i++] = "ip";
		buf[i++] = "netns";
		buf[i++] = "exec";
		buf[i++] = l->server_ns;
	}
	for (j = 0; argv[j] && i < 31; j++)
		buf[i++] = argv[j];
	buf[i] = NULL;
	return (char *const *)buf;
}

/* Print tcpdump's side the way its terminal shows it after Ctrl-C. */
static void lab_dump_after(struct lab *l, struct lab_proc *dump)
{
	lab_heading(l, "Terminal 1, then Ctrl-C");
	lab_block_begin(l);
	/* the blank line tcpdump writes when interrupted ends the ^C line */
	if (dump->out_len >= 2 &&
	    !strcmp(dump->out + dump->out_len - 2, "\n\n"))
		dump->out[--dump->out_len] = '\0';
	indent(dump->out);
	out_fmt("%s^C\n", lab_indent);
	indent(lab_after_banner(dump));
	lab_block_end(l);
}

/*
 * Stop tcpdump, show its terminal, and draw the packets it saw; the
 * caller explains them under the heading this prints.  Returns how many.
 */
static int lab_dump_stop(struct lab *l, struct lab_proc *dump,
			 struct lab_pkt *pk)
{
	int n;

	lab_collect(dump, 300);
	kill(dump->pid, SIGINT);
	lab_reap(dump);
	lab_dump_after(l, dump);
	n = lab_packets(l, pk, MAX_PKTS);
	if (n > 0) {
		lab_heading(l, "The sequence");
		lab_block_begin(l);
		lab_picture(pk, n);
		lab_block_end(l);
		lab_heading(l, "What each packet means");
	}
	return n;
}

/* Put the round's rule in place (its iptables spelling, or the same in
 * nft's), showing each command as typed; 0, or the failing status. */
static int lab_firewall(struct lab *l, const char *const *rule)
{
	const char *target = "drop", *nft_rule[16];
	char verdict[64];
	int i, n = 0, rc;

	if (!strcmp(lab_fw, "iptables"))
		return lab_system(true, lab_on_server(l, rule));
	/* iptables ... -j REJECT --reject-with X / -j DROP */
	for (i = 0; rule[i]; i++)
		if (!strcmp(rule[i], "--reject-with") && rule[i + 1]) {
			const char *x = rule[i + 1];

			if (!strcmp(x, "tcp-reset"))
				snprintf(verdict, sizeof(verdict),
					 "reject with tcp reset");
			else
				snprintf(verdict, sizeof(verdict),
					 "reject with icmp type %s",
					 !strncmp(x, "icmp-", 5) ? x + 5 : x);
			target = verdict;
		}
	{
		const char *const table[] = { "nft", "add", "table", "ip",
					      "tcpbox_lab", NULL };
		const char *const chain[] = { "nft", "add", "chain", "ip",
			"tcpbox_lab", "input",
			"{ type filter hook input priority 0; }", NULL };

		if ((rc = lab_system(true, lab_on_server(l, table))) != 0 ||
		    (rc = lab_system(true, lab_on_server(l, chain))) != 0)
			return rc;
	}
	nft_rule[n++] = "nft";
	nft_rule[n++] = "add";
	nft_rule[n++] = "rule";
	nft_rule[n++] = "ip";
	nft_rule[n++] = "tcpbox_lab";
	nft_rule[n++] = "input";
	nft_rule[n++] = "tcp dport 12345";
	nft_rule[n++] = target;
	nft_rule[n] = NULL;
	return lab_system(true, lab_on_server(l, nft_rule));
}

static void lab_firewall_flush(struct lab *l)
{
	const char *const ipt[] = { "iptables", "-F", "INPUT", NULL };
	const char *const nft[] = { "nft", "delete", "table", "ip",
				    "tcpbox_lab", NULL };

	lab_system(false, lab_on_server(l, strcmp(lab_fw, "nft") ? ipt : nft));
}

static bool lab_netstat(struct lab *l, const char *state, const char *note);

/* "$ tcpbox ARGV" as the user types it (tcpdump's -l left out). */
static void lab_show_cmd(char *const *argv)
{
	int i;

	out_str("$ tcpbox");
	for (i = 0; argv[i]; i++)
		if (strcmp(argv[i], "-l") || strcmp(argv[0], "tcpdump"))
			out_fmt(" %s", argv[i]);
	out_char('\n');
}

/* Terminal 2: an nc listener; then netstat must show it. NULL if it
 * does, else why. */
static const char *lab_listener(struct lab *l, struct lab_proc *srv,
				char **argv, const char *note)
{
	lab_heading(l, "Terminal 2, the server");
	lab_block_begin(l);
	lab_show_cmd(argv);
	lab_block_end(l);
	lab_spawn(srv, nc_main, argv);
	lab_collect(srv, 300);
	if (!lab_netstat(l, "LISTEN", note))
		return "expected netstat to show port 12345 LISTENing";
	return NULL;
}

/* Start tcpdump as terminal 1 shows it; false (reported) if it fails. */
static bool lab_dump_start(struct lab *l, struct lab_proc *dump)
{
	char *argv[] = { "tcpdump", "-i", (char *)l->dev, "-nnn", "-l", "port",
			 "12345", "or", "icmp", NULL, NULL, NULL, NULL };
	int i = 9;

	if (l->server_ns) {
		argv[i++] = "or";
		argv[i++] = "arp";
		argv[3] = "-nnne";
	} else if (l->s->run) {
		argv[7] = NULL;		/* the handshake has no ICMP */
	}
	lab_heading(l, "Terminal 1");
	lab_block_begin(l);
	lab_show_cmd(argv);
	lab_spawn(dump, dump_main, argv);
	if (!lab_wait_for(dump, "listening on", 5000)) {
		kill(dump->pid, SIGTERM);
		lab_reap(dump);
		lab_block_end(l);
		indent(dump->err);
		warn_msg("tcpdump did not start");
		return false;
	}
	lab_print_banner(dump);
	lab_block_end(l);
	return true;
}

static int lab_round(struct lab *l, const struct lab_round *r)
{
	static struct lab_proc dump, cli, srv;
	char *tel_argv[] = { "telnet", (char *)l->server_ip, "12345", NULL };
	char wait[16];
	char *nc_argv[] = { "nc", "-v", "-w", wait, (char *)l->server_ip,
			    "12345", NULL };
	char *srv_argv[] = { "nc", "-l", "12345", NULL };
	char **cli_argv = r->expect == EXPECT_SILENCE ? nc_argv : tel_argv;
	const char *client = cli_argv[0];
	struct lab_pkt pk[MAX_PKTS], tcp[MAX_PKTS];
	const char *why = NULL;
	int n, ntcp, i;

	/* long enough for the linear retransmissions and one doubled wait:
	 * SYNs at 0, 1, ..., L + 1, L + 3 seconds */
	snprintf(wait, sizeof(wait), "%d", lab_syn_linear + 4);
	if (r->rule) {
		lab_heading(l, l->server_ns ? "The firewall, on the server" :
				"The firewall, inside the lab's namespace");
		lab_block_begin(l);
		if (lab_firewall(l, r->rule) != 0) {
			lab_block_end(l);
			warn_msg("%s: %s failed", l->s->name, lab_fw);
			lab_firewall_flush(l);
			return 2;
		}
		lab_block_end(l);
	}
	if (l->server_ns) {
		/* forget the server's MAC address, so each round asks */
		char *flush[] = { "ip", "neigh", "flush", "dev", "veth0", NULL };

		lab_system(false, flush);
	}
	if (!lab_dump_start(l, &dump))
		return 1;
	if (r->listen)
		why = lab_listener(l, &srv, srv_argv,
				   "Terminal 3, the listening sockets");
	lab_heading(l, r->listen ? "Terminal 4, the client" : "Terminal 2");
	lab_block_begin(l);
	lab_show_cmd(cli_argv);
	lab_spawn(&cli, r->expect == EXPECT_SILENCE ? nc_main : telnet_main,
		  cli_argv);
	if (r->expect == EXPECT_SILENCE) {
		/* while the client waits, its socket is in SYN_SENT */
		lab_collect(&cli, 1500);
		lab_block_end(l);
		if (!lab_netstat(l, "SYN_SENT", "Terminal 3, while the client "
				 "waits") && !why)
			why = "expected netstat to show the SYN_SENT socket";
		lab_heading(l, "Terminal 2, when nc -w gives up");
		lab_block_begin(l);
	}
	lab_reap(&cli);
	indent(cli.out);
	indent(cli.err);
	lab_block_end(l);
	if (r->listen) {
		kill(srv.pid, SIGTERM);
		lab_reap(&srv);
		if (srv.out_len && !why)
			why = "expected nothing to reach the listener";
	}
	n = lab_dump_stop(l, &dump, pk);
	if (n > 0)
		lab_explain(pk, n, r, client);
	for (i = ntcp = 0; i < n; i++)
		if (pk[i].proto != LAB_ARP)
			tcp[ntcp++] = pk[i];
	if (!why && l->server_ns)
		why = lab_check_arp(pk, n);
	if (!why)
		why = lab_check(r, tcp, ntcp, &cli, client);
	if (r->rule)
		lab_firewall_flush(l);
	if (why) {
		out_flush();
		warn_msg("%s: the story did not hold: %s (saw %d packets)",
			 l->s->name, why, n);
		return 1;
	}
	out_fmt("\n%s\n", r->moral);
	return 0;
}

/* --keep: bind the namespace to a name ip-netns(8) knows. */
static void lab_keep(const struct lab *l)
{
	const char *path = "/run/netns/tcpbox-lab";
	int fd;

	mkdir("/run/netns", 0755);
	fd = open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0444);
	if (fd >= 0)
		close(fd);
	if (mount("/proc/self/ns/net", path, NULL, MS_BIND, NULL) < 0) {
		warn_errno("--keep: cannot bind the namespace to %s", path);
		return;
	}
	if (l->server_ns) {
		out_fmt("\nBoth namespaces stay up. Enter the client's or the "
			"server's with:\n"
			"    ip netns exec tcpbox-lab sh\n"
			"    ip netns exec %s sh\n"
			"and remove them with:\n"
			"    ip netns delete tcpbox-lab; ip netns delete %s\n",
			l->server_ns, l->server_ns);
		return;
	}
	out_fmt("\nThe namespace stays up. Enter it with:\n"
		"    ip netns exec tcpbox-lab sh\n"
		"and remove it with:\n    ip netns delete tcpbox-lab\n");
}

/* ---- two hosts: a veth pair to a named namespace for the server ---- */

static const char lab_server_ns[] = "tcpbox-lab-server";
static volatile sig_atomic_t lab_server_ns_made;

static void lab_two_hosts_down(void)
{
	char path[64];

	/* what "ip netns delete" does; safe in a signal handler */
	snprintf(path, sizeof(path), "/run/netns/%s", lab_server_ns);
	umount2(path, MNT_DETACH);
	unlink(path);
}

/* Ctrl-C: end the children, remove the server's namespace (the lab's
 * own goes with the last process in it), then die of the signal. */
static void lab_on_signal(int sig)
{
	size_t i;

	for (i = 0; i < sizeof(lab_kids) / sizeof(lab_kids[0]); i++)
		if (lab_kids[i] > 0)
			kill(lab_kids[i], SIGTERM);
	if (lab_server_ns_made)
		lab_two_hosts_down();
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Show and run the commands that build the second host. */
static int lab_two_hosts_up(struct lab *l)
{
	static const char *const cmds[][12] = {
		{ "ip", "netns", "add", lab_server_ns, NULL },
		{ "ip", "link", "add", "veth0", "type", "veth", "peer", "name",
		  "veth1", "netns", lab_server_ns, NULL },
		{ "ip", "addr", "add", "10.12.34.1/24", "dev", "veth0", NULL },
		{ "ip", "link", "set", "veth0", "up", NULL },
		{ "ip", "netns", "exec", lab_server_ns, "ip", "link", "set", "lo",
		  "up", NULL },
		{ "ip", "netns", "exec", lab_server_ns, "ip", "addr", "add",
		  "10.12.34.2/24", "dev", "veth1", NULL },
		{ "ip", "netns", "exec", lab_server_ns, "ip", "link", "set",
		  "veth1", "up", NULL },
	};
	char path[64];
	size_t i;

	snprintf(path, sizeof(path), "/run/netns/%s", lab_server_ns);
	if (access(path, F_OK) == 0) {
		warn_msg("%s exists: another lab runs, or one was killed (ip "
			 "netns delete %s)", path, lab_server_ns);
		return 2;
	}
	lab_server_ns_made = 1;
	lab_heading(l, "The two hosts: this namespace is the client, a new "
		    "one the server");
	lab_block_begin(l);
	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		if (lab_system(true, (char *const *)cmds[i]) != 0) {
			lab_block_end(l);
			warn_msg("two-hosts: %s failed", cmds[i][0]);
			lab_two_hosts_down();
			return 2;
		}
	lab_block_end(l);
	/* the kernel runs duplicate address detection on IPv6 links; none
	 * of that is in the lesson, and the capture filter leaves it out */
	return 0;
}

static int lab_run(struct lab *l)
{
	int i, rc = 0;

	if (!lab_needs(l->s))
		return 2;
	if (lab_netns() < 0)
		return 2;
	signal(SIGINT, lab_on_signal);
	signal(SIGTERM, lab_on_signal);
	signal(SIGHUP, lab_on_signal);
	l->dev = "lo";
	l->client_ip = l->server_ip = "127.0.0.1";
	if (l->markdown) {
		out_fmt("# tcpbox lab %s\n\n", l->s->name);
		lab_indent = "";
	}
	out_str(l->s->intro);
	if (l->s->two_hosts) {
		l->dev = "veth0";
		l->client_ip = "10.12.34.1";
		l->server_ip = "10.12.34.2";
		l->server_ns = lab_server_ns;
		rc = lab_two_hosts_up(l);
		if (rc)
			return rc;
	}
	inet_pton(AF_INET, l->client_ip, lab_client_addr);
	lab_syn_linear = lab_read_syn_linear();
	if (rc == 0)
		l->cap = lab_capture(l->dev);
	if (!l->cap)
		rc = 2;
	else if (l->wfile && !(l->save = pcap_dump_open(l->cap, l->wfile))) {
		warn_msg("%s", pcap_geterr(l->cap));
		rc = 2;
	}
	if (rc == 0 && l->s->run)
		rc = l->s->run(l);
	for (i = 0; i < l->s->nrounds && rc == 0; i++) {
		if (l->s->nrounds > 1)
			out_fmt(l->markdown ? "\n## Round %d of %d\n" :
					      "\n== Round %d of %d\n",
				i + 1, l->s->nrounds);
		rc = lab_round(l, &l->s->rounds[i]);
	}
	if (l->save)
		pcap_dump_close(l->save);
	if (l->cap)
		pcap_close(l->cap);
	if (l->keep)
		lab_keep(l);
	else if (l->server_ns)
		lab_two_hosts_down();
	return rc;
}

int lab_main(int argc, char **argv)
{
	struct lab l = { 0 };
	const char *name = NULL;
	size_t i;
	int a;

	for (a = 1; a < argc; a++) {
		if (!strcmp(argv[a], "--keep"))
			l.keep = true;
		else if (!strcmp(argv[a], "--markdown"))
			l.markdown = true;
		else if (!strcmp(argv[a], "-w") && a + 1 < argc)
			l.wfile = argv[++a];
		else if (argv[a][0] == '-' || name) {
			fputs(lab_help, stderr);
			return 2;
		} else
			name = argv[a];
	}
	if (!name) {
		fputs(lab_help, stderr);
		return 2;
	}
	if (!strcmp(name, "list")) {
		for (i = 0; i < sizeof(scenarios) / sizeof(scenarios[0]); i++)
			out_fmt("%-16s %s\n", scenarios[i].name,
				scenarios[i].line);
		return 0;
	}
	for (i = 0; i < sizeof(scenarios) / sizeof(scenarios[0]); i++)
		if (!strcmp(name, scenarios[i].name))
			l.s = &scenarios[i];
	if (!l.s) {
		warn_msg("unknown scenario '%s' (see: lab list)", name);
		return 2;
	}
	return lab_run(&l);
}

/* ---- handshake: a whole connection between two tcpbox nc ---- */

static void lab_conn_explain(const struct lab_pkt *pk, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		const char *who = pk[i].dport == LAB_PORT ? "The client" :
							     "The server";
		unsigned f = pk[i].flags & 0x3f;

		out_fmt("    %d. ", i + 1);
		if (f == 0x02)
			out_str("The client opens: SYN with its initial "
				"sequence number.\n");
		else if (f == 0x12)
			out_str("The listener accepts: SYN/ACK, its own initial "
				"sequence number, acknowledging the client's + 1."
				"\n");
		else if (pk[i].len)
			out_fmt("%s sends %u bytes (PSH: hand them to the "
				"application now).\n", who, pk[i].len);
		else if (f & 0x01)
			out_fmt("%s has no more to send: FIN (its stdin ended, "
				"nc -N shut down its write side).\n", who);
		else if (i == 2)
			out_str("The client acknowledges: the handshake is done, "
				"both sides are ESTABLISHED.\n");
		else
			out_fmt("%s acknowledges what it received.\n", who);
	}
}

/* SYN, SYN/ACK, ACK first; data each way; a FIN each way, the client's
 * first; the last segment an ACK. NULL if so, else why. */
static const char *lab_conn_check(const struct lab_pkt *pk, int n)
{
	int i, data_c = 0, data_s = 0, fin_c = -1, fin_s = -1;

	if (n < 7 || (pk[0].flags & 0x3f) != 0x02 ||
	    (pk[1].flags & 0x3f) != 0x12 || (pk[2].flags & 0x3f) != 0x10)
		return "expected SYN, SYN/ACK, ACK first";
	for (i = 0; i < n; i++) {
		bool c = pk[i].dport == LAB_PORT;

		if (pk[i].len && c)
			data_c++;
		else if (pk[i].len)
			data_s++;
		if ((pk[i].flags & 0x01) && c && fin_c < 0)
			fin_c = i;
		if ((pk[i].flags & 0x01) && !c && fin_s < 0)
			fin_s = i;
	}
	if (!data_c || !data_s)
		return "expected data each way";
	if (fin_c < 0 || fin_s < 0)
		return "expected a FIN from each side";
	if (fin_c > fin_s)
		return "expected the client to close first";
	if ((pk[n - 1].flags & 0x3f) != 0x10)
		return "expected a last ACK";
	return NULL;
}

/* Run netstat -tan as a user would, print it; true if a row of port
 * 12345 has state. */
static bool lab_netstat(struct lab *l, const char *state, const char *note)
{
	static struct lab_proc ns;
	char *argv[] = { "netstat", "-tan", NULL };
	bool found = false;
	const char *line, *next;

	lab_heading(l, note);
	lab_block_begin(l);
	out_str("$ tcpbox netstat -tan\n");
	lab_spawn(&ns, netstat_main, argv);
	lab_reap(&ns);
	indent(ns.out);
	indent(ns.err);
	lab_block_end(l);
	/* a row of port 12345 in that state */
	for (line = ns.out; *line; line = next) {
		const char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);

		next = nl ? nl + 1 : line + len;
		if (memmem(line, len, ":12345 ", 7) &&
		    memmem(line, len, state, strlen(state)))
			found = true;
	}
	return found;
}

static int lab_handshake(struct lab *l)
{
	static struct lab_proc dump, srv, cli;
	char *srv_argv[] = { "nc", "-N", "-l", "12345", NULL };
	char *cli_argv[] = { "nc", "-N", "127.0.0.1", "12345", NULL };
	struct lab_pkt pk[MAX_PKTS];
	const char *why = NULL;
	int n;

	if (!lab_dump_start(l, &dump))
		return 1;
	why = lab_listener(l, &srv, srv_argv, "Terminal 4, before the client");
	lab_heading(l, "Terminal 3, the client, typing hello");
	lab_block_begin(l);
	out_str("$ tcpbox nc -N 127.0.0.1 12345\nhello\n");
	lab_block_end(l);
	lab_spawn(&cli, nc_main, cli_argv);
	lab_collect(&cli, 300);
	if (write_all(cli.in_fd, "hello\n", 6) < 0 ||
	    write_all(srv.in_fd, "hi there\n", 9) < 0)
		why = "could not write to nc";
	lab_collect(&cli, 300);
	if (!lab_netstat(l, "ESTABLISHED", "Terminal 4, while connected") &&
	    !why)
		why = "expected netstat to show the connection ESTABLISHED";
	close(cli.in_fd);	/* Ctrl-D: the client closes first */
	cli.in_fd = -1;
	lab_collect(&srv, 300);
	close(srv.in_fd);
	srv.in_fd = -1;
	lab_reap(&cli);
	lab_reap(&srv);
	out_str(l->markdown ? "" : "\n");
	out_fmt("%sThe server's terminal shows %s", lab_indent,
		srv.out_len ? srv.out : "nothing\n");
	out_fmt("%sThe client's terminal shows %s", lab_indent,
		cli.out_len ? cli.out : "nothing\n");
	if (!lab_netstat(l, "TIME_WAIT", "Terminal 4, after both closed") &&
	    !why)
		why = "expected TIME_WAIT on the side that closed first";
	n = lab_dump_stop(l, &dump, pk);
	if (n > 0)
		lab_conn_explain(pk, n);
	if (!why)
		why = lab_conn_check(pk, n);
	if (!why && (strcmp(srv.out, "hello\n") || strcmp(cli.out, "hi there\n")))
		why = "expected each nc to print what the other sent";
	if (why) {
		out_flush();
		warn_msg("handshake: the story did not hold: %s (saw %d "
			 "packets)", why, n);
		return 1;
	}
	out_str("\nThe story held: three-way handshake, data each way, the "
		"client's FIN first, and\nTIME_WAIT on the client's side, the "
		"one that closed first.\n");
	return 0;
}
