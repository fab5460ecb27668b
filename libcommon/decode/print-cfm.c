/* print-cfm.c - IEEE 802.1ag Connectivity Fault Management (ethertype
 * 0x8902).
 *
 *   | MD level (3) version (5) | opcode | flags | first TLV offset |
 *   CCM: | sequence | MEP id | MD and MA names (48) | Y.1731 (16) |
 *   LTM: | transaction | ttl | original MAC | target MAC |
 *   LTR: | transaction | ttl | relay action |     then TLVs
 * Output as tcpdump 4.99 print-cfm.c.
 */
#include "af.h"
#include "decode.h"
#include "llc.h"
#include "out.h"
#include "table.h"

enum {
	CFM_HDR_LEN = 4,
	CFM_CCM_LEN = 70,
	CFM_LTM_LEN = 17,
	CFM_LTR_LEN = 6,
	CFM_OPCODE_CCM = 1,
	CFM_OPCODE_LTR = 4,
	CFM_OPCODE_LTM = 5,
	CFM_NAMES_LEN = 48,
};

static const struct tok cfm_opcode_values[] = {
	{ 1, "Continuity Check Message" },
	{ 2, "Loopback Reply" },
	{ 3, "Loopback Message" },
	{ 4, "Linktrace Reply" },
	{ 5, "Linktrace Message" },
	{ 0, NULL }
};

static const float ccm_interval_base[8] = {
	0.0f, 0.003333f, 0.01f, 0.1f, 1.0f, 10.0f, 60.0f, 600.0f
};

static const struct tok cfm_md_nameformat_values[] = {
	{ 0, "IEEE 802.1" },
	{ 1, "No MD Name present" },
	{ 2, "DNS string" },
	{ 3, "MAC + 16Bit Integer" },
	{ 4, "Character string" },
	{ 0, NULL }
};

static const struct tok cfm_ma_nameformat_values[] = {
	{ 0, "IEEE 802.1" },
	{ 1, "Primary VID" },
	{ 2, "Character string" },
	{ 3, "16Bit Integer" },
	{ 4, "RFC2685 VPN-ID" },
	{ 0, NULL }
};

static const struct tok cfm_ltm_flag_values[] = {
	{ 0x80, "Use Forwarding-DB only" },
	{ 0, NULL }
};

static const struct tok cfm_ltr_flag_values[] = {
	{ 0x80, "UseFDB Only" },
	{ 0x40, "FwdYes" },
	{ 0x20, "Terminal MEP" },
	{ 0, NULL }
};

static const struct tok cfm_ltr_replay_action_values[] = {
	{ 1, "Exact Match" },
	{ 2, "Filtering DB" },
	{ 3, "MIP CCM DB" },
	{ 0, NULL }
};

static const struct tok cfm_tlv_values[] = {
	{ 0, "End" },
	{ 1, "Sender ID" },
	{ 2, "Port status" },
	{ 3, "Interface status" },
	{ 4, "Data" },
	{ 5, "Reply Ingress" },
	{ 6, "Reply Egress" },
	{ 31, "Organization Specific" },
	{ 0, NULL }
};

static const struct tok cfm_tlv_port_status_values[] = {
	{ 1, "Blocked" },
	{ 2, "Up" },
	{ 0, NULL }
};

static const struct tok cfm_tlv_interface_status_values[] = {
	{ 1, "Up" },
	{ 2, "Down" },
	{ 3, "Testing" },
	{ 5, "Dormant" },
	{ 6, "not present" },
	{ 7, "lower Layer down" },
	{ 0, NULL }
};

static const struct tok cfm_tlv_senderid_chassisid_values[] = {
	{ 0, "Reserved" },
	{ 1, "Chassis component" },
	{ 2, "Interface alias" },
	{ 3, "Port component" },
	{ 4, "MAC address" },
	{ 5, "Network address" },
	{ 6, "Interface name" },
	{ 7, "Locally assigned" },
	{ 0, NULL }
};

/* All fields peeked here were captured (the caller checked). */
static void mac_at(struct dctx *d, struct cursor c, unsigned off)
{
	uint8_t a[16];
	unsigned i;

	for (i = 0; i < 6; i++)
		a[i] = cur_peek(&c, off + i);
	decode_etheraddr(d, a);
}

static void name_at(struct cursor c, unsigned off, unsigned n)
{
	unsigned i;

	for (i = 0; i < n && cur_peek(&c, off + i); i++)
		decode_char(cur_peek(&c, off + i));
}

static void hex_at(struct cursor c, unsigned off, unsigned n,
		   const char *ident)
{
	cur_skip(&c, off);
	decode_hex_ident(c, n, ident);
}

/* The MD name (if any) and MA name in the CCM's 48 bytes at off. */
static void ccm_names(struct dctx *d, struct cursor c, unsigned off)
{
	unsigned left = CFM_NAMES_LEN, fmt = cur_peek(&c, off), n;

	off++;
	left--;
	out_str("\n\t  MD Name Format ");
	tok_print(cfm_md_nameformat_values, fmt, "Unknown");
	if (fmt != 1) {
		n = cur_peek(&c, off++);
		left--;
		out_fmt(" (%u), MD Name length %u", fmt, n);
		if (n > left - 3) {
			out_fmt(" (too large, must be <= %u)", left - 2);
			return;
		}
		out_str("\n\t  MD Name: ");
		if (fmt == 2 || fmt == 4) {
			name_at(c, off, n);
		} else if (fmt == 3) {
			out_str(n == 6 ? "\n\t  MAC " : "\n\t  MAC (length invalid)");
			if (n == 6)
				mac_at(d, c, off);
		} else {
			hex_at(c, off, n, "\n\t    ");
		}
		off += n;
		left -= n;
	} else {
		out_fmt(" (%u)", fmt);
	}
	fmt = cur_peek(&c, off);
	n = cur_peek(&c, off + 1);
	off += 2;
	left -= 2;
	out_str("\n\t  MA Name-Format ");
	tok_print(cfm_ma_nameformat_values, fmt, "Unknown");
	out_fmt(" (%u), MA name length %u", fmt, n);
	if (n > left) {
		out_fmt(" (too large, must be <= %u)", left);
		return;
	}
	out_str("\n\t  MA Name: ");
	if (fmt == 2)
		name_at(c, off, n);
	else
		hex_at(c, off, n, "\n\t    ");
}

static void ccm_print(struct dctx *d, struct cursor c, unsigned flags)
{
	unsigned iv = flags & 7;
	float base = ccm_interval_base[iv];

	out_fmt(", Flags [CCM Interval %u%s]", iv, flags & 0x80 ? ", RDI" : "");
	if (iv)
		out_fmt("\n\t  CCM Interval %.3fs, min CCM Lifetime %.3fs, "
			"max CCM Lifetime %.3fs", (double)base,
			(double)base * 3.25, (double)base * 3.5);
	out_fmt("\n\t  Sequence Number 0x%08x, MA-End-Point-ID 0x%04x",
		cur_peek_be32(&c, 0), cur_peek_be16(&c, 4));
	ccm_names(d, c, 6);
}

/* The message after the header; false when it ended the packet. */
static bool message_print(struct dctx *d, struct cursor c, unsigned op,
			  unsigned flags, unsigned first, unsigned tlen)
{
	static const unsigned char need[6] = { 0, CFM_CCM_LEN, 0, 0,
					       CFM_LTR_LEN, CFM_LTM_LEN };
	unsigned n = op <= 5 ? need[op] : 0;

	if (n == 0) {
		hex_at(c, CFM_HDR_LEN, tlen - first, "\n\t  ");
		return true;
	}
	if (first < n) {
		/* tcpdump numbers the checks 1 (CCM), 4 (LTM), 5 (LTR) */
		out_fmt(" (too small %u, must be >= %u)",
			op == CFM_OPCODE_CCM ? 1 : 9 - op, n);
		return false;
	}
	if (tlen < n) {
		out_str("\n\t\t packet is too short");
		return false;
	}
	if (!cur_has(&c, CFM_HDR_LEN + n)) {
		decode_trunc(d, "cfm");
		return false;
	}
	cur_skip(&c, CFM_HDR_LEN);
	if (op == CFM_OPCODE_CCM) {
		ccm_print(d, c, flags);
		return true;
	}
	out_str(", Flags [");
	tok_bits_print(op == CFM_OPCODE_LTM ? cfm_ltm_flag_values
					    : cfm_ltr_flag_values, flags, ", ",
		       "none");
	out_fmt("]\n\t  Transaction-ID 0x%08x, ttl %u", cur_peek_be32(&c, 0),
		cur_peek(&c, 4));
	if (op == CFM_OPCODE_LTM) {
		out_str("\n\t  Original-MAC ");
		mac_at(d, c, 5);
		out_str(", Target-MAC ");
		mac_at(d, c, 11);
	} else {
		out_str("\n\t  Replay-Action ");
		tok_print(cfm_ltr_replay_action_values, cur_peek(&c, 5),
			  "Unknown");
		out_fmt(" (%u)", cur_peek(&c, 5));
	}
	return true;
}

/* Network address of len bytes at off; returns "dump it too". */
static bool netaddr_print(struct dctx *d, struct cursor c, unsigned off,
			  unsigned len)
{
	uint8_t a[16];
	unsigned af, i;

	if (len < 1) {
		out_str("\n\t  Network Address Type (invalid, no data");
		return false;
	}
	af = cur_peek(&c, off);
	out_str("\n\t  Network Address Type ");
	tok_print(af_values, af, "Unknown");
	out_fmt(" (%u)", af);
	if (af != 1 && af != 2)
		return true;
	if (len != 1 + (af == 1 ? 4u : 16u)) {
		out_fmt("(invalid %s address length %u)", af == 1 ? "IPv4" : "IPv6",
			len - 1);
		return true;
	}
	for (i = 0; i < len - 1; i++)
		a[i] = cur_peek(&c, off + 1 + i);
	out_str(", ");
	if (af == 1)
		decode_ip4addr(d, a);
	else
		decode_ip6addr(d, a);
	return false;
}

/* The chassis id of a sender ID TLV; *off and *len move past it. */
static bool chassis_print(struct dctx *d, struct cursor c, unsigned *off,
			  unsigned *len, unsigned idlen, bool *hexdump)
{
	unsigned type;

	if (*len < 1) {
		out_str("\n\t  (TLV too short)");
		return false;
	}
	type = cur_peek(&c, *off);
	(*len)--;
	out_str("\n\t  Chassis-ID Type ");
	tok_print(cfm_tlv_senderid_chassisid_values, type, "Unknown");
	out_fmt(" (%u), Chassis-ID length %u", type, idlen);
	if (*len < idlen) {
		out_str("\n\t  (TLV too short)");
		return false;
	}
	if (type == 4 && idlen != 6) {
		out_str(" (invalid MAC address length)");
		*hexdump = true;
	} else if (type == 4) {
		out_str("\n\t  MAC ");
		mac_at(d, c, *off + 1);
	} else if (type == 5) {
		*hexdump |= netaddr_print(d, c, *off + 1, idlen);
	} else if (type >= 1 && type <= 7) {
		name_at(c, *off + 1, idlen);
	} else {
		*hexdump = true;
	}
	*len -= idlen;
	*off += 1 + idlen;
	return true;
}

/* Management address domain and address; false: stop the packet. */
static bool mgmt_print(struct cursor c, unsigned *off, unsigned *len,
		       bool *hexdump, bool *next)
{
	unsigned n = cur_peek(&c, (*off)++);

	(*len)--;
	out_fmt("\n\t  Management Address Domain Length %u", n);
	if (!n)
		return true;
	if (*len < n) {
		out_str("\n\t  (TLV too short)");
		*next = true;
		return true;
	}
	*len -= n;
	hex_at(c, *off, n, "\n\t  Management Address Domain: ");
	*off += n;
	if (*len < 1) {
		out_str(" (Management Address Length is missing)");
		*hexdump = true;
		return true;
	}
	n = cur_peek(&c, (*off)++);
	(*len)--;
	out_fmt("\n\t  Management Address Length %u", n);
	if (!n)
		return true;
	if (*len < n) {
		out_str("\n\t  (TLV too short)");
		return false;
	}
	*len -= n;
	hex_at(c, *off, n, "\n\t  Management Address: ");
	*off += n;
	return true;
}

/* Sender ID at off (len bytes); *len is left as tcpdump leaves it for
 * its hex dump; false: stop the packet. *next: skip the dump. */
static bool sender_id_print(struct dctx *d, struct cursor c, unsigned off,
			    unsigned *len, bool *hexdump, bool *next)
{
	unsigned idlen;

	if (*len < 1) {
		out_str(" (too short, must be >= 1)");
		*next = true;
		return true;
	}
	idlen = cur_peek(&c, off++);
	(*len)--;
	if (idlen && !chassis_print(d, c, &off, len, idlen, hexdump)) {
		*next = true;
		return true;
	}
	if (*len == 0)
		return true;
	return mgmt_print(c, &off, len, hexdump, next);
}

/* One TLV's value at off; false: stop the packet. */
static bool tlv_value(struct dctx *d, struct cursor c, unsigned off,
		      unsigned type, unsigned *len, bool *hexdump, bool *next)
{
	unsigned oui;
	const char *s;

	switch (type) {
	case 2:
	case 3:
		if (*len < 1) {
			out_str(" (too short, must be >= 1)");
			return false;
		}
		out_str(", Status: ");
		tok_print(type == 2 ? cfm_tlv_port_status_values
				    : cfm_tlv_interface_status_values,
			  cur_peek(&c, off), "Unknown");
		out_fmt(" (%u)", cur_peek(&c, off));
		return true;
	case 31:
		if (*len < 4) {
			out_str(" (too short, must be >= 4)");
			return false;
		}
		oui = (unsigned)cur_peek(&c, off) << 16 |
		      cur_peek_be16(&c, off + 1);
		s = oui_name(oui);
		out_fmt(", Vendor: %s (%u), Sub-Type %u", s ? s : "Unknown", oui,
			cur_peek(&c, off + 3));
		*hexdump = true;
		return true;
	case 1:
		return sender_id_print(d, c, off, len, hexdump, next);
	}
	*hexdump = true;
	return true;
}

static void tlvs_print(struct dctx *d, struct cursor c, unsigned off,
		       unsigned tlen)
{
	unsigned type, len, start;
	bool hexdump, next;

	while (tlen > 0) {
		if (!cur_has(&c, off + 1))
			goto trunc;
		type = cur_peek(&c, off);
		out_str("\n\t");
		tok_print(cfm_tlv_values, type, "Unknown");
		out_fmt(" TLV (0x%02x)", type);
		if (type == 0)
			return;
		if (tlen < 3)
			goto tooshort;
		if (!cur_has(&c, off + 3))
			goto trunc;
		len = cur_peek_be16(&c, off + 1);
		out_fmt(", length %u", len);
		off += 3;
		tlen -= 3;
		if (tlen < len)
			goto tooshort;
		if (!cur_has(&c, off + len))
			goto trunc;
		start = len;
		hexdump = next = false;
		if (!tlv_value(d, c, off, type, &len, &hexdump, &next))
			return;
		if (!next && (hexdump || d->vflag > 1))
			hex_at(c, off, len, "\n\t  ");
		off += start;
		tlen -= start;
	}
	return;
tooshort:
	out_str("\n\t\t packet is too short");
	return;
trunc:
	decode_trunc_cut(d, "cfm");
}

DECODE_KEY(ETHERTYPE, 0x8902, cfm_print)
DECODE_KEY(ETHERTYPE, 0xabcd, cfm_print)

void cfm_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned mv, op, flags, first, tlen;

	if (len < CFM_HDR_LEN) {
		out_str("\n\t\t packet is too short");
		return;
	}
	if (!cur_has(&c, CFM_HDR_LEN)) {
		decode_trunc(d, "cfm");
		return;
	}
	mv = cur_peek(&c, 0);
	op = cur_peek(&c, 1);
	if (mv & 0x1f) {
		out_fmt("CFMv%u not supported, length %u", mv & 0x1f, len);
		return;
	}
	out_str("CFMv0 ");
	tok_print(cfm_opcode_values, op, "unknown (%u)");
	out_fmt(", MD Level %u, length %u", mv >> 5, len);
	if (!d->vflag)
		return;
	flags = cur_peek(&c, 2);
	first = cur_peek(&c, 3);
	out_fmt("\n\tFirst TLV offset %u", first);
	tlen = len - CFM_HDR_LEN;
	if (first > tlen) {
		out_fmt(" (too large, must be <= %u)", tlen);
		return;
	}
	if (!message_print(d, c, op, flags, first, tlen) || d->stop)
		return;
	tlvs_print(d, c, CFM_HDR_LEN + first, tlen - first);
}
