#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below). Run by hand from the top of the tree; then
# tests/data/dump/regen sweep-b-routing for the expected outputs.
set -eu
c=${1:?usage: make-pcaps.sh CORPUS_DIR}
here=tests/data/dump/sweep-b-routing
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sweep() { scripts/dump-sweep -n -s "$1" -o "$tmp" "$c/$2.pcap" >/dev/null; }

# an OSPFv2 router LSA with an unknown link type: no -vv hex dump
sweep 2 ospf-nssa-bitnt
scripts/pcap-pick "$tmp/ospf-nssa-bitnt-s2.pcap" "$here/ospf-rlink-type.pcap" 3

# IS-IS NLPID 0 (named NULL), and an Ethernet II frame of type 0xfefe
# with no byte after its header (checked, not read)
sweep 3 isis_iid_tlv
sweep 3 isoclns-heapoverflow
scripts/pcap-pick "$tmp/isis_iid_tlv-s3.pcap" "$here/isis-nlpid-null.pcap" 85
scripts/pcap-pick "$tmp/isoclns-heapoverflow-s3.pcap" "$here/osi-ether-empty.pcap" 2

# an OSPFv2 router link with more TOS metrics than captured: the link
# and the metrics captured print
sweep 5 ospf-nssa-bitnt
scripts/pcap-pick "$tmp/ospf-nssa-bitnt-s5.pcap" "$here/ospf-tos-cut.pcap" 4

# OSPFv2 router LSA flags Wildcard and Host
sweep 8 ospf-nssa-bitnt
scripts/pcap-pick "$tmp/ospf-nssa-bitnt-s8.pcap" "$here/ospf-rla-flags.pcap" 3

# IS-IS extended IS reachability whose sub-TLVs run past the TLV: the
# TLV's remaining length does not count the bytes of some sub-TLVs
sweep 10 isis_cap_tlv
scripts/pcap-pick "$tmp/isis_cap_tlv-s10.pcap" "$here/isis-subtlv-past.pcap" 3
