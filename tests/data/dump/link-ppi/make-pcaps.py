#!/usr/bin/python3
# make-pcaps.py - remake the DLT_PPI captures of this directory and
# tcpdump's output of them.
#
# 802.11 frames built with scapy (Dot11: beacons, probe requests and
# responses, data, QoS data, control frames, data with LLC SAPs no
# printer knows), each behind a CACE Per-Packet Information header made
# by scapy's PPI layer, with and
# without an 802.11-Common field (type 2) and a geotag field; PPI headers
# written with struct where scapy will not make them wrong on purpose
# (a length below 8 or past the packet, an inner link type tcpdump has
# no printer for, one with no name at all); Ethernet and PPI inside PPI
# (up to 512 deep);
# copies cut short as -s does. The .out files are what the Debian
# tcpdump prints. Run by hand in this directory (needs python3-scapy and
# tcpdump):
#     /usr/bin/python3 make-pcaps.py
import os
import struct
import subprocess

from scapy.all import (ICMP, IP, LLC, SNAP, Dot11, Dot11Ack, Dot11Beacon,
                       Dot11Elt, Dot11ProbeReq, Dot11ProbeResp, Dot11QoS,
                       Dot11Deauth, Ether, UDP, raw)
from scapy.layers.ppi import PPI, PPI_Hdr
from scapy.contrib.ppi_cace import PPI_Dot11Common
from scapy.contrib.ppi_geotag import PPI_Geotag_GPS

T0 = 1700000000
DLT_PPI = 192
AP = "00:11:22:33:44:55"
STA = "66:77:88:99:aa:bb"
BCAST = "ff:ff:ff:ff:ff:ff"


def write(name, frames, snap=262144):
    """A savefile of the frames (DLT_PPI), each cut to snap bytes."""
    with open(name, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, snap,
                            DLT_PPI))
        for i, fr in enumerate(frames):
            b = fr if isinstance(fr, bytes) else raw(fr)
            cap = min(len(b), snap)
            f.write(struct.pack("<IIII", T0 + i, 1000 * i, cap, len(b)))
            f.write(b[:cap])


def ppi_raw(dlt, fields=b"", length=None, version=0, flags=0):
    """A PPI header by hand: version, flags, length (LE), DLT (LE)."""
    if length is None:
        length = 8 + len(fields)
    return struct.pack("<BBHI", version, flags, length, dlt) + fields


def dot11_frames():
    ssid = Dot11Elt(ID="SSID", info=b"tcpbox")
    rates = Dot11Elt(ID="Rates", info=b"\x82\x84\x8b\x96\x0c\x12\x18\x24")
    ds = Dot11Elt(ID="DSset", info=b"\x06")
    tim = Dot11Elt(ID="TIM", info=b"\x00\x01\x00\x00")
    payload = (LLC(dsap=0xaa, ssap=0xaa, ctrl=3) / SNAP(code=0x0800) /
               IP(src="192.0.2.1", dst="192.0.2.2", id=1) /
               ICMP(id=1, seq=1) / b"ping")
    return [
        Dot11(type=0, subtype=8, addr1=BCAST, addr2=AP, addr3=AP, SC=16) /
        Dot11Beacon(timestamp=123456, beacon_interval=100, cap=0x0411) /
        ssid / rates / ds / tim,
        Dot11(type=0, subtype=4, addr1=BCAST, addr2=STA, addr3=BCAST,
              SC=32) / Dot11ProbeReq() / ssid / rates,
        Dot11(type=0, subtype=5, addr1=STA, addr2=AP, addr3=AP, SC=48) /
        Dot11ProbeResp(timestamp=123457, beacon_interval=100,
                       cap=0x0411) / ssid / rates / ds,
        Dot11(type=2, subtype=0, FCfield="to-DS", addr1=AP, addr2=STA,
              addr3="00:00:5e:00:01:01", SC=64) / payload,
        Dot11(type=2, subtype=8, FCfield="from-DS", addr1=STA, addr2=AP,
              addr3="00:00:5e:00:01:01", SC=80) / Dot11QoS(TID=5) /
        payload,
        Dot11(type=1, subtype=13, addr1=STA),
        Dot11(type=2, subtype=0, FCfield="to-DS", addr1=AP, addr2=STA,
              addr3=BCAST, SC=112) / LLC(dsap=0x12, ssap=0x34, ctrl=3) /
        b"no printer for these SAPs",
        Dot11(type=0, subtype=12, addr1=STA, addr2=AP, addr3=AP, SC=96) /
        Dot11Deauth(reason=3),
    ]


def common(i):
    """An 802.11-Common field, a little different for each frame."""
    return PPI_Hdr() / PPI_Dot11Common(
        TSF_Timer=1000000 + i, Pkt_Flags=0, Rate=2 * (i + 1),
        Ch_Freq=2437, Ch_Flags=0x00a0, Antsignal=-40 - i, Antnoise=-95)


def geotag():
    return PPI_Hdr() / PPI_Geotag_GPS(Latitude=48.8566, Longitude=2.3522,
                                       Altitude=35.0)


def plain():
    return [PPI() / f for f in dot11_frames()]


def with_common():
    return [PPI(headers=[common(i)]) / f
            for i, f in enumerate(dot11_frames())]


def with_geotag():
    return [PPI(headers=[common(i), geotag()]) / f
            for i, f in enumerate(dot11_frames()[:4])]


def other_inner():
    """Inner link types other than 802.11: Ethernet, PPI in PPI,
    link types tcpdump has no printer for (named, and unnamed), and
    802.11 frames behind a PPI header with flags and version set."""
    eth = raw(Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") /
              IP(src="192.0.2.1", dst="192.0.2.2", id=2) /
              UDP(sport=1024, dport=9) / b"discard")
    beacon = raw(dot11_frames()[0])
    probe = raw(dot11_frames()[1])
    inner = ppi_raw(105, raw(common(0))) + probe
    return [
        ppi_raw(1) + eth,
        ppi_raw(DLT_PPI) + inner,
        ppi_raw(147) + b"user-defined link type 0",
        ppi_raw(200) + bytes(range(40)),
        ppi_raw(60000) + b"\x00\x01\x02\x03 no name for this one",
        ppi_raw(105, version=1, flags=1) + beacon,
    ]


def bad_headers():
    """PPI lengths that tcpdump rejects or cannot reach, and a header
    shorter than its own fixed part."""
    probe = raw(dot11_frames()[1])
    return [
        ppi_raw(105, length=4) + probe,
        ppi_raw(105, length=0) + probe,
        ppi_raw(105, length=7) + probe,
        ppi_raw(105, length=65535) + probe,
        ppi_raw(105, length=65533) + probe,
        ppi_raw(105, length=200) + probe,
        ppi_raw(105, length=8 + len(probe) + 1) + probe,
        ppi_raw(105, length=8 + len(probe)) + probe,
        ppi_raw(105, length=12) + b"\x02\x00" + probe,
        ppi_raw(105)[:5],
        ppi_raw(105)[:7],
        ppi_raw(105),
        ppi_raw(DLT_PPI) + ppi_raw(105)[:6],
    ]


def nested():
    """PPI inside PPI, 1 to 40 deep, then an 802.11 frame, and a
    capture of nothing but PPI headers (tcpdump recurses: its link
    header count doubles at each level and wraps)."""
    probe = raw(dot11_frames()[1])
    frames = []
    for n in (1, 2, 3, 8, 31, 32, 33, 40):
        b = b""
        for k in range(n):
            fields = raw(common(k)) if k % 3 == 0 else b""
            b += ppi_raw(DLT_PPI, fields)
        frames.append(b + ppi_raw(105) + probe)
    frames.append(ppi_raw(DLT_PPI) * 512)
    return frames


def cut(name, frames, snaps):
    for s in snaps:
        write("%s-cut%d.pcap" % (name, s), frames, s)


def main():
    sets = {
        "ppi-80211": plain(),
        "ppi-common": with_common(),
        "ppi-geotag": with_geotag(),
        "ppi-inner": other_inner(),
        "ppi-bad": bad_headers(),
        "ppi-nested": nested(),
    }
    for name, frames in sets.items():
        write(name + ".pcap", frames)
    cut("ppi-80211", sets["ppi-80211"], (6, 20, 40))
    cut("ppi-common", sets["ppi-common"], (30, 40, 60))
    cut("ppi-inner", sets["ppi-inner"], (20, 40))
    subprocess.run(["sh", "make-outs.sh"], check=True)


if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    main()
