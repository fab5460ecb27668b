/* print-aoe.c - ATA over Ethernet (ethertype 0x88a2; AoE r11).
 *
 *   | ver (4) flags (4) | error | major (2) | minor | command | tag (4) |
 *   arg: ATA | query config | MAC mask list | reserve/release |
 * Output as tcpdump 4.99 print-aoe.c; a read past the capture ends the
 * packet with [|aoe].
 */
#include "decode.h"
#include "out.h"
#include "table.h"

enum {
	AOEV1_COMMON_HDR_LEN = 10,
	AOEV1_ISSUE_ARG_LEN = 12,
	AOEV1_QUERY_ARG_LEN = 8,
	AOEV1_MAC_ARG_LEN = 4,
	AOEV1_RESERVE_ARG_LEN = 2,
	AOEV1_MAX_CONFSTR_LEN = 1024,
	AOEV1_FLAG_E = 0x04,
};

static const struct tok cmdcode_str[] = {
	{ 0, "Issue ATA Command" },
	{ 1, "Query Config Information" },
	{ 2, "MAC Mask List" },
	{ 3, "Reserve/Release" },
	{ 0, NULL }
};

static const struct tok aoev1_flag_str[] = {
	{ 0x08, "Response" },
	{ 0x04, "Error" },
	{ 0x02, "MBZ-1" },
	{ 0x01, "MBZ-0" },
	{ 0, NULL }
};

static const struct tok aoev1_errcode_str[] = {
	{ 1, "Unrecognized command code" },
	{ 2, "Bad argument parameter" },
	{ 3, "Device unavailable" },
	{ 4, "Config string present" },
	{ 5, "Unsupported version" },
	{ 6, "Target is reserved" },
	{ 0, NULL }
};

static const struct tok aoev1_aflag_bitmap_str[] = {
	{ 0x80, "MBZ-7" },
	{ 0x40, "Ext48" },
	{ 0x20, "MBZ-5" },
	{ 0x10, "Device" },
	{ 0x08, "MBZ-3" },
	{ 0x04, "MBZ-2" },
	{ 0x02, "Async" },
	{ 0x01, "Write" },
	{ 0, NULL }
};

static const struct tok aoev1_ccmd_str[] = {
	{ 0, "read config string" },
	{ 1, "test config string" },
	{ 2, "test config string prefix" },
	{ 3, "set config string" },
	{ 4, "force set config string" },
	{ 0, NULL }
};

static const struct tok aoev1_mcmd_str[] = {
	{ 0, "Read Mac Mask List" },
	{ 1, "Edit Mac Mask List" },
	{ 0, NULL }
};

static const struct tok aoev1_merror_str[] = {
	{ 1, "Unspecified Error" },
	{ 2, "Bad DCmd directive" },
	{ 3, "Mask list full" },
	{ 0, NULL }
};

static const struct tok aoev1_dcmd_str[] = {
	{ 0, "No Directive" },
	{ 1, "Add mac address to mask list" },
	{ 2, "Delete mac address from mask list" },
	{ 0, NULL }
};

static const struct tok aoev1_rcmd_str[] = {
	{ 0, "Read reserve list" },
	{ 1, "Set reserve list" },
	{ 2, "Force set reserve list" },
	{ 0, NULL }
};

/* Each field is printed only once it was read whole. */
static bool got(struct cursor *c)
{
	return !cur_short(c);
}

static bool mac_print(struct dctx *d, struct cursor *c)
{
	uint8_t a[6];

	if (!cur_bytes(c, a, 6))
		return false;
	decode_etheraddr(d, a);
	return true;
}

static bool issue_print(struct cursor *c, unsigned len)
{
	static const char *const lba[] = { "\n\tlba0", ", lba1", ", lba2",
					   ", lba3", ", lba4", ", lba5" };
	unsigned v, i;

	v = cur_u8(c);
	if (!got(c))
		return false;
	out_str("\n\tAFlags: [");
	tok_bits_print(aoev1_aflag_bitmap_str, v, ", ", "none");
	out_char(']');
	v = cur_u8(c);
	if (!got(c))
		return false;
	out_fmt(", Err/Feature: %u", v);
	v = cur_u8(c);
	if (!got(c))
		return false;
	out_fmt(", Sector Count: %u", v);
	v = cur_u8(c);
	if (!got(c))
		return false;
	out_fmt(", Cmd/Status: %u", v);
	for (i = 0; i < 6; i++) {
		v = cur_u8(c);
		if (!got(c))
			return false;
		out_fmt("%s: %u", lba[i], v);
	}
	if (!cur_skip(c, 2))
		return false;
	if (len > AOEV1_ISSUE_ARG_LEN)
		out_fmt("\n\tData: %u bytes", len - AOEV1_ISSUE_ARG_LEN);
	return true;
}

/* Returns false when cut; *invalid when the lengths disagree. */
static bool query_print(struct cursor *c, unsigned len, bool *invalid)
{
	unsigned v, cslen, i;

	v = cur_be16(c);
	if (!got(c))
		return false;
	out_fmt("\n\tBuffer Count: %u", v);
	v = cur_be16(c);
	if (!got(c))
		return false;
	out_fmt(", Firmware Version: %u", v);
	v = cur_u8(c);
	if (!got(c))
		return false;
	out_fmt(", Sector Count: %u", v);
	v = cur_u8(c);
	if (!got(c))
		return false;
	out_fmt(", AoE: %u, CCmd: ", v >> 4);
	tok_print(aoev1_ccmd_str, v & 0x0f, "Unknown (0x02x)");
	cslen = cur_be16(c);
	if (!got(c))
		return false;
	if (cslen > AOEV1_MAX_CONFSTR_LEN || cslen > len - AOEV1_QUERY_ARG_LEN) {
		*invalid = true;
		return true;
	}
	if (cslen)
		out_fmt("\n\tConfig String (length %u): ", cslen);
	for (i = 0; i < cslen; i++) {
		v = cur_u8(c);
		if (!got(c))
			return false;
		decode_char(v);
	}
	return true;
}

static bool mac_list_print(struct dctx *d, struct cursor *c, unsigned len,
			   bool *invalid)
{
	unsigned v, n, i;

	cur_skip(c, 1);
	v = cur_u8(c);
	if (!got(c))
		return false;
	out_str("\n\tMCmd: ");
	tok_print(aoev1_mcmd_str, v, "Unknown (0x%02x)");
	v = cur_u8(c);
	if (!got(c))
		return false;
	out_str(", MError: ");
	tok_print(aoev1_merror_str, v, "Unknown (0x%02x)");
	n = cur_u8(c);
	if (!got(c))
		return false;
	out_fmt(", Dir Count: %u", n);
	if (n * 8 > len - AOEV1_MAC_ARG_LEN) {
		*invalid = true;
		return true;
	}
	for (i = 0; i < n; i++) {
		cur_skip(c, 1);
		v = cur_u8(c);
		if (!got(c))
			return false;
		out_str("\n\t DCmd: ");
		tok_print(aoev1_dcmd_str, v, "Unknown (0x%02x)");
		out_str(", Ethernet Address: ");
		if (!mac_print(d, c))
			return false;
	}
	return true;
}

static bool reserve_print(struct dctx *d, struct cursor *c, unsigned len,
			  bool *invalid)
{
	unsigned v, n, i;

	if ((len - AOEV1_RESERVE_ARG_LEN) % 6) {
		*invalid = true;
		return true;
	}
	v = cur_u8(c);
	if (!got(c))
		return false;
	out_str("\n\tRCmd: ");
	tok_print(aoev1_rcmd_str, v, "Unknown (0x%02x)");
	n = cur_u8(c);
	if (!got(c))
		return false;
	out_fmt(", NMacs: %u", n);
	if (n * 6 != len - AOEV1_RESERVE_ARG_LEN) {
		*invalid = true;
		return true;
	}
	for (i = 0; i < n; i++) {
		if (!cur_has(c, 6))
			return false;
		out_fmt("\n\tEthernet Address %u: ", i);
		mac_print(d, c);
	}
	return true;
}

static bool arg_print(struct dctx *d, struct cursor *c, unsigned cmd,
		      unsigned len, bool *invalid)
{
	static const unsigned char min[4] = {
		AOEV1_ISSUE_ARG_LEN, AOEV1_QUERY_ARG_LEN, AOEV1_MAC_ARG_LEN,
		AOEV1_RESERVE_ARG_LEN
	};

	if (cmd > 3)
		return true;
	if (len < min[cmd]) {
		*invalid = true;
		return true;
	}
	switch (cmd) {
	case 0:
		return issue_print(c, len);
	case 1:
		return query_print(c, len, invalid);
	case 2:
		return mac_list_print(d, c, len, invalid);
	}
	return reserve_print(d, c, len, invalid);
}

static bool v1_print(struct dctx *d, struct cursor *c, unsigned len,
		     bool *invalid)
{
	unsigned flags, v, cmd;

	flags = cur_u8(c) & 0x0f;
	out_str(", Flags: [");
	tok_bits_print(aoev1_flag_str, flags, ", ", "none");
	out_char(']');
	if (!d->vflag)
		return true;
	v = cur_u8(c);
	if (!got(c))
		return false;
	if (flags & AOEV1_FLAG_E) {
		out_str("\n\tError: ");
		tok_print(aoev1_errcode_str, v, "Invalid (%u)");
	}
	v = cur_be16(c);
	if (!got(c))
		return false;
	out_fmt("\n\tMajor: 0x%04x", v);
	v = cur_u8(c);
	if (!got(c))
		return false;
	out_fmt(", Minor: 0x%02x", v);
	cmd = cur_u8(c);
	if (!got(c))
		return false;
	out_str(", Command: ");
	tok_print(cmdcode_str, cmd, "Unknown (0x%02x)");
	v = cur_be32(c);
	if (!got(c))
		return false;
	out_fmt(", Tag: 0x%08x", v);
	return arg_print(d, c, cmd, len - AOEV1_COMMON_HDR_LEN, invalid);
}

DECODE_KEY(ETHERTYPE, 0x88a2, aoe_print)

void aoe_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct cursor start = c;
	bool invalid = len < 1;
	unsigned ver;

	out_fmt("AoE length %u", len);
	if (!invalid) {
		if (!cur_has(&c, 1))
			goto trunc;
		ver = cur_peek(&c, 0) >> 4;
		out_fmt(", Ver %u", ver);
		if (ver == 1) {
			invalid = len < AOEV1_COMMON_HDR_LEN;
			if (!invalid && !v1_print(d, &c, len, &invalid))
				goto trunc;
		}
	}
	if (!invalid)
		return;
	out_str(" (invalid)");
	if (cur_has(&start, len))
		return;
trunc:
	decode_trunc_cut(d, "aoe");
}
