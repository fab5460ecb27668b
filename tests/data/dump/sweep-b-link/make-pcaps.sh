#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below), and Juniper headers built byte by byte.
# Run by hand from the top of the tree; then tests/data/dump/regen
# sweep-b-link for the expected outputs.
set -eu
c=${1:?usage: make-pcaps.sh CORPUS_DIR}
here=tests/data/dump/sweep-b-link
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sweep() { scripts/dump-sweep -n -s "$1" -o "$tmp" "$c/$2.pcap" >/dev/null; }
cat_pcaps() {	# OUT IN...: the packets of IN... in one capture
	python3 - "$@" <<'PY'
import sys
out = open(sys.argv[1], 'wb')
for i, p in enumerate(sys.argv[2:]):
    b = open(p, 'rb').read()
    out.write(b if i == 0 else b[24:])
PY
}

# IPX headers cut inside the source address or socket
sweep 1 ipx
sweep 2 ipx
scripts/pcap-pick "$tmp/ipx-s1.pcap" "$tmp/a.pcap" 30 206
scripts/pcap-pick "$tmp/ipx-s2.pcap" "$tmp/b.pcap" 45
cat_pcaps "$here/ipx-cut.pcap" "$tmp/a.pcap" "$tmp/b.pcap"

# Geneve headers and options cut short (checked, not read, by tcpdump)
sweep 1 geneve
scripts/pcap-pick "$tmp/geneve-s1.pcap" "$here/geneve-cut.pcap" 16 30

# a GeoNetworking beacon with a subtype other than 0
sweep 1 geonet_and_calm_fast
scripts/pcap-pick "$tmp/geonet_and_calm_fast-s1.pcap" "$here/geonet-subtype.pcap" 139

# RFC 1483 ATM frames too short for an 802.6 header, with -e cut
# inside it or after its 16 bytes printed
sweep 1 llc-xid-heapoverflow
sweep 3 llc-xid-heapoverflow
scripts/pcap-pick "$tmp/llc-xid-heapoverflow-s1.pcap" "$tmp/a.pcap" 2 3
scripts/pcap-pick "$tmp/llc-xid-heapoverflow-s3.pcap" "$tmp/b.pcap" 2
cat_pcaps "$here/atm-short.pcap" "$tmp/a.pcap" "$tmp/b.pcap"

# radiotap with an FCS longer than the 802.11 frame left
sweep 1 ieee802.11_rx-stbc
scripts/pcap-pick "$tmp/ieee802.11_rx-stbc-s1.pcap" "$here/radiotap-fcs.pcap" 5

# ICMP time exceeded (over PPP) cut inside the quoted IP header
sweep 1 mpls-traceroute
sweep 1 icmp-cksum-oobr-2
scripts/pcap-pick "$tmp/mpls-traceroute-s1.pcap" "$tmp/a.pcap" 8 13
scripts/pcap-pick "$tmp/icmp-cksum-oobr-2-s1.pcap" "$tmp/b.pcap" 3
cat_pcaps "$here/icmp-timxceed-cut.pcap" "$tmp/a.pcap" "$tmp/b.pcap"

# Juniper captures ending at or in the cookie, or in the frame after
# it: ATM1 from the sweep, then ES and PPP ones built here
sweep 1 juniper_atm1_oobr
scripts/pcap-pick "$tmp/juniper_atm1_oobr-s1.pcap" "$here/juniper-atm1-cut.pcap" 3
python3 - "$here" <<'PY'
import struct, sys
frames = [b'MGC\x00', b'MGC\x01', b'MGC\x80\x00\x00', b'MGC\x00\x01\x02\x03',
          b'MGC\x00\x01\x02\x03\x04\x05']
for name, dlt in (('juniper-es-cut', 132), ('juniper-ppp-cut', 179)):
    with open('%s/%s.pcap' % (sys.argv[1], name), 'wb') as o:
        o.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, dlt))
        for i, f in enumerate(frames):
            o.write(struct.pack('<IIII', 1000 + i, 0, len(f), len(f) + 40) + f)
PY

# a Juniper extension TLV of 4 bytes with the top bit set: unsigned
sweep 5 isis_poi
scripts/pcap-pick "$tmp/isis_poi-s5.pcap" "$here/juniper-tlv-u32.pcap" 2

# IPX over PPP (protocol 0x2b)
sweep 8 mpls-traceroute
scripts/pcap-pick "$tmp/mpls-traceroute-s8.pcap" "$here/ppp-ipx.pcap" 43

# minimal IP-in-IP encapsulation (IP protocol 55): from the sweep, then
# headers with and without the original source, good and bad checksums,
# and short, built here
sweep 3 mptcp-v0
sweep 7 of10_s4810
scripts/pcap-pick "$tmp/mptcp-v0-s3.pcap" "$tmp/a.pcap" 680
scripts/pcap-pick "$tmp/of10_s4810-s7.pcap" "$tmp/b.pcap" 82
python3 - "$tmp/c.pcap" <<'PY'
import struct, sys
def cksum(b):
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff); s += s >> 16
    return ~s & 0xffff
def mob(s, good):
    m = bytearray(struct.pack('!HH4s4s', 6 << 8 | (0x80 if s else 0), 0,
                              bytes([1, 2, 3, 4]), bytes([5, 6, 7, 8])))
    if good:
        m[2:4] = struct.pack('!H', cksum(bytes(m[:12 if s else 8])))
    return bytes(m)
with open(sys.argv[1], 'wb') as o:
    o.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, pl in enumerate([mob(0, 1), mob(0, 0), mob(1, 1), mob(1, 0),
                            mob(0, 1)[:8], mob(1, 1)[:10]]):
        ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(pl), 1, 0, 64,
                         55, 0, bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
        ip = ip[:10] + struct.pack('!H', cksum(ip)) + ip[12:]
        f = bytes(6) + bytes([0, 0, 0, 0, 0, 1]) + b'\x08\x00' + ip + pl
        o.write(struct.pack('<IIII', 1000 + i, 0, len(f), len(f)) + f)
PY
cat_pcaps "$here/mobile.pcap" "$tmp/a.pcap" "$tmp/b.pcap" "$tmp/c.pcap"

# SLIP with -e: a compressed TCP header whose IP header is cut short;
# then compressed and uncompressed TCP headers over a TCP/IP packet cut
# at every length, and compressed headers with field changes, built here
sweep 13 icmp6_nodeinfo_oobr
scripts/pcap-pick "$tmp/icmp6_nodeinfo_oobr-s13.pcap" "$tmp/a.pcap" 2
python3 - "$tmp/b.pcap" <<'PY'
import struct, sys
tcp = struct.pack('!HHIIBBHHH', 1, 2, 3, 4, 0x60, 0x18, 5, 0, 0) + \
    b'\x02\x04\x05\xb4' + b'data'
ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(tcp), 1, 0, 64, 6, 0,
                 bytes([1, 2, 3, 4]), bytes([5, 6, 7, 8])) + tcp
hdrs = [bytes([0, 0x70]) + bytes(8) + b'\x07' + bytes(5),
        bytes([0, 0x87, 0, 0, 3, 1, 2]) + bytes(9),
        bytes([1, 0xef, 9, 0, 0, 0, 1, 2, 5, 0, 0, 7, 4]) + bytes(3)]
with open(sys.argv[1], 'wb') as o:
    o.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 8))
    n = 0
    for h in hdrs:
        f = h + ip
        for cut in (len(f), 16 + 19, 16 + 21, 16 + 39):
            g = f[:cut]
            o.write(struct.pack('<IIII', 1000 + n, 0, len(g), len(f)) + g)
            n += 1
PY
cat_pcaps "$here/slip-cut.pcap" "$tmp/a.pcap" "$tmp/b.pcap"

# MPCP (Ethernet type 0x8808): an unknown opcode from the sweep; every
# opcode built here, with flag values naming several bits or none, and
# cut short
sweep 20 huge-tipc-messages
scripts/pcap-pick "$tmp/huge-tipc-messages-s20.pcap" "$tmp/a.pcap" 31
python3 - "$tmp/b.pcap" <<'PY'
import struct, sys
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
with open(sys.argv[1], 'wb') as o:
    o.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    n = 0
    for i, pl in enumerate(pk):
        f = bytes([1, 0x80, 0xc2, 0, 0, 1, 0, 0, 0, 0, 0, 2]) + b'\x88\x08' + pl
        for cut in ([None, 17, 21, 27, 34] if i in (1, 4) else [None]):
            g = f if cut is None else f[:cut]
            o.write(struct.pack('<IIII', 1000 + n, 0, len(g), len(f)) + g)
            n += 1
PY
cat_pcaps "$here/mpcp.pcap" "$tmp/a.pcap" "$tmp/b.pcap"

# IPX RIP of length 1
sweep 23 ipx
scripts/pcap-pick "$tmp/ipx-s23.pcap" "$here/ipx-rip-short.pcap" 164

# NSH with MD type 1 and a length other than 6
sweep 29 nsh
scripts/pcap-pick "$tmp/nsh-s29.pcap" "$here/nsh-md1-len.pcap" 4
