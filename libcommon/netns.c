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

enum netns_kind netns_path(const char *target, char *buf, size_t size)
{
	if (*target && strspn(target, "0123456789") == strlen(target)) {
		snprintf(buf, size, "/proc/%s/ns/net", target);
		return NETNS_PID;
	}
	if (strchr(target, '/')) {
		snprintf(buf, size, "%s", target);
		return NETNS_PATH;
	}
	snprintf(buf, size, "/run/netns/%s", target);
	return NETNS_NAME;
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
