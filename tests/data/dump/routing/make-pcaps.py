#!/usr/bin/python3
# make-pcaps.py - write the routing and control-plane captures of this
# directory with scapy's own encoders (Debian python3-scapy), a copy of
# each cut to two thirds of every packet, the expected output of each
# with the Debian tcpdump, and the TESTLIST (with the kernel captures of
# make-joins.sh). Run by hand, here, after make-joins.sh:
#   /usr/bin/python3 make-pcaps.py
# The tests only read the files it leaves.
import subprocess

import struct

from scapy.all import (Ether, IP, IPv6, UDP, TCP, ICMP, Raw, wrpcap,
                       conf)
from scapy.layers.rip import RIP, RIPEntry, RIPAuth
from scapy.layers.hsrp import HSRP
from scapy.layers.vrrp import VRRP, VRRPv3
from scapy.layers.inet6 import (ICMPv6MLReport, ICMPv6MLQuery,
                                ICMPv6MLReport2, ICMPv6MLDMultAddrRec,
                                IPv6ExtHdrHopByHop, RouterAlert)
from scapy.contrib.ripng import RIPng, RIPngEntry
from scapy.contrib.eigrp import (EIGRP, EIGRPParam, EIGRPSwVer,
                                 EIGRPIntRoute, EIGRPExtRoute)
from scapy.contrib.igmp import IGMP
from scapy.contrib.igmpv3 import (IGMPv3, IGMPv3mq, IGMPv3mr,
                                  IGMPv3gr)
from scapy.contrib.pim import (PIMv2Hdr, PIMv2Hello, PIMv2HelloHoldtime,
                               PIMv2HelloDRPriority,
                               PIMv2HelloGenerationID,
                               PIMv2JoinPrune, PIMv2GroupAddrs,
                               PIMv2JoinAddrs, PIMv2PruneAddrs)
from scapy.contrib.ldp import LDP, LDPHello, LDPKeepAlive
from scapy.contrib.bfd import BFD
from scapy.contrib.rsvp import (RSVP, RSVP_Object, RSVP_Data, RSVP_HOP,
                                RSVP_Time, RSVP_SenderTSPEC,
                                RSVP_LabelReq, RSVP_SessionAttrb)

conf.verb = 0
MAC_A = "02:00:00:00:00:0a"
MAC_B = "02:00:00:00:00:0b"
T0 = 1700000000


def stamp(pkts):
    """Fixed time stamps, 1.25 s apart, so the captures do not change."""
    for i, p in enumerate(pkts):
        p.time = T0 + i * 1.25
    return pkts


def eth(dst=MAC_B):
    return Ether(src=MAC_A, dst=dst)


def rip():
    return [
        eth() / IP(src="10.0.0.1", dst="10.0.0.2") /
        UDP(sport=520, dport=520) / RIP(cmd=1, version=1) /
        RIPEntry(AF=0, metric=16),
        eth() / IP(src="10.0.0.2", dst="10.0.0.1") /
        UDP(sport=520, dport=520) / RIP(cmd=2, version=1) /
        RIPEntry(addr="192.168.1.0", metric=1) /
        RIPEntry(addr="192.168.2.0", metric=2),
        eth("01:00:5e:00:00:09") / IP(src="10.0.0.1", dst="224.0.0.9",
                                      ttl=1) /
        UDP(sport=520, dport=520) / RIP(cmd=2, version=2) /
        RIPAuth(authtype=2, password="secret") /
        RIPEntry(addr="172.16.0.0", mask="255.255.0.0", RouteTag=7,
                 nextHop="10.0.0.254", metric=3) /
        RIPEntry(addr="172.17.0.0", mask="255.255.255.0", metric=15),
    ]


def ripng():
    return [
        eth("33:33:00:00:00:09") /
        IPv6(src="fe80::1", dst="ff02::9", hlim=255) /
        UDP(sport=521, dport=521) / RIPng(cmd=1) /
        RIPngEntry(prefix_or_nh="::", metric=16),
        eth("33:33:00:00:00:09") /
        IPv6(src="fe80::2", dst="ff02::9", hlim=255) /
        UDP(sport=521, dport=521) / RIPng(cmd=2) /
        RIPngEntry(prefix_or_nh="2001:db8:1::", prefixlen=48, metric=1) /
        RIPngEntry(prefix_or_nh="2001:db8:2::", routetag=9, prefixlen=64,
                   metric=4),
    ]


def eigrp():
    return [
        eth("01:00:5e:00:00:0a") / IP(src="10.0.0.1", dst="224.0.0.10",
                                      ttl=1) /
        EIGRP(opcode=5, asn=100, seq=0, ack=0,
              tlvlist=[EIGRPParam(k1=1, k3=1, holdtime=15),
                       EIGRPSwVer(ios="12.4", eigrp="1.2")]),
        eth() / IP(src="10.0.0.1", dst="10.0.0.2") /
        EIGRP(opcode=1, asn=100, seq=5, ack=4, flags=8,
              tlvlist=[EIGRPIntRoute(dst="192.168.10.0", prefixlen=24,
                                     nexthop="0.0.0.0", delay=2560,
                                     bandwidth=25600, mtu=1500,
                                     hopcount=1, reliability=255,
                                     load=1),
                       EIGRPExtRoute(dst="172.16.0.0", prefixlen=16,
                                     nexthop="10.0.0.9",
                                     originrouter="10.9.9.9",
                                     originasn=200, tag=42, extprotocolid=4,
                                     delay=100, bandwidth=1000, mtu=1500)]),
    ]


def igmp():
    return [
        eth("01:00:5e:00:00:01") / IP(src="10.0.0.1", dst="224.0.0.1",
                                      ttl=1) /
        IGMP(type=0x11, mrcode=100, gaddr="0.0.0.0"),
        eth("01:00:5e:01:02:03") / IP(src="10.0.0.2", dst="239.1.2.3",
                                      ttl=1) /
        IGMP(type=0x16, gaddr="239.1.2.3"),
        eth("01:00:5e:00:00:02") / IP(src="10.0.0.2", dst="224.0.0.2",
                                      ttl=1) /
        IGMP(type=0x17, gaddr="239.1.2.3"),
        eth("01:00:5e:00:00:01") / IP(src="10.0.0.1", dst="224.0.0.1",
                                      ttl=1) /
        IGMPv3(type=0x11, mrcode=20) /
        IGMPv3mq(gaddr="239.1.2.3", srcaddrs=["10.1.1.1", "10.1.1.2"]),
        eth("01:00:5e:00:00:16") / IP(src="10.0.0.2", dst="224.0.0.22",
                                      ttl=1) /
        IGMPv3(type=0x22) /
        IGMPv3mr(records=[IGMPv3gr(rtype=1, maddr="239.1.2.3",
                                   srcaddrs=["10.1.1.1"]),
                          IGMPv3gr(rtype=4, maddr="239.4.5.6")]),
    ]


def mld():
    hbh = IPv6ExtHdrHopByHop(options=[RouterAlert()])
    return [
        eth("33:33:00:00:00:01") /
        IPv6(src="fe80::1", dst="ff02::1", hlim=1) / hbh /
        ICMPv6MLQuery(mrd=10000),
        eth("33:33:00:00:00:16") /
        IPv6(src="fe80::2", dst="ff02::16", hlim=1) / hbh /
        ICMPv6MLReport2(records=[
            ICMPv6MLDMultAddrRec(rtype=4, dst="ff05::1:3"),
            ICMPv6MLDMultAddrRec(rtype=1, dst="ff05::2",
                                 sources=["2001:db8::1"])]),
        eth("33:33:00:00:00:02") /
        IPv6(src="fe80::2", dst="ff02::2", hlim=1) / hbh /
        ICMPv6MLReport(mladdr="ff05::1:3"),
    ]


def pim():
    return [
        eth("01:00:5e:00:00:0d") / IP(src="10.0.0.1", dst="224.0.0.13",
                                      ttl=1, proto=103) /
        PIMv2Hdr(type=0) /
        PIMv2Hello(option=[PIMv2HelloHoldtime(holdtime=105),
                           PIMv2HelloDRPriority(dr_priority=1),
                           PIMv2HelloGenerationID(generation_id=0x12345678)]),
        eth("01:00:5e:00:00:0d") / IP(src="10.0.0.1", dst="224.0.0.13",
                                      ttl=1, proto=103) /
        PIMv2Hdr(type=3) /
        PIMv2JoinPrune(up_neighbor_ip="10.0.0.2", num_group=1, holdtime=210,
                       jp_ips=[PIMv2GroupAddrs(
                           gaddr="239.1.2.3", num_joins=1, num_prunes=1,
                           join_ips=[PIMv2JoinAddrs(sparse=1, wildcard=1, rpt=1,
                                                    src_ip="10.9.9.9")],
                           prune_ips=[PIMv2PruneAddrs(
                               sparse=1, src_ip="10.8.8.8")])]),
    ]


def ldp():
    return [
        eth("01:00:5e:00:00:02") / IP(src="10.0.0.1", dst="224.0.0.2",
                                      ttl=1) /
        UDP(sport=646, dport=646) / LDP(id="10.0.0.1") /
        LDPHello(params=[15, 0, 0], id=1),
        eth() / IP(src="10.0.0.1", dst="10.0.0.2") /
        TCP(sport=646, dport=40000, flags="PA", seq=1, ack=1) /
        LDP(id="10.0.0.1") / LDPKeepAlive(id=7),
    ]


def bfd():
    return [
        eth() / IP(src="10.0.0.1", dst="10.0.0.2", ttl=255) /
        UDP(sport=49160, dport=3784) /
        BFD(version=1, diag=0, sta=1, detect_mult=3, my_discriminator=1,
            your_discriminator=0, min_tx_interval=1000000,
            min_rx_interval=1000000, echo_rx_interval=0),
        eth() / IP(src="10.0.0.2", dst="10.0.0.1", ttl=255) /
        UDP(sport=49161, dport=3784) /
        BFD(version=1, diag=3, sta=3, flags=0x10, detect_mult=5,
            my_discriminator=2, your_discriminator=1,
            min_tx_interval=300000, min_rx_interval=300000,
            echo_rx_interval=50000),
        eth() / IP(src="10.0.0.1", dst="10.0.0.9", ttl=250) /
        UDP(sport=49162, dport=4784) /
        BFD(version=1, sta=2, detect_mult=3, my_discriminator=9,
            your_discriminator=8, min_tx_interval=500000,
            min_rx_interval=500000),
    ]


def hsrp():
    return [
        eth("01:00:5e:00:00:02") / IP(src="10.0.0.1", dst="224.0.0.2",
                                      ttl=1) /
        UDP(sport=1985, dport=1985) /
        HSRP(opcode=0, state=16, hellotime=3, holdtime=10, priority=120,
             group=1, auth=b"cisco\0\0\0", virtualIP="10.0.0.254"),
        eth("01:00:5e:00:00:02") / IP(src="10.0.0.2", dst="224.0.0.2",
                                      ttl=1) /
        UDP(sport=1985, dport=1985) /
        HSRP(opcode=1, state=8, priority=100, group=1,
             virtualIP="10.0.0.254"),
    ]


def vrrp():
    return [
        eth("01:00:5e:00:00:12") / IP(src="10.0.0.1", dst="224.0.0.18",
                                      ttl=255) /
        VRRP(vrid=7, priority=150, ipcount=2, authtype=1, adv=1,
             addrlist=["10.0.0.254", "10.0.0.253"], auth1=0x70617373,
             auth2=0x776f7264),
        eth("01:00:5e:00:00:12") / IP(src="10.0.0.1", dst="224.0.0.18",
                                      ttl=255) /
        VRRPv3(vrid=8, priority=100, ipcount=1, adv=100,
               addrlist=["10.0.0.252"]),
        eth("33:33:00:00:00:12") /
        IPv6(src="fe80::1", dst="ff02::12", hlim=255) /
        VRRPv3(vrid=9, priority=200, ipcount=1, adv=100,
               addrlist=["fe80::254"]),
    ]


def rsvp_obj(cls, ctype, body):
    """An RSVP object with its length set (scapy leaves it at 4)."""
    return RSVP_Object(Class=cls, C_Type=ctype,
                       Length=4 + len(bytes(body))) / body


def rsvp():
    session = bytes([10, 0, 0, 9, 0, 0, 0, 3, 10, 0, 0, 1])
    path = (rsvp_obj(1, 7, RSVP_Data(Data=session)) /
            rsvp_obj(3, 1, RSVP_HOP(neighbor="10.0.0.1", inface=5)) /
            rsvp_obj(5, 1, RSVP_Time(refresh=30000)) /
            rsvp_obj(19, 1, RSVP_LabelReq(L3PID=0x800)) /
            rsvp_obj(207, 7, RSVP_SessionAttrb(Setup_priority=7,
                                               Hold_priority=7, flags=4,
                                               Name_length=7, Name="tunnel1")) /
            rsvp_obj(12, 2, RSVP_SenderTSPEC()))
    hello = rsvp_obj(22, 1, RSVP_Data(Data=bytes.fromhex("0000abcd00000000")))
    return [
        eth() / IP(src="10.0.0.1", dst="10.0.0.9", proto=46) /
        RSVP(Class=1, TTL=63, Length=8 + len(bytes(path))) / path,
        eth() / IP(src="10.0.0.9", dst="10.0.0.1", proto=46) /
        RSVP(Class=20, TTL=1, Length=8 + len(bytes(hello))) / hello,
    ]


def inet_sum(data):
    """The Internet checksum of data."""
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def lspping_msg(mtype, rcode, seq, tlvs):
    """An LSP ping header (RFC 4379) and its TLVs (no encoder in scapy)."""
    return struct.pack("!HHBBBBIIIIII", 1, 0, mtype, 2, rcode, 1, 0x1234,
                       seq, 0xe8e0b1a0, 0x40000000,
                       0xe8e0b1a0 if mtype == 2 else 0,
                       0x80000000 if mtype == 2 else 0) + tlvs


def lspping():
    ldp = struct.pack("!HH4sBxxx", 1, 5, bytes([10, 9, 9, 9]), 32)
    rsvp = struct.pack("!HH4sxxH4s4sxxH", 3, 20, bytes([10, 0, 0, 9]), 7,
                       bytes([10, 0, 0, 1]), bytes([10, 0, 0, 1]), 2)
    dsmap = struct.pack("!HBB4s4sBBH", 1500, 1, 0, bytes([10, 0, 1, 2]),
                        bytes([10, 0, 1, 1]), 0, 0, 0) + bytes([0, 1, 0x90, 3])
    req = lspping_msg(1, 0, 1,
                      struct.pack("!HH", 1, len(ldp)) + ldp +
                      struct.pack("!HH", 2, len(dsmap)) + dsmap)
    req2 = lspping_msg(1, 0, 2, struct.pack("!HH", 1, len(rsvp)) + rsvp +
                       struct.pack("!HHI", 15, 4, 0x2a))
    rep = lspping_msg(2, 3, 1, b"")
    return [
        eth() / IP(src="10.0.0.1", dst="127.0.0.1", ttl=1) /
        UDP(sport=40000, dport=3503) / Raw(req),
        eth() / IP(src="10.0.0.9", dst="10.0.0.1") /
        UDP(sport=3503, dport=40000) / Raw(rep),
        eth() / IP(src="10.0.0.1", dst="127.0.0.1", ttl=1) /
        UDP(sport=40001, dport=3503) / Raw(req2),
    ]


def autorp():
    """Cisco Auto-RP announce and discovery messages (UDP port 496)."""
    announce = (struct.pack("!BBHI", 0x11, 1, 181, 0) +
                bytes([10, 0, 0, 1, 2, 2]) +
                bytes([0, 4, 224, 0, 0, 0]) + bytes([1, 16, 239, 1, 0, 0]))
    mapping = (struct.pack("!BBHI", 0x12, 2, 181, 0) +
               bytes([10, 0, 0, 1, 3, 1]) + bytes([0, 4, 224, 0, 0, 0]) +
               bytes([10, 0, 0, 2, 2, 1]) + bytes([2, 8, 232, 0, 0, 0]))
    return [
        eth() / IP(src="10.0.0.1", dst="224.0.1.39", ttl=16) /
        UDP(sport=496, dport=496) / Raw(announce),
        eth() / IP(src="10.0.0.2", dst="224.0.1.40", ttl=16) /
        UDP(sport=496, dport=496) / Raw(mapping),
    ]


def icmpext():
    """A time exceeded with an MPLS label stack extension (RFC 4950)."""
    probe = bytes(IP(src="10.0.0.1", dst="10.9.9.9", ttl=1, id=7) /
                  UDP(sport=40000, dport=33434) / Raw(bytes(12)))
    objs = struct.pack("!HBBI", 8, 1, 1, 16001 << 12 | 0x100 | 1)
    ext = struct.pack("!BBH", 0x20, 0, 0) + objs
    ext = ext[:2] + struct.pack("!H", inet_sum(ext)) + ext[4:]
    orig = probe + bytes(128 - len(probe))
    return [
        eth() / IP(src="10.0.0.9", dst="10.0.0.1") /
        ICMP(type=11, code=0, length=32) / Raw(orig + ext),
    ]


FAMILIES = {
    "rip": rip, "ripng": ripng, "eigrp": eigrp, "igmp": igmp,
    "mld": mld, "pim": pim, "ldp": ldp, "bfd": bfd, "hsrp": hsrp,
    "vrrp": vrrp, "rsvp": rsvp, "lspping": lspping, "autorp": autorp,
    "icmpext": icmpext,
}
HEADER = """\
# Routing, multicast and control-plane captures: RIP, RIPng, EIGRP,
# IGMP, MLD, PIM, LDP, BFD, HSRP, VRRP, RSVP packets written by scapy's
# encoders, LSP ping, Cisco Auto-RP and an ICMP time exceeded with an
# MPLS extension built byte by byte (make-pcaps.py), each also cut to
# two thirds of its bytes, and the IGMPv3/MLDv2 reports of a kernel joining and leaving groups
# in a network namespace (make-joins.sh). Outputs from Debian tcpdump.
#group: CONFIG_DUMP_ROUTING
"""
FLAGS = [("", ""), ("nnv", "-nn -v"), ("nnvve", "-nn -vv -e"),
         ("nnX", "-nn -X")]


def cut(pkts):
    """The same packets captured with two thirds of their bytes."""
    out = []
    for p in pkts:
        raw = bytes(p)
        q = Ether(raw[:max(len(raw) * 2 // 3, 34)])
        q.time = p.time
        q.wirelen = len(raw)
        out.append(q)
    return out


def write(name, pkts, flags, lines):
    pcap = name + ".pcap"
    wrpcap(pcap, pkts)
    for suffix, opts in flags:
        out = name + ("-" + suffix if suffix else "") + ".out"
        with open(out, "wb") as f:
            subprocess.run(["tcpdump", "-#", "-n", "-r", pcap] +
                           opts.split(), stdout=f,
                           stderr=subprocess.DEVNULL, check=True,
                           env={"TZ": "GMT0", "LC_ALL": "C"})
        lines.append("%s %s %s %s" % (out[:-4], pcap, out, opts))


def main():
    lines = []
    for name, fn in FAMILIES.items():
        pkts = stamp([p.__class__(bytes(p)) for p in fn()])
        write(name, pkts, FLAGS, lines)
        write(name + "-cut", cut(pkts), FLAGS[:2], lines)
    for suffix, opts in FLAGS:
        out = "joins" + ("-" + suffix if suffix else "") + ".out"
        lines.append("%s joins.pcap %s %s" % (out[:-4], out, opts))
    with open("TESTLIST", "w") as f:
        f.write(HEADER + "\n".join(line.rstrip() for line in lines) +
                "\n")


if __name__ == "__main__":
    main()
