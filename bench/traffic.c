/* traffic.c - mixed loopback traffic for the dump benchmark: short TCP
 * connections with small writes (TCP_NODELAY, so a segment per write)
 * and UDP datagrams of varied sizes, to 127.0.0.1 and ::1.
 *
 * usage: traffic ROUNDS      (run inside a private network namespace)
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int tcp_pair(int family, int *a, int *b)
{
	struct sockaddr_storage ss = { 0 };
	socklen_t sl = sizeof(ss);
	int l = socket(family, SOCK_STREAM, 0), one = 1;

	if (family == AF_INET6) {
		struct sockaddr_in6 *s = (struct sockaddr_in6 *)&ss;
		s->sin6_family = AF_INET6;
		s->sin6_addr = in6addr_loopback;
	} else {
		struct sockaddr_in *s = (struct sockaddr_in *)&ss;
		s->sin_family = AF_INET;
		s->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	}
	if (bind(l, (struct sockaddr *)&ss, sizeof(ss)) || listen(l, 1) ||
	    getsockname(l, (struct sockaddr *)&ss, &sl))
		return -1;
	*a = socket(family, SOCK_STREAM, 0);
	setsockopt(*a, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	if (connect(*a, (struct sockaddr *)&ss, sl))
		return -1;
	*b = accept(l, NULL, NULL);
	setsockopt(*b, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	close(l);
	return 0;
}

static void one_round(int family, int r)
{
	char buf[1400], rb[65536];
	int a, b, i, u;
	struct sockaddr_storage to = { 0 };

	memset(buf, 'a' + r % 26, sizeof(buf));
	if (tcp_pair(family, &a, &b) == 0) {
		for (i = 0; i < 40; i++) {
			if (write(a, buf, 20 + (i * 37) % 1300) < 0 ||
			    read(b, rb, sizeof(rb)) < 0 ||
			    write(b, buf, 10 + i) < 0 || read(a, rb, sizeof(rb)) < 0)
				break;
		}
		close(a);
		close(b);
	}
	u = socket(family, SOCK_DGRAM, 0);
	if (family == AF_INET6) {
		struct sockaddr_in6 *s = (struct sockaddr_in6 *)&to;
		s->sin6_family = AF_INET6;
		s->sin6_addr = in6addr_loopback;
		s->sin6_port = htons(9);
	} else {
		struct sockaddr_in *s = (struct sockaddr_in *)&to;
		s->sin_family = AF_INET;
		s->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		s->sin_port = htons(9);
	}
	for (i = 0; i < 20; i++)
		sendto(u, buf, 1 + (i * 53) % 1200, 0, (struct sockaddr *)&to,
		       sizeof(to));
	close(u);
}

int main(int argc, char **argv)
{
	int r, rounds = argc > 1 ? atoi(argv[1]) : 100;

	for (r = 0; r < rounds; r++)
		one_round(r % 2 ? AF_INET6 : AF_INET, r);
	return 0;
}
