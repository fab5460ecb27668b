/* print-snmp.c - SNMPv1 and v2c (RFC 1157, RFC 3416) over UDP 161/162:
 * the BER elements (X.690) of the message, the PDU and its variable
 * bindings. SNMPv3 messages print their version only (not decoded).
 *
 *   Message ::= SEQUENCE { version INTEGER, community OCTET STRING,
 *                          data PDU }
 * Output as tcpdump 4.99 print-snmp.c without libsmi; object identifiers
 * print numerically (as tcpdump does with -n).
 */
#include "decode.h"
#include "table.h"
#include "out.h"
#include "snmp-mib.h"

enum be_type {
	BE_ANY, BE_INT, BE_UNS, BE_STR, BE_OID, BE_NULL, BE_INETADDR, BE_SEQ,
	BE_PDU, BE_OCTET,
};

enum { TRAP = 4, GETREQ = 0, GETNEXTREQ = 1, GETBULKREQ = 5 };

/* One BER element: where its data starts (an offset into the message
 * cursor) and how long it is. */
struct be {
	enum be_type type;
	unsigned id, len, data;
	int32_t integer;
	uint32_t uns;
};

struct snmp {
	struct dctx *d;
	struct cursor c;	/* the UDP payload */
};

static const char *const pdu_names[] = {
	"GetRequest", "GetNextRequest", "GetResponse", "SetRequest", "Trap",
	"GetBulk", "Inform", "V2Trap", "Report",
};

static const char *const generic_traps[] = {
	"coldStart", "warmStart", "linkDown", "linkUp",
	"authenticationFailure", "egpNeighborLoss", "enterpriseSpecific",
};

static unsigned u8(const struct snmp *s, unsigned off)
{
	return cur_peek(&s->c, off);
}

/* Parse the element at off within len bytes; returns its whole size, or
 * -1 (after tcpdump's complaint, if it has one). */
static int asn1_parse(const struct snmp *s, unsigned off, unsigned len,
		      struct be *e)
{
	unsigned id, form, class, hdr = 1, i;

	if (len < 1 || !cur_has(&s->c, off + 1)) {
		if (len < 1)
			out_str("[nothing to parse]");
		else
			decode_trunc_cut(s->d, "snmp");
		return -1;
	}
	id = u8(s, off);
	form = (id & 0x20) >> 5;
	class = (id & 0xc0) >> 6;
	id &= 0x1f;
	off++;
	len--;
	if (len < 1) {
		out_str("[nothing to parse]");
		return -1;
	}
	if (!cur_has(&s->c, off + 1)) {
		decode_trunc_cut(s->d, "snmp");
		return -1;
	}
	e->len = u8(s, off++);
	len--;
	hdr++;
	if (e->len & 0x80) {
		unsigned n = e->len & 0x7f;

		e->len = 0;
		if (len < n) {
			out_fmt("[asnlen? %d<%d]", len, n);
			return -1;
		}
		for (; n; n--, len--, hdr++) {
			if (!cur_has(&s->c, off + 1)) {
				decode_trunc(s->d, "snmp");
				return -1;
			}
			e->len = e->len << 8 | u8(s, off++);
		}
	}
	if (len < e->len) {
		out_fmt("[len%d<asnlen%u]", len, e->len);
		return -1;
	}
	/* tags tcpdump has no name for (its class names all print "x") */
	if (id >= (unsigned)"\x12\x07\x09\x01"[class]) {
		out_fmt("[id?%c/x/%u]", form ? 'C' : 'P', id);
		return -1;
	}
	if (!cur_has(&s->c, off + e->len)) {
		decode_trunc(s->d, "snmp");
		return -1;
	}
	e->id = id;
	e->data = off;
	e->type = BE_OCTET;
	if (form == 0 && class == 0) {
		if (id == 2) {
			int32_t v;

			if (!e->len) {
				out_str("[asnlen=0]");
				return -1;
			}
			v = (u8(s, off) & 0x80) ? -1 : 0;
			for (i = 0; i < e->len; i++)
				v = (int32_t)((uint32_t)v << 8 | u8(s, off + i));
			e->integer = v;
			e->type = BE_INT;
		} else if (id == 4) {
			e->type = BE_STR;
		} else if (id == 6) {
			e->type = BE_OID;
		} else if (id == 5) {
			e->type = BE_NULL;
		}
	} else if (form == 0 && class == 1) {
		if (id == 0) {
			e->type = BE_INETADDR;
		} else if (id >= 1 && id <= 3) {
			e->uns = 0;
			for (i = 0; i < e->len; i++)
				e->uns = e->uns << 8 | u8(s, off + i);
			e->type = BE_UNS;
		} else if (id == 4) {
			e->type = BE_STR;
		}
	} else if (form == 1 && class == 0 && id == 16) {
		e->type = BE_SEQ;
	} else if (form == 1 && class == 2) {
		e->type = BE_PDU;
	}
	return (int)(e->len + hdr);
}

static void string_print(const struct snmp *s, const struct be *e)
{
	bool printable = true;
	unsigned i;

	for (i = 0; i < e->len && printable; i++) {
		unsigned ch = u8(s, e->data + i);

		printable = ch >= 0x20 && ch < 0x7f;
	}
	if (printable) {
		out_char('"');
		for (i = 0; i < e->len; i++)
			decode_char(u8(s, e->data + i));
		out_char('"');
		return;
	}
	for (i = 0; i < e->len; i++)
		out_fmt(i ? "_%.2x" : "%.2x", u8(s, e->data + i));
}

/* ---- object names without -n: tcpdump's compiled-in MIB */

enum { MIB_ROOT = 0xffff, MIB_NONE = 0xfffe };

/* Prefixes tcpdump abbreviates, tried in this order: mib-2,
 * enterprises, experimental, snmpModules; the encoded OID, and below the
 * arcs after iso of the node whose children follow. */
static const struct {
	const char *prefix;
	unsigned char oid[5], len;
} mib_abbrev[] = {
	{ "", { 0x2b, 6, 1, 2, 1 }, 5 },
	{ "E:", { 0x2b, 6, 1, 4, 1 }, 5 },
	{ "X:", { 0x2b, 6, 1, 3 }, 4 },
	{ "S:", { 0x2b, 6, 1, 6, 3 }, 5 },
};
static const unsigned char mib_abbrev_arcs[][6] = {
	{ 3, 6, 1, 2, 1 }, { 3, 6, 1, 4, 1 }, { 3, 6, 1, 3 }, { 3, 6, 1, 6, 3 },
};

/* The child of parent with arc o, or MIB_NONE. */
static unsigned mib_child(unsigned parent, uint32_t o)
{
	unsigned i;

	if (parent == MIB_NONE)
		return MIB_NONE;
	for (i = 0; i < sizeof(mib_nodes) / sizeof(mib_nodes[0]); i++)
		if (mib_nodes[i].parent == parent && mib_nodes[i].arc == o)
			return i;
	return MIB_NONE;
}

/* The node of iso.arcs... (the abbreviations' nodes), or MIB_NONE. */
static unsigned mib_walk(const unsigned char *arcs, unsigned n)
{
	unsigned node = mib_child(MIB_ROOT, 1), i;

	for (i = 0; i < n && arcs[i]; i++)
		node = mib_child(node, arcs[i]);
	return node;
}

/* One arc: its name under *node, or its number; the dot unless
 * suppressed (tcpdump's OBJ_PRINT). */
static void mib_arc(unsigned *node, uint32_t o, bool nodot)
{
	*node = mib_child(*node, o);
	if (!nodot)
		out_char('.');
	if (*node != MIB_NONE)
		out_str(mib_names + mib_nodes[*node].name);
	else
		out_uint(o, 0);
}

static void oid_print(const struct snmp *s, const struct be *e)
{
	unsigned node = MIB_NONE, i = 0, a;
	int first = -1;
	uint32_t o = 0;

	if (!s->d->nflag && e->len > 2)
		for (a = 0; a < sizeof(mib_abbrev) / sizeof(mib_abbrev[0]); a++) {
			unsigned k, n = mib_abbrev[a].len;

			if (e->len < n)
				continue;
			for (k = 0; k < n && u8(s, e->data + k) ==
				    mib_abbrev[a].oid[k]; k++)
				;
			if (k < n)
				continue;
			out_str(mib_abbrev[a].prefix);
			node = mib_walk(mib_abbrev_arcs[a], 6);
			i = n;
			first = 1;
			break;
		}
	for (; i < e->len; i++) {
		unsigned b = u8(s, e->data + i);

		o = o << 7 | (b & 0x7f);
		if (b & 0x80)
			continue;
		if (first < 0) {
			uint32_t top = o / 40 > 2 ? 2 : o / 40;

			node = s->d->nflag ? MIB_NONE : MIB_ROOT;
			first = 0;
			mib_arc(&node, top, false);
			o -= top * 40;
		}
		mib_arc(&node, o, first > 0);
		if (--first < 0)
			first = 0;
		o = 0;
	}
}

static void asn1_print(const struct snmp *s, const struct be *e)
{
	unsigned i;

	switch (e->type) {
	case BE_INT:
		out_fmt("%d", e->integer);
		break;
	case BE_UNS:
		out_fmt("%u", e->uns);
		break;
	case BE_STR:
		string_print(s, e);
		break;
	case BE_OID:
		oid_print(s, e);
		break;
	case BE_NULL:
		break;
	case BE_INETADDR:
		for (i = 0; i < e->len; i++)
			out_fmt(i ? ".%u" : "%u", u8(s, e->data + i));
		break;
	case BE_SEQ:
		out_fmt("Seq(%u)", e->len);
		break;
	case BE_PDU:
		if (e->id < sizeof(pdu_names) / sizeof(pdu_names[0]))
			out_fmt("%s(%u)", pdu_names[e->id], e->len);
		else
			out_fmt("%u(%u)", e->id, e->len);
		break;
	default:
		out_str("[BE_OCTET]");
		break;
	}
}

/* Parse one element of the wanted type, or complain as tcpdump does. */
static int expect(const struct snmp *s, unsigned off, unsigned len,
		  struct be *e, enum be_type type, const char *complaint)
{
	int n = asn1_parse(s, off, len, e);

	if (n < 0)
		return -1;
	if (e->type != type) {
		out_str(complaint);
		asn1_print(s, e);
		return -1;
	}
	return n;
}

static void varbind_print(const struct snmp *s, unsigned pdu, unsigned off,
			  unsigned len)
{
	struct be e;
	int n;

	if ((n = expect(s, off, len, &e, BE_SEQ, "[!SEQ of varbind]")) < 0)
		return;
	if ((unsigned)n < len)
		out_fmt("[%d extra after SEQ of varbind]", len - n);
	off = e.data;
	len = e.len;
	while (len > 0) {
		unsigned vbend, vblen, voff, vlen;

		out_char(' ');
		if ((n = expect(s, off, len, &e, BE_SEQ, "[!varbind]")) < 0)
			return;
		vbend = off + (unsigned)n;
		vblen = len - (unsigned)n;
		voff = e.data;
		vlen = e.len;
		if ((n = expect(s, voff, vlen, &e, BE_OID, "[objName!=OID]")) < 0)
			return;
		asn1_print(s, &e);
		voff += (unsigned)n;
		vlen -= (unsigned)n;
		if (pdu != GETREQ && pdu != GETNEXTREQ && pdu != GETBULKREQ)
			out_char('=');
		if ((n = asn1_parse(s, voff, vlen, &e)) < 0)
			return;
		if (pdu == GETREQ || pdu == GETNEXTREQ || pdu == GETBULKREQ) {
			if (e.type != BE_NULL) {
				out_str("[objVal!=NULL]");
				asn1_print(s, &e);
			}
		} else {
			asn1_print(s, &e);
		}
		off = vbend;
		len = vblen;
	}
}

static void trap_print(const struct snmp *s, unsigned off, unsigned len)
{
	struct be e;
	int n, generic;

	out_char(' ');
	if ((n = expect(s, off, len, &e, BE_OID, "[enterprise!=OID]")) < 0)
		return;
	asn1_print(s, &e);
	off += (unsigned)n;
	len -= (unsigned)n;
	out_char(' ');
	if ((n = expect(s, off, len, &e, BE_INETADDR,
			"[agent-addr!=INETADDR]")) < 0)
		return;
	asn1_print(s, &e);
	off += (unsigned)n;
	len -= (unsigned)n;
	if ((n = expect(s, off, len, &e, BE_INT, "[generic-trap!=INT]")) < 0)
		return;
	generic = e.integer;
	if (generic >= 0 && generic <= 6)
		out_fmt(" %s", generic_traps[generic]);
	else
		out_fmt(" #%d", generic);
	off += (unsigned)n;
	len -= (unsigned)n;
	if ((n = expect(s, off, len, &e, BE_INT, "[specific-trap!=INT]")) < 0)
		return;
	if (generic != 6) {
		if (e.integer)
			out_fmt("[specific-trap(%d)!=0]", e.integer);
	} else {
		out_fmt(" s=%d", e.integer);
	}
	off += (unsigned)n;
	len -= (unsigned)n;
	out_char(' ');
	if ((n = expect(s, off, len, &e, BE_UNS,
			"[time-stamp!=TIMETICKS]")) < 0)
		return;
	asn1_print(s, &e);
	varbind_print(s, TRAP, off + (unsigned)n, len - (unsigned)n);
}

static const char *const error_status[] = {
	"noError", "tooBig", "noSuchName", "badValue", "readOnly", "genErr",
	"noAccess", "wrongType", "wrongLength", "wrongEncoding", "wrongValue",
	"noCreation", "inconsistentValue", "resourceUnavailable",
	"commitFailed", "undoFailed", "authorizationError", "notWritable",
	"inconsistentName",
};

static void status_name(int v)
{
	if (v >= 0 && v < (int)(sizeof(error_status) / sizeof(error_status[0])))
		out_str(error_status[v]);
	else
		out_fmt("#%d", v);
}

/* Requests, responses, v2 traps and reports: request id, error status
 * and index (non-repeaters and max-repetitions for GetBulk), bindings. */
static void snmppdu_print(const struct snmp *s, unsigned pdu, unsigned off,
			  unsigned len)
{
	bool request = pdu == 0 || pdu == 1 || pdu == 3 || pdu == 6 ||
		       pdu == 7 || pdu == 8;
	int n, status = 0;
	struct be e;

	if ((n = expect(s, off, len, &e, BE_INT, "[reqId!=INT]")) < 0)
		return;
	if (s->d->vflag)
		out_fmt("R=%d ", e.integer);
	off += (unsigned)n;
	len -= (unsigned)n;
	if ((n = expect(s, off, len, &e, BE_INT, "[errorStatus!=INT]")) < 0)
		return;
	if (request && e.integer) {
		out_str("[errorStatus(");
		status_name(e.integer);
		out_str(")!=0]");
	} else if (pdu == GETBULKREQ) {
		out_fmt(" N=%d", e.integer);
	} else if (e.integer) {
		out_char(' ');
		status_name(e.integer);
		status = e.integer;
	}
	off += (unsigned)n;
	len -= (unsigned)n;
	if ((n = expect(s, off, len, &e, BE_INT, "[errorIndex!=INT]")) < 0)
		return;
	if (request && e.integer)
		out_fmt("[errorIndex(%d)!=0]", e.integer);
	else if (pdu == GETBULKREQ)
		out_fmt(" M=%d", e.integer);
	else if (e.integer && !status)
		out_fmt("[errorIndex(%d) w/o errorStatus]", e.integer);
	else if (e.integer)
		out_fmt("@%d", e.integer);
	else if (status)
		out_str("[errorIndex==0]");
	varbind_print(s, pdu, off + (unsigned)n, len - (unsigned)n);
}

static void pdu_print(const struct snmp *s, unsigned off, unsigned len,
		      int version)
{
	struct be pdu;
	int n;

	if ((n = asn1_parse(s, off, len, &pdu)) < 0)
		return;
	if (pdu.type != BE_PDU) {
		out_str("[no PDU]");
		return;
	}
	if ((unsigned)n < len)
		out_fmt("[%d extra after PDU]", len - n);
	if (s->d->vflag)
		out_str("{ ");
	asn1_print(s, &pdu);
	out_char(' ');
	if (version == 0 && (pdu.id == 5 || pdu.id == 6 || pdu.id == 7 ||
			     pdu.id == 8)) {
		out_str("[v2 PDU in v1 message]");
		return;
	}
	if (version == 1 && pdu.id == TRAP) {
		out_str("[v1 PDU in v2 message]");
		return;
	}
	if (pdu.id == TRAP) {
		trap_print(s, pdu.data, pdu.len);
	} else if (pdu.id <= 8) {
		snmppdu_print(s, pdu.id, pdu.data, pdu.len);
	}
	if (s->d->vflag)
		out_str(" } ");
}

DECODE_PORT(UDP, 110, 161, 162, PORT_EITHER, snmp_print)
DECODE_PT("snmp", UDP, snmp_print)

void snmp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct l4info *l4 DECODE_UNUSED)
{
	struct snmp s = { d, c };
	struct be e;
	int n, version;
	unsigned off;

	out_char(' ');
	if ((n = asn1_parse(&s, 0, len, &e)) < 0)
		return;
	if (e.type != BE_SEQ) {
		out_str("[!init SEQ]");
		asn1_print(&s, &e);
		return;
	}
	if ((unsigned)n < len)
		out_fmt("[%d extra after iSEQ]", len - n);
	off = e.data;
	len = e.len;
	if ((n = expect(&s, off, len, &e, BE_INT, "[version!=INT]")) < 0)
		return;
	version = e.integer;
	if (version < 0 || version > 3 || version == 2) {
		out_fmt("SNMP [version = %d]", version);
		return;
	}
	if (d->vflag)
		out_fmt("{ %s ", version == 0 ? "SNMPv1" :
				 version == 1 ? "SNMPv2c" : "SNMPv3");
	off += (unsigned)n;
	len -= (unsigned)n;
	if (version == 3) {
		if (d->vflag)
			out_str("} ");
		return;
	}
	if ((n = expect(&s, off, len, &e, BE_STR, "[comm!=STR]")) < 0)
		return;
	if (!(e.len == 6 && u8(&s, e.data) == 'p' && u8(&s, e.data + 1) == 'u' &&
	      u8(&s, e.data + 2) == 'b' && u8(&s, e.data + 3) == 'l' &&
	      u8(&s, e.data + 4) == 'i' && u8(&s, e.data + 5) == 'c')) {
		out_str("C=");
		string_print(&s, &e);
		out_char(' ');
	}
	pdu_print(&s, off + (unsigned)n, len - (unsigned)n, version);
	if (d->vflag)
		out_str("} ");
}
