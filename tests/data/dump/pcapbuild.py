# pcapbuild - pieces of the captures built byte by byte in
# tests/data/dump/sweep-*/make-pcaps.sh: the Internet checksum, classic
# pcap files, and Ethernet, IPv4, UDP and TCP headers with the values
# those captures share (fields not given are 0).
import struct

# Ethernet addresses of most built frames
DST = '020000000002'
SRC = '020000000001'


def cksum(b):
    """The Internet checksum of b (an odd length padded with a 0)."""
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff)
    s += s >> 16
    return ~s & 0xffff


def put_cksum(b, at):
    """b with the checksum of all of it stored at offset at."""
    return b[:at] + struct.pack('!H', cksum(b)) + b[at + 2:]


def eth(etype, dst=DST, src=SRC):
    """An Ethernet II header; dst and src in hex."""
    return bytes.fromhex(dst + src) + struct.pack('!H', etype)


def ip4(proto, payload, src=(10, 0, 0, 1), dst=(10, 0, 0, 2), ident=1,
        ttl=64, opts=b'', plen=None):
    """An IPv4 header with a good checksum, then payload; the total
    length counts plen payload bytes if given."""
    n = 20 + len(opts) + (len(payload) if plen is None else plen)
    h = struct.pack('!BBHHHBBH4s4s', 0x45 + len(opts) // 4, 0, n, ident, 0,
                    ttl, proto, 0, bytes(src), bytes(dst)) + opts
    return put_cksum(h, 10) + payload


def udp(sport, dport, payload):
    """A UDP header (no checksum), then payload."""
    return struct.pack('!HHHH', sport, dport, 8 + len(payload), 0) + payload


def tcp(sport, dport, payload, seq=1, ack=1, off=0x50, flags=0x18,
        win=8192):
    """A TCP header (no checksum); off is the data offset byte, so any
    options are the start of payload."""
    return struct.pack('!HHIIBBHHH', sport, dport, seq, ack, off, flags,
                       win, 0, 0) + payload


def cuts(f, lens):
    """(f cut at each length of lens, len(f)): packets captured short."""
    return [(f[:n], len(f)) for n in lens]


def write_pcap(path, packets, linktype=1, each=1):
    """A classic pcap file (microseconds, snapshot length 65535) of
    packets: each the bytes of a frame, or (captured bytes, length on
    the wire). The packet i is stamped 1000 + i // each seconds."""
    with open(path, 'wb') as o:
        o.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535,
                            linktype))
        for i, p in enumerate(packets):
            f, n = p if isinstance(p, tuple) else (p, len(p))
            o.write(struct.pack('<IIII', 1000 + i // each, 0, len(f), n) + f)
