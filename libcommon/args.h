/* args.h - option and number parsing helpers. */
#ifndef TCPBOX_ARGS_H
#define TCPBOX_ARGS_H

/* Parse all of s as a base-10 integer in [min, max]. Returns 0, or -1
 * with errno EINVAL (not a number, empty, trailing junk) or ERANGE. */
int args_num(const char *s, long long min, long long max, long long *out);
/* The part of path after its last '/'. */
const char *args_basename(const char *path);

#endif
