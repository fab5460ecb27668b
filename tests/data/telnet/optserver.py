#!/usr/bin/env python3
"""optserver.py - a scripted TELNET server for tests/telnet.test.

usage: optserver.py PORTFILE PORT STEP...

Listens on 127.0.0.1:PORT (0: any free port) and writes the port number
to PORTFILE. For one client, runs each STEP in turn:

    HEX       send these bytes ("." separates parts, HEX*N repeats)
    -         send nothing
    =         send nothing, and read until the client closes (at most
              CLOSE_MAX seconds): for tests typing into a terminal

then reads until the client has been quiet for QUIET seconds (at most
STEP_MAX), and prints one line: what the client sent, in hex, "-" for
nothing, "UNIT*N" when it was N copies of one UNIT. After the last step
the connection is closed. Every wait is bounded.
"""
import os
import select
import socket
import sys
import time

QUIET = 0.4
STEP_MAX = 10.0
CLOSE_MAX = 40.0
ACCEPT_MAX = 20.0


def parse_step(step):
    out = b""
    for part in step.split("."):
        count = 1
        if "*" in part:
            part, n = part.split("*")
            count = int(n)
        out += bytes.fromhex(part) * count
    return out


def show(data):
    if not data:
        return "-"
    n = len(data)
    for size in range(1, n // 2 + 1):
        if n % size == 0 and data[:size] * (n // size) == data:
            return "%s*%d" % (data[:size].hex(), n // size)
    return data.hex()


def collect(conn, quiet, most):
    got = b""
    start = last = time.monotonic()
    while True:
        now = time.monotonic()
        if now - last >= quiet or now - start >= most:
            return got, False
        ready, _, _ = select.select([conn], [], [], 0.1)
        if not ready:
            continue
        try:
            data = conn.recv(65536)
        except OSError:
            return got, True
        if not data:
            return got, True
        got += data
        last = time.monotonic()


def main():
    portfile, port, steps = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", port))
    srv.listen(1)
    tmp = portfile + ".tmp"
    with open(tmp, "w") as f:
        f.write("%d\n" % srv.getsockname()[1])
    os.rename(tmp, portfile)
    srv.settimeout(ACCEPT_MAX)
    conn, _ = srv.accept()
    conn.setblocking(True)
    for step in steps:
        if step == "=":
            got, eof = collect(conn, CLOSE_MAX, CLOSE_MAX)
        else:
            if step != "-":
                conn.sendall(parse_step(step))
            got, eof = collect(conn, QUIET, STEP_MAX)
        print(show(got) + (" EOF" if eof else ""), flush=True)
        if eof:
            break
    conn.close()
    srv.close()


if __name__ == "__main__":
    main()
