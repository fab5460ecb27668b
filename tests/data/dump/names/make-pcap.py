#!/usr/bin/env python3
"""make-pcap.py - write names.pcap: Ethernet frames whose addresses, ports
and protocols tcpdump names without -n (tests/names.test gives them names
in its own /etc/hosts, /etc/ethers and /etc/services). Run by hand; the
pcap is committed."""
import struct

def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff

def mac(s):
    return bytes(int(x, 16) for x in s.split(':'))

def ip4(s):
    return bytes(int(x) for x in s.split('.'))

def ipv4(src, dst, proto, payload, frag=0, ident=1):
    h = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(payload), ident, frag,
                    64, proto, 0, ip4(src), ip4(dst))
    h = h[:10] + struct.pack('!H', csum(h)) + h[12:]
    return h + payload

def l4sum(src, dst, proto, seg, v6=False):
    if v6:
        ph = src + dst + struct.pack('!IxxxB', len(seg), proto)
    else:
        ph = src + dst + struct.pack('!xBH', proto, len(seg))
    return csum(ph + seg)

def tcp(src, dst, sport, dport, flags, seq, ack=0, v6=False):
    seg = struct.pack('!HHIIBBHHH', sport, dport, seq, ack, 5 << 4, flags,
                      64240, 0, 0)
    c = l4sum(src, dst, 6, seg, v6)
    return seg[:16] + struct.pack('!H', c) + seg[18:]

def udp(src, dst, sport, dport, data):
    seg = struct.pack('!HHHH', sport, dport, 8 + len(data), 0) + data
    c = l4sum(src, dst, 17, seg)
    return seg[:6] + struct.pack('!H', c) + seg[8:]

def eth(dst, src, etype, payload):
    f = mac(dst) + mac(src) + struct.pack('!H', etype) + payload
    return f + b'\0' * max(0, 60 - len(f))

A, B, C = '10.9.0.1', '10.9.0.2', '192.0.2.7'
MA, MB, BC = '02:00:00:00:99:01', '02:00:00:00:99:02', 'ff:ff:ff:ff:ff:ff'
CISCO, HP = '00:00:0c:12:34:56', '00:24:81:65:43:21'
frames = []
arp = struct.pack('!HHBBH', 1, 0x0800, 6, 4, 1) + mac(MA) + ip4(A) + \
    bytes(6) + ip4(B)
frames.append(eth(BC, MA, 0x0806, arp))
arp = struct.pack('!HHBBH', 1, 0x0800, 6, 4, 2) + mac(MB) + ip4(B) + \
    mac(MA) + ip4(A)
frames.append(eth(MA, MB, 0x0806, arp))
frames.append(eth(MB, MA, 0x0800, ipv4(A, B, 6,
                  tcp(ip4(A), ip4(B), 40000, 80, 0x02, 1000))))
frames.append(eth(MA, MB, 0x0800, ipv4(B, A, 6,
                  tcp(ip4(B), ip4(A), 80, 40000, 0x12, 5000, 1001))))
frames.append(eth(CISCO, HP, 0x0800, ipv4(A, C, 6,
                  tcp(ip4(A), ip4(C), 40001, 22, 0x02, 7))))
frames.append(eth(MB, MA, 0x0800, ipv4(A, B, 17,
                  udp(ip4(A), ip4(B), 33333, 4000, b'hello'))))
frames.append(eth(MB, MA, 0x0800, ipv4(A, B, 17,
                  udp(ip4(A), ip4(B), 33333, 4001, b'hello'))))
frames.append(eth(MB, MA, 0x0800, ipv4(A, B, 17,
                  udp(ip4(A), ip4(B), 33333, 9999, b'hello'))))
icmp = struct.pack('!BBHHH', 8, 0, 0, 1, 1) + b'ping'
icmp = icmp[:2] + struct.pack('!H', csum(icmp)) + icmp[4:]
frames.append(eth(MB, MA, 0x0800, ipv4(A, B, 1, icmp)))
for proto in (1, 47, 200):
    frames.append(eth(MB, MA, 0x0800, ipv4(A, B, proto, bytes(8),
                                           frag=0x0002, ident=77)))
frames.append(eth(MB, MA, 0x0800, ipv4(A, B, 200, bytes(12))))
frames.append(eth('00:00:00:00:00:00', '00:00:00:00:00:00', 0x0800,
                  ipv4('127.0.0.1', '127.0.0.1', 6,
                       tcp(ip4('127.0.0.1'), ip4('127.0.0.1'), 60642, 12345,
                           0x02, 857858591))))
s6, d6 = bytes.fromhex('fe80' + '00' * 13 + '01'), \
    bytes.fromhex('fe80' + '00' * 13 + '02')
seg = tcp(s6, d6, 50000, 22, 0x02, 42, v6=True)
v6 = struct.pack('!IHBB', 6 << 28, len(seg), 6, 64) + s6 + d6 + seg
frames.append(eth('33:33:00:00:00:02', MA, 0x86dd, v6))

out = bytearray(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1))
for i, f in enumerate(frames):
    out += struct.pack('<IIII', 1700000000 + i, 250000, len(f), len(f)) + f
open('names.pcap', 'wb').write(out)
