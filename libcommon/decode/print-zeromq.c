/* print-zeromq.c - ZMTP/1.0, the ZeroMQ message transport (13/ZMTP),
 * over TCP (-T zmtp1) and inside PGM data (-T pgm_zmtp1).
 *
 *   frame: | length (1 byte, or 0xff and 8 bytes) | flags | body |
 * Output as tcpdump 4.99 print-zeromq.c: each frame's lengths and flags,
 * with -v the first 128 body bytes in hex and ASCII (all with -vv).
 */
#include <inttypes.h>

#include "decode.h"
#include "out.h"
#include "table.h"
#include "zmtp.h"

enum { VBYTES = 128 };

/* One frame at off, ending before ep; the offset after it, or -1 when
 * the capture ended (the marker printed). */
static int64_t frame_print(struct dctx *d, struct cursor c, uint64_t off,
			   uint64_t ep)
{
	uint64_t declared, captured, hlen, printed;
	unsigned flags, b;

	out_str("\n\t");
	if (!cur_has(&c, off + 1))
		goto trunc;
	if (cur_peek(&c, off) != 0xff) {
		hlen = 1;
		declared = cur_peek(&c, off);
		out_fmt(" frame flags+body  (8-bit) length %" PRIu64, declared);
	} else {
		hlen = 9;
		out_str(" frame flags+body (64-bit) length");
		if (!cur_has(&c, off + 9))
			goto trunc;
		declared = (uint64_t)cur_peek_be32(&c, off + 1) << 32 |
			   cur_peek_be32(&c, off + 5);
		out_fmt(" %" PRIu64, declared);
	}
	if (declared == 0)
		return (int64_t)(off + hlen);
	if (!cur_has(&c, off + hlen + 1))
		goto trunc;
	flags = cur_peek(&c, off + hlen);
	captured = ep - off - hlen;
	if (declared > captured)
		out_fmt(" (%" PRIu64 " captured)", captured);
	out_fmt(", flags 0x%02x", flags);
	if (d->vflag) {
		out_str(" (");
		for (b = 0x80; b; b >>= 1)
			out_fmt("%s%s", b == 0x80 ? "" : "|",
				!(flags & b) ? "-" : b == 1 ? "MORE" : "MBZ");
		out_char(')');
		printed = declared < captured ? declared : captured;
		if (d->vflag == 1 && printed > VBYTES + 1)
			printed = VBYTES + 1;
		if (printed > 1) {
			struct cursor body = c;

			out_fmt(", first %" PRIu64 " byte(s) of body:", printed - 1);
			cur_skip(&body, (size_t)(off + hlen + 1));
			decode_hex_ascii_ident(body, (unsigned)(printed - 1), "\n\t ");
		}
	}
	off += hlen;
	if (declared > cur_left(&c) - off)
		goto trunc;
	return (int64_t)(off + declared);
trunc:
	decode_trunc_cut(d, "zmtp1");
	return -1;
}

static void frames_print(struct dctx *d, struct cursor c, uint64_t off,
			 uint64_t ep)
{
	int64_t next;

	while (off < ep) {
		next = frame_print(d, c, off, ep);
		if (next < 0)
			return;
		off = (uint64_t)next;
	}
}

static uint64_t end_of(struct cursor c, unsigned len)
{
	return len < cur_left(&c) ? len : cur_left(&c);
}

DECODE_PT("zmtp1", TCP, zmtp1_print)

void zmtp1_print(struct dctx *d, struct cursor c, unsigned len,
		 const struct l4info *l4 DECODE_UNUSED)
{
	out_str(": ZMTP/1.0");
	frames_print(d, c, 0, end_of(c, len));
}

void zmtp1_datagram_print(struct dctx *d, struct cursor c, unsigned len)
{
	uint64_t ep = end_of(c, len);
	unsigned offset, remaining, printed;

	if (!cur_has(&c, 2)) {
		decode_trunc_cut(d, "zmtp1");
		return;
	}
	offset = cur_peek_be16(&c, 0);
	out_fmt("\n\t frame offset 0x%04x", offset);
	remaining = (unsigned)cur_left(&c) - 2;
	if (offset == 0xffff) {
		offset = len - 2;
	} else if (2 + offset > len) {
		out_str(" (exceeds datagram declared length)");
		decode_trunc_cut(d, "zmtp1");
		return;
	}
	if (offset) {
		out_fmt("\n\t frame intermediate part, %u bytes", offset);
		if (offset > remaining)
			out_fmt(" (%u captured)", remaining);
		if (d->vflag) {
			struct cursor body = c;

			printed = offset < remaining ? offset : remaining;
			if (d->vflag == 1 && printed > VBYTES)
				printed = VBYTES;
			if (printed > 1) {
				out_fmt(", first %u byte(s):", printed);
				cur_skip(&body, 2);
				decode_hex_ascii_ident(body, printed, "\n\t ");
			}
		}
	}
	frames_print(d, c, 2 + (uint64_t)offset, ep);
}
