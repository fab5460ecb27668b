#!/bin/sh
# make-pcaps.sh CORPUS_DIR - remake this directory's captures: packets of
# scripts/dump-sweep's variants of tcpdump 4.99.3's test captures (seeds
# and packet numbers below). Run by hand from the top of the tree; then
# tests/data/dump/regen sweep-a-apps for the expected outputs.
set -eu
c=${1:?usage: make-pcaps.sh CORPUS_DIR}
here=tests/data/dump/sweep-a-apps
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sweep() { scripts/dump-sweep -n -s "$1" -o "$tmp" "$c/$2.pcap" >/dev/null; }
# cat OUT IN... : the packets of the captures IN, one after the other
cat_pcaps() {
	python3 - "$@" <<'PY'
import sys
out = open(sys.argv[1], 'wb')
for i, p in enumerate(sys.argv[2:]):
    b = open(p, 'rb').read()
    out.write(b if i == 0 else b[24:])
PY
}

# BOOTP/DHCP cut short in the fixed header and in an option's tag and
# length
sweep 1 QinQpacket
sweep 1 dhcp-rfc4388
scripts/pcap-pick "$tmp/QinQpacket-s1.pcap" "$tmp/a.pcap" 27 32 131 732
scripts/pcap-pick "$tmp/dhcp-rfc4388-s1.pcap" "$tmp/b.pcap" 52 85 196
# and a signed option (Last-Transaction-Time) with its top bit set
sweep 4 dhcp-rfc4388
scripts/pcap-pick "$tmp/dhcp-rfc4388-s4.pcap" "$tmp/b4.pcap" 78
cat_pcaps "$here/bootp-mut.pcap" "$tmp/a.pcap" "$tmp/b.pcap" "$tmp/b4.pcap"

# RADIUS attributes whose value is cut short (the attributes after
# them go on), numbers cut after their tag byte, a MIP6 feature vector
# cut short
sweep 1 RADIUS
sweep 1 RADIUS-RFC5176
sweep 3 RADIUS-RFC5447
sweep 4 RADIUS-RFC4675
scripts/pcap-pick "$tmp/RADIUS-s1.pcap" "$tmp/c.pcap" 1 6 10 11 13 14
scripts/pcap-pick "$tmp/RADIUS-RFC5176-s1.pcap" "$tmp/d.pcap" 1 5 19
cat_pcaps "$here/radius-mut.pcap" "$tmp/c.pcap" "$tmp/d.pcap"
scripts/pcap-pick "$tmp/RADIUS-RFC5447-s3.pcap" "$tmp/e.pcap" 2
scripts/pcap-pick "$tmp/RADIUS-RFC4675-s4.pcap" "$tmp/f.pcap" 16
cat_pcaps "$here/radius-sll-mut.pcap" "$tmp/e.pcap" "$tmp/f.pcap"

# UDP ports of two printers: tcpdump's chain of port tests decides
# (TFTP before BOOTP, timed before both, mDNS before BOOTP, ISAKMP
# before NTP before Kerberos, RADIUS before lwres, SIP and syslog
# before PTP)
sweep 3 QinQpacket
scripts/pcap-pick "$tmp/QinQpacket-s3.pcap" "$tmp/g.pcap" 77
python3 - "$tmp/h.pcap" <<'PY'
import struct, sys
def cksum(b):
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff); s += s >> 16
    return ~s & 0xffff
pay = bytes([1, 1, 6, 0]) + bytes(60)
pairs = [(69, 67), (67, 69), (67, 525), (525, 69), (67, 5353), (88, 123),
         (123, 500), (4500, 88), (921, 1645), (319, 5060), (514, 320)]
with open(sys.argv[1], 'wb') as o:
    o.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, (sp, dp) in enumerate(pairs):
        u = struct.pack('!HHHH', sp, dp, 8 + len(pay), 0) + pay
        ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(u), 1, 0, 64, 17,
                         0, bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
        ip = ip[:10] + struct.pack('!H', cksum(ip)) + ip[12:]
        f = bytes.fromhex('020000000002' '020000000001' '0800') + ip + u
        o.write(struct.pack('<IIII', 1000 + i, 0, len(f), len(f)) + f)
PY
cat_pcaps "$here/udp-ports.pcap" "$tmp/g.pcap" "$tmp/h.pcap"

# DHCP options tcpbox once named or printed otherwise: client FQDN,
# relay agent information, option overload and NetBIOS node type
# values without a name, ARMT, TZSTR, FQDNS
python3 - "$here/bootp-opts.pcap" <<'PY'
import struct, sys
def ck(b):
    if len(b)%2: b+=b'\0'
    s=sum(struct.unpack('!%dH'%(len(b)//2),b)); s=(s>>16)+(s&0xffff); s+=s>>16; return ~s&0xffff
out = open(sys.argv[1],'wb'); out.write(struct.pack('<IHHiIII',0xa1b2c3d4,2,4,0,0,65535,1))
def pkt(opts, i):
    b=bytes([1,1,6,0])+bytes(24)+bytes([2,0,0,0,0,1])+bytes(10)+bytes(64+128)+bytes([0x63,0x82,0x53,0x63])+opts+b'\xff'
    u=struct.pack('!HHHH',68,67,8+len(b),0)+b
    ip=struct.pack('!BBHHHBBH4s4s',0x45,0,20+len(u),1,0,64,17,0,bytes([10,0,0,1]),bytes([10,0,0,2]))
    ip=ip[:10]+struct.pack('!H',ck(ip))+ip[12:]
    f=bytes.fromhex('020000000002' '020000000001' '0800')+ip+u
    out.write(struct.pack('<IIII',1000+i,0,len(f),len(f))+f)
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
for i, c in enumerate(cases): pkt(c, i)
PY

# ForCES: a message shorter than its header, a type in tcpdump's valid
# range without a name, an unnamed teardown reason (Linux cooked)
sweep 6 forces2
sweep 6 forces3
sweep 5 forces3
scripts/pcap-pick "$tmp/forces2-s6.pcap" "$tmp/i.pcap" 178
scripts/pcap-pick "$tmp/forces3-s6.pcap" "$tmp/j.pcap" 283
scripts/pcap-pick "$tmp/forces3-s5.pcap" "$tmp/k.pcap" 490
cat_pcaps "$here/forces-mut.pcap" "$tmp/i.pcap" "$tmp/j.pcap" "$tmp/k.pcap"

# PTP messages shorter than the PTP header, over UDP and Ethernet (built
# byte by byte), and one in a variant of eapon1
python3 - "$tmp/p.pcap" <<'PY'
import struct, sys
def cksum(b):
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff); s += s >> 16
    return ~s & 0xffff
with open(sys.argv[1], 'wb') as o:
    o.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, n in enumerate((0, 1, 5, 33, 34, 44)):
        pay = (bytes([0, 2]) + bytes(max(0, n - 2)))[:n]
        u = struct.pack('!HHHH', 319, 319, 8 + n, 0) + pay
        ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(u), 1, 0, 64, 17,
                         0, bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
        ip = ip[:10] + struct.pack('!H', cksum(ip)) + ip[12:]
        eth = bytes.fromhex('020000000002' '020000000001')
        for f in (eth + b'\x08\x00' + ip + u, eth + b'\x88\xf7' + pay):
            o.write(struct.pack('<IIII', 1000 + i, 0, len(f), len(f)) + f)
PY
sweep 8 eapon1
scripts/pcap-pick "$tmp/eapon1-s8.pcap" "$tmp/q.pcap" 414
cat_pcaps "$here/ptp-short.pcap" "$tmp/p.pcap" "$tmp/q.pcap"
