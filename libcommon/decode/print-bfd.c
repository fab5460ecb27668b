/* print-bfd.c - BFD control and echo packets (draft-ietf-bfd-base-01
 * for version 0, RFC 5880 for version 1; ports of RFC 5881 single
 * hop, RFC 5883 multihop, RFC 7130 LAG).
 *
 *   |Vers| Diag |Sta|P|F|C|A|D|M| Detect Mult | Length |
 *   | My Discriminator | Your Discriminator | Desired Min TX |
 *   | Required Min RX | Required Min Echo RX | [Auth section] |
 * Output as tcpdump 4.99 print-bfd.c.
 */
#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

enum {
	BFD_CONTROL_PORT = 3784, BFD_ECHO_PORT = 3785,
	BFD_MULTIHOP_PORT = 4784, BFD_LAG_PORT = 6784,
	BFD_HDRLEN = 24, BFD_FLAG_AUTH = 0x04,
};

static const struct tok auth2str[] = {
	{ 1, "Simple Password" },
	{ 2, "Keyed MD5" },
	{ 3, "Meticulous Keyed MD5" },
	{ 4, "Keyed SHA1" },
	{ 5, "Meticulous Keyed SHA1" },
	{ 0, NULL }
};

static const struct tok diag2str[] = {
	{ 0, "No Diagnostic" },
	{ 1, "Control Detection Time Expired" },
	{ 2, "Echo Function Failed" },
	{ 3, "Neighbor Signaled Session Down" },
	{ 4, "Forwarding Plane Reset" },
	{ 5, "Path Down" },
	{ 6, "Concatenated Path Down" },
	{ 7, "Administratively Down" },
	{ 8, "Reverse Concatenated Path Down" },
	{ 0, NULL }
};

static const struct tok port2str[] = {
	{ BFD_CONTROL_PORT, "Control" },
	{ BFD_MULTIHOP_PORT, "Multihop" },
	{ BFD_LAG_PORT, "Lag" },
	{ 0, NULL }
};

static const struct tok v0_flag2str[] = {
	{ 0x80, "I Hear You" },
	{ 0x40, "Demand" },
	{ 0x20, "Poll" },
	{ 0x10, "Final" },
	{ 0x08, "Control Plane Independent" },
	{ 0x04, "Authentication Present" },
	{ 0x02, "Reserved" },
	{ 0x01, "Reserved" },
	{ 0, NULL }
};

static const struct tok v1_flag2str[] = {
	{ 0x20, "Poll" },
	{ 0x10, "Final" },
	{ 0x08, "Control Plane Independent" },
	{ 0x04, "Authentication Present" },
	{ 0x02, "Demand" },
	{ 0x01, "Multipoint" },
	{ 0, NULL }
};

static const struct tok v1_state2str[] = {
	{ 0, "AdminDown" },
	{ 1, "Down" },
	{ 2, "Init" },
	{ 3, "Up" },
	{ 0, NULL }
};

DECODE_PORT(UDP, 330, 3784, 3784, PORT_DST, bfd_print)
DECODE_PORT(UDP, 331, 4784, 4784, PORT_DST, bfd_print)
DECODE_PORT(UDP, 332, 6784, 6784, PORT_DST, bfd_print)
DECODE_PORT(UDP, 333, 3785, 3785, PORT_DST, bfd_print)

/* The digest of keyed MD5 / SHA1 (n bytes after the sequence number). */
static bool digest_print(struct cursor c, unsigned alen, unsigned want,
			 const char *label)
{
	unsigned i, n = want == 24 ? 16 : 20;

	if (alen != want) {
		out_fmt("[invalid length %u]", alen);
		return true;
	}
	if (!rt_has(&c, 4, 4))
		return false;
	out_fmt(", Sequence Number: 0x%08x", cur_peek_be32(&c, 4));
	if (!rt_has(&c, 8, n))
		return false;
	out_str(label);
	for (i = 0; i < n; i++)
		out_hex(cur_peek(&c, 8 + i), 2);
	return true;
}

static bool auth_print(struct cursor c)
{
	unsigned type, alen, i;

	cur_skip(&c, BFD_HDRLEN);
	if (!cur_has(&c, 4))
		return false;
	type = cur_peek(&c, 0);
	alen = cur_peek(&c, 1);
	out_str("\n\tAuthentication: ");
	tok_print(auth2str, type, "Unknown");
	out_fmt(" (%u), length: %u", type, alen);
	out_fmt("\n\t  Auth Key ID: %u", cur_peek(&c, 2));
	switch (type) {
	case 1:
		if (alen < 4 || alen > 19) {
			out_fmt("[invalid length %u]", alen);
			return true;
		}
		out_str(", Password: ");
		for (i = 0; i < alen - 3u; i++) {
			if (!rt_has(&c, 3 + i, 1))
				return false;
			decode_char(cur_peek(&c, 3 + i));
		}
		return true;
	case 2:
	case 3:
		return digest_print(c, alen, 24, "\n\t  Digest: ");
	case 4:
	case 5:
		return digest_print(c, alen, 28, "\n\t  Hash: ");
	}
	return true;
}

/* -v: the header fields, for both versions. */
static bool control_print(struct cursor c, unsigned len, unsigned port)
{
	unsigned vd = cur_peek(&c, 0), flags = cur_peek(&c, 1), mult;

	if (vd >> 5 == 0) {
		out_fmt("BFDv0, length: %u\n\tControl, Flags: [", len);
		tok_bits_print(v0_flag2str, flags, ", ", "none");
	} else {
		out_fmt("BFDv1, length: %u\n\t", len);
		tok_print(port2str, port, "unknown (%u)");
		out_str(", State ");
		tok_print(v1_state2str, flags >> 6, "unknown (%u)");
		out_str(", Flags: [");
		tok_bits_print(v1_flag2str, flags & 0x3f, ", ", "none");
	}
	out_str("], Diagnostic: ");
	tok_print(diag2str, vd & 0x1f, "unknown");
	out_fmt(" (0x%02x)", vd & 0x1f);
	mult = cur_peek(&c, 2);
	out_fmt("\n\tDetection Timer Multiplier: %u (%u ms Detection time), "
		"BFD Length: %u", mult,
		(unsigned)(mult * cur_peek_be32(&c, 12) / 1000),
		cur_peek(&c, 3));
	out_fmt("\n\tMy Discriminator: 0x%08x", cur_peek_be32(&c, 4));
	out_fmt(", Your Discriminator: 0x%08x", cur_peek_be32(&c, 8));
	out_fmt("\n\t  Desired min Tx Interval:    %4u ms",
		cur_peek_be32(&c, 12) / 1000);
	out_fmt("\n\t  Required min Rx Interval:   %4u ms",
		cur_peek_be32(&c, 16) / 1000);
	out_fmt("\n\t  Required min Echo Interval: %4u ms",
		cur_peek_be32(&c, 20) / 1000);
	return !(flags & BFD_FLAG_AUTH) || auth_print(c);
}

static bool control_brief(struct cursor c, unsigned len, unsigned port)
{
	unsigned version = cur_peek(&c, 0) >> 5, flags = cur_peek(&c, 1);

	if (version == 0) {
		out_str("BFDv0, Control, Flags: [");
		tok_bits_print(v0_flag2str, flags, ", ", "none");
	} else {
		out_str("BFDv1, ");
		tok_print(port2str, port, "unknown (%u)");
		out_str(", State ");
		tok_print(v1_state2str, flags >> 6, "unknown (%u)");
		out_str(", Flags: [");
		tok_bits_print(v1_flag2str, flags & 0x3f, ", ", "none");
	}
	out_fmt("], length: %u", len);
	return true;
}

void bfd_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct l4info *l4)
{
	unsigned port = l4->dport, version;
	bool ok = true;

	if (port == BFD_ECHO_PORT) {
		out_fmt("BFD, Echo, length: %u", len);
	} else if (!cur_has(&c, BFD_HDRLEN)) {
		decode_trunc_cut(d, "bfd");
		return;
	} else if ((version = cur_peek(&c, 0) >> 5) > 1) {
		out_fmt("BFDv%u, Control, length: %u", version, len);
	} else {
		ok = d->vflag ? control_print(c, len, port) :
			        control_brief(c, len, port);
		if (!ok)
			decode_trunc_cut(d, "bfd");
		return;
	}
	if (d->vflag)
		decode_hex_ident(c, len, "\n\t");
}
