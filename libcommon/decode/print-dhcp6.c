/* print-dhcp6.c - DHCPv6 (RFC 8415): message type, transaction id and
 * the options (client and server DUIDs, IA_NA/IA_TA/IA_PD with their
 * addresses and prefixes, option request, preference, elapsed time,
 * status, DNS servers and search list).
 *   | msg-type | transaction-id (3) | options (type 2, len 2, data) |
 * Output as tcpdump 4.99 print-dhcp6.c; other options print their name.
 */
#include "decode.h"
#include "table.h"
#include "out.h"

static const struct tok msgtype_str[] = {
	{ 1, "solicit" }, { 2, "advertise" }, { 3, "request" },
	{ 4, "confirm" }, { 5, "renew" }, { 6, "rebind" }, { 7, "reply" },
	{ 8, "release" }, { 9, "decline" }, { 10, "reconfigure" },
	{ 11, "inf-req" }, { 12, "relay-fwd" }, { 13, "relay-reply" },
	{ 14, "leasequery" }, { 15, "leasequery-reply" },
	{ 0, NULL }
};

static const struct tok opt_str[] = {
	{ 1, "client-ID" }, { 2, "server-ID" }, { 3, "IA_NA" }, { 4, "IA_TA" },
	{ 5, "IA_ADDR" }, { 6, "option-request" }, { 7, "preference" },
	{ 8, "elapsed-time" }, { 9, "relay-message" },
	{ 11, "authentication" }, { 12, "server-unicast" },
	{ 13, "status-code" }, { 14, "rapid-commit" }, { 15, "user-class" },
	{ 16, "vendor-class" }, { 17, "vendor-specific-info" },
	{ 18, "interface-ID" }, { 19, "reconfigure-message" },
	{ 20, "reconfigure-accept" }, { 21, "SIP-servers-domain" },
	{ 22, "SIP-servers-address" }, { 23, "DNS-server" },
	{ 24, "DNS-search-list" }, { 25, "IA_PD" }, { 26, "IA_PD-prefix" },
	{ 27, "NIS-servers" }, { 28, "NIS+-servers" },
	{ 29, "NIS-domain-name" }, { 30, "NIS+-domain-name" },
	{ 31, "SNTP-servers" }, { 32, "lifetime" },
	{ 33, "BCMCS-domain-name" }, { 34, "BCMCS-server" },
	{ 39, "client-FQDN" },
	{ 0, NULL }
};

static const struct tok stcode_str[] = {
	{ 0, "success" }, { 1, "unspec failure" }, { 2, "no addresses" },
	{ 3, "no binding" }, { 4, "not on-link" }, { 5, "use multicast" },
	{ 6, "no prefixes" },
	{ 0, NULL }
};

static void hexbytes(struct cursor c, unsigned from, unsigned to)
{
	for (; from < to; from++)
		out_hex(cur_peek(&c, from), 2);
}

static bool opts_print(struct dctx *d, struct cursor c, unsigned off,
		       unsigned end);

/* A DUID (RFC 8415 11). */
static void duid_print(struct cursor c, unsigned off, unsigned len)
{
	unsigned type;

	if (len < 2) {
		out_str(" ?)");
		return;
	}
	type = cur_peek_be16(&c, off);
	if (type == 1 && len >= 8) {
		out_fmt(" hwaddr/time type %u time %u ", cur_peek_be16(&c, off + 2),
			cur_peek_be32(&c, off + 4));
		hexbytes(c, off + 8, off + len);
		out_char(')');
	} else if (type == 2 && len >= 10) {
		out_str(" vid ");
		hexbytes(c, off + 2, off + 10);
		out_char(')');
	} else if (type == 3 && len >= 4) {
		out_fmt(" hwaddr type %u ", cur_peek_be16(&c, off + 2));
		hexbytes(c, off + 4, off + len);
		out_char(')');
	} else if (type >= 1 && type <= 3) {
		out_str(" ?)");
	} else {
		out_fmt(" type %u)", type);
	}
}

/* One option's data; false when cut. */
static bool opt_print(struct dctx *d, struct cursor c, unsigned type,
		      unsigned off, unsigned len)
{
	unsigned i;
	const char *s;
	int r;

	switch (type) {
	case 1:
	case 2:
		duid_print(c, off, len);
		return true;
	case 6:
		if (len % 2)
			break;
		for (i = 0; i < len; i += 2) {
			s = tok_str(opt_str, cur_peek_be16(&c, off + i));
			if (s)
				out_fmt(" %s", s);
			else
				out_fmt(" opt_%u", cur_peek_be16(&c, off + i));
		}
		out_char(')');
		return true;
	case 7:
		if (len != 1)
			break;
		out_fmt(" %u)", cur_peek(&c, off));
		return true;
	case 8:
		if (len != 2)
			break;
		out_fmt(" %u)", cur_peek_be16(&c, off));
		return true;
	case 13:
		if (len < 2)
			break;
		out_char(' ');
		tok_print(stcode_str, cur_peek_be16(&c, off), "code%u");
		out_char(')');
		return true;
	case 23:
		if (len % 16)
			break;
		for (i = 0; i < len; i += 16) {
			out_char(' ');
			decode_ip6addr_at(d, c, off + i);
		}
		out_char(')');
		return true;
	case 24: {
		struct cursor names = c;

		names.end = names.p + off + len;
		for (i = off; i < off + len;) {
			out_char(' ');
			if ((r = domain_name_print(d, names, i)) < 0)
				return false;
			i = (unsigned)r;
		}
		out_char(')');
		return true;
	}
	case 3:
	case 25:
		if (len < 12)
			break;
		out_fmt(" IAID:%u T1:%u T2:%u", cur_peek_be32(&c, off), cur_peek_be32(&c, off + 4),
			cur_peek_be32(&c, off + 8));
		if (len > 12 && !opts_print(d, c, off + 12, off + len))
			return false;
		out_char(')');
		return true;
	case 4:
		if (len < 4)
			break;
		out_fmt(" IAID:%u", cur_peek_be32(&c, off));
		if (len > 4 && !opts_print(d, c, off + 4, off + len))
			return false;
		out_char(')');
		return true;
	case 5:
		if (len < 24)
			break;
		out_char(' ');
		decode_ip6addr_at(d, c, off);
		out_fmt(" pltime:%u vltime:%u", cur_peek_be32(&c, off + 16),
			cur_peek_be32(&c, off + 20));
		if (len > 24 && !opts_print(d, c, off + 24, off + len))
			return false;
		out_char(')');
		return true;
	case 26:
		if (len < 25)
			break;
		out_char(' ');
		decode_ip6addr_at(d, c, off + 9);
		out_fmt("/%u pltime:%u vltime:%u", cur_peek(&c, off + 8),
			cur_peek_be32(&c, off), cur_peek_be32(&c, off + 4));
		if (len > 25 && !opts_print(d, c, off + 25, off + len))
			return false;
		out_char(')');
		return true;
	default:
		out_char(')');
		return true;
	}
	out_str(" ?)");
	return true;
}

static bool opts_print(struct dctx *d, struct cursor c, unsigned off,
		       unsigned end)
{
	while (off < end) {
		unsigned type, len;
		const char *s;

		if (end < off + 4 || !cur_has(&c, off + 4))
			return false;
		type = cur_peek_be16(&c, off);
		len = cur_peek_be16(&c, off + 2);
		if (end < off + 4 + len)
			return false;
		s = tok_str(opt_str, type);
		if (s)
			out_fmt(" (%s", s);
		else
			out_fmt(" (opt_%u", type);
		if (!cur_has(&c, off + 4 + len))
			return false;
		if (!opt_print(d, c, type, off + 4, len))
			return false;
		off += 4 + len;
	}
	return true;
}

DECODE_PORT(UDP, 160, 546, 547, PORT_EITHER, dhcp6_print)

void dhcp6_print(struct dctx *d, struct cursor c, unsigned len,
		const struct l4info *l4 DECODE_UNUSED)
{
	unsigned type, end = (unsigned)cur_left(&c);
	const char *name;

	out_str("dhcp6");
	if (len < end)
		end = len;
	if (!cur_has(&c, 1)) {
		decode_trunc(d, "dhcp6");
		return;
	}
	type = cur_peek(&c, 0);
	name = tok_str(msgtype_str, type);
	out_char(' ');
	if (name)
		out_str(name);
	else
		out_fmt("msgtype-%u", type);
	if (!d->vflag)
		return;
	out_str(" (");
	if (type == 12 || type == 13) {
		if (!cur_has(&c, 34)) {
			decode_trunc(d, "dhcp6");
			return;
		}
		out_str("linkaddr=");
		decode_ip6addr_at(d, c, 2);
		out_str(" peeraddr=");
		decode_ip6addr_at(d, c, 18);
		if (!opts_print(d, c, 34, end)) {
			decode_trunc(d, "dhcp6");
			return;
		}
	} else {
		if (!cur_has(&c, 4)) {
			decode_trunc(d, "dhcp6");
			return;
		}
		out_fmt("xid=%x", cur_peek_be32(&c, 0) & 0xffffff);
		if (!opts_print(d, c, 4, end)) {
			decode_trunc(d, "dhcp6");
			return;
		}
	}
	out_char(')');
}
