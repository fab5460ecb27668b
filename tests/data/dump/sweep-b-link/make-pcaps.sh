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
