/* tcpbox.c - the multiplexer: one executable, many applets.
 *
 * Dispatches on the basename of argv[0] (a link named tcpdump, nc, ...)
 * or on "tcpbox APPLET ARGS...". Owns --help, --list and --install; the
 * applet list is applets/applets.def and nowhere else.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "generated/config.h"
#include "args.h"
#include "error.h"
#include "out.h"

const char tcpbox_help[] =
"usage: tcpbox APPLET [ARGS...]\n"
"       APPLET [ARGS...]              (through a link named after it)\n"
"       tcpbox --list\n"
"       tcpbox --install [-s] DIR\n"
"       tcpbox --config\n"
"       tcpbox [APPLET] --help\n"
"\n"
"One static executable for connection debugging on boxes that have\n"
"nothing else: tcpdump, netcat, telnet and netstat, plus lab\n"
"walkthroughs.\n"
"\n"
"  --list          print every applet and alias name, one per line\n"
"  --install DIR   make a link per name in DIR (hard links; -s: symbolic);\n"
"                  an existing file that is not tcpbox is never replaced\n"
"  --config        print the configuration built in (CONFIG_...=y or n)\n"
"\n"
"Applets:\n";

#define APPLET(name, main, help) \
	int main(int argc, char **argv); \
	extern const char help[];
#define ALIAS(alias, applet)
#include "generated/applets.def"
#undef APPLET
#undef ALIAS

struct applet {
	const char *name;
	int (*main)(int argc, char **argv);
	const char *help;
	const char *target;	/* the applet an alias stands for */
};

static const struct applet applets[] = {
#define APPLET(name, main, help) { #name, main, help, #name },
#define ALIAS(alias, applet) { #alias, applet##_main, applet##_help, #applet },
#include "generated/applets.def"
#undef APPLET
#undef ALIAS
};

enum { NAPPLETS = sizeof(applets) / sizeof(applets[0]) };

static const struct applet *applet_find(const char *name)
{
	size_t i;

	for (i = 0; i < NAPPLETS; i++)
		if (!strcmp(applets[i].name, name))
			return &applets[i];
	return NULL;
}

static void list_print(void)
{
	size_t i;

	for (i = 0; i < NAPPLETS; i++)
		out_fmt("%s\n", applets[i].name);
}

static void help_print(void)
{
	size_t i;

	out_str(tcpbox_help);
	for (i = 0; i < NAPPLETS; i++) {
		if (strcmp(applets[i].name, applets[i].target))
			out_fmt("  %-10s alias of %s\n", applets[i].name,
				applets[i].target);
		else
			out_fmt("  %s\n", applets[i].name);
	}
}

/* Is path already a link to the executable whose stat is self? */
static int is_ours(const char *path, const struct stat *self, int symbolic)
{
	struct stat st;

	if (symbolic) {
		if (lstat(path, &st) < 0 || !S_ISLNK(st.st_mode))
			return 0;
	}
	if (stat(path, &st) < 0)
		return 0;
	return st.st_dev == self->st_dev && st.st_ino == self->st_ino;
}

static int install_links(const char *dir, int symbolic)
{
	char self[PATH_MAX], path[PATH_MAX];
	struct stat sst, st;
	ssize_t n;
	size_t i;
	int rc = 0;

	n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n < 0)
		die_errno("/proc/self/exe");
	self[n] = '\0';
	if (stat(self, &sst) < 0)
		die_errno("%s", self);
	for (i = 0; i < NAPPLETS; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, applets[i].name);
		if (lstat(path, &st) == 0) {
			if (is_ours(path, &sst, S_ISLNK(st.st_mode)))
				continue;
			warn_msg("%s: exists and is not a link to tcpbox",
				 path);
			rc = 1;
			continue;
		}
		if ((symbolic ? symlink(self, path) : link(self, path)) < 0) {
			warn_errno("%s", path);
			rc = 1;
		}
	}
	return rc;
}

static int tcpbox_main(int argc, char **argv)
{
	const char *cmd = argc > 1 ? argv[1] : NULL;

	if (!cmd) {
		help_print();
		out_set_fd(STDERR_FILENO);
		xexit(1);
	}
	if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
		help_print();
		return 0;
	}
	if (!strcmp(cmd, "--list")) {
		list_print();
		return 0;
	}
	if (!strcmp(cmd, "--config")) {
		out_str(TCPBOX_CONFIG);
		return 0;
	}
	if (!strcmp(cmd, "--install")) {
		int symbolic = argc > 2 && !strcmp(argv[2], "-s");

		if (argc != 3 + symbolic)
			die("usage: tcpbox --install [-s] DIR");
		return install_links(argv[2 + symbolic], symbolic);
	}
	return -1;
}

static int run_applet(const struct applet *a, int argc, char **argv)
{
	msg_set_prog(argv[0]);
	if (argc > 1 && !strcmp(argv[1], "--help")) {
		out_str(a->help);
		return 0;
	}
	return a->main(argc, argv);
}

int main(int argc, char **argv)
{
	const char *name = args_basename(argc > 0 ? argv[0] : "tcpbox");
	const struct applet *a;
	int rc;

	msg_set_prog("tcpbox");
	if (argc > 0)
		argv[0] = (char *)name;
	a = applet_find(name);
	if (!a && !strncmp(name, "tcpbox", 6)) {
		rc = tcpbox_main(argc, argv);
		if (rc >= 0)
			xexit(rc);
		argc--;
		argv++;
		a = applet_find(argv[0]);
	}
	if (!a) {
		warn_msg("applet not found");
		xexit(127);
	}
	xexit(run_applet(a, argc, argv));
}
