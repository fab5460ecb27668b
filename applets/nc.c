/* nc.c - read and write TCP/UDP/unix connections.
 *
 * Compatible with: netcat-openbsd 1.219 (the nc issue tracks the work).
 * Until that lands the applet says so instead of pretending.
 */
#include "error.h"

const char nc_help[] =
"usage: nc [-46CDdFhklNnrStUuvz] [-I length] [-i interval] [-M ttl]\n"
"          [-m minttl] [-O length] [-P proxy_username] [-p source_port]\n"
"          [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]\n"
"          [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]\n"
"          [destination] [port]\n"
"\n"
"Not implemented yet in this tcpbox build.\n";

int nc_main(int argc, char **argv)
{
	(void)argc;
	msg_set_prog("tcpbox");
	warn_msg("%s: not implemented yet", argv[0]);
	return 2;
}
