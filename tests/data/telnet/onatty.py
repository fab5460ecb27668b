#!/usr/bin/env python3
"""onatty.py - run a command on a new terminal for a while.

usage: onatty.py SECONDS CMD...
Starts CMD on a pseudo-terminal of 80x24, discards what it prints, ends
it (SIGKILL) after SECONDS if it is still running.
"""
import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import time

secs, cmd = float(sys.argv[1]), sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    # the size is set before the command starts, so it is there when the
    # command first asks
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    os.execvp(cmd[0], cmd)
end = time.time() + secs
while time.time() < end:
    r, _, _ = select.select([fd], [], [], 0.1)
    if r:
        try:
            if not os.read(fd, 4096):
                break
        except OSError:
            break
    if os.waitpid(pid, os.WNOHANG)[0]:
        sys.exit(0)
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
