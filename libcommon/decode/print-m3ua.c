/* print-m3ua.c - M3UA (RFC 4666), SS7 MTP3 user adaptation, in SCTP
 * DATA chunks at -vv: the message class and type, then each parameter
 * with its length (the routing context, network appearance and
 * correlation id in hex). Output as tcpdump 4.99 print-m3ua.c.
 */
#include "decode.h"
#include "out.h"
#include "sctp.h"

static const struct tok classes[] = {
	{ 0, "Management" }, { 1, "Transfer" }, { 2, "SS7" }, { 3, "ASP" },
	{ 4, "ASP" }, { 9, "Routing Key Management" },
	{ 0, NULL }
};

static const struct tok mgmt_msgs[] = {
	{ 0, "Error" }, { 1, "Notify" },
	{ 0, NULL }
};

static const struct tok transfer_msgs[] = {
	{ 1, "Data" },
	{ 0, NULL }
};

static const struct tok ss7_msgs[] = {
	{ 1, "Destination Unavailable" }, { 2, "Destination Available" },
	{ 3, "Destination State Audit" }, { 4, "Signalling Congestion" },
	{ 5, "Destination User Part Unavailable" },
	{ 6, "Destination Restricted" },
	{ 0, NULL }
};

static const struct tok aspsm_msgs[] = {
	{ 1, "Up" }, { 2, "Down" }, { 3, "Heartbeat" },
	{ 4, "Up Acknowledgement" }, { 5, "Down Acknowledgement" },
	{ 6, "Heartbeat Acknowledgement" },
	{ 0, NULL }
};

static const struct tok asptm_msgs[] = {
	{ 1, "Active" }, { 2, "Inactive" }, { 3, "Active Acknowledgement" },
	{ 4, "Inactive Acknowledgement" },
	{ 0, NULL }
};

static const struct tok rkm_msgs[] = {
	{ 1, "Registration Request" }, { 2, "Registration Response" },
	{ 3, "Deregistration Request" }, { 4, "Deregistration Response" },
	{ 0, NULL }
};

static const struct tok params[] = {
	{ 0x0004, "INFO String" }, { 0x0006, "Routing Context" },
	{ 0x0007, "Diagnostic Info" }, { 0x0009, "Heartbeat Data" },
	{ 0x000b, "Traffic Mode Type" }, { 0x000c, "Error Code" },
	{ 0x000d, "Status" }, { 0x0011, "ASP Identifier" },
	{ 0x0012, "Affected Point Code" }, { 0x0013, "Correlation ID" },
	{ 0x0200, "Network Appearance" }, { 0x0204, "User/Cause" },
	{ 0x0205, "Congestion Indications" },
	{ 0x0206, "Concerned Destination" }, { 0x0207, "Routing Key" },
	{ 0x0208, "Registration Result" },
	{ 0x0209, "Deregistration Result" },
	{ 0x020a, "Local Routing Key Identifier" },
	{ 0x020b, "Destination Point Code" },
	{ 0x020c, "Service Indicators" },
	{ 0x020e, "Originating Point Code List" },
	{ 0x0210, "Protocol Data" }, { 0x0212, "Registration Status" },
	{ 0x0213, "Deregistration Status" },
	{ 0, NULL }
};

static const struct tok *class_msgs(unsigned cls)
{
	switch (cls) {
	case 0: return mgmt_msgs;
	case 1: return transfer_msgs;
	case 2: return ss7_msgs;
	case 3: return aspsm_msgs;
	case 4: return asptm_msgs;
	case 9: return rkm_msgs;
	}
	return NULL;
}

/* " (invalid)", and the cut marker when the rest is not captured; the
 * SCTP chunks after this one are still printed. */
static void invalid(struct dctx *d, struct cursor c, unsigned len)
{
	out_str(" (invalid)");
	if (cur_left(&c) < len)
		decode_trunc_cut(d, "m3ua");
}

/* The parameters; off and the 4-byte alignment count from c. */
static void tags_print(struct dctx *d, struct cursor c, unsigned off,
		       unsigned end)
{
	while (off < end) {
		unsigned tag, plen, pad;

		if (off + 4 > end || !cur_has(&c, off + 2)) {
			if (off + 4 <= end) {
				decode_trunc_cut(d, "m3ua");
				return;
			}
			invalid(d, c, end);
			return;
		}
		tag = cur_peek_be16(&c, off);
		out_str("\n\t\t\t");
		tok_print(params, tag, "Unknown Parameter (0x%04x)");
		out_str(": ");
		if (!cur_has(&c, off + 4)) {
			decode_trunc_cut(d, "m3ua");
			return;
		}
		plen = cur_peek_be16(&c, off + 2);
		if (plen < 4) {
			invalid(d, c, end);
			return;
		}
		pad = (4 - (off + plen) % 4) % 4;
		if (!cur_has(&c, (size_t)off + plen + pad)) {
			decode_trunc_cut(d, "m3ua");
			return;
		}
		if (tag == 0x0006 || tag == 0x0013 || tag == 0x0200) {
			if (plen - 4 < 4)
				out_str(" (invalid)");
			else
				out_fmt("0x%08x", cur_peek_be32(&c, off));
		} else {
			out_fmt("(length %u)", plen);
		}
		off += plen + pad;
	}
}

void m3ua_print(struct dctx *d, struct cursor c, unsigned len)
{
	const struct tok *msgs;
	unsigned cls, type;
	uint32_t mlen;

	if (len < 8 || !cur_has(&c, 8)) {
		if (len < 8)
			invalid(d, c, len);
		else
			decode_trunc_cut(d, "m3ua");
		return;
	}
	if (cur_peek(&c, 0) != 1)
		return;
	cls = cur_peek(&c, 2), type = cur_peek(&c, 3);
	msgs = class_msgs(cls);
	out_str("\n\t\t");
	tok_print(classes, cls, "Unknown message class %u");
	if (msgs) {
		out_char(' ');
		tok_print(msgs, type, "Unknown (0x%02x)");
		out_str(" Message");
	}
	mlen = cur_peek_be32(&c, 4);
	if (mlen != len)
		out_fmt("\n\t\t\t@@@@@@ Corrupted length %u of message @@@@@@",
			mlen);
	else
		tags_print(d, c, 8, len);
}
