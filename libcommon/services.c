/* services.c - compiled-in services(5) table, for boxes without one. */
#include <stddef.h>
#include <string.h>

#include "net.h"

/* Entries, one after another: port (2 bytes, big-endian), protocols
 * (1 byte of SERV_*), the name and the aliases, each ended by NUL. */
static const char services[] =
#include "services-table.h"
	;

/* Is name one of the space-separated words of list? */
static int in_list(const char *list, const char *name)
{
	size_t n = strlen(name);

	while (*list) {
		size_t w = strcspn(list, " ");

		if (w == n && !strncmp(list, name, n))
			return 1;
		list += w;
		while (*list == ' ')
			list++;
	}
	return 0;
}

/* Walk the entries; stops at the first for which match() says yes and
 * returns its name, or NULL. */
static const char *services_find(int (*match)(int port, int proto,
					       const char *name,
					       const char *aliases,
					       const void *key, int want),
				 const void *key, int want, int *port)
{
	const char *p = services, *end = services + sizeof(services) - 1;

	while (p + 3 < end) {
		const unsigned char *u = (const unsigned char *)p;
		const char *name = p + 3, *aliases = name + strlen(name) + 1;

		*port = u[0] << 8 | u[1];
		if (match(*port, u[2], name, aliases, key, want))
			return name;
		p = aliases + strlen(aliases) + 1;
	}
	return NULL;
}

static int by_name(int port, int proto, const char *name, const char *aliases,
		   const void *key, int want)
{
	(void)port;
	return (proto & want) && (!strcmp(name, key) || in_list(aliases, key));
}

static int by_port(int port, int proto, const char *name, const char *aliases,
		   const void *key, int want)
{
	(void)name;
	(void)aliases;
	return (proto & want) && port == *(const int *)key;
}

int services_port(const char *name, int proto)
{
	int port;

	return services_find(by_name, name, proto, &port) ? port : -1;
}

const char *services_name(int port, int proto)
{
	int found;

	return services_find(by_port, &port, proto, &found);
}
