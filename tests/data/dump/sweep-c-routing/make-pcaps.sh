#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below). Run by hand from the top of the tree; then
# tests/data/dump/regen sweep-c-routing for the expected outputs.
set -eu
here=tests/data/dump/sweep-c-routing
. tests/data/dump/sweep-lib.sh

# RIPv2 simple text authentication cut short
pick 1 ripv2_auth "$tmp/a.pcap" 7
pick 2 ripv2_auth "$tmp/b.pcap" 4
cat_pcaps "$here/rip-mut.pcap" "$tmp/a.pcap" "$tmp/b.pcap"

# IS-IS protocols supported TLV naming NLPID 0 (an SPB hello changed)
pick 3 spb "$here/isis-nlpid0.pcap" 53

# Minimal IP encapsulation (IP protocol 55): a changed byte of a
# resp_2_inline packet, then headers built byte by byte (with and
# without the original source, a bad checksum, cut short)
pick 5 resp_2_inline "$here/mobile-mut.pcap" 8
python3 - "$here/mobile.pcap" <<'PY'
import struct, sys
from pcapbuild import cksum, cuts, eth, ip4, write_pcap
pk = []
def put(pl, cut=None):
    f = eth(0x0800, dst='001122334455', src='66778899aabb') + ip4(55, pl)
    pk.extend(cuts(f, [len(f) if cut is None else cut]))
for s in (0, 1):
    h = bytearray(struct.pack('!BBH4s', 6, 0x80 if s else 0, 0,
                              bytes([192, 168, 1, 1])))
    if s:
        h += bytes([172, 16, 0, 1])
    h[2:4] = struct.pack('!H', cksum(bytes(h)))
    put(bytes(h) + b'payloadpayload')
    put(bytes(h))
    bad = bytearray(h); bad[2] ^= 1
    put(bytes(bad) + b'xx')
    for n in (4, 8, 10, 12):
        put(bytes(h) + b'abcd', cut=34 + n)
put(b'\x06\x00\x00\x00\x0a\x00')
write_pcap(sys.argv[1], pk)
PY

# an IS-IS extended IS reachability entry whose subTLVs (after an SPB
# metric) run past the TLV
pick 7 spb "$here/isis-subtlv-rem.pcap" 125
