#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets
# of scripts/dump-sweep's variants of tcpdump 4.99.3's test captures
# (seeds and packet numbers below), and minimal IP-within-IP
# encapsulation headers (RFC 2004) built byte by byte. Run by hand from
# the top of the tree; then tests/data/dump/regen sweep-a-routing for
# the expected outputs.
set -eu
c=${1:?usage: make-pcaps.sh CORPUS_DIR}
here=tests/data/dump/sweep-a-routing
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scripts/dump-sweep -n -s 2 -o "$tmp" "$c/forces3.pcap" >/dev/null
scripts/pcap-pick "$tmp/forces3-s2.pcap" "$tmp/a.pcap" 556

# IPv4 and IPv6 packets of protocol 55 (Linux cooked, as forces3): with and without the original
# source, good and bad header checksums, cut short, too short a length
python3 - "$tmp/b.pcap" <<'PY'
import struct, sys
def cksum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff); s += s >> 16
    return ~s & 0xffff
def mobile(proto, src, good=True):
    h = struct.pack('!BBH4s', proto, 0x80 if src else 0, 0,
                    bytes([192, 0, 2, 9])) + (bytes([198, 51, 100, 7]) if src else b'')
    k = cksum(h) if good else 0x1234
    return h[:2] + struct.pack('!H', k) + h[4:]
def sll(proto):   # Linux cooked header, as forces3's
    return struct.pack('!HHH8sH', 0, 1, 6, bytes.fromhex('020000000001'), proto)
def ip4(payload, plen=None):
    n = 20 + (len(payload) if plen is None else plen)
    h = struct.pack('!BBHHHBBH4s4s', 0x45, 0, n, 1, 0, 64, 55, 0,
                    bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
    h = h[:10] + struct.pack('!H', cksum(h)) + h[12:]
    return sll(0x0800) + h + payload
def ip6(payload):
    h = struct.pack('!IHBB16s16s', 0x60000000, len(payload), 55, 64,
                    bytes.fromhex('20010db8' + '0' * 23 + '1'),
                    bytes.fromhex('20010db8' + '0' * 23 + '2'))
    return sll(0x86dd) + h + payload
inner = bytes(8)
pk = [ip4(mobile(4, True) + inner), ip4(mobile(6, False) + inner),
      ip4(mobile(17, True, False) + inner), ip4(mobile(6, False, False) + inner),
      ip4(mobile(4, True)[:10]), ip4(mobile(6, False)[:8]),
      ip4(mobile(6, False) + inner, 6), ip6(mobile(41, True) + inner)]
with open(sys.argv[1], 'wb') as o:
    o.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 113))
    for i, f in enumerate(pk):
        o.write(struct.pack('<IIII', 1000 + i, 0, len(f), len(f)) + f)
PY
python3 - "$here/mobile.pcap" "$tmp/a.pcap" "$tmp/b.pcap" <<'PY'
import sys
out = open(sys.argv[1], 'wb')
for i, p in enumerate(sys.argv[2:]):
    b = open(p, 'rb').read()
    out.write(b if i == 0 else b[24:])
PY

# IS-IS protocols-supported TLVs whose NLPIDs were changed to 0
scripts/dump-sweep -n -s 2 -o "$tmp" "$c/ISIS_level1_adjacency.pcap" \
	"$c/ISIS_external_lsp.pcap" >/dev/null
scripts/pcap-pick "$tmp/ISIS_level1_adjacency-s2.pcap" "$tmp/c.pcap" 42
scripts/pcap-pick "$tmp/ISIS_external_lsp-s2.pcap" "$tmp/d.pcap" 38
python3 - "$here/isis-mut.pcap" "$tmp/c.pcap" "$tmp/d.pcap" <<'PY'
import sys
out = open(sys.argv[1], 'wb')
for i, p in enumerate(sys.argv[2:]):
    b = open(p, 'rb').read()
    out.write(b if i == 0 else b[24:])
PY

# MSDP (TCP port 639): a packet of a variant of babel_update_oobr, and
# messages built byte by byte (each kind, several in one segment, bad
# lengths and types), whole and cut short
scripts/dump-sweep -n -s 4 -o "$tmp" "$c/babel_update_oobr.pcap" >/dev/null
scripts/pcap-pick "$tmp/babel_update_oobr-s4.pcap" "$here/msdp-mut.pcap" 22
python3 - "$tmp/f.pcap" <<'PY'
import struct, sys
def cksum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff); s += s >> 16
    return ~s & 0xffff
def msg(t, body, ln=None):
    return struct.pack('!BH', t, 3 + len(body) if ln is None else ln) + body
inner = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 28, 7, 0, 16, 17, 0,
                    bytes([192, 0, 2, 1]), bytes([239, 1, 1, 1]))
inner = inner[:10] + struct.pack('!H', cksum(inner)) + inner[12:]
inner += struct.pack('!HHHH', 5000, 5001, 8, 0)
entry = bytes([0, 0, 0, 32]) + bytes([239, 1, 1, 1]) + bytes([192, 0, 2, 1])
sa = bytes([1]) + bytes([10, 0, 0, 9]) + entry
segs = [msg(6, b'abc'), msg(8, b'abc'), msg(9, b'abc'), msg(0, b'abc'), msg(255, b'abc'), msg(1, sa), msg(1, sa + inner), msg(3, sa), msg(2, bytes([0, 239, 1, 1, 1])),
        msg(4, b''), msg(4, b'\0\0'), msg(5, b'\x01\x02\x03\x04'),
        msg(4, b'') + msg(2, bytes([0, 239, 1, 1, 2])) + msg(5, b'\0'),
        msg(7, b'abc'), msg(1, sa, 1600), msg(4, b'', 2), msg(4, b'') + msg(9, b'xyz'),
        msg(4, b'') + msg(2, b'\0\1', 40), msg(4, b'') + msg(4, b'', 1450) + bytes(20)]
with open(sys.argv[1], 'wb') as o:
    o.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    n = 0
    for i, p in enumerate(segs):
        t = struct.pack('!HHIIBBHHH', 40000 + i, 639, 1, 1, 0x50, 0x18, 8192, 0, 0) + p
        ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(t), 1, 0, 64, 6, 0,
                         bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
        ip = ip[:10] + struct.pack('!H', cksum(ip)) + ip[12:]
        f = bytes.fromhex('020000000002' '020000000001' '0800') + ip + t
        # whole, and cut in the first message and at the end
        cuts = sorted({L for L in (55, 57, 58, 60, len(f) - 1) if L < len(f)}
                      | {len(f)})
        for L in cuts:
            o.write(struct.pack('<IIII', 1000 + n, 0, L, len(f)) + f[:L])
            n += 1
PY
cp "$tmp/f.pcap" "$here/msdp.pcap"
