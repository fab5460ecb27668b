/* procfd.c - socket inode -> pid/command, from /proc/PID/fd. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
#include <unistd.h>

#include "procfd.h"
#include "xfuncs.h"

enum { SLOTS = 4096, COMM = 32 };

struct pf_entry {
	struct pf_entry *next;
	uint64_t inode;
	pid_t pid;
	char comm[COMM];
};

struct procfd {
	bool use_cmdline;
	size_t n;		/* socket inodes in the map */
	struct pf_entry *slot[SLOTS];
};

struct procfd *procfd_new(bool use_cmdline)
{
	struct procfd *m = xzalloc(sizeof(struct procfd));

	m->use_cmdline = use_cmdline;
	return m;
}

static void procfd_clear(struct procfd *m)
{
	unsigned i;

	for (i = 0; i < SLOTS; i++) {
		struct pf_entry *e = m->slot[i], *n;

		for (; e; e = n) {
			n = e->next;
			free(e);
		}
		m->slot[i] = NULL;
	}
	m->n = 0;
}

size_t procfd_count(const struct procfd *m)
{
	return m->n;
}

void procfd_free(struct procfd *m)
{
	if (!m)
		return;
	procfd_clear(m);
	free(m);
}

static void comm_read(pid_t pid, char *buf, bool use_cmdline)
{
	char path[64], cmd[512];
	ssize_t n;
	int fd;

	if (use_cmdline) {
		snprintf(path, sizeof(path), "/proc/%d/cmdline", (int)pid);
		fd = open(path, O_RDONLY | O_CLOEXEC);
		n = fd >= 0 ? read(fd, cmd, sizeof(cmd) - 1) : -1;
		if (fd >= 0)
			close(fd);
		if (n > 0) {
			const char *base;

			cmd[n] = '\0';
			base = strrchr(cmd, '/');
			base = base ? base + 1 : cmd;
			n = (ssize_t)strnlen(base, COMM - 1);
			memcpy(buf, base, (size_t)n);
			buf[n] = '\0';
			return;
		}
	}
	snprintf(path, sizeof(path), "/proc/%d/comm", (int)pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	n = fd >= 0 ? read(fd, buf, COMM - 1) : -1;
	if (fd >= 0)
		close(fd);
	if (n <= 0)
		n = 0;
	buf[n] = '\0';
	buf[strcspn(buf, "\n")] = '\0';
}


/* The inode of a "socket:[N]" link target. */
static bool socket_inode(const char *link, unsigned long long *ino)
{
	static const char prefix[] = "socket:[";
	char *end;

	if (strncmp(link, prefix, sizeof(prefix) - 1))
		return false;
	link += sizeof(prefix) - 1;
	if (*link < '0' || *link > '9')
		return false;
	errno = 0;
	*ino = strtoull(link, &end, 10);
	return !errno && end[0] == ']' && end[1] == '\0';
}

/* Add the sockets of one process; -1 if its fds cannot be read. */
static int scan_pid(struct procfd *m, pid_t pid)
{
	char path[64], link[64], comm[COMM];
	struct dirent *de;
	DIR *d;
	bool named = false;

	snprintf(path, sizeof(path), "/proc/%d/fd", (int)pid);
	d = opendir(path);
	if (!d)
		return -1;
	while ((de = readdir(d))) {
		char fdpath[320];
		ssize_t n;
		unsigned long long ino;
		struct pf_entry *e;

		if (de->d_name[0] == '.')
			continue;
		snprintf(fdpath, sizeof(fdpath), "%s/%s", path, de->d_name);
		n = readlink(fdpath, link, sizeof(link) - 1);
		if (n <= 0)
			continue;
		link[n] = '\0';
		if (!socket_inode(link, &ino))
			continue;
		if (!named) {
			comm_read(pid, comm, m->use_cmdline);
			named = true;
		}
		e = xmalloc(sizeof(*e));
		e->inode = ino;
		e->pid = pid;
		memcpy(e->comm, comm, COMM);
		e->next = m->slot[ino % SLOTS];
		m->slot[ino % SLOTS] = e;
		m->n++;
	}
	closedir(d);
	return 0;
}

int procfd_scan(struct procfd *m)
{
	struct dirent *de;
	DIR *d = opendir("/proc");
	int denied = 0;

	if (!d)
		return -1;
	procfd_clear(m);
	while ((de = readdir(d))) {
		char *end;
		long pid = strtol(de->d_name, &end, 10);

		if (*end || pid <= 0)
			continue;
		if (scan_pid(m, (pid_t)pid) < 0 && errno == EACCES)
			denied++;
	}
	closedir(d);
	return denied;
}

pid_t procfd_lookup(const struct procfd *m, uint64_t inode, const char **name)
{
	const struct pf_entry *e;

	for (e = m->slot[inode % SLOTS]; e; e = e->next)
		if (e->inode == inode) {
			*name = e->comm;
			return e->pid;
		}
	return 0;
}
