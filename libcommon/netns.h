/* netns.h - join another network namespace before an applet runs.
 *
 * A target is a PID (its /proc/PID/ns/net), a name ip-netns(8) made
 * (/run/netns/NAME) or the path of a namespace file.
 */
#ifndef TCPBOX_NETNS_H
#define TCPBOX_NETNS_H

#include <stddef.h>

enum netns_kind { NETNS_PID, NETNS_NAME, NETNS_PATH };

/* The namespace file target names: all digits is a PID, anything with a
 * '/' a path, else an ip-netns name. Writes the path to buf and returns
 * which kind target is; -1 with ENAMETOOLONG when it does not fit. */
int netns_path(const char *target, char *buf, size_t size);

/* Open path and join its network namespace with setns(2). Returns 0, or
 * -1 with errno: open(2)'s (ENOENT, EACCES...), EINVAL when the file is
 * not a network namespace (*nstype then holds its CLONE_NEW* type where
 * the kernel says, else 0), EPERM without CAP_SYS_ADMIN, ENOSYS on a
 * kernel without setns. */
int netns_enter(const char *path, int *nstype);

/* "mount", "pid", ... for a CLONE_NEW* namespace type; NULL if unknown. */
const char *netns_type_name(int nstype);

#endif
