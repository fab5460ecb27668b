/* print-tcp-opt.c - TCP options: RFC 9293 (eol, nop, mss), RFC 7323
 * (wscale, TS), RFC 2018 (SACK), RFC 5482 (UTO), RFC 5925 (TCP-AO),
 * RFC 7413 and RFC 6994 (TFO, experimental), RFC 2385 (md5).
 * Output as tcpdump 4.99 print-tcp.c.
 * MPTCP (RFC 8684) is in print-mptcp.c.
 */
#include "decode.h"
#include "out.h"
#include "tcp.h"

enum {
	OPT_EOL = 0, OPT_NOP = 1, OPT_MSS = 2, OPT_WSCALE = 3, OPT_SACKOK = 4,
	OPT_SACK = 5, OPT_ECHO = 6, OPT_ECHOREPLY = 7, OPT_TS = 8, OPT_CC = 11, OPT_CCNEW = 12,
	OPT_CCECHO = 13, OPT_MD5 = 19, OPT_SCPS = 20, OPT_UTO = 28,
	OPT_TCPAO = 29, OPT_MPTCP = 30, OPT_TFO = 34, OPT_EXP2 = 254,
	TCP_SIGLEN = 16,
};

static const struct tok tcp_option_values[] = {
	{ OPT_EOL, "eol" },
	{ OPT_NOP, "nop" },
	{ OPT_MSS, "mss" },
	{ OPT_WSCALE, "wscale" },
	{ OPT_SACKOK, "sackOK" },
	{ OPT_SACK, "sack" },
	{ OPT_ECHO, "echo" },
	{ OPT_ECHOREPLY, "echoreply" },
	{ OPT_TS, "TS" },
	{ OPT_CC, "cc" },
	{ OPT_CCNEW, "ccnew" },
	{ OPT_CCECHO, "" },
	{ OPT_MD5, "md5" },
	{ OPT_SCPS, "scps" },
	{ OPT_UTO, "uto" },
	{ OPT_TCPAO, "tcp-ao" },
	{ OPT_MPTCP, "mptcp" },
	{ OPT_TFO, "tfo" },
	{ OPT_EXP2, "exp" },
	{ 0, NULL }
};

/* OPT_TRUNC: the capture ended inside an option's data (tcpdump checks
 * and prints the marker itself); OPT_CUT: it ended at an option's kind
 * or length byte (tcpdump's read gives up on the whole packet). */
enum { OPT_OK = 0, OPT_BAD = -1, OPT_TRUNC = -2, OPT_CUT = -3 };

static void tfo_print(struct cursor c, unsigned n, bool exp,
		      struct dctx *d)
{
	unsigned i;

	if (exp)
		out_str("tfo");
	if (n == 0) {
		out_str(" cookiereq");
	} else if (n % 2 || n < 4 || n > 16) {
		decode_invalid(d);
		d->stop = false;
	} else {
		out_str(" cookie ");
		for (i = 0; i < n; i++)
			out_hex(cur_u8(&c), 2);
	}
}

/* Print one option's data (n bytes in c, all captured); the caller has
 * printed the name. Returns OPT_* */
static int opt_data(struct dctx *d, unsigned opt, struct cursor c,
		    unsigned n, const struct tcp_conn *conn)
{
	unsigned i, v;

	switch (opt) {
	case OPT_MSS:
		out_char(' ');
		out_uint(cur_be16(&c), 0);
		break;
	case OPT_WSCALE:
		out_char(' ');
		out_uint(cur_u8(&c), 0);
		break;
	case OPT_SACK:
		if (n % 8) {
			out_str(" invalid sack");
			break;
		}
		out_fmt(" %u ", n / 8);
		for (i = 0; i < n; i += 8) {
			uint32_t s, e;

			/* tcpdump checks each block after the count */
			if (!cur_has(&c, 8))
				return OPT_TRUNC;
			s = cur_be32(&c);
			e = cur_be32(&c);
			uint32_t base = conn->rev ? conn->seq_base :
						    conn->ack_base;

			out_fmt("{%u:%u}", s - base, e - base);
		}
		break;
	case OPT_ECHO:
	case OPT_ECHOREPLY:
	case OPT_CC:
	case OPT_CCNEW:
	case OPT_CCECHO:
		out_fmt(" %u", cur_be32(&c));
		break;
	case OPT_TS:
		out_str(" val ");
		out_uint(cur_be32(&c), 0);
		out_str(" ecr ");
		out_uint(cur_be32(&c), 0);
		break;
	case OPT_MD5:
		/* tcpdump cannot check without the -M secret, which
		 * tcpbox refuses */
		out_str(conn->whole ? " shared secret not supplied with -M, " :
				      " snaplen too short, ");
		out_str("can't check - ");
		for (i = 0; i < TCP_SIGLEN; i++)
			out_hex(cur_u8(&c), 2);
		break;
	case OPT_SCPS:
		v = cur_u8(&c);
		out_fmt(" cap %02x id %u", v, cur_u8(&c));
		break;
	case OPT_UTO:
		v = cur_be16(&c);
		out_fmt(" 0x%x", v);
		out_fmt(" %u", v & 1 ? (v >> 1) * 60 : v >> 1);
		break;
	case OPT_TFO:
		out_char(' ');
		tfo_print(c, n, false, d);
		break;
	case OPT_MPTCP:
		if (mptcp_print(d, c, n + 2, conn->flags) < 0)
			return OPT_BAD;
		break;
	case OPT_EXP2:
		if (n < 2)
			return OPT_BAD;
		v = cur_be16(&c);
		out_char('-');
		if (v == 0xf989)
			tfo_print(c, n - 2, true, d);
		else
			out_fmt("%04x", v);
		break;
	default:
		if (n)
			out_str(" 0x");
		for (i = 0; i < n; i++)
			out_hex(cur_u8(&c), 2);
		break;
	}
	return OPT_OK;
}

/* How many data bytes tcpdump expects for an option of total length len
 * (checked against what is left before printing anything of it). */
static unsigned opt_datalen(unsigned opt, unsigned len)
{
	switch (opt) {
	case OPT_EOL:
	case OPT_NOP:
	case OPT_SACKOK:
		return 0;
	case OPT_MSS:
	case OPT_SCPS:
	case OPT_UTO:
		return 2;
	case OPT_WSCALE:
		return 1;
	case OPT_ECHO:
	case OPT_ECHOREPLY:
	case OPT_CC:
	case OPT_CCNEW:
	case OPT_CCECHO:
		return 4;
	case OPT_TS:
		return 8;
	case OPT_MD5:
		return TCP_SIGLEN;
	default:
		return len - 2;
	}
}

/* TCP-AO and unknown options are printed a byte at a time, so a capture
 * that ends inside them shows the bytes it has, then the marker. */
static int opt_bytewise(unsigned opt, struct cursor *c, unsigned datalen)
{
	unsigned i = 0;

	if (opt == OPT_TCPAO) {
		unsigned v = cur_u8(c);

		if (cur_short(c))
			return OPT_TRUNC;
		out_fmt(" keyid %u", v);
		v = cur_u8(c);
		if (cur_short(c))
			return OPT_TRUNC;
		out_fmt(" rnextkeyid %u", v);
		i = 2;
		if (datalen > 2)
			out_str(" mac 0x");
	} else if (datalen) {
		out_str(" 0x");
	}
	for (; i < datalen; i++) {
		unsigned b = cur_u8(c);

		if (cur_short(c))
			return OPT_TRUNC;
		out_hex(b, 2);
	}
	return OPT_OK;
}

static bool opt_is_bytewise(unsigned opt)
{
	return opt_datalen(opt, 2) == 0 && opt != OPT_EOL && opt != OPT_NOP &&
	       opt != OPT_SACKOK && opt != OPT_SACK && opt != OPT_TFO &&
	       opt != OPT_EXP2 && opt != OPT_MPTCP;
}

static int opt_one(struct dctx *d, struct cursor *c, unsigned *hlen,
		   const struct tcp_conn *conn, unsigned *optp)
{
	unsigned opt, len, datalen, used;
	int r;

	if (!cur_has(c, 1))
		return OPT_CUT;
	opt = cur_u8(c);
	if (opt == OPT_EOL || opt == OPT_NOP) {
		len = 1;
	} else {
		if (!cur_has(c, 1))
			return OPT_CUT;
		len = cur_u8(c);
		if (len < 2 || len > *hlen)
			return OPT_BAD;
		--*hlen;
	}
	--*hlen;
	*optp = opt;
	tok_print(tcp_option_values, opt, "unknown-%u");
	datalen = opt_datalen(opt, len);
	if (opt == OPT_TCPAO && datalen < 2) {
		decode_invalid(d);
		d->stop = false;
		datalen = 0;
	} else if (opt_is_bytewise(opt)) {
		if (datalen > *hlen)
			return OPT_BAD;
		r = opt_bytewise(opt, c, datalen);
		if (r != OPT_OK)
			return r;
		*hlen -= datalen;
	} else if (datalen) {
		if (datalen > *hlen)
			return OPT_BAD;
		if (!cur_has(c, datalen) && opt != OPT_SACK)
			return OPT_TRUNC;
		r = opt_data(d, opt, cur_sub(c, datalen), datalen, conn);
		if (r != OPT_OK)
			return r == OPT_TRUNC ? r : OPT_BAD;
		*hlen -= datalen;
	} else if (opt == OPT_SACK || opt == OPT_TFO || opt == OPT_EXP2 ||
		   opt == OPT_MPTCP) {
		if (opt_data(d, opt, cur_sub(c, 0), 0, conn) != OPT_OK)
			return OPT_BAD;
	}
	used = datalen + 1 + (opt != OPT_EOL && opt != OPT_NOP);
	if (used != len)
		out_fmt("[len %u]", len);
	return OPT_OK;
}

int tcp_options_print(struct dctx *d, struct cursor c, unsigned len,
		      const struct tcp_conn *conn)
{
	bool first = true;
	unsigned opt = 0;
	/* tcpdump's marker names the last protocol that printed: MPTCP
	 * once an MPTCP option went by */
	const char *proto = "tcp";
	int r;

	out_str(", options [");
	while (len > 0) {
		if (!first)
			out_char(',');
		r = opt_one(d, &c, &len, conn, &opt);
		if (r == OPT_BAD) {
			out_str("[bad opt]");
			if (!first)
				out_char(']');
			return -1;
		}
		if (r == OPT_CUT) {
			decode_trunc_cut(d, proto);
			return -1;
		}
		if (r == OPT_TRUNC) {
			decode_trunc(d, proto);
			if (!first)
				out_char('>');
			return -1;
		}
		first = false;
		if (opt == OPT_MPTCP)
			proto = "mptcp";
		if (opt == OPT_EOL)
			break;
	}
	out_char(']');
	return 0;
}
