/* fuzz_telopt.c - libFuzzer entry over the TELNET engine (telopt.c).
 *
 * Input: a flags byte (what the client accepts, whether it has a user,
 * a window size), a chunk-size byte, then what the server sends, fed in
 * chunks of that size so commands are cut everywhere. Between chunks the
 * client asks for an option and sends a little data, as the applet does.
 * The sanitizers judge; the asserts check the engine's promises.
 */
#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "telopt.h"

static size_t sent;

static int count_send(void *arg, const uint8_t *buf, size_t len)
{
	(void)arg;
	(void)buf;
	sent += len;
	return 0;
}

static const struct telopt_ops ops = { count_send, NULL, NULL };

static const unsigned opts[] = {
	TO_BINARY, TO_ECHO, TO_SGA, TO_TTYPE, TO_NAWS, TO_NEW_ENVIRON, 200,
};

static void setup(struct telopt *t, unsigned f)
{
	unsigned i;

	for (i = 0; i < 6; i++)
		if (f & (1u << i)) {
			telopt_accept(t, opts[i], TELOPT_US, true);
			telopt_accept(t, opts[i], TELOPT_HIM, true);
		}
	if (f & 0x40)
		telopt_set_user(t, "fuzz\x01user\xff");
	if (f & 0x80)
		telopt_set_size(t, 255, 65535);
	telopt_set_term(t, "xterm\xff");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static uint8_t buf[4096];
	struct telopt *t;
	size_t chunk, off, n, i = 0;

	if (size < 2)
		return 0;
	t = telopt_new(&ops, NULL);
	if (!t)
		return 0;
	setup(t, data[0]);
	chunk = data[1] % 64 + 1;
	for (off = 2; off < size; off += n) {
		uint8_t k = data[off];

		n = size - off < chunk ? size - off : chunk;
		memcpy(buf, data + off, n);
		assert(telopt_recv(t, buf, n) <= n);
		telopt_ask(t, opts[k % 7], k & 8 ? TELOPT_HIM : TELOPT_US,
			   k & 16);
		telopt_send_data(t, buf, n / 2, k & 32);
		if (++i % 4 == 0)
			telopt_set_size(t, k, n);
	}
	telopt_send_data(t, NULL, 0, true);
	telopt_free(t);
	return 0;
}
