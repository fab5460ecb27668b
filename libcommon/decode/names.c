/* names.c - the names tcpdump prints without -n: hosts, Ethernet
 * addresses, TCP/UDP ports, IP protocols. Rules of tcpdump 4.99's
 * addrtoname.c, checked against the Debian tcpdump (tests/names.test):
 *
 * - hosts: a reverse lookup per address, cached whether it found a name
 *   or not, so a silent resolver costs one wait per address; -N keeps
 *   the first label; -f leaves addresses outside the capture's network
 *   numeric;
 * - Ethernet: a name from /etc/ethers, "Broadcast" for ff:ff:ff:ff:ff:ff,
 *   else the address and "(oui Vendor)" from tcpdump's short list, or
 *   "(oui Unknown)";
 * - ports: the first /etc/services entry of the port and protocol (no
 *   file: numbers; the compiled-in copy of services.c is for resolving
 *   names that users type, not for this);
 * - protocols: the IANA keyword (ipproto-names.h).
 *
 * Everything is read once per run, on first use, and kept in struct
 * names (hung off struct dctx), freed by decode_done.
 */
#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "decode.h"
#include "ipproto-names.h"
#include "out.h"
#include "xfuncs.h"

enum { HOST_SLOTS = 4096, PORT_SLOTS = 1024 };

struct host {
	struct host *next;
	int version;
	uint8_t addr[16];
	char name[];
};

struct ether {
	struct ether *next;
	uint8_t addr[6];
	char name[];
};

struct port {
	struct port *next;
	unsigned port;
	bool udp;
	char name[];
};

struct name_cache {
	struct host *host[HOST_SLOTS];
	struct port *port[PORT_SLOTS];
	bool ports_read, ethers_read;
	struct ether *ethers;
};

static unsigned fnv(const uint8_t *a, unsigned n)
{
	unsigned h = 2166136261u;

	while (n--)
		h = (h ^ *a++) * 16777619u;
	return h;
}

static struct name_cache *cache(struct dctx *d)
{
	if (!d->names)
		d->names = xzalloc(sizeof(*d->names));
	return d->names;
}

/* ---- hosts */

/* Should addr be looked up? Not with -n, nor outside the -f network. */
static bool host_wanted(const struct dctx *d, int version, const uint8_t *a)
{
	uint32_t v;

	if (d->nflag)
		return false;
	if (version != 4 || !d->fnetmask)
		return true;
	v = (uint32_t)a[0] << 24 | a[1] << 16 | a[2] << 8 | a[3];
	return (v & d->fnetmask) == d->flocalnet;
}

static void host_resolve(struct dctx *d, int version, const uint8_t *a,
			 char *host, size_t size)
{
	struct sockaddr_storage ss = { 0 };
	socklen_t sl;

	if (version == 6) {
		struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&ss;

		s6->sin6_family = AF_INET6;
		memcpy(&s6->sin6_addr, a, 16);
		sl = sizeof(*s6);
	} else {
		struct sockaddr_in *s4 = (struct sockaddr_in *)&ss;

		s4->sin_family = AF_INET;
		memcpy(&s4->sin_addr, a, 4);
		sl = sizeof(*s4);
	}
	if (d->resolve ? d->resolve(d, version, a, host, size) :
	    !getnameinfo((struct sockaddr *)&ss, sl, host, size, NULL, 0,
			 NI_NAMEREQD)) {
		if (d->Nflag)
			host[strcspn(host, ".")] = '\0';
		return;
	}
	inet_ntop(version == 6 ? AF_INET6 : AF_INET, a, host, size);
}

const char *names_host(struct dctx *d, int version, const uint8_t *a)
{
	unsigned n = version == 6 ? 16 : 4;
	struct name_cache *nc = cache(d);
	struct host **slot = &nc->host[fnv(a, n) % HOST_SLOTS], *h;
	char name[NI_MAXHOST];

	for (h = *slot; h; h = h->next)
		if (h->version == version && !memcmp(h->addr, a, n))
			return h->name;
	if (host_wanted(d, version, a))
		host_resolve(d, version, a, name, sizeof(name));
	else
		inet_ntop(version == 6 ? AF_INET6 : AF_INET, a, name,
			  sizeof(name));
	h = xzalloc(sizeof(*h) + strlen(name) + 1);
	h->version = version;
	memcpy(h->addr, a, n);
	strcpy(h->name, name);
	h->next = *slot;
	*slot = h;
	return h->name;
}

/* ---- Ethernet addresses */

/* tcpdump's oui_values: the vendors it names. */
const struct tok oui_values[] = {
	{ 0x000000, "Ethernet" },
	{ 0x00000c, "Cisco" },
	{ 0x00005e, "IANA" },
	{ 0x000081, "Nortel Networks SONMP" },
	{ 0x0000f8, "Cisco bridged" },
	{ 0x0080c2, "Ethernet bridged" },
	{ 0x00a03e, "ATM Forum" },
	{ 0x00e02f, "DOCSIS Spanning Tree" },
	{ 0x080007, "Appletalk" },
	{ 0x009069, "Juniper" },
	{ 0x080009, "Hewlett-Packard" },
	{ 0x00120f, "IEEE 802.3 Private" },
	{ 0x0012bb, "ANSI/TIA" },
	{ 0x001b21, "DCBX" },
	{ 0x002320, "Nicira Networks" },
	{ 0x5c16c7, "Big Switch Networks" },
	{ 0xb0d2f5, "Vello Systems" },
	{ 0x002481, "HP" },
	{ 0x0004ea, "HP-Labs" },
	{ 0x748771, "Infoblox Inc" },
	{ 0xa42305, "Open Networking Lab" },
	{ 0x00049f, "Freescale" },
	{ 0x0015ad, "Netronome" },
	{ 0x001018, "Broadcom" },
	{ 0x00e004, "PMC-Sierra" },
	{ 0xd0f0db, "Ericsson" },
	{ 0, NULL }
};

static bool parse_mac(const char *s, uint8_t *mac, const char **end)
{
	unsigned i, v;

	for (i = 0; i < 6; i++) {
		char *e;

		v = (unsigned)strtoul(s, &e, 16);
		if (e == s || e - s > 2 || v > 255 || (i < 5 && *e != ':'))
			return false;
		mac[i] = (uint8_t)v;
		s = i < 5 ? e + 1 : e;
	}
	*end = s;
	return true;
}

static void ether_add(struct name_cache *nc, const uint8_t *mac,
		      const char *name)
{
	struct ether *e = xzalloc(sizeof(*e) + strlen(name) + 1);

	memcpy(e->addr, mac, 6);
	strcpy(e->name, name);
	e->next = nc->ethers;
	nc->ethers = e;
}

/* /etc/ethers as ether_ntohost(3) reads it, then the names tcpdump
 * knows itself where the file gave none. */
static void ethers_read(struct name_cache *nc)
{
	static const uint8_t bcast[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
	FILE *f = fopen("/etc/ethers", "re");
	char line[512];
	struct ether *e;

	nc->ethers_read = true;
	while (f && fgets(line, sizeof(line), f)) {
		uint8_t mac[6];
		const char *p;
		size_t n;

		line[strcspn(line, "#\n")] = '\0';
		if (!parse_mac(line + strspn(line, " \t"), mac, &p) ||
		    !strchr(" \t", *p) || !*p)
			continue;
		p += strspn(p, " \t");
		n = strcspn(p, " \t");
		if (!n)
			continue;
		((char *)p)[n] = '\0';
		for (e = nc->ethers; e && memcmp(e->addr, mac, 6); e = e->next)
			;
		if (!e)
			ether_add(nc, mac, p);
	}
	if (f)
		fclose(f);
	for (e = nc->ethers; e && memcmp(e->addr, bcast, 6); e = e->next)
		;
	if (!e)
		ether_add(nc, bcast, "Broadcast");
}

/* The name part of decode_etheraddr without -n. */
static const char *ether_name(struct dctx *d, const uint8_t *a)
{
	struct name_cache *nc = cache(d);
	struct ether *e;

	if (!nc->ethers_read)
		ethers_read(nc);
	for (e = nc->ethers; e; e = e->next)
		if (!memcmp(e->addr, a, 6))
			return e->name;
	return NULL;
}

void decode_etheraddr(struct dctx *d, const uint8_t *a)
{
	const char *name = d->nflag ? NULL : ether_name(d, a);

	if (name) {
		out_str(name);
		return;
	}
	out_fmt("%02x:%02x:%02x:%02x:%02x:%02x", a[0], a[1], a[2], a[3], a[4],
		a[5]);
	if (!d->nflag) {
		out_str(" (oui ");
		tok_print(oui_values, (unsigned)a[0] << 16 | a[1] << 8 | a[2],
			  "Unknown");
		out_char(')');
	}
}

/* ---- ports */

static void services_read(struct name_cache *nc)
{
	FILE *f = fopen("/etc/services", "re");
	char line[512];

	nc->ports_read = true;
	while (f && fgets(line, sizeof(line), f)) {
		char *name, *num, *proto, *end;
		unsigned long port;
		struct port *p, **slot;
		bool udp;

		line[strcspn(line, "#\n")] = '\0';
		name = strtok(line, " \t");
		num = strtok(NULL, " \t");
		if (!name || !num || !(proto = strchr(num, '/')))
			continue;
		*proto++ = '\0';
		port = strtoul(num, &end, 10);
		if (*end || port > 65535 ||
		    (strcmp(proto, "tcp") && strcmp(proto, "udp")))
			continue;
		udp = !strcmp(proto, "udp");
		slot = &nc->port[port % PORT_SLOTS];
		for (p = *slot; p; p = p->next)
			if (p->port == port && p->udp == udp)
				break;
		if (p)
			continue;	/* the first entry wins */
		p = xzalloc(sizeof(*p) + strlen(name) + 1);
		p->port = (unsigned)port;
		p->udp = udp;
		strcpy(p->name, name);
		p->next = *slot;
		*slot = p;
	}
	if (f)
		fclose(f);
}

const char *names_port(struct dctx *d, unsigned port, bool udp)
{
	struct name_cache *nc = cache(d);
	struct port *p;

	if (!nc->ports_read)
		services_read(nc);
	for (p = nc->port[port % PORT_SLOTS]; p; p = p->next)
		if (p->port == port && p->udp == udp)
			return p->name;
	return NULL;
}

/* ---- protocols */

const char *names_ipproto(unsigned nh)
{
	unsigned off = nh < 256 ? ipproto_netdb_off[nh] : 0xffff;

	return off == 0xffff ? NULL : ipproto_netdb_str + off;
}

void names_free(struct name_cache *nc)
{
	unsigned i;

	if (!nc)
		return;
	for (i = 0; i < HOST_SLOTS; i++)
		while (nc->host[i]) {
			struct host *h = nc->host[i];

			nc->host[i] = h->next;
			free(h);
		}
	for (i = 0; i < PORT_SLOTS; i++)
		while (nc->port[i]) {
			struct port *p = nc->port[i];

			nc->port[i] = p->next;
			free(p);
		}
	while (nc->ethers) {
		struct ether *e = nc->ethers;

		nc->ethers = e->next;
		free(e);
	}
	free(nc);
}
