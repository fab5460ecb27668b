/* print-arcnet.c - ARCNET frames (DLT_ARCNET, DLT_ARCNET_LINUX).
 *
 *   | src | dst | type | (RFC 1201: flag | seqid (2) | exceptions ...) |
 *   Linux: | src | dst | offset (2) | type | flag | seqid (2) |
 * RFC 1051, RFC 1201. Output as tcpdump 4.99 print-arcnet.c.
 */
#include <pcap/dlt.h>

#include "atalk.h"
#include "decode.h"
#include "out.h"
#include "table.h"

enum {
	ARC_HDRLEN = 3,
	ARC_HDRNEWLEN = 6,
	ARC_HDRNEWLEN_EXC = 10,
	ARC_LINUX_HDRLEN = 5,
	ARC_LINUX_HDRNEWLEN = 8,
	ARCTYPE_IP_OLD = 240,
	ARCTYPE_ARP_OLD = 241,
	ARCTYPE_IP = 212,
	ARCTYPE_ARP = 213,
	ARCTYPE_REVARP = 214,
	ARCTYPE_ATALK = 221,
	ARCTYPE_BANIAN = 247,
	ARCTYPE_IPX = 250,
	ARCTYPE_INET6 = 0xc4,
	ARCTYPE_DIAGNOSE = 0x80,
};

static const struct tok arctypemap[] = {
	{ ARCTYPE_IP_OLD, "oldip" },
	{ ARCTYPE_ARP_OLD, "oldarp" },
	{ ARCTYPE_IP, "ip" },
	{ ARCTYPE_ARP, "arp" },
	{ ARCTYPE_REVARP, "rarp" },
	{ ARCTYPE_ATALK, "atalk" },
	{ ARCTYPE_BANIAN, "banyan" },
	{ ARCTYPE_IPX, "ipx" },
	{ ARCTYPE_INET6, "ipv6" },
	{ ARCTYPE_DIAGNOSE, "diag" },
	{ 0, NULL }
};

/* Types with RFC 1051's short header. */
static bool old_type(unsigned type)
{
	return type == ARCTYPE_IP_OLD || type == ARCTYPE_ARP_OLD ||
	       type == ARCTYPE_DIAGNOSE;
}

/* The header line; type at off; phds: the RFC 1201 fields. */
static void arcnet_hdr(struct dctx *d, struct cursor c, unsigned len,
		       unsigned type, bool phds, unsigned flag, unsigned seqid)
{
	out_fmt("%02x %02x ", cur_peek(&c, 0), cur_peek(&c, 1));
	if (d->qflag) {
		out_fmt("%u: ", len);
		return;
	}
	tok_print(arctypemap, type, "%02x");
	if (phds && flag == 0)
		out_fmt(" seqid %04x", seqid);
	else if (phds && (flag & 1))
		out_fmt(" seqid %04x (first of %u fragments)", seqid,
			(flag + 3) / 2);
	else if (phds)
		out_fmt(" seqid %04x (fragment %u)", seqid, flag / 2 + 1);
	out_fmt(" %u: ", len);
}

static bool arcnet_encap_print(struct dctx *d, unsigned type,
			       struct cursor c, unsigned len)
{
	decode_net_proto *ipx;

	switch (type) {
	case ARCTYPE_IP_OLD:
	case ARCTYPE_IP:
		ip_print(d, c, len);
		return true;
	case ARCTYPE_INET6:
		ip6_print(d, c, len);
		return true;
	case ARCTYPE_ARP_OLD:
	case ARCTYPE_ARP:
	case ARCTYPE_REVARP:
		arp_print(d, c, len);
		return true;
	case ARCTYPE_ATALK:
		if (d->vflag)
			out_str("et1 ");
		atalk_print(d, c, len);
		return true;
	case ARCTYPE_IPX:
		ipx = decode_net_lookup(DECODE_T_LLC, 0xe0);
		if (ipx)
			ipx(d, c, len);
		return ipx != NULL;
	}
	return false;
}

static unsigned arcnet_payload(struct dctx *d, struct cursor c, unsigned len,
			       unsigned type, unsigned hdrlen)
{
	cur_skip(&c, hdrlen);
	/* tcpdump dumps an unknown type whatever -x, -X or -q say */
	if (!arcnet_encap_print(d, type, c, len - hdrlen))
		decode_hex_ascii(c, (unsigned)cur_left(&c), 0);
	return hdrlen;
}

static unsigned arcnet_cut(struct dctx *d, struct cursor c, const char *proto)
{
	decode_trunc_cut(d, proto);
	return (unsigned)cur_left(&c);
}

DECODE_DLT(DLT_ARCNET, arcnet_if_print)

unsigned arcnet_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned type, flag = 0, seqid = 0, hdrlen = ARC_HDRLEN;
	bool phds;

	if (!cur_has(&c, ARC_HDRLEN))
		return arcnet_cut(d, c, "arcnet");
	type = cur_peek(&c, 2);
	phds = !old_type(type);
	if (phds) {
		if (!cur_has(&c, ARC_HDRNEWLEN)) {
			arcnet_hdr(d, c, len, type, false, 0, 0);
			out_str(" phds");
			return arcnet_cut(d, c, "arcnet");
		}
		flag = cur_peek(&c, 3);
		hdrlen = ARC_HDRNEWLEN;
		seqid = cur_peek_be16(&c, 4);
		if (flag == 0xff) {
			if (!cur_has(&c, ARC_HDRNEWLEN_EXC)) {
				arcnet_hdr(d, c, len, type, false, 0, 0);
				out_str(" phds extended");
				return arcnet_cut(d, c, "arcnet");
			}
			flag = cur_peek(&c, 7);
			seqid = cur_peek_be16(&c, 8);
			hdrlen = ARC_HDRNEWLEN_EXC;
		}
	}
	if (d->eflag)
		arcnet_hdr(d, c, len, type, phds, flag, seqid);
	if (phds && flag && (flag & 1) == 0)
		return hdrlen;
	return arcnet_payload(d, c, len, type, hdrlen);
}

DECODE_DLT(DLT_ARCNET_LINUX, arcnet_linux_if_print)

unsigned arcnet_linux_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned type, hdrlen = ARC_LINUX_HDRNEWLEN;

	if (!cur_has(&c, ARC_LINUX_HDRLEN))
		return arcnet_cut(d, c, "arcnet_linux");
	type = cur_peek(&c, 4);
	if (old_type(type))
		hdrlen = ARC_LINUX_HDRLEN;
	else if (!cur_has(&c, ARC_LINUX_HDRNEWLEN))
		return arcnet_cut(d, c, "arcnet_linux");
	if (d->eflag) {
		out_fmt("%02x %02x ", cur_peek(&c, 0), cur_peek(&c, 1));
		if (d->qflag) {
			out_fmt("%u: ", len);
		} else {
			/* tcpdump reads the type where the short header
			 * has it: the offset's first byte */
			tok_print(arctypemap, cur_peek(&c, 2), "%02x");
			out_fmt(" %u: ", len);
		}
	}
	return arcnet_payload(d, c, len, type, hdrlen);
}
