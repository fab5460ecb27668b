/* out.c - buffered stdout writer. */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

#include "out.h"

/* All zero, so the 64 KiB buffer is .bss, not bytes of the executable. */
struct out_buf out_stdout;

int out_flush(void)
{
	struct out_buf *o = &out_stdout;
	size_t off = 0;

	while (off < o->len) {
		ssize_t r = write(o->fd_set ? o->fd : 1, o->buf + off,
				  o->len - off);

		if (r < 0) {
			if (errno == EINTR)
				continue;
			o->error = errno;
			o->len = 0;
			return -1;
		}
		off += (size_t)r;
	}
	o->len = 0;
	if (o->error) {
		errno = o->error;
		return -1;
	}
	return 0;
}

void out_set_linebuf(int on)
{
	out_stdout.linebuf = on;
}

void out_set_fd(int fd)
{
	out_flush();
	out_stdout.fd = fd;
	out_stdout.fd_set = 1;
}

void out_mem_slow(const void *p, size_t n)
{
	struct out_buf *o = &out_stdout;
	const char *s = p;

	out_flush();
	while (n >= OUT_BUFSZ) {
		memcpy(o->buf, s, OUT_BUFSZ);
		o->len = OUT_BUFSZ;
		out_flush();
		s += OUT_BUFSZ;
		n -= OUT_BUFSZ;
	}
	memcpy(o->buf, s, n);
	o->len = n;
}

void out_str(const char *s)
{
	out_mem(s, strlen(s));
}

void out_char(char c)
{
	if (out_stdout.len >= OUT_BUFSZ)
		out_flush();
	out_stdout.buf[out_stdout.len++] = c;
}

void out_vfmt(const char *fmt, va_list ap)
{
	struct out_buf *o = &out_stdout;
	va_list aq;
	int n;

	va_copy(aq, ap);
	n = vsnprintf(o->buf + o->len, OUT_BUFSZ - o->len, fmt, aq);
	va_end(aq);
	if (n < 0)
		return;
	if ((size_t)n >= OUT_BUFSZ - o->len) {
		out_flush();
		n = vsnprintf(o->buf, OUT_BUFSZ, fmt, ap);
		if (n < 0)
			return;
		if ((size_t)n >= OUT_BUFSZ)
			n = OUT_BUFSZ - 1;
	}
	o->len += (size_t)n;
}

void out_fmt(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	out_vfmt(fmt, ap);
	va_end(ap);
}

void out_uint(uint64_t v, int width)
{
	char tmp[24];
	int i = sizeof(tmp);

	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (sizeof(tmp) - i < (size_t)width && i > 0)
		tmp[--i] = '0';
	out_mem(tmp + i, sizeof(tmp) - i);
}

void out_int(int64_t v)
{
	if (v < 0) {
		out_char('-');
		out_uint(-(uint64_t)v, 0);
	} else {
		out_uint((uint64_t)v, 0);
	}
}

void out_hex(uint64_t v, int width)
{
	static const char digits[] = "0123456789abcdef";
	char tmp[20];
	int i = sizeof(tmp);

	do {
		tmp[--i] = digits[v & 15];
		v >>= 4;
	} while (v);
	while (sizeof(tmp) - i < (size_t)width && i > 0)
		tmp[--i] = '0';
	out_mem(tmp + i, sizeof(tmp) - i);
}

void out_eol(void)
{
	out_char('\n');
	if (out_stdout.linebuf)
		out_flush();
}

/* The length of the valid UTF-8 sequence at s (1 to 4), or 0. */
static size_t utf8_len(const unsigned char *s)
{
	size_t n, i;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4;
	else
		return 0;
	for (i = 1; i < n; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	return n;
}

void out_json_str(const char *str)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *s = (const unsigned char *)str;
	size_t n;

	out_char('"');
	while (*s) {
		if (*s == '"' || *s == '\\') {
			out_char('\\');
			out_char((char)*s++);
			continue;
		}
		n = utf8_len(s);
		if (*s < 0x20 || n == 0) {
			out_str("\\u00");
			out_char(hex[*s >> 4]);
			out_char(hex[*s & 15]);
			s++;
			continue;
		}
		out_mem(s, n);
		s += n;
	}
	out_char('"');
}
