#!/usr/bin/python3
# Make the small captures of this directory, each proving one difference
# mutate.py found, and the tcpdump output for each (run by hand; needs the
# Debian tcpdump).  Packets cut or mutated from the corpus are kept here
# as hex.
import os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate import csum, ip4, ip6, read_pcap, write_pcap
import struct

def names():
    out = []
    for p in (62, 77, 135):
        out += [ip4(p, bytes(32)), ip4(p, bytes(32), 0x2000), ip4(p, bytes(32), 0x10),
                ip6(p, bytes(32)), ip6(44, bytes([p, 0, 0, 1, 0, 0, 0, 1]) + bytes(32)),
                ip6(44, bytes([p, 0, 0, 0x20, 0, 0, 0, 1]) + bytes(32))]
    return out

def unreach():
    # every unreachable code, quoting a UDP datagram
    inner = bytearray.fromhex('4500001c00010000401100000a0000020a000001') + \
        struct.pack('>HHHH', 1234, 53, 8, 0)
    inner[10:12] = struct.pack('>H', csum(bytes(inner[:20])))
    out = []
    for code in range(16):
        body = bytearray(struct.pack('>BBHI', 3, code, 0, 0) + inner)
        body[2:4] = struct.pack('>H', csum(bytes(body)))
        out.append(ip4(1, bytes(body)))
    return out

def mtrace():
    return [ip6(58, struct.pack('>BBHI', t, 0, 0, 0) + bytes(40)) for t in (200, 201)]

def nd_cut():
    # solicitation, advertisement and redirect, cut inside an address
    out = []
    for t, n in ((135, 24), (136, 24), (137, 40)):
        msg = struct.pack('>BBHI', t, 0, 0, 0) + bytes(range(1, n - 7))
        for cut in (12, 24, 30, n):
            out.append(ip6(58, msg)[:54 + cut])
    return out

def ntp_cut():
    # the corpus's NTP client packet with a key id and digest, cut at
    # every length from the UDP header on
    _, pkts = read_pcap('/work/shared/corpus/tcpdump-4.99.3/ntp.pcap')
    return [pkts[0][:n] for n in range(42, len(pkts[0]) + 1)]

def timed_cut():
    # a TSP_SETTIME built here, cut at every length from the UDP header on
    tsp = struct.pack('>BBH', 5, 1, 7) + struct.pack('>ii', 1700000000, 256912) + b'host\0'
    udp = struct.pack('>HHHH', 525, 525, 8 + len(tsp), 0) + tsp
    pkt = ip4(17, udp)
    return [pkt[:n] for n in range(42, len(pkt) + 1)]

def port_unreach_cut():
    # a port unreachable cut at every length from the ICMP header on
    pkt = unreach()[3]
    return [pkt[:n] for n in range(34, len(pkt) + 1)]

def mld2_cut():
    # an MLDv2 report with one record, cut inside its first 8 bytes
    rec = struct.pack('>BBH', 4, 0, 0) + bytes.fromhex('ff020000000000000000000000000016')
    pkt = ip6(58, struct.pack('>BBHHH', 143, 0, 0, 0, 1) + rec)
    return [pkt[:n] for n in range(54, 63)]

def quoted_cut():
    # a port unreachable quoting 180 bytes of a UDP datagram (room for
    # RFC 4884 extensions), cut before and inside the extension header
    inner = bytearray.fromhex('450000c800010000401100000a0000020a000001') + \
        struct.pack('>HHHH', 1234, 9, 180, 0) + bytes(172)
    inner[10:12] = struct.pack('>H', csum(bytes(inner[:20])))
    body = bytearray(struct.pack('>BBHI', 3, 3, 0, 0) + inner)
    body[2:4] = struct.pack('>H', csum(bytes(body)))
    pkt = ip4(1, bytes(body))
    return [pkt[:n] for n in (80, 150, 170, 175, 180, len(pkt))]

HEAD = '''# Packets on which tcpbox once printed other bytes than tcpdump: cut,
# mutated or built by mutate.py (ICMP, ICMPv6, the IPv4/IPv6 protocol
# numbers, NTP, timed, vat), made with make-pcaps.py, outputs by tcpdump
'''

HEX = {
}

# name: (packets, option sets); every set with -n goes into TESTLIST (the
# test adds the -n), the others are for tests/names.test
CAPTURES = {
    'ipproto': (names, ['-n', '']),
    'icmp-unreach': (unreach, ['-n', '-n -v']),
    'icmp6-mtrace': (mtrace, ['-n']),
    'ntp-cut': (ntp_cut, ['-n', '-n -v', '-n -v -x']),
    'timed-cut': (timed_cut, ['-n', '-n -x']),
    'icmp-port-cut': (port_unreach_cut, ['-n', '-n -x']),
    'icmp6-mld2-cut': (mld2_cut, ['-n', '-n -x']),
    'icmp-quoted-cut': (quoted_cut, ['-n -v', '-n -v -x']),
    'icmp6-nd-cut': (nd_cut, ['-n', '-n -v', '-n -x']),
}

def main():
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    lines = []
    for name, (gen, optsets) in CAPTURES.items():
        pkts = gen() if callable(gen) else [bytes.fromhex(h) for h in gen]
        write_pcap(name + '.pcap', [(None, p) for p in pkts])
        for opts in optsets:
            rest = [o for o in opts.split() if o != '-n']
            tag = '-'.join([name] + [o.lstrip('-') for o in rest])
            if '-n' not in opts.split():
                tag += '-names'
            with open(tag + '.out', 'wb') as f:
                subprocess.run(['tcpdump', '-#', '-r', name + '.pcap'] + opts.split(),
                               stdout=f, stderr=subprocess.DEVNULL,
                               env=dict(os.environ, TZ='GMT0', LC_ALL='C'), check=True)
            if '-n' in opts.split():
                lines.append(' '.join(['diff-' + tag, name + '.pcap', tag + '.out'] + rest))
    with open('TESTLIST', 'w') as f:
        f.write(HEAD + ''.join(l + '\n' for l in lines))

main()
