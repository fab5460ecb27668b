/* netstat.c - print network connections, routing tables, interface
 * statistics.
 *
 * Compatible with: net-tools netstat 2.10 (the netstat issue tracks the
 * work). Until that lands the applet says so instead of pretending.
 */
#include "error.h"

const char netstat_help[] =
"usage: netstat [-vWeenNcCF] [<Af>] -r         netstat {-V|--version|-h|--help}\n"
"       netstat [-vWnNcaeol] [<Socket> ...]\n"
"       netstat { [-vWeenNac] -i | [-cnNe] -M | -s [-6tuw] }\n"
"\n"
"Not implemented yet in this tcpbox build.\n";

int netstat_main(int argc, char **argv)
{
	(void)argc;
	msg_set_prog("tcpbox");
	warn_msg("%s: not implemented yet", argv[0]);
	return 2;
}
