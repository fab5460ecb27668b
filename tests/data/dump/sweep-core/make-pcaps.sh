#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below), and an IPv4 packet built byte by byte.
# Run by hand from the top of the tree; then tests/data/dump/regen
# sweep-core for the expected outputs.
set -eu
here=tests/data/dump/sweep-core
. tests/data/dump/sweep-lib.sh

# DECnet NSP control messages of the shortest lengths, messages dumped
# whole and cut short
pick 1 DECnet_Phone "$tmp/a.pcap" 530 532 540 541 543 546
pick 2 DECnet_Phone "$tmp/b.pcap" 532 535 541-543 548 549
pick 3 DECnet_Phone "$tmp/c.pcap" 109 380 537 540 543 551
pick 4 DECnet_Phone "$tmp/d.pcap" 380 529 531 541 544 545 549
cat_pcaps "$here/decnet-mut.pcap" "$tmp"/a.pcap "$tmp"/b.pcap "$tmp"/c.pcap \
	"$tmp"/d.pcap

# IPv4 with a record route option whose length (4) is no multiple of
# an address: its address is read on into the IGMP message after it
python3 - "$here/ip-rr-short.pcap" <<'PY'
import sys
from pcapbuild import eth, ip4, put_cksum, write_pcap
igmp = put_cksum(bytes([0x12, 0, 0, 0]) + bytes([239, 255, 255, 254]), 2)
f = eth(0x0800, dst='01005e7ffffe', src='000000000001') + \
    ip4(2, igmp, dst=(239, 255, 255, 254), ttl=1, opts=bytes([7, 4, 0, 0]))
# whole, then short of the address
write_pcap(sys.argv[1], [f] + [f[:14 + cut] for cut in (30, 27, 26)])
PY
