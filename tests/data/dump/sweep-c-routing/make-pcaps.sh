#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below). Run by hand from the top of the tree; then
# tests/data/dump/regen sweep-c-routing for the expected outputs.
set -eu
c=${1:?usage: make-pcaps.sh CORPUS_DIR}
here=tests/data/dump/sweep-c-routing
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sweep() { scripts/dump-sweep -n -s "$1" -o "$tmp" "$c/$2.pcap" >/dev/null; }

# RIPv2 simple text authentication cut short
sweep 1 ripv2_auth
sweep 2 ripv2_auth
scripts/pcap-pick "$tmp/ripv2_auth-s1.pcap" "$tmp/a.pcap" 7
scripts/pcap-pick "$tmp/ripv2_auth-s2.pcap" "$tmp/b.pcap" 4
python3 - "$here/rip-mut.pcap" "$tmp/a.pcap" "$tmp/b.pcap" <<'PY'
import sys
out = open(sys.argv[1], 'wb')
for i, p in enumerate(sys.argv[2:]):
    b = open(p, 'rb').read()
    out.write(b if i == 0 else b[24:])
PY

# IS-IS protocols supported TLV naming NLPID 0 (an SPB hello changed)
scripts/dump-sweep -n -s 3 -o "$tmp" "$c/spb.pcap" >/dev/null
scripts/pcap-pick "$tmp/spb-s3.pcap" "$here/isis-nlpid0.pcap" 53

# Minimal IP encapsulation (IP protocol 55): a changed byte of a
# resp_2_inline packet, then headers built byte by byte (with and
# without the original source, a bad checksum, cut short)
scripts/dump-sweep -n -s 5 -o "$tmp" "$c/resp_2_inline.pcap" >/dev/null
scripts/pcap-pick "$tmp/resp_2_inline-s5.pcap" "$here/mobile-mut.pcap" 8
python3 - "$here/mobile.pcap" <<'PY'
import struct, sys
def cksum(b):
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff); s += s >> 16
    return ~s & 0xffff
eth = bytes.fromhex('00112233445566778899aabb0800')
pk = []
def put(pl, cut=None):
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(pl), 1, 0, 64, 55, 0,
                     bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
    ip = ip[:10] + struct.pack('!H', cksum(ip)) + ip[12:]
    f = eth + ip + pl
    pk.append((f if cut is None else f[:cut], len(f)))
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
with open(sys.argv[1], 'wb') as o:
    o.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, (f, l) in enumerate(pk):
        o.write(struct.pack('<IIII', 1000 + i, 0, len(f), l) + f)
PY

# an IS-IS extended IS reachability entry whose subTLVs (after an SPB
# metric) run past the TLV
scripts/dump-sweep -n -s 7 -o "$tmp" "$c/spb.pcap" >/dev/null
scripts/pcap-pick "$tmp/spb-s7.pcap" "$here/isis-subtlv-rem.pcap" 125
