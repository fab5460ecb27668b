/* domain.h - DNS helpers other printers use (print-domain.c). */
#ifndef TCPBOX_DECODE_DOMAIN_H
#define TCPBOX_DECODE_DOMAIN_H

#include <stdint.h>

/* A duration as tcpdump's unsigned_relts_print: 1w2d3h4m5s. */
void relts_print(uint32_t secs);
/* A resource record type or class name, else "Type%u" / "Class%u". */
void dns_type_print(unsigned type);
void dns_class_print(unsigned class);

#endif
