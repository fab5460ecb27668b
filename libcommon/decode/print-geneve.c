/* print-geneve.c - Geneve (RFC 8926).
 *
 *   | ver:2 opt len:6 | O C rsvd:6 | protocol type (2) |
 *   | VNI (3) | reserved |  options: | class (2) | type | R R R len:5 |
 * Output as tcpdump 4.99 print-geneve.c; option data at -vv.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

DECODE_PORT(UDP, 460, 6081, 6081, PORT_EITHER, geneve_print)

enum { GENEVE_HDR_LEN = 8, ETHERTYPE_TEB = 0x6558 };

static const struct tok geneve_flag_values[] = {
	{ 0x80, "O" }, { 0x40, "C" }, { 0x20, "R1" }, { 0x10, "R2" },
	{ 0x08, "R3" }, { 0x04, "R4" }, { 0x02, "R5" }, { 0x01, "R6" },
	{ 0, NULL }
};

static const struct tok opt_class_values[] = {
	{ 0x0100, "Linux" }, { 0x0101, "Open vSwitch" },
	{ 0x0102, "Open Virtual Networking (OVN)" },
	{ 0x0103, "In-band Network Telemetry (INT)" }, { 0x0104, "VMware" },
	{ 0, NULL }
};

static const char *opt_class_name(unsigned cls)
{
	const char *s = tok_str(opt_class_values, cls);

	if (s)
		return s;
	if (cls <= 0x00ff)
		return "Standard";
	return cls >= 0xfff0 ? "Experimental" : "Unknown";
}

static bool geneve_opts_print(struct dctx *d, struct cursor c, unsigned len)
{
	const char *sep = "";

	while (len > 0) {
		unsigned cls = cur_be16(&c), type = cur_u8(&c);
		unsigned olen = 4 + (cur_u8(&c) & 0x1f) * 4, i;

		out_str(sep);
		sep = ", ";
		if (cur_short(&c))
			return false;
		out_fmt("class %s (0x%x) type 0x%x%s len %u", opt_class_name(cls),
			cls, type, type & 0x80 ? "(C)" : "", olen);
		if (olen > len) {
			out_str(" [bad length]");
			return true;
		}
		if (d->vflag > 1 && olen > 4) {
			out_str(" data");
			for (i = 4; i < olen; i += 4) {
				unsigned v = cur_be32(&c);

				if (cur_short(&c))
					return false;
				out_fmt(" %08x", v);
			}
		} else {
			cur_skip(&c, olen - 4);
		}
		len -= olen;
	}
	return true;
}

void geneve_print(struct dctx *d, struct cursor c, unsigned len,
		  const struct l4info *l4 DECODE_UNUSED)
{
	unsigned vo, flags, prot, vni, rsvd, opts_len;
	struct cursor opts;

	out_str("Geneve");
	if (len < GENEVE_HDR_LEN) {
		out_fmt(" [length %u < %u]", len, GENEVE_HDR_LEN);
		decode_invalid(d);
		return;
	}
	vo = cur_u8(&c);
	flags = cur_u8(&c);
	prot = cur_be16(&c);
	vni = cur_be24(&c);
	rsvd = cur_u8(&c);
	if (cur_short(&c))
		goto trunc;
	if (vo >> 6) {
		out_fmt(" ERROR: unknown-version %u", vo >> 6);
		return;
	}
	len -= GENEVE_HDR_LEN;
	out_str(", Flags [");
	tok_bits_print(geneve_flag_values, flags, "", "none");
	out_fmt("], vni 0x%x", vni);
	if (rsvd)
		out_fmt(", rsvd 0x%x", rsvd);
	if (d->eflag) {
		const char *s = ethertype_name(prot);

		out_fmt(", proto %s (0x%04x)", s ? s : "unknown", prot);
	}
	opts_len = (vo & 0x3f) * 4;
	if (len < opts_len) {
		out_fmt(" truncated-geneve - %u bytes missing", opts_len - len);
		return;
	}
	if (!cur_has(&c, opts_len))
		goto trunc;	/* tcpdump checks the options are all there */
	opts = cur_sub(&c, opts_len);
	if (opts_len > 0) {
		out_str(", options [");
		if (!d->vflag)
			out_fmt("%u bytes", opts_len);
		else if (!geneve_opts_print(d, opts, opts_len))
			goto cut;
		out_char(']');
	}
	len -= opts_len;
	out_str(d->vflag < 1 ? ": " : "\n\t");
	if (ethertype_print(d, prot, c, len))
		return;
	if (prot == ETHERTYPE_TEB)
		ether_if_print(d, c, len);
	else
		out_fmt("geneve-proto-0x%x", prot);
	return;
cut:
	decode_trunc_cut(d, "geneve");
	return;
trunc:
	/* the header and the options are checked, not read, by tcpdump */
	decode_trunc(d, "geneve");
}
