#!/bin/sh
# make-pcaps.sh - remake this directory's capture: ICMP error messages
# built byte by byte, whole and cut short at several lengths. Run by
# hand from the top of the tree; then tests/data/dump/regen sweep-a-core
# for the expected outputs.
set -eu
here=tests/data/dump/sweep-a-core
python3 - "$here/icmp-cut.pcap" <<'PY'
import struct, sys
def cksum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff); s += s >> 16
    return ~s & 0xffff
inner = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 48, 1, 0, 64, 17, 0,
                    bytes([10, 0, 0, 2]), bytes([10, 0, 0, 9])) + \
        struct.pack('!HHHH', 1234, 53, 28, 0) + bytes(20)
with open(sys.argv[1], 'wb') as o:
    o.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    n = 0
    for typ, code in ((3, 1), (3, 3), (3, 4), (5, 0), (11, 0), (12, 0)):
        ic = struct.pack('!BBHHH', typ, code, 0, 0, 1500 if code == 4 else 0)
        ic += inner
        ic = ic[:2] + struct.pack('!H', cksum(ic)) + ic[4:]
        ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(ic), 1, 0, 64, 1,
                         0, bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
        ip = ip[:10] + struct.pack('!H', cksum(ip)) + ip[12:]
        f = bytes.fromhex('020000000002' '020000000001' '0800') + ip + ic
        for cut in (2, 5, 8, 20, 27, 28, len(ic)):   # ICMP bytes kept
            o.write(struct.pack('<IIII', 1000 + n, 0, 34 + cut, len(f)) +
                    f[:34 + cut])
            n += 1
PY
