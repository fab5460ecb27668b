/* tcpbox.c - the multiplexer: one executable, many applets.
 *
 * Dispatches on the basename of argv[0] (a link named tcpdump, nc, ...)
 * or on "tcpbox APPLET ARGS...". Owns --help, --list and --install; the
 * applet list is applets/applets.def and nowhere else.
 * "tcpbox --netns TARGET APPLET", or TCPBOX_NETNS=TARGET in the
 * environment (for the links), joins another network namespace before
 * the applet starts (libcommon/netns.c; docs/netns.md).
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
#include "netns.h"
#include "out.h"

const char tcpbox_help[] =
"usage: tcpbox APPLET [ARGS...]\n"
"       APPLET [ARGS...]              (through a link named after it)\n"
"       tcpbox --netns TARGET APPLET [ARGS...]\n"
"       TCPBOX_NETNS=TARGET APPLET [ARGS...]\n"
"       tcpbox --list\n"
"       tcpbox --install [-s] DIR\n"
"       tcpbox --config\n"
"       tcpbox [APPLET] --help\n"
"\n"
"One static executable for connection debugging on boxes that have\n"
"nothing else: tcpdump, netcat, telnet and netstat, plus lab\n"
"walkthroughs.\n"
"\n"
"  --netns TARGET  run the applet in another network namespace: TARGET\n"
"                  is a PID (/proc/PID/ns/net), a name from ip netns\n"
"                  (/run/netns/NAME) or a namespace file's path (one\n"
"                  with a '/'); through a link, TCPBOX_NETNS=TARGET does\n"
"                  the same. Joining needs CAP_SYS_ADMIN\n"
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

/* Join the network namespace target names, or die saying why; how is
 * where target came from ("--netns " or "TCPBOX_NETNS="), for the
 * message, which names the file too unless target was a path. */
static void netns_join(const char *how, const char *target)
{
	char path[PATH_MAX];
	int kind = netns_path(target, path, sizeof(path));
	const char *file = kind == NETNS_PATH ? "" : path;
	const char *sep = kind == NETNS_PATH ? "" : ": ";
	const char *type;
	int nstype;

	if (kind < 0)	/* the error line would not hold all of it */
		die("%s%.32s...: %s", how, target, strerror(errno));
	if (netns_enter(path, &nstype) == 0)
		return;
	switch (errno) {
	case ENOENT:
	case ESRCH:
		if (kind == NETNS_PID)
			die("%s%s: no such process", how, target);
		if (kind == NETNS_NAME)
			die("%s%s: no network namespace named %s in /run/netns",
			    how, target, target);
		break;
	case EINVAL:
		type = netns_type_name(nstype);
		if (type)
			die("%s%s: a %s namespace, not a network namespace",
			    how, target, type);
		die("%s%s: %s%snot a network namespace", how, target, file,
		    sep);
	case EACCES:
		if (kind == NETNS_PID)
			die("%s%s: permission denied: another user's process "
			    "(reading %s needs CAP_SYS_PTRACE)",
			    how, target, path);
		break;
	case EPERM:
		die("%s%s: permission denied: joining a network namespace "
		    "needs CAP_SYS_ADMIN", how, target);
	case ENOSYS:
		die("%s%s: this kernel has no setns(2) (Linux 3.0 and later "
		    "have it)", how, target);
	}
	if (kind == NETNS_PATH)
		die_errno("%s%s", how, target);
	die_errno("%s%s: %s", how, target, path);
}

/* --netns TARGET or --netns=TARGET before the applet: take it out of
 * argv; NULL when there is none. */
static const char *netns_option(int *argc, char ***argv)
{
	char **v = *argv;
	const char *target;
	int skip;

	if (*argc > 1 && !strncmp(v[1], "--netns=", 8)) {
		target = v[1] + 8;
		skip = 1;
	} else if (*argc > 1 && !strcmp(v[1], "--netns")) {
		if (*argc < 3)
			die("--netns needs a TARGET: a PID, a name from ip "
			    "netns, or a path");
		target = v[2];
		skip = 2;
	} else {
		return NULL;
	}
	if (!*target)
		die("--netns needs a TARGET: a PID, a name from ip netns, "
		    "or a path");
	v[skip] = v[0];
	*argv = v + skip;
	*argc -= skip;
	return target;
}

static int run_applet(const struct applet *a, int argc, char **argv,
		      const char *netns)
{
	const char *env = getenv("TCPBOX_NETNS");

	if (argc > 1 && !strcmp(argv[1], "--help")) {
		msg_set_prog(argv[0]);
		out_str(a->help);
		return 0;
	}
	if (netns)
		netns_join("--netns ", netns);
	else if (env && *env)
		netns_join("TCPBOX_NETNS=", env);
	/* Programs the applet runs (nc -e, lab's tools) are already in the
	 * namespace: they must not join it again. */
	unsetenv("TCPBOX_NETNS");
	msg_set_prog(argv[0]);
	return a->main(argc, argv);
}

int main(int argc, char **argv)
{
	const char *name = args_basename(argc > 0 ? argv[0] : "tcpbox");
	const struct applet *a;
	const char *netns = NULL;
	int rc;

	msg_set_prog("tcpbox");
	if (argc > 0)
		argv[0] = (char *)name;
	a = applet_find(name);
	if (!a && !strncmp(name, "tcpbox", 6)) {
		netns = netns_option(&argc, &argv);
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
	xexit(run_applet(a, argc, argv, netns));
}
