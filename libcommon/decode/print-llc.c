/* print-llc.c - IEEE 802.2 LLC headers, SNAP (RFC 1042), and what they
 * carry, through the LLC (DSAP) and SNAP (OUI, protocol id) tables.
 *
 *   | DSAP | SSAP | control (1: U frames, 2 LE: I and S frames) |
 *   SNAP (DSAP = SSAP = 0xaa, UI): | OUI (3) | protocol id (2) |
 * IEEE 802.2, RFC 1042. Output as tcpdump 4.99 print-llc.c (whose
 * DLT_ATM_RFC1483 frames print-atm.c prints, an 802.6 header first).
 */
#include "decode.h"
#include "llc.h"
#include "out.h"
#include "table.h"

enum {
	LLCSAP_IP = 0x06,
	LLCSAP_SNAP = 0xaa,
	LLCSAP_IPX = 0xe0,
	LLCSAP_GLOBAL = 0xff,
	LLC_IG = 0x01,		/* DSAP: group address */
	LLC_GSAP = 0x01,	/* SSAP: response */
	LLC_U_FMT = 0x03,
	LLC_S_FMT = 0x01,
	LLC_U_POLL = 0x10,
	LLC_IS_POLL = 0x0100,
	LLC_UI = 0x03,
	LLC_XID = 0xaf,
	LLC_XID_FI = 0x81,
	OUI_ENCAP_ETHER = 0x000000,
	OUI_CISCO_90 = 0x0000f8,
	OUI_RFC2684 = 0x0080c2,
	OUI_APPLETALK = 0x080007,
	ETHERTYPE_ATALK = 0x809b,
};

static const struct tok llc_values[] = {
	{ 0x00, "Null" },
	{ 0xff, "Global" },
	{ 0x02, "802.1B I" },
	{ 0x03, "802.1B G" },
	{ 0x06, "IP" },
	{ 0x04, "SNA" },
	{ 0x0e, "ProWay NM" },
	{ 0x42, "STP" },
	{ 0x4e, "RS511" },
	{ 0x7e, "ISO8208" },
	{ 0x8e, "ProWay" },
	{ 0xaa, "SNAP" },
	{ 0xe0, "IPX" },
	{ 0xf0, "NetBeui" },
	{ 0xfe, "OSI" },
	{ 0, NULL }
};

static const struct tok llc_cmd_values[] = {
	{ 0x03, "ui" },
	{ 0xe3, "test" },
	{ 0xaf, "xid" },
	{ 0x63, "ua" },
	{ 0x43, "disc" },
	{ 0x0f, "dm" },
	{ 0x6f, "sabme" },
	{ 0x87, "frmr" },
	{ 0, NULL }
};

static const struct tok llc_flag_values[] = {
	{ 0, "Command" },
	{ LLC_GSAP, "Response" },
	{ LLC_U_POLL, "Poll" },
	{ LLC_GSAP | LLC_U_POLL, "Final" },
	{ LLC_IS_POLL, "Poll" },
	{ LLC_GSAP | LLC_IS_POLL, "Final" },
	{ 0, NULL }
};

static const struct tok llc_supervisory_values[] = {
	{ 0, "Receiver Ready" },
	{ 1, "Receiver not Ready" },
	{ 2, "Reject" },
	{ 0, NULL }
};

static const struct tok cisco_values[] = {
	{ 0x2000, "CDP" },
	{ 0x2003, "VTP" },
	{ 0x2004, "DTP" },
	{ 0x0111, "UDLD" },
	{ 0x010b, "PVST" },
	{ 0x010c, "VLAN Bridge" },
	{ 0, NULL }
};

static const struct tok bridged_values[] = {
	{ 0x0001, "Ethernet + FCS" },
	{ 0x0007, "Ethernet w/o FCS" },
	{ 0x0002, "802.4 + FCS" },
	{ 0x0008, "802.4 w/o FCS" },
	{ 0x0003, "Token Ring + FCS" },
	{ 0x0009, "Token Ring w/o FCS" },
	{ 0x0004, "FDDI + FCS" },
	{ 0x000a, "FDDI w/o FCS" },
	{ 0x0005, "802.6 + FCS" },
	{ 0x000b, "802.6 w/o FCS" },
	{ 0x000e, "BPDU" },
	{ 0, NULL }
};

const char *oui_name(unsigned oui)
{
	return tok_str(oui_values, oui);
}

/* The protocol id's name: Ethernet types for the OUIs that use them. */
static const char *pid_name(unsigned oui, unsigned pid)
{
	switch (oui) {
	case OUI_ENCAP_ETHER:
	case OUI_CISCO_90:
	case OUI_APPLETALK:
		return ethertype_name(pid);
	case 0x00000c:
		return tok_str(cisco_values, pid);
	case OUI_RFC2684:
		return tok_str(bridged_values, pid);
	}
	return NULL;
}

/* The LLC printer's own dumps come whatever -x, -X or -A say. */
static void raw_print(struct cursor c)
{
	decode_hex_ascii(c, (unsigned)cur_left(&c), 0);
}

static void addrs_print(struct dctx *d, const uint8_t *src,
			const uint8_t *dst)
{
	decode_etheraddr(d, src);
	out_str(" > ");
	decode_etheraddr(d, dst);
	out_char(' ');
}

static void snap_unknown(struct dctx *d, unsigned oui, unsigned pid,
			 unsigned len, const uint8_t *src, const uint8_t *dst)
{
	const char *s;

	if (d->eflag)
		return;
	if (src && dst)
		addrs_print(d, src, dst);
	s = pid_name(oui, pid);
	if (oui == OUI_ENCAP_ETHER) {
		out_fmt("SNAP, ethertype %s (0x%04x), length %u: ",
			s ? s : "Unknown", pid, len);
		return;
	}
	s = oui_name(oui);
	out_fmt("SNAP, oui %s (0x%06x), pid ", s ? s : "Unknown", oui);
	s = pid_name(oui, pid);
	out_fmt("%s (0x%04x), length %u: ", s ? s : "Unknown", pid, len);
}

/* RFC 2684 bridged frames: Ethernet after the pad. */
static bool snap_bridged(struct dctx *d, struct cursor c, unsigned len,
			 unsigned pid, unsigned pad)
{
	if (pid != 0x0001 && pid != 0x0007)
		return false;
	if (!cur_skip(&c, pad)) {
		decode_trunc(d, "snap");
		return true;
	}
	ether_if_print(d, c, len - pad);
	return true;
}

bool snap_print(struct dctx *d, struct cursor c, unsigned len,
		const uint8_t *src, const uint8_t *dst, unsigned bridge_pad)
{
	unsigned oui, pid;
	decode_net_proto *fn;
	const char *s;

	if (!cur_has(&c, 5) || len < 5) {
		decode_trunc(d, "snap");
		return true;
	}
	oui = cur_be24(&c);
	pid = cur_be16(&c);
	len -= 5;
	if (d->eflag) {
		s = oui_name(oui);
		out_fmt("oui %s (0x%06x), %s ", s ? s : "Unknown", oui,
			oui == 0 ? "ethertype" : "pid");
		s = pid_name(oui, pid);
		out_fmt("%s (0x%04x), length %u: ", s ? s : "Unknown", pid, len);
	}
	if (oui == OUI_ENCAP_ETHER || oui == OUI_CISCO_90 ||
	    (oui == OUI_APPLETALK && pid == ETHERTYPE_ATALK)) {
		if (ethertype_print(d, pid, c, len))
			return true;
	} else if (oui == OUI_RFC2684 && snap_bridged(d, c, len, pid,
							bridge_pad)) {
		return true;
	} else if (oui != OUI_APPLETALK && (oui >> 16) == 0 &&
		   (fn = decode_net_lookup(DECODE_T_SNAP, oui << 16 | pid))) {
		fn(d, c, len);
		return true;
	}
	snap_unknown(d, oui, pid, len, src, dst);
	return false;
}

static void llc_e_print(unsigned dsap_f, unsigned ssap_f, unsigned control,
			bool is_u)
{
	const char *s;

	s = tok_str(llc_values, dsap_f & ~LLC_IG);
	out_fmt("LLC, dsap %s (0x%02x) %s", s ? s : "Unknown",
		dsap_f & ~LLC_IG, dsap_f & LLC_IG ? "Group" : "Individual");
	s = tok_str(llc_values, ssap_f & ~LLC_GSAP);
	out_fmt(", ssap %s (0x%02x) %s", s ? s : "Unknown",
		ssap_f & ~LLC_GSAP, ssap_f & LLC_GSAP ? "Response" : "Command");
	out_fmt(is_u ? ", ctrl 0x%02x: " : ", ctrl 0x%04x: ", control);
}

static void sap_print(unsigned sap, const char *fmt)
{
	tok_print(llc_values, sap, fmt);
}

/* Without -e: the addresses and SAPs of a frame no printer took. */
static void llc_saps_print(struct dctx *d, unsigned dsap, unsigned ssap,
			   const uint8_t *src, const uint8_t *dst)
{
	if (ssap == dsap) {
		if (src && dst)
			addrs_print(d, src, dst);
		sap_print(dsap, "Unknown DSAP 0x%02x");
		out_char(' ');
		return;
	}
	if (src && dst) {
		decode_etheraddr(d, src);
		out_char(' ');
	}
	sap_print(ssap, "Unknown SSAP 0x%02x");
	out_str(" > ");
	if (src && dst) {
		decode_etheraddr(d, dst);
		out_char(' ');
	}
	sap_print(dsap, "Unknown DSAP 0x%02x");
	out_char(' ');
}

/* XID's format identifier and its two bytes; false when the frame is
 * to be dumped as one no printer took (another format). */
static bool llc_xid_print(struct dctx *d, struct cursor c, unsigned len)
{
	if (len == 0)
		return true;
	if (!cur_has(&c, 1)) {
		decode_trunc(d, "llc");
		return true;
	}
	if (cur_peek(&c, 0) != LLC_XID_FI)
		return false;
	if (!cur_has(&c, 3) || len < 3) {
		decode_trunc(d, "llc");
		raw_print(c);
		return true;
	}
	out_fmt(": %02x %02x", cur_peek(&c, 1), cur_peek(&c, 2));
	return true;
}

/* The frame's control field, when no printer took the payload. Returns
 * true when the payload is still to be dumped. */
static bool llc_control_print(struct dctx *d, struct cursor c, unsigned len,
			      unsigned ssap_f, unsigned control, bool is_u,
			      unsigned hdrlen)
{
	unsigned gsap = ssap_f & LLC_GSAP;

	if (is_u) {
		out_str("Unnumbered, ");
		tok_print(llc_cmd_values, control & ~LLC_U_POLL, "%02x");
		out_str(", Flags [");
		tok_print(llc_flag_values, gsap | (control & LLC_U_POLL), "?");
		out_fmt("], length %u", len + hdrlen);
		if ((control & ~LLC_U_POLL) == LLC_XID)
			return !llc_xid_print(d, c, len);
		return true;
	}
	if ((control & LLC_S_FMT) == LLC_S_FMT) {
		out_str("Supervisory, ");
		tok_print(llc_supervisory_values, (control >> 2) & 3, "?");
		out_fmt(", rcv seq %u, Flags [", (control >> 9) & 0x7f);
		tok_print(llc_flag_values, gsap | (control & LLC_IS_POLL), "?");
		out_fmt("], length %u", len + hdrlen);
		return false;
	}
	out_fmt("Information, send seq %u, rcv seq %u, Flags [",
		(control >> 1) & 0x7f, (control >> 9) & 0x7f);
	tok_print(llc_flag_values, gsap | (control & LLC_IS_POLL), "?");
	out_fmt("], length %u", len + hdrlen);
	return true;
}

/* The payload printers of frames with DSAP = SSAP and a UI control. */
static bool llc_sap_dispatch(struct dctx *d, struct cursor c, unsigned len,
			     unsigned sap)
{
	decode_net_proto *fn = decode_net_lookup(DECODE_T_LLC, sap);

	if (!fn)
		return false;
	if (sap == LLCSAP_IPX && d->eflag)
		out_str("IPX 802.2: ");
	fn(d, c, len);
	return true;
}

int llc_print(struct dctx *d, struct cursor c, unsigned len,
	      const uint8_t *src, const uint8_t *dst)
{
	unsigned dsap_f, ssap_f, dsap, ssap, control;
	int hdrlen = 3;
	bool is_u;
	decode_net_proto *ipx;

	if (!cur_has(&c, 3) || len < 3) {
		decode_trunc(d, "llc");
		raw_print(c);
		return cur_has(&c, 3) ? (int)len : (int)cur_left(&c);
	}
	dsap_f = cur_peek(&c, 0);
	ssap_f = cur_peek(&c, 1);
	control = cur_peek(&c, 2);
	is_u = (control & LLC_U_FMT) == LLC_U_FMT;
	if (!is_u) {
		if (!cur_has(&c, 4) || len < 4) {
			decode_trunc(d, "llc");
			raw_print(c);
			return cur_has(&c, 4) ? (int)len : (int)cur_left(&c);
		}
		control = cur_peek(&c, 2) | cur_peek(&c, 3) << 8;
		hdrlen = 4;
	}
	if (ssap_f == LLCSAP_GLOBAL && dsap_f == LLCSAP_GLOBAL) {
		/* Novell's raw 802.3: IPX right after the length */
		if (d->eflag)
			out_str("IPX 802.3: ");
		ipx = decode_net_lookup(DECODE_T_LLC, 0xe0);
		if (ipx)
			ipx(d, c, len);
		return 0;
	}
	dsap = dsap_f & ~LLC_IG;
	ssap = ssap_f & ~LLC_GSAP;
	if (d->eflag)
		llc_e_print(dsap_f, ssap_f, control, is_u);
	cur_skip(&c, (size_t)hdrlen);
	len -= (unsigned)hdrlen;
	if (ssap == LLCSAP_SNAP && dsap == LLCSAP_SNAP && control == LLC_UI) {
		if (!snap_print(d, c, len, src, dst, 2))
			return -(hdrlen + 5);
		return hdrlen + 5;
	}
	if (ssap == dsap && control == LLC_UI &&
	    llc_sap_dispatch(d, c, len, dsap))
		return hdrlen;
	if (!d->eflag)
		llc_saps_print(d, dsap, ssap, src, dst);
	if (!llc_control_print(d, c, len, ssap_f, control, is_u,
			       (unsigned)hdrlen))
		return hdrlen;
	return -hdrlen;
}

DECODE_KEY(LLC, 0x06, ip_print)
