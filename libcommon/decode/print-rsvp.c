/* print-rsvp.c - RSVP (RFC 2205) with the TE (RFC 3209), GMPLS (RFC
 * 3473), refresh reduction (RFC 2961), fast reroute (RFC 4090) and OIF
 * UNI objects; IP protocol 46.
 *
 *   | Vers | Flags | Msg Type | Checksum | Send_TTL | rsvd | Length |
 *   objects: | Length | Class-Num | C-Type | contents |
 * Output as tcpdump 4.99 print-rsvp.c.
 */
#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

enum {
	MSG_PATH = 1, MSG_RESV, MSG_PATHERR, MSG_RESVERR, MSG_PATHTEAR,
	MSG_RESVTEAR, MSG_RESVCONF, MSG_BUNDLE = 12, MSG_ACK,
	MSG_HELLO_OLD, MSG_SREFRESH, MSG_HELLO = 20, HDR_LEN = 8,
};

static const struct tok msg2str[] = {
	{ 1, "Path" },
	{ 2, "Resv" },
	{ 3, "PathErr" },
	{ 4, "ResvErr" },
	{ 5, "PathTear" },
	{ 6, "ResvTear" },
	{ 7, "ResvConf" },
	{ 12, "Bundle" },
	{ 13, "Acknowledgement" },
	{ 14, "Hello (Old)" },
	{ 15, "Refresh" },
	{ 20, "Hello" },
	{ 0, NULL }
};

static const struct tok hdr_flag2str[] = {
	{ 0x01, "Refresh reduction capable" },
	{ 0, NULL }
};

static const struct tok capability_flag2str[] = {
	{ 0x0004, "RecoveryPath Transmit Enabled" },
	{ 0x0002, "RecoveryPath Desired" },
	{ 0x0001, "RecoveryPath Srefresh Capable" },
	{ 0, NULL }
};

enum {
	OBJ_SESSION = 1, OBJ_RSVP_HOP = 3, OBJ_INTEGRITY = 4,
	OBJ_TIME_VALUES = 5, OBJ_ERROR_SPEC = 6, OBJ_STYLE = 8,
	OBJ_FLOWSPEC = 9, OBJ_FILTERSPEC = 10, OBJ_SENDER_TEMPLATE = 11,
	OBJ_SENDER_TSPEC = 12, OBJ_ADSPEC = 13, OBJ_CONFIRM = 15,
	OBJ_LABEL = 16, OBJ_LABEL_REQ = 19, OBJ_ERO = 20, OBJ_RRO = 21,
	OBJ_HELLO = 22, OBJ_MESSAGE_ID = 23, OBJ_MESSAGE_ID_ACK = 24,
	OBJ_MESSAGE_ID_LIST = 25, OBJ_RECOVERY_LABEL = 34,
	OBJ_UPSTREAM_LABEL = 35, OBJ_LABEL_SET = 36, OBJ_S2L = 50,
	OBJ_DETOUR = 63, OBJ_CLASSTYPE = 66, OBJ_CLASSTYPE_OLD = 125,
	OBJ_SUGGESTED_LABEL = 129, OBJ_RESTART_CAPABILITY = 131,
	OBJ_CAPABILITY = 134, OBJ_NOTIFY_REQ = 195, OBJ_ADMIN_STATUS = 196,
	OBJ_PROPERTIES = 204, OBJ_FASTREROUTE = 205,
	OBJ_SESSION_ATTRIBUTE = 207, OBJ_GENERALIZED_UNI = 229,
};

static const struct tok obj2str[] = {
	{ 1, "Session" },
	{ 3, "RSVP Hop" },
	{ 4, "Integrity" },
	{ 5, "Time Values" },
	{ 6, "Error Spec" },
	{ 7, "Scope" },
	{ 8, "Style" },
	{ 9, "Flowspec" },
	{ 10, "FilterSpec" },
	{ 11, "Sender Template" },
	{ 12, "Sender TSpec" },
	{ 13, "Adspec" },
	{ 14, "Policy Data" },
	{ 15, "Confirm" },
	{ 16, "Label" },
	{ 19, "Label Request" },
	{ 20, "ERO" },
	{ 21, "RRO" },
	{ 22, "Hello" },
	{ 23, "Message ID" },
	{ 24, "Message ID Ack" },
	{ 25, "Message ID List" },
	{ 34, "Recovery Label" },
	{ 35, "Upstream Label" },
	{ 36, "Label Set" },
	{ 130, "Acceptable Label Set" },
	{ 63, "Detour" },
	{ 66, "Class Type" },
	{ 125, "Class Type (old)" },
	{ 129, "Suggested Label" },
	{ 204, "Properties" },
	{ 205, "Fast Re-Route" },
	{ 207, "Session Attribute" },
	{ 229, "Generalized UNI" },
	{ 230, "Call-ID" },
	{ 236, "Call Capability" },
	{ 131, "Restart Capability" },
	{ 134, "Capability" },
	{ 195, "Notify Request" },
	{ 37, "Protection" },
	{ 196, "Administrative Status" },
	{ 50, "Sub-LSP to LSP" },
	{ 0, NULL }
};

#define CT(obj, ct) ((obj) * 256 + (ct))

static const struct tok ctype2str[] = {
	{ CT(3, 1), "IPv4" },
	{ CT(3, 2), "IPv6" },
	{ CT(3, 3), "IPv4 plus opt. TLVs" },
	{ CT(3, 4), "IPv6 plus opt. TLVs" },
	{ CT(195, 1), "IPv4" },
	{ CT(195, 2), "IPv6" },
	{ CT(15, 1), "IPv4" },
	{ CT(15, 2), "IPv6" },
	{ CT(5, 1), "1" },
	{ CT(9, 1), "obsolete" },
	{ CT(9, 2), "IntServ" },
	{ CT(12, 2), "IntServ" },
	{ CT(13, 2), "IntServ" },
	{ CT(10, 1), "IPv4" },
	{ CT(10, 2), "IPv6" },
	{ CT(10, 3), "IPv6 Flow-label" },
	{ CT(10, 7), "Tunnel IPv4" },
	{ CT(10, 12), "IPv4 P2MP LSP Tunnel" },
	{ CT(10, 13), "IPv6 P2MP LSP Tunnel" },
	{ CT(1, 1), "IPv4" },
	{ CT(1, 2), "IPv6" },
	{ CT(1, 7), "Tunnel IPv4" },
	{ CT(1, 11), "UNI IPv4" },
	{ CT(1, 13), "IPv4 P2MP LSP Tunnel" },
	{ CT(1, 14), "IPv6 P2MP LSP Tunnel" },
	{ CT(11, 1), "IPv4" },
	{ CT(11, 2), "IPv6" },
	{ CT(11, 7), "Tunnel IPv4" },
	{ CT(11, 12), "IPv4 P2MP LSP Tunnel" },
	{ CT(11, 13), "IPv6 P2MP LSP Tunnel" },
	{ CT(23, 1), "1" },
	{ CT(24, 1), "Message id ack" },
	{ CT(24, 2), "Message id nack" },
	{ CT(25, 1), "1" },
	{ CT(8, 1), "1" },
	{ CT(22, 1), "Hello Request" },
	{ CT(22, 2), "Hello Ack" },
	{ CT(19, 1), "without label range" },
	{ CT(19, 2), "with ATM label range" },
	{ CT(19, 3), "with FR label range" },
	{ CT(19, 4), "Generalized Label" },
	{ CT(16, 1), "Label" },
	{ CT(16, 2), "Generalized Label" },
	{ CT(16, 3), "Waveband Switching" },
	{ CT(129, 1), "Label" },
	{ CT(129, 2), "Generalized Label" },
	{ CT(129, 3), "Waveband Switching" },
	{ CT(35, 1), "Label" },
	{ CT(35, 2), "Generalized Label" },
	{ CT(35, 3), "Waveband Switching" },
	{ CT(34, 1), "Label" },
	{ CT(34, 2), "Generalized Label" },
	{ CT(34, 3), "Waveband Switching" },
	{ CT(20, 1), "IPv4" },
	{ CT(21, 1), "IPv4" },
	{ CT(6, 1), "IPv4" },
	{ CT(6, 2), "IPv6" },
	{ CT(6, 3), "IPv4 plus opt. TLVs" },
	{ CT(6, 4), "IPv6 plus opt. TLVs" },
	{ CT(131, 1), "IPv4" },
	{ CT(134, 1), "1" },
	{ CT(207, 7), "Tunnel IPv4" },
	{ CT(205, 7), "Tunnel IPv4" },
	{ CT(205, 1), "1" },
	{ CT(63, 7), "Tunnel IPv4" },
	{ CT(204, 1), "1" },
	{ CT(196, 1), "1" },
	{ CT(66, 1), "1" },
	{ CT(125, 1), "1" },
	{ CT(36, 1), "1" },
	{ CT(229, 1), "1" },
	{ CT(50, 1), "IPv4 sub-LSP" },
	{ CT(50, 2), "IPv6 sub-LSP" },
	{ 0, NULL }
};

static const struct tok integrity_flag2str[] = {
	{ 0x80, "Handshake" },
	{ 0, NULL }
};

static const struct tok xro2str[] = {
	{ 0, "Reserved" },
	{ 1, "IPv4 prefix" },
	{ 2, "IPv6 prefix" },
	{ 3, "Label" },
	{ 32, "Autonomous system number" },
	{ 64, "MPLS label switched path termination" },
	{ 0, NULL }
};

static const struct tok rro_flag2str[] = {
	{ 0x01, "Local protection available" },
	{ 0x02, "Local protection in use" },
	{ 0x04, "Bandwidth protection" },
	{ 0x08, "Node protection" },
	{ 0, NULL }
};

static const struct tok rro_label_flag2str[] = {
	{ 0x01, "Global" },
	{ 0, NULL }
};

static const struct tok resstyle2str[] = {
	{ 17, "Wildcard Filter" },
	{ 10, "Fixed Filter" },
	{ 18, "Shared Explicit" },
	{ 0, NULL }
};

static const struct tok intserv_service2str[] = {
	{ 1, "Default/Global Information" },
	{ 2, "Guaranteed Service" },
	{ 5, "Controlled Load" },
	{ 0, NULL }
};

static const struct tok intserv_param2str[] = {
	{ 4, "IS hop cnt" },
	{ 6, "Path b/w estimate" },
	{ 8, "Minimum path latency" },
	{ 10, "Composed MTU" },
	{ 127, "Token Bucket TSpec" },
	{ 130, "Guaranteed Service RSpec" },
	{ 133, "End-to-end composed value for C" },
	{ 134, "End-to-end composed value for D" },
	{ 135, "Since-last-reshaping point composed C" },
	{ 136, "Since-last-reshaping point composed D" },
	{ 0, NULL }
};

static const struct tok session_attr_flag2str[] = {
	{ 0x01, "Local Protection" },
	{ 0x02, "Label Recording" },
	{ 0x04, "SE Style" },
	{ 0x08, "Bandwidth protection" },
	{ 0x10, "Node protection" },
	{ 0, NULL }
};

static const struct tok prop_tlv2str[] = {
	{ 0x01, "Cos" },
	{ 0x02, "Metric 1" },
	{ 0x04, "Metric 2" },
	{ 0x08, "CCC Status" },
	{ 0x10, "Path Type" },
	{ 0, NULL }
};

static const struct tok error_code2str[] = {
	{ 24, "Routing Problem" },
	{ 25, "Notify Error" },
	{ 28, "Diffserv TE Error" },
	{ 125, "Diffserv TE Error (Old)" },
	{ 0, NULL }
};

static const struct tok error_routing2str[] = {
	{ 1, "Bad EXPLICIT_ROUTE object" },
	{ 2, "Bad strict node" },
	{ 3, "Bad loose node" },
	{ 4, "Bad initial subobject" },
	{ 5, "No route available toward destination" },
	{ 6, "Unacceptable label value" },
	{ 7, "RRO indicated routing loops" },
	{ 8, "non-RSVP-capable router in the path" },
	{ 9, "MPLS label allocation failure" },
	{ 10, "Unsupported L3PID" },
	{ 0, NULL }
};

static const struct tok error_diffserv2str[] = {
	{ 1, "Unexpected CT object" },
	{ 2, "Unsupported CT" },
	{ 3, "Invalid CT value" },
	{ 4, "CT/setup priority do not form a configured TE-Class" },
	{ 5, "CT/holding priority do not form a configured TE-Class" },
	{ 6, "CT/setup priority and CT/holding priority do not form a "
	     "configured TE-Class" },
	{ 7, "Inconsistency between signaled PSC and signaled CT" },
	{ 8, "Inconsistency between signaled PHBs and signaled CT" },
	{ 0, NULL }
};

static const struct tok admin_status_flag2str[] = {
	{ 0x80000000, "Reflect" },
	{ 0x00000004, "Testing" },
	{ 0x00000002, "Admin-down" },
	{ 0x00000001, "Delete-in-progress" },
	{ 0, NULL }
};

static const struct tok label_set_action2str[] = {
	{ 0, "Inclusive list" },
	{ 1, "Exclusive list" },
	{ 2, "Inclusive range" },
	{ 3, "Exclusive range" },
	{ 0, NULL }
};

static const struct tok gen_uni2str[] = {
	{ 1, "Source TNA address" },
	{ 2, "Destination TNA address" },
	{ 3, "Diversity" },
	{ 4, "Egress label" },
	{ 5, "Service level" },
	{ 0, NULL }
};

DECODE_KEY(IPPROTO, 46, rsvp_print)

/* What an object printer says: done (with or without the hex dump
 * tcpdump adds), or the error that ends the message. */
enum { R_OK, R_HEX, R_SHORT, R_SUBSHORT, R_INVALID, R_TRUNC, R_STOP };

/* An object's body: its cursor (captured), length, C-Type, indent. */
struct obj {
	struct dctx *d;
	struct cursor v;
	unsigned len, ctype;
	const char *ind;
};

static void a4(const struct obj *o, unsigned off)
{
	rt_addr_at(o->d, o->v, off, 4);
}

static void a6(const struct obj *o, unsigned off)
{
	rt_addr_at(o->d, o->v, off, 6);
}

static unsigned u8(const struct obj *o, unsigned off)
{
	return cur_peek(&o->v, off);
}

static unsigned u16(const struct obj *o, unsigned off)
{
	return cur_peek_be16(&o->v, off);
}

static uint32_t u32(const struct obj *o, unsigned off)
{
	return cur_peek_be32(&o->v, off);
}

static int session_print(struct obj *o)
{
	switch (o->ctype) {
	case 1:
	case 2: {
		unsigned n = o->ctype == 1 ? 4 : 16;

		if (o->len < n + 4)
			return R_SHORT;
		out_fmt("%s  IPv%c DestAddress: ", o->ind, o->ctype == 1 ? '4' : '6');
		rt_addr_at(o->d, o->v, 0, o->ctype == 1 ? 4 : 6);
		out_fmt(", Protocol ID: 0x%02x%s  Flags: [0x%02x], DestPort %u",
			u8(o, n), o->ind, u8(o, n + 1), u16(o, n + 2));
		return R_OK;
	}
	case 8:
		if (o->len < 36)
			return R_SHORT;
		out_fmt("%s  IPv6 Tunnel EndPoint: ", o->ind);
		a6(o, 0);
		out_fmt(", Tunnel ID: 0x%04x, Extended Tunnel ID: ", u16(o, 18));
		a6(o, 20);
		return R_OK;
	case 14:
		if (o->len < 26)
			return R_SHORT;
		out_fmt("%s  IPv6 P2MP LSP ID: 0x%08x, Tunnel ID: 0x%04x, "
			"Extended Tunnel ID: ", o->ind, u32(o, 0), u16(o, 6));
		a6(o, 8);
		return R_OK;
	case 13:
	case 7:
	case 11:
		if (o->len < 12)
			return R_SHORT;
		out_fmt("%s  IPv4 %s: ", o->ind, o->ctype == 13 ?
			"P2MP LSP ID" : "Tunnel EndPoint");
		a4(o, 0);
		out_fmt(", Tunnel ID: 0x%04x, Extended Tunnel ID: ", u16(o, 6));
		a4(o, 8);
		return R_OK;
	}
	return R_HEX;
}

/* Objects holding one IPv4 (C-Type 1) or IPv6 (2) address. */
static int addr_obj(struct obj *o, const char *what)
{
	unsigned n = o->ctype == 1 ? 4 : 16;

	if (o->ctype != 1 && o->ctype != 2)
		return R_HEX;
	if (o->len < n)
		return R_SHORT;
	out_fmt("%s  IPv%c %s: ", o->ind, o->ctype == 1 ? '4' : '6', what);
	rt_addr_at(o->d, o->v, 0, o->ctype == 1 ? 4 : 6);
	return R_OK;
}

static int label_print(struct obj *o)
{
	unsigned off;

	switch (o->ctype) {
	case 1:
		for (off = 0; off + 4 <= o->len; off += 4)
			out_fmt("%s  Label: %u", o->ind, u32(o, off));
		return R_OK;
	case 2:
		if (o->len < 4)
			return R_SHORT;
		out_fmt("%s  Generalized Label: %u", o->ind, u32(o, 0));
		return R_OK;
	case 3:
		if (o->len < 12)
			return R_SHORT;
		out_fmt("%s  Waveband ID: %u%s  Start Label: %u, Stop Label: %u",
			o->ind, u32(o, 0), o->ind, u32(o, 4), u32(o, 8));
		return R_OK;
	}
	return R_HEX;
}

/* Sender Template (11) and FilterSpec (10) share their forms. */
static int sender_print(struct obj *o, bool filter)
{
	switch (o->ctype) {
	case 1:
	case 2:
		if (o->len < (o->ctype == 1 ? 8u : 20u))
			return R_SHORT;
		out_fmt("%s  Source Address: ", o->ind);
		rt_addr_at(o->d, o->v, 0, o->ctype == 1 ? 4 : 6);
		out_fmt(", Source Port: %u", u16(o, o->ctype == 1 ? 6 : 18));
		return R_OK;
	case 3:
		if (!filter)
			break;
		if (o->len < 20)
			return R_SHORT;
		out_fmt("%s  Source Address: ", o->ind);
		a6(o, 0);
		out_fmt(", Flow Label: %u", u32(o, 16) & 0xffffff);
		return R_OK;
	case 8:
		if (!filter)
			break;
		if (o->len < 20)
			return R_SHORT;
		/* tcpdump prints the first four bytes as IPv4 here */
		out_fmt("%s  Source Address: ", o->ind);
		a4(o, 0);
		out_fmt(", LSP-ID: 0x%04x", u16(o, 18));
		return R_OK;
	case 7:
		if (o->len < 8)
			return R_SHORT;
		out_fmt(filter ? "%s  Source Address: " :
			"%s  IPv4 Tunnel Sender Address: ", o->ind);
		a4(o, 0);
		out_fmt(filter ? ", LSP-ID: 0x%04x" : ", LSP-ID: 0x%04x",
			u16(o, 6));
		return R_OK;
	case 12:
	case 13: {
		bool v6 = o->ctype == 13;

		if (o->len < (v6 ? 40u : 16u))
			return R_SHORT;
		out_fmt("%s  IPv%c Tunnel Sender Address: ", o->ind, v6 ? '6' : '4');
		rt_addr_at(o->d, o->v, 0, v6 ? 6 : 4);
		out_fmt(", LSP ID: 0x%04x%s  Sub-Group Originator ID: ",
			u16(o, v6 ? 18 : 6), o->ind);
		rt_addr_at(o->d, o->v, v6 ? 20 : 8, v6 ? 6 : 4);
		out_fmt(", Sub-Group ID: 0x%04x", u16(o, v6 ? 38 : 12));
		return R_OK;
	}
	}
	return R_HEX;
}

static void l3pid_print(const struct obj *o)
{
	const char *s = ethertype_name(u16(o, 2));

	out_fmt("%s  L3 Protocol ID: ", o->ind);
	if (s)
		out_str(s);
	else
		out_fmt("Unknown Protocol (0x%04x)", u16(o, 2));
}

static int label_req_print(struct obj *o)
{
	unsigned off;

	switch (o->ctype) {
	case 1:
		for (off = 0; off + 4 <= o->len; off += 4) {
			struct obj e = *o;

			cur_skip(&e.v, off);
			l3pid_print(&e);
		}
		return R_OK;
	case 2:
		if (o->len < 12)
			return R_SHORT;
		l3pid_print(o);
		out_fmt(",%s merge capability", u8(o, 4) & 0x80 ? "no" : "");
		out_fmt("%s  Minimum VPI/VCI: %u/%u%s  Maximum VPI/VCI: %u/%u",
			o->ind, u16(o, 4) & 0xfff, u16(o, 6) & 0xfff, o->ind,
			u16(o, 8) & 0xfff, u16(o, 10) & 0xfff);
		return R_OK;
	case 3:
		if (o->len < 12)
			return R_SHORT;
		l3pid_print(o);
		out_fmt("%s  Minimum/Maximum DLCI: %u/%u, %s%s bit DLCI", o->ind,
			u32(o, 4) & 0x7fffff, u32(o, 8) & 0x7fffff,
			((u16(o, 4) >> 7) & 3) == 0 ? "10" : "",
			((u16(o, 4) >> 7) & 3) == 2 ? "23" : "");
		return R_OK;
	case 4:
		if (o->len < 4)
			return R_SHORT;
		out_fmt("%s  LSP Encoding Type: ", o->ind);
		tok_print(rt_gmpls_encoding, u8(o, 0), "Unknown");
		out_fmt(" (%u)%s  Switching Type: ", u8(o, 0), o->ind);
		tok_print(rt_gmpls_switch_cap, u8(o, 1), "Unknown");
		out_fmt(" (%u), Payload ID: ", u8(o, 1));
		tok_print(rt_gmpls_payload, u16(o, 2), "Unknown");
		out_fmt(" (0x%04x)", u16(o, 2));
		return R_OK;
	}
	return R_HEX;
}

/* ERO and RRO subobjects. */
static int xro_print(struct obj *o)
{
	unsigned off = 0, len, t, left = o->len;

	if (o->ctype != 1)
		return R_HEX;
	while (left >= 4) {
		if (!rt_has(&o->v, off, 4))
			return R_TRUNC;
		len = u8(o, off + 1);
		t = u8(o, off);
		out_fmt("%s  Subobject Type: ", o->ind);
		tok_print(xro2str, t & 0x7f, "Unknown %u");
		out_fmt(", length %u", len);
		if (left < len) {
			out_fmt("%s  ERROR: ERO subobject length > object length",
				o->ind);
			break;
		}
		if (len == 0) {
			out_fmt("%s  ERROR: zero length ERO subtype", o->ind);
			break;
		}
		if ((t & 0x7f) == 1 || (t & 0x7f) == 3) {
			if (len != 8) {
				out_str(" ERROR: length != 8");
				return R_INVALID;
			}
			if (!rt_has(&o->v, off, 8))
				return R_TRUNC;
		}
		if ((t & 0x7f) == 1) {
			if (u8(o, off + 6) != 32) {
				out_fmt(" ERROR: Prefix length %u != 32",
					u8(o, off + 6));
				return R_INVALID;
			}
			out_fmt(", %s, ", t & 0x80 ? "Loose" : "Strict");
			a4(o, off + 2);
			out_fmt("/%u, Flags: [", u8(o, off + 6));
			tok_bits_print(rro_flag2str, u8(o, off + 7), ", ", "none");
			out_char(']');
		} else if ((t & 0x7f) == 3) {
			out_str(", Flags: [");
			tok_bits_print(rro_label_flag2str, u8(o, off + 2), ", ",
				       "none");
			out_fmt("] (%#x), Class-Type: ", u8(o, off + 2));
			tok_print(ctype2str, u8(o, off + 3) + 256 * OBJ_RRO,
				  "Unknown");
			out_fmt(" (%u), %u", u8(o, off + 3), u32(o, off + 4));
		}
		left -= len;
		off += len;
	}
	return R_OK;
}

static int gen_uni_subobj(struct obj *o, unsigned off, unsigned len,
			  unsigned type, unsigned af)
{
	switch (type) {
	case 1:
	case 2:
		if (af == RT_AFNUM_INET || af == RT_AFNUM_INET6) {
			if (len < (af == RT_AFNUM_INET ? 8u : 20u))
				return R_SUBSHORT;
			out_fmt("%s    UNI IPv%c TNA address: ", o->ind,
				af == RT_AFNUM_INET ? '4' : '6');
			rt_addr_at(o->d, o->v, off + 4,
				   af == RT_AFNUM_INET ? 4 : 6);
		} else if (af == 3 && len) {
			return R_HEX;
		}
		return R_OK;
	case 3:
		return len > 4 ? R_HEX : R_OK;
	case 4:
		if (len < 16)
			return R_SUBSHORT;
		out_fmt("%s    U-bit: %x, Label type: %u, Logical port id: %u, "
			"Label: %u", o->ind, u32(o, off + 4) >> 31,
			u32(o, off + 4) & 0xff, u32(o, off + 8), u32(o, off + 12));
		return R_OK;
	case 5:
		if (len < 8)
			return R_SUBSHORT;
		out_fmt("%s    Service level: %u", o->ind, u32(o, off + 4) >> 24);
		return R_OK;
	}
	return R_HEX;
}

static int gen_uni_print(struct obj *o)
{
	unsigned total = o->len, tlen = o->len, off = 0, len, type, af;
	int r, hex = R_OK;

	if (o->ctype != 1)
		return R_HEX;
	if (o->len < 4)
		return R_SHORT;
	while (total > 0) {
		if (total < 4)
			return R_INVALID;
		len = u16(o, off);
		type = u16(o, off + 2) >> 8;
		af = u16(o, off + 2) & 0xff;
		out_fmt("%s  Subobject Type: ", o->ind);
		tok_print(gen_uni2str, type, "Unknown");
		out_fmt(" (%u), AF: ", type);
		tok_print(rt_af_values, af, "Unknown");
		out_fmt(" (%u), length: %u", af, len);
		if (len < 4 || len > total || tlen < len)
			return R_INVALID;
		r = gen_uni_subobj(o, off, len, type, af);
		if (r == R_HEX)
			hex = R_HEX;
		else if (r != R_OK)
			return r;
		total -= len;
		off += len;
		/* tcpdump adds where it means to take away */
		tlen += len;
	}
	return hex;
}

static int hop_print(struct obj *o)
{
	bool v6 = o->ctype == 2 || o->ctype == 4;

	if (o->ctype < 1 || o->ctype > 4)
		return R_HEX;
	if (o->len < (v6 ? 20u : 8u))
		return R_SHORT;
	out_fmt("%s  Previous/Next Interface: ", o->ind);
	rt_addr_at(o->d, o->v, 0, v6 ? 6 : 4);
	out_fmt(", Logical Interface Handle: 0x%08x", u32(o, v6 ? 16 : 4));
	return v6 || o->len > 8 ? R_HEX : R_OK;
}

/* One IntServ parameter at off (RFC 2215); its length, or 0. */
static unsigned intserv_param(struct obj *o, unsigned off, unsigned tlen)
{
	unsigned id, plen;

	if (tlen < 4)
		return 0;
	id = u8(o, off);
	plen = u16(o, off + 2) << 2;
	out_str("\n\t      Parameter ID: ");
	tok_print(intserv_param2str, id, "unknown");
	out_fmt(" (%u), length: %u, Flags: [0x%02x]", id, plen, u8(o, off + 1));
	if (tlen < plen + 4)
		return 0;
	off += 4;
	switch (id) {
	case 4:
		if (plen == 4)
			out_fmt("\n\t\tIS hop count: %u", u32(o, off));
		break;
	case 6:
		if (plen == 4)
			out_fmt("\n\t\tPath b/w estimate: %.10g Mbps",
				(double)(rt_float(u32(o, off)) / 125000));
		break;
	case 8:
		if (plen != 4)
			break;
		out_str("\n\t\tMinimum path latency: ");
		if (u32(o, off) == 0xffffffff)
			out_str("don't care");
		else
			out_fmt("%u", u32(o, off));
		break;
	case 10:
		if (plen == 4)
			out_fmt("\n\t\tComposed MTU: %u bytes", u32(o, off));
		break;
	case 127:
		if (plen != 20)
			break;
		out_fmt("\n\t\tToken Bucket Rate: %.10g Mbps",
			(double)(rt_float(u32(o, off)) / 125000));
		out_fmt("\n\t\tToken Bucket Size: %.10g bytes",
			(double)rt_float(u32(o, off + 4)));
		out_fmt("\n\t\tPeak Data Rate: %.10g Mbps",
			(double)(rt_float(u32(o, off + 8)) / 125000));
		out_fmt("\n\t\tMinimum Policed Unit: %u bytes", u32(o, off + 12));
		out_fmt("\n\t\tMaximum Packet Size: %u bytes", u32(o, off + 16));
		break;
	case 130:
		if (plen != 8)
			break;
		out_fmt("\n\t\tRate: %.10g Mbps",
			(double)(rt_float(u32(o, off)) / 125000));
		out_fmt("\n\t\tSlack Term: %u", u32(o, off + 4));
		break;
	case 133: case 134: case 135: case 136:
		if (plen == 4)
			out_fmt("\n\t\tValue: %u", u32(o, off));
		break;
	default:
		if (o->d->vflag <= 1) {
			struct cursor h = o->v;

			cur_skip(&h, off);
			decode_hex_ident(h, plen, "\n\t\t");
		}
		break;
	}
	return plen + 4;
}

static int intserv_print(struct obj *o)
{
	unsigned off = 4, tlen, slen, n;

	if (o->ctype != 2)
		return R_HEX;
	if (o->len < 4)
		return R_SHORT;
	out_fmt("%s  Msg-Version: %u, length: %u", o->ind, u8(o, 0) >> 4,
		u16(o, 2) << 2);
	for (tlen = o->len - 4; tlen >= 4;) {
		slen = u16(o, off + 2) << 2;
		out_fmt("%s  Service Type: ", o->ind);
		tok_print(intserv_service2str, u8(o, off), "unknown");
		out_fmt(" (%u), break bit %sset, Service length: %u", u8(o, off),
			u8(o, off + 1) & 0x80 ? "" : "not ", slen);
		off += 4;
		tlen -= 4;
		while (slen >= 4) {
			n = intserv_param(o, off, tlen);
			if (n == 0)
				break;
			tlen -= n;
			slen -= n;
			off += n;
		}
	}
	return R_OK;
}

static int frr_print(struct obj *o)
{
	float bw;

	if (o->ctype != 1 && o->ctype != 7)
		return R_HEX;
	if (o->len < (o->ctype == 1 ? 20u : 16u))
		return R_SHORT;
	bw = rt_float(u32(o, 4)) * 8 / 1000000;
	out_fmt("%s  Setup Priority: %u, Holding Priority: %u, Hop-limit: %u, "
		"Bandwidth: %.10g Mbps", o->ind, u8(o, 0), u8(o, 1), u8(o, 2),
		(double)bw);
	if (o->ctype == 1)
		out_fmt("%s  Include-any: 0x%08x, Exclude-any: 0x%08x, "
			"Include-all: 0x%08x", o->ind, u32(o, 8), u32(o, 12),
			u32(o, 16));
	else
		out_fmt("%s  Include Colors: 0x%08x, Exclude Colors: 0x%08x",
			o->ind, u32(o, 8), u32(o, 12));
	return R_OK;
}

static int error_spec_print(struct obj *o)
{
	bool v6 = o->ctype == 2 || o->ctype == 4;
	unsigned a = v6 ? 16 : 4, code, value;

	if (o->ctype < 1 || o->ctype > 4)
		return R_HEX;
	if (o->len < a + 4)
		return R_SHORT;
	code = u8(o, a + 1);
	value = u16(o, a + 2);
	out_fmt("%s  Error Node Address: ", o->ind);
	rt_addr_at(o->d, o->v, 0, v6 ? 6 : 4);
	out_fmt(", Flags: [0x%02x]%s  Error Code: ", u8(o, a), o->ind);
	tok_print(error_code2str, code, "unknown");
	out_fmt(" (%u)", code);
	if (code == 24) {
		out_str(", Error Value: ");
		tok_print(error_routing2str, value, "unknown");
		out_fmt(" (%u)", value);
	} else if (!v6 && (code == 28 || code == 125)) {
		out_str(", Error Value: ");
		tok_print(error_diffserv2str, value, "unknown");
		out_fmt(" (%u)", value);
	} else if (!v6) {
		out_fmt(", Unknown Error Value (%u)", value);
	}
	return R_OK;
}

static int properties_print(struct obj *o)
{
	unsigned pad, tlen, off = 4, l;

	if (o->ctype != 1)
		return R_HEX;
	if (o->len < 4)
		return R_SHORT;
	pad = u16(o, 2);
	out_fmt("%s  TLV count: %u, padding bytes: %u", o->ind, u16(o, 0), pad);
	for (tlen = o->len - 4; tlen >= 2 + pad; tlen -= l, off += l) {
		struct cursor h = o->v;

		l = u8(o, off + 1);
		out_fmt("%s    ", o->ind);
		tok_print(prop_tlv2str, u8(o, off), "unknown");
		out_fmt(" TLV (0x%02x), length: %u", u8(o, off), l);
		if (tlen < l)
			return R_SHORT;
		if (l < 2) {
			out_fmt("%sERROR: property TLV is too short", o->ind);
			return R_STOP;
		}
		cur_skip(&h, off + 2);
		decode_hex_ident(h, l - 2, "\n\t\t");
	}
	return R_OK;
}

static int simple_print(struct obj *o, unsigned class)
{
	unsigned off, f;

	switch (class) {
	case OBJ_STYLE:
		if (o->len < 4)
			return R_SHORT;
		out_fmt("%s  Reservation Style: ", o->ind);
		tok_print(resstyle2str, u32(o, 0) & 0xffffff, "Unknown");
		out_fmt(", Flags: [0x%02x]", u8(o, 0));
		return R_OK;
	case OBJ_HELLO:
		if (o->len < 8)
			return R_SHORT;
		out_fmt("%s  Source Instance: 0x%08x, Destination Instance: "
			"0x%08x", o->ind, u32(o, 0), u32(o, 4));
		return R_OK;
	case OBJ_RESTART_CAPABILITY:
		if (o->len < 8)
			return R_SHORT;
		out_fmt("%s  Restart  Time: %ums, Recovery Time: %ums", o->ind,
			u32(o, 0), u32(o, 4));
		return R_OK;
	case OBJ_CAPABILITY:
		if (o->len < 4)
			return R_SHORT;
		f = u32(o, 0);
		if (f & ~7u)
			out_fmt("%s  [reserved=0x%08x must be zero]", o->ind, f & ~7u);
		out_fmt("%s  Flags: [", o->ind);
		tok_bits_print(capability_flag2str, f & 7, ", ", "none");
		out_char(']');
		return R_OK;
	case OBJ_TIME_VALUES:
		if (o->len < 4)
			return R_SHORT;
		out_fmt("%s  Refresh Period: %ums", o->ind, u32(o, 0));
		return R_OK;
	case OBJ_DETOUR:
		for (off = 0; off + 8 <= o->len; off += 8) {
			out_fmt("%s  PLR-ID: ", o->ind);
			a4(o, off);
			out_str(", Avoid-Node-ID: ");
			a4(o, off + 4);
		}
		return R_OK;
	case OBJ_CLASSTYPE:
	case OBJ_CLASSTYPE_OLD:
		if (o->len < 4)
			return R_SHORT;
		out_fmt("%s  CT: %u", o->ind, u32(o, 0) & 7);
		return R_OK;
	case OBJ_ADMIN_STATUS:
		if (o->len < 4)
			return R_SHORT;
		out_fmt("%s  Flags [", o->ind);
		tok_bits_print(admin_status_flag2str, u32(o, 0), ", ", "none");
		out_char(']');
		return R_OK;
	}
	return R_HEX;
}

static int session_attr_print(struct obj *o)
{
	unsigned n, i;

	if (o->len < 4)
		return R_SHORT;
	n = u8(o, 3);
	if (o->len < 4 + n)
		return R_SHORT;
	out_fmt("%s  Session Name: ", o->ind);
	for (i = 0; i < n; i++)
		decode_char(u8(o, 4 + i));
	out_fmt("%s  Setup Priority: %u, Holding Priority: %u, Flags: [",
		o->ind, u8(o, 0), u8(o, 1));
	tok_bits_print(session_attr_flag2str, u8(o, 2), ", ", "none");
	out_fmt("] (%#x)", u8(o, 2));
	return R_OK;
}

static int message_id_print(struct obj *o)
{
	unsigned off;

	if (o->len < 4)
		return R_SHORT;
	out_fmt("%s  Flags [0x%02x], epoch: %u", o->ind, u8(o, 0),
		u32(o, 0) & 0xffffff);
	for (off = 4; off + 4 <= o->len; off += 4)
		out_fmt("%s    Message-ID 0x%08x (%u)", o->ind, u32(o, off),
			u32(o, off));
	return R_OK;
}

static int integrity_print(struct obj *o)
{
	if (o->len < 32)
		return R_SHORT;
	out_fmt("%s  Key-ID 0x%04x%08x, Sequence 0x%08x%08x, Flags [", o->ind,
		u16(o, 2), u32(o, 4), u32(o, 8), u32(o, 12));
	tok_bits_print(integrity_flag2str, u8(o, 0), ", ", "none");
	/* without a secret tcpdump cannot check the digest either */
	out_fmt("]%s  MD5-sum 0x%08x%08x%08x%08x  (unchecked)", o->ind,
		u32(o, 16), u32(o, 20), u32(o, 24), u32(o, 28));
	return R_OK;
}

static int label_set_print(struct obj *o)
{
	unsigned action, off, sub;

	if (o->len < 4)
		return R_SHORT;
	action = u16(o, 0) >> 8;
	out_fmt("%s  Action: ", o->ind);
	tok_print(label_set_action2str, action, "Unknown");
	out_fmt(" (%u), Label type: %u", action, u32(o, 0) & 0x7f);
	if (action == 2 || action == 3) {
		if (o->len < 12)
			return R_SHORT;
		out_fmt("%s  Start range: %u, End range: %u", o->ind, u32(o, 4),
			u32(o, 8));
		return R_OK;
	}
	for (off = 4, sub = 1; off + 4 <= o->len; off += 4, sub++)
		out_fmt("%s  Subchannel #%u: %u", o->ind, sub, u32(o, off));
	return R_OK;
}

static int s2l_print(struct obj *o)
{
	unsigned n = o->ctype == 1 ? 4 : 16;

	if (o->ctype != 1 && o->ctype != 2)
		return R_HEX;
	if (o->len < n)
		return R_SHORT;
	out_fmt("%s  Sub-LSP destination address: ", o->ind);
	rt_addr_at(o->d, o->v, 0, n == 4 ? 4 : 6);
	return R_OK;
}

/* The contents of an object of class cls. */
static int body_print(struct obj *o, unsigned cls)
{
	switch (cls) {
	case OBJ_SESSION:
		return session_print(o);
	case OBJ_CONFIRM:
		return addr_obj(o, "Receiver Address");
	case OBJ_NOTIFY_REQ:
		return addr_obj(o, "Notify Node Address");
	case OBJ_SUGGESTED_LABEL:
	case OBJ_UPSTREAM_LABEL:
	case OBJ_RECOVERY_LABEL:
	case OBJ_LABEL:
		return label_print(o);
	case OBJ_SENDER_TEMPLATE:
	case OBJ_FILTERSPEC:
		return sender_print(o, cls == OBJ_FILTERSPEC);
	case OBJ_LABEL_REQ:
		return label_req_print(o);
	case OBJ_RRO:
	case OBJ_ERO:
		return xro_print(o);
	case OBJ_STYLE:
	case OBJ_HELLO:
	case OBJ_RESTART_CAPABILITY:
	case OBJ_CAPABILITY:
	case OBJ_TIME_VALUES:
	case OBJ_DETOUR:
	case OBJ_CLASSTYPE:
	case OBJ_CLASSTYPE_OLD:
	case OBJ_ADMIN_STATUS: {
		static const unsigned char want[256] = {
			[OBJ_STYLE] = 1, [OBJ_HELLO] = 3, [OBJ_TIME_VALUES] = 1,
			[OBJ_RESTART_CAPABILITY] = 1, [OBJ_CAPABILITY] = 1,
			[OBJ_DETOUR] = 7, [OBJ_CLASSTYPE] = 1,
			[OBJ_CLASSTYPE_OLD] = 1, [OBJ_ADMIN_STATUS] = 1 };

		/* Hello takes C-Types 1 and 2, the others one each */
		if (cls == OBJ_HELLO ? o->ctype != 1 && o->ctype != 2 :
		    o->ctype != want[cls])
			return R_HEX;
		return simple_print(o, cls);
	}
	case OBJ_SESSION_ATTRIBUTE:
		return o->ctype == 7 ? session_attr_print(o) : R_HEX;
	case OBJ_GENERALIZED_UNI:
		return gen_uni_print(o);
	case OBJ_RSVP_HOP:
		return hop_print(o);
	case OBJ_SENDER_TSPEC:
	case OBJ_ADSPEC:
	case OBJ_FLOWSPEC:
		return intserv_print(o);
	case OBJ_FASTREROUTE:
		return frr_print(o);
	case OBJ_ERROR_SPEC:
		return error_spec_print(o);
	case OBJ_PROPERTIES:
		return o->ctype == 1 ? properties_print(o) : R_HEX;
	case OBJ_MESSAGE_ID:
	case OBJ_MESSAGE_ID_ACK:
	case OBJ_MESSAGE_ID_LIST:
		return o->ctype == 1 || o->ctype == 2 ? message_id_print(o) : R_HEX;
	case OBJ_INTEGRITY:
		return o->ctype == 1 ? integrity_print(o) : R_HEX;
	case OBJ_LABEL_SET:
		return o->ctype == 1 ? label_set_print(o) : R_HEX;
	case OBJ_S2L:
		return s2l_print(o);
	}
	if (o->d->vflag <= 1)
		decode_hex_ident(o->v, o->len, "\n\t    ");
	return R_OK;
}

/* The objects of a message; false when the message ended in error. */
static bool objs_print(struct dctx *d, struct cursor c, unsigned tlen,
		       const char *ind)
{
	unsigned olen, cls, ctype;
	struct obj o;
	int r;

	while (tlen >= 4) {
		if (!cur_has(&c, 4))
			goto trunc;
		olen = cur_peek_be16(&c, 0);
		ctype = cur_peek(&c, 3);
		if (olen % 4) {
			out_fmt("%sERROR: object header size %u not a multiple of 4",
				ind, olen);
			return false;
		}
		if (olen < 4) {
			out_fmt("%sERROR: object header too short %u < 4", ind, olen);
			return false;
		}
		cls = cur_peek(&c, 2);
		out_str(ind);
		tok_print(obj2str, cls, "Unknown");
		out_fmt(" Object (%u) Flags: [%s if unknown], Class-Type: ", cls,
			cls & 0x80 ? (cls & 0x40 ? "ignore and forward" :
				      "ignore silently") : "reject");
		tok_print(ctype2str, cls * 256 + ctype, "Unknown");
		out_fmt(" (%u), length: %u", ctype, olen);
		if (tlen < olen) {
			out_fmt("%sERROR: object goes past end of objects TLV", ind);
			return false;
		}
		if (!cur_has(&c, olen))
			goto trunc;
		o.d = d;
		o.v = c;
		cur_skip(&o.v, 4);
		o.v = cur_sub(&o.v, olen - 4);
		o.len = olen - 4;
		o.ctype = ctype;
		o.ind = ind;
		r = body_print(&o, cls);
		switch (r) {
		case R_SHORT:
			out_fmt("%sERROR: object is too short", ind);
			return false;
		case R_SUBSHORT:
			out_fmt("%sERROR: sub-object is too short", ind);
			return false;
		case R_INVALID:
			out_str(" (invalid)");
			return false;
		case R_TRUNC:
			goto trunc;
		case R_STOP:
			return false;
		}
		if (d->vflag > 1 || r == R_HEX) {
			struct cursor h = c;

			cur_skip(&h, 4);
			decode_hex_ident(h, olen - 4, "\n\t    ");
		}
		cur_skip(&c, olen);
		tlen -= olen;
	}
	return true;
trunc:
	decode_trunc(d, "rsvp");
	return false;
}

/* The common header line (-v); false when the length is too short. */
static bool header_print(struct cursor c, const char *lead)
{
	unsigned vf = cur_peek(&c, 0), type = cur_peek(&c, 1);
	unsigned len = cur_peek_be16(&c, 6);

	out_fmt("%sRSVPv%u ", lead, vf >> 4);
	tok_print(msg2str, type, "unknown, type: %u");
	out_fmt(" Message (%u), Flags: [", type);
	tok_bits_print(hdr_flag2str, vf & 15, ", ", "none");
	out_fmt("], length: %u, ttl: %u, checksum: 0x%04x", len,
		cur_peek(&c, 4), cur_peek_be16(&c, 2));
	if (len < HDR_LEN) {
		out_fmt("ERROR: common header too short %u < 8", len);
		return false;
	}
	return true;
}

static void bundle_print(struct dctx *d, struct cursor c, unsigned tlen)
{
	unsigned sublen;

	while (tlen > 0) {
		struct cursor o = c;

		if (!cur_has(&c, HDR_LEN)) {
			decode_trunc(d, "rsvp");
			return;
		}
		if (cur_peek(&c, 0) >> 4 != 1) {
			out_fmt("ERROR: RSVP version %u packet not supported",
				cur_peek(&c, 0) >> 4);
			return;
		}
		sublen = cur_peek_be16(&c, 6);
		if (!header_print(c, "\n\t  "))
			return;
		if (tlen < sublen) {
			out_fmt("ERROR: common header too large %u > %u", sublen,
				tlen);
			return;
		}
		cur_skip(&o, HDR_LEN);
		if (!objs_print(d, o, sublen - HDR_LEN, "\n\t    "))
			return;
		cur_skip(&c, sublen);
		tlen -= sublen;
	}
}

void rsvp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct ipinfo *ip DECODE_UNUSED)
{
	unsigned v, type, tlen;
	struct cursor o = c;

	if (!cur_has(&c, HDR_LEN)) {
		decode_trunc(d, "rsvp");
		return;
	}
	v = cur_peek(&c, 0) >> 4;
	if (v != 1) {
		out_fmt("ERROR: RSVP version %u packet not supported", v);
		return;
	}
	type = cur_peek(&c, 1);
	if (!d->vflag) {
		out_fmt("RSVPv%u ", v);
		tok_print(msg2str, type, "unknown (%u)");
		out_fmt(" Message, length: %u", len);
		return;
	}
	if (!header_print(c, "\n\t"))
		return;
	tlen = cur_peek_be16(&c, 6) - HDR_LEN;
	cur_skip(&o, HDR_LEN);
	switch (type) {
	case MSG_BUNDLE:
		bundle_print(d, o, tlen);
		break;
	case MSG_PATH: case MSG_RESV: case MSG_PATHERR: case MSG_RESVERR:
	case MSG_PATHTEAR: case MSG_RESVTEAR: case MSG_RESVCONF:
	case MSG_HELLO_OLD: case MSG_HELLO: case MSG_ACK: case MSG_SREFRESH:
		objs_print(d, o, tlen, "\n\t  ");
		break;
	default:
		decode_hex_ident(o, tlen, "\n\t    ");
		break;
	}
}
