/* pcap-repeat.c - write a capture file N times over into one file, each
 * copy's timestamps moved past the previous copy, so a real recording of
 * tens of thousands of packets becomes a benchmark input of millions.
 *
 * usage: pcap-repeat IN OUT TIMES
 */
#include <pcap/pcap.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	char ebuf[PCAP_ERRBUF_SIZE];
	struct pcap_pkthdr *h, copy;
	const u_char *b;
	pcap_dumper_t *w = NULL;
	long shift = 0, last = 0;
	int i, times;

	if (argc != 4 || (times = atoi(argv[3])) < 1) {
		fprintf(stderr, "usage: pcap-repeat IN OUT TIMES\n");
		return 2;
	}
	for (i = 0; i < times; i++) {
		pcap_t *p = pcap_open_offline(argv[1], ebuf);

		if (!p) {
			fprintf(stderr, "pcap-repeat: %s\n", ebuf);
			return 1;
		}
		if (!w && !(w = pcap_dump_open(p, argv[2]))) {
			fprintf(stderr, "pcap-repeat: %s\n", pcap_geterr(p));
			return 1;
		}
		while (pcap_next_ex(p, &h, &b) == 1) {
			copy = *h;
			copy.ts.tv_sec += shift;
			last = copy.ts.tv_sec;
			pcap_dump((u_char *)w, &copy, b);
		}
		shift = last + 1 - h->ts.tv_sec;
		pcap_close(p);
	}
	pcap_dump_close(w);
	return 0;
}
