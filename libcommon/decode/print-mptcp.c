/* print-mptcp.c - the Multipath TCP option (RFC 8684; RFC 6824 for
 * version 0). The option's data after kind and length:
 *   | subtype (4 bits) | subtype-specific ... |
 * Output as tcpdump 4.99.3 print-mptcp.c: " LEN NAME details".
 */
#include <inttypes.h>

#include "decode.h"
#include "out.h"
#include "tcp.h"

enum { TH_SYN = 0x02, TH_ACK = 0x10 };

/* Offsets below are from the option's kind byte, as in the RFC; the
 * cursor starts after kind and length, hence the - 2. */
static unsigned u8(struct cursor c, unsigned off)
{
	return cur_peek(&c, off - 2);
}

static uint32_t be32(struct cursor c, unsigned off)
{
	return (uint32_t)u8(c, off) << 24 | (uint32_t)u8(c, off + 1) << 16 |
	       (uint32_t)u8(c, off + 2) << 8 | u8(c, off + 3);
}

static uint64_t be64(struct cursor c, unsigned off)
{
	return (uint64_t)be32(c, off) << 32 | be32(c, off + 4);
}

static bool capable_print(struct cursor c, unsigned len, unsigned flags)
{
	unsigned version;

	if (!((len == 12 || len == 4) && (flags & TH_SYN)) &&
	    !((len == 20 || len == 22) && (flags & (TH_SYN | TH_ACK)) == TH_ACK))
		return false;
	version = u8(c, 2) & 15;
	if (version > 1) {
		out_fmt(" Unknown Version (%u)", version);
		return true;
	}
	out_fmt(" v%u", version);
	if (u8(c, 3) & 0x80)
		out_str(" csum");
	if (len == 12 || len >= 20) {
		out_fmt(" {0x%" PRIx64, be64(c, 4));
		if (len >= 20)
			out_fmt(",0x%" PRIx64, be64(c, 12));
		out_char('}');
	}
	return true;
}

static bool join_print(struct cursor c, unsigned len, unsigned flags)
{
	unsigned i;

	if (!(len == 12 && (flags & TH_SYN)) &&
	    !(len == 16 && (flags & (TH_SYN | TH_ACK)) == (TH_SYN | TH_ACK)) &&
	    !(len == 24 && (flags & TH_ACK)))
		return false;
	if (len != 24) {
		if (u8(c, 2) & 1)
			out_str(" backup");
		out_fmt(" id %u", u8(c, 3));
	}
	if (len == 12) {
		out_fmt(" token 0x%x nonce 0x%x", be32(c, 4), be32(c, 8));
	} else if (len == 16) {
		out_fmt(" hmac 0x%" PRIx64 " nonce 0x%x", be64(c, 4),
			be32(c, 12));
	} else {
		out_str(" hmac 0x");
		for (i = 0; i < 20; i++)
			out_fmt("%02x", u8(c, 4 + i));
	}
	return true;
}

/* A 4- or 8-byte number at *off, as the flag says; false if too short. */
static bool dss_num(struct cursor c, unsigned *off, unsigned *left, bool wide)
{
	unsigned n = wide ? 8 : 4;

	if (*left < n)
		return false;
	if (wide)
		out_fmt("%" PRIu64, be64(c, *off));
	else
		out_fmt("%u", be32(c, *off));
	*off += n;
	*left -= n;
	return true;
}

static bool dss_print(struct cursor c, unsigned len, unsigned flags)
{
	unsigned f, off = 4, left;

	if (len < 4 || (flags & TH_SYN))
		return false;
	f = u8(c, 3);
	left = len - 4;
	if (f & 0x10)
		out_str(" fin");
	if (f & 0x01) {
		out_str(" ack ");
		if (!dss_num(c, &off, &left, f & 0x02))
			return false;
	}
	if (f & 0x04) {
		out_str(" seq ");
		if (!dss_num(c, &off, &left, f & 0x08) || left < 4)
			return false;
		out_fmt(" subseq %u", be32(c, off));
		off += 4;
		left -= 4;
		if (left < 2)
			return false;
		out_fmt(" len %u", u8(c, off) << 8 | u8(c, off + 1));
		off += 2;
		left -= 2;
		if (left >= 2) {
			out_fmt(" csum 0x%x", u8(c, off) << 8 | u8(c, off + 1));
			left -= 2;
		}
	}
	return left == 0;
}

static bool add_addr_print(struct dctx *d, struct cursor c, unsigned len)
{
	bool v6 = len >= 20, port = len == 10 || len == 18 || len == 22 ||
				    len == 30;
	unsigned alen = v6 ? 16 : 4, k;
	uint8_t a[16];

	if (len != 8 && len != 10 && len != 16 && len != 18 && len != 20 &&
	    len != 22 && len != 28 && len != 30)
		return false;
	switch (u8(c, 2) & 0xf) {
	case 0x6:
		out_str(" v0-ip6");
		break;
	case 0x4:
		out_str(" v0-ip4");
		break;
	case 0x1:
		out_str(" v1-echo");
		break;
	case 0x0:
		out_str(" v1");
		break;
	default:
		out_str(" [bad version/echo]");
		break;
	}
	out_fmt(" id %u ", u8(c, 3));
	for (k = 0; k < alen; k++)
		a[k] = (uint8_t)u8(c, 4 + k);
	decode_ipaddr(d, v6 ? 6 : 4, a);
	if (port)
		out_fmt(":%u", u8(c, 4 + alen) << 8 | u8(c, 5 + alen));
	if (len == 16 || len == 18 || len == 28 || len == 30)
		out_fmt(" hmac 0x%" PRIx64, be64(c, len - 8));
	return true;
}

int mptcp_print(struct dctx *d, struct cursor c, unsigned len, unsigned flags)
{
	static const char *const names[] = {
		"capable", "join", "dss", "add-addr", "rem-addr", "prio",
		"fail", "fast-close", "unknown",
	};
	unsigned sub, i;
	bool ok = true;

	if (len < 3)
		return -1;
	sub = u8(c, 2) >> 4;
	if (sub > 8)
		sub = 8;
	out_fmt(" %u %s", len, names[sub]);
	switch (sub) {
	case 0:
		ok = capable_print(c, len, flags);
		break;
	case 1:
		ok = join_print(c, len, flags);
		break;
	case 2:
		ok = dss_print(c, len, flags);
		break;
	case 3:
		ok = add_addr_print(d, c, len);
		break;
	case 4:
		if ((ok = len >= 4)) {
			out_str(" id");
			for (i = 3; i < len; i++)
				out_fmt(" %u", u8(c, i));
		}
		break;
	case 5:
		if ((ok = len == 3 || len == 4)) {
			out_str(u8(c, 2) & 1 ? " backup" : " non-backup");
			if (len == 4)
				out_fmt(" id %u", u8(c, 3));
		}
		break;
	case 6:
		if ((ok = len == 12))
			out_fmt(" seq %" PRIu64, be64(c, 4));
		break;
	case 7:
		if ((ok = len == 12))
			out_fmt(" key 0x%" PRIx64, be64(c, 4));
		break;
	default:
		break;
	}
	return ok ? 0 : -1;
}
