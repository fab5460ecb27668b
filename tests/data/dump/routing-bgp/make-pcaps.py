#!/usr/bin/python3
# make-pcaps.py - remake this directory's captures with scapy (Debian's
# python3-scapy), then their expected outputs with the real tcpdump, as
# TESTLIST lists them.
#
# usage: tests/data/dump/routing-bgp/make-pcaps.py     (by hand only)
#
# bgp.pcap    BGP over TCP/IPv4: OPEN with capabilities, UPDATEs with the
#             common attributes, communities, MP_REACH/MP_UNREACH for IPv6,
#             withdrawals, KEEPALIVE, ROUTE-REFRESH, NOTIFICATION (Cease
#             with a shutdown communication)
# ospf2.pcap  OSPFv2: hello, DD, LS request, LS update (router, network,
#             summary, external, NSSA LSAs), LS ack, MD5 authentication
# ospf3.pcap  OSPFv3 over IPv6: hello, DD, LS request, LS update (router,
#             network, inter-area prefix, link, intra-area prefix, external
#             LSAs), LS ack
# *-cut.pcap  the same packets cut to 72 bytes of capture each
import os
import struct
import subprocess
import sys

from scapy.all import Ether, IP, IPv6, TCP, Raw, wrpcap, raw
import scapy.contrib.bgp as bgp
import scapy.contrib.ospf as ospf

HERE = os.path.dirname(os.path.abspath(__file__))
MAC1, MAC2 = "02:00:00:00:00:01", "02:00:00:00:00:02"
T0 = 1700000000


def tcp4(payload, sport=40000, dport=179, seq=1000):
    return (Ether(src=MAC1, dst=MAC2) /
            IP(src="192.0.2.1", dst="192.0.2.2", tos=0xc0, ttl=1) /
            TCP(sport=sport, dport=dport, flags="PA", seq=seq, ack=1,
                window=512) / payload)


def bgp_packets():
    opn = bgp.BGPHeader(type=1) / bgp.BGPOpen(
        version=4, my_as=23456, hold_time=180, bgp_id="192.0.2.1",
        opt_params=[
            bgp.BGPOptParam(param_type=2, param_value=bgp.BGPCapMultiprotocol(
                afi=1, safi=1)),
            bgp.BGPOptParam(param_type=2, param_value=bgp.BGPCapMultiprotocol(
                afi=2, safi=1)),
            bgp.BGPOptParam(param_type=2, param_value=bgp.BGPCapGeneric(
                code=2, length=0)),
            bgp.BGPOptParam(param_type=2, param_value=bgp.BGPCapFourBytesASN(
                asn=4200000001)),
            bgp.BGPOptParam(param_type=2, param_value=bgp.BGPCapGeneric(
                code=69, length=4, cap_data=b"\x00\x01\x01\x03")),
            bgp.BGPOptParam(param_type=2, param_value=bgp.BGPCapGeneric(
                code=64, length=6, cap_data=b"\x80\x78\x00\x01\x01\x80")),
        ])
    attrs = [
        bgp.BGPPathAttr(type_flags=0x40, type_code=1,
                        attribute=bgp.BGPPAOrigin(origin=0)),
        bgp.BGPPathAttr(type_flags=0x40, type_code=2, attribute=raw(
            bgp.BGPPAAS4BytesPath(segments=[
                bgp.BGPPAAS4BytesPath.ASPathSegment(
                    segment_type=2, segment_value=[4200000001, 65001, 3356]),
                bgp.BGPPAAS4BytesPath.ASPathSegment(
                    segment_type=1, segment_value=[64512, 64513])]))),
        bgp.BGPPathAttr(type_flags=0x40, type_code=3,
                        attribute=bgp.BGPPANextHop(next_hop="192.0.2.1")),
        bgp.BGPPathAttr(type_flags=0x80, type_code=4,
                        attribute=bgp.BGPPAMultiExitDisc(med=50)),
        bgp.BGPPathAttr(type_flags=0x40, type_code=5,
                        attribute=bgp.BGPPALocalPref(local_pref=200)),
        bgp.BGPPathAttr(type_flags=0xc0, type_code=8,
                        attribute=bgp.BGPPACommunity(community=65001 << 16 | 100)),
        bgp.BGPPathAttr(type_flags=0xc0, type_code=16, attribute=raw(
            struct.pack(">HHI", 0x0002, 65001, 7) +
            struct.pack(">H4sH", 0x0102, bytes([198, 51, 100, 1]), 9) +
            struct.pack(">HIH", 0x0203, 4200000001, 11))),
        bgp.BGPPathAttr(type_flags=0xc0, type_code=32, attribute=raw(
            struct.pack(">III", 4200000001, 1, 2) +
            struct.pack(">III", 65001, 3, 4))),
    ]
    upd = bgp.BGPHeader(type=2) / bgp.BGPUpdate(
        withdrawn_routes=[bgp.BGPNLRI_IPv4(prefix="203.0.113.0/25")],
        path_attr=attrs,
        nlri=[bgp.BGPNLRI_IPv4(prefix="198.51.100.0/24"),
              bgp.BGPNLRI_IPv4(prefix="10.0.0.0/8")])
    mp = bgp.BGPHeader(type=2) / bgp.BGPUpdate(path_attr=[
        bgp.BGPPathAttr(type_flags=0x40, type_code=1,
                        attribute=bgp.BGPPAOrigin(origin=2)),
        bgp.BGPPathAttr(type_flags=0x80, type_code=14,
                        attribute=bgp.BGPPAMPReachNLRI(
                            afi=2, safi=1, nh_addr_len=16,
                            nh_v6_addr="2001:db8::1",
                            nlri=[bgp.BGPNLRI_IPv6(prefix="2001:db8:1::/48"),
                                  bgp.BGPNLRI_IPv6(prefix="2001:db8:2::/64")])),
        bgp.BGPPathAttr(type_flags=0x80, type_code=15, attribute=raw(
            struct.pack(">HB", 2, 1) +
            raw(bgp.BGPNLRI_IPv6(prefix="2001:db8:9::/56")))),
    ])
    eor = bgp.BGPHeader(type=2) / bgp.BGPUpdate()
    ka = bgp.BGPHeader(type=4)
    rr = bgp.BGPHeader(type=5) / bgp.BGPRouteRefresh(afi=1, safi=1)
    msg = b"maintenance window"
    note = bgp.BGPHeader(type=3) / bgp.BGPNotification(
        error_code=6, error_subcode=2) / Raw(bytes([len(msg)]) + msg)
    return [tcp4(opn, seq=1000), tcp4(ka, sport=179, dport=40000, seq=5000),
            tcp4(upd, seq=2000), tcp4(mp, sport=179, dport=40000, seq=6000),
            tcp4(raw(eor) + raw(ka), seq=3000),
            tcp4(rr, sport=179, dport=40000, seq=7000), tcp4(note, seq=4000)]


def ospf2_ip(pkt, dst="224.0.0.5"):
    return (Ether(src=MAC1, dst="01:00:5e:00:00:05") /
            IP(src="192.0.2.1", dst=dst, tos=0xc0, ttl=1, proto=89) / pkt)


def ospf2_packets():
    hdr = dict(src="1.1.1.1", area="0.0.0.1")
    hello = ospf.OSPF_Hdr(**hdr) / ospf.OSPF_Hello(
        mask="255.255.255.0", options=0x02, prio=1, router="192.0.2.1",
        backup="192.0.2.2", neighbors=["2.2.2.2", "3.3.3.3"])
    md5 = ospf.OSPF_Hdr(src="1.1.1.1", area="0.0.0.0", authtype=2,
                        keyid=1, authdatalen=16, seq=0x1000) / \
        ospf.OSPF_Hello(mask="255.255.255.0", options=0x02, prio=1)
    md5 = raw(md5) + bytes(range(16))
    dd = ospf.OSPF_Hdr(**hdr) / ospf.OSPF_DBDesc(
        mtu=1500, options=0x42, dbdescr=0x07, ddseq=0x1234, lsaheaders=[
            ospf.OSPF_LSA_Hdr(type=1, id="1.1.1.1", adrouter="1.1.1.1",
                              seq=0x80000001),
            ospf.OSPF_LSA_Hdr(type=2, id="192.0.2.1", adrouter="1.1.1.1",
                              seq=0x80000002)])
    lsr = ospf.OSPF_Hdr(**hdr) / ospf.OSPF_LSReq(requests=[
        ospf.OSPF_LSReq_Item(type=1, id="2.2.2.2", adrouter="2.2.2.2"),
        ospf.OSPF_LSReq_Item(type=5, id="10.0.0.0", adrouter="2.2.2.2")])
    lsas = [
        ospf.OSPF_Router_LSA(id="1.1.1.1", adrouter="1.1.1.1", flags=0x03,
                             seq=0x80000003, linklist=[
            ospf.OSPF_Link(id="192.0.2.1", data="192.0.2.1", type=2,
                           metric=10),
            ospf.OSPF_Link(id="10.1.0.0", data="255.255.0.0", type=3,
                           metric=1),
            ospf.OSPF_Link(id="2.2.2.2", data="0.0.0.7", type=1,
                           metric=64)]),
        ospf.OSPF_Network_LSA(id="192.0.2.1", adrouter="1.1.1.1",
                              mask="255.255.255.0",
                              routerlist=["1.1.1.1", "2.2.2.2"]),
        ospf.OSPF_SummaryIP_LSA(id="10.2.0.0", adrouter="1.1.1.1",
                                mask="255.255.0.0", metric=20),
        ospf.OSPF_External_LSA(id="172.16.0.0", adrouter="1.1.1.1",
                               mask="255.240.0.0", ebit=1, metric=100,
                               fwdaddr="192.0.2.9", tag=0x42),
        ospf.OSPF_NSSA_External_LSA(id="172.20.0.0", adrouter="1.1.1.1",
                                    mask="255.255.0.0", metric=30),
    ]
    lsu = ospf.OSPF_Hdr(**hdr) / ospf.OSPF_LSUpd(lsalist=lsas)
    ack = ospf.OSPF_Hdr(**hdr) / ospf.OSPF_LSAck(lsaheaders=[
        ospf.OSPF_LSA_Hdr(type=1, id="2.2.2.2", adrouter="2.2.2.2",
                          seq=0x80000010)])
    return [ospf2_ip(hello), ospf2_ip(Raw(md5)), ospf2_ip(dd, "192.0.2.2"),
            ospf2_ip(lsr, "192.0.2.2"), ospf2_ip(lsu), ospf2_ip(ack)]


def ospf3_ip(pkt, dst="ff02::5"):
    return (Ether(src=MAC1, dst="33:33:00:00:00:05") /
            IPv6(src="fe80::1", dst=dst, hlim=1, tc=0xe0) / pkt)


def ospf3_packets():
    hdr = dict(src="1.1.1.1", area="0.0.0.1")
    hello = ospf.OSPFv3_Hdr(**hdr) / ospf.OSPFv3_Hello(
        intid=5, prio=1, options=0x13, router="1.1.1.1",
        backup="2.2.2.2", neighbors=["2.2.2.2"])
    dd = ospf.OSPFv3_Hdr(**hdr) / ospf.OSPFv3_DBDesc(
        options=0x13, mtu=1500, dbdescr=0x07, ddseq=0x2000, lsaheaders=[
            ospf.OSPFv3_LSA_Hdr(type=0x2001, id="0.0.0.0",
                                adrouter="1.1.1.1", seq=0x80000001),
            ospf.OSPFv3_LSA_Hdr(type=0x0008, id="0.0.0.5",
                                adrouter="1.1.1.1", seq=0x80000001)])
    lsr = ospf.OSPFv3_Hdr(**hdr) / ospf.OSPFv3_LSReq(requests=[
        ospf.OSPFv3_LSReq_Item(type=0x2001, id="0.0.0.0",
                               adrouter="2.2.2.2")])
    pfx = [ospf.OSPFv3_Prefix_Item(prefixlen=64, metric=10,
                                   prefix="2001:db8:1::/64"),
           ospf.OSPFv3_Prefix_Item(prefixlen=48, metric=20, prefixoptions=2,
                                   prefix="2001:db8:2::/48")]
    lsas = [
        ospf.OSPFv3_Router_LSA(id="0.0.0.0", adrouter="1.1.1.1", flags=0x01,
                               options=0x13, linklist=[
            ospf.OSPFv3_Link(type=1, metric=10, intid=5, neighintid=6,
                             neighbor="2.2.2.2"),
            ospf.OSPFv3_Link(type=2, metric=1, intid=7, neighintid=7,
                             neighbor="1.1.1.1")]),
        ospf.OSPFv3_Network_LSA(id="0.0.0.7", adrouter="1.1.1.1",
                                options=0x13,
                                routerlist=["1.1.1.1", "2.2.2.2"]),
        ospf.OSPFv3_Inter_Area_Prefix_LSA(id="0.0.0.3", adrouter="1.1.1.1",
                                          metric=30, prefixlen=56,
                                          prefix="2001:db8:3::/56"),
        ospf.OSPFv3_Link_LSA(id="0.0.0.5", adrouter="1.1.1.1", prio=1,
                             options=0x13, lladdr="fe80::1",
                             prefixlist=pfx),
        ospf.OSPFv3_Intra_Area_Prefix_LSA(id="0.0.0.0", adrouter="1.1.1.1",
                                          reflstype=0x2001, reflsid=0,
                                          refadrouter="1.1.1.1",
                                          prefixlist=pfx),
        ospf.OSPFv3_AS_External_LSA(id="0.0.0.9", adrouter="1.1.1.1",
                                    flags=0x06, metric=40, prefixlen=32,
                                    prefix="2001:db8::/32",
                                    fwaddr="2001:db8::99", tag=7),
    ]
    lsu = ospf.OSPFv3_Hdr(**hdr) / ospf.OSPFv3_LSUpd(lsalist=lsas)
    ack = ospf.OSPFv3_Hdr(**hdr) / ospf.OSPFv3_LSAck(lsaheaders=[
        ospf.OSPFv3_LSA_Hdr(type=0x2001, id="0.0.0.0", adrouter="2.2.2.2",
                            seq=0x80000002)])
    return [ospf3_ip(hello), ospf3_ip(dd, "fe80::2"),
            ospf3_ip(lsr, "fe80::2"), ospf3_ip(lsu), ospf3_ip(ack)]


def write_cut(name, pkts, snap):
    """A pcap whose records keep only the first snap bytes."""
    with open(name, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, snap, 1))
        for i, p in enumerate(pkts):
            b = raw(p)
            f.write(struct.pack("<IIII", T0 + i, 0, min(len(b), snap),
                                len(b)))
            f.write(b[:snap])


def main():
    os.chdir(HERE)
    for name, pkts in (("bgp", bgp_packets()), ("ospf2", ospf2_packets()),
                       ("ospf3", ospf3_packets())):
        for i, p in enumerate(pkts):
            p.time = T0 + i
        wrpcap(name + ".pcap", pkts)
        write_cut(name + "-cut.pcap", pkts, 72)
    env = dict(os.environ, TZ="GMT0", LC_ALL="C")
    with open("TESTLIST") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, pcap, out, *opts = line.split()
            with open(out, "wb") as o:
                subprocess.run(["tcpdump", "-#", "-n", "-r", pcap] + opts,
                               stdout=o, stderr=subprocess.DEVNULL, env=env,
                               check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
