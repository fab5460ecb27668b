/* print-forces-tlv.c - the TLVs of ForCES messages (RFC 5810): LFB
 * selectors with their operation TLVs, path data with ids, ranges and
 * keys, full and sparse data, results, teardown and association
 * results, and redirected packets with their metadata. Their details are
 * printed at -vvv; errors at any level. Output as tcpdump 4.99
 * print-forces.c, whose error texts and indentation are kept.
 */
#include <stdio.h>

#include "decode.h"
#include "forces.h"
#include "out.h"
#include "table.h"

enum { TLV_HDRL = 4, ILV_HDRL = 8, OP_MIN_SIZ = 8 };
enum { F_TLV_PDAT = 0x0110, F_TLV_KEYI, F_TLV_FULD, F_TLV_SPAD, F_TLV_REST,
       F_TLV_METD, F_TLV_REDD };
enum { B_FULLD = 1, B_SPARD = 2, B_RESTV = 4, B_KEYIN = 8, B_APPND = 0x10,
       B_TRNG = 0x20 };

static const struct tok tlv_names[] = {
	{ 0x0000, "Invalid TLV" }, { 0x0001, "REDIRECT TLV" },
	{ 0x0010, "ASResult TLV" }, { 0x0011, "ASTreason TLV" },
	{ 0x1000, "LFBselect TLV" }, { 0x0110, "PATH-DATA TLV" },
	{ 0x0111, "KEYINFO TLV" }, { 0x0112, "FULLDATA TLV" },
	{ 0x0113, "SPARSEDATA TLV" }, { 0x0114, "RESULT TLV" },
	{ 0x0115, "METADATA TLV" }, { 0x0116, "REDIRECTDATA TLV" },
	{ 0, NULL }
};

static const struct tok lfb_names[] = {
	{ 0, "Invalid TLV" }, { 1, "FEObj LFB" }, { 2, "FEProtoObj LFB" },
	{ 0, NULL }
};

static const struct tok tlv_errors[] = {
	{ 1, "Invalid total length" }, { 2, "xLV too short" },
	{ 3, "xLV too long" }, { 4, "data padding missing" },
	{ 0, NULL }
};

static const struct tok results[] = {
	{ 0, "SUCCESS" }, { 1, "INVALID HEADER" }, { 2, "LENGTH MISMATCH" },
	{ 3, "VERSION MISMATCH" }, { 4, "INVALID DESTINATION PID" },
	{ 5, "LFB UNKNOWN" }, { 6, "LFB NOT FOUND" },
	{ 7, "LFB INSTANCE ID NOT FOUND" }, { 8, "INVALID PATH" },
	{ 9, "COMPONENT DOES NOT EXIST" }, { 10, "EXISTS ALREADY" },
	{ 11, "NOT FOUND" }, { 12, "READ ONLY" },
	{ 13, "INVALID ARRAY CREATION" }, { 14, "VALUE OUT OF RANGE" },
	{ 15, "CONTENTS TOO LONG" }, { 16, "INVALID PARAMETERS" },
	{ 17, "INVALID MESSAGE TYPE" }, { 18, "INVALID FLAGS" },
	{ 19, "INVALID TLV" }, { 20, "EVENT ERROR" }, { 21, "NOT SUPPORTED" },
	{ 22, "MEMORY ERROR" }, { 23, "INTERNAL ERROR" },
	{ 0xff, "UNSPECIFIED ERROR" },
	{ 0, NULL }
};

static const struct tok teardown_reasons[] = {
	{ 0, "Normal Teardown" }, { 1, "Loss of Heartbeats" },
	{ 2, "Out of bandwidth" }, { 3, "Out of Memory" },
	{ 4, "Application Crash" },
	{ 0, NULL }
};

/* Operation TLVs: name, the data they allow; SET..RTRCOMP are 1..14. */
enum { OPK_INVALID, OPK_RECPD, OPK_GENERIC, OPK_NONE };
static const struct __attribute__((packed)) {
	const char *name;
	unsigned short op_msk;
	unsigned char kind;
} ops[15] = {
	{ "Invalid OPTLV", 0, OPK_INVALID },
	{ " Set", B_FULLD | B_SPARD, OPK_RECPD },
	{ " SetProp", B_FULLD | B_SPARD, OPK_RECPD },
	{ " SetResp", B_RESTV, OPK_RECPD },
	{ " SetPropResp", B_RESTV, OPK_RECPD },
	{ " Del", 0, OPK_RECPD }, { " DelResp", B_RESTV, OPK_RECPD },
	{ " Get", 0, OPK_RECPD }, { " GetProp", 0, OPK_RECPD },
	{ " GetResp", B_FULLD | B_SPARD | B_RESTV, OPK_RECPD },
	{ " GetPropResp", B_FULLD | B_RESTV, OPK_RECPD },
	{ " Report", B_FULLD | B_SPARD, OPK_RECPD },
	{ " Commit", 0, OPK_NONE }, { " RCommit", B_RESTV, OPK_GENERIC },
	{ " RTRCOMP", 0, OPK_NONE },
};

/* tok2str with a NULL format */
static void name_of(const struct tok *t, unsigned v)
{
	const char *s = tok_str(t, v);

	if (s)
		out_str(s);
	else
		out_fmt("#%d", (int)v);
}

static unsigned g16(struct fc *f, uint64_t off)
{
	if (off + 2 > cur_left(&f->c)) {
		f->cut = true;
		return 0;
	}
	return cur_peek_be16(&f->c, (size_t)off);
}

static uint32_t g32(struct fc *f, uint64_t off)
{
	if (off + 4 > cur_left(&f->c)) {
		f->cut = true;
		return 0;
	}
	return cur_peek_be32(&f->c, (size_t)off);
}

static unsigned aln(unsigned len)
{
	return (len + 3) & ~3u;
}

/* tcpdump's indent_pr: n spaces, or a newline and n - 1 spaces. */
static const char *ind(int n, bool nl)
{
	static char buf[256];
	int i = 0;

	if (n > 255)
		n = 255;
	if (nl) {
		buf[i++] = '\n';
		n--;
	}
	while (--n >= 0)
		buf[i++] = ' ';
	buf[i] = '\0';
	return buf;
}

/* hex_print: the captured part, then cut when some is missing. */
static void hex(struct fc *f, const char *ident, uint64_t off, unsigned len)
{
	struct cursor c = f->c;
	uint64_t have = off < cur_left(&c) ? cur_left(&c) - off : 0;

	cur_skip(&c, (size_t)(off < cur_left(&c) ? off : cur_left(&c)));
	decode_hex_ident(c, have < len ? (unsigned)have : len, ident);
	if (have < len)
		f->cut = true;
}

static unsigned tlv_valid(unsigned tlvl, unsigned rlen)
{
	if (rlen < TLV_HDRL)
		return 1;
	if (tlvl < TLV_HDRL)
		return 2;
	if (tlvl > rlen)
		return 3;
	if (rlen < aln(tlvl))
		return 4;
	return 0;
}

static unsigned ilv_valid(struct fc *f, uint64_t ilv, unsigned rlen)
{
	uint32_t l;

	if (rlen < ILV_HDRL)
		return 1;
	l = g32(f, ilv + 4);
	if (l < ILV_HDRL)
		return 2;
	if (l > rlen)
		return 3;
	if (rlen < aln(l))
		return 4;
	return 0;
}

static int pdata_print(struct fc *f, uint64_t p, unsigned len,
		       unsigned op_msk, int indent);

/* A TLV that does not fit what is left of its container. */
static int messy(struct fc *f, const char *what, uint64_t p, unsigned left)
{
	unsigned type = g16(f, p), len = g16(f, p + 2);

	if (!f->cut)
		out_fmt("\n\t\tMessy %s TLV header, type (0x%x)\n\t\t"
			"excess of %u Bytes ", what, type, left - len);
	return -1;
}
static int recpdoptlv(struct fc *f, uint64_t p, unsigned len,
		      unsigned op_msk, int indent);

/* ---- path data contents (p: the TLV, len: with header and pad) */

static int prestlv(struct fc *f, uint64_t p, unsigned len, int indent)
{
	unsigned dlen = len - TLV_HDRL, res;

	if (dlen != 4) {
		out_fmt("illegal RESULT-TLV: %u bytes!\n", dlen);
		return -1;
	}
	if (p + 8 > cur_left(&f->c)) {
		f->cut = true;
		return -1;
	}
	res = cur_peek(&f->c, (size_t)p + 4);
	if (res >= 0x18 && res <= 0xfe) {
		out_fmt("illegal reserved result code: 0x%x!\n", res);
		return -1;
	}
	if (f->d->vflag >= 3) {
		out_fmt("%s  Result: ", ind(indent, false));
		name_of(results, res);
		out_fmt(" (code 0x%x)\n", res);
	}
	return 0;
}

static int fdatatlv(struct fc *f, uint64_t p, unsigned len, int indent)
{
	unsigned type = g16(f, p);
	char ib[256];

	if (f->cut)
		return -1;
	if (type != F_TLV_FULD) {
		out_str("Error: expecting FULLDATA!\n");
		return -1;
	}
	if (f->d->vflag >= 3) {
		snprintf(ib, sizeof(ib), "%s", ind(indent + 2, true));
		out_fmt("%s[", ib + 1);
		hex(f, ib, p + 4, len - TLV_HDRL);
		if (f->cut)
			return -1;
		out_fmt("\n%s]", ib + 1);
	}
	return 0;
}

static int sdatatlv(struct fc *f, uint64_t p, unsigned len, int indent)
{
	unsigned type = g16(f, p), rlen = len - TLV_HDRL, e;
	uint64_t ilv = p + 4;
	char ib[256];

	if (f->cut)
		return -1;
	if (type != F_TLV_SPAD) {
		out_str("Error: expecting SPARSEDATA!\n");
		return -1;
	}
	if (rlen < ILV_HDRL) {
		out_str("Error: BAD SPARSEDATA-TLV!\n");
		return -1;
	}
	while (rlen) {
		uint32_t l;

		snprintf(ib, sizeof(ib), "%s", ind(indent + 1, true));
		if ((e = ilv_valid(f, ilv, rlen)) != 0) {
			if (f->cut)
				return -1;
			out_str("Error: ");
			name_of(tlv_errors, e);
			out_fmt(", rlen %u\n", rlen);
			return -1;
		}
		l = g32(f, ilv + 4);
		if (f->d->vflag >= 3) {
			out_fmt("\n%s ILV: type %x length %u\n", ib + 1,
				g32(f, ilv), l);
			hex(f, "\t\t[", ilv + 8, l - ILV_HDRL);
		}
		if (f->cut)
			return -1;
		rlen -= aln(l), ilv += aln(l);
	}
	return 0;
}

static int pkeyitlv(struct fc *f, uint64_t p, unsigned len,
		    int indent)
{
	uint32_t id = g32(f, p + 4);
	unsigned type, tll, e;

	if (f->cut)
		return -1;
	out_fmt("%sKeyinfo: Key 0x%x\n", ind(indent, false), id);
	type = g16(f, p + 8), tll = g16(f, p + 10);
	if (f->cut)
		return -1;
	if ((e = tlv_valid(tll, len)) != 0) {
		name_of(tlv_errors, e);
		out_fmt(" TLV type 0x%x len %u\n", type, tll);
		return -1;
	}
	return fdatatlv(f, p + 12, tll, indent);
}

/* Data encodings other than path data must be those the operation
 * allows (keys when the path says so). */
static void chk_op_type(unsigned type, unsigned msk, unsigned omsk)
{
	if (type == F_TLV_PDAT)
		return;
	if (msk & B_KEYIN) {
		if (type != F_TLV_KEYI)
			out_str("Based on flags expected KEYINFO TLV!\n");
	} else if (!(msk & omsk)) {
		out_fmt("Illegal DATA encoding for type 0x%x programmed %x "
			"got %x\n", type, omsk, msk);
	}
}

/* The path data TLV after the ids; returns the bytes left or -1. */
static int pd_content(struct fc *f, uint64_t p, unsigned len,
		      unsigned op_msk, int indent)
{
	static const struct { unsigned type; const char *name; unsigned msk; }
	pds[] = { { F_TLV_PDAT, "Inner PATH-DATA TLV", 0 },
		  { F_TLV_KEYI, "KEYINFO TLV", 0 },
		  { F_TLV_FULD, "FULLDATA TLV", B_FULLD },
		  { F_TLV_SPAD, "SPARSEDATA TLV", B_SPARD },
		  { F_TLV_REST, "RESULT TLV", B_RESTV } };
	unsigned type = g16(f, p), tlvl = g16(f, p + 2), e, tll, pad = 0;
	int rc = 0;

	if (f->cut)
		return -1;
	if ((e = tlv_valid(tlvl, len)) != 0) {
		name_of(tlv_errors, e);
		out_fmt(" Outstanding bytes %u for TLV type 0x%x TLV len %u\n",
			len, type, tlvl);
		goto bad;
	}
	tll = tlvl - TLV_HDRL;
	if (aln(tlvl) > tlvl) {
		if (aln(tlvl) > len)
			out_fmt("Invalid padded pathdata TLV type 0x%x len %u "
				"missing %u pad bytes\n", type, tlvl,
				aln(tlvl) - len);
		else
			pad = aln(tlvl) - tlvl;
	}
	if (type < F_TLV_PDAT || type > F_TLV_REST) {
		out_fmt("Invalid path data content type 0x%x len %u\n", type,
			tlvl);
		goto bad;
	}
	if (f->d->vflag >= 3 && type != F_TLV_PDAT) {
		out_fmt("%s  %s (Length %u DataLen %u", ind(indent, false),
			pds[type - F_TLV_PDAT].name, tlvl, tll);
		if (pad)
			out_fmt(" pad %u", pad);
		out_str(" Bytes)\n");
	}
	chk_op_type(type, op_msk, pds[type - F_TLV_PDAT].msk);
	switch (type) {
	case F_TLV_PDAT:
		rc = recpdoptlv(f, p, tll + pad + 4, op_msk, indent + 2);
		break;
	case F_TLV_KEYI:
		rc = pkeyitlv(f, p, tll + pad + 4, indent + 2);
		break;
	case F_TLV_FULD:
		rc = fdatatlv(f, p, tll + pad + 4, indent + 2);
		break;
	case F_TLV_SPAD:
		rc = sdatatlv(f, p, tll + pad + 4, indent + 2);
		break;
	default:
		rc = prestlv(f, p, tll + pad + 4, indent + 2);
		break;
	}
	(void)rc;	/* tcpdump goes on after a bad data TLV */
	if (f->cut)
		return -1;
	return (int)(len - (4 + pad + tll));
bad:
	if (tlvl) {
		hex(f, "Bad Data val\n\t  [", p, len);
		if (!f->cut)
			out_str("]\n");
		return -1;
	}
	return (int)len;
}

/* ids, a range or a key, then the data; returns the bytes left. */
static int pdatacnt(struct fc *f, uint64_t p, unsigned len, unsigned idcnt,
		    unsigned op_msk, int indent)
{
	char ib[256];
	unsigned i, tll;

	snprintf(ib, sizeof(ib), "%s", ind(indent, false));
	if ((op_msk & B_APPND) && f->d->vflag >= 3)
		out_fmt("%sTABLE APPEND\n", ib);
	for (i = 0; i < idcnt; i++, p += 4, len -= 4) {
		uint32_t id = g32(f, p);

		if (f->cut)
			return -1;
		if (f->d->vflag >= 3)
			out_fmt("%sID#%02u: %u\n", ib, i + 1, id);
	}
	if (op_msk & (B_TRNG | B_KEYIN)) {
		if (len < 12) {
			out_fmt("pathlength %u with key/range too short %u\n",
				len, 12);
			return -1;
		}
	}
	if (op_msk & B_TRNG) {
		uint32_t start = g32(f, p + 4), end = g32(f, p + 8);

		if (f->cut)
			return -1;
		if (f->d->vflag >= 3)
			out_fmt("%sTable range: [%u,%u]\n", ib, start, end);
		p += 12, len -= 12;
	}
	if (op_msk & B_KEYIN) {
		if (op_msk & B_TRNG && len < 12) {
			out_fmt("pathlength %u with key/range too short %u\n",
				len, 12);
			return -1;
		}
		tll = g16(f, p + 6);
		if (f->cut)
			return -1;
		p += 8, len -= 8;
		if (tll < TLV_HDRL) {
			out_fmt("key content length %u < %u\n", tll, TLV_HDRL);
			return -1;
		}
		tll -= TLV_HDRL;
		if (len < tll) {
			out_str("key content too short\n");
			return -1;
		}
		p += tll, len -= tll;
	}
	if (!len)
		return 0;
	return pd_content(f, p, len, op_msk, indent);
}

static int pdata_print(struct fc *f, uint64_t p, unsigned len,
		       unsigned op_msk, int indent)
{
	unsigned flags = g16(f, p), idcnt = g16(f, p + 2);
	int more;

	if (f->cut)
		return -1;
	if (f->d->vflag >= 3)
		out_fmt("\n%sPathdata: Flags 0x%x ID count %u\n",
			ind(indent, false), flags, idcnt);
	op_msk |= (flags & 1 ? B_KEYIN : 0) | (flags & 2 ? B_TRNG : 0) |
		  (flags & 4 ? B_APPND : 0);
	p += 4, len -= 4;
	if (len < idcnt * 4) {
		out_fmt("\t\t\ttruncated IDs expected %uB got %uB\n", idcnt * 4,
			len);
		hex(f, "\t\t\tID Data[", p, len);
		if (!f->cut)
			out_str("]\n");
		return -1;
	}
	if ((op_msk & B_TRNG) && (op_msk & B_KEYIN)) {
		out_str("\t\t\tIllegal to have both Table ranges and keys\n");
		return -1;
	}
	more = pdatacnt(f, p, len, idcnt, op_msk, indent);
	if (more > 0)
		return recpdoptlv(f, p + len - (unsigned)more, (unsigned)more,
				  op_msk, indent + 1);
	return more;
}

/* Path data TLVs, one after another. */
static int recpdoptlv(struct fc *f, uint64_t p, unsigned len,
		      unsigned op_msk, int indent)
{
	while (len) {
		unsigned tlvl = g16(f, p + 2), type;

		if (f->cut)
			return -1;
		if (tlv_valid(tlvl, len))
			break;
		type = g16(f, p);
		if (f->d->vflag >= 3) {
			out_fmt("%s", ind(indent, false));
			name_of(tlv_names, type);
			out_fmt(", length %u (data encapsulated %u Bytes)",
				tlvl, tlvl - TLV_HDRL);
		}
		if (pdata_print(f, p + 4, tlvl - TLV_HDRL, op_msk,
				indent + 1) == -1)
			return -1;
		len -= aln(tlvl), p += aln(tlvl);
	}
	if (len)
		return messy(f, "PATHDATA", p, len);
	return 0;
}

static bool ttlv_valid(unsigned t)
{
	return t == 1 || t == 0x1000 || t == 0x10 || t == 0x11 ||
	       (t >= 0x110 && t <= 0x116);
}

static int genoptlv(struct fc *f, uint64_t p, unsigned len,
		    unsigned op_msk, int indent)
{
	unsigned type = g16(f, p), tlvl = g16(f, p + 2), e;

	if (f->cut)
		return -1;
	e = tlv_valid(tlvl, len);
	out_str("genoptlvprint - ");
	name_of(tlv_names, type);
	out_fmt(" TLV type 0x%x len %u\n", type, tlvl);
	if (e) {
		out_fmt("\t\t\tInvalid ForCES TLV type=%x", type);
		return -1;
	}
	if (!ttlv_valid(type)) {
		name_of(tlv_errors, e);
		out_fmt(" TLV type 0x%x len %u\n", type, tlvl);
		return -1;
	}
	if (f->d->vflag >= 3) {
		out_str(ind(indent, false));
		name_of(tlv_names, type);
		out_fmt(", length %u (data length %u Bytes)", tlvl,
			tlvl - TLV_HDRL);
	}
	return pdata_print(f, p + 4, tlvl - TLV_HDRL, op_msk, indent + 1);
}

static int invoptlv(struct fc *f, uint64_t p, unsigned len, int indent)
{
	char ib[256];

	if (f->d->vflag >= 3) {
		snprintf(ib, sizeof(ib), "%s", ind(indent, true));
		out_fmt("%sData[", ib + 1);
		hex(f, ib, p, len);
		if (!f->cut)
			out_fmt("%s]\n", ib);
	}
	return -1;
}

/* An operation TLV of an LFB selector. */
static void otlv_print(struct fc *f, uint64_t p, int indent)
{
	unsigned type = g16(f, p), len = g16(f, p + 2), tll, i;

	if (f->cut)
		return;
	tll = len - TLV_HDRL;
	i = type >= 1 && type <= 14 ? type : 0;
	if (f->d->vflag >= 3)
		out_fmt("%sOper TLV %s(0x%x) length %u\n", ind(indent, false),
			ops[i].name, type, len);
	if (tll < OP_MIN_SIZ) {
		out_fmt("\t\tOper TLV %s(0x%x) length %u\n", ops[i].name, type,
			len);
		out_fmt("\t\tTruncated data size %u minimum required %u\n",
			tll, OP_MIN_SIZ);
		invoptlv(f, p + 4, tll, indent);
		return;
	}
	if (ops[i].kind == OPK_RECPD)
		recpdoptlv(f, p + 4, tll, ops[i].op_msk, indent + 1);
	else if (ops[i].kind == OPK_GENERIC)
		genoptlv(f, p + 4, tll, ops[i].op_msk, indent + 1);
	else if (ops[i].kind == OPK_INVALID)
		invoptlv(f, p + 4, tll, indent + 1);
}

static bool op_valid(unsigned op, unsigned mask)
{
	if (op == 0)
		return false;
	if (op <= 14)
		return (1u << (op - 1)) & mask;
	return op >= 0x8000;
}

/* ---- top-level TLVs (p: the TLV's data, len: the TLV's length) */

static int lfbselect(struct fc *f, uint64_t p, unsigned len,
		     unsigned op_msk, int indent)
{
	unsigned dlen = len - TLV_HDRL, rlen, type, tlvl;
	uint32_t cls, inst;

	if (dlen <= 12) {
		out_fmt("\n\t\ttruncated lfb selector: %u bytes missing! ",
			12 - dlen);
		return -1;
	}
	rlen = dlen - 8;
	cls = g32(f, p), inst = g32(f, p + 4);
	if (f->cut)
		return -1;
	if (f->d->vflag >= 3) {
		out_fmt("\n%s", ind(indent, false));
		name_of(lfb_names, cls);
		out_fmt("(Classid %x) instance %x\n", cls, inst);
	}
	for (p += 8; rlen; p += aln(tlvl), rlen -= aln(tlvl)) {
		type = g16(f, p), tlvl = g16(f, p + 2);
		if (f->cut)
			return -1;
		if (tlv_valid(tlvl, rlen))
			break;
		if (op_valid(type, op_msk)) {
			otlv_print(f, p, indent + 1);
		} else {
			if (f->d->vflag < 3)
				out_char('\n');
			out_fmt("\t\tINValid oper-TLV type 0x%x length %u for "
				"this ForCES message\n", type, tlvl);
			invoptlv(f, p, rlen, indent + 1);
		}
		if (f->cut)
			return -1;
	}
	if (rlen)
		return messy(f, "oper", p, rlen);
	return 0;
}

/* Association teardown reason (ast) or setup result (asr). */
static int result_tlv(struct fc *f, uint64_t p, unsigned len, int indent,
		      bool teardown)
{
	static const char *const asr[] = { "Success ", "FE ID invalid ",
		"permission denied " };
	unsigned dlen = len - TLV_HDRL;
	uint32_t code;
	char ib[256];

	snprintf(ib, sizeof(ib), "%s", ind(indent, false));
	if (dlen != 4) {
		out_fmt("illegal %s-TLV: %u bytes!\n", teardown ?
			"ASTresult" : "ASRresult", dlen);
		return -1;
	}
	if (code = g32(f, p), f->cut)
		return -1;
	if (code > (teardown ? 255u : 3u)) {
		out_fmt("illegal %s result code: %u!\n", teardown ?
			"ASTresult" : "ASRresult", code);
		return -1;
	}
	if (f->d->vflag < 3)
		return 0;
	if (teardown) {
		out_fmt("Teardown reason:\n%s", ib);
		tok_print(teardown_reasons, code, "Unknown Teardown reason");
	} else {
		out_fmt("\n%s%s", ib, code < 3 ? asr[code] : "Unknown ");
	}
	out_fmt("(%x)\n%s", code, ib);
	return 0;
}

static void metadata(struct fc *f, uint64_t p, unsigned len, int indent)
{
	unsigned rlen = len - TLV_HDRL;
	char ib[256];

	snprintf(ib, sizeof(ib), "%s", ind(indent, false));
	out_fmt("\n%s METADATA length %u\n", ib, rlen);
	while (rlen && !f->cut) {
		uint32_t l;

		if (ilv_valid(f, p, rlen))
			break;
		l = g32(f, p + 4);
		out_fmt("%sMetaID 0x%x length %u\n", ind(indent + 1, false),
			g32(f, p), l);
		if (f->d->vflag >= 3) {
			hex(f, "\t\t[", p + 8, l - ILV_HDRL);
			if (!f->cut)
				out_str(" ]\n");
		}
		rlen -= aln(l), p += aln(l);
	}
}

static int redirect(struct fc *f, uint64_t p, unsigned len, int indent)
{
	unsigned dlen = len - TLV_HDRL, rlen = dlen, type, tlvl;

	if (dlen <= 8) {
		out_fmt("\n\t\ttruncated Redirect TLV: %u bytes missing! ",
			8 - dlen);
		return -1;
	}
	for (; rlen; p += aln(tlvl), rlen -= aln(tlvl)) {
		type = g16(f, p), tlvl = g16(f, p + 2);
		if (f->cut)
			return -1;
		if (tlv_valid(tlvl, rlen)) {
			out_str("Bad Redirect data\n");
			break;
		}
		if (type == F_TLV_METD) {
			metadata(f, p + 4, tlvl, indent + 1);
		} else if (type == F_TLV_REDD) {
			out_fmt("\n%s Redirect Data length %u\n",
				ind(indent + 1, false), tlvl - TLV_HDRL);
			if (f->d->vflag >= 3) {
				out_str("\t\t[");
				hex(f, "\n\t\t", p + 4, tlvl - TLV_HDRL);
				if (!f->cut)
					out_str("\n\t\t]");
			}
		} else {
			out_fmt("Unknown REDIRECT TLV 0x%x len %u\n", type, tlvl);
		}
		if (f->cut)
			return -1;
	}
	if (rlen)
		return messy(f, "Redirect", p, rlen);
	return 0;
}

static int top_tlv(struct fc *f, int kind, uint64_t p, unsigned len,
		   unsigned op_msk)
{
	switch (kind) {
	case FK_LFBSELECT: return lfbselect(f, p, len, op_msk, 9);
	case FK_TEARDOWN: return result_tlv(f, p, len, 9, true);
	case FK_ASRESULT: return result_tlv(f, p, len, 9, false);
	}
	return redirect(f, p, len, 9);
}

int forces_tlvs(struct fc *f, unsigned mlen, unsigned flags, int kind,
		unsigned op_msk)
{
	unsigned rlen = mlen - 24, ttlv = flags >> 4, type, tlvl;
	uint64_t p = 24;

	if (rlen > TLV_HDRL) {
		if (flags & ZERO_TTLV) {
			out_fmt("<0x%x>Illegal Top level TLV!\n", flags);
			return -1;
		}
	} else {
		if (flags & ZERO_MORE_TTLV)
			return 0;
		if (flags & ONE_MORE_TTLV) {
			out_str("\tTop level TLV Data missing!\n");
			return -1;
		}
	}
	if (flags & ZERO_TTLV)
		return 0;
	while (rlen) {
		type = g16(f, p), tlvl = g16(f, p + 2);
		if (f->cut)
			return -1;
		if (tlv_valid(tlvl, rlen))
			break;
		if (!ttlv_valid(type)) {
			out_fmt("\n\tInvalid ForCES Top TLV type=0x%x", type);
			return -1;
		}
		if (f->d->vflag >= 3) {
			out_char('\t');
			name_of(tlv_names, type);
			out_fmt(", length %u (data length %u Bytes)", tlvl,
				tlvl - TLV_HDRL);
		}
		if (top_tlv(f, kind, p + 4, tlvl, op_msk) < 0 || f->cut)
			return -1;
		p += aln(tlvl), rlen -= aln(tlvl);
		if (--ttlv == 0)
			break;
	}
	if (rlen) {
		tlvl = g16(f, p + 2);
		if (!f->cut)
			out_fmt("\tMess TopTLV header: min %u, total %u "
				"advertised %u ", TLV_HDRL, rlen, tlvl);
		return -1;
	}
	return 0;
}
