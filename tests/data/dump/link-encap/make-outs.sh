#!/bin/sh
# make-outs.sh - the expected outputs of this directory's captures, made
# with the Debian tcpdump (the oracle), and the TESTLIST naming them.
# Run by hand after make-pcaps.py / make-vxlan.sh.
set -eu
cd "$(dirname "$0")"
. ../outs-lib.sh
{
	echo "# Link layers and tunnels: PPP, PPPoE, Cisco HDLC, GRE, MPLS, VXLAN,"
	echo "# VXLAN-GPE/NSH, Geneve, L2TP, ESP/IPComp, 802.11 with radiotap,"
	echo "# IEEE 802.15.4, Frame Relay with Q.933 LMI, some cut short as -s"
	echo "# does; made by make-pcaps.py (scapy), and VXLAN from the kernel's"
	echo "# vxlan driver between two namespaces (make-vxlan.sh); expected"
	echo "# outputs from the Debian tcpdump (make-outs.sh)."
	echo "#group: CONFIG_DUMP_LINK"
} > TESTLIST
for p in *.pcap; do
	outs "$p" "${p%.pcap}" "" "-nn -v" "-nn -vv -e" "-nn -X"
done
