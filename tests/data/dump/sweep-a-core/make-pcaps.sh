#!/bin/sh
# make-pcaps.sh - remake this directory's capture: ICMP error messages
# built byte by byte, whole and cut short at several lengths. Run by
# hand from the top of the tree; then tests/data/dump/regen sweep-a-core
# for the expected outputs.
set -eu
here=tests/data/dump/sweep-a-core
PYTHONPATH=tests/data/dump python3 - "$here/icmp-cut.pcap" <<'PY'
import struct, sys
from pcapbuild import eth, ip4, put_cksum, udp, write_pcap
# the quoted packet's IP checksum is left 0
inner = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 48, 1, 0, 64, 17, 0,
                    bytes([10, 0, 0, 2]), bytes([10, 0, 0, 9])) + \
        udp(1234, 53, bytes(20))
pk = []
for typ, code in ((3, 1), (3, 3), (3, 4), (5, 0), (11, 0), (12, 0)):
    ic = struct.pack('!BBHHH', typ, code, 0, 0, 1500 if code == 4 else 0)
    ic = put_cksum(ic + inner, 2)
    f = eth(0x0800) + ip4(1, ic)
    for cut in (2, 5, 8, 20, 27, 28, len(ic)):   # ICMP bytes kept
        pk.append((f[:34 + cut], len(f)))
write_pcap(sys.argv[1], pk)
PY
