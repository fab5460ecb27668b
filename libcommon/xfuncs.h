/* xfuncs.h - wrappers that succeed or die with a message (error.h). */
#ifndef TCPBOX_XFUNCS_H
#define TCPBOX_XFUNCS_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xzalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
/* socket(2) with SOCK_CLOEXEC, or die "socket: ERR". */
int xsocket(int family, int type, int proto);
/* write(2) all of buf, retrying on EINTR and short writes: 0 or -1. */
int write_all(int fd, const void *buf, size_t len);

#endif
