/* print-decnet.c - DECnet Phase IV routing and NSP (ethertype 0x6003).
 *
 *   | length (LE 2) | [pad] | route flags | short header: dst, src (LE 2),
 *   visits | or long header (21) | NSP: flags | dst link | src link | ...
 *   control messages: init, verification, test, routing, hellos
 * DECnet Digital Network Architecture Phase IV routing and NSP
 * specifications. Output as tcpdump 4.99 print-decnet.c; a read past the
 * capture ends the packet with [|decnet].
 */
#include "decode.h"
#include "out.h"
#include "table.h"

enum {
	SHORTHDR_LEN = 6,
	LONGHDR_LEN = 21,
	RMF_MASK = 7,
	RMF_SHORT = 2,
	RMF_LONG = 6,
	RMF_RQR = 010,
	RMF_RTS = 020,
	RMF_IE = 040,
	RMF_FVER = 0100,
	RMF_PAD = 0200,
	RMF_PADMASK = 0177,
	VIS_MASK = 077,
	RMF_CTLMASK = 017,
	RMF_CTLMSG = 01,
	NSP_TYPEMASK = 014,
	NSP_SUBMASK = 0160,
	MFT_DATA = 0,
	MFT_ACK = 04,
	MFT_CTL = 010,
	SGQ_ACK = 0100000,
	SGQ_NAK = 0110000,
	SGQ_OACK = 0120000,
	SGQ_ONAK = 0130000,
	SGQ_MASK = 07777,
	NSPHDR_LEN = 5,
	MINSEGHDR_LEN = 7,
	SEGHDR_LEN = 11,
	LSMSG_LEN = 2,
	ACKMSG_LEN = 9,
	CIMSG_LEN = 9,
	CCMSG_LEN = 10,
	DIMSG_LEN = 8,
	DCMSG_LEN = 7,
};

static const struct tok reason2str[] = {
	{ 0, "object rejected connect" },
	{ 1, "insufficient resources" },
	{ 2, "unrecognized node name" },
	{ 3, "node is shutting down" },
	{ 4, "unrecognized object" },
	{ 5, "invalid object name format" },
	{ 6, "object too busy" },
	{ 7, "protocol error discovered" },
	{ 8, "third party abort" },
	{ 9, "user abort" },
	{ 10, "invalid node name format" },
	{ 11, "local node shutting down" },
	{ 32, "insufficient local resources" },
	{ 33, "insufficient remote user resources" },
	{ 34, "invalid access control information" },
	{ 36, "bad ACCOUNT information" },
	{ 38, "no response from object" },
	{ 39, "node unreachable" },
	{ 41, "no link terminate" },
	{ 42, "disconnect complete" },
	{ 43, "bad image data in connect" },
	{ 54, "cryptographic service mismatch" },
	{ 0, NULL }
};

/* How a part ended. */
enum dn_res { DN_OK, DN_INVALID, DN_TRUNC };

static unsigned le16(struct cursor c, unsigned off)
{
	return cur_peek(&c, off) | cur_peek(&c, off + 1) << 8;
}

static void dnaddr_print(unsigned a)
{
	out_fmt("%u.%u", (a & 0176000) >> 10, a & 01777);
}

/* tcpdump's dump of a message it does not decode: as many bytes as
 * len and the capture allow, counted from the length field on, moved on
 * by any pad (as tcpdump moves its pointers), printed from skip bytes
 * further; DN_TRUNC for a dump that so runs past the capture (it ends
 * as a cut packet does). */
static enum dn_res whole_dump(struct cursor all, unsigned len,
			      unsigned pad, unsigned skip)
{
	unsigned n;

	cur_skip(&all, pad);
	n = len < cur_left(&all) ? len : (unsigned)cur_left(&all);
	cur_skip(&all, skip);
	if (n <= cur_left(&all)) {
		decode_hex_ascii(all, n, 0);
		return DN_OK;
	}
	decode_hex_ascii(all, (unsigned)cur_left(&all), 0);
	return DN_TRUNC;
}

/* The node type and flags of an initialization message (i, with its
 * multicast flag) or of a routing layer hello (t). */
static void info_print(unsigned info, bool i)
{
	static const char *const ntype[4] = {
		"reserved-ntype? ", "l2rout ", "l1rout ", "endnode "
	};

	out_str(ntype[info & 3]);
	if (info & 04)
		out_str("verif ");
	if (i && (info & 040))
		out_str("nomcast ");
	if (info & (i ? 0100 : 010))
		out_str("blo ");
}

/* Routes of a level 1 or 2 routing message from off (the last short is
 * a checksum). */
static enum dn_res routes_print(struct cursor c, unsigned off, unsigned len,
				const char *what)
{
	unsigned count, id, info;

	while (len > 6) {
		if (!cur_has(&c, off + 6))
			return DN_TRUNC;
		count = le16(c, off);
		if (count > 1024)
			return DN_OK;
		id = le16(c, off + 2);
		info = le16(c, off + 4);
		off += 6;
		len -= 6;
		out_fmt("{%s %u-%u cost %u hops %u} ", what, id, id + count,
			info & 0777, (info >> 10) & 037);
	}
	return DN_OK;
}

/* Checks a control message's length and capture. */
static enum dn_res ctl_need(struct cursor c, unsigned len, unsigned need)
{
	if (len < need)
		return DN_INVALID;
	return cur_has(&c, need) ? DN_OK : DN_TRUNC;
}

static enum dn_res hello_print(struct cursor c, unsigned len, bool router)
{
	enum dn_res r;

	out_str(router ? "router-hello " : "endnode-hello ");
	if ((r = ctl_need(c, len, router ? 18 : 32)) != DN_OK)
		return r;
	info_print(cur_peek(&c, 10), true);
	out_fmt("vers %u eco %u ueco %u src ", cur_peek(&c, 1),
		cur_peek(&c, 2), cur_peek(&c, 3));
	dnaddr_print(le16(c, 8));
	out_fmt(" blksize %u ", le16(c, 11));
	if (router) {
		out_fmt("pri %u hello %u", cur_peek(&c, 13), le16(c, 15));
		return DN_OK;
	}
	out_str("rtr ");
	dnaddr_print(le16(c, 26));
	out_fmt(" hello %u data %o", le16(c, 28), cur_peek(&c, 31));
	return DN_OK;
}

/* A control message at c (the route flags first). */
static enum dn_res ctlmsg_print(struct cursor c, unsigned len, unsigned pad,
				struct cursor all)
{
	unsigned flags = cur_peek(&c, 0);
	enum dn_res r;

	switch (flags & RMF_CTLMASK) {
	case 01:
		out_str("init ");
		if ((r = ctl_need(c, len, 12)) != DN_OK)
			return r;
		info_print(cur_peek(&c, 3), false);
		out_str("src ");
		dnaddr_print(le16(c, 1));
		out_fmt("blksize %u vers %u eco %u ueco %u hello %u",
			le16(c, 4), cur_peek(&c, 6), cur_peek(&c, 7),
			cur_peek(&c, 8), le16(c, 9));
		return DN_OK;
	case 03:
	case 05:
		out_str((flags & RMF_CTLMASK) == 03 ? "verification " : "test ");
		if ((r = ctl_need(c, len, 4)) != DN_OK)
			return r;
		out_str("src ");
		dnaddr_print(le16(c, 1));
		out_fmt((flags & RMF_CTLMASK) == 03 ? " fcnval %o" : " data %o",
			cur_peek(&c, 3));
		return DN_OK;
	case 07:
	case 011:
		out_str((flags & RMF_CTLMASK) == 07 ? "lev-1-routing "
						     : "lev-2-routing ");
		if ((r = ctl_need(c, len, 4)) != DN_OK)
			return r;
		out_str("src ");
		dnaddr_print(le16(c, 1));
		out_char(' ');
		return routes_print(c, 4, len - 4, (flags & RMF_CTLMASK) == 07 ?
				    "ids" : "areas");
	case 013:
	case 015:
		return hello_print(c, len, (flags & RMF_CTLMASK) == 013);
	}
	out_str("unknown control message");
	/* tcpdump dumps from the flags, as many bytes as from the length */
	return whole_dump(all, len, pad, 2);
}

/* The ack fields of a segment or ack message from offset 5: acknum,
 * then (if it acks) the other channel's; seg: a segment number follows
 * (its value is returned in *seg). nak, ack: the other channel's
 * words. len: the message length when checked (0: not checked). */
static enum dn_res acks_print(struct cursor c, unsigned len, bool seg,
			      const char *onak, const char *oack,
			      unsigned *segno)
{
	unsigned off = 5, ack;

	if (!cur_has(&c, off + 2))
		return DN_TRUNC;
	ack = le16(c, off);
	if (ack & SGQ_ACK) {
		out_fmt((ack & SGQ_NAK) == SGQ_NAK ? "nak %u " : "ack %u ",
			ack & SGQ_MASK);
		off += 2;
		if (len && len < off + 2)
			return DN_INVALID;
		if (!cur_has(&c, off + 2))
			return DN_TRUNC;
		ack = le16(c, off);
		if (ack & SGQ_OACK) {
			out_fmt("%s %u ", (ack & SGQ_ONAK) == SGQ_ONAK ? onak
								       : oack,
				ack & SGQ_MASK);
			if (seg) {
				off += 2;
				if (len && len < off + 2)
					return DN_INVALID;
				if (!cur_has(&c, off + 2))
					return DN_TRUNC;
				ack = le16(c, off);
			}
		}
	}
	*segno = ack;
	return DN_OK;
}

static enum dn_res data_print(struct cursor c, unsigned len, unsigned flags,
			      unsigned src, unsigned dst)
{
	unsigned seg = 0;
	enum dn_res r;
	bool intr = (flags & NSP_SUBMASK) == 060;

	if (intr)
		out_str("intr ");
	else
		out_fmt("data %u>%u ", src, dst);
	if (len < MINSEGHDR_LEN)
		return DN_INVALID;
	r = acks_print(c, len, true, intr ? "nakdat" : "onak",
		       intr ? "ackdat" : "oack", &seg);
	if (r == DN_OK)
		out_fmt("seg %u ", seg & SGQ_MASK);
	return r;
}

static enum dn_res link_service_print(struct cursor c, unsigned len,
				      unsigned src, unsigned dst)
{
	unsigned seg = 0, lsflags, fcval;
	enum dn_res r;

	out_fmt("link-service %u>%u ", src, dst);
	if (len < SEGHDR_LEN + LSMSG_LEN)
		return DN_INVALID;
	r = acks_print(c, 0, true, "nakdat", "ackdat", &seg);
	if (r != DN_OK)
		return r;
	out_fmt("seg %u ", seg & SGQ_MASK);
	if (!cur_has(&c, SEGHDR_LEN + LSMSG_LEN))
		return DN_TRUNC;
	lsflags = cur_peek(&c, SEGHDR_LEN);
	fcval = cur_peek(&c, SEGHDR_LEN + 1);
	switch (lsflags & 014) {
	case 0:
		out_fmt("dat seg count %u ", fcval);
		switch (lsflags & 3) {
		case 0:
			break;
		case 1:
			out_str("donotsend-data ");
			break;
		case 2:
			out_str("send-data ");
			break;
		default:
			out_fmt("reserved-fcmod? %x", lsflags);
		}
		break;
	case 4:
		out_fmt("intr req count %u ", fcval);
		break;
	default:
		out_fmt("reserved-fcval-int? %x", lsflags);
	}
	return DN_OK;
}

static enum dn_res ack_msg_print(struct cursor c, unsigned len,
				 unsigned flags, unsigned src, unsigned dst)
{
	unsigned seg;
	bool ils = (flags & NSP_SUBMASK) == 020;

	switch (flags & NSP_SUBMASK) {
	case 0:
	case 020:
		out_fmt(ils ? "ils-ack %u>%u " : "data-ack %u>%u ", src, dst);
		if (len < ACKMSG_LEN)
			return DN_INVALID;
		if (!cur_has(&c, ACKMSG_LEN))
			return DN_TRUNC;
		return acks_print(c, 0, false, ils ? "nakdat" : "onak",
				  ils ? "ackdat" : "oack", &seg);
	case 040:
		out_fmt("conn-ack %u", dst);
		return DN_OK;
	}
	out_fmt("reserved-acktype? %x %u > %u", flags, src, dst);
	return DN_OK;
}

static void services_print(unsigned services, unsigned info)
{
	static const char *const ver[4] = { "ver 3.2 ", "ver 3.1 ",
					    "ver 4.0 ", "ver 4.1 " };

	if ((services & 014) == 04)
		out_str("seg ");
	else if ((services & 014) == 010)
		out_str("msg ");
	out_str(ver[info & 3]);
}

static void reason_print(unsigned reason)
{
	tok_print(reason2str, reason, "reason-%u");
	out_char(' ');
}

static enum dn_res ctl_msg_print(struct cursor c, unsigned len,
				 unsigned flags, unsigned src, unsigned dst)
{
	unsigned sub = flags & NSP_SUBMASK;

	switch (sub) {
	case 020:
	case 0140:
		out_str(sub == 020 ? "conn-initiate " : "retrans-conn-initiate ");
		out_fmt("%u>%u ", src, dst);
		if (len < CIMSG_LEN)
			return DN_INVALID;
		if (!cur_has(&c, CIMSG_LEN))
			return DN_TRUNC;
		services_print(cur_peek(&c, 5), cur_peek(&c, 6));
		out_fmt("segsize %u ", le16(c, 7));
		return DN_OK;
	case 040:
		out_fmt("conn-confirm %u>%u ", src, dst);
		if (len < CCMSG_LEN)
			return DN_INVALID;
		if (!cur_has(&c, CCMSG_LEN))
			return DN_TRUNC;
		services_print(cur_peek(&c, 5), cur_peek(&c, 6));
		out_fmt("segsize %u ", le16(c, 7));
		if (cur_peek(&c, 9))
			out_fmt("optlen %u ", cur_peek(&c, 9));
		return DN_OK;
	case 060:
		out_fmt("disconn-initiate %u>%u ", src, dst);
		if (len < DIMSG_LEN)
			return DN_INVALID;
		if (!cur_has(&c, DIMSG_LEN))
			return DN_TRUNC;
		reason_print(le16(c, 5));
		if (cur_peek(&c, 7))
			out_fmt("optlen %u ", cur_peek(&c, 7));
		return DN_OK;
	case 0100:
		/* tcpdump checks the capture here, not the length */
		out_fmt("disconn-confirm %u>%u ", src, dst);
		if (!cur_has(&c, DCMSG_LEN))
			return DN_TRUNC;
		reason_print(le16(c, 5));
		return DN_OK;
	}
	out_fmt("reserved-ctltype? %x %u > %u", flags, src, dst);
	return DN_OK;
}

static enum dn_res nsp_print(struct cursor c, unsigned len)
{
	unsigned flags, dst, src;

	if (len < NSPHDR_LEN) {
		out_fmt(" (nsplen %u < %u)", len, NSPHDR_LEN);
		return DN_INVALID;
	}
	if (!cur_has(&c, NSPHDR_LEN))
		return DN_TRUNC;
	flags = cur_peek(&c, 0);
	dst = le16(c, 1);
	src = le16(c, 3);
	switch (flags & NSP_TYPEMASK) {
	case MFT_DATA:
		switch (flags & NSP_SUBMASK) {
		case 040: case 0: case 0100: case 0140: case 060:
			return data_print(c, len, flags, src, dst);
		case 020:
			return link_service_print(c, len, src, dst);
		}
		out_fmt("reserved-subtype? %x %u > %u", flags, src, dst);
		return DN_OK;
	case MFT_ACK:
		return ack_msg_print(c, len, flags, src, dst);
	case MFT_CTL:
		return ctl_msg_print(c, len, flags, src, dst);
	}
	out_fmt("reserved-type? %x %u > %u", flags, src, dst);
	return DN_OK;
}

/* A data packet's route header at c (flags first); returns the NSP
 * offset, or 0 when the packet ended. */
static enum dn_res route_print(struct dctx *d, struct cursor c, unsigned len,
			       unsigned pktlen, unsigned pad, struct cursor all)
{
	unsigned flags = cur_peek(&c, 0), dst, src, hops, hdr;

	if ((flags & RMF_MASK) == RMF_LONG) {
		if (len < LONGHDR_LEN) {
			out_fmt(" (length %u < %u)", len, LONGHDR_LEN);
			return DN_INVALID;
		}
		if (!cur_has(&c, LONGHDR_LEN))
			return DN_TRUNC;
		dst = le16(c, 7);
		src = le16(c, 15);
		hops = cur_peek(&c, 18);
		hdr = LONGHDR_LEN;
	} else if ((flags & RMF_MASK) == RMF_SHORT) {
		if (!cur_has(&c, SHORTHDR_LEN))
			return DN_TRUNC;
		dst = le16(c, 1);
		src = le16(c, 3);
		hops = (cur_peek(&c, 5) & VIS_MASK) + 1;
		hdr = SHORTHDR_LEN;
	} else {
		out_str("unknown message flags under mask");
		return whole_dump(all, len, pad, 0);
	}
	dnaddr_print(src);
	out_str(" > ");
	dnaddr_print(dst);
	out_fmt(" %u ", pktlen);
	if (d->vflag) {
		if (flags & RMF_RQR)
			out_str("RQR ");
		if (flags & RMF_RTS)
			out_str("RTS ");
		if (flags & RMF_IE)
			out_str("IE ");
		out_fmt("%u hops ", hops);
	}
	cur_skip(&c, hdr);
	return nsp_print(c, len - hdr);
}

/* The message after the length (and any pad); all: from the length. */
static enum dn_res message_print(struct dctx *d, struct cursor c,
				 unsigned len, unsigned pktlen,
				 struct cursor all)
{
	unsigned flags = cur_peek(&c, 0), pad = 0;

	if (flags & RMF_PAD) {
		pad = flags & RMF_PADMASK;
		if (d->vflag)
			out_fmt("[pad:%u] ", pad);
		if (len < pad + 2) {
			out_fmt(" (length %u < %u)", len, pad + 2);
			return DN_INVALID;
		}
		if (!cur_skip(&c, pad) || !cur_has(&c, 1))
			return DN_TRUNC;
		len -= pad;
		flags = cur_peek(&c, 0);
	}
	if (flags & RMF_FVER) {
		out_str("future-version-decnet");
		return whole_dump(all, len, pad, 0);
	}
	if (flags & RMF_CTLMSG)
		return ctlmsg_print(c, len, pad, all);
	return route_print(d, c, len, pktlen, pad, all);
}

DECODE_KEY(ETHERTYPE, 0x6003, decnet_print)

void decnet_print(struct dctx *d, struct cursor c, unsigned len)
{
	struct cursor all;
	unsigned pktlen;
	enum dn_res r;

	if (len < SHORTHDR_LEN) {
		out_fmt(" (length %u < %u)", len, SHORTHDR_LEN);
		decode_invalid(d);
		return;
	}
	if (!cur_has(&c, 2))
		goto trunc;
	pktlen = le16(c, 0);
	if (pktlen < SHORTHDR_LEN) {
		out_fmt(" (pktlen %u < %u)", pktlen, SHORTHDR_LEN);
		decode_invalid(d);
		return;
	}
	if (pktlen > len) {
		out_fmt(" (pktlen %u > %u)", pktlen, len);
		decode_invalid(d);
		return;
	}
	all = c;
	cur_skip(&c, 2);
	if (!cur_has(&c, 1))
		goto trunc;
	r = message_print(d, c, pktlen, pktlen, all);
	if (r == DN_INVALID)
		decode_invalid(d);
	if (r != DN_TRUNC)
		return;
trunc:
	decode_trunc_cut(d, "decnet");
}
