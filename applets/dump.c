/* dump.c - capture packets and print them as tcpdump does.
 *
 * Compatible with: tcpdump 4.99.3 (options, stderr banner and statistics,
 * packet lines byte for byte for the protocols libcommon/decode prints,
 * exit codes). Captures through libpcap; filters are pcap-filter(7).
 * Beyond tcpdump: on SIGINT/SIGTERM the packets the kernel already holds
 * are printed before the statistics; --duration SECS ends a capture.
 * Beyond tcpdump also: --pid names the local process of TCP/UDP flows.
 * Not done: -E and -M (no cryptography in tcpbox: they say so), -T
 * forces only the printers tcpbox has (domain, snmp, tftp).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <grp.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "args.h"
#include "capture.h"
#include "diag.h"
#include "pktq.h"
#include "revlookup.h"
#include "procfd.h"
#include "tmfmt.h"
#include "users.h"
#include "decode/decode.h"
#include "decode/table.h"
#include "error.h"
#include "out.h"
#include "xfuncs.h"

const char dump_help[] =
"Usage: tcpdump [-AbdDefhHIJKlLnNOpqStuUvxX#] [ -B size ] [ -c count ] [--count]\n"
"\t\t[ -C file_size ] [ -E algo:secret ] [ -F file ] [ -G seconds ]\n"
"\t\t[ -i interface ] [ --immediate-mode ] [ -j tstamptype ]\n"
"\t\t[ -M secret ] [ --number ] [ --print ] [ -Q in|out|inout ]\n"
"\t\t[ -r file ] [ -s snaplen ] [ -T type ] [ --version ]\n"
"\t\t[ -V file ] [ -w file ] [ -W filecount ] [ -y datalinktype ]\n"
"\t\t[ --time-stamp-precision precision ] [ --micro ] [ --nano ]\n"
"\t\t[ -z postrotate-command ] [ -Z user ] [ expression ]\n"
"\n"
"tcpbox additions:\n"
"\t\t[ --duration seconds ]  stop capturing after that many seconds\n"
"\t\t[ --pid ]  end each TCP/UDP line of a local socket with\n"
"\t\t           (proc NAME:PID), from sock_diag and /proc\n";

enum {
	MAX_SNAPLEN = 262144,
	DUMP_IOBUF = 1 << 20,
	OPT_VERSION = 256, OPT_IMMEDIATE, OPT_TSPREC, OPT_NUMBER, OPT_COUNT,
	OPT_MICRO, OPT_NANO, OPT_PRINT, OPT_DURATION, OPT_PID,
};

static volatile sig_atomic_t dump_stop, dump_info;

struct dump_opts {
	struct dctx d;
	const char *dev, *rfile, *wfile, *ffile, *filter_expr;
	long long count;	/* -c, 0: no limit */
	int snaplen;
	bool promisc, immediate, line_buffered, packet_buffered;
	bool list_ifs, list_dlts, count_only, nano;
	bool foreign;		/* -f */
	int compile_dump;	/* -d count */
	int direction;
	int bufsize;
	const char *linktype;	/* -y */
	long long duration;	/* --duration, 0: none */
	long long filesize;	/* -C, bytes; 0: one file */
	int wcount;		/* -W */
	const char *user;	/* -Z */
	long long rotate_secs;	/* -G */
	const char *postrotate;	/* -z */
	const char *vfile;	/* -V: a file of -r file names */
	int tstamp_type;	/* -j, -1: default */
	bool list_tstamps;	/* -J */
	bool rfmon;		/* -I */
	bool pid;		/* --pid: name the local process of a flow */
	bool print;		/* --print: print even with -w */
	char *filter;		/* built from the arguments */
};

struct dump_run {
	struct dump_opts *o;
	pcap_t *p;
	pcap_dumper_t *w;
	decode_link_fn fn;
	unsigned long captured;
	char *iobuf;		/* stdio buffer of the -r file */
	char *wbuf;		/* stdio buffer of the -w file */
	char wname[4096];	/* the -w file being written */
	int wnum;		/* its number, with -C */
	time_t gtime;		/* -G: when the current file began */
	int gcount;		/* -G: files finished */
	/* names on, live: packets wait in q while a name is looked up by
	 * the lookup process rl (see names_pump) */
	struct pktq *q;
	struct revlookup *rl;
	unsigned long queued;	/* packets put in q */
	bool pumping;		/* the capture is still open */
	int64_t end_ms;		/* --duration's end, or 0 */
};

/* The first signal stops the capture (what was captured is still
 * printed); a second one stops the printing too. */
static void on_signal(int sig)
{
	(void)sig;
	if (dump_stop < 2)
		dump_stop++;
}

static void on_usr1(int sig)
{
	(void)sig;
	dump_info = 1;
}

static void version_print(FILE *f)
{
	fprintf(f, "tcpdump version 4.99.3 (tcpbox)\n%s\n", pcap_lib_version());
}

static _Noreturn void usage_die(void)
{
	version_print(stderr);
	fputs(dump_help, stderr);
	xexit(1);
}

/* Join argv[i..] with spaces, as tcpdump's copy_argv. */
static char *join_args(int argc, char **argv)
{
	size_t n = 1;
	char *s;
	int i;

	for (i = 0; i < argc; i++)
		n += strlen(argv[i]) + 1;
	s = xzalloc(n);
	for (i = 0; i < argc; i++) {
		if (i)
			strcat(s, " ");
		strcat(s, argv[i]);
	}
	return s;
}

static char *read_filter_file(const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf, *p;
	size_t n = 0, cap = 4096;

	if (!f)
		die("can't open %s: %s", path, strerror(errno));
	buf = xmalloc(cap);
	while (!feof(f)) {
		if (n + 1024 >= cap)
			buf = xrealloc(buf, cap *= 2);
		n += fread(buf + n, 1, cap - n - 1, f);
		if (ferror(f))
			die("read %s: %s", path, strerror(errno));
	}
	fclose(f);
	buf[n] = '\0';
	/* comments run from # to the end of the line */
	for (p = buf; (p = strchr(p, '#'));)
		while (*p && *p != '\n')
			*p++ = ' ';
	return buf;
}

static const struct option dump_long[] = {
	{ "buffer-size", required_argument, NULL, 'B' },
	{ "list-interfaces", no_argument, NULL, 'D' },
	{ "help", no_argument, NULL, 'h' },
	{ "interface", required_argument, NULL, 'i' },
	{ "dont-verify-checksums", no_argument, NULL, 'K' },
	{ "list-data-link-types", no_argument, NULL, 'L' },
	{ "no-promiscuous-mode", no_argument, NULL, 'p' },
	{ "direction", required_argument, NULL, 'Q' },
	{ "snapshot-length", required_argument, NULL, 's' },
	{ "packet-buffered", no_argument, NULL, 'U' },
	{ "linktype", required_argument, NULL, 'y' },
	{ "relinquish-privileges", required_argument, NULL, 'Z' },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ "immediate-mode", no_argument, NULL, OPT_IMMEDIATE },
	{ "time-stamp-precision", required_argument, NULL, OPT_TSPREC },
	{ "number", no_argument, NULL, OPT_NUMBER },
	{ "count", no_argument, NULL, OPT_COUNT },
	{ "micro", no_argument, NULL, OPT_MICRO },
	{ "nano", no_argument, NULL, OPT_NANO },
	{ "print", no_argument, NULL, OPT_PRINT },
	{ "duration", required_argument, NULL, OPT_DURATION },
	{ "pid", no_argument, NULL, OPT_PID },
	{ NULL, 0, NULL, 0 }
};

static void parse_snaplen(struct dump_opts *o, const char *s)
{
	char *end;
	long v = strtol(s, &end, 0);

	if (end == s || *end || v < 0 || v > MAX_SNAPLEN)
		die("invalid snaplen %s (must be >= 0 and <= %d)", s,
		    MAX_SNAPLEN);
	o->snaplen = v ? (int)v : MAX_SNAPLEN;
}

/* -T: the packet types tcpbox can force are the printers it has (the
 * DECODE_PT lines of table.h); the rest of tcpdump's list is named as
 * known but not decoded. */
static void parse_packet_type(struct dump_opts *o, const char *arg)
{
	static const char *const tcpdump_types[] = {
		"aodv", "carp", "cnfp", "domain", "lmp", "pgm",
		"pgm_zmtp1", "ptp", "radius", "resp", "rpc", "rtcp", "rtp",
		"snmp", "someip", "tftp", "vat", "vxlan", "wb", "zmtp1",
	};
	size_t i;

	for (i = 0; i < sizeof(tcpdump_types) / sizeof(tcpdump_types[0]); i++)
		if (!strcasecmp(arg, tcpdump_types[i])) {
			if (!decode_pt_known(tcpdump_types[i]))
				die("packet type `%s' is not decoded by tcpbox",
				    arg);
			o->d.packettype = tcpdump_types[i];
			return;
		}
	die("unknown packet type `%s'", arg);
}

/* -C: millions of bytes, or with a k/m/g suffix (tcpdump 4.99). */
static void parse_filesize(struct dump_opts *o, const char *s)
{
	char *end;
	long long v, unit = 1000000;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (*end && !end[1]) {
		switch (*end) {
		case 'k': case 'K': unit = 1024; end++; break;
		case 'm': case 'M': unit = 1024 * 1024; end++; break;
		case 'g': case 'G': unit = 1024 * 1024 * 1024; end++; break;
		}
	}
	if (end == s || *end || errno || v <= 0 || v > INT32_MAX)
		die("invalid file size %s", s);
	o->filesize = v * unit;
}

static void parse_opt(struct dump_opts *o, int c, const char *arg)
{
	long long v;

	switch (c) {
	case '#': o->d.number = 1; break;
	case 'A': o->d.Aflag++; break;
	case 'b': o->d.bflag = 1; break;
	case 'B':
		if (args_num(arg, 1, 0x7fffffff, &v) < 0)
			die("invalid packet buffer size %s", arg);
		o->bufsize = (int)v;
		break;
	case 'c':
		if (args_num(arg, 1, 0x7fffffff, &v) < 0)
			die("invalid packet count %s", arg);
		o->count = v;
		break;
	case 'd': o->compile_dump++; break;
	case 'D': o->list_ifs = true; break;
	case 'e': o->d.eflag++; break;
	case 'F': o->ffile = arg; break;
	case 'H': o->d.Hflag++; break;
	case 'h':
		version_print(stdout);
		fputs(dump_help, stdout);
		xexit(0);
	case 'i': o->dev = arg; break;
	case 'K': o->d.Kflag++; break;
	case 'l': o->line_buffered = true; break;
	case 'L': o->list_dlts = true; break;
	case 'n': o->d.nflag++; break;
	case 'N': o->d.Nflag++; break;
	case 'f': o->foreign = true; break;
	case 'p': o->promisc = false; break;
	case 'q': o->d.qflag++; break;
	case 'Q':
		if (!strcmp(arg, "in"))
			o->direction = PCAP_D_IN;
		else if (!strcmp(arg, "out"))
			o->direction = PCAP_D_OUT;
		else if (!strcmp(arg, "inout"))
			o->direction = PCAP_D_INOUT;
		else
			die("unknown capture direction '%s'", arg);
		break;
	case 'r': o->rfile = arg; break;
	case 's': parse_snaplen(o, arg); break;
	case 'S': o->d.Sflag++; break;
	case 't':
		if (o->d.ts < TS_FIRST)
			o->d.ts++;
		break;
	case 'U': o->packet_buffered = true; break;
	case 'v': o->d.vflag++; break;
	case 'w': o->wfile = arg; break;
	case 'x': o->d.xflag++; break;
	case 'X': o->d.Xflag++; break;
	case 'y': o->linktype = arg; break;
	case OPT_VERSION:
		version_print(stdout);
		xexit(0);
	case OPT_IMMEDIATE: o->immediate = true; break;
	case OPT_TSPREC:
		if (!strcmp(arg, "nano"))
			o->nano = true;
		else if (!strcmp(arg, "micro"))
			o->nano = false;
		else
			die("unsupported time stamp precision");
		break;
	case OPT_NUMBER: o->d.number = 1; break;
	case OPT_COUNT: o->count_only = true; break;
	case OPT_MICRO: o->nano = false; break;
	case OPT_NANO: o->nano = true; break;
	case OPT_PRINT: o->print = true; break;
	case OPT_PID: o->pid = true; break;
	case OPT_DURATION:
		if (args_num(arg, 1, 86400 * 365, &v) < 0)
			die("invalid duration %s", arg);
		o->duration = v;
		break;
	case 'C': parse_filesize(o, arg); break;
	case 'W':
		if (args_num(arg, 1, 0x7fffffff, &v) < 0)
			die("invalid number of output files %s", arg);
		o->wcount = (int)v;
		break;
	case 'Z': o->user = arg; break;
	case 'G':
		if (args_num(arg, 1, 0x7fffffff, &v) < 0)
			die("invalid rotation seconds %s", arg);
		o->rotate_secs = v;
		break;
	case 'z': o->postrotate = arg; break;
	case 'V': o->vfile = arg; break;
	case 'j':
		o->tstamp_type = pcap_tstamp_type_name_to_val(arg);
		if (o->tstamp_type < 0)
			die("invalid time stamp type %s", arg);
		break;
	case 'J': o->list_tstamps = true; break;
	case 'I': o->rfmon = true; break;
	case 'T': parse_packet_type(o, arg); break;
	case 'E':
	case 'M':
		die("-%c: tcpbox has no cryptography to decrypt ESP or check "
		    "TCP-MD5 signatures", c);
	default:
		/* -a -O -u -Y: accepted, no effect here */
		break;
	}
}

static void parse(struct dump_opts *o, int argc, char **argv)
{
	char *expr;
	int c;

	o->snaplen = MAX_SNAPLEN;
	o->promisc = true;
	o->direction = -1;
	o->tstamp_type = -1;
	while ((c = getopt_long(argc, argv,
				"aAbB:c:C:dDeE:fF:G:hHi:Ij:JKlLm:M:nNOpqQ:r:s:StT:uUvV:w:W:xXy:Yz:Z:#",
				dump_long, NULL)) != -1) {
		if (c == '?')
			usage_die();
		parse_opt(o, c, optarg);
	}
	/* tcpdump counts -t: 1 none, 2 unix, 3 delta, 4 date, 5 first */
	o->d.nano = o->nano;
	if (o->ffile)
		expr = read_filter_file(o->ffile);
	else
		expr = join_args(argc - optind, argv + optind);
	o->filter = cap_filter_ports(expr);
	free(expr);
}

static void list_interfaces(void)
{
	static const struct tok status_flags[] = {
		{ PCAP_IF_UP, "Up" },
		{ PCAP_IF_RUNNING, "Running" },
		{ PCAP_IF_LOOPBACK, "Loopback" },
		{ PCAP_IF_WIRELESS, "Wireless" },
		{ 0, NULL }
	};
	char ebuf[PCAP_ERRBUF_SIZE];
	pcap_if_t *devs, *dev;
	int i = 1;

	if (pcap_findalldevs(&devs, ebuf) < 0)
		die("%s", ebuf);
	for (dev = devs; dev; dev = dev->next, i++) {
		unsigned st = dev->flags & PCAP_IF_CONNECTION_STATUS;

		out_fmt("%d.%s", i, dev->name);
		if (dev->description)
			out_fmt(" (%s)", dev->description);
		if (dev->flags) {
			out_str(" [");
			tok_bits_print(status_flags, dev->flags, ", ", "none");
			if (dev->flags & PCAP_IF_WIRELESS) {
				if (st == PCAP_IF_CONNECTION_STATUS_CONNECTED)
					out_str(", Associated");
				else if (st == PCAP_IF_CONNECTION_STATUS_DISCONNECTED)
					out_str(", Not associated");
			} else if (st == PCAP_IF_CONNECTION_STATUS_CONNECTED)
				out_str(", Connected");
			else if (st == PCAP_IF_CONNECTION_STATUS_DISCONNECTED)
				out_str(", Disconnected");
			else if (st == PCAP_IF_CONNECTION_STATUS_UNKNOWN)
				out_str(", Connection status unknown");
			out_char(']');
		}
		out_char('\n');
	}
	pcap_freealldevs(devs);
}

static const char *default_device(void)
{
	char ebuf[PCAP_ERRBUF_SIZE];
	pcap_if_t *devs;
	static char name[256];

	if (pcap_findalldevs(&devs, ebuf) < 0)
		die("%s", ebuf);
	if (!devs)
		die("no suitable device found");
	snprintf(name, sizeof(name), "%s", devs->name);
	pcap_freealldevs(devs);
	return name;
}

static void print_dlt(pcap_t *p, const char *what, const char *name,
		      bool bytes, int snaplen)
{
	int dlt = pcap_datalink(p);
	const char *dn = pcap_datalink_val_to_name(dlt);

	fprintf(stderr, "%s %s", what, name);
	if (dn)
		fprintf(stderr, ", link-type %s (%s)", dn,
			pcap_datalink_val_to_description(dlt));
	else
		fprintf(stderr, ", link-type %u", dlt);
	fprintf(stderr, ", snapshot length %d%s\n", snaplen,
		bytes ? " bytes" : "");
}

static pcap_t *open_live(struct dump_opts *o)
{
	struct cap_opts co = {
		.dev = o->dev, .snaplen = o->snaplen, .promisc = o->promisc,
		.timeout_ms = o->line_buffered || isatty(1) ? 100 : 1000,
		.immediate = o->immediate,
		/* writing a file, a 32 MiB ring (tcpdump: 2 MiB) rides out
		 * bursts: fewer drops, the same bytes */
		.bufsize = o->bufsize ? o->bufsize : o->wfile ? 32768 : 0,
		.nano = o->nano, .direction = o->direction,
		.tstamp_type = o->tstamp_type, .rfmon = o->rfmon,
	};
	char msg[PCAP_ERRBUF_SIZE + 256], warn[PCAP_ERRBUF_SIZE + 256];
	const char *cap;
	pcap_t *p;

	if (!o->dev)
		o->dev = co.dev = default_device();
	p = cap_open_live(&co, msg, sizeof(msg), warn, sizeof(warn));
	if (!p) {
		warn_msg("%s", msg);
		cap = cap_missing_privilege();
		if (cap && strstr(msg, "permission"))
			msg_plain("(%s is needed to capture; run as root or "
				  "grant it with setcap)", cap);
		xexit(1);
	}
	if (*warn)
		warn_msg("WARNING: %s", warn);
	return p;
}

static void set_linktype(struct dump_opts *o, pcap_t *p)
{
	int dlt = -1;

	if (o->linktype) {
		dlt = pcap_datalink_name_to_val(o->linktype);
		if (dlt < 0)
			die("invalid data link type %s", o->linktype);
	} else if (!strcmp(o->dev, "any")) {
		dlt = DLT_LINUX_SLL2;
	}
	if (dlt < 0)
		return;
	if (pcap_set_datalink(p, dlt) < 0)
		die("%s", pcap_geterr(p));
	warn_msg("data link type %s", pcap_datalink_val_to_name(dlt));
}

/* tcpdump's MakeFilename: the -w name (through strftime(3) with -G),
 * followed with -C by the file number, zero-padded to the digits -W
 * needs. */
static void file_name(struct dump_run *r, int n)
{
	char base[sizeof(r->wname)];
	int w = 0, x = r->o->wcount - 1;

	if (r->o->rotate_secs) {
		struct tm tm;

		localtime_r(&r->gtime, &tm);
		if (!tm_format(base, sizeof(base), r->o->wfile, &tm))
			die("too many output files or filename is too long "
			    "(> %d)", (int)sizeof(base) - 1);
	} else {
		snprintf(base, sizeof(base), "%s", r->o->wfile);
	}
	for (; r->o->filesize && x > 0; x /= 10)
		w++;
	if (!r->o->filesize || (n == 0 && w == 0))
		snprintf(r->wname, sizeof(r->wname), "%s", base);
	else if (snprintf(r->wname, sizeof(r->wname), "%s%0*d", base, w, n) >=
		 (int)sizeof(r->wname))
		die("too many output files or filename is too long (> %d)",
		    (int)sizeof(r->wname) - 1);
}

static void open_writer(struct dump_run *r)
{
	file_name(r, r->wnum);
	if (!strcmp(r->wname, "-")) {
		r->w = pcap_dump_open(r->p, r->wname);
	} else {
		/* our own FILE, for a buffer larger than stdio's 4 KiB: a
		 * fast writer keeps up with more packets before the kernel
		 * ring overflows */
		FILE *f = fopen(r->wname, "wbe");

		if (!f)
			die("%s: %s", r->wname, strerror(errno));
		if (!r->wbuf)
			r->wbuf = xmalloc(DUMP_IOBUF);
		setvbuf(f, r->wbuf, _IOFBF, DUMP_IOBUF);
		r->w = pcap_dump_fopen(r->p, f);
	}
	if (!r->w)
		die("%s", pcap_geterr(r->p));
	/* with -U the file header is on disk before the first packet */
	if (r->o->packet_buffered)
		pcap_dump_flush(r->w);
}

/* -z: run the command on a finished file, not waiting for it. */
static void post_rotate(struct dump_run *r)
{
	pid_t pid;

	if (!r->o->postrotate)
		return;
	pid = fork();
	if (pid == 0) {
		execlp(r->o->postrotate, r->o->postrotate, r->wname,
		       (char *)NULL);
		msg_plain("compress_savefile: execlp(%s, %s) failed: %s",
			  r->o->postrotate, r->wname, strerror(errno));
		_exit(1);
	}
	if (pid < 0)
		warn_errno("compress_savefile: fork failed");
}

/* -C: the file is full; go on in the next one (-W: wrap around). */
static void rotate_size(struct dump_run *r)
{
	pcap_dump_close(r->w);
	post_rotate(r);
	r->wnum++;
	if (r->o->wcount && r->wnum >= r->o->wcount)
		r->wnum = 0;
	open_writer(r);
}

/* -G: a new file every rotate_secs (-W: that many files, then stop). */
static void rotate_time(struct dump_run *r, time_t now)
{
	r->gtime = now;
	r->gcount++;
	pcap_dump_close(r->w);
	r->w = NULL;
	post_rotate(r);
	if (!r->o->filesize && r->o->wcount && r->gcount >= r->o->wcount) {
		msg_plain("Maximum file limit reached: %d", r->o->wcount);
		dump_stop = 2;
		return;
	}
	r->wnum = 0;
	open_writer(r);
}

static void on_packet(u_char *user, const struct pcap_pkthdr *h,
		      const u_char *bytes)
{
	struct dump_run *r = (struct dump_run *)user;

	if (r->o->wfile) {
		if (r->o->rotate_secs && r->w &&
		    time(NULL) - r->gtime >= r->o->rotate_secs)
			rotate_time(r, time(NULL));
		if (!r->w)
			return;		/* -G -W: the last file is closed */
		if (r->o->filesize && pcap_dump_ftell(r->w) > r->o->filesize)
			rotate_size(r);
		r->captured++;
		pcap_dump((u_char *)r->w, h, bytes);
		if (r->o->packet_buffered)
			pcap_dump_flush(r->w);
		if (!r->o->print)
			return;
	} else {
		r->captured++;
	}
	if (r->o->count_only)
		return;
	decode_packet(&r->o->d, h, bytes, r->fn);
}

/* SIGUSR1: tcpdump's one-line statistics. */
static void stats_line(struct dump_run *r)
{
	struct pcap_stat st;

	if (pcap_stats(r->p, &st) < 0)
		return;
	warn_msg("%lu packet%s captured, %u packet%s received by filter, "
		 "%u packet%s dropped by kernel", r->captured,
		 r->captured == 1 ? "" : "s", st.ps_recv,
		 st.ps_recv == 1 ? "" : "s", st.ps_drop,
		 st.ps_drop == 1 ? "" : "s");
}

/* --pid: the local socket of the packet's flow (the sender's, else the
 * receiver's) by an exact sock_diag lookup, and its process from the
 * /proc/PID/fd map, rescanned at most every 200 ms when a socket is new. */
struct pid_note {
	struct diag *g;
	struct procfd *map;
	int64_t scanned;
};

static int64_t now_ms(void);

/* The inode of the packet's socket at its sender (reply: at its
 * receiver); with anyone, the socket listening on the sender's address
 * and port, whoever the peer (the kernel's lookup falls back to
 * listeners when no connection matches a zero remote end). */
static uint64_t flow_inode(struct diag *g, const struct dctx *d, bool reply,
			   bool anyone)
{
	struct diag_sock s = { 0 };
	unsigned n = d->flow.version == 6 ? 16 : 4;

	s.family = d->flow.version == 6 ? AF_INET6 : AF_INET;
	s.protocol = d->flow.proto;
	memcpy(s.src, reply ? d->flow.dst : d->flow.src, n);
	s.sport = reply ? d->flow.dport : d->flow.sport;
	if (!anyone) {
		memcpy(s.dst, reply ? d->flow.src : d->flow.dst, n);
		s.dport = reply ? d->flow.sport : d->flow.dport;
	}
	if (diag_inet_lookup(g, &s) < 0)
		return 0;
	return s.inode;
}

/* Candidate socket I of the packet's flow (0: none): 0, the sender's
 * own; 1, for TCP, the listener on the sender's address and port (a
 * SYN-ACK's sender is a request socket with no inode yet, or one accepted
 * so recently that the fd map has not seen it: either way the listener's
 * process accepts it); 2, when neither exists, the receiver's. */
static uint64_t pid_candidate(struct pid_note *p, const struct dctx *d,
			      int i, const uint64_t *ino)
{
	if (i == 0)
		return flow_inode(p->g, d, false, false);
	if (i == 1)
		return d->flow.proto == IPPROTO_TCP ?
			flow_inode(p->g, d, false, true) : 0;
	return ino[0] || ino[1] ? 0 : flow_inode(p->g, d, true, false);
}

/* The process of the first candidate that has one, looked up only as
 * far as needed; the fd map is rescanned once, at most every 200 ms,
 * when sockets were found but none is known. */
static void pid_note(struct dctx *d)
{
	struct pid_note *p = d->flow_arg;
	uint64_t ino[3] = { 0, 0, 0 };
	const char *name = NULL;
	pid_t pid = 0;
	int i, pass;

	for (pass = 0; pass < 2 && !pid; pass++) {
		if (pass) {
			if ((!ino[0] && !ino[1] && !ino[2]) ||
			    now_ms() - p->scanned < 200)
				break;
			procfd_scan(p->map);
			p->scanned = now_ms();
		}
		for (i = 0; i < 3 && !pid; i++) {
			if (!pass)
				ino[i] = pid_candidate(p, d, i, ino);
			if (ino[i])
				pid = procfd_lookup(p->map, ino[i], &name);
		}
	}
	if (pid)
		out_fmt(" (proc %s:%d)", name, (int)pid);
}

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- names on, live: tcpdump reads no packet while a reverse lookup
 * waits, so a slow resolver makes the kernel drop. Here a lookup process
 * (revlookup.h) answers while the capture goes on into a queue
 * (pktq.h); packets are printed from the queue, in order, with the same
 * names, only later. */

enum { QUEUE_LIMIT = 256 << 20, QUEUE_ROOM = 8 << 20 };

static void on_queue(u_char *user, const struct pcap_pkthdr *h,
		     const u_char *bytes)
{
	struct dump_run *r = (struct dump_run *)user;

	if (pktq_push(r->q, h, bytes))
		r->queued++;
}

/* Print the queued packets, up to -c; a second signal stops it. */
static void queue_print(struct dump_run *r)
{
	struct pkt *p;

	while ((!r->o->count || r->captured < (unsigned long)r->o->count) &&
	       dump_stop < 2 && (p = pktq_pop(r->q))) {
		on_packet((u_char *)r, &p->h, p->data);
		free(p);
	}
}

static int64_t now_ms(void);

/* names.c's lookup hook: ask the lookup process, and while it works
 * keep the capture flowing into the queue. */
static bool names_pump(struct dctx *d, int version, const uint8_t *a,
		       char *host, size_t size)
{
	struct dump_run *r = d->resolve_arg;
	struct pollfd pfd[2];
	int fd = r->rl ? revlookup_ask(r->rl, version, a) : -1;

	if (fd < 0)
		return false;
	pfd[0] = (struct pollfd){ .fd = fd, .events = POLLIN };
	pfd[1] = (struct pollfd){ .fd = pcap_get_selectable_fd(r->p),
				  .events = POLLIN };
	for (;;) {
		bool pump = r->pumping && !dump_stop &&
			    (!r->end_ms || now_ms() < r->end_ms) &&
			    pktq_room(r->q, QUEUE_ROOM);

		if (poll(pfd, pump ? 2 : 1, 100) < 0 && errno != EINTR)
			return false;
		if (dump_stop >= 2) {
			/* stop now: no more names, no answer awaited */
			revlookup_stop(r->rl);
			r->rl = NULL;
			return false;
		}
		if (pfd[0].revents)
			return revlookup_answer(r->rl, host, size) && *host;
		if (pump && pfd[1].revents &&
		    pcap_dispatch(r->p, -1, on_queue, (u_char *)r) < 0)
			r->pumping = false;
	}
}

/* Start the queue and the lookup process; false (and nothing changed)
 * when the process cannot be had: then lookups block as in tcpdump. */
static bool names_start(struct dump_run *r)
{
	if (!(r->rl = revlookup_start()))
		return false;
	r->q = pktq_new(QUEUE_LIMIT);
	r->pumping = true;
	r->o->d.resolve = names_pump;
	r->o->d.resolve_arg = r;
	return true;
}

static void names_stop(struct dump_run *r)
{
	r->pumping = false;
	queue_print(r);
	r->o->d.resolve = NULL;
	revlookup_stop(r->rl);
	r->rl = NULL;
	pktq_free(r->q);
	r->q = NULL;
}

/* Wait for packets and hand them out until -c, a signal or --duration.
 * On a signal keep reading for one capture timeout, so the packets the
 * kernel already holds (a TPACKET_V3 block not yet handed over) are not
 * lost. Returns 0, -1 on a capture error, -2 when stopped by a signal. */
static int live_loop(struct dump_run *r, int timeout_ms, pcap_handler fn,
		     unsigned long *got)
{
	struct dump_opts *o = r->o;
	int64_t end = o->duration ? now_ms() + o->duration * 1000 : 0;

	r->end_ms = end;
	int64_t drain_end = 0, next_got = now_ms() + 1000;
	struct pollfd pfd = { .fd = pcap_get_selectable_fd(r->p),
			      .events = POLLIN };
	char ebuf[PCAP_ERRBUF_SIZE];
	int n;

	if (pcap_setnonblock(r->p, 1, ebuf) < 0)
		die("%s", ebuf);
	for (;;) {
		long long left = o->count ? o->count - (long long)*got : -1;
		int wait = timeout_ms;

		if (o->count && left <= 0)
			return 0;
		if (r->q && !pktq_room(r->q, QUEUE_ROOM))
			fn = NULL;	/* full: leave them to the kernel */
		n = fn ? pcap_dispatch(r->p, o->count ? (int)left : -1, fn,
				       (u_char *)r) : 0;
		if (n < 0)
			return n == PCAP_ERROR_BREAK ? -2 : -1;
		if (r->q)
			queue_print(r);
		if (dump_info) {
			dump_info = 0;
			stats_line(r);
		}
		if (r->w && o->d.vflag && now_ms() >= next_got) {
			fprintf(stderr, "Got %lu\r", r->captured);
			next_got = now_ms() + 1000;
		}
		if (dump_stop && !drain_end)
			drain_end = now_ms() + timeout_ms + 50;
		if (drain_end && now_ms() >= drain_end)
			return -2;
		if (end && now_ms() >= end)
			return 0;
		if (n > 0)
			continue;
		if (drain_end)
			wait = 20;
		else if (end && end - now_ms() < wait)
			wait = (int)(end - now_ms());
		if (poll(&pfd, 1, wait < 0 ? 0 : wait) < 0 && errno != EINTR)
			return -1;
	}
}

static void stats_print(struct dump_run *r)
{
	struct pcap_stat st;

	if (pcap_stats(r->p, &st) < 0) {
		msg_plain("pcap_stats: %s", pcap_geterr(r->p));
		return;
	}
	msg_plain("%lu packet%s captured", r->captured,
		  r->captured == 1 ? "" : "s");
	msg_plain("%u packet%s received by filter", st.ps_recv,
		  st.ps_recv == 1 ? "" : "s");
	msg_plain("%u packet%s dropped by kernel", st.ps_drop,
		  st.ps_drop == 1 ? "" : "s");
	if (st.ps_ifdrop)
		msg_plain("%u packet%s dropped by interface", st.ps_ifdrop,
			  st.ps_ifdrop == 1 ? "" : "s");
}

/* -Z: as tcpdump's droproot, after the capture and the -w file are
 * open (so the file is created with our privileges: tcpdump#637). */
static void drop_privileges(const char *user)
{
	struct user pw;
	gid_t groups[64];
	int n;

	if (!user || (getuid() != 0 && geteuid() != 0))
		return;
	if (!user_by_name(user, &pw))
		die("Couldn't find user '%.32s'", user);
	n = user_groups(&pw, groups, 64);
	if (n < 0 || setgroups((size_t)n, groups) != 0 ||
	    setgid(pw.gid) != 0 || setuid(pw.uid) != 0)
		die("Couldn't change to '%.32s' uid=%lu gid=%lu: %s", user,
		    (unsigned long)pw.uid, (unsigned long)pw.gid,
		    strerror(errno));
}

static void install_signals(void)
{
	struct sigaction sa = { .sa_handler = on_signal };

	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sa.sa_handler = on_usr1;
	sigaction(SIGUSR1, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}

static void compile_filter(struct dump_run *r)
{
	char msg[PCAP_ERRBUF_SIZE + 64];
	bpf_u_int32 net = 0, mask = PCAP_NETMASK_UNKNOWN;
	char ebuf[PCAP_ERRBUF_SIZE];

	if (!r->o->rfile && pcap_lookupnet(r->o->dev, &net, &mask, ebuf) < 0)
		mask = PCAP_NETMASK_UNKNOWN;
	/* -f: names only for hosts on the capture's network (tcpdump asks
	 * libpcap for it only when capturing live) */
	if (r->o->foreign && !r->o->rfile && mask != PCAP_NETMASK_UNKNOWN) {
		r->o->d.flocalnet = ntohl(net);
		r->o->d.fnetmask = ntohl(mask);
	}
	if (cap_set_filter(r->p, r->o->filter, mask, msg, sizeof(msg)) < 0)
		die("%s", msg);
}

static void bpf_dump_print(struct dump_run *r)
{
	struct bpf_program prog;

	if (pcap_compile(r->p, &prog, r->o->filter, 1, PCAP_NETMASK_UNKNOWN) < 0)
		die("%s", pcap_geterr(r->p));
	bpf_dump(&prog, r->o->compile_dump);
	pcap_freecode(&prog);
}

static int run_file(struct dump_run *r)
{
	char msg[PCAP_ERRBUF_SIZE];
	int n;

	r->iobuf = xmalloc(DUMP_IOBUF);
	r->p = cap_open_file(r->o->rfile, r->o->nano, r->iobuf, DUMP_IOBUF,
			     msg, sizeof(msg));
	if (!r->p)
		die("%s", msg);
	if (r->o->compile_dump) {
		bpf_dump_print(r);
		return 0;
	}
	print_dlt(r->p, "reading from file", r->o->rfile, false,
		  pcap_snapshot(r->p));
	compile_filter(r);
	if (r->o->wfile)
		open_writer(r);
	if ((!r->o->wfile || r->o->print) &&
	    !(r->fn = decode_link_lookup(pcap_datalink(r->p))))
		die("packet printing is not supported for link type %s: use -w",
		    pcap_datalink_val_to_name(pcap_datalink(r->p)));
	drop_privileges(r->o->user);
	n = pcap_loop(r->p, r->o->count ? (int)r->o->count : -1, on_packet,
		      (u_char *)r);
	if (n == -1)
		warn_msg("pcap_loop: %s", pcap_geterr(r->p));
	if (r->o->count_only)
		out_fmt("%lu packet%s\n", r->captured,
			r->captured == 1 ? "" : "s");
	return n == -1 ? 1 : 0;
}

/* -J: the time stamp types of the device, as tcpdump lists them. */
static int list_tstamp_types(const char *dev)
{
	char ebuf[PCAP_ERRBUF_SIZE];
	pcap_t *p = pcap_create(dev, ebuf);
	int *types, n, i;

	if (!p)
		die("%s", ebuf);
	n = pcap_list_tstamp_types(p, &types);
	if (n < 0)
		die("%s", pcap_geterr(p));
	if (n == 0) {
		msg_plain("Time stamp type cannot be set for %s", dev);
	} else {
		out_fmt("Time stamp types for %s (use option -j to set):\n", dev);
		for (i = 0; i < n; i++) {
			const char *name = pcap_tstamp_type_val_to_name(types[i]);

			if (name)
				out_fmt("  %s (%s)\n", name,
					pcap_tstamp_type_val_to_description(types[i]));
			else
				out_fmt("  %d\n", types[i]);
		}
		pcap_free_tstamp_types(types);
	}
	pcap_close(p);
	return 0;
}

/* -V: read each capture named in the file (or stdin), one a line. */
static int run_files(struct dump_run *r)
{
	FILE *f = strcmp(r->o->vfile, "-") ? fopen(r->o->vfile, "r") : stdin;
	char line[4096];
	int rc = 0;

	if (!f)
		die("Can't open %s: %s", r->o->vfile, strerror(errno));
	while (rc == 0 && fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\r\n")] = '\0';
		if (!*line)
			continue;
		r->o->rfile = line;
		rc = run_file(r);
		pcap_close(r->p);
		r->p = NULL;
		free(r->iobuf);
		r->iobuf = NULL;
	}
	if (f != stdin)
		fclose(f);
	r->o->rfile = NULL;
	return rc;
}

static int run_live(struct dump_run *r)
{
	struct dump_opts *o = r->o;
	int n, timeout = o->line_buffered || isatty(1) ? 100 : 1000;

	if (o->list_tstamps) {
		if (!o->dev)
			o->dev = default_device();
		return list_tstamp_types(o->dev);
	}
	r->p = open_live(o);
	set_linktype(o, r->p);
	if (o->list_dlts) {
		int *dlts, i, cnt = pcap_list_datalinks(r->p, &dlts);

		msg_plain("Data link types for %s (use option -y to set):",
			  o->dev);
		for (i = 0; i < cnt; i++)
			msg_plain("  %s (%s)", pcap_datalink_val_to_name(dlts[i]),
				  pcap_datalink_val_to_description(dlts[i]));
		pcap_free_datalinks(dlts);
		return 0;
	}
	if (o->compile_dump) {
		bpf_dump_print(r);
		return 0;
	}
	compile_filter(r);
	if (o->wfile)
		open_writer(r);
	if ((!o->wfile || o->print) &&
	    !(r->fn = decode_link_lookup(pcap_datalink(r->p))))
		die("packet printing is not supported for link type %s: use -w",
		    pcap_datalink_val_to_name(pcap_datalink(r->p)));
	drop_privileges(o->user);
	if (!o->d.vflag && !o->wfile)
		warn_msg("verbose output suppressed, use -v[v]... for full protocol decode");
	else
		fprintf(stderr, "%s: ", msg_prog());
	print_dlt(r->p, "listening on", o->dev, true, o->snaplen);
	install_signals();
	if (!o->d.nflag && !o->count_only && (!o->wfile || o->print) &&
	    names_start(r)) {
		n = live_loop(r, timeout, on_queue, &r->queued);
		names_stop(r);
	} else {
		n = live_loop(r, timeout, on_packet, &r->captured);
	}
	if (!o->wfile && n == -2)
		out_char('\n');
	out_flush();
	if (n == -1)
		warn_msg("pcap_loop: %s", pcap_geterr(r->p));
	if (r->w)
		pcap_dump_flush(r->w);
	stats_print(r);
	return n == -1 ? 1 : 0;
}

int dump_main(int argc, char **argv)
{
	struct dump_opts o = { 0 };
	struct dump_run r = { .o = &o };
	int rc;

	/* "tcpbox dump" speaks as tcpdump; a link keeps its own name */
	if (!strcmp(argv[0], "dump")) {
		argv[0] = "tcpdump";
		msg_set_prog(argv[0]);
	}
	parse(&o, argc, argv);
	if (o.list_ifs) {
		list_interfaces();
		free(o.filter);
		return 0;
	}
	if (o.line_buffered)
		out_set_linebuf(1);
	if (o.wfile && !strcmp(o.wfile, "-"))
		out_set_fd(STDERR_FILENO);
	r.gtime = time(NULL);
	decode_init(&o.d);
	if (o.pid) {
		struct pid_note *p = xzalloc(sizeof(*p));

		p->g = diag_open();
		if (!p->g)
			die_errno("--pid: sock_diag");
		p->map = procfd_new(false);
		p->scanned = -1000;
		o.d.flow_note = pid_note;
		o.d.flow_arg = p;
	}
	if (o.vfile)
		rc = run_files(&r);
	else
		rc = o.rfile ? run_file(&r) : run_live(&r);
	if (r.w)
		pcap_dump_close(r.w);
	if (r.p)
		pcap_close(r.p);
	free(r.iobuf);
	free(r.wbuf);
	decode_done(&o.d);
	if (o.d.flow_arg) {
		struct pid_note *p = o.d.flow_arg;

		diag_close(p->g);
		procfd_free(p->map);
		free(p);
	}
	free(o.filter);
	return rc;
}
