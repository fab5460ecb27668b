/* decode.h - packet printers with tcpdump 4.99's output.
 *
 * One printer per protocol, libcommon/decode/print-<proto>.c, entry
 * <proto>_print(struct dctx *, struct cursor, unsigned len). The cursor
 * covers the captured bytes of the protocol's part of the packet; len is
 * its length on the wire (what the enclosing header claims), which may be
 * larger than the capture. Printers write through out.h and read packet
 * bytes only through cursor.h.
 *
 * When a printer meets the end of the capture it prints tcpdump's
 * truncation marker with decode_trunc() (" [|tcp]"), which sets d->stop;
 * every caller returns as soon as d->stop is set, so nothing more of that
 * packet is printed except the hex dump (as tcpdump's longjmp does).
 */
#ifndef TCPBOX_DECODE_H
#define TCPBOX_DECODE_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/time.h>

#include "cursor.h"

struct tcp_seq_table;
struct name_cache;
struct sl_state;
struct pcap_pkthdr;

enum ts_mode {
	TS_DEFAULT = 0,	/* hh:mm:ss.frac, local time */
	TS_NONE,	/* -t */
	TS_UNIX,	/* -tt: seconds.frac since the epoch */
	TS_DELTA,	/* -ttt: since the previous packet */
	TS_DATE,	/* -tttt: date and time */
	TS_FIRST,	/* -ttttt: since the first packet */
};

/* Everything a printer may consult; no globals. */
struct dctx {
	/* option counts, as tcpdump's ndo_*flag */
	int nflag, vflag, eflag, qflag, Sflag, Kflag, xflag, Xflag, Aflag;
	int Nflag;		/* host names without their domain */
	int bflag;		/* -b: 4-byte AS numbers in ASDOT notation */
	uint32_t flocalnet, fnetmask;	/* -f: names only inside this
					 * network (mask 0: everywhere) */
	int Hflag;		/* -H: 802.11s mesh headers */
	int number;		/* -#: print the packet number */
	const char *packettype;	/* -T: a name of table.h's DECODE_PT
				 * lines, or NULL */
	enum ts_mode ts;
	bool nano;		/* timestamps have nanosecond resolution */

	/* per-run state */
	uint64_t count;		/* packets printed so far */
	int64_t prev_sec, prev_frac, first_sec, first_frac;
	bool have_first;
	int64_t hms_sec;	/* the second whose "hh:mm:ss." is in hms */
	bool hms_valid;
	char hms[16];
	struct tcp_seq_table *tcp;	/* relative sequence numbers */
	struct name_cache *names;	/* address -> host name, without -n */
	/* names.c asks this for a host name when set (dump: a lookup that
	 * lets the capture go on); true with the name in host, false for
	 * none */
	bool (*resolve)(struct dctx *d, int version, const uint8_t *a,
			char *host, size_t size);
	void *resolve_arg;
	struct sl_state *sl;	/* SLIP: compressed TCP lengths so far */

	/* --pid: the TCP/UDP flow the packet's printer saw, and who wants
	 * to hear of it after the line (NULL: nobody) */
	struct {
		bool valid;
		int version, proto;
		uint8_t src[16], dst[16];
		unsigned sport, dport;
	} flow;
	void (*flow_note)(struct dctx *d);
	void *flow_arg;

	/* ISAKMP: the last 20 initiator cookies with their addresses, to
	 * tell initiator from responder (print-isakmp.c) */
	struct isakmp_initiator {
		uint8_t cookie[8];
		uint8_t version;	/* of the addresses; 0: none */
		uint8_t iaddr[16], raddr[16];
	} isakmp[20];
	unsigned isakmp_next;

	/* NFS: the last 64 calls, to know how to print their replies
	 * (print-nfs.c) */
	struct nfs_xid {
		uint32_t xid, proc, vers;
		uint8_t version;	/* of the addresses; 0: none */
		uint8_t client[16], server[16];
	} nfs_xid[64];
	unsigned nfs_xid_next, nfs_xid_hint;

	/* AFS RX: the last 64 calls, for the opcodes of their replies
	 * (print-rx.c) */
	struct rx_call {
		uint32_t callnum, client, server, opcode;
		uint16_t dport, service;
	} rx_call[64];
	unsigned rx_call_next, rx_call_hint;

	/* per-packet state */
	bool stop;		/* a marker ended the decode of this packet */
	bool cut;		/* ... through decode_trunc_cut() */
	unsigned ll_hdr_len;	/* link header length, for -x/-X/-A */
	const uint8_t *ether_src;	/* while an Ethernet frame's payload
					 * prints: its source MAC, else NULL */
};

/* The IP layer's view handed to transport printers (checksums, names). */
struct ipinfo {
	int version;		/* 4 or 6 */
	uint8_t src[16], dst[16];
	uint8_t pdst[16];	/* pseudo-header destination: the final one
				 * of an IPv6 routing header, else dst */
	unsigned len;		/* transport length on the wire */
	bool fragmented;	/* not the first fragment, or more follow */
	uint8_t nh;		/* transport protocol number */
	uint8_t hdr_nh;		/* the IP header's own protocol field */
	unsigned ttl;
};

/* A link-layer printer: prints the line after the timestamp and returns
 * the link header length (the -x dumps start after it). */
typedef unsigned (*decode_link_fn)(struct dctx *d, struct cursor c,
				   unsigned len);

/* The printer for a pcap DLT_* value; for a link type without one, the
 * printer of tcpdump's UNSUPPORTED lines (table.h has the other
 * lookups). */
decode_link_fn decode_link_lookup(int dlt);
/* Print one packet the way tcpdump does: number, timestamp, the link
 * printer's line, hex/ASCII dumps, newline. */
void decode_packet(struct dctx *d, const struct pcap_pkthdr *h,
		   const uint8_t *p, decode_link_fn fn);
/* Per-run state: call once before the first packet, and after the last
 * to free what the run allocated. */
void decode_init(struct dctx *d);
void decode_done(struct dctx *d);

/* " [|proto]" and d->stop. */
void decode_trunc(struct dctx *d, const char *proto);
/* The same, where tcpdump's bounds-checked read gave up on the packet
 * (a longjmp there): its hex dumps then start at the link header. */
void decode_trunc_cut(struct dctx *d, const char *proto);
/* " (invalid)" and d->stop. */
void decode_invalid(struct dctx *d);

/* Remember the packet's flow for d->flow_note (TCP and UDP printers). */
void decode_flow(struct dctx *d, const struct ipinfo *ip, unsigned proto,
		 unsigned sport, unsigned dport);

/* Names without -n (names.c): the host name of an address (or its
 * numeric form), cached per run; a port's name from /etc/services, or
 * NULL; an IP protocol's IANA keyword, or NULL. */
const char *names_host(struct dctx *d, int version, const uint8_t *a);
const char *names_port(struct dctx *d, unsigned port, bool udp);
const char *names_ipproto(unsigned nh);
void names_free(struct name_cache *nc);

/* Helpers in util.c */
void decode_ipaddr(struct dctx *d, int version, const uint8_t *a);
void decode_ip4addr(struct dctx *d, const uint8_t *a);
/* The same text, in buf (16 bytes) or the name cache; returns it. */
const char *decode_ip4addr_str(struct dctx *d, const uint8_t *a, char *buf);
void decode_ip6addr(struct dctx *d, const uint8_t *a);
/* The IPv6 address at offset off of c; false (nothing printed) if it
 * was not captured. */
bool decode_ip6addr_at(struct dctx *d, struct cursor c, unsigned off);
void decode_etheraddr(struct dctx *d, const uint8_t *a);
/* A port, named unless -n (as tcpdump 4.99: any -n suppresses names). */
void decode_port(struct dctx *d, unsigned port, bool udp);
/* tcpdump's hex_print / hex_and_ascii_print / ascii_print, with the
 * "\n\t" line indent. */
void decode_hex(struct cursor c, unsigned len, unsigned offset);
/* decode_hex with another line start than "\n\t" (tcpdump's
 * print_unknown_data). */
void decode_hex_ident(struct cursor c, unsigned len, const char *ident);
void decode_hex_ascii(struct cursor c, unsigned len, unsigned offset);
/* decode_hex_ascii with another line start (hex_and_ascii_print's). */
void decode_hex_ascii_ident(struct cursor c, unsigned len, const char *ident);
void decode_ascii(struct cursor c, unsigned len);
/* Internet checksum (RFC 1071) of the next len bytes of c, plus sum,
 * folded and complemented. Reads past the window count as zero; check
 * cur_has(&c, len) first when that matters. */
uint16_t decode_cksum(struct cursor c, unsigned len, uint32_t sum);
/* Pseudo-header sum for TCP/UDP/ICMPv6 checksums. */
uint32_t decode_pseudo_sum(const struct ipinfo *ip, unsigned len,
			   unsigned proto);

/* Link layers */
unsigned ether_if_print(struct dctx *d, struct cursor c, unsigned len);
unsigned sll_if_print(struct dctx *d, struct cursor c, unsigned len);
unsigned sll2_if_print(struct dctx *d, struct cursor c, unsigned len);
unsigned null_if_print(struct dctx *d, struct cursor c, unsigned len);
unsigned loop_if_print(struct dctx *d, struct cursor c, unsigned len);
unsigned raw_if_print(struct dctx *d, struct cursor c, unsigned len);
unsigned ipv4_if_print(struct dctx *d, struct cursor c, unsigned len);
unsigned ipv6_if_print(struct dctx *d, struct cursor c, unsigned len);
/* The name tcpdump gives an ethertype, or NULL. */
const char *ethertype_name(unsigned type);
/* Print what an ethertype carries, through the ETHERTYPE table; returns
 * false if no printer has the type (the caller then prints tcpdump's
 * fallback). */
bool ethertype_print(struct dctx *d, unsigned type, struct cursor c,
		     unsigned len);

/* Network and transport */
void ip_print(struct dctx *d, struct cursor c, unsigned len);
void ip6_print(struct dctx *d, struct cursor c, unsigned len);
void arp_print(struct dctx *d, struct cursor c, unsigned len);
void loopback_print(struct dctx *d, struct cursor c, unsigned len);
void icmp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct ipinfo *ip);
void icmp6_print(struct dctx *d, struct cursor c, unsigned len,
		 const struct ipinfo *ip);
void tcp_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct ipinfo *ip);
void udp_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct ipinfo *ip);
void vrrp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct ipinfo *ip);

/* Text protocols (print-txt.c) */
/* tcpdump's txtproto_print: CAPS, then the request or response line
 * (-v: every text line), when the first token is one of cmds (NULL: any
 * text) or a 3-digit code (second token with resp_code_second). */
void decode_txtproto(struct dctx *d, struct cursor c, unsigned len,
		     const char *const *cmds, bool resp_code_second,
		     const char *proto, const char *caps);
/* One character as tcpdump's fn_print_char: M- for the high bit, ^X for
 * control characters. */
void decode_char(unsigned c);
void http_print(struct dctx *d, struct cursor c, unsigned len);
/* A DNS name at off in base (pointers are offsets into base), printed;
 * returns the offset after it, or -1 when it is cut or bad. */
int domain_name_print(struct dctx *d, struct cursor base, unsigned off);
/* DNS; over TCP the message has a 2-byte length prefix. */
void domain_print(struct dctx *d, struct cursor c, unsigned len,
		  bool over_tcp);

/* Free the relative-sequence table (decode_done calls it). */
void tcp_seq_free(struct tcp_seq_table *t);

/* Value names: tables end with { 0, NULL }. */
struct tok {
	unsigned v;
	const char *s;
} __attribute__((packed));	/* 12 bytes, not 16: thousands of them */
/* tcpdump's list of vendors by OUI ("oui Cisco"), names.c. */
extern const struct tok oui_values[];
/* The name of v, or NULL. */
const char *tok_str(const struct tok *t, unsigned v);
/* The name of v, else fmt (with one %u) formatted into the output. */
void tok_print(const struct tok *t, unsigned v, const char *fmt);
/* tcpdump's bittok2str: names of the set bits joined by sep, or none. */
void tok_bits_print(const struct tok *t, unsigned v, const char *sep,
		    const char *none);

#endif
