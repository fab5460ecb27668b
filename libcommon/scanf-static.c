/* scanf-static.c - linked into the static executable only: scan.c takes
 * the place of glibc's sscanf and fscanf.
 *
 * Nothing in tcpbox calls scanf; libpcap's Linux module does (an
 * interface type from sysfs with "%u", the kernel release with
 * "%ld.%ld%n") and so does glibc's TZ parser ("%hu%n"). Statically
 * linked, glibc's implementation costs about 100 KB (vfscanf, wide
 * characters, four float parsers). Measured on the minimal static build:
 * 1482408 bytes with glibc's, 1384104 with these. tests/unit/test_scan.c
 * compares scan.c with glibc's over the format shapes those callers use
 * and more.
 */
#include <stdarg.h>
#include <stdio.h>

#include "scan.h"

int __isoc99_sscanf(const char *s, const char *fmt, ...);
int __isoc99_fscanf(FILE *f, const char *fmt, ...);
int __isoc99_vsscanf(const char *s, const char *fmt, va_list ap);
int __isoc99_vfscanf(FILE *f, const char *fmt, va_list ap);

int __isoc99_sscanf(const char *s, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = scan_vsscanf(s, fmt, ap);
	va_end(ap);
	return n;
}

int __isoc99_fscanf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = scan_vfscanf(f, fmt, ap);
	va_end(ap);
	return n;
}

int __isoc99_vsscanf(const char *s, const char *fmt, va_list ap)
{
	return scan_vsscanf(s, fmt, ap);
}

int __isoc99_vfscanf(FILE *f, const char *fmt, va_list ap)
{
	return scan_vfscanf(f, fmt, ap);
}
