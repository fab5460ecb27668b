#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below). Run by hand from the top of the tree; then
# tests/data/dump/regen sweep-b-routing for the expected outputs.
set -eu
c=${1:?usage: make-pcaps.sh CORPUS_DIR}
here=tests/data/dump/sweep-b-routing
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sweep() { scripts/dump-sweep -n -s "$1" -o "$tmp" "$c/$2.pcap" >/dev/null; }

# an OSPFv2 router LSA with an unknown link type: no -vv hex dump
sweep 2 ospf-nssa-bitnt
scripts/pcap-pick "$tmp/ospf-nssa-bitnt-s2.pcap" "$here/ospf-rlink-type.pcap" 3

# IS-IS NLPID 0 (named NULL), and an Ethernet II frame of type 0xfefe
# with no byte after its header (checked, not read)
sweep 3 isis_iid_tlv
sweep 3 isoclns-heapoverflow
scripts/pcap-pick "$tmp/isis_iid_tlv-s3.pcap" "$here/isis-nlpid-null.pcap" 85
scripts/pcap-pick "$tmp/isoclns-heapoverflow-s3.pcap" "$here/osi-ether-empty.pcap" 2

# an OSPFv2 router link with more TOS metrics than captured: the link
# and the metrics captured print
sweep 5 ospf-nssa-bitnt
scripts/pcap-pick "$tmp/ospf-nssa-bitnt-s5.pcap" "$here/ospf-tos-cut.pcap" 4

# OSPFv2 router LSA flags Wildcard and Host
sweep 8 ospf-nssa-bitnt
scripts/pcap-pick "$tmp/ospf-nssa-bitnt-s8.pcap" "$here/ospf-rla-flags.pcap" 3

# IS-IS extended IS reachability whose sub-TLVs run past the TLV: the
# TLV's remaining length does not count the bytes of some sub-TLVs
sweep 10 isis_cap_tlv
scripts/pcap-pick "$tmp/isis_cap_tlv-s10.pcap" "$here/isis-subtlv-past.pcap" 3

# EGP (IP protocol 8): a version 25 message from the sweep; messages of
# every type built here, updates with source nets of each class, whole
# and cut short
sweep 6 of10_p3295
scripts/pcap-pick "$tmp/of10_p3295-s6.pcap" "$tmp/a.pcap" 219
python3 - "$tmp/b.pcap" <<'PY'
import struct, sys
def cksum(b):
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff); s += s >> 16
    return ~s & 0xffff
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
with open(sys.argv[1], 'wb') as o:
    o.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    n = 0
    for i, pl in enumerate(pk):
        ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(pl), 1, 0, 64,
                         8, 0, bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
        ip = ip[:10] + struct.pack('!H', cksum(ip)) + ip[12:]
        f = bytes(6) + bytes([0, 0, 0, 0, 0, 1]) + b'\x08\x00' + ip + pl
        cuts = [None, 46, 52, 55] if i == len(pk) - 1 else [None]
        for cut in cuts:
            g = f if cut is None else f[:cut]
            o.write(struct.pack('<IIII', 1000 + n, 0, len(g), len(f)) + g)
            n += 1
PY
python3 - "$here/egp.pcap" "$tmp/a.pcap" "$tmp/b.pcap" <<'PY'
import sys
out = open(sys.argv[1], 'wb')
for i, p in enumerate(sys.argv[2:]):
    b = open(p, 'rb').read()
    out.write(b if i == 0 else b[24:])
PY
