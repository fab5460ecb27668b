#!/usr/bin/env python3
"""difftest.py - compare the core printers with the Debian tcpdump.

Takes packets that only the core printers decode (Ethernet, Linux cooked,
BSD loopback and raw IP links carrying ARP, plain TCP, plain UDP and DNS)
from the corpus pcaps and from our own captures, makes variants of each
(every truncation of its first 120 bytes; mutated IPv4 header length,
total length and fragment field, inserted IPv4 options; IPv6 payload
length, inserted extension headers; TCP data offset, flags, option bytes
and option sets; UDP length; ARP lengths, operation and hardware type;
DNS header and name bytes), prints them with tcpdump and with tcpbox
under several flag sets and reports the packets whose output differs.

usage: tests/data/dump/core/difftest.py [-t "TCPBOX dump"] [-c CORPUS]
           [-o DIR] [-f=FLAGS]... [-n PER_FILE] [-s N] [-g] [EXTRA.pcap...]
Run it by hand from the top of the tree; it needs /usr/bin/tcpdump.
-g counts the differences by their first differing line (numbers
blurred), with an example of each; the variants are left in DIR.
"""
import argparse
import glob
import os
import re
import struct
import subprocess
import sys
from collections import defaultdict

LINK_IP_OFF = {1: 14, 113: 16, 0: 4, 12: 0, 101: 0, 228: 0, 229: 0}
FLAGSETS = ["", "-v", "-vv", "-e", "-x", "-X", "-A", "-q", "-S"]
CUT = 120


def read_pcap(path):
    """Return (linktype, [(ts_sec, ts_usec, orig_len, data)]) or None."""
    try:
        raw = open(path, "rb").read()
    except OSError:
        return None
    if len(raw) < 24:
        return None
    magic = raw[:4]
    if magic in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1"):
        e = "<"
    elif magic in (b"\xa1\xb2\xc3\xd4", b"\xa1\xb2\x3c\x4d"):
        e = ">"
    else:
        return None
    nano = magic in (b"\x4d\x3c\xb2\xa1", b"\xa1\xb2\x3c\x4d")
    lt = struct.unpack(e + "I", raw[20:24])[0]
    pkts = []
    off = 24
    while off + 16 <= len(raw):
        s, us, incl, orig = struct.unpack(e + "IIII", raw[off:off + 16])
        off += 16
        if incl > 262144 or off + incl > len(raw):
            break
        if nano:
            us //= 1000
        pkts.append((s, us, orig, raw[off:off + incl]))
        off += incl
    return lt, pkts


def write_pcap(path, lt, pkts):
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 262144, lt))
        for s, us, orig, data in pkts:
            f.write(struct.pack("<IIII", s, us, len(data), max(orig, len(data))))
            f.write(data)


def run(cmd, pcap, flags):
    env = dict(os.environ, TZ="GMT0", LC_ALL="C")
    argv = cmd + ["-#", "-n", "-r", pcap] + flags.split()
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                       env=env)
    return p.stdout.decode("latin-1")


def split_packets(text):
    """Map packet number -> its output lines (the number starts a line)."""
    out = defaultdict(list)
    cur = 0
    for line in text.split("\n"):
        m = re.match(r"^\s*(\d+)  ", line)
        if m and int(m.group(1)) == cur + 1:
            cur += 1
        out[cur].append(line)
    return out


def is_core_line(line):
    """True if tcpdump's default line for a packet shows only core output."""
    body = re.sub(r"^\s*\d+\s+[\d:.]+ ", "", line)
    if body.startswith("ARP,"):
        return True
    if not (body.startswith("IP ") or body.startswith("IP6 ")):
        return False
    # one IP header (no tunnel) and no MPTCP option (not a core printer)
    if body.count(" > ") != 1 or "mptcp" in body:
        return False
    if re.search(r": Flags \[[^]]*\], .*length \d+$", body):
        return True
    if re.search(r": UDP, length \d+$", body):
        return True
    m = re.match(r"IP6? \S+\.(\d+) > \S+\.(\d+): ", body)
    if m and "53" in (m.group(1), m.group(2)) and "Flags [" not in body:
        return True
    return False


def ip_offset(lt, data):
    off = LINK_IP_OFF.get(lt)
    if off is None or len(data) < off + 1:
        return None, None
    if lt == 1:
        et = struct.unpack(">H", data[12:14])[0] if len(data) >= 14 else 0
    elif lt == 113:
        et = struct.unpack(">H", data[14:16])[0] if len(data) >= 16 else 0
    elif lt == 0:
        fam = struct.unpack("<I", data[0:4])[0]
        if fam > 0xffff:
            fam = struct.unpack(">I", data[0:4])[0]
        et = {2: 0x800, 24: 0x86dd, 28: 0x86dd, 30: 0x86dd}.get(fam, 0)
    else:
        v = data[off] >> 4
        et = {4: 0x800, 6: 0x86dd}.get(v, 0)
    return off, et


def set16(b, off, v):
    b[off:off + 2] = struct.pack(">H", v & 0xffff)


def l4_info(data, off, et):
    """Return (ipver, ip header len, proto, l4 offset) or None."""
    if et == 0x800 and len(data) >= off + 20:
        ihl = (data[off] & 15) * 4
        return 4, ihl, data[off + 9], off + ihl
    if et == 0x86dd and len(data) >= off + 40:
        return 6, 40, data[off + 6], off + 40
    return None


TCP_OPTS = [
    b"\x02\x04\x05\xb4\x01\x03\x03\x07\x04\x02\x08\x0a\x00\x00\x00\x01\x00\x00\x00\x00",
    b"\x05\x0a\x00\x00\x00\x01\x00\x00\x00\x05\x01\x01",
    b"\x05\x12\x00\x00\x00\x01\x00\x00\x00\x05\x00\x00\x00\x09\x00\x00\x00\x0f",
    b"\x13\x12" + bytes(range(16)),
    b"\x1c\x04\x80\x3c\x22\x0a\x01\x02\x03\x04\x05\x06\x07\x08",
    b"\x22\x02\x00\x00",
    b"\xfd\x06\x12\x34\x56\x78\xfe\x04\xab\xcd\x00\x00",
    b"\x03\x03\x0e\x00",
    b"\x02\x03\x05\x00",
    b"\x08\x09\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00",
    b"\x04\x03\x00\x00",
    b"\x05\x09\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00",
    b"\x0e\x03\x01\x00\x0f\x04\x00\x00",
    b"\x99\x05\x01\x02\x03\x00\x00\x00",
    b"\x01\x01\x01\x00",
    b"\x00\x00\x00\x00",
    b"\x02\x00\x00\x00",
    b"\x02\x01\x00\x00",
    b"\x08\x0a\x00\x00\x00\x01",
    b"\x13\x12\x00\x00",
    b"\x22\x0c" + bytes(range(10)),
    b"\x1c\x03\x00\x00",
    b"\x0a\x03\x01\x00",
    b"\x0b\x06\x00\x00\x00\x01\x0c\x06\x00\x00\x00\x02",
]


IP_OPTS = [
    b"\x01\x01\x01\x00",
    b"\x07\x07\x04\x0a\x00\x00\x01",
    b"\x83\x07\x04\x0a\x00\x00\x01",
    b"\x89\x0b\x08\x0a\x00\x00\x01\x0a\x00\x00\x02",
    b"\x44\x0c\x05\x01\x00\x00\x00\x01\x00\x00\x00\x02",
    b"\x94\x04\x00\x00",
    b"\x82\x0b" + bytes(9),
    b"\x07\x02",
    b"\x07\x01\x00\x00",
    b"\x44\x03\x05",
    b"\x99\x05\x01\x02\x03",
    b"\x00\x07\x07\x04",
]


# IPv6 extension headers put before the transport: (next header, bytes;
# the first byte is replaced by the transport's protocol)
IP6_EXTS = [
    (0, b"\x00\x00\x01\x04\x00\x00\x00\x00"),
    (0, b"\x00\x00\x05\x02\x00\x00\x01\x00"),
    (0, b"\x00\x00\xc2\x04\x00\x01\x00\x00"),
    (0, b"\x00\x00\x00\x01\x00\x01\x09\x00"),
    (60, b"\x00\x00\x01\x04\x00\x00\x00\x00"),
    (60, b"\x00\x01\xc9\x10" + bytes(14) + b"\x01\x00"),
    (44, b"\x00\x00\x00\x00\x00\x00\x00\x01"),
    (44, b"\x00\x00\x00\x01\x00\x00\x00\x01"),
    (44, b"\x00\x00\x00\x09\x12\x34\x56\x78"),
    (43, b"\x00\x02\x00\x01\x00\x00\x00\x00" + bytes(15) + b"\x01"),
    (43, b"\x00\x02\x02\x00\x00\x00\x00\x00" + bytes(15) + b"\x02"),
    (43, b"\x00\x02\x04\x00\x00\x00\x00\x00" + bytes(15) + b"\x03"),
    (43, b"\x00\x03\x00\x01\x00\x00\x00\x00" + bytes(16)),
    (0, b"\x00\x05\x01\x04\x00\x00\x00\x00"),
]


def mutate(data, off, et):
    """Yield (tag, bytes) variants with mutated header fields."""
    if et == 0x806 and len(data) >= off + 8:
        for i, vals in ((4, (0, 1, 4, 8, 255)), (5, (0, 1, 6, 16, 255)),
                        (7, (0, 3, 4, 5, 8, 9, 10, 99))):
            for v in vals:
                b = bytearray(data)
                b[off + i] = v
                yield "arp%d=%d" % (i, v), bytes(b)
        for hrd in (6, 15, 19, 32, 0xffff):
            b = bytearray(data)
            set16(b, off, hrd)
            yield "arphrd%d" % hrd, bytes(b)
        return
    info = l4_info(data, off, et)
    if info is None:
        return
    ver, ihl, proto, l4 = info
    if ver == 4:
        for v in (0, 1, 4, 6, 15):
            b = bytearray(data)
            b[off] = (b[off] & 0xf0) | v
            yield "ihl%d" % v, bytes(b)
        b = bytearray(data)
        b[off] = 0x65
        yield "ver6", bytes(b)
        tl = struct.unpack(">H", data[off + 2:off + 4])[0]
        for v in (0, 10, ihl, ihl + 4, tl - 1, tl + 1, tl + 100, 0xffff):
            b = bytearray(data)
            set16(b, off + 2, v)
            yield "tlen%d" % v, bytes(b)
        for v in (0x2000, 0x0001, 0x2001, 0x0064, 0x4000, 0x8000, 0x1fff, 0x6001):
            b = bytearray(data)
            set16(b, off + 6, v)
            yield "frag%x" % v, bytes(b)
    else:
        pl = struct.unpack(">H", data[off + 4:off + 6])[0]
        for v in (0, 4, pl - 1, pl + 1, 0xffff):
            b = bytearray(data)
            set16(b, off + 4, v)
            yield "plen%d" % v, bytes(b)
        for i, (nh, ext) in enumerate(IP6_EXTS):
            ext = bytes([proto]) + ext[1:]
            b = bytearray(data[:off + 40] + ext + data[off + 40:])
            b[off + 6] = nh
            set16(b, off + 4, pl + len(ext))
            yield "ext%d" % i, bytes(b)
    if proto == 6 and len(data) >= l4 + 20:
        doff = data[l4 + 12] >> 4
        for v in (0, 4, 5, 6, 8, 15):
            b = bytearray(data)
            b[l4 + 12] = (b[l4 + 12] & 0x0f) | (v << 4)
            yield "doff%d" % v, bytes(b)
        for v in (0x00, 0xff, 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40,
                  0x80, 0xc2, 0x12, 0x18, 0x11, 0x14, 0x29, 0x52, 0xe0):
            b = bytearray(data)
            b[l4 + 13] = v
            yield "flags%02x" % v, bytes(b)
        for v in (0x01, 0x0f, 0x0e):
            b = bytearray(data)
            b[l4 + 12] = (b[l4 + 12] & 0xf0) | v
            yield "res%x" % v, bytes(b)
        for i in range(min(doff * 4 - 20, 8)):
            for v in (0, 1, 2, 0xff):
                b = bytearray(data)
                b[l4 + 20 + i] = v
                yield "opt%d=%d" % (i, v), bytes(b)
        hdr = bytes(data[:l4 + 20])
        for i, o in enumerate(TCP_OPTS):
            o = o + b"\x00" * (-len(o) % 4)
            b = bytearray(hdr + o + b"abcdefgh")
            b[l4 + 12] = (b[l4 + 12] & 0x0f) | ((5 + len(o) // 4) << 4)
            fix_len(b, off, ver, len(b) - off)
            yield "optset%d" % i, bytes(b)
    if ver == 4 and ihl == 20:
        for i, o in enumerate(IP_OPTS):
            o = o + b"\x00" * (-len(o) % 4)
            b = bytearray(data[:off + 20] + o + data[off + 20:])
            b[off] = 0x40 | (5 + len(o) // 4)
            set16(b, off + 2, struct.unpack(">H", data[off + 2:off + 4])[0]
                  + len(o))
            yield "ipopt%d" % i, bytes(b)
    if proto == 17 and len(data) >= l4 + 8:
        ul = struct.unpack(">H", data[l4 + 4:l4 + 6])[0]
        for v in (0, 4, 7, 8, 9, ul - 1, ul + 1, 0xffff):
            b = bytearray(data)
            set16(b, l4 + 4, v)
            yield "ulen%d" % v, bytes(b)
        ports = struct.unpack(">HH", data[l4:l4 + 4])
        if 53 in ports and len(data) >= l4 + 8 + 12:
            dns = l4 + 8
            for i, v in ((2, 0x80), (2, 0x84), (2, 0xff), (3, 0x0f),
                         (3, 0xff), (3, 0x83), (5, 0), (5, 9), (7, 0),
                         (7, 5), (9, 3), (11, 2), (11, 40)):
                b = bytearray(data)
                b[dns + i] = v
                yield "dns%d=%x" % (i, v), bytes(b)
            for i in range(12, min(len(data) - dns, 40)):
                for v in (0, 0x3f, 0xc0, 0xc00c & 0xff, 0x41):
                    b = bytearray(data)
                    b[dns + i] = v
                    yield "dnsb%d=%x" % (i, v), bytes(b)


def fix_len(b, off, ver, iplen):
    if ver == 4:
        set16(b, off + 2, iplen)
    else:
        set16(b, off + 4, iplen - 40)


def core_packets(path, tcpdump, maxn, every=False):
    r = read_pcap(path)
    if r is None:
        return None
    lt, pkts = r
    if lt not in LINK_IP_OFF or not pkts:
        return None
    text = run([tcpdump], path, "")
    lines = split_packets(text)
    keep = []
    seen = set()
    for i, p in enumerate(pkts, 1):
        ls = [x for x in lines.get(i, []) if x]
        if len(ls) != 1 or not is_core_line(ls[0]):
            continue
        # one packet per shape is enough
        body = re.sub(r"^\s*\d+\s+[\d:.]+ ", "", ls[0])
        shape = re.sub(r"[\d.:a-f]+", "N", body)[:60]
        if shape in seen and not every:
            continue
        seen.add(shape)
        keep.append(p)
        if len(keep) >= maxn:
            break
    return lt, keep


def variants(lt, pkt):
    s, us, orig, data = pkt
    out = []
    for n in range(0, min(len(data), CUT) + 1):
        out.append(("cut%d" % n, (s, us, orig, data[:n])))
    off, et = ip_offset(lt, data)
    if off is not None:
        for tag, b in mutate(data, off, et):
            out.append((tag, (s, us, len(b), b)))
    return out


def signature(theirs, ours):
    """The first differing line pair, numbers and addresses blurred."""
    t, o = theirs or [], ours or []
    for i in range(max(len(t), len(o))):
        a = t[i] if i < len(t) else "<none>"
        b = o[i] if i < len(o) else "<none>"
        if a != b:
            break
    norm = lambda x: re.sub(r"[0-9a-f]+", "N", re.sub(r"^\s*\d+\s+[\d:.]+ ", "", x))[:90]
    return "line %d: - %s | + %s" % (i, norm(a), norm(b))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-t", "--tcpbox", default="./tcpbox dump")
    ap.add_argument("-T", "--tcpdump", default="/usr/bin/tcpdump")
    ap.add_argument("-c", "--corpus",
                    default="/work/shared/corpus/tcpdump-4.99.3")
    ap.add_argument("-o", "--outdir", default="/tmp/core-difftest")
    ap.add_argument("-f", "--flags", action="append")
    ap.add_argument("-n", "--per-file", type=int, default=6,
                    help="packets kept per source capture")
    ap.add_argument("-s", "--samples", type=int, default=3,
                    help="differing packets shown per flag set")
    ap.add_argument("-a", "--all", action="store_true",
                    help="keep packets of the same shape too")
    ap.add_argument("-g", "--group", action="store_true",
                    help="count the differences by their first differing line")
    ap.add_argument("extra", nargs="*")
    a = ap.parse_args()
    flagsets = a.flags if a.flags else FLAGSETS
    here = os.path.dirname(os.path.abspath(__file__))
    srcs = sorted(glob.glob(os.path.join(a.corpus, "*.pcap")))
    srcs += sorted(glob.glob(os.path.join(here, "..", "*.pcap")))
    srcs += a.extra
    os.makedirs(a.outdir, exist_ok=True)
    bylink = defaultdict(list)
    for path in srcs:
        r = core_packets(path, a.tcpdump, a.per_file, a.all)
        if not r:
            continue
        lt, keep = r
        for p in keep:
            for tag, v in variants(lt, p):
                bylink[lt].append((os.path.basename(path), tag, v))
    total = defaultdict(int)
    sigs = defaultdict(lambda: defaultdict(int))
    example = {}
    for lt, items in sorted(bylink.items()):
        pcap = os.path.join(a.outdir, "lt%d.pcap" % lt)
        write_pcap(pcap, lt, [v for _, _, v in items])
        for fl in flagsets:
            ours = split_packets(run(a.tcpbox.split(), pcap, fl))
            theirs = split_packets(run([a.tcpdump], pcap, fl))
            bad = [i for i in range(1, len(items) + 1)
                   if ours.get(i) != theirs.get(i)]
            total[fl] += len(bad)
            for i in bad:
                sg = signature(theirs.get(i), ours.get(i))
                sigs[sg][fl] += 1
                example.setdefault(sg, (lt, i, items[i - 1][:2]))
            print("linktype %d flags '%s': %d of %d variants differ"
                  % (lt, fl, len(bad), len(items)))
            for i in bad[:a.samples]:
                src, tag, _ = items[i - 1]
                print("  #%d %s %s" % (i, src, tag))
                for line in theirs.get(i, []):
                    print("    - " + line)
                for line in ours.get(i, []):
                    print("    + " + line)
    if a.group:
        for sg, c in sorted(sigs.items(), key=lambda x: -sum(x[1].values())):
            print("%6d %s\n       %s  e.g. lt%d #%d %s %s" % (
                sum(c.values()), sg,
                " ".join("'%s':%d" % (f, n) for f, n in c.items()),
                example[sg][0], example[sg][1], *example[sg][2]))
    print("total:", ", ".join("'%s' %d" % (f, total[f]) for f in flagsets))


if __name__ == "__main__":
    sys.exit(main())
