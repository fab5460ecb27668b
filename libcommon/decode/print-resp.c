/* print-resp.c - RESP, the Redis serialization protocol.
 *
 *   +simple\r\n  -error\r\n  :integer\r\n  $len\r\n<bytes>\r\n
 *   *count\r\n<elements>  and inline commands ending in \r or \n
 * Output as tcpdump 4.99 print-resp.c: every string quoted, pipelined
 * messages one after the other, " [|resp]" where a message is cut or
 * cannot be parsed further.
 */
#include <limits.h>

#include "decode.h"
#include "out.h"
#include "table.h"

/* Lengths resp_length returns besides a count. */
enum { L_NULL = -1, L_TRUNC = -2, L_TOO_LARGE = -3, L_NEGATIVE = -4,
       L_INVALID = -5 };

/* Parser state: the payload, the position and what is left of len. */
struct rp {
	struct cursor c;
	unsigned off;
	int left;
	bool cut;	/* a message's type byte was not captured */
};

static bool have(const struct rp *r, int n)
{
	return r->left >= n && cur_has(&r->c, r->off + (unsigned)n);
}

static int ch(const struct rp *r, unsigned k)
{
	return cur_peek(&r->c, r->off + k);
}

static void step(struct rp *r, int n)
{
	r->off += (unsigned)n;
	r->left -= n;
}

static bool segment(const struct rp *r, unsigned off, unsigned n)
{
	out_str(" \"");
	for (; n; n--, off++) {
		if (!cur_has(&r->c, off + 1))
			return false;
		decode_char(cur_peek(&r->c, off));
	}
	out_char('"');
	return true;
}

/* Offset from the position of the next \r\n, or -1 when cut. */
static int find_crlf(const struct rp *r)
{
	struct rp t = *r;
	int k = 0;

	for (;; k++, step(&t, 1)) {
		if (!have(&t, 2))
			return -1;
		if (ch(&t, 0) == '\r' && ch(&t, 1) == '\n')
			return k;
	}
}

/* L_TRUNC, noting when tcpdump's byte read gave up on the packet (the
 * length says there is more, the capture has ended). */
static int length_trunc(struct rp *r)
{
	r->cut = r->left >= 1;
	return L_TRUNC;
}

/* A bulk string or array length with its \r\n; moves past what it
 * read, also when it is invalid. */
static int resp_length(struct rp *r)
{
	int result = 0, c;
	bool neg = false, digit = false, large = false;

	if (!have(r, 1))
		return length_trunc(r);
	if (ch(r, 0) == '-') {
		neg = true;
		step(r, 1);
	}
	for (;;) {
		if (!have(r, 1))
			return length_trunc(r);
		c = ch(r, 0);
		if (c < '0' || c > '9') {
			if (!digit) {
				step(r, 1);
				return L_INVALID;
			}
			break;
		}
		c -= '0';
		if (result > INT_MAX / 10)
			large = true;
		else if (result == INT_MAX / 10 * 10 && c > INT_MAX % 10)
			large = true;
		else
			result = result * 10 + c;
		step(r, 1);
		digit = true;
	}
	step(r, 1);
	if (c != '\r')
		return L_INVALID;
	if (!have(r, 1))
		return length_trunc(r);
	c = ch(r, 0);
	step(r, 1);
	if (c != '\n')
		return L_INVALID;
	if (neg)
		return large || result != 1 ? L_NEGATIVE : L_NULL;
	return large ? L_TOO_LARGE : result;
}

/* The words for a length that is not a count; false: give up. */
static bool length_note(int n)
{
	switch (n) {
	case L_NULL: out_str(" null"); break;
	case L_TRUNC: return false;
	case L_TOO_LARGE: out_str(" length too large"); break;
	case L_NEGATIVE: out_str(" length negative and not -1"); break;
	default: out_str(" invalid"); break;
	}
	return true;
}

static bool resp_parse(struct rp *r);

static bool simple_print(struct rp *r)
{
	int n;

	step(r, 1);
	n = find_crlf(r);
	if (n < 0 || !segment(r, r->off, (unsigned)n))
		return false;
	step(r, n + 2);
	return true;
}

static bool bulk_print(struct rp *r)
{
	int n, k;

	step(r, 1);
	n = resp_length(r);
	if (n < 0)
		return length_note(n);
	if (n == 0) {
		out_str(" empty");
	} else {
		if (!have(r, n) || !segment(r, r->off, (unsigned)n))
			return false;
		step(r, n);
	}
	k = find_crlf(r);
	if (k < 0)
		return false;
	step(r, k + 2);
	return true;
}

static bool array_print(struct rp *r)
{
	int n, i;

	step(r, 1);
	n = resp_length(r);
	if (n == 0) {
		out_str(" empty");
		return true;
	}
	if (n < 0)
		return length_note(n);
	for (i = 0; i < n; i++)
		if (!resp_parse(r))
			return false;
	return true;
}

/* Skip \r and \n; false when the data ends before any was seen. */
static bool skip_eols(struct rp *r)
{
	bool seen = false;

	for (;;) {
		if (!have(r, 1))
			return seen;
		if (ch(r, 0) != '\r' && ch(r, 0) != '\n')
			return true;
		seen = true;
		step(r, 1);
	}
}

static bool inline_print(struct rp *r)
{
	struct rp t;
	int n = 0;

	if (have(r, 1) && (ch(r, 0) == '\r' || ch(r, 0) == '\n') &&
	    !skip_eols(r))
		return false;
	if (!have(r, 1)) {
		/* tcpdump read on past the line ends */
		r->cut = r->left >= 1;
		return false;
	}
	for (t = *r;; n++, step(&t, 1)) {
		if (!have(&t, 1)) {
			/* tcpdump reads each byte: a cut one gives up on
			 * the packet */
			r->cut = t.left >= 1;
			return false;
		}
		if (ch(&t, 0) == '\r' || ch(&t, 0) == '\n')
			break;
	}
	if (!segment(r, r->off, (unsigned)n))
		return false;
	step(r, n);
	return skip_eols(r);
}

static bool resp_parse(struct rp *r)
{
	if (!have(r, 1)) {
		/* tcpdump's read of the type byte gives up on the packet */
		r->cut = r->left >= 1;
		return false;
	}
	switch (ch(r, 0)) {
	case '+': case '-': case ':': return simple_print(r);
	case '$': return bulk_print(r);
	case '*': return array_print(r);
	default: return inline_print(r);
	}
}

DECODE_PORT(TCP, 60, 6379, 6379, PORT_EITHER, resp_print)
DECODE_PT("resp", TCP, resp_print)

void resp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct l4info *l4 DECODE_UNUSED)
{
	struct rp r = { c, 0, (int)len, false };

	if (!len)
		return;
	out_str(": RESP");
	while (r.left > 0) {
		if (!resp_parse(&r)) {
			if (r.cut)
				decode_trunc_cut(d, "resp");
			else
				decode_trunc(d, "resp");
			return;
		}
	}
}
