/* error.c - messages and exits: one formatter, one write(2) per line. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "out.h"

static struct {
	const char *prog;
	int die_status;
} msg = { "tcpbox", 1 };

void msg_set_prog(const char *name)
{
	msg.prog = name;
}

const char *msg_prog(void)
{
	return msg.prog;
}

void msg_set_die_status(int status)
{
	msg.die_status = status;
}

/* Format "[prog: ]text[: strerror]\n" into one buffer, write it once. */
static void msg_write(int with_prog, int err, const char *fmt, va_list ap)
{
	char buf[1024];
	size_t n = 0;
	int r;

	if (with_prog) {
		r = snprintf(buf, sizeof(buf), "%s: ", msg.prog);
		n = r > 0 ? (size_t)r : 0;
	}
	if (n < sizeof(buf)) {
		r = vsnprintf(buf + n, sizeof(buf) - n, fmt, ap);
		n += r > 0 ? (size_t)r : 0;
	}
	if (err >= 0 && n < sizeof(buf)) {
		r = snprintf(buf + n, sizeof(buf) - n, ": %s", strerror(err));
		n += r > 0 ? (size_t)r : 0;
	}
	if (n > sizeof(buf) - 2)
		n = sizeof(buf) - 2;
	buf[n++] = '\n';
	/* A message we cannot write (EPIPE, closed stderr) is dropped. */
	if (write(STDERR_FILENO, buf, n) < 0)
		return;
}

void warn_msg(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	msg_write(1, -1, fmt, ap);
	va_end(ap);
}

void warn_errno(const char *fmt, ...)
{
	int err = errno;
	va_list ap;

	va_start(ap, fmt);
	msg_write(1, err, fmt, ap);
	va_end(ap);
}

void msg_vplain(const char *fmt, va_list ap)
{
	msg_write(0, -1, fmt, ap);
}

void msg_plain(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	msg_write(0, -1, fmt, ap);
	va_end(ap);
}

void die(const char *fmt, ...)
{
	va_list ap;

	out_flush();
	va_start(ap, fmt);
	msg_write(1, -1, fmt, ap);
	va_end(ap);
	xexit(msg.die_status);
}

void die_errno(const char *fmt, ...)
{
	int err = errno;
	va_list ap;

	out_flush();
	va_start(ap, fmt);
	msg_write(1, err, fmt, ap);
	va_end(ap);
	xexit(msg.die_status);
}

void xexit(int status)
{
	if (out_flush() < 0 && errno != EPIPE && status == 0) {
		warn_errno("write error");
		status = 1;
	}
	exit(status);
}
