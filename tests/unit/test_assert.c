/* test_assert.c - libcommon/assert-static.c's __assert_fail against
 * glibc's (found with dlsym(RTLD_NEXT), since ours takes its name in
 * this program): the same line on stderr, and death by SIGABRT. */
#include <dlfcn.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "../../libcommon/assert-static.c"

typedef void assert_fn(const char *, const char *, unsigned, const char *);

struct call {
	const char *expr, *file;
	unsigned line;
	const char *func;
};

/* What fn writes to stderr for c, in out; whether it died of SIGABRT. */
static int run(assert_fn *fn, const struct call *c, char *out, size_t cap)
{
	int p[2], st;
	ssize_t n, got = 0;
	pid_t pid;

	assert_int_equal(pipe(p), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		signal(SIGABRT, SIG_DFL);
		dup2(p[1], 2);
		fn(c->expr, c->file, c->line, c->func);
		_exit(0);
	}
	close(p[1]);
	while ((n = read(p[0], out + got, cap - 1 - (size_t)got)) > 0)
		got += n;
	out[got] = '\0';
	close(p[0]);
	waitpid(pid, &st, 0);
	return WIFSIGNALED(st) && WTERMSIG(st) == SIGABRT;
}

static void test_same_as_glibc(void **state)
{
	static const struct call calls[] = {
		{ "1 == 2", "gencode.c", 42, "gen_proto" },
		{ "p != NULL", "./optimize.c", 0, NULL },
		{ "x", "a/b.c", 4294967295u, "" },
		{ "", "", 7, "f" },
	};
	assert_fn *glibc = (assert_fn *)dlsym(RTLD_NEXT, "__assert_fail");
	char ours[512], theirs[512];
	size_t i;

	(void)state;
	assert_non_null(glibc);
	for (i = 0; i < sizeof(calls) / sizeof(calls[0]); i++) {
		assert_true(run(__assert_fail, &calls[i], ours, sizeof(ours)));
		assert_true(run(glibc, &calls[i], theirs, sizeof(theirs)));
		assert_string_equal(ours, theirs);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_as_glibc),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
