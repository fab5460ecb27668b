#!/usr/bin/env python3
"""holdin.py - run a command with stdin a pipe that stays open.

usage: holdin.py CMD...

Copies this process's stdin into CMD's stdin, then keeps that pipe
open until CMD exits (a telnet client ends at its stdin's end, as
netkit's does; tests that watch a whole session hold it open). Exits
with CMD's status.
"""
import os
import subprocess
import sys

data = sys.stdin.buffer.read()
p = subprocess.Popen(sys.argv[1:], stdin=subprocess.PIPE)
try:
    p.stdin.write(data)
    p.stdin.flush()
except BrokenPipeError:
    pass
rc = p.wait()
try:
    p.stdin.close()
except BrokenPipeError:
    pass
sys.exit(rc if rc >= 0 else 128 - rc)
