#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below). Run by hand from the top of the tree; then
# tests/data/dump/regen sweep-a-link for the expected outputs.
set -eu
here=tests/data/dump/sweep-a-link
. tests/data/dump/sweep-lib.sh

# Arista headers of an unknown subtype or timestamp format (the raw
# frame follows the addresses and the type again), one cut short after
# its timescale
pick 1 arista_ether "$tmp/a.pcap" 15 36
pick 2 arista_ether "$tmp/b.pcap" 17 35
python3 - "$c/arista_ether.pcap" "$tmp/c.pcap" <<'PY'
import struct, sys
b = open(sys.argv[1], 'rb').read()
sec, frac, cl, ln = struct.unpack('<IIII', b[24:40])
with open(sys.argv[2], 'wb') as o:   # the first frame, to its timescale
    o.write(b[:24] + struct.pack('<IIII', sec, frac, 17, ln) + b[40:57])
PY
cat_pcaps "$here/arista-mut.pcap" "$tmp/a.pcap" "$tmp/b.pcap" "$tmp/c.pcap"

# SunATM pseudo-headers cut short: -e prints the direction first
pick 1 atm-heapoverflow "$tmp/d.pcap" 1-4
pick 1 atm-oam-heapoverflow "$tmp/e.pcap" 1 3 4
cat_pcaps "$here/sunatm-mut.pcap" "$tmp/d.pcap" "$tmp/e.pcap"

# PPPoE tags (in Broadcom LI frames) whose value runs past the capture:
# tcpdump reads all of it before printing the tag
pick 4 bcm-li "$here/pppoe-tag-cut.pcap" 205 271

# a Juniper extension TLV whose 4-byte value has its top bit set
pick 6 bgp-aigp "$here/juniper-ext-mut.pcap" 4

# MPCP (ethertype 0x8808, which tcpbox once left undecoded): a frame of
# a variant of AoE_Linux, and each message kind built byte by byte,
# whole and cut short in its fields
pick 6 AoE_Linux "$tmp/m.pcap" 194
python3 - "$tmp/n.pcap" <<'PY'
import struct, sys
from pcapbuild import cuts, eth, write_pcap
def m(op, ts, body):
    return struct.pack('!HI', op, ts) + body
grant = struct.pack('!IH', 1000, 50)
msgs = [m(1, 5, b'\x00\x10'), m(2, 100, bytes([0x02 | 0x08]) + grant + grant + b'\x00\x20'),
        m(2, 101, bytes([0xf0]) + b'\x00\x21'), m(2, 102, bytes([0x00]) + b'\x00\x22'),
        m(3, 200, bytes([3, 0x05]) + b'\x00\x01\x00\x02' + bytes([0x80]) + b'\x00\x03'),
        m(3, 201, bytes([1])), m(3, 202, bytes([2, 0])),
        m(4, 300, bytes([1, 4])), m(4, 301, bytes([3, 0])), m(4, 302, bytes([2, 0])),
        m(5, 400, struct.pack('!HBHB', 7, 1, 9, 2)), m(5, 401, struct.pack('!HBHB', 7, 3, 9, 2)),
        m(5, 402, struct.pack('!HBHB', 7, 6, 9, 2)), m(5, 403, struct.pack('!HBHB', 7, 0, 9, 2)),
        m(6, 500, struct.pack('!HBH', 8, 1, 10)), m(6, 501, struct.pack('!HBH', 8, 0, 10)),
        m(6, 502, struct.pack('!HBH', 8, 2, 10)), m(7, 600, b'abcdef'), m(0x1000, 700, b'\x01\x02')]
pk = []
for p in msgs:
    p += bytes(max(0, 46 - len(p)))
    f = eth(0x8808, dst='0180c2000001') + p
    # whole, and cut in the common header and in the fields
    pk += cuts(f, sorted({17, 21, 22, 24, 27, len(f)}))
write_pcap(sys.argv[1], pk)
PY
cat_pcaps "$here/mpcp.pcap" "$tmp/m.pcap" "$tmp/n.pcap"

# an LLDP management address TLV too short for its address
pick 9 evb "$here/lldp-mgmt-mut.pcap" 16
