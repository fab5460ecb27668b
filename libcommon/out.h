/* out.h - the buffered stdout writer every printer uses.
 *
 * One process-wide buffer in front of fd 1: no per-field printf, no
 * per-line flush unless out_set_linebuf() asked for it (-l, -U).
 */
#ifndef TCPBOX_OUT_H
#define TCPBOX_OUT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum { OUT_BUFSZ = 64 * 1024 };

struct out_buf {
	size_t len;
	int linebuf;
	int fd;			/* with fd_set; else 1 */
	int fd_set;
	int error;		/* errno of the first failed write, or 0 */
	char buf[OUT_BUFSZ];
};

extern struct out_buf out_stdout;

/* Write out everything buffered. Returns 0, or -1 with errno set. */
int out_flush(void);
/* Flush at every out_eol() (tcpdump -l) when on is nonzero. */
void out_set_linebuf(int on);
/* Point the writer at another fd (tests, or stdout taken by -w -). */
void out_set_fd(int fd);
/* out_mem's path when the bytes do not fit in the buffer. */
void out_mem_slow(const void *p, size_t n);

void out_fmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void out_vfmt(const char *fmt, va_list ap);
/* Unsigned decimal, zero-padded to width digits (0: no padding). */
void out_uint(uint64_t v, int width);
void out_int(int64_t v);
/* Lower-case hex, zero-padded to width digits. */
void out_hex(uint64_t v, int width);
/* End of line: '\n', and a flush when line-buffered. */
void out_eol(void);
/* s as a JSON string, quotes included: '"', '\\' and control bytes
 * escaped, and any byte that is not part of valid UTF-8 written as the
 * code point of the same value (\u00XX), so the text is always JSON. */
void out_json_str(const char *s);

static inline void out_mem(const void *p, size_t n)
{
	if (out_stdout.len + n > OUT_BUFSZ) {
		out_mem_slow(p, n);
		return;
	}
	memcpy(out_stdout.buf + out_stdout.len, p, n);
	out_stdout.len += n;
}

/* A string, a byte. Not inline: the compiler kept a copy of each in
 * every object that used them, 7 KB in all. */
void out_str(const char *s);
void out_char(char c);

#endif
