/* args.c - number parsing in the strtonum(3) pattern. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"

int args_num(const char *s, long long min, long long max, long long *out)
{
	char *end;
	long long v;

	if (!s || !*s) {
		errno = EINVAL;
		return -1;
	}
	errno = 0;
	v = strtoll(s, &end, 10);
	if (*end) {
		errno = EINVAL;
		return -1;
	}
	if (errno == ERANGE || v < min || v > max) {
		errno = ERANGE;
		return -1;
	}
	*out = v;
	return 0;
}

const char *args_basename(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}
