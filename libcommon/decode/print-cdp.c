/* print-cdp.c - Cisco Discovery Protocol (SNAP, OUI Cisco, pid 0x2000).
 *
 *   | version | ttl | checksum (2) | TLVs: | type (2) | length (2, with
 *   the 4 header bytes) | value |
 * Cisco's "CDP frame format" notes. Output as tcpdump 4.99 print-cdp.c.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

static const struct tok cdp_tlv_values[] = {
	{ 0x01, "Device-ID" },
	{ 0x02, "Address" },
	{ 0x03, "Port-ID" },
	{ 0x04, "Capability" },
	{ 0x05, "Version String" },
	{ 0x06, "Platform" },
	{ 0x07, "Prefixes" },
	{ 0x08, "Protocol-Hello option" },
	{ 0x09, "VTP Management Domain" },
	{ 0x0a, "Native VLAN ID" },
	{ 0x0b, "Duplex" },
	{ 0x0e, "ATA-186 VoIP VLAN assignment" },
	{ 0x0f, "ATA-186 VoIP VLAN request" },
	{ 0x10, "power consumption" },
	{ 0x11, "MTU" },
	{ 0x12, "AVVID trust bitmap" },
	{ 0x13, "AVVID untrusted ports CoS" },
	{ 0x14, "System Name" },
	{ 0x15, "System Object ID (not decoded)" },
	{ 0x16, "Management Addresses" },
	{ 0x17, "Physical Location" },
	{ 0, NULL }
};

static const struct tok cdp_capability_values[] = {
	{ 0x01, "Router" },
	{ 0x02, "Transparent Bridge" },
	{ 0x04, "Source Route Bridge" },
	{ 0x08, "L2 Switch" },
	{ 0x10, "L3 capable" },
	{ 0x20, "IGMP snooping" },
	{ 0x40, "L1 capable" },
	{ 0, NULL }
};

static void text_print(struct cursor v, unsigned off, unsigned len)
{
	unsigned i;

	for (i = off; i < len; i++)
		decode_char(cur_peek(&v, i));
}

static void quoted_print(struct cursor v, unsigned off, unsigned len)
{
	out_char('\'');
	text_print(v, off, len);
	out_char('\'');
}

static void bytes_print(struct cursor *a, unsigned n)
{
	while (n-- > 0)
		out_fmt(" %02x", cur_u8(a));
}

/* One address: IPv4 by NLPID, IPv6 by its LLC/SNAP header, else raw. */
static bool addr_one(struct dctx *d, struct cursor *a, unsigned num)
{
	static const uint8_t snap_ip6[8] = { 0xaa, 0xaa, 0x03, 0, 0, 0,
					     0x86, 0xdd };
	unsigned pt, pl, al, i;
	uint8_t ad[16];
	bool ip6 = true;

	if (!cur_has(a, 2))
		return false;
	pt = cur_u8(a);
	pl = cur_u8(a);
	if (!cur_has(a, pl + 2))
		return false;
	al = cur_peek_be16(a, pl);
	for (i = 0; i < 8; i++)
		ip6 = ip6 && pl == 8 && cur_peek(a, i) == snap_ip6[i];
	if (pt == 1 && pl == 1 && cur_peek(a, 0) == 0xcc && al == 4) {
		cur_skip(a, 3);
		if (!cur_bytes(a, ad, 4))
			return false;
		out_fmt("IPv4 (%u) ", num);
		decode_ip4addr(d, ad);
	} else if (pt == 2 && ip6 && al == 16) {
		cur_skip(a, 10);
		if (!cur_bytes(a, ad, 16))
			return false;
		out_fmt("IPv6 (%u) ", num);
		decode_ip6addr(d, ad);
	} else {
		out_fmt("pt=0x%02x, pl=%u, pb=", pt, pl);
		bytes_print(a, pl);
		cur_skip(a, 2);
		out_fmt(", al=%u, a=", al);
		if (!cur_has(a, al))
			return false;
		bytes_print(a, al);
	}
	return true;
}

static bool addr_print(struct dctx *d, struct cursor a)
{
	unsigned num;

	if (!cur_has(&a, 4))
		return false;
	num = cur_be32(&a);
	while (cur_left(&a) && num) {
		if (!addr_one(d, &a, num))
			return false;
		if (--num)
			out_char(' ');
	}
	return true;
}

static bool prefixes_print(struct cursor v, unsigned len)
{
	unsigned off;

	if (len % 5)
		return false;
	out_fmt(" IPv4 Prefixes (%u):", len / 5);
	for (off = 0; off < len; off += 5)
		out_fmt(" %u.%u.%u.%u/%u", cur_peek(&v, off),
			cur_peek(&v, off + 1), cur_peek(&v, off + 2),
			cur_peek(&v, off + 3), cur_peek(&v, off + 4));
	return true;
}

static void version_print(struct cursor v, unsigned len)
{
	unsigned i, ch;

	out_str("\n\t  ");
	for (i = 0; i < len; i++) {
		ch = cur_peek(&v, i);
		if (ch == '\n')
			out_str("\n\t  ");
		else
			decode_char(ch);
	}
}

static void power_print(struct cursor v, unsigned len)
{
	unsigned i, n = 0;

	for (i = 0; i < len; i++)
		n = (n << 8) + cur_peek(&v, i);
	out_fmt("%1.2fW", n / 1000.0);
}

/* Small fixed values; false when the value is too short. */
static bool small_print(struct cursor v, unsigned type, unsigned len)
{
	static const unsigned char min[0x18] = {
		[0x04] = 4, [0x0a] = 2, [0x0b] = 1, [0x0e] = 3, [0x0f] = 2,
		[0x11] = 4, [0x12] = 1, [0x13] = 1, [0x17] = 1,
	};

	if (len < min[type])
		return false;
	switch (type) {
	case 0x04:
		out_fmt("(0x%08x): ", cur_peek_be32(&v, 0));
		tok_bits_print(cdp_capability_values, cur_peek_be32(&v, 0),
			       ", ", "none");
		break;
	case 0x0a:
		out_fmt("%u", cur_peek_be16(&v, 0));
		break;
	case 0x0b:
		out_str(cur_peek(&v, 0) ? "full" : "half");
		break;
	case 0x0f:
		if (len == 2) {
			out_fmt("unknown 0x%04x", cur_peek_be16(&v, 0));
			break;
		}
		/* fall through */
	case 0x0e:
		out_fmt("app %u, vlan %u", cur_peek(&v, 0),
			cur_peek_be16(&v, 1));
		break;
	case 0x11:
		out_fmt("%u bytes", cur_peek_be32(&v, 0));
		break;
	case 0x17:
		out_fmt("0x%02x", cur_peek(&v, 0));
		if (len > 1) {
			out_char('/');
			text_print(v, 1, len);
		}
		break;
	default:
		out_fmt("0x%02x", cur_peek(&v, 0));
	}
	return true;
}

/* A TLV's value (all of it captured); false: [|cdp]. */
static bool value_print(struct dctx *d, struct cursor v, unsigned type,
			unsigned len)
{
	switch (type) {
	case 0x01:
		if (!d->vflag)
			out_str(", Device-ID ");
		/* fall through */
	case 0x03: case 0x06: case 0x09: case 0x14:
		quoted_print(v, 0, len);
		return true;
	case 0x02: case 0x16:
		return addr_print(d, cur_sub(&v, len));
	case 0x05:
		version_print(v, len);
		return true;
	case 0x07:
		return prefixes_print(v, len);
	case 0x08:
		return true;
	case 0x10:
		power_print(v, len);
		return true;
	case 0x04: case 0x0a: case 0x0b: case 0x0e: case 0x0f: case 0x11:
	case 0x12: case 0x13: case 0x17:
		return small_print(v, type, len);
	}
	decode_hex_ident(v, len, "\n\t  ");
	return true;
}

static void tlv_name(unsigned type)
{
	tok_print(cdp_tlv_values, type, "unknown field type");
}

DECODE_KEY(SNAP, 0x0c2000, cdp_print)

void cdp_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned caplen = (unsigned)cur_left(&c), type, tlen, off = 4;

	if (caplen < 4) {
		decode_trunc(d, "cdp");
		return;
	}
	out_fmt("CDPv%u, ttl: %us", cur_peek(&c, 0), cur_peek(&c, 1));
	if (d->vflag)
		out_fmt(", checksum: 0x%04x (unverified), length %u",
			cur_peek_be16(&c, 2), len);
	while (off < len) {
		if (!cur_has(&c, off + 4))
			goto trunc;
		type = cur_peek_be16(&c, off);
		tlen = cur_peek_be16(&c, off + 2);
		if (tlen < 4) {
			out_str(d->vflag ? "\n\t" : ", ");
			tlv_name(type);
			if (d->vflag)
				out_fmt(" (0x%02x), TLV length: %u byte%s (too short)",
					type, tlen, tlen == 1 ? "" : "s");
			else
				out_fmt(" TLV length %u too short", tlen);
			break;
		}
		off += 4;
		tlen -= 4;
		if (!cur_has(&c, off + tlen))
			goto trunc;
		if (d->vflag || type == 1) {
			struct cursor v = c;

			cur_skip(&v, off);
			if (d->vflag) {
				out_str("\n\t");
				tlv_name(type);
				out_fmt(" (0x%02x), value length: %u byte%s: ",
					type, tlen, tlen == 1 ? "" : "s");
			}
			if (!value_print(d, v, type, tlen))
				goto trunc;
		}
		off += tlen;
	}
	if (!d->vflag)
		out_fmt(", length %u", caplen);
	return;
trunc:
	decode_trunc(d, "cdp");
}
