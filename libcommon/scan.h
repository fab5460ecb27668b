/* scan.h - a small scanf (see scan.c for what it supports and why). */
#ifndef TCPBOX_SCAN_H
#define TCPBOX_SCAN_H

#include <stdarg.h>
#include <stdio.h>

/* As vsscanf/vfscanf/sscanf for the supported conversions: the number of
 * fields stored, or EOF when the input ended before the first
 * conversion. */
int scan_vsscanf(const char *s, const char *fmt, va_list ap);
int scan_vfscanf(FILE *f, const char *fmt, va_list ap);
int scan_sscanf(const char *s, const char *fmt, ...);

#endif
