/* dnsname.c - DNS names (RFC 1035 3.1, 4.1.4 compression; RFC 2673
 * bit-string labels) as tcpdump 4.99 prints them: a core printer, since
 * ICMPv6's DNSSL option carries names; the messages are print-domain.c's.
 */
#include "decode.h"
#include "dns.h"
#include "out.h"

bool dns_printn(const struct dns *s, unsigned off, unsigned n)
{
	while (n > 0 && off < s->cap) {
		n--;
		decode_char(u8(s, off++));
	}
	return n == 0;
}

/* The length of the label at off, -1 on a bad one. */
static int labellen(const struct dns *s, unsigned off)
{
	unsigned i, bitlen;

	if (!has(s, off, 1))
		return BAD;
	i = u8(s, off);
	if ((i & INDIR_MASK) == EDNS0_MASK) {
		if ((i & ~INDIR_MASK) != EDNS0_ELT_BITLABEL) {
			out_fmt("<ELT %d>", (int)(i & ~INDIR_MASK));
			return BAD;
		}
		if (!has(s, off + 1, 1))
			return BAD;
		bitlen = u8(s, off + 1);
		if (!bitlen)
			bitlen = 256;
		return (int)((bitlen + 7) / 8 + 1);
	}
	if ((i & INDIR_MASK) == RESERVED_MASK) {
		out_str("<BAD LABEL TYPE>");
		return BAD;
	}
	return (int)i;
}

int dns_name_skip(const struct dns *s, unsigned off)
{
	unsigned i;

	if (!has(s, off, 1))
		return BAD;
	i = u8(s, off++);
	while (i) {
		switch (i & INDIR_MASK) {
		case INDIR_MASK:
			return (int)off + 1;
		case EDNS0_MASK: {
			unsigned bitlen;

			if ((i & ~INDIR_MASK) != EDNS0_ELT_BITLABEL ||
			    !has(s, off, 1))
				return BAD;
			bitlen = u8(s, off);
			if (!bitlen)
				bitlen = 256;
			off += 1 + (bitlen + 7) / 8;
			break;
		}
		case RESERVED_MASK:
			return BAD;
		default:
			off += i;
			break;
		}
		if (!has(s, off, 1))
			return BAD;
		i = u8(s, off++);
	}
	return (int)off;
}

/* An EDNS0 bit-string label (RFC 2673) as \[xHEX/BITS]. */
static int blabel_print(const struct dns *s, unsigned off)
{
	unsigned bitlen, slen, b, p, lim;

	if (!has(s, off, 1))
		return BAD;
	bitlen = u8(s, off);
	if (!bitlen)
		bitlen = 256;
	slen = (bitlen + 3) / 4;
	lim = off + 1 + slen;
	out_str("\\[x");
	for (p = off + 1, b = bitlen; p < lim && b > 7; b -= 8, p++) {
		if (!has(s, p, 1))
			goto cut;
		out_fmt("%02x", u8(s, p));
	}
	if (b > 0 && !has(s, p, 1))
		goto cut;
	if (b > 4)
		out_fmt("%02x", u8(s, p) & (0xff << (8 - b)));
	else if (b > 0)
		out_fmt("%1x", ((u8(s, p) >> 4) & 0x0f) & (0x0f << (4 - b)));
	out_fmt("/%u]", bitlen);
	return (int)lim;
cut:
	s->d->cut = true;	/* tcpdump's read gives up on the packet */
	return BAD;
}

int dns_name_print(const struct dns *s, unsigned off)
{
	unsigned i, max_off = off - s->nbase, name_chars = 0;
	int l, rp = BAD;
	bool compress = false;

	if ((l = labellen(s, off)) == BAD || !has(s, off, 1))
		return BAD;
	i = u8(s, off++);
	if ((i & INDIR_MASK) != INDIR_MASK)
		rp = (int)off + l;
	if (i == 0) {
		out_char('.');
		return rp;
	}
	while (i && off < s->cap) {
		if ((i & INDIR_MASK) == INDIR_MASK) {
			unsigned to;

			if (!compress) {
				rp = (int)off + 1;
				compress = true;
			}
			if (!has(s, off, 1))
				return BAD;
			to = ((i << 8) | u8(s, off)) & 0x3fff;
			if (to >= max_off) {
				out_str("<BAD PTR>");
				return BAD;
			}
			max_off = to;
			off = s->nbase + to;
			if (!has(s, off, 1))
				return BAD;
			i = u8(s, off);
			if ((l = labellen(s, off)) == BAD)
				return BAD;
			off++;
			continue;
		}
		if ((i & INDIR_MASK) == EDNS0_MASK) {
			if ((i & ~INDIR_MASK) != EDNS0_ELT_BITLABEL) {
				out_fmt("<ELT %d>", (int)(i & ~INDIR_MASK));
				return BAD;
			}
			if (blabel_print(s, off) == BAD)
				return BAD;
		} else if (name_chars + (unsigned)l <= MAXCDNAME) {
			if (!dns_printn(s, off, (unsigned)l))
				return BAD;
		} else if (name_chars < MAXCDNAME) {
			if (!dns_printn(s, off, MAXCDNAME - name_chars))
				return BAD;
		}
		if ((i & INDIR_MASK) != EDNS0_MASK)
			name_chars += (unsigned)l;
		off += (unsigned)l;
		if (name_chars <= MAXCDNAME)
			out_char('.');
		name_chars++;
		if (!has(s, off, 1))
			return BAD;
		i = u8(s, off);
		if ((l = labellen(s, off)) == BAD)
			return BAD;
		off++;
		if (!compress)
			rp += l + 1;
	}
	if (name_chars > MAXCDNAME)
		out_str("<DOMAIN NAME TOO LONG>");
	return rp;
}

int domain_name_print(struct dctx *d, struct cursor base, unsigned off)
{
	struct dns s = { d, base, (unsigned)cur_left(&base), 0, false };

	return dns_name_print(&s, off);
}
