#!/usr/bin/env python3
"""tcpd.py - a minimal inetd "nowait" service for tests/telnet.test.

usage: tcpd.py PORTFILE PORT PROGRAM [ARG...]

Listens on 127.0.0.1:PORT (0: any free port), writes the port number to
PORTFILE, and runs PROGRAM for every connection with the socket as its
stdin, stdout and stderr, as inetd does for telnetd. Exits after
LIFETIME seconds whatever happens, so a forgotten server cannot linger.
"""
import os
import signal
import socket
import sys

LIFETIME = 300


def main():
    portfile, port, argv = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    signal.alarm(LIFETIME)
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", port))
    srv.listen(5)
    tmp = portfile + ".tmp"
    with open(tmp, "w") as f:
        f.write("%d\n" % srv.getsockname()[1])
    os.rename(tmp, portfile)
    while True:
        conn, _ = srv.accept()
        if os.fork() == 0:
            srv.close()
            signal.alarm(0)
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            for fd in (0, 1, 2):
                os.dup2(conn.fileno(), fd)
            conn.close()
            os.execv(argv[0], argv)
        conn.close()


if __name__ == "__main__":
    main()
