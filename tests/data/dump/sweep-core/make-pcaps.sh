#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below), and an IPv4 packet built byte by byte.
# Run by hand from the top of the tree; then tests/data/dump/regen
# sweep-core for the expected outputs.
set -eu
c=${1:?usage: make-pcaps.sh CORPUS_DIR}
here=tests/data/dump/sweep-core
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sweep() { scripts/dump-sweep -n -s "$1" -o "$tmp" "$c/$2.pcap" >/dev/null; }

# DECnet NSP control messages of the shortest lengths, messages dumped
# whole and cut short
for s in 1 2 3 4; do sweep $s DECnet_Phone; done
scripts/pcap-pick "$tmp/DECnet_Phone-s1.pcap" "$tmp/a.pcap" 530 532 540 541 543 546
scripts/pcap-pick "$tmp/DECnet_Phone-s2.pcap" "$tmp/b.pcap" 532 535 541-543 548 549
scripts/pcap-pick "$tmp/DECnet_Phone-s3.pcap" "$tmp/c.pcap" 109 380 537 540 543 551
scripts/pcap-pick "$tmp/DECnet_Phone-s4.pcap" "$tmp/d.pcap" 380 529 531 541 544 545 549
python3 - "$here/decnet-mut.pcap" "$tmp"/a.pcap "$tmp"/b.pcap "$tmp"/c.pcap "$tmp"/d.pcap <<'PY'
import sys
out = open(sys.argv[1], 'wb')
for i, p in enumerate(sys.argv[2:]):
    b = open(p, 'rb').read()
    out.write(b if i == 0 else b[24:])
PY

# IPv4 with a record route option whose length (4) is no multiple of
# an address: its address is read on into the IGMP message after it
python3 - "$here/ip-rr-short.pcap" <<'PY'
import struct, sys
def cksum(b):
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff); s += s >> 16
    return ~s & 0xffff
igmp = bytes([0x12, 0, 0, 0]) + bytes([239, 255, 255, 254])
igmp = igmp[:2] + struct.pack('!H', cksum(igmp)) + igmp[4:]
opts = bytes([7, 4, 0, 0])
hdr = struct.pack('!BBHHHBBH4s4s', 0x46, 0, 24 + len(igmp), 1, 0, 1, 2, 0,
                  bytes([10, 0, 0, 1]), bytes([239, 255, 255, 254])) + opts
hdr = hdr[:10] + struct.pack('!H', cksum(hdr)) + hdr[12:]
eth = bytes.fromhex('01005e7ffffe' '000000000001' '0800')
pk = []
for cut in (None, 30, 27, 26):   # whole, then short of the address
    f = eth + hdr + igmp
    if cut:
        f = f[:14 + cut]
    pk.append(f)
with open(sys.argv[1], 'wb') as o:
    o.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, f in enumerate(pk):
        o.write(struct.pack('<IIII', 1000 + i, 0, len(f), len(f)) + f)
PY
