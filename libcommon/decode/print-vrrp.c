/* print-vrrp.c - VRRP versions 2 and 3 (RFC 3768, RFC 5798).
 *
 *   |Ver| Type | VRID | Priority | Count IPvX | Auth / rsvd+Max Adver |
 * Output as tcpdump 4.99 print-vrrp.c.
 */
#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

static const struct tok type2str[] = {
	{ 1, "Advertisement" },
	{ 0, NULL }
};

static const struct tok auth2str[] = {
	{ 0, "none" },
	{ 1, "simple" },
	{ 2, "ah" },
	{ 0, NULL }
};

DECODE_KEY(IPPROTO, 112, vrrp_print)

/* -v: checksum, addresses, password; false when the capture ended. */
static bool vrrp_verbose(struct dctx *d, struct cursor c, unsigned len,
			 const struct ipinfo *ip, unsigned version,
			 unsigned auth)
{
	unsigned naddrs = cur_peek(&c, 3), alen = ip->version == 6 ? 16 : 4;
	unsigned off = 8, i;
	uint32_t sum = 0;

	if (version == 3)
		sum = decode_pseudo_sum(ip, len, 112);
	if (cur_has(&c, len) && decode_cksum(c, len, sum)) {
		if (!rt_has(&c, 6, 2))
			return false;
		out_fmt(", (bad vrrp cksum %x)", cur_peek_be16(&c, 6));
	}
	out_str(", addrs");
	if (naddrs > 1)
		out_fmt("(%u)", naddrs);
	out_char(':');
	for (i = 0; i < naddrs; i++, off += alen) {
		if (!rt_has(&c, off, alen))
			return false;
		out_char(i ? ',' : ' ');
		rt_addr_at(d, c, off, ip->version);
	}
	if (version == 2 && auth == 1) {
		out_str(" auth \"");
		for (i = 0; i < 8; i++) {
			if (!rt_has(&c, off + i, 1))
				return false;
			if (!cur_peek(&c, off + i))
				break;
			decode_char(cur_peek(&c, off + i));
		}
		out_char('"');
	}
	return true;
}

void vrrp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct ipinfo *ip)
{
	unsigned b0, version, type, auth = 0;
	const char *s;

	out_str("VRRP");
	if (!cur_has(&c, 1))
		goto trunc;
	b0 = cur_peek(&c, 0);
	version = b0 >> 4;
	type = b0 & 15;
	out_fmt("v%u, ", version);
	tok_print(type2str, type, "unknown type (%u)");
	if (ip->ttl != 255)
		out_fmt(", (ttl %u)", ip->ttl);
	if (version < 2 || version > 3 || type != 1)
		return;
	if (!cur_has(&c, 3))
		goto trunc;
	out_fmt(", vrid %u, prio %u", cur_peek(&c, 1), cur_peek(&c, 2));
	if (version == 2) {
		if (!cur_has(&c, 5))
			goto trunc;
		auth = cur_peek(&c, 4);
		s = tok_str(auth2str, auth);
		if (s)
			out_fmt(", authtype %s", s);
		else
			out_fmt(", authtype #%u", auth);
		if (!cur_has(&c, 6))
			goto trunc;
		out_fmt(", intvl %us, length %u", cur_peek(&c, 5), len);
	} else {
		if (!cur_has(&c, 6))
			goto trunc;
		out_fmt(", intvl %ucs, length %u",
			(cur_peek(&c, 4) & 15) << 8 | cur_peek(&c, 5), len);
	}
	if (!d->vflag)
		return;
	if (!cur_has(&c, 4))
		goto trunc;
	if (vrrp_verbose(d, c, len, ip, version, auth))
		return;
trunc:
	decode_trunc_cut(d, "vrrp");
}
