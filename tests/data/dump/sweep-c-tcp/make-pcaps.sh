#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below). Run by hand from the top of the tree; then
# tests/data/dump/regen sweep-c-tcp for the expected outputs.
set -eu
c=${1:?usage: make-pcaps.sh CORPUS_DIR}
here=tests/data/dump/sweep-c-tcp
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scripts/dump-sweep -n -s 2 -o "$tmp" "$c/ssh.pcap" >/dev/null
# TCP SACK options whose blocks run past the capture
scripts/pcap-pick "$tmp/ssh-s2.pcap" "$here/sack-mut.pcap" 191 200 214

# a TCP echo reply option longer than its 4 bytes (Linux cooked capture)
scripts/dump-sweep -n -s 1 -o "$tmp" "$c/resp_3_malicious.pcap" >/dev/null
scripts/pcap-pick "$tmp/resp_3_malicious-s1.pcap" "$here/echo-mut.pcap" 298

# a TCP-AO option cut after its key id
scripts/dump-sweep -n -s 5 -o "$tmp" "$c/tcp-auth-heapoverflow.pcap" >/dev/null
scripts/pcap-pick "$tmp/tcp-auth-heapoverflow-s5.pcap" "$here/tcpao-mut.pcap" 2
