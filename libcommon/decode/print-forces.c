/* print-forces.c - ForCES (RFC 5810) messages in SCTP: the message type,
 * and the checks of the common header that tcpdump makes before its
 * TLVs (a bad type or length prints the message in hex); -v: version,
 * ids and correlator, -vv: the flags, -vvv: the TLVs
 * (print-forces-tlv.c), -vvvv: the message in hex.
 * Output as tcpdump 4.99 print-forces.c.
 */
#include <inttypes.h>

#include "decode.h"
#include "forces.h"
#include "out.h"
#include "sctp.h"

enum { HDR_LEN = 24 };
enum { TTLV_T1 = ONE_MORE_TTLV | 0x10, TTLV_T2 = ONE_MORE_TTLV | 0xf0 };

/* Message types: their TLV rules, printer and allowed operations. */
static const struct {
	unsigned type;
	const char *name;
	unsigned flags;
	int kind;
	unsigned op_msk;
} types[] = {
	{ 0x01, "Association Setup", ZERO_MORE_TTLV | 0x20, FK_LFBSELECT,
	  0x400 },
	{ 0x02, "Association TearDown", TTLV_T1, FK_TEARDOWN, 0 },
	{ 0x03, "Config", TTLV_T2, FK_LFBSELECT, 0x2813 },
	{ 0x04, "Query", TTLV_T2, FK_LFBSELECT, 0xc0 },
	{ 0x05, "Event Notification", TTLV_T1, FK_LFBSELECT, 0x400 },
	{ 0x06, "Packet Redirect", TTLV_T2, FK_REDIRECT, 0 },
	{ 0x0f, "HeartBeat", ZERO_TTLV, FK_LFBSELECT, 0 },
	{ 0x11, "Association Response", TTLV_T1, FK_ASRESULT, 0 },
	{ 0x13, "Config Response", TTLV_T2, FK_LFBSELECT, 0x102c },
	{ 0x14, "Query Response", TTLV_T2, FK_LFBSELECT, 0x300 },
};

static const char *const ack_names[] = { "NoACK", "SuccessACK",
	"FailureACK", "AlwaysACK" };
static const char *const em_names[] = { "EMReserved", "execute-all-or-none",
	"execute-until-failure", "continue-execute-on-failure" };
static const char *const at_names[] = { "Standalone", "2PCtransaction" };
static const char *const tp_names[] = { "StartofTransaction",
	"MiddleofTransaction", "EndofTransaction", "abort" };

/* Who an id addresses. */
static const char *node_name(uint32_t id)
{
	if (id <= 0x3fffffff)
		return "FE";
	if (id <= 0x7fffffff)
		return "CE";
	if (id >= 0xc0000000 && id <= 0xffffffef)
		return "AllMulticast";
	if (id == 0xfffffffd)
		return "AllCEsBroadcast";
	if (id == 0xfffffffe)
		return "AllFEsBroadcast";
	if (id == 0xffffffff)
		return "AllBroadcast";
	return "ForCESreserved";
}

/* -v: the common header's fields; -vv: its flags. */
static void header_print(struct dctx *d, struct cursor c, unsigned mlen)
{
	uint32_t flags = cur_peek_be32(&c, 20);
	uint32_t src = cur_peek_be32(&c, 4), dst = cur_peek_be32(&c, 8);
	uint64_t cor = (uint64_t)cur_peek_be32(&c, 12) << 32 |
		       cur_peek_be32(&c, 16);

	out_fmt("\n\tForCES Version %u len %uB flags 0x%08x ",
		cur_peek(&c, 0) >> 4, mlen, flags);
	out_fmt("\n\tSrcID 0x%x(%s) DstID 0x%x(%s) Correlator 0x%" PRIx64,
		src, node_name(src), dst, node_name(dst), cor);
	if (d->vflag < 2)
		return;
	out_fmt("\n\tForCES flags:\n\t  %s(0x%x), prio=%u, %s(0x%x),"
		"\n\t  %s(0x%x), %s(0x%x)\n", ack_names[flags >> 30],
		flags >> 30, (flags >> 27) & 7, em_names[(flags >> 22) & 3],
		(flags >> 22) & 3, at_names[(flags >> 21) & 1],
		(flags >> 21) & 1, tp_names[(flags >> 19) & 3],
		(flags >> 19) & 3);
	out_fmt("\t  Extra flags: rsv(b5-7) 0x%x rsv(b13-31) 0x%x\n",
		(flags >> 24) & 7, flags & 0x7ffff);
}

/* The message in hex between brackets, after an error. */
static void error_dump(struct cursor c, unsigned len)
{
	decode_hex_ident(c, len, "\n\t[");
	out_str("\n\t]");
}

void forces_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned type, mlen, i, n = sizeof(types) / sizeof(types[0]);
	struct fc f = { 0 };

	if (!cur_has(&c, 2)) {
		decode_trunc_cut(d, "forces");
		return;
	}
	type = cur_peek(&c, 1);
	for (i = 0; i < n && types[i].type != type; i++)
		;
	if (i == n) {
		/* tcpdump's range of valid types has holes it names not */
		if (!type || (type >= 7 && type <= 14) || type == 16 ||
		    type > 20)
			out_fmt("Invalid ForCES message type %u\n", type);
		else
			out_fmt("\n\tUnknown ForCES message type=0x%x", type);
		error_dump(c, len);
		return;
	}
	if (!cur_has(&c, 4)) {
		decode_trunc_cut(d, "forces");
		return;
	}
	mlen = cur_peek_be16(&c, 2) * 4u;
	out_fmt("\n\tForCES %s ", types[i].name);
	if (len < HDR_LEN || mlen < HDR_LEN || mlen != len) {
		out_fmt("Illegal ForCES pkt len - min %u, total recvd %u, "
			"advertised %u ", HDR_LEN, len, mlen);
		error_dump(c, len);
		return;
	}
	if (!cur_has(&c, HDR_LEN)) {
		decode_trunc_cut(d, "forces");
		return;
	}
	if (d->vflag)
		header_print(d, c, mlen);
	f.d = d, f.c = c;
	if (forces_tlvs(&f, mlen, types[i].flags, types[i].kind,
			types[i].op_msk) < 0) {
		if (f.cut)
			decode_trunc_cut(d, "forces");
		else
			error_dump(c, len);
		return;
	}
	if (d->vflag >= 4) {
		out_str("\n\t  Raw ForCES message\n\t [");
		decode_hex_ident(c, len, "\n\t ");
		out_str("\n\t ]");
	}
}
