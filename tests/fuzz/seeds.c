/* seeds.c - turn capture files into seeds for fuzz_decode: one file per
 * packet, "<link type index><flags><packet bytes>".
 *
 * usage: seeds OUTDIR FILE...
 */
#include <pcap/pcap.h>
#include <stdio.h>
#include <string.h>

static const int dlts[] = {
	DLT_EN10MB, DLT_LINUX_SLL, DLT_LINUX_SLL2, DLT_NULL, DLT_LOOP,
	DLT_RAW, DLT_IPV4, DLT_IPV6,
	/* the link group (CONFIG_DUMP_LINK) */
	DLT_PPP, DLT_PPP_SERIAL, DLT_PPP_ETHER, DLT_C_HDLC, DLT_SLIP,
	DLT_FRELAY, DLT_MFR, DLT_SUNATM, DLT_IEEE802_11,
	DLT_IEEE802_11_RADIO, DLT_PRISM_HEADER, DLT_IEEE802_15_4,
	DLT_IEEE802_15_4_TAP, DLT_JUNIPER_ATM1, DLT_JUNIPER_ATM2,
	DLT_JUNIPER_ES, DLT_JUNIPER_ETHER, DLT_JUNIPER_PPP,
	DLT_JUNIPER_MLPPP, DLT_JUNIPER_MFR, DLT_JUNIPER_GGSN,
};

static int dlt_index(int dlt)
{
	unsigned i;

	for (i = 0; i < sizeof(dlts) / sizeof(dlts[0]); i++)
		if (dlts[i] == dlt)
			return (int)i;
	return -1;
}

int main(int argc, char **argv)
{
	char ebuf[PCAP_ERRBUF_SIZE], path[4096];
	struct pcap_pkthdr *h;
	const u_char *b;
	int i, n = 0;

	for (i = 2; i < argc; i++) {
		pcap_t *p = pcap_open_offline(argv[i], ebuf);
		int k = 0, idx;

		if (!p)
			continue;
		idx = dlt_index(pcap_datalink(p));
		while (idx >= 0 && k < 16 && pcap_next_ex(p, &h, &b) == 1) {
			FILE *f;
			unsigned char hdr[2] = { (unsigned char)idx,
						 (unsigned char)(k * 37) };

			snprintf(path, sizeof(path), "%s/seed-%05d", argv[1], n++);
			f = fopen(path, "wb");
			if (!f)
				return 1;
			fwrite(hdr, 1, 2, f);
			fwrite(b, 1, h->caplen, f);
			fclose(f);
			k++;
		}
		pcap_close(p);
	}
	printf("%d seeds\n", n);
	return 0;
}
