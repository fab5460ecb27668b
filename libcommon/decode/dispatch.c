/* dispatch.c - the printers' tables, built from the lines each printer
 * registers (include/generated/protocols.def, see table.h), and their
 * lookups.
 *
 * The generated list is sorted: exact keys by table and key, so a lookup
 * is a binary search inside its table's run; ports by transport and rank,
 * so the first entry that matches is the one tcpdump's chain of tests
 * would have chosen.
 */
#include <string.h>

#include <pcap/dlt.h>

#define DECODE_TABLE_EXPAND
#include "table.h"
#include "out.h"

#ifdef __has_include
#if !__has_include("generated/protocols.def")
#error "include/generated/protocols.def is made by the Makefile"
#endif
#endif

/* ---- declarations of every registered function ---- */
#define DECODE_KIND_OF(name, kind) \
	typedef decode_##kind##_proto decode_kind_##name;
DECODE_KEY_TABLES(DECODE_KIND_OF)
#undef DECODE_KIND_OF

#define DECODE_DLT(dlt, fn) decode_link_proto fn;
#define DECODE_KEY(t, key, fn) decode_kind_##t fn;
#define DECODE_PORT(l4, rank, lo, hi, how, fn) decode_app_proto fn;
#define DECODE_PORT_IF(l4, rank, lo, hi, how, fn, guard) \
	decode_app_proto fn; decode_guard_proto guard;
#define DECODE_PT(name, l4, fn) decode_app_proto fn;
#include "generated/protocols.def"
#undef DECODE_DLT
#undef DECODE_KEY
#undef DECODE_PORT
#undef DECODE_PORT_IF
#undef DECODE_PT
#define DECODE_DLT(dlt, fn)
#define DECODE_KEY(t, key, fn)
#define DECODE_PORT(l4, rank, lo, hi, how, fn)
#define DECODE_PORT_IF(l4, rank, lo, hi, how, fn, guard)
#define DECODE_PT(name, l4, fn)

/* ---- link types ---- */
struct dlt_ent {
	int dlt;
	decode_link_proto *fn;
};

#undef DECODE_DLT
#define DECODE_DLT(dlt, fn) { dlt, fn },
static const struct dlt_ent dlt_table[] = {
#include "generated/protocols.def"
	{ -1, NULL }
};
#undef DECODE_DLT
#define DECODE_DLT(dlt, fn)

decode_link_proto *decode_dlt_lookup(int dlt)
{
	const struct dlt_ent *e;

	for (e = dlt_table; e->fn; e++)
		if (e->dlt == dlt)
			return e->fn;
	return NULL;
}

/* A link type without a printer: tcpdump 4.99 names it UNSUPPORTED and
 * dumps the bytes (the -x dumps then start at the first byte too). */
static unsigned unsupported_if_print(struct dctx *d, struct cursor c,
				     unsigned len)
{
	(void)d;
	(void)len;
	out_str("UNSUPPORTED");
	decode_hex_ascii(c, (unsigned)cur_left(&c), 0);
	return 0;
}

decode_link_fn decode_link_lookup(int dlt)
{
	decode_link_proto *fn = decode_dlt_lookup(dlt);

	return fn ? fn : unsupported_if_print;
}

/* ---- exact keys ---- */
/* one union member per table, named as the table */
#define DECODE_UNION_MEMBER(name, kind) decode_##kind##_proto *name;
struct key_ent {
	unsigned char table;
	unsigned key;
	union {
		DECODE_KEY_TABLES(DECODE_UNION_MEMBER)
	} fn;
};

#undef DECODE_KEY
#define DECODE_KEY(t, key, f) { DECODE_T_##t, key, { .t = f } },
static const struct key_ent key_table[] = {
#include "generated/protocols.def"
};
#undef DECODE_KEY
#define DECODE_KEY(t, key, fn)

enum { KEY_COUNT = sizeof(key_table) / sizeof(key_table[0]) };

/* The entry of (t, key), by binary search over the sorted list. */
static const struct key_ent *key_find(enum decode_table t, unsigned key)
{
	size_t lo = 0, hi = KEY_COUNT;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct key_ent *e = &key_table[mid];

		if (e->table < t || (e->table == t && e->key < key))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < KEY_COUNT && key_table[lo].table == t &&
	    key_table[lo].key == key)
		return &key_table[lo];
	return NULL;
}

decode_net_proto *decode_net_lookup(enum decode_table t, unsigned key)
{
	const struct key_ent *e = key_find(t, key);

	/* every table but IPPROTO and ICMP6 holds decode_net_proto
	 * functions */
	return e && t != DECODE_T_IPPROTO && t != DECODE_T_ICMP6 ?
	       e->fn.ETHERTYPE : NULL;
}

decode_ip_proto *decode_ipproto_lookup(unsigned proto)
{
	const struct key_ent *e = key_find(DECODE_T_IPPROTO, proto);

	return e ? e->fn.IPPROTO : NULL;
}

decode_icmp6_proto *decode_icmp6_lookup(unsigned type)
{
	const struct key_ent *e = key_find(DECODE_T_ICMP6, type);

	return e ? e->fn.ICMP6 : NULL;
}

/* ---- ports ---- */
struct port_ent {
	unsigned char l4, how;
	unsigned short lo, hi;
	decode_app_proto *fn;
	decode_guard_proto *guard;
};

#undef DECODE_PORT
#undef DECODE_PORT_IF
#define DECODE_PORT(l4, rank, lo, hi, how, fn) \
	{ DECODE_##l4, (how), lo, hi, fn, NULL },
#define DECODE_PORT_IF(l4, rank, lo, hi, how, fn, guard) \
	{ DECODE_##l4, (how), lo, hi, fn, guard },
static const struct port_ent port_table[] = {
#include "generated/protocols.def"
	{ 0, 0, 0, 0, NULL, NULL }
};
#undef DECODE_PORT
#undef DECODE_PORT_IF
#define DECODE_PORT(l4, rank, lo, hi, how, fn)
#define DECODE_PORT_IF(l4, rank, lo, hi, how, fn, guard)

static bool in_range(unsigned port, const struct port_ent *e)
{
	return port >= e->lo && port <= e->hi;
}

decode_app_proto *decode_port_lookup(enum decode_l4 l4, bool early,
				     struct cursor c, unsigned len,
				     const struct l4info *info)
{
	const struct port_ent *e;

	for (e = port_table; e->fn; e++) {
		bool hit;

		if (e->l4 != l4 || !(e->how & PORT_EARLY) != !early)
			continue;
		if (e->how & PORT_SRC)
			hit = in_range(info->sport, e);
		else if (e->how & PORT_DST)
			hit = in_range(info->dport, e);
		else
			hit = in_range(info->sport, e) ||
			      in_range(info->dport, e);
		if (hit && (!e->guard || e->guard(c, len, info)))
			return e->fn;
	}
	return NULL;
}

/* ---- -T ---- */
struct pt_ent {
	const char *name;
	unsigned char l4;
	decode_app_proto *fn;
};

#undef DECODE_PT
#define DECODE_PT(name, l4, fn) { name, DECODE_##l4, fn },
static const struct pt_ent pt_table[] = {
#include "generated/protocols.def"
	{ NULL, 0, NULL }
};

decode_app_proto *decode_pt_lookup(const char *name, enum decode_l4 l4)
{
	const struct pt_ent *e;

	for (e = pt_table; name && e->name; e++)
		if (e->l4 == l4 && !strcmp(e->name, name))
			return e->fn;
	return NULL;
}

bool decode_pt_known(const char *name)
{
	const struct pt_ent *e;

	for (e = pt_table; e->name; e++)
		if (!strcmp(e->name, name))
			return true;
	return false;
}
