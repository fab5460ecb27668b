#!/usr/bin/python3
# make-pcaps.py - remake this directory's captures: link-layer frames
# that reach a printer's fallbacks (an unknown payload dumped or not, a
# frame shorter than its header), built with scapy (Debian
# python3-scapy) and struct; then their expected outputs with the
# Debian tcpdump. Run by hand, from this directory:
#     ./make-pcaps.py && ./make-outs.sh
# Timestamps are fixed so that the files are the same on every run.
import struct

from scapy.all import ICMP, IP, LLC, SNAP, STP, Ether, raw
from scapy.contrib.mpls import MPLS
from scapy.layers.dot15d4 import (Dot15d4FCS, Dot15d4Data, Dot15d4Beacon,
                                  Dot15d4Cmd)

T0 = 1700000000


def write(name, dlt, frames, snap=262144):
    """A savefile of the frames, each cut to snap bytes (as -s does); a
    frame may be (bytes, length on the wire)."""
    with open(name, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, snap, dlt))
        for i, fr in enumerate(frames):
            b, wire = fr if isinstance(fr, tuple) else (raw(fr), None)
            wire = len(b) if wire is None else wire
            cap = min(len(b), snap)
            f.write(struct.pack("<IIII", T0 + i, 1000 * i, cap, wire))
            f.write(b[:cap])


INNER = raw(IP(src="10.0.0.1", dst="10.0.0.2", id=7) /
            ICMP(id=1, seq=1) / b"ping")
STP_LLC = raw(LLC() / STP())
# an IPX header (checksum 0xffff, length 42) and 12 bytes of data
IPX = bytes.fromhex("ffff002a0004" "00000001" "020000000001" "0452"
                    "00000002" "020000000002" "0453") + bytes(range(12))
JUNK = bytes(range(0x40, 0x60))
ADDR = bytes.fromhex("0200000000010000")


# Linux cooked v1 (DLT 113) and v2 (DLT 276): the protocols at most
# 1500 that have printers in this group (1: IPX, 4: LLC), bare and
# behind 802.1Q tags
def sll(proto, payload, pkttype=0):
    return struct.pack(">HHH8sH", pkttype, 1, 6, ADDR, proto) + payload


def sll2(proto, payload, pkttype=0):
    return struct.pack(">HHIHBB8s", proto, 0, 1, 1, pkttype, 6,
                       ADDR) + payload


def sll_frames(mk):
    tag = lambda tci, t: struct.pack(">HH", tci, t)
    return [(mk(0x0001, IPX, 4), None),
            (mk(0x0004, STP_LLC, 1), None),
            (mk(0x8100, tag(9, len(STP_LLC)) + STP_LLC, 2), None),
            (mk(0x8100, tag(0x2009, 0x0001) + IPX), None),
            (mk(0x8100, tag(0x3009, 0x8137) + IPX), None),
            (mk(0x0001, IPX[:10]), None)]


# Cisco HDLC (DLT 104) and PPP in HDLC framing (DLT 50) with a Cisco
# address: frames shorter than the header, SLARP and OSI bodies
# shorter than theirs, some cut by the capture
def chdlc_frames():
    slarp = b"\x0f\x00\x80\x35"
    keep = struct.pack(">IIIHI", 2, 5, 6, 0xffff, 123456)
    reply = struct.pack(">I4s4sH", 1, bytes([10, 0, 0, 1]),
                        bytes([255, 255, 255, 0]), 0)
    return [(b"\x0f", 1), (b"\x0f\x00", 2), (b"\x0f\x00\x08", 3),
            (b"\x8f\x00\x08", 3), (b"\x0f", 20), (b"\x0f\x00\x08", 20),
            (b"\x0f\x00\x08\x00", 4), (b"\x0f\x00\x12\x34", 4),
            (b"\x0f\x00\x12\x34abcd", 8),
            (slarp, 4), (slarp + bytes(13), 17), (slarp + keep[:10], 22),
            (slarp + keep[:16], 22), (slarp + keep, 22),
            (slarp + reply, 18), (slarp + reply[:9], 18),
            (b"\x0f\x00\xfe\xfe", 4), (b"\x0f\x00\xfe\xfe\x83", 5),
            (b"\x0f\x00\xfe\xfe\x00", 6)]


# IEEE 802.15.4 (DLT 195): payloads no printer decodes
def wpan_frames():
    return [Dot15d4FCS(fcf_frametype=1, fcf_panidcompress=1,
                       fcf_destaddrmode=2, fcf_srcaddrmode=2, seqnum=5) /
            Dot15d4Data(dest_panid=0x1234, dest_addr=0xffff,
                        src_addr=0x0001) / b"hello, wpan",
            Dot15d4FCS(fcf_frametype=1, fcf_panidcompress=0,
                       fcf_destaddrmode=3, fcf_srcaddrmode=3, seqnum=6) /
            Dot15d4Data(dest_panid=0x1234, dest_addr=0x1122334455667788,
                        src_panid=0x4321, src_addr=0x0102030405060708) /
            JUNK,
            Dot15d4FCS(fcf_frametype=0, fcf_srcaddrmode=2, seqnum=7) /
            Dot15d4Beacon(src_panid=0x1234, src_addr=0x0001,
                          sf_beaconorder=15, sf_sforder=15,
                          sf_finalcapslot=15, gts_spec_desccount=0,
                          pa_num_short=0, pa_num_long=0) / b"beacon payload",
            Dot15d4FCS(fcf_frametype=3, fcf_destaddrmode=2,
                       fcf_srcaddrmode=2, fcf_panidcompress=1, seqnum=8) /
            Dot15d4Cmd(dest_panid=0x1234, dest_addr=0x0000,
                       src_addr=0x0005, cmd_id=0x30) / b"\x01\x02\x03"]


# ATM: RFC 1483 (DLT 11), Linux CLIP (DLT 19) and SunATM (DLT 123) with
# LLC payloads no printer decodes
UNKNOWN_SNAP = bytes.fromhex("aaaa03" "00000c" "1234") + JUNK
UNKNOWN_LLC = bytes.fromhex("404003") + JUNK


def atm_frames():
    return [(UNKNOWN_SNAP, None), (bytes(20) + UNKNOWN_LLC, None),
            (bytes.fromhex("aaaa03" "000000" "0800") + INNER, None)]


def cip_frames():
    return [(bytes.fromhex("aaaa03" "000000" "1234") + JUNK, None),
            (bytes.fromhex("aaaa03" "000000" "0800") + INNER, None)]


def sunatm_frames():
    return [(bytes.fromhex("02" "00" "0064") + UNKNOWN_SNAP, None),
            (bytes.fromhex("82" "01" "0020") + UNKNOWN_SNAP, None)]


# Frame Relay (DLT 107): an unknown SNAP payload, an unknown NLPID
def fr_frames():
    return [(bytes.fromhex("0401" "0380" "00000c" "1234") + JUNK, None),
            (bytes.fromhex("0401" "0377") + JUNK, None),
            (bytes.fromhex("0401" "03cc") + INNER, None)]


# MPLS on Ethernet: a bottom label whose payload is none of IPv4, IPv6
# or OSI
def mpls_frames():
    e = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")
    return [e / MPLS(label=100, s=1, ttl=64) / JUNK,
            e / MPLS(label=100, s=0, ttl=64) / MPLS(label=200, s=1, ttl=63) /
            (b"\x00" + JUNK),
            e / MPLS(label=300, s=1, ttl=5) / INNER]


# GeoNetworking (ethertype 0x8947) and CALM FAST (0x1111) payloads, which
# tcpdump dumps with -v
def geonet_frames():
    common = bytes.fromhex("1050" "0000" "0020" "0001") + bytes(28)
    return [Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02",
                  type=0x8947) / (common + JUNK),
            Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02",
                  type=0x1111) / (b"\x01\x02" + JUNK)]


write("sll-link.pcap", 113, sll_frames(sll))
write("sll2-link.pcap", 276, sll_frames(sll2))
write("chdlc-short.pcap", 104, chdlc_frames())
write("ppp-chdlc-short.pcap", 50, chdlc_frames())
write("wpan-payload.pcap", 195, wpan_frames())
write("atm-llc.pcap", 11, atm_frames())
write("cip-llc.pcap", 19, cip_frames())
write("sunatm-llc.pcap", 123, sunatm_frames())
write("fr-unknown.pcap", 107, fr_frames())
write("mpls-unknown.pcap", 1, mpls_frames())
write("mpls-unknown-cut40.pcap", 1, mpls_frames(), snap=40)
write("fr-unknown-cut20.pcap", 107, fr_frames(), snap=20)
write("geonet.pcap", 1, geonet_frames())
write("geonet-cut60.pcap", 1, geonet_frames(), snap=60)
