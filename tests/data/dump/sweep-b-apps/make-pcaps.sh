#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below). Run by hand from the top of the tree; then
# tests/data/dump/regen sweep-b-apps for the expected outputs.
set -eu
c=${1:?usage: make-pcaps.sh CORPUS_DIR}
here=tests/data/dump/sweep-b-apps
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sweep() { scripts/dump-sweep -n -s "$1" -o "$tmp" "$c/$2.pcap" >/dev/null; }

# OpenFlow 1.0 packet in messages whose frame is cut short: decoded at
# -vvv as far as captured; the third gives up inside STP, and the
# packets after it print 3 levels less verbose
sweep 1 of10_s4810
scripts/pcap-pick "$tmp/of10_s4810-s1.pcap" "$here/of10-frame-cut.pcap" 185-190

# a PTP message over Ethernet shorter than the PTP header
sweep 5 macsec-changed
scripts/pcap-pick "$tmp/macsec-changed-s5.pcap" "$here/ptp-short.pcap" 2

# a NAT-T keep-alive of one byte on the wire, none captured
sweep 14 isakmp4500
scripts/pcap-pick "$tmp/isakmp4500-s14.pcap" "$here/natt-keepalive-cut.pcap" 69

# NTP time messages shorter than their header, not all captured
sweep 24 ntp-control
sweep 24 ntp-time
scripts/pcap-pick "$tmp/ntp-control-s24.pcap" "$tmp/a.pcap" 21
scripts/pcap-pick "$tmp/ntp-time-s24.pcap" "$tmp/b.pcap" 6
python3 - "$here/ntp-short.pcap" "$tmp/a.pcap" "$tmp/b.pcap" <<'PY'
import sys
out = open(sys.argv[1], 'wb')
for i, p in enumerate(sys.argv[2:]):
    b = open(p, 'rb').read()
    out.write(b if i == 0 else b[24:])
PY
