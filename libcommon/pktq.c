/* pktq.c - a FIFO of copied packets, bounded in bytes (see pktq.h). */
#include <stdlib.h>
#include <string.h>

#include "pktq.h"
#include "xfuncs.h"

struct pktq {
	struct pkt *head, *tail;
	size_t bytes, limit;
};

struct pktq *pktq_new(size_t limit)
{
	struct pktq *q = xzalloc(sizeof(*q));

	q->limit = limit;
	return q;
}

bool pktq_room(const struct pktq *q, size_t caplen)
{
	return q->bytes + caplen <= q->limit;
}

bool pktq_push(struct pktq *q, const struct pcap_pkthdr *h,
	       const unsigned char *data)
{
	struct pkt *p;

	if (!pktq_room(q, h->caplen) || !(p = malloc(sizeof(*p) + h->caplen)))
		return false;
	p->next = NULL;
	p->h = *h;
	memcpy(p->data, data, h->caplen);
	if (q->tail)
		q->tail->next = p;
	else
		q->head = p;
	q->tail = p;
	q->bytes += h->caplen;
	return true;
}

struct pkt *pktq_pop(struct pktq *q)
{
	struct pkt *p = q->head;

	if (p) {
		q->head = p->next;
		if (!q->head)
			q->tail = NULL;
		q->bytes -= p->h.caplen;
	}
	return p;
}

void pktq_free(struct pktq *q)
{
	struct pkt *p;

	if (!q)
		return;
	while ((p = pktq_pop(q)))
		free(p);
	free(q);
}
