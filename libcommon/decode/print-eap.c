/* print-eap.c - EAP (RFC 3748) and EAPOL (IEEE 802.1X) frames.
 *
 *   EAPOL: | Version | Type | Length |, then for type 0 an EAP packet
 *   EAP:   | Code | Identifier | Length | [Type | Type-Data] |
 * Output as tcpdump 4.99 print-eap.c; EAP-TLS, SIM and AKA attributes
 * are not decoded (tcpdump does not either).
 */
#include "decode.h"
#include "eap.h"
#include "out.h"
#include "table.h"

enum { EAP_REQUEST = 1, EAP_RESPONSE = 2 };
enum { T_IDENTITY = 1, T_NOTIFICATION = 2, T_NAK = 3, T_TLS = 13,
       T_SIM = 18, T_TTLS = 21, T_AKA = 23, T_FAST = 43 };

static const struct tok frame_types[] = {
	{ 0, "EAP packet" }, { 1, "EAPOL start" }, { 2, "EAPOL logoff" },
	{ 3, "EAPOL key" }, { 4, "Encapsulated ASF alert" },
	{ 0, NULL }
};

static const struct tok codes[] = {
	{ 1, "Request" }, { 2, "Response" }, { 3, "Success" },
	{ 4, "Failure" },
	{ 0, NULL }
};

static const struct tok types[] = {
	{ 0, "No proposed" }, { 1, "Identity" }, { 2, "Notification" },
	{ 3, "Nak" }, { 4, "MD5-challenge" }, { 5, "OTP" }, { 6, "GTC" },
	{ 13, "TLS" }, { 18, "SIM" }, { 21, "TTLS" }, { 23, "AKA" },
	{ 43, "FAST" }, { 254, "Expanded types" }, { 255, "Experimental" },
	{ 0, NULL }
};

static const struct tok tls_flags[] = {
	{ 0x80, "L bit" }, { 0x40, "More fragments bit" },
	{ 0x20, "Start bit" },
	{ 0, NULL }
};

static const struct tok aka_subtypes[] = {
	{ 1, "Challenge" }, { 2, "Auth reject" }, { 4, "Sync failure" },
	{ 5, "Identity" }, { 10, "Start" }, { 11, "Challenge" },
	{ 12, "Notification" }, { 13, "Reauth" }, { 14, "Client error" },
	{ 0, NULL }
};

static void name_print(const struct tok *t, unsigned v)
{
	const char *s = tok_str(t, v);

	out_str(s ? s : "unknown");
}

/* Characters up to a NUL, as tcpdump's nd_printjnp. */
static void text_print(struct cursor c, unsigned off, unsigned n)
{
	for (; n; n--, off++) {
		unsigned ch = cur_peek(&c, off);

		if (!ch)
			break;
		decode_char(ch);
	}
}

/* The flags octet of TLS, TTLS and FAST, and the length it announces. */
static void tls_print(struct cursor c, unsigned len, unsigned subtype,
		      const char *vname)
{
	unsigned flags = cur_peek(&c, 5);

	if (len < 6) {
		out_fmt(" (too short for EAP %s request/response)", vname);
		return;
	}
	if (subtype == T_TTLS)
		out_fmt(" TTLSv%u", flags & 7);
	else if (subtype == T_FAST)
		out_fmt(" FASTv%u", flags & 7);
	out_str(" flags [");
	tok_bits_print(tls_flags, flags, ", ", "none");
	out_fmt("] 0x%02x", flags);
	if (flags & 0x80) {
		if (len < 10) {
			out_fmt(" (too short for EAP %s request/response with length)",
				vname);
			return;
		}
		out_fmt(", len %u", cur_peek_be32(&c, 6));
	}
}

static void eap_type_print(struct cursor c, unsigned len)
{
	unsigned subtype = cur_peek(&c, 4), k;

	out_str("\n\t\t Type ");
	name_print(types, subtype);
	out_fmt(" (%u)", subtype);
	switch (subtype) {
	case T_IDENTITY:
		if (len > 5) {
			out_str(", Identity: ");
			text_print(c, 5, len - 5);
		}
		break;
	case T_NOTIFICATION:
		if (len < 6) {
			out_str(" (too short for EAP Notification request/response)");
			return;
		}
		out_str(", Notification: ");
		text_print(c, 5, len - 5);
		break;
	case T_NAK:
		if (len < 6) {
			out_str(" (too short for EAP Legacy NAK request/response)");
			return;
		}
		for (k = 5; k < len; k++) {
			out_str(k == 5 ? " " : ", ");
			name_print(types, cur_peek(&c, k));
			out_fmt(" (%u)", cur_peek(&c, k));
		}
		break;
	case T_TLS:
	case T_TTLS:
		tls_print(c, len, subtype, "TLS/TTLS");
		break;
	case T_FAST:
		tls_print(c, len, subtype, "FAST");
		break;
	case T_SIM:
	case T_AKA:
		if (len < 6) {
			out_str(" (too short for EAP SIM/AKA request/response)");
			return;
		}
		out_str(" subtype [");
		name_print(aka_subtypes, cur_peek(&c, 5));
		out_fmt("] 0x%02x", cur_peek(&c, 5));
		break;
	}
}

void eap_print(struct dctx *d, struct cursor c, unsigned length,
	       const char *proto)
{
	unsigned code, len;

	if (!cur_has(&c, 4)) {
		decode_trunc_cut(d, proto);
		return;
	}
	code = cur_peek(&c, 0);
	len = cur_peek_be16(&c, 2);
	if (len != length) {
		out_str("EAP fragment?");
		return;
	}
	name_print(codes, code);
	out_fmt(" (%u), id %u, len %u", code, cur_peek(&c, 1), len);
	if (len < 4) {
		out_str(" (too short for EAP header)");
		return;
	}
	if (!cur_has(&c, len)) {
		decode_trunc(d, proto);
		return;
	}
	if (code != EAP_REQUEST && code != EAP_RESPONSE)
		return;
	if (len < 5) {
		out_str(" (too short for EAP request/response)");
		return;
	}
	eap_type_print(c, len);
}

DECODE_KEY(ETHERTYPE, 0x888e, eapol_print)

void eapol_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned type, elen;

	(void)len;
	if (!cur_has(&c, 4)) {
		decode_trunc(d, "eap");
		return;
	}
	type = cur_peek(&c, 1);
	elen = cur_peek_be16(&c, 2);
	name_print(frame_types, type);
	out_fmt(" (%u) v%u, len %u", type, cur_peek(&c, 0), elen);
	if (!d->vflag || type != 0)
		return;
	if (elen == 0) {
		decode_trunc(d, "eap");
		return;
	}
	out_str(", ");
	cur_skip(&c, 4);
	eap_print(d, c, elen, "eap");
}
