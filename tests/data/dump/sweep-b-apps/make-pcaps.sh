#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below). Run by hand from the top of the tree; then
# tests/data/dump/regen sweep-b-apps for the expected outputs.
set -eu
here=tests/data/dump/sweep-b-apps
. tests/data/dump/sweep-lib.sh

# OpenFlow 1.0 packet in messages whose frame is cut short: decoded at
# -vvv as far as captured; the third gives up inside STP, and the
# packets after it print 3 levels less verbose
pick 1 of10_s4810 "$here/of10-frame-cut.pcap" 185-190

# a PTP message over Ethernet shorter than the PTP header
pick 5 macsec-changed "$here/ptp-short.pcap" 2

# a NAT-T keep-alive of one byte on the wire, none captured
pick 14 isakmp4500 "$here/natt-keepalive-cut.pcap" 69

# NTP time messages shorter than their header, not all captured
pick 24 ntp-control "$tmp/a.pcap" 21
pick 24 ntp-time "$tmp/b.pcap" 6
cat_pcaps "$here/ntp-short.pcap" "$tmp/a.pcap" "$tmp/b.pcap"
