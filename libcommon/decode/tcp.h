/* tcp.h - what the TCP printer shares with its option and payload
 * printers (decode/ internal). */
#ifndef TCPBOX_DECODE_TCP_H
#define TCPBOX_DECODE_TCP_H

#include "decode.h"

/* One segment's connection context. */
struct tcp_conn {
	bool rev;		/* against the key order of the table */
	uint32_t seq_base;	/* relative-number bases (0 with -S) */
	uint32_t ack_base;
	unsigned flags;
	unsigned sport, dport;
	bool whole;		/* the payload is all captured */
};

/* ", options [...]"; returns -1 when the packet's line ended (marker). */
int tcp_options_print(struct dctx *d, struct cursor c, unsigned len,
		      const struct tcp_conn *conn);
/* MPTCP (print-mptcp.c): c holds the option's data after kind and
 * length, len the whole option's length; -1 when it is malformed. */
int mptcp_print(struct dctx *d, struct cursor c, unsigned len,
		unsigned flags);
/* The payload after the header, by the TCP port table (tcpdump prints
 * nothing for ports it does not know). */
void tcp_payload_print(struct dctx *d, struct cursor c, unsigned len,
		       const struct tcp_conn *conn, const struct ipinfo *ip);

#endif
