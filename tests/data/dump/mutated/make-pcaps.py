#!/usr/bin/env python3
# make-pcaps.py CORPUS_DIR - remake the captures of mutated/, mutated-apps/
# and mutated-routing/: packets of tcpdump 4.99.3's test captures and
# packets built byte by byte (BUILT), cut short at chosen lengths or with
# chosen bytes changed (CUTS).
# Run by hand (the tests only read the pcaps); then ../regen DIR for the
# expected outputs.
#
# usage: tests/data/dump/mutated/make-pcaps.py /path/to/tcpdump-4.99.3/tests
#        tests/data/dump/mutated/make-pcaps.py BUILT_NAME out.pcap
#        (one list of BUILT whole, to look for differences)
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DUMP = os.path.dirname(HERE)

# ---- packets built byte by byte (Ethernet frames)

SRC6 = bytes.fromhex('fe800000000000000000000000000001')
DST6 = bytes.fromhex('20010db8000000000000000000000002')
HOA6 = bytes.fromhex('20010db8000000000000000000000099')


def eth6(payload):
    return (bytes.fromhex('000000000002000000000001') + b'\x86\xdd' +
            payload)


def ip6(nh, payload, plen=None):
    if plen is None:
        plen = len(payload)
    return (struct.pack('!IHBB', 0x60000000, plen, nh, 64) + SRC6 + DST6 +
            payload)


def opthdr(nh, opts):
    """A hop-by-hop or destination options header padded to 8 bytes."""
    body = bytes([nh, 0]) + opts
    pad = (-len(body)) % 8
    if pad == 1:
        body += b'\0'
    elif pad:
        body += bytes([1, pad - 2]) + b'\0' * (pad - 2)
    return bytes([nh, len(body) // 8 - 1]) + body[2:]


def udp(payload, sport=1234, dport=5678):
    return struct.pack('!HHHH', sport, dport, 8 + len(payload), 0) + payload


def icmp6_echo():
    return struct.pack('!BBHHH', 128, 0, 0, 7, 1) + b'abcdefgh'


def frag(nh, off=0, more=1, ident=0x1234):
    return struct.pack('!BBHI', nh, 0, off << 3 | more, ident)


def rt0(nh, addrs):
    return (struct.pack('!BBBBI', nh, 2 * len(addrs), 0, len(addrs), 0) +
            b''.join(addrs))


def rt2(nh):
    return struct.pack('!BBBBI', nh, 2, 2, 1, 0) + HOA6


def srh(nh, segs):
    return (struct.pack('!BBBBBBH', nh, 2 * len(segs), 4, len(segs) - 1,
                        len(segs) - 1, 0, 0x1234) + b''.join(segs))


def jumbo(value, optlen=4):
    return (bytes([0xc2, optlen]) + struct.pack('!I', value)[:optlen] +
            b'\0' * max(0, optlen - 4))


RTALERT = bytes([5, 2, 0, 0])
HOMEADDR = bytes([0xc9, 16]) + HOA6


def ip6_ext():
    """IPv6 extension header chains: long chains, fragments, jumbo
    payload options right and wrong, home address options."""
    u = udp(b'hello world!')
    j = 70000
    return [eth6(p) for p in [
        ip6(0, opthdr(60, RTALERT) + opthdr(43, HOMEADDR) +
            rt0(44, [DST6, HOA6]) + frag(17) + u),
        ip6(0, opthdr(44, RTALERT) + frag(58, 0, 0) + icmp6_echo()),
        ip6(60, opthdr(43, HOMEADDR) + rt2(17) + u),
        ip6(44, frag(17, 100, 0) + u),
        ip6(44, frag(17, 0, 1) + u),
        ip6(44, frag(44, 0, 1) + frag(17, 0, 1) + u),
        ip6(0, opthdr(17, jumbo(j)) + u, plen=0),
        ip6(0, opthdr(17, jumbo(j)) + u),
        ip6(0, opthdr(17, jumbo(100)) + u, plen=0),
        ip6(0, opthdr(17, jumbo(j, 3)) + u, plen=0),
        ip6(0, opthdr(17, jumbo(j, 6)) + u, plen=0),
        ip6(0, opthdr(17, jumbo(j) + jumbo(j)) + u, plen=0),
        ip6(60, opthdr(17, jumbo(j)) + u, plen=0),
        ip6(0, opthdr(17, RTALERT + jumbo(j)) + u, plen=0),
        ip6(0, opthdr(17, bytes([5, 3, 0, 0, 0])) + u),
        ip6(0, opthdr(17, bytes([0x1e, 2, 0, 0])) + u),
        ip6(0, opthdr(58, jumbo(j)) + icmp6_echo(), plen=0),
        ip6(0, opthdr(44, jumbo(j)) + frag(17) + u, plen=0),
        ip6(60, opthdr(17, bytes([0xc9, 15]) + HOA6[:15]) + u),
        ip6(60, opthdr(17, bytes([0xc9, 17]) + HOA6 + b'\0') + u),
        ip6(60, opthdr(17, HOMEADDR + HOMEADDR) + u),
        ip6(0, opthdr(0, RTALERT) + opthdr(17, RTALERT) + u),
        ip6(60, opthdr(0, HOMEADDR) + opthdr(17, RTALERT) + u),
        ip6(60, opthdr(17, HOMEADDR) + u, plen=0),
        ip6(0, opthdr(17, jumbo(0xfffffff0)) + u, plen=0),
        ip6(43, srh(17, [DST6, HOA6]) + u),
        ip6(60, opthdr(17, HOMEADDR + bytes([1, 0, 0, 0x33, 1, 0])) + u),
        ip6(60, opthdr(17, bytes([0xc9, 20]) + HOA6 + bytes([0x33, 3, 0])) +
            u),
    ]]


def csum(data):
    if len(data) % 2:
        data += b'\0'
    total = sum(struct.unpack('!%dH' % (len(data) // 2), data))
    while total >> 16:
        total = (total & 0xffff) + (total >> 16)
    return ~total & 0xffff


def icmp6(mtype, code, rest, body=b''):
    """An ICMPv6 message in IPv6 (hop limit 64) with a right checksum."""
    msg = bytes([mtype, code, 0, 0]) + rest + body
    pseudo = SRC6 + DST6 + struct.pack('!IxxxB', len(msg), 58)
    msg = msg[:2] + struct.pack('!H', csum(pseudo + msg)) + msg[4:]
    return ip6(58, msg)


def icmp6_msgs():
    """ICMPv6 errors quoting an IPv6 packet, echo, MLDv2, neighbour
    discovery, mobile IPv6 and node information messages."""
    quoted = ip6(17, udp(b'quoted payload'))[:48]
    mld_query = struct.pack('!HH', 1000, 0) + DST6 + struct.pack(
        '!BBH', 0x0a, 125, 2) + SRC6 + HOA6
    mld_rec = (struct.pack('!BBH', 4, 0, 1) + DST6 + HOA6)
    return [eth6(p) for p in [
        icmp6(3, 0, bytes(4), quoted),
        icmp6(3, 1, bytes(4), quoted),
        icmp6(3, 5, bytes(4), quoted),
        icmp6(1, 0, bytes(4), quoted),
        icmp6(1, 2, bytes(4), quoted),
        icmp6(1, 4, bytes(4), quoted),
        icmp6(1, 3, bytes(4), quoted),
        icmp6(2, 0, struct.pack('!I', 1280), quoted),
        icmp6(3, 0, bytes(4), quoted[:20]),
        icmp6(1, 4, bytes(4), quoted[:20]),
        icmp6(1, 4, bytes(4), ip6(0, opthdr(17, RTALERT) + udp(b'q'))),
        icmp6(1, 4, bytes(4), ip6(44, frag(17, 0, 1) + udp(b'q'))),
        icmp6(1, 4, bytes(4), ip6(44, frag(17, 100, 0) + udp(b'q'))),
        icmp6(1, 4, bytes(4), ip6(51, bytes([17, 4]) + bytes(22) +
                                  udp(b'q'))),
        icmp6(1, 4, bytes(4), ip6(60, opthdr(44, RTALERT) +
                                  frag(17, 0, 1) + udp(b'q'))),
        icmp6(4, 1, struct.pack('!I', 6), quoted),
        icmp6(128, 0, struct.pack('!HH', 7, 1), b'abcdefgh'),
        icmp6(130, 0, mld_query[:4], mld_query[4:]),
        icmp6(143, 0, struct.pack('!HH', 0, 2), mld_rec + mld_rec),
        icmp6(134, 0, struct.pack('!BBH', 64, 0xc0, 1800),
              struct.pack('!II', 30000, 1000) +
              bytes([1, 1, 0, 0, 0, 0, 0, 1])),
        icmp6(135, 0, bytes(4), DST6 + bytes([1, 1, 0, 0, 0, 0, 0, 1])),
        icmp6(137, 0, bytes(4), DST6 + HOA6),
        icmp6(145, 0, struct.pack('!HH', 9, 0), DST6 + HOA6),
        icmp6(147, 0, struct.pack('!HH', 9, 0xc000),
              bytes([3, 4, 64, 0xc0]) + bytes(12) + DST6),
        icmp6(139, 1, struct.pack('!HH', 2, 0), bytes(8) +
              b'\x03www\x07example\x00'),
        icmp6(140, 0, struct.pack('!HH', 2, 1), bytes(8) +
              struct.pack('!I', 60) + b'\x03www\x07example\x00\x00'),
    ]]


def eth4_udp(sport, dport, payload):
    udp4 = struct.pack('!HHHH', sport, dport, 8 + len(payload), 0) + payload
    ip4 = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(udp4), 1, 0, 64,
                      17, 0, bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
    return (bytes.fromhex('000000000002000000000001') + b'\x08\x00' + ip4 +
            udp4)


def nfs_denied():
    """NFS replies over UDP that deny the call: RPC version mismatch,
    an authentication error, an unknown reason."""
    return [eth4_udp(2049, 800, struct.pack('!IIII', 0x1234, 1, 1, rj) +
                     body)
            for rj, body in ((0, struct.pack('!II', 2, 2)),
                             (1, struct.pack('!I', 5)),
                             (7, b''))]


def krb4():
    """Kerberos 4 messages of each kind the printer decodes, big and
    little endian."""
    names = b'user\0inst\0REALM.ORG\0'
    return [eth4_udp(1000, 88, m) for m in [
        bytes([4, 2]) + names + bytes([1, 2, 3, 4, 12]) + b'krbtgt\0REALM\0',
        bytes([4, 3]) + names + bytes([1, 2, 3, 4, 12]) + b'krbtgt\0REALM\0',
        bytes([4, 6, 7]) + b'REALM\0' + bytes([9, 10]),
        bytes([4, 4]) + names + bytes(10) + struct.pack('!H', 300),
        bytes([4, 5]) + names + bytes(10) + struct.pack('<H', 300),
        bytes([4, 10]) + names + bytes(4) + struct.pack('!HH', 8, 0) +
        b'no such principal\0',
    ]]


BUILT = {
    'ip6-ext': ip6_ext,
    'nfs-denied': nfs_denied,
    'icmp6': icmp6_msgs,
    'krb4': krb4,
}


# output pcap (relative to tests/data/dump) -> [(corpus capture or BUILT
# name, [(packet number from 1, bytes kept, None for all, or a list of
# (offset, new byte value) changes), ...]), ...]; one link type per
# output
CUTS = {
    'mutated/icmp6.pcap': [
        ('icmp6', [(9, None), (13, None), (14, None)]),
    ],
    'mutated/icmp6-cut.pcap': [
        ('icmp6', [(1, 56), (1, 80), (4, 70), (5, 90), (7, 100), (8, 58),
                   (9, 60), (9, 82), (13, 115), (14, 132), (17, 60),
                   (18, 56), (18, 66), (18, 80), (18, 81)]),
        ('icmpv6.pcap', [(3, 64), (3, 86), (3, 87)]),
    ],
    'mutated/ip6-ext-mut.pcap': [
        ('ip6-ext', [(26, [(55, 128)]), (26, [(55, 255)]),
                     (26, [(29, 128), (58, 128)]),
                     (26, [(41, 128), (45, 151), (58, 128)])]),
    ],
    'mutated/icmp6-mut.pcap': [
        ('icmp6', [(20, [(59, 255)]), (24, [(63, 1), (79, 0)])]),
    ],
    'mutated-apps/dhcp6-mut.pcap': [
        ('dhcpv6-mud.pcap', [(3, [(99, 1)]),
                             (4, [(99, 0), (169, 1), (245, 128)])]),
        ('dhcpv6-ia-na.pcap', [(1, [(70, 142), (74, 255), (83, 2)]),
                               (3, [(99, 2), (101, 2), (144, 255)])]),
        ('dhcpv6-ia-pd.pcap', [(1, [(83, 2)])]),
        ('dhcpv6-sip-server-d.pcap', [
            (1, [(105, 1), (107, 0)]), (1, [(111, 211), (129, 255)]),
            (1, [(163, 202)]), (1, [(106, 240)]), (1, [(126, 255)]),
            (1, [(115, 1), (121, 255)])]),
        ('dhcpv6-ntp-server.pcap', [
            (1, [(65, 2), (122, 1), (150, 255)]),
            (1, [(110, 255), (145, 255), (149, 0)]),
            (1, [(142, 24), (162, 244)]), (1, [(124, 255), (150, 255)])]),
    ],
    'mutated-apps/pgm-mut.pcap': [
        ('ip6-ext', [(5, [(54, 113)])]),
    ],
    'mutated-apps/krb-cut.pcap': [
        ('krb4', [(1, 42), (1, 43), (1, 50), (1, 64), (1, 75), (2, 60),
                  (3, 46), (3, 52), (4, 55), (4, 64), (5, 63), (6, 70),
                  (6, 84)]),
    ],
    'mutated-apps/resp-cut.pcap': [
        ('resp_2_inline.pcap', [(4, 69), (4, 75), (6, 80), (6, 97),
                                (8, 72)]),
        ('resp_1_benchmark.pcap', [(4, 69), (4, 72)]),
    ],
    'mutated-apps/nfs-mut.pcap': [
        ('nfs-write-verf-cookie.pcapng', [
            (1, [(140, 255), (202, 255)]),
            (1, [(159, 128), (200, 128), (202, 255)]),
            (2, [(108, 255), (141, 128), (218, 128)])]),
    ],
    'mutated/tcp-opt-sll-mut.pcap': [
        ('resp_1_benchmark.pcap', [(4, [(57, 128), (61, 178), (66, 2)])]),
    ],
    'mutated/tcp-opt-mut.pcap': [
        ('mptcp-dss-oobr.pcap', [(1, [(72, 128)]), (1, [(72, 255)])]),
        ('mptcp-v0.pcap', [(1, 78), (4, 74), (4, 80), (4, 93)]),
    ],
    'mutated-apps/sflow-cut.pcap': [
        ('sflow-print-v6.pcap', [(1, 90), (1, 95), (1, 101), (2, 90)]),
    ],
    'mutated-apps/sctp-cut.pcap': [
        ('isup.pcap', [(1, 34), (1, 40), (1, 48), (1, 60), (1, 100),
                       (1, 145), (2, 50), (3, 70)]),
    ],
    'mutated-apps/sctp-sll-cut.pcap': [
        ('forces1.pcap', [(1, 36), (1, 44), (1, 52), (1, 90), (2, 60),
                          (3, 50), (4, 100)]),
    ],
    'mutated-apps/dhcp6-cut.pcap': [
        ('dhcpv6-ia-na.pcap', [(1, 62), (1, 64), (2, 65)]),
        ('dhcpv6-mud.pcap', [(1, 62), (1, 80), (1, 90), (2, 95)]),
        ('dhcpv6-AFTR-Name-RFC6334.pcap', [(2, 63)]),
    ],
    'mutated-apps/nfs-cut.pcap': [
        ('unaligned-nfs-1.pcap', [(1, 78), (1, 81)]),
    ],
    'mutated-apps/nfs-denied.pcap': [
        ('nfs-denied', [(1, None), (2, None), (3, None), (1, 50), (1, 55),
                        (1, 60), (1, 65), (2, 53), (2, 58), (3, 57)]),
    ],
    'mutated-routing/babel-sll-cut.pcap': [
        ('babel.pcap', [(1, 69), (2, 69), (3, 100), (7, 77)]),
    ],
    'mutated/ip6-ext.pcap': [
        ('ip6-ext', [(n, None) for n in (1, 3, 9, 10, 13, 19, 20, 21, 22,
                                         23, 24, 25, 27, 28)]),
    ],
    'mutated/ip6-ext-cut.pcap': [
        ('ip6-ext', [(1, 54), (1, 86), (1, 88), (1, 90), (1, 110), (1, 134),
                     (1, 138), (2, 62), (3, 54), (3, 79), (3, 81), (3, 86),
                     (3, 106), (3, 122), (5, 62), (7, 56), (10, 62), (18, 62),
                     (19, 78), (20, 82), (20, 98), (21, 98), (21, 114),
                     (23, 78), (26, 55), (26, 57), (26, 59), (26, 62),
                     (27, 86), (27, 94)]),
    ],
    'mutated-routing/babel-cut.pcap': [
        ('babel_auth.pcap', [(1, 67), (1, 75)]),
        ('babel_pad1.pcap', [(1, 67), (2, 76)]),
        ('babel_rfc6126bis.pcap', [(1, 67), (1, 75), (2, 67), (2, 75)]),
    ],
}


def built_pcap(name):
    """A BUILT list as read_pcap returns a file: Ethernet, one second
    apart."""
    hdr = struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1)
    recs = [(struct.pack('<IIII', 1000 + i, 0, len(f), len(f)), f)
            for i, f in enumerate(BUILT[name]())]
    return hdr, '<', recs


def read_pcapng(raw):
    """A pcapng file (one interface, microseconds) as read_pcap returns
    a pcap file."""
    end = '<' if raw[8:12] == b'\x4d\x3c\x2b\x1a' else '>'
    recs, off, link = [], 0, 1
    while off + 12 <= len(raw):
        btype, blen = struct.unpack(end + 'II', raw[off:off + 8])
        if btype == 1:
            link = struct.unpack(end + 'H', raw[off + 8:off + 10])[0]
        elif btype == 6:
            _, hi, lo, caplen, wirelen = struct.unpack(
                end + 'IIIII', raw[off + 8:off + 28])
            ts = hi << 32 | lo
            recs.append((struct.pack(end + 'IIII', ts // 1000000,
                                     ts % 1000000, caplen, wirelen),
                         raw[off + 28:off + 28 + caplen]))
        off += blen
    hdr = struct.pack(end + 'IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 262144, link)
    return hdr, end, recs


def read_pcap(path):
    """(global header, byte order, [(record header, data), ...])"""
    with open(path, 'rb') as f:
        raw = f.read()
    if raw[:4] == b'\x0a\x0d\x0d\x0a':
        return read_pcapng(raw)
    end = '<' if raw[:4] in (b'\xd4\xc3\xb2\xa1', b'\x4d\x3c\xb2\xa1') else '>'
    snap = struct.unpack(end + 'I', raw[16:20])[0]
    recs, off = [], 24
    while off + 16 <= len(raw):
        caplen = struct.unpack(end + 'I', raw[off + 8:off + 12])[0]
        # what a reader sees: no more than the snapshot length
        recs.append((raw[off:off + 16],
                     raw[off + 16:off + 16 + min(caplen, snap)]))
        off += 16 + caplen
    return raw[:24], end, recs


def cut_record(end, out_end, rec, keep):
    """rec cut to keep bytes, its header in out_end's byte order"""
    ts, tu, _, wirelen = struct.unpack(end + 'IIII', rec[0])
    data = rec[1]
    if isinstance(keep, list):
        data = bytearray(data)
        for off, value in keep:
            data[off] = value
        data = bytes(data)
        keep = None
    if keep is None:
        keep = len(data)
    return (struct.pack(out_end + 'IIII', ts, tu, keep, wirelen) +
            data[:keep])


def write_cuts(corpus, out, sources):
    hdr, body = None, []
    for name, picks in sources:
        if name in BUILT:
            ghdr, end, recs = built_pcap(name)
        else:
            ghdr, end, recs = read_pcap(os.path.join(corpus, name))
        if hdr is None:
            hdr, hend = ghdr, end
        if (struct.unpack(end + 'I', ghdr[20:24]) !=
                struct.unpack(hend + 'I', hdr[20:24])):
            sys.exit('%s: link type differs' % name)
        for num, keep in picks:
            body.append(cut_record(end, hend, recs[num - 1], keep))
    # a snapshot length below a record's would clip it when read
    snap = struct.unpack(hend + 'I', hdr[16:20])[0]
    snap = max([snap] + [len(r) - 16 for r in body])
    hdr = hdr[:16] + struct.pack(hend + 'I', snap) + hdr[20:]
    with open(os.path.join(DUMP, out), 'wb') as f:
        f.write(hdr + b''.join(body))


def main():
    if len(sys.argv) == 3 and sys.argv[1] in BUILT:
        # one BUILT list whole, to look for differences
        hdr, _, recs = built_pcap(sys.argv[1])
        with open(sys.argv[2], 'wb') as f:
            f.write(hdr + b''.join(h + d for h, d in recs))
        return
    if len(sys.argv) != 2:
        sys.exit('usage: make-pcaps.py CORPUS_DIR | BUILT_NAME OUT_PCAP')
    for out, sources in CUTS.items():
        write_cuts(sys.argv[1], out, sources)


main()
