/* tmfmt.h - strftime(3) for the C locale (see tmfmt.c). */
#ifndef TCPBOX_TMFMT_H
#define TCPBOX_TMFMT_H

#include <stddef.h>
#include <time.h>

/* As strftime: the length written, or 0 (dst holds what fitted) when it
 * did not fit in size bytes with its NUL. */
size_t tm_format(char *dst, size_t size, const char *fmt, const struct tm *tm);

#endif
