/* print-esp.c - IPsec ESP (RFC 4303) and IPComp (RFC 3173) headers.
 *
 *   ESP:    | SPI (4) | sequence number (4) | encrypted payload ... |
 *   IPComp: | next header | flags | CPI (2) | compressed payload ... |
 * Output as tcpdump 4.99 print-esp.c and print-ipcomp.c when it has no
 * keys: the payloads are neither decrypted nor decompressed.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

DECODE_KEY(IPPROTO, 50, esp_print)
DECODE_KEY(IPPROTO, 108, ipcomp_print)

void esp_print(struct dctx *d, struct cursor c, unsigned len,
	       const struct ipinfo *ip DECODE_UNUSED)
{
	unsigned spi, seq;

	/* tcpdump wants more than the 8 header bytes captured */
	if (!cur_has(&c, 9)) {
		decode_trunc(d, "esp");
		return;
	}
	spi = cur_be32(&c);
	seq = cur_be32(&c);
	out_fmt("ESP(spi=0x%08x,seq=0x%x), length %u", spi, seq, len);
}

void ipcomp_print(struct dctx *d, struct cursor c, unsigned len DECODE_UNUSED,
		  const struct ipinfo *ip DECODE_UNUSED)
{
	unsigned cpi;

	cur_skip(&c, 2);
	cpi = cur_be16(&c);
	if (cur_short(&c)) {
		decode_trunc_cut(d, "ipcomp");
		return;
	}
	out_fmt("IPComp(cpi=0x%04x)", cpi);
}
