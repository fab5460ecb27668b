/* print-sctp.c - SCTP (RFC 9260): the common header's ports and each
 * chunk: DATA with its payload protocol (M3UA at -vv, ForCES by port or
 * protocol id, else -vv hex), INIT, INIT ACK, SACK with its gaps and
 * duplicates, and the names of the others. Output as tcpdump 4.99
 * print-sctp.c, which does not check the CRC32c.
 */
#include "decode.h"
#include "out.h"
#include "sctp.h"
#include "table.h"

enum { HDR = 12, CHUNK = 4, PPID_M3UA = 3 };
enum { C_DATA, C_INIT, C_INIT_ACK, C_SACK };

static const struct tok chunk_names[] = {
	{ 0x00, "DATA" }, { 0x01, "INIT" }, { 0x02, "INIT ACK" },
	{ 0x03, "SACK" }, { 0x04, "HB REQ" }, { 0x05, "HB ACK" },
	{ 0x06, "ABORT" }, { 0x07, "SHUTDOWN" }, { 0x08, "SHUTDOWN ACK" },
	{ 0x09, "OP ERR" }, { 0x0a, "COOKIE ECHO" }, { 0x0b, "COOKIE ACK" },
	{ 0x0c, "ECN ECHO" }, { 0x0d, "ECN CWR" },
	{ 0x0e, "SHUTDOWN COMPLETE" }, { 0xc0, "FOR CUM TSN" },
	{ 0xc1, "REL CTRL" }, { 0xc2, "REL CTRL ACK" },
	{ 0, NULL }
};

static const struct tok ppids[] = {
	{ 1, "ISDN Q.921" }, { 2, "M2UA" }, { 3, "M3UA" }, { 4, "SUA" },
	{ 5, "M2PA" }, { 6, "V5.2" }, { 7, "H.248" }, { 8, "BICC" },
	{ 9, "TALI" }, { 10, "DUA" }, { 11, "ASAP" }, { 12, "ENRP" },
	{ 13, "H.323" }, { 14, "Q.IPC" }, { 15, "SIMCO" }, { 16, "DDPSC" },
	{ 17, "DDPSSC" }, { 18, "S1AP" }, { 19, "RUA" }, { 20, "HNBAP" },
	{ 21, "ForCES HP" }, { 22, "ForCES MP" }, { 23, "ForCES LP" },
	{ 24, "SBc-AP" }, { 25, "NBAP" }, { 27, "X2AP" },
	{ 0, NULL }
};

static const struct tok forces_channels[] = {
	{ 6704, "ForCES HP" }, { 6705, "ForCES MP" }, { 6706, "ForCES LP" },
	{ 0, NULL }
};

/* One packet; offsets are from the common header. */
struct sc {
	struct dctx *d;
	struct cursor c;
	bool forces;	/* a ForCES port or payload protocol was seen */
};

static uint32_t be32(const struct sc *s, unsigned off)
{
	return cur_peek_be32(&s->c, off);
}

static unsigned be16(const struct sc *s, unsigned off)
{
	return cur_peek_be16(&s->c, off);
}

/* "bogus chunk length" ends the packet's decoding. */
static bool bogus(struct sc *s, unsigned chunk_len)
{
	out_fmt("bogus chunk length %u]", chunk_len);
	s->d->stop = true;
	return false;
}

/* A DATA chunk after its descriptor at off; rem: its bytes left. */
static bool data_chunk(struct sc *s, unsigned off, unsigned rem,
		       unsigned flags, unsigned chunk_len)
{
	struct cursor p = s->c;
	uint32_t ppid;

	if (flags & 4)
		out_str("(U)");
	if (flags & 2)
		out_str("(B)");
	if (flags & 1)
		out_str("(E)");
	if (flags & 7)
		out_char(' ');
	if (rem < 12)
		return bogus(s, chunk_len);
	ppid = be32(s, off + 8);
	out_fmt("[TSN: %u] [SID: %u] [SSEQ %u] [PPID ", be32(s, off),
		be16(s, off + 4), be16(s, off + 6));
	tok_print(ppids, ppid, "0x%x");
	out_str("] ");
	s->forces |= ppid >= 21 && ppid <= 23;
	if (rem == 12)
		return bogus(s, chunk_len);
	cur_skip(&p, off + 12);
	p = cur_sub(&p, rem - 12);
	if (s->forces) {
		forces_print(s->d, p, rem - 12);
	} else if (s->d->vflag >= 2 && ppid == PPID_M3UA) {
		m3ua_print(s->d, p, rem - 12);
	} else if (s->d->vflag >= 2) {
		out_str("[Payload:");
		decode_hex_ascii_ident(p, rem - 12, "\n\t");
		out_char(']');
	}
	return !s->d->stop;
}

static bool init_chunk(struct sc *s, unsigned off, unsigned rem,
		       unsigned chunk_len)
{
	if (rem < 16)
		return bogus(s, chunk_len);
	out_fmt("[init tag: %u] [rwnd: %u] [OS: %u] [MIS: %u] "
		"[init TSN: %u] ", be32(s, off), be32(s, off + 4),
		be16(s, off + 8), be16(s, off + 10), be32(s, off + 12));
	return true;
}

static bool sack_chunk(struct sc *s, unsigned off, unsigned rem,
		       unsigned chunk_len)
{
	uint32_t cum;
	unsigned gaps, dups, i;

	if (rem < 12)
		return bogus(s, chunk_len);
	cum = be32(s, off);
	gaps = be16(s, off + 8), dups = be16(s, off + 10);
	out_fmt("[cum ack %u] [a_rwnd %u] [#gap acks %u] [#dup tsns %u] ",
		cum, be32(s, off + 4), gaps, dups);
	off += 12, rem -= 12;
	for (i = 0; rem && i < gaps; i++, off += 4, rem -= 4) {
		if (rem < 4)
			return bogus(s, chunk_len);
		out_fmt("\n\t\t[gap ack block #%u: start = %u, end = %u] ",
			i + 1, cum + be16(s, off), cum + be16(s, off + 2));
	}
	for (i = 0; rem && i < dups; i++, off += 4, rem -= 4) {
		if (rem < 4)
			return bogus(s, chunk_len);
		out_fmt("\n\t\t[dup TSN #%u: %u] ", i + 1, be32(s, off));
	}
	return true;
}

/* The chunks after the common header; false when decoding stopped. */
static void chunks(struct sc *s, unsigned rem)
{
	const char *sep = s->d->vflag >= 2 ? "\n\t" : " (";
	unsigned off = HDR, n, clen, pad, type;
	bool ok = true;

	for (n = 1; rem && ok; n++) {
		if (rem < CHUNK) {
			out_fmt("%s%u) [chunk descriptor cut off at end of "
				"packet]", sep, n);
			return;
		}
		if (!cur_has(&s->c, off + CHUNK)) {
			decode_trunc(s->d, "sctp");
			return;
		}
		clen = be16(s, off + 2);
		if (clen < CHUNK) {
			out_fmt("%s%u) [Bad chunk length %u, < size of chunk "
				"descriptor]", sep, n, clen);
			return;
		}
		pad = (4 - clen % 4) % 4;
		if (!cur_has(&s->c, (size_t)off + clen)) {
			decode_trunc(s->d, "sctp");
			return;
		}
		type = cur_peek(&s->c, off);
		out_fmt("%s%u) [", sep, n);
		tok_print(chunk_names, type, "Unknown chunk type: 0x%x");
		out_str("] ");
		if (type == C_DATA)
			ok = data_chunk(s, off + CHUNK, clen - CHUNK,
					cur_peek(&s->c, off + 1), clen);
		else if (type == C_INIT || type == C_INIT_ACK)
			ok = init_chunk(s, off + CHUNK, clen - CHUNK, clen);
		else if (type == C_SACK)
			ok = sack_chunk(s, off + CHUNK, clen - CHUNK, clen);
		if (!ok || s->d->stop)
			return;
		if (s->d->vflag < 2)
			sep = ", (";
		if (!cur_has(&s->c, (size_t)off + clen + pad)) {
			decode_trunc(s->d, "sctp");
			return;
		}
		if (rem < clen + pad)
			return;
		off += clen + pad, rem -= clen + pad;
	}
}

void sctp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct ipinfo *ip)
{
	struct sc s = { .d = d, .c = c };
	unsigned sport, dport;

	if (len < HDR) {
		out_fmt("truncated-sctp - %u bytes missing!", HDR - len);
		return;
	}
	if (!cur_has(&c, HDR)) {
		decode_trunc(d, "sctp");
		return;
	}
	sport = be16(&s, 0), dport = be16(&s, 2);
	decode_ipaddr(d, ip->version, ip->src);
	out_fmt(".%u > ", sport);
	decode_ipaddr(d, ip->version, ip->dst);
	out_fmt(".%u: sctp", dport);
	if (tok_str(forces_channels, sport)) {
		out_fmt("[%s]", tok_str(forces_channels, sport));
		s.forces = true;
	}
	if (tok_str(forces_channels, dport)) {
		out_fmt("[%s]", tok_str(forces_channels, dport));
		s.forces = true;
	}
	chunks(&s, len - HDR);
}

DECODE_KEY(IPPROTO, 132, sctp_print)
