/* hold-conns.c - open N TCP connections over loopback and hold them, for
 * bench/netstat-scale: both ends are ours, so the kernel lists 2*N
 * ESTABLISHED sockets, plus the listeners.
 *
 * Both ends take a descriptor and RLIMIT_NOFILE may be capped below 2*N
 * (raising the hard limit needs CAP_SYS_RESOURCE), so the connections
 * are shared among as many worker processes as the limit asks for. Each
 * worker listens on its own port on 127.0.0.1 (FIRST_PORT up), connects
 * to it and accepts as it goes, so no accept queue fills up (a full
 * queue drops the SYN and costs a 1 s retry). The caller widens
 * net.ipv4.ip_local_port_range if N is above the 28k ephemeral ports of
 * the default (the kernel reuses a source port for different destination
 * ports, but not within one).
 *
 * Prints "ready N" when all are established and accepted, then sleeps;
 * the workers die with it (PR_SET_PDEATHSIG). Every socket lingers 0 s,
 * so dying resets the connections instead of leaving 2*N in TIME_WAIT
 * for the next listing.
 *
 * usage: hold-conns N
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

enum { FIRST_PORT = 1000, MAX_PER_WORKER = 30000, BACKLOG = 4096,
       BATCH = 256, SPARE_FDS = 64 };

static void die(const char *what)
{
	fprintf(stderr, "hold-conns: %s: %s\n", what, strerror(errno));
	exit(1);
}

static int listen_on(int port)
{
	struct sockaddr_in a = { .sin_family = AF_INET,
				 .sin_port = htons(port) };
	int one = 1;
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (fd < 0 ||
	    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0 ||
	    bind(fd, (struct sockaddr *)&a, sizeof(a)) < 0 ||
	    listen(fd, BACKLOG) < 0)
		die("listen");
	return fd;
}

static void no_linger(int fd)
{
	struct linger l = { .l_onoff = 1, .l_linger = 0 };

	if (setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof(l)) < 0)
		die("SO_LINGER");
}

static void connect_to(int port)
{
	struct sockaddr_in a = { .sin_family = AF_INET,
				 .sin_port = htons(port) };
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (fd < 0)
		die("socket");
	no_linger(fd);
	if (connect(fd, (struct sockaddr *)&a, sizeof(a)) < 0)
		die("connect");
}

/* Accept whatever is queued on the non-blocking listener. */
static long drain(int lfd)
{
	long got = 0;
	int fd;

	while ((fd = accept4(lfd, NULL, NULL, SOCK_CLOEXEC)) >= 0) {
		no_linger(fd);
		got++;
	}
	if (errno != EAGAIN && errno != EWOULDBLOCK)
		die("accept");
	return got;
}

/* A worker: n connections to its own port, one byte on ready_fd when
 * they are all accepted, then sleep. */
static void hold(long n, int port, int ready_fd)
{
	int lfd = listen_on(port);
	long i, accepted = 0;

	for (i = 0; i < n; i++) {
		connect_to(port);
		if (i % BATCH == BATCH - 1)
			accepted += drain(lfd);
	}
	for (i = 0; accepted < n && i < 1000; i++) {
		accepted += drain(lfd);
		if (accepted < n)
			poll(NULL, 0, 10);
	}
	if (accepted < n) {
		fprintf(stderr, "hold-conns: only %ld of %ld accepted\n",
			accepted, n);
		exit(1);
	}
	if (write(ready_fd, "", 1) != 1)
		die("write");
	close(ready_fd);
	for (;;)
		pause();
}

/* How many connections one process can hold: raise the soft limit as
 * far as the hard one allows (or further, if we may). */
static long per_worker(long n)
{
	struct rlimit rl = { 2 * n + SPARE_FDS, 2 * n + SPARE_FDS };

	if (setrlimit(RLIMIT_NOFILE, &rl) < 0) {
		if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
			die("getrlimit");
		rl.rlim_cur = rl.rlim_max;
		if (setrlimit(RLIMIT_NOFILE, &rl) < 0)
			die("setrlimit");
	}
	if (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > 2 * MAX_PER_WORKER)
		return MAX_PER_WORKER;
	if (rl.rlim_cur < 2 + SPARE_FDS) {
		errno = EMFILE;
		die("RLIMIT_NOFILE");
	}
	return (long)(rl.rlim_cur - SPARE_FDS) / 2;
}

int main(int argc, char **argv)
{
	long n, per, left, got = 0;
	int ready[2], w, workers;
	char c;

	if (argc != 2 || (n = atol(argv[1])) < 1) {
		fprintf(stderr, "usage: hold-conns N\n");
		return 2;
	}
	per = per_worker(n);
	workers = (int)((n + per - 1) / per);
	if (FIRST_PORT + workers > 65536 || pipe(ready) < 0)
		die("setup");
	for (w = 0, left = n; w < workers; w++, left -= per) {
		pid_t pid = fork();

		if (pid < 0)
			die("fork");
		if (pid == 0) {
			prctl(PR_SET_PDEATHSIG, SIGKILL);
			close(ready[0]);
			hold(left < per ? left : per, FIRST_PORT + w, ready[1]);
		}
	}
	close(ready[1]);
	while (read(ready[0], &c, 1) == 1)
		got++;
	if (got < workers) {
		fprintf(stderr, "hold-conns: %d of %d workers failed\n",
			workers - (int)got, workers);
		return 1;
	}
	printf("ready %ld\n", n);
	fflush(stdout);
	for (;;)
		pause();
}
