#!/bin/sh
# make-vxlan.sh - capture real VXLAN: the kernel's vxlan driver between
# two network namespaces joined by a veth pair, ARP and a UDP datagram
# across the overlay, captured on the underlay with the Debian tcpdump.
# Run by hand, as root, from anywhere; writes vxlan-kernel.pcap here.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tcpbox=$here/../../../../tcpbox
a=vxa$$ b=vxb$$
ip netns add $a
ip netns add $b
trap 'ip netns del $a; ip netns del $b' EXIT
ip link add va$$ type veth peer name vb$$
ip link set va$$ netns $a
ip link set vb$$ netns $b
for ns in $a $b; do
	ip -n $ns link set lo up
done
ip -n $a addr add 192.0.2.1/24 dev va$$
ip -n $b addr add 192.0.2.2/24 dev vb$$
ip -n $a link set va$$ up
ip -n $b link set vb$$ up
ip -n $a link add vx0 type vxlan id 42 remote 192.0.2.2 dstport 4789 dev va$$
ip -n $b link add vx0 type vxlan id 42 remote 192.0.2.1 dstport 4789 dev vb$$
ip -n $a link set vx0 address 02:00:00:00:42:01
ip -n $b link set vx0 address 02:00:00:00:42:02
for ns in $a $b; do
	ip netns exec $ns sysctl -qw net.ipv6.conf.vx0.disable_ipv6=1
done
ip -n $a addr add 10.42.0.1/24 dev vx0
ip -n $b addr add 10.42.0.2/24 dev vx0
ip -n $a link set vx0 up
ip -n $b link set vx0 up
ip netns exec $a timeout 10 tcpdump -Z root -U -i va$$ -c 3 \
	-w "$here/vxlan-kernel.pcap" udp port 4789 2>/dev/null & tp=$!
sleep 1
printf 'hello over vxlan\n' | ip netns exec $a "$tcpbox" nc -u -w 1 10.42.0.2 9999 || true
wait $tp || true
