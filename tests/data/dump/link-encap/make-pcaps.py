#!/usr/bin/python3
# make-pcaps.py - remake the link-layer and tunnel captures of this
# directory with scapy (Debian python3-scapy), then their expected
# outputs with the Debian tcpdump. Run by hand, from this directory:
#     ./make-pcaps.py && ./make-outs.sh
# Timestamps are fixed so that the files are the same on every run.
import struct

from scapy.all import (ARP, ESP, GRE, ICMP, IP, IPv6, TCP, UDP, VXLAN,
                       Dot11, Dot11Beacon, Dot11Elt, Dot11ProbeReq,
                       Dot11Auth, Dot11AssoResp, Dot11Deauth, Dot11QoS,
                       Dot11WEP, LLC, SNAP, Ether, RadioTap, Raw, raw)
from scapy.contrib.geneve import GENEVE
from scapy.contrib.mpls import MPLS
from scapy.contrib.nsh import NSH
from scapy.layers.dot15d4 import (Dot15d4FCS, Dot15d4Data, Dot15d4Beacon,
                                  Dot15d4Cmd, Dot15d4CmdAssocReq, Dot15d4Ack,
                                  Dot15d4AuxSecurityHeader)
from scapy.layers.ppp import (PPP, PPPoED, PPPoE, PPPoETag, PPP_LCP_Configure,
                              PPP_LCP_MRU_Option, PPP_LCP_Magic_Number_Option,
                              PPP_LCP_Auth_Protocol_Option, PPP_IPCP,
                              PPP_IPCP_Option_IPAddress,
                              PPP_IPCP_Option_DNS1, PPP_LCP_Echo, PPP_CHAP,
                              PPP_PAP_Request, HDLC)

T0 = 1700000000

def write(name, dlt, frames, snap=262144):
    """A savefile of the frames, each cut to snap bytes (as -s does)."""
    with open(name, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, snap, dlt))
        for i, fr in enumerate(frames):
            b = fr if isinstance(fr, bytes) else raw(fr)
            cap = min(len(b), snap)
            f.write(struct.pack("<IIII", T0 + i, 1000 * i, cap, len(b)))
            f.write(b[:cap])

E = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")
IP4 = IP(src="192.0.2.1", dst="192.0.2.2", id=1)
INNER = IP(src="10.0.0.1", dst="10.0.0.2", id=7) / ICMP(id=1, seq=1) / b"ping"

# PPP on DLT_PPP (9): LCP, IPCP, authentication, IP
def ppp_frames():
    lcp = PPP_LCP_Configure(code=1, id=1, options=[
        PPP_LCP_MRU_Option(max_recv_unit=1492),
        PPP_LCP_Magic_Number_Option(magic_number=0x12345678),
        PPP_LCP_Auth_Protocol_Option(auth_protocol=0xc223, algorithm=5)])
    ipcp = PPP_IPCP(code=1, id=2, options=[
        PPP_IPCP_Option_IPAddress(data="10.0.0.1"),
        PPP_IPCP_Option_DNS1(data="10.0.0.53")])
    return [HDLC() / PPP(proto=0xc021) / lcp,
            HDLC() / PPP(proto=0xc021) / PPP_LCP_Echo(code=9, id=3,
                                                      magic_number=7),
            HDLC() / PPP(proto=0x8021) / ipcp,
            HDLC() / PPP(proto=0xc223) / PPP_CHAP(code=1, id=4,
                                                  value=b"\x01" * 16,
                                                  optional_name=b"lns"),
            HDLC() / PPP(proto=0xc023) / PPP_PAP_Request(id=5,
                                                         username=b"user",
                                                         password=b"pw"),
            HDLC() / PPP(proto=0x0021) / INNER]

# PPPoE discovery and session on Ethernet
def pppoe_frames():
    padi = PPPoED(code=0x09, sessionid=0) / \
        PPPoETag(tag_type=0x0101, tag_value=b"") / \
        PPPoETag(tag_type=0x0103, tag_value=b"\x12\x34\x56\x78")
    pado = PPPoED(code=0x07, sessionid=0) / \
        PPPoETag(tag_type=0x0102, tag_value=b"ac-name") / \
        PPPoETag(tag_type=0x0101, tag_value=b"")
    lcp = PPP_LCP_Echo(code=9, id=1, magic_number=0x01020304)
    return [E / padi, E / pado,
            E / PPPoE(sessionid=0x11) / PPP(proto=0xc021) / lcp,
            E / PPPoE(sessionid=0x11) / PPP(proto=0x0021) / INNER]

# Cisco HDLC (DLT_C_HDLC, 104): SLARP keepalive and reply, IP
def chdlc_frames():
    keep = bytes.fromhex("8f008035") + struct.pack(">IIIHI", 2, 5, 4, 0xffff,
                                                   93000000)
    reply = bytes.fromhex("8f008035") + struct.pack(">I4s4sH", 1,
                                                    bytes([10, 0, 0, 1]),
                                                    bytes([255] * 3 + [252]),
                                                    0)
    return [keep, reply, bytes.fromhex("0f000800") + raw(INNER)]

# GRE (IP, key and sequence; transparent Ethernet; PPTP with PPP)
def gre_frames():
    pptp = bytes.fromhex("3001880b000a0007") + struct.pack(">I", 1) + \
        bytes.fromhex("ff03c021") + raw(PPP_LCP_Echo(code=9, id=1,
                                                     magic_number=5))[:8]
    return [E / IP4 / GRE(key_present=1, key=42, seqnum_present=1,
                          seqence_number=9) / INNER,
            E / IP4 / GRE(proto=0x6558) / Ether(src="02:00:00:00:01:01",
                                               dst="02:00:00:00:01:02") /
            INNER,
            E / IP4 / GRE(chksum_present=1) / INNER,
            E / IP(src="192.0.2.1", dst="192.0.2.2", id=1, proto=47) / pptp]

# MPLS on Ethernet and over UDP
def mpls_frames():
    return [E / MPLS(label=100, s=0, ttl=64) / MPLS(label=200, s=1, ttl=63) /
            INNER,
            E / MPLS(label=0, s=1, ttl=1) / INNER,
            E / IP4 / UDP(sport=50001, dport=6635) /
            MPLS(label=300, s=1, ttl=5) / INNER]

# VXLAN, VXLAN-GPE with NSH, Geneve with an option, NSH on Ethernet
def overlay_frames():
    inner_eth = Ether(src="02:00:00:00:01:01", dst="02:00:00:00:01:02") / \
        INNER
    gpe = bytes.fromhex("0c000004") + struct.pack(">I", 77 << 8)
    nsh = NSH(mdtype=1, nextproto=1, spi=0x123, si=255, length=6) / INNER
    geneve = bytes.fromhex("02006558") + struct.pack(">I", 5 << 8) + \
        bytes.fromhex("01020381") + b"\x00\x00\x00\x0c"
    return [E / IP4 / UDP(sport=50000, dport=4789) / VXLAN(vni=42) /
            inner_eth,
            E / IP4 / UDP(sport=50000, dport=4790) / Raw(gpe) / nsh,
            E / IP4 / UDP(sport=50000, dport=6081) / Raw(geneve) / inner_eth,
            E / NSH(mdtype=2, nextproto=3, spi=7, si=3, length=2) /
            inner_eth]

# L2TP control (SCCRQ with AVPs) and data (PPP) on UDP 1701
def l2tp_frames():
    avps = bytes.fromhex("8008000000000001" "8008000000020100"
                         "800a000000030000" "0003" "8008000000090007"
                         "000900000007" + b"lac".hex())
    ctl = struct.pack(">HHHHHH", 0xc802, 12 + len(avps), 0, 0, 0, 0) + avps
    data = struct.pack(">HHH", 0x0002, 7, 9) + bytes.fromhex("ff030021") + \
        raw(INNER)
    u = E / IP4 / UDP(sport=1701, dport=1701)
    return [u / Raw(ctl), u / Raw(data)]

# ESP and IPComp
def ipsec_frames():
    return [E / IP4 / ESP(spi=0x1000, seq=1) / Raw(b"\x00" * 32),
            E / IP(src="192.0.2.1", dst="192.0.2.2", id=1, proto=108) /
            Raw(bytes.fromhex("04000102") + b"\x55" * 20)]

# 802.11 with radiotap (DLT 127)
def wlan_frames():
    rt = RadioTap(present="Flags+Rate+Channel+dBm_AntSignal+Antenna",
                  Flags=0, Rate=2, ChannelFrequency=2412,
                  ChannelFlags="CCK+2GHz", dBm_AntSignal=-40, Antenna=1)
    ap, sta = "02:00:00:00:aa:01", "02:00:00:00:bb:02"
    beacon = Dot11(type=0, subtype=8, addr1="ff:ff:ff:ff:ff:ff", addr2=ap,
                   addr3=ap) / Dot11Beacon(cap=0x0411) / \
        Dot11Elt(ID=0, info=b"tcpbox") / \
        Dot11Elt(ID=1, info=bytes([0x82, 0x84, 0x8b, 0x96, 12, 18, 24, 36])) / \
        Dot11Elt(ID=3, info=b"\x06") / Dot11Elt(ID=5, info=b"\x00\x01\x00\x00")
    probe = Dot11(type=0, subtype=4, addr1="ff:ff:ff:ff:ff:ff", addr2=sta,
                  addr3="ff:ff:ff:ff:ff:ff") / Dot11ProbeReq() / \
        Dot11Elt(ID=0, info=b"tcpbox") / \
        Dot11Elt(ID=1, info=bytes([2, 4, 11, 22]))
    auth = Dot11(type=0, subtype=11, addr1=ap, addr2=sta, addr3=ap) / \
        Dot11Auth(algo=0, seqnum=1, status=0)
    assoc = Dot11(type=0, subtype=1, addr1=sta, addr2=ap, addr3=ap) / \
        Dot11AssoResp(cap=0x0411, status=0, AID=0xc001)
    deauth = Dot11(type=0, subtype=12, addr1=sta, addr2=ap, addr3=ap) / \
        Dot11Deauth(reason=3)
    data = Dot11(type=2, subtype=8, FCfield="to-DS", addr1=ap, addr2=sta,
                 addr3="02:00:00:00:cc:03") / Dot11QoS() / LLC() / \
        SNAP(code=0x0800) / INNER
    wep = Dot11(type=2, subtype=0, FCfield="to-DS+protected", addr1=ap,
                addr2=sta, addr3=ap) / Raw(bytes.fromhex("123456400102030405"))
    ack = Dot11(type=1, subtype=13, addr1=sta)
    return [rt / f for f in (beacon, probe, auth, assoc, deauth, data, wep,
                             ack)]

# IEEE 802.15.4 (DLT 195, with FCS): data, beacon, command, ack,
# secured data
def wpan_frames():
    return [Dot15d4FCS(fcf_frametype=1, fcf_panidcompress=1,
                       fcf_destaddrmode=2, fcf_srcaddrmode=2, seqnum=5) /
            Dot15d4Data(dest_panid=0x1234, dest_addr=0xffff,
                        src_addr=0x0001) / b"hello",
            Dot15d4FCS(fcf_frametype=0, fcf_srcaddrmode=2, seqnum=7) /
            Dot15d4Beacon(src_panid=0x1234, src_addr=0x0001,
                          sf_beaconorder=15, sf_sforder=15,
                          sf_finalcapslot=15, sf_pancoord=1,
                          sf_assocpermit=1, gts_spec_desccount=0,
                          pa_num_short=1, pa_num_long=0,
                          pa_short_addresses=[0x0002]),
            Dot15d4FCS(fcf_frametype=3, fcf_destaddrmode=2,
                       fcf_srcaddrmode=3, seqnum=8) /
            Dot15d4Cmd(dest_panid=0x1234, dest_addr=0x0000,
                       src_panid=0xffff, src_addr=0x0102030405060708,
                       cmd_id=1) /
            Dot15d4CmdAssocReq(device_type=1, power_source=1,
                               receiver_on_when_idle=1, allocate_address=1),
            Dot15d4FCS(fcf_frametype=2, seqnum=11) / Dot15d4Ack(),
            Dot15d4FCS(fcf_frametype=1, fcf_security=1, fcf_panidcompress=1,
                       fcf_destaddrmode=2, fcf_srcaddrmode=2, fcf_framever=1,
                       seqnum=12) /
            Dot15d4Data(dest_panid=0x1234, dest_addr=0x0002, src_addr=0x0001,
                        aux_sec_header=Dot15d4AuxSecurityHeader(
                            sec_sc_seclevel=5, sec_sc_keyidmode=1,
                            sec_framecounter=7, sec_keyid_keyindex=1)) /
            b"\x01\x02\x03\x04\x05\x06\x07\x08\x09"]

# Frame Relay (DLT 107): RFC 2427 IP, Cisco ethertype, Q.933 LMI
def fr_frames():
    lmi = bytes.fromhex("0001" "03" "08" "00" "75" "95" "010101" "03020100")
    return [bytes.fromhex("0401" "03cc") + raw(INNER),
            bytes.fromhex("0401" "0800") + raw(INNER), lmi]

write("ppp.pcap", 9, ppp_frames())
write("ppp-cut20.pcap", 9, ppp_frames(), snap=20)
write("wpan.pcap", 195, wpan_frames())
write("frelay.pcap", 107, fr_frames())
write("pppoe.pcap", 1, pppoe_frames())
write("chdlc.pcap", 104, chdlc_frames())
write("gre.pcap", 1, gre_frames())
write("mpls.pcap", 1, mpls_frames())
write("overlay.pcap", 1, overlay_frames())
write("l2tp.pcap", 1, l2tp_frames())
write("ipsec.pcap", 1, ipsec_frames())
write("wlan-radiotap.pcap", 127, wlan_frames())
write("wlan-radiotap-cut40.pcap", 127, wlan_frames(), snap=40)
write("overlay-cut60.pcap", 1, overlay_frames(), snap=60)
