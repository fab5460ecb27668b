/* print-tipc.c - TIPC (Transparent Inter-Process Communication) v2
 * message headers, ethertype 0x88ca.
 *
 *   w0: | ver:3 user:4 hsize:4 ... msize:17 |  w1: | mtype:3 ... |
 *   payload messages: w2, previous node, ports, [origin, dest nodes]
 * Output as tcpdump 4.99 print-tipc.c.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

DECODE_KEY(ETHERTYPE, 0x88ca, tipc_print)

static const struct tok tipcuser_values[] = {
	{ 0, "Low Importance Data payload" },
	{ 1, "Medium Importance Data payload" },
	{ 2, "High Importance Data payload" },
	{ 3, "Critical Importance Data payload" },
	{ 5, "Broadcast Link Protocol internal" },
	{ 6, "Message Bundler Protocol internal" },
	{ 7, "Link State Protocol internal" },
	{ 8, "Connection Manager internal" },
	{ 10, "Link Changeover Protocol internal" },
	{ 11, "Name Table Update Protocol internal" },
	{ 12, "Message Fragmentation Protocol internal" },
	{ 13, "Neighbor Detection Protocol internal" },
	{ 0, NULL }
};

/* as tcpdump names them (DIRECT and MCAST swapped) */
static const struct tok tipcmtype_values[] = {
	{ 0, "CONN_MSG" }, { 1, "MCAST_MSG" }, { 2, "NAMED_MSG" },
	{ 3, "DIRECT_MSG" },
	{ 0, NULL }
};

static const struct tok linkconf_mtype_values[] = {
	{ 0, "Link request" }, { 1, "Link response" },
	{ 0, NULL }
};

/* The 32-bit words of the header; false if the one asked for was not
 * captured. */
static bool words(struct cursor c, unsigned n, uint32_t *w)
{
	unsigned i;

	if (!cur_has(&c, 4 * n))
		return false;
	for (i = 0; i < n; i++)
		w[i] = cur_be32(&c);
	return true;
}

static void node_print(uint32_t a)
{
	out_fmt("%u.%u.%u", a >> 24, (a >> 12) & 0xfff, a & 0xfff);
}

static void head_print(uint32_t w0)
{
	out_fmt("TIPC v%u.0 ", (w0 >> 29) & 7);
}

static void sizes_print(uint32_t w0)
{
	out_fmt(", headerlength %u bytes, MessageSize %u bytes, ",
		((w0 >> 21) & 0xf) * 4, w0 & 0x1ffff);
	tok_print(tipcuser_values, (w0 >> 25) & 0xf, "unknown");
}

static bool payload_print(struct dctx *d, struct cursor c)
{
	uint32_t w[8];
	unsigned hsize;

	if (!words(c, 6, w))
		return false;
	hsize = (w[0] >> 21) & 0xf;
	if (hsize > 6 && !words(c, 8, w))
		return false;
	head_print(w[0]);
	if (hsize <= 6) {
		node_print(w[3]);
		out_fmt(":%u > %u", w[4], w[5]);
	} else {
		node_print(w[6]);
		out_fmt(":%u > ", w[4]);
		node_print(w[7]);
		out_fmt(":%u", w[5]);
	}
	sizes_print(w[0]);
	out_str(", messageType ");
	tok_print(tipcmtype_values, w[1] >> 29, "Unknown");
	if (hsize > 6 && d->vflag) {
		out_str("\n\tPrevious Node ");
		node_print(w[3]);
		out_fmt(", Broadcast Ack %u, Link Ack %u, Link Sequence %u",
			w[1] & 0xffff, w[2] >> 16, w[2] & 0xffff);
	}
	return true;
}

static bool internal_print(struct dctx *d, struct cursor c)
{
	uint32_t w[10];

	if (!words(c, 8, w))
		return false;
	head_print(w[0]);
	node_print(w[6]);
	out_str(" > ");
	node_print(w[7]);
	sizes_print(w[0]);
	out_str(", messageType ");
	tok_print(tipcmtype_values, w[1] >> 29, "Unknown");
	out_fmt(" (0x%08x)", w[1]);
	if (!d->vflag)
		return true;
	if (!words(c, 10, w))
		return false;
	out_str("\n\tPrevious Node ");
	node_print(w[3]);
	out_fmt(", Session No. %u, Broadcast Ack %u, Sequence Gap %u,  "
		"Broadcast Gap After %u, Broadcast Gap To %u, Last Sent Packet "
		"No. %u, Next sent Packet No. %u, Transport Sequence %u, "
		"msg_count %u, Link Tolerance %u", w[5] >> 16, w[1] & 0xffff,
		(w[1] >> 16) & 0x1fff, w[2] >> 16, w[2] & 0xffff, w[4] >> 16,
		w[4] & 0xffff, w[8], w[9] >> 16, w[9] & 0xffff);
	return true;
}

static bool link_conf_print(struct dctx *d, struct cursor c)
{
	uint32_t w[6];

	if (!words(c, 4, w))
		return false;
	head_print(w[0]);
	node_print(w[3]);
	out_str(" > ");
	node_print(w[2]);
	sizes_print(w[0]);
	out_str(", messageType ");
	tok_print(linkconf_mtype_values, w[1] >> 29, "Unknown");
	if (!d->vflag)
		return true;
	if (!words(c, 6, w))
		return false;
	out_fmt("\n\tNodeSignature %u, network_id %u, media_id %u",
		w[1] & 0xffff, w[4], w[5] & 0xff);
	return true;
}

void tipc_print(struct dctx *d, struct cursor c, unsigned len DECODE_UNUSED)
{
	unsigned user;
	bool ok = true;

	if (!cur_has(&c, 4)) {
		decode_trunc_cut(d, "tipc");
		return;
	}
	user = (cur_peek_be32(&c, 0) >> 25) & 0xf;
	switch (user) {
	case 0: case 1: case 2: case 3: case 8: case 11:
		ok = payload_print(d, c);
		break;
	case 13:
		ok = link_conf_print(d, c);
		break;
	case 5: case 6: case 7: case 10: case 12:
		ok = internal_print(d, c);
		break;
	}
	if (!ok)
		decode_trunc_cut(d, "tipc");
}
