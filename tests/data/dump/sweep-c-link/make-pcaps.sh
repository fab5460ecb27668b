#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below), and PKTAP frames built byte by byte. Run by
# hand from the top of the tree; then tests/data/dump/regen sweep-c-link
# for the expected outputs.
set -eu
here=tests/data/dump/sweep-c-link
. tests/data/dump/sweep-lib.sh

# PKTAP (link type 149): headers too short, lengths past the frame, a
# frame whose PPP printer finds nothing
pick 1 pktap-heap-overflow "$here/pktap-mut.pcap" 1 5 6

# PKTAP headers around an Ethernet frame (link types 149 and 258): no
# data, link types without a printer, an unknown record type, a longer
# header, cuts inside the header and the frame, PKTAP inside PKTAP
python3 - "$here" <<'PY'
import struct, sys
from pcapbuild import cuts, eth, udp, write_pcap
def hdr(hlen=108, rt=1, dlt=1):
    h = struct.pack('<III', hlen, rt, dlt) + b'en0'.ljust(24, b'\0')
    h += struct.pack('<IIIII', 0, 2, 14, 0, 1234) + b'curl'.ljust(20, b'\0')
    h += struct.pack('<IHHI', 0, 6, 0, 1234) + b'curl'.ljust(20, b'\0')
    return h + b'\0' * (hlen - 108)
# the IP header as first written by hand: its checksum (f7c8) is not the
# computed one, and the expected outputs print it so
ip = eth(0x0800, dst='001122334455', src='66778899aabb') + \
    bytes.fromhex('45000020000100004011f7c80a0000010a000002') + \
    udp(1234, 5555, b'abcd')
full = hdr() + ip
pk = [hdr() + ip, hdr(rt=0) + ip, hdr(dlt=147) + ip, hdr(rt=7) + ip,
      hdr(hlen=112) + ip, hdr(hlen=50) + ip, hdr(dlt=149) + full,
      hdr(dlt=258) + full]
pk += cuts(full, (5, 11, 12, 107, 110, 140))
for lt, name in ((149, 'pktap-149.pcap'), (258, 'pktap-258.pcap')):
    write_pcap(sys.argv[1] + '/' + name, pk, linktype=lt)
PY

# Linux cooked captures whose ARPHRD type says radiotap (803)
pick 1 resp_3_malicious "$here/sll-radiotap.pcap" 14 606

# a Juniper PCAP extension whose 4-byte value has its top bit set
pick 5 isis_poi "$here/juniper-ext4.pcap" 2

# a VJ-compressed SLIP header with a one-byte window change
pick 5 slip-compressed_sl_print-oobr "$here/slip-vj.pcap" 4

# radiotap frames with an FCS and no 802.11 frame control left
pick 4 reason_code-27 "$tmp/a.pcap" 4
pick 4 reason_code-44 "$tmp/b.pcap" 2
cat_pcaps "$here/radiotap-fcs.pcap" "$tmp/a.pcap" "$tmp/b.pcap"

# PPP in PPTP's GRE cut after its address and control bytes
pick 8 pptp "$here/gre-ppp-cut.pcap" 64
