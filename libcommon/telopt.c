/* telopt.c - TELNET commands, RFC 1143 negotiation, subnegotiation.
 *
 * RFC 854 (the stream), 855 (options), 1143 (the Q method, section 7 is
 * what q_recv() and telopt_ask() follow), 1091 (TERMINAL-TYPE), 1073
 * (NAWS), 1572 (NEW-ENVIRON).
 *
 *   IAC WILL|WONT|DO|DONT opt      negotiation, answered here
 *   IAC SB opt ... IAC SE          kept up to TELOPT_SB_MAX bytes
 *   IAC IAC                        a data byte 255
 *   IAC other                      NOP, GA, DM, ...: dropped
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "telopt.h"

/* RFC 1143 states; Q_OPPOSITE is the one-deep queue bit. */
enum { Q_NO, Q_YES, Q_WANTNO, Q_WANTYES, Q_OPPOSITE = 4 };

/* RFC 1091 and RFC 1572 codes. */
enum { SB_IS = 0, SB_SEND = 1 };
enum { ENV_VAR = 0, ENV_VALUE = 1, ENV_ESC = 2, ENV_USERVAR = 3 };

enum rx_state { RX_DATA, RX_IAC, RX_OPT, RX_SB_OPT, RX_SB, RX_SB_IAC };

enum { TX_MAX = 1024 };

struct telopt {
	const struct telopt_ops *ops;
	void *arg;
	uint8_t q[2][256];
	uint8_t answers[2][256];	/* to the peer's requests, saturating */
	uint8_t accept[2][256 / 8];
	enum rx_state rx;
	uint8_t verb;		/* WILL..DONT waiting for its option */
	uint8_t sb_opt;
	bool sb_over;		/* the subnegotiation did not fit: drop it */
	bool rx_cr;		/* the last data byte was CR */
	bool tx_cr;		/* a CR went out; its LF or NUL did not yet */
	size_t sb_len;
	uint8_t sb[TELOPT_SB_MAX];
	size_t tx_len;
	uint8_t tx[TX_MAX];
	char term[TELOPT_NAME_MAX + 1];
	char user[TELOPT_NAME_MAX + 1];
	unsigned cols, rows;
};

static void tx_flush(struct telopt *t)
{
	if (t->tx_len)
		t->ops->send(t->arg, t->tx, t->tx_len);
	t->tx_len = 0;
}

static void tx_byte(struct telopt *t, uint8_t b)
{
	if (t->tx_len == sizeof(t->tx))
		tx_flush(t);
	t->tx[t->tx_len++] = b;
}

const char *telopt_name(unsigned opt)
{
	static const char *const names[] = {
		"BINARY", "ECHO", "RCP", "SUPPRESS GO AHEAD", "NAME", "STATUS",
		"TIMING MARK", "RCTE", "NAOL", "NAOP", "NAOCRD", "NAOHTS",
		"NAOHTD", "NAOFFD", "NAOVTS", "NAOVTD", "NAOLFD",
		"EXTEND ASCII", "LOGOUT", "BYTE MACRO", "DATA ENTRY TERMINAL",
		"SUPDUP", "SUPDUP OUTPUT", "SEND LOCATION", "TERMINAL TYPE",
		"END OF RECORD", "TACACS UID", "OUTPUT MARKING", "TTYLOC",
		"3270 REGIME", "X.3 PAD", "NAWS", "TSPEED", "LFLOW",
		"LINEMODE", "XDISPLOC", "OLD-ENVIRON", "AUTHENTICATION",
		"ENCRYPT", "NEW-ENVIRON",
	};

	return opt < sizeof(names) / sizeof(names[0]) ? names[opt] : NULL;
}

static void tx_cmd(struct telopt *t, unsigned cmd, unsigned opt)
{
	if (t->ops->trace)
		t->ops->trace(t->arg, true, cmd, opt);
	tx_byte(t, TN_IAC);
	tx_byte(t, (uint8_t)cmd);
	tx_byte(t, (uint8_t)opt);
}

/* IAC SB opt <payload, IAC doubled> IAC SE */
static void tx_sb(struct telopt *t, unsigned opt, const uint8_t *p, size_t n)
{
	size_t i;

	tx_byte(t, TN_IAC);
	tx_byte(t, TN_SB);
	tx_byte(t, (uint8_t)opt);
	for (i = 0; i < n; i++) {
		if (p[i] == TN_IAC)
			tx_byte(t, TN_IAC);
		tx_byte(t, p[i]);
	}
	tx_byte(t, TN_IAC);
	tx_byte(t, TN_SE);
}

static void naws_send(struct telopt *t)
{
	uint8_t p[4] = { (uint8_t)(t->cols >> 8), (uint8_t)t->cols,
			 (uint8_t)(t->rows >> 8), (uint8_t)t->rows };

	if (t->cols || t->rows)
		tx_sb(t, TO_NAWS, p, sizeof(p));
}

/* Enter state st; tell the caller when the option went on or off. */
static void q_set(struct telopt *t, enum telopt_side s, unsigned opt,
		  uint8_t st)
{
	bool was = t->q[s][opt] == Q_YES, now = st == Q_YES;

	t->q[s][opt] = st;
	if (was == now)
		return;
	if (now && s == TELOPT_US && opt == TO_NAWS)
		naws_send(t);
	if (t->ops->change)
		t->ops->change(t->arg, opt, s, now);
}

static bool accepts(const struct telopt *t, enum telopt_side s, unsigned opt)
{
	return t->accept[s][opt / 8] & (1u << (opt % 8));
}

/*
 * RFC 1143 stops loops between two agents that keep to it; a peer that
 * turns every answer into the opposite request still gets one answer
 * per request, forever. So answers are counted per option and side:
 * past TELOPT_ANSWER_MAX the option is off and stays off, silently --
 * "off" is always a safe state (RFC 854), and no answer means no loop.
 */
static bool q_flapping(struct telopt *t, enum telopt_side s, unsigned opt,
		       bool on)
{
	if (t->answers[s][opt] < TELOPT_ANSWER_MAX)
		return false;
	if (!on && t->q[s][opt] != Q_NO)
		q_set(t, s, opt, Q_NO);
	return true;
}

/* An answer to the peer's request, counted. */
static void q_answer(struct telopt *t, enum telopt_side s, unsigned cmd,
		     unsigned opt)
{
	if (t->answers[s][opt] < TELOPT_ANSWER_MAX)
		t->answers[s][opt]++;
	tx_cmd(t, cmd, opt);
}

/* The peer sent WILL/WONT (side HIM) or DO/DONT (side US). */
static void q_recv(struct telopt *t, enum telopt_side s, unsigned opt,
		   bool on)
{
	unsigned yes = s == TELOPT_HIM ? TN_DO : TN_WILL;
	unsigned no = s == TELOPT_HIM ? TN_DONT : TN_WONT;

	if (q_flapping(t, s, opt, on))
		return;
	switch (t->q[s][opt]) {
	case Q_NO:
		if (!on)
			break;
		if (accepts(t, s, opt)) {
			q_answer(t, s, yes, opt);
			q_set(t, s, opt, Q_YES);
		} else {
			q_answer(t, s, no, opt);
		}
		break;
	case Q_YES:
		if (on)
			break;
		q_answer(t, s, no, opt);
		q_set(t, s, opt, Q_NO);
		break;
	case Q_WANTNO:
		/* an "on" here answers our "off" wrongly: off all the same */
		q_set(t, s, opt, Q_NO);
		break;
	case Q_WANTNO | Q_OPPOSITE:
		if (on) {
			q_set(t, s, opt, Q_YES);
		} else {
			q_answer(t, s, yes, opt);
			q_set(t, s, opt, Q_WANTYES);
		}
		break;
	case Q_WANTYES:
		q_set(t, s, opt, on ? Q_YES : Q_NO);
		break;
	case Q_WANTYES | Q_OPPOSITE:
		if (on) {
			q_answer(t, s, no, opt);
			q_set(t, s, opt, Q_WANTNO);
		} else {
			q_set(t, s, opt, Q_NO);
		}
		break;
	}
}

struct telopt *telopt_new(const struct telopt_ops *ops, void *arg)
{
	struct telopt *t = calloc(1, sizeof(*t));

	if (!t)
		return NULL;
	t->ops = ops;
	t->arg = arg;
	strcpy(t->term, "UNKNOWN");
	return t;
}

void telopt_free(struct telopt *t)
{
	free(t);
}

void telopt_accept(struct telopt *t, unsigned opt, enum telopt_side side,
		   bool yes)
{
	uint8_t bit = (uint8_t)(1u << (opt % 8));

	opt &= 255;
	if (yes)
		t->accept[side][opt / 8] |= bit;
	else
		t->accept[side][opt / 8] &= (uint8_t)~bit;
}

int telopt_ask(struct telopt *t, unsigned opt, enum telopt_side side,
	       bool on)
{
	unsigned yes = side == TELOPT_HIM ? TN_DO : TN_WILL;
	unsigned no = side == TELOPT_HIM ? TN_DONT : TN_WONT;
	uint8_t *q = &t->q[side][opt & 255];

	opt &= 255;
	switch (*q) {
	case Q_NO:
	case Q_YES:
		if (on == (*q == Q_YES))
			goto already;
		tx_cmd(t, on ? yes : no, opt);
		q_set(t, side, opt, on ? Q_WANTYES : Q_WANTNO);
		break;
	case Q_WANTNO:
	case Q_WANTYES:
		if (on == (*q == Q_WANTYES))
			goto already;
		*q |= Q_OPPOSITE;
		break;
	default:
		/* a request is queued: asking for it again is a no-op,
		 * asking for the opposite cancels it */
		if (on == ((*q & 3) == Q_WANTNO))
			goto already;
		*q &= 3;
		break;
	}
	tx_flush(t);
	return 0;
already:
	errno = EALREADY;
	return -1;
}

bool telopt_on(const struct telopt *t, unsigned opt, enum telopt_side side)
{
	return t->q[side][opt & 255] == Q_YES;
}

static void copy_name(char *dst, const char *src)
{
	size_t n = strnlen(src, TELOPT_NAME_MAX);

	memcpy(dst, src, n);
	dst[n] = '\0';
}

void telopt_set_term(struct telopt *t, const char *term)
{
	copy_name(t->term, term ? term : "UNKNOWN");
}

void telopt_set_user(struct telopt *t, const char *user)
{
	copy_name(t->user, user ? user : "");
}

void telopt_set_size(struct telopt *t, unsigned cols, unsigned rows)
{
	t->cols = cols > 65535 ? 65535 : cols;
	t->rows = rows > 65535 ? 65535 : rows;
	if (telopt_on(t, TO_NAWS, TELOPT_US))
		naws_send(t);
	tx_flush(t);
}

/* A NEW-ENVIRON reply under construction, bounded. */
struct env_out {
	size_t len;
	bool full;
	uint8_t b[TELOPT_SB_MAX];
};

static void env_put(struct env_out *o, uint8_t c)
{
	if (o->len == sizeof(o->b))
		o->full = true;
	else
		o->b[o->len++] = c;
}

static void env_escaped(struct env_out *o, const uint8_t *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (p[i] <= ENV_USERVAR)
			env_put(o, ENV_ESC);
		env_put(o, p[i]);
	}
}

/* type, name and, unless value is NULL, VALUE value; whole or not at
 * all */
static void env_item(struct env_out *o, uint8_t type, const uint8_t *name,
		     size_t nlen, const char *value)
{
	size_t keep = o->len;

	env_put(o, type);
	env_escaped(o, name, nlen);
	if (value) {
		env_put(o, ENV_VALUE);
		env_escaped(o, (const uint8_t *)value, strlen(value));
	}
	if (o->full)
		o->len = keep;
}

/* One requested variable: type and name (unescaped). An empty name asks
 * for every variable of the type; a name we do not have is answered
 * with no VALUE ("undefined", RFC 1572 section 3). */
static void env_answer(struct telopt *t, struct env_out *o, uint8_t type,
		       const uint8_t *name, size_t nlen)
{
	static const uint8_t user[] = "USER";
	bool is_user = nlen == 4 && memcmp(name, user, 4) == 0;

	if (type == ENV_VAR && (nlen == 0 || is_user) && t->user[0])
		env_item(o, ENV_VAR, user, 4, t->user);
	else if (nlen)
		env_item(o, type, name, nlen, NULL);
}

/* SEND [type name]...: parse the list, answer IS. */
static void env_reply(struct telopt *t, const uint8_t *p, size_t n)
{
	struct env_out o = { 0 };
	uint8_t name[TELOPT_NAME_MAX];
	size_t i = 1, nlen;

	o.b[o.len++] = SB_IS;
	if (n == 1)
		env_answer(t, &o, ENV_VAR, NULL, 0);
	while (i < n && !o.full) {
		uint8_t type = p[i++];

		if (type != ENV_VAR && type != ENV_USERVAR)
			break;	/* not a list we understand: stop here */
		for (nlen = 0; i < n; i++) {
			uint8_t c = p[i];

			if (c == ENV_VAR || c == ENV_VALUE ||
			    c == ENV_USERVAR)
				break;
			if (c == ENV_ESC) {
				if (++i == n)
					break;
				c = p[i];
			}
			/* names too long to be ours are cut, then unmatched */
			if (nlen < sizeof(name))
				name[nlen++] = c;
		}
		env_answer(t, &o, type, name, nlen);
	}
	tx_sb(t, TO_NEW_ENVIRON, o.b, o.len);
}

/* A whole IAC SB ... IAC SE arrived. */
static void sb_done(struct telopt *t)
{
	const uint8_t *p = t->sb;
	size_t n = t->sb_len;

	if (t->sb_over || n == 0 || p[0] != SB_SEND ||
	    !telopt_on(t, t->sb_opt, TELOPT_US))
		return;
	if (t->sb_opt == TO_TTYPE) {
		uint8_t r[1 + TELOPT_NAME_MAX];
		size_t len = strlen(t->term);

		r[0] = SB_IS;
		memcpy(r + 1, t->term, len);
		tx_sb(t, TO_TTYPE, r, 1 + len);
	} else if (t->sb_opt == TO_NEW_ENVIRON) {
		env_reply(t, p, n);
	}
}

/* The byte after an IAC. */
static void rx_iac(struct telopt *t, uint8_t b)
{
	t->rx = RX_DATA;
	if (b >= TN_WILL) {
		t->verb = b;
		t->rx = RX_OPT;
	} else if (b == TN_SB) {
		t->rx = RX_SB_OPT;
	}
	/* IAC IAC is handled by the caller; other commands mean nothing
	 * to a client that does not do LINEMODE or STATUS */
}

static void rx_sb_byte(struct telopt *t, uint8_t b)
{
	if (t->sb_len < sizeof(t->sb))
		t->sb[t->sb_len++] = b;
	else
		t->sb_over = true;
}

size_t telopt_recv(struct telopt *t, uint8_t *buf, size_t n)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		uint8_t b = buf[i];

		switch (t->rx) {
		case RX_DATA:
			if (b == TN_IAC) {
				t->rx = RX_IAC;
				break;
			}
			/* CR NUL is a bare CR (RFC 854); not in BINARY */
			if (!(b == 0 && t->rx_cr))
				buf[o++] = b;
			t->rx_cr = b == '\r' &&
				   !telopt_on(t, TO_BINARY, TELOPT_HIM);
			break;
		case RX_IAC:
			if (b == TN_IAC) {
				buf[o++] = b;
				t->rx_cr = false;
				t->rx = RX_DATA;
			} else {
				rx_iac(t, b);
			}
			break;
		case RX_OPT:
			if (t->ops->trace)
				t->ops->trace(t->arg, false, t->verb, b);
			q_recv(t, t->verb <= TN_WONT ? TELOPT_HIM : TELOPT_US,
			       b, t->verb == TN_WILL || t->verb == TN_DO);
			t->rx = RX_DATA;
			break;
		case RX_SB_OPT:
			t->sb_opt = b;
			t->sb_len = 0;
			t->sb_over = false;
			t->rx = RX_SB;
			break;
		case RX_SB:
			if (b == TN_IAC)
				t->rx = RX_SB_IAC;
			else
				rx_sb_byte(t, b);
			break;
		case RX_SB_IAC:
			if (b == TN_IAC) {
				rx_sb_byte(t, b);
				t->rx = RX_SB;
			} else if (b == TN_SE) {
				sb_done(t);
				t->rx = RX_DATA;
			} else {
				/* IAC SE left out: drop what came, and take
				 * this as the command it is */
				rx_iac(t, b);
			}
			break;
		}
	}
	tx_flush(t);
	return o;
}

void telopt_send_data(struct telopt *t, const uint8_t *buf, size_t n,
		      bool lines)
{
	bool bin = telopt_on(t, TO_BINARY, TELOPT_US);
	size_t i;

	if (n == 0 && t->tx_cr) {
		tx_byte(t, '\0');
		t->tx_cr = false;
	}
	for (i = 0; i < n; i++) {
		uint8_t b = buf[i];

		if (bin) {
			if (b == TN_IAC)
				tx_byte(t, TN_IAC);
			tx_byte(t, b);
			continue;
		}
		if (t->tx_cr && b != '\n')
			tx_byte(t, '\0');
		if (lines && b == '\n' && !t->tx_cr)
			tx_byte(t, '\r');
		if (b == TN_IAC)
			tx_byte(t, TN_IAC);
		tx_byte(t, b);
		t->tx_cr = lines && b == '\r';
		if (b == '\r' && !lines)
			tx_byte(t, '\0');
	}
	tx_flush(t);
}

void telopt_send_cmd(struct telopt *t, unsigned cmd)
{
	tx_byte(t, TN_IAC);
	tx_byte(t, (uint8_t)cmd);
	tx_flush(t);
}
