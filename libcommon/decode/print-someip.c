/* print-someip.c - SOME/IP, Scalable service-Oriented MiddlewarE over IP
 * (AUTOSAR SOME/IP protocol specification).
 *
 *   | Service ID | Method ID | Length | Client ID | Session ID |
 *   | Protocol Ver | Interface Ver | Message Type | Return Code | Payload
 * Output as tcpdump 4.99 print-someip.c (the header only).
 */
#include "decode.h"
#include "out.h"
#include "table.h"

enum { SOMEIP_HDRLEN = 16 };

static const struct tok msgtypes[] = {
	{ 0x00, "REQUEST" }, { 0x01, "REQUEST_NO_RETURN" },
	{ 0x02, "NOTIFICATION" }, { 0x80, "RESPONSE" }, { 0x81, "ERROR" },
	{ 0x20, "TP_REQUEST" }, { 0x21, "TP_REQUEST_NO_RETURN" },
	{ 0x22, "TP_NOTIFICATION" }, { 0xa0, "TP_RESPONSE" },
	{ 0xa1, "TP_ERROR" },
	{ 0, NULL }
};

static const struct tok retcodes[] = {
	{ 0x00, "E_OK" }, { 0x01, "E_NOT_OK" }, { 0x02, "E_UNKNOWN_SERVICE" },
	{ 0x03, "E_UNKNOWN_METHOD" }, { 0x04, "E_NOT_READY" },
	{ 0x05, "E_NOT_REACHABLE" }, { 0x06, "E_TIMEOUT" },
	{ 0x07, "E_WRONG_PROTOCOL_VERSION" },
	{ 0x08, "E_WRONG_INTERFACE_VERSION" },
	{ 0x09, "E_MALFORMED_MESSAGE" }, { 0x0a, "E_WRONG_MESSAGE_TYPE" },
	{ 0x0b, "E_E2E_REPEATED" }, { 0x0c, "E_E2E_WRONG_SEQUENCE" },
	{ 0x0d, "E_E2E" }, { 0x0e, "E_E2E_NOT_AVAILABLE" },
	{ 0x0f, "E_E2E_NO_NEW_DATA" },
	{ 0, NULL }
};

DECODE_PORT(UDP, 520, 30490, 30490, PORT_EITHER, someip_print)
DECODE_PT("someip", UDP, someip_print)

void someip_print(struct dctx *d, struct cursor c, unsigned len,
		  const struct l4info *l4 DECODE_UNUSED)
{
	uint32_t id;
	const char *s;

	out_str("SOMEIP");
	if (len < SOMEIP_HDRLEN) {
		decode_invalid(d);
		return;
	}
	/* read field by field, as tcpdump does: a cut header shows the
	 * fields before the cut */
	if (!cur_has(&c, 4))
		goto cut;
	id = cur_be32(&c);
	out_fmt(", service %u, %s %u", id >> 16,
		id & 0x8000 ? "event" : "method", id & 0x7fff);
	if (!cur_has(&c, 4))
		goto cut;
	out_fmt(", len %u", cur_be32(&c));
	if (!cur_has(&c, 4))
		goto cut;
	id = cur_be32(&c);
	out_fmt(", client %u, session %u", id >> 16, id & 0xffff);
	if (!cur_has(&c, 1))
		goto cut;
	out_fmt(", pver %u", cur_u8(&c));
	if (!cur_has(&c, 1))
		goto cut;
	out_fmt(", iver %u", cur_u8(&c));
	if (!cur_has(&c, 1))
		goto cut;
	s = tok_str(msgtypes, cur_u8(&c));
	out_fmt(", msgtype %s", s ? s : "Unknown");
	if (!cur_has(&c, 1))
		goto cut;
	s = tok_str(retcodes, cur_u8(&c));
	out_fmt(", retcode %s\n", s ? s : "Unknown");
	return;
cut:
	decode_trunc_cut(d, "someip");
}
