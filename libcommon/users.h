/* users.h - user and group names from /etc/passwd and /etc/group.
 *
 * A static executable cannot load glibc's NSS modules reliably, and
 * getpwnam(3) and friends cost it 8 KB; on the boxes tcpbox is for the
 * files are the only source anyway. Lines that do not parse are skipped,
 * as glibc's files backend does.
 */
#ifndef TCPBOX_USERS_H
#define TCPBOX_USERS_H

#include <stdbool.h>
#include <sys/types.h>

struct user {
	char name[64];
	uid_t uid;
	gid_t gid;
};

/* Look a user up by name or uid; false when there is no such user (errno
 * 0) or the file cannot be read (errno set). */
bool user_by_name(const char *name, struct user *u);
bool user_by_uid(uid_t uid, struct user *u);
/* The groups /etc/group lists u as a member of, plus u->gid, as
 * setgroups(2) wants them (initgroups(3)); returns the count, at most
 * max, or -1 with errno set. */
int user_groups(const struct user *u, gid_t *groups, int max);

#endif
