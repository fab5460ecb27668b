/* dns.h - a DNS message as the DNS printers read it, and its names
 * (dnsname.c, a core printer: ICMPv6's DNSSL option prints names too,
 * the messages themselves are print-domain.c's, in the apps group). */
#ifndef TCPBOX_DECODE_DNS_H
#define TCPBOX_DECODE_DNS_H

#include <stdbool.h>
#include <stdint.h>

#include "decode.h"

enum {
	INDIR_MASK = 0xc0, EDNS0_MASK = 0x40, RESERVED_MASK = 0x80,
	EDNS0_ELT_BITLABEL = 0x01, MAXCDNAME = 255,
	BAD = -1,	/* a name or record that cannot be printed (NULL) */
};

/* One message: its bytes from the DNS header on, as captured. */
struct dns {
	struct dctx *d;
	struct cursor m;
	unsigned cap;	/* captured bytes of the message */
	unsigned nbase;	/* where name pointers count from (0: the header) */
	bool mdns;	/* multicast DNS: the class's top bit is a flag */
};

static inline bool has(const struct dns *s, unsigned off, unsigned n)
{
	return off <= s->cap && n <= s->cap - off;
}

static inline unsigned u8(const struct dns *s, unsigned off)
{
	return cur_peek(&s->m, off);
}

/* n characters at off as tcpdump escapes them; false if cut short. */
bool dns_printn(const struct dns *s, unsigned off, unsigned n);
/* Past the name at off, or BAD. */
int dns_name_skip(const struct dns *s, unsigned off);
/* Print the name at off; returns the offset after it where it sits
 * (not where a pointer led), or BAD. Pointers must go backwards. */
int dns_name_print(const struct dns *s, unsigned off);

#endif
