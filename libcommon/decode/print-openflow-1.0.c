/* print-openflow-1.0.c - the bodies of OpenFlow 1.0 (wire version 1)
 * messages: switch features and ports, configuration, flow matches and
 * actions, flow mod and flow removed, packet in and out (-vvv: the frame
 * inside, decoded at -v less 3), statistics requests and replies, queue
 * configuration, errors, and Big Switch Networks vendor messages and
 * actions. Without -v only the headers are printed (print-openflow.c).
 * Output as tcpdump 4.99 print-openflow-1.0.c, whose quirks (what it
 * checks is captured after an invalid body) are kept.
 */
#include <inttypes.h>
#include <stdio.h>

#include "decode.h"
#include "openflow.h"
#include "out.h"
#include "table.h"

enum { T_HELLO, T_ERROR, T_ECHO_REQUEST, T_ECHO_REPLY, T_VENDOR,
       T_FEATURES_REQUEST, T_FEATURES_REPLY, T_GET_CONFIG_REQUEST,
       T_GET_CONFIG_REPLY, T_SET_CONFIG, T_PACKET_IN, T_FLOW_REMOVED,
       T_PORT_STATUS, T_PACKET_OUT, T_FLOW_MOD, T_PORT_MOD,
       T_STATS_REQUEST, T_STATS_REPLY, T_BARRIER_REQUEST, T_BARRIER_REPLY,
       T_QUEUE_GET_CONFIG_REQUEST, T_QUEUE_GET_CONFIG_REPLY };

enum { ST_DESC, ST_FLOW, ST_AGGREGATE, ST_TABLE, ST_PORT, ST_QUEUE,
       ST_VENDOR = 0xffff };

enum { OUI_BSN = 0x5c16c7, PORT_CONTROLLER = 0xfffd };

static const struct tok ports[] = {
	{ 0xff00, "MAX" }, { 0xfff8, "IN_PORT" }, { 0xfff9, "TABLE" },
	{ 0xfffa, "NORMAL" }, { 0xfffb, "FLOOD" }, { 0xfffc, "ALL" },
	{ 0xfffd, "CONTROLLER" }, { 0xfffe, "LOCAL" }, { 0xffff, "NONE" },
	{ 0, NULL }
};

static const struct tok port_config[] = {
	{ 1 << 0, "PORT_DOWN" }, { 1 << 1, "NO_STP" }, { 1 << 2, "NO_RECV" },
	{ 1 << 3, "NO_RECV_STP" }, { 1 << 4, "NO_FLOOD" },
	{ 1 << 5, "NO_FWD" }, { 1 << 6, "NO_PACKET_IN" },
	{ 0, NULL }
};

/* The STP state (two bits) is always named, then the other bits. */
static const char *const stp_states[] = { "STP_LISTEN", "STP_LEARN",
	"STP_FORWARD", "STP_BLOCK" };

static const struct tok port_features[] = {
	{ 1 << 0, "10MB_HD" }, { 1 << 1, "10MB_FD" }, { 1 << 2, "100MB_HD" },
	{ 1 << 3, "100MB_FD" }, { 1 << 4, "1GB_HD" }, { 1 << 5, "1GB_FD" },
	{ 1 << 6, "10GB_FD" }, { 1 << 7, "COPPER" }, { 1 << 8, "FIBER" },
	{ 1 << 9, "AUTONEG" }, { 1 << 10, "PAUSE" }, { 1 << 11, "PAUSE_ASYM" },
	{ 0, NULL }
};

static const struct tok queue_props[] = {
	{ 0, "NONE" }, { 1, "MIN_RATE" },
	{ 0, NULL }
};

static const struct tok wildcard_bits[] = {
	{ 1 << 0, "IN_PORT" }, { 1 << 1, "DL_VLAN" }, { 1 << 2, "DL_SRC" },
	{ 1 << 3, "DL_DST" }, { 1 << 4, "DL_TYPE" }, { 1 << 5, "NW_PROTO" },
	{ 1 << 6, "TP_SRC" }, { 1 << 7, "TP_DST" }, { 1 << 20, "DL_VLAN_PCP" },
	{ 1 << 21, "NW_TOS" },
	{ 0, NULL }
};

enum { A_OUTPUT, A_SET_VLAN_VID, A_SET_VLAN_PCP, A_STRIP_VLAN,
       A_SET_DL_SRC, A_SET_DL_DST, A_SET_NW_SRC, A_SET_NW_DST,
       A_SET_NW_TOS, A_SET_TP_SRC, A_SET_TP_DST, A_ENQUEUE,
       A_VENDOR = 0xffff };

static const struct tok action_types[] = {
	{ A_OUTPUT, "OUTPUT" }, { A_SET_VLAN_VID, "SET_VLAN_VID" },
	{ A_SET_VLAN_PCP, "SET_VLAN_PCP" }, { A_STRIP_VLAN, "STRIP_VLAN" },
	{ A_SET_DL_SRC, "SET_DL_SRC" }, { A_SET_DL_DST, "SET_DL_DST" },
	{ A_SET_NW_SRC, "SET_NW_SRC" }, { A_SET_NW_DST, "SET_NW_DST" },
	{ A_SET_NW_TOS, "SET_NW_TOS" }, { A_SET_TP_SRC, "SET_TP_SRC" },
	{ A_SET_TP_DST, "SET_TP_DST" }, { A_ENQUEUE, "ENQUEUE" },
	{ A_VENDOR, "VENDOR" },
	{ 0, NULL }
};

static const struct tok action_bits[] = {
	{ 1 << 0, "OUTPUT" }, { 1 << 1, "SET_VLAN_VID" },
	{ 1 << 2, "SET_VLAN_PCP" }, { 1 << 3, "STRIP_VLAN" },
	{ 1 << 4, "SET_DL_SRC" }, { 1 << 5, "SET_DL_DST" },
	{ 1 << 6, "SET_NW_SRC" }, { 1 << 7, "SET_NW_DST" },
	{ 1 << 8, "SET_NW_TOS" }, { 1 << 9, "SET_TP_SRC" },
	{ 1 << 10, "SET_TP_DST" }, { 1 << 11, "ENQUEUE" },
	{ 0, NULL }
};

/* RESERVED is named but counts as bogus */
static const struct tok capabilities[] = {
	{ 1 << 0, "FLOW_STATS" }, { 1 << 1, "TABLE_STATS" },
	{ 1 << 2, "PORT_STATS" }, { 1 << 3, "STP" }, { 1 << 4, "RESERVED" },
	{ 1 << 5, "IP_REASM" }, { 1 << 6, "QUEUE_STATS" },
	{ 1 << 7, "ARP_MATCH_IP" },
	{ 0, NULL }
};

static const struct tok frag_modes[] = {
	{ 0, "FRAG_NORMAL" }, { 1, "FRAG_DROP" }, { 2, "FRAG_REASM" },
	{ 0, NULL }
};

enum { FC_ADD, FC_MODIFY, FC_MODIFY_STRICT, FC_DELETE, FC_DELETE_STRICT };

static const struct tok flow_commands[] = {
	{ FC_ADD, "ADD" }, { FC_MODIFY, "MODIFY" },
	{ FC_MODIFY_STRICT, "MODIFY_STRICT" }, { FC_DELETE, "DELETE" },
	{ FC_DELETE_STRICT, "DELETE_STRICT" },
	{ 0, NULL }
};

static const struct tok buffer_ids[] = {
	{ 0xffffffff, "NONE" },
	{ 0, NULL }
};

static const struct tok flow_flags[] = {
	{ 1 << 0, "SEND_FLOW_REM" }, { 1 << 1, "CHECK_OVERLAP" },
	{ 1 << 2, "EMERG" },
	{ 0, NULL }
};

static const struct tok stats_types[] = {
	{ ST_DESC, "DESC" }, { ST_FLOW, "FLOW" }, { ST_AGGREGATE, "AGGREGATE" },
	{ ST_TABLE, "TABLE" }, { ST_PORT, "PORT" }, { ST_QUEUE, "QUEUE" },
	{ ST_VENDOR, "VENDOR" },
	{ 0, NULL }
};

static const struct tok table_ids[] = {
	{ 0xfe, "EMERG" }, { 0xff, "ALL" },
	{ 0, NULL }
};

static const struct tok queue_ids[] = {
	{ 0xffffffff, "ALL" },
	{ 0, NULL }
};

static const struct tok reply_flags[] = {
	{ 1, "MORE" },
	{ 0, NULL }
};

static const struct tok packet_in_reasons[] = {
	{ 0, "NO_MATCH" }, { 1, "ACTION" },
	{ 0, NULL }
};

static const struct tok removed_reasons[] = {
	{ 0, "IDLE_TIMEOUT" }, { 1, "HARD_TIMEOUT" }, { 2, "DELETE" },
	{ 0, NULL }
};

static const struct tok port_reasons[] = {
	{ 0, "ADD" }, { 1, "DELETE" }, { 2, "MODIFY" },
	{ 0, NULL }
};

static const struct tok error_types[] = {
	{ 0, "HELLO_FAILED" }, { 1, "BAD_REQUEST" }, { 2, "BAD_ACTION" },
	{ 3, "FLOW_MOD_FAILED" }, { 4, "PORT_MOD_FAILED" },
	{ 5, "QUEUE_OP_FAILED" },
	{ 0, NULL }
};

static const struct tok hello_failed[] = {
	{ 0, "INCOMPATIBLE" }, { 1, "EPERM" },
	{ 0, NULL }
};

static const struct tok bad_request[] = {
	{ 0, "BAD_VERSION" }, { 1, "BAD_TYPE" }, { 2, "BAD_STAT" },
	{ 3, "BAD_VENDOR" }, { 4, "BAD_SUBTYPE" }, { 5, "EPERM" },
	{ 6, "BAD_LEN" }, { 7, "BUFFER_EMPTY" }, { 8, "BUFFER_UNKNOWN" },
	{ 0, NULL }
};

static const struct tok bad_action[] = {
	{ 0, "BAD_TYPE" }, { 1, "BAD_LEN" }, { 2, "BAD_VENDOR" },
	{ 3, "BAD_VENDOR_TYPE" }, { 4, "BAD_OUT_PORT" }, { 5, "BAD_ARGUMENT" },
	{ 6, "EPERM" }, { 7, "TOO_MANY" }, { 8, "BAD_QUEUE" },
	{ 0, NULL }
};

static const struct tok flow_mod_failed[] = {
	{ 0, "ALL_TABLES_FULL" }, { 1, "OVERLAP" }, { 2, "EPERM" },
	{ 3, "BAD_EMERG_TIMEOUT" }, { 4, "BAD_COMMAND" }, { 5, "UNSUPPORTED" },
	{ 0, NULL }
};

static const struct tok port_mod_failed[] = {
	{ 0, "BAD_PORT" }, { 1, "BAD_HW_ADDR" },
	{ 0, NULL }
};

static const struct tok queue_op_failed[] = {
	{ 0, "BAD_PORT" }, { 1, "BAD_QUEUE" }, { 2, "EPERM" },
	{ 0, NULL }
};

static const struct tok *const error_codes[] = { hello_failed, bad_request,
	bad_action, flow_mod_failed, port_mod_failed, queue_op_failed };

static const struct tok no_names[] = {
	{ 0, NULL }
};

enum { BSN_SET_IP_MASK, BSN_GET_IP_MASK_REQUEST, BSN_GET_IP_MASK_REPLY,
       BSN_SET_MIRRORING, BSN_GET_MIRRORING_REQUEST,
       BSN_GET_MIRRORING_REPLY, BSN_SHELL_COMMAND, BSN_SHELL_OUTPUT,
       BSN_SHELL_STATUS, BSN_GET_INTERFACES_REQUEST,
       BSN_GET_L2_TABLE_REQUEST = 13, BSN_VIRTUAL_PORT_REMOVE_REQUEST = 17,
       BSN_BW_ENABLE_GET_REQUEST = 19, BSN_BW_CLEAR_DATA_REQUEST = 21,
       BSN_HYBRID_GET_REQUEST = 27 };

static const struct tok bsn_subtypes[] = {
	{ 0, "SET_IP_MASK" }, { 1, "GET_IP_MASK_REQUEST" },
	{ 2, "GET_IP_MASK_REPLY" }, { 3, "SET_MIRRORING" },
	{ 4, "GET_MIRRORING_REQUEST" }, { 5, "GET_MIRRORING_REPLY" },
	{ 6, "SHELL_COMMAND" }, { 7, "SHELL_OUTPUT" }, { 8, "SHELL_STATUS" },
	{ 9, "GET_INTERFACES_REQUEST" }, { 10, "GET_INTERFACES_REPLY" },
	{ 11, "SET_PKTIN_SUPPRESSION_REQUEST" },
	{ 12, "SET_L2_TABLE_REQUEST" }, { 13, "GET_L2_TABLE_REQUEST" },
	{ 14, "GET_L2_TABLE_REPLY" }, { 15, "VIRTUAL_PORT_CREATE_REQUEST" },
	{ 16, "VIRTUAL_PORT_CREATE_REPLY" },
	{ 17, "VIRTUAL_PORT_REMOVE_REQUEST" },
	{ 18, "BW_ENABLE_SET_REQUEST" }, { 19, "BW_ENABLE_GET_REQUEST" },
	{ 20, "BW_ENABLE_GET_REPLY" }, { 21, "BW_CLEAR_DATA_REQUEST" },
	{ 22, "BW_CLEAR_DATA_REPLY" }, { 23, "BW_ENABLE_SET_REPLY" },
	{ 24, "SET_L2_TABLE_REPLY" }, { 25, "SET_PKTIN_SUPPRESSION_REPLY" },
	{ 26, "VIRTUAL_PORT_REMOVE_REPLY" }, { 27, "HYBRID_GET_REQUEST" },
	{ 28, "HYBRID_GET_REPLY" }, { 31, "PDU_TX_REQUEST" },
	{ 32, "PDU_TX_REPLY" }, { 33, "PDU_RX_REQUEST" },
	{ 34, "PDU_RX_REPLY" }, { 35, "PDU_RX_TIMEOUT" },
	{ 0, NULL }
};

static const struct tok bsn_actions[] = {
	{ 1, "MIRROR" }, { 2, "SET_TUNNEL_DST" }, { 4, "CHECKSUM" },
	{ 0, NULL }
};

static const struct tok copy_stages[] = {
	{ 0, "INGRESS" }, { 1, "EGRESS" },
	{ 0, NULL }
};

static const struct tok on_off[] = {
	{ 0, "OFF" }, { 1, "ON" },
	{ 0, NULL }
};

/* ---- fields */

/* pre, a decimal field, unless cut. */
static bool dec(struct of *o, uint64_t off, unsigned n, const char *pre)
{
	uint32_t v = of_get(o, off, n);

	if (o->cut)
		return false;
	out_fmt("%s%u", pre, v);
	return true;
}

static bool dec64(struct of *o, uint64_t off, const char *pre)
{
	uint64_t v = of_get8(o, off);

	if (o->cut)
		return false;
	out_fmt("%s%" PRIu64, pre, v);
	return true;
}

static bool ipaddr(struct of *o, uint64_t off, const char *pre)
{
	uint8_t a[4];
	unsigned i;

	if (!of_check(o, off, 4))
		return false;
	for (i = 0; i < 4; i++)
		a[i] = cur_peek(&o->c, (size_t)(off + i));
	out_str(pre);
	decode_ipaddr(o->d, 4, a);
	return true;
}

/* A NUL-padded string of n bytes, quoted after pre; read up to its
 * NUL, cut where the capture ends. */
static bool str(struct of *o, uint64_t off, unsigned n, const char *pre)
{
	unsigned i;

	out_fmt("%s'", pre);
	for (i = 0; i < n; i++) {
		unsigned ch = of_get(o, off + i, 1);

		if (o->cut)
			return false;
		if (!ch)
			break;
		decode_char(ch);
	}
	out_char('\'');
	return true;
}

static void vlan_print(unsigned vid)
{
	if (vid == 0xffff)
		out_str("NONE");
	else
		out_fmt("%u%s", vid, vid > 0 && vid < 0xfff ? "" : " (bogus)");
}

/* " (invalid)", then the quirk: check that len bytes at off are
 * captured. */
static void invalid(struct of *o, uint64_t off, uint64_t len)
{
	out_str(" (invalid)");
	of_check(o, off, len);
}

/* Variable data: its length, with -vv its bytes. */
static void data_print(struct of *o, uint64_t off, uint32_t len)
{
	of_data(o, off, len);
}

/* ---- flow match (40 bytes) */

/* The network address fields, with their prefix length. */
static bool match_nw(struct of *o, uint64_t b, uint32_t w, const char *pfx)
{
	static const char *const names[] = { "nw_src", "nw_dst" };
	char pre[64];
	unsigned i, bits;

	for (i = 0; i < 2; i++) {
		if (!of_check(o, b + 28 + 4 * i, 4))
			return false;
		bits = (w >> (8 + 6 * i)) & 0x3f;
		if (bits >= 32)
			continue;
		snprintf(pre, sizeof(pre), "%smatch %s ", pfx, names[i]);
		ipaddr(o, b + 28 + 4 * i, pre);
		out_fmt("/%u", 32 - bits);
	}
	return true;
}

/* The transport fields: ICMP type and code for ICMP over IPv4. */
static bool match_tp(struct of *o, uint64_t b, uint32_t w, const char *pfx,
		     bool icmp)
{
	unsigned i;

	for (i = 0; i < 2; i++) {
		uint32_t v = of_get(o, b + 36 + 2 * i, 2);

		if (o->cut)
			return false;
		if (w & (1u << (6 + i)))
			continue;
		out_fmt("%smatch %s %u", pfx, icmp ? (i ? "icmp_code" :
			"icmp_type") : (i ? "tp_dst" : "tp_src"), v);
	}
	return true;
}

static bool match_l2(struct of *o, uint64_t b, uint32_t w, const char *pfx)
{
	char pre[64];
	uint32_t v;

	snprintf(pre, sizeof(pre), "%smatch in_port ", pfx);
	if (!of_check(o, b + 4, 2) ||
	    (!(w & 1) && !of_named(o, b + 4, 2, pre, ports, "%u")))
		return false;
	snprintf(pre, sizeof(pre), "%smatch dl_src ", pfx);
	if (!of_check(o, b + 6, 6) || (!(w & 4) && !of_mac(o, b + 6, pre)))
		return false;
	snprintf(pre, sizeof(pre), "%smatch dl_dst ", pfx);
	if (!of_check(o, b + 12, 6) || (!(w & 8) && !of_mac(o, b + 12, pre)))
		return false;
	if (v = of_get(o, b + 18, 2), o->cut)
		return false;
	if (!(w & 2)) {
		out_fmt("%smatch dl_vlan ", pfx);
		vlan_print(v);
	}
	if (v = of_get(o, b + 20, 1), o->cut)
		return false;
	if (!(w & (1u << 20)))
		out_fmt("%smatch dl_vlan_pcp %u%s", pfx, v,
			v <= 7 ? "" : " (bogus)");
	return of_check(o, b + 21, 1);
}

/* pfx starts each field's line. */
static bool match_print(struct of *o, uint64_t b, const char *pfx)
{
	uint32_t w = of_get(o, b, 4), dl_type, proto, v;

	if (o->cut)
		return false;
	if (w & ~0x3fffffu)
		out_fmt("%swildcards 0x%08x (bogus)", pfx, w);
	if (!match_l2(o, b, w, pfx))
		return false;
	if (dl_type = of_get(o, b + 22, 2), o->cut)
		return false;
	if (!(w & 0x10))
		out_fmt("%smatch dl_type 0x%04x", pfx, dl_type);
	if (v = of_get(o, b + 24, 1), o->cut)
		return false;
	if (!(w & (1u << 21)))
		out_fmt("%smatch nw_tos 0x%02x", pfx, v);
	if (proto = of_get(o, b + 25, 1), o->cut)
		return false;
	if (!(w & 0x20))
		out_fmt("%smatch %s %u", pfx, !(w & 0x10) && dl_type == 0x0806 ?
			"arp_opcode" : "nw_proto", proto);
	if (!of_check(o, b + 26, 2) || !match_nw(o, b, w, pfx))
		return false;
	return match_tp(o, b, w, pfx, !(w & 0x10) && dl_type == 0x0800 &&
			!(w & 0x20) && proto == 1);
}

/* ---- actions */

static void bsn_action(struct of *o, uint64_t b, uint32_t len)
{
	uint32_t sub, tag;

	if (len < 4) {
		invalid(o, b, len);
		return;
	}
	if (!of_named(o, b, 4, "\n\t  subtype ", bsn_actions,
		      "unknown (0x%08x)"))
		return;
	sub = of_get(o, b, 4);
	if (sub != 1) {
		of_check(o, b + 4, len - 4);
		return;
	}
	if (len != 16) {
		invalid(o, b, len);
		return;
	}
	if (!dec(o, b + 4, 4, ", dest_port ") || (tag = of_get(o, b + 8, 4),
						  o->cut))
		return;
	if (tag >> 16 == 0)
		out_str(", vlan_tag none");
	else if (tag >> 16 == 0x8100)
		out_fmt(", vlan_tag 802.1Q (vlan %u, p %u%s)", tag & 0xfff,
			(tag >> 13) & 7, tag & 0x1000 ? ", DEI" : "");
	else
		out_fmt(", vlan_tag unknown (0x%04x)", tag >> 16);
	if (of_named(o, b + 12, 1, ", copy_stage ", copy_stages,
		     "unknown (%u)"))
		of_check(o, b + 13, 3);
}

/* A vendor id, then its data: Big Switch Networks' decoded by f. */
static void vendor_print(struct of *o, uint64_t b, uint32_t len,
			 void (*f)(struct of *, uint64_t, uint32_t))
{
	uint32_t id;

	if (len < 4) {
		invalid(o, b, len);
		return;
	}
	if (id = of_get(o, b, 4), o->cut)
		return;
	out_fmt(", vendor 0x%08x (%s)", id, of_vendor_name(id));
	if (id == OUI_BSN && f)
		f(o, b + 4, len - 4);
	else
		data_print(o, b + 4, len - 4);
}

/* The fields after an action's type and length; b: the action. */
static void action_fields(struct of *o, uint64_t b, unsigned type,
			  unsigned alen)
{
	uint32_t v;

	switch (type) {
	case A_OUTPUT:
		if (v = of_get(o, b + 4, 2), o->cut)
			return;
		out_str(", port ");
		tok_print(ports, v, "%u");
		if (of_check(o, b + 6, 2) && v == PORT_CONTROLLER)
			dec(o, b + 6, 2, ", max_len ");
		return;
	case A_SET_VLAN_VID:
		if (v = of_get(o, b + 4, 2), o->cut)
			return;
		out_str(", vlan_vid ");
		vlan_print(v);
		of_check(o, b + 6, 2);
		return;
	case A_SET_VLAN_PCP:
		if (v = of_get(o, b + 4, 1), o->cut)
			return;
		out_fmt(", vlan_pcp %u%s", v, v <= 7 ? "" : " (bogus)");
		of_check(o, b + 5, 3);
		return;
	case A_SET_DL_SRC: case A_SET_DL_DST:
		if (of_mac(o, b + 4, ", dl_addr "))
			of_check(o, b + 10, 6);
		return;
	case A_SET_NW_SRC: case A_SET_NW_DST:
		ipaddr(o, b + 4, ", nw_addr ");
		return;
	case A_SET_NW_TOS:
		if (v = of_get(o, b + 4, 1), o->cut)
			return;
		out_fmt(", nw_tos 0x%02x", v);
		of_check(o, b + 5, 3);
		return;
	case A_SET_TP_SRC: case A_SET_TP_DST:
		if (dec(o, b + 4, 2, ", tp_port "))
			of_check(o, b + 6, 2);
		return;
	case A_ENQUEUE:
		if (of_named(o, b + 4, 2, ", port ", ports, "%u") &&
		    of_check(o, b + 6, 6))
			of_named(o, b + 12, 4, ", queue_id ", queue_ids, "%u");
		return;
	case A_VENDOR:
		vendor_print(o, b + 4, alen - 4, bsn_action);
		return;
	case A_STRIP_VLAN:
		of_check(o, b + 4, 4);
		return;
	}
}

/* The size an action of this type must have; 0: any multiple of 8;
 * -1: an unknown type. */
static int action_len(unsigned type)
{
	if (type == A_VENDOR)
		return 0;
	if (type == A_SET_DL_SRC || type == A_SET_DL_DST || type == A_ENQUEUE)
		return 16;
	return type <= A_SET_TP_DST ? 8 : -1;
}

static void actions_print(struct of *o, uint64_t b, uint32_t len,
			  const char *pfx)
{
	uint64_t b0 = b;
	uint32_t len0 = len, type, alen;
	int want;

	while (len && !o->cut) {
		if (len < 8) {
			invalid(o, b0, len0);
			return;
		}
		if (type = of_get(o, b, 2), o->cut)
			return;
		out_fmt("%saction type ", pfx);
		tok_print(action_types, type, "invalid (0x%04x)");
		if (alen = of_get(o, b + 2, 2), o->cut)
			return;
		out_fmt(", len %u", alen);
		if (alen < 8 || alen > len) {
			invalid(o, b0, len0);
			return;
		}
		want = action_len(type);
		if (want > 0 ? alen != (unsigned)want : want == 0 && alen % 8) {
			out_str(" (bogus)");
			want = -1;
		}
		if (want < 0)
			of_check(o, b + 4, alen - 4);
		else
			action_fields(o, b, type, alen);
		b += alen, len -= alen;
	}
}

/* ---- vendor messages */

/* Text to the end of the message, quoted; cut where the capture ends. */
static void bsn_text(struct of *o, uint64_t b, uint32_t n)
{
	uint32_t i;

	out_str(", data '");
	for (i = 0; i < n; i++) {
		if (!of_has(o, b + i, 1)) {
			o->cut = true;
			return;
		}
		decode_char(cur_peek(&o->c, (size_t)(b + i)));
	}
	out_char('\'');
}

/* The body after the subtype; len includes the subtype. */
static void bsn_fields(struct of *o, uint64_t b, uint32_t len, uint32_t sub)
{
	switch (sub) {
	case BSN_GET_IP_MASK_REQUEST:
		if (len != 12)
			break;
		if (dec(o, b + 4, 1, ", index "))
			of_check(o, b + 5, 7);
		return;
	case BSN_SET_IP_MASK: case BSN_GET_IP_MASK_REPLY:
		if (len != 12)
			break;
		if (dec(o, b + 4, 1, ", index ") && of_check(o, b + 5, 3))
			ipaddr(o, b + 8, ", mask ");
		return;
	case BSN_SET_MIRRORING: case BSN_GET_MIRRORING_REQUEST:
	case BSN_GET_MIRRORING_REPLY:
		if (len != 8)
			break;
		if (of_named(o, b + 4, 1, ", report_mirror_ports ", on_off,
			     "bogus (%u)"))
			of_check(o, b + 5, 3);
		return;
	case BSN_GET_INTERFACES_REQUEST: case BSN_GET_L2_TABLE_REQUEST:
	case BSN_BW_ENABLE_GET_REQUEST: case BSN_BW_CLEAR_DATA_REQUEST:
	case BSN_HYBRID_GET_REQUEST:
		if (len != 4)
			break;
		return;
	case BSN_VIRTUAL_PORT_REMOVE_REQUEST:
		if (len != 8)
			break;
		dec(o, b + 4, 4, ", vport_no ");
		return;
	case BSN_SHELL_COMMAND:
		if (len < 8)
			break;
		if (dec(o, b + 4, 4, ", service "))
			bsn_text(o, b + 8, len - 8);
		return;
	case BSN_SHELL_OUTPUT:
		bsn_text(o, b + 4, len - 4);
		return;
	case BSN_SHELL_STATUS:
		if (len != 8)
			break;
		of_named(o, b + 4, 4, ", status ", no_names, "0x%08x");
		return;
	default:
		of_check(o, b + 4, len - 4);
		return;
	}
	invalid(o, b, len);
}

static void bsn_message(struct of *o, uint64_t b, uint32_t len)
{
	if (len < 4) {
		invalid(o, b, len);
		return;
	}
	if (of_named(o, b, 4, "\n\t subtype ", bsn_subtypes,
		     "unknown (0x%08x)"))
		bsn_fields(o, b, len, of_get(o, b, 4));
}

/* ---- ports and queues */

static void port_details(struct of *o, uint64_t b)
{
	static const char *const names[] = { "config", "state", "curr",
		"advertised", "supported", "peer" };
	char pre[24];
	unsigned i;

	uint32_t state;

	for (i = 0; i < 6; i++) {
		snprintf(pre, sizeof(pre), "\n\t   %s ", names[i]);
		if (i != 1) {
			if (!of_bits32(o, b + 4 * i, pre, i ? port_features :
				       port_config, i ? 0xfff : 0x7f))
				return;
			continue;
		}
		if (state = of_get(o, b + 4, 4), o->cut)
			return;
		out_fmt("%s0x%08x (%s%s)%s", pre, state,
			stp_states[(state >> 8) & 3],
			state & 1 ? ", LINK_DOWN" : "",
			state & ~0x301u ? " (bogus)" : "");
	}
}

/* Physical ports of 48 bytes each. */
static void phy_ports(struct of *o, uint64_t b, uint32_t len)
{
	uint64_t b0 = b;
	uint32_t len0 = len;

	while (len && !o->cut) {
		if (len < 48) {
			invalid(o, b0, len0);
			return;
		}
		if (!of_named(o, b, 2, "\n\t  port_no ", ports, "%u") ||
		    !of_mac(o, b + 2, ", hw_addr ") ||
		    !str(o, b + 8, 16, ", name "))
			return;
		if (o->d->vflag < 2)
			of_check(o, b + 24, 24);
		else
			port_details(o, b + 24);
		b += 48, len -= 48;
	}
}

/* Queue properties; a skipped one leaves the next read 4 bytes on, as
 * tcpdump's does. */
static void queue_props_print(struct of *o, uint64_t b, uint32_t len)
{
	uint64_t b0 = b;
	uint32_t len0 = len, prop, plen, rate;

	while (len && !o->cut) {
		if (len < 8 || (prop = of_get(o, b, 2), o->cut))
			goto invalid;
		out_str("\n\t   property ");
		tok_print(queue_props, prop, "invalid (0x%04x)");
		if (plen = of_get(o, b + 2, 2), o->cut)
			return;
		out_fmt(", len %u", plen);
		if (plen < 8 || plen > len)
			goto invalid;
		if (!of_check(o, b + 4, 4))
			return;
		if (prop > 1 || plen != (prop ? 16u : 8u)) {
			if (prop <= 1)
				out_str(" (bogus)");
			of_check(o, b + 8, plen - 4);
			b += plen + 4, len -= plen;
			continue;
		}
		if (prop == 1) {
			if (rate = of_get(o, b + 8, 2), o->cut)
				return;
			if (rate > 1000)
				out_str(", rate disabled");
			else
				out_fmt(", rate %u.%u%%", rate / 10, rate % 10);
			of_check(o, b + 10, 6);
		}
		b += plen, len -= plen;
	}
	return;
invalid:
	if (!o->cut)
		invalid(o, b0, len0);
}

static void queues_print(struct of *o, uint64_t b, uint32_t len)
{
	uint64_t b0 = b;
	uint32_t len0 = len, dlen;

	while (len && !o->cut) {
		if (len < 8) {
			invalid(o, b0, len0);
			return;
		}
		if (!dec(o, b, 4, "\n\t  queue_id ") ||
		    (dlen = of_get(o, b + 4, 2), o->cut))
			return;
		out_fmt(", len %u", dlen);
		if (dlen < 8 || dlen > len) {
			invalid(o, b0, len0);
			return;
		}
		if (!of_check(o, b + 6, 2))
			return;
		if (o->d->vflag < 2)
			of_check(o, b + 8, dlen - 8);
		else
			queue_props_print(o, b + 8, dlen - 8);
		b += dlen, len -= dlen;
	}
}

/* ---- messages; b: the body, mlen: the message length with header */

static void features_reply(struct of *o, uint64_t b, uint32_t mlen)
{
	uint64_t dpid = of_get8(o, b);

	if (o->cut)
		return;
	out_fmt("\n\t dpid 0x%016" PRIx64, dpid);
	if (!dec(o, b + 8, 4, ", n_buffers ") ||
	    !dec(o, b + 12, 1, ", n_tables ") || !of_check(o, b + 13, 3) ||
	    !of_bits32(o, b + 16, "\n\t capabilities ", capabilities, 0xef) ||
	    !of_bits32(o, b + 20, "\n\t actions ", action_bits, 0xfff))
		return;
	phy_ports(o, b + 24, mlen - 32);
}

/* A 16-bit field printed only when it is not zero. */
static bool nonzero16(struct of *o, uint64_t off, const char *pre)
{
	uint32_t v = of_get(o, off, 2);

	if (o->cut)
		return false;
	if (v)
		out_fmt("%s%u", pre, v);
	return true;
}

static void flow_mod(struct of *o, uint64_t b, uint32_t mlen)
{
	uint64_t cookie;
	uint32_t cmd, v;

	if (!match_print(o, b, "\n\t ") || (cookie = of_get8(o, b + 40),
					      o->cut))
		return;
	out_fmt("\n\t cookie 0x%016" PRIx64, cookie);
	if (cmd = of_get(o, b + 48, 2), o->cut)
		return;
	out_str(", command ");
	tok_print(flow_commands, cmd, "invalid (0x%04x)");
	if (!nonzero16(o, b + 50, ", idle_timeout ") ||
	    !nonzero16(o, b + 52, ", hard_timeout ") ||
	    !nonzero16(o, b + 54, ", priority ") || !of_check(o, b + 56, 4))
		return;
	if (cmd <= FC_MODIFY_STRICT)
		of_named(o, b + 56, 4, ", buffer_id ", buffer_ids, "0x%08x");
	if (!of_check(o, b + 60, 2))
		return;
	if (cmd == FC_DELETE || cmd == FC_DELETE_STRICT)
		of_named(o, b + 60, 2, ", out_port ", ports, "%u");
	if (v = of_get(o, b + 62, 2), o->cut)
		return;
	out_fmt(", flags 0x%04x", v);
	of_bits(flow_flags, v, 7);
	actions_print(o, b + 64, mlen - 72, "\n\t ");
}

static void port_mod(struct of *o, uint64_t b)
{
	if (of_named(o, b, 2, "\n\t port_no ", ports, "%u") &&
	    of_mac(o, b + 2, ", hw_addr ") &&
	    of_bits32(o, b + 8, "\n\t config ", port_config, 0x7f) &&
	    of_bits32(o, b + 12, "\n\t mask ", port_config, 0x7f) &&
	    of_bits32(o, b + 16, "\n\t advertise ", port_features, 0xfff))
		of_check(o, b + 20, 4);
}

/* The frame in a packet in or out: -vvv decodes what was captured of
 * it, 3 levels less. A frame whose printer gives up on the packet ends
 * it, and leaves the levels 3 less for the packets after it too. */
static void packet_data(struct of *o, uint64_t b, uint32_t len)
{
	struct cursor c = o->c;

	if (!len)
		return;
	out_fmt("\n\t data (%u octets)", len);
	if (o->d->vflag < 3) {
		of_check(o, b, len);
		return;
	}
	out_str(", frame decoding below\n");
	cur_skip(&c, (size_t)b);
	c = cur_sub(&c, len);
	o->d->vflag -= 3;
	ether_if_print(o->d, c, len);
	if (o->d->cut)
		return;
	o->d->vflag += 3;
	o->d->stop = false;
}

static void packet_out(struct of *o, uint64_t b, uint32_t mlen)
{
	uint32_t alen;

	if (!of_named(o, b, 4, "\n\t buffer_id ", no_names, "0x%08x") ||
	    !of_named(o, b + 4, 2, ", in_port ", ports, "%u") ||
	    (alen = of_get(o, b + 6, 2), o->cut))
		return;
	if (alen > mlen - 16) {
		invalid(o, b, mlen);
		return;
	}
	actions_print(o, b + 8, alen, "\n\t ");
	if (!o->cut)
		packet_data(o, b + 8 + alen, mlen - 16 - alen);
}

static void packet_in(struct of *o, uint64_t b, uint32_t mlen)
{
	if (of_named(o, b, 4, "\n\t buffer_id ", buffer_ids, "0x%08x") &&
	    dec(o, b + 4, 2, ", total_len ") &&
	    of_named(o, b + 6, 2, ", in_port ", ports, "%u") &&
	    of_named(o, b + 8, 1, ", reason ", packet_in_reasons,
		     "invalid (0x%02x)") && of_check(o, b + 9, 1))
		packet_data(o, b + 10, mlen - 18);
}

static void flow_removed(struct of *o, uint64_t b)
{
	uint64_t cookie;

	if (!match_print(o, b, "\n\t ") || (cookie = of_get8(o, b + 40),
					      o->cut))
		return;
	out_fmt("\n\t cookie 0x%016" PRIx64, cookie);
	if (nonzero16(o, b + 48, ", priority ") &&
	    of_named(o, b + 50, 1, ", reason ", removed_reasons,
		     "unknown (0x%02x)") && of_check(o, b + 51, 1) &&
	    dec(o, b + 52, 4, ", duration_sec ") &&
	    dec(o, b + 56, 4, ", duration_nsec ") &&
	    nonzero16(o, b + 60, ", idle_timeout ") && of_check(o, b + 62, 2) &&
	    dec64(o, b + 64, ", packet_count "))
		dec64(o, b + 72, ", byte_count ");
}

static void error_print(struct of *o, uint64_t b, uint32_t mlen)
{
	uint32_t type = of_get(o, b, 2);

	if (o->cut)
		return;
	out_str("\n\t type ");
	tok_print(error_types, type, "invalid (0x%04x)");
	if (of_named(o, b + 2, 2, ", code ", type <= 5 ? error_codes[type] :
		     no_names, "invalid (0x%04x)"))
		data_print(o, b + 4, mlen - 12);
}

/* ---- statistics */

static void stats_request(struct of *o, uint64_t b, uint32_t mlen)
{
	uint32_t type = of_get(o, b, 2), flags, len = mlen - 12;

	if (o->cut)
		return;
	out_str("\n\t type ");
	tok_print(stats_types, type, "invalid (0x%04x)");
	if (flags = of_get(o, b + 2, 2), o->cut)
		return;
	out_fmt(", flags 0x%04x%s", flags, flags ? " (bogus)" : "");
	switch (type) {
	case ST_DESC: case ST_TABLE:
		if (len)
			break;
		return;
	case ST_FLOW: case ST_AGGREGATE:
		if (len != 44)
			break;
		if (match_print(o, b + 4, "\n\t ") &&
		    of_named(o, b + 44, 1, "\n\t table_id ", table_ids, "%u") &&
		    of_check(o, b + 45, 1))
			of_named(o, b + 46, 2, ", out_port ", ports, "%u");
		return;
	case ST_PORT:
		if (len != 8)
			break;
		if (of_named(o, b + 4, 2, "\n\t port_no ", ports, "%u"))
			of_check(o, b + 6, 6);
		return;
	case ST_QUEUE:
		if (len != 8)
			break;
		if (of_named(o, b + 4, 2, "\n\t port_no ", ports, "%u") &&
		    of_check(o, b + 6, 2))
			of_named(o, b + 8, 4, ", queue_id ", queue_ids, "%u");
		return;
	case ST_VENDOR:
		vendor_print(o, b + 4, len, NULL);
		return;
	default:
		return;
	}
	invalid(o, b, mlen);
}

static void desc_stats(struct of *o, uint64_t b, uint32_t len)
{
	if (len != 1056) {
		invalid(o, b, len);
		return;
	}
	if (str(o, b, 256, "\n\t  mfr_desc ") &&
	    str(o, b + 256, 256, "\n\t  hw_desc ") &&
	    str(o, b + 512, 256, "\n\t  sw_desc ") &&
	    str(o, b + 768, 32, "\n\t  serial_num "))
		str(o, b + 800, 256, "\n\t  dp_desc ");
}

/* One flow entry of at least 88 bytes; false when decoding stopped. */
static bool flow_entry(struct of *o, uint64_t b, uint32_t elen)
{
	uint64_t cookie;

	if (!of_named(o, b + 2, 1, ", table_id ", table_ids, "%u") ||
	    !of_check(o, b + 3, 1) || !match_print(o, b + 4, "\n\t  ") ||
	    !dec(o, b + 44, 4, "\n\t  duration_sec ") ||
	    !dec(o, b + 48, 4, ", duration_nsec ") ||
	    !dec(o, b + 52, 2, ", priority ") ||
	    !dec(o, b + 54, 2, ", idle_timeout ") ||
	    !dec(o, b + 56, 2, ", hard_timeout ") || !of_check(o, b + 58, 6) ||
	    (cookie = of_get8(o, b + 64), o->cut))
		return false;
	out_fmt(", cookie 0x%016" PRIx64, cookie);
	if (!dec64(o, b + 72, ", packet_count ") ||
	    !dec64(o, b + 80, ", byte_count "))
		return false;
	actions_print(o, b + 88, elen - 88, "\n\t  ");
	return !o->cut;
}

static void flow_stats(struct of *o, uint64_t b, uint32_t len)
{
	uint64_t b0 = b;
	uint32_t len0 = len, elen;

	while (len && !o->cut) {
		if (len < 88 || (elen = of_get(o, b, 2), o->cut))
			goto invalid;
		out_fmt("\n\t length %u", elen);
		if (elen < 88 || elen > len)
			goto invalid;
		if (!flow_entry(o, b, elen))
			return;
		b += elen, len -= elen;
	}
	return;
invalid:
	if (!o->cut)
		invalid(o, b0, len0);
}

static void aggregate_stats(struct of *o, uint64_t b, uint32_t len)
{
	if (len != 24) {
		invalid(o, b, len);
		return;
	}
	if (dec64(o, b, "\n\t packet_count ") &&
	    dec64(o, b + 8, ", byte_count ") &&
	    dec(o, b + 16, 4, ", flow_count "))
		of_check(o, b + 20, 4);
}

static void table_stats(struct of *o, uint64_t b, uint32_t len)
{
	uint64_t b0 = b;
	uint32_t len0 = len;

	while (len && !o->cut) {
		if (len < 64) {
			invalid(o, b0, len0);
			return;
		}
		if (!of_named(o, b, 1, "\n\t table_id ", table_ids, "%u") ||
		    !str(o, b + 4, 32, ", name ") ||
		    !of_bits32(o, b + 36, "\n\t  wildcards ", wildcard_bits,
			       0x3fffff) ||
		    !dec(o, b + 40, 4, "\n\t  max_entries ") ||
		    !dec(o, b + 44, 4, ", active_count ") ||
		    !dec64(o, b + 48, ", lookup_count ") ||
		    !dec64(o, b + 56, ", matched_count "))
			return;
		b += 64, len -= 64;
	}
}

static void port_stats(struct of *o, uint64_t b, uint32_t len)
{
	static const char *const names[] = { "rx_packets", "tx_packets",
		"rx_bytes", "tx_bytes", "rx_dropped", "tx_dropped",
		"rx_errors", "tx_errors", "rx_frame_err", "rx_over_err",
		"rx_crc_err", "collisions" };
	uint64_t b0 = b;
	uint32_t len0 = len;
	char pre[24];
	unsigned i;

	while (len && !o->cut) {
		if (len < 104) {
			invalid(o, b0, len0);
			return;
		}
		if (!of_named(o, b, 2, "\n\t  port_no ", ports, "%u"))
			return;
		if (o->d->vflag < 2) {
			of_check(o, b + 2, 102);
		} else if (of_check(o, b + 2, 6)) {
			for (i = 0; i < 12; i++) {
				snprintf(pre, sizeof(pre), ", %s ", names[i]);
				if (!dec64(o, b + 8 + 8 * i, pre))
					return;
			}
		}
		b += 104, len -= 104;
	}
}

static void queue_stats(struct of *o, uint64_t b, uint32_t len)
{
	uint64_t b0 = b;
	uint32_t len0 = len;

	while (len && !o->cut) {
		if (len < 32) {
			invalid(o, b0, len0);
			return;
		}
		if (!of_named(o, b, 2, "\n\t  port_no ", ports, "%u") ||
		    !of_check(o, b + 2, 2) || !dec(o, b + 4, 4, ", queue_id ") ||
		    !dec64(o, b + 8, ", tx_bytes ") ||
		    !dec64(o, b + 16, ", tx_packets ") ||
		    !dec64(o, b + 24, ", tx_errors "))
			return;
		b += 32, len -= 32;
	}
}

static void stats_reply(struct of *o, uint64_t b, uint32_t mlen)
{
	uint32_t type = of_get(o, b, 2), len = mlen - 12, flags;

	if (o->cut)
		return;
	out_str("\n\t type ");
	tok_print(stats_types, type, "invalid (0x%04x)");
	if (flags = of_get(o, b + 2, 2), o->cut)
		return;
	out_fmt(", flags 0x%04x", flags);
	of_bits(reply_flags, flags, 1);
	switch (type) {
	case ST_DESC: desc_stats(o, b + 4, len); return;
	case ST_FLOW: flow_stats(o, b + 4, len); return;
	case ST_AGGREGATE: aggregate_stats(o, b + 4, len); return;
	case ST_TABLE: table_stats(o, b + 4, len); return;
	case ST_PORT: port_stats(o, b + 4, len); return;
	case ST_QUEUE: queue_stats(o, b + 4, len); return;
	case ST_VENDOR: vendor_print(o, b + 4, len, NULL); return;
	}
	of_check(o, b + 4, len);
}

/* ---- the dispatch */

/* The length a type's message must have (its minimum when min). */
static bool length_ok(unsigned type, uint32_t mlen)
{
	switch (type) {
	case T_FEATURES_REQUEST: case T_GET_CONFIG_REQUEST:
	case T_BARRIER_REQUEST: case T_BARRIER_REPLY:
		return mlen == 8;
	case T_SET_CONFIG: case T_GET_CONFIG_REPLY:
	case T_QUEUE_GET_CONFIG_REQUEST:
		return mlen == 12;
	case T_PORT_MOD: return mlen == 32;
	case T_FLOW_REMOVED: return mlen == 88;
	case T_PORT_STATUS: return mlen == 64;
	case T_FEATURES_REPLY: return mlen >= 32;
	case T_ERROR: case T_VENDOR: case T_STATS_REQUEST:
	case T_STATS_REPLY:
		return mlen >= 12;
	case T_PACKET_IN: return mlen >= 18;
	case T_PACKET_OUT: case T_QUEUE_GET_CONFIG_REPLY: return mlen >= 16;
	case T_FLOW_MOD: return mlen >= 72;
	}
	return true;
}

/* The -v details of a message whose length is right. */
static void of10_details(struct of *o, unsigned type, uint64_t b,
			 uint32_t mlen)
{
	switch (type) {
	case T_SET_CONFIG: case T_GET_CONFIG_REPLY:
		if (of_named(o, b, 2, "\n\t flags ", frag_modes,
			     "invalid (0x%04x)"))
			dec(o, b + 2, 2, ", miss_send_len ");
		return;
	case T_PORT_MOD: port_mod(o, b); return;
	case T_QUEUE_GET_CONFIG_REQUEST:
		if (of_named(o, b, 2, "\n\t port ", ports, "%u"))
			of_check(o, b + 2, 2);
		return;
	case T_FLOW_REMOVED: flow_removed(o, b); return;
	case T_PORT_STATUS:
		if (of_named(o, b, 1, "\n\t reason ", port_reasons,
			     "invalid (0x%02x)") && of_check(o, b + 1, 7))
			phy_ports(o, b + 8, 48);
		return;
	case T_FEATURES_REPLY: features_reply(o, b, mlen); return;
	case T_HELLO: case T_ECHO_REQUEST: case T_ECHO_REPLY:
		data_print(o, b, mlen - 8);
		return;
	case T_ERROR: error_print(o, b, mlen); return;
	case T_VENDOR: vendor_print(o, b, mlen - 8, bsn_message); return;
	case T_PACKET_IN: packet_in(o, b, mlen); return;
	case T_STATS_REQUEST: stats_request(o, b, mlen); return;
	case T_STATS_REPLY: stats_reply(o, b, mlen); return;
	case T_PACKET_OUT: packet_out(o, b, mlen); return;
	case T_FLOW_MOD: flow_mod(o, b, mlen); return;
	case T_QUEUE_GET_CONFIG_REPLY:
		if (of_named(o, b, 2, "\n\t port ", ports, "%u") &&
		    of_check(o, b + 2, 6))
			queues_print(o, b + 8, mlen - 16);
		return;
	}
	of_check(o, b, mlen - 8);
}

void of10_body(struct of *o, unsigned type, uint64_t b, uint32_t len)
{
	uint32_t mlen = len + 8;

	if (!length_ok(type, mlen)) {
		out_str(" (invalid)");
		of_check(o, b, len);
		return;
	}
	if (o->d->vflag < 1 || type == T_FEATURES_REQUEST ||
	    type == T_GET_CONFIG_REQUEST || type == T_BARRIER_REQUEST ||
	    type == T_BARRIER_REPLY || type > T_QUEUE_GET_CONFIG_REPLY)
		of_check(o, b, len);
	else
		of10_details(o, type, b, mlen);
}
