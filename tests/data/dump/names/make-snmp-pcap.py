#!/usr/bin/env python3
"""make-snmp-pcap.py - write snmp-oids.pcap: SNMP GetRequests naming every
node of libcommon/decode/snmp-mib.h, a child below each that no MIB has,
and OIDs outside the tree, so that tests/names.test can compare how
tcpbox and tcpdump name them without -n. Run by hand; the pcap is
committed."""
import re, struct

nodes = [tuple(int(x, 0) for x in m.groups()) for m in re.finditer(
    r'\{ (0x[0-9a-f]+), (\d+), (\d+) \}',
    open('../../../../libcommon/decode/snmp-mib.h').read())]

def path(i):
    p = []
    while i != 0xffff:
        p.insert(0, nodes[i][1])
        i = nodes[i][0]
    return p

def tlv(t, v):
    n = len(v)
    ln = bytes([n]) if n < 128 else bytes([0x82, n >> 8, n & 255])
    return bytes([t]) + ln + v

def oid(arcs):
    out = bytes([arcs[0] * 40 + arcs[1]])
    for a in arcs[2:]:
        b = [a & 0x7f]
        a >>= 7
        while a:
            b.append(0x80 | (a & 0x7f))
            a >>= 7
        out += bytes(reversed(b))
    return tlv(6, out)

oids = [path(i) for i in range(len(nodes)) if len(path(i)) > 1]
oids += [o + [250] for o in oids] + [o + [0, 1] for o in oids[:50]]
oids += [[2, 5, 4], [0, 1, 2], [1, 2, 840, 113549], [1, 3, 6, 1, 4, 1, 99999, 1]]
out = bytearray(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1))
for i in range(0, len(oids), 40):
    vbs = b''.join(tlv(0x30, oid(o) + tlv(5, b'')) for o in oids[i:i + 40])
    pdu = tlv(0xa0, tlv(2, b'\x01') + tlv(2, b'\x00') + tlv(2, b'\x00') +
              tlv(0x30, vbs))
    msg = tlv(0x30, tlv(2, b'\x00') + tlv(4, b'public') + pdu)
    u = struct.pack('!HHHH', 1024, 161, 8 + len(msg), 0) + msg
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(u), 1, 0, 64, 17, 0,
                     bytes([10, 9, 0, 1]), bytes([10, 9, 0, 2]))
    f = b'\x02' * 6 + b'\x04' * 6 + b'\x08\x00' + ip + u
    out += struct.pack('<IIII', 1700000000 + i, 0, len(f), len(f)) + f
open('snmp-oids.pcap', 'wb').write(out)
