/* cursor.h - the only way decoders read packet bytes.
 *
 * A cursor is a window [p, end) over captured bytes. Every read checks
 * the window first; a read past the end returns 0, moves p to end and
 * marks the cursor short, so a truncated packet can never be over-read.
 * Decoders check cur_short() before printing what depended on the reads.
 */
#ifndef TCPBOX_CURSOR_H
#define TCPBOX_CURSOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct cursor {
	const uint8_t *p;
	const uint8_t *end;
	bool short_read;
};

static inline struct cursor cur_make(const uint8_t *p, size_t len)
{
	struct cursor c = { p, p + len, false };

	return c;
}

/* Bytes left in the window. */
static inline size_t cur_left(const struct cursor *c)
{
	return (size_t)(c->end - c->p);
}

static inline bool cur_short(const struct cursor *c)
{
	return c->short_read;
}

/* Are n bytes available from the current position? (no side effect) */
static inline bool cur_has(const struct cursor *c, size_t n)
{
	return cur_left(c) >= n;
}

static inline void cur_fail(struct cursor *c)
{
	c->p = c->end;
	c->short_read = true;
}

static inline uint8_t cur_u8(struct cursor *c)
{
	if (c->p >= c->end) {
		cur_fail(c);
		return 0;
	}
	return *c->p++;
}

static inline uint16_t cur_be16(struct cursor *c)
{
	if (c->end - c->p < 2) {
		cur_fail(c);
		return 0;
	}
	c->p += 2;
	return (uint16_t)(c->p[-2] << 8 | c->p[-1]);
}

static inline uint16_t cur_le16(struct cursor *c)
{
	if (c->end - c->p < 2) {
		cur_fail(c);
		return 0;
	}
	c->p += 2;
	return (uint16_t)(c->p[-1] << 8 | c->p[-2]);
}

static inline uint32_t cur_be24(struct cursor *c)
{
	if (c->end - c->p < 3) {
		cur_fail(c);
		return 0;
	}
	c->p += 3;
	return (uint32_t)c->p[-3] << 16 | (uint32_t)c->p[-2] << 8 | c->p[-1];
}

static inline uint32_t cur_be32(struct cursor *c)
{
	if (c->end - c->p < 4) {
		cur_fail(c);
		return 0;
	}
	c->p += 4;
	return (uint32_t)c->p[-4] << 24 | (uint32_t)c->p[-3] << 16 |
	       (uint32_t)c->p[-2] << 8 | c->p[-1];
}

static inline uint32_t cur_le32(struct cursor *c)
{
	if (c->end - c->p < 4) {
		cur_fail(c);
		return 0;
	}
	c->p += 4;
	return (uint32_t)c->p[-1] << 24 | (uint32_t)c->p[-2] << 16 |
	       (uint32_t)c->p[-3] << 8 | c->p[-4];
}

static inline uint64_t cur_be64(struct cursor *c)
{
	uint64_t hi = cur_be32(c);

	return hi << 32 | cur_be32(c);
}

/* Copy n bytes out; on a short window copies nothing (dst zeroed). */
static inline bool cur_bytes(struct cursor *c, void *dst, size_t n)
{
	if (cur_left(c) < n) {
		memset(dst, 0, n);
		cur_fail(c);
		return false;
	}
	memcpy(dst, c->p, n);
	c->p += n;
	return true;
}

static inline bool cur_skip(struct cursor *c, size_t n)
{
	if (cur_left(c) < n) {
		cur_fail(c);
		return false;
	}
	c->p += n;
	return true;
}

/* Byte at offset off from the position, without moving; 0 if outside. */
static inline uint8_t cur_peek(const struct cursor *c, size_t off)
{
	return off < cur_left(c) ? c->p[off] : 0;
}

/* The one's-complement sum (RFC 1071, not folded) of the next n bytes
 * read as big-endian 16-bit words, an odd last byte padded with zero;
 * bytes past the window count as zero. Does not move the cursor. */
static inline uint64_t cur_sum16(const struct cursor *c, size_t n)
{
	const uint8_t *p = c->p;
	uint64_t s = 0;

	if (n > cur_left(c))
		n = cur_left(c);
	for (; n >= 8; n -= 8, p += 8)
		s += (uint32_t)(p[0] << 8 | p[1]) + (uint32_t)(p[2] << 8 | p[3]) +
		     (uint32_t)(p[4] << 8 | p[5]) + (uint32_t)(p[6] << 8 | p[7]);
	for (; n >= 2; n -= 2, p += 2)
		s += (uint32_t)(p[0] << 8 | p[1]);
	if (n)
		s += (uint32_t)p[0] << 8;
	return s;
}

/* Big-endian 16/32-bit values at offset off from the position, without
 * moving; bytes outside the window read as 0 (check cur_has first when
 * that matters). */
static inline uint16_t cur_peek_be16(const struct cursor *c, size_t off)
{
	return (uint16_t)(cur_peek(c, off) << 8 | cur_peek(c, off + 1));
}

static inline uint32_t cur_peek_be32(const struct cursor *c, size_t off)
{
	return (uint32_t)cur_peek_be16(c, off) << 16 | cur_peek_be16(c, off + 2);
}

/* A child window of the next n bytes (fewer if the capture ended first:
 * the child then reads short at its end). The parent moves past them. */
static inline struct cursor cur_sub(struct cursor *c, size_t n)
{
	struct cursor s = *c;

	if (cur_left(c) >= n) {
		s.end = c->p + n;
		c->p += n;
	} else {
		c->p = c->end;
	}
	s.short_read = false;
	return s;
}

#endif
