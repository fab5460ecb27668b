/* print-atalk.c - AppleTalk: DDP over EtherTalk (ethertype 0x809b) and
 * LocalTalk LLAP (DLT_LTALK), with ATP and NBP; AARP (ethertype 0x80f3).
 *
 *   DDP: | length | checksum | dst net | src net | dst node | src node |
 *        | dst socket | src socket | type |        (short DDP: 5 bytes)
 *   AARP: | htype | ptype | hlen | plen | op | sender hw, proto | target |
 * Inside AppleTalk (1990). Output as tcpdump 4.99 print-atalk.c.
 */
#include <pcap/dlt.h>

#include "atalk.h"
#include "decode.h"
#include "out.h"
#include "table.h"

enum {
	LAP_LEN = 3,
	DDP_LEN = 13,
	DDP_SHORT_LEN = 5,
	ATP_LEN = 8,
	NBP_HDR_LEN = 2,
	NBP_TUPLE_LEN = 5,
	AARP_LEN = 28,
	LAP_SHORT_DDP = 1,
	LAP_DDP = 2,
	DDP_NBP = 2,
	DDP_ATP = 3,
	DDP_EIGRP = 88,
	ATP_XO = 0x20,
	ATP_EOM = 0x10,
	ATP_STS = 0x08,
};

static const struct tok type2str[] = {
	{ 1, "rtmp" },
	{ 5, "rtmpReq" },
	{ 4, "echo" },
	{ 22, "IP" },
	{ 23, "ARP" },
	{ 0x4b, "KLAP" },
	{ 0, NULL }
};

static const struct tok skt2str[] = {
	{ 1, "rtmp" },
	{ 2, "nis" },
	{ 4, "echo" },
	{ 6, "zip" },
	{ 0, NULL }
};

/* The source of a DDP packet, which NBP compares its tuples with. */
struct ddp_src {
	unsigned net, node, skt;
};

static void ataddr_print(unsigned net, unsigned host)
{
	if (host != 255)
		out_fmt("%u.%u", net, host);
	else
		out_fmt("%u", net);
}

static void skt_print(struct dctx *d, unsigned skt)
{
	const char *s = d->nflag ? NULL : tok_str(skt2str, skt);

	if (s)
		out_str(s);
	else
		out_fmt("%u", skt);
}

static void atp_bitmap_print(unsigned bm)
{
	unsigned i;
	char sep = '<';

	if ((bm + 1) & bm) {
		for (i = 0; bm; ++i, bm >>= 1)
			if (bm & 1) {
				out_fmt("%c%u", sep, i);
				sep = ',';
			}
		out_char('>');
		return;
	}
	for (i = 0; bm; ++i)
		bm >>= 1;
	if (i > 1)
		out_fmt("<0-%u>", i - 1);
	else
		out_str("<0>");
}

static void atp_flags(unsigned ctl, unsigned a, unsigned b, const char *sa,
		      const char *sb)
{
	if ((ctl & (a | b)) == a)
		out_fmt(" [%s]", sa);
	else if ((ctl & (a | b)) == b)
		out_fmt(" [%s]", sb);
	else if (ctl & a)
		out_fmt(" [%s,%s]", sa, sb);
}

static void atp_rel_flags(unsigned ctl)
{
	char sep = '[';

	if (!(ctl & (ATP_XO | ATP_EOM | ATP_STS)))
		return;
	if (ctl & ATP_XO) {
		out_fmt("%cXO", sep);
		sep = ',';
	}
	if (ctl & ATP_EOM) {
		out_fmt("%cEOM", sep);
		sep = ',';
	}
	if (ctl & ATP_STS)
		out_fmt("%cSTS", sep);
	out_char(']');
}

static void atp_print(struct dctx *d, struct cursor c, unsigned len,
		      const char *proto)
{
	unsigned ctl, tid, bm;
	uint32_t data;

	if (!cur_has(&c, ATP_LEN)) {
		decode_trunc(d, proto);
		return;
	}
	if (len < ATP_LEN) {
		out_fmt(" [|atp %u]", len);
		return;
	}
	len -= ATP_LEN;
	ctl = cur_peek(&c, 0);
	bm = cur_peek(&c, 1);
	tid = cur_peek_be16(&c, 2);
	switch (ctl & 0xc0) {
	case 0x40:
		out_fmt(" atp-req%s %u", ctl & ATP_XO ? " " : "*", tid);
		atp_bitmap_print(bm);
		if (len)
			out_fmt(" [len=%u]", len);
		atp_flags(ctl, ATP_EOM, ATP_STS, "EOM", "STS");
		break;
	case 0x80:
		out_fmt(" atp-resp%s%u:%u (%u)", ctl & ATP_EOM ? "*" : " ", tid,
			bm, len);
		atp_flags(ctl, ATP_XO, ATP_STS, "XO", "STS");
		break;
	case 0xc0:
		out_fmt(" atp-rel  %u", tid);
		atp_bitmap_print(bm);
		if (len)
			out_fmt(" [len=%u]", len);
		atp_rel_flags(ctl);
		break;
	default:
		out_fmt(" atp-0x%x  %u (%u)", ctl, tid, len);
	}
	data = cur_peek_be32(&c, 4);
	if (data)
		out_fmt(" 0x%x", data);
}

/* tcpdump's marker where an NBP name is cut; the packet goes on. */
static void name_cut(const char *proto)
{
	out_fmt(" [|%s]", proto);
}

/* A counted string at *off; false (marker printed) when it stops. */
static bool cstring_print(struct cursor c, unsigned *off, const char *proto)
{
	unsigned n, i;

	if (!cur_has(&c, *off + 1)) {
		name_cut(proto);
		return false;
	}
	n = cur_peek(&c, (*off)++);
	if (n > 32) {
		out_fmt("[len=%u]", n);
		return false;
	}
	for (i = 0; i < n; i++) {
		if (!cur_has(&c, *off + 1)) {
			name_cut(proto);
			return false;
		}
		decode_char(cur_peek(&c, (*off)++));
	}
	return true;
}

/* The object:type@zone of the tuple at off; returns the offset after
 * it, or 0 when it stopped. */
static unsigned nbp_name_print(struct cursor c, unsigned off,
			       const char *proto)
{
	off += NBP_TUPLE_LEN;
	out_str(" \"");
	if (!cstring_print(c, &off, proto))
		return 0;
	out_char(':');
	if (!cstring_print(c, &off, proto))
		return 0;
	out_char('@');
	if (!cstring_print(c, &off, proto))
		return 0;
	out_char('"');
	return off;
}

static unsigned nbp_tuple_print(struct dctx *d, struct cursor c, unsigned off,
				const struct ddp_src *s, const char *proto)
{
	unsigned next, net, node, skt, en;

	if (!cur_has(&c, off + NBP_TUPLE_LEN)) {
		decode_trunc(d, proto);
		return 0;
	}
	net = cur_peek_be16(&c, off);
	node = cur_peek(&c, off + 2);
	skt = cur_peek(&c, off + 3);
	en = cur_peek(&c, off + 4);
	next = nbp_name_print(c, off, proto);
	if (en != 1)
		out_fmt("(%u)", en);
	if (skt != s->skt)
		out_fmt(" %u", skt);
	if (net != s->net || node != s->node) {
		out_str(" [addr=");
		ataddr_print(net, node);
		out_char(']');
	}
	return next;
}

static void nbp_lookup_print(struct dctx *d, struct cursor c, unsigned ctl,
			     const struct ddp_src *s, const char *proto)
{
	unsigned net, node, skt, en;

	out_fmt((ctl & 0xf0) == 0x20 ? " nbp-lkup %u:" : " nbp-brRq %u:",
		cur_peek(&c, 1));
	if (!cur_has(&c, NBP_HDR_LEN + NBP_TUPLE_LEN)) {
		decode_trunc(d, proto);
		return;
	}
	net = cur_peek_be16(&c, 2);
	node = cur_peek(&c, 4);
	skt = cur_peek(&c, 5);
	en = cur_peek(&c, 6);
	nbp_name_print(c, NBP_HDR_LEN, proto);
	if ((ctl & 0xf) != 1)
		out_fmt(" [ntup=%u]", ctl & 0xf);
	if (en)
		out_fmt(" [enum=%u]", en);
	if (net != s->net || node != s->node || skt != s->skt) {
		out_str(" [addr=");
		ataddr_print(net, node);
		out_fmt(".%u]", skt);
	}
}

static void nbp_print(struct dctx *d, struct cursor c, unsigned len,
		      const struct ddp_src *s, const char *proto)
{
	unsigned ctl, i, off;

	if (len < NBP_HDR_LEN + 8) {
		out_fmt(" truncated-nbp %u", len);
		return;
	}
	if (!cur_has(&c, NBP_HDR_LEN)) {
		decode_trunc(d, proto);
		return;
	}
	ctl = cur_peek(&c, 0);
	switch (ctl & 0xf0) {
	case 0x10:
	case 0x20:
		nbp_lookup_print(d, c, ctl, s, proto);
		return;
	case 0x30:
		out_fmt(" nbp-reply %u:", cur_peek(&c, 1));
		off = NBP_HDR_LEN;
		for (i = ctl & 0xf; i && off; i--)
			off = nbp_tuple_print(d, c, off, s, proto);
		return;
	}
	out_fmt(" nbp-0x%x  %u (%u)", ctl, cur_peek(&c, 1), len - NBP_HDR_LEN);
}

static void ddp_print(struct dctx *d, struct cursor c, unsigned len,
		      unsigned type, const struct ddp_src *s,
		      const char *proto)
{
	decode_ip_proto *eigrp;
	struct ipinfo ip = { .len = len, .nh = DDP_EIGRP };

	switch (type) {
	case DDP_NBP:
		nbp_print(d, c, len, s, proto);
		return;
	case DDP_ATP:
		atp_print(d, c, len, proto);
		return;
	case DDP_EIGRP:
		eigrp = decode_ipproto_lookup(DDP_EIGRP);
		if (eigrp) {
			eigrp(d, c, len, &ip);
			return;
		}
	}
	out_str(" at-");
	tok_print(type2str, type, "#%u");
	out_fmt(" %u", len);
}

/* A long DDP header at c, then the payload. */
static void ddp_long_print(struct dctx *d, struct cursor c, unsigned len,
			   const char *colon, const char *proto)
{
	struct ddp_src s = { cur_peek_be16(&c, 6), cur_peek(&c, 9),
			     cur_peek(&c, 11) };
	unsigned type = cur_peek(&c, 12);

	ataddr_print(s.net, s.node);
	out_char('.');
	skt_print(d, s.skt);
	out_str(" > ");
	ataddr_print(cur_peek_be16(&c, 4), cur_peek(&c, 8));
	out_char('.');
	skt_print(d, cur_peek(&c, 10));
	out_str(colon);
	cur_skip(&c, DDP_LEN);
	ddp_print(d, c, len - DDP_LEN, type, &s, proto);
}

void atalk_print(struct dctx *d, struct cursor c, unsigned len)
{
	if (!d->eflag)
		out_str("AT ");
	if (len < DDP_LEN) {
		out_fmt(" [|ddp %u]", len);
		return;
	}
	if (!cur_has(&c, DDP_LEN)) {
		out_str(" [|ddp]");
		d->stop = true;
		return;
	}
	ddp_long_print(d, c, len, ": ", "atalk");
}

DECODE_KEY(ETHERTYPE, 0x809b, atalk_ether_print)

/* EtherTalk says its name (phase 1) with -v. */
void atalk_ether_print(struct dctx *d, struct cursor c, unsigned len)
{
	if (d->vflag)
		out_str("et1 ");
	atalk_print(d, c, len);
}

/* A short DDP header after LLAP (nodes src and dst); returns the
 * header length as llap_print does. */
static unsigned short_ddp_print(struct dctx *d, struct cursor c, unsigned len,
				unsigned src, unsigned dst)
{
	struct ddp_src s;
	unsigned type;

	if (len < DDP_SHORT_LEN) {
		out_fmt(" [|sddp %u]", len);
		return len;
	}
	if (!cur_has(&c, DDP_SHORT_LEN)) {
		out_str(" [|sddp]");
		d->stop = true;
		return 0;
	}
	s.net = 0;
	s.node = src;
	s.skt = cur_peek(&c, 3);
	ataddr_print(0, src);
	out_char('.');
	skt_print(d, s.skt);
	out_str(" > ");
	ataddr_print(0, dst);
	out_char('.');
	skt_print(d, cur_peek(&c, 2));
	out_char(':');
	type = cur_peek(&c, 4);
	cur_skip(&c, DDP_SHORT_LEN);
	ddp_print(d, c, len - DDP_SHORT_LEN, type, &s, "llap");
	return LAP_LEN + DDP_SHORT_LEN;
}

/* LLAP: | dst node | src node | type | and a short or long DDP header.
 * Returns the header length, 0 when the capture ended in it. */
unsigned llap_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned type, dst, src;

	if (len < LAP_LEN) {
		out_fmt(" [|llap %u]", len);
		return len;
	}
	if (!cur_has(&c, LAP_LEN)) {
		decode_trunc(d, "llap");
		return 0;
	}
	dst = cur_u8(&c);
	src = cur_u8(&c);
	type = cur_u8(&c);
	len -= LAP_LEN;
	if (type == LAP_SHORT_DDP)
		return short_ddp_print(d, c, len, src, dst);
	if (type == LAP_DDP) {
		if (len < DDP_LEN) {
			out_fmt(" [|ddp %u]", len);
			return len;
		}
		if (!cur_has(&c, DDP_LEN)) {
			out_str(" [|ddp]");
			d->stop = true;
			return 0;
		}
		ddp_long_print(d, c, len, ":", "llap");
		return LAP_LEN + DDP_LEN;
	}
	out_fmt("%u > %u at-lap#%u %u", src, dst, type, len);
	return LAP_LEN;
}

DECODE_DLT(DLT_LTALK, ltalk_if_print)

unsigned ltalk_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned hdrlen = llap_print(d, c, len);

	return hdrlen ? hdrlen : (unsigned)cur_left(&c);
}

static void aarp_addr(struct cursor c, unsigned off)
{
	ataddr_print(cur_peek(&c, off + 1) << 8 | cur_peek(&c, off + 2),
		     cur_peek(&c, off + 3));
}

DECODE_KEY(ETHERTYPE, 0x80f3, aarp_print)

void aarp_print(struct dctx *d, struct cursor c, unsigned len)
{
	uint8_t mac[6];
	unsigned op, i;

	out_str("aarp ");
	if (!cur_has(&c, AARP_LEN)) {
		decode_trunc(d, "aarp");
		return;
	}
	if (len < AARP_LEN) {
		out_fmt(" [|aarp %u]", len);
		return;
	}
	op = cur_peek_be16(&c, 6);
	if (cur_peek_be16(&c, 0) == 1 && cur_peek_be16(&c, 2) == 0x809b &&
	    cur_peek(&c, 4) == 6 && cur_peek(&c, 5) == 4 && op >= 1 && op <= 3) {
		if (op == 2) {
			out_str("reply ");
			aarp_addr(c, 14);
			out_str(" is-at ");
			for (i = 0; i < 6; i++)
				mac[i] = cur_peek(&c, 8 + i);
			decode_etheraddr(d, mac);
			return;
		}
		out_str(op == 1 ? "who-has " : "probe ");
		aarp_addr(c, 24);
		out_str(" tell ");
		aarp_addr(c, 14);
		return;
	}
	out_fmt("len %u op %u htype %u ptype %#x halen %u palen %u", len, op,
		cur_peek_be16(&c, 0), cur_peek_be16(&c, 2), cur_peek(&c, 4),
		cur_peek(&c, 5));
}

/* KIP: LLAP frames in UDP datagrams to or from tcpdump's AppleTalk
 * port ranges (200-327, 768-895, 16512-16639) when the LAP type is DDP. */
DECODE_PORT_IF(UDP, 510, 200, 327, PORT_EITHER, kip_print, kip_guard)
DECODE_PORT_IF(UDP, 511, 768, 895, PORT_EITHER, kip_print, kip_guard)
DECODE_PORT_IF(UDP, 512, 16512, 16639, PORT_EITHER, kip_print, kip_guard)

bool kip_guard(struct cursor c, unsigned len, const struct l4info *l4)
{
	(void)len;
	(void)l4;
	return cur_has(&c, LAP_LEN) && cur_peek(&c, 2) == LAP_DDP;
}

void kip_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct l4info *l4 DECODE_UNUSED)
{
	if (d->vflag)
		out_str("kip ");
	llap_print(d, c, len);
}
