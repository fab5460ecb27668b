/* print-lisp.c - LISP control messages: Map-Register and Map-Notify
 * (RFC 6830, RFC 8113 flags), UDP port 4342. Other types print their
 * name only, as tcpdump's printer does.
 *
 *   | Type | flags | Record Count | Nonce | Key ID | Auth Data Length |
 *   | Authentication Data | records: TTL, locator count, EID, locators |
 * Output as tcpdump 4.99 print-lisp.c.
 */
#include "decode.h"
#include "out.h"
#include "rt.h"
#include "table.h"

enum {
	MAP_REGISTER = 3, MAP_NOTIFY = 4, HDR_LEN = 16, EID_LEN = 12,
	LOC_LEN = 8, AFI_IP = 1, AFI_IP6 = 2,
};

static const struct tok type2str[] = {
	{ 0, "LISP-Reserved" },
	{ 1, "LISP-Map-Request" },
	{ 2, "LISP-Map-Reply" },
	{ 3, "LISP-Map-Register" },
	{ 4, "LISP-Map-Notify" },
	{ 8, "LISP-Encapsulated-Contol-Message" },
	{ 0, NULL }
};

static const struct tok register_flag2str[] = {
	{ 0x08000000, "P-Proxy-Map-Reply" },
	{ 0x04000000, "S-LISP-SEC-Capable" },
	{ 0x02000000, "I-xTR-ID-Present" },
	{ 0x01000000, "R-Build-For-RTR" },
	{ 0x00000100, "M-Want-Map-Notify" },
	{ 0, NULL }
};

static const struct tok notify_flag2str[] = {
	{ 0x08000000, "I-xTR-ID-Present" },
	{ 0x04000000, "R-Build-For-RTR" },
	{ 0, NULL }
};

static const struct tok auth2str[] = {
	{ 0, "None" },
	{ 1, "SHA1" },
	{ 2, "SHA256" },
	{ 0, NULL }
};

static const struct tok action2str[] = {
	{ 0, "No-Action" },
	{ 1, "Natively-Forward" },
	{ 2, "Send-Map-Request" },
	{ 3, "Drop" },
	{ 0, NULL }
};

static const struct tok loc_flag2str[] = {
	{ 0x0004, "Local-Locator" },
	{ 0x0002, "RLoc-Probed" },
	{ 0x0001, "Reachable" },
	{ 0, NULL }
};

DECODE_PORT(UDP, 470, 4342, 4342, PORT_EITHER, lisp_print)

/* tcpdump's hex_print over len bytes at off; false when it ran past
 * the capture (the whole pairs it had are printed). */
static bool hex_at(struct cursor c, unsigned off, unsigned len,
		   const char *ident)
{
	unsigned have;

	cur_skip(&c, off);
	have = (unsigned)cur_left(&c);
	if (have >= len) {
		decode_hex_ident(c, len, ident);
		return true;
	}
	decode_hex_ident(c, have, ident);
	return false;
}

/* One locator at *off; false when the capture ended. */
static bool loc_print(struct dctx *d, struct cursor c, unsigned *off)
{
	unsigned lo = *off, afi;

	if (!rt_has(&c, lo, LOC_LEN))
		return false;
	afi = cur_peek_be16(&c, lo + 6);
	*off += LOC_LEN;
	if (d->vflag)
		out_str("\n       ");
	if (afi == AFI_IP || afi == AFI_IP6) {
		if (!rt_has(&c, *off, afi == AFI_IP ? 4 : 16))
			return false;
		out_str(" LOC ");
		rt_addr_at(d, c, *off, afi == AFI_IP ? 4 : 6);
		*off += afi == AFI_IP ? 4 : 16;
	}
	if (d->vflag) {
		out_fmt("\n          Priority/Weight %u/%u, Multicast "
			"Priority/Weight %u/%u, flags [", cur_peek(&c, lo),
			cur_peek(&c, lo + 1), cur_peek(&c, lo + 2),
			cur_peek(&c, lo + 3));
		tok_bits_print(loc_flag2str, cur_peek_be16(&c, lo + 4), ", ",
			       "none");
		out_str("],");
	}
	return true;
}

/* One EID record at *off: 1 done, 0 to stop quietly, -1 trunc (a
 * plain marker), -2 a cut (the EID, read with GET by tcpdump). */
static int record_print(struct dctx *d, struct cursor c, unsigned *off)
{
	unsigned ro = *off, afi, nloc, a;

	if (!rt_has(&c, ro, EID_LEN))
		return -1;
	out_char('\n');
	*off += EID_LEN;
	afi = cur_peek_be16(&c, ro + 10);
	nloc = cur_peek(&c, ro + 4);
	if (d->vflag) {
		a = cur_peek(&c, ro + 6);
		out_fmt("      Record TTL %u,%s ", cur_peek_be32(&c, ro),
			a & 0x10 ? " Authoritative," : " Non-Authoritative,");
		tok_print(action2str, a >> 5, "unknown");
		out_fmt(", Map Version: %u,", cur_peek_be16(&c, ro + 8) & 0xfff);
	}
	if (afi != AFI_IP && afi != AFI_IP6)
		return 0;
	if (!rt_has(&c, *off, afi == AFI_IP ? 4 : 16))
		return -2;
	out_str(" EID ");
	rt_addr_at(d, c, *off, afi == AFI_IP ? 4 : 6);
	out_fmt("/%u, %u locator(s)", cur_peek(&c, ro + 5), nloc);
	*off += afi == AFI_IP ? 4 : 16;
	for (; nloc; nloc--)
		if (!loc_print(d, c, off))
			return -1;
	return 1;
}

static void header_print(struct dctx *d, struct cursor c, unsigned type)
{
	tok_print(type2str, type, "unknown-type-%u");
	out_char(',');
	if (!d->vflag || (type != MAP_REGISTER && type != MAP_NOTIFY))
		return;
	out_str(" flags [");
	tok_bits_print(type == MAP_REGISTER ? register_flag2str :
		       notify_flag2str, cur_peek_be32(&c, 0), ", ", "none");
	out_str("],");
}

void lisp_print(struct dctx *d, struct cursor c, unsigned length,
		const struct l4info *l4 DECODE_UNUSED)
{
	unsigned type, xtr, nrec, off = HDR_LEN, alen;
	int r;

	if (!cur_has(&c, HDR_LEN))
		goto trunc;
	type = cur_peek(&c, 0) >> 4;
	header_print(d, c, type);
	if (type != MAP_REGISTER && type != MAP_NOTIFY)
		return;
	xtr = cur_peek(&c, 0) & (type == MAP_REGISTER ? 2 : 8);
	alen = cur_peek_be16(&c, 14);
	nrec = cur_peek(&c, 3);
	if (d->vflag) {
		out_fmt("\n    %u record(s), Authentication ", nrec);
		tok_print(auth2str, cur_peek_be16(&c, 12), "unknown-type");
		out_char(',');
		if (!hex_at(c, off, alen, "\n    Authentication-Data: "))
			goto cut;
	} else {
		out_fmt(" %u record(s),", nrec);
	}
	off += alen;
	if (nrec == 0)
		goto invalid;
	for (; length > off && nrec != 0; nrec--) {
		r = record_print(d, c, &off);
		if (r == -2)
			goto cut;
		if (r < 0)
			goto trunc;
		if (r == 0)
			return;
	}
	if (xtr) {
		if (!rt_has(&c, off, 24))
			goto invalid;
		hex_at(c, off, 16, "\n    xTR-ID: ");
		out_fmt("\n    SITE-ID: %llu",
			(unsigned long long)((uint64_t)cur_peek_be32(&c, off + 16)
					     << 32 | cur_peek_be32(&c, off + 20)));
	} else if (rt_has(&c, off, 1)) {
		hex_at(c, off, (unsigned)cur_left(&c) - off, "\n    Data: ");
	}
	return;
trunc:
	decode_trunc(d, "lisp");
	return;
cut:
	decode_trunc_cut(d, "lisp");
	return;
invalid:
	decode_invalid(d);
}
