/* portability.h - the only place for compiler and libc differences. */
#ifndef TCPBOX_PORTABILITY_H
#define TCPBOX_PORTABILITY_H

#ifndef __has_attribute
#define __has_attribute(x) 0
#endif

#if __has_attribute(fallthrough)
#define FALLTHROUGH __attribute__((fallthrough))
#else
#define FALLTHROUGH do {} while (0)
#endif

#endif
