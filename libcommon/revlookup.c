/* revlookup.c - reverse name lookups in a child process (revlookup.h).
 *
 * One socketpair: the parent writes a question (the version byte and 16
 * address bytes), the child answers with a length byte and the name. */
#include <errno.h>
#include <netdb.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <netinet/in.h>

#include "revlookup.h"
#include "xfuncs.h"

struct revlookup {
	int fd;
	pid_t pid;
};

static bool io_all(int fd, void *buf, size_t n, bool out)
{
	char *p = buf;

	while (n) {
		ssize_t k = out ? write(fd, p, n) : read(fd, p, n);

		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return false;
		p += k;
		n -= (size_t)k;
	}
	return true;
}

static void child_serve(int fd)
{
	unsigned char q[17];
	char host[NI_MAXHOST];

	signal(SIGINT, SIG_IGN);	/* the parent decides when we end */
	signal(SIGTERM, SIG_DFL);
	while (io_all(fd, q, sizeof(q), false)) {
		struct sockaddr_storage ss = { 0 };
		socklen_t sl;
		unsigned char len;

		if (q[0] == 6) {
			struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&ss;

			s6->sin6_family = AF_INET6;
			memcpy(&s6->sin6_addr, q + 1, 16);
			sl = sizeof(*s6);
		} else {
			struct sockaddr_in *s4 = (struct sockaddr_in *)&ss;

			s4->sin_family = AF_INET;
			memcpy(&s4->sin_addr, q + 1, 4);
			sl = sizeof(*s4);
		}
		if (getnameinfo((struct sockaddr *)&ss, sl, host, sizeof(host),
				NULL, 0, NI_NAMEREQD))
			host[0] = '\0';
		len = (unsigned char)strnlen(host, 255);
		if (!io_all(fd, &len, 1, true) || !io_all(fd, host, len, true))
			break;
	}
	_exit(0);
}

struct revlookup *revlookup_start(void)
{
	struct revlookup *r;
	int sv[2];

	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0)
		return NULL;
	r = xzalloc(sizeof(*r));
	r->pid = fork();
	if (r->pid < 0) {
		int e = errno;

		close(sv[0]);
		close(sv[1]);
		free(r);
		errno = e;
		return NULL;
	}
	if (r->pid == 0) {
		close(sv[0]);
		child_serve(sv[1]);
	}
	close(sv[1]);
	r->fd = sv[0];
	return r;
}

int revlookup_ask(struct revlookup *r, int version, const uint8_t *addr)
{
	unsigned char q[17] = { (unsigned char)version };

	memcpy(q + 1, addr, version == 6 ? 16 : 4);
	return io_all(r->fd, q, sizeof(q), true) ? r->fd : -1;
}

bool revlookup_answer(struct revlookup *r, char *name, size_t size)
{
	unsigned char len;
	char buf[256];

	if (!io_all(r->fd, &len, 1, false) || !io_all(r->fd, buf, len, false))
		return false;
	if (size) {
		if (len >= size)
			len = (unsigned char)(size - 1);
		memcpy(name, buf, len);
		name[len] = '\0';
	}
	return true;
}

void revlookup_stop(struct revlookup *r)
{
	if (!r)
		return;
	close(r->fd);
	kill(r->pid, SIGTERM);
	while (waitpid(r->pid, NULL, 0) < 0 && errno == EINTR)
		;
	free(r);
}
