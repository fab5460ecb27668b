/* procfd.h - which process holds a socket: the socket-inode -> process
 * map that net-tools builds from /proc/PID/fd (no kernel interface gives
 * it directly).
 */
#ifndef TCPBOX_PROCFD_H
#define TCPBOX_PROCFD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct procfd;	/* the map */

/* Names from /proc/PID/comm, or with use_cmdline the basename of the
 * command line's first word, as net-tools netstat -p shows it. */
struct procfd *procfd_new(bool use_cmdline);
void procfd_free(struct procfd *m);
/* Rebuild the map with one pass over /proc. Returns the number of
 * processes whose fds could not be read (another user's, without
 * privilege), or -1 with errno if /proc itself cannot be read. */
int procfd_scan(struct procfd *m);
/* How many socket inodes the last scan mapped. */
size_t procfd_count(const struct procfd *m);
/* The process holding inode: its pid and command name (the map's own
 * copy), or 0 when the last scan did not see it. */
pid_t procfd_lookup(const struct procfd *m, uint64_t inode,
		   const char **name);

#endif
