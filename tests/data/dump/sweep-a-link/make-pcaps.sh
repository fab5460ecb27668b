#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below). Run by hand from the top of the tree; then
# tests/data/dump/regen sweep-a-link for the expected outputs.
set -eu
c=${1:?usage: make-pcaps.sh CORPUS_DIR}
here=tests/data/dump/sweep-a-link
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sweep() { scripts/dump-sweep -n -s "$1" -o "$tmp" "$c/$2.pcap" >/dev/null; }
cat_pcaps() {
	python3 - "$@" <<'PY'
import sys
out = open(sys.argv[1], 'wb')
for i, p in enumerate(sys.argv[2:]):
    b = open(p, 'rb').read()
    out.write(b if i == 0 else b[24:])
PY
}

# Arista headers of an unknown subtype or timestamp format (the raw
# frame follows the addresses and the type again), one cut short after
# its timescale
sweep 1 arista_ether
sweep 2 arista_ether
scripts/pcap-pick "$tmp/arista_ether-s1.pcap" "$tmp/a.pcap" 15 36
scripts/pcap-pick "$tmp/arista_ether-s2.pcap" "$tmp/b.pcap" 17 35
python3 - "$c/arista_ether.pcap" "$tmp/c.pcap" <<'PY'
import struct, sys
b = open(sys.argv[1], 'rb').read()
sec, frac, cl, ln = struct.unpack('<IIII', b[24:40])
with open(sys.argv[2], 'wb') as o:   # the first frame, to its timescale
    o.write(b[:24] + struct.pack('<IIII', sec, frac, 17, ln) + b[40:57])
PY
cat_pcaps "$here/arista-mut.pcap" "$tmp/a.pcap" "$tmp/b.pcap" "$tmp/c.pcap"

# SunATM pseudo-headers cut short: -e prints the direction first
sweep 1 atm-heapoverflow
sweep 1 atm-oam-heapoverflow
scripts/pcap-pick "$tmp/atm-heapoverflow-s1.pcap" "$tmp/d.pcap" 1-4
scripts/pcap-pick "$tmp/atm-oam-heapoverflow-s1.pcap" "$tmp/e.pcap" 1 3 4
cat_pcaps "$here/sunatm-mut.pcap" "$tmp/d.pcap" "$tmp/e.pcap"

# PPPoE tags (in Broadcom LI frames) whose value runs past the capture:
# tcpdump reads all of it before printing the tag
sweep 4 bcm-li
scripts/pcap-pick "$tmp/bcm-li-s4.pcap" "$here/pppoe-tag-cut.pcap" 205 271

# a Juniper extension TLV whose 4-byte value has its top bit set
sweep 6 bgp-aigp
scripts/pcap-pick "$tmp/bgp-aigp-s6.pcap" "$here/juniper-ext-mut.pcap" 4
