/* print-msnlb.c - Microsoft Network Load Balancing heartbeats
 * (ethertype 0x886f; undocumented).
 *
 *   | ? (4) | ? (4) | host priority (LE 4) | cluster IP | host IP | ...
 * Output as tcpdump 4.99 print-msnlb.c.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

DECODE_KEY(ETHERTYPE, 0x886f, msnlb_print)

void msnlb_print(struct dctx *d, struct cursor c, unsigned len)
{
	uint8_t ip[4];

	(void)len;
	out_str("MS NLB heartbeat");
	if (!cur_skip(&c, 8) || !cur_has(&c, 4)) {
		decode_trunc_cut(d, "msnlb");
		return;
	}
	out_fmt(", host priority: %u", cur_le32(&c));
	if (!cur_bytes(&c, ip, 4)) {
		decode_trunc_cut(d, "msnlb");
		return;
	}
	out_str(", cluster IP: ");
	decode_ip4addr(d, ip);
	if (!cur_bytes(&c, ip, 4)) {
		decode_trunc_cut(d, "msnlb");
		return;
	}
	out_str(", host IP: ");
	decode_ip4addr(d, ip);
}
