#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below). Run by hand from the top of the tree; then
# tests/data/dump/regen sweep-b-routing for the expected outputs.
set -eu
here=tests/data/dump/sweep-b-routing
. tests/data/dump/sweep-lib.sh

# an OSPFv2 router LSA with an unknown link type: no -vv hex dump
pick 2 ospf-nssa-bitnt "$here/ospf-rlink-type.pcap" 3

# IS-IS NLPID 0 (named NULL), and an Ethernet II frame of type 0xfefe
# with no byte after its header (checked, not read)
pick 3 isis_iid_tlv "$here/isis-nlpid-null.pcap" 85
pick 3 isoclns-heapoverflow "$here/osi-ether-empty.pcap" 2

# an OSPFv2 router link with more TOS metrics than captured: the link
# and the metrics captured print
pick 5 ospf-nssa-bitnt "$here/ospf-tos-cut.pcap" 4

# OSPFv2 router LSA flags Wildcard and Host
pick 8 ospf-nssa-bitnt "$here/ospf-rla-flags.pcap" 3

# IS-IS extended IS reachability whose sub-TLVs run past the TLV: the
# TLV's remaining length does not count the bytes of some sub-TLVs
pick 10 isis_cap_tlv "$here/isis-subtlv-past.pcap" 3

# EGP (IP protocol 8): a version 25 message from the sweep; messages of
# every type built here, updates with source nets of each class, whole
# and cut short
pick 6 of10_p3295 "$tmp/a.pcap" 219
python3 - "$tmp/b.pcap" <<'PY'
import struct, sys
from pcapbuild import cuts, eth, ip4, write_pcap
def egp(ver, typ, code, status, hg, ps, body=b''):
    return struct.pack('!BBBBHHHH4s', ver, typ, code, status, 0, 100, 7,
                       hg, ps) + body
pk = [egp(2, 3, c, s, 60, bytes([0, 180, 0, 0]))
      for c in range(6) for s in (0, 1, 3, 9)]
pk += [egp(2, 5, c, s, 0, bytes(4)) for c in range(3) for s in (0, 2, 3)]
pk += [egp(2, 2, 0, 5, 0, bytes([10, 0, 0, 0])),
       egp(2, 8, 0, 1, 3, bytes(4)), egp(2, 8, 0, 1, 300, bytes(4)),
       egp(2, 9, 0, 1, 0, bytes(4))]
body = bytes([1, 2, 3, 2, 1, 1, 10, 3, 2, 130, 5, 200, 1, 2, 4, 5, 6, 1, 0,
              0])
for sn in ([10, 0, 0, 0], [130, 1, 0, 0], [1, 2, 3, 10], [1, 2, 3, 130],
           [1, 2, 3, 200]):
    pk.append(egp(2, 1, 0, 0x81, 0x0101, bytes(sn), body))
    pk.append(egp(2, 1, 0, 1, 0x0201, bytes(sn), body))
out = []
for i, pl in enumerate(pk):
    f = eth(0x0800, dst='000000000000', src='000000000001') + ip4(8, pl)
    # the last whole and cut short, the others whole
    out += cuts(f, [len(f), 46, 52, 55] if i == len(pk) - 1 else [len(f)])
write_pcap(sys.argv[1], out)
PY
cat_pcaps "$here/egp.pcap" "$tmp/a.pcap" "$tmp/b.pcap"
