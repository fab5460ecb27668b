#!/bin/sh
# capture-bridge.sh - real spanning tree BPDUs: a Linux bridge with STP on,
# in a private network namespace, sends them on a veth port; tcpdump
# records 5 seconds of them into bridge-stp.pcap. Run by hand as root in
# this directory, then make-pcaps.py makes the .out files.
set -eu
ns=l2stp$$
ip netns add $ns
trap 'ip netns del $ns' EXIT
ip -n $ns link add br0 type bridge stp_state 1 hello_time 100 forward_delay 400
ip -n $ns link add v0 type veth peer name v1
ip -n $ns link set v0 master br0
ip -n $ns link set br0 up
ip -n $ns link set v0 up
ip -n $ns link set v1 up
ip netns exec $ns timeout 5 tcpdump -i v1 -w bridge-stp.pcap stp 2>/dev/null || true
