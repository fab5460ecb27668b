#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below). Run by hand from the top of the tree; then
# tests/data/dump/regen sweep-c-tcp for the expected outputs.
set -eu
here=tests/data/dump/sweep-c-tcp
. tests/data/dump/sweep-lib.sh
# TCP SACK options whose blocks run past the capture
pick 2 ssh "$here/sack-mut.pcap" 191 200 214

# a TCP echo reply option longer than its 4 bytes (Linux cooked capture)
pick 1 resp_3_malicious "$here/echo-mut.pcap" 298

# a TCP-AO option cut after its key id
pick 5 tcp-auth-heapoverflow "$here/tcpao-mut.pcap" 2
