#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below). Run by hand from the top of the tree; then
# tests/data/dump/regen sweep-b for the expected outputs.
set -eu
c=${1:?usage: make-pcaps.sh CORPUS_DIR}
here=tests/data/dump/sweep-b
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sweep() { scripts/dump-sweep -n -s "$1" -o "$tmp" "$c/$2.pcap" >/dev/null; }

# a TCP echo option (kind 6) of length 8: its 4 bytes, then the rest
# read as the next option
sweep 1 of10_pf5240
scripts/pcap-pick "$tmp/of10_pf5240-s1.pcap" "$here/tcp-echo-len.pcap" 81
