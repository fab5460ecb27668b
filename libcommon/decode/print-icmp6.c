/* print-icmp6.c - ICMPv6 (RFC 4443) and neighbour discovery (RFC 4861).
 * Output as tcpdump 4.99 print-icmp6.c.
 */
#include "decode.h"
#include "ip.h"
#include "out.h"

static const struct tok icmp6_type_values[] = {
	{ 1, "destination unreachable" },
	{ 2, "packet too big" },
	{ 3, "time exceeded in-transit" },
	{ 4, "parameter problem" },
	{ 128, "echo request" },
	{ 129, "echo reply" },
	{ 130, "multicast listener query" },
	{ 131, "multicast listener report" },
	{ 132, "multicast listener done" },
	{ 133, "router solicitation" },
	{ 134, "router advertisement" },
	{ 135, "neighbor solicitation" },
	{ 136, "neighbor advertisement" },
	{ 137, "redirect" },
	{ 143, "multicast listener report v2" },
	{ 0, NULL }
};

static const struct tok unreach_code_values[] = {
	{ 0, "unreachable route" },
	{ 1, "unreachable prohibited" },
	{ 2, "beyond scope" },
	{ 3, "unreachable address" },
	{ 4, "unreachable port" },
	{ 5, "failed source address policy" },
	{ 6, "reject route" },
	{ 0, NULL }
};

/* The quoted packet: "ADDR PROTO port PORT" as tcpdump's icmp6_print. */
static void quoted_print(struct dctx *d, struct cursor q)
{
	uint8_t dst[16];
	unsigned nh, dport;
	struct cursor t = q;

	cur_skip(&t, 6);
	nh = cur_u8(&t);
	cur_skip(&t, 1 + 16);
	cur_bytes(&t, dst, 16);
	cur_skip(&t, 2);
	dport = cur_be16(&t);
	if (cur_short(&t)) {
		decode_trunc(d, "icmp6");
		return;
	}
	decode_ip6addr(d, dst);
	if (nh == IPP_TCP)
		out_str(" tcp port ");
	else if (nh == IPP_UDP)
		out_str(" udp port ");
	else {
		out_fmt(" protocol %u", nh);
		return;
	}
	decode_port(d, dport, nh == IPP_UDP);
}

void icmp6_print(struct dctx *d, struct cursor c, unsigned len,
		 const struct ipinfo *ip)
{
	struct cursor body = c;
	unsigned type, code;
	const char *name;
	uint8_t target[16];

	(void)ip;
	type = cur_u8(&c);
	code = cur_u8(&c);
	if (cur_short(&c)) {
		out_str("ICMP6");
		decode_trunc(d, "icmp6");
		return;
	}
	out_str("ICMP6, ");
	name = tok_str(icmp6_type_values, type);
	if (name)
		out_str(name);
	else
		out_fmt("unknown icmp6 type (%u)", type);
	cur_skip(&body, 4);
	switch (type) {
	case 1:
		out_str(", ");
		if (code == 4) {
			out_str("unreachable port, ");
			cur_skip(&body, 4);
			quoted_print(d, body);
		} else {
			const char *s = tok_str(unreach_code_values, code);
			uint8_t dst[16];
			struct cursor t = body;

			cur_skip(&t, 4 + 24);
			cur_bytes(&t, dst, 16);
			if (s) {
				out_str(s);
				out_char(' ');
			} else {
				out_fmt("unknown unreach code (%u)", code);
			}
			if (s && !cur_short(&t))
				decode_ip6addr(d, dst);
		}
		if (d->stop)
			return;
		break;
	case 128:
	case 129: {
		unsigned id = cur_be16(&body), seq = cur_be16(&body);

		if (cur_short(&body)) {
			decode_trunc(d, "icmp6");
			return;
		}
		out_fmt(", id %u, seq %u", id, seq);
		break;
	}
	case 135:
	case 136:
		if (type == 136)
			cur_skip(&body, 0);
		cur_skip(&body, 4);
		if (!cur_bytes(&body, target, 16)) {
			decode_trunc(d, "icmp6");
			return;
		}
		out_str(type == 135 ? ", who has " : ", tgt is ");
		decode_ip6addr(d, target);
		break;
	default:
		break;
	}
	out_fmt(", length %u", len);
}
