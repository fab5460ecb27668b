/* print-lmp.c - the Link Management Protocol (RFC 4204) with the OIF
 * UNI 1.0 service discovery objects, UDP port 701 (and -T lmp).
 *
 *   | Vers | (Reserved) | Flags | Msg Type | LMP Length | (Reserved) |
 *   objects: |N| C-Type | Class | Length | contents |
 * Output as tcpdump 4.99 print-lmp.c.
 */
#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

enum {
	OBJ_CC_ID = 1, OBJ_NODE_ID, OBJ_LINK_ID, OBJ_INTERFACE_ID,
	OBJ_MESSAGE_ID, OBJ_CONFIG, OBJ_HELLO, OBJ_VERIFY_BEGIN,
	OBJ_VERIFY_BEGIN_ACK, OBJ_VERIFY_ID, OBJ_TE_LINK, OBJ_DATA_LINK,
	OBJ_CHANNEL_STATUS, OBJ_CHANNEL_STATUS_REQ, OBJ_ERROR_CODE = 20,
	OBJ_SERVICE_CONFIG = 51, LMP_TRUNC = -1,
};

static const struct tok hdr_flag2str[] = {
	{ 0x01, "Control Channel Down" },
	{ 0x02, "LMP restart" },
	{ 0, NULL }
};

static const struct tok te_link_flag2str[] = {
	{ 0x01, "Fault Management Supported" },
	{ 0x02, "Link Verification Supported" },
	{ 0, NULL }
};

static const struct tok data_link_flag2str[] = {
	{ 0x01, "Data Link Port" },
	{ 0x02, "Allocated for user traffic" },
	{ 0x04, "Failed link" },
	{ 0, NULL }
};

static const struct tok channel_status2str[] = {
	{ 1, "Signal Okay" },
	{ 2, "Signal Degraded" },
	{ 3, "Signal Fail" },
	{ 0, NULL }
};

static const struct tok begin_verify_flag2str[] = {
	{ 0x0001, "Verify all links" },
	{ 0x0002, "Data link type" },
	{ 0, NULL }
};

static const struct tok begin_verify_error2str[] = {
	{ 0x01, "Link Verification Procedure Not supported" },
	{ 0x02, "Unwilling to verify" },
	{ 0x04, "Unsupported verification transport mechanism" },
	{ 0x08, "Link-Id configuration error" },
	{ 0x10, "Unknown object c-type" },
	{ 0, NULL }
};

static const struct tok link_summary_error2str[] = {
	{ 0x01, "Unacceptable non-negotiable LINK-SUMMARY parameters" },
	{ 0x02, "Renegotiate LINK-SUMMARY parameters" },
	{ 0x04, "Invalid TE-LINK Object" },
	{ 0x08, "Invalid DATA-LINK Object" },
	{ 0x10, "Unknown TE-LINK Object c-type" },
	{ 0x20, "Unknown DATA-LINK Object c-type" },
	{ 0, NULL }
};

static const struct tok sp_flag2str[] = {
	{ 0x01, "RSVP Supported" },
	{ 0x02, "LDP Supported" },
	{ 0, NULL }
};

static const struct tok cpsa_tp_flag2str[] = {
	{ 0x01, "Path/VC Overhead Transparency Supported" },
	{ 0x02, "Line/MS Overhead Transparency Supported" },
	{ 0x04, "Section/RS Overhead Transparency Supported" },
	{ 0, NULL }
};

static const struct tok cpsa_cct_flag2str[] = {
	{ 0x01, "Contiguous Concatenation Types Supported" },
	{ 0, NULL }
};

static const struct tok nsa_transparency_flag2str[] = {
	{ 0x01, "Standard SOH/RSOH Transparency Supported" },
	{ 0x02, "Standard LOH/MSOH Transparency Supported" },
	{ 0, NULL }
};

static const struct tok nsa_tcm_flag2str[] = {
	{ 0x01, "Transparent Tandem Connection Monitoring Supported" },
	{ 0, NULL }
};

static const struct tok nsa_diversity_flag2str[] = {
	{ 0x01, "Node Diversity Supported" },
	{ 0x02, "Link Diversity Supported" },
	{ 0x04, "SRLG Diversity Supported" },
	{ 0, NULL }
};

static const struct tok cpsa_link_type2str[] = {
	{ 5, "SDH ITU-T G.707" },
	{ 6, "SONET ANSI T1.105" },
	{ 0, NULL }
};

static const struct tok cpsa_sdh2str[] = {
	{ 5, "VC-3" },
	{ 6, "VC-4" },
	{ 7, "STM-0" },
	{ 8, "STM-1" },
	{ 9, "STM-4" },
	{ 10, "STM-16" },
	{ 11, "STM-64" },
	{ 12, "STM-256" },
	{ 0, NULL }
};

static const struct tok cpsa_sonet2str[] = {
	{ 5, "STS-1 SPE" },
	{ 6, "STS-3c SPE" },
	{ 7, "STS-1" },
	{ 8, "STM-3" },
	{ 9, "STM-12" },
	{ 10, "STM-48" },
	{ 11, "STM-192" },
	{ 12, "STM-768" },
	{ 0, NULL }
};

static const struct tok msg2str[] = {
	{ 1, "Config" },
	{ 2, "Config ACK" },
	{ 3, "Config NACK" },
	{ 4, "Hello" },
	{ 5, "Begin Verify" },
	{ 6, "Begin Verify ACK" },
	{ 7, "Begin Verify NACK" },
	{ 8, "End Verify" },
	{ 9, "End Verify ACK" },
	{ 10, "Test" },
	{ 11, "Test Status Success" },
	{ 12, "Test Status Failure" },
	{ 13, "Test Status ACK" },
	{ 14, "Link Summary" },
	{ 15, "Link Summary ACK" },
	{ 16, "Link Summary NACK" },
	{ 17, "Channel Status" },
	{ 18, "Channel Status ACK" },
	{ 19, "Channel Status Request" },
	{ 20, "Channel Status Response" },
	{ 50, "Service Config" },
	{ 51, "Service Config ACK" },
	{ 52, "Service Config NACK" },
	{ 0, NULL }
};

static const struct tok obj2str[] = {
	{ 1, "Control Channel ID" },
	{ 2, "Node ID" },
	{ 3, "Link ID" },
	{ 4, "Interface ID" },
	{ 5, "Message ID" },
	{ 6, "Configuration" },
	{ 7, "Hello" },
	{ 8, "Verify Begin" },
	{ 9, "Verify Begin ACK" },
	{ 10, "Verify ID" },
	{ 11, "TE Link" },
	{ 12, "Data Link" },
	{ 13, "Channel Status" },
	{ 14, "Channel Status Request" },
	{ 20, "Error Code" },
	{ 51, "Service Config" },
	{ 0, NULL }
};

static const struct tok subobj2str[] = {
	{ 1, "Interface Switching Type" },
	{ 2, "Wavelength" },
	{ 0, NULL }
};

#define CT(obj, ct) ((obj) * 256 + (ct))

static const struct tok ctype2str[] = {
	{ CT(1, 1), "Local" },
	{ CT(1, 2), "Remote" },
	{ CT(2, 1), "Local" },
	{ CT(2, 2), "Remote" },
	{ CT(3, 1), "IPv4 Local" },
	{ CT(3, 2), "IPv4 Remote" },
	{ CT(3, 3), "IPv6 Local" },
	{ CT(3, 4), "IPv6 Remote" },
	{ CT(3, 5), "Unnumbered Local" },
	{ CT(3, 6), "Unnumbered Remote" },
	{ CT(4, 1), "IPv4 Local" },
	{ CT(4, 2), "IPv4 Remote" },
	{ CT(4, 3), "IPv6 Local" },
	{ CT(4, 4), "IPv6 Remote" },
	{ CT(4, 5), "Unnumbered Local" },
	{ CT(4, 6), "Unnumbered Remote" },
	{ CT(5, 1), "1" },
	{ CT(5, 2), "2" },
	{ CT(6, 1), "1" },
	{ CT(7, 1), "1" },
	{ CT(8, 1), "1" },
	{ CT(9, 1), "1" },
	{ CT(10, 1), "1" },
	{ CT(11, 1), "IPv4" },
	{ CT(11, 2), "IPv6" },
	{ CT(11, 3), "Unnumbered" },
	{ CT(12, 1), "IPv4" },
	{ CT(12, 2), "IPv6" },
	{ CT(12, 3), "Unnumbered" },
	{ CT(13, 1), "IPv4" },
	{ CT(13, 2), "IPv6" },
	{ CT(13, 3), "Unnumbered" },
	{ CT(14, 1), "IPv4" },
	{ CT(14, 2), "IPv6" },
	{ CT(14, 3), "Unnumbered" },
	{ CT(20, 1), "1" },
	{ CT(20, 2), "2" },
	{ CT(51, 1), "1" },
	{ CT(51, 2), "2" },
	{ CT(51, 3), "3" },
	{ CT(51, 4), "4" },
	{ 0, NULL }
};

DECODE_PORT(UDP, 340, 701, 701, PORT_EITHER, lmp_print)
DECODE_PT("lmp", UDP, lmp_print)

/* An object's contents: captured from v (reads past it are checked),
 * its length, its C-Type. */
struct lobj {
	struct dctx *d;
	struct cursor v;
	unsigned len, ctype;
};

static bool need(const struct lobj *o, unsigned n)
{
	return rt_has(&o->v, 0, n);
}

/* "ADDR (0x%08x)" of an IPv4 (4), IPv6 (6) or unnumbered (0) id. */
static void id_print(const struct lobj *o, unsigned off, int kind)
{
	if (kind == 0)
		out_fmt("%u", cur_peek_be32(&o->v, off));
	else
		rt_addr_at(o->d, o->v, off, kind);
	out_fmt(" (0x%08x)", cur_peek_be32(&o->v, off));
}

/* Data link subobjects from off; 1 when the rest wants a hex dump, 0,
 * or LMP_TRUNC. */
static int subobjs_print(const struct lobj *o, int total, unsigned off)
{
	unsigned type, len;

	while (total > 0) {
		if (!rt_has(&o->v, off, 2))
			return LMP_TRUNC;
		type = cur_peek(&o->v, off);
		len = cur_peek(&o->v, off + 1);
		out_str("\n\t    Subobject, Type: ");
		tok_print(subobj2str, type, "Unknown");
		out_fmt(" (%u), Length: %u", type, len);
		if (len < 4) {
			out_str(" (too short)");
			break;
		}
		if (len % 4) {
			out_str(" (not a multiple of 4)");
			break;
		}
		if (total < (int)len) {
			out_str(" (goes past the end of the object)");
			break;
		}
		if (type == 1) {
			if (!rt_has(&o->v, off + 2, 1))
				return LMP_TRUNC;
			out_str("\n\t      Switching Type: ");
			tok_print(rt_gmpls_switch_cap, cur_peek(&o->v, off + 2),
				  "Unknown");
			out_fmt(" (%u)", cur_peek(&o->v, off + 2));
			if (!rt_has(&o->v, off + 3, 1))
				return LMP_TRUNC;
			out_str("\n\t      Encoding Type: ");
			tok_print(rt_gmpls_encoding, cur_peek(&o->v, off + 3),
				  "Unknown");
			out_fmt(" (%u)", cur_peek(&o->v, off + 3));
			if (!rt_has(&o->v, off + 4, 4))
				return LMP_TRUNC;
			out_fmt("\n\t      Min Reservable Bandwidth: %.3f Mbps",
				(double)(rt_float(cur_peek_be32(&o->v, off + 4)) *
					 8 / 1000000));
			if (!rt_has(&o->v, off + 8, 4))
				return LMP_TRUNC;
			out_fmt("\n\t      Max Reservable Bandwidth: %.3f Mbps",
				(double)(rt_float(cur_peek_be32(&o->v, off + 8)) *
					 8 / 1000000));
		} else if (type == 2) {
			if (!rt_has(&o->v, off + 4, 4))
				return LMP_TRUNC;
			out_fmt("\n\t      Wavelength: %u",
				cur_peek_be32(&o->v, off + 4));
		} else {
			return 1;
		}
		total -= (int)len;
		off += len;
	}
	return 0;
}

/* The kind of address of C-Type ct for the TE/data link objects. */
static int link_kind(unsigned ct)
{
	return ct == 1 ? 4 : ct == 2 ? 6 : 0;
}

static int links_print(const struct lobj *o, bool te)
{
	int kind = link_kind(o->ctype);
	unsigned a = kind == 6 ? 16 : 4;
	bool bad = te ? o->len != 4 + 2 * a : o->len < 4 + 2 * a;

	if (o->ctype < 1 || o->ctype > 3)
		return 1;
	if (bad) {
		out_str(" (not correct for object)");
		return 0;
	}
	if (!need(o, 4 + 2 * a))
		return LMP_TRUNC;
	out_str("\n\t    Flags: [");
	tok_bits_print(te ? te_link_flag2str : data_link_flag2str,
		       cur_peek(&o->v, 0), ", ", "none");
	out_fmt(te ? "]\n\t    Local Link-ID: " : "]\n\t    Local Interface ID: ");
	id_print(o, 4, kind);
	out_str(te ? "\n\t    Remote Link-ID: " : "\n\t    Remote Interface ID: ");
	id_print(o, 4 + a, kind);
	if (te)
		return 0;
	return subobjs_print(o, (int)(o->len - 4 - 2 * a), 4 + 2 * a);
}

/* Channel Status (pairs of interface and status) and its Request
 * (interfaces only). */
static int channels_print(const struct lobj *o, bool status)
{
	int kind = link_kind(o->ctype);
	unsigned a = kind == 6 ? 16 : 4, step = a + (status ? 4 : 0), off;
	uint32_t s;

	if (o->ctype < 1 || o->ctype > 3)
		return 1;
	for (off = 0; off + step <= o->len; off += step) {
		if (!need(o, off + step))
			return LMP_TRUNC;
		out_str("\n\t    Interface ID: ");
		id_print(o, off, kind);
		if (!status)
			continue;
		s = cur_peek_be32(&o->v, off + a);
		out_fmt("\n\t\t    Active: %s (%u)", s >> 31 ? "Allocated" :
			"Non-allocated", s >> 31);
		out_fmt("\n\t\t    Direction: %s (%u)", (s >> 30) & 1 ?
			"Transmit" : "Receive", (s >> 30) & 1);
		out_str("\n\t\t    Channel Status: ");
		tok_print(channel_status2str, s & 0x3ffffff, "Unknown");
		out_fmt(" (%u)", s & 0x3ffffff);
	}
	return 0;
}

static void verify_begin_print(const struct lobj *o)
{
	unsigned m = cur_peek_be16(&o->v, 10);

	out_str("\n\t    Flags: ");
	tok_bits_print(begin_verify_flag2str, cur_peek_be16(&o->v, 0), ", ",
		       "none");
	out_fmt("\n\t    Verify Interval: %u\n\t    Data links: %u",
		cur_peek_be16(&o->v, 2), cur_peek_be32(&o->v, 4));
	out_str("\n\t    Encoding type: ");
	tok_print(rt_gmpls_encoding, cur_peek(&o->v, 8), "Unknown");
	out_fmt("\n\t    Verify Transport Mechanism: %u (0x%x)%s", m, m,
		m & 8000 ? " (Payload test messages capable)" : "");
	out_fmt("\n\t    Transmission Rate: %.3f Mbps",
		(double)(rt_float(cur_peek_be32(&o->v, 12)) * 8 / 1000000));
	out_fmt("\n\t    Wavelength: %u", cur_peek_be32(&o->v, 16));
}

static void service_config_print(const struct lobj *o)
{
	unsigned t;

	switch (o->ctype) {
	case 1:
		out_str("\n\t Flags: ");
		tok_bits_print(sp_flag2str, cur_peek(&o->v, 0), ", ", "none");
		out_fmt("\n\t  UNI Version: %u", cur_peek(&o->v, 1));
		break;
	case 2:
		t = cur_peek(&o->v, 0);
		out_str("\n\t Link Type: ");
		tok_print(cpsa_link_type2str, t, "Unknown");
		out_fmt(" (%u)", t);
		if (t == 5 || t == 6) {
			out_str("\n\t Signal Type: ");
			tok_print(t == 5 ? cpsa_sdh2str : cpsa_sonet2str,
				  cur_peek(&o->v, 1), "Unknown");
			out_fmt(" (%u)", cur_peek(&o->v, 1));
		}
		out_str("\n\t Transparency: ");
		tok_bits_print(cpsa_tp_flag2str, cur_peek(&o->v, 2), ", ", "none");
		out_str("\n\t Contiguous Concatenation Types: ");
		tok_bits_print(cpsa_cct_flag2str, cur_peek(&o->v, 3), ", ", "none");
		out_fmt("\n\t Minimum NCC: %u\n\t Maximum NCC: %u"
			"\n\t Minimum NVC:%u\n\t Maximum NVC:%u"
			"\n\t    Local Interface ID: ", cur_peek_be16(&o->v, 4),
			cur_peek_be16(&o->v, 6), cur_peek_be16(&o->v, 8),
			cur_peek_be16(&o->v, 10));
		id_print(o, 12, 4);
		break;
	case 3:
		out_str("\n\t Transparency Flags: ");
		tok_bits_print(nsa_transparency_flag2str,
			       cur_peek_be32(&o->v, 0), ", ", "none");
		out_str("\n\t TCM Monitoring Flags: ");
		tok_bits_print(nsa_tcm_flag2str, cur_peek(&o->v, 7), ", ", "none");
		break;
	case 4:
		out_str("\n\t Diversity: Flags: ");
		tok_bits_print(nsa_diversity_flag2str, cur_peek(&o->v, 3), ", ",
			       "none");
		break;
	}
}

/* The exact length a fixed object of class cls and C-Type ct has, or
 * 0 when tcpdump has no decoder for the pair. */
static unsigned fixed_len(unsigned cls, unsigned ct)
{
	switch (cls) {
	case OBJ_CC_ID:
	case OBJ_NODE_ID:
		return ct == 1 || ct == 2 ? 4 : 0;
	case OBJ_LINK_ID:
	case OBJ_INTERFACE_ID:
		return ct >= 1 && ct <= 6 ? (ct == 3 || ct == 4 ? 16 : 4) : 0;
	case OBJ_MESSAGE_ID:
		return ct == 1 || ct == 2 ? 4 : 0;
	case OBJ_CONFIG:
	case OBJ_VERIFY_BEGIN_ACK:
	case OBJ_VERIFY_ID:
		return ct == 1 ? 4 : 0;
	case OBJ_HELLO:
		return ct == 1 ? 8 : 0;
	case OBJ_VERIFY_BEGIN:
		return ct == 1 ? 20 : 0;
	case OBJ_ERROR_CODE:
		return ct == 1 || ct == 2 ? 4 : 0;
	case OBJ_SERVICE_CONFIG:
		return ct == 1 || ct == 4 ? 4 : ct == 2 ? 16 : ct == 3 ? 8 : 0;
	}
	return 0;
}

static void fixed_print(const struct lobj *o, unsigned cls)
{
	uint32_t w = cur_peek_be32(&o->v, 0);
	unsigned ct = o->ctype;

	switch (cls) {
	case OBJ_CC_ID:
		out_fmt("\n\t    Control Channel ID: %u (0x%08x)", w, w);
		break;
	case OBJ_NODE_ID:
		out_str("\n\t    Node ID: ");
		id_print(o, 0, 4);
		break;
	case OBJ_LINK_ID:
	case OBJ_INTERFACE_ID:
		out_str(ct <= 2 ? "\n\t    IPv4 Link ID: " : ct <= 4 ?
			"\n\t    IPv6 Link ID: " : "\n\t    Link ID: ");
		id_print(o, 0, ct <= 2 ? 4 : ct <= 4 ? 6 : 0);
		break;
	case OBJ_MESSAGE_ID:
		out_fmt(ct == 1 ? "\n\t    Message ID: %u (0x%08x)" :
			"\n\t    Message ID Ack: %u (0x%08x)", w, w);
		break;
	case OBJ_CONFIG:
		out_fmt("\n\t    Hello Interval: %u\n\t    Hello Dead Interval: %u",
			w >> 16, w & 0xffff);
		break;
	case OBJ_HELLO:
		out_fmt("\n\t    Tx Seq: %u, Rx Seq: %u", w,
			cur_peek_be32(&o->v, 4));
		break;
	case OBJ_VERIFY_BEGIN:
		verify_begin_print(o);
		break;
	case OBJ_VERIFY_BEGIN_ACK:
		out_fmt("\n\t    Verify Dead Interval: %u"
			"\n\t    Verify Transport Response: %u", w >> 16, w & 0xffff);
		break;
	case OBJ_VERIFY_ID:
		out_fmt("\n\t    Verify ID: %u", w);
		break;
	case OBJ_ERROR_CODE:
		out_str("\n\t    Error Code: ");
		tok_bits_print(ct == 1 ? begin_verify_error2str :
			       link_summary_error2str, w, ", ", "none");
		break;
	case OBJ_SERVICE_CONFIG:
		service_config_print(o);
		break;
	}
}

/* An object's contents; 1 when it wants the hex dump, 0, or
 * LMP_TRUNC. */
static int body_print(const struct lobj *o, unsigned cls)
{
	unsigned want;

	switch (cls) {
	case OBJ_TE_LINK:
	case OBJ_DATA_LINK:
		return links_print(o, cls == OBJ_TE_LINK);
	case OBJ_CHANNEL_STATUS:
	case OBJ_CHANNEL_STATUS_REQ:
		return channels_print(o, cls == OBJ_CHANNEL_STATUS);
	case OBJ_CC_ID: case OBJ_NODE_ID: case OBJ_LINK_ID:
	case OBJ_INTERFACE_ID: case OBJ_MESSAGE_ID: case OBJ_CONFIG:
	case OBJ_HELLO: case OBJ_VERIFY_BEGIN: case OBJ_VERIFY_BEGIN_ACK:
	case OBJ_VERIFY_ID: case OBJ_ERROR_CODE: case OBJ_SERVICE_CONFIG:
		want = fixed_len(cls, o->ctype);
		if (!want)
			return 1;
		if (o->len != want) {
			out_str(" (not correct for object)");
			return 0;
		}
		if (!need(o, want))
			return LMP_TRUNC;
		fixed_print(o, cls);
		return 0;
	}
	if (o->d->vflag <= 1)
		decode_hex_ident(o->v, o->len, "\n\t    ");
	return 0;
}

static bool objects_print(struct dctx *d, struct cursor c, unsigned tlen)
{
	unsigned olen, cls, ct;
	struct lobj o;
	int r;

	while (tlen > 0) {
		if (!cur_has(&c, 4))
			return false;
		olen = cur_peek_be16(&c, 2);
		cls = cur_peek(&c, 1);
		ct = cur_peek(&c, 0) & 0x7f;
		out_str("\n\t  ");
		tok_print(obj2str, cls, "Unknown");
		out_fmt(" Object (%u), Class-Type: ", cls);
		tok_print(ctype2str, cls * 256 + ct, "Unknown");
		out_fmt(" (%u) Flags: [%snegotiable], length: %u", ct,
			cur_peek(&c, 0) & 0x80 ? "" : "non-", olen);
		if (olen < 4) {
			out_str(" (too short)");
			return true;
		}
		if (olen % 4) {
			out_str(" (not a multiple of 4)");
			return true;
		}
		/* tcpdump checks the whole object is captured first */
		if (!cur_has(&c, olen))
			return false;
		o.d = d;
		o.v = c;
		cur_skip(&o.v, 4);
		o.len = olen - 4;
		o.ctype = ct;
		r = body_print(&o, cls);
		if (r == LMP_TRUNC)
			return false;
		if (d->vflag > 1 || r == 1) {
			if (!cur_has(&o.v, o.len))
				return false;
			decode_hex_ident(o.v, o.len, "\n\t    ");
		}
		if (tlen < olen) {
			out_fmt(" [remaining objects length %u < %u] (invalid)",
				tlen, olen);
			return true;
		}
		cur_skip(&c, olen);
		tlen -= olen;
	}
	return true;
}

void lmp_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct l4info *l4 DECODE_UNUSED)
{
	unsigned v, type, tlen;

	if (!cur_has(&c, 8))
		goto trunc;
	v = cur_peek(&c, 0) >> 4;
	if (v != 1) {
		out_fmt("LMP version %u packet not supported", v);
		return;
	}
	type = cur_peek(&c, 3);
	if (!d->vflag) {
		out_fmt("LMPv%u ", v);
		tok_print(msg2str, type, "unknown (%u)");
		out_fmt(" Message, length: %u", len);
		return;
	}
	tlen = cur_peek_be16(&c, 4);
	out_fmt("\n\tLMPv%u, msg-type: ", v);
	tok_print(msg2str, type, "unknown, type: %u");
	out_str(", Flags: [");
	tok_bits_print(hdr_flag2str, cur_peek(&c, 2), ", ", "none");
	out_fmt("], length: %u", tlen);
	if (tlen < 8) {
		out_str(" (too short)");
		return;
	}
	if (tlen > len) {
		out_str(" (too long)");
		tlen = len;
	}
	cur_skip(&c, 8);
	if (objects_print(d, c, tlen - 8))
		return;
trunc:
	decode_trunc_cut(d, "lmp");
}
