/* print-dhcp6.c - DHCPv6 (RFC 8415 and the option RFCs: 3319, 3646,
 * 3898, 4075, 4280, 4649, 4580, 4704, 4833, 5007, 5908, 5970, 6334,
 * 8520, 8572).
 *   | msg-type | transaction-id (3) | options (type 2, len 2, data) |
 *   relay: | msg-type | hop-count | link-address | peer-address | options
 * Output as tcpdump 4.99 print-dhcp6.c: with -v every option in
 * parentheses, a relayed message printed inside its relay-message.
 */
#include "decode.h"
#include "dns.h"
#include "table.h"
#include "out.h"

enum { O_CLIENTID = 1, O_SERVERID, O_IA_NA, O_IA_TA, O_IA_ADDR, O_ORO,
       O_PREFERENCE, O_ELAPSED, O_RELAY_MSG, O_AUTH = 11, O_UNICAST,
       O_STATUS, O_RAPID_COMMIT, O_USER_CLASS, O_VENDOR_CLASS,
       O_VENDOR_OPTS, O_INTERFACE_ID, O_RECONF_MSG, O_RECONF_ACCEPT,
       O_SIP_D, O_SIP_A, O_DNS, O_DOMAIN_LIST, O_IA_PD, O_IA_PD_PREFIX,
       O_NIS, O_NISP, O_NIS_NAME, O_NISP_NAME, O_SNTP, O_LIFETIME,
       O_BCMCS_D, O_BCMCS_A, O_GEOCONF = 36, O_REMOTE_ID, O_SUBSCRIBER_ID,
       O_CLIENT_FQDN, O_PANA, O_POSIX_TZ, O_TZDB, O_ERO, O_LQ_QUERY,
       O_CLIENT_DATA, O_CLT_TIME, O_LQ_RELAY_DATA, O_LQ_CLIENT_LINK,
       O_NTP_SERVER = 56, O_BOOTFILE_URL = 59, O_AFTR_NAME = 64,
       O_MUDURL = 112, O_SZTP_REDIRECT = 136 };

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
	{ 31, "SNTP-servers" }, { 32, "lifetime" }, { 27, "NIS-server" },
	{ 28, "NIS+-server" }, { 29, "NIS-domain-name" },
	{ 30, "NIS+-domain-name" }, { 33, "BCMCS-domain-name" },
	{ 34, "BCMCS-server" }, { 36, "Geoconf-Civic" }, { 37, "Remote-ID" },
	{ 38, "Subscriber-ID" }, { 39, "Client-FQDN" }, { 40, "PANA-agent" },
	{ 41, "POSIX-timezone" }, { 42, "POSIX-tz-database" },
	{ 43, "Echo-request-option" }, { 44, "Lease-query" },
	{ 45, "LQ-client-data" }, { 46, "Clt-time" }, { 47, "LQ-relay-data" },
	{ 48, "LQ-client-link" }, { 56, "NTP-server" },
	{ 59, "Bootfile-URL" }, { 64, "AFTR-Name" }, { 112, "MUD-URL" },
	{ 136, "SZTP-redirect" },
	{ 0, NULL }
};

static const struct tok stcode_str[] = {
	{ 0, "Success" }, { 1, "UnspecFail" }, { 2, "NoAddrsAvail" },
	{ 3, "NoBinding" }, { 4, "NotOnLink" }, { 5, "UseMulticast" },
	{ 6, "NoPrefixAvail" }, { 7, "UnknownQueryType" },
	{ 8, "MalformedQuery" }, { 9, "NotConfigured" }, { 10, "NotAllowed" },
	{ 0, NULL }
};

static void dhcp6_body(struct dctx *d, struct cursor c, unsigned len);

static void hexbytes(struct cursor c, unsigned from, unsigned to)
{
	for (; from < to; from++)
		out_hex(cur_peek(&c, from), 2);
}

/* Characters as tcpdump's nd_printjn (all n) or nd_printjnp (up to a
 * NUL). */
static void text_print(struct cursor c, unsigned off, unsigned n,
		       bool to_nul)
{
	for (; n; n--, off++) {
		unsigned ch = cur_peek(&c, off);

		if (to_nul && !ch)
			break;
		decode_char(ch);
	}
}

static void opts_print(struct dctx *d, struct cursor c, unsigned off,
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

static void auth_print(struct cursor c, unsigned off, unsigned len)
{
	unsigned proto = cur_peek(&c, off), alg = cur_peek(&c, off + 1);
	unsigned rdm = cur_peek(&c, off + 2), info = len - 11, i, p;

	if (proto == 2 || proto == 3)
		out_str(proto == 2 ? " proto: delayed" : " proto: reconfigure");
	else
		out_fmt(" proto: %u", proto);
	if (alg == 1)
		out_str(", alg: HMAC-MD5");
	else
		out_fmt(", alg: %u", alg);
	if (rdm == 0)
		out_str(", RDM: mono");
	else
		out_fmt(", RDM: %u", rdm);
	out_str(", RD:");
	for (i = 0; i < 4; i++)
		out_fmt(" %04x", cur_peek_be16(&c, off + 3 + 2 * i));
	p = off + 11;
	if (proto == 2) {
		if (info == 0)
			return;
		if (info < 20) {
			out_str(" ??");
			return;
		}
		if (info > 20)
			out_str(", realm: ");
		hexbytes(c, p, p + info - 20);
		p += info - 20;
		out_fmt(", key ID: %08x, HMAC-MD5:", cur_peek_be32(&c, p));
		for (i = 0, p += 4; i < 4; i++, p += 4)
			out_fmt(" %08x", cur_peek_be32(&c, p));
	} else if (proto == 3) {
		if (info != 17) {
			out_str(" ??");
			return;
		}
		i = cur_peek(&c, p);
		out_str(i == 1 ? " reconfig-key" : i == 2 ? " type: HMAC-MD5" :
			" type: ??");
		out_str(" value:");
		for (i = 0, p++; i < 4; i++, p += 4)
			out_fmt(" %08x", cur_peek_be32(&c, p));
	} else {
		out_str(" ??");
	}
}

/* The name at off as tcpdump reads it here: to its end, even past the
 * option's, with pointers counted from base (tcpdump passes the end of
 * the option where its name printer wants the start of a message); the
 * offset after it, or BAD. */
static int name_print(struct dctx *d, struct cursor c, unsigned off,
		      unsigned base)
{
	struct dns s = { d, c, (unsigned)cur_left(&c), base, false };

	return dns_name_print(&s, off);
}

/* Domain names from off to end; false when one is cut or bad. */
static bool names_print(struct dctx *d, struct cursor c, unsigned off,
			unsigned end)
{
	int r;

	while (off < end) {
		out_char(' ');
		if ((r = name_print(d, c, off, end)) < 0)
			return false;
		off = (unsigned)r;
	}
	return true;
}

/* false when cut (the marker is out) */
static bool ntp_server_print(struct dctx *d, struct cursor c, unsigned off,
			     unsigned len)
{
	unsigned p = off, end = off + len;

	while (p < end - 4) {
		unsigned code = cur_peek_be16(&c, p), slen = cur_peek_be16(&c, p + 2);

		p += 4;
		if (p + slen > end)
			goto cut;
		out_fmt(" subopt:%u", code);
		if ((code == 1 || code == 2) && slen == 16) {
			out_char(' ');
			decode_ip6addr_at(d, c, p);
		} else if (code == 3) {
			out_char(' ');
			if (name_print(d, c, p, p + slen) < 0)
				goto cut;
		} else {
			out_str(" ?");
		}
		p += slen;
	}
	out_char(')');
	return true;
cut:
	out_str(" [|dhcp6]");
	return false;
}

static void aftr_print(struct cursor c, unsigned off, unsigned len)
{
	unsigned left = len, label;

	out_char(' ');
	while (left && cur_peek(&c, off)) {
		label = cur_peek(&c, off++);
		if (label >= left - 1) {
			out_str(" ?");
			break;
		}
		text_print(c, off, label, true);
		off += label;
		left -= label + 1;
		if (cur_peek(&c, off))
			out_char('.');
	}
	out_char(')');
}

/* user-class and SZTP-redirect: 2-byte-length strings. */
static void strlist_print(struct cursor c, unsigned off, unsigned len)
{
	unsigned left = len, n;
	bool first = true;

	out_char(' ');
	while (left >= 2) {
		if (!first)
			out_char(',');
		first = false;
		n = cur_peek_be16(&c, off);
		if (n > left - 2)
			break;
		text_print(c, off + 2, n, false);
		off += 2 + n;
		left -= n + 2;
	}
	if (left)
		out_str(" ?");
	out_char(')');
}

/* Options that carry addresses, numbers or nothing; false if type is
 * none of them. */
static bool simple_opt_print(struct dctx *d, struct cursor c, unsigned type,
			     unsigned off, unsigned len)
{
	unsigned i;

	switch (type) {
	case O_PREFERENCE:
		if (len != 1)
			break;
		out_fmt(" %u)", cur_peek(&c, off));
		return true;
	case O_ELAPSED:
		if (len != 2)
			break;
		out_fmt(" %u)", cur_peek_be16(&c, off));
		return true;
	case O_LIFETIME: case O_CLT_TIME:
		if (len != 4)
			break;
		out_fmt(" %u)", cur_peek_be32(&c, off));
		return true;
	case O_STATUS:
		if (len < 2)
			break;
		i = cur_peek_be16(&c, off);
		out_char(' ');
		if (i > 255)
			out_str("INVALID code");
		else
			tok_print(stcode_str, i, "code%u");
		out_char(')');
		return true;
	case O_SIP_A: case O_DNS: case O_SNTP: case O_NIS: case O_NISP:
	case O_BCMCS_A: case O_PANA: case O_LQ_CLIENT_LINK:
		if (len % 16)
			break;
		for (i = 0; i < len; i += 16) {
			out_char(' ');
			decode_ip6addr_at(d, c, off + i);
		}
		out_char(')');
		return true;
	case O_ORO: case O_ERO:
		if (len % 2)
			break;
		for (i = 0; i < len; i += 2) {
			out_char(' ');
			tok_print(opt_str, cur_peek_be16(&c, off + i), "opt_%u");
		}
		out_char(')');
		return true;
	case O_RECONF_MSG:
		if (len != 1)
			break;
		i = cur_peek(&c, off);
		if (i == 5 || i == 11)
			out_str(i == 5 ? " for renew)" : " for inf-req)");
		else
			out_fmt(" for ?\?\?(%02x))", i);
		return true;
	default:
		return false;
	}
	out_str(" ?)");
	return true;
}

/* Options holding other options, with their fixed part first. */
static bool nested_opt_print(struct dctx *d, struct cursor c, unsigned type,
			     unsigned off, unsigned len)
{
	unsigned fixed;

	switch (type) {
	case O_IA_NA: case O_IA_PD:
		if ((fixed = 12) > len)
			break;
		out_fmt(" IAID:%u T1:%u T2:%u", cur_peek_be32(&c, off),
			cur_peek_be32(&c, off + 4), cur_peek_be32(&c, off + 8));
		goto subopts;
	case O_IA_TA:
		if ((fixed = 4) > len)
			break;
		out_fmt(" IAID:%u", cur_peek_be32(&c, off));
		goto subopts;
	case O_IA_ADDR:
		if ((fixed = 24) > len)
			break;
		out_char(' ');
		decode_ip6addr_at(d, c, off);
		out_fmt(" pltime:%u vltime:%u", cur_peek_be32(&c, off + 16),
			cur_peek_be32(&c, off + 20));
		goto subopts;
	case O_IA_PD_PREFIX:
		if ((fixed = 25) > len)
			break;
		out_char(' ');
		decode_ip6addr_at(d, c, off + 9);
		out_fmt("/%u pltime:%u vltime:%u", cur_peek(&c, off + 8),
			cur_peek_be32(&c, off), cur_peek_be32(&c, off + 4));
		goto subopts;
	case O_LQ_QUERY:
		if ((fixed = 17) > len)
			break;
		fixed = cur_peek(&c, off);
		if (fixed == 1 || fixed == 2)
			out_str(fixed == 1 ? " by-address" : " by-clientID");
		else
			out_fmt(" type_%u", fixed);
		out_char(' ');
		decode_ip6addr_at(d, c, off + 1);
		fixed = 17;
		goto subopts;
	case O_CLIENT_DATA:
		fixed = 0;
		goto subopts;
	default:
		return false;
	}
	out_str(" ?)");
	return true;
subopts:
	if (len > fixed)
		opts_print(d, c, off + fixed, off + len);
	out_char(')');
	return true;
}

/* Options printed as text or hex. */
static bool text_opt_print(struct dctx *d, struct cursor c, unsigned type,
			   unsigned off, unsigned len)
{
	unsigned i;

	switch (type) {
	case O_INTERFACE_ID: case O_SUBSCRIBER_ID:
		out_char(' ');
		hexbytes(c, off, off + (len < 10 ? len : 10));
		out_str("...)");
		return true;
	case O_REMOTE_ID:
		if (len < 4)
			break;
		out_fmt(" %u ", cur_peek_be32(&c, off));
		hexbytes(c, off + 4, off + (len < 14 ? len : 14));
		out_str("...)");
		return true;
	case O_LQ_RELAY_DATA:
		if (len < 16)
			break;
		out_char(' ');
		decode_ip6addr_at(d, c, off);
		out_char(' ');
		hexbytes(c, off + 16, off + (len < 26 ? len : 26));
		out_str("...)");
		return true;
	case O_AFTR_NAME:
		if (len < 3)
			break;
		aftr_print(c, off, len);
		return true;
	case O_POSIX_TZ: case O_TZDB: case O_MUDURL:
		if (len < 5)
			break;
		out_char(' ');
		text_print(c, off, len, true);
		out_char(')');
		return true;
	case O_BOOTFILE_URL:
		out_char(' ');
		text_print(c, off, len, false);
		out_char(')');
		return true;
	case O_SZTP_REDIRECT: case O_USER_CLASS:
		strlist_print(c, off, len);
		return true;
	default:
		(void)i;
		return false;
	}
	out_str(" ?)");
	return true;
}

/* One option's body; false when its marker ends the options around
 * it (tcpdump leaves that level of options). */
static bool opt_print(struct dctx *d, struct cursor c, unsigned type,
		      unsigned off, unsigned len)
{
	struct cursor inner;

	switch (type) {
	case O_CLIENTID: case O_SERVERID:
		duid_print(c, off, len);
		return true;
	case O_RELAY_MSG:
		out_str(" (");
		/* the inner message's capture ends with the option; its
		 * marker ends only itself, unless the packet was cut */
		inner = c;
		cur_skip(&inner, off);
		inner.end = inner.p + len;
		dhcp6_body(d, inner, len);
		if (!d->cut)
			d->stop = false;
		out_char(')');
		return true;
	case O_AUTH:
		if (len < 11) {
			out_str(" ?)");
			return true;
		}
		auth_print(c, off, len);
		out_char(')');
		return true;
	case O_SIP_D: case O_DOMAIN_LIST:
		if (!names_print(d, c, off, off + len)) {
			out_str(" [|dhcp6]");
			return false;
		}
		out_char(')');
		return true;
	case O_NTP_SERVER:
		if (len >= 4)
			return ntp_server_print(d, c, off, len);
		out_str(" ?)");
		return true;
	}
	if (!simple_opt_print(d, c, type, off, len) &&
	    !nested_opt_print(d, c, type, off, len) &&
	    !text_opt_print(d, c, type, off, len))
		out_char(')');
	return true;
}

/* The options from off to end; a cut one ends them with the marker
 * (and the enclosing option goes on, as in tcpdump). */
static void opts_print(struct dctx *d, struct cursor c, unsigned off,
		       unsigned end)
{
	while (off < end && !d->stop) {
		unsigned type, len;

		if (end < off + 4 || !cur_has(&c, off + 4)) {
			out_str(" [|dhcp6]");
			return;
		}
		len = cur_peek_be16(&c, off + 2);
		if (end < off + 4 + len) {
			out_str(" [|dhcp6]");
			return;
		}
		type = cur_peek_be16(&c, off);
		out_str(" (");
		tok_print(opt_str, type, "opt_%u");
		if (!cur_has(&c, off + 4 + len)) {
			out_str(" [|dhcp6]");
			return;
		}
		if (!opt_print(d, c, type, off + 4, len))
			return;
		off += 4 + len;
	}
}

/* "dhcp6 <type>" and with -v its contents in parentheses. */
static void dhcp6_body(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned type, end = (unsigned)cur_left(&c);

	out_str("dhcp6");
	if (len < end)
		end = len;
	if (!cur_has(&c, 4)) {
		decode_trunc(d, "dhcp6");
		return;
	}
	type = cur_peek(&c, 0);
	out_char(' ');
	tok_print(msgtype_str, type, "msgtype-%u");
	if (!d->vflag)
		return;
	out_str(" (");
	if (type == 12 || type == 13) {
		/* each address prints once it is read */
		if (!cur_has(&c, 18))
			goto cut;
		out_str("linkaddr=");
		decode_ip6addr_at(d, c, 2);
		if (!cur_has(&c, 34))
			goto cut;
		out_str(" peeraddr=");
		decode_ip6addr_at(d, c, 18);
		opts_print(d, c, 34, end);
	} else {
		out_fmt("xid=%x", cur_peek_be32(&c, 0) & 0xffffff);
		opts_print(d, c, 4, end);
	}
	if (!d->stop)
		out_char(')');
	return;
cut:
	decode_trunc_cut(d, "dhcp6");
}

DECODE_PORT(UDP, 210, 546, 547, PORT_EITHER, dhcp6_print)

void dhcp6_print(struct dctx *d, struct cursor c, unsigned len,
		const struct l4info *l4 DECODE_UNUSED)
{
	dhcp6_body(d, c, len);
}
