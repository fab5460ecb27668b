#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below). Run by hand from the top of the tree; then
# tests/data/dump/regen sweep-c-apps for the expected outputs.
set -eu
c=${1:?usage: make-pcaps.sh CORPUS_DIR}
here=tests/data/dump/sweep-c-apps
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sweep() { scripts/dump-sweep -n -s "$1" -o "$tmp" "$c/$2.pcap" >/dev/null; }
# cat OUT IN...: the packets of captures of one link type, in order
cat_pcaps() {
	python3 - "$@" <<'PY'
import sys
out = open(sys.argv[1], 'wb')
for i, p in enumerate(sys.argv[2:]):
    b = open(p, 'rb').read()
    out.write(b if i == 0 else b[24:])
PY
}

# PTP: messages shorter than the common header, headers and announce
# bodies cut short, a reserved message type
sweep 1 ptp_ethernet
sweep 3 ptp_ethernet
sweep 1 ptp
sweep 1 ptp_corrections
scripts/pcap-pick "$tmp/ptp_ethernet-s1.pcap" "$tmp/a.pcap" 3 125 194 809
scripts/pcap-pick "$tmp/ptp_ethernet-s3.pcap" "$tmp/b.pcap" 128 176
scripts/pcap-pick "$tmp/ptp-s1.pcap" "$tmp/c.pcap" 3 4 10
scripts/pcap-pick "$tmp/ptp_corrections-s1.pcap" "$tmp/d.pcap" 7
cat_pcaps "$here/ptp-mut.pcap" "$tmp/a.pcap" "$tmp/b.pcap" "$tmp/c.pcap" \
	"$tmp/d.pcap"

# SOME/IP headers cut field by field
sweep 1 someip1
sweep 2 someip1
sweep 1 someip2
scripts/pcap-pick "$tmp/someip1-s1.pcap" "$tmp/a.pcap" 6
scripts/pcap-pick "$tmp/someip1-s2.pcap" "$tmp/b.pcap" 10 11
scripts/pcap-pick "$tmp/someip2-s1.pcap" "$tmp/c.pcap" 1
cat_pcaps "$here/someip-mut.pcap" "$tmp/a.pcap" "$tmp/b.pcap" "$tmp/c.pcap"

# PGM: an option past the capture, message bodies and addresses cut
# short (the marker without a cut: -x dumps from the IP header)
sweep 1 pgm_opts_asan
sweep 1 pgm_poll_polr
sweep 2 pgm_zmtp1
sweep 2 pgm_group_addr_asan
scripts/pcap-pick "$tmp/pgm_opts_asan-s1.pcap" "$tmp/a.pcap" 128
scripts/pcap-pick "$tmp/pgm_poll_polr-s1.pcap" "$tmp/b.pcap" 7 10 17
scripts/pcap-pick "$tmp/pgm_zmtp1-s2.pcap" "$tmp/c.pcap" 5 25
scripts/pcap-pick "$tmp/pgm_group_addr_asan-s2.pcap" "$tmp/d.pcap" 1 3
cat_pcaps "$here/pgm-mut.pcap" "$tmp/a.pcap" "$tmp/b.pcap" "$tmp/c.pcap" \
	"$tmp/d.pcap"

# syslog messages cut short
sweep 1 syslog_udp
sweep 2 syslog_udp
scripts/pcap-pick "$tmp/syslog_udp-s1.pcap" "$tmp/a.pcap" 3 11
scripts/pcap-pick "$tmp/syslog_udp-s2.pcap" "$tmp/b.pcap" 2 4 9
cat_pcaps "$here/syslog-mut.pcap" "$tmp/a.pcap" "$tmp/b.pcap"

# a PPTP start-control-connection request cut in its frame capabilities
sweep 4 pptp
scripts/pcap-pick "$tmp/pptp-s4.pcap" "$here/pptp-mut.pcap" 20

# SNMP: a tag tcpdump has no name for, messages cut in their first tag
sweep 4 snmp-heapoverflow-2
sweep 5 snmp-heapoverflow-1
sweep 7 snmp-heapoverflow-1
scripts/pcap-pick "$tmp/snmp-heapoverflow-2-s4.pcap" "$tmp/a.pcap" 1
scripts/pcap-pick "$tmp/snmp-heapoverflow-1-s5.pcap" "$tmp/b.pcap" 19
scripts/pcap-pick "$tmp/snmp-heapoverflow-1-s7.pcap" "$tmp/c.pcap" 17
cat_pcaps "$here/snmp-mut.pcap" "$tmp/a.pcap" "$tmp/b.pcap" "$tmp/c.pcap"

# a TFTP message cut inside its opcode
sweep 8 tftp-heapoverflow
scripts/pcap-pick "$tmp/tftp-heapoverflow-s8.pcap" "$here/tftp-mut.pcap" 1

# a RESP inline command of nothing but line ends, cut short
sweep 9 resp_3_malicious
scripts/pcap-pick "$tmp/resp_3_malicious-s9.pcap" "$here/resp-mut.pcap" 626
