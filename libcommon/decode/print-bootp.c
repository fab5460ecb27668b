/* print-bootp.c - BOOTP (RFC 951) and DHCP (RFC 2131, options RFC 2132
 * and later: user class RFC 3004, classless routes RFC 3442, lease query
 * RFC 4388, MUD URL RFC 8520).
 *
 *   | op | htype | hlen | hops | xid | secs | flags | ciaddr | yiaddr |
 *   | siaddr | giaddr | chaddr (16) | sname (64) | file (128) | vend |
 * Output as tcpdump 4.99 print-bootp.c. The first character of each
 * option name says how its data prints, as in tcpdump's table.
 */
#include <string.h>

#include "decode.h"
#include "table.h"
#include "out.h"

enum {
	OFF_CIADDR = 12, OFF_CHADDR = 28, OFF_SNAME = 44, OFF_FILE = 108,
	OFF_VEND = 236, TAG_PAD = 0, TAG_END = 255, TAG_DHCP_MESSAGE = 53,
	TAG_PARM_REQUEST = 55,
};

static const struct tok tag2str[] = {
	{ 0, " PAD" }, { 1, "iSubnet-Mask" }, { 2, "LTime-Zone" },
	{ 3, "iDefault-Gateway" }, { 4, "iTime-Server" },
	{ 5, "iIEN-Name-Server" }, { 6, "iDomain-Name-Server" },
	{ 7, "iLOG" }, { 8, "iCS" }, { 9, "iLPR-Server" }, { 10, "iIM" },
	{ 11, "iRL" }, { 12, "aHostname" }, { 13, "sBS" }, { 255, " END" },
	{ 14, "aDP" }, { 15, "aDomain-Name" }, { 16, "iSS" }, { 17, "aRP" },
	{ 18, "aEP" }, { 19, "BIPF" }, { 20, "BSRT" }, { 21, "pPF" },
	{ 22, "sRSZ" }, { 23, "bTTL" }, { 24, "lMTU-Timeout" },
	{ 25, "sMTU-Table" }, { 26, "sMTU" }, { 27, "BLSN" }, { 28, "iBR" },
	{ 29, "BMD" }, { 30, "BMS" }, { 31, "BRouter-Discovery" },
	{ 32, "iRSA" }, { 33, "pStatic-Route" }, { 34, "BUT" }, { 35, "lAT" },
	{ 36, "BIE" }, { 37, "bTT" }, { 38, "lKI" }, { 39, "BKG" },
	{ 40, "aYD" }, { 41, "iYS" }, { 42, "iNTP" },
	{ 43, "bVendor-Option" }, { 44, "iNetbios-Name-Server" },
	{ 45, "iWDD" }, { 46, "$Netbios-Node" }, { 47, "aNetbios-Scope" },
	{ 48, "iXFS" }, { 49, "iXDM" }, { 64, "sN+D" }, { 65, "iN+S" },
	{ 68, "iMH" }, { 69, "iSMTP" }, { 70, "iPOP3" }, { 71, "iNNTP" },
	{ 72, "iWWW" }, { 73, "iFG" }, { 74, "iIRC" }, { 75, "iSTS" },
	{ 76, "iSTDA" }, { 50, "iRequested-IP" }, { 51, "lLease-Time" },
	{ 52, "$OO" }, { 66, "aTFTP" }, { 67, "aBF" },
	{ 53, " DHCP-Message" }, { 54, "iServer-ID" },
	{ 55, "bParameter-Request" }, { 56, "aMSG" }, { 57, "sMSZ" },
	{ 58, "lRN" }, { 59, "lRB" }, { 60, "aVendor-Class" },
	{ 61, "$Client-ID" }, { 98, "aUAP" }, { 116, "BNOAUTO" },
	{ 78, "bSLP-DA" }, { 79, "bSLP-SCOPE" }, { 117, "sNSSEARCH" },
	{ 77, "$User-Class" }, { 118, "iSUBNET" },
	{ 121, "$Classless-Static-Route" },
	{ 249, "$Classless-Static-Route-Microsoft" },
	{ 150, "iTFTP-Server-Address" }, { 80, "aSLP-NA" },
	{ 81, "$FQDN" }, { 82, "$Agent-Information" }, { 83, "bARMT" },
	{ 88, "aTZSTR" }, { 89, "bFQDNS" }, { 90, "bAUTH" },
	{ 91, "LLast-Transaction-Time" }, { 92, "iAssociated-IP" },
	{ 93, "sARCH" }, { 94, "bNDI" }, { 95, "aLDAP" },
	{ 97, "bGUID" }, { 100, "aPOSIX-TZ" }, { 101, "aTZ-Name" },
	{ 112, "iNI" }, { 113, "aNITAG" }, { 114, "aURL" },
	{ 161, "aMUD-URL" },
	{ 0, NULL }
};

static const struct tok dhcp_msg_values[] = {
	{ 1, "Discover" }, { 2, "Offer" }, { 3, "Request" }, { 4, "Decline" },
	{ 5, "ACK" }, { 6, "NACK" }, { 7, "Release" }, { 8, "Inform" },
	{ 9, "Force Renew" }, { 10, "LeaseQuery" },
	{ 11, "LeaseUnassigned" }, { 12, "LeaseUnknown" },
	{ 13, "LeaseActive" },
	{ 0, NULL }
};

static const struct tok arp2str[] = {
	{ 1, "ether" }, { 6, "ieee802" }, { 7, "arcnet" }, { 15, "frelay" },
	{ 19, "atm" }, { 24, "ieee1394" }, { 32, "infiniband" },
	{ 0, NULL }
};

static const struct tok nbo2str[] = {
	{ 1, "b-node" }, { 2, "p-node" }, { 4, "m-node" }, { 8, "h-node" },
	{ 0, NULL }
};

static const struct tok oo2str[] = {
	{ 1, "file" }, { 2, "sname" }, { 3, "file+sname" },
	{ 0, NULL }
};

/* A name as tcpdump gets it: "Unknown" for a tag it has none for. */
static const char *tag_name(unsigned tag)
{
	const char *s = tok_str(tag2str, tag);

	return s ? s : "?Unknown";
}

static void ip_at(struct dctx *d, struct cursor c, unsigned off)
{
	uint8_t a[4];
	unsigned k;

	for (k = 0; k < 4; k++)
		a[k] = cur_peek(&c, off + k);
	decode_ip4addr(d, a);
}

static void chars(struct cursor c, unsigned off, unsigned n)
{
	while (n--)
		decode_char(cur_peek(&c, off++));
}

/* Data of the usual kinds: a(scii) i(p) l(ong) L(signed) p(airs)
 * s(hort) B(oolean) b(ytes) x(hex). Returns the bytes left over. */
static unsigned data_print(struct dctx *d, struct cursor c, unsigned off,
			   unsigned len, char kind)
{
	bool first = true;

	switch (kind) {
	case 'a':
		out_char('"');
		chars(c, off, len);
		out_char('"');
		return 0;
	case 'i':
	case 'l':
	case 'L':
		for (; len >= 4; len -= 4, off += 4, first = false) {
			if (!first)
				out_char(',');
			if (kind == 'i')
				ip_at(d, c, off);
			else if (kind == 'L')
				out_fmt("%d", (int32_t)cur_peek_be32(&c, off));
			else
				out_fmt("%u", cur_peek_be32(&c, off));
		}
		return len;
	case 'p':
		for (; len >= 8; len -= 8, off += 8, first = false) {
			if (!first)
				out_char(',');
			out_char('(');
			ip_at(d, c, off);
			out_char(':');
			ip_at(d, c, off + 4);
			out_char(')');
		}
		return len;
	case 's':
		for (; len >= 2; len -= 2, off += 2, first = false)
			out_fmt("%s%u", first ? "" : ",",
				cur_peek(&c, off) << 8 | cur_peek(&c, off + 1));
		return len;
	case 'B':
		for (; len > 0; len--, off++, first = false) {
			unsigned v = cur_peek(&c, off);

			if (!first)
				out_char(',');
			if (v < 2)
				out_char(v ? 'Y' : 'N');
			else
				out_fmt("%u?", v);
		}
		return 0;
	default:
		for (; len > 0; len--, off++, first = false) {
			if (!first)
				out_char(kind == 'x' ? ':' : '.');
			out_fmt(kind == 'x' ? "%02x" : "%u", cur_peek(&c, off));
		}
		return 0;
	}
}

static unsigned client_id_print(struct cursor c, unsigned off, unsigned len)
{
	unsigned type, i;
	const char *s;

	if (len < 1) {
		out_str("[ERROR: length < 1 bytes]");
		return 0;
	}
	type = cur_peek(&c, off);
	if (type == 0) {
		out_char('"');
		chars(c, off + 1, len - 1);
		out_char('"');
		return 0;
	}
	s = tok_str(arp2str, type);
	if (s)
		out_fmt("%s ", s);
	else
		out_fmt("hardware-type %u, ", type);
	for (i = 1; i < len; i++)
		out_fmt(i > 1 ? ":%02x" : "%02x", cur_peek(&c, off + i));
	return 0;
}

static unsigned user_class_print(struct cursor c, unsigned off, unsigned len)
{
	unsigned n = 1, sub;

	if (len < 2) {
		out_str("[ERROR: length < 2 bytes]");
		return 0;
	}
	while (len > 0) {
		sub = cur_peek(&c, off++);
		len--;
		out_fmt("\n\t      instance#%u: ", n);
		if (!sub) {
			out_str("[ERROR: suboption length must be non-zero]");
			return 0;
		}
		if (len < sub) {
			out_str("[ERROR: invalid option]");
			return 0;
		}
		out_char('"');
		chars(c, off, sub);
		out_fmt("\", length %u", sub);
		n++;
		len -= sub;
		off += sub;
	}
	return 0;
}

static unsigned classless_print(struct dctx *d, struct cursor c, unsigned off,
				unsigned len)
{
	bool first = true;

	if (len < 5) {
		out_str("[ERROR: length < 5 bytes]");
		return 0;
	}
	while (len > 0) {
		unsigned width, sig, i;

		if (!first)
			out_char(',');
		first = false;
		width = cur_peek(&c, off++);
		len--;
		if (width > 32) {
			out_fmt("[ERROR: Mask width (%u) > 32]", width);
			return 0;
		}
		sig = (width + 7) / 8;
		if (len < sig + 4) {
			out_fmt("[ERROR: Remaining length (%u) < %u bytes]", len,
				sig + 4);
			return 0;
		}
		out_char('(');
		if (!width) {
			out_str("default");
		} else {
			for (i = 0; i < sig; i++)
				out_fmt(i ? ".%u" : "%u", cur_peek(&c, off + i));
			for (i = sig; i < 4; i++)
				out_str(".0");
			out_fmt("/%u", width);
		}
		off += sig;
		out_char(':');
		ip_at(d, c, off);
		out_char(')');
		off += 4;
		len -= sig + 4;
	}
	return 0;
}

/* RFC 4702's client FQDN: flags, two RCODEs, the name. */
static void fqdn_print(struct cursor c, unsigned off, unsigned len)
{
	unsigned flags = cur_peek(&c, off), i;

	if (len < 3) {
		out_str("[ERROR: length < 3 bytes]");
		return;
	}
	if (flags & 0xf0)
		out_fmt("[ERROR: MBZ nibble 0x%x != 0] ", flags >> 4);
	if (flags & 0x0f) {
		out_char('[');
		for (i = 0; i < 4; i++)
			if (flags & 1 << i)
				out_char("SOEN"[i]);
		out_str("] ");
	}
	if (cur_peek(&c, off + 1) || cur_peek(&c, off + 2))
		out_fmt("%u/%u ", cur_peek(&c, off + 1), cur_peek(&c, off + 2));
	out_char('"');
	chars(c, off + 3, len - 3);
	out_char('"');
}

/* RFC 3046's relay agent information: suboptions; returns bytes left
 * over. */
static unsigned agent_print(struct cursor c, unsigned off, unsigned len)
{
	static const struct tok subopts[] = {
		{ 1, "Circuit-ID" }, { 2, "Remote-ID" }, { 6, "Subscriber-ID" },
		{ 0, NULL }
	};

	while (len >= 2) {
		unsigned sub = cur_peek(&c, off), sublen = cur_peek(&c, off + 1);

		off += 2;
		len -= 2;
		out_str("\n\t      ");
		tok_print(subopts, sub, "Unknown");
		out_fmt(" SubOption %u, length %u: ", sub, sublen);
		if (sublen > len) {
			out_str("length goes past end of option");
			return 0;
		}
		if (tok_str(subopts, sub)) {
			chars(c, off, sublen);
		} else {
			struct cursor t = c;

			cur_skip(&t, off);
			decode_hex_ident(t, sublen, "\n\t\t");
		}
		off += sublen;
		len -= sublen;
	}
	return len;
}

/* The '$' options, each with its own layout; returns bytes left over. */
static unsigned special_print(struct dctx *d, struct cursor c, unsigned tag,
			      unsigned off, unsigned len)
{
	switch (tag) {
	case 46:
	case 52:
		if (len < 1) {
			out_str("[ERROR: length < 1 bytes]");
			return 0;
		}
		tok_print(tag == 46 ? nbo2str : oo2str, cur_peek(&c, off), "#%u");
		return len - 1;
	case 81:
		fqdn_print(c, off, len);
		return 0;
	case 82:
		return agent_print(c, off, len);
	case 61:
		return client_id_print(c, off, len);
	case 77:
		return user_class_print(c, off, len);
	case 121:
	case 249:
		return classless_print(d, c, off, len);
	default:
		out_fmt("[unknown special tag %u, size %u]", tag, len);
		return 0;
	}
}

static void parm_request_print(struct cursor c, unsigned off, unsigned len)
{
	unsigned i;

	for (i = 0; i < len; i++) {
		unsigned tag = cur_peek(&c, off + i);

		out_str(i % 4 == 0 ? "\n\t      " : ", ");
		out_fmt("%s (%u)", tag_name(tag) + 1, tag);
	}
}

/* The RFC 1048 options after the magic cookie. */
static void rfc1048_print(struct dctx *d, struct cursor c, unsigned off)
{
	out_fmt("\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x%08x",
		cur_peek_be32(&c, off));
	off += 4;
	while (cur_has(&c, off + 1)) {
		unsigned tag = cur_peek(&c, off++), len = 0, left;
		const char *name;
		char kind;

		if (tag == TAG_PAD && d->vflag < 3)
			continue;
		if (tag == TAG_END && d->vflag < 3)
			return;
		name = tag_name(tag);
		kind = *name++;
		if (tag != TAG_PAD && tag != TAG_END) {
			if (!cur_has(&c, off + 1)) {
				decode_trunc_cut(d, "bootp");
				return;
			}
			len = cur_peek(&c, off++);
		}
		out_fmt("\n\t    %s (%u), length %u%s", name, tag, len,
			len > 0 ? ": " : "");
		if (tag == TAG_PAD && d->vflag > 2) {
			unsigned n = 1;

			while (cur_has(&c, off + 1) && cur_peek(&c, off) == 0) {
				off++;
				n++;
			}
			if (n > 1)
				out_fmt(", occurs %u", n);
		}
		if (!cur_has(&c, off + len)) {
			decode_trunc(d, "bootp");
			return;
		}
		if (tag == TAG_DHCP_MESSAGE && len == 1) {
			tok_print(dhcp_msg_values, cur_peek(&c, off), "Unknown (%u)");
			off++;
			continue;
		}
		if (tag == TAG_PARM_REQUEST) {
			parm_request_print(c, off, len);
			off += len;
			continue;
		}
		if (kind == '?')
			kind = len & 1 ? 'b' : len & 2 ? 's' : 'l';
		if (kind == '$')
			left = special_print(d, c, tag, off, len);
		else
			left = data_print(d, c, off, len, kind);
		off += len;
		if (left)
			out_fmt("\n\t  trailing data length %u", left);
	}
}

/* A NUL-terminated field (sname, file); false when it has no NUL. */
static bool zfield(struct cursor c, unsigned off, unsigned size)
{
	unsigned i;

	for (i = 0; i < size; i++) {
		unsigned ch;

		if (!cur_has(&c, off + i + 1))
			return false;
		ch = cur_peek(&c, off + i);
		if (!ch)
			return true;
		decode_char(ch);
	}
	return false;
}

static void bootp_verbose(struct dctx *d, struct cursor c, unsigned htype,
			  unsigned hlen)
{
	static const char *const names[] = {
		"Client-IP", "Your-IP", "Server-IP", "Gateway-IP",
	};
	unsigned i, flags;
	uint8_t mac[6];

	if (htype != 1)
		out_fmt(", htype %u", htype);
	if (htype != 1 || hlen != 6)
		out_fmt(", hlen %u", hlen);
	if (cur_peek(&c, 3))
		out_fmt(", hops %u", cur_peek(&c, 3));
	if (cur_peek_be32(&c, 4))
		out_fmt(", xid 0x%x", cur_peek_be32(&c, 4));
	if (cur_peek(&c, 8) << 8 | cur_peek(&c, 9))
		out_fmt(", secs %u", cur_peek(&c, 8) << 8 | cur_peek(&c, 9));
	if (!cur_has(&c, 12)) {
		decode_trunc_cut(d, "bootp");
		return;
	}
	flags = cur_peek(&c, 10) << 8 | cur_peek(&c, 11);
	out_str(", Flags [");
	out_str(flags & 0x8000 ? "Broadcast" : "none");
	out_char(']');
	if (d->vflag > 1)
		out_fmt(" (0x%04x)", flags);
	for (i = 0; i < 4; i++) {
		if (!cur_has(&c, OFF_CIADDR + 4 * i + 4)) {
			decode_trunc_cut(d, "bootp");
			return;
		}
		if (!cur_peek_be32(&c, OFF_CIADDR + 4 * i))
			continue;
		out_fmt("\n\t  %s ", names[i]);
		ip_at(d, c, OFF_CIADDR + 4 * i);
	}
	if (htype == 1 && hlen == 6) {
		if (!cur_has(&c, OFF_CHADDR + 6)) {
			decode_trunc_cut(d, "bootp");
			return;
		}
		for (i = 0; i < 6; i++)
			mac[i] = cur_peek(&c, OFF_CHADDR + i);
		out_str("\n\t  Client-Ethernet-Address ");
		decode_etheraddr(d, mac);
	}
	for (i = 0; i < 2; i++) {
		unsigned off = i ? OFF_FILE : OFF_SNAME;

		if (!cur_has(&c, off + 1)) {
			decode_trunc_cut(d, "bootp");
			return;
		}
		if (!cur_peek(&c, off))
			continue;
		out_str(i ? "\n\t  file \"" : "\n\t  sname \"");
		if (!zfield(c, off, i ? 128 : 64)) {
			out_char('"');
			decode_trunc(d, "bootp");
			return;
		}
		out_char('"');
	}
	if (!cur_has(&c, OFF_VEND + 4)) {
		decode_trunc(d, "bootp");
		return;
	}
	if (cur_peek_be32(&c, OFF_VEND) == 0x63825363)
		rfc1048_print(d, c, OFF_VEND);
	else if (cur_peek_be32(&c, OFF_VEND))
		out_fmt("\n\t  Vendor-#0x%x", cur_peek_be32(&c, OFF_VEND));
}

DECODE_PORT(UDP, 50, 67, 68, PORT_EITHER, bootp_print)

void bootp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct l4info *l4 DECODE_UNUSED)
{
	unsigned op, htype, hlen, i;
	uint8_t mac[6];

	if (!cur_has(&c, 1)) {
		decode_trunc_cut(d, "bootp");
		return;
	}
	op = cur_peek(&c, 0);
	out_str("BOOTP/DHCP, ");
	tok_print((const struct tok[]){ { 1, "Request" }, { 2, "Reply" },
					{ 0, NULL } }, op, "unknown (0x%02x)");
	if (!cur_has(&c, 3)) {
		decode_trunc_cut(d, "bootp");
		return;
	}
	htype = cur_peek(&c, 1);
	hlen = cur_peek(&c, 2);
	if (htype == 1 && hlen == 6 && op == 1) {
		if (!cur_has(&c, OFF_CHADDR + 6)) {
			decode_trunc_cut(d, "bootp");
			return;
		}
		for (i = 0; i < 6; i++)
			mac[i] = cur_peek(&c, OFF_CHADDR + i);
		out_str(" from ");
		decode_etheraddr(d, mac);
	}
	out_fmt(", length %u", len);
	if (!d->vflag)
		return;
	if (!cur_has(&c, 10)) {
		decode_trunc(d, "bootp");
		return;
	}
	bootp_verbose(d, c, htype, hlen);
}
