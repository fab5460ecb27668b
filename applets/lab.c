/* lab.c - scripted walkthroughs replayed from real packets.
 *
 * Compatible with: nothing older; the walkthrough it replays is the
 * classic "connection refused" lesson (tcpdump -i lo -nnn port 12345 in
 * one terminal, telnet 127.0.0.1 12345 in another).
 * Each scenario runs in a private network namespace the lab creates, runs
 * the applets as a user would type them (forked from this executable, so
 * nothing else needs to be installed), shows their real output, captures
 * the packets itself to check the story, and draws the sequence.
 * Done: refused. The other scenarios are tracked by the lab issue.
 */
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <poll.h>
#include <pcap/pcap.h>
#include <sched.h>
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
"       lab SCENARIO\n"
"\n"
"Replay a networking walkthrough from real packets, inside a private\n"
"network namespace (needs root, or CAP_SYS_ADMIN and CAP_NET_RAW).\n"
"Shows the commands as a user would type them, their real output, the\n"
"captured packets as tcpdump prints them, a sequence picture and one\n"
"sentence per packet. Exits 0 when what happened matches the lesson,\n"
"1 (saying what differed) when it does not, 2 when it cannot run.\n"
"\n"
"Scenarios:\n"
"  refused   a closed port answers SYN with RST/ACK: Connection refused\n";

int dump_main(int argc, char **argv);
int telnet_main(int argc, char **argv);

enum { LAB_PORT = 12345, MAX_PKTS = 16, OUTSZ = 16384 };

/* A child applet and what it printed. */
struct lab_proc {
	pid_t pid;
	int out_fd, err_fd;
	char out[OUTSZ], err[OUTSZ];
	size_t out_len, err_len;
	int status;
};

/* One captured TCP segment, decoded for the checks. */
struct lab_pkt {
	double t;
	uint8_t src[4], dst[4];
	unsigned sport, dport, flags;
	uint32_t seq, ack;
};

static const struct {
	const char *name;
	const char *line;
} scenarios[] = {
	{ "refused", "a closed port answers SYN with RST/ACK: Connection refused" },
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

static void lab_spawn(struct lab_proc *p, int (*fn)(int, char **), char **argv)
{
	int o[2], e[2], argc = 0;

	while (argv[argc])
		argc++;
	if (pipe2(o, O_CLOEXEC) < 0 || pipe2(e, O_CLOEXEC) < 0)
		die_errno("pipe");
	out_flush();
	p->pid = fork();
	if (p->pid < 0)
		die_errno("fork");
	if (p->pid == 0) {
		dup2(o[1], 1);
		dup2(e[1], 2);
		out_set_fd(1);
		msg_set_prog(argv[0]);
		xexit(fn(argc, argv));
	}
	close(o[1]);
	close(e[1]);
	p->out_fd = o[0];
	p->err_fd = e[0];
	p->out_len = p->err_len = 0;
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
	lab_collect(p, 5000);
	close(p->out_fd);
	close(p->err_fd);
	if (waitpid(p->pid, &p->status, 0) < 0)
		p->status = -1;
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
		out_str("    ");
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

	out_str("    ");
	for (const char *s = p->err; s < end; s++) {
		out_char(*s);
		if (*s == '\n' && s + 1 < end)
			out_str("    ");
	}
}

/* ---- the lab's own capture, for checking the story ---- */

static bool lab_parse(const struct pcap_pkthdr *h, const uint8_t *bytes,
		      int dlt, struct lab_pkt *k)
{
	struct cursor c = cur_make(bytes, h->caplen);
	unsigned ihl, proto, off;

	if (dlt == DLT_EN10MB) {
		cur_skip(&c, 12);
		if (cur_be16(&c) != 0x0800)
			return false;
	}
	ihl = (cur_u8(&c) & 15) * 4;
	cur_skip(&c, 5);
	off = cur_be16(&c) & 0x1fff;
	cur_skip(&c, 1);
	proto = cur_u8(&c);
	cur_skip(&c, 2);
	cur_bytes(&c, k->src, 4);
	cur_bytes(&c, k->dst, 4);
	if (proto != 6 || off || ihl < 20 || !cur_skip(&c, ihl - 20))
		return false;
	k->sport = cur_be16(&c);
	k->dport = cur_be16(&c);
	k->seq = cur_be32(&c);
	k->ack = cur_be32(&c);
	cur_u8(&c);
	k->flags = cur_u8(&c);
	k->t = (double)h->ts.tv_sec + h->ts.tv_usec / 1e6;
	return !cur_short(&c);
}

static int lab_packets(pcap_t *p, struct lab_pkt *pk, int max)
{
	struct pcap_pkthdr *h;
	const u_char *bytes;
	int n = 0, dlt = pcap_datalink(p);

	while (n < max && pcap_next_ex(p, &h, &bytes) == 1)
		if (lab_parse(h, bytes, dlt, &pk[n]))
			n++;
	return n;
}

static pcap_t *lab_capture(void)
{
	struct cap_opts co = { .dev = "lo", .snaplen = 262144,
			       .promisc = false, .timeout_ms = 50,
			       .immediate = true, .direction = -1 };
	char msg[PCAP_ERRBUF_SIZE + 128], warn[PCAP_ERRBUF_SIZE + 128];
	pcap_t *p = cap_open_live(&co, msg, sizeof(msg), warn, sizeof(warn));

	if (!p) {
		warn_msg("capture on lo: %s", msg);
		return NULL;
	}
	if (cap_set_filter(p, "tcp port 12345", PCAP_NETMASK_UNKNOWN, msg,
			   sizeof(msg)) < 0 ||
	    pcap_setnonblock(p, 1, msg) < 0) {
		warn_msg("capture on lo: %s", msg);
		pcap_close(p);
		return NULL;
	}
	return p;
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
	default: return "other";
	}
}

static void lab_picture(const struct lab_pkt *pk, int n)
{
	char a[64], b[64];
	int i;

	snprintf(a, sizeof(a), "client %u.%u.%u.%u:%u", pk[0].src[0],
		 pk[0].src[1], pk[0].src[2], pk[0].src[3], pk[0].sport);
	snprintf(b, sizeof(b), "server %u.%u.%u.%u:%u", pk[0].dst[0],
		 pk[0].dst[1], pk[0].dst[2], pk[0].dst[3], pk[0].dport);
	out_fmt("    %-26s %26s\n", a, b);
	for (i = 0; i < n; i++) {
		char label[64];
		bool to_server = pk[i].dport == LAB_PORT;

		if (pk[i].flags & 0x10)
			snprintf(label, sizeof(label), " %s ack=%u ",
				 flag_name(pk[i].flags), pk[i].ack);
		else
			snprintf(label, sizeof(label), " %s seq=%u ",
				 flag_name(pk[i].flags), pk[i].seq);
		out_fmt("    +%.6fs  %s", pk[i].t - pk[0].t,
			to_server ? "---" : "<--");
		out_str(label);
		out_fmt("%.*s%s\n", (int)(36 - strlen(label)),
			"------------------------------------",
			to_server ? "-->" : "---");
	}
}

static void lab_explain(const struct lab_pkt *pk, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		out_fmt("    %d. ", i + 1);
		if ((pk[i].flags & 0x3f) == 0x02)
			out_fmt("The client asks to open a connection to port "
				"%u: a SYN carrying its initial sequence number "
				"%u.\n", pk[i].dport, pk[i].seq);
		else if ((pk[i].flags & 0x14) == 0x14)
			out_fmt("Nothing listens on port %u, so the kernel "
				"answers for it with RST/ACK: seq 0, ack %u "
				"(the SYN's sequence number + 1). telnet reports "
				"\"Connection refused\".\n", pk[i].sport,
				pk[i].ack);
		else
			out_fmt("A %s segment.\n", flag_name(pk[i].flags));
	}
}

/* Did we see SYN then RST/ACK acknowledging it? NULL if so, else why. */
static const char *lab_check(const struct lab_pkt *pk, int n,
			     const struct lab_proc *tel)
{
	if (n < 1 || (pk[0].flags & 0x3f) != 0x02 || pk[0].dport != LAB_PORT)
		return "expected a SYN to port 12345 first";
	if (n < 2 || (pk[1].flags & 0x14) != 0x14 || pk[1].sport != LAB_PORT)
		return "expected the SYN to be answered by RST/ACK";
	if (pk[1].ack != pk[0].seq + 1)
		return "expected the RST/ACK to acknowledge the SYN's seq + 1";
	if (n != 2)
		return "expected exactly two packets";
	if (!WIFEXITED(tel->status) || WEXITSTATUS(tel->status) != 1)
		return "expected telnet to exit with status 1";
	if (!strstr(tel->err, "Connection refused"))
		return "expected telnet to report Connection refused";
	return NULL;
}

static int lab_refused(void)
{
	static struct lab_proc dump, tel;
	char *dump_argv[] = { "tcpdump", "-i", "lo", "-nnn", "-l", "port",
			      "12345", NULL };
	char *tel_argv[] = { "telnet", "127.0.0.1", "12345", NULL };
	struct lab_pkt pk[MAX_PKTS];
	const char *why;
	pcap_t *cap;
	int n;

	if (lab_netns() < 0)
		return 2;
	cap = lab_capture();
	if (!cap)
		return 2;
	out_str("A closed port: what \"Connection refused\" looks like on the wire.\n\n");
	out_str("Terminal 1:\n$ tcpbox tcpdump -i lo -nnn port 12345\n");
	lab_spawn(&dump, dump_main, dump_argv);
	if (!lab_wait_for(&dump, "listening on", 5000)) {
		kill(dump.pid, SIGTERM);
		lab_reap(&dump);
		indent(dump.err);
		pcap_close(cap);
		warn_msg("tcpdump did not start");
		return 1;
	}
	lab_print_banner(&dump);
	out_str("\nTerminal 2:\n$ tcpbox telnet 127.0.0.1 12345\n");
	lab_spawn(&tel, telnet_main, tel_argv);
	lab_reap(&tel);
	indent(tel.out);
	indent(tel.err);
	lab_collect(&dump, 300);
	kill(dump.pid, SIGINT);
	lab_reap(&dump);
	out_str("\nTerminal 1, then Ctrl-C:\n");
	/* the blank line tcpdump writes when interrupted is the ^C line's
	 * end on a terminal */
	if (dump.out_len >= 2 && !strcmp(dump.out + dump.out_len - 2, "\n\n"))
		dump.out[--dump.out_len] = '\0';
	indent(dump.out);
	out_str("    ^C\n");
	indent(lab_after_banner(&dump));
	n = lab_packets(cap, pk, MAX_PKTS);
	pcap_close(cap);
	if (n > 0) {
		out_str("\nThe sequence:\n");
		lab_picture(pk, n);
		out_str("\nWhat each packet means:\n");
		lab_explain(pk, n);
	}
	why = lab_check(pk, n, &tel);
	if (why) {
		out_flush();
		warn_msg("refused: the story did not hold: %s (saw %d packets)",
			 why, n);
		return 1;
	}
	out_str("\nThe story held: SYN answered by RST/ACK, telnet said "
		"Connection refused.\n");
	return 0;
}

int lab_main(int argc, char **argv)
{
	size_t i;

	if (argc != 2) {
		fputs(lab_help, stderr);
		return 2;
	}
	if (!strcmp(argv[1], "list")) {
		for (i = 0; i < sizeof(scenarios) / sizeof(scenarios[0]); i++)
			out_fmt("%-10s %s\n", scenarios[i].name,
				scenarios[i].line);
		return 0;
	}
	if (!strcmp(argv[1], "refused"))
		return lab_refused();
	warn_msg("unknown scenario '%s' (see: lab list)", argv[1]);
	return 2;
}
