/* print-cdp.c - Cisco Discovery Protocol (SNAP, OUI Cisco, pid 0x2000).
 *
 *   | version | ttl | checksum (2) | TLVs: | type (2) | length (2, with
 *   the 4 header bytes) | value |
 * Cisco's "CDP frame format" notes. Output as tcpdump 4.99 print-cdp.c.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

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

/* Each printer reads through the cursor v of the value (len bytes on
 * the wire); a read past the capture ends the packet with [|cdp]. */
typedef void cdp_value_fn(struct dctx *d, struct cursor *v, unsigned len);

static void text_print(struct cursor *v, unsigned len)
{
	unsigned ch;

	while (len--) {
		ch = cur_u8(v);
		if (cur_short(v))
			return;
		decode_char(ch);
	}
}

static void string_print(struct dctx *d, struct cursor *v, unsigned len)
{
	(void)d;
	out_char('\'');
	text_print(v, len);
	if (!cur_short(v))
		out_char('\'');
}

static void version_print(struct dctx *d, struct cursor *v, unsigned len)
{
	unsigned ch;

	(void)d;
	out_str("\n\t  ");
	while (len--) {
		ch = cur_u8(v);
		if (cur_short(v))
			return;
		if (ch == '\n')
			out_str("\n\t  ");
		else
			decode_char(ch);
	}
}

static void power_print(struct dctx *d, struct cursor *v, unsigned len)
{
	unsigned n = len == 1 ? cur_u8(v) : len == 2 ? cur_be16(v)
						     : cur_be24(v);

	(void)d;
	if (!cur_short(v))
		out_fmt("%1.2fW", n / 1000.0);
}

static void capability_print(struct dctx *d, struct cursor *v, unsigned len)
{
	uint32_t n = cur_be32(v);

	(void)d;
	(void)len;
	if (cur_short(v))
		return;
	out_fmt("(0x%08x): ", n);
	tok_bits_print(cdp_capability_values, n, ", ", "none");
}

static void uint16_print(struct dctx *d, struct cursor *v, unsigned len)
{
	unsigned n = cur_be16(v);

	(void)d;
	(void)len;
	if (!cur_short(v))
		out_fmt("%u", n);
}

static void duplex_print(struct dctx *d, struct cursor *v, unsigned len)
{
	unsigned n = cur_u8(v);

	(void)d;
	(void)len;
	if (!cur_short(v))
		out_str(n ? "full" : "half");
}

static void ata186_print(struct dctx *d, struct cursor *v, unsigned len)
{
	unsigned a, b;

	(void)d;
	if (len == 2) {
		a = cur_be16(v);
		if (!cur_short(v))
			out_fmt("unknown 0x%04x", a);
		return;
	}
	a = cur_u8(v);
	b = cur_be16(v);
	if (!cur_short(v))
		out_fmt("app %u, vlan %u", a, b);
}

static void mtu_print(struct dctx *d, struct cursor *v, unsigned len)
{
	uint32_t n = cur_be32(v);

	(void)d;
	(void)len;
	if (!cur_short(v))
		out_fmt("%u bytes", n);
}

static void uint8x_print(struct dctx *d, struct cursor *v, unsigned len)
{
	unsigned n = cur_u8(v);

	(void)d;
	(void)len;
	if (!cur_short(v))
		out_fmt("0x%02x", n);
}

static void phys_loc_print(struct dctx *d, struct cursor *v, unsigned len)
{
	uint8x_print(d, v, len);
	if (len > 1 && !cur_short(v)) {
		out_char('/');
		text_print(v, len - 1);
	}
}

static void bytes_print(struct cursor *a, unsigned n)
{
	unsigned b;

	while (n-- > 0) {
		b = cur_u8(a);
		if (cur_short(a))
			return;
		out_fmt(" %02x", b);
	}
}

/* One address; false: stop (a complaint printed, or cut). */
static bool addr_one(struct dctx *d, struct cursor *a, unsigned *l,
		     unsigned num)
{
	static const uint8_t snap_ip6[8] = { 0xaa, 0xaa, 0x03, 0, 0, 0,
					     0x86, 0xdd };
	unsigned pt, pl, al, i;
	uint8_t ad[16];
	bool ip6 = true;

	if (*l < 2) {
		out_str(" (not enough space for PT+PL)");
		return false;
	}
	pt = cur_u8(a);
	pl = cur_u8(a);
	*l -= 2;
	if (*l < pl + 2) {
		out_str(" (not enough space for P+AL)");
		return false;
	}
	if (!cur_has(a, pl + 2)) {
		cur_fail(a);
		return false;
	}
	al = cur_peek_be16(a, pl);
	for (i = 0; i < 8; i++)
		ip6 = ip6 && pl == 8 && cur_peek(a, i) == snap_ip6[i];
	if ((pt == 1 && pl == 1 && cur_peek(a, 0) == 0xcc && al == 4) ||
	    (pt == 2 && ip6 && al == 16)) {
		cur_skip(a, pl + 2);
		*l -= pl + 2;
		if (*l < al) {
			out_str(" (not enough space for A)");
			return false;
		}
		if (!cur_bytes(a, ad, al))
			return false;
		out_fmt("IPv%c (%u) ", al == 4 ? '4' : '6', num);
		decode_ipaddr(d, al == 4 ? 4 : 6, ad);
		*l -= al;
		return true;
	}
	out_fmt("pt=0x%02x, pl=%u, pb=", pt, pl);
	bytes_print(a, pl);
	cur_skip(a, 2);
	*l -= pl + 2;
	out_fmt(", al=%u, a=", al);
	if (*l < al) {
		out_str(" (not enough space for A)");
		return false;
	}
	bytes_print(a, al);
	*l -= al;
	return !cur_short(a);
}

static void addr_print(struct dctx *d, struct cursor *v, unsigned l)
{
	unsigned num;

	if (l < 4) {
		out_str(" (not enough space for num)");
		goto invalid;
	}
	num = cur_be32(v);
	if (cur_short(v))
		return;
	l -= 4;
	while (num) {
		if (!addr_one(d, v, &l, num))
			goto invalid;
		if (--num)
			out_char(' ');
	}
	if (l)
		out_fmt(" (%u bytes of stray data)", l);
	return;
invalid:
	if (!cur_has(v, l))
		cur_fail(v);
}

static void prefixes_print(struct dctx *d, struct cursor *v, unsigned l)
{
	uint8_t b[5];

	(void)d;
	if (l % 5) {
		out_fmt(" [length %u is not a multiple of 5]", l);
		if (!cur_has(v, l))
			cur_fail(v);
		return;
	}
	out_fmt(" IPv4 Prefixes (%u):", l / 5);
	for (; l > 0; l -= 5) {
		if (!cur_bytes(v, b, 5))
			return;
		out_fmt(" %u.%u.%u.%u/%u", b[0], b[1], b[2], b[3], b[4]);
	}
}

struct cdp_tlvinfo {
	const char *name;
	cdp_value_fn *printer;
	signed char min_len, max_len;
};

enum { T_DEV_ID = 0x01, T_MAX = 0x17 };

static const struct cdp_tlvinfo cdptlvs[T_MAX + 1] = {
	[T_DEV_ID] = { "Device-ID", string_print, -1, -1 },
	[0x02] = { "Address", addr_print, -1, -1 },
	[0x03] = { "Port-ID", string_print, -1, -1 },
	[0x04] = { "Capability", capability_print, 4, 4 },
	[0x05] = { "Version String", version_print, -1, -1 },
	[0x06] = { "Platform", string_print, -1, -1 },
	[0x07] = { "Prefixes", prefixes_print, -1, -1 },
	[0x08] = { "Protocol-Hello option", NULL, -1, -1 },
	[0x09] = { "VTP Management Domain", string_print, -1, -1 },
	[0x0a] = { "Native VLAN ID", uint16_print, 2, 2 },
	[0x0b] = { "Duplex", duplex_print, 1, 1 },
	[0x0e] = { "ATA-186 VoIP VLAN assignment", ata186_print, 3, 3 },
	[0x0f] = { "ATA-186 VoIP VLAN request", ata186_print, 2, 3 },
	[0x10] = { "power consumption", power_print, 1, 3 },
	[0x11] = { "MTU", mtu_print, 4, 4 },
	[0x12] = { "AVVID trust bitmap", uint8x_print, 1, 1 },
	[0x13] = { "AVVID untrusted ports CoS", uint8x_print, 1, 1 },
	[0x14] = { "System Name", string_print, -1, -1 },
	[0x15] = { "System Object ID (not decoded)", NULL, -1, -1 },
	[0x16] = { "Management Addresses", addr_print, 4, -1 },
	[0x17] = { "Physical Location", phys_loc_print, 1, -1 },
};

/* One TLV's value; false when the capture ended in it. */
static bool value_print(struct dctx *d, struct cursor c, unsigned type,
			unsigned len)
{
	const struct cdp_tlvinfo *info = type <= T_MAX ? &cdptlvs[type] : NULL;
	struct cursor v = c;

	if (info && ((info->min_len > 0 && len < (unsigned)info->min_len) ||
		     (info->max_len > 0 && len > (unsigned)info->max_len))) {
		out_str(" (malformed TLV)");
	} else if (info && (d->vflag || type == T_DEV_ID)) {
		/* a known type without a printer gets no hex dump either */
		if (info->printer)
			info->printer(d, &v, len);
		else if (!cur_has(&v, len))
			return false;
		return !cur_short(&v);
	}
	if (!cur_has(&c, len))
		return false;
	decode_hex_ident(c, len, "\n\t  ");
	return true;
}

static const char *tlv_name(unsigned type)
{
	const char *s = type <= T_MAX ? cdptlvs[type].name : NULL;

	return s ? s : "unknown field type";
}

/* The TLVs; false when the packet is invalid (a complaint printed). */
static bool tlvs_print(struct dctx *d, struct cursor *c, unsigned *length)
{
	unsigned type, len;

	while (*length) {
		if (*length < 4) {
			out_fmt(" (remaining packet length %u < %u)", *length, 4);
			return false;
		}
		if (!cur_has(c, 4)) {
			decode_trunc_cut(d, "cdp");
			return true;
		}
		type = cur_peek_be16(c, 0);
		len = cur_peek_be16(c, 2);
		if (len < 4) {
			if (d->vflag)
				out_fmt("\n\t%s (0x%02x), TLV length: %u byte%s "
					"(too short)", tlv_name(type), type, len,
					len == 1 ? "" : "s");
			else
				out_fmt(", %s TLV length %u too short",
					tlv_name(type), len);
			return false;
		}
		if (len > *length) {
			out_fmt(" (TLV length %u > %u)", len, *length);
			return false;
		}
		cur_skip(c, 4);
		*length -= len;
		len -= 4;
		if (!d->vflag && type == T_DEV_ID)
			out_str(", Device-ID ");
		else if (d->vflag)
			out_fmt("\n\t%s (0x%02x), value length: %u byte%s: ",
				tlv_name(type), type, len, len == 1 ? "" : "s");
		if (!value_print(d, *c, type, len)) {
			decode_trunc_cut(d, "cdp");
			return true;
		}
		cur_skip(c, len);
	}
	return true;
}

DECODE_KEY(SNAP, 0x0c2000, cdp_print)

void cdp_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned length = len;

	if (len < 4) {
		out_fmt(" (packet length %u < %u)", len, 4);
		goto invalid;
	}
	if (!cur_has(&c, 4)) {
		decode_trunc_cut(d, "cdp");
		return;
	}
	out_fmt("CDPv%u, ttl: %us", cur_peek(&c, 0), cur_peek(&c, 1));
	if (d->vflag)
		out_fmt(", checksum: 0x%04x (unverified), length %u",
			cur_peek_be16(&c, 2), len);
	cur_skip(&c, 4);
	length -= 4;
	if (!tlvs_print(d, &c, &length))
		goto invalid;
	if (!d->stop && !d->vflag)
		out_fmt(", length %u", len);
	return;
invalid:
	decode_invalid(d);
	if (!cur_has(&c, length))
		decode_trunc_cut(d, "cdp");
}
