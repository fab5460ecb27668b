#!/bin/sh
# make-outs.sh - the expected outputs of this directory's captures, made
# with the Debian tcpdump (the oracle), and the TESTLIST naming them.
# Run by make-pcaps.py, or by hand after it.
set -eu
cd "$(dirname "$0")"
. ../outs-lib.sh
{
	echo "# CACE Per-Packet Information (DLT_PPI) headers in front of 802.11"
	echo "# frames (beacons, probes, data, QoS data, control), with and"
	echo "# without 802.11-Common and geotag fields, Ethernet and PPI inside"
	echo "# PPI, inner link types tcpdump has no printer for, header lengths"
	echo "# below 8 or past the packet, copies cut short as -s does; made by"
	echo "# make-pcaps.py (scapy, and struct for the broken headers);"
	echo "# expected outputs from the Debian tcpdump (make-outs.sh)."
	echo "#group: CONFIG_DUMP_LINK"
} > TESTLIST
for p in *.pcap; do
	outs "$p" "${p%.pcap}" "" "-e" "-nn -v" "-nn -vv -e" "-nn -X" "-nn -q -e" \
		"-nn -x -e" "-nn -A"
done
