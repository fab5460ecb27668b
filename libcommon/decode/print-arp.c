/* print-arp.c - ARP and RARP (RFC 826, RFC 903), inverse ARP (RFC 2390).
 *
 *   | hrd (2) | pro (2) | hln | pln | op (2) | sha | spa | tha | tpa |
 * ATM ARP (RFC 2225) has its own layout. Output as tcpdump 4.99
 * print-arp.c.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

enum {
	ARPOP_REQUEST = 1, ARPOP_REPLY = 2, ARPOP_REVREQUEST = 3,
	ARPOP_REVREPLY = 4, ARPOP_INVREQUEST = 8, ARPOP_INVREPLY = 9,
	ETHERTYPE_IP = 0x0800, ETHERTYPE_TRAIL = 0x1000,
};

static const struct tok arpop_values[] = {
	{ 1, "Request" }, { 2, "Reply" }, { 3, "Reverse Request" },
	{ 4, "Reverse Reply" }, { 8, "Inverse Request" },
	{ 9, "Inverse Reply" }, { 10, "NACK Reply" },
	{ 0, NULL }
};

static const struct tok arphrd_values[] = {
	{ 1, "Ethernet" }, { 6, "TokenRing" }, { 7, "ArcNet" },
	{ 15, "FrameRelay" }, { 23, "Strip" }, { 24, "IEEE 1394" },
	{ 19, "ATM" }, { 32, "InfiniBand" },
	{ 0, NULL }
};

struct arp {
	struct cursor c;	/* from the ARP header on */
	unsigned hrd, pro, hln, pln, op;
};

/* Offsets of the four addresses. */
enum { SHA_OFF = 8 };
static unsigned spa_off(const struct arp *a)
{
	return SHA_OFF + a->hln;
}

static unsigned tha_off(const struct arp *a)
{
	return SHA_OFF + a->hln + a->pln;
}

static unsigned tpa_off(const struct arp *a)
{
	return SHA_OFF + 2 * a->hln + a->pln;
}

/* A Frame Relay hardware address (Q.922, 2 to 4 bytes, the EA bit ends
 * it): its DLCI, or tcpdump's words for a bad one. */
static void dlci_print(const struct arp *a, unsigned off)
{
	unsigned n = a->hln, b0, b1, b, dlci;

	b0 = cur_peek(&a->c, off);
	if (b0 & 1) {
		out_str("<Invalid DLCI>");
		return;
	}
	if (n < 2)
		goto cut;
	b1 = cur_peek(&a->c, off + 1);
	dlci = (b0 & 0xfc) << 2 | (b1 & 0xf0) >> 4;
	if (!(b1 & 1)) {
		if (n < 3)
			goto cut;
		b = cur_peek(&a->c, off + 2);
		if (!(b & 1)) {
			dlci = dlci << 7 | b >> 1;
			if (n < 4)
				goto cut;
			b = cur_peek(&a->c, off + 3);
		}
		if (!(b & 1)) {
			out_str("<Invalid DLCI>");
			return;
		}
		dlci = dlci << 6 | b >> 2;
	}
	out_fmt("DLCI %u", dlci);
	return;
cut:
	out_str("<Truncated>");
}

/* A hardware address: Ethernet's form for 6 bytes, else colon hex. */
static void linkaddr_print(struct dctx *d, const struct arp *a, unsigned off)
{
	unsigned i;

	if (a->hln && a->hrd == 15) {
		dlci_print(a, off);
		return;
	}
	if (a->hln == 6) {
		uint8_t e[6];

		for (i = 0; i < 6; i++)
			e[i] = cur_peek(&a->c, off + i);
		decode_etheraddr(d, e);
		return;
	}
	if (!a->hln) {
		out_str("<empty>");
		return;
	}
	for (i = 0; i < a->hln; i++)
		out_fmt(i ? ":%02x" : "%02x", cur_peek(&a->c, off + i));
}

static void paddr_print(struct dctx *d, const struct arp *a, unsigned off)
{
	uint8_t ip[4];
	unsigned i;

	if (a->pro != ETHERTYPE_IP && a->pro != ETHERTYPE_TRAIL) {
		out_str("<wrong proto type>");
		return;
	}
	if (a->pln != 4) {
		out_str("<wrong len>");
		return;
	}
	for (i = 0; i < 4; i++)
		ip[i] = cur_peek(&a->c, off + i);
	decode_ip4addr(d, ip);
}

static bool nonzero(const struct arp *a, unsigned off, unsigned n)
{
	while (n--)
		if (cur_peek(&a->c, off++))
			return true;
	return false;
}

static bool op_print(struct dctx *d, const struct arp *a)
{
	switch (a->op) {
	case ARPOP_REQUEST:
		out_str("who-has ");
		paddr_print(d, a, tpa_off(a));
		if (nonzero(a, tha_off(a), a->hln)) {
			out_str(" (");
			linkaddr_print(d, a, tha_off(a));
			out_char(')');
		}
		out_str(" tell ");
		paddr_print(d, a, spa_off(a));
		break;
	case ARPOP_REPLY:
		paddr_print(d, a, spa_off(a));
		out_str(" is-at ");
		linkaddr_print(d, a, SHA_OFF);
		break;
	case ARPOP_REVREQUEST:
	case ARPOP_INVREQUEST:
		out_str("who-is ");
		linkaddr_print(d, a, tha_off(a));
		out_str(" tell ");
		linkaddr_print(d, a, SHA_OFF);
		break;
	case ARPOP_REVREPLY:
		linkaddr_print(d, a, tha_off(a));
		out_str(" at ");
		paddr_print(d, a, tpa_off(a));
		break;
	case ARPOP_INVREPLY:
		linkaddr_print(d, a, SHA_OFF);
		out_str(" at ");
		paddr_print(d, a, spa_off(a));
		break;
	default:
		return false;
	}
	return true;
}

/* ATM ARP (RFC 2225): type/length bytes and six variable addresses. */
static void hexaddr_print(struct cursor c, unsigned off, unsigned n)
{
	unsigned i;

	for (i = 0; i < n; i++)
		out_fmt(i ? ":%02x" : "%02x", cur_peek(&c, off + i));
}

static void atm_addr_print(struct cursor c, unsigned ha, unsigned hlen,
			   unsigned sa, unsigned slen)
{
	if (!hlen) {
		out_str("<No address>");
		return;
	}
	hexaddr_print(c, ha, hlen);
	if (slen) {
		out_char(',');
		hexaddr_print(c, sa, slen);
	}
}

/* bad: what tcpdump says of a wrong length, "<wrong splen>" or
 * "<wrong tplen>" */
static void atm_paddr_print(struct dctx *d, struct cursor c, unsigned pro,
			    unsigned off, unsigned n, const char *bad)
{
	uint8_t ip[4];
	unsigned i;

	if (pro != ETHERTYPE_IP && pro != ETHERTYPE_TRAIL) {
		out_str("<wrong proto type>");
		return;
	}
	if (n != 4) {
		out_str(bad);
		return;
	}
	for (i = 0; i < 4; i++)
		ip[i] = cur_peek(&c, off + i);
	decode_ip4addr(d, ip);
}

static void atmarp_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned pro, op, shl, ssl, spl, thl, tsl, tpl;
	unsigned sha, ssa, spa, tha, tsa, tpa;
	const char *s;

	if (!cur_has(&c, 12)) {
		decode_trunc_cut(d, "arp");
		return;
	}
	pro = cur_peek(&c, 2) << 8 | cur_peek(&c, 3);
	shl = cur_peek(&c, 4) & 0x3f;
	ssl = cur_peek(&c, 5) & 0x3f;
	op = cur_peek(&c, 6) << 8 | cur_peek(&c, 7);
	spl = cur_peek(&c, 8);
	thl = cur_peek(&c, 9) & 0x3f;
	tsl = cur_peek(&c, 10) & 0x3f;
	tpl = cur_peek(&c, 11);
	sha = 12;
	ssa = sha + shl;
	spa = ssa + ssl;
	tha = spa + spl;
	tsa = tha + thl;
	tpa = tsa + tsl;
	if (!cur_has(&c, tpa + tpl)) {
		decode_trunc_cut(d, "arp");
		return;
	}
	if (!d->eflag)
		out_str("ARP, ");
	if ((pro != ETHERTYPE_IP && pro != ETHERTYPE_TRAIL) || spl != 4 ||
	    tpl != 4 || d->vflag) {
		s = ethertype_name(pro);
		out_str("ATM, ");
		if (s)
			out_str(s);
		else
			out_fmt("Unknown Protocol (0x%04x)", pro);
		out_fmt(" (len %u/%u)", spl, tpl);
		if (!d->vflag)
			goto out;
	}
	out_str(d->vflag ? ", " : "");
	tok_print(arpop_values, op, "Unknown (%u)");
	out_char(' ');
	switch (op) {
	case ARPOP_REQUEST:
		out_str("who-has ");
		atm_paddr_print(d, c, pro, tpa, tpl, "<wrong tplen>");
		if (thl) {
			out_str(" (");
			atm_addr_print(c, tha, thl, tsa, tsl);
			out_char(')');
		}
		out_str(" tell ");
		atm_paddr_print(d, c, pro, spa, spl, "<wrong splen>");
		break;
	case ARPOP_REPLY:
		atm_paddr_print(d, c, pro, spa, spl, "<wrong splen>");
		out_str(" is-at ");
		atm_addr_print(c, sha, shl, ssa, ssl);
		break;
	default:
		/* tcpdump dumps it whatever the flags */
		decode_hex_ascii(c, (unsigned)cur_left(&c), 0);
		return;
	}
out:
	out_fmt(", length %u", len);
}

DECODE_KEY(ETHERTYPE, 0x0806, arp_print)
DECODE_KEY(ETHERTYPE, 0x8035, arp_print)

void arp_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct arp a = { .c = c };
	const char *s;

	if (!cur_has(&c, 8)) {
		decode_trunc_cut(d, "arp");
		return;
	}
	a.hrd = cur_be16(&c);
	a.pro = cur_be16(&c);
	a.hln = cur_u8(&c);
	a.pln = cur_u8(&c);
	a.op = cur_be16(&c);
	if (a.hrd == 19) {
		atmarp_print(d, a.c, len);
		return;
	}
	if (!cur_has(&a.c, tpa_off(&a) + a.pln)) {
		decode_trunc_cut(d, "arp");
		return;
	}
	if (!d->eflag)
		out_str("ARP, ");
	if ((a.pro != ETHERTYPE_IP && a.pro != ETHERTYPE_TRAIL) || a.pln != 4 ||
	    a.hln == 0 || d->vflag) {
		s = tok_str(arphrd_values, a.hrd);
		if (s)
			out_str(s);
		else
			out_fmt("Unknown Hardware (%u)", a.hrd);
		out_fmt(" (len %u), ", a.hln);
		s = ethertype_name(a.pro);
		if (s)
			out_str(s);
		else
			out_fmt("Unknown Protocol (0x%04x)", a.pro);
		out_fmt(" (len %u)", a.pln);
		if (!d->vflag)
			goto out;
	}
	out_str(d->vflag ? ", " : "");
	tok_print(arpop_values, a.op, "Unknown (%u)");
	out_char(' ');
	if (!op_print(d, &a)) {
		/* tcpdump dumps it whatever the flags */
		decode_hex_ascii(a.c, (unsigned)cur_left(&a.c), 0);
		return;
	}
out:
	out_fmt(", length %u", len);
}
