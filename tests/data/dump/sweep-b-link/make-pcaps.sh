#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below), and Juniper headers built byte by byte.
# Run by hand from the top of the tree; then tests/data/dump/regen
# sweep-b-link for the expected outputs.
set -eu
here=tests/data/dump/sweep-b-link
. tests/data/dump/sweep-lib.sh

# IPX headers cut inside the source address or socket
pick 1 ipx "$tmp/a.pcap" 30 206
pick 2 ipx "$tmp/b.pcap" 45
cat_pcaps "$here/ipx-cut.pcap" "$tmp/a.pcap" "$tmp/b.pcap"

# Geneve headers and options cut short (checked, not read, by tcpdump)
pick 1 geneve "$here/geneve-cut.pcap" 16 30

# a GeoNetworking beacon with a subtype other than 0
pick 1 geonet_and_calm_fast "$here/geonet-subtype.pcap" 139

# RFC 1483 ATM frames too short for an 802.6 header, with -e cut
# inside it or after its 16 bytes printed
pick 1 llc-xid-heapoverflow "$tmp/a.pcap" 2 3
pick 3 llc-xid-heapoverflow "$tmp/b.pcap" 2
cat_pcaps "$here/atm-short.pcap" "$tmp/a.pcap" "$tmp/b.pcap"

# radiotap with an FCS longer than the 802.11 frame left
pick 1 ieee802.11_rx-stbc "$here/radiotap-fcs.pcap" 5

# ICMP time exceeded (over PPP) cut inside the quoted IP header
pick 1 mpls-traceroute "$tmp/a.pcap" 8 13
pick 1 icmp-cksum-oobr-2 "$tmp/b.pcap" 3
cat_pcaps "$here/icmp-timxceed-cut.pcap" "$tmp/a.pcap" "$tmp/b.pcap"

# Juniper captures ending at or in the cookie, or in the frame after
# it: ATM1 from the sweep, then ES and PPP ones built here
pick 1 juniper_atm1_oobr "$here/juniper-atm1-cut.pcap" 3
python3 - "$here" <<'PY'
import sys
from pcapbuild import write_pcap
frames = [b'MGC\x00', b'MGC\x01', b'MGC\x80\x00\x00', b'MGC\x00\x01\x02\x03',
          b'MGC\x00\x01\x02\x03\x04\x05']
for name, dlt in (('juniper-es-cut', 132), ('juniper-ppp-cut', 179)):
    # 40 bytes more on the wire than captured
    write_pcap('%s/%s.pcap' % (sys.argv[1], name),
               [(f, len(f) + 40) for f in frames], linktype=dlt)
PY

# a Juniper extension TLV of 4 bytes with the top bit set: unsigned
pick 5 isis_poi "$here/juniper-tlv-u32.pcap" 2

# IPX over PPP (protocol 0x2b)
pick 8 mpls-traceroute "$here/ppp-ipx.pcap" 43

# minimal IP-in-IP encapsulation (IP protocol 55): from the sweep, then
# headers with and without the original source, good and bad checksums,
# and short, built here
pick 3 mptcp-v0 "$tmp/a.pcap" 680
pick 7 of10_s4810 "$tmp/b.pcap" 82
python3 - "$tmp/c.pcap" <<'PY'
import struct, sys
from pcapbuild import cksum, eth, ip4, write_pcap
def mob(s, good):
    m = bytearray(struct.pack('!HH4s4s', 6 << 8 | (0x80 if s else 0), 0,
                              bytes([1, 2, 3, 4]), bytes([5, 6, 7, 8])))
    if good:
        m[2:4] = struct.pack('!H', cksum(bytes(m[:12 if s else 8])))
    return bytes(m)
write_pcap(sys.argv[1], [
    eth(0x0800, dst='000000000000', src='000000000001') + ip4(55, pl)
    for pl in [mob(0, 1), mob(0, 0), mob(1, 1), mob(1, 0), mob(0, 1)[:8],
               mob(1, 1)[:10]]])
PY
cat_pcaps "$here/mobile.pcap" "$tmp/a.pcap" "$tmp/b.pcap" "$tmp/c.pcap"

# SLIP with -e: a compressed TCP header whose IP header is cut short;
# then compressed and uncompressed TCP headers over a TCP/IP packet cut
# at every length, and compressed headers with field changes, built here
pick 13 icmp6_nodeinfo_oobr "$tmp/a.pcap" 2
python3 - "$tmp/b.pcap" <<'PY'
import struct, sys
from pcapbuild import cuts, tcp, write_pcap
t = tcp(1, 2, b'\x02\x04\x05\xb4' + b'data', seq=3, ack=4, off=0x60, win=5)
# the IP header's checksum is left 0
ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(t), 1, 0, 64, 6, 0,
                 bytes([1, 2, 3, 4]), bytes([5, 6, 7, 8])) + t
hdrs = [bytes([0, 0x70]) + bytes(8) + b'\x07' + bytes(5),
        bytes([0, 0x87, 0, 0, 3, 1, 2]) + bytes(9),
        bytes([1, 0xef, 9, 0, 0, 0, 1, 2, 5, 0, 0, 7, 4]) + bytes(3)]
pk = []
for h in hdrs:
    f = h + ip
    pk += cuts(f, (len(f), 16 + 19, 16 + 21, 16 + 39))
write_pcap(sys.argv[1], pk, linktype=8)
PY
cat_pcaps "$here/slip-cut.pcap" "$tmp/a.pcap" "$tmp/b.pcap"

# MPCP (Ethernet type 0x8808): an unknown opcode from the sweep; every
# opcode built here, with flag values naming several bits or none, and
# cut short
pick 20 huge-tipc-messages "$tmp/a.pcap" 31
python3 - "$tmp/b.pcap" <<'PY'
import struct, sys
from pcapbuild import cuts, eth, write_pcap
def m(op, ts, body):
    return struct.pack('!HI', op, ts) + body
pk = [m(1, 5, bytes(4)),
      m(2, 100, bytes([0x0b]) + struct.pack('!IH', 1000, 50) * 3 +
        struct.pack('!H', 77)),
      m(2, 100, bytes([0xf8, 0, 77])), m(2, 100, bytes([0, 0, 77])),
      m(3, 7, bytes([3, 0x05, 0, 10, 0, 20, 0x81, 0, 1, 0, 2])),
      m(3, 7, bytes([2, 0]))]
for f in (0, 1, 3, 5):
    pk += [m(4, 9, bytes([f, 4])), m(5, 9, struct.pack('!HBHB', 300, f, 400, 2)),
           m(6, 9, struct.pack('!BHH', f, 300, 400))]
pk.append(m(9, 9, bytes(range(20))))
out = []
for i, pl in enumerate(pk):
    f = eth(0x8808, dst='0180c2000001', src='000000000002') + pl
    out += cuts(f, [len(f), 17, 21, 27, 34] if i in (1, 4) else [len(f)])
write_pcap(sys.argv[1], out)
PY
cat_pcaps "$here/mpcp.pcap" "$tmp/a.pcap" "$tmp/b.pcap"

# IPX RIP of length 1
pick 23 ipx "$here/ipx-rip-short.pcap" 164

# NSH with MD type 1 and a length other than 6
pick 29 nsh "$here/nsh-md1-len.pcap" 4
