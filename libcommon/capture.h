/* capture.h - libpcap, opened and reported the way tcpdump does it. */
#ifndef TCPBOX_CAPTURE_H
#define TCPBOX_CAPTURE_H

#include <pcap/pcap.h>
#include <stdbool.h>

struct cap_opts {
	const char *dev;
	int snaplen;
	bool promisc;
	int timeout_ms;
	bool immediate;
	int bufsize;		/* kernel buffer in KiB, 0: default */
	bool nano;		/* ask for nanosecond timestamps */
	int direction;		/* PCAP_D_*, or -1 to leave alone */
	int tstamp_type;	/* PCAP_TSTAMP_*, or -1 for the default */
	bool rfmon;		/* monitor mode (-I) */
};

/* Open and activate a live capture. On failure returns NULL and puts
 * tcpdump's message (without the program prefix; it may hold a second
 * line) in msg. A warning from pcap_activate goes in warn (else ""). */
pcap_t *cap_open_live(const struct cap_opts *o, char *msg, size_t msglen,
		      char *warn, size_t warnlen);
/* Open a savefile (pcap or pcapng; "-" is stdin). NULL: msg as above.
 * iobuf (may be NULL) becomes the file's stdio buffer: it must outlive
 * the pcap_t; a large one saves most of libpcap's 4 KiB read(2) calls. */
pcap_t *cap_open_file(const char *path, bool nano, char *iobuf,
		      size_t iolen, char *msg, size_t msglen);
/* Compile and install a filter (NULL or "": none). -1: msg holds the
 * error as tcpdump words it. */
int cap_set_filter(pcap_t *p, const char *expr, bpf_u_int32 netmask,
		   char *msg, size_t msglen);
/* A copy of a filter expression where each "port NAME" whose NAME the
 * system cannot resolve (no /etc/services in an empty root) has NAME
 * replaced by its number from the built-in services table. Free it. */
char *cap_filter_ports(const char *expr);
/* The missing capability, when a live open failed for lack of privilege
 * ("CAP_NET_RAW"), or NULL. */
const char *cap_missing_privilege(void);

#endif
