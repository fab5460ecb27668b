#!/usr/bin/env python3
"""proxy.py - a small SOCKS4/SOCKS5/HTTP CONNECT proxy for the nc tests.

usage: proxy.py PROTO PORT LOG [FAIL]
  PROTO  socks4 | socks5 | http
  LOG    each request is appended as one line: what the client asked for
  FAIL   answer every request with this error code instead (SOCKS5 reply
         code, SOCKS4 status, or HTTP status), and close; HTTP 407 lets
         a request with Proxy-Authorization through

Serves one client at a time, a bounded number of them (10), on 127.0.0.1.
"""
import socket
import struct
import sys
import threading


def read_exact(s, n):
    b = b""
    while len(b) < n:
        c = s.recv(n - len(b))
        if not c:
            raise EOFError
        b += c
    return b


def relay(a, b):
    def pump(src, dst):
        try:
            while True:
                d = src.recv(65536)
                if not d:
                    break
                dst.sendall(d)
            dst.shutdown(socket.SHUT_WR)
        except OSError:
            pass
    t = threading.Thread(target=pump, args=(b, a))
    t.start()
    pump(a, b)
    t.join()


def socks4(c, log, fail):
    vn, cd, port = struct.unpack("!BBH", read_exact(c, 4))
    ip = socket.inet_ntoa(read_exact(c, 4))
    user = b""
    while True:
        ch = read_exact(c, 1)
        if ch == b"\0":
            break
        user += ch
    log.write("socks4 v%d cmd %d %s %d user=%s\n" %
              (vn, cd, ip, port, user.decode()))
    if fail:
        c.sendall(struct.pack("!BBH4s", 0, fail & 255, 0, b"\0" * 4))
        return None
    t = socket.create_connection((ip, port))
    c.sendall(struct.pack("!BBH4s", 0, 90, 0, b"\0" * 4))
    return t


def socks5(c, log, fail):
    ver, n = struct.unpack("!BB", read_exact(c, 2))
    methods = list(read_exact(c, n))
    c.sendall(b"\x05\x00")
    ver, cmd, _, atyp = struct.unpack("!BBBB", read_exact(c, 4))
    if atyp == 1:
        host = socket.inet_ntoa(read_exact(c, 4))
    elif atyp == 4:
        host = socket.inet_ntop(socket.AF_INET6, read_exact(c, 16))
    else:
        host = read_exact(c, read_exact(c, 1)[0]).decode()
    port = struct.unpack("!H", read_exact(c, 2))[0]
    log.write("socks5 methods %s cmd %d atyp %d %s %d\n" %
              (methods, cmd, atyp, host, port))
    if fail:
        c.sendall(b"\x05" + bytes([fail & 255]) + b"\x00\x01" + b"\0" * 6)
        return None
    t = socket.create_connection((host, port))
    c.sendall(b"\x05\x00\x00\x01\x7f\x00\x00\x01\x30\x39")
    return t


def http(c, log, fail):
    head = b""
    while not head.endswith(b"\r\n\r\n"):
        head += read_exact(c, 1)
    lines = head.decode().split("\r\n")
    log.write("http %s\n" % " | ".join(l for l in lines if l))
    if fail == 407 and any(l.startswith("Proxy-Authorization:") for l in lines):
        fail = 0        # 407 asks for credentials; these pass
    if fail:
        c.sendall(b"HTTP/1.0 %d Refused by the test\r\n\r\n" % fail)
        return None
    host, port = lines[0].split()[1].rsplit(":", 1)
    t = socket.create_connection((host.strip("[]"), int(port)))
    c.sendall(b"HTTP/1.1 200 Connection established\r\nX-Test: 1\r\n\r\n")
    return t


def main():
    proto, port, logname = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    fail = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    handler = {"socks4": socks4, "socks5": socks5, "http": http}[proto]
    ls = socket.socket()
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    ls.bind(("127.0.0.1", port))
    ls.listen(5)
    for _ in range(10):
        c, _ = ls.accept()
        with open(logname, "a", buffering=1) as log:  # lines out at once
            try:
                t = handler(c, log, fail)
            except (EOFError, OSError, ValueError) as e:
                log.write("error %s\n" % e)
                t = None
        if t:
            relay(c, t)
            t.close()
        c.close()


main()
