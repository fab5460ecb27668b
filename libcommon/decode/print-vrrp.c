/* print-vrrp.c - VRRP versions 2 and 3 (RFC 3768, RFC 5798).
 *
 *   |Ver| Type | VRID | Priority | Count IPvX | Auth / rsvd+Max Adver |
 * Output as tcpdump 4.99 print-vrrp.c.
 */
#include "decode.h"
#include "out.h"
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

void vrrp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct ipinfo *ip)
{
	unsigned b0, version, type, auth = 0, naddrs, i;
	const char *s;

	if (!cur_has(&c, 1)) {
		decode_trunc(d, "vrrp");
		return;
	}
	b0 = cur_peek(&c, 0);
	version = b0 >> 4;
	type = b0 & 15;
	out_fmt("VRRPv%u, ", version);
	tok_print(type2str, type, "unknown type (%u)");
	if (d->vflag)
		out_fmt(", (ttl %u)", ip->ttl);
	if (version < 2 || version > 3 || type != 1)
		return;
	if (!cur_has(&c, 3)) {
		decode_trunc(d, "vrrp");
		return;
	}
	out_fmt(", vrid %u, prio %u", cur_peek(&c, 1), cur_peek(&c, 2));
	if (!cur_has(&c, 6)) {
		decode_trunc(d, "vrrp");
		return;
	}
	if (version == 2) {
		auth = cur_peek(&c, 4);
		s = tok_str(auth2str, auth);
		out_fmt(", authtype %s", s ? s : "#");
		out_fmt(", intvl %us, length %u", cur_peek(&c, 5), len);
	} else {
		out_fmt(", intvl %ucs, length %u",
			(cur_peek(&c, 4) & 15) << 8 | cur_peek(&c, 5), len);
	}
	if (!d->vflag)
		return;
	if (version == 2 && cur_has(&c, len) && decode_cksum(c, len, 0))
		out_fmt(", (bad vrrp cksum %x)",
			cur_peek(&c, 6) << 8 | cur_peek(&c, 7));
	naddrs = cur_peek(&c, 3);
	out_str(", addrs");
	if (naddrs > 1)
		out_fmt("(%u)", naddrs);
	out_char(':');
	for (i = 0; i < naddrs; i++) {
		uint8_t a[4];
		unsigned k;

		if (!cur_has(&c, 8 + 4 * (i + 1))) {
			decode_trunc(d, "vrrp");
			return;
		}
		for (k = 0; k < 4; k++)
			a[k] = cur_peek(&c, 8 + 4 * i + k);
		out_char(i ? ',' : ' ');
		decode_ip4addr(d, a);
	}
	if (version == 2 && auth == 1) {
		unsigned off = 8 + 4 * naddrs;

		out_str(" auth \"");
		for (i = 0; i < 8 && cur_has(&c, off + i + 1) &&
		     cur_peek(&c, off + i); i++)
			decode_char(cur_peek(&c, off + i));
		out_char('"');
	}
}
