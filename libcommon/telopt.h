/* telopt.h - the TELNET protocol as a client speaks it: the data stream
 * with commands taken out (RFC 854), option negotiation by the "Q method"
 * of RFC 1143 (no loops whatever the peer sends), bounded
 * subnegotiation, and the client's answers for TERMINAL-TYPE (RFC 1091),
 * NAWS (RFC 1073) and NEW-ENVIRON (RFC 1572).
 *
 * No I/O and no messages: bytes for the peer go to ops->send, option
 * changes are reported to ops->change. Every function that may answer
 * the peer has sent its bytes by the time it returns.
 */
#ifndef TCPBOX_TELOPT_H
#define TCPBOX_TELOPT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum telnet_cmd {
	TN_SE = 240, TN_NOP, TN_DM, TN_BRK, TN_IP, TN_AO, TN_AYT, TN_EC,
	TN_EL, TN_GA, TN_SB, TN_WILL, TN_WONT, TN_DO, TN_DONT, TN_IAC,
};

enum telnet_opt {
	TO_BINARY = 0, TO_ECHO = 1, TO_SGA = 3, TO_STATUS = 5, TO_TTYPE = 24,
	TO_NAWS = 31, TO_LINEMODE = 34, TO_NEW_ENVIRON = 39,
};

/* Which end an option is about: ours (WILL/WONT we send, DO/DONT we
 * get) or the peer's (the other way round). */
enum telopt_side { TELOPT_US, TELOPT_HIM };

enum {
	TELOPT_SB_MAX = 512,	/* longer subnegotiations are dropped whole */
	TELOPT_NAME_MAX = 64,	/* TERM and USER are cut to this */
	/* answers to the peer's requests per option and side; past them
	 * the option is off and the peer's requests go unanswered */
	TELOPT_ANSWER_MAX = 32,
};

struct telopt_ops {
	/* Bytes for the peer, in order; 0 or -1 (the engine goes on). */
	int (*send)(void *arg, const uint8_t *buf, size_t len);
	/* opt on side was switched on or off (NULL: not wanted). */
	void (*change)(void *arg, unsigned opt, enum telopt_side side,
		       bool on);
	/* A DO/DONT/WILL/WONT sent (sent) or received, for a trace
	 * (NULL: not wanted). */
	void (*trace)(void *arg, bool sent, unsigned verb, unsigned opt);
};

/* netkit's name of an option ("SUPPRESS GO AHEAD"), or NULL. */
const char *telopt_name(unsigned opt);

struct telopt;

/* A new engine with every option off and refused; NULL on ENOMEM.
 * ops and arg are kept, not copied. */
struct telopt *telopt_new(const struct telopt_ops *ops, void *arg);
void telopt_free(struct telopt *t);

/* Agree (yes) or not when the peer asks for opt on side. */
void telopt_accept(struct telopt *t, unsigned opt, enum telopt_side side,
		   bool yes);
/* Ask for opt on side to be switched on or off (RFC 1143 section 7),
 * queueing behind a pending request. 0 when a request went out or was
 * queued; -1 with errno EALREADY when it is, or will be, so already. */
int telopt_ask(struct telopt *t, unsigned opt, enum telopt_side side,
	       bool on);
/* True when opt is on for side (RFC 1143 state YES). */
bool telopt_on(const struct telopt *t, unsigned opt, enum telopt_side side);

/* The terminal type (NULL: "UNKNOWN") and the user name NEW-ENVIRON
 * gives as USER (NULL: none); both copied, cut to TELOPT_NAME_MAX. */
void telopt_set_term(struct telopt *t, const char *term);
void telopt_set_user(struct telopt *t, const char *user);
/* The window size; sent at once when NAWS is on and it is not 0x0. */
void telopt_set_size(struct telopt *t, unsigned cols, unsigned rows);

/* Take the commands out of buf[0..n) in place, answering them; returns
 * how many data bytes are left at the start of buf. A command cut by
 * the end of buf goes on in the next call. */
size_t telopt_recv(struct telopt *t, uint8_t *buf, size_t n);
/* Send user data: IAC doubled and, unless we send BINARY, CR as CR NUL.
 * lines: a LF alone goes as CR LF and CR LF stays (pipes, line mode);
 * whether a CR at the end of buf needs its NUL is known at the next
 * call, so call with n 0 at the end of the input. */
void telopt_send_data(struct telopt *t, const uint8_t *buf, size_t n,
		      bool lines);
/* Send IAC cmd (NOP, AYT, IP, ...). */
void telopt_send_cmd(struct telopt *t, unsigned cmd);

#endif
