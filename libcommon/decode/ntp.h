/* ntp.h - NTP helpers other printers use (print-ntp.c). */
#ifndef TCPBOX_DECODE_NTP_H
#define TCPBOX_DECODE_NTP_H

#include "cursor.h"

/* The 64-bit NTP timestamp at off of c (read with cur_peek: check
 * cur_has first): seconds.nanoseconds, and the UTC date when the
 * seconds are not zero (tcpdump's p_ntp_time). */
void ntp_time(struct cursor c, unsigned off);

#endif
