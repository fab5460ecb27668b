/* print-ppp.c - PPP (RFC 1661) and its control protocols: LCP, IPCP
 * (RFC 1332, 1877), IP6CP (RFC 5072), CCP (RFC 1962), BACP (RFC 2125),
 * PAP (RFC 1334), CHAP (RFC 1994), multilink PPP (RFC 1990); PPP in
 * HDLC-like framing with octet escapes (RFC 1662).
 *
 *   | addr 0xff | ctrl 0x03 | protocol (1 or 2) | information ... |
 *   control packets: | code | id | length (2) | options or data |
 * Output as tcpdump 4.99 print-ppp.c. What a network protocol number
 * carries comes from the PPP key table (table.h).
 */
#include <pcap/dlt.h>
#include <stdlib.h>

#include "decode.h"
#include "encap.h"
#include "out.h"
#include "table.h"

DECODE_DLT(DLT_PPP, ppp_if_print)
DECODE_DLT(DLT_PPP_PPPD, ppp_if_print)
DECODE_DLT(DLT_PPP_SERIAL, ppp_hdlc_if_print)
DECODE_DLT(DLT_PPP_BSDOS, ppp_bsdos_if_print)
DECODE_KEY(ETHERTYPE, 0x880b, ppp_ether_print)
DECODE_KEY(PPP, 0x0021, ip_print)
DECODE_KEY(PPP, 0x002f, ip_print)
DECODE_KEY(PPP, 0x0057, ip6_print)
DECODE_KEY(PPP, 0x0800, ip_print)
DECODE_KEY(PPP, 0x86dd, ip6_print)

enum {
	PPP_HDRLEN = 4,
	PPP_ADDRESS = 0xff,
	PPP_CONTROL = 0x03,
	PPP_PPPD_IN = 0x00,
	PPP_PPPD_OUT = 0x01,
	PPP_OSI = 0x0023,
	PPP_ML = 0x003d,
	PPP_COMP = 0x00fd,
	PPP_IPCP = 0x8021,
	PPP_OSICP = 0x8023,
	PPP_IPV6CP = 0x8057,
	PPP_CCP = 0x80fd,
	PPP_MPLSCP = 0x8281,
	PPP_LCP = 0xc021,
	PPP_PAP = 0xc023,
	PPP_LQM = 0xc025,
	PPP_SPAP = 0xc027,
	PPP_BACP = 0xc02b,
	PPP_BAP = 0xc02d,
	PPP_SPAP_OLD = 0xc123,
	PPP_CHAP = 0xc223,
	PPP_EAP = 0xc227,
	CHDLC_UNICAST = 0x0f,
	CHDLC_BCAST = 0x8f,
};

static const struct tok ppptype_values[] = {
	{ 0x0021, "IP" }, { 0x0023, "OSI" }, { 0x0025, "NS" },
	{ 0x0027, "DECNET" }, { 0x0029, "APPLE" }, { 0x002b, "IPX" },
	{ 0x002d, "VJC IP" }, { 0x002f, "VJNC IP" }, { 0x0031, "BRPDU" },
	{ 0x0033, "STII" }, { 0x0035, "VINES" }, { 0x0281, "MPLS" },
	{ 0x0283, "MPLS" }, { 0x00fd, "Compressed" }, { 0x003d, "MLPPP" },
	{ 0x0057, "IP6" }, { 0x0201, "HELLO" }, { 0x0231, "LUXCOM" },
	{ 0x0233, "SNS" }, { 0x8021, "IPCP" }, { 0x8023, "OSICP" },
	{ 0x8025, "NSCP" }, { 0x8027, "DECNETCP" }, { 0x8029, "APPLECP" },
	{ 0x802b, "IPXCP" }, { 0x8033, "STIICP" }, { 0x8035, "VINESCP" },
	{ 0x8057, "IP6CP" }, { 0x8281, "MPLSCP" }, { 0xc021, "LCP" },
	{ 0xc023, "PAP" }, { 0xc025, "LQM" }, { 0xc223, "CHAP" },
	{ 0xc227, "EAP" }, { 0xc027, "SPAP" }, { 0xc123, "Old-SPAP" },
	{ 0xc02b, "BACP" }, { 0xc02d, "BAP" }, { 0xc03d, "MLPPP-CP" },
	{ 0x80fd, "CCP" },
	{ 0, NULL }
};

enum {
	CP_VEXT = 0, CP_CONF_REQ, CP_CONF_ACK, CP_CONF_NAK, CP_CONF_REJ,
	CP_TERM_REQ, CP_TERM_ACK, CP_CODE_REJ, CP_PROT_REJ, CP_ECHO_REQ,
	CP_ECHO_RPL, CP_DISC_REQ, CP_ID, CP_TIME_REM,
};

static const struct tok cpcode_values[] = {
	{ 0, "Vendor-Extension" }, { 1, "Conf-Request" }, { 2, "Conf-Ack" },
	{ 3, "Conf-Nack" }, { 4, "Conf-Reject" }, { 5, "Term-Request" },
	{ 6, "Term-Ack" }, { 7, "Code-Reject" }, { 8, "Prot-Reject" },
	{ 9, "Echo-Request" }, { 10, "Echo-Reply" }, { 11, "Disc-Req" },
	{ 12, "Ident" }, { 13, "Time-Rem" }, { 14, "Reset-Req" },
	{ 15, "Reset-Ack" },
	{ 0, NULL }
};

static const char *const lcpopt_names[] = {
	"Vend-Ext", "MRU", "ACCM", "Auth-Prot", "Qual-Prot", "Magic-Num",
	"deprecated(6)", "PFC", "ACFC", "FCS-Alt", "SDP", "Num-Mode",
	"deprecated(12)", "Call-Back", "deprecated(14)", "deprecated(15)",
	"deprecated(16)", "MRRU", "12-Bit seq #", "End-Disc", "Proprietary",
	"DCE-Id", "MP+", "Link-Disc", "LCP-Auth-Opt", "COBS",
	"Prefix-elision", "Multilink-header-Form", "I18N",
	"SDL-over-SONET/SDH", "PPP-Muxing",
};

enum { LCPOPT_COUNT = sizeof(lcpopt_names) / sizeof(lcpopt_names[0]) };

static const struct tok ccpopt_values[] = {
	{ 0, "OUI" }, { 1, "Pred-1" }, { 2, "Pred-2" }, { 3, "Puddle" },
	{ 16, "HP-PPC" }, { 17, "Stac-LZS" }, { 18, "MPPC" },
	{ 19, "Gand-FZA" }, { 20, "V.42bis" }, { 21, "BSD-Comp" },
	{ 23, "LZS-DCP" }, { 24, "MVRCA" }, { 25, "DEC" }, { 26, "Deflate" },
	{ 255, "Reserved" },
	{ 0, NULL }
};

static const struct tok bacpopt_values[] = {
	{ 1, "Favored-Peer" },
	{ 0, NULL }
};

static const struct tok ipcpopt_values[] = {
	{ 1, "IP-Addrs" }, { 2, "IP-Comp" }, { 3, "IP-Addr" },
	{ 4, "Home-Addr" }, { 129, "Pri-DNS" }, { 130, "Pri-NBNS" },
	{ 131, "Sec-DNS" }, { 132, "Sec-NBNS" },
	{ 0, NULL }
};

static const struct tok ipcomp_values[] = {
	{ 0x002d, "VJ-Comp" }, { 0x61, "IP Header Compression" },
	{ 0, NULL }
};

static const struct tok ipcomp_subopt_values[] = {
	{ 1, "RTP-Compression" }, { 2, "Enhanced RTP-Compression" },
	{ 0, NULL }
};

static const struct tok ip6cpopt_values[] = {
	{ 1, "Interface-ID" },
	{ 0, NULL }
};

static const struct tok authalg_values[] = {
	{ 5, "MD5" }, { 128, "MS-CHAPv1" }, { 129, "MS-CHAPv2" },
	{ 0, NULL }
};

static const struct tok callback_values[] = {
	{ 0, "UserAuth" }, { 1, "DialString" }, { 2, "LocalID" },
	{ 3, "E.164" }, { 4, "X.500" }, { 6, "CBCP" },
	{ 0, NULL }
};

static const struct tok chapcode_values[] = {
	{ 1, "Challenge" }, { 2, "Response" }, { 3, "Success" },
	{ 4, "Fail" },
	{ 0, NULL }
};

static const struct tok papcode_values[] = {
	{ 1, "Auth-Req" }, { 2, "Auth-ACK" }, { 3, "Auth-NACK" },
	{ 0, NULL }
};

static const struct tok mlppp_flag_values[] = {
	{ 0x80, "begin" }, { 0x40, "end" },
	{ 0, NULL }
};

/* The IEEE OUIs tcpdump names (oui.c), for vendor extensions; each
 * checked against the Debian tcpdump. */
static const struct tok ppp_oui_values[] = {
	{ 0x000000, "Ethernet" }, { 0x00000c, "Cisco" },
	{ 0x0000f8, "Cisco bridged" }, { 0x0080c2, "Ethernet bridged" },
	{ 0x00a03e, "ATM Forum" }, { 0x00e02f, "DOCSIS Spanning Tree" },
	{ 0x080007, "Appletalk" }, { 0x009069, "Juniper" },
	{ 0x00005e, "IANA" }, { 0x000081, "Nortel Networks SONMP" },
	{ 0x00120f, "IEEE 802.3 Private" }, { 0x0012bb, "ANSI/TIA" },
	{ 0x001b21, "DCBX" }, { 0x002320, "Nicira Networks" },
	{ 0x080009, "Hewlett-Packard" }, { 0x5c16c7, "Big Switch Networks" },
	{ 0xb0d2f5, "Vello Systems" }, { 0x002481, "HP" },
	{ 0x0004ea, "HP-Labs" }, { 0x748771, "Infoblox Inc" },
	{ 0xa42305, "Open Networking Lab" }, { 0x00049f, "Freescale" },
	{ 0x0015ad, "Netronome" }, { 0x001018, "Broadcom" },
	{ 0x00e004, "PMC-Sierra" }, { 0xd0f0db, "Ericsson" },
	{ 0, NULL }
};

/* An option printer that returned early: no -vv dump of it. */
enum { NO_DUMP = ~0u };

/* What the packet printers of one PPP frame share. */
struct ppp_frame {
	struct cursor pre;	/* two bytes before the information field */
	const char *name;	/* the marker of a cut read */
	unsigned dump_off;	/* -vv: where an option's hex dump starts */
};

static void name_or(const struct tok *t, unsigned v, const char *fallback)
{
	const char *s = tok_str(t, v);

	out_str(s ? s : fallback);
}

/* tcpdump's print_unknown_data: at most what was captured. */
static void unknown_data(struct cursor c, unsigned skip, unsigned len,
			 const char *ident)
{
	cur_skip(&c, skip);
	decode_hex_ident(c, len, ident);
}

/* ---- configuration options ---- */

/* Returns the option length to advance by, 0 to stop. */
typedef unsigned cp_opt_fn(struct dctx *d, struct cursor p, unsigned len,
			   unsigned opt, struct ppp_frame *f);

static bool opt_cut(struct dctx *d, const struct cursor *o,
		    struct ppp_frame *f)
{
	if (!cur_short(o))
		return false;
	decode_trunc_cut(d, f->name);
	return true;
}

static unsigned lcp_auth_print(struct dctx *d, struct cursor p,
			       unsigned len, struct ppp_frame *f)
{
	struct cursor o = p;
	unsigned proto, alg;

	cur_skip(&o, 2);
	proto = cur_be16(&o);
	if (opt_cut(d, &o, f))
		return 0;
	out_str(": ");
	tok_print(ppptype_values, proto, "Unknown Auth Proto (0x04x)");
	switch (proto) {
	case PPP_CHAP:
		alg = cur_u8(&o);
		if (opt_cut(d, &o, f))
			return 0;
		out_str(", ");
		tok_print(authalg_values, alg, "Unknown Auth Alg %u");
		break;
	case PPP_PAP:
	case PPP_EAP:
	case PPP_SPAP:
	case PPP_SPAP_OLD:
		break;
	default:
		unknown_data(p, 0, len, "\n\t");
	}
	return len;
}

static unsigned lcp_mled_print(struct dctx *d, struct cursor p, unsigned len,
			       struct ppp_frame *f)
{
	struct cursor o = p;
	unsigned cls;
	uint8_t a[6];

	cur_skip(&o, 2);
	cls = cur_u8(&o);
	if (opt_cut(d, &o, f))
		return 0;
	switch (cls) {
	case 0: out_str(": Null"); break;
	case 1: out_str(": Local"); break;
	case 2:
		if (len != 7) {
			out_str(" (length bogus, should be = 7)");
			return 0;
		}
		if (!cur_bytes(&o, a, 4) && opt_cut(d, &o, f))
			return 0;
		out_str(": IPv4 ");
		decode_ip4addr(d, a);
		break;
	case 3:
		if (len != 9) {
			out_str(" (length bogus, should be = 9)");
			return 0;
		}
		if (!cur_bytes(&o, a, 6) && opt_cut(d, &o, f))
			return 0;
		out_str(": MAC ");
		decode_etheraddr(d, a);
		break;
	case 4: out_str(": Magic-Num-Block"); break;
	case 5: out_str(": PSNDN"); break;
	default: out_fmt(": Unknown class %u", cls); break;
	}
	return len;
}

/* The fixed-size LCP option values: {option, length, value bytes,
 * what a bad length returns (tcpdump is not consistent)}. */
struct lcp_fixed {
	unsigned char opt, len, bytes;
	bool stop_on_bad;
};

static const struct lcp_fixed lcp_fixed[] = {
	{ 1, 4, 2, false },	/* MRU */
	{ 2, 6, 4, false },	/* ACCM */
	{ 5, 6, 4, true },	/* Magic-Num */
	{ 23, 4, 2, true },	/* Link-Disc */
	{ 17, 4, 2, true },	/* MRRU */
};

static unsigned lcp_value_print(struct dctx *d, struct cursor p,
				unsigned len, unsigned opt,
				struct ppp_frame *f)
{
	struct cursor o = p;
	unsigned i, v;

	for (i = 0; i < sizeof(lcp_fixed) / sizeof(lcp_fixed[0]); i++) {
		const struct lcp_fixed *e = &lcp_fixed[i];

		if (e->opt != opt)
			continue;
		if (len != e->len) {
			out_fmt(" (length bogus, should be = %u)", e->len);
			f->dump_off = NO_DUMP;
			return e->stop_on_bad ? 0 : len;
		}
		cur_skip(&o, 2);
		v = e->bytes == 2 ? cur_be16(&o) : cur_be32(&o);
		if (opt_cut(d, &o, f))
			return 0;
		if (opt == 1 || opt == 17)
			out_fmt(": %u", v);
		else if (opt == 23)
			out_fmt(": 0x%04x", v);
		else
			out_fmt(": 0x%08x", v);
		return len;
	}
	return ~0u;
}

static unsigned lcp_body_print(struct dctx *d, struct cursor p, unsigned len,
			       unsigned opt, struct ppp_frame *f)
{
	struct cursor o = p;
	unsigned v = lcp_value_print(d, p, len, opt, f);

	if (v != ~0u)
		return v;
	cur_skip(&o, 2);
	switch (opt) {
	case 0:
		if (len < 6) {
			out_str(" (length bogus, should be >= 6)");
			f->dump_off = NO_DUMP;
			return len;
		}
		v = cur_be24(&o);
		if (opt_cut(d, &o, f))
			return 0;
		out_str(": Vendor: ");
		name_or(ppp_oui_values, v, "Unknown");
		out_fmt(" (%u)", v);
		return len;
	case 3:
		if (len < 4) {
			out_str(" (length bogus, should be >= 4)");
			f->dump_off = NO_DUMP;
			return len;
		}
		return lcp_auth_print(d, p, len, f);
	case 4:
		if (len < 4) {
			out_str(" (length bogus, should be >= 4)");
			return 0;
		}
		v = cur_be16(&o);
		if (opt_cut(d, &o, f))
			return 0;
		out_str(v == PPP_LQM ? ": LQR" : ": unknown");
		return len;
	case 7:
	case 8:
		return len;
	case 13:
		if (len < 3) {
			out_str(" (length bogus, should be >= 3)");
			return 0;
		}
		v = cur_u8(&o);
		if (opt_cut(d, &o, f))
			return 0;
		out_str(": : Callback Operation ");
		name_or(callback_values, v, "Unknown");
		out_fmt(" (%u)", v);
		return len;
	case 19:
		if (len < 3) {
			out_str(" (length bogus, should be >= 3)");
			return 0;
		}
		return lcp_mled_print(d, p, len, f);
	}
	if (d->vflag < 2)
		unknown_data(p, 2, len - 2, "\n\t    ");
	return len;
}

/* Returns 1 if cut; *used: the bytes of the suboptions gone through. */
static unsigned ipcomp_subopts_print(struct cursor o, unsigned total,
				     unsigned *used)
{
	out_fmt("\n\t      Suboptions, length %u", total);
	while (total >= 2) {
		unsigned sub, sublen;

		if (!cur_has(&o, 2))
			return 1;
		sub = cur_u8(&o);
		sublen = cur_u8(&o);
		if (sub == 0 || sublen == 0)
			break;
		out_str("\n\t\t");
		name_or(ipcomp_subopt_values, sub, "Unknown");
		out_fmt(" Suboption #%u, length %u", sub, sublen);
		if (total < sublen) {
			out_fmt(" [remaining suboptions length %u < %u]",
				total, sublen);
			out_str(" (invalid)");
			break;
		}
		total -= sublen;
		*used += sublen;
		cur_skip(&o, sublen - 2);
	}
	return 0;
}

static unsigned ipcp_comp_print(struct dctx *d, struct cursor p,
				unsigned len, struct ppp_frame *f)
{
	struct cursor o = p;
	unsigned proto, v[5], i;

	if (len < 4) {
		out_str(" (length bogus, should be >= 4)");
		return 0;
	}
	cur_skip(&o, 2);
	proto = cur_be16(&o);
	if (opt_cut(d, &o, f))
		return 0;
	out_str(": ");
	name_or(ipcomp_values, proto, "Unknown");
	out_fmt(" (0x%02x):", proto);
	if (proto != 0x61)
		return len;
	if (len < 14) {
		out_str(" (length bogus, should be >= 14)");
		return 0;
	}
	if (!cur_has(&o, 12)) {
		out_str("[|ipcp]");
		return 0;
	}
	for (i = 0; i < 5; i++)
		v[i] = cur_be16(&o);
	out_fmt("\n\t    TCP Space %u, non-TCP Space %u, maxPeriod %u, "
		"maxTime %u, maxHdr %u", v[0], v[1], v[2], v[3], v[4]);
	/* tcpdump's -vv dump of the option starts where it stopped */
	f->dump_off = 14 + 2;
	if (len > 14 && ipcomp_subopts_print(o, len - 14, &f->dump_off)) {
		out_str("[|ipcp]");
		return 0;
	}
	return len;
}

static unsigned ipcp_body_print(struct dctx *d, struct cursor p, unsigned len,
				unsigned opt, struct ppp_frame *f)
{
	struct cursor o = p;
	uint8_t a[4], b[4];

	cur_skip(&o, 2);
	switch (opt) {
	case 1:
		if (len != 10) {
			out_str(" (length bogus, should be = 10)");
			f->dump_off = NO_DUMP;
			return len;
		}
		cur_bytes(&o, a, 4);
		cur_bytes(&o, b, 4);
		if (opt_cut(d, &o, f))
			return 0;
		out_str(": src ");
		decode_ip4addr(d, a);
		out_str(", dst ");
		decode_ip4addr(d, b);
		return len;
	case 2:
		return ipcp_comp_print(d, p, len, f);
	case 3: case 4: case 129: case 130: case 131: case 132:
		if (len != 6) {
			out_str(" (length bogus, should be = 6)");
			return 0;
		}
		cur_bytes(&o, a, 4);
		if (opt_cut(d, &o, f))
			return 0;
		out_str(": ");
		decode_ip4addr(d, a);
		return len;
	}
	if (d->vflag < 2)
		unknown_data(p, 2, len - 2, "\n\t    ");
	return len;
}

static unsigned ip6cp_body_print(struct dctx *d, struct cursor p,
				 unsigned len, unsigned opt,
				 struct ppp_frame *f)
{
	struct cursor o = p;
	unsigned v[4], i;

	(void)f;
	if (opt != 1) {
		if (d->vflag < 2)
			unknown_data(p, 2, len - 2, "\n\t    ");
		return len;
	}
	if (len != 10) {
		out_str(" (length bogus, should be = 10)");
		f->dump_off = NO_DUMP;
		return len;
	}
	cur_skip(&o, 2);
	if (!cur_has(&o, 8)) {
		out_str("[|ip6cp]");
		return 0;
	}
	for (i = 0; i < 4; i++)
		v[i] = cur_be16(&o);
	out_fmt(": %04x:%04x:%04x:%04x", v[0], v[1], v[2], v[3]);
	return len;
}

static unsigned ccp_body_print(struct dctx *d, struct cursor p, unsigned len,
			       unsigned opt, struct ppp_frame *f)
{
	struct cursor o = p;
	unsigned a, b;

	cur_skip(&o, 2);
	switch (opt) {
	case 21:
		if (len < 3) {
			out_str(" (length bogus, should be >= 3)");
			f->dump_off = NO_DUMP;
			return len;
		}
		a = cur_u8(&o);
		if (opt_cut(d, &o, f))
			return 0;
		out_fmt(": Version: %u, Dictionary Bits: %u", a >> 5, a & 0x1f);
		return len;
	case 24:
	case 26:
		if (len < 4) {
			out_str(" (length bogus, should be >= 4)");
			f->dump_off = NO_DUMP;
			return len;
		}
		a = cur_u8(&o);
		b = cur_u8(&o);
		if (opt_cut(d, &o, f))
			return 0;
		if (opt == 24)
			out_fmt(": Features: %u, PxP: %s, History: %u, "
				"#CTX-ID: %u", (a & 0xc0) >> 6,
				a & 0x20 ? "Enabled" : "Disabled", a & 0x1f, b);
		else
			out_fmt(": Window: %uK, Method: %s (0x%x), MBZ: %u, "
				"CHK: %u", (a & 0xf0) >> 4,
				(a & 0x0f) == 8 ? "zlib" : "unknown", a & 0x0f,
				(b & 0xfc) >> 2, b & 0x03);
		return len;
	}
	if (d->vflag < 2)
		unknown_data(p, 2, len - 2, "\n\t    ");
	return len;
}

static unsigned bacp_body_print(struct dctx *d, struct cursor p,
				unsigned len, unsigned opt,
				struct ppp_frame *f)
{
	struct cursor o = p;
	unsigned v;

	if (opt != 1) {
		if (d->vflag < 2)
			unknown_data(p, 2, len - 2, "\n\t    ");
		return len;
	}
	if (len != 6) {
		out_str(" (length bogus, should be = 6)");
		f->dump_off = NO_DUMP;
		return len;
	}
	cur_skip(&o, 2);
	v = cur_be32(&o);
	if (opt_cut(d, &o, f))
		return 0;
	out_fmt(": Magic-Num 0x%08x", v);
	return len;
}

/* One control protocol's options: names, their body printer, the marker
 * of a short option header. */
struct cp_opts {
	unsigned proto;
	const struct tok *names;	/* NULL: LCP's array */
	const char *unknown;
	cp_opt_fn *body;
	const char *trunc;
};

static const struct cp_opts cp_opts[] = {
	{ PPP_LCP, NULL, NULL, lcp_body_print, "[|lcp]" },
	{ PPP_IPCP, ipcpopt_values, "unknown", ipcp_body_print, "[|ipcp]" },
	{ PPP_IPV6CP, ip6cpopt_values, "unknown", ip6cp_body_print,
	  "[|ip6cp]" },
	{ PPP_CCP, ccpopt_values, "Unknown", ccp_body_print, "[|ccp]" },
	{ PPP_BACP, bacpopt_values, "Unknown", bacp_body_print, "[|bacp]" },
};

/* The option's name; false for an LCP option past the known ones (then
 * the whole line is printed). */
static bool opt_name_print(const struct cp_opts *t, unsigned opt)
{
	if (t->names) {
		out_str("\n\t  ");
		name_or(t->names, opt, t->unknown);
		return true;
	}
	if (opt < LCPOPT_COUNT) {
		out_str("\n\t  ");
		out_str(lcpopt_names[opt]);
		return true;
	}
	out_fmt("\n\tunknown LCP option 0x%02x", opt);
	return false;
}

/* One option at p; length is (as tcpdump passes it) the length of all
 * the options. Returns its length, 0 to stop. */
static unsigned cp_opt_print(struct dctx *d, const struct cp_opts *t,
			     struct cursor p, unsigned length,
			     struct ppp_frame *f)
{
	unsigned opt, len, r;

	if (length < 2)
		return 0;
	if (!cur_has(&p, 2)) {
		out_str(t->trunc);
		return 0;
	}
	opt = cur_peek(&p, 0);
	len = cur_peek(&p, 1);
	if (length < len)
		return 0;
	if (!opt_name_print(t, opt))
		return len < 2 ? 0 : len;
	out_fmt(" Option (0x%02x), length %u", opt, len);
	if (len < 2) {
		out_str(" (length bogus, should be >= 2)");
		return 0;
	}
	f->dump_off = 2;
	r = t->body(d, p, len, opt, f);
	if (r && !d->stop && d->vflag > 1 && f->dump_off != NO_DUMP)
		unknown_data(p, f->dump_off, len - 2, "\n\t    ");
	return r;
}

static void cp_options_print(struct dctx *d, unsigned proto, struct cursor c,
			     unsigned len, struct ppp_frame *f)
{
	const struct cp_opts *t = NULL;
	unsigned i, tlen = len - 4, adv;
	struct ppp_frame lf = *f;

	for (i = 0; i < sizeof(cp_opts) / sizeof(cp_opts[0]); i++)
		if (cp_opts[i].proto == proto)
			t = &cp_opts[i];
	if (!t)
		return;
	do {
		adv = cp_opt_print(d, t, c, len, &lf);
		if (adv == 0 || d->stop)
			return;
		if (tlen < adv) {
			out_fmt(" [remaining options length %u < %u]", tlen,
				adv);
			out_str(" (invalid)");
			return;
		}
		tlen -= adv;
		cur_skip(&c, adv);
	} while (tlen != 0);
}

static void cp_magic_print(struct dctx *d, struct cursor c,
			   struct ppp_frame *f)
{
	unsigned v = cur_be32(&c);

	if (cur_short(&c)) {
		decode_trunc_cut(d, f->name);
		return;
	}
	out_fmt("\n\t  Magic-Num 0x%08x", v);
}

/* Vendor extension and protocol reject: what follows the header. */
static void cp_data_print(struct dctx *d, unsigned code, struct cursor c,
			  unsigned len, unsigned length,
			  struct ppp_frame *f)
{
	struct cursor o = c;
	unsigned v;

	switch (code) {
	case CP_VEXT:
		if (length < 11)
			return;
		cp_magic_print(d, c, f);
		cur_skip(&o, 4);
		v = cur_be24(&o);
		if (d->stop || opt_cut(d, &o, f))
			return;
		out_str(" Vendor: ");
		name_or(ppp_oui_values, v, "Unknown");
		out_fmt(" (%u)", v);
		return;
	case CP_PROT_REJ:
		if (length < 6)
			return;
		v = cur_be16(&o);
		if (opt_cut(d, &o, f))
			return;
		out_str("\n\t  Rejected ");
		name_or(ppptype_values, v, "unknown");
		out_fmt(" Protocol (0x%04x)", v);
		if (len > 6) {
			out_str("\n\t  Rejected Packet");
			unknown_data(c, 2, len - 2, "\n\t    ");
		}
		return;
	}
}

/* The codes that need the protocol name for their marker. */
static void cp_id_print(struct dctx *d, struct cursor c, unsigned len,
			unsigned length, const char *typestr,
			struct ppp_frame *f)
{
	struct cursor o = c;

	if (length < 8)
		return;
	cp_magic_print(d, c, f);
	if (d->stop || len <= 8)
		return;
	out_str("\n\t  Message\n\t    ");
	cur_skip(&o, 4);
	for (len -= 4; len; len--) {
		if (!cur_has(&o, 1)) {
			out_fmt("[|%s]", typestr);
			return;
		}
		decode_char(cur_u8(&o));
	}
}

static void cp_trailer_print(struct dctx *d, unsigned code, struct cursor c,
			     unsigned len, unsigned length,
			     const char *typestr, struct ppp_frame *f)
{
	struct cursor o = c;
	unsigned a, b;

	switch (code) {
	case CP_ECHO_REQ: case CP_ECHO_RPL: case CP_DISC_REQ:
		if (length < 8)
			return;
		cp_magic_print(d, c, f);
		if (d->stop || len <= 8)
			return;
		out_str("\n\t  -----trailing data-----");
		cur_skip(&o, 4);
		if (!cur_has(&o, len - 8)) {
			out_fmt("[|%s]", typestr);
			return;
		}
		unknown_data(o, 0, len - 8, "\n\t  ");
		return;
	case CP_ID:
		cp_id_print(d, c, len, length, typestr, f);
		return;
	case CP_TIME_REM:
		if (length < 12)
			return;
		a = cur_be32(&o);
		b = cur_be32(&o);
		if (opt_cut(d, &o, f))
			return;
		out_fmt("\n\t  Magic-Num 0x%08x, Seconds-Remaining %us", a, b);
		return;
	default:
		if (code > CP_TIME_REM && d->vflag <= 1)
			unknown_data(f->pre, 0, length + 2, "\n\t  ");
		return;
	}
}

/* LCP, IPCP, CCP and the other control protocols (RFC 1661 section 5). */
static void cp_print(struct dctx *d, unsigned proto, struct cursor c,
		     unsigned length, struct ppp_frame *f)
{
	const char *typestr = tok_str(ppptype_values, proto);
	unsigned code, id, len;

	out_str(typestr);
	out_str(", ");
	if (length < 4 || !cur_has(&c, 2)) {
		out_fmt("[|%s]", typestr);
		return;
	}
	code = cur_u8(&c);
	id = cur_u8(&c);
	name_or(cpcode_values, code, "Unknown Opcode");
	out_fmt(" (0x%02x), id %u, length %u", code, id, length + 2);
	if (!d->vflag)
		return;
	len = cur_be16(&c);
	if (cur_short(&c)) {
		decode_trunc_cut(d, f->name);
		return;
	}
	if (len < 4) {
		out_fmt("\n\tencoded length %u (< 4))", len);
		return;
	}
	if (len > length) {
		out_fmt("\n\tencoded length %u (> packet length %u))", len,
			length);
		return;
	}
	length = len;
	out_fmt("\n\tencoded length %u (=Option(s) length %u)", len, len - 4);
	if (length == 4)
		return;
	if (d->vflag > 1)
		unknown_data(f->pre, 0, 6, "\n\t");
	if (code >= CP_CONF_REQ && code <= CP_CONF_REJ)
		cp_options_print(d, proto, c, len, f);
	else if (code == CP_VEXT || code == CP_PROT_REJ)
		cp_data_print(d, code, c, len, length, f);
	else
		cp_trailer_print(d, code, c, len, length, typestr, f);
}

/* ---- authentication and multilink ---- */

static void mlppp_print(struct dctx *d, struct cursor c, unsigned length)
{
	unsigned v;

	if (!d->eflag)
		out_str("MLPPP, ");
	if (length < 2 || !cur_has(&c, 2)) {
		out_str("[|mlppp]");
		return;
	}
	v = cur_be16(&c);
	out_fmt("seq 0x%03x, Flags [", v & 0x0fff);
	tok_bits_print(mlppp_flag_values, (v >> 8) & 0xc0, ", ", "none");
	out_fmt("], length %u", length);
}

/* n characters as fn_print_char; false if the capture ended. */
static bool chars_print(struct cursor *c, unsigned n)
{
	while (n--) {
		unsigned ch = cur_u8(c);

		if (cur_short(c))
			return false;
		decode_char(ch);
	}
	return true;
}

static void auth_hdr_print(struct cursor *c, const char *name,
			   const struct tok *codes, unsigned *code,
			   unsigned *len)
{
	*code = cur_u8(c);
	out_fmt("%s, ", name);
	name_or(codes, *code, "unknown");
	out_fmt(" (0x%02x), id %u", *code, cur_u8(c));
	*len = cur_be16(c);
}

static void chap_print(struct dctx *d, struct cursor c, unsigned length,
		       struct ppp_frame *f)
{
	struct cursor o = c;
	unsigned code, len, n, i;

	if (length < 1 || !cur_has(&c, 1)) {
		out_str(length < 1 ? "[|chap]" : "");
		if (length >= 1)
			decode_trunc_cut(d, f->name);
		return;
	}
	if (length < 4) {
		out_fmt("[|chap 0x%02x]", cur_peek(&c, 0));
		return;
	}
	if (!cur_has(&c, 4)) {
		decode_trunc_cut(d, f->name);
		return;
	}
	auth_hdr_print(&o, "CHAP", chapcode_values, &code, &len);
	if (code == 1 || code == 2) {
		if (length < 5)
			return;
		n = cur_u8(&o);
		if (length - 5 < n)
			return;
		out_str(", Value ");
		for (i = 0; i < n; i++) {
			unsigned b = cur_u8(&o);

			if (cur_short(&o))
				goto cut;
			out_fmt("%02x", b);
		}
		out_str(", Name ");
		if (!chars_print(&o, len - 5 - n))
			goto cut;
	} else if (code == 3 || code == 4) {
		out_str(", Msg ");
		if (!chars_print(&o, len - 4))
			goto cut;
	}
	return;
cut:
	decode_trunc_cut(d, f->name);
}

/* Length-prefixed text of PAP; false if cut. */
static bool pap_field_print(struct cursor *o, unsigned length,
			    unsigned used, const char *label, bool *done)
{
	unsigned n;

	*done = true;
	if (length - used < 1)
		return true;
	n = cur_u8(o);
	if (cur_short(o))
		return false;
	if (length - used - 1 < n)
		return true;
	out_str(label);
	if (!chars_print(o, n))
		return false;
	*done = false;
	return true;
}

static void pap_print(struct dctx *d, struct cursor c, unsigned length,
		      struct ppp_frame *f)
{
	struct cursor o = c;
	unsigned code, len, peer;
	bool done;

	if (length < 1 || length < 4) {
		if (length < 1)
			out_str("[|pap]");
		else
			out_fmt("[|pap 0x%02x]", cur_peek(&c, 0));
		return;
	}
	if (!cur_has(&c, 4))
		goto cut;
	auth_hdr_print(&o, "PAP", papcode_values, &code, &len);
	if (len > length) {
		out_fmt(", length %u > packet size", len);
		return;
	}
	length = len;
	if (length < 4) {
		out_fmt(", length %u < PAP header length", length);
		return;
	}
	if (code == 1) {
		if (len < 6) {
			out_str("[|pap]");
			return;
		}
		peer = cur_peek(&o, 0);
		if (!pap_field_print(&o, length, 4, ", Peer ", &done))
			goto cut;
		if (!done && !pap_field_print(&o, length, 5 + peer, ", Name ",
					      &done))
			goto cut;
	} else if (code == 2 || code == 3) {
		if (len < 5) {
			out_str("[|pap]");
			return;
		}
		if (!pap_field_print(&o, length, 4, ", Msg ", &done))
			goto cut;
	}
	return;
cut:
	decode_trunc_cut(d, f->name);
}

/* ---- frames ---- */

static void ppp_proto_print(struct dctx *d, unsigned proto, struct cursor c,
			    unsigned length, struct ppp_frame *f);

/* RFC 1662 octet escapes, undone into a private copy of what was
 * captured (from p, the byte before the information field). */
static void ppp_hdlc_print(struct dctx *d, struct cursor p, unsigned length,
			   struct ppp_frame *f)
{
	size_t caplen = cur_left(&p), n = 0;
	uint8_t *b;
	struct cursor u, pre;
	struct ppp_frame inner = *f;
	unsigned proto, left;

	if (caplen == 0 || length == 0)
		return;
	b = malloc(caplen);
	if (!b)
		return;
	while (cur_left(&p)) {
		uint8_t ch = cur_u8(&p);

		if (ch == 0x7d) {
			if (!cur_left(&p))
				break;
			ch = cur_u8(&p) ^ 0x20;
		}
		b[n++] = ch;
	}
	u = cur_make(b, n);
	left = (unsigned)n;
	proto = cur_peek(&u, 0);
	if (left < 1) {
		decode_trunc(d, f->name);
	} else if (proto == 0x21 || proto == 0x57) {
		cur_skip(&u, 1);
		(proto == 0x21 ? ip_print : ip6_print)(d, u, left - 1);
	} else if (left < 2) {
		decode_trunc(d, f->name);
	} else if (cur_peek_be16(&u, 0) == (PPP_ADDRESS << 8 | PPP_CONTROL)) {
		if (left < 4) {
			decode_trunc(d, f->name);
		} else {
			pre = u;
			cur_skip(&pre, 2);
			inner.pre = pre;
			cur_skip(&u, 4);
			ppp_proto_print(d, cur_peek_be16(&pre, 0), u, left - 4,
					&inner);
		}
	} else {
		inner.pre = u;
		proto = cur_be16(&u);
		ppp_proto_print(d, proto, u, left - 2, &inner);
	}
	free(b);
}

static bool is_cp(unsigned proto)
{
	return proto == 0xc021 || proto == PPP_IPCP || proto == PPP_OSICP ||
	       proto == PPP_MPLSCP || proto == PPP_IPV6CP ||
	       proto == PPP_CCP || proto == PPP_BACP;
}

static void ppp_proto_print(struct dctx *d, unsigned proto, struct cursor c,
			    unsigned length, struct ppp_frame *f)
{
	decode_net_proto *fn;

	if ((proto & 0xff00) == 0x7e00) {
		struct cursor p = f->pre;

		cur_skip(&p, 1);
		ppp_hdlc_print(d, p, length, f);
		return;
	}
	if (is_cp(proto)) {
		cp_print(d, proto, c, length, f);
		return;
	}
	switch (proto) {
	case PPP_ML:
		mlppp_print(d, c, length);
		return;
	case PPP_CHAP:
		chap_print(d, c, length, f);
		return;
	case PPP_PAP:
		pap_print(d, c, length, f);
		return;
	case PPP_BAP:
		return;
	case PPP_COMP:
		out_str("compressed PPP data");
		return;
	case PPP_OSI:
		encap_osi_print(d, c, length);
		return;
	}
	fn = decode_net_lookup(DECODE_T_PPP, proto);
	if (fn) {
		fn(d, c, length);
		return;
	}
	tok_print(ppptype_values, proto, "unknown PPP protocol (0x%04x)");
	out_char(' ');
	decode_hex_ident(c, length, "\n\t");
}

unsigned ppp_print(struct dctx *d, struct cursor c, unsigned length)
{
	struct cursor start = c;
	struct ppp_frame f = { c, "ppp", 2 };
	unsigned olen = length, hdr_len = 0, hdr, proto;

	if (length < 2)
		goto trunc;
	if (!cur_has(&c, 2))
		goto cut;
	hdr = cur_peek_be16(&c, 0);
	if (hdr == (PPP_PPPD_IN << 8 | PPP_CONTROL) ||
	    hdr == (PPP_PPPD_OUT << 8 | PPP_CONTROL) ||
	    hdr == (PPP_ADDRESS << 8 | PPP_CONTROL)) {
		if (d->eflag && hdr >> 8 != PPP_ADDRESS)
			out_str(hdr >> 8 == PPP_PPPD_IN ? "In  " : "Out ");
		cur_skip(&c, 2);
		length -= 2;
		hdr_len = 2;
	}
	if (length < 2)
		goto trunc;
	if (!cur_has(&c, 1))
		goto cut;
	if (cur_peek(&c, 0) % 2) {
		proto = cur_u8(&c);
		length--;
		hdr_len++;
	} else {
		if (!cur_has(&c, 2))
			goto cut;
		proto = cur_be16(&c);
		length -= 2;
		hdr_len += 2;
	}
	if (hdr_len >= 2)
		cur_skip(&start, hdr_len - 2);
	f.pre = start;
	if (d->eflag) {
		const char *name = tok_str(ppptype_values, proto);

		out_fmt("%s (0x%04x), length %u", name ? name : "unknown", proto,
			olen);
		if (!name)
			return hdr_len;	/* tcpdump stops here */
		out_str(": ");
	}
	ppp_proto_print(d, proto, c, length, &f);
	return hdr_len;
trunc:
	decode_trunc(d, "ppp");
	return 0;
cut:
	decode_trunc_cut(d, "ppp");
	return 0;
}

DECODE_KEY(NLPID, 0xcf, ppp_nlpid_print)

/* PPP inside an OSI PDU (NLPID 0xcf), as tcpdump's isoclns_print hands
 * it over: the frame after the NLPID byte. */
void ppp_nlpid_print(struct dctx *d, struct cursor c, unsigned len)
{
	cur_skip(&c, 1);
	ppp_print(d, c, len ? len - 1 : 0);
}

unsigned ppp_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	if (cur_left(&c) < PPP_HDRLEN) {
		decode_trunc(d, "ppp");
		return (unsigned)cur_left(&c);
	}
	ppp_print(d, c, len);
	return PPP_HDRLEN;
}

/* DLT_PPP_SERIAL: PPP in HDLC-like framing, or Cisco HDLC. */
unsigned ppp_hdlc_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct ppp_frame f = { c, "ppp_hdlc", 2 };
	unsigned caplen = (unsigned)cur_left(&c), a, proto;

	if (caplen < 2 || (cur_peek(&c, 0) != CHDLC_UNICAST &&
			   cur_peek(&c, 0) != CHDLC_BCAST && caplen < 4)) {
		decode_trunc(d, "ppp_hdlc");
		return caplen;
	}
	a = cur_peek(&c, 0);
	if (a == CHDLC_UNICAST || a == CHDLC_BCAST)
		return chdlc_print(d, c, len);
	if (d->eflag)
		out_fmt("%02x %02x %u ", a, cur_peek(&c, 1), len);
	if (a != PPP_ADDRESS) {
		out_fmt("unknown addr %02x; ctrl %02x", cur_peek(&c, 2),
			cur_peek(&c, 3));
		return 2;
	}
	cur_skip(&c, 2);
	f.pre = c;
	proto = cur_be16(&c);
	tok_print(ppptype_values, proto, "unknown PPP protocol (0x%04x)");
	out_str(": ");
	ppp_proto_print(d, proto, c, len - 4, &f);
	return 4;
}

/* Ethernet type 0x880b: a PPP frame (RFC 7042's "PPP" type). */
void ppp_ether_print(struct dctx *d, struct cursor c, unsigned len)
{
	if (len) {
		out_str(": ");
		ppp_print(d, c, len);
	}
}

/* BSD/OS PPP: tcpdump decodes its 24-byte header only when built on
 * BSD/OS; elsewhere (Debian's too) it prints nothing of the packet. */
unsigned ppp_bsdos_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	(void)d;
	(void)c;
	(void)len;
	return 0;
}
