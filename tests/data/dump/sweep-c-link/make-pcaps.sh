#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below), and PKTAP frames built byte by byte. Run by
# hand from the top of the tree; then tests/data/dump/regen sweep-c-link
# for the expected outputs.
set -eu
c=${1:?usage: make-pcaps.sh CORPUS_DIR}
here=tests/data/dump/sweep-c-link
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sweep() { scripts/dump-sweep -n -s "$1" -o "$tmp" "$c/$2.pcap" >/dev/null; }

# PKTAP (link type 149): headers too short, lengths past the frame, a
# frame whose PPP printer finds nothing
sweep 1 pktap-heap-overflow
scripts/pcap-pick "$tmp/pktap-heap-overflow-s1.pcap" "$here/pktap-mut.pcap" \
	1 5 6

# PKTAP headers around an Ethernet frame (link types 149 and 258): no
# data, link types without a printer, an unknown record type, a longer
# header, cuts inside the header and the frame, PKTAP inside PKTAP
python3 - "$here" <<'PY'
import struct, sys
def hdr(hlen=108, rt=1, dlt=1):
    h = struct.pack('<III', hlen, rt, dlt) + b'en0'.ljust(24, b'\0')
    h += struct.pack('<IIIII', 0, 2, 14, 0, 1234) + b'curl'.ljust(20, b'\0')
    h += struct.pack('<IHHI', 0, 6, 0, 1234) + b'curl'.ljust(20, b'\0')
    return h + b'\0' * (hlen - 108)
eth = bytes.fromhex('00112233445566778899aabb0800')
ip = bytes.fromhex('45000020000100004011f7c80a0000010a000002')
ip += struct.pack('!HHHH', 1234, 5555, 12, 0) + b'abcd'
full = hdr() + eth + ip
pk = [(hdr() + eth + ip, None), (hdr(rt=0) + eth + ip, None),
      (hdr(dlt=147) + eth + ip, None), (hdr(rt=7) + eth + ip, None),
      (hdr(hlen=112) + eth + ip, None), (hdr(hlen=50) + eth + ip, None),
      (hdr(dlt=149) + full, None), (hdr(dlt=258) + full, None)]
pk += [(full[:n], len(full)) for n in (5, 11, 12, 107, 110, 140)]
for lt, name in ((149, 'pktap-149.pcap'), (258, 'pktap-258.pcap')):
    with open(sys.argv[1] + '/' + name, 'wb') as o:
        o.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, lt))
        for i, (f, l) in enumerate(pk):
            o.write(struct.pack('<IIII', 1000 + i, 0, len(f), l or len(f)) + f)
PY

# Linux cooked captures whose ARPHRD type says radiotap (803)
scripts/dump-sweep -n -s 1 -o "$tmp" "$c/resp_3_malicious.pcap" >/dev/null
scripts/pcap-pick "$tmp/resp_3_malicious-s1.pcap" "$here/sll-radiotap.pcap" \
	14 606

# a Juniper PCAP extension whose 4-byte value has its top bit set
scripts/dump-sweep -n -s 5 -o "$tmp" "$c/isis_poi.pcap" >/dev/null
scripts/pcap-pick "$tmp/isis_poi-s5.pcap" "$here/juniper-ext4.pcap" 2

# a VJ-compressed SLIP header with a one-byte window change
scripts/dump-sweep -n -s 5 -o "$tmp" "$c/slip-compressed_sl_print-oobr.pcap" \
	>/dev/null
scripts/pcap-pick "$tmp/slip-compressed_sl_print-oobr-s5.pcap" \
	"$here/slip-vj.pcap" 4

# radiotap frames with an FCS and no 802.11 frame control left
scripts/dump-sweep -n -s 4 -o "$tmp" "$c/reason_code-27.pcap" >/dev/null
scripts/dump-sweep -n -s 4 -o "$tmp" "$c/reason_code-44.pcap" >/dev/null
scripts/pcap-pick "$tmp/reason_code-27-s4.pcap" "$tmp/a.pcap" 4
scripts/pcap-pick "$tmp/reason_code-44-s4.pcap" "$tmp/b.pcap" 2
python3 - "$here/radiotap-fcs.pcap" "$tmp/a.pcap" "$tmp/b.pcap" <<'PY'
import sys
out = open(sys.argv[1], 'wb')
for i, p in enumerate(sys.argv[2:]):
    b = open(p, 'rb').read()
    out.write(b if i == 0 else b[24:])
PY

# PPP in PPTP's GRE cut after its address and control bytes
scripts/dump-sweep -n -s 8 -o "$tmp" "$c/pptp.pcap" >/dev/null
scripts/pcap-pick "$tmp/pptp-s8.pcap" "$here/gre-ppp-cut.pcap" 64
