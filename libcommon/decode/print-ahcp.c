/* print-ahcp.c - the Ad Hoc Configuration Protocol, version 1
 * (draft-chroboczek-ahcp-00, ahcpd 0.53), UDP port 5359.
 *
 *   | Magic 43 | Version | Hopcount | Original Hopcount | Nonce |
 *   | Source Id (8) | Destination Id (8) | Type | MBZ | Length | options |
 * Output as tcpdump 4.99 print-ahcp.c.
 */
#include <time.h>

#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

static const struct tok msg2str[] = {
	{ 0, "Discover" },
	{ 1, "Offer" },
	{ 2, "Request" },
	{ 3, "Ack" },
	{ 4, "Nack" },
	{ 5, "Release" },
	{ 0, NULL }
};

static const struct tok opt2str[] = {
	{ 0, "Pad" },
	{ 1, "Mandatory" },
	{ 2, "Origin Time" },
	{ 3, "Expires" },
	{ 4, "My-IPv6-Address" },
	{ 5, "My-IPv4-Address" },
	{ 6, "IPv6 Prefix" },
	{ 7, "IPv4 Prefix" },
	{ 8, "IPv6 Address" },
	{ 9, "IPv4 Address" },
	{ 10, "IPv6 Prefix Delegation" },
	{ 11, "IPv4 Prefix Delegation" },
	{ 12, "Name Server" },
	{ 13, "NTP Server" },
	{ 0, NULL }
};

/* How each option's value prints: 0 length only, T time, S seconds,
 * else addresses (with a prefix length byte when P). */
enum { V_LEN, V_TIME, V_SECS, V_ADDR6, V_ADDR4, V_PFX6, V_PFX4 };
static const unsigned char opt_value[14] = {
	V_LEN, V_LEN, V_TIME, V_SECS, V_ADDR6, V_ADDR4, V_PFX6, V_LEN,
	V_ADDR6, V_ADDR4, V_PFX6, V_PFX4, V_ADDR6, V_ADDR6,
};

DECODE_PORT(UDP, 220, 5359, 5359, PORT_EITHER, ahcp_print)

/* " (invalid)", then the rest of n bytes must be captured. */
static bool invalid_rest(struct cursor c, unsigned n)
{
	out_str(" (invalid)");
	return cur_has(&c, n);
}

static bool value_print(struct dctx *d, struct cursor c, unsigned kind,
			unsigned len)
{
	unsigned step = kind == V_ADDR6 ? 16 : kind == V_ADDR4 ? 4 :
			kind == V_PFX6 ? 17 : 5;
	const char *sep = ": ";
	char buf[64];
	time_t t;

	if (kind == V_TIME || kind == V_SECS) {
		if (len != 4)
			return invalid_rest(c, len);
		if (!cur_has(&c, 4))
			return false;
		t = (time_t)cur_peek_be32(&c, 0);
		if (kind == V_SECS) {
			out_fmt(": %us", cur_peek_be32(&c, 0));
			return true;
		}
		strftime(buf, sizeof(buf), "%Y-%m-%d %H:%M:%S UTC", gmtime(&t));
		out_fmt(": %s", buf);
		return true;
	}
	for (; len; len -= step, sep = ", ") {
		if (len < step)
			return invalid_rest(c, len);
		if (!cur_has(&c, step))
			return false;
		out_str(sep);
		rt_addr_at(d, c, 0, kind == V_ADDR6 || kind == V_PFX6 ? 6 : 4);
		if (kind == V_PFX6 || kind == V_PFX4)
			out_fmt("/%u", cur_peek(&c, step - 1));
		cur_skip(&c, step);
	}
	return true;
}

static bool options_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned no, olen;

	while (len) {
		if (!cur_has(&c, 1))
			return false;
		no = cur_u8(&c);
		len--;
		out_str("\n\t ");
		tok_print(opt2str, no, "Unknown-%u");
		if (no == 0 || no == 1)
			continue;
		if (!len)
			return invalid_rest(c, len);
		if (!cur_has(&c, 1))
			return false;
		olen = cur_u8(&c);
		len--;
		if (olen > len)
			return invalid_rest(c, len);
		if (no < 14 && opt_value[no] != V_LEN) {
			if (!value_print(d, c, opt_value[no], olen))
				return false;
		} else {
			out_fmt(" (Length %u)", olen);
			if (!cur_has(&c, olen))
				return false;
		}
		cur_skip(&c, olen);
		len -= olen;
	}
	return true;
}

static bool body_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned type, mbz, blen;

	if (len < 4)
		return invalid_rest(c, len);
	if (!cur_has(&c, 4))
		return false;
	type = cur_u8(&c);
	mbz = cur_u8(&c);
	blen = cur_be16(&c);
	len -= 4;
	if (d->vflag) {
		out_str("\n\t");
		tok_print(msg2str, type, "Unknown-%u");
		if (mbz)
			out_fmt(", MBZ %u", mbz);
		out_fmt(", Length %u", blen);
	}
	if (blen > len)
		return invalid_rest(c, len);
	if (d->vflag >= 2)
		return options_print(d, c, blen);
	return cur_has(&c, blen);
}

/* The fixed header, each field printed as soon as it is captured. */
static bool header_print(struct cursor *c)
{
	unsigned k;

	if (!cur_has(c, 1))
		return false;
	out_fmt("\n\tHopcount %u", cur_peek(c, 0));
	if (!cur_has(c, 2))
		return false;
	out_fmt(", Original Hopcount %u", cur_peek(c, 1));
	if (!cur_has(c, 6))
		return false;
	out_fmt(", Nonce 0x%08x", cur_peek_be32(c, 2));
	if (!cur_has(c, 14))
		return false;
	out_str(", Source Id ");
	for (k = 0; k < 8; k++)
		out_fmt(k ? ":%02x" : "%02x", cur_peek(c, 6 + k));
	if (!cur_has(c, 22))
		return false;
	out_str(", Destination Id ");
	for (k = 0; k < 8; k++)
		out_fmt(k ? ":%02x" : "%02x", cur_peek(c, 14 + k));
	cur_skip(c, 22);
	return true;
}

void ahcp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct l4info *l4 DECODE_UNUSED)
{
	unsigned version;
	bool ok;

	out_str("AHCP");
	if (len < 2) {
		ok = invalid_rest(c, len);
	} else if (!cur_has(&c, 1)) {
		ok = false;
	} else if (cur_u8(&c) != 43) {
		ok = invalid_rest(c, len - 1);
	} else if (!cur_has(&c, 1)) {
		ok = false;
	} else if ((version = cur_u8(&c)) != 1) {
		out_fmt(" Version %u (unknown)", version);
		ok = cur_has(&c, len - 2);
	} else {
		out_str(" Version 1");
		len -= 2;
		if (len < 22)
			ok = invalid_rest(c, len);
		else if (!d->vflag)
			ok = cur_skip(&c, 22) && body_print(d, c, len - 22);
		else
			ok = header_print(&c) && body_print(d, c, len - 22);
	}
	if (!ok)
		decode_trunc_cut(d, "ahcp");
}
