/* capture.c - libpcap wrapper with tcpdump 4.99's messages. */
#include <ctype.h>
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "capture.h"
#include "net.h"
#include "xfuncs.h"

pcap_t *cap_open_live(const struct cap_opts *o, char *msg, size_t msglen,
		      char *warn, size_t warnlen)
{
	char ebuf[PCAP_ERRBUF_SIZE] = "";
	pcap_t *p;
	int st;
	const char *cp;

	*warn = '\0';
	p = pcap_create(o->dev, ebuf);
	if (!p) {
		snprintf(msg, msglen, "%s", ebuf);
		return NULL;
	}
	if (o->nano)
		pcap_set_tstamp_precision(p, PCAP_TSTAMP_PRECISION_NANO);
	if (o->rfmon && (st = pcap_set_rfmon(p, 1)) != 0) {
		snprintf(msg, msglen, "%s: Can't set monitor mode: %s", o->dev,
			 pcap_statustostr(st));
		pcap_close(p);
		return NULL;
	}
	if (o->tstamp_type >= 0 &&
	    (st = pcap_set_tstamp_type(p, o->tstamp_type)) != 0 &&
	    st != PCAP_WARNING_TSTAMP_TYPE_NOTSUP) {
		snprintf(msg, msglen, "%s: Can't set time stamp type: %s",
			 o->dev, pcap_statustostr(st));
		pcap_close(p);
		return NULL;
	}
	pcap_set_snaplen(p, o->snaplen);
	pcap_set_promisc(p, o->promisc);
	pcap_set_timeout(p, o->timeout_ms);
	if (o->bufsize)
		pcap_set_buffer_size(p, o->bufsize * 1024);
	if (o->immediate)
		pcap_set_immediate_mode(p, 1);
	st = pcap_activate(p);
	cp = pcap_geterr(p);
	if (st < 0) {
		if (st == PCAP_ERROR)
			snprintf(msg, msglen, "%s", cp);
		else if ((st == PCAP_ERROR_NO_SUCH_DEVICE ||
			  st == PCAP_ERROR_PERM_DENIED) && *cp)
			snprintf(msg, msglen, "%s: %s\n(%s)", o->dev,
				 pcap_statustostr(st), cp);
		else
			snprintf(msg, msglen, "%s: %s", o->dev,
				 pcap_statustostr(st));
		pcap_close(p);
		return NULL;
	}
	if (st > 0) {
		if (st == PCAP_WARNING)
			snprintf(warn, warnlen, "%s", cp);
		else if (st == PCAP_WARNING_PROMISC_NOTSUP && *cp)
			snprintf(warn, warnlen, "%s: %s\n(%s)", o->dev,
				 pcap_statustostr(st), cp);
		else
			snprintf(warn, warnlen, "%s: %s", o->dev,
				 pcap_statustostr(st));
	}
	if (o->direction >= 0 &&
	    pcap_setdirection(p, (pcap_direction_t)o->direction) != 0) {
		snprintf(msg, msglen, "%s: pcap_setdirection() failed: %s",
			 o->dev, pcap_geterr(p));
		pcap_close(p);
		return NULL;
	}
	return p;
}

pcap_t *cap_open_file(const char *path, bool nano, char *iobuf,
		      size_t iolen, char *msg, size_t msglen)
{
	char ebuf[PCAP_ERRBUF_SIZE] = "";
	pcap_t *p;

	unsigned prec = nano ? PCAP_TSTAMP_PRECISION_NANO :
			       PCAP_TSTAMP_PRECISION_MICRO;
	FILE *f;

	if (!strcmp(path, "-")) {
		p = pcap_open_offline_with_tstamp_precision(path, prec, ebuf);
		if (!p)
			snprintf(msg, msglen, "%s", ebuf);
		return p;
	}
	/* libpcap reads through stdio; a large buffer saves most of the
	 * read(2) calls of its default 4 KiB one */
	f = fopen(path, "rbe");
	if (!f) {
		snprintf(msg, msglen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	if (iobuf)
		setvbuf(f, iobuf, _IOFBF, iolen);
	p = pcap_fopen_offline_with_tstamp_precision(f, prec, ebuf);
	if (!p) {
		snprintf(msg, msglen, "%s", ebuf);
		fclose(f);
	}
	return p;
}

int cap_set_filter(pcap_t *p, const char *expr, bpf_u_int32 netmask,
		   char *msg, size_t msglen)
{
	struct bpf_program prog;

	if (pcap_compile(p, &prog, expr ? expr : "", 1, netmask) < 0) {
		snprintf(msg, msglen, "%s", pcap_geterr(p));
		return -1;
	}
	if (pcap_setfilter(p, &prog) < 0) {
		snprintf(msg, msglen, "%s", pcap_geterr(p));
		pcap_freecode(&prog);
		return -1;
	}
	pcap_freecode(&prog);
	return 0;
}

const char *cap_missing_privilege(void)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct data[2];

	if (syscall(SYS_capget, &h, data) != 0)
		return NULL;
	if (!(data[0].effective & (1u << CAP_NET_RAW)))
		return "CAP_NET_RAW";
	if (!(data[0].effective & (1u << CAP_NET_ADMIN)))
		return "CAP_NET_ADMIN";
	return NULL;
}

/* Is the word s[0..n) equal to w? */
static bool word_is(const char *s, size_t n, const char *w)
{
	return strlen(w) == n && !strncmp(s, w, n);
}

char *cap_filter_ports(const char *expr)
{
	size_t len = strlen(expr), o = 0;
	char *out = xmalloc(len * 2 + 16);
	const char *s = expr, *prev = NULL;
	size_t prevn = 0;

	while (*s) {
		size_t n = 0;
		char name[64];
		int port;

		if (!isalnum((unsigned char)*s) && *s != '-' && *s != '_') {
			out[o++] = *s++;
			continue;
		}
		while (isalnum((unsigned char)s[n]) || s[n] == '-' || s[n] == '_')
			n++;
		port = -1;
		if (prev && word_is(prev, prevn, "port") && n < sizeof(name) &&
		    isalpha((unsigned char)*s)) {
			memcpy(name, s, n);
			name[n] = '\0';
			if (!getservbyname(name, "tcp") &&
			    !getservbyname(name, "udp"))
				port = services_port(name, SERV_TCP | SERV_UDP);
		}
		if (port >= 0)
			o += (size_t)sprintf(out + o, "%d", port);
		else {
			memcpy(out + o, s, n);
			o += n;
		}
		prev = s;
		prevn = n;
		s += n;
	}
	out[o] = '\0';
	return out;
}
