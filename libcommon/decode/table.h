/* table.h - who prints what: the dispatch tables of the packet printers.
 *
 * A printer registers itself in its own print-<proto>.c with lines that
 * start in column 0:
 *
 *	DECODE_DLT(DLT_EN10MB, ether_if_print)
 *	DECODE_KEY(ETHERTYPE, 0x0800, ether_ip_print)
 *	DECODE_PORT(UDP, 10, 53, 53, PORT_EITHER, domain_udp_print)
 *	DECODE_PORT_IF(TCP, 190, 2049, 2049, PORT_EITHER, nfs_tcp_print,
 *		       nfs_tcp_guard)
 *	DECODE_PT("domain", UDP, domain_udp_print)
 *
 * scripts/gen-protocols collects those lines from the printers the
 * configuration builds (the obj-y of libcommon/decode/Kbuild) into
 * include/generated/protocols.def, sorted by table and key (ports: by
 * rank), and refuses two printers claiming one key. dispatch.c turns that
 * list into const tables. A printer configured out has no line, so its
 * keys fall through to the fallback every caller prints, which is what
 * tcpdump prints for a protocol it has no printer for.
 *
 * In a printer's file each line declares the function with its table's
 * type (a definition of another type does not compile); it generates no
 * code. Keys of DECODE_KEY
 * are numeric literals (the generator sorts them). A port entry's rank is
 * its place in tcpdump 4.99's chain of port tests (docs/design.md lists
 * them): where both ports of a packet match, the lower rank prints.
 */
#ifndef TCPBOX_DECODE_TABLE_H
#define TCPBOX_DECODE_TABLE_H

#include <stdbool.h>

#include "decode.h"

/* What a payload printer above TCP, UDP or SCTP is handed. */
struct l4info {
	const struct ipinfo *ip;
	unsigned proto;		/* IPP_TCP, IPP_UDP, IPP_SCTP */
	unsigned sport, dport;
	unsigned ulen;		/* UDP: the header's length field less 8 */
};

/* For the l4info a printer does not need. */
#define DECODE_UNUSED __attribute__((unused))

/* The function types, one per kind of table. A link printer
 * (decode_link_fn, decode.h) returns its header length. */
typedef void decode_net_proto(struct dctx *d, struct cursor c, unsigned len);
typedef void decode_ip_proto(struct dctx *d, struct cursor c, unsigned len,
			     const struct ipinfo *ip);
typedef void decode_app_proto(struct dctx *d, struct cursor c, unsigned len,
			      const struct l4info *l4);
typedef bool decode_guard_proto(struct cursor c, unsigned len,
				const struct l4info *l4);
/* An ICMPv6 message body after type, code and checksum are known;
 * false when it ended in a marker. */
typedef bool decode_icmp6_proto(struct dctx *d, struct cursor c,
				unsigned type, unsigned code, unsigned len);
typedef unsigned decode_link_proto(struct dctx *d, struct cursor c,
				   unsigned len);

/* The exact-key tables: name, then the kind of function it maps to.
 * ETHERTYPE: Ethernet type (also SLL, GRE, VLAN payloads); LLC: 802.2
 * DSAP; SNAP: OUI << 16 | protocol id; PPP: PPP protocol number;
 * IPPROTO: IP protocol / IPv6 next header; NLPID: OSI network layer
 * protocol id (ISO 9577); ICMP6: ICMPv6 types the core printer leaves
 * to a group (RPL). */
#define DECODE_KEY_TABLES(X) \
	X(ETHERTYPE, net) \
	X(LLC, net) \
	X(SNAP, net) \
	X(PPP, net) \
	X(IPPROTO, ip) \
	X(NLPID, net) \
	X(ICMP6, icmp6)

#define DECODE_TABLE_ENUM(name, kind) DECODE_T_##name,
enum decode_table { DECODE_KEY_TABLES(DECODE_TABLE_ENUM) DECODE_T_COUNT };
#undef DECODE_TABLE_ENUM

/* Transports whose payload is chosen by port, and -T layers. */
enum decode_l4 { DECODE_TCP, DECODE_UDP, DECODE_SCTP, DECODE_IP,
		 DECODE_ETHER };

/* How a port entry matches: either port, or only one of them. */
enum {
	PORT_EITHER = 0,
	PORT_SRC = 1,
	PORT_DST = 2,
	PORT_EARLY = 4,		/* UDP: tried before the checksum is shown */
};

/* Lookups; NULL when nothing is registered. */
decode_link_proto *decode_dlt_lookup(int dlt);
decode_net_proto *decode_net_lookup(enum decode_table t, unsigned key);
decode_ip_proto *decode_ipproto_lookup(unsigned proto);
decode_icmp6_proto *decode_icmp6_lookup(unsigned type);
/* The payload printer for a packet of transport l4 with these ports, in
 * rank order; early selects the PORT_EARLY entries (and only those). c
 * and len are the payload, for the guards. */
decode_app_proto *decode_port_lookup(enum decode_l4 l4, bool early,
				     struct cursor c, unsigned len,
				     const struct l4info *info);
/* -T: the printer name forces at layer l4, or NULL. */
decode_app_proto *decode_pt_lookup(const char *name, enum decode_l4 l4);
/* Is name a -T type with a printer at any layer? */
bool decode_pt_known(const char *name);

/* In a printer's file a registration line declares the function with
 * its table's type, so a definition of another type does not compile. */
#ifndef DECODE_TABLE_EXPAND
#define DECODE_KIND_net decode_net_proto
#define DECODE_KIND_ip decode_ip_proto
#define DECODE_KIND_icmp6 decode_icmp6_proto
#define DECODE_KIND_OF(name, kind) \
	typedef DECODE_KIND_##kind decode_kind_##name;
DECODE_KEY_TABLES(DECODE_KIND_OF)
#undef DECODE_KIND_OF
#define DECODE_DLT(dlt, fn) decode_link_proto fn;
#define DECODE_KEY(t, key, fn) decode_kind_##t fn;
#define DECODE_PORT(l4, rank, lo, hi, how, fn) decode_app_proto fn;
#define DECODE_PORT_IF(l4, rank, lo, hi, how, fn, guard) \
	decode_app_proto fn; decode_guard_proto guard;
#define DECODE_PT(name, l4, fn) decode_app_proto fn;
#endif

#endif
