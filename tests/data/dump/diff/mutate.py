#!/usr/bin/python3
# Differential check of the ICMP, ICMPv6, IPv6 header chain, NTP, timed
# and vat printers against the installed tcpdump: take the Ethernet
# packets of these protocols from the corpus and our captures, cut and
# mutate them, add packets for every IPv4/IPv6 protocol number, and print
# the lot with both programs under several flag sets.  Differing packets
# are written to diff-<flags>.pcap.  Run by hand:
#   tests/data/dump/diff/mutate.py [seed] [variants-per-packet]
import glob, os, random, re, struct, subprocess, sys

TOP = os.path.abspath(os.path.join(os.path.dirname(__file__), '../../../..'))
CORPUS = '/work/shared/corpus/tcpdump-4.99.3'
FLAGS = ['-n', '-n -v', '-n -vv', '-n -vvv', '-n -x', '-n -X', '-n -e', '', '-v',
         '-n -T vat', '-n -v -T vat']
if os.environ.get('MUTATE_FLAGS'):      # e.g. MUTATE_FLAGS='-n,-n -x'
    FLAGS = os.environ['MUTATE_FLAGS'].split(',')

def read_pcap(path):
    with open(path, 'rb') as f:
        data = f.read()
    if len(data) < 24:
        return None, []
    magic = data[:4]
    if magic in (b'\xd4\xc3\xb2\xa1', b'\x4d\x3c\xb2\xa1'):
        e = '<'
    elif magic in (b'\xa1\xb2\xc3\xd4', b'\xa1\xb2\x3c\x4d'):
        e = '>'
    else:
        return None, []
    link = struct.unpack(e + 'I', data[20:24])[0]
    pkts, off = [], 24
    while off + 16 <= len(data):
        _, _, cap, _ = struct.unpack(e + 'IIII', data[off:off + 16])
        pkts.append(data[off + 16:off + 16 + cap])
        off += 16 + cap
    return link, pkts

def kind(p):
    if len(p) < 34:
        return None
    et, o = struct.unpack('>H', p[12:14])[0], 14
    while et == 0x8100 and len(p) >= o + 4:
        et, o = struct.unpack('>H', p[o + 2:o + 4])[0], o + 4
    if et == 0x86dd:
        return 'ip6'
    if et != 0x0800 or len(p) < o + 20:
        return None
    proto, ihl = p[o + 9], (p[o] & 15) * 4
    if proto == 1:
        return 'icmp'
    if proto == 17 and len(p) >= o + ihl + 4:
        sp, dp = struct.unpack('>HH', p[o + ihl:o + ihl + 4])
        for port, name in ((123, 'ntp'), (525, 'timed'), (3456, 'vat')):
            if port in (sp, dp):
                return name
    return None

def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('>%dH' % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff

ETH4 = bytes.fromhex('00005e0000010000 5e00000208 00'.replace(' ', ''))
ETH6 = bytes.fromhex('00005e0000010000 5e00000286 dd'.replace(' ', ''))

def ip4(proto, payload, frag=0):
    h = struct.pack('>BBHHHBBH4s4s', 0x45, 0, 20 + len(payload), 1, frag, 64,
                    proto, 0, bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
    h = h[:10] + struct.pack('>H', csum(h)) + h[12:]
    return ETH4 + h + payload

def ip6(nh, payload):
    return ETH6 + struct.pack('>IHBB', 0x60000000, len(payload), nh, 64) + \
        bytes(15) + b'\1' + bytes(15) + b'\2' + payload

def protocol_packets():
    out = []
    pl = bytes(range(8, 40))
    for p in range(256):
        out.append(('proto4', ip4(p, pl)))
        out.append(('proto4frag', ip4(p, pl, 0x2000)))
        out.append(('proto4later', ip4(p, pl, 0x0010)))
        out.append(('proto6', ip6(p, pl)))
        out.append(('proto6frag', ip6(44, bytes([p, 0, 0, 1, 0, 0, 0, 1]) + pl)))
        out.append(('proto6later', ip6(44, bytes([p, 0, 0, 0x20, 0, 0, 0, 1]) + pl)))
    return out

def mutate(rng, p):
    p = bytearray(p)
    how = rng.randrange(4)
    if how == 0:
        return bytes(p[:rng.randrange(34, len(p) + 1)])
    n = rng.randrange(1, 4)
    for _ in range(n):
        i = rng.randrange(34, len(p)) if len(p) > 34 else 14
        p[i] = rng.randrange(256) if how != 2 else p[i] ^ (1 << rng.randrange(8))
    if how == 3:
        p = p[:rng.randrange(34, len(p) + 1)]
    return bytes(p)

def write_pcap(path, pkts):
    with open(path, 'wb') as f:
        f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1))
        for i, (_, p) in enumerate(pkts):
            f.write(struct.pack('<IIII', 1000000 + i, 0, len(p), len(p) + 4) + p)

def split(text):
    per, cur = {}, None
    for line in text.splitlines(True):
        m = re.match(r'\s*(\d+)  ', line)
        if m and not line.startswith('\t'):
            cur = int(m.group(1))
        per[cur] = per.get(cur, '') + line
    return per

def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    nvar = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    rng = random.Random(seed)
    base = []
    files = glob.glob(CORPUS + '/*.pcap') + glob.glob(TOP + '/tests/data/dump/**/*.pcap', recursive=True)
    for f in sorted(files):
        if '/diff/' in f:
            continue
        link, pkts = read_pcap(f)
        if link != 1:
            continue
        base += [(k, p) for p in pkts for k in [kind(p)] if k]
    pkts = list(protocol_packets())
    for k, p in base:
        pkts.append((k, p))
        pkts += [(k, mutate(rng, p)) for _ in range(nvar)]
    write_pcap('/tmp/mutate.pcap', pkts)
    print('%d packets (%d originals)' % (len(pkts), len(base)))
    tot = {}
    for fl in FLAGS:
        env = dict(os.environ, TZ='GMT0', LC_ALL='C')
        run = lambda prog: subprocess.run(prog + ['-#', '-r', '/tmp/mutate.pcap'] + fl.split(),
                                          capture_output=True, env=env).stdout.decode('latin1')
        a = split(run(['tcpdump']))
        b = split(run([TOP + '/tcpbox', 'dump']))
        bad = sorted(n for n in set(a) | set(b) if n and a.get(n) != b.get(n))
        byk = {}
        for n in bad:
            byk[pkts[n - 1][0]] = byk.get(pkts[n - 1][0], 0) + 1
            tot[pkts[n - 1][0]] = tot.get(pkts[n - 1][0], 0) + 1
        print('%-14s %5d differ %s' % (fl or '(names)', len(bad), byk))
        if bad:
            write_pcap('diff%s.pcap' % fl.replace(' ', ''), [pkts[n - 1] for n in bad])
    print('total', tot)

if __name__ == "__main__":
    main()
