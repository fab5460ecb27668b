#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below). Run by hand from the top of the tree; then
# tests/data/dump/regen sweep-c-apps for the expected outputs.
set -eu
here=tests/data/dump/sweep-c-apps
. tests/data/dump/sweep-lib.sh

# PTP: messages shorter than the common header, headers and announce
# bodies cut short, a reserved message type
pick 1 ptp_ethernet "$tmp/a.pcap" 3 125 194 809
pick 3 ptp_ethernet "$tmp/b.pcap" 128 176
pick 1 ptp "$tmp/c.pcap" 3 4 10
pick 1 ptp_corrections "$tmp/d.pcap" 7
cat_pcaps "$here/ptp-mut.pcap" "$tmp/a.pcap" "$tmp/b.pcap" "$tmp/c.pcap" \
	"$tmp/d.pcap"

# SOME/IP headers cut field by field
pick 1 someip1 "$tmp/a.pcap" 6
pick 2 someip1 "$tmp/b.pcap" 10 11
pick 1 someip2 "$tmp/c.pcap" 1
cat_pcaps "$here/someip-mut.pcap" "$tmp/a.pcap" "$tmp/b.pcap" "$tmp/c.pcap"

# PGM: an option past the capture, message bodies and addresses cut
# short (the marker without a cut: -x dumps from the IP header)
pick 1 pgm_opts_asan "$tmp/a.pcap" 128
pick 1 pgm_poll_polr "$tmp/b.pcap" 7 10 17
pick 2 pgm_zmtp1 "$tmp/c.pcap" 5 25
pick 2 pgm_group_addr_asan "$tmp/d.pcap" 1 3
cat_pcaps "$here/pgm-mut.pcap" "$tmp/a.pcap" "$tmp/b.pcap" "$tmp/c.pcap" \
	"$tmp/d.pcap"

# syslog messages cut short
pick 1 syslog_udp "$tmp/a.pcap" 3 11
pick 2 syslog_udp "$tmp/b.pcap" 2 4 9
cat_pcaps "$here/syslog-mut.pcap" "$tmp/a.pcap" "$tmp/b.pcap"

# a PPTP start-control-connection request cut in its frame capabilities
pick 4 pptp "$here/pptp-mut.pcap" 20

# SNMP: a tag tcpdump has no name for, messages cut in their first tag
pick 4 snmp-heapoverflow-2 "$tmp/a.pcap" 1
pick 5 snmp-heapoverflow-1 "$tmp/b.pcap" 19
pick 7 snmp-heapoverflow-1 "$tmp/c.pcap" 17
cat_pcaps "$here/snmp-mut.pcap" "$tmp/a.pcap" "$tmp/b.pcap" "$tmp/c.pcap"

# a TFTP message cut inside its opcode
pick 8 tftp-heapoverflow "$here/tftp-mut.pcap" 1

# a RESP inline command of nothing but line ends, cut short
pick 9 resp_3_malicious "$here/resp-mut.pcap" 626
