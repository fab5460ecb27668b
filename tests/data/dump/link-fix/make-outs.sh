#!/bin/sh
# make-outs.sh - the expected outputs of this directory's captures, made
# with the Debian tcpdump (the oracle), and the TESTLIST naming them.
# Run by hand after make-pcaps.py.
set -eu
cd "$(dirname "$0")"
. ../outs-lib.sh
{
	echo "# Link-layer fallbacks of the link group's printers: Linux cooked"
	echo "# frames of protocol 1 (IPX) and 4 (LLC) bare and behind 802.1Q"
	echo "# tags, Cisco HDLC (also on DLT_PPP_SERIAL) shorter than its"
	echo "# headers, and unknown payloads of ATM (RFC 1483, CLIP, SunATM),"
	echo "# Frame Relay, MPLS, GeoNet/CALM FAST and IEEE 802.15.4, dumped"
	echo "# unless -x, -X or -q, some cut short as -s does; built with scapy"
	echo "# and struct by make-pcaps.py; wpan.pcap is link-encap's; expected"
	echo "# outputs from the Debian tcpdump (make-outs.sh)."
	echo "#group: CONFIG_DUMP_LINK"
} > TESTLIST
for p in *.pcap ../link-encap/wpan.pcap; do
	b=$(basename "${p%.pcap}")
	case $p in ../*) b=encap-$b ;; esac
	outs "$p" "$b" "" "-e" "-v" "-q" "-A" "-x" "-X" "-x -e"
done
