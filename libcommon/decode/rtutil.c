/* rtutil.c - what the routing and control-plane printers share. */
#include <string.h>

#include "decode.h"
#include "out.h"
#include "rt.h"

void rt_relts_print(uint32_t secs)
{
	static const char unit[] = "ywdhms";
	static const uint32_t len[] = { 31536000, 604800, 86400, 3600, 60, 1 };
	unsigned k;

	if (!secs) {
		out_str("0s");
		return;
	}
	for (k = 0; secs > 0; k++) {
		if (secs >= len[k]) {
			out_uint(secs / len[k], 0);
			out_char(unit[k]);
			secs %= len[k];
		}
	}
}

void rt_signed_relts_print(int32_t secs)
{
	if (secs < 0) {
		out_char('-');
		/* -INT32_MIN does not fit in an int32_t, it does in a uint32_t */
		rt_relts_print(0u - (uint32_t)secs);
		return;
	}
	rt_relts_print((uint32_t)secs);
}

bool rt_addr_at(struct dctx *d, struct cursor c, unsigned off, int version)
{
	unsigned n = version == 6 ? 16 : 4;
	uint8_t a[16];

	if (!rt_has(&c, off, n))
		return false;
	cur_skip(&c, off);
	cur_bytes(&c, a, n);
	decode_ipaddr(d, version, a);
	return true;
}

bool rt_ip4_at(struct dctx *d, struct cursor c, unsigned off)
{
	return rt_addr_at(d, c, off, 4);
}

const struct tok rt_af_values[] = {
	{ 0, "Reserved" },
	{ 1, "IPv4" },
	{ 2, "IPv6" },
	{ 3, "NSAP" },
	{ 4, "HDLC" },
	{ 5, "BBN 1822" },
	{ 6, "802" },
	{ 7, "E.163" },
	{ 8, "E.164" },
	{ 9, "F.69" },
	{ 10, "X.121" },
	{ 11, "Novell IPX" },
	{ 12, "Appletalk" },
	{ 13, "Decnet IV" },
	{ 14, "Banyan Vines" },
	{ 15, "E.164 with NSAP subaddress" },
	{ 196, "Layer-2 VPN" },
	{ 25, "VPLS" },
	{ 0, NULL }
};

const struct tok rt_pw_types[] = {
	{ 0x0000, "Reserved" },
	{ 0x0001, "Frame Relay DLCI (Martini Mode)" },
	{ 0x0002, "ATM AAL5 SDU VCC transport" },
	{ 0x0003, "ATM transparent cell transport" },
	{ 0x0004, "Ethernet VLAN" },
	{ 0x0005, "Ethernet" },
	{ 0x0006, "Cisco-HDLC" },
	{ 0x0007, "PPP" },
	{ 0x0008, "SONET/SDH Circuit Emulation Service over MPLS" },
	{ 0x0009, "ATM n-to-one VCC cell transport" },
	{ 0x000a, "ATM n-to-one VPC cell transport" },
	{ 0x000b, "IP Layer2 Transport" },
	{ 0x000c, "ATM one-to-one VCC Cell Mode" },
	{ 0x000d, "ATM one-to-one VPC Cell Mode" },
	{ 0x000e, "ATM AAL5 PDU VCC transport" },
	{ 0x000f, "Frame-Relay Port mode" },
	{ 0x0010, "SONET/SDH Circuit Emulation over Packet" },
	{ 0x0011, "Structure-agnostic E1 over Packet" },
	{ 0x0012, "Structure-agnostic T1 (DS1) over Packet" },
	{ 0x0013, "Structure-agnostic E3 over Packet" },
	{ 0x0014, "Structure-agnostic T3 (DS3) over Packet" },
	{ 0x0015, "CESoPSN basic mode" },
	{ 0x0016, "TDMoIP basic mode" },
	{ 0x0017, "CESoPSN TDM with CAS" },
	{ 0x0018, "TDMoIP TDM with CAS" },
	{ 0x0019, "Frame Relay DLCI" },
	{ 0x0040, "IP-interworking" },
	{ 0, NULL }
};

int rt_prefix_print(struct dctx *d, struct cursor c, unsigned off,
		    unsigned itemlen, int family, const char *label)
{
	unsigned max = family == 6 ? 128 : 32, plen, nbytes, k;
	uint8_t a[16];

	if (!rt_has(&c, off, 1))
		return -2;
	if (itemlen < 1)
		return -3;
	plen = cur_peek(&c, off);
	if (plen > max)
		return -1;
	itemlen--;
	nbytes = (plen + 7) / 8;
	if (!rt_has(&c, off + 1, nbytes))
		return -2;
	if (itemlen < nbytes)
		return -3;
	memset(a, 0, sizeof(a));
	for (k = 0; k < nbytes; k++)
		a[k] = cur_peek(&c, off + 1 + k);
	if (plen % 8)
		a[nbytes - 1] &= (uint8_t)(0xff00 >> (plen % 8));
	out_str(label);
	decode_ipaddr(d, family, a);
	out_fmt("/%u", plen);
	return (int)(1 + nbytes);
}

int rt_mask2plen(uint32_t mask)
{
	int plen;

	for (plen = 32; plen >= 0; plen--)
		if (mask == (plen ? 0xffffffffu << (32 - plen) : 0))
			return plen;
	return -1;
}

float rt_float(uint32_t bits)
{
	float f;

	memcpy(&f, &bits, sizeof(f));
	return f;
}

const struct tok rt_gmpls_switch_cap[] = {
	{ 1, "Packet-Switch Capable-1" },
	{ 2, "Packet-Switch Capable-2" },
	{ 3, "Packet-Switch Capable-3" },
	{ 4, "Packet-Switch Capable-4" },
	{ 51, "Layer-2 Switch Capable" },
	{ 100, "Time-Division-Multiplex" },
	{ 150, "Lambda-Switch Capable" },
	{ 200, "Fiber-Switch Capable" },
	{ 0, NULL }
};

const struct tok rt_gmpls_encoding[] = {
	{ 1, "Packet" },
	{ 2, "Ethernet V2/DIX" },
	{ 3, "ANSI/ETSI PDH" },
	{ 4, "Reserved" },
	{ 5, "SDH ITU-T G.707/SONET ANSI T1.105" },
	{ 6, "Reserved" },
	{ 7, "Digital Wrapper" },
	{ 8, "Lambda (photonic)" },
	{ 9, "Fiber" },
	{ 10, "Reserved" },
	{ 11, "FiberChannel" },
	{ 0, NULL }
};

const struct tok rt_gmpls_payload[] = {
	{ 0, "Unknown" },
	{ 1, "Reserved" },
	{ 2, "Reserved" },
	{ 3, "Reserved" },
	{ 4, "Reserved" },
	{ 5, "Asynchronous mapping of E4" },
	{ 6, "Asynchronous mapping of DS3/T3" },
	{ 7, "Asynchronous mapping of E3" },
	{ 8, "Bit synchronous mapping of E3" },
	{ 9, "Byte synchronous mapping of E3" },
	{ 10, "Asynchronous mapping of DS2/T2" },
	{ 11, "Bit synchronous mapping of DS2/T2" },
	{ 12, "Reserved" },
	{ 13, "Asynchronous mapping of E1" },
	{ 14, "Byte synchronous mapping of E1" },
	{ 15, "Byte synchronous mapping of 31 * DS0" },
	{ 16, "Asynchronous mapping of DS1/T1" },
	{ 17, "Bit synchronous mapping of DS1/T1" },
	{ 18, "Byte synchronous mapping of DS1/T1" },
	{ 19, "VC-11 in VC-12" },
	{ 20, "Reserved" },
	{ 21, "Reserved" },
	{ 22, "DS1 SF Asynchronous" },
	{ 23, "DS1 ESF Asynchronous" },
	{ 24, "DS3 M23 Asynchronous" },
	{ 25, "DS3 C-Bit Parity Asynchronous" },
	{ 26, "VT/LOVC" },
	{ 27, "STS SPE/HOVC" },
	{ 28, "POS - No Scrambling, 16 bit CRC" },
	{ 29, "POS - No Scrambling, 32 bit CRC" },
	{ 30, "POS - Scrambling, 16 bit CRC" },
	{ 31, "POS - Scrambling, 32 bit CRC" },
	{ 32, "ATM mapping" },
	{ 33, "Ethernet PHY" },
	{ 34, "SONET/SDH" },
	{ 35, "Reserved (SONET deprecated)" },
	{ 36, "Digital Wrapper" },
	{ 37, "Lambda" },
	{ 38, "ANSI/ETSI PDH" },
	{ 39, "Reserved" },
	{ 40, "Link Access Protocol SDH (X.85 and X.86)" },
	{ 41, "FDDI" },
	{ 42, "DQDB (ETSI ETS 300 216)" },
	{ 43, "FiberChannel-3 (Services)" },
	{ 44, "HDLC" },
	{ 45, "Ethernet V2/DIX (only)" },
	{ 46, "Ethernet 802.3 (only)" },
	{ 47, "G.709 ODUj" },
	{ 48, "G.709 OTUk(v)" },
	{ 49, "CBR/CBRa" },
	{ 50, "CBRb" },
	{ 51, "BSOT" },
	{ 52, "BSNT" },
	{ 53, "IP/PPP (GFP)" },
	{ 54, "Ethernet MAC (framed GFP)" },
	{ 55, "Ethernet PHY (transparent GFP)" },
	{ 56, "ESCON" },
	{ 57, "FICON" },
	{ 58, "Fiber Channel" },
	{ 0, NULL }
};
