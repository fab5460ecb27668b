/* print-fr.c - Frame Relay (Q.922 addresses, RFC 2427 NLPID and Cisco
 * encapsulations), FRF.15 and FRF.16 (multilink) fragmentation and
 * control, and Q.933 signalling with its LMI information elements.
 *
 *   | Q.922 address (2-4) | control 0x03 | [pad 0x00] | NLPID | data |
 *   Cisco: | Q.922 address | ethertype (2) | data |
 * Output as tcpdump 4.99 print-fr.c.
 */
#include <pcap/dlt.h>

#include "decode.h"
#include "encap.h"
#include "llc.h"
#include "out.h"
#include "table.h"

DECODE_DLT(DLT_FRELAY, fr_if_print)
DECODE_DLT(DLT_MFR, mfr_if_print)
DECODE_KEY(NLPID, 0x08, q933_nlpid_print)

enum {
	FR_EA_BIT = 0x01,
	LLC_UI = 0x03,
	NLPID_Q933 = 0x08, NLPID_SNAP = 0x80, NLPID_CLNP = 0x81,
	NLPID_ESIS = 0x82, NLPID_ISIS = 0x83, NLPID_IP6 = 0x8e,
	NLPID_MFR = 0xb1, NLPID_IP = 0xcc, NLPID_PPP = 0xcf,
	MFR_B_BIT = 0x80, MFR_E_BIT = 0x40, MFR_C_BIT = 0x20,
	MFR_BEC_MASK = 0xe0,
	MFR_CTRL_FRAME = 0xe0,
	MFR_FRAG_FRAME = 0xc0,
	MFR_ID_STRING_MAXLEN = 50,
};

static const struct tok fr_header_flag_values[] = {
	{ 0x02000000, "C!" }, { 0x00020000, "DE" }, { 0x00040000, "BECN" },
	{ 0x00080000, "FECN" }, { 0x00000002, "sdlcore" },
	{ 0, NULL }
};

static const struct tok frf_flag_values[] = {
	{ 0x80, "Begin" }, { 0x40, "End" }, { 0x20, "Control" },
	{ 0, NULL }
};

static const struct tok nlpid_values[] = {
	{ 0x00, "NULL" }, { 0x08, "Q.933" }, { 0x09, "LMI" },
	{ 0x80, "SNAP" }, { 0x81, "CLNP" }, { 0x82, "ES-IS" },
	{ 0x83, "IS-IS" }, { 0x84, "CONS" }, { 0x85, "IDRP" },
	{ 0xb1, "FRF.15" }, { 0xc1, "ISIS_SPB" }, { 0xcc, "IPv4" },
	{ 0xcf, "PPP" }, { 0x8a, "X25 ES-IS" }, { 0x8e, "IPv6" },
	{ 0, NULL }
};

static const struct tok mfr_ctrl_msg_values[] = {
	{ 1, "Add Link" }, { 2, "Add Link ACK" }, { 3, "Add Link Reject" },
	{ 4, "Hello" }, { 5, "Hello ACK" }, { 6, "Remove Link" },
	{ 7, "Remove Link ACK" },
	{ 0, NULL }
};

static const struct tok mfr_ctrl_ie_values[] = {
	{ 1, "Bundle ID" }, { 2, "Link ID" }, { 3, "Magic Number" },
	{ 5, "Timestamp" }, { 6, "Vendor Extension" }, { 7, "Cause" },
	{ 0, NULL }
};

static const struct tok q933_msg_values[] = {
	{ 0x00, "ESC to National" }, { 0x01, "Alert" },
	{ 0x02, "Call proceeding" }, { 0x07, "Connect" },
	{ 0x0f, "Connect ACK" }, { 0x03, "Progress" }, { 0x05, "Setup" },
	{ 0x45, "Disconnect" }, { 0x4d, "Release" },
	{ 0x5a, "Release Complete" }, { 0x46, "Restart" },
	{ 0x4e, "Restart ACK" }, { 0x7d, "Status Reply" },
	{ 0x75, "Status Enquiry" },
	{ 0, NULL }
};

static const struct tok q933_ie_values[] = {
	{ 0x01, "ANSI Report Type" }, { 0x19, "ANSI Link Verify" },
	{ 0x03, "ANSI Link Verify" }, { 0x07, "ANSI PVC Status" },
	{ 0x51, "CCITT Report Type" }, { 0x53, "CCITT Link Verify" },
	{ 0x57, "CCITT PVC Status" },
	{ 0, NULL }
};

static const struct tok lmi_report_type_values[] = {
	{ 0, "Full Status" }, { 1, "Link verify" }, { 2, "Async PVC Status" },
	{ 0, NULL }
};

struct q922 {
	unsigned dlci, addr_len;
	uint32_t flags;
};

/* 1: parsed, 0: invalid address, -1: cut. */
static int q922_parse(struct cursor p, unsigned length, struct q922 *q)
{
	unsigned b0 = cur_peek(&p, 0), b1 = cur_peek(&p, 1), b;

	if (!cur_has(&p, 1) || length < 1)
		return -1;
	if (b0 & FR_EA_BIT)
		return 0;
	if (!cur_has(&p, 2) || length < 2)
		return -1;
	q->addr_len = 2;
	q->dlci = (b0 & 0xfc) << 2 | (b1 & 0xf0) >> 4;
	q->flags = (uint32_t)(b0 & 0x02) << 24 | (uint32_t)(b1 & 0x0e) << 16;
	if (b1 & FR_EA_BIT)
		return 1;
	cur_skip(&p, 2);
	length -= 2;
	if (!cur_has(&p, 1) || length < 1)
		return -1;
	q->addr_len++;
	b = cur_peek(&p, 0);
	if ((b & FR_EA_BIT) == 0) {
		q->dlci = q->dlci << 7 | b >> 1;
		q->addr_len++;
		cur_skip(&p, 1);
		length--;
	}
	if (!cur_has(&p, 1) || length < 1)
		return -1;
	b = cur_peek(&p, 0);
	if ((b & FR_EA_BIT) == 0)
		return 0;
	q->flags |= b & 0x02;
	q->dlci = q->dlci << 6 | b >> 2;
	return 1;
}

static void fr_hdr_print(struct dctx *d, unsigned length, unsigned addr_len,
			 const struct q922 *q, unsigned nlpid)
{
	const char *s;

	if (d->qflag) {
		out_fmt("Q.922, DLCI %u, length %u: ", q->dlci, length);
		return;
	}
	out_fmt("Q.922, hdr-len %u, DLCI %u, Flags [", addr_len, q->dlci);
	tok_bits_print(fr_header_flag_values, q->flags, ", ", "none");
	if (nlpid <= 0xff) {
		s = tok_str(nlpid_values, nlpid);
		out_fmt("], NLPID %s (0x%02x), length %u: ", s ? s : "unknown",
			nlpid, length);
	} else {
		s = ethertype_name(nlpid);
		out_fmt("], cisco-ethertype %s (0x%04x), length %u: ",
			s ? s : "unknown", nlpid, length);
	}
}

static void frf15_print(struct dctx *d, struct cursor p, unsigned length)
{
	unsigned b0 = cur_peek(&p, 0);

	if (length < 2 || !cur_has(&p, 2)) {
		decode_trunc(d, "fr");
		return;
	}
	out_fmt("FRF.15, seq 0x%03x, Flags [",
		(b0 & 0x1e) << 7 | cur_peek(&p, 1));
	tok_bits_print(frf_flag_values, b0 & MFR_BEC_MASK, ", ", "none");
	out_fmt("],%s Fragmentation, length %u",
		b0 & 0x01 ? "Interface" : "End-to-End", length);
}

/* A SNAP header and what it carries; without a printer for it, the
 * whole frame (from hdr, header included) as raw bytes. */
static void fr_snap_print(struct dctx *d, struct cursor p, unsigned length,
			  unsigned hdr_len, const struct q922 *q,
			  struct cursor hdr)
{
	if (snap_print(d, p, length, NULL, NULL, 0))
		return;
	if (!d->eflag)
		fr_hdr_print(d, length + hdr_len, hdr_len, q, NLPID_SNAP);
	/* (the SNAP printer named the protocol last: its marker) */
	if (!d->xflag && !d->Xflag && !d->qflag)
		encap_default_print(d, hdr, length + hdr_len, "snap");
}

/* What the NLPID carries; p and length are after the header, hdr at
 * its start. */
static void fr_payload_print(struct dctx *d, struct cursor p, unsigned length,
			     unsigned hdr_len, const struct q922 *q,
			     unsigned nlpid, struct cursor hdr)
{
	struct cursor at_nlpid = hdr;
	decode_net_proto *fn;

	cur_skip(&at_nlpid, hdr_len - 1);
	switch (nlpid) {
	case NLPID_IP:
		ip_print(d, p, length);
		return;
	case NLPID_IP6:
		ip6_print(d, p, length);
		return;
	case NLPID_CLNP:
	case NLPID_ESIS:
	case NLPID_ISIS:
		fn = decode_net_lookup(DECODE_T_NLPID, nlpid);
		if (fn)
			fn(d, at_nlpid, length + 1);
		return;
	case NLPID_Q933:
		q933_print(d, p, length);
		return;
	case NLPID_MFR:
		frf15_print(d, p, length);
		return;
	case NLPID_PPP:
		ppp_print(d, p, length);
		return;
	case NLPID_SNAP:
		fr_snap_print(d, p, length, hdr_len, q, hdr);
		return;
	}
	if (!d->eflag)
		fr_hdr_print(d, length + hdr_len, q->addr_len, q, nlpid);
	if (!d->xflag)
		encap_default_print(d, p, length, "fr");
}

/* Cisco encapsulation: an ethertype after the address. Returns true
 * when the type had a printer. */
static bool fr_cisco_print(struct dctx *d, struct cursor p, unsigned length,
			   const struct q922 *q)
{
	struct cursor e = p;
	unsigned type;

	cur_skip(&e, q->addr_len);
	if (!cur_has(&e, 2) || length < q->addr_len + 2) {
		out_fmt("UI %02x! ", cur_peek(&e, 0));
		return false;
	}
	type = cur_be16(&e);
	if (d->eflag)
		fr_hdr_print(d, length, q->addr_len, q, type);
	if (ethertype_print(d, type, e, length - q->addr_len - 2))
		return true;
	out_fmt("UI %02x! ", cur_peek(&p, q->addr_len));
	return false;
}

unsigned fr_print(struct dctx *d, struct cursor p, unsigned length)
{
	struct q922 q = { 0, 0, 0 };
	struct cursor at;
	unsigned hdr_len, nlpid;
	int ret = q922_parse(p, length, &q);

	if (ret == -1)
		goto trunc;
	if (ret == 0) {
		out_str("Q.922, invalid address");
		return 0;
	}
	if (!cur_has(&p, q.addr_len + 1) || length < q.addr_len + 1)
		goto trunc;
	if (cur_peek(&p, q.addr_len) != LLC_UI && q.dlci != 0 &&
	    fr_cisco_print(d, p, length, &q))
		return q.addr_len + 2;
	if (!cur_has(&p, q.addr_len + 2) || length < q.addr_len + 2)
		goto trunc;
	if (cur_peek(&p, q.addr_len + 1) == 0) {
		if (q.addr_len != 3)
			out_str("Pad! ");
		hdr_len = q.addr_len + 3;
	} else {
		if (q.addr_len == 3)
			out_str("No pad! ");
		hdr_len = q.addr_len + 2;
	}
	if (!cur_has(&p, hdr_len) || length < hdr_len)
		goto trunc;
	nlpid = cur_peek(&p, hdr_len - 1);
	if (d->eflag)
		fr_hdr_print(d, length, q.addr_len, &q, nlpid);
	at = p;
	cur_skip(&p, hdr_len);
	fr_payload_print(d, p, length - hdr_len, hdr_len, &q, nlpid, at);
	return hdr_len;
trunc:
	decode_trunc(d, "fr");
	return 0;
}

unsigned fr_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	if (cur_left(&c) < 4) {
		decode_trunc(d, "fr");
		return (unsigned)cur_left(&c);
	}
	return fr_print(d, c, len);
}

/* One FRF.16 control IE's value (ie_len: without the header). */
static void mfr_ie_print(struct dctx *d, unsigned type, struct cursor v,
			 unsigned ie_len)
{
	unsigned i;

	switch (type) {
	case 3:
		if (ie_len != 4) {
			out_fmt("[IE data length %u != 4]", ie_len);
			out_str(" (invalid)");
			break;
		}
		out_fmt("0x%08x", cur_peek_be32(&v, 0));
		break;
	case 1:
	case 2:
		for (i = 0; i < ie_len && i < MFR_ID_STRING_MAXLEN; i++) {
			unsigned ch = cur_peek(&v, i);

			if (ch == 0)
				break;
			decode_char(ch);
		}
		break;
	case 5:
		if (ie_len > 14) {
			out_fmt("[Timestamp IE length %u > 14]", ie_len);
			out_str(" (invalid)");
			break;
		}
		/* fall through */
	default:
		if (d->vflag <= 1)
			decode_hex_ident(v, ie_len, "\n\t  ");
		break;
	}
	if (d->vflag > 1)
		decode_hex_ident(v, ie_len, "\n\t  ");
}

static unsigned mfr_ctrl_print(struct dctx *d, struct cursor p,
			       unsigned length)
{
	unsigned b0 = cur_peek(&p, 0), tlen = length - 3;

	out_str("FRF.16 Control, Flags [");
	tok_bits_print(frf_flag_values, b0 & MFR_BEC_MASK, ", ", "none");
	out_str("], ");
	tok_print(mfr_ctrl_msg_values, cur_peek(&p, 2),
		  "Unknown Message (0x%02x)");
	out_fmt(", length %u", length);
	if (!d->vflag)
		return 3;
	cur_skip(&p, 3);
	while (tlen > 2) {
		unsigned type = cur_peek(&p, 0), ie_len = cur_peek(&p, 1);

		if (!cur_has(&p, 2))
			goto trunc;
		out_str("\n\tIE ");
		tok_print(mfr_ctrl_ie_values, type, "Unknown");
		out_fmt(" (%u), length %u: ", type, ie_len);
		if (type == 0 || ie_len <= 2)
			return 3;
		if (!cur_has(&p, ie_len))
			goto trunc;
		cur_skip(&p, 2);
		ie_len -= 2;
		tlen -= 2;
		mfr_ie_print(d, type, p, ie_len);
		tlen -= ie_len;
		cur_skip(&p, ie_len);
	}
	return 3;
trunc:
	decode_trunc(d, "mfr");
	return length;
}

unsigned mfr_print(struct dctx *d, struct cursor p, unsigned length)
{
	unsigned b0, seq;

	if (length < 4) {
		out_fmt("[length %u < 4]", length);
		out_str(" (invalid)");
		return length;
	}
	if (!cur_has(&p, 4)) {
		decode_trunc(d, "mfr");
		return length;
	}
	b0 = cur_peek(&p, 0);
	if ((b0 & MFR_BEC_MASK) == MFR_CTRL_FRAME && cur_peek(&p, 1) == 0)
		return mfr_ctrl_print(d, p, length);
	seq = (b0 & 0x1e) << 7 | cur_peek(&p, 1);
	out_fmt("FRF.16 Frag, seq %u, Flags [", seq);
	tok_bits_print(frf_flag_values, b0 & MFR_BEC_MASK, ", ", "none");
	if ((b0 & MFR_BEC_MASK) == MFR_FRAG_FRAME ||
	    (b0 & MFR_BEC_MASK) == MFR_B_BIT) {
		out_str("], ");
		cur_skip(&p, 2);
		fr_print(d, p, length - 2);
		return 2;
	}
	out_char(']');
	decode_hex_ident(p, length, "\n\t");
	return 0;
}

unsigned mfr_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	if (cur_left(&c) < 2) {
		decode_trunc(d, "mfr");
		return (unsigned)cur_left(&c);
	}
	return mfr_print(d, c, len);
}

/* ---- Q.933 ---- */

/* A DLCI status IE; false if its DLCI field is malformed. */
static bool pvc_status_print(struct cursor p, unsigned len)
{
	unsigned b[5] = { 0 }, i, dlci;

	for (i = 0; i < len && i < 5; i++)
		b[i] = cur_peek(&p, i);
	if (len < 3 || len > 5 || (b[0] & 0x80) ||
	    (len == 3 && !(b[1] & 0x80)) ||
	    (len == 4 && ((b[1] & 0x80) || !(b[2] & 0x80))) ||
	    (len == 5 && ((b[1] & 0x80) || (b[2] & 0x80) || !(b[3] & 0x80))) ||
	    !(b[len - 1] & 0x80))
		return false;
	dlci = (b[0] & 0x3f) << 4 | (b[1] & 0x78) >> 3;
	if (len == 4)
		dlci = dlci << 6 | (b[2] & 0x7e) >> 1;
	else if (len == 5)
		dlci = dlci << 13 | (b[2] & 0x7f) | (b[3] & 0x7e) >> 1;
	out_fmt("DLCI %u: status %s%s", dlci, b[len - 1] & 0x8 ? "New, " : "",
		b[len - 1] & 0x2 ? "Active" : "Inactive");
	return true;
}

/* Codesets 0 and 5; false for an IE it does not know. */
static bool q933_ie_print(struct dctx *d, unsigned code, unsigned len,
			  struct cursor p)
{
	switch (code) {
	case 0x01:
	case 0x51:
		if (d->vflag) {
			tok_print(lmi_report_type_values, cur_peek(&p, 0),
				  "unknown");
			out_fmt(" (%u)", cur_peek(&p, 0));
		}
		return true;
	case 0x03:
	case 0x53:
	case 0x19:
		if (!d->vflag)
			out_str(", ");
		if (len < 2)
			out_str("Invalid LINK VERIFY IE");
		else
			out_fmt("TX Seq: %3d, RX Seq: %3d", cur_peek(&p, 0),
				cur_peek(&p, 1));
		return true;
	case 0x07:
	case 0x57:
		if (!d->vflag)
			out_str(", ");
		if (!pvc_status_print(p, len))
			out_str("Invalid DLCI in PVC STATUS IE");
		return true;
	}
	return false;
}

struct q933 {
	unsigned codeset, unshift, non_locking, olen;
	bool ansi;
};

/* The call reference, message type and a leading shift; false if cut
 * (the marker printed). */
static bool q933_header(struct dctx *d, struct cursor *p, unsigned *length,
			struct q933 *s, unsigned *msgtype)
{
	unsigned crl, i, ie;
	uint8_t ref[15];

	if (*length == 0 || !cur_has(p, 1))
		goto cut;
	crl = cur_u8(p) & 0x0f;
	(*length)--;
	for (i = 0; i < crl; i++) {
		if (*length == 0 || !cur_has(p, 1))
			goto cut;
		ref[i] = cur_u8(p);
		(*length)--;
	}
	if (*length == 0 || !cur_has(p, 1))
		goto cut;
	*msgtype = cur_u8(p);
	(*length)--;
	if (*length != 0) {
		if (!cur_has(p, 1))
			goto cut;
		ie = cur_peek(p, 0);
		if ((ie & 0xf0) == 0x90) {
			cur_skip(p, 1);
			(*length)--;
			s->codeset = ie & 7;
			if (!(ie & 0x08)) {
				s->ansi = s->codeset == 5;
			} else {
				s->non_locking = 1;
				s->unshift = 0;
			}
		}
	}
	if (!d->eflag)
		out_str(", ");
	out_fmt("%s, codeset %u", s->ansi ? "ANSI" : "CCITT", s->codeset);
	if (crl == 1 && !cur_has(p, 1)) {
		/* tcpdump tests the byte after the message type here */
		decode_trunc_cut(d, "q.933");
		return false;
	}
	if (crl != 0 && (crl > 1 || cur_peek(p, 0) != 0)) {
		out_str(", Call Ref: 0x");
		for (i = 0; i < crl; i++)
			out_fmt("%02x", ref[i]);
	}
	return true;
cut:
	if (!d->eflag)
		out_str(", ");
	out_fmt("length %u", s->olen);
	decode_trunc(d, "q.933");
	return false;
}

static void q933_shift_step(struct q933 *s)
{
	if (s->non_locking == 1) {
		s->non_locking = 2;
	} else if (s->non_locking == 2) {
		s->codeset = s->unshift;
		s->non_locking = 0;
	}
}

/* The IEs; false if cut. */
static bool q933_ies_print(struct dctx *d, struct cursor p, unsigned length,
			   struct q933 *s)
{
	while (length != 0) {
		unsigned code, len;
		bool known = false;

		q933_shift_step(s);
		if (!cur_has(&p, 1))
			return false;
		code = cur_u8(&p);
		length--;
		if (code & 0x80) {
			if ((code & 0xf0) == 0x90) {
				if (!(code & 0x08)) {
					s->non_locking = 0;
				} else {
					s->non_locking = 1;
					s->unshift = s->codeset;
				}
				s->codeset = code & 7;
			}
			continue;
		}
		if (length == 0 || !cur_has(&p, 1))
			return false;
		len = cur_u8(&p);
		length--;
		if (d->vflag) {
			const char *n = s->codeset == 0 || s->codeset == 5 ?
					tok_str(q933_ie_values, code) : NULL;

			out_fmt("\n\t%s IE (0x%02x), length %u: ",
				n ? n : "unknown", code, len);
		}
		if (code == 0 || len == 0)
			return true;
		if (length < len || !cur_has(&p, len))
			return false;
		if (s->codeset == 0 || s->codeset == 5)
			known = q933_ie_print(d, code, len, p);
		if (known && d->vflag > 1)
			decode_hex_ident(p, len, "\n\t  ");
		else if (!known && d->vflag >= 1)
			decode_hex_ident(p, len, "\n\t");
		length -= len;
		cur_skip(&p, len);
	}
	if (!d->vflag)
		out_fmt(", length %u", s->olen);
	return true;
}

void q933_print(struct dctx *d, struct cursor p, unsigned length)
{
	struct q933 s = { 0, 0, 0, length, false };
	unsigned msgtype;

	if (!d->eflag)
		out_str("Q.933");
	if (!q933_header(d, &p, &length, &s, &msgtype))
		return;
	if (d->vflag) {
		out_str(", ");
		tok_print(q933_msg_values, msgtype, "unknown message");
		out_fmt(" (0x%02x), length %u", msgtype, s.olen);
	} else {
		out_str(", ");
		tok_print(q933_msg_values, msgtype, "unknown message 0x%02x");
	}
	if (q933_ies_print(d, p, length, &s) || d->stop)
		return;
	if (!d->vflag)
		out_fmt(", length %u", s.olen);
	decode_trunc(d, "q.933");
}

/* Through the NLPID table: the PDU from its NLPID byte. */
void q933_nlpid_print(struct dctx *d, struct cursor c, unsigned len)
{
	cur_skip(&c, 1);
	q933_print(d, c, len - 1);
}
