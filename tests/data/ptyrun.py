#!/usr/bin/env python3
"""ptyrun.py - run a command on a new terminal, answer one prompt.

usage: ptyrun.py PROMPT ANSWER CMD...
Waits (bounded, 10 s) for PROMPT in what the command writes to the
terminal, types ANSWER and a newline; copies all the command writes to
the terminal to stdout. Exits with the command's status.
"""
import os
import pty
import select
import sys
import time

prompt, answer, cmd = sys.argv[1].encode(), sys.argv[2].encode(), sys.argv[3:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(cmd[0], cmd)
seen, deadline = b"", time.time() + 10
answered = False
while time.time() < deadline:
    r, _, _ = select.select([fd], [], [], 0.1)
    if not r:
        continue
    try:
        data = os.read(fd, 4096)
    except OSError:
        break
    if not data:
        break
    sys.stdout.buffer.write(data)
    seen += data
    if not answered and prompt in seen:
        os.write(fd, answer + b"\n")
        answered = True
_, status = os.waitpid(pid, 0)
sys.stdout.flush()
sys.exit(os.waitstatus_to_exitcode(status))
