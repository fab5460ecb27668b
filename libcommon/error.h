/* error.h - messages and exits, in the original tools' format.
 *
 * Every message is "NAME: text" written with one write(2), where NAME is
 * how the user invoked us (argv[0]'s basename, or what the applet sets).
 * Functions here print; nothing else in libcommon does.
 */
#ifndef TCPBOX_ERROR_H
#define TCPBOX_ERROR_H

#include <stdarg.h>

/* Set the "NAME: " prefix of every message (not copied: keep it alive). */
void msg_set_prog(const char *name);
/* The current prefix name. */
const char *msg_prog(void);
/* Exit status used by die() and friends (default 1). */
void msg_set_die_status(int status);

/* "NAME: fmt\n" on stderr. */
void warn_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "NAME: fmt: strerror(errno)\n" on stderr. */
void warn_errno(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "fmt\n" on stderr, no prefix. */
void msg_plain(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void msg_vplain(const char *fmt, va_list ap);

/* warn_msg()/warn_errno(), then exit with the die status. */
_Noreturn void die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void die_errno(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

/* Flush buffered stdout (out.h), report a failed flush, exit(status). */
_Noreturn void xexit(int status);

#endif
