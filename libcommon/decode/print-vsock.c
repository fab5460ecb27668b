/* print-vsock.c - Linux vsock monitor frames (DLT_VSOCK, vsockmon).
 *
 *   | src cid (8) | dst cid (8) | src port | dst port | op (2) |
 *   | transport (2) | transport header length (2) | reserved (2) |
 *   virtio: | cids, ports | len | type (2) | op (2) | flags | buf_alloc |
 *   fwd_cnt |   (all little-endian)
 * Output as tcpdump 4.99 print-vsock.c.
 */
#include <pcap/dlt.h>

#include "decode.h"
#include "out.h"
#include "table.h"

enum {
	VSOCKMON_HDR_LEN = 32,
	VIRTIO_HDR_LEN = 44,
	TRANSPORT_VIRTIO = 2,
	OP_PAYLOAD = 4,
};

static const struct tok vsock_transport[] = {
	{ 0, "UNKNOWN" },
	{ 1, "NO_INFO" },
	{ 2, "VIRTIO" },
	{ 0, NULL }
};

static const struct tok vsock_op[] = {
	{ 0, "UNKNOWN" },
	{ 1, "CONNECT" },
	{ 2, "DISCONNECT" },
	{ 3, "CONTROL" },
	{ 4, "PAYLOAD" },
	{ 0, NULL }
};

static const struct tok virtio_type[] = {
	{ 1, "STREAM" },
	{ 0, NULL }
};

static const struct tok virtio_op[] = {
	{ 0, "INVALID" },
	{ 1, "REQUEST" },
	{ 2, "RESPONSE" },
	{ 3, "RST" },
	{ 4, "SHUTDOWN" },
	{ 5, "RW" },
	{ 6, "CREDIT UPDATE" },
	{ 7, "CREDIT REQUEST" },
	{ 0, NULL }
};

static unsigned le16(struct cursor c, unsigned off)
{
	return cur_peek(&c, off) | cur_peek(&c, off + 1) << 8;
}

static uint32_t le32(struct cursor c, unsigned off)
{
	return le16(c, off) | (uint32_t)le16(c, off + 2) << 16;
}

static uint64_t le64(struct cursor c, unsigned off)
{
	return le32(c, off) | (uint64_t)le32(c, off + 4) << 32;
}

static void virtio_print(struct cursor h)
{
	out_fmt(" (len %u, type ", le32(h, 24));
	tok_print(virtio_type, le16(h, 28), "Invalid type (%u)");
	out_str(", op ");
	tok_print(virtio_op, le16(h, 30), "Invalid op (%u)");
	out_fmt(", flags %x, buf_alloc %u, fwd_cnt %u)", le32(h, 32),
		le32(h, 36), le32(h, 40));
}

static unsigned transport_len(unsigned transport)
{
	return transport == TRANSPORT_VIRTIO ? VIRTIO_HDR_LEN : 0;
}

DECODE_DLT(DLT_VSOCK, vsock_if_print)

unsigned vsock_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned caplen = (unsigned)cur_left(&c), transport, op, total;
	bool cut = false;
	struct cursor p = c;

	(void)len;
	if (caplen < VSOCKMON_HDR_LEN) {
		decode_trunc(d, "vsock");
		return caplen;
	}
	transport = le16(c, 26);
	op = le16(c, 24);
	total = VSOCKMON_HDR_LEN + transport_len(transport);
	tok_print(vsock_transport, transport, "Invalid transport (%u)");
	if (d->vflag) {
		cut = caplen < total;
		if (!cut && transport == TRANSPORT_VIRTIO) {
			cur_skip(&p, VSOCKMON_HDR_LEN);
			virtio_print(p);
		}
		if (!cut)
			out_str("\n\t");
	} else {
		out_char(' ');
	}
	out_fmt("%llu.%u > %llu.%u ", (unsigned long long)le64(c, 0),
		le32(c, 16), (unsigned long long)le64(c, 8), le32(c, 20));
	tok_print(vsock_op, op, " invalid op (%u)");
	out_fmt(", length %u", caplen);
	if (!cut && d->vflag > 1 && op == OP_PAYLOAD) {
		if (caplen > total) {
			out_char('\n');
			p = c;
			cur_skip(&p, total);
			decode_hex_ident(p, caplen - total, "\t");
		} else {
			cut = true;
		}
	}
	if (cut)
		decode_trunc(d, "vsock");
	return VSOCKMON_HDR_LEN;
}
