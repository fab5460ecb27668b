#!/usr/bin/python3
# make-pcaps.py - remake this directory's captures: Linux cooked frames
# (DLT_LINUX_SLL 113, DLT_LINUX_SLL2 276) whose protocol field is no
# Ethernet type (1500 or less) or an 802.1Q tag, with payloads the core
# printers decode or dump; some cut short as -s does. Built with struct
# (and scapy, Debian python3-scapy, for the IPv4 packet); then their
# expected outputs with the Debian tcpdump. Run by hand, from this
# directory:
#     ./make-pcaps.py && ./make-outs.sh
# Timestamps are fixed so that the files are the same on every run.
import struct

from scapy.all import ICMP, IP, raw

T0 = 1700000000


def write(name, dlt, frames, snap=262144):
    """A savefile of the frames, each cut to snap bytes (as -s does)."""
    with open(name, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, snap, dlt))
        for i, b in enumerate(frames):
            cap = min(len(b), snap)
            f.write(struct.pack("<IIII", T0 + i, 1000 * i, cap, len(b)))
            f.write(b[:cap])


INNER = raw(IP(src="10.0.0.1", dst="10.0.0.2", id=7) /
            ICMP(id=1, seq=1) / b"ping")
JUNK = bytes(range(0x40, 0x60))
# an LLC header no printer knows (DSAP 0x40), U and I frames
LLC_U = bytes.fromhex("404003") + JUNK
LLC_I = bytes.fromhex("40410000") + JUNK
ADDR = bytes.fromhex("0200000000010000")
# protocol values at most 1500 but 1 (IPX, another group's printer):
# 4 is 802.2 LLC, the others (ETH_P_AX25 2, ETH_P_ALL 3, ETH_P_CAN 12,
# ETH_P_LOCALTALK 9, ETH_P_IRDA 0x17, ETH_P_802_3_MIN 0x600 - 1 ...)
# are dumped
LOW = [0x0000, 0x0002, 0x0003, 0x0005, 0x0009, 0x000c, 0x000d, 0x0010,
       0x0011, 0x0016, 0x0017, 0x0018, 0x0019, 0x001a, 0x001b, 0x001c,
       0x00f5, 0x00f6, 0x00f7, 0x00f8, 0x00f9, 0x00fa, 0x00fb, 0x0100,
       0x0200, 0x0500, 0x05dc]


def tag(tci, t):
    return struct.pack(">HH", tci, t)


def frames(mk):
    fr = [mk(p, JUNK, i % 5) for i, p in enumerate(LOW)]
    fr += [mk(0x0004, LLC_U, 1), mk(0x0004, LLC_I, 4),
           mk(0x0004, b"\x40"), mk(0x05dd, JUNK), mk(0x0800, INNER),
           mk(0x8100, tag(5, 0x0800) + INNER, 2),
           mk(0x8100, tag(0x3005, 0x0800) + INNER),
           mk(0x8100, tag(0xe00a, 0x86dd) + JUNK),
           mk(0x8100, tag(7, 0x8100) + tag(8, 0x0800) + INNER),
           mk(0x8100, tag(9, len(LLC_U)) + LLC_U),
           mk(0x8100, tag(9, 0x0004) + LLC_I),
           mk(0x8100, tag(9, 0x88a8) + tag(8, 0x0800) + INNER),
           mk(0x8100, tag(9, 0x88b5) + JUNK),
           mk(0x8100, tag(9, 0x8100)),
           mk(0x8100, b"\x00\x05"), mk(0x8100, b"")]
    return fr


def sll(proto, payload, pkttype=0):
    return struct.pack(">HHH8sH", pkttype, 1, 6, ADDR, proto) + payload


def sll2(ifindex):
    def mk(proto, payload, pkttype=0):
        return struct.pack(">HHIHBB8s", proto, 0, ifindex, 1, pkttype, 6,
                           ADDR) + payload
    return mk


write("sll-proto.pcap", 113, frames(sll))
write("sll-proto-cut20.pcap", 113, frames(sll), snap=20)
# ifindex 1 is lo wherever the test runs; 0x7ffffff0, nothing
write("sll2-proto.pcap", 276, frames(sll2(1)))
write("sll2-proto-cut24.pcap", 276, frames(sll2(0x7ffffff0)), snap=24)
