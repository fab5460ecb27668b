#!/usr/bin/env python3
# make-pcaps.py CORPUS_DIR - remake the captures of mutated/, mutated-apps/
# and mutated-routing/: packets of tcpdump 4.99.3's test captures cut
# short at chosen lengths (CUTS), and packets built byte by byte (BUILT).
# Run by hand (the tests only read the pcaps); then ../regen DIR for the
# expected outputs.
#
# usage: tests/data/dump/mutated/make-pcaps.py /path/to/tcpdump-4.99.3/tests
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DUMP = os.path.dirname(HERE)

# output pcap (relative to tests/data/dump) -> [(corpus pcap, [(packet
# number from 1, bytes kept), ...]), ...]; one link type per output
CUTS = {
    'mutated-routing/babel-sll-cut.pcap': [
        ('babel.pcap', [(1, 69), (2, 69), (3, 100), (7, 77)]),
    ],
    'mutated-routing/babel-cut.pcap': [
        ('babel_auth.pcap', [(1, 67), (1, 75)]),
        ('babel_pad1.pcap', [(1, 67), (2, 76)]),
        ('babel_rfc6126bis.pcap', [(1, 67), (1, 75), (2, 67), (2, 75)]),
    ],
}


def read_pcap(path):
    """(global header, byte order, [(record header, data), ...])"""
    with open(path, 'rb') as f:
        raw = f.read()
    end = '<' if raw[:4] in (b'\xd4\xc3\xb2\xa1', b'\x4d\x3c\xb2\xa1') else '>'
    recs, off = [], 24
    while off + 16 <= len(raw):
        caplen = struct.unpack(end + 'I', raw[off + 8:off + 12])[0]
        recs.append((raw[off:off + 16], raw[off + 16:off + 16 + caplen]))
        off += 16 + caplen
    return raw[:24], end, recs


def cut_record(end, rec, keep):
    ts, tu, _, wirelen = struct.unpack(end + 'IIII', rec[0])
    return struct.pack(end + 'IIII', ts, tu, keep, wirelen) + rec[1][:keep]


def write_cuts(corpus, out, sources):
    hdr, body = None, []
    for name, picks in sources:
        ghdr, end, recs = read_pcap(os.path.join(corpus, name))
        if hdr is None:
            hdr, hend = ghdr, end
        if end != hend or ghdr[20:24] != hdr[20:24]:
            sys.exit('%s: byte order or link type differs' % name)
        for num, keep in picks:
            body.append(cut_record(end, recs[num - 1], keep))
    with open(os.path.join(DUMP, out), 'wb') as f:
        f.write(hdr + b''.join(body))


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: make-pcaps.py CORPUS_DIR')
    for out, sources in CUTS.items():
        write_cuts(sys.argv[1], out, sources)


main()
