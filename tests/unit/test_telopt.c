/* test_telopt.c - RFC 1143 negotiation, the stream parser's edges,
 * subnegotiation bounds and answers, and the data sent. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "telopt.h"

#define IAC "\xff"
#define WILL "\xfb"
#define WONT "\xfc"
#define DO "\xfd"
#define DONT "\xfe"
#define SB "\xfa"
#define SE "\xf0"

/* What the engine sent, and how often an option changed. */
struct peer {
	size_t len;
	uint8_t buf[1 << 16];
	int changes;
	unsigned last_opt;
	bool last_on;
};

static int peer_send(void *arg, const uint8_t *buf, size_t len)
{
	struct peer *p = arg;

	assert_true(p->len + len <= sizeof(p->buf));
	memcpy(p->buf + p->len, buf, len);
	p->len += len;
	return 0;
}

static void peer_change(void *arg, unsigned opt, enum telopt_side side,
			bool on)
{
	struct peer *p = arg;

	(void)side;
	p->changes++;
	p->last_opt = opt;
	p->last_on = on;
}

static const struct telopt_ops ops = { peer_send, peer_change, NULL };

static struct telopt *engine(struct peer *p)
{
	struct telopt *t;

	memset(p, 0, sizeof(*p));
	t = telopt_new(&ops, p);
	assert_non_null(t);
	return t;
}

/* Feed s (length n) to the engine; return the data left, as a string. */
static char *feed(struct telopt *t, const char *s, size_t n)
{
	static uint8_t buf[1 << 16];
	size_t len;

	assert_true(n < sizeof(buf));
	memcpy(buf, s, n);
	len = telopt_recv(t, buf, n);
	buf[len] = '\0';
	return (char *)buf;
}

#define FEED(t, lit) feed(t, lit, sizeof(lit) - 1)

/* The engine sent exactly lit since the last check. */
#define SENT(p, lit) do {						\
	assert_int_equal((p)->len, sizeof(lit) - 1);			\
	assert_memory_equal((p)->buf, lit, sizeof(lit) - 1);		\
	(p)->len = 0;							\
} while (0)

static void test_refuse_unknown(void **state)
{
	struct peer p;
	struct telopt *t = engine(&p);

	(void)state;
	FEED(t, IAC DO "\xc8" IAC WILL "\xc8");
	SENT(&p, IAC WONT "\xc8" IAC DONT "\xc8");
	/* already off: a DONT or WONT gets no answer (no loop) */
	FEED(t, IAC DONT "\xc8" IAC WONT "\xc8" IAC DONT "\x01");
	SENT(&p, "");
	/* accepted on one side only */
	telopt_accept(t, TO_ECHO, TELOPT_HIM, true);
	FEED(t, IAC DO "\x01");
	SENT(&p, IAC WONT "\x01");
	assert_int_equal(p.changes, 0);
	telopt_free(t);
}

static void test_accept_and_drop(void **state)
{
	struct peer p;
	struct telopt *t = engine(&p);

	(void)state;
	telopt_accept(t, TO_ECHO, TELOPT_HIM, true);
	FEED(t, IAC WILL "\x01");
	SENT(&p, IAC DO "\x01");
	assert_true(telopt_on(t, TO_ECHO, TELOPT_HIM));
	assert_false(telopt_on(t, TO_ECHO, TELOPT_US));
	assert_int_equal(p.changes, 1);
	assert_true(p.last_on);
	FEED(t, IAC WILL "\x01");	/* YES: nothing to say */
	SENT(&p, "");
	FEED(t, IAC WONT "\x01");
	SENT(&p, IAC DONT "\x01");
	assert_false(telopt_on(t, TO_ECHO, TELOPT_HIM));
	assert_int_equal(p.changes, 2);
	assert_false(p.last_on);
	FEED(t, IAC WONT "\x01");
	SENT(&p, "");
	telopt_free(t);
}

static void test_ask(void **state)
{
	struct peer p;
	struct telopt *t = engine(&p);

	(void)state;
	assert_int_equal(telopt_ask(t, TO_SGA, TELOPT_HIM, true), 0);
	SENT(&p, IAC DO "\x03");
	assert_int_equal(telopt_ask(t, TO_SGA, TELOPT_HIM, true), -1);
	assert_int_equal(errno, EALREADY);
	assert_false(telopt_on(t, TO_SGA, TELOPT_HIM));
	FEED(t, IAC WILL "\x03");	/* the answer: no DO again */
	SENT(&p, "");
	assert_true(telopt_on(t, TO_SGA, TELOPT_HIM));
	/* asked and refused: off, silently */
	assert_int_equal(telopt_ask(t, TO_TTYPE, TELOPT_US, true), 0);
	SENT(&p, IAC WILL "\x18");
	FEED(t, IAC DONT "\x18");
	SENT(&p, "");
	assert_false(telopt_on(t, TO_TTYPE, TELOPT_US));
	assert_int_equal(telopt_ask(t, TO_TTYPE, TELOPT_US, false), -1);
	telopt_free(t);
}

/* RFC 1143: DONT answered by WILL is an error, not a reason to talk. */
static void test_wantno_answered_by_will(void **state)
{
	struct peer p;
	struct telopt *t = engine(&p);

	(void)state;
	telopt_accept(t, TO_ECHO, TELOPT_HIM, true);
	FEED(t, IAC WILL "\x01");
	SENT(&p, IAC DO "\x01");
	assert_int_equal(telopt_ask(t, TO_ECHO, TELOPT_HIM, false), 0);
	SENT(&p, IAC DONT "\x01");
	FEED(t, IAC WILL "\x01");
	SENT(&p, "");
	assert_false(telopt_on(t, TO_ECHO, TELOPT_HIM));
	telopt_free(t);
}

static void test_queue(void **state)
{
	struct peer p;
	struct telopt *t = engine(&p);

	(void)state;
	/* WANTYES, then "off" is queued; the WILL makes us say DONT */
	telopt_ask(t, TO_SGA, TELOPT_HIM, true);
	SENT(&p, IAC DO "\x03");
	assert_int_equal(telopt_ask(t, TO_SGA, TELOPT_HIM, false), 0);
	SENT(&p, "");
	assert_int_equal(telopt_ask(t, TO_SGA, TELOPT_HIM, false), -1);
	FEED(t, IAC WILL "\x03");
	SENT(&p, IAC DONT "\x03");
	FEED(t, IAC WONT "\x03");
	SENT(&p, "");
	assert_false(telopt_on(t, TO_SGA, TELOPT_HIM));
	/* WANTNO, "on" queued, WONT arrives: DO goes out */
	telopt_accept(t, TO_SGA, TELOPT_HIM, true);
	FEED(t, IAC WILL "\x03");
	SENT(&p, IAC DO "\x03");
	telopt_ask(t, TO_SGA, TELOPT_HIM, false);
	SENT(&p, IAC DONT "\x03");
	assert_int_equal(telopt_ask(t, TO_SGA, TELOPT_HIM, true), 0);
	assert_int_equal(telopt_ask(t, TO_SGA, TELOPT_HIM, true), -1);
	FEED(t, IAC WONT "\x03");
	SENT(&p, IAC DO "\x03");
	FEED(t, IAC WILL "\x03");
	SENT(&p, "");
	assert_true(telopt_on(t, TO_SGA, TELOPT_HIM));
	/* queued, then cancelled: the first answer settles it */
	telopt_ask(t, TO_SGA, TELOPT_HIM, false);
	SENT(&p, IAC DONT "\x03");
	assert_int_equal(telopt_ask(t, TO_SGA, TELOPT_HIM, true), 0);
	assert_int_equal(telopt_ask(t, TO_SGA, TELOPT_HIM, false), 0);
	FEED(t, IAC WONT "\x03");
	SENT(&p, "");
	assert_false(telopt_on(t, TO_SGA, TELOPT_HIM));
	telopt_free(t);
}

static void test_flood(void **state)
{
	static char in[30000];
	struct peer p;
	struct telopt *t = engine(&p);
	size_t i;

	(void)state;
	telopt_accept(t, TO_ECHO, TELOPT_HIM, true);
	for (i = 0; i + 3 <= sizeof(in); i += 3)
		memcpy(in + i, IAC WILL "\x01", 3);
	assert_string_equal(feed(t, in, sizeof(in)), "");
	SENT(&p, IAC DO "\x01");	/* once */
	for (i = 0; i + 3 <= sizeof(in); i += 3)
		memcpy(in + i, IAC DO "\x07", 3);
	feed(t, in, sizeof(in));
	/* one WONT each, up to the bound: a peer asking again after a
	 * refusal is looping */
	assert_int_equal(p.len, 3 * TELOPT_ANSWER_MAX);
	for (i = 0; i < p.len; i += 3)
		assert_memory_equal(p.buf + i, IAC WONT "\x07", 3);
	telopt_free(t);
}

/* A peer that turns each answer into the opposite request: answered
 * TELOPT_ANSWER_MAX times, then the option is off and stays off, and
 * the other options are not touched. */
static void test_flapping(void **state)
{
	struct peer p;
	struct telopt *t = engine(&p);
	int i;

	(void)state;
	telopt_accept(t, TO_ECHO, TELOPT_HIM, true);
	telopt_accept(t, TO_SGA, TELOPT_HIM, true);
	for (i = 0; i < TELOPT_ANSWER_MAX; i++) {
		if (i % 2 == 0) {
			FEED(t, IAC WILL "\x01");
			SENT(&p, IAC DO "\x01");
		} else {
			FEED(t, IAC WONT "\x01");
			SENT(&p, IAC DONT "\x01");
		}
	}
	/* the last answer was DONT: off; more asking, no answer */
	assert_false(telopt_on(t, TO_ECHO, TELOPT_HIM));
	FEED(t, IAC WILL "\x01" IAC WONT "\x01" IAC WILL "\x01");
	SENT(&p, "");
	assert_false(telopt_on(t, TO_ECHO, TELOPT_HIM));
	/* the other side of ECHO and other options still answer */
	FEED(t, IAC WILL "\x03" IAC DO "\x01");
	SENT(&p, IAC DO "\x03" IAC WONT "\x01");
	telopt_free(t);
}

/* Past the bound while the option is on: the peer's "off" turns it
 * off without an answer; its "on" is not answered. (Our own request,
 * answered by the peer, costs no answer: it shifts the parity.) */
static void test_flapping_on(void **state)
{
	struct peer p;
	struct telopt *t = engine(&p);
	int i;

	(void)state;
	telopt_accept(t, TO_ECHO, TELOPT_HIM, true);
	FEED(t, IAC WILL "\x01");		/* answer 1: on */
	assert_int_equal(telopt_ask(t, TO_ECHO, TELOPT_HIM, false), 0);
	FEED(t, IAC WONT "\x01");		/* our DONT agreed: off */
	SENT(&p, IAC DO "\x01" IAC DONT "\x01");
	for (i = 2; i <= TELOPT_ANSWER_MAX; i++) {
		if (i % 2)
			FEED(t, IAC WONT "\x01");
		else
			FEED(t, IAC WILL "\x01");
	}
	assert_int_equal(p.len, 3 * (TELOPT_ANSWER_MAX - 1));
	assert_true(telopt_on(t, TO_ECHO, TELOPT_HIM));
	p.len = 0;
	p.changes = 0;
	FEED(t, IAC WONT "\x01");
	SENT(&p, "");
	assert_false(telopt_on(t, TO_ECHO, TELOPT_HIM));
	assert_int_equal(p.changes, 1);
	assert_false(p.last_on);
	FEED(t, IAC WILL "\x01");
	SENT(&p, "");
	assert_false(telopt_on(t, TO_ECHO, TELOPT_HIM));
	telopt_free(t);
}

static void test_stream_edges(void **state)
{
	struct peer p;
	struct telopt *t = engine(&p);

	(void)state;
	telopt_accept(t, TO_ECHO, TELOPT_HIM, true);
	assert_string_equal(FEED(t, "a" IAC IAC "b"), "a\xff" "b");
	/* a bare IAC at the end of one read, its verb in the next */
	assert_string_equal(FEED(t, "ab" IAC), "ab");
	assert_string_equal(FEED(t, WILL), "");
	assert_string_equal(FEED(t, "\x01" "cd"), "cd");
	SENT(&p, IAC DO "\x01");
	/* CR NUL is CR; other commands vanish */
	assert_string_equal(FEED(t, "x\r"), "x\r");
	assert_int_equal(feed(t, "\0y", 2)[0], 'y');
	assert_string_equal(FEED(t, "1" IAC "\xf1" "2" IAC "\xf9" "3"), "123");
	assert_string_equal(FEED(t, IAC SE "z"), "z");
	SENT(&p, "");
	telopt_free(t);
}

static void test_binary_keeps_nul(void **state)
{
	struct peer p;
	struct telopt *t = engine(&p);
	uint8_t buf[] = "\r\0";

	(void)state;
	telopt_accept(t, TO_BINARY, TELOPT_HIM, true);
	FEED(t, IAC WILL "\x00");
	SENT(&p, IAC DO "\x00");
	assert_int_equal(telopt_recv(t, buf, 2), 2);
	telopt_free(t);
}

static void test_ttype(void **state)
{
	struct peer p;
	struct telopt *t = engine(&p);
	char term[100];

	(void)state;
	/* not agreed yet: ignored */
	FEED(t, IAC SB "\x18\x01" IAC SE);
	SENT(&p, "");
	telopt_accept(t, TO_TTYPE, TELOPT_US, true);
	FEED(t, IAC DO "\x18" IAC SB "\x18\x01" IAC SE);
	SENT(&p, IAC WILL "\x18" IAC SB "\x18\x00UNKNOWN" IAC SE);
	telopt_set_term(t, "xterm-256color");
	/* split anywhere */
	FEED(t, IAC SB);
	FEED(t, "\x18");
	FEED(t, "\x01" IAC);
	FEED(t, SE);
	SENT(&p, IAC SB "\x18\x00xterm-256color" IAC SE);
	memset(term, 'x', sizeof(term) - 1);
	term[sizeof(term) - 1] = '\0';
	telopt_set_term(t, term);
	FEED(t, IAC SB "\x18\x01" IAC SE);
	assert_int_equal(p.len, 3 + 1 + TELOPT_NAME_MAX + 2);
	telopt_free(t);
}

static void test_sb_bounds(void **state)
{
	static char in[TELOPT_SB_MAX + 16];
	struct peer p;
	struct telopt *t = engine(&p);
	size_t n;

	(void)state;
	telopt_accept(t, TO_TTYPE, TELOPT_US, true);
	telopt_accept(t, TO_ECHO, TELOPT_HIM, true);
	FEED(t, IAC DO "\x18");
	SENT(&p, IAC WILL "\x18");
	/* SEND and padding, exactly TELOPT_SB_MAX bytes: answered */
	memcpy(in, IAC SB "\x18\x01", 4);
	memset(in + 4, 'p', TELOPT_SB_MAX - 1);
	memcpy(in + 3 + TELOPT_SB_MAX, IAC SE, 2);
	n = 3 + TELOPT_SB_MAX + 2;
	feed(t, in, n);
	SENT(&p, IAC SB "\x18\x00UNKNOWN" IAC SE);
	/* one byte more: dropped whole */
	memset(in + 4, 'p', TELOPT_SB_MAX);
	memcpy(in + 4 + TELOPT_SB_MAX, IAC SE, 2);
	feed(t, in, n + 1);
	SENT(&p, "");
	/* IAC SE left out: the next command still counts */
	assert_string_equal(FEED(t, IAC SB "\x18\x01" IAC WILL "\x01" "ok"),
			    "ok");
	SENT(&p, IAC DO "\x01");
	/* a subnegotiation that never ends eats data, nothing else */
	assert_string_equal(FEED(t, IAC SB "\x18\x01" "data" IAC IAC), "");
	SENT(&p, "");
	assert_string_equal(FEED(t, IAC SE "back"), "back");
	telopt_free(t);
}

static void test_naws(void **state)
{
	struct peer p;
	struct telopt *t = engine(&p);

	(void)state;
	telopt_accept(t, TO_NAWS, TELOPT_US, true);
	telopt_set_size(t, 80, 24);	/* not on yet: nothing */
	SENT(&p, "");
	FEED(t, IAC DO "\x1f");
	SENT(&p, IAC WILL "\x1f" IAC SB "\x1f\x00\x50\x00\x18" IAC SE);
	telopt_set_size(t, 255, 300);	/* 255 is doubled */
	SENT(&p, IAC SB "\x1f\x00\xff\xff\x01\x2c" IAC SE);
	FEED(t, IAC DONT "\x1f");
	SENT(&p, IAC WONT "\x1f");
	telopt_set_size(t, 100, 40);
	SENT(&p, "");
	telopt_free(t);
}

static void test_new_environ(void **state)
{
	struct peer p;
	struct telopt *t = engine(&p);

	(void)state;
	telopt_accept(t, TO_NEW_ENVIRON, TELOPT_US, true);
	FEED(t, IAC DO "'");
	SENT(&p, IAC WILL "'");
	/* no user: an empty IS */
	FEED(t, IAC SB "'\x01" IAC SE);
	SENT(&p, IAC SB "'\x00" IAC SE);
	telopt_set_user(t, "bob");
	FEED(t, IAC SB "'\x01" IAC SE);
	SENT(&p, IAC SB "'\x00\x00USER\x01" "bob" IAC SE);
	FEED(t, IAC SB "'\x01\x00USER" IAC SE);
	SENT(&p, IAC SB "'\x00\x00USER\x01" "bob" IAC SE);
	/* a USERVAR USER and an unknown VAR: undefined, no VALUE */
	FEED(t, IAC SB "'\x01\x03USER\x00" "DISPLAY" IAC SE);
	SENT(&p, IAC SB "'\x00\x03USER\x00" "DISPLAY" IAC SE);
	/* escaped names come back escaped; a stray ESC at the end */
	FEED(t, IAC SB "'\x01\x00" "A\x02\x01" "B\x03" "C\x02" IAC SE);
	SENT(&p, IAC SB "'\x00\x00" "A\x02\x01" "B\x03" "C" IAC SE);
	/* a VALUE in a SEND stops the list */
	FEED(t, IAC SB "'\x01\x01" "x\x00USER" IAC SE);
	SENT(&p, IAC SB "'\x00" IAC SE);
	telopt_set_user(t, "a\x01" "b\xff");
	FEED(t, IAC SB "'\x01" IAC SE);
	SENT(&p, IAC SB "'\x00\x00USER\x01" "a\x02\x01" "b\xff\xff" IAC SE);
	telopt_free(t);
}

static void test_new_environ_bounded(void **state)
{
	static char in[TELOPT_SB_MAX + 8];
	struct peer p;
	struct telopt *t = engine(&p);
	size_t i;

	(void)state;
	telopt_accept(t, TO_NEW_ENVIRON, TELOPT_US, true);
	telopt_set_user(t, "someone-with-a-long-name");
	FEED(t, IAC DO "'");
	p.len = 0;
	/* many requests for "every VAR": the answer stays bounded */
	memcpy(in, IAC SB "'\x01", 4);
	for (i = 4; i < 4 + TELOPT_SB_MAX - 1; i++)
		in[i] = '\0';
	memcpy(in + i, IAC SE, 2);
	feed(t, in, i + 2);
	assert_true(p.len > 6);
	assert_true(p.len <= 2 * TELOPT_SB_MAX + 6);
	assert_memory_equal(p.buf + p.len - 2, IAC SE, 2);
	telopt_free(t);
}

static void test_send_data(void **state)
{
	struct peer p;
	struct telopt *t = engine(&p);

	(void)state;
	/* pipes and line mode: LF -> CR LF, CR LF kept, CR -> CR NUL */
	telopt_send_data(t, (const uint8_t *)"a\nb\r\nc\rd\xff", 9, true);
	SENT(&p, "a\r\nb\r\nc\r\0d\xff\xff");
	/* a CR at the end of one read, the LF in the next */
	telopt_send_data(t, (const uint8_t *)"GET\r", 4, true);
	telopt_send_data(t, (const uint8_t *)"\n", 1, true);
	SENT(&p, "GET\r\n");
	telopt_send_data(t, (const uint8_t *)"x\r", 2, true);
	telopt_send_data(t, NULL, 0, true);
	SENT(&p, "x\r\0");
	/* character mode: CR NUL at once, LF as it is */
	telopt_send_data(t, (const uint8_t *)"\r\n", 2, false);
	SENT(&p, "\r\0\n");
	telopt_send_cmd(t, TN_AYT);
	SENT(&p, IAC "\xf6");
	/* BINARY: only IAC is doubled */
	telopt_accept(t, TO_BINARY, TELOPT_US, true);
	FEED(t, IAC DO "\x00");
	SENT(&p, IAC WILL "\x00");
	telopt_send_data(t, (const uint8_t *)"\r\n\xff", 3, true);
	SENT(&p, "\r\n\xff\xff");
	telopt_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_refuse_unknown),
		cmocka_unit_test(test_accept_and_drop),
		cmocka_unit_test(test_ask),
		cmocka_unit_test(test_wantno_answered_by_will),
		cmocka_unit_test(test_queue),
		cmocka_unit_test(test_flood),
		cmocka_unit_test(test_flapping),
		cmocka_unit_test(test_flapping_on),
		cmocka_unit_test(test_stream_edges),
		cmocka_unit_test(test_binary_keeps_nul),
		cmocka_unit_test(test_ttype),
		cmocka_unit_test(test_sb_bounds),
		cmocka_unit_test(test_naws),
		cmocka_unit_test(test_new_environ),
		cmocka_unit_test(test_new_environ_bounded),
		cmocka_unit_test(test_send_data),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
