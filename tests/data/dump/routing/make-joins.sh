#!/bin/sh
# make-joins.sh - capture the IGMPv3 and MLDv2 reports this kernel sends
# when a socket joins and leaves multicast groups, in a private network
# namespace with a veth pair, then write the expected output of the
# capture with the Debian tcpdump. Run by hand, as root, here:
#   sh make-joins.sh
set -eu
here=$(pwd)
unshare -n sh -eu -c '
	ip link set lo up
	ip link add name rta type veth peer name rtb
	ip addr add 10.77.0.1/24 dev rta
	ip -6 addr add fd77::1/64 dev rta nodad
	ip link set rta up
	ip link set rtb up
	sleep 1
	tcpdump -i rtb -w "'"$here"'/joins.pcap" -U "igmp or ip6" 2>/dev/null &
	cap=$!
	sleep 1
	/usr/bin/python3 - <<PY
import socket, struct, time
s4 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
mreq = struct.pack("4s4s", socket.inet_aton("239.77.1.2"),
                   socket.inet_aton("10.77.0.1"))
s4.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, mreq)
s6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
idx = socket.if_nametoindex("rta")
m6 = socket.inet_pton(socket.AF_INET6, "ff05::77:3") + struct.pack("@I", idx)
s6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_JOIN_GROUP, m6)
time.sleep(1.5)
s4.setsockopt(socket.IPPROTO_IP, socket.IP_DROP_MEMBERSHIP, mreq)
s6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_LEAVE_GROUP, m6)
time.sleep(1.5)
PY
	sleep 1
	kill $cap
	wait $cap || true
'
for opts in "" "-nn -v" "-nn -vv -e" "-nn -X"; do
	suffix=$(echo "$opts" | tr -d ' -')
	out=joins${suffix:+-$suffix}.out
	TZ=GMT0 tcpdump -# -n -r joins.pcap $opts >"$out" 2>/dev/null

done
