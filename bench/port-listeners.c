/* port-listeners.c - listen on 127.0.0.1 ports FIRST, FIRST+STEP, ... up
 * to LAST, print "ready", then sleep until killed. For the nc -z part of
 * bench/nc-throughput: the ports in between are closed and answer with a
 * reset.
 *
 * Nothing is accepted: a scan only needs the handshake, which the kernel
 * completes from the backlog, and an accept loop would compete with the
 * scanner for the CPU. The backlog (4096) outlasts many rounds.
 *
 * usage: port-listeners FIRST LAST STEP
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	int first, last, step, port, n = 0, one = 1;

	if (argc != 4) {
		fprintf(stderr, "usage: port-listeners FIRST LAST STEP\n");
		return 2;
	}
	first = atoi(argv[1]);
	last = atoi(argv[2]);
	step = atoi(argv[3]);
	if (first < 1 || last > 65535 || step < 1) {
		fprintf(stderr, "port-listeners: bad range\n");
		return 2;
	}
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	for (port = first; port <= last; port += step, n++) {
		int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

		a.sin_port = htons(port);
		if (fd < 0 ||
		    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one,
			       sizeof(one)) < 0 ||
		    bind(fd, (struct sockaddr *)&a, sizeof(a)) < 0 ||
		    listen(fd, 4096) < 0) {
			perror("port-listeners");
			return 1;
		}
	}
	printf("ready %d\n", n);
	fflush(stdout);
	for (;;)
		pause();
}
