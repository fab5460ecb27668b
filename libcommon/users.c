/* users.c - /etc/passwd and /etc/group, read the way glibc's files
 * backend reads them (see users.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "users.h"

/* The colon-separated fields of line (modified in place); returns their
 * count, at most max. */
static int split_fields(char *line, char **field, int max)
{
	int n = 0;

	line[strcspn(line, "\n")] = '\0';
	while (n < max) {
		field[n++] = line;
		line = strchr(line, ':');
		if (!line)
			break;
		*line++ = '\0';
	}
	return n;
}

static bool parse_id(const char *s, unsigned long *v)
{
	char *end;

	if (*s < '0' || *s > '9')
		return false;
	errno = 0;
	*v = strtoul(s, &end, 10);
	return !errno && !*end && *v <= 0xffffffffUL;
}

/* Walk /etc/passwd until match() accepts an entry. */
static bool passwd_find(bool (*match)(const struct user *, const void *),
			const void *key, struct user *u)
{
	FILE *f = fopen("/etc/passwd", "re");
	char line[1024], *field[7];
	unsigned long uid, gid;
	bool found = false;

	if (!f)
		return false;
	while (!found && fgets(line, sizeof(line), f)) {
		if (split_fields(line, field, 7) < 4 || !parse_id(field[2], &uid) ||
		    !parse_id(field[3], &gid) || strlen(field[0]) >= sizeof(u->name))
			continue;
		strcpy(u->name, field[0]);
		u->uid = (uid_t)uid;
		u->gid = (gid_t)gid;
		found = match(u, key);
	}
	fclose(f);
	errno = 0;
	return found;
}

static bool name_is(const struct user *u, const void *name)
{
	return !strcmp(u->name, name);
}

static bool uid_is(const struct user *u, const void *uid)
{
	return u->uid == *(const uid_t *)uid;
}

bool user_by_name(const char *name, struct user *u)
{
	return passwd_find(name_is, name, u);
}

bool user_by_uid(uid_t uid, struct user *u)
{
	return passwd_find(uid_is, &uid, u);
}

/* Is name in the comma-separated list? */
static bool in_members(char *list, const char *name)
{
	char *m;

	for (m = strtok(list, ","); m; m = strtok(NULL, ","))
		if (!strcmp(m, name))
			return true;
	return false;
}

int user_groups(const struct user *u, gid_t *groups, int max)
{
	FILE *f = fopen("/etc/group", "re");
	char line[4096], *field[4];
	unsigned long gid;
	int n = 0, i;

	if (max < 1)
		return -1;
	groups[n++] = u->gid;
	if (!f)
		return n;
	while (n < max && fgets(line, sizeof(line), f)) {
		if (split_fields(line, field, 4) < 4 || !parse_id(field[2], &gid) ||
		    !in_members(field[3], u->name))
			continue;
		for (i = 0; i < n && groups[i] != (gid_t)gid; i++)
			;
		if (i == n)
			groups[n++] = (gid_t)gid;
	}
	fclose(f);
	return n;
}
