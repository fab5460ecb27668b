/* print-juniper.c - the DLT_JUNIPER_* captures of Juniper routers.
 *
 *   | "MGC" | flags | [ext length (2) | TLVs] | PIC cookie | frame ... |
 * The magic "MGC", direction and flags, optional extension TLVs, then a
 * cookie whose length depends on the PIC type, then the frame.
 * Output as tcpdump 4.99 print-juniper.c.
 */
#include <pcap/dlt.h>

#include "decode.h"
#include "encap.h"
#include "llc.h"
#include "out.h"
#include "table.h"

DECODE_DLT(DLT_JUNIPER_ATM1, juniper_atm1_if_print)
DECODE_DLT(DLT_JUNIPER_ATM2, juniper_atm2_if_print)
DECODE_DLT(DLT_JUNIPER_ES, juniper_es_if_print)
DECODE_DLT(DLT_JUNIPER_ETHER, juniper_ether_if_print)
DECODE_DLT(DLT_JUNIPER_PPP, juniper_ppp_if_print)
DECODE_DLT(DLT_JUNIPER_CHDLC, juniper_chdlc_if_print)
DECODE_DLT(DLT_JUNIPER_PPPOE, juniper_pppoe_if_print)
DECODE_DLT(DLT_JUNIPER_PPPOE_ATM, juniper_pppoe_atm_if_print)
DECODE_DLT(DLT_JUNIPER_GGSN, juniper_ggsn_if_print)
DECODE_DLT(DLT_JUNIPER_MONITOR, juniper_monitor_if_print)
DECODE_DLT(DLT_JUNIPER_SERVICES, juniper_services_if_print)
DECODE_DLT(DLT_JUNIPER_MLPPP, juniper_mlppp_if_print)
DECODE_DLT(DLT_JUNIPER_FRELAY, juniper_frelay_if_print)
DECODE_DLT(DLT_JUNIPER_MFR, juniper_mfr_if_print)
DECODE_DLT(DLT_JUNIPER_MLFR, juniper_mlfr_if_print)

enum {
	JUNIPER_BPF_PKT_IN = 0x1,
	JUNIPER_BPF_NO_L2 = 0x2,
	JUNIPER_BPF_EXT = 0x80,
	JUNIPER_MGC_NUMBER = 0x4d4743,
	LS_COOKIE_ID = 0x54,
	AS_COOKIE_ID = 0x47,
	EXT_TLV_OVERHEAD = 2,
	LSQ_L3_PROTO_MASK = 0x17 << 4,
	LSQ_COOKIE_RE = 1 << 3,
	LSQ_COOKIE_DIR = 1 << 2,
};

static const struct tok direction_values[] = {
	{ 1, "In" }, { 0, "Out" },
	{ 0, NULL }
};

static const struct tok jnx_flag_values[] = {
	{ 0x80, "Ext" }, { 0x40, "Filter" }, { 0x04, "IIF" },
	{ 0x02, "no-L2" }, { 0x01, "In" },
	{ 0, NULL }
};

static const struct tok ext_tlv_values[] = {
	{ 1, "Device Interface Index" }, { 2, "Device Interface Name" },
	{ 3, "Device Media Type" }, { 4, "Logical Interface Index" },
	{ 5, "Logical Unit Number" },
	{ 6, "Logical Interface Encapsulation" },
	{ 7, "TTP derived Device Media Type" },
	{ 8, "TTP derived Logical Interface Encapsulation" },
	{ 0, NULL }
};

static const struct tok ifmt_values[] = {
	{ 1, "Ethernet" }, { 2, "FDDI" }, { 3, "Token-Ring" }, { 4, "PPP" },
	{ 57, "PPP-Subordinate" }, { 5, "Frame-Relay" }, { 6, "Cisco-HDLC" },
	{ 7, "SMDS-DXI" }, { 8, "ATM-PVC" }, { 9, "PPP-CCC" },
	{ 10, "Frame-Relay-CCC" }, { 48, "Extended FR-CCC" },
	{ 11, "IP-over-IP" }, { 12, "GRE" }, { 13, "PIM-Encapsulator" },
	{ 14, "PIM-Decapsulator" }, { 15, "Cisco-HDLC-CCC" },
	{ 16, "VLAN-CCC" }, { 32, "Extended-VLAN-CCC" },
	{ 17, "Multilink-PPP" }, { 18, "Multilink-FR" },
	{ 39, "Multilink-FR-UNI-NNI" }, { 19, "Multilink" },
	{ 40, "LinkService" }, { 20, "LSI" }, { 22, "ATM-CCC-Cell-Relay" },
	{ 23, "IPSEC-over-IP" }, { 24, "GGSN" }, { 27, "PPP-TCC" },
	{ 28, "Frame-Relay-TCC" }, { 49, "Extended FR-TCC" },
	{ 29, "Cisco-HDLC-TCC" }, { 30, "Ethernet-CCC" },
	{ 31, "VPN-Loopback-tunnel" }, { 33, "Ethernet-over-ATM" },
	{ 46, "Ethernet-VPLS-over-ATM" }, { 34, "Monitor" },
	{ 35, "Ethernet-TCC" }, { 36, "VLAN-TCC" },
	{ 37, "Extended-VLAN-TCC" }, { 38, "Controller" }, { 41, "VPLS" },
	{ 42, "VLAN-VPLS" }, { 43, "Extended-VLAN-VPLS" },
	{ 44, "Logical-tunnel" }, { 45, "General-Services" },
	{ 56, "PPPoE" }, { 52, "Flexible-Ethernet-Services" },
	{ 50, "Flexible-FrameRelay" }, { 53, "Flow-collection" },
	{ 60, "PIC Peer" }, { 59, "Dynamic-Flow-Capture" },
	{ 0, NULL }
};

static const struct tok ifle_values[] = {
	{ 59, "Aggregator" }, { 9, "CCC over ATM" },
	{ 32, "ATM CCC Cell Relay" }, { 26, "CISCO compatible NLPID" },
	{ 56, "Ethernet over ATM CCC" }, { 41, "Ethernet over ATM LLC" },
	{ 53, "Ethernet VPLS over ATM LLC" }, { 5, "ATM LLC" },
	{ 55, "MLPPP over ATM LLC" }, { 3, "ATM NLPID" },
	{ 61, "PPPoE over ATM LLC" }, { 8, "PPP over FUNI" },
	{ 7, "PPP over ATM LLC" }, { 6, "PPP over ATM VCMUX" },
	{ 2, "ATM SNAP" }, { 43, "ATM SNAP TCC" }, { 35, "ATM VCMUX TCC" },
	{ 4, "ATM VCMUX" }, { 18, "C-HDLC" }, { 25, "C-HDLC CCC" },
	{ 65, "C-HDLC via dialer" }, { 38, "C-HDLC TCC" },
	{ 58, "Collector" }, { 33, "Crypto" }, { 14, "Ethernet" },
	{ 39, "Ethernet CCC" }, { 51, "Extended VLAN VPLS" },
	{ 62, "PPPoE over Ethernet" }, { 45, "Ethernet TCC" },
	{ 50, "VLAN VPLS" }, { 49, "VPLS" }, { 42, "Extended VLAN CCC" },
	{ 47, "Extended VLAN TCC" }, { 13, "FR CCC" }, { 10, "FR NLPID" },
	{ 54, "FR CCC" }, { 12, "FR PPP" }, { 11, "FR SNAP" },
	{ 36, "FR TCC" }, { 34, "GGSN" }, { 22, "GRE NULL" },
	{ 23, "PPP over GRE" }, { 20, "IPIP" }, { 60, "LAPD" },
	{ 30, "LSI Null" }, { 57, "LT VLAN" }, { 48, "MFR" }, { 29, "MLFR" },
	{ 28, "MLPPP" }, { 44, "Monitor" }, { 24, "PIMd" },
	{ 21, "PIM Null" }, { 17, "PPP" }, { 63, "PPPoE" },
	{ 19, "PPP CCC" }, { 64, "" }, { 37, "PPP TCC" },
	{ 52, "General Services" }, { 27, "VLAN CCC" }, { 46, "VLAN TCC" },
	{ 40, "VT" },
	{ 0, NULL }
};

static const struct tok ipsec_type_values[] = {
	{ 1, "ESP ENCR-AUTH" }, { 2, "ESP ENCR-AH AUTH" }, { 3, "ESP AUTH" },
	{ 4, "AH AUTH" }, { 5, "ESP ENCR" },
	{ 0, NULL }
};

static const struct tok ggsn_proto_values[] = {
	{ 1, "Null" }, { 2, "IPv4" }, { 6, "IPv6" },
	{ 0, NULL }
};

/* The PIC types: cookie length, name, the marker of a cut read. */
struct jnx_pic {
	int dlt;
	unsigned char cookie_len;
	const char *name, *proto;
};

static const struct jnx_pic jnx_pics[] = {
	{ DLT_JUNIPER_ATM1, 4, "ATM1", "juniper_atm1" },
	{ DLT_JUNIPER_ATM2, 8, "ATM2", "juniper_atm2" },
	{ DLT_JUNIPER_MLPPP, 2, "MLPPP", "juniper_mlppp" },
	{ DLT_JUNIPER_MLFR, 2, "MLFR", "juniper_mlfr" },
	{ DLT_JUNIPER_MFR, 4, "MFR", "juniper_mfr" },
	{ DLT_JUNIPER_PPPOE, 0, "PPPoE", "juniper_pppoe" },
	{ DLT_JUNIPER_PPPOE_ATM, 0, "PPPoE ATM", "juniper_pppoe_atm" },
	{ DLT_JUNIPER_GGSN, 8, "GGSN", "juniper_ggsn" },
	{ DLT_JUNIPER_MONITOR, 8, "MONITOR", "juniper_monitor" },
	{ DLT_JUNIPER_SERVICES, 8, "AS", "juniper_services" },
	{ DLT_JUNIPER_ES, 0, "ES", "juniper_es" },
	{ DLT_JUNIPER_ETHER, 0, NULL, "juniper_ether" },
	{ DLT_JUNIPER_PPP, 0, NULL, "juniper_ppp" },
	{ DLT_JUNIPER_CHDLC, 0, NULL, "juniper_chdlc" },
	{ DLT_JUNIPER_FRELAY, 0, NULL, "juniper_frelay" },
};

struct jnx_l2 {
	const struct jnx_pic *pic;
	unsigned length, header_len, cookie_len, cookie_type, bundle, proto;
	unsigned flags;
	uint8_t cookie[8];
	struct cursor frame;	/* after the header */
};

static const struct jnx_pic *jnx_pic(int dlt)
{
	unsigned i;

	for (i = 0; i < sizeof(jnx_pics) / sizeof(jnx_pics[0]); i++)
		if (jnx_pics[i].dlt == dlt)
			return &jnx_pics[i];
	return NULL;
}

/* An extension TLV's value: little-endian below type 128; -1 for a
 * length other than 1 to 4 (or 4 bytes of all ones); -2 when not
 * captured. */
static long jnx_tlv_value(struct cursor c, unsigned type, unsigned len)
{
	unsigned long v = 0;
	unsigned i;

	if (len < 1 || len > 4)
		return -1;
	if (!cur_has(&c, len))
		return -2;
	for (i = 0; i < len; i++) {
		unsigned b = cur_u8(&c);

		if (type < 128)
			v |= (unsigned long)b << (8 * i);
		else
			v = v << 8 | b;
	}
	/* tcpdump's int value of all ones is its "no value" */
	if (v == 0xffffffff)
		return -1;
	return (long)v;
}

/* Returns false when the packet ends here (marker printed or not). */
static bool jnx_ext_print(struct dctx *d, struct cursor t, unsigned ext_len,
			  const char *proto)
{
	if (d->vflag > 1)
		out_fmt(", PCAP Extension(s) total length %u", ext_len);
	if (!cur_has(&t, ext_len))
		goto cut;
	while (ext_len > EXT_TLV_OVERHEAD) {
		unsigned type = cur_u8(&t), len = cur_u8(&t);
		long v;

		if (type == 0 || len == 0)
			break;
		if (ext_len < len + EXT_TLV_OVERHEAD) {
			out_fmt(" [extension_length %u < %u]", ext_len,
				len + EXT_TLV_OVERHEAD);
			decode_invalid(d);
			return false;
		}
		if (d->vflag > 1) {
			out_str("\n\t  ");
			tok_print(ext_tlv_values, type, "Unknown");
			out_fmt(" Extension TLV #%u, length %u, value ", type,
				len);
		}
		v = jnx_tlv_value(t, type, len);
		if (v == -2)
			goto cut;
		if (v >= 0 && d->vflag > 1 && type != 2) {
			if (type == 3 || type == 7)
				tok_print(ifmt_values, (unsigned)v, "Unknown");
			else if (type == 6 || type == 8)
				tok_print(ifle_values, (unsigned)v, "Unknown");
			if (type == 3 || type == 7 || type == 6 || type == 8)
				out_fmt(" (%ld)", v);
			else
				out_fmt("%ld", v);
		}
		cur_skip(&t, len);
		ext_len -= len + EXT_TLV_OVERHEAD;
	}
	if (d->vflag > 1)
		out_str("\n\t-----original packet-----\n\t");
	return true;
cut:
	decode_trunc_cut(d, proto);
	return false;
}

static bool ip_heuristic_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned b = cur_peek(&c, 0);

	if (!cur_has(&c, 1))
		return false;
	if (b >= 0x45 && b <= 0x4f)
		ip_print(d, c, len);
	else if (b >= 0x60 && b <= 0x6f)
		ip6_print(d, c, len);
	else
		return false;
	return true;
}

/* The cookie of the PIC type; false when the packet ends here. */
static bool jnx_cookie_parse(struct dctx *d, struct jnx_l2 *l2,
			     struct cursor *p)
{
	const struct jnx_pic *pic = l2->pic;
	unsigned i, first;

	if (!pic->name)
		return true;
	if (!cur_has(p, 1)) {
		decode_trunc_cut(d, pic->proto);
		return false;
	}
	l2->cookie_len = pic->cookie_len;
	first = cur_peek(p, 0);
	if (first == LS_COOKIE_ID) {
		l2->cookie_type = LS_COOKIE_ID;
		l2->cookie_len += 2;
	} else if (first == AS_COOKIE_ID) {
		l2->cookie_type = AS_COOKIE_ID;
		l2->cookie_len = 8;
	}
	if (pic->dlt == DLT_JUNIPER_MFR && (first & 0xc0) == 0xc0)
		l2->cookie_len = 0;	/* child links carry no cookie */
	l2->header_len += l2->cookie_len;
	l2->length -= l2->cookie_len;
	if (d->eflag)
		out_fmt("%s-PIC, cookie-len %u", pic->name, l2->cookie_len);
	if (l2->cookie_len > 8) {
		decode_invalid(d);
		return false;
	}
	if (l2->cookie_len > 0) {
		if (!cur_has(p, l2->cookie_len)) {
			decode_trunc_cut(d, pic->proto);
			return false;
		}
		if (d->eflag)
			out_str(", cookie 0x");
		for (i = 0; i < l2->cookie_len; i++) {
			l2->cookie[i] = cur_peek(p, i);
			if (d->eflag)
				out_fmt("%02x", l2->cookie[i]);
		}
	}
	if (d->eflag)
		out_str(": ");
	if (!cur_has(p, l2->cookie_len + 2)) {
		decode_trunc_cut(d, pic->proto);
		return false;
	}
	l2->proto = cur_peek_be16(p, l2->cookie_len);
	cur_skip(p, l2->cookie_len);
	if (l2->cookie_type != LS_COOKIE_ID && l2->cookie_type != AS_COOKIE_ID)
		l2->bundle = l2->cookie[0];
	return true;
}

static void jnx_dlt_step(struct dctx *d, struct jnx_l2 *l2, struct cursor *p)
{
	int dlt = l2->pic->dlt;

	if (dlt == DLT_JUNIPER_MLPPP || dlt == DLT_JUNIPER_MLFR ||
	    dlt == DLT_JUNIPER_MFR) {
		if (l2->cookie_type == LS_COOKIE_ID) {
			l2->bundle = l2->cookie[1];
		} else if (l2->cookie_type == AS_COOKIE_ID) {
			l2->bundle = ((l2->cookie[6] << 8 | l2->cookie[7]) >> 3) &
				     0xfff;
			l2->proto = l2->cookie[5] & LSQ_L3_PROTO_MASK;
		}
		if (dlt != DLT_JUNIPER_MLPPP && l2->cookie_type == LS_COOKIE_ID) {
			if (!cur_has(p, 2)) {
				decode_trunc_cut(d, l2->pic->proto);
				return;
			}
			l2->proto = cur_peek_be16(p, 0);
		}
		if ((dlt == DLT_JUNIPER_MFR && l2->cookie_type == LS_COOKIE_ID) ||
		    (dlt == DLT_JUNIPER_MLFR &&
		     l2->cookie_type != AS_COOKIE_ID)) {
			l2->header_len += 2;
			l2->length -= 2;
		}
	} else if (dlt == DLT_JUNIPER_ATM2) {
		unsigned cw;

		if (!cur_has(p, 4)) {
			decode_trunc_cut(d, l2->pic->proto);
			return;
		}
		if (l2->cookie[7] & 0x70) {
			cw = cur_peek_be32(p, 0);
			if (cw == 0 || cw == 0x08000000 || cw == 0x08380000)
				l2->header_len += 4;
			if (d->eflag)
				out_fmt("control-word 0x%08x ", cw);
		}
	}
	if (d->eflag)
		out_fmt("hlen %u, proto 0x%04x, ", l2->header_len, l2->proto);
}

/* Magic, flags, extensions and cookie; false when the frame is not to
 * be printed (it was, or a marker was). */
static bool jnx_parse_header(struct dctx *d, struct cursor c, unsigned len,
			     struct jnx_l2 *l2)
{
	struct cursor p = c;
	unsigned hdr = 4, ext_len;

	l2->length = len;
	if (!cur_has(&c, 4)) {
		decode_trunc_cut(d, l2->pic->proto);
		return false;
	}
	l2->flags = cur_peek(&c, 3);
	if ((cur_peek_be32(&c, 0) >> 8) != JUNIPER_MGC_NUMBER) {
		out_str("no magic-number found!");
		return false;
	}
	if (d->eflag) {
		out_fmt("%3s ", tok_str(direction_values,
					l2->flags & JUNIPER_BPF_PKT_IN));
	}
	if (d->vflag > 1) {
		out_str("\n\tJuniper PCAP Flags [");
		tok_bits_print(jnx_flag_values, l2->flags, ", ", "none");
		out_char(']');
	}
	cur_skip(&p, 4);
	if (l2->flags & JUNIPER_BPF_EXT) {
		ext_len = cur_be16(&p);
		if (cur_short(&p)) {
			decode_trunc_cut(d, l2->pic->proto);
			return false;
		}
		hdr += 2 + ext_len;
		if (!jnx_ext_print(d, p, ext_len, l2->pic->proto))
			return false;
		cur_skip(&p, ext_len);
	}
	if (l2->flags & JUNIPER_BPF_NO_L2) {
		struct cursor ip = c;

		if (d->eflag)
			out_str("no-L2-hdr, ");
		if (!cur_skip(&ip, hdr + 4) || !cur_has(&ip, 1)) {
			decode_trunc(d, l2->pic->proto);
			return false;
		}
		if (!ip_heuristic_print(d, ip, len - (hdr + 4)))
			out_str("no IP-hdr found!");
		l2->header_len = hdr + 4;
		return false;
	}
	l2->header_len = hdr;
	l2->length -= hdr;
	if (!jnx_cookie_parse(d, l2, &p))
		return false;
	jnx_dlt_step(d, l2, &p);
	if (d->stop)
		return false;
	l2->frame = c;
	cur_skip(&l2->frame, l2->header_len);
	if (l2->header_len > cur_left(&c))
		l2->frame.short_read = false;
	return true;
}

/* 802.2 LLC with an OSI or SNAP header, as ATM PICs see it: true when
 * that printed it (or the capture ended in it). */
static bool jnx_atm_llc(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned v = (unsigned)cur_peek_be16(&c, 0) << 8 | cur_peek(&c, 2);

	if (v != 0xfefe03 && v != 0xaaaa03)
		return false;
	return llc_print(d, c, len, NULL, NULL) > 0 || d->stop;
}

static unsigned jnx_start(struct dctx *d, int dlt, struct cursor c,
			  unsigned len, struct jnx_l2 *l2, bool *go)
{
	*l2 = (struct jnx_l2){ .pic = jnx_pic(dlt) };
	*go = jnx_parse_header(d, c, len, l2);
	return l2->header_len;
}

unsigned juniper_atm1_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct jnx_l2 l2;
	bool go;
	unsigned hl = jnx_start(d, DLT_JUNIPER_ATM1, c, len, &l2, &go);

	if (!go)
		return hl;
	if (l2.cookie[0] == 0x80) {
		oam_print(d, l2.frame, l2.length, false);
		return hl;
	}
	if (!cur_has(&l2.frame, 3)) {
		decode_trunc_cut(d, "juniper_atm1");
		return hl;
	}
	if (jnx_atm_llc(d, l2.frame, l2.length))
		return hl;
	if (cur_peek(&l2.frame, 0) == 0x03) {
		struct cursor o = l2.frame;

		cur_skip(&o, 1);
		encap_osi_print(d, o, l2.length - 1);
		return hl;
	}
	ip_heuristic_print(d, l2.frame, l2.length);
	return hl;
}

static bool jnx_ppp_heuristic(struct dctx *d, struct cursor c, unsigned len)
{
	static const unsigned short protos[] = {
		0x0021, 0x0023, 0x0281, 0x0283, 0x8021, 0x8023, 0x8281,
		0xc021, 0xc023, 0xc223, 0x003d, 0x0057, 0x8057,
	};
	unsigned v = cur_peek_be16(&c, 0), i;

	for (i = 0; i < sizeof(protos) / sizeof(protos[0]); i++) {
		if (protos[i] == v) {
			ppp_print(d, c, len);
			return true;
		}
	}
	return false;
}

unsigned juniper_atm2_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct jnx_l2 l2;
	bool go;
	unsigned hl = jnx_start(d, DLT_JUNIPER_ATM2, c, len, &l2, &go);

	if (!go)
		return hl;
	if (l2.cookie[7] & 0x70) {
		oam_print(d, l2.frame, l2.length, false);
		return hl;
	}
	if (!cur_has(&l2.frame, 3)) {
		decode_trunc_cut(d, "juniper_atm2");
		return hl;
	}
	if (jnx_atm_llc(d, l2.frame, l2.length))
		return hl;
	if (!(l2.flags & JUNIPER_BPF_PKT_IN) &&
	    ((unsigned)l2.cookie[3] & 0x3f)) {
		ether_if_print(d, l2.frame, l2.length);
		return hl;
	}
	if (cur_peek(&l2.frame, 0) == 0x03) {
		struct cursor o = l2.frame;

		cur_skip(&o, 1);
		encap_osi_print(d, o, l2.length - 1);
		return hl;
	}
	if (jnx_ppp_heuristic(d, l2.frame, l2.length))
		return hl;
	ip_heuristic_print(d, l2.frame, l2.length);
	return hl;
}

static void es_header_print(struct dctx *d, struct cursor h, unsigned type,
			    unsigned length, bool bundle)
{
	unsigned sa = cur_be16(&h), ttl = cur_u8(&h), spi;
	uint8_t src[4], dst[4];

	cur_skip(&h, 1);
	spi = cur_be32(&h);
	cur_bytes(&h, src, 4);
	cur_bytes(&h, dst, 4);
	out_fmt("ES SA, index %u, ttl %u type ", sa, ttl);
	tok_print(ipsec_type_values, type, "Unknown");
	out_fmt(" (%u), ", type);
	if (!bundle) {
		out_fmt("spi %u, Tunnel ", spi);
		decode_ip4addr(d, src);
		out_str(" > ");
		decode_ip4addr(d, dst);
		out_str(", ");
	}
	out_fmt("length %u\n", length);
}

unsigned juniper_es_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct jnx_l2 l2;
	bool go;
	unsigned hl = jnx_start(d, DLT_JUNIPER_ES, c, len, &l2, &go), type;
	unsigned rewrite;
	struct cursor p;

	if (!go)
		return hl;
	if (!cur_has(&l2.frame, 16)) {
		decode_trunc_cut(d, "juniper_es");
		return hl;
	}
	type = cur_peek(&l2.frame, 3);
	if (type == 1 || type == 2) {
		rewrite = 0;
	} else if (type >= 3 && type <= 5) {
		rewrite = 16;
	} else {
		out_fmt("ES Invalid type %u, length %u", type, l2.length);
		return hl;
	}
	l2.length -= rewrite;
	if (d->eflag)
		es_header_print(d, l2.frame, type, l2.length, rewrite == 0);
	p = l2.frame;
	cur_skip(&p, rewrite);
	ip_print(d, p, l2.length);
	return hl;
}

unsigned juniper_ether_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct jnx_l2 l2;
	bool go;
	unsigned hl = jnx_start(d, DLT_JUNIPER_ETHER, c, len, &l2, &go);

	if (go)
		hl += ether_if_print(d, l2.frame, l2.length);
	return hl;
}

unsigned juniper_ppp_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct jnx_l2 l2;
	bool go;
	unsigned hl = jnx_start(d, DLT_JUNIPER_PPP, c, len, &l2, &go);

	if (go)
		ppp_print(d, l2.frame, l2.length);
	return hl;
}

unsigned juniper_chdlc_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct jnx_l2 l2;
	bool go;
	unsigned hl = jnx_start(d, DLT_JUNIPER_CHDLC, c, len, &l2, &go);

	if (go)
		chdlc_print(d, l2.frame, l2.length);
	return hl;
}

unsigned juniper_pppoe_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct jnx_l2 l2;
	bool go;
	unsigned hl = jnx_start(d, DLT_JUNIPER_PPPOE, c, len, &l2, &go);

	if (go)
		ether_if_print(d, l2.frame, l2.length);
	return hl;
}

unsigned juniper_pppoe_atm_if_print(struct dctx *d, struct cursor c,
				    unsigned len)
{
	struct jnx_l2 l2;
	bool go;
	unsigned hl = jnx_start(d, DLT_JUNIPER_PPPOE_ATM, c, len, &l2, &go);
	unsigned type;
	struct cursor p;

	if (!go)
		return hl;
	p = l2.frame;
	type = cur_be16(&p);
	if (cur_short(&p)) {
		decode_trunc_cut(d, "juniper_pppoe_atm");
		return hl;
	}
	if (!ethertype_print(d, type, p, l2.length - 2))
		out_fmt("unknown ethertype 0x%04x", type);
	return hl;
}

unsigned juniper_ggsn_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct jnx_l2 l2;
	bool go;
	unsigned hl = jnx_start(d, DLT_JUNIPER_GGSN, c, len, &l2, &go), proto;

	if (!go)
		return hl;
	proto = l2.cookie[2];
	if (d->eflag) {
		out_str("proto ");
		tok_print(ggsn_proto_values, proto, "Unknown");
		out_fmt(" (%u), vlan %u: ", proto,
			(unsigned)(l2.cookie[4] << 8 | l2.cookie[5]));
	}
	if (proto == 2)
		ip_print(d, l2.frame, l2.length);
	else if (proto == 6)
		ip6_print(d, l2.frame, l2.length);
	else if (!d->eflag)
		out_fmt("unknown GGSN proto (%u)", proto);
	return hl;
}

unsigned juniper_monitor_if_print(struct dctx *d, struct cursor c,
				  unsigned len)
{
	struct jnx_l2 l2;
	bool go;
	unsigned hl = jnx_start(d, DLT_JUNIPER_MONITOR, c, len, &l2, &go);
	struct cursor m;

	if (!go)
		return hl;
	m = l2.frame;
	if (!cur_has(&m, 8)) {
		decode_trunc(d, "juniper_monitor");
		return hl;
	}
	if (d->eflag)
		out_fmt("service-id %u, iif %u, pkt-type %u: ",
			cur_peek_be32(&m, 4), cur_peek_be16(&m, 2),
			cur_peek(&m, 0));
	ip_heuristic_print(d, l2.frame, l2.length);
	return hl;
}

unsigned juniper_services_if_print(struct dctx *d, struct cursor c,
				   unsigned len)
{
	struct jnx_l2 l2;
	bool go;
	unsigned hl = jnx_start(d, DLT_JUNIPER_SERVICES, c, len, &l2, &go);
	struct cursor m;

	if (!go)
		return hl;
	m = l2.frame;
	if (!cur_has(&m, 8)) {
		decode_trunc(d, "juniper_services");
		return hl;
	}
	if (d->eflag)
		out_fmt("service-id %u flags 0x%02x service-set-id 0x%04x "
			"iif %u: ", cur_peek(&m, 0), cur_peek(&m, 1),
			cur_peek_be16(&m, 2), cur_peek_be32(&m, 4) & 0xffffff);
	ip_heuristic_print(d, l2.frame, l2.length);
	return hl;
}

unsigned juniper_frelay_if_print(struct dctx *d, struct cursor c,
				 unsigned len)
{
	struct jnx_l2 l2;
	bool go;
	unsigned hl = jnx_start(d, DLT_JUNIPER_FRELAY, c, len, &l2, &go);

	if (go)
		fr_print(d, l2.frame, l2.length);
	return hl;
}

/* An OSI PDU through the NLPID table, from its NLPID byte. */
static void jnx_osi_print(struct dctx *d, struct cursor c, unsigned len)
{
	decode_net_proto *fn = decode_net_lookup(DECODE_T_NLPID,
						 cur_peek(&c, 0));

	if (fn)
		fn(d, c, len);
}

/* MFR and MLFR: the protocol field before the frame says what it is. */
static void jnx_fr_proto_print(struct dctx *d, struct cursor c,
			       const struct jnx_l2 *l2)
{
	struct cursor o = c;

	switch (l2->proto) {
	case 0xfefe:
		cur_skip(&o, l2->header_len + 1);
		jnx_osi_print(d, o, l2->length - 1);
		return;
	case 0x0308:
	case 0x03cc:
	case 0x038e:
		cur_skip(&o, l2->header_len - 1);
		jnx_osi_print(d, o, l2->length + 1);
		return;
	case 0x0003:
	case 0x0300:
		if (l2->pic->dlt == DLT_JUNIPER_MLFR) {
			jnx_osi_print(d, l2->frame, l2->length);
			return;
		}
	}
	out_fmt("unknown protocol 0x%04x, length %u", l2->proto, l2->length);
}

static bool jnx_lsq_print(struct dctx *d, const struct jnx_l2 *l2)
{
	switch (l2->proto) {
	case 0 << 4:
		ip_print(d, l2->frame, l2->length);
		return true;
	case 1 << 4:
		ip6_print(d, l2->frame, l2->length);
		return true;
	case 2 << 4:
		mpls_print(d, l2->frame, l2->length);
		return true;
	case 3 << 4:
		jnx_osi_print(d, l2->frame, l2->length);
		return true;
	}
	return false;
}

static unsigned cookie32(const struct jnx_l2 *l2)
{
	return (unsigned)l2->cookie[0] << 24 | (unsigned)l2->cookie[1] << 16 |
	       (unsigned)l2->cookie[2] << 8 | l2->cookie[3];
}

unsigned juniper_mfr_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct jnx_l2 l2;
	bool go;
	unsigned hl = jnx_start(d, DLT_JUNIPER_MFR, c, len, &l2, &go);

	if (!go)
		return hl;
	if (l2.cookie_len == 0) {
		mfr_print(d, l2.frame, l2.length);
		return hl;
	}
	if (l2.cookie_len == 8) {
		jnx_lsq_print(d, &l2);
		return hl;
	}
	if (d->eflag && cookie32(&l2) != 1)
		out_fmt("Bundle-ID %u, ", l2.bundle);
	jnx_fr_proto_print(d, c, &l2);
	return hl;
}

unsigned juniper_mlfr_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct jnx_l2 l2;
	bool go;
	unsigned hl = jnx_start(d, DLT_JUNIPER_MLFR, c, len, &l2, &go);

	if (!go)
		return hl;
	if (d->eflag && cookie32(&l2) != 1)
		out_fmt("Bundle-ID %u, ", l2.bundle);
	jnx_fr_proto_print(d, c, &l2);
	return hl;
}

unsigned juniper_mlppp_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct jnx_l2 l2;
	bool go;
	unsigned hl = jnx_start(d, DLT_JUNIPER_MLPPP, c, len, &l2, &go), ck;

	if (!go)
		return hl;
	ck = (unsigned)(l2.cookie[0] << 8 | l2.cookie[1]);
	if (d->eflag && ck != 0x0023 && ck != 0xff03)
		out_fmt("Bundle-ID %u: ", l2.bundle);
	if (l2.proto == 0 &&
	    l2.cookie[4] == (LSQ_COOKIE_RE | LSQ_COOKIE_DIR)) {
		ppp_print(d, l2.frame, l2.length);
		return hl;
	}
	if (jnx_lsq_print(d, &l2))
		return hl;
	if (ck == 0x0023) {
		/* the cookie was the PPP protocol field */
		cur_skip(&c, hl - 2);
		ppp_print(d, c, l2.length + 2);
		return hl;
	}
	if (ck == 0x0023) {
		/* the cookie was the PPP protocol field */
		cur_skip(&c, hl - 2);
		ppp_print(d, c, l2.length + 2);
		return hl;
	}
	ppp_print(d, l2.frame, l2.length);
	return hl;
}
