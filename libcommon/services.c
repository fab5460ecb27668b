/* services.c - compiled-in services(5) table, for boxes without one. */
#include <stddef.h>
#include <string.h>

#include "net.h"

struct service {
	const char *name;
	const char *aliases;
	unsigned short port;
	unsigned char proto;	/* SERV_TCP | SERV_UDP ... */
};

static const struct service services[] = {
#include "services-table.h"
};

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

int services_port(const char *name, int proto)
{
	size_t i;

	for (i = 0; i < sizeof(services) / sizeof(services[0]); i++) {
		const struct service *s = &services[i];

		if (!(s->proto & proto))
			continue;
		if (!strcmp(s->name, name) || in_list(s->aliases, name))
			return s->port;
	}
	return -1;
}

const char *services_name(int port, int proto)
{
	size_t i;

	for (i = 0; i < sizeof(services) / sizeof(services[0]); i++)
		if (services[i].port == port && (services[i].proto & proto))
			return services[i].name;
	return NULL;
}
