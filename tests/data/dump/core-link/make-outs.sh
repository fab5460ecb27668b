#!/bin/sh
# make-outs.sh - the expected outputs of this directory's captures, made
# with the Debian tcpdump (the oracle), and the TESTLIST naming them.
# Run by hand after make-pcaps.py.
set -eu
cd "$(dirname "$0")"
. ../outs-lib.sh
{
	echo "# Linux cooked frames (SLL and SLL2) for the core printers: every"
	echo "# protocol value up to 1500 but 1 (4: LLC; the others dumped with"
	echo "# no header line), 802.1Q tags with IPv4, IPv6, LLC and unknown"
	echo "# types inside, tags cut short, some frames cut as -s does; built"
	echo "# with struct and scapy by make-pcaps.py; expected outputs from"
	echo "# the Debian tcpdump (make-outs.sh)."
} > TESTLIST
for p in *.pcap; do
	outs "$p" "${p%.pcap}" "" "-e" "-v" "-q" "-A" "-x" "-X" "-x -e"
done
