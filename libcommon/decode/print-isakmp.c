/* print-isakmp.c - ISAKMP / IKEv1 (RFC 2407, 2408, 2409) and IKEv2
 * (RFC 7296), and IKE over UDP port 4500 (RFC 3947, 3948).
 *
 *   | Initiator cookie (8) | Responder cookie (8) | Next payload | Ver |
 *   | Exchange | Flags | Message ID | Length | payloads: | Next | C |
 *   | Length | body ...
 * Output as tcpdump 4.99 print-isakmp.c: payloads nest by their next
 * payload chains, one per line with four spaces per level; encrypted
 * payloads are not decrypted. A cut packet ends with " [|isakmp]"
 * where tcpdump's bounds-checked reads give up, or the payload's
 * marker where it checks first. Deviation: an ID payload's protocol
 * prints as a number also without -n.
 */
#include <string.h>

#include "decode.h"
#include "out.h"
#include "table.h"

enum { HDRLEN = 28, GENLEN = 4 };
enum { NP_SA = 1, NP_P, NP_T, NP_KE, NP_ID, NP_CERT, NP_CR, NP_HASH,
       NP_SIG, NP_NONCE, NP_N, NP_D, NP_VID, NP_V2E = 46 };
enum { FLAG_E = 1, FLAG_C = 2, FLAG_I = 8, FLAG_V = 16, FLAG_R = 32 };

/* One message being printed; offsets are from the ISAKMP header. */
struct ik {
	struct dctx *d;
	struct cursor c;
	int ep;			/* end of the captured bytes */
	const struct ipinfo *ip;
	bool cut;		/* a read went past the capture */
};

static unsigned g8(struct ik *k, int off)
{
	if (off < 0 || off >= k->ep) {
		k->cut = true;
		return 0;
	}
	return cur_peek(&k->c, (unsigned)off);
}

static unsigned g16(struct ik *k, int off)
{
	unsigned hi = g8(k, off);

	return hi << 8 | g8(k, off + 1);
}

static uint32_t g32(struct ik *k, int off)
{
	uint32_t hi = g16(k, off);

	return hi << 16 | g16(k, off + 2);
}

/* Are n bytes at off captured (tcpdump's ND_TTEST_LEN)? */
static bool has(const struct ik *k, int off, int n)
{
	return off >= 0 && n >= 0 && off <= k->ep && n <= k->ep - off;
}

static const char *const npstr[] = {
	"none", "sa", "p", "t", "ke", "id", "cert", "cr", "hash", "sig",
	"nonce", "n", "d", "vid", "pay14", "pay15", "pay16", "pay17",
	"pay18", "pay19", "pay20", "pay21", "pay22", "pay23", "pay24",
	"pay25", "pay26", "pay27", "pay28", "pay29", "pay30", "pay31",
	"pay32", "v2sa", "v2ke", "v2IDi", "v2IDr", "v2cert", "v2cr",
	"v2auth", "v2nonce", "v2n", "v2d", "v2vid", "v2TSi", "v2TSr", "v2e",
	"v2cp", "v2eap",
};

static const char *const etypestr[] = {
	"none", "base", "ident", "auth", "agg", "inf", NULL, NULL, NULL,
	NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	NULL, "oakley-quick", "oakley-newgroup", "ikev2_init", "ikev2_auth",
	"child_sa", "inf2",
};

static const char *const protoidstr[] = {
	NULL, "isakmp", "ipsec-ah", "ipsec-esp", "ipcomp",
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* tcpdump's STR_OR_ID: the name, or "#n". */
static void str_or_id(unsigned x, const char *const *tab, size_t n)
{
	if (x < n && tab[x])
		out_str(tab[x]);
	else
		out_fmt("#%u", x);
}

#define STR_OR_ID(x, tab) str_or_id((x), (tab), NELEM(tab))

static void np_trunc(unsigned np)
{
	out_str(" [|");
	STR_OR_ID(np, npstr);
	out_char(']');
}

static void hexprint(struct ik *k, int off, int n)
{
	for (; n > 0; n--, off++)
		out_hex(cur_peek(&k->c, (unsigned)off), 2);
}

/* Hex of n bytes, false (nothing printed) when not all captured. */
static bool rawprint(struct ik *k, int off, int n)
{
	if (!has(k, off, n))
		return false;
	hexprint(k, off, n);
	return true;
}

/* With -vvv and when show, a space and n bytes at off in hex; false
 * when they were not captured. */
static bool raw_vvv(struct ik *k, bool show, int off, int n)
{
	if (k->d->vflag <= 2 || !show)
		return true;
	out_char(' ');
	return rawprint(k, off, n);
}

/* The first 10 bytes from off and the last 20 of the capture. */
static bool show_somedata(struct ik *k, int off)
{
	int end = k->ep - 20, elen = 20, len = k->ep - off;

	if (len > 10)
		len = 10;
	if (end < off + len) {
		end = off + len;
		elen = k->ep - end;
	}
	out_str(" data=(");
	if (!rawprint(k, off, len))
		return false;
	out_str("...");
	if (elen && !rawprint(k, end, elen))
		return false;
	out_char(')');
	return true;
}

/* ---- data attributes (RFC 2408 3.3) */

struct attrmap {
	const char *type;
	unsigned nvalue;
	const char *const *value;
};

static const char *const groups[] = { NULL, "modp768", "modp1024",
	"EC2N 2^155", "EC2N 2^185", "modp1536", "iana-grp06", "iana-grp07",
	"iana-grp08", "iana-grp09", "iana-grp10", "iana-grp11",
	"iana-grp12", "iana-grp13", "modp2048", "modp3072", "modp4096",
	"modp6144", "modp8192" };
static const char *const lifetypes[] = { NULL, "sec", "kb" };
static const char *const encmodes[] = { NULL, "tunnel", "transport" };
static const char *const ipsec_auths[] = { NULL, "hmac-md5", "hmac-sha1",
	"1des-mac", "keyed" };
static const char *const oakley_encs[] = { NULL, "1des", "idea",
	"blowfish", "rc5", "3des", "cast", "aes" };
static const char *const oakley_hashes[] = { NULL, "md5", "sha1",
	"tiger", "sha2-256", "sha2-384", "sha2-512" };
static const char *const oakley_auths[] = { NULL, "preshared", "dss",
	"rsa sig", "rsa enc", "rsa enc revised" };
static const char *const group_types[] = { NULL, "MODP", "ECP", "EC2N" };
static const char *const no_values[] = { NULL };

static const struct attrmap ipsec_t_map[] = {
	{ NULL, 0, NULL }, { "lifetype", 3, lifetypes }, { "life", 0, NULL },
	{ "group desc", 18, groups }, { "enc mode", 3, encmodes },
	{ "auth", 5, ipsec_auths }, { "keylen", 0, NULL },
	{ "rounds", 0, NULL }, { "dictsize", 0, NULL },
	{ "privalg", 0, NULL },
};

static const struct attrmap encr_t_map[] = {
	{ NULL, 0, NULL }, { NULL, 0, NULL }, { NULL, 0, NULL },
	{ NULL, 0, NULL }, { NULL, 0, NULL }, { NULL, 0, NULL },
	{ NULL, 0, NULL }, { NULL, 0, NULL }, { NULL, 0, NULL },
	{ NULL, 0, NULL }, { NULL, 0, NULL }, { NULL, 0, NULL },
	{ NULL, 0, NULL }, { NULL, 0, NULL }, { "keylen", 1, no_values },
};

static const struct attrmap oakley_t_map[] = {
	{ NULL, 0, NULL }, { "enc", 8, oakley_encs },
	{ "hash", 7, oakley_hashes }, { "auth", 6, oakley_auths },
	{ "group desc", 18, groups }, { "group type", 4, group_types },
	{ "group prime", 0, NULL }, { "group gen1", 0, NULL },
	{ "group gen2", 0, NULL }, { "group curve A", 0, NULL },
	{ "group curve B", 0, NULL }, { "lifetype", 3, lifetypes },
	{ "lifeduration", 0, NULL }, { "prf", 0, NULL },
	{ "keylen", 0, NULL }, { "field", 0, NULL }, { "order", 0, NULL },
};

/* One attribute, named through map (NULL: by number); returns the
 * offset after it, ep2 + 1 when it overruns ep2, -1 when cut. */
static int attr_print(struct ik *k, int p, int ep2, const struct attrmap *map,
		      size_t nmap)
{
	unsigned t, v, af = g8(k, p) & 0x80;
	int totlen = 4;

	if (!af)
		totlen += (int)g16(k, p + 2);
	if (k->cut)
		return -1;
	if (ep2 < p + totlen) {
		out_str("[|attr]");
		return ep2 + 1;
	}
	out_char('(');
	t = g16(k, p) & 0x7fff;
	if (map && t < nmap && map[t].type)
		out_fmt("type=%s ", map[t].type);
	else
		out_fmt("type=#%u ", t);
	if (af) {
		out_str("value=");
		v = g16(k, p + 2);
		if (map && t < nmap && v < map[t].nvalue && map[t].value[v])
			out_str(map[t].value[v]);
		else if (!rawprint(k, p + 2, 2))
			goto trunc;
	} else {
		out_fmt("len=%d value=", totlen - 4);
		if (!rawprint(k, p + 4, totlen - 4))
			goto trunc;
	}
	out_char(')');
	return p + totlen;
trunc:
	out_char(')');
	return -1;
}

/* The attributes of a RESPONDER-LIFETIME notification. */
static int attrs_print_noellipsis(struct ik *k, int cp, int ep2)
{
	while (cp < k->ep && cp < ep2) {
		cp = attr_print(k, cp, ep2, oakley_t_map, NELEM(oakley_t_map));
		if (cp < 0)
			return -1;
	}
	return cp;
}

/* The attributes from cp to the end of the payload at ep2. */
static int attrs_print(struct ik *k, int cp, int ep2,
		       const struct attrmap *map, size_t nmap)
{
	while (cp < k->ep && cp < ep2) {
		cp = attr_print(k, cp, ep2, map, nmap);
		if (cp < 0)
			return -1;
	}
	if (k->ep < ep2)
		out_str("...");
	return cp;
}

/* ---- payloads. Each prints one payload at ext of item_len bytes
 * and returns the offset after it, or -1: stop the chain (k->cut set
 * when the capture ended under a read). */

struct pl {
	unsigned tpay;		/* the payload type */
	int ext, item_len;
	unsigned phase, doi, proto;
	int depth;
};

static int ikev1_sub_print(struct ik *k, unsigned np, int ext,
			   const struct pl *parent);
static int chain_print(struct ik *k, unsigned np, int ext,
		       const struct pl *parent, bool v2);

static const char *const sit_names[] = { "identity", "secrecy",
	"integrity" };

static int v1_sa_print(struct ik *k, const struct pl *pl)
{
	int ext = pl->ext, np;
	uint32_t doi, sit;
	unsigned i, t = 0;
	struct pl sub = *pl;

	out_str("sa:");
	if (!has(k, ext, 12))
		goto trunc;
	doi = g32(k, ext + 4);
	sit = g32(k, ext + 8);
	if (doi != 1) {
		out_fmt(" doi=%u situation=%u", doi, sit);
		return ext + 12;
	}
	out_str(" doi=ipsec situation=");
	for (i = 0; i < 3; i++)
		if (sit & 1u << i)
			out_fmt("%s%s", t++ ? "+" : "", sit_names[i]);
	np = ext + 12;
	if (sit != 1) {
		/* tcpdump reads the "ident" from the 4 bytes after the
		 * generic header, which is the DOI */
		out_fmt(" ident=%u", g32(k, ext + 4));
		np += 4;
	}
	if (!has(k, np, GENLEN))
		goto trunc;
	sub.doi = doi;
	return ikev1_sub_print(k, NP_P, np, &sub);
trunc:
	np_trunc(NP_SA);
	return -1;
}

static int v1_p_print(struct ik *k, const struct pl *pl)
{
	int ext = pl->ext, spi;
	struct pl sub = *pl;

	out_str("p:");
	if (!has(k, ext, 8))
		goto trunc;
	out_fmt(" #%u protoid=", g8(k, ext + 4));
	STR_OR_ID(g8(k, ext + 5), protoidstr);
	out_fmt(" transform=%u", g8(k, ext + 7));
	spi = (int)g8(k, ext + 6);
	if (spi) {
		out_str(" spi=");
		if (!rawprint(k, ext + 8, spi))
			goto trunc;
	}
	if (!has(k, ext + 8 + spi, GENLEN))
		goto trunc;
	sub.proto = g8(k, ext + 5);
	return ikev1_sub_print(k, NP_T, ext + 8 + spi, &sub);
trunc:
	np_trunc(NP_P);
	return -1;
}

static const char *const ikev1_p_map[] = { NULL, "ike" };
static const char *const ah_p_map[] = { NULL, "(reserved)", "md5", "sha",
	"1des", "sha2-256", "sha2-384", "sha2-512" };
static const char *const esp_p_map[] = { NULL, "1des-iv64", "1des",
	"3des", "rc5", "idea", "cast", "blowfish", "3idea", "1des-iv32",
	"rc4", "null", "aes" };
static const char *const ipcomp_p_map[] = { NULL, "oui", "deflate",
	"lzs" };

static int v1_t_print(struct ik *k, const struct pl *pl)
{
	int ext = pl->ext, cp;
	unsigned id;
	const struct attrmap *map = ipsec_t_map;
	size_t nmap = NELEM(ipsec_t_map);

	out_str("t:");
	if (!has(k, ext, 8))
		goto trunc;
	id = g8(k, ext + 5);
	out_fmt(" #%u id=", g8(k, ext + 4));
	switch (pl->proto) {
	case 1:
		STR_OR_ID(id, ikev1_p_map);
		map = oakley_t_map;
		nmap = NELEM(oakley_t_map);
		break;
	case 2: STR_OR_ID(id, ah_p_map); break;
	case 3: STR_OR_ID(id, esp_p_map); break;
	case 4: STR_OR_ID(id, ipcomp_p_map); break;
	default:
		out_fmt("%u", id);
		map = NULL;
		nmap = 0;
		break;
	}
	out_char(' ');
	cp = attrs_print(k, ext + 8, ext + pl->item_len, map, nmap);
	if (cp >= 0)
		return cp;
trunc:
	if (!k->cut)
		np_trunc(NP_T);
	return -1;
}

/* ke, hash, sig, vid: the length, and the data with -vvv. */
static int v1_data_print(struct ik *k, const struct pl *pl,
			 const char *what)
{
	int ext = pl->ext, len = pl->item_len;

	STR_OR_ID(pl->tpay, npstr);
	out_char(':');
	if (!has(k, ext, GENLEN))
		goto trunc;
	out_fmt("%s len=%d", what, len - 4);
	if (!raw_vvv(k, len > 4, ext + 4, len - 4))
		goto trunc;
	return ext + len;
trunc:
	np_trunc(pl->tpay);
	return -1;
}

static const char *const certstr[] = { "none", "pkcs7", "pgp", "dns",
	"x509sign", "x509ke", "kerberos", "crl", "arl", "spki", "x509attr" };

static int v1_cert_print(struct ik *k, const struct pl *pl)
{
	int ext = pl->ext, len = pl->item_len;

	STR_OR_ID(pl->tpay, npstr);
	out_char(':');
	if (!has(k, ext, 6))
		goto trunc;
	out_fmt(" len=%d type=", len - 4);
	STR_OR_ID(g8(k, ext + 4), certstr);
	if (!raw_vvv(k, len > 4, ext + 4, len - 4))
		goto trunc;
	return ext + len;
trunc:
	np_trunc(pl->tpay);
	return -1;
}

static int v1_nonce_print(struct ik *k, const struct pl *pl)
{
	int ext = pl->ext, len = pl->item_len;

	out_str("nonce:");
	if (!has(k, ext, GENLEN))
		goto trunc;
	out_fmt(" n len=%d", len - 4);
	if (len > 4 && k->d->vflag > 2) {
		out_char(' ');
		if (!rawprint(k, ext + 4, len - 4))
			goto trunc;
	} else if (len > 4 && k->d->vflag > 1) {
		out_char(' ');
		if (!show_somedata(k, ext + 4))
			goto trunc;
	}
	return ext + len;
trunc:
	np_trunc(NP_NONCE);
	return -1;
}

static const char *const idtypestr[] = { NULL, "IPv4", "FQDN",
	"user FQDN", "IPv4net", "IPv6", "IPv6net", "IPv4range", "IPv6range",
	"ASN1 DN", "ASN1 GN", "keyid" };

/* The identification data of an IPsec DOI ID payload; false when cut. */
static bool id_data_print(struct ik *k, unsigned type, int data, int len)
{
	int i;

	switch (type) {
	case 1: case 5:
		if (len < (type == 1 ? 4 : 16)) {
			out_fmt(" len=%d [bad: < %d]", len, type == 1 ? 4 : 16);
			break;
		}
		out_fmt(" len=%d ", len);
		if (type == 1) {
			uint8_t a[4];

			for (i = 0; i < 4; i++)
				a[i] = (uint8_t)g8(k, data + i);
			decode_ip4addr(k->d, a);
		} else {
			decode_ip6addr_at(k->d, k->c, (unsigned)data);
		}
		break;
	case 2: case 3:
		out_fmt(" len=%d ", len);
		for (i = 0; i < len; i++)
			decode_char(g8(k, data + i));
		break;
	case 4: case 7:
		if (len < 8) {
			out_fmt(" len=%d [bad: < 8]", len);
			break;
		}
		out_fmt(" len=%d ", len);
		for (i = 0; i < 8; i += 4) {
			uint8_t a[4];
			int j;

			for (j = 0; j < 4; j++)
				a[j] = (uint8_t)g8(k, data + i + j);
			if (i && type == 7) {
				out_char('-');
				decode_ip4addr(k->d, a);
			} else if (i) {
				out_fmt("/%u.%u.%u.%u", a[0], a[1], a[2], a[3]);
			} else {
				decode_ip4addr(k->d, a);
			}
		}
		break;
	case 6: case 8:
		if (len < 32) {
			out_fmt(" len=%d [bad: < 32]", len);
			break;
		}
		out_fmt(" len=%d ", len);
		decode_ip6addr_at(k->d, k->c, (unsigned)data);
		if (type == 8) {
			out_char('-');
			decode_ip6addr_at(k->d, k->c, (unsigned)data + 16);
		} else {
			out_str("/0x");
			hexprint(k, data + 16, 16);
		}
		break;
	default:
		return true;
	}
	return !k->cut;
}

static int v1_id_print(struct ik *k, const struct pl *pl)
{
	int ext = pl->ext, len = pl->item_len - 8, data = ext + 8;
	unsigned type;

	out_str("id:");
	if (!has(k, ext, 8))
		goto trunc;
	if (len <= 0)
		len = 0;
	type = g8(k, ext + 4);
	out_str(" idtype=");
	STR_OR_ID(type, idtypestr);
	{
		/* a protocol id of 0 is not IP: tcpdump names only others */
		unsigned proto = g8(k, ext + 5);
		const char *pn = k->d->nflag || !proto ? NULL :
				 names_ipproto(proto);

		if (pn)
			out_fmt(" protoid=%s", pn);
		else
			out_fmt(" protoid=%u", proto);
	}
	out_fmt(" port=%u", g16(k, ext + 6));
	if (len) {
		if (!has(k, data, len))
			goto trunc;
		if (!id_data_print(k, type, data, len))
			return -1;
		if (type != 9 && type != 10 && type != 11 && type >= 1 &&
		    type <= 8)
			len = 0;
	}
	if (len) {
		out_fmt(" len=%d", len);
		if (k->d->vflag > 2) {
			out_char(' ');
			if (!rawprint(k, data, len))
				goto trunc;
		}
	}
	return ext + pl->item_len;
trunc:
	np_trunc(NP_ID);
	return -1;
}

static const char *const notify_error_str[] = { NULL,
	"INVALID-PAYLOAD-TYPE", "DOI-NOT-SUPPORTED",
	"SITUATION-NOT-SUPPORTED", "INVALID-COOKIE", "INVALID-MAJOR-VERSION",
	"INVALID-MINOR-VERSION", "INVALID-EXCHANGE-TYPE", "INVALID-FLAGS",
	"INVALID-MESSAGE-ID", "INVALID-PROTOCOL-ID", "INVALID-SPI",
	"INVALID-TRANSFORM-ID", "ATTRIBUTES-NOT-SUPPORTED",
	"NO-PROPOSAL-CHOSEN", "BAD-PROPOSAL-SYNTAX", "PAYLOAD-MALFORMED",
	"INVALID-KEY-INFORMATION", "INVALID-ID-INFORMATION",
	"INVALID-CERT-ENCODING", "INVALID-CERTIFICATE",
	"CERT-TYPE-UNSUPPORTED", "INVALID-CERT-AUTHORITY",
	"INVALID-HASH-INFORMATION", "AUTHENTICATION-FAILED",
	"INVALID-SIGNATURE", "ADDRESS-NOTIFICATION", "NOTIFY-SA-LIFETIME",
	"CERTIFICATE-UNAVAILABLE", "UNSUPPORTED-EXCHANGE-TYPE",
	"UNEQUAL-PAYLOAD-LENGTHS" };
static const char *const ipsec_notify_error_str[] = { "RESERVED" };
static const char *const notify_status_str[] = { "CONNECTED" };
static const char *const ipsec_notify_status_str[] = {
	"RESPONDER-LIFETIME", "REPLAY-STATUS", "INITIAL-CONTACT" };

static void v1_notify_type_print(unsigned type, bool ipsec)
{
	out_str(" type=");
	if (type < 8192)
		STR_OR_ID(type, notify_error_str);
	else if (type < 16384 && ipsec)
		str_or_id(type - 8192, ipsec_notify_error_str, 1);
	else if (type >= 16384 && type < 24576)
		str_or_id(type - 16384, notify_status_str, 1);
	else if (type >= 24576 && type < 32768 && ipsec)
		str_or_id(type - 24576, ipsec_notify_status_str, 3);
	else
		out_fmt("#%u", type);
}

/* What follows the SPI of an IPsec DOI notification. */
static bool v1_n_data_print(struct ik *k, unsigned type, int cp, int ep2)
{
	uint32_t v;

	if (cp >= k->ep)
		return true;
	switch (type) {
	case 24576:
		out_str(" attrs=(");
		if (attrs_print_noellipsis(k, cp, ep2) < 0) {
			if (!k->cut)
				out_char(')');
			return false;
		}
		out_char(')');
		return true;
	case 24577:
		out_str(" status=(");
		v = g32(k, cp);
		if (k->cut)
			return false;
		out_fmt("replay detection %sabled)", v ? "en" : "dis");
		return true;
	default:
		if (k->d->vflag > 3) {
			out_str(" data=(");
			if (!rawprint(k, cp, k->ep - cp))
				return false;
			out_char(')');
			return true;
		}
		return show_somedata(k, cp);
	}
}

static int v1_n_print(struct ik *k, const struct pl *pl)
{
	int ext = pl->ext, spi, cp;
	uint32_t doi;
	unsigned proto, type;

	out_str("n:");
	if (!has(k, ext, 12))
		goto trunc;
	doi = g32(k, ext + 4);
	proto = g8(k, ext + 8);
	if (doi != 1)
		out_fmt(" doi=%u proto=%u", doi, proto);
	else {
		out_str(" doi=ipsec proto=");
		STR_OR_ID(proto, protoidstr);
	}
	type = g16(k, ext + 10);
	v1_notify_type_print(type, doi == 1);
	spi = (int)g8(k, ext + 9);
	if (spi) {
		out_str(" spi=");
		if (!rawprint(k, ext + 12, spi))
			goto trunc;
	}
	if (doi != 1)
		return ext + 12 + spi;
	cp = ext + 12 + spi;
	if (!v1_n_data_print(k, type, cp, ext + pl->item_len)) {
		if (k->cut)
			return -1;
		goto trunc;
	}
	return ext + pl->item_len;
trunc:
	np_trunc(NP_N);
	return -1;
}

static int v1_d_print(struct ik *k, const struct pl *pl)
{
	int ext = pl->ext, q, spi;
	uint32_t doi;
	unsigned proto, nspi, i;

	out_str("d:");
	if (!has(k, ext, 12))
		goto trunc;
	doi = g32(k, ext + 4);
	proto = g8(k, ext + 8);
	if (doi != 1)
		out_fmt(" doi=%u proto=%u", doi, proto);
	else {
		out_str(" doi=ipsec proto=");
		STR_OR_ID(proto, protoidstr);
	}
	spi = (int)g8(k, ext + 9);
	nspi = g16(k, ext + 10);
	out_fmt(" spilen=%d nspi=%u spi=", spi, nspi);
	q = ext + 12;
	for (i = 0; i < nspi; i++) {
		if (i)
			out_char(',');
		if (!rawprint(k, q, spi))
			goto trunc;
		q += spi;
	}
	return q;
trunc:
	np_trunc(NP_D);
	return -1;
}

/* ---- IKEv2 payloads */

static const char *const v2_t_types[] = { NULL, "encr", "prf", "integ",
	"dh", "esn" };
static const char *const prf_p_map[] = { NULL, "hmac-md5", "hmac-sha",
	"hmac-tiger", "aes128_xcbc" };
static const char *const integ_p_map[] = { NULL, "hmac-md5", "hmac-sha",
	"dec-mac", "kpdk-md5", "aes-xcbc" };
static const char *const esn_p_map[] = { "no-esn", "esn" };

static void pay_print(struct ik *k, unsigned tpay, int ext)
{
	STR_OR_ID(tpay, npstr);
	out_str(g8(k, ext + 1) & 0x80 ? "[C]:" : ":");
}

static void indent(int depth)
{
	out_char('\n');
	while (depth-- > 0)
		out_str("    ");
}

/* tcpdump's generic v2 payload: the length, the data with -vvv. */
static int v2_gen_print(struct ik *k, const struct pl *pl)
{
	int ext = pl->ext, len = pl->item_len;

	if (!has(k, ext, GENLEN))
		goto trunc;
	pay_print(k, pl->tpay, ext);
	out_fmt(" len=%d", len - 4);
	if (!raw_vvv(k, len > 4, ext + 4, len - 4))
		goto trunc;
	return ext + len;
trunc:
	np_trunc(pl->tpay);
	return -1;
}

static int v2_t_print(struct ik *k, int tcount, int ext, int item_len)
{
	unsigned type, id;
	const struct attrmap *map = NULL;
	size_t nmap = 0;
	int cp;

	if (!has(k, ext, 8))
		goto trunc;
	pay_print(k, NP_T, ext);
	type = g8(k, ext + 4);
	id = g16(k, ext + 6);
	out_fmt(" #%d type=", tcount);
	STR_OR_ID(type, v2_t_types);
	out_str(" id=");
	switch (type) {
	case 1:
		STR_OR_ID(id, esp_p_map);
		map = encr_t_map;
		nmap = NELEM(encr_t_map);
		break;
	case 2: STR_OR_ID(id, prf_p_map); break;
	case 3: STR_OR_ID(id, integ_p_map); break;
	case 4: STR_OR_ID(id, groups); break;
	case 5: STR_OR_ID(id, esn_p_map); break;
	default: out_fmt("%u", id); break;
	}
	out_char(' ');
	cp = attrs_print(k, ext + 8, ext + item_len, map, nmap);
	if (cp >= 0)
		return cp;
trunc:
	if (!k->cut)
		np_trunc(NP_T);
	return -1;
}

static int v2_p_print(struct ik *k, int ext, int oprop, int depth);

/* The chain of substructures of a v2 SA (proposals, kind NP_P) or of
 * a proposal (transforms, NP_T), in len bytes from cp; returns the
 * offset after them, or -1. */
static int v2_chain_print(struct ik *k, unsigned kind, unsigned tpay, int cp,
			  int len, int depth)
{
	unsigned np;
	int count = 0, ext = cp, item_len;

	for (np = kind; np; np = g8(k, ext)) {
		count++;
		ext = cp;
		if (len < GENLEN)
			goto toolong;
		if (!has(k, ext, GENLEN))
			goto trunc;
		item_len = (int)g16(k, ext + 2);
		if (item_len <= 4)
			goto trunc;
		if (len < item_len)
			goto toolong;
		if (!has(k, cp, item_len))
			goto trunc;
		indent(depth + 1);
		out_char('(');
		if (np == kind) {
			cp = kind == NP_P ?
				v2_p_print(k, ext, item_len, depth + 1) :
				v2_t_print(k, count, ext, item_len);
			if (cp < 0)
				return -1;
		} else {
			STR_OR_ID(np, npstr);
			cp += item_len;
		}
		out_char(')');
		len -= item_len;
	}
	return cp;
toolong:
	cp += len;
	np_trunc(tpay);
	return cp;
trunc:
	np_trunc(tpay);
	return -1;
}

static int v2_p_print(struct ik *k, int ext, int oprop, int depth)
{
	int len = oprop - 4, spi, cp = ext + 8;

	if (!has(k, ext, 8))
		goto trunc;
	pay_print(k, NP_P, ext);
	out_fmt(" #%u protoid=", g8(k, ext + 4));
	STR_OR_ID(g8(k, ext + 5), protoidstr);
	out_fmt(" transform=%u len=%d", g8(k, ext + 7), oprop);
	spi = (int)g8(k, ext + 6);
	if (spi) {
		if (len < spi) {
			cp += len;
			np_trunc(NP_P);
			return cp;
		}
		out_str(" spi=");
		if (!rawprint(k, cp, spi))
			goto trunc;
		cp += spi;
		len -= spi;
	}
	return v2_chain_print(k, NP_T, NP_P, cp, len, depth);
trunc:
	np_trunc(NP_P);
	return -1;
}

static int v2_sa_print(struct ik *k, const struct pl *pl)
{
	int ext = pl->ext, len;

	if (!has(k, ext, GENLEN))
		goto trunc;
	out_str("sa");
	out_str(g8(k, ext + 1) & 0x80 ? "[C]:" : ":");
	len = (int)g16(k, ext + 2) - 4;
	out_fmt(" len=%d", len);
	return v2_chain_print(k, NP_P, pl->tpay, ext + 4, len, pl->depth);
trunc:
	np_trunc(pl->tpay);
	return -1;
}

static int v2_ke_print(struct ik *k, const struct pl *pl)
{
	int ext = pl->ext, len = pl->item_len;

	if (!has(k, ext, 8))
		goto trunc;
	pay_print(k, pl->tpay, ext);
	if (len < 8) {
		out_fmt(" len=%d < 8", len);
		return ext + len;
	}
	out_fmt(" len=%d group=", len - 8);
	STR_OR_ID(g16(k, ext + 4), groups);
	if (!raw_vvv(k, len > 8, ext + 8, len - 8))
		goto trunc;
	return ext + len;
trunc:
	np_trunc(pl->tpay);
	return -1;
}

static const struct tok v2_id_types[] = {
	{ 1, " ipv4:" }, { 2, " fqdn:" }, { 3, " rfc822:" }, { 5, " ipv6:" },
	{ 9, " dn:" }, { 10, " gn:" }, { 11, " keyid:" },
	{ 0, NULL }
};

static int v2_id_print(struct ik *k, const struct pl *pl)
{
	int ext = pl->ext, len = pl->item_len, dlen = len - 8, i;
	unsigned type;
	const char *s;

	if (!has(k, ext, 8))
		goto trunc;
	pay_print(k, pl->tpay, ext);
	out_fmt(" len=%d", len - 4);
	if (!raw_vvv(k, len > 4, ext + 4, len - 4))
		goto trunc;
	type = g8(k, ext + 4);
	s = tok_str(v2_id_types, type);
	if (!s)
		return ext + len;
	out_str(s);
	if (type == 2 || type == 3) {
		if (!has(k, ext + 8, dlen))
			goto trunc;
		for (i = 0; i < dlen; i++) {
			unsigned ch = g8(k, ext + 8 + i);

			out_char(ch >= 0x20 && ch < 0x7f ? (char)ch : '.');
		}
	} else if (!rawprint(k, ext + 8, dlen)) {
		goto trunc;
	}
	return ext + len;
trunc:
	np_trunc(pl->tpay);
	return -1;
}

static const char *const v2_auths[] = { "invalid", "rsasig",
	"shared-secret", "dsssig" };

static int v2_auth_print(struct ik *k, const struct pl *pl)
{
	int ext = pl->ext, len = pl->item_len;

	if (!has(k, ext, 8))
		goto trunc;
	pay_print(k, pl->tpay, ext);
	out_fmt(" len=%d method=", len - 4);
	STR_OR_ID(g8(k, ext + 4), v2_auths);
	if (len > 4 && k->d->vflag > 1) {
		out_str(" authdata=(");
		if (!rawprint(k, ext + 8, len - 8))
			goto trunc;
		out_str(") ");
	} else if (len > 4 && k->d->vflag) {
		if (!show_somedata(k, ext + 8))
			goto trunc;
	}
	return ext + len;
trunc:
	np_trunc(pl->tpay);
	return -1;
}

static int v2_nonce_print(struct ik *k, const struct pl *pl)
{
	int ext = pl->ext, len = pl->item_len;

	if (!has(k, ext, GENLEN))
		goto trunc;
	out_str(g8(k, ext + 1) & 0x80 ? "nonce[C]:" : "nonce:");
	out_fmt(" len=%d", len - 4);
	if (k->d->vflag > 1 && len > 4) {
		out_str(" nonce=(");
		if (!rawprint(k, ext + 4, len - 4))
			goto trunc;
		out_str(") ");
	} else if (k->d->vflag && len > 4) {
		if (!show_somedata(k, ext + 4))
			goto trunc;
	}
	return ext + len;
trunc:
	np_trunc(pl->tpay);
	return -1;
}

static const struct tok v2_notify_names[] = {
	{ 1, "unsupported_critical_payload" }, { 4, "invalid_ike_spi" },
	{ 5, "invalid_major_version" }, { 7, "invalid_syntax" },
	{ 9, "invalid_message_id" }, { 11, "invalid_spi" },
	{ 14, "no_protocol_chosen" }, { 17, "invalid_ke_payload" },
	{ 24, "authentication_failed" }, { 34, "single_pair_required" },
	{ 35, "no_additional_sas" }, { 36, "internal_address_failure" },
	{ 37, "failed:cp_required" }, { 39, "invalid_selectors" },
	{ 16384, "initial_contact" }, { 16385, "set_window_size" },
	{ 16386, "additional_ts_possible" }, { 16387, "ipcomp_supported" },
	{ 16388, "nat_detection_source_ip" },
	{ 16389, "nat_detection_destination_ip" }, { 16390, "cookie" },
	{ 16391, "use_transport_mode" },
	{ 16392, "http_cert_lookup_supported" }, { 16393, "rekey_sa" },
	{ 16394, "tfc_padding_not_supported" },
	{ 16395, "non_first_fragment_also" },
	{ 0, NULL }
};

/* Notify types whose SPI is shown. */
static bool v2_notify_spi(unsigned type)
{
	static const unsigned short spi_types[] = { 4, 7, 9, 11, 14, 17, 24,
		34, 16388, 16389, 16390, 16393 };
	size_t i;

	for (i = 0; i < NELEM(spi_types); i++)
		if (spi_types[i] == type)
			return true;
	return false;
}

static int v2_n_print(struct ik *k, const struct pl *pl)
{
	int ext = pl->ext, cp, spi;
	unsigned type;
	const char *name;
	bool showspi, somedata;

	if (!has(k, ext, 8))
		goto trunc;
	pay_print(k, NP_N, ext);
	out_str(" prot_id=");
	STR_OR_ID(g8(k, ext + 4), protoidstr);
	type = g16(k, ext + 6);
	name = tok_str(v2_notify_names, type);
	showspi = !name || v2_notify_spi(type);
	somedata = type == 16390;
	if (!name)
		name = type < 8192 ? "error" : type < 16384 ? "private-error" :
		       type < 40960 ? "status" : "private-status";
	out_fmt(" type=%u(%s)", type, name);
	spi = (int)g8(k, ext + 5);
	if (showspi && spi) {
		out_str(" spi=");
		if (!rawprint(k, ext + 8, spi))
			goto trunc;
	}
	cp = ext + 8 + spi;
	if (cp < k->ep) {
		if (k->d->vflag > 3 || (somedata && k->ep - cp < 30)) {
			out_str(" data=(");
			if (!rawprint(k, cp, k->ep - cp))
				goto trunc;
			out_char(')');
		} else if (somedata && !show_somedata(k, cp)) {
			goto trunc;
		}
	}
	return ext + pl->item_len;
trunc:
	np_trunc(NP_N);
	return -1;
}

static int v2_vid_print(struct ik *k, const struct pl *pl)
{
	int ext = pl->ext, len = pl->item_len - 4, i;

	if (!has(k, ext, GENLEN))
		goto trunc;
	pay_print(k, pl->tpay, ext);
	out_fmt(" len=%d vid=", len);
	if (!has(k, ext + 4, len))
		goto trunc;
	for (i = 0; i < len; i++) {
		unsigned ch = g8(k, ext + 4 + i);

		out_char(ch >= 0x20 && ch < 0x7f ? (char)ch : '.');
	}
	if (!raw_vvv(k, len > 4, ext + 4, len))
		goto trunc;
	return ext + pl->item_len;
trunc:
	np_trunc(pl->tpay);
	return -1;
}

/* The encrypted payload: its length (and bytes with -vvv); it ends
 * the chain. */
static int v2_e_print(struct ik *k, const struct pl *pl)
{
	int ext = pl->ext, dlen = pl->item_len - 4;

	if (!has(k, ext, GENLEN))
		goto trunc;
	pay_print(k, pl->tpay, ext);
	out_fmt(" len=%d", dlen);
	if (!raw_vvv(k, dlen > 4, ext + 4, dlen))
		goto trunc;
	if (!has(k, ext + 4, dlen))
		goto trunc;
	return -1;
trunc:
	np_trunc(pl->tpay);
	return -1;
}

/* ---- payload chains */

static int payload_print(struct ik *k, const struct pl *pl)
{
	switch (pl->tpay) {
	case NP_SA: return v1_sa_print(k, pl);
	case NP_P: return v1_p_print(k, pl);
	case NP_T: return v1_t_print(k, pl);
	case NP_KE: return v1_data_print(k, pl, " key");
	case NP_ID: return v1_id_print(k, pl);
	case NP_CERT: case NP_CR: return v1_cert_print(k, pl);
	case NP_HASH: case NP_SIG: case NP_VID: return v1_data_print(k, pl, "");
	case NP_NONCE: return v1_nonce_print(k, pl);
	case NP_N: return v1_n_print(k, pl);
	case NP_D: return v1_d_print(k, pl);
	case 33: return v2_sa_print(k, pl);
	case 34: return v2_ke_print(k, pl);
	case 35: case 36: return v2_id_print(k, pl);
	case 37: case 38: case 42: case 44: case 45: case 47: case 48:
		return v2_gen_print(k, pl);
	case 39: return v2_auth_print(k, pl);
	case 40: return v2_nonce_print(k, pl);
	case 41: return v2_n_print(k, pl);
	case 43: return v2_vid_print(k, pl);
	case NP_V2E: return v2_e_print(k, pl);
	}
	STR_OR_ID(pl->tpay, npstr);
	return pl->ext + pl->item_len;
}

/* tcpdump's ike_sub0_print (and ikev2_sub0_print with v2, which
 * alone knows the encrypted payload): one payload of the chain. */
static int sub0_print(struct ik *k, unsigned np, int ext,
		      const struct pl *parent, int depth, bool v2)
{
	struct pl pl = *parent;

	if (!has(k, ext, GENLEN)) {
		out_str(" [|isakmp]");
		return -1;
	}
	pl.item_len = (int)g16(k, ext + 2);
	if (pl.item_len <= 4)
		return -1;
	pl.tpay = np;
	pl.ext = ext;
	pl.depth = depth;
	if (np == NP_V2E && !v2) {
		out_str("v2e");
		return ext + pl.item_len;
	}
	return payload_print(k, &pl);
}

/* A chain of payloads from ext, the first of type np. */
static int ikev1_sub_print(struct ik *k, unsigned np, int ext,
			   const struct pl *parent)
{
	return chain_print(k, np, ext, parent, false);
}

static int chain_print(struct ik *k, unsigned np, int ext,
		       const struct pl *parent, bool v2)
{
	int cp = ext, depth = parent->depth;

	while (np) {
		if (!has(k, ext, GENLEN) ||
		    !has(k, ext, (int)g16(k, ext + 2))) {
			np_trunc(np);
			return -1;
		}
		indent(depth + 1);
		out_char('(');
		cp = sub0_print(k, np, ext, parent, depth + 1, v2);
		if (k->cut)
			return -1;
		out_char(')');
		if (cp < 0)
			return -1;
		np = g8(k, ext);
		ext = cp;
	}
	return cp;
}

/* ---- messages */

static int cookie_find(const struct dctx *d, const uint8_t *ck)
{
	int i;

	for (i = 0; i < 20; i++)
		if (!memcmp(d->isakmp[i].cookie, ck, 8))
			return i;
	return -1;
}

static void cookie_record(struct dctx *d, const uint8_t *ck,
			  const struct ipinfo *ip)
{
	struct isakmp_initiator *e;
	int i = cookie_find(d, ck);

	if (i >= 0) {
		d->isakmp_next = (unsigned)(i + 1) % 20;
		return;
	}
	e = &d->isakmp[d->isakmp_next];
	e->version = (uint8_t)ip->version;
	memcpy(e->iaddr, ip->src, 16);
	memcpy(e->raddr, ip->dst, 16);
	memcpy(e->cookie, ck, 8);
	d->isakmp_next = (d->isakmp_next + 1) % 20;
}

/* Does the packet come from the recorded initiator (or responder)? */
static bool cookie_side(const struct dctx *d, int i, const struct ipinfo *ip,
			bool initiator)
{
	const struct isakmp_initiator *e = &d->isakmp[i];
	unsigned n = ip->version == 4 ? 4 : 16;

	if (e->version != ip->version)
		return false;
	return !memcmp(ip->src, initiator ? e->iaddr : e->raddr, n);
}

static void v1_side_print(struct ik *k)
{
	uint8_t ick[8], rck[8];
	static const uint8_t zero[8];
	struct cursor c = k->c;
	int i;

	cur_bytes(&c, ick, 8);
	cur_bytes(&c, rck, 8);
	i = cookie_find(k->d, ick);
	if (i < 0) {
		if (!memcmp(rck, zero, 8)) {
			out_str(" I");
			if (k->ip && (k->ip->version == 4 || k->ip->version == 6))
				cookie_record(k->d, ick, k->ip);
		} else {
			out_str(" ?");
		}
	} else if (k->ip && cookie_side(k->d, i, k->ip, true)) {
		out_str(" I");
	} else if (k->ip && cookie_side(k->d, i, k->ip, false)) {
		out_str(" R");
	} else {
		out_str(" ?");
	}
}

/* The exchange's payloads with -v, and the length check. */
static void body_print(struct ik *k, unsigned flags, unsigned phase,
		       unsigned length, bool v2)
{
	struct pl top = { 0, 0, 0, phase, 0, 0, 0 };
	unsigned np = g8(k, 16);

	if (k->d->vflag) {
		out_char(':');
		if (flags & FLAG_E) {
			out_str(" [encrypted ");
			STR_OR_ID(np, npstr);
			out_char(']');
		} else {
			chain_print(k, np, HDRLEN, &top, v2);
			if (k->cut)
				return;
		}
		if (g32(k, 24) != length)
			out_fmt(" (len mismatch: isakmp %u/ip %u)", g32(k, 24),
				length);
	}
}

static void ikev1_print(struct ik *k, unsigned length)
{
	unsigned phase = g32(k, 20) == 0 ? 1 : 2, flags;

	out_str(phase == 1 ? " phase 1" : " phase 2/others");
	v1_side_print(k);
	out_char(' ');
	STR_OR_ID(g8(k, 18), etypestr);
	flags = g8(k, 19);
	if (flags)
		out_fmt("[%s%s]", flags & FLAG_E ? "E" : "",
			flags & FLAG_C ? "C" : "");
	body_print(k, flags, phase, length, false);
}

static void ikev2_print(struct ik *k, unsigned length)
{
	unsigned phase = g32(k, 20) == 0 ? 1 : 2, flags;

	out_str(phase == 1 ? " parent_sa " : " child_sa  ");
	STR_OR_ID(g8(k, 18), etypestr);
	flags = g8(k, 19);
	if (flags)
		out_fmt("[%s%s%s]", flags & FLAG_I ? "I" : "",
			flags & FLAG_V ? "V" : "", flags & FLAG_R ? "R" : "");
	body_print(k, flags, phase, length, true);
}

static void isakmp_common(struct dctx *d, struct cursor c, unsigned len,
			  const struct ipinfo *ip)
{
	struct ik k = { d, c, (int)cur_left(&c), ip, false };
	unsigned major, minor;

	if (!cur_has(&c, HDRLEN)) {
		decode_trunc(d, "isakmp");
		return;
	}
	out_str("isakmp");
	major = cur_peek(&c, 17) >> 4;
	minor = cur_peek(&c, 17) & 15;
	if (d->vflag) {
		out_fmt(" %u.%u msgid ", major, minor);
		hexprint(&k, 20, 4);
	}
	if (d->vflag > 1) {
		out_str(" cookie ");
		hexprint(&k, 0, 8);
		out_str("->");
		hexprint(&k, 8, 8);
	}
	out_char(':');
	if (major == 1)
		ikev1_print(&k, len);
	else if (major == 2)
		ikev2_print(&k, len);
	if (k.cut)
		decode_trunc_cut(d, "isakmp");
}

DECODE_PORT(UDP, 80, 500, 500, PORT_EITHER, isakmp_print)
DECODE_PORT(UDP, 100, 7500, 7500, PORT_EITHER, isakmp_print)
DECODE_PORT(UDP, 101, 8500, 8500, PORT_EITHER, isakmp_print)
DECODE_PT("isakmp", UDP, isakmp_print)

void isakmp_print(struct dctx *d, struct cursor c, unsigned len,
		  const struct l4info *l4)
{
	isakmp_common(d, c, len, l4->ip);
}

/* RFC 3948: UDP port 4500 carries ESP, IKE behind a zero marker, and
 * NAT keepalives. */
DECODE_PORT(UDP, 90, 4500, 4500, PORT_EITHER, isakmp_rfc3948_print)

void isakmp_rfc3948_print(struct dctx *d, struct cursor c, unsigned len,
			  const struct l4info *l4)
{
	decode_ip_proto *esp;

	if (len == 1 && !cur_has(&c, 1)) {
		decode_trunc_cut(d, "isakmp_rfc3948");	/* read, not checked */
		return;
	}
	if (len == 1 && cur_peek(&c, 0) == 0xff) {
		out_str("isakmp-nat-keep-alive");
		return;
	}
	if (len < 4) {
		decode_trunc(d, "isakmp_rfc3948");
		return;
	}
	if (!cur_has(&c, 4)) {
		decode_trunc_cut(d, "isakmp_rfc3948");
		return;
	}
	if (cur_peek_be32(&c, 0) == 0) {
		out_str("NONESP-encap: ");
		cur_skip(&c, 4);
		isakmp_common(d, c, len - 4, l4->ip);
		return;
	}
	out_str("UDP-encap: ");
	esp = decode_ipproto_lookup(50);
	if (esp)
		esp(d, c, len, l4->ip);
}
