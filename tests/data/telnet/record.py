#!/usr/bin/env python3
"""record.py - what a telnet client sends first, as hex.

usage: record.py PORT OUT
Accepts one connection on 127.0.0.1:PORT, sends nothing, records what
the client sends in its first two seconds, writes it to OUT as hex bytes
(one line), and closes.
"""
import socket
import sys
import time

ls = socket.socket()
ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
ls.bind(("127.0.0.1", int(sys.argv[1])))
ls.listen(1)
c, _ = ls.accept()
c.settimeout(0.1)
got, end = b"", time.time() + 2.0
while time.time() < end:
    try:
        d = c.recv(4096)
    except socket.timeout:
        continue
    if not d:
        break
    got += d
with open(sys.argv[2], "w") as f:
    f.write(" ".join("%02x" % b for b in got) + "\n")
c.close()
