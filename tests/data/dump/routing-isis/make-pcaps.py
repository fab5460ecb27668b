#!/usr/bin/python3
# make-pcaps.py - remake this directory's IS-IS captures with scapy
# (Debian's python3-scapy), then their expected outputs with the real
# tcpdump, as TESTLIST lists them.
#
# usage: tests/data/dump/routing-isis/make-pcaps.py     (by hand only)
#
# isis.pcap      IS-IS in 802.3/LLC frames: L1 LAN hello, point-to-point
#                hello, L2 LSP (areas, hostname, IPv4/IPv6 and extended
#                reachability with sub-TLVs, router capability with SR),
#                L1 CSNP, L2 PSNP
# isis-cut.pcap  the same frames cut to 72 bytes of capture each
import os
import struct
import subprocess
import sys

from scapy.all import Dot3, LLC, wrpcap, raw
import scapy.contrib.isis as isis

HERE = os.path.dirname(os.path.abspath(__file__))
T0 = 1700000000
SRC = "02:00:00:00:00:01"
ALL_L1, ALL_L2 = "01:80:c2:00:00:14", "01:80:c2:00:00:15"


def frame(dst, pdu):
    return Dot3(src=SRC, dst=dst) / LLC(dsap=0xfe, ssap=0xfe, ctrl=3) / pdu


def hellos():
    tlvs = [
        isis.ISIS_ProtocolsSupportedTlv(nlpids=["IPv4", "IPv6"]),
        isis.ISIS_AreaTlv(areas=[isis.ISIS_AreaEntry(areaid="49.0001")]),
        isis.ISIS_IpInterfaceAddressTlv(addresses=["192.0.2.1"]),
        isis.ISIS_IsNeighbourTlv(neighbours=["02:00:00:00:00:02"]),
        isis.ISIS_AuthenticationTlv(authtype=1, password=b"secret"),
    ]
    lan = isis.ISIS_CommonHdr() / isis.ISIS_L1_LAN_Hello(
        circuittype=1, sourceid="1921.6800.0001", holdingtime=30,
        priority=64, lanid="1921.6800.0001.01", tlvs=tlvs)
    p2p = isis.ISIS_CommonHdr() / isis.ISIS_P2P_Hello(
        circuittype=3, sourceid="1921.6800.0001", holdingtime=30,
        localcircuitid=3, tlvs=[
            isis.ISIS_P2PAdjacencyStateTlv(
                len=15, state=0, extlocalcircuitid=5,
                neighboursystemid="1921.6800.0002",
                neighbourextlocalcircuitid=4),
            isis.ISIS_ProtocolsSupportedTlv(nlpids=["IPv4"]),
            isis.ISIS_AreaTlv(areas=[isis.ISIS_AreaEntry(areaid="49.0001")]),
        ])
    return [frame(ALL_L1, lan), frame(ALL_L2, p2p)]


def lsp():
    tlvs = [
        isis.ISIS_AreaTlv(areas=[isis.ISIS_AreaEntry(areaid="49.0001"),
                                 isis.ISIS_AreaEntry(areaid="49.0002")]),
        isis.ISIS_ProtocolsSupportedTlv(nlpids=["IPv4", "IPv6"]),
        isis.ISIS_DynamicHostnameTlv(hostname=b"router-1"),
        isis.ISIS_TERouterIDTlv(routerid="1.1.1.1"),
        isis.ISIS_IpInterfaceAddressTlv(addresses=["192.0.2.1",
                                                   "198.51.100.1"]),
        isis.ISIS_IsReachabilityTlv(neighbours=[
            isis.ISIS_IsReachabilityEntry(defmetric=10,
                                          neighbourid="1921.6800.0002.00")]),
        isis.ISIS_InternalIpReachabilityTlv(entries=[
            isis.ISIS_IpReachabilityEntry(defmetric=10,
                                          ipaddress="10.1.0.0",
                                          subnetmask="255.255.0.0")]),
        isis.ISIS_ExtendedIsReachabilityTlv(neighbours=[
            isis.ISIS_ExtendedIsNeighbourEntry(
                neighbourid="1921.6800.0002.00", metric=20, subtlvs=[
                    isis.ISIS_IPv4InterfaceAddressSubTlv(
                        address="192.0.2.1"),
                    isis.ISIS_IPv4NeighborAddressSubTlv(
                        address="192.0.2.2"),
                    isis.ISIS_AdministrativeGroupSubTlv(admingroup=1),
                    isis.ISIS_MaximumLinkBandwidthSubTlv(maxbw=125000000),
                    isis.ISIS_TEDefaultMetricSubTlv(temetric=20),
                ])]),
        isis.ISIS_ExtendedIpReachabilityTlv(pfxs=[
            isis.ISIS_ExtendedIpPrefix(metric=10, pfx="10.2.0.0/16"),
            isis.ISIS_ExtendedIpPrefix(metric=20, pfx="1.1.1.1/32",
                                       subtlvindicator=1, subtlvs=[
                isis.ISIS_PrefixSegmentIdentifierSubTlv(
                    flags=0x4c, algorithm=0, sid=16101)]),
        ]),
        isis.ISIS_Ipv6ReachabilityTlv(pfxs=[
            isis.ISIS_Ipv6Prefix(metric=10, pfx="2001:db8:1::/48"),
            isis.ISIS_Ipv6Prefix(metric=30, external=1,
                                 pfx="2001:db8:2::/64")]),
        isis.ISIS_RouterCapabilityTlv(routerid="1.1.1.1", flags=0,
                                      subtlvs=[
            isis.ISIS_SRCapabilitiesSubTLV(flags=0xc0, srgb_ranges=[
                isis.ISIS_SRGBDescriptorEntry(range=8000,
                                              sid_label=isis.ISIS_SIDLabelSubTLV(
                                                  sid=16000))])]),
    ]
    pdu = isis.ISIS_CommonHdr() / isis.ISIS_L2_LSP(
        lifetime=1199, lspid="1921.6800.0001.00-00", seqnum=0x2f,
        typeblock=0x03, tlvs=tlvs)
    return frame(ALL_L2, pdu)


def snps():
    entries = [isis.ISIS_LspEntry(lifetime=1100,
                                  lspid="1921.6800.0001.00-00",
                                  seqnum=0x2f, checksum=0x1234),
               isis.ISIS_LspEntry(lifetime=900,
                                  lspid="1921.6800.0002.00-00",
                                  seqnum=0x10, checksum=0x4321)]
    csnp = isis.ISIS_CommonHdr() / isis.ISIS_L1_CSNP(
        sourceid="1921.6800.0001.00", startlspid="0000.0000.0000.00-00",
        endlspid="ffff.ffff.ffff.ff-ff",
        tlvs=[isis.ISIS_LspEntryTlv(entries=entries)])
    psnp = isis.ISIS_CommonHdr() / isis.ISIS_L2_PSNP(
        sourceid="1921.6800.0002.00",
        tlvs=[isis.ISIS_LspEntryTlv(entries=entries[:1])])
    return [frame(ALL_L1, csnp), frame(ALL_L2, psnp)]


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
    pkts = hellos() + [lsp()] + snps()
    for i, p in enumerate(pkts):
        p.time = T0 + i
    wrpcap("isis.pcap", pkts)
    write_cut("isis-cut.pcap", pkts, 72)
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
