/* print-timed.c - the BSD time synchronisation protocol of timed(8)
 * (TSP; "The Berkeley UNIX Time Synchronization Protocol"), UDP 525.
 *
 *   | Type | Version | Sequence | time (8) or hop count | name (256) |
 * Output as tcpdump 4.99 print-timed.c.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

enum { TSP_ADJTIME = 1, TSP_SETTIME = 5, TSP_SETDATE = 22,
       TSP_SETDATEREQ = 23, TSP_LOOP = 24, TSP_NTYPES = 25 };

static const char *const tsptypes[TSP_NTYPES] = { "ANY", "ADJTIME", "ACK",
	"MASTERREQ", "MASTERACK", "SETTIME", "MASTERUP", "SLAVEUP",
	"ELECTION", "ACCEPT", "REFUSE", "CONFLICT", "RESOLVE", "QUIT", "DATE",
	"DATEREQ", "DATEACK", "TRACEON", "TRACEOFF", "MSITE", "MSITEREQ",
	"TEST", "SETDATE", "SETDATEREQ", "LOOP" };

/* The time of SETTIME and friends; false when it is invalid. */
static bool time_print(struct cursor c)
{
	int32_t sec = (int32_t)cur_peek_be32(&c, 4);
	int32_t usec = (int32_t)cur_peek_be32(&c, 8);

	if (usec < 0)
		return false;
	out_str(" time ");
	if (sec < 0 && usec != 0) {
		sec++;
		if (sec == 0)
			out_char('-');
		usec = 1000000 - usec;
	}
	out_fmt("%d.%06d", sec, usec);
	return true;
}

DECODE_PORT(UDP, 30, 525, 525, PORT_EITHER, timed_print)
DECODE_PT("timed", UDP, timed_print)

void timed_print(struct dctx *d, struct cursor c, unsigned len,
		 const struct l4info *l4 DECODE_UNUSED)
{
	unsigned type, i;

	(void)len;
	if (!cur_has(&c, 1))
		goto trunc;
	type = cur_peek(&c, 0);
	if (type < TSP_NTYPES)
		out_fmt("TSP_%s", tsptypes[type]);
	else
		out_fmt("(tsp_type %#x)", type);
	if (!cur_has(&c, 2))
		goto trunc;
	out_fmt(" vers %u", cur_peek(&c, 1));
	if (!cur_has(&c, 4))
		goto trunc;
	out_fmt(" seq %u", cur_peek_be16(&c, 2));
	if (type == TSP_LOOP) {
		if (!cur_has(&c, 5))
			goto trunc;
		out_fmt(" hopcnt %u", cur_peek(&c, 4));
	} else if (type == TSP_SETTIME || type == TSP_ADJTIME ||
		   type == TSP_SETDATE || type == TSP_SETDATEREQ) {
		if (!cur_has(&c, 12))
			goto trunc;
		if (!time_print(c))
			return;
	}
	out_str(" name ");
	for (i = 0; i < 256; i++) {
		unsigned ch;

		if (!cur_has(&c, 13 + i))
			goto trunc;
		ch = cur_peek(&c, 12 + i);
		if (!ch)
			return;
		decode_char(ch);
	}
trunc:
	decode_trunc_cut(d, "timed");
}
