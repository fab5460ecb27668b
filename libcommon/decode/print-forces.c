/* print-forces.c - ForCES (RFC 5810) messages in SCTP: the message type,
 * and the checks of the common header that tcpdump makes before its
 * TLVs (a bad type or length prints the message in hex); -v: version,
 * ids and correlator, -vv: the flags. The TLVs themselves (-vvv) are
 * not decoded yet. Output as tcpdump 4.99 print-forces.c.
 */
#include <inttypes.h>

#include "decode.h"
#include "out.h"
#include "sctp.h"

enum { HDR_LEN = 24, TLV_HDR = 4 };
enum { NO_TLV = 1, TLV_OPTIONAL = 2, TLV_NEEDED = 4 };

static const struct {
	unsigned type;
	const char *name;
	unsigned tlvs;
} types[] = {
	{ 0x01, "Association Setup", TLV_OPTIONAL },
	{ 0x02, "Association TearDown", TLV_NEEDED },
	{ 0x03, "Config", TLV_NEEDED },
	{ 0x04, "Query", TLV_NEEDED },
	{ 0x05, "Event Notification", TLV_NEEDED },
	{ 0x06, "Packet Redirect", TLV_NEEDED },
	{ 0x0f, "HeartBeat", NO_TLV },
	{ 0x11, "Association Response", TLV_NEEDED },
	{ 0x13, "Config Response", TLV_NEEDED },
	{ 0x14, "Query Response", TLV_NEEDED },
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
	if (id == 0xffffffee)
		return "AllCEsBroadcast";
	if (id == 0xffffffef)
		return "AllFEsBroadcast";
	if (id == 0xfffffff0)
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

	if (!cur_has(&c, 2)) {
		decode_trunc_cut(d, "forces");
		return;
	}
	type = cur_peek(&c, 1);
	for (i = 0; i < n && types[i].type != type; i++)
		;
	if (i == n) {
		out_fmt("Invalid ForCES message type %u\n", type);
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
	if (mlen - HDR_LEN <= TLV_HDR && (types[i].tlvs & TLV_NEEDED)) {
		out_str("\tTop level TLV Data missing!\n");
		error_dump(c, len);
	}
}
