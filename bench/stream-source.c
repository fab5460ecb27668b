/* stream-source.c - write BYTES bytes to stdout as fast as the reader takes
 * them, so that bench/nc-throughput measures the tool and not its input.
 *
 * When stdout is a pipe it is grown to 1 MiB and the buffer's pages are
 * handed to it with vmsplice(2): the source copies nothing, the reader
 * does its usual read(2). Otherwise plain write(2). The buffer is never
 * changed after it is filled, which vmsplice without SPLICE_F_GIFT needs.
 *
 * usage: stream-source BYTES
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

enum { CHUNK = 1 << 20 };

static ssize_t put(char *buf, size_t n, int use_splice)
{
	struct iovec iov = { .iov_base = buf, .iov_len = n };

	if (use_splice)
		return vmsplice(1, &iov, 1, 0);
	return write(1, buf, n);
}

int main(int argc, char **argv)
{
	unsigned long long left;
	int use_splice;
	char *buf;
	size_t i;

	if (argc != 2) {
		fprintf(stderr, "usage: stream-source BYTES\n");
		return 2;
	}
	left = strtoull(argv[1], NULL, 0);
	if (posix_memalign((void **)&buf, 4096, CHUNK))
		return 1;
	for (i = 0; i < CHUNK; i++)
		buf[i] = (char)(i * 7 + (i >> 12));
	use_splice = fcntl(1, F_SETPIPE_SZ, CHUNK) >= 0 ||
		     fcntl(1, F_GETPIPE_SZ) > 0;
	while (left) {
		size_t want = left < CHUNK ? left : CHUNK;
		size_t off = 0;

		while (off < want) {
			ssize_t n = put(buf + off, want - off, use_splice);

			if (n < 0 && errno == EINTR)
				continue;
			if (n < 0 && use_splice && errno == EINVAL) {
				use_splice = 0;
				continue;
			}
			if (n <= 0) {
				perror("stream-source: write");
				return 1;
			}
			off += n;
		}
		left -= want;
	}
	return 0;
}
