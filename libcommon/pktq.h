/* pktq.h - a FIFO of copied packets, bounded in bytes.
 *
 * dump prints names without -n, and a reverse lookup can take seconds;
 * tcpdump reads no packet meanwhile, so the kernel's buffer fills and
 * drops. dump instead asks a resolver process (resolv.h) and, while it
 * waits for the answer, keeps copying packets out of libpcap into this
 * queue: the capture never falls behind, only the printing does, up to
 * limit bytes of packets held (then the kernel drops as before).
 */
#ifndef TCPBOX_PKTQ_H
#define TCPBOX_PKTQ_H

#include <stdbool.h>
#include <stddef.h>
#include <pcap/pcap.h>

struct pktq;
struct pkt {
	struct pkt *next;
	struct pcap_pkthdr h;
	unsigned char data[];
};

/* A queue holding at most limit bytes of packet data. */
struct pktq *pktq_new(size_t limit);
/* Is there room for caplen more bytes? */
bool pktq_room(const struct pktq *q, size_t caplen);
/* Copy a packet in; false when full or out of memory. */
bool pktq_push(struct pktq *q, const struct pcap_pkthdr *h,
	       const unsigned char *data);
/* The oldest packet, or NULL; free it with free(). */
struct pkt *pktq_pop(struct pktq *q);
void pktq_free(struct pktq *q);

#endif
