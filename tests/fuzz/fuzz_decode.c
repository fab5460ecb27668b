/* fuzz_decode.c - libFuzzer entry over the packet printers.
 *
 * Input: one byte choosing the link type and one byte of printer flags,
 * then the packet. Output goes to /dev/null; the sanitizers are the
 * judges. Seeds: the packets of the tcpdump corpus (tests/fuzz/run).
 */
#include <fcntl.h>
#include <pcap/pcap.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "decode/decode.h"
#include "out.h"

static const int dlts[] = {
	DLT_EN10MB, DLT_LINUX_SLL, DLT_LINUX_SLL2, DLT_NULL, DLT_LOOP,
	DLT_RAW, DLT_IPV4, DLT_IPV6,
	/* CONFIG_DUMP_LINK's (UNSUPPORTED without that group) */
	DLT_DSA_TAG_DSA, DLT_DSA_TAG_EDSA, DLT_DSA_TAG_BRCM,
	DLT_DSA_TAG_BRCM_PREPEND, DLT_VSOCK, DLT_NFLOG, DLT_IPOIB, DLT_IPNET,
	DLT_ARCNET, DLT_ARCNET_LINUX, DLT_LTALK,
	DLT_PPP, DLT_PPP_SERIAL, DLT_PPP_ETHER, DLT_C_HDLC, DLT_SLIP,
	DLT_FRELAY, DLT_MFR, DLT_SUNATM, DLT_IEEE802_11,
	DLT_IEEE802_11_RADIO, DLT_PRISM_HEADER, DLT_IEEE802_15_4,
	DLT_IEEE802_15_4_TAP, DLT_JUNIPER_ATM1, DLT_JUNIPER_ATM2,
	DLT_JUNIPER_ES, DLT_JUNIPER_ETHER, DLT_JUNIPER_PPP,
	DLT_JUNIPER_MLPPP, DLT_JUNIPER_MFR, DLT_JUNIPER_GGSN, DLT_PPI,
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int devnull = -1;
	struct dctx d = { 0 };
	struct pcap_pkthdr h = { 0 };
	decode_link_fn fn;
	unsigned f;

	if (size < 2)
		return 0;
	if (devnull < 0) {
		devnull = open("/dev/null", O_WRONLY);
		out_set_fd(devnull);
	}
	fn = decode_link_lookup(dlts[data[0] % (sizeof(dlts) / sizeof(dlts[0]))]);
	if (!fn)
		return 0;	/* its printer group is not built */
	f = data[1];
	d.nflag = 1;
	d.vflag = f & 3;
	d.eflag = (f >> 2) & 1;
	d.xflag = (f >> 3) & 1;
	d.Xflag = (f >> 4) & 1;
	d.qflag = (f >> 5) & 1;
	d.Sflag = (f >> 6) & 1;
	d.Aflag = (f >> 7) & 1;
	h.caplen = (bpf_u_int32)(size - 2);
	/* sometimes claim a longer wire length, as a snaplen cut does */
	h.len = h.caplen + (f & 0x40 ? 100 : 0);
	decode_init(&d);
	decode_packet(&d, &h, data + 2, fn);
	decode_done(&d);
	out_flush();
	return 0;
}
