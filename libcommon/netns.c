/* netns.c - join a network namespace named by PID, ip-netns name or path. */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <linux/nsfs.h>

#include "netns.h"

static const struct {
	int type;
	const char *name;
} ns_types[] = {
	{ CLONE_NEWNET, "network" },
	{ CLONE_NEWNS, "mount" },
	{ CLONE_NEWPID, "pid" },
	{ CLONE_NEWUSER, "user" },
	{ CLONE_NEWUTS, "uts" },
	{ CLONE_NEWIPC, "ipc" },
	{ CLONE_NEWCGROUP, "cgroup" },
	{ CLONE_NEWTIME, "time" },
	{ 0, NULL }
};

const char *netns_type_name(int nstype)
{
	size_t i;

	for (i = 0; ns_types[i].name; i++)
		if (ns_types[i].type == nstype)
			return ns_types[i].name;
	return NULL;
}

int netns_path(const char *target, char *buf, size_t size)
{
	const char *fmt = "/run/netns/%s";
	int kind = NETNS_NAME, n;

	if (*target && strspn(target, "0123456789") == strlen(target)) {
		fmt = "/proc/%s/ns/net";
		kind = NETNS_PID;
	} else if (strchr(target, '/')) {
		fmt = "%s";
		kind = NETNS_PATH;
	}
	n = snprintf(buf, size, fmt, target);
	if (n < 0 || (size_t)n >= size) {
		errno = ENAMETOOLONG;
		return -1;
	}
	return kind;
}

int netns_enter(const char *path, int *nstype)
{
	int fd, type, rc, e;

	*nstype = 0;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	/* Linux 4.11 and later say which kind of namespace a file is; on
	 * older ones (ENOTTY, as for any file not in nsfs) setns decides. */
	type = ioctl(fd, NS_GET_NSTYPE);
	if (type > 0 && type != CLONE_NEWNET) {
		close(fd);
		*nstype = type;
		errno = EINVAL;
		return -1;
	}
	rc = setns(fd, CLONE_NEWNET);
	e = errno;
	close(fd);
	errno = e;
	return rc;
}
