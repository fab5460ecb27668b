#!/usr/bin/python3
# make-pcaps.py - remake the link-l2 captures and tcpdump's output of them.
#
# Well-formed frames of the L2 control protocols, built with scapy (an
# encoder independent of ours), each capture also cut at 40 bytes; the
# .out files are what the Debian tcpdump prints for them. Run by hand in
# this directory (needs python3-scapy and tcpdump):
#     /usr/bin/python3 make-pcaps.py
import os
import subprocess

from scapy.all import (LLC, SNAP, STP, Dot1AD, Dot1Q, Dot3, Ether, Raw,
                       PcapWriter)
from scapy.contrib.cdp import (CDPAddrRecordIPv4, CDPMsgAddr,
                               CDPMsgCapabilities, CDPMsgDeviceID,
                               CDPMsgDuplex, CDPMsgNativeVLAN,
                               CDPMsgPlatform, CDPMsgPortID,
                               CDPMsgSoftwareVersion, CDPv2_HDR)
from scapy.contrib.dtp import DTP, DTPDomain, DTPNeighbor, DTPStatus, DTPType
from scapy.contrib.lacp import LACP, MarkerProtocol
from scapy.contrib.lldp import (LLDPDU, LLDPDUChassisID,
                                LLDPDUEndOfLLDPDU, LLDPDUManagementAddress,
                                LLDPDUPortDescription, LLDPDUPortID,
                                LLDPDUSystemCapabilities,
                                LLDPDUSystemDescription, LLDPDUSystemName,
                                LLDPDUTimeToLive)
from scapy.contrib.vtp import VTP, VTPVlanInfo
from scapy.contrib.aoe import AOE, IssueATACommand, QueryConfigInformation
from scapy.contrib.macsec import MACsec
from scapy.contrib.vqp import VQP, VQPEntry
from scapy.all import IP, UDP

SRC = "00:16:3e:11:22:33"
BPDU_DST = "01:80:c2:00:00:00"
CISCO_DST = "01:00:0c:cc:cc:cc"
LLDP_DST = "01:80:c2:00:00:0e"
SLOW_DST = "01:80:c2:00:00:02"
T0 = 1700000000.0


def llc_frame(dst, payload):
    """An 802.3 frame: the length field, then payload (LLC and up)."""
    return Dot3(src=SRC, dst=dst) / payload


def stp_frames():
    stp = llc_frame(BPDU_DST, LLC(dsap=0x42, ssap=0x42, ctrl=3) /
                    STP(rootid=32768, rootmac="00:16:3e:00:00:01",
                        bridgeid=32768, bridgemac=SRC, portid=0x8001,
                        pathcost=4, age=1, maxage=20, hellotime=2,
                        fwddelay=15))
    rstp = llc_frame(BPDU_DST, LLC(dsap=0x42, ssap=0x42, ctrl=3) /
                     STP(version=2, bpdutype=2, bpduflags=0x3c,
                         rootid=4096, rootmac="00:16:3e:00:00:01",
                         bridgeid=8192, bridgemac=SRC, portid=0x8002,
                         pathcost=20000) / Raw(b"\x00"))
    tcn = llc_frame(BPDU_DST, LLC(dsap=0x42, ssap=0x42, ctrl=3) /
                    Raw(b"\x00\x00\x00\x80"))
    pvst = llc_frame("01:00:0c:cc:cc:cd",
                     LLC(dsap=0xaa, ssap=0xaa, ctrl=3) /
                     SNAP(OUI=0x00000c, code=0x010b) /
                     STP(version=2, bpdutype=2, bpduflags=0x7c,
                         rootid=32769, rootmac=SRC, bridgeid=32769,
                         bridgemac=SRC, portid=0x8003) / Raw(b"\x00"))
    return [stp, rstp, tcn, pvst]


def bpdu_frames():
    """MSTP with two MSTIs, SPB, and broken BPDUs of each kind, written
    out; slow protocol PDUs (OAM events, loopback, variables, Marker,
    a short LACP)."""
    import struct

    def stp(b):
        return llc_frame(BPDU_DST, LLC(dsap=0x42, ssap=0x42, ctrl=3) / Raw(b))

    def sl(b):
        return Ether(src=SRC, dst=SLOW_DST, type=0x8809) / Raw(b)

    cfg = (b"\x00\x00\x03\x02\x7c\x80\x00" + bytes.fromhex("00163e000001") +
           b"\x00\x00\x4e\x20\x80\x00" + bytes.fromhex("00163e112233") +
           b"\x80\x01\x01\x00\x14\x00\x02\x00\x0f\x00\x00")
    mcid = (b"\x00" + b"region-1".ljust(32, b"\x00") + b"\x00\x05" +
            bytes(range(16)))
    cist = (b"\x00\x00\x4e\x20\x80\x00" + bytes.fromhex("00163e112233") +
            b"\x14")

    def msti(n):
        return (bytes([0x7c]) + struct.pack(">H", 0x8000 | n) +
                bytes.fromhex("00163e000001") + b"\x00\x00\x07\xd0\x80\x80\x14")

    m2 = mcid + cist + msti(1) + msti(2)
    mstp = cfg + struct.pack(">H", len(m2)) + m2
    spbext = (b"\x00" + b"aux".ljust(32, b"\x00") + b"\x00\x00" +
              bytes(range(16)) + b"\xe8\x00\x21\x42\x00\x10" + b"\x00" * 8 +
              bytes(range(20)))
    spb = (b"\x00\x00\x04\x02" + cfg[4:] + struct.pack(">H", len(m2)) + m2 +
           struct.pack(">H", len(spbext)) + spbext)
    ev = b"\x01\x28\x00\x05" + struct.pack(">QQQQI", 1000, 2, 3, 4, 5)
    return [stp(mstp), stp(mstp[:-10]),
            stp(b"\x00\x00\x03\x02" + mstp[4:35] + b"\x01" + mstp[36:]),
            stp(b"\x00\x00\x00\x80"), stp(b"\x00\x00\x01\x00" + cfg[4:]),
            stp(b"\x00\x00\x00\x07" + cfg[4:]), stp(b"\x00\x01\x00\x00"),
            stp(b"\x00\x00\x02\x00" + cfg[4:35]),
            stp(b"\x00\x00\x02\x02" + cfg[4:35]), stp(spb), stp(spb[:-5]),
            sl(b"\x03\x00\x00\x01\x00\x07" + ev + b"\x01\x10" + b"\x00" * 14 +
               b"\x00\x00"),
            sl(b"\x03\x00\x00\x04\x01"), sl(b"\x03\x00\x00\x02\xab\xcd\xef"),
            sl(b"\x02\x01\x01\x10\x00\x03" + bytes.fromhex("00163e112233") +
               b"\x00\x00\x00\x07\x00\x00"),
            sl(b"\x01\x01\x01\x12" + b"\x00" * 16), sl(b"\x01\x02"),
            sl(b"\x09\x01\x02\x03")]


def lldp_frames():
    lldp = (Ether(src=SRC, dst=LLDP_DST) /
            LLDPDUChassisID(subtype=4, id=SRC) /
            LLDPDUPortID(subtype=5, id=b"eth0") /
            LLDPDUTimeToLive(ttl=120) /
            LLDPDUPortDescription(description=b"uplink port") /
            LLDPDUSystemName(system_name=b"switch-1") /
            LLDPDUSystemDescription(description=b"test switch\nline 2") /
            LLDPDUSystemCapabilities(mac_bridge_available=1,
                                     mac_bridge_enabled=1,
                                     router_available=1) /
            LLDPDUManagementAddress(management_address_subtype=1,
                                    management_address=b"\xc0\x00\x02\x01",
                                    interface_numbering_subtype=2,
                                    interface_number=3) /
            LLDPDUEndOfLLDPDU())
    # organization TLVs written out: IEEE 802.1 port VLAN id and VLAN
    # name, IEEE 802.3 MAC/PHY and max frame size, then the end
    org = (b"\xfe\x06\x00\x80\xc2\x01\x00\x0a"
           b"\xfe\x0b\x00\x80\xc2\x03\x00\x0a\x04test"
           b"\xfe\x09\x00\x12\x0f\x01\x03\x6c\x03\x00\x10"
           b"\xfe\x06\x00\x12\x0f\x04\x05\xee"
           b"\x00\x00")
    base = (Ether(src=SRC, dst=LLDP_DST) /
            LLDPDUChassisID(subtype=7, id=b"chassis") /
            LLDPDUPortID(subtype=3, id=SRC) /
            LLDPDUTimeToLive(ttl=60))
    return [lldp, base / Raw(org)]


def lldp_tlv_frames():
    """One organization or basic TLV of each kind after the mandatory
    three, written out byte by byte."""
    def tlv(t, v):
        return ((t << 9) | len(v)).to_bytes(2, "big") + v

    def org(oui, sub, data):
        return tlv(127, oui + bytes([sub]) + data)

    base = (tlv(1, b"\x04\x00\x16\x3e\x11\x22\x33") + tlv(2, b"\x05eth0") +
            tlv(3, b"\x00\x78"))
    i8021, i8023 = b"\x00\x80\xc2", b"\x00\x12\x0f"
    tia, dcbx, iana = b"\x00\x12\xbb", b"\x00\x1b\x21", b"\x00\x00\x5e"
    table = bytes(range(8)) + bytes([2, 1, 0, 0, 0, 0, 0, 2])
    dcbx_tlvs = (tlv(1, b"\x00\x00\x00\x00\x00\x01\x00\x00\x00\x02") +
                 tlv(2, b"\x00\x00\x80\x00\x12\x34\x56\x78" +
                     bytes([10] * 8) + b"\x08") +
                 tlv(3, b"\x00\x00\xc0\x00\x0f\x08") +
                 tlv(4, b"\x00\x00\x80\x00\x89\x06\x00\x00\x00\x08"
                     b"\x0c\xbc\x40\x00\x00\x10") + tlv(9, b"ab"))
    tlvs = [org(tia, 1, b"\x00\x33\x03"), org(tia, 2, b"\x01\x40\x14\xa5"),
            org(tia, 3, b"\x01" + bytes(range(16))),
            org(tia, 3, b"\x02\x0b\x02US\x01\x03CAL\x06\x02ab"),
            org(tia, 3, b"\x03123456789"), org(tia, 4, b"\x51\x00\x96"),
            org(tia, 5, b"hw-1"), org(tia, 11, b"asset"),
            org(i8023, 2, b"\x0f\x01\x03"), org(i8023, 9, b"zz"),
            org(i8021, 8, b"\x0f\xf0"),
            org(i8021, 9, b"\x83\x01\x23\x45\x67" + table),
            org(i8021, 10, b"\x00\x01\x23\x45\x67" + table),
            org(i8021, 11, b"\xc4\x0f"),
            org(i8021, 12, b"\x00\x61\x0c\xbc\x82\x0c\xbd"),
            org(i8021, 13, b"\x07\x15\xf4\x5f\x1f"),
            org(i8021, 14, b"\x80\x00\x00\xa7\x00\x10\x01\x00\x20\x02"),
            org(dcbx, 2, dcbx_tlvs), org(iana, 1, b"https://example.com/mud"),
            org(b"\x00\x00\x0c", 1, b"cisco"),
            tlv(8, b"\x11\x02" + bytes(range(16)) +
                b"\x03\x00\x00\x00\x01\x02\x2b\x06"),
            tlv(8, b"\x07\x06\x00\x16\x3e\x11\x22\x33\x02\x00\x00\x00\x09\x00"),
            tlv(1, b"\x05\x01\xc0\x00\x02\x09"),
            tlv(2, b"\x04\x02" + bytes(range(16))),
            tlv(7, b"\x00\x14\x00\x04"), tlv(9, b"unknown")]
    return [Ether(src=SRC, dst=LLDP_DST, type=0x88cc) /
            Raw(base + t + b"\x00\x00") for t in tlvs]


def cdp_frames():
    cdp = llc_frame(CISCO_DST,
                    LLC(dsap=0xaa, ssap=0xaa, ctrl=3) /
                    SNAP(OUI=0x00000c, code=0x2000) /
                    CDPv2_HDR(vers=2, ttl=180,
                              msg=[CDPMsgDeviceID(val=b"router-1"),
                                   CDPMsgSoftwareVersion(
                                       val=b"Version 1.0\nbuilt today"),
                                   CDPMsgPlatform(val=b"test platform"),
                                   CDPMsgAddr(addr=[CDPAddrRecordIPv4(
                                       addr="192.0.2.1")]),
                                   CDPMsgPortID(iface=b"Gi0/1"),
                                   CDPMsgCapabilities(cap=0x29),
                                   CDPMsgNativeVLAN(vlan=10),
                                   CDPMsgDuplex(duplex=1)]))
    return [cdp]


def cisco_frames():
    vtp = llc_frame(CISCO_DST,
                    LLC(dsap=0xaa, ssap=0xaa, ctrl=3) /
                    SNAP(OUI=0x00000c, code=0x2003) /
                    VTP(ver=1, code=2, seq=1, domname=b"lab",
                        rev=5, vlaninfo=[VTPVlanInfo(vlanid=1,
                                                     vlanname=b"default"),
                                         VTPVlanInfo(vlanid=10,
                                                     vlanname=b"users")]))
    dtp = llc_frame(CISCO_DST,
                    LLC(dsap=0xaa, ssap=0xaa, ctrl=3) /
                    SNAP(OUI=0x00000c, code=0x2004) /
                    DTP(ver=1, tlvlist=[DTPDomain(domain=b"lab\x00"),
                                        DTPStatus(status=b"\x03"),
                                        DTPType(dtptype=b"\xa5"),
                                        DTPNeighbor(neighbor=SRC)]))
    udld = llc_frame(CISCO_DST,
                     LLC(dsap=0xaa, ssap=0xaa, ctrl=3) /
                     SNAP(OUI=0x00000c, code=0x0111) /
                     Raw(b"\x21\x01\x00\x00"
                         b"\x00\x01\x00\x0csw-1-id"
                         b"\x00\x02\x00\x09Gi0/1"
                         b"\x00\x04\x00\x05\x07"
                         b"\x00\x05\x00\x05\x05"
                         b"\x00\x06\x00\x08sw-1"
                         b"\x00\x07\x00\x08\x00\x00\x00\x2a"))
    return [vtp, dtp, udld] + cisco_tlv_frames()


def cisco_tlv_frames():
    """CDP values of each kind and broken lengths; VTP summary, request,
    join and subset messages with VLAN TLVs, written out."""
    def cdptlv(t, v):
        return t.to_bytes(2, "big") + (len(v) + 4).to_bytes(2, "big") + v

    def snap(pid, body):
        return llc_frame(CISCO_DST, LLC(dsap=0xaa, ssap=0xaa, ctrl=3) /
                         SNAP(OUI=0x00000c, code=pid) / Raw(body))

    def cdp(tlvs):
        return snap(0x2000, b"\x02\xb4\x12\x34" + b"".join(tlvs))

    dom = b"\x03lab" + b"\x00" * 29
    ip6 = (b"\x00\x00\x00\x01\x02\x08\xaa\xaa\x03\x00\x00\x00\x86\xdd"
           b"\x00\x10" + bytes(range(16)))
    gen = (b"\x00\x00\x00\x02\x01\x01\xcc\x00\x04\xc0\x00\x02\x01\x05"
           b"\x02\x12\x34\x00\x02\xab\xcd")
    return [cdp([cdptlv(1, b"dev"),
                 cdptlv(7, b"\xc0\x00\x02\x00\x18\x0a\x00\x00\x00\x08"),
                 cdptlv(0x0e, b"\x01\x00\x64"), cdptlv(0x0f, b"\x20\x00"),
                 cdptlv(0x10, b"\x1f\x40"), cdptlv(0x11, b"\x00\x00\x05\xdc"),
                 cdptlv(0x12, b"\x01"), cdptlv(0x14, b"sysname"),
                 cdptlv(0x15, b"\x06\x01"), cdptlv(0x17, b"\x01loc"),
                 cdptlv(0x16, ip6), cdptlv(2, gen), cdptlv(0x0c, b"ab"),
                 cdptlv(0x20, b"xyz")]),
            cdp([cdptlv(1, b"dev"), cdptlv(4, b"\x01"), cdptlv(0x0a, b"\x00"),
                 cdptlv(7, b"\x01\x02\x03")]),
            cdp([cdptlv(1, b"dev"), b"\x00\x05\x00\x02"]),
            cdp([cdptlv(1, b"dev"), b"\x00\x05\x00\x40abc"]),
            snap(0x2003, b"\x01\x01\x02" + dom + b"\x00\x00\x00\x05"
                 b"\xc0\x00\x02\x01930301000900" + bytes(range(16))),
            snap(0x2003, b"\x01\x03\x00" + dom + b"\x00\x00\x00\x07"),
            snap(0x2003, b"\x01\x04\x00" + dom),
            snap(0x2003, b"\x02\x02\x01" + dom + b"\x00\x00\x00\x05"
                 b"\x18\x00\x05\x04\x03\xf0\x11\xb0\x00\x01\x86\xa0trcf"
                 b"\x01\x01\x00\x10\x06\x01\x00\x01\x03\x01\x00\x02"),
            snap(0x2003, b"\x02\x02\x01\x00" + b"\x00" * 32)]


def llc_frames():
    frames = []
    for ctrl in (b"\x03", b"\xe3", b"\xf3", b"\xbf\x81\x01\x00",
                 b"\x6f", b"\x63", b"\x01\x05", b"\x0a\x0c"):
        frames.append(llc_frame("00:16:3e:00:00:02",
                                Raw(b"\x04\x05" + ctrl + b"data")))
    frames.append(llc_frame("00:16:3e:00:00:02",
                            Raw(b"\xaa\xaa\x03\x08\x00\x09\x12\x34xyz")))
    frames.append(llc_frame("00:16:3e:00:00:02",
                            Raw(b"\xf0\xf1\x03hello")))
    # XID formats, short frames, SNAP with OUIs no printer has
    for data in (b"\x04\x05\xbf\x81\x01", b"\x04\x05\xaf",
                 b"\x04\x05\xaf\x82\x01\x00", b"\x42", b"\x04\xff\x03",
                 b"\xaa\xaa\x03\x00\x00\x0c\x99\x99xx",
                 b"\xaa\xaa\x03\x00\x80\xc2\x00\x99",
                 b"\xaa\xaa\x03\x00\x00\x00\x12\x34xx"):
        frames.append(Ether(src=SRC, dst="00:16:3e:00:00:02",
                            type=len(data)) / Raw(data))
    # RFC 2684 bridged Ethernet (after a 2-byte pad), a cut pad, a
    # bridged BPDU, Cisco bridged AppleTalk
    inner = bytes.fromhex("00163e0000aa00163e0000bb0800") + PING
    for data in (b"\xaa\xaa\x03\x00\x80\xc2\x00\x07\x00\x00" + inner,
                 b"\xaa\xaa\x03\x00\x80\xc2\x00\x01\x00\x00" + inner,
                 b"\xaa\xaa\x03\x00\x80\xc2\x00\x07\x00",
                 b"\xaa\xaa\x03\x00\x80\xc2\x00\x0e" + b"\x00" * 40,
                 b"\xaa\xaa\x03\x00\x00\xf8\x80\x9b\x00\x00\x00\x00"):
        frames.append(Ether(src=SRC, dst="00:16:3e:00:00:02",
                            type=len(data)) / Raw(data))
    # Jumbo frames (ethertype 0x8870): LLC without a length
    for data in (b"\x42\x42", b"\x42\x42\x03\x00\x00\x00\x00\x00",
                 b"\xf0\xf0\x00\x01\x11"):
        frames.append(Ether(src=SRC, dst="00:16:3e:00:00:02",
                            type=0x8870) / Raw(data))
    return frames


def vlan_frames():
    ip = Raw(bytes.fromhex("4500001c0001000040017cdcc0000201c0000202"
                           "0800f7ff00000000"))
    return [Ether(src=SRC, dst="00:16:3e:00:00:02") / Dot1Q(vlan=10, prio=5)
            / ip,
            Ether(src=SRC, dst="00:16:3e:00:00:02") / Dot1AD(vlan=100) /
            Dot1Q(vlan=20, id=1) / ip,
            Ether(src=SRC, dst=BPDU_DST) / Dot1Q(vlan=30, type=0x26) /
            LLC(dsap=0x42, ssap=0x42, ctrl=3) /
            STP(rootmac=SRC, bridgemac=SRC)] + vlan_raw_frames()


def vlan_raw_frames():
    """Tags written out: DEI, 0x9100/0x9200 stacks, cut tags, LLC and
    LLDP under a tag, MACsec before a tag and a tag before MACsec."""
    h = bytes.fromhex("00163e00000200163e112233")
    return [h + b"\x81\x00\x30\x0a\x08\x00" + PING,
            h + b"\x88\xa8\x00\x64\x81\x00\xf0\x14\x08\x00" + PING,
            h + b"\x91\x00\x00\x01\x92\x00\x00\x02\x81\x00\x10\x03\x08\x00"
            + PING,
            h + b"\x81\x00\x00\x05", h + b"\x81\x00\x00",
            h + b"\x81\x00\x00\x05\x00\x06\x42\x42\x03\x00\x00\x00",
            h + b"\x81\x00\x00\x05\x88\xcc\x02\x07\x04\x00\x16\x3e\x11\x22"
            b"\x33\x00\x00",
            h + b"\x88\xe5\x20\x00\x00\x00\x00\x01\x00\x16\x3e\x11\x22\x33"
            b"\x00\x01\x81\x00\x00\x07\x08\x00" + PING + b"\xcc" * 16,
            h + b"\x81\x00\x00\x05\x88\xe5\x2c\x00\x00\x00\x00\x09"]


def slow_frames():
    lacp = (Ether(src=SRC, dst=SLOW_DST, type=0x8809) /
            Raw(b"\x01") / LACP(actor_system=SRC, actor_key=13,
                                actor_port_number=2, actor_state=0x3d,
                                partner_system="00:16:3e:00:00:09",
                                partner_key=14, partner_state=0x3f))
    marker = (Ether(src=SRC, dst=SLOW_DST, type=0x8809) /
              Raw(b"\x02") / MarkerProtocol(requester_system=SRC,
                                            requester_port=3,
                                            requester_transaction_id=7))
    oam = (Ether(src=SRC, dst=SLOW_DST, type=0x8809) /
           Raw(b"\x03\x00\x50\x00"
               b"\x01\x10\x01\x00\x01\x00\x05\x05\xee\x00\x16\x3e"
               b"\x00\x00\x00\x01"
               b"\x00\x00"))
    return [lacp, marker, oam]


PING = bytes.fromhex("4500001c0001000040017cdcc0000201c00002020800f7ff00000000")


def macsec_frames():
    clear = (Ether(src=SRC, dst="00:16:3e:00:00:02") /
             MACsec(SC=1, AN=1, PN=100, SCI=b"\x00\x16\x3e\x11\x22\x33\x00\x01",
                    type=0x0800) / Raw(PING + b"\xaa" * 16))
    short = (Ether(src=SRC, dst="00:16:3e:00:00:02") /
             MACsec(ES=1, AN=0, PN=7, SL=len(PING) + 2, type=0x0800) /
             Raw(PING + b"\xbb" * 16))
    encrypted = (Ether(src=SRC, dst="00:16:3e:00:00:02") /
                 Raw(b"\x88\xe5\x2c\x00\x00\x00\x00\x09"
                     b"\x00\x16\x3e\x11\x22\x33\x00\x01" + b"\x5a" * 40))
    return [clear, short, encrypted]


def aoe_frames():
    return [Ether(src=SRC, dst="ff:ff:ff:ff:ff:ff", type=0x88a2) /
            AOE(major=1, minor=2, cmd=1, tag=5,
                q_conf_info=QueryConfigInformation(buffer_count=16,
                                                   firmware=0x4019,
                                                   config=b"disk-a")),
            Ether(src=SRC, dst="00:16:3e:00:00:02", type=0x88a2) /
            AOE(major=1, minor=2, cmd=0, tag=6,
                i_ata_cmd=IssueATACommand(flags=0x41, sector_count=2,
                                          lba0=8, data=b"\x00" * 16))]


def misc_frames():
    vqp = (Ether(src=SRC, dst="00:16:3e:00:00:02") /
           IP(src="192.0.2.1", dst="192.0.2.2") /
           UDP(sport=1589, dport=1589) /
           VQP(type=1, seq=42) /
           VQPEntry(datatype=0xc01, data="192.0.2.1") /
           VQPEntry(datatype=0xc02, data=b"Gi0/1") /
           VQPEntry(datatype=0xc04, data=b"lab") /
           VQPEntry(datatype=0xc08, data=SRC))
    nlb = (Ether(src=SRC, dst="03:bf:c0:00:02:01", type=0x886f) /
           Raw(b"\x00" * 8 + b"\x02\x00\x00\x00" +
               bytes([192, 0, 2, 80, 192, 0, 2, 81]) + b"\x00" * 8))
    ipx = (Ether(src=SRC, dst="ff:ff:ff:ff:ff:ff", type=0x8137) /
           Raw(b"\xff\xff\x00\x28\x00\x01" + b"\x00\x00\x00\x00" +
               b"\xff" * 6 + b"\x04\x53" + b"\x00\x00\x00\x01" +
               bytes.fromhex("00163e112233") + b"\x04\x53" +
               b"\x00\x02" + b"\x00\x00\x00\x0a\x00\x01\x00\x02"))
    ipx_sap = llc_frame("ff:ff:ff:ff:ff:ff",
                        Raw(b"\xe0\xe0\x03" + b"\xff\xff\x00\x22\x00\x11" +
                            b"\x00" * 4 + b"\xff" * 6 + b"\x04\x52" +
                            b"\x00" * 4 + bytes.fromhex("00163e112233") +
                            b"\x04\x52" + b"\x00\x01\x00\x04"))
    aarp = (Ether(src=SRC, dst="09:00:07:ff:ff:ff", type=0x80f3) /
            Raw(b"\x00\x01\x80\x9b\x06\x04\x00\x01" +
                bytes.fromhex("00163e112233") + b"\x00\x00\x01\x05" +
                b"\x00" * 6 + b"\x00\x00\x01\x09"))
    ddp = (Ether(src=SRC, dst="09:00:07:ff:ff:ff", type=0x809b) /
           Raw(b"\x00\x1d\x00\x00\x00\x01\x00\x01\xff\x05\x02\x02\x02" +
               b"\x21\x07\x00\x01\x05\xfd\x00\x01=\x07Printer\x01*"))
    cfm = (Ether(src=SRC, dst="01:80:c2:00:00:30", type=0x8902) /
           Raw(b"\x00\x01\x04\x46" + b"\x00\x00\x00\x07\x00\x01" +
               b"\x04\x03lab\x02\x04vlan" + b"\x00" * 37 + b"\x00" * 16 +
               b"\x02\x00\x01\x02\x03\x00\x01\x01\x00"))
    kip = (Ether(src=SRC, dst="00:16:3e:00:00:02") /
           IP(src="192.0.2.1", dst="192.0.2.2") /
           UDP(sport=40000, dport=768) / Raw(b"\x00\x00\x02" + bytes(ddp)[16:]))
    return [vqp, nlb, ipx, ipx_sap, aarp, ddp, cfm, kip]


def tag_frames():
    inner = bytes(Ether(src=SRC, dst="00:16:3e:00:00:02") / Raw(PING))
    dsa = [inner[:12] + bytes([0xc0, 0x08, 0x00, 0x0a]) + inner[12:],
           inner[:12] + bytes([0x40, 0x10, 0xa0, 0x00]) + inner[12:]]
    edsa = [inner[:12] + b"\xda\xda\x00\x00" + bytes([0x00, 0x18, 0x10, 0x00])
            + inner[12:]]
    brcm = [inner[:12] + bytes([0x20, 0x00, 0x00, 0x20]) + inner[12:],
            bytes([0x00, 0x00, 0x20, 0x05]) + inner]
    ip = bytes(Ether(src=SRC, dst="00:16:3e:00:00:02", type=0x0800) /
               Raw(PING))
    # every mode: (mode, tagged, port, b18, b17, cfi, priority, b12)
    for m, t, p, b18, b17, cfi, pri, b12 in (
            (0, 0, 1, 0, 0, 0, 0, 0), (0, 1, 2, 1, 1, 1, 7, 1),
            (0, 0, 3, 1, 0, 0, 1, 1), (1, 1, 4, 0, 0, 1, 2, 0),
            (2, 0, 5, 1, 0, 0, 3, 0), (2, 1, 6, 0, 1, 0, 4, 0),
            (3, 1, 7, 1, 0, 1, 5, 1), (3, 0, 8, 0, 0, 0, 6, 0)):
        tag = bytes([m << 6 | t << 5 | 3, p << 3 | b18 << 2 | b17 << 1 | cfi,
                     pri << 5 | b12 << 4 | 1, 0x23])
        dsa.append(ip[:12] + tag + ip[12:])
        edsa.append(ip[:12] + (b"\xda\xda\x00\x00" if m % 2 else
                               b"\x81\x00\x01\x02") + tag + ip[12:])
    for tag in (b"\x20\x1f\x01\xff", b"\x20\x83\x00\x01", b"\x00\x05\x40\xff",
                b"\x00\x05\x03\x00", b"\x40\x00\x00\x00"):
        brcm.insert(1, ip[:12] + tag + ip[12:])
    return [("dsa", 284, dsa), ("edsa", 285, edsa), ("brcm", 281, brcm[:-1]),
            ("brcm-prepend", 282, brcm[-1:])]


def linktype_frames():
    vsock = (b"\x03\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00"
             b"\x00\x04\x00\x00\xd2\x04\x00\x00\x04\x00\x02\x00\x2c\x00\x00\x00"
             b"\x03\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00"
             b"\x00\x04\x00\x00\xd2\x04\x00\x00\x05\x00\x00\x00\x01\x00\x05\x00"
             b"\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x00\x00hello")
    nflog = (b"\x02\x00\x00\x05" + b"\x08\x00\x01\x00\x08\x00\x03\x00" +
             bytes([len(PING) + 4, 0, 9, 0]) + PING)
    ipoib = b"\x00" * 40 + b"\x08\x00\x00\x00" + PING
    ipnet = (b"\x01\x02\x00\x00" + bytes([0, 0, 0, len(PING)]) +
             b"\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x02"
             + PING)
    ddp = b"\x00\x1d\x00\x00\x00\x01\x00\x01\xff\x05\x02\x02"
    ltalk = [b"\x05\x07\x01\x00\x20\x04\x02\x03\x20\x05\x00\x01\x05\xfd\x00"
             b"\x01=\x07Printer\x01*",
             b"\x05\x07\x02" + ddp + b"\x03\x41\x0b\x12\x34\x00\x00\x00\x00",
             b"\x05\x07\x02" + ddp + b"\x03\x90\x03\x12\x34\x00\x00\x00\x07abc",
             b"\x05\x07\x02" + ddp + b"\x03\xd8\x1f\x12\x34\x00\x00\x00\x00",
             b"\x05\x07\x02" + ddp + b"\x02\x31\x07\x00\x01\x05\xfd\x01\x01a"
             b"\x01b\x01c",
             b"\x05\x07\x02" + ddp + b"\x01xx", b"\x05\x07\x4babc"]
    arc = [b"\x01\x02\xd4\x00\x00\x05" + PING, b"\x01\x02\xf0" + PING,
           b"\x01\x02\xd4\x03\x00\x05" + PING, b"\x01\x02\xd4\x02\x00\x05" + PING,
           b"\x01\x02\xd4\xff\xff\xff\xd4\x01\x00\x06" + PING, b"\x01\x02\x80abc",
           b"\x01\x02\xdd\x00\x00\x05\x00\x1d\x00\x00\x00\x01\x00\x01\xff\x05"
           b"\x02\x02\x06xx",
           b"\x01\x02\xfa\x00\x00\x05\xff\xff\x00\x1e\x00\x00" + b"\x00" * 24,
           b"\x01\x02\x99\x00\x00\x05xyz", b"\x01\x02\xd4\x00"]
    arcl = [b"\x01\x02\x00\x00\xd4\x00\x00\x05" + PING,
            b"\x01\x02\x00\x00\xf0" + PING, b"\x01\x02\x00\x00\x99\x00\x00\x00xyz",
            b"\x01\x02\x00\x00\xd4\x00"]
    return [("arcnet", 7, arc), ("arcnet-linux", 129, arcl),
            ("vsock", 271, [vsock]), ("nflog", 239, [nflog]),
            ("ipoib", 242, [ipoib]), ("ipnet", 226, [ipnet]),
            ("ltalk", 114, ltalk)]


def decnet_frames():
    """DECnet routing and NSP messages (ethertype 0x6003)."""
    src, dst = "aa:00:04:00:0a:04", "aa:00:04:00:0b:04"

    def dn(msg):
        return (Ether(src=src, dst=dst, type=0x6003) /
                Raw(len(msg).to_bytes(2, "little") + msg))

    def short(flags=0x02):
        return bytes([flags, 0x0b, 0x0c, 0x0a, 0x0c, 3])

    nsps = [b"\x60\x01\x10\x02\x20\x05\x80\x06\xa0\x07\x00",
            b"\x40\x01\x10\x02\x20\x05\x00",
            b"\x30\x01\x10\x02\x20\x05\x80\x06\xa0\x07\x00\x05\x03",
            b"\x10\x01\x10\x02\x20\x05\x80\x06\x00\x07\x00\x04\x03",
            b"\x10\x01\x10\x02\x20\x05\x00\x06\x00\x07\x00\x01\x03",
            b"\x04\x01\x10\x02\x20\x05\x80\x06\xa0",
            b"\x14\x01\x10\x02\x20\x05\x90\x06\xb0",
            b"\x24\x01\x10\x02\x20",
            b"\x18\x00\x00\x02\x20\x04\x02\x00\x04",
            b"\x28\x01\x10\x02\x20\x08\x03\x00\x02\x05",
            b"\x38\x01\x10\x02\x20\x2a\x00\x00\x00\x00",
            b"\x48\x01\x10\x02\x20\x29\x00\x00\x00",
            b"\x68\x01\x10\x02\x20\x04\x01\x00\x01",
            b"\x60\x01\x10\x02\x20\x05\x80"]
    frames = [dn(short(f) + n) for n in nsps for f in (0x02, 0x3a)]
    frames.append(dn(bytes([0x83, 0, 0]) + short() + nsps[0]))
    frames.append(dn(bytes([0x01, 0x0a, 0x0c, 0x07, 0xda, 0x05, 2, 0, 0,
                            15, 0, 0])))
    frames.append(dn(bytes([0x05, 0x0a, 0x0c, 0xaa]) + b"\xaa" * 4))
    frames.append(dn(bytes([0x07, 0x0a, 0x0c, 0, 3, 0, 1, 0, 5, 8, 0, 0])))
    frames.append(dn(bytes([0x0b, 2, 0, 0]) + bytes.fromhex("aa0004000a04") +
                     bytes([0x42, 0xda, 0x05, 64, 0, 15, 0, 0]) + b"\x00" * 10))
    frames.append(dn(bytes([0x0d, 2, 0, 0]) + bytes.fromhex("aa0004000a04") +
                     bytes([3, 0xda, 0x05, 0]) + b"\x00" * 8 +
                     bytes.fromhex("aa0004000b04") + bytes([15, 0, 0, 0xaa])))
    frames.append(dn(bytes([0x40]) + b"abcdef"))
    return frames


def outputs(pcap):
    """tcpdump's output of pcap.pcap for each option set: TESTLIST lines."""
    lines = []
    for opts in ("", "-nn -v", "-nn -vv -e", "-nn -X"):
        tag = opts.replace(" ", "").replace("-", "")
        out = pcap + ("-" + tag if tag else "") + ".out"
        with open(out, "wb") as o:
            subprocess.run(["tcpdump", "-#", "-n", "-r", pcap + ".pcap"]
                           + opts.split(), stdout=o,
                           stderr=subprocess.DEVNULL,
                           env=dict(os.environ, TZ="GMT0"), check=True)
        lines.append(" ".join([out[:-4], pcap + ".pcap", out]
                              + opts.split()))
    return lines


def write(name, frames, linktype=1):
    """name.pcap, name-cut40.pcap, and the .out files of both."""
    frames = [f if isinstance(f, bytes) else bytes(f) for f in frames]
    for suffix, cut in (("", None), ("-cut40", 40)):
        with PcapWriter(name + suffix + ".pcap", linktype=linktype,
                        snaplen=cut or 65535, sync=True) as w:
            for i, f in enumerate(frames):
                r = Raw(f[:cut] if cut else f)
                r.time = T0 + i
                r.wirelen = len(f)
                w.write(r)
    return outputs(name) + outputs(name + "-cut40")


def main():
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    lines = []
    for name, frames in (("stp", stp_frames()), ("bpdu", bpdu_frames()),
                         ("lldp", lldp_frames()),
                         ("lldp-tlvs", lldp_tlv_frames()),
                         ("cdp", cdp_frames()), ("cisco", cisco_frames()),
                         ("llc", llc_frames()), ("vlan", vlan_frames()),
                         ("slow", slow_frames()),
                         ("macsec", macsec_frames()), ("aoe", aoe_frames()),
                         ("misc", misc_frames()),
                         ("decnet", decnet_frames())):
        lines += write(name, frames)
    for name, linktype, frames in tag_frames() + linktype_frames():
        lines += write(name, frames, linktype)
    # real BPDUs of a Linux bridge, recorded by capture-bridge.sh
    if os.path.exists("bridge-stp.pcap"):
        lines += outputs("bridge-stp")
    with open("TESTLIST", "w") as t:
        t.write("# L2 control protocols (STP, LLDP, CDP, VTP, DTP, UDLD, LLC,"
                " VLAN tags,\n# LACP, Marker, OAM, MACsec, AoE, VQP, MS NLB,"
                " IPX, AppleTalk and KIP, CFM,\n# DECnet), switch tags and"
                " link types (DSA, EDSA, Broadcom, vsock, NFLOG,\n# IPoIB, LocalTalk, ARCNET,"
                " ipnet), built with scapy by make-pcaps.py; bridge-stp.pcap:"
                "\n# BPDUs of a Linux bridge (capture-bridge.sh); .out by the"
                " Debian tcpdump\n"
                "#group: CONFIG_DUMP_LINK\n")
        t.write("\n".join(lines) + "\n")


main()
