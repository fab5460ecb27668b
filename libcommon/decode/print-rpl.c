/* print-rpl.c - RPL control messages (RFC 6550 6: DIS, DIO, DAO,
 * DAO-ACK), ICMPv6 type 155, as tcpdump 4.99's print-icmp6.c prints
 * them. A routing protocol: the ICMPv6 printer finds it through the
 * ICMP6 table.
 */
#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

static const struct tok rpl_mop2str[] = {
	{ 0, "nonstoring" },
	{ 1, "storing" },
	{ 2, "nonstoring-multicast" },
	{ 3, "storing-multicast" },
	{ 0, NULL }
};

static const struct tok rpl_subopt2str[] = {
	{ 0, "pad1" },
	{ 1, "padN" },
	{ 2, "metrics" },
	{ 3, "routinginfo" },
	{ 4, "config" },
	{ 5, "rpltarget" },
	{ 6, "transitinfo" },
	{ 8, "destprefix" },
	{ 9, "rpltargetdesc" },
	{ 0, NULL }
};

/* RPL options from off of c, length bytes; false when cut. */
static bool rpl_opts(struct dctx *d, struct cursor c, unsigned off,
		     unsigned length)
{
	unsigned type, optlen;

	while (length != 0) {
		if (!rt_has(&c, off, 1))
			return false;
		type = cur_peek(&c, off);
		if (type == 0) {
			optlen = 1;
			out_str(" opt:pad1");
		} else {
			if (length < 2 || !rt_has(&c, off + 1, 1))
				return false;
			optlen = cur_peek(&c, off + 1) + 2u;
			out_str(" opt:");
			tok_print(rpl_subopt2str, type, "subopt:%u");
			out_fmt(" len:%u ", optlen);
			if (!rt_has(&c, off, optlen) || length < optlen)
				return false;
			if (d->vflag > 2) {
				struct cursor h = c;

				cur_skip(&h, off + 2);
				decode_hex_ident(h, optlen - 2, " ");
			}
		}
		off += optlen;
		length -= optlen;
	}
	return true;
}

/* The DAG id of a DAO or DAO-ACK at off when flagged (d), else
 * "<elided>"; false when it is not captured. */
static bool rpl_dagid(struct dctx *d, struct cursor c, unsigned off, bool has)
{
	if (!has) {
		out_str("<elided>");
		return true;
	}
	return decode_ip6addr_at(d, c, off);
}

/* The RPL message at c (after the ICMPv6 type, code and checksum). */
static bool rpl_body(struct dctx *d, struct cursor c, unsigned code,
		     unsigned length)
{
	unsigned f;

	switch (code) {
	case 1:
		if (length < 24) {
			out_fmt(" [length %u < 24] (invalid)", length);
			return true;
		}
		if (!cur_has(&c, 24))
			return false;
		f = cur_peek(&c, 4);
		out_str(" [dagid:");
		decode_ip6addr_at(d, c, 8);
		out_fmt(",seq:%u,instance:%u,rank:%u,%smop:", cur_peek(&c, 5),
			cur_peek(&c, 0), cur_peek_be16(&c, 2),
			f & 0x80 ? "grounded," : "");
		tok_print(rpl_mop2str, (f >> 3) & 7, "mop%u");
		out_fmt(",prf:%u]", f & 7);
		return d->vflag < 2 || rpl_opts(d, c, 24, length - 24);
	case 2:
	case 3:
		if (!cur_has(&c, code == 2 ? 20 : 4))
			return false;
		if (length < 4) {
			out_str(code == 2 ? " [|length too short]" :
				" [|dao-length too short]");
			return true;
		}
		f = cur_peek(&c, 1);
		if (f & (code == 2 ? 0x40 : 0x80)) {
			if (!cur_has(&c, 20))
				return false;
			if (length < 20) {
				out_str(code == 2 ? " [|length too short]" :
					" [|dao-length too short]");
				return true;
			}
		}
		out_str(" [dagid:");
		rpl_dagid(d, c, 4, f & (code == 2 ? 0x40 : 0x80));
		if (code == 2)
			out_fmt(",seq:%u,instance:%u%s%s,%02x]", cur_peek(&c, 3),
				cur_peek(&c, 0), f & 0x80 ? ",acK" : "",
				f & 0x40 ? ",Dagid" : "", f);
		else
			out_fmt(",seq:%u,instance:%u,status:%u]",
				cur_peek(&c, 2), cur_peek(&c, 0), cur_peek(&c, 3));
		if (d->vflag < 2)
			return true;
		return rpl_opts(d, c, f & (code == 2 ? 0x40 : 0x80) ? 20 : 4,
				length - (f & (code == 2 ? 0x40 : 0x80) ? 20 : 4));
	}
	return true;
}

DECODE_KEY(ICMP6, 155, rpl_print)

bool rpl_print(struct dctx *d, struct cursor c, unsigned type DECODE_UNUSED,
	       unsigned code, unsigned len)
{
	static const char *const name[] = {
		"DODAG Information Solicitation", "DODAG Information Object",
		"Destination Advertisement Object",
		"Destination Advertisement Object Ack",
	};

	if (code & 0x80) {
		out_str(", (SEC) [worktodo]");
		return true;
	}
	out_str(", (CLR)");
	if ((code & 0x7f) > 3) {
		out_fmt("RPL message, unknown code %u", code);
		return true;
	}
	out_str(name[code & 0x7f]);
	if (!d->vflag || (code & 0x7f) == 0)
		return true;
	cur_skip(&c, 4);
	return rpl_body(d, c, code & 0x7f, len - 4);
}

