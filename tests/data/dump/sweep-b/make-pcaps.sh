#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below). Run by hand from the top of the tree; then
# tests/data/dump/regen sweep-b for the expected outputs.
set -eu
here=tests/data/dump/sweep-b
. tests/data/dump/sweep-lib.sh

# a TCP echo option (kind 6) of length 8: its 4 bytes, then the rest
# read as the next option
pick 1 of10_pf5240 "$here/tcp-echo-len.pcap" 81
