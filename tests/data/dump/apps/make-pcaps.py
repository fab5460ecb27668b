#!/usr/bin/python3
# make-pcaps.py - build the application-protocol captures of this
# directory with Debian's python3-scapy, and their .out files with the
# Debian tcpdump (4.99.3). Run by hand, from this directory:
#     /usr/bin/python3 make-pcaps.py
# The tests need neither scapy nor tcpdump: they compare tcpbox with the
# .out files made here.
import struct
import subprocess

from scapy.all import (DNS, DNSQR, DNSRR, DNSRROPT, IP, IPv6, TCP, UDP, Ether,
                       Raw, wrpcap)
from scapy.layers.dhcp6 import (DHCP6_Solicit, DHCP6_Reply, DHCP6OptClientId,
                                DHCP6OptServerId, DHCP6OptIA_NA,
                                DHCP6OptIAAddress, DHCP6OptElapsedTime,
                                DHCP6OptOptReq, DHCP6OptDNSServers,
                                DHCP6OptDNSDomains, DHCP6OptStatusCode,
                                DHCP6OptSIPDomains, DUID_LLT)
from scapy.layers.eap import EAPOL, EAP
from scapy.layers.isakmp import (ISAKMP, ISAKMP_payload_SA,
                                 ISAKMP_payload_Proposal,
                                 ISAKMP_payload_Transform,
                                 ISAKMP_payload_VendorID, ISAKMP_payload_KE,
                                 ISAKMP_payload_Nonce)
from scapy.layers.ntp import NTPHeader
from scapy.layers.radius import Radius, RadiusAttribute
from scapy.contrib.ikev2 import (IKEv2, IKEv2_payload_SA,
                                 IKEv2_payload_Proposal,
                                 IKEv2_payload_Transform, IKEv2_payload_KE,
                                 IKEv2_payload_Nonce, IKEv2_payload_Notify)
from scapy.layers.pptp import PPTPStartControlConnectionRequest

T0 = 1700000000.0
A, B = '192.0.2.1', '192.0.2.2'
A6, B6 = '2001:db8::1', '2001:db8::2'


def stamp(pkts):
    for i, p in enumerate(pkts):
        p.time = T0 + i * 0.25
    return pkts


def ip(src=A, dst=B):
    return Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02') / \
        IP(src=src, dst=dst, id=1)


def ipp(proto, src=A, dst=B):
    return Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02') / \
        IP(src=src, dst=dst, id=1, proto=proto)


def ip6():
    return Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02') / \
        IPv6(src=A6, dst=B6)


def tcp(sport, dport, data, seq=1000):
    return ip() / TCP(sport=sport, dport=dport, flags='PA', seq=seq,
                      ack=2000, window=512) / Raw(data)


def radius_pcap():
    attrs = [RadiusAttribute(type=1, value=b'alice'),
             RadiusAttribute(type=4, value=bytes([192, 0, 2, 1])),
             RadiusAttribute(type=5, value=struct.pack('>I', 7)),
             RadiusAttribute(type=6, value=struct.pack('>I', 2)),
             RadiusAttribute(type=61, value=struct.pack('>I', 15)),
             RadiusAttribute(type=30, value=b'00-11-22-33-44-55'),
             RadiusAttribute(type=27, value=struct.pack('>I', 3700)),
             RadiusAttribute(type=64, value=b'\x01\x00\x00\x0d'),
             RadiusAttribute(type=81, value=b'\x01vlan10'),
             RadiusAttribute(type=95, value=bytes(range(16))),
             RadiusAttribute(type=97, value=b'\x00\x40' + bytes(8)),
             RadiusAttribute(type=26, value=struct.pack('>I', 9) +
                             b'\x01\x06abcd'),
             RadiusAttribute(type=79, value=b'\x02\x01\x00\x0a\x01alice'),
             RadiusAttribute(type=80, value=bytes(16))]
    return [
        ip() / UDP(sport=40000, dport=1812) /
        Radius(code=1, id=7, authenticator=bytes(range(16)), attributes=attrs),
        ip(B, A) / UDP(sport=1812, dport=40000) /
        Radius(code=2, id=7, authenticator=bytes(16), attributes=[
            RadiusAttribute(type=18, value=b'welcome'),
            RadiusAttribute(type=101, value=struct.pack('>I', 201))]),
        ip() / UDP(sport=40001, dport=1813) /
        Radius(code=4, id=8, authenticator=bytes(16), attributes=[
            RadiusAttribute(type=40, value=struct.pack('>I', 1)),
            RadiusAttribute(type=44, value=b'sess-1'),
            RadiusAttribute(type=55, value=struct.pack('>I', 86400))]),
        ip() / UDP(sport=40002, dport=3799) /
        Radius(code=43, id=9, authenticator=bytes(16), attributes=[
            RadiusAttribute(type=1, value=b'bob')]),
    ]


def isakmp_pcap():
    t = ISAKMP_payload_Transform(num=1, id=1, transforms=[
        ('Encryption', 'AES-CBC'), ('KeyLength', 128), ('Hash', 'SHA'),
        ('GroupDesc', '1024MODPgr'), ('Authentication', 'PSK'),
        ('LifeType', 'Seconds'), ('LifeDuration', 86400)])
    v1 = ISAKMP(init_cookie=b'\x11' * 8, exch_type=2) / ISAKMP_payload_SA(
        prop=ISAKMP_payload_Proposal(trans=t)) / \
        ISAKMP_payload_VendorID(load=b'\xaf\xca\xd7\x13\x68\xa1\xf1\xc9'
                                b'\x6b\x86\x96\xfc\x77\x57\x01\x00')
    v1r = ISAKMP(init_cookie=b'\x11' * 8, resp_cookie=b'\x22' * 8,
                 exch_type=2) / ISAKMP_payload_KE(load=bytes(64)) / \
        ISAKMP_payload_Nonce(load=bytes(range(20)))
    prop = IKEv2_payload_Proposal(trans_nb=3, trans=(
        IKEv2_payload_Transform(transform_type='Encryption', transform_id=12,
                                length=12, key_length=128) /
        IKEv2_payload_Transform(transform_type='PRF', transform_id=2) /
        IKEv2_payload_Transform(transform_type='GroupDesc', transform_id=14)))
    v2 = IKEv2(init_SPI=b'\x33' * 8, exch_type=34, flags=0x08) / \
        IKEv2_payload_SA(prop=prop) / \
        IKEv2_payload_KE(group=14, load=bytes(32)) / \
        IKEv2_payload_Nonce(load=bytes(range(32))) / \
        IKEv2_payload_Notify(type=16388, load=bytes(20))
    return [ip() / UDP(sport=500, dport=500) / v1,
            ip(B, A) / UDP(sport=500, dport=500) / v1r,
            ip() / UDP(sport=500, dport=500) / v2,
            ip() / UDP(sport=4500, dport=4500) / Raw(b'\xff'),
            ip() / UDP(sport=4500, dport=4500) / Raw(bytes(4) + bytes(v2))]


def dhcp6_pcap():
    duid = DUID_LLT(lladdr='02:00:00:00:00:01', timeval=600000000)
    base = Ether() / IPv6(src='fe80::1', dst='ff02::1:2') / \
        UDP(sport=546, dport=547)
    return [
        base / DHCP6_Solicit(trid=0x123456) / DHCP6OptClientId(duid=duid) /
        DHCP6OptElapsedTime() / DHCP6OptOptReq(reqopts=[23, 24, 21]) /
        DHCP6OptIA_NA(iaid=1),
        Ether() / IPv6(src='fe80::2', dst='fe80::1') /
        UDP(sport=547, dport=546) /
        DHCP6_Reply(trid=0x123456) / DHCP6OptServerId(duid=duid) /
        DHCP6OptIA_NA(iaid=1, T1=3600, T2=5400, ianaopts=[
            DHCP6OptIAAddress(addr='2001:db8::10', preflft=7200,
                              validlft=7200)]) /
        DHCP6OptDNSServers(dnsservers=['2001:db8::53']) /
        DHCP6OptDNSDomains(dnsdomains=['example.com.']) /
        DHCP6OptSIPDomains(sipdomains=['sip.example.com.']) /
        DHCP6OptStatusCode(statuscode=0, statusmsg='ok'),
    ]


def text_pcap():
    return [
        tcp(40000, 25, b'EHLO client.example.com\r\n'),
        tcp(25, 40000, b'250-mail.example.com\r\n250 SIZE 1000\r\n'),
        tcp(40001, 21, b'USER anonymous\r\n'),
        tcp(21, 40001, b'230 Login successful.\r\n'),
        tcp(40002, 554, b'OPTIONS rtsp://example.com/ RTSP/1.0\r\nCSeq: 1\r\n\r\n'),
        tcp(40003, 43, b'example.com\r\n'),
        tcp(40004, 80, b'GET / HTTP/1.1\r\nHost: example.com\r\n\r\n'),
        ip() / UDP(sport=5060, dport=5060) / Raw(
            b'INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP a\r\n\r\n'),
        ip(B, A) / UDP(sport=5060, dport=5060) / Raw(
            b'SIP/2.0 180 Ringing\r\nVia: SIP/2.0/UDP a\r\n\r\n'),
        tcp(40005, 6379, b'*2\r\n$3\r\nGET\r\n$3\r\nkey\r\n'),
        tcp(6379, 40005, b'$5\r\nvalue\r\n+OK\r\n:42\r\n-ERR no\r\n$-1\r\n'),
        tcp(40006, 6379, b'PING\r\n'),
        tcp(23, 40007, bytes([255, 251, 1, 255, 253, 24, 255, 250, 24, 1,
                              255, 240]) + b'login: '),
        tcp(10288, 40008, b'RPY 0 0 . 0 10\r\nEND\r\n'),
        tcp(40009, 10288, b'GET / HTTP/1.0\r\n\r\n'),
    ]


def dns_pcap():
    q = DNS(id=1, rd=1, qd=DNSQR(qname='example.com'),
            ar=DNSRROPT(rclass=4096, z=0x8000))
    raw = bytearray(bytes(q))
    opts = struct.pack('>HH', 5, 2) + bytes([8, 13]) + \
        struct.pack('>HH', 6, 1) + bytes([2]) + \
        struct.pack('>HH', 13, 13) + b'\x07example\x03com\x00' + \
        struct.pack('>HH', 10, 8) + bytes(range(8))
    raw[-2:] = struct.pack('>H', len(opts))
    raw += opts
    return [
        ip() / UDP(sport=40000, dport=53) / Raw(bytes(raw)),
        ip('192.0.2.1', '224.0.0.251') / UDP(sport=5353, dport=5353) /
        DNS(id=0, qd=DNSQR(qname='_http._tcp.local', qtype='PTR',
                           qclass=0x8001)),
        ip('192.0.2.2', '224.0.0.251') / UDP(sport=5353, dport=5353) /
        DNS(id=0, qr=1, aa=1, an=DNSRR(rrname='host.local', type='A',
                                       rclass=0x8001, ttl=120,
                                       rdata='192.0.2.2')),
    ]


def misc_pcap():
    ptp = struct.pack('>BBHBBH', 0, 2, 44, 0, 0, 0x200) + bytes(8) + \
        bytes(4) + bytes.fromhex('0011223344556677') + \
        struct.pack('>HHBB', 1, 9, 0, 0) + bytes(10)
    someip = struct.pack('>IIIBBBB', 0x00010002, 8, 0x00080005, 1, 1, 1, 0)
    ntpc = struct.pack('>BBHHHHH', 0x16, 0x02, 68, 0, 0, 0, 0)
    timed = struct.pack('>BBH', 5, 1, 7) + struct.pack('>ii', 1700000000,
                                                       250000) + b'host\0'
    zeph = b''.join(f.encode() + b'\0' for f in [
        'ZEPH0.2', '11', '2', 'uid', '0x1', '0', '0', '', 'MESSAGE',
        'personal', 'PLAIN', 'alice@EXAMPLE', 'bob@EXAMPLE', 'fmt', '0', '0',
        'muid', 'hello'])
    name = b'www.example.com'
    lw = struct.pack('>IHHIIIIHH', 28 + 10 + len(name) + 1, 0, 0, 1,
                     0x10001, 0, 1024, 0, 0) + \
        struct.pack('>IIH', 0, 3, len(name)) + name + b'\0'
    return [
        ip() / UDP(sport=319, dport=319) / Raw(ptp),
        Ether(src='02:00:00:00:00:01', dst='01:1b:19:00:00:00',
              type=0x88f7) / Raw(ptp),
        ip() / UDP(sport=40000, dport=30490) / Raw(someip),
        ip() / UDP(sport=40001, dport=123) / Raw(ntpc),
        ip() / UDP(sport=40002, dport=123) / NTPHeader(orig=3900000000.5,
                                                          recv=3900000001,
                                                          sent=3900000001.25),
        ip() / UDP(sport=525, dport=525) / Raw(timed),
        ip() / UDP(sport=2104, dport=2103) / Raw(zeph),
        ip() / UDP(sport=921, dport=921) / Raw(lw),
        Ether(src='02:00:00:00:00:01', dst='01:80:c2:00:00:03') /
        EAPOL(version=1, type=0) / EAP(code=2, id=1, type=1,
                                        identity=b'alice'),
        tcp(40010, 1723, bytes(PPTPStartControlConnectionRequest(
            vendor_string='tcpbox'))),
    ]


def transport_pcap():
    """DCCP, sFlow, PGM and EPGM with ZeroMQ, RTP and RTCP."""
    dccp_req = struct.pack('>HHBBHBBH', 40000, 5001, 5, 0, 0, 0x01, 0, 0) + \
        struct.pack('>I', 33) + struct.pack('>I', 42) + \
        bytes([32, 4, 5, 2, 34, 3, 1, 0])
    dccp_ack = struct.pack('>HHBBHBBH', 5001, 40000, 7, 0x10, 0, 0x07, 0,
                           0) + struct.pack('>I', 34) + \
        struct.pack('>HI', 0, 33) + bytes([0, 0, 38, 3, 0, 43, 4, 0, 9, 41,
                                             6, 0, 0, 0, 5, 0, 0])
    ctr = struct.pack('>II', 2, 52) + bytes(52)
    sfl = struct.pack('>II', 5, 1) + bytes([192, 0, 2, 9]) + \
        struct.pack('>IIII', 0, 1, 1000, 1) + \
        struct.pack('>II', 2, 12 + len(ctr)) + \
        struct.pack('>III', 1, 7, 1) + ctr
    zmq = struct.pack('>H', 0) + bytes([6, 0]) + b'hello' + \
        bytes([3, 1]) + b'ab'
    pgm = struct.pack('>HHBBH', 1000, 5555, 4, 0, 0) + bytes(range(6)) + \
        struct.pack('>H', len(zmq)) + struct.pack('>II', 7, 3) + zmq
    rtp = struct.pack('>III', 0x80600001, 160, 0x1234) + bytes(20)
    rtcp = struct.pack('>BBHI', 0x80, 201, 1, 0x1234)
    return [ipp(33) / Raw(dccp_req), ipp(33, B, A) / Raw(dccp_ack),
            ip() / UDP(sport=40000, dport=6343) / Raw(sfl),
            ipp(113, A, '239.1.1.1') / Raw(pgm),
            ip() / UDP(sport=3055, dport=3055) / Raw(pgm),
            ip() / UDP(sport=5004, dport=5004) / Raw(rtp),
            ip() / UDP(sport=5005, dport=5005) / Raw(rtcp)]


def rpc_call(xid, vers, proc, args):
    """A Sun RPC call to NFS with AUTH_UNIX credentials."""
    cred = struct.pack('>II', 0, 4) + b'host' + struct.pack('>IIII', 0, 0,
                                                           1, 0)
    return struct.pack('>IIIIII', xid, 0, 2, 100003, vers, proc) + \
        struct.pack('>II', 1, len(cred)) + cred + bytes(8) + args


def nfs_pcap():
    """NFS v3 and v2 calls and their replies, over UDP, TCP and IPv6."""
    w = lambda *a: struct.pack('>' + 'I' * len(a), *a)
    fh = w(32) + bytes([0, 0, 0, 0, 0, 0, 3, 4]) + bytes(7) + b'\x09' + \
        bytes(16)
    fh2 = bytes([0, 0, 1, 2, 0, 0, 0, 0, 12, 0]) + bytes(22)
    name = lambda s: w(len(s)) + s + bytes(-len(s) % 4)
    attr = w(1, 0o100644, 1, 1000, 100) + struct.pack('>QQ', 4096, 4096) + \
        w(0, 0) + struct.pack('>QQ', 7, 42) + w(1700000000, 5) * 3
    attr2 = w(2, 0o40755, 2, 0, 0, 512, 4096, 0, 8, 9, 10) + w(1, 2) * 3
    wcc = w(1) + struct.pack('>Q', 10) + w(1, 2, 3, 4) + w(1) + attr
    calls = [
        (3, 1, fh, w(0) + attr),
        (3, 3, fh + name(b'notes.txt'), w(0) + fh + w(1) + attr + w(0)),
        (3, 3, fh + name(b'missing'), w(2, 0)),
        (3, 4, fh + w(0x1f), w(0, 1) + attr + w(0x0f)),
        (3, 6, fh + struct.pack('>Q', 8192) + w(4096), w(0, 1) + attr +
         w(4096, 1)),
        (3, 7, fh + struct.pack('>Q', 0) + w(3, 2, 3) + b'abc\0',
         w(0) + wcc + w(3, 2) + struct.pack('>Q', 0x851b4)),
        (3, 8, fh + name(b'new') + w(0, 1, 0o600, 0, 0, 0, 0, 0),
         w(0, 1) + fh + w(1) + attr + wcc),
        (3, 14, fh + name(b'a') + fh + name(b'b'), w(0) + wcc + wcc),
        (3, 17, fh + struct.pack('>Q', 0) + w(1, 2, 4096, 8192),
         w(0, 0, 0xaa, 0xbb, 0)),
        (3, 19, fh, w(0, 0, 65536, 65536, 4096, 65536, 65536, 4096, 4096) +
         struct.pack('>Q', 1 << 40) + w(0, 1, 0x1b)),
        (3, 21, fh + struct.pack('>Q', 0) + w(0), w(0) + wcc + w(1, 2)),
        (2, 4, fh2 + name(b'etc'), w(0) + fh2 + attr2),
        (2, 6, fh2 + w(0, 512, 0), w(13)),
        (2, 17, fh2, w(0, 8192, 4096, 100, 50, 40)),
    ]
    pkts = []
    for i, (vers, proc, args, res) in enumerate(calls):
        xid = 0x1000 + i
        pkts.append(ip() / UDP(sport=800, dport=2049) /
                    Raw(rpc_call(xid, vers, proc, args)))
        pkts.append(ip(B, A) / UDP(sport=2049, dport=800) /
                    Raw(w(xid, 1, 0, 0, 0, 0) + res))
    call = rpc_call(0x2000, 3, 1, fh)
    reply = w(0x2000, 1, 0, 0, 0, 0, 0) + attr
    pkts.append(tcp(900, 2049, w(0x80000000 | len(call)) + call))
    pkts.append(ip(B, A) / TCP(sport=2049, dport=900, flags='PA', seq=2000,
                               ack=1000, window=512) /
                Raw(w(0x80000000 | len(reply)) + reply))
    pkts.append(ip6() / UDP(sport=700, dport=2049) /
                Raw(rpc_call(0x3000, 3, 18, fh)))
    pkts.append(Ether() / IPv6(src=B6, dst=A6) / UDP(sport=2049, dport=700) /
                Raw(w(0x3000, 1, 1, 1, 1)))
    pkts.append(ip() / UDP(sport=801, dport=2049) /
                Raw(rpc_call(0x3001, 3, 3, fh + w(0xfffffffe))))
    return pkts


def openflow_pcap():
    """OpenFlow 1.3 messages between a switch and its controller."""
    def msg(mtype, xid, body=b''):
        return struct.pack('>BBHI', 4, mtype, 8 + len(body), xid) + body
    port = struct.pack('>I4x6s2x16s', 1, bytes([2, 0, 0, 0, 0, 9]),
                       b'veth0') + struct.pack('>8I', 0x40, 4, 0x840, 0, 0,
                                                0, 10485760, 0)
    segs = [
        msg(0, 1, struct.pack('>HHI', 1, 8, 0x18)),
        msg(5, 2) + msg(20, 3),
        msg(6, 2, struct.pack('>QIBB2xII', 0x26a2b46fd9ba, 256, 64, 0,
                              0x4f, 0)),
        msg(9, 4, struct.pack('>HH', 1, 200)),
        msg(12, 5, bytes([0]) + bytes(7) + port),
        msg(16, 6, struct.pack('>I4x6s2xIII4x', 2, bytes([2, 0, 0, 0, 0, 9]),
                               0x40, 0x40, 0x80a)),
        msg(24, 7, struct.pack('>I4xQ', 2, 0x12e248a)),
        msg(28, 8, struct.pack('>6I', 3, 2, 7, 2, 7, 4)),
        msg(2, 9, b'ping') + msg(3, 9, b'ping'),
        msg(1, 10, struct.pack('>HH', 1, 6) + msg(14, 10)),
        msg(4, 11, struct.pack('>II', 0xd0f0db, 0x65) + b'data'),
        msg(17, 12, struct.pack('>B3xI', 1, 0)),
        msg(18, 13, bytes(8)) + b'\x04\x13',
    ]
    # OpenFlow 1.0: features with a port, a flow mod, statistics, a
    # Big Switch Networks vendor message
    def msg10(mtype, xid, body=b''):
        return struct.pack('>BBHI', 1, mtype, 8 + len(body), xid) + body
    port10 = struct.pack('>H6s16s', 1, bytes([2, 0, 0, 0, 0, 7]), b'eth1') + \
        struct.pack('>6I', 1, 0x200, 0x40, 0, 0xc40, 0)
    match = struct.pack('>IH6s6sHBxHBBxxIIHH', 0x3000e0, 3, bytes(6),
                        bytes([2, 0, 0, 0, 0, 9]), 0xffff, 0, 0x0800, 0, 6,
                        0xc0000201, 0, 0, 80)
    segs += [
        msg10(6, 20, struct.pack('>QIB3xII', 0x1234, 256, 1, 0xc7, 0xfff) +
              port10),
        msg10(14, 21, match + struct.pack('>QHHHHIHH', 7, 0, 10, 0, 100,
                                          0xffffffff, 0xffff, 1) +
              struct.pack('>HHHH', 0, 8, 2, 0) +
              struct.pack('>HH6s6x', 4, 16, bytes([2, 0, 0, 0, 0, 1]))),
        msg10(16, 22, struct.pack('>HH', 4, 0) + struct.pack('>H6x', 0xffff)),
        msg10(17, 23, struct.pack('>HH', 2, 0) + struct.pack('>QQI4x', 10,
                                                              1000, 2)),
        msg10(4, 24, struct.pack('>II', 0x5c16c7, 6) + struct.pack('>I', 0) +
              b'show version'),
    ]
    pkts = []
    for i, seg in enumerate(segs):
        if i % 2:
            pkts.append(tcp(6653, 40000, seg, seq=1000 + 100 * i))
        else:
            pkts.append(tcp(40000, 6633, seg, seq=5000 + 100 * i))
    return pkts


def sctp_pcap():
    """SCTP chunks, M3UA in DATA chunks and ForCES messages."""
    def chunk(ctype, flags, body):
        c = struct.pack('>BBH', ctype, flags, 4 + len(body)) + body
        return c + bytes(-len(c) % 4)

    def data(tsn, ppid, payload, flags=3):
        return chunk(0, flags, struct.pack('>IHHI', tsn, 1, tsn & 0xffff,
                                           ppid) + payload)

    def sctp(sport, dport, *chunks):
        return ipp(132) / Raw(struct.pack('>HHII', sport, dport, 0x1234, 0) +
                              b''.join(chunks))
    m3ua_up = struct.pack('>BBBBI', 1, 0, 3, 1, 28) + \
        struct.pack('>HHI', 0x0011, 8, 7) + struct.pack('>HH', 0x0004, 9) + \
        b'hello' + bytes(3)
    m3ua_data = struct.pack('>BBBBI', 1, 0, 1, 1, 36) + \
        struct.pack('>HHI', 0x0006, 8, 1) + struct.pack('>HH', 0x0210, 20) + \
        struct.pack('>IIBBBB', 100, 200, 3, 2, 0, 5) + b'isup'
    forces = lambda tom, flags: struct.pack('>BBHIIQI', 0x10, tom, 6,
                                            0x40000001, 2, 7, flags)
    init = struct.pack('>IIHHI', 0xabc, 65536, 10, 10, 77)
    # Config: LFB selector, a Set operation, path data with a full data
    fulldata = struct.pack('>HHI', 0x0112, 8, 0x2a)
    pathdata = struct.pack('>HHHHI', 0x0110, 20, 0, 1, 7) + fulldata
    oper = struct.pack('>HH', 0x0001, 4 + len(pathdata)) + pathdata
    lfbsel = struct.pack('>HHII', 0x1000, 12 + len(oper), 2, 1) + oper
    forces_config = struct.pack('>BBHIIQI', 0x10, 0x03,
                                (24 + len(lfbsel)) // 4, 0x40000001, 2, 8,
                                0x38400000) + lfbsel
    return [
        sctp(40000, 2905, chunk(1, 0, init)),
        sctp(2905, 40000, chunk(2, 0, init + struct.pack('>HH', 7, 8) +
                                b'ckie')),
        sctp(40000, 2905, chunk(10, 0, b'ckie')),
        sctp(2905, 40000, chunk(11, 0, b'')),
        sctp(40000, 2905, data(1, 3, m3ua_up)),
        sctp(40000, 2905, data(2, 3, m3ua_data), data(3, 99, b'payload')),
        sctp(2905, 40000, chunk(3, 0, struct.pack('>IIHHHHI', 3, 5000, 1, 1,
                                                  2, 2, 1))),
        sctp(40000, 2905, chunk(4, 0, struct.pack('>HH', 1, 8) + b'beat'),
             chunk(5, 0, struct.pack('>HH', 1, 8) + b'beat')),
        sctp(40000, 6704, data(4, 0, forces(0x0f, 0xc0400000))),
        sctp(6704, 40000, data(5, 0, forces(0x14, 0x38400000))),
        sctp(40000, 6704, data(6, 0, forces_config)),
        sctp(40000, 2905, chunk(7, 0, struct.pack('>I', 3))),
        sctp(2905, 40000, chunk(8, 0, b''), chunk(14, 0, b'')),
    ]


def rx_pcap():
    """AFS RX calls, replies and acks; Kerberos v4 and v5."""
    def rxh(call, seq, rtype, flags, service=1):
        return struct.pack('>IIIIIBBBBHH', 0x3a000000, 0x1000, call, seq,
                           seq, rtype, flags, 0, 0, 0, service)

    def word_str(s, n):
        return b''.join(struct.pack('>I', c) for c in s.ljust(n, b'\0'))
    name = lambda s: struct.pack('>I', len(s)) + s + bytes(-len(s) % 4)
    fid = struct.pack('>III', 536871098, 1, 1)
    attrs = struct.pack('>6I', 9, 1700000000, 0, 0, 0o755, 0)
    entry = word_str(b'root.cell', 65) + bytes(4) + struct.pack('>I', 2) + \
        bytes([192, 0, 2, 9, 192, 0, 2, 10]) + bytes(24) + \
        struct.pack('>8I', 0, 1, 0, 0, 0, 0, 0, 0) + bytes(32) + \
        struct.pack('>III', 536870912, 536870913, 536870914)
    ack = struct.pack('>HHIIIBB', 32, 0, 5, 0, 77, 8, 4) + \
        bytes([1, 1, 0, 1]) + bytes(3) + struct.pack('>4I', 1444, 1444,
                                                       32, 4)
    krb4 = bytes([4, 2]) + b'user\0\0EXAMPLE.ORG\0' + bytes(4) + b'\x0c' + \
        b'krbtgt\0EXAMPLE.ORG\0'
    udp = lambda sport, dport, data, src=A, dst=B: \
        ip(src, dst) / UDP(sport=sport, dport=dport) / Raw(data)
    return [
        udp(7001, 7000, rxh(1, 1, 1, 1) + struct.pack('>I', 141) + fid +
            name(b'newdir') + attrs),
        udp(7000, 7001, rxh(1, 1, 1, 4) + fid, B, A),
        udp(7001, 7000, rxh(2, 1, 1, 1) + struct.pack('>I', 130) + fid +
            struct.pack('>II', 0, 65536)),
        udp(7000, 7001, rxh(2, 1, 4, 0) + struct.pack('>i', 102), B, A),
        udp(1792, 7003, rxh(3, 1, 1, 1, 52) + struct.pack('>I', 504) +
            name(b'root.cell')),
        udp(7003, 1792, rxh(3, 1, 1, 4, 52) + entry, B, A),
        udp(1799, 7002, rxh(4, 1, 1, 1, 73) + struct.pack('>II', 505, 2) +
            struct.pack('>ii', 5879, -204)),
        udp(7002, 1799, rxh(4, 1, 1, 4, 73) + struct.pack('>I', 2) +
            word_str(b'nneul', 64) + word_str(b'staff', 64), B, A),
        udp(7001, 7000, rxh(5, 2, 2, 0) + ack),
        udp(7001, 7003, rxh(6, 1, 1, 1, 52) +
            struct.pack('>III', 20002, 1, 2) + struct.pack('>4I', 0, 0, 64,
                                                            1)),
        udp(1799, 88, krb4),
        udp(1799, 88, bytes([0x6a, 0x81, 0x9c, 0x30])),
    ]


FAMILIES = {
    'radius': radius_pcap, 'isakmp': isakmp_pcap, 'dhcp6': dhcp6_pcap,
    'text': text_pcap, 'dns': dns_pcap, 'misc': misc_pcap,
    'transport': transport_pcap, 'nfs': nfs_pcap,
    'openflow': openflow_pcap, 'sctp': sctp_pcap, 'rx': rx_pcap,
}
OPTS = [('', ''), ('-v', '-nn -v'), ('-vve', '-nn -vv -e'), ('-X', '-nn -X')]
# families whose payloads tcpdump decodes only when told their type
EXTRA = {'transport': [('-Tpgmz', '-nn -v -T pgm_zmtp1'),
                       ('-Trtp', '-nn -v -T rtp'),
                       ('-Trtcp', '-nn -v -T rtcp')],
         'sctp': [('-vvvv', '-nn -vvvv')]}

with open('TESTLIST', 'w') as tl:
    tl.write('# Application protocols built by make-pcaps.py (python3-scapy);\n'
             '# the .out files are what Debian tcpdump 4.99.3 prints.\n'
             '#group: CONFIG_DUMP_APPS\n')
    for fam, build in FAMILIES.items():
        pcap = 'apps-%s.pcap' % fam
        wrpcap(pcap, stamp(build()))
        for tag, opts in OPTS + EXTRA.get(fam, []):
            out = 'apps-%s%s.out' % (fam, tag)
            with open(out, 'w') as f:
                subprocess.run('TZ=GMT0 tcpdump -# -n -r %s %s' % (pcap, opts),
                               shell=True, stdout=f, stderr=subprocess.DEVNULL,
                               check=True)
            tl.write('apps-%s%s %s %s %s\n' % (fam, tag, pcap, out, opts))
