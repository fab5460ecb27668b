#!/usr/bin/env python3
"""make-pcaps.py - write the small captures of tests/data/dump/core.

Each capture holds the packets that showed one difference between the
core printers and tcpdump (found with difftest.py). Written by hand, byte
by byte, so that no other encoder is needed; run by hand, then remake the
.out files with ./regen-core (tcpdump is the oracle).
"""
import os
import struct

ETH_BCAST = bytes.fromhex("ffffffffffff020000000001")
ETH = bytes.fromhex("020000000002020000000001")
ARP_REQ = bytes.fromhex("000108000604" "0001" "020000000001" "c0a80001"
                        "000000000000" "c0a80002")


def write_pcap(name, linktype, packets):
    """packets: (bytes, wire length or None) in order, one second apart"""
    with open(name, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 262144,
                            linktype))
        for i, (data, wire) in enumerate(packets, 1):
            f.write(struct.pack("<IIII", i, 0, len(data), wire or len(data)))
            f.write(data)


def cut(data, n):
    """the first n bytes of data, with its full length on the wire"""
    return (data[:n], len(data))


def default_print():
    # payloads no printer decodes: tcpdump dumps them in hex unless
    # -x, -X or -q (-A does not suppress the dump)
    arp_unknown_op = ARP_REQ[:6] + b"\x00\x63" + ARP_REQ[8:] + b"pad"
    write_pcap("default-arp.pcap", 1, [
        (ETH_BCAST + b"\x08\x06" + arp_unknown_op, None),
        (ETH_BCAST + b"\x08\x06" + bytes.fromhex("00130800") + b"\x06\x00"
         + b"\x00\x63" + bytes.fromhex("04000004") + bytes(14) + b"pad", None),
    ])
    write_pcap("default-null.pcap", 0, [
        (struct.pack("<I", 99) + b"hello world", None),
    ])
    write_pcap("default-sll.pcap", 113, [
        (bytes.fromhex("000000010006020000000001000012 34".replace(" ", ""))
         + b"hello world", None),
    ])


def link_cuts():
    # ARP, loopback and cooked headers cut short: tcpdump gave up on the
    # packet, and its -x/-X/-A dumps start at byte 0, not after the link
    # header
    arp = ETH_BCAST + b"\x08\x06" + ARP_REQ
    atm = (ETH_BCAST + b"\x08\x06" + bytes.fromhex("00130800060000010400")
           + bytes.fromhex("0004") + bytes(14))
    write_pcap("cut-arp.pcap", 1, [cut(arp, 14), cut(arp, 20), cut(arp, 38),
                                   cut(atm, 24), cut(atm, 30)])
    write_pcap("cut-null.pcap", 0, [cut(struct.pack("<I", 2) + bytes(20), 3)])
    sll = bytes.fromhex("00000001000602000000000100000800") + bytes(20)
    write_pcap("cut-sll.pcap", 113, [cut(sll, 10)])
    sll2 = bytes.fromhex("0800000000000001000100060200000000010000") + bytes(20)
    write_pcap("cut-sll2.pcap", 276, [cut(sll2, 12)])


def ip_cuts():
    # no byte of the IP header: tcpdump gives up before "IP " and dumps
    # from byte 0; one byte or more: "IP  [|ip]", dump after the link
    # header
    ip4 = (ETH + b"\x08\x00" + bytes.fromhex("4500001c00010000401100007f000001"
                                          "7f000001") + bytes(8))
    ip6 = (ETH + b"\x86\xdd" + bytes.fromhex("6000000000081140") + bytes(15)
           + b"\x01" + bytes(15) + b"\x01" + bytes(8))
    write_pcap("cut-ip.pcap", 1, [cut(ip4, 14), cut(ip4, 15), cut(ip4, 33),
                                  cut(ip6, 14), cut(ip6, 15), cut(ip6, 53)])
    write_pcap("cut-ip-null.pcap", 0, [cut(struct.pack("<I", 2) + ip4[14:], 4)])


def ip6_plen0():
    # payload length 0 and no jumbo option: tcpdump cuts the capture at
    # the end of the fixed header, so the transport is not captured
    src, dst = bytes(15) + b"\x01", bytes(15) + b"\x02"
    tcp = bytes.fromhex("ed3230510000000100000000a0020000abcd0000"
                        "020405b40402080a000000010000000001030307")
    udp = bytes.fromhex("3039003500080000")
    write_pcap("ip6-plen0.pcap", 1, [
        (ETH + b"\x86\xdd" + bytes.fromhex("6000000000000640") + src + dst
         + tcp, None),
        (ETH + b"\x86\xdd" + bytes.fromhex("6000000000001140") + src + dst
         + udp, None),
    ])


def tcp_md5():
    # the TCP-MD5 signature option: tcpdump says why it cannot check it
    # (no -M secret; or the segment is not all captured)
    tcp = (bytes.fromhex("ed3230390000000100000002b0180100abcd0000")
           + bytes.fromhex("0101") + bytes.fromhex("1312") + bytes(range(16))
           + b"\x01\x01\x00\x00" + b"payload!")
    ip4 = (bytes.fromhex("45000000000140004006000a0a000001")
           + bytes.fromhex("0a000002"))
    ip4 = ip4[:2] + struct.pack(">H", 20 + len(tcp)) + ip4[4:]
    ip6 = (bytes.fromhex("60000000") + struct.pack(">H", len(tcp))
           + b"\x06\x40" + bytes(15) + b"\x01" + bytes(15) + b"\x02")
    v4 = ETH + b"\x08\x00" + ip4 + tcp
    v6 = ETH + b"\x86\xdd" + ip6 + tcp
    write_pcap("tcp-md5.pcap", 1, [
        (v4, None), cut(v4, len(v4) - 1), (v4 + bytes(6), None),
        (v6, None), cut(v6, len(v6) - 8),
    ])


def ip4(proto, payload, src="0a000001", dst="0a000002"):
    hdr = (bytes.fromhex("4500") + struct.pack(">H", 20 + len(payload))
           + bytes.fromhex("00014000") + bytes([64, proto]) + b"\x00\x00"
           + bytes.fromhex(src + dst))
    return ETH + b"\x08\x00" + hdr + payload


def dns_tcp_cut():
    # DNS over TCP cut inside its length prefix: tcpdump gives up on the
    # packet ("[|domain]", dumps from byte 0)
    msg = (bytes.fromhex("123401000001000000000000")
           + b"\x07example\x03com\x00\x00\x01\x00\x01")
    dns = struct.pack(">H", len(msg)) + msg
    tcp = bytes.fromhex("ed32003500000001000000025018010000000000")
    pkt = ip4(6, tcp + dns)
    write_pcap("dns-tcp-cut.pcap", 1, [cut(pkt, 54), cut(pkt, 55),
                                       cut(pkt, 56), cut(pkt, 60)])


def ip_hlen_cut():
    # an IPv4 header longer than what was captured: tcpdump gives up on
    # the packet after "[remaining caplen(N) < header length(M)]"
    pkt = bytearray(ip4(17, bytes.fromhex("3039003500100000") + b"12345678"))
    pkt[14] = 0x4f
    pkt[16:18] = struct.pack(">H", 80)
    write_pcap("ip-hlen-cut.pcap", 1, [(bytes(pkt), None)])


def csum(data):
    if len(data) % 2:
        data += b"\x00"
    s = sum(struct.unpack(">%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def source_route():
    # loose and strict source routes: the transport checksum's pseudo
    # header takes the route's last address as the destination
    src, dst, last = (bytes.fromhex(x) for x in
                      ("0a000001", "0a000002", "0a000063"))
    pkts = []
    for opt in (b"\x83\x07\x04" + last + b"\x00",
                b"\x89\x0b\x04" + dst + last + b"\x00",
                b"\x01\x83\x07\x04" + last):
        for proto, l4 in ((6, bytes.fromhex("ed32303900000001000000005002"
                                            "010000000000") + b"data"),
                          (17, bytes.fromhex("ed3230390000" "0000") + b"data")):
            if proto == 17:
                l4 = l4[:4] + struct.pack(">H", len(l4)) + l4[6:]
            for pdst in (last, dst):
                ph = src + pdst + bytes([0, proto]) + struct.pack(">H", len(l4))
                k = 16 if proto == 6 else 6
                seg = l4[:k] + struct.pack(">H", csum(ph + l4)) + l4[k + 2:]
                hdr = (bytes([0x40 | (5 + len(opt) // 4), 0])
                       + struct.pack(">H", 20 + len(opt) + len(seg))
                       + bytes.fromhex("00014000") + bytes([64, proto])
                       + b"\x00\x00" + src + dst + opt)
                pkts.append((ETH + b"\x08\x00" + hdr + seg, None))
    write_pcap("ip-srcroute.pcap", 1, pkts)


def arp_frelay():
    # Frame Relay ARP: the hardware addresses are Q.922 (DLCI) ones
    pkts = []
    for op in (1, 2, 3, 4, 8, 9):
        for sha, tha in ((b"\x18\x41", b"\x00\x00"),
                         (b"\x18\x40\x05", b"\x01\x02\x03"),
                         (b"\x18\x40\x04\x05", b"\x00\x00\x00\x00"),
                         (b"\x18", b"\x19"),
                         (b"\x18\x40", b"\x18\x41"),
                         (b"\x18\x40\x04\x04", b"\x18\x40\x04\x07"),
                         (b"", b"")):
            arp = (bytes.fromhex("000f0800") + bytes([len(sha), 4])
                   + struct.pack(">H", op) + sha + bytes.fromhex("0a000001")
                   + tha + bytes.fromhex("0a000002"))
            pkts.append((ETH_BCAST + b"\x08\x06" + arp, None))
    write_pcap("arp-frelay.pcap", 1, pkts)


def dns_uri_short():
    # a URI record shorter than its 4-byte priority and weight: tcpdump's
    # count wraps and it prints the rest of the capture, or gives up on
    # the packet when even those 4 bytes are not captured
    def reply(rdata, rdlen):
        msg = (bytes.fromhex("af2d85800001000100000000")
               + b"\x05_http\x03dns\x04test\x00\x01\x00\x00\x01"
               + b"\xc0\x0c\x01\x00\x00\x01\x00\x00\x2a\x30"
               + struct.pack(">H", rdlen) + rdata)
        udp = struct.pack(">HHHH", 53, 40000, 8 + len(msg), 0) + msg
        return ip4(17, udp)
    uri = b"\x00\x0a\x00\x05http://www.dns.test/"
    write_pcap("dns-uri-short.pcap", 1, [
        (reply(uri, len(uri)), None), (reply(uri, 1), None),
        (reply(uri, 3), None), cut(reply(uri, 1), 14 + 20 + 8 + 44 + 2),
    ])


def atmarp_lengths():
    # ATM ARP with protocol addresses not 4 bytes long (-v prints the
    # operation): tcpdump names the wrong length, sender's or target's
    pkts = []
    for op in (1, 2):
        for spl, tpl in ((3, 4), (4, 3), (2, 2)):
            arp = (bytes.fromhex("00130800") + bytes([6, 0])
                   + struct.pack(">H", op) + bytes([spl, 6, 0, tpl])
                   + bytes.fromhex("020000000001") + bytes(range(1, spl + 1))
                   + bytes.fromhex("020000000002") + bytes(range(5, tpl + 5)))
            pkts.append((ETH_BCAST + b"\x08\x06" + arp, None))
    write_pcap("arp-atm-len.pcap", 1, pkts)


def txt_cut():
    # text lines (whois) and the SSH banner cut by the capture: tcpdump's
    # byte reads give up on the packet, its dumps start at byte 0; a line
    # printable to the end of the capture is only marked cut
    def seg(port, data):
        tcp = (struct.pack(">HH", 40000, port)
               + bytes.fromhex("00000001000000025018010000000000"))
        return ip4(6, tcp + data)
    whois = seg(43, b"example.com\r\n")
    ssh = seg(22, b"SSH-2.0-OpenSSH_9.2\r\n")
    write_pcap("../core-txt/txt-cut.pcap", 1, [
        cut(whois, 54), cut(whois, 60), cut(whois, 66), cut(whois, 67),
        (whois, None), cut(ssh, 54), cut(ssh, 56), cut(ssh, 62),
        cut(ssh, 74), cut(ssh, 75), (ssh, None),
    ])


def rt6_odd():
    # a type 0 or 2 routing header with an odd length (in 8-byte units)
    src, dst = bytes(15) + b"\x01", bytes(15) + b"\x02"
    pkts = []
    for rtype in (0, 2):
        rt = bytes([59, 3, rtype, 1]) + bytes(4) + bytes(16) + bytes(8)
        ip6 = (bytes.fromhex("60000000") + struct.pack(">H", len(rt))
               + b"\x2b\x40" + src + dst)
        pkts.append((ETH + b"\x86\xdd" + ip6 + rt, None))
    write_pcap("rt6-odd.pcap", 1, pkts)


def ip6_opthdr():
    # hop-by-hop options are walked even without -v, destination options
    # only with it; a header longer than the payload is cut before its
    # name is printed
    src, dst = bytes(15) + b"\x01", bytes(15) + b"\x02"
    udp = bytes.fromhex("3039303900080000")
    pkts = []
    for nh, ext in ((0, b"\x11\x00\x00\x01\x00\x01\x09\x00"),
                    (60, b"\x11\x00\x00\x01\x00\x01\x09\x00"),
                    (0, b"\x11\x00\x01\x04\x00\x00\x00\x00"),
                    (0, b"\x11\x00\x05\x03\x00\x00\x01\x00"),
                    (0, b"\x11\x05\x01\x04\x00\x00\x00\x00"),
                    (60, b"\x11\x05\x01\x04\x00\x00\x00\x00")):
        ip6 = (bytes.fromhex("60000000") + struct.pack(">H", len(ext + udp))
               + bytes([nh, 64]) + src + dst)
        pkts.append((ETH + b"\x86\xdd" + ip6 + ext + udp, None))
    write_pcap("ip6-opthdr.pcap", 1, pkts)


def resp_cut():
    # RESP (Redis) with a message's type byte not captured: tcpdump gives
    # up on the packet
    def seg(data):
        tcp = (struct.pack(">HH", 40000, 6379)
               + bytes.fromhex("00000001000000025018010000000000"))
        return ip4(6, tcp + data)
    msg = seg(b"*2\r\n$3\r\nGET\r\n$3\r\nkey\r\n")
    write_pcap("../core-txt/resp-cut.pcap", 1, [
        cut(msg, 54), cut(msg, 58), cut(msg, 67), cut(msg, 70), (msg, None),
    ])


def ts_zero():
    # a packet stamped 0.000000: tcpdump's -ttt/-ttttt reference time
    # counts as unset while it is zero
    arp = ETH_BCAST + b"\x08\x06" + ARP_REQ
    with open("ts-zero.pcap", "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1))
        for sec, usec in ((0, 0), (7, 250000), (9, 0), (0, 0), (12, 5)):
            f.write(struct.pack("<IIII", sec, usec, len(arp), len(arp)))
            f.write(arp)


def dns_bitlabel_cut():
    # an EDNS0 bit-string label cut by the capture inside its bits:
    # tcpdump gives up on the packet
    # (a query's additional record: printed with -vv)
    msg = (bytes.fromhex("123401000000000000000001")
           + b"\x41\x20\x0a\x0b\x0c\x0d\x00\x00\x01\x00\x01"
           + bytes(6))
    udp = struct.pack(">HHHH", 40000, 53, 8 + len(msg), 0) + msg
    pkt = ip4(17, udp)
    write_pcap("dns-bitlabel-cut.pcap", 1, [
        (pkt, None), cut(pkt, 14 + 28 + 12 + 2), cut(pkt, 14 + 28 + 12 + 4),
        cut(pkt, 14 + 28 + 12 + 1),
    ])


def main():
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    default_print()
    link_cuts()
    ip_cuts()
    ip6_plen0()
    tcp_md5()
    dns_tcp_cut()
    ip_hlen_cut()
    source_route()
    arp_frelay()
    dns_uri_short()
    atmarp_lengths()
    txt_cut()
    rt6_odd()
    ip6_opthdr()
    resp_cut()
    ts_zero()
    dns_bitlabel_cut()


if __name__ == "__main__":
    main()
