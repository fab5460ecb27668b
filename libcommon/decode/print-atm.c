/* print-atm.c - ATM PDUs of SunATM, RFC 1483 and Linux CLIP captures,
 * Q.2931 signalling, LAN emulation and OAM cells (ITU-T I.610) with
 * their CRC-10.
 *
 *   SunATM: | dir:1 type:4 | VPI | VCI (2) | AAL5 PDU ... |
 *   OAM cell: | cell header (4) [HEC] | type:4 func:4 | 45 bytes |
 *             | reserved:6 crc10:10 |
 * Output as tcpdump 4.99 print-atm.c, print-sunatm.c, print-cip.c and
 * print-lane.c; the AAL5 PDUs of other VCs are 802.2 LLC (llc.h).
 */
#include <pcap/dlt.h>

#include "decode.h"
#include "encap.h"
#include "llc.h"
#include "out.h"
#include "table.h"

DECODE_DLT(DLT_SUNATM, sunatm_if_print)
DECODE_DLT(DLT_ATM_RFC1483, atm_if_print)
DECODE_DLT(DLT_ATM_CLIP, cip_if_print)

enum {
	PCAP_ATM_HDRLEN = 4,
	ATM_HDR_LEN_NOHEC = 4,
	VCI_METAC = 0x01, VCI_BCC = 0x02, VCI_OAMF4SC = 0x03,
	VCI_OAMF4EC = 0x04, VCI_PPC = 0x05, VCI_ILMIC = 0x10,
	Q2931 = 0x09,
	OAM_PAYLOAD_LEN = 48,
	CRC10_POLYNOMIAL = 0x633,
};

static const struct tok oam_f_values[] = {
	{ 0x03, "OAM F4 (segment)" }, { 0x04, "OAM F4 (end)" },
	{ 0, NULL }
};

static const struct tok atm_pty_values[] = {
	{ 0x0, "user data, uncongested, SDU 0" },
	{ 0x1, "user data, uncongested, SDU 1" },
	{ 0x2, "user data, congested, SDU 0" },
	{ 0x3, "user data, congested, SDU 1" },
	{ 0x4, "VCC OAM F5 flow segment" },
	{ 0x5, "VCC OAM F5 flow end-to-end" },
	{ 0x6, "Traffic Control and resource Mgmt" },
	{ 0, NULL }
};

static const struct tok oam_celltype_values[] = {
	{ 0x1, "Fault Management" }, { 0x2, "Performance Management" },
	{ 0x8, "activate/deactivate" }, { 0xf, "System Management" },
	{ 0, NULL }
};

static const struct tok oam_fm_functype_values[] = {
	{ 0x0, "AIS" }, { 0x1, "RDI" }, { 0x4, "Continuity Check" },
	{ 0x8, "Loopback" },
	{ 0, NULL }
};

static const struct tok oam_pm_functype_values[] = {
	{ 0x0, "Forward Monitoring" }, { 0x1, "Backward Reporting" },
	{ 0x2, "Monitoring and Reporting" },
	{ 0, NULL }
};

static const struct tok oam_ad_functype_values[] = {
	{ 0x0, "Performance Monitoring" }, { 0x1, "Continuity Check" },
	{ 0, NULL }
};

static const struct tok msgtype_values[] = {
	{ 0x02, "Call_proceeding" }, { 0x07, "Connect" },
	{ 0x0f, "Connect_ack" }, { 0x05, "Setup" }, { 0x4d, "Release" },
	{ 0x5a, "Release_complete" }, { 0x46, "Restart" },
	{ 0x4e, "Restart_ack" }, { 0x7d, "Status" },
	{ 0x75, "Status_enquiry" }, { 0x80, "Add_party" },
	{ 0x81, "Add_party_ack" }, { 0x82, "Add_party_reject" },
	{ 0x83, "Drop_party" }, { 0x84, "Drop_party_ack" },
	{ 0, NULL }
};

/* CRC-10 of the OAM payload, 0 when it verifies. */
static unsigned crc10(struct cursor c, unsigned len)
{
	unsigned accum = 0, i, j;

	for (i = 0; i < len; i++) {
		unsigned t = ((accum >> 2) & 0xff) << 2;

		for (j = 0; j < 8; j++) {
			t <<= 1;
			if (t & 0x400)
				t ^= CRC10_POLYNOMIAL;
		}
		accum = ((accum << 8) & 0x3ff) ^ (t & 0xffff) ^ cur_u8(&c);
	}
	return accum;
}

/* An ID field as tcpdump 4.99 prints it: the 16-bit words at the odd
 * offsets of the field, so one byte after it and not its first. */
static void id_print(struct cursor c, unsigned n)
{
	unsigned i;

	cur_skip(&c, 1);
	for (i = 0; i < n / 2; i++)
		out_fmt("%04x ", cur_be16(&c));
}

/* The function-specific fields of loopback and AIS/RDI cells; false if
 * cut. */
static bool oam_fields_print(struct cursor f, unsigned cell, unsigned func)
{
	if (cell != 1 || (func != 8 && func != 0 && func != 1))
		return true;
	cur_skip(&f, 1);
	if (!cur_has(&f, 45))
		return false;
	if (func == 8) {
		unsigned ind = cur_u8(&f) & 1, tag = cur_be32(&f);

		out_fmt("\n\tLoopback-Indicator %s, Correlation-Tag 0x%08x",
			ind ? "Request" : "Reply", tag);
		out_str("\n\tLocation-ID ");
		id_print(f, 12);
		cur_skip(&f, 12);
		out_str("\n\tSource-ID   ");
		id_print(f, 12);
		return true;
	}
	out_fmt("\n\tFailure-type 0x%02x", cur_u8(&f));
	out_str("\n\tLocation-ID ");
	id_print(f, 16);
	return true;
}

void oam_print(struct dctx *d, struct cursor c, unsigned length, bool hec)
{
	struct cursor p = c;
	unsigned hdr, ct, cell, func, vpi, vci, cksum;
	const struct tok *ft;

	cur_skip(&p, hec);
	hdr = cur_be32(&p);
	ct = cur_u8(&p);
	if (cur_short(&p)) {
		decode_trunc_cut(d, "oam");
		return;
	}
	cell = ct >> 4;
	func = ct & 0x0f;
	vpi = (hdr >> 20) & 0xff;
	vci = (hdr >> 4) & 0xffff;
	tok_print(oam_f_values, vci, "OAM F5");
	out_fmt(", vpi %u, vci %u, payload [ ", vpi, vci);
	tok_print(atm_pty_values, (hdr >> 1) & 7, "Unknown");
	out_fmt(" ], clp %u, length %u", hdr & 1, length);
	if (!d->vflag)
		return;
	out_str("\n\tcell-type ");
	tok_print(oam_celltype_values, cell, "unknown");
	out_fmt(" (%u)", cell);
	ft = cell == 1 ? oam_fm_functype_values :
	     cell == 2 ? oam_pm_functype_values :
	     cell == 8 ? oam_ad_functype_values : NULL;
	if (!ft) {
		out_fmt(", func-type unknown (%u)", func);
	} else {
		out_str(", func-type ");
		tok_print(ft, func, "none");
		out_fmt(" (%u)", func);
	}
	p = c;
	cur_skip(&p, ATM_HDR_LEN_NOHEC + hec);
	if (!oam_fields_print(p, cell, func) ||
	    !cur_has(&p, OAM_PAYLOAD_LEN)) {
		decode_trunc_cut(d, "oam");
		return;
	}
	cksum = cur_peek_be16(&p, 46) & 0x3ff;
	out_fmt("\n\tcksum 0x%03x (%scorrect)", cksum,
		crc10(p, OAM_PAYLOAD_LEN) == 0 ? "" : "in");
}

static void sig_print(struct dctx *d, struct cursor c)
{
	unsigned proto = cur_peek(&c, 0);

	if (!cur_has(&c, 1))
		goto cut;
	if (proto != Q2931) {
		out_fmt("SSCOP, proto %u ", proto);
		return;
	}
	out_str("Q.2931");
	if (!cur_has(&c, 6))
		goto cut;
	out_char(':');
	tok_print(msgtype_values, cur_peek(&c, 5), "msgtype#%u");
	out_fmt(" CALL_REF:0x%06x", cur_peek_be32(&c, 2) >> 8);
	return;
cut:
	decode_trunc_cut(d, "atm");
}

/* An 802.2 LLC PDU; without a printer for it, its raw bytes. Returns
 * the LLC header length. */
static unsigned atm_llc_print(struct dctx *d, struct cursor c, unsigned len)
{
	int r = llc_print(d, c, len, NULL, NULL);

	if (r >= 0)
		return (unsigned)r;
	if (!d->xflag && !d->Xflag && !d->qflag)
		decode_hex_ascii(c, (unsigned)cur_left(&c), 0);
	return (unsigned)-r;
}

static const struct tok lec_op_values[] = {
	{ 0x0001, "configure request" }, { 0x0101, "configure response" },
	{ 0x0002, "join request" }, { 0x0102, "join response" },
	{ 0x0003, "ready query" }, { 0x0103, "ready indication" },
	{ 0x0004, "register request" }, { 0x0104, "register response" },
	{ 0x0005, "unregister request" }, { 0x0105, "unregister response" },
	{ 0x0006, "ARP request" }, { 0x0106, "ARP response" },
	{ 0x0007, "flush request" }, { 0x0107, "flush response" },
	{ 0x0008, "NARP request" }, { 0x0009, "topology request" },
	{ 0, NULL }
};

/* LAN emulation: an LE control frame, or the LE client id and an
 * Ethernet frame (the id shows once the Ethernet header is there). */
static void lane_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned lecid;

	if (!cur_has(&c, 2))
		goto cut;
	lecid = cur_peek_be16(&c, 0);
	if (lecid == 0xff00) {
		if (!cur_has(&c, 6))
			goto cut;
		out_fmt("lec: proto %x vers %x ", cur_peek(&c, 2),
			cur_peek(&c, 3));
		tok_print(lec_op_values, cur_peek_be16(&c, 4), "opcode-#%u");
		return;
	}
	cur_skip(&c, 2);
	if (cur_has(&c, 14) && len - 2 >= cur_left(&c))
		out_fmt("lecid:%x ", lecid);
	ether_if_print(d, c, len - 2);
	return;
cut:
	decode_trunc_cut(d, "lane");
}

/* The PDU of a VC; traffic of no known VC is LANE or 802.2 LLC (the
 * capture's traffic type says). */
static void atm_print(struct dctx *d, unsigned vpi, unsigned vci, bool lane,
		      struct cursor c, unsigned length)
{
	decode_app_proto *snmp;

	if (d->eflag)
		out_fmt("VPI:%u VCI:%u ", vpi, vci);
	if (vpi == 0) {
		switch (vci) {
		case VCI_PPC:
			sig_print(d, c);
			return;
		case VCI_BCC:
			out_str("broadcast sig: ");
			return;
		case VCI_OAMF4SC:
		case VCI_OAMF4EC:
			oam_print(d, c, length, true);
			return;
		case VCI_METAC:
			out_str("meta: ");
			return;
		case VCI_ILMIC:
			out_str("ilmi: ");
			snmp = decode_pt_lookup("snmp", DECODE_UDP);
			if (snmp)
				snmp(d, c, length, NULL);
			return;
		}
	}
	if (lane)
		lane_print(d, c, length);
	else
		atm_llc_print(d, c, length);
}

unsigned sunatm_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned dir = cur_peek(&c, 0), vpi, vci;

	if (d->eflag && cur_has(&c, 1))
		out_str(dir & 0x80 ? "Tx: " : "Rx: ");
	if (!cur_has(&c, PCAP_ATM_HDRLEN)) {
		decode_trunc_cut(d, "sunatm");
		return 0;
	}
	cur_skip(&c, 1);
	vpi = cur_u8(&c);
	vci = cur_be16(&c);
	atm_print(d, vpi, vci, (dir & 0x0f) == 1, c, len - PCAP_ATM_HDRLEN);
	return PCAP_ATM_HDRLEN;
}

/* RFC 1483 (2684): a Cisco NLPID, an LLC header, or 20 bytes of an
 * 802.6 MAC header (a Fore driver's) before the LLC header. */
unsigned atm_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned llchdr;

	if (!cur_has(&c, 1))
		goto cut;
	if (cur_peek(&c, 0) == 0x03) {
		if (d->eflag)
			out_str("CNLPID ");
		cur_skip(&c, 1);
		encap_osi_print(d, c, len - 1);
		return 1;
	}
	if (!cur_has(&c, 3))
		goto cut;
	llchdr = (unsigned)cur_peek_be16(&c, 0) << 8 | cur_peek(&c, 2);
	if (llchdr == 0xaaaa03 || llchdr == 0xfefe03 || llchdr == 0x060603)
		return atm_llc_print(d, c, len);
	if (d->eflag) {
		if (!cur_has(&c, 16))
			goto cut;
		out_fmt("%08x%08x %08x%08x ", cur_peek_be32(&c, 0),
			cur_peek_be32(&c, 4), cur_peek_be32(&c, 8),
			cur_peek_be32(&c, 12));
	}
	if (!cur_has(&c, 20)) {
		decode_trunc(d, "atm");
		return 0;	/* no link header: -x dumps it all */
	}
	cur_skip(&c, 20);
	return 20 + atm_llc_print(d, c, len - 20);
cut:
	decode_trunc_cut(d, "atm");
	return 0;
}

/* Linux Classical IP: an RFC 1483 LLC/SNAP header for ethertypes, or
 * a bare IPv4 packet. */
unsigned cip_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	static const uint8_t rfcllc[] = { 0xaa, 0xaa, 0x03, 0, 0, 0 };
	unsigned i;

	if (d->eflag)
		out_fmt("%u: ", len);
	if (!cur_has(&c, sizeof(rfcllc))) {
		decode_trunc_cut(d, "cip");
		return 0;
	}
	for (i = 0; i < sizeof(rfcllc); i++)
		if (cur_peek(&c, i) != rfcllc[i])
			break;
	if (i == sizeof(rfcllc))
		return atm_llc_print(d, c, len);
	ip_print(d, c, len);
	return 0;
}
