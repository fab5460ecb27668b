#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below). Run by hand from the top of the tree; then
# tests/data/dump/regen sweep-a-apps for the expected outputs.
set -eu
here=tests/data/dump/sweep-a-apps
. tests/data/dump/sweep-lib.sh

# BOOTP/DHCP cut short in the fixed header and in an option's tag and
# length
pick 1 QinQpacket "$tmp/a.pcap" 27 32 131 732
pick 1 dhcp-rfc4388 "$tmp/b.pcap" 52 85 196
# and a signed option (Last-Transaction-Time) with its top bit set
pick 4 dhcp-rfc4388 "$tmp/b4.pcap" 78
cat_pcaps "$here/bootp-mut.pcap" "$tmp/a.pcap" "$tmp/b.pcap" "$tmp/b4.pcap"

# RADIUS attributes whose value is cut short (the attributes after
# them go on), numbers cut after their tag byte, a MIP6 feature vector
# cut short
pick 1 RADIUS "$tmp/c.pcap" 1 6 10 11 13 14
pick 1 RADIUS-RFC5176 "$tmp/d.pcap" 1 5 19
cat_pcaps "$here/radius-mut.pcap" "$tmp/c.pcap" "$tmp/d.pcap"
pick 3 RADIUS-RFC5447 "$tmp/e.pcap" 2
pick 4 RADIUS-RFC4675 "$tmp/f.pcap" 16
cat_pcaps "$here/radius-sll-mut.pcap" "$tmp/e.pcap" "$tmp/f.pcap"

# UDP ports of two printers: tcpdump's chain of port tests decides
# (TFTP before BOOTP, timed before both, mDNS before BOOTP, ISAKMP
# before NTP before Kerberos, RADIUS before lwres, SIP and syslog
# before PTP)
pick 3 QinQpacket "$tmp/g.pcap" 77
python3 - "$tmp/h.pcap" <<'PY'
import sys
from pcapbuild import eth, ip4, udp, write_pcap
pay = bytes([1, 1, 6, 0]) + bytes(60)
pairs = [(69, 67), (67, 69), (67, 525), (525, 69), (67, 5353), (88, 123),
         (123, 500), (4500, 88), (921, 1645), (319, 5060), (514, 320)]
write_pcap(sys.argv[1], [eth(0x0800) + ip4(17, udp(sp, dp, pay))
                         for sp, dp in pairs])
PY
cat_pcaps "$here/udp-ports.pcap" "$tmp/g.pcap" "$tmp/h.pcap"

# DHCP options tcpbox once named or printed otherwise: client FQDN,
# relay agent information, option overload and NetBIOS node type
# values without a name, ARMT, TZSTR, FQDNS
python3 - "$here/bootp-opts.pcap" <<'PY'
import sys
from pcapbuild import eth, ip4, udp, write_pcap
def pkt(opts):
    b = (bytes([1, 1, 6, 0]) + bytes(24) + bytes([2, 0, 0, 0, 0, 1]) +
         bytes(10) + bytes(64 + 128) + bytes([0x63, 0x82, 0x53, 0x63]) +
         opts + b'\xff')
    return eth(0x0800) + ip4(17, udp(68, 67, b))
def opt(t, d): return bytes([t, len(d)]) + d
cases = [
  opt(81, bytes([0, 0, 0]) + b'host.example'),
  opt(81, bytes([0x0f, 0, 0])),
  opt(81, bytes([0x05, 255, 255]) + b'a\x01b'),
  opt(81, bytes([0xf2, 0, 1]) + b'x'),
  opt(81, bytes([1, 2])),
  opt(82, opt(1, b'eth0/1') + opt(2, b'\x00\x11\x22remote') + opt(6, b'sub')),
  opt(82, opt(9, bytes(range(20))) + opt(1, b'')),
  opt(82, opt(1, b'abc') + b'\x05'),
  opt(82, opt(5, b'')),
  opt(82, b'\x01'),
  opt(52, b'\x03') + opt(52, b'\x09') + opt(46, b'\x08\x01') + opt(46, b''),
  opt(83, b'\x01\x02') + opt(88, b'EST5EDT') + opt(89, b'\x01\x02\x03'),
]
write_pcap(sys.argv[1], [pkt(c) for c in cases])
PY

# ForCES: a message shorter than its header, a type in tcpdump's valid
# range without a name, an unnamed teardown reason (Linux cooked)
pick 6 forces2 "$tmp/i.pcap" 178
pick 6 forces3 "$tmp/j.pcap" 283
pick 5 forces3 "$tmp/k.pcap" 490
cat_pcaps "$here/forces-mut.pcap" "$tmp/i.pcap" "$tmp/j.pcap" "$tmp/k.pcap"

# PTP messages shorter than the PTP header, over UDP and Ethernet (built
# byte by byte), and one in a variant of eapon1
python3 - "$tmp/p.pcap" <<'PY'
import sys
from pcapbuild import eth, ip4, udp, write_pcap
pk = []
for n in (0, 1, 5, 33, 34, 44):
    pay = (bytes([0, 2]) + bytes(max(0, n - 2)))[:n]
    pk += [eth(0x0800) + ip4(17, udp(319, 319, pay)), eth(0x88f7) + pay]
write_pcap(sys.argv[1], pk, each=2)   # both of a length in one second
PY
pick 8 eapon1 "$tmp/q.pcap" 414
cat_pcaps "$here/ptp-short.pcap" "$tmp/p.pcap" "$tmp/q.pcap"
