#!/usr/bin/env python3
"""flipflop.py - a TELNET server that turns every answer into a new question.

usage: flipflop.py PORTFILE SECONDS OPTION...

Listens on 127.0.0.1 (any free port, written to PORTFILE). For one
client: asks DO and WILL for each OPTION (decimal), then answers every
WILL with DONT, WONT with DO, DO with WONT and DONT with WILL -- the
opposite of what the client just agreed to, so a client without a
bound answers forever. After SECONDS (or when the client closes),
prints how many bytes the client sent and how many answers per
option and verb ("24 WILL 3" ...), then closes.
"""
import os
import select
import socket
import sys
import time

IAC, WILL, WONT, DO, DONT = 255, 251, 252, 253, 254
FLIP = {WILL: DONT, WONT: DO, DO: WONT, DONT: WILL}
NAMES = {WILL: "WILL", WONT: "WONT", DO: "DO", DONT: "DONT"}

portfile, secs, opts = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
ls = socket.socket()
ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
ls.bind(("127.0.0.1", 0))
ls.listen(1)
with open(portfile + ".tmp", "w") as f:
    f.write("%d\n" % ls.getsockname()[1])
os.rename(portfile + ".tmp", portfile)
ls.settimeout(20)
c, _ = ls.accept()
for o in opts:
    c.sendall(bytes([IAC, DO, int(o), IAC, WILL, int(o)]))
total, pending, counts = 0, b"", {}
end = time.monotonic() + secs
while time.monotonic() < end:
    r, _, _ = select.select([c], [], [], 0.05)
    if not r:
        continue
    try:
        b = c.recv(65536)
    except ConnectionResetError:
        break
    if not b:
        break
    total += len(b)
    pending += b
    out = b""
    i = 0
    while i + 2 < len(pending):
        if pending[i] == IAC and pending[i + 1] in FLIP:
            verb, opt = pending[i + 1], pending[i + 2]
            counts[(opt, verb)] = counts.get((opt, verb), 0) + 1
            out += bytes([IAC, FLIP[verb], opt])
            i += 3
        else:
            i += 1
    pending = pending[i:]
    if out:
        try:
            c.sendall(out)
        except (BrokenPipeError, ConnectionResetError):
            break
print("bytes %d" % total)
for (opt, verb) in sorted(counts):
    print("%d %s %d" % (opt, NAMES[verb], counts[(opt, verb)]))
c.close()
