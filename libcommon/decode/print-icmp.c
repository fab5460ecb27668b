/* print-icmp.c - ICMP for IPv4 (RFC 792): echo, unreachable with the
 * quoted datagram, time exceeded, redirect, and the rest by name.
 * Output as tcpdump 4.99 print-icmp.c.
 */
#include "decode.h"
#include "ip.h"
#include "out.h"

enum {
	ICMP_ECHOREPLY = 0, ICMP_UNREACH = 3, ICMP_SOURCEQUENCH = 4,
	ICMP_REDIRECT = 5, ICMP_ECHO = 8, ICMP_TIMXCEED = 11,
	ICMP_PARAMPROB = 12, ICMP_TSTAMP = 13, ICMP_TSTAMPREPLY = 14,
	ICMP_MINLEN = 8,
};

static const struct tok icmp_type_values[] = {
	{ ICMP_ECHOREPLY, "echo reply" },
	{ ICMP_SOURCEQUENCH, "source quench" },
	{ ICMP_ECHO, "echo request" },
	{ 9, "router advertisement" },
	{ 10, "router solicitation" },
	{ ICMP_TSTAMP, "time stamp request" },
	{ ICMP_TSTAMPREPLY, "time stamp reply" },
	{ 15, "information request" },
	{ 16, "information reply" },
	{ 17, "address mask request" },
	{ 18, "address mask reply" },
	{ 0, NULL }
};

static const struct tok unreach_values[] = {
	{ 0, "net %s unreachable" },
	{ 1, "host %s unreachable" },
	{ 4, "%s unreachable - need to frag" },
	{ 5, "%s unreachable - source route failed" },
	{ 6, "%s unreachable - dest network unknown" },
	{ 7, "%s unreachable - dest host unknown" },
	{ 8, "%s unreachable - source host isolated" },
	{ 9, "net %s unreachable - admin prohibited" },
	{ 10, "host %s unreachable - admin prohibited" },
	{ 11, "net %s unreachable - tos prohibited" },
	{ 12, "host %s unreachable - tos prohibited" },
	{ 13, "host %s unreachable - admin prohibited filter" },
	{ 14, "host %s unreachable - host precedence violation" },
	{ 15, "host %s unreachable - precedence cutoff" },
	{ 0, NULL }
};

/* "%s" in an unreach_values format stands for the quoted destination. */
static void unreach_print(struct dctx *d, unsigned code, struct cursor q)
{
	uint8_t dst[4], src[4];
	unsigned hlen, proto, dport;
	struct cursor ip = q;
	const char *fmt, *pct;

	cur_skip(&ip, 9);
	proto = cur_u8(&ip);
	cur_skip(&ip, 2);
	cur_bytes(&ip, src, 4);
	cur_bytes(&ip, dst, 4);
	hlen = (cur_peek(&q, 0) & 15) * 4;
	if (cur_short(&ip)) {
		decode_trunc(d, "icmp");
		return;
	}
	if (code == 2) {
		decode_ip4addr(d, dst);
		out_fmt(" protocol %u unreachable", proto);
		return;
	}
	if (code == 3) {
		struct cursor t = q;

		cur_skip(&t, hlen + 2);
		dport = cur_be16(&t);
		if (cur_short(&t)) {
			decode_trunc(d, "icmp");
			return;
		}
		decode_ip4addr(d, dst);
		if (proto == IPP_TCP)
			out_str(" tcp port ");
		else if (proto == IPP_UDP)
			out_str(" udp port ");
		else
			out_fmt(" protocol %u port ", proto);
		decode_port(d, dport, proto == IPP_UDP);
		out_str(" unreachable");
		return;
	}
	fmt = tok_str(unreach_values, code);
	if (!fmt) {
		out_fmt("%s unreachable - #%u", "", code);
		return;
	}
	pct = fmt;
	while (pct[0] && !(pct[0] == '%' && pct[1] == 's'))
		pct++;
	out_mem(fmt, (size_t)(pct - fmt));
	decode_ip4addr(d, dst);
	if (*pct)
		out_str(pct + 2);
}

void icmp_print(struct dctx *d, struct cursor c, unsigned len,
		const struct ipinfo *ip)
{
	struct cursor body = c;
	unsigned type, code;
	const char *name;

	(void)ip;
	type = cur_u8(&c);
	code = cur_u8(&c);
	if (cur_short(&c)) {
		out_str("ICMP");
		decode_trunc(d, "icmp");
		return;
	}
	out_str("ICMP ");
	cur_skip(&body, 4);
	switch (type) {
	case ICMP_ECHO:
	case ICMP_ECHOREPLY: {
		unsigned id, seq;

		id = cur_be16(&body);
		seq = cur_be16(&body);
		if (cur_short(&body)) {
			out_str(type == ICMP_ECHO ? "echo request" :
						    "echo reply");
			decode_trunc(d, "icmp");
			return;
		}
		out_fmt("echo %s, id %u, seq %u",
			type == ICMP_ECHO ? "request" : "reply", id, seq);
		break;
	}
	case ICMP_UNREACH:
		cur_skip(&body, 4);
		unreach_print(d, code, body);
		if (d->stop)
			return;
		break;
	case ICMP_TIMXCEED:
		out_str(code == 0 ? "time exceeded in-transit" :
			code == 1 ? "ip reassembly time exceeded" :
				    "time exceeded-#");
		if (code > 1)
			out_uint(code, 0);
		break;
	default:
		name = tok_str(icmp_type_values, type);
		if (name)
			out_str(name);
		else
			out_fmt("type-#%u", type);
		break;
	}
	out_fmt(", length %u", len);
}
