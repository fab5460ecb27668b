/* revlookup.h - reverse name lookups in a process of their own.
 *
 * getnameinfo(3) blocks for as long as the resolver takes. A caller that
 * must keep doing something else meanwhile (dump, emptying the kernel's
 * capture buffer) hands the address to this child process and polls the
 * returned descriptor, reading the answer when it comes. No threads: a
 * static executable stays 20 KB smaller than with pthread_create.
 */
#ifndef TCPBOX_REVLOOKUP_H
#define TCPBOX_REVLOOKUP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct revlookup;

/* Fork the lookup process; NULL with errno set when that fails. */
struct revlookup *revlookup_start(void);
/* Ask for the name of an IPv4 (version 4) or IPv6 address; returns the
 * descriptor that becomes readable when the answer is there, or -1. */
int revlookup_ask(struct revlookup *r, int version, const uint8_t *addr);
/* The answer to the last question: the host name, or "" when the address
 * has none; false when the lookup process is gone. */
bool revlookup_answer(struct revlookup *r, char *name, size_t size);
/* End the process and free r. */
void revlookup_stop(struct revlookup *r);

#endif
