#!/usr/bin/env python3
"""make-pcap.py - write ports.pcap: the same HTTP request between port
pairs where two ports of a packet name different printers, so the
protocol tables' ranks must give tcpdump's choice (BEEP's 10288 against
HTTP's 80, telnet before BEEP, RESP before BEEP, DNS over UDP against
SNMP, an ephemeral port on both sides). Run by hand; the pcap is
committed, tcpdump's outputs beside it."""
import struct

def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff

def ip(proto, l4):
    h = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(l4), 1, 0, 64, proto,
                    0, bytes([127, 0, 0, 1]), bytes([127, 0, 0, 1]))
    return b'\0' * 12 + b'\x08\x00' + h[:10] + struct.pack('!H', csum(h)) + \
        h[12:] + l4

def tcp(sport, dport, data):
    return ip(6, struct.pack('!HHIIBBHHH', sport, dport, 1, 1, 5 << 4, 0x18,
                             1000, 0, 0) + data)

def udp(sport, dport, data):
    return ip(17, struct.pack('!HHHH', sport, dport, 8 + len(data), 0) + data)

req = b'GET / HTTP/1.1\r\nHost: x\r\n\r\n'
dns = bytes.fromhex('1234010000010000000000000377777707'
                    '6578616d706c6503636f6d0000010001')
frames = [tcp(10288, 80, req), tcp(80, 10288, req), tcp(55555, 80, req),
          tcp(23, 10288, req), tcp(10288, 6379, req), tcp(8080, 22, req),
          tcp(40000, 41000, req), udp(53, 161, dns), udp(161, 53, dns),
          udp(40000, 53, dns)]
out = bytearray(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
for i, f in enumerate(frames):
    out += struct.pack('<IIII', 1700000000 + i, 0, len(f), len(f)) + f
open('ports.pcap', 'wb').write(out)
