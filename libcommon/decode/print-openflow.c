/* print-openflow.c - OpenFlow over TCP (ports 6633 and 6653): the
 * messages of a segment, each with its version-independent header, and
 * the bodies of OpenFlow 1.3 (wire version 4) messages: hello elements,
 * errors, experimenter ids, switch features and configuration, port
 * status and port mod, role and async configuration. OpenFlow 1.0
 * bodies are in print-openflow-1.0.c; the messages of other versions are
 * only checked to be captured.
 * Output as tcpdump 4.99 print-openflow.c and print-openflow-1.3.c.
 */
#include <inttypes.h>
#include <stdio.h>

#include "decode.h"
#include "out.h"
#include "openflow.h"
#include "table.h"

enum { OF_HDR = 8 };


bool of_has(const struct of *o, uint64_t off, uint64_t len)
{
	return off + len <= cur_left(&o->c);
}

uint32_t of_get(struct of *o, uint64_t off, unsigned n)
{
	uint32_t v = 0;
	unsigned i;

	if (!of_has(o, off, n)) {
		o->cut = true;
		return 0;
	}
	for (i = 0; i < n; i++)
		v = v << 8 | cur_peek(&o->c, (size_t)(off + i));
	return v;
}

uint64_t of_get8(struct of *o, uint64_t off)
{
	uint64_t hi = of_get(o, off, 4);

	return hi << 32 | of_get(o, off + 4, 4);
}

static const struct tok versions[] = {
	{ 1, "1.0" }, { 2, "1.1" }, { 3, "1.2" }, { 4, "1.3" }, { 5, "1.4" },
	{ 6, "1.5" },
	{ 0, NULL }
};

static const struct tok of10_types[] = {
	{ 0, "HELLO" }, { 1, "ERROR" }, { 2, "ECHO_REQUEST" },
	{ 3, "ECHO_REPLY" }, { 4, "VENDOR" }, { 5, "FEATURES_REQUEST" },
	{ 6, "FEATURES_REPLY" }, { 7, "GET_CONFIG_REQUEST" },
	{ 8, "GET_CONFIG_REPLY" }, { 9, "SET_CONFIG" }, { 10, "PACKET_IN" },
	{ 11, "FLOW_REMOVED" }, { 12, "PORT_STATUS" }, { 13, "PACKET_OUT" },
	{ 14, "FLOW_MOD" }, { 15, "PORT_MOD" }, { 16, "STATS_REQUEST" },
	{ 17, "STATS_REPLY" }, { 18, "BARRIER_REQUEST" },
	{ 19, "BARRIER_REPLY" }, { 20, "QUEUE_GET_CONFIG_REQUEST" },
	{ 21, "QUEUE_GET_CONFIG_REPLY" },
	{ 0, NULL }
};

enum { T_HELLO, T_ERROR, T_ECHO_REQUEST, T_ECHO_REPLY, T_EXPERIMENTER,
       T_FEATURES_REQUEST, T_FEATURES_REPLY, T_GET_CONFIG_REQUEST,
       T_GET_CONFIG_REPLY, T_SET_CONFIG, T_PACKET_IN, T_FLOW_REMOVED,
       T_PORT_STATUS, T_PACKET_OUT, T_FLOW_MOD, T_GROUP_MOD, T_PORT_MOD,
       T_TABLE_MOD, T_MULTIPART_REQUEST, T_MULTIPART_REPLY,
       T_BARRIER_REQUEST, T_BARRIER_REPLY, T_QUEUE_GET_CONFIG_REQUEST,
       T_QUEUE_GET_CONFIG_REPLY, T_ROLE_REQUEST, T_ROLE_REPLY,
       T_GET_ASYNC_REQUEST, T_GET_ASYNC_REPLY, T_SET_ASYNC, T_METER_MOD };

static const struct tok of13_types[] = {
	{ T_HELLO, "HELLO" }, { T_ERROR, "ERROR" },
	{ T_ECHO_REQUEST, "ECHO_REQUEST" }, { T_ECHO_REPLY, "ECHO_REPLY" },
	{ T_EXPERIMENTER, "EXPERIMENTER" },
	{ T_FEATURES_REQUEST, "FEATURES_REQUEST" },
	{ T_FEATURES_REPLY, "FEATURES_REPLY" },
	{ T_GET_CONFIG_REQUEST, "GET_CONFIG_REQUEST" },
	{ T_GET_CONFIG_REPLY, "GET_CONFIG_REPLY" },
	{ T_SET_CONFIG, "SET_CONFIG" }, { T_PACKET_IN, "PACKET_IN" },
	{ T_FLOW_REMOVED, "FLOW_REMOVED" }, { T_PORT_STATUS, "PORT_STATUS" },
	{ T_PACKET_OUT, "PACKET_OUT" }, { T_FLOW_MOD, "FLOW_MOD" },
	{ T_GROUP_MOD, "GROUP_MOD" }, { T_PORT_MOD, "PORT_MOD" },
	{ T_TABLE_MOD, "TABLE_MOD" },
	{ T_MULTIPART_REQUEST, "MULTIPART_REQUEST" },
	{ T_MULTIPART_REPLY, "MULTIPART_REPLY" },
	{ T_BARRIER_REQUEST, "BARRIER_REQUEST" },
	{ T_BARRIER_REPLY, "BARRIER_REPLY" },
	{ T_QUEUE_GET_CONFIG_REQUEST, "QUEUE_GET_CONFIG_REQUEST" },
	{ T_QUEUE_GET_CONFIG_REPLY, "QUEUE_GET_CONFIG_REPLY" },
	{ T_ROLE_REQUEST, "ROLE_REQUEST" }, { T_ROLE_REPLY, "ROLE_REPLY" },
	{ T_GET_ASYNC_REQUEST, "GET_ASYNC_REQUEST" },
	{ T_GET_ASYNC_REPLY, "GET_ASYNC_REPLY" },
	{ T_SET_ASYNC, "SET_ASYNC" }, { T_METER_MOD, "METER_MOD" },
	{ 0, NULL }
};

/* Experimenter ids: an OUI, or an ONF-assigned id. */
static const struct tok vendors[] = {
	{ 0x002320, "Nicira Networks" }, { 0x5c16c7, "Big Switch Networks" },
	{ 0xd0f0db, "Ericsson" },
	{ 0x4f4e4600, "ONF Extensions" },
	{ 0xff000001, "Budapest University of Technology and Economics" },
	{ 0xff000002, "NoviFlow" },
	{ 0xff000003, "L3+ Extensions, Vendor Neutral" },
	{ 0xff000004, "L4-L7 Extensions" },
	{ 0xff000005, "Wireless and Mobility Extensions" },
	{ 0xff000006, "Forwarding Abstractions Extensions" },
	{ 0xff000007, "Optical Transport Extensions" },
	{ 0xff000008, "Network Benchmarking Lab, NCTU" },
	{ 0xff000009, "Mobile Packet Core Extensions" },
	{ 0xff00000a, "MPLS-TP OpenFlow Extensions for SPTN" },
	{ 0, NULL }
};

const char *of_vendor_name(uint32_t id)
{
	const char *name = tok_str(vendors, id);

	return name ? name : "unknown";
}

static const struct tok capabilities[] = {
	{ 1 << 0, "FLOW_STATS" }, { 1 << 1, "TABLE_STATS" },
	{ 1 << 2, "PORT_STATS" }, { 1 << 3, "GROUP_STATS" },
	{ 1 << 5, "IP_REASM" }, { 1 << 6, "QUEUE_STATS" },
	{ 1 << 8, "PORT_BLOCKED" },
	{ 0, NULL }
};

static const struct tok frag_modes[] = {
	{ 0, "FRAG_NORMAL" }, { 1, "FRAG_DROP" }, { 2, "FRAG_REASM" },
	{ 0, NULL }
};

static const struct tok tables[] = {
	{ 0xfe, "MAX" }, { 0xff, "ALL" },
	{ 0, NULL }
};

static const struct tok miss_lens[] = {
	{ 0xffe5, "MAX" }, { 0xffff, "NO_BUFFER" },
	{ 0, NULL }
};

static const struct tok port_config[] = {
	{ 1 << 0, "PORT_DOWN" }, { 1 << 2, "NO_RECV" }, { 1 << 5, "NO_FWD" },
	{ 1 << 6, "NO_PACKET_IN" },
	{ 0, NULL }
};

static const struct tok port_state[] = {
	{ 1 << 0, "LINK_DOWN" }, { 1 << 1, "BLOCKED" }, { 1 << 2, "LIVE" },
	{ 0, NULL }
};

static const struct tok port_features[] = {
	{ 1 << 0, "10MB_HD" }, { 1 << 1, "10MB_FD" }, { 1 << 2, "100MB_HD" },
	{ 1 << 3, "100MB_FD" }, { 1 << 4, "1GB_HD" }, { 1 << 5, "1GB_FD" },
	{ 1 << 6, "10GB_FD" }, { 1 << 7, "40GB_FD" }, { 1 << 8, "100GB_FD" },
	{ 1 << 9, "1TB_FD" }, { 1 << 10, "OTHER" }, { 1 << 11, "COPPER" },
	{ 1 << 12, "FIBER" }, { 1 << 13, "AUTONEG" }, { 1 << 14, "PAUSE" },
	{ 1 << 15, "PAUSE_ASYM" },
	{ 0, NULL }
};

static const struct tok ports[] = {
	{ 0xffffff00, "MAX" }, { 0xfffffff8, "IN_PORT" },
	{ 0xfffffff9, "TABLE" }, { 0xfffffffa, "NORMAL" },
	{ 0xfffffffb, "FLOOD" }, { 0xfffffffc, "ALL" },
	{ 0xfffffffd, "CONTROLLER" }, { 0xfffffffe, "LOCAL" },
	{ 0xffffffff, "ANY" },
	{ 0, NULL }
};

static const struct tok roles[] = {
	{ 0, "NOCHANGE" }, { 1, "EQUAL" }, { 2, "MASTER" }, { 3, "SLAVE" },
	{ 0, NULL }
};

static const struct tok version_bits[] = {
	{ 1 << 0, "1.0" }, { 1 << 1, "1.1" }, { 1 << 2, "1.2" },
	{ 1 << 3, "1.3" }, { 1 << 4, "1.4" }, { 1 << 5, "1.5" },
	{ 0, NULL }
};

static const struct tok packet_in_reasons[] = {
	{ 1 << 0, "NO_MATCH" }, { 1 << 1, "ACTION" }, { 1 << 2, "INVALID_TTL" },
	{ 0, NULL }
};

static const struct tok port_reasons[] = {
	{ 1 << 0, "ADD" }, { 1 << 1, "DELETE" }, { 1 << 2, "MODIFY" },
	{ 0, NULL }
};

static const struct tok hello_types[] = {
	{ 1, "VERSIONBITMAP" },
	{ 0, NULL }
};

static const struct tok no_names[] = {
	{ 0, NULL }
};

static const struct tok port_reason_names[] = {
	{ 0, "ADD" }, { 1, "DELETE" }, { 2, "MODIFY" },
	{ 0, NULL }
};

/* Error codes by error type; the codes of a type count from 0. */
static const char *const hello_failed[] = { "INCOMPATIBLE", "EPERM", NULL };
static const char *const bad_request[] = { "BAD_VERSION", "BAD_TYPE",
	"BAD_MULTIPART", "BAD_EXPERIMENTER", "BAD_EXP_TYPE", "EPERM",
	"BAD_LEN", "BUFFER_EMPTY", "BUFFER_UNKNOWN", "BAD_TABLE_ID",
	"IS_SLAVE", "BAD_PORT", "BAD_PACKET", "MULTIPART_BUFFER_OVERFLOW",
	NULL };
static const char *const bad_action[] = { "BAD_TYPE", "BAD_LEN",
	"BAD_EXPERIMENTER", "BAD_EXP_TYPE", "BAD_OUT_PORT", "BAD_ARGUMENT",
	"EPERM", "TOO_MANY", "BAD_QUEUE", "BAD_OUT_GROUP",
	"MATCH_INCONSISTENT", "UNSUPPORTED_ORDER", "BAD_TAG", "BAD_SET_TYPE",
	"BAD_SET_LEN", "BAD_SET_ARGUMENT", NULL };
static const char *const bad_instruction[] = { "UNKNOWN_INST",
	"UNSUP_INST", "BAD_TABLE_ID", "UNSUP_METADATA",
	"UNSUP_METADATA_MASK", "BAD_EXPERIMENTER", "BAD_EXP_TYPE", "BAD_LEN",
	"EPERM", NULL };
static const char *const bad_match[] = { "BAD_TYPE", "BAD_LEN", "BAD_TAG",
	"BAD_DL_ADDR_MASK", "BAD_NW_ADDR_MASK", "BAD_WILDCARDS", "BAD_FIELD",
	"BAD_VALUE", "BAD_MASK", "BAD_PREREQ", "DUP_FIELD", "EPERM", NULL };
static const char *const flow_mod_failed[] = { "UNKNOWN", "TABLE_FULL",
	"BAD_TABLE_ID", "OVERLAP", "EPERM", "BAD_TIMEOUT", "BAD_COMMAND",
	"BAD_FLAGS", NULL };
static const char *const group_mod_failed[] = { "GROUP_EXISTS",
	"INVALID_GROUP", "WEIGHT_UNSUPPORTED", "OUT_OF_GROUPS",
	"OUT_OF_BUCKETS", "CHAINING_UNSUPPORTED", "WATCH_UNSUPPORTED", "LOOP",
	"UNKNOWN_GROUP", "CHAINED_GROUP", "BAD_TYPE", "BAD_COMMAND",
	"BAD_BUCKET", "BAD_MATCH", "EPERM", NULL };
static const char *const port_mod_failed[] = { "BAD_PORT", "BAD_HW_ADDR",
	"BAD_CONFIG", "BAD_ADVERTISE", "EPERM", NULL };
static const char *const table_mod_failed[] = { "BAD_TABLE", "BAD_CONFIG",
	"EPERM", NULL };
static const char *const queue_op_failed[] = { "BAD_PORT", "BAD_QUEUE",
	"EPERM", NULL };
static const char *const switch_config_failed[] = { "BAD_FLAGS",
	"BAD_LEN", "EPERM", NULL };
static const char *const role_request_failed[] = { "STALE", "UNSUP",
	"BAD_ROLE", NULL };
static const char *const meter_mod_failed[] = { "UNKNOWN", "METER_EXISTS",
	"INVALID_METER", "UNKNOWN_METER", "BAD_COMMAND", "BAD_FLAGS",
	"BAD_RATE", "BAD_BURST", "BAD_BAND", "BAD_BAND_VALUE",
	"OUT_OF_METERS", "OUT_OF_BANDS", NULL };
static const char *const table_features_failed[] = { "BAD_TABLE",
	"BAD_METADATA", "BAD_TYPE", "BAD_LEN", "BAD_ARGUMENT", "EPERM", NULL };

static const struct {
	const char *name;
	const char *const *codes;
} error_types[] = {
	{ "HELLO_FAILED", hello_failed }, { "BAD_REQUEST", bad_request },
	{ "BAD_ACTION", bad_action }, { "BAD_INSTRUCTION", bad_instruction },
	{ "BAD_MATCH", bad_match }, { "FLOW_MOD_FAILED", flow_mod_failed },
	{ "GROUP_MOD_FAILED", group_mod_failed },
	{ "PORT_MOD_FAILED", port_mod_failed },
	{ "TABLE_MOD_FAILED", table_mod_failed },
	{ "QUEUE_OP_FAILED", queue_op_failed },
	{ "SWITCH_CONFIG_FAILED", switch_config_failed },
	{ "ROLE_REQUEST_FAILED", role_request_failed },
	{ "METER_MOD_FAILED", meter_mod_failed },
	{ "TABLE_FEATURES_FAILED", table_features_failed },
};

/* ---- fields */

/* The names of v's bits in t, then " (bogus)" for bits outside mask. */
void of_bits(const struct tok *t, uint32_t v, uint32_t mask)
{
	const char *sep = " (";

	if (!v)
		return;
	for (; t->s; t++) {
		if (v & t->v) {
			out_str(sep);
			out_str(t->s);
			sep = ", ";
		}
	}
	if (sep[0] == ',')
		out_char(')');
	if (v & ~mask)
		out_str(" (bogus)");
}

/* pre, the 32-bit value in hex and its bits' names. */
bool of_bits32(struct of *o, uint64_t off, const char *pre,
		   const struct tok *t, uint32_t mask)
{
	uint32_t v = of_get(o, off, 4);

	if (o->cut)
		return false;
	out_fmt("%s0x%08x", pre, v);
	of_bits(t, v, mask);
	return true;
}

/* pre and a value's name from t, else fmt. */
bool of_named(struct of *o, uint64_t off, unsigned n, const char *pre,
		  const struct tok *t, const char *fmt)
{
	uint32_t v = of_get(o, off, n);

	if (o->cut)
		return false;
	out_str(pre);
	tok_print(t, v, fmt);
	return true;
}

bool of_check(struct of *o, uint64_t off, uint64_t len)
{
	if (!of_has(o, off, len))
		o->cut = true;
	return !o->cut;
}

/* Variable data: its length, with -vv its bytes. */
void of_data(struct of *o, uint64_t off, uint32_t len)
{
	struct cursor c = o->c;

	if (!len)
		return;
	out_fmt("\n\t data (%u octets)", len);
	if (o->d->vflag < 2) {
		of_check(o, off, len);
		return;
	}
	if (!of_has(o, off, 0))
		o->cut = true;
	if (o->cut)
		return;
	cur_skip(&c, (size_t)off);
	decode_hex_ascii_ident(c, len, "\n\t  ");
	of_check(o, off, len);
}

bool of_mac(struct of *o, uint64_t off, const char *pre)
{
	uint8_t a[6];
	unsigned i;

	if (!of_check(o, off, 6))
		return false;
	for (i = 0; i < 6; i++)
		a[i] = cur_peek(&o->c, (size_t)(off + i));
	out_str(pre);
	decode_etheraddr(o->d, a);
	return true;
}

/* ---- OpenFlow 1.3 bodies; b is the body's offset */

static void port_print(struct of *o, uint64_t b)
{
	static const char *const names[] = { "config", "state", "curr",
		"advertised", "supported", "peer" };
	const struct tok *t;
	char pre[24];
	unsigned i;

	if (!of_named(o, b, 4, "\n\t  port_no ", ports, "%u") || !of_mac(o, b + 8, ", hw_addr "))
		return;
	out_str(", name '");
	for (i = 0; i < 16; i++) {
		uint32_t ch = of_get(o, b + 16 + i, 1);

		if (o->cut || !ch)
			break;
		decode_char(ch);
	}
	if (o->cut)
		return;
	out_char('\'');
	if (o->d->vflag < 2) {
		of_check(o, b + 32, 32);
		return;
	}
	for (i = 0; i < 6; i++) {
		t = i == 0 ? port_config : i == 1 ? port_state : port_features;
		snprintf(pre, sizeof(pre), "\n\t   %s ", names[i]);
		if (!of_bits32(o, b + 32 + 4 * i, pre, t,
			    i == 0 ? 0x65 : i == 1 ? 0x7 : 0xffff))
			return;
	}
	for (i = 0; i < 2; i++) {
		uint32_t v = of_get(o, b + 56 + 4 * i, 4);

		if (o->cut)
			return;
		out_fmt("\n\t   %s %ukbps", i ? "max_speed" : "curr_speed", v);
	}
}

static void features_reply(struct of *o, uint64_t b)
{
	uint64_t dpid = of_get8(o, b);

	if (o->cut)
		return;
	out_fmt("\n\t dpid 0x%016" PRIx64, dpid);
	if (of_get(o, b + 8, 4), o->cut)
		return;
	out_fmt(", n_buffers %u", of_get(o, b + 8, 4));
	if (of_get(o, b + 12, 1), o->cut)
		return;
	out_fmt(", n_tables %u", of_get(o, b + 12, 1));
	if (of_get(o, b + 13, 1), o->cut)
		return;
	out_fmt(", auxiliary_id %u", of_get(o, b + 13, 1));
	if (of_bits32(o, b + 16, "\n\t capabilities ", capabilities, 0x16f))
		of_check(o, b + 20, 4);
}

static void async_print(struct of *o, uint64_t b)
{
	static const char *const names[] = { "packet_in_mask[EM]",
		"packet_in_mask[S]", "port_status_mask[EM]",
		"port_status_mask[S]", "flow_removed_mask[EM]",
		"flow_removed_mask[S]" };
	char pre[32];
	unsigned i;

	for (i = 0; i < 6; i++) {
		snprintf(pre, sizeof(pre), "\n\t %s ", names[i]);
		if (!of_bits32(o, b + 4 * i, pre,
			    i < 2 ? packet_in_reasons : port_reasons, 0x7))
			return;
	}
}

static void port_mod(struct of *o, uint64_t b)
{
	if (of_named(o, b, 4, "\n\t port_no ", ports, "%u") && of_mac(o, b + 8, ", hw_addr ") &&
	    of_bits32(o, b + 16, "\n\t  config ", port_config, 0x65) &&
	    of_bits32(o, b + 20, "\n\t  mask ", port_config, 0x65) &&
	    of_bits32(o, b + 24, "\n\t  advertise ", port_features, 0xffff))
		of_check(o, b + 28, 4);
}

static void hello_elements(struct of *o, uint64_t b, uint32_t len)
{
	while (len) {
		uint32_t type, elen, bm;

		if (len < 4)
			goto invalid;
		if (!of_named(o, b, 2, "\n\t type ", hello_types, "unknown (0x%04x)"))
			return;
		type = of_get(o, b, 2);
		elen = of_get(o, b + 2, 2);
		if (o->cut)
			return;
		out_fmt(", length %u", elen);
		b += 4, len -= 4;
		if (elen < 4 || elen > 4 + len)
			goto invalid;
		if (type == 1 && elen == 8) {
			if (bm = of_get(o, b, 4), o->cut)
				return;
			out_fmt(", bitmap 0x%08x", bm);
			of_bits(version_bits, bm, 0x3f);
		} else {
			if (type == 1)
				out_str(" (bogus)");
			if (!of_check(o, b, elen - 4))
				return;
		}
		b += elen - 4, len -= elen - 4;
	}
	return;
invalid:
	decode_invalid(o->d);
	of_check(o, b, len);
}

static void error_print(struct of *o, uint64_t b, uint32_t len)
{
	uint32_t type = of_get(o, b, 2), code;
	const char *const *codes = NULL;
	unsigned i;

	if (o->cut)
		return;
	if (type < sizeof(error_types) / sizeof(error_types[0])) {
		out_fmt("\n\t type %s", error_types[type].name);
		codes = error_types[type].codes;
	} else {
		out_fmt("\n\t type %s", type == 0xffff ? "EXPERIMENTER" : "");
		if (type != 0xffff)
			out_fmt("invalid (0x%04x)", type);
	}
	if (code = of_get(o, b + 2, 2), o->cut)
		return;
	for (i = 0; codes && codes[i] && i < code; i++)
		;
	if (codes && codes[i])
		out_fmt(", code %s", codes[i]);
	else
		out_fmt(", code invalid (0x%04x)", code);
	of_data(o, b + 4, len - 4);
}

static void experimenter(struct of *o, uint64_t b, uint32_t len)
{
	uint32_t id = of_get(o, b, 4);

	if (o->cut)
		return;
	out_fmt("\n\t experimenter 0x%08x (%s)", id, of_vendor_name(id));
	if (of_named(o, b + 4, 4, ", exp_type ", no_names, "0x%08x"))
		of_data(o, b + 8, len - 8);
}

/* The fixed body length of a 1.3 message type with one; -1: any. */
static int of13_fixlen(unsigned type)
{
	switch (type) {
	case T_FEATURES_REQUEST: case T_GET_CONFIG_REQUEST:
	case T_BARRIER_REQUEST: case T_BARRIER_REPLY:
	case T_GET_ASYNC_REQUEST:
		return 0;
	case T_FEATURES_REPLY:
		return 24;
	case T_QUEUE_GET_CONFIG_REQUEST: case T_TABLE_MOD:
		return 8;
	case T_GET_CONFIG_REPLY: case T_SET_CONFIG:
		return 4;
	case T_PORT_MOD:
		return 32;
	case T_ROLE_REQUEST: case T_ROLE_REPLY: case T_SET_ASYNC:
	case T_GET_ASYNC_REPLY:
		return type == T_SET_ASYNC || type == T_GET_ASYNC_REPLY ? 24 : 16;
	case T_PORT_STATUS:
		return 72;
	}
	return -1;
}

/* A body with its type's layout (the -v details). */
static void of13_details(struct of *o, unsigned type, uint64_t b,
			 uint32_t len)
{
	switch (type) {
	case T_FEATURES_REPLY:
		features_reply(o, b);
		break;
	case T_QUEUE_GET_CONFIG_REQUEST:
		if (of_named(o, b, 4, "\n\t port ", ports, "%u"))
			of_check(o, b + 4, 4);
		break;
	case T_GET_CONFIG_REPLY: case T_SET_CONFIG:
		if (of_named(o, b, 2, "\n\t flags ", frag_modes, "invalid (0x%04x)"))
			of_named(o, b + 2, 2, ", miss_send_len ", miss_lens, "%u");
		break;
	case T_PORT_MOD:
		port_mod(o, b);
		break;
	case T_ROLE_REQUEST: case T_ROLE_REPLY:
		if (of_named(o, b, 4, "\n\t role ", roles, "invalid (0x%08x)") &&
		    (of_get8(o, b + 8), !o->cut))
			out_fmt(", generation_id 0x%016" PRIx64, of_get8(o, b + 8));
		break;
	case T_PORT_STATUS:
		if (of_get(o, b, 1), o->cut)
			break;
		out_str("\n\t reason ");
		tok_print(port_reason_names, of_get(o, b, 1), "invalid (0x02x)");
		port_print(o, b + 8);
		break;
	case T_TABLE_MOD:
		if (of_named(o, b, 1, "\n\t table_id ", tables, "%u"))
			of_named(o, b + 4, 4, ", config ", no_names, "0x%08x");
		break;
	case T_SET_ASYNC: case T_GET_ASYNC_REPLY:
		async_print(o, b);
		break;
	case T_ECHO_REQUEST: case T_ECHO_REPLY:
		of_data(o, b, len);
		break;
	case T_HELLO:
		hello_elements(o, b, len);
		break;
	case T_ERROR:
		error_print(o, b, len);
		break;
	case T_EXPERIMENTER:
		experimenter(o, b, len);
		break;
	default:
		of_check(o, b, len);
		break;
	}
}

static void of13_body(struct of *o, unsigned type, uint64_t b, uint32_t len)
{
	int fix = of13_fixlen(type);
	bool bad = fix >= 0 ? len != (uint32_t)fix :
		   (type == T_ERROR && len < 4) ||
		   (type == T_EXPERIMENTER && len < 8);

	if (bad) {
		decode_invalid(o->d);
		of_check(o, b, len);
	} else if (o->d->vflag < 1 || fix == 0 || type > T_METER_MOD) {
		of_check(o, b, len);
	} else {
		of13_details(o, type, b, len);
	}
}

/* ---- the messages of a segment */

/* A message's header; false when the segment ends inside it. */
static bool of_header(struct of *o, uint64_t *off, uint32_t *len,
		      unsigned *version, unsigned *type, uint32_t *length)
{
	*version = of_get(o, *off, 1);
	if (o->cut)
		return true;
	out_str("\n\tversion ");
	tok_print(versions, *version, "unknown (0x%02x)");
	*off += 1, *len -= 1;
	if (*len < 1)
		return false;
	*type = of_get(o, *off, 1);
	if (o->cut)
		return true;
	out_str(", type ");
	tok_print(*version == 1 ? of10_types : *version == 4 ? of13_types :
		  no_names, *type, "unknown (0x%02x)");
	*off += 1, *len -= 1;
	if (*len < 2)
		return false;
	if (*length = of_get(o, *off, 2), o->cut)
		return true;
	out_fmt(", length %u%s", *length, *length < OF_HDR ? " (too short!)" : "");
	*off += 2, *len -= 2;
	if (*len < 4)
		return false;
	if (of_get(o, *off, 4), o->cut)
		return true;
	out_fmt(", xid 0x%08x", of_get(o, *off, 4));
	*off += 4, *len -= 4;
	return true;
}

void openflow_print(struct dctx *d, struct cursor c, unsigned len,
		    const struct l4info *l4 DECODE_UNUSED)
{
	struct of o = { .d = d, .c = c };
	uint64_t off = 0;
	unsigned version = 0, type = 0;
	uint32_t length = 0;

	out_str(": OpenFlow");
	while (len && !o.cut && !d->stop) {
		if (!of_header(&o, &off, &len, &version, &type, &length)) {
			out_str(" (end of TCP payload)");
			of_check(&o, off, len);
			break;
		}
		if (o.cut)
			break;
		if (length < OF_HDR) {
			decode_invalid(d);
			of_check(&o, off, len);
			break;
		}
		length -= OF_HDR;
		if (version == 4)
			of13_body(&o, type, off, length);
		else if (version == 1)
			of10_body(&o, type, off, length);
		else
			of_check(&o, off, length);
		if (length > len)
			break;
		off += length, len -= length;
	}
	if (o.cut)
		decode_trunc_cut(d, "openflow");
}

DECODE_PORT(TCP, 110, 6633, 6633, PORT_EITHER, openflow_print)
DECODE_PORT(TCP, 111, 6653, 6653, PORT_EITHER, openflow_print)
