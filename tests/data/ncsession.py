#!/usr/bin/env python3
"""ncsession.py - one nc session against a scripted peer, and how it ended.

usage: ncsession.py NC ROLE PROTO STDIN PEER [NC_OPTION...]

  ROLE   client: the peer listens, nc connects; listen: nc -l, the peer
         connects
  PROTO  tcp, udp or unix (a stream socket at ./s.sock)
  STDIN  eof (a line, then the end), late (a line, the end after
         0.6 s), open (a line, the pipe kept open), tty (a terminal,
         nothing typed), ttytype (a terminal, a line typed after 1 s)
  PEER   what the peer does 0.3 s after it connected and sent its line:
         fin (shutdown(SHUT_WR), then reads on), close, reset (an RST),
         open (nothing: it reads on), empty (UDP: an empty datagram)

NCSESSION_PORTS="LO HI" makes it choose its TCP/UDP port in LO..HI.

nc runs at most 2.5 s (then it is killed: rc=killed). Prints one line:
  rc=RC out=BYTES:MD5 peer=BYTES:MD5:END t=SECONDS
where out is what nc wrote to stdout, peer what the peer received and
how its stream ended (eof, reset or open), t how long nc ran.
"""
import hashlib
import os
import pty
import random
import select
import socket
import struct
import subprocess
import sys
import time

CAP = 2.5
nc, role, proto, stdin_kind, peer_kind = sys.argv[1:6]
opts = sys.argv[6:]
IN_LINE, PEER_LINE = b"from stdin\n", b"from the peer\n"


def free_port(kind):
    """A port nothing is bound to; from NCSESSION_PORTS ("LO HI") when
    set, so that two sessions run at once never pick the same one."""
    span = os.environ.get("NCSESSION_PORTS", "").split()
    for _ in range(200):
        s = socket.socket(socket.AF_INET, kind)
        try:
            s.bind(("127.0.0.1", random.randint(int(span[0]), int(span[1]))
                    if span else 0))
            return s.getsockname()[1]
        except OSError:
            pass
        finally:
            s.close()
    sys.exit("ncsession: no free port")


def listening(port, path):
    """Whether something is bound (udp) or listening (tcp) on port."""
    want = ":%04X" % port
    for line in open(path).read().splitlines()[1:]:
        f = line.split()
        if f[1].endswith(want) and (proto == "udp" or f[3] == "0A"):
            return True
    return False


def unix_listening(path):
    """A socket listens on the file path names now: the file's inode in
    ss -xe's list of listeners (the file appears at bind, before listen,
    and nc.openbsd and tcpbox each bind an s.sock of their own in this
    namespace at the same time)."""
    try:
        ino = os.stat(path).st_ino
    except OSError:
        return False
    out = subprocess.run(["ss", "-Hlxe"], capture_output=True,
                         text=True).stdout
    return (" ino:%d " % ino) in out


def wait_listener(port):
    deadline = time.time() + 10
    while time.time() < deadline:
        if proto == "unix" and unix_listening("s.sock"):
            return
        if proto != "unix" and listening(
                port, "/proc/net/udp" if proto == "udp" else "/proc/net/tcp"):
            return
        time.sleep(0.02)
    sys.exit("ncsession: nc did not listen")


def start_nc(args):
    """nc with the stdin asked for; returns (proc, stdin writer fd)."""
    if stdin_kind in ("tty", "ttytype"):
        master, slave = pty.openpty()
        p = subprocess.Popen([nc] + args, stdin=slave, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, start_new_session=True)
        NC_PROCS.append(p)
        os.close(slave)
        return p, master
    r, w = os.pipe()
    p = subprocess.Popen([nc] + args, stdin=r, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL)
    NC_PROCS.append(p)
    os.close(r)
    os.write(w, IN_LINE)
    if stdin_kind == "eof":
        os.close(w)
        w = None
    return p, w


def peer_socket():
    if proto == "unix":
        return socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    return socket.socket(socket.AF_INET, socket.SOCK_DGRAM if proto == "udp"
                         else socket.SOCK_STREAM)


def main():
    if proto == "unix":
        if os.path.exists("s.sock"):
            os.unlink("s.sock")
        addr, target = "s.sock", ["-U", "s.sock"]
    else:
        port = free_port(socket.SOCK_DGRAM if proto == "udp"
                         else socket.SOCK_STREAM)
        addr, target = ("127.0.0.1", port), ["127.0.0.1", str(port)]
    if proto == "udp":
        target = ["-u"] + target
    t0 = time.time()
    if role == "listen":
        p, w = start_nc(opts + ["-l"] + target)
        wait_listener(None if proto == "unix" else addr[1])
        s = peer_socket()
        s.connect(addr)
    else:
        ls = peer_socket()
        ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        ls.bind(addr)
        if proto != "udp":
            ls.listen(1)
        p, w = start_nc(opts + target)
        if proto == "udp":
            ls.settimeout(10)
            _, who = ls.recvfrom(1, socket.MSG_PEEK)
            ls.connect(who)
            s = ls
        else:
            r, _, _ = select.select([ls], [], [], 10)
            if not r:
                sys.exit("ncsession: nc did not connect")
            s, _ = ls.accept()
    s.setblocking(False)
    s.send(PEER_LINE)
    out, got, end = b"", b"", "open"
    acted = typed = False
    t_conn = time.time()
    rc = None
    while time.time() - t0 < CAP:
        now = time.time()
        if not acted and now - t_conn >= 0.3:
            acted = True
            if peer_kind == "fin":
                s.shutdown(socket.SHUT_WR)
            elif peer_kind == "close":
                s.close()
                s = None
            elif peer_kind == "reset":
                s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                             struct.pack("ii", 1, 0))
                s.close()
                s = None
            elif peer_kind == "empty":
                s.send(b"")
        if stdin_kind == "ttytype" and not typed and now - t0 >= 1.0:
            typed = True
            os.write(w, b"typed\n")
        if stdin_kind == "late" and w is not None and now - t0 >= 0.6:
            os.close(w)
            w = None
        fds = [p.stdout] + ([s] if s is not None and end == "open" else [])
        r, _, _ = select.select(fds, [], [], 0.02)
        if p.stdout in r:
            b = os.read(p.stdout.fileno(), 65536)
            out += b
        if s is not None and s in r:
            try:
                b = s.recv(65536)
                if b or proto == "udp":
                    got += b
                else:
                    end = "eof"
            except ConnectionResetError:
                end = "reset"
            except (BlockingIOError, ConnectionRefusedError):
                pass
        if p.poll() is not None and rc is None:
            rc, t = p.returncode, time.time() - t0
            # what it wrote before it went, and the peer's last news
            out += p.stdout.read()
            deadline = time.time() + 0.2
            while s is not None and end == "open" and time.time() < deadline:
                r, _, _ = select.select([s], [], [], 0.02)
                if not r:
                    continue
                try:
                    b = s.recv(65536)
                    if b or proto == "udp":
                        got += b
                    else:
                        end = "eof"
                except ConnectionResetError:
                    end = "reset"
                except (BlockingIOError, ConnectionRefusedError):
                    pass
            break
    if rc is None:
        p.kill()
        p.wait()
        rc, t = "killed", CAP
        out += p.stdout.read()
    if w is not None:
        os.close(w)
    print("rc=%s out=%d:%s peer=%d:%s:%s t=%.2f" % (
        rc, len(out), hashlib.md5(out).hexdigest()[:8], len(got),
        hashlib.md5(got).hexdigest()[:8], end, t))


NC_PROCS = []


def reap():
    """No nc outlives the harness, whatever ended it."""
    for p in NC_PROCS:
        if p.poll() is None:
            p.kill()
            p.wait()


try:
    main()
finally:
    reap()
