#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets
# of scripts/dump-sweep's variants of tcpdump 4.99.3's test captures
# (seeds and packet numbers below), and minimal IP-within-IP
# encapsulation headers (RFC 2004) built byte by byte. Run by hand from
# the top of the tree; then tests/data/dump/regen sweep-a-routing for
# the expected outputs.
set -eu
here=tests/data/dump/sweep-a-routing
. tests/data/dump/sweep-lib.sh
pick 2 forces3 "$tmp/a.pcap" 556

# IPv4 and IPv6 packets of protocol 55 (Linux cooked, as forces3): with and without the original
# source, good and bad header checksums, cut short, too short a length
python3 - "$tmp/b.pcap" <<'PY'
import struct, sys
from pcapbuild import cksum, ip4, write_pcap
def mobile(proto, src, good=True):
    h = struct.pack('!BBH4s', proto, 0x80 if src else 0, 0,
                    bytes([192, 0, 2, 9])) + (bytes([198, 51, 100, 7]) if src else b'')
    k = cksum(h) if good else 0x1234
    return h[:2] + struct.pack('!H', k) + h[4:]
def sll(proto):   # Linux cooked header, as forces3's
    return struct.pack('!HHH8sH', 0, 1, 6, bytes.fromhex('020000000001'), proto)
def ip4sll(payload, plen=None):
    return sll(0x0800) + ip4(55, payload, plen=plen)
def ip6(payload):
    h = struct.pack('!IHBB16s16s', 0x60000000, len(payload), 55, 64,
                    bytes.fromhex('20010db8' + '0' * 23 + '1'),
                    bytes.fromhex('20010db8' + '0' * 23 + '2'))
    return sll(0x86dd) + h + payload
inner = bytes(8)
pk = [ip4sll(mobile(4, True) + inner), ip4sll(mobile(6, False) + inner),
      ip4sll(mobile(17, True, False) + inner),
      ip4sll(mobile(6, False, False) + inner),
      ip4sll(mobile(4, True)[:10]), ip4sll(mobile(6, False)[:8]),
      ip4sll(mobile(6, False) + inner, 6), ip6(mobile(41, True) + inner)]
write_pcap(sys.argv[1], pk, linktype=113)
PY
cat_pcaps "$here/mobile.pcap" "$tmp/a.pcap" "$tmp/b.pcap"

# IS-IS protocols-supported TLVs whose NLPIDs were changed to 0
pick 2 ISIS_level1_adjacency "$tmp/c.pcap" 42
pick 2 ISIS_external_lsp "$tmp/d.pcap" 38
cat_pcaps "$here/isis-mut.pcap" "$tmp/c.pcap" "$tmp/d.pcap"

# MSDP (TCP port 639): a packet of a variant of babel_update_oobr, and
# messages built byte by byte (each kind, several in one segment, bad
# lengths and types), whole and cut short
pick 4 babel_update_oobr "$here/msdp-mut.pcap" 22
python3 - "$here/msdp.pcap" <<'PY'
import struct, sys
from pcapbuild import cuts, eth, ip4, tcp, udp, write_pcap
def msg(t, body, ln=None):
    return struct.pack('!BH', t, 3 + len(body) if ln is None else ln) + body
inner = ip4(17, udp(5000, 5001, b''), src=(192, 0, 2, 1),
            dst=(239, 1, 1, 1), ident=7, ttl=16)
entry = bytes([0, 0, 0, 32]) + bytes([239, 1, 1, 1]) + bytes([192, 0, 2, 1])
sa = bytes([1]) + bytes([10, 0, 0, 9]) + entry
segs = [msg(6, b'abc'), msg(8, b'abc'), msg(9, b'abc'), msg(0, b'abc'), msg(255, b'abc'), msg(1, sa), msg(1, sa + inner), msg(3, sa), msg(2, bytes([0, 239, 1, 1, 1])),
        msg(4, b''), msg(4, b'\0\0'), msg(5, b'\x01\x02\x03\x04'),
        msg(4, b'') + msg(2, bytes([0, 239, 1, 1, 2])) + msg(5, b'\0'),
        msg(7, b'abc'), msg(1, sa, 1600), msg(4, b'', 2), msg(4, b'') + msg(9, b'xyz'),
        msg(4, b'') + msg(2, b'\0\1', 40), msg(4, b'') + msg(4, b'', 1450) + bytes(20)]
pk = []
for i, p in enumerate(segs):
    f = eth(0x0800) + ip4(6, tcp(40000 + i, 639, p))
    # whole, and cut in the first message and at the end
    pk += cuts(f, sorted({L for L in (55, 57, 58, 60, len(f) - 1)
                          if L < len(f)} | {len(f)}))
write_pcap(sys.argv[1], pk)
PY
