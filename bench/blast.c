/* blast.c - send 1400-byte UDP datagrams to 127.0.0.1:9 as fast as possible
 * for SECONDS, then print how many were sent.
 *
 * usage: blast SECONDS
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct sockaddr_in to = { .sin_family = AF_INET,
				  .sin_port = htons(9) };
	char buf[1400] = "blast";
	double secs = argc > 1 ? atof(argv[1]) : 2;
	struct timespec t0, t;
	unsigned long n = 0;
	int s = socket(AF_INET, SOCK_DGRAM, 0);

	to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		int i;

		for (i = 0; i < 256; i++, n++)
			sendto(s, buf, sizeof(buf), 0, (struct sockaddr *)&to,
			       sizeof(to));
		clock_gettime(CLOCK_MONOTONIC, &t);
		if (t.tv_sec - t0.tv_sec + (t.tv_nsec - t0.tv_nsec) / 1e9 > secs)
			break;
	}
	printf("%lu\n", n);
	return 0;
}
