/* print-802_15_4.c - IEEE 802.15.4 MAC frames (802.15.4-2015): the
 * frame control, sequence number, PAN ids and addresses by their
 * compression rules, the auxiliary security header, header and payload
 * information elements, beacon and MAC command payloads, the FCS (16 or
 * 32 bits, told apart by checking both), and the TAP pseudo-header.
 *
 *   | frame control (2, LE) | [seq] | [dst PAN] [dst] [src PAN] [src] |
 *   [aux security] [header IEs] [payload IEs] payload [MIC] [FCS]
 * Output as tcpdump 4.99 print-802_15_4.c; information element contents
 * at -vvvv.
 */
#include <inttypes.h>
#include <pcap/dlt.h>

#include "decode.h"
#include "encap.h"
#include "out.h"
#include "table.h"

DECODE_DLT(DLT_IEEE802_15_4, ieee802_15_4_if_print)
DECODE_DLT(DLT_IEEE802_15_4_NOFCS, ieee802_15_4_if_print)
DECODE_DLT(DLT_IEEE802_15_4_TAP, ieee802_15_4_tap_if_print)

#define CHECK_BIT(num, bit) (((num) >> (bit)) & 0x1)

static const char *const ftypes[] = {
	"Beacon", "Data", "ACK", "Command", "Reserved", "Multipurpose",
	"Fragment", "Extended",
};

static const struct tok h_ie_values[] = {
	{ 0x00, "Vendor Specific Header IE" }, { 0x1a, "LE CSL IE" },
	{ 0x1b, "LE RIT IE" }, { 0x1c, "DSME PAN descriptor IE" },
	{ 0x1d, "Rendezvous Time IE" }, { 0x1e, "Time Correction IE" },
	{ 0x21, "Extended DSME PAN descriptor IE" },
	{ 0x22, "Fragment Sequence Context Description IE" },
	{ 0x23, "Simplified Superframe Specification IE" },
	{ 0x24, "Simplified GTS Specification IE" },
	{ 0x25, "LECIM Capabilities IE" }, { 0x26, "TRLE Descriptor IE" },
	{ 0x27, "RCC Capabilities IE" }, { 0x28, "RCCN Descriptor IE" },
	{ 0x29, "Global Time IE" }, { 0x2a, "Omnibus Header IE" },
	{ 0x2b, "DA IE" }, { 0x7e, "Header Termination 1 IE" },
	{ 0x7f, "Header Termination 2 IE" },
	{ 0, NULL }
};

static const struct tok p_ie_values[] = {
	{ 0x00, "ESDU IE" }, { 0x01, "MLME IE" },
	{ 0x02, "Vendor Specific Nested IE" },
	{ 0x03, "Multiplexed IE (802.15.9)" },
	{ 0x04, "Omnibus Payload Group IE" }, { 0x05, "IETF IE" },
	{ 0x0f, "List termination" },
	{ 0, NULL }
};

static const struct tok mlme_short_values[] = {
	{ 0x1a, "TSCH Synchronization IE" },
	{ 0x1b, "TSCH Slotframe and Link IE" }, { 0x1c, "TSCH Timeslot IE" },
	{ 0x1d, "Hopping timing IE" }, { 0x1e, "Enhanced Beacon Filter IE" },
	{ 0x1f, "MAC Metrics IE" }, { 0x20, "All MAC Metrics IE" },
	{ 0x21, "Coexistence Specification IE" },
	{ 0x22, "SUN Device Capabilities IE" },
	{ 0x23, "SUN FSK Generic PHY IE" },
	{ 0x24, "Mode Switch Parameter IE" },
	{ 0x25, "PHY Parameter Change IE" }, { 0x26, "O-QPSK PHY Mode IE" },
	{ 0x27, "PCA Allocation IE" },
	{ 0x28, "LECIM DSSS Operating Mode IE" },
	{ 0x29, "LECIM FSK Operating Mode IE" },
	{ 0x2b, "TVWS PHY Operating Mode Description IE" },
	{ 0x2c, "TVWS Device Capabilities IE" },
	{ 0x2d, "TVWS Device Category IE" },
	{ 0x2e, "TVWS Device Identification IE" },
	{ 0x2f, "TVWS Device Location IE" },
	{ 0x30, "TVWS Channel Information Query IE" },
	{ 0x31, "TVWS Channel Information Source IE" }, { 0x32, "CTM IE" },
	{ 0x33, "Timestamp IE" }, { 0x34, "Timestamp Difference IE" },
	{ 0x35, "TMCTP Specification IE" },
	{ 0x36, "RCC PHY Operating Mode IE" },
	{ 0, NULL }
};

static const struct tok mlme_long_values[] = {
	{ 0x08, "Vendor Specific MLME Nested IE" },
	{ 0x09, "Channel Hopping IE" },
	{ 0, NULL }
};

static const struct tok mac_cmd_values[] = {
	{ 0x01, "Association Request command" },
	{ 0x02, "Association Response command" },
	{ 0x03, "Disassociation Notification command" },
	{ 0x04, "Data Request command" },
	{ 0x05, "PAN ID Conflict Notification command" },
	{ 0x06, "Orphan Notification command" },
	{ 0x07, "Beacon Request command" },
	{ 0x08, "Coordinator realignment command" },
	{ 0x09, "GTS request command" },
	{ 0x0a, "TRLE Management Request command" },
	{ 0x0b, "TRLE Management Response command" },
	{ 0x13, "DSME Association Request command" },
	{ 0x14, "DSME Association Response command" },
	{ 0x15, "DSME GTS Request command" },
	{ 0x16, "DSME GTS Response command" },
	{ 0x17, "DSME GTS Notify command" },
	{ 0x18, "DSME Information Request command" },
	{ 0x19, "DSME Information Response command" },
	{ 0x1a, "DSME Beacon Allocation Notification command" },
	{ 0x1b, "DSME Beacon Collision Notification command" },
	{ 0x1c, "DSME Link Report command" },
	{ 0x20, "RIT Data Request command" }, { 0x21, "DBS Request command" },
	{ 0x22, "DBS Response command" },
	{ 0x23, "RIT Data Response command" },
	{ 0x24, "Vendor Specific command" },
	{ 0, NULL }
};

/* The frame: bytes at absolute offsets of the captured data. */
struct f154 {
	struct dctx *d;
	struct cursor c;
	unsigned pos;		/* where the printer is */
	unsigned caplen;	/* what it considers left from pos */
};

static unsigned b1(const struct f154 *f, unsigned off)
{
	return cur_peek(&f->c, f->pos + off);
}

static unsigned le16(const struct f154 *f, unsigned off)
{
	return b1(f, off) | b1(f, off + 1) << 8;
}

static uint32_t le32(const struct f154 *f, unsigned off)
{
	return le16(f, off) | (uint32_t)le16(f, off + 2) << 16;
}

static void adv(struct f154 *f, unsigned n)
{
	f->pos += n;
	f->caplen -= n;
}

/* Is a tcpdump GET of n bytes at off inside the capture? */
static bool have(const struct f154 *f, unsigned off, unsigned n)
{
	return cur_left(&f->c) >= (size_t)f->pos + off + n;
}

static void name_print(const struct tok *t, unsigned v, const char *fmt)
{
	tok_print(t, v, fmt);
}

static void addr_print(const struct f154 *f, unsigned off, int len)
{
	int i;

	if (len == 0) {
		out_str("none");
	} else if (len == 2) {
		out_fmt("%04x", le16(f, off));
	} else if (len == 8) {
		for (i = 7; i >= 0; i--)
			out_fmt(i == 7 ? "%02x" : ":%02x", b1(f, off + i));
	}
}

static void bytes_print(const struct f154 *f, unsigned off, unsigned n)
{
	unsigned i;

	for (i = 0; i < n; i++)
		out_fmt("%02x ", b1(f, off + i));
}

static int addr_len(unsigned mode)
{
	static const int lens[4] = { 0, -1, 2, 8 };

	return lens[mode & 3];
}

/* ---- FCS ---- */

static unsigned rev8(unsigned y)
{
	y = (y & 0xaa) >> 1 | (y & 0x55) << 1;
	y = (y & 0xcc) >> 2 | (y & 0x33) << 2;
	return ((y & 0xf0) >> 4 | (y & 0x0f) << 4) & 0xff;
}

static uint32_t rev32(uint32_t x)
{
	x = (x & 0x55555555) << 1 | (x >> 1 & 0x55555555);
	x = (x & 0x33333333) << 2 | (x >> 2 & 0x33333333);
	x = (x & 0x0f0f0f0f) << 4 | (x >> 4 & 0x0f0f0f0f);
	return x << 24 | (x & 0xff00) << 8 | (x >> 8 & 0xff00) | x >> 24;
}

/* CRC-16/CCITT with initial value 0, bits reflected in and out. */
static uint32_t crc16(const struct f154 *f, unsigned n)
{
	uint16_t crc = 0;
	unsigned i, x;

	for (i = 0; i < n; i++) {
		x = (crc >> 8 ^ rev8(b1(f, i))) & 0xff;
		x ^= x >> 4;
		crc = (uint16_t)(crc << 8) ^ (uint16_t)(x << 12) ^
		      (uint16_t)(x << 5) ^ (uint16_t)x;
	}
	crc = (uint16_t)((crc & 0xaaaa) >> 1 | (crc & 0x5555) << 1);
	crc = (uint16_t)((crc & 0xcccc) >> 2 | (crc & 0x3333) << 2);
	crc = (uint16_t)((crc & 0xf0f0) >> 4 | (crc & 0x0f0f) << 4);
	return (uint16_t)((crc & 0xff00) >> 8 | (crc & 0x00ff) << 8);
}

/* CRC-32 (0x04C11DB7) with initial value 0, bits reflected. */
static uint32_t crc32(const struct f154 *f, unsigned n)
{
	uint32_t crc = 0, byte;
	unsigned i, b;

	for (i = 0; i < n; i++) {
		byte = rev32(b1(f, i));
		for (b = 0; b < 8; b++) {
			if ((int32_t)(crc ^ byte) < 0)
				crc = crc << 1 ^ 0x04c11db7;
			else
				crc <<= 1;
			byte <<= 1;
		}
	}
	return rev32(crc);
}

struct fcs {
	uint32_t fcs, check;
};

static bool fcs_try(struct f154 *f, struct fcs *s, unsigned size)
{
	unsigned n = f->caplen;

	s->fcs = size == 4 ? le32(f, n - 4) : le16(f, n - 2);
	s->check = size == 4 ? crc32(f, n - 4) : crc16(f, n - 2);
	if (s->check != s->fcs)
		return false;
	f->caplen -= size;
	return true;
}

/* A 4- or 2-byte FCS at the end, dropped from caplen when it checks;
 * mp: the multipurpose frame's rules for short frames. */
static void fcs_find(struct f154 *f, struct fcs *s, bool mp)
{
	s->fcs = s->check = 0;
	if (!mp) {
		if (f->caplen >= 4 && !fcs_try(f, s, 4))
			fcs_try(f, s, 2);
		return;
	}
	if (f->caplen < 3)
		return;
	if (f->caplen <= 4 || !fcs_try(f, s, 4))
		fcs_try(f, s, 2);
}

static void fcs_print(const struct f154 *f, const struct fcs *s)
{
	if (f->d->vflag <= 2)
		return;
	if (s->check == s->fcs)
		out_fmt("FCS %x ", s->fcs);
	else
		out_fmt("wrong FCS %x vs %x (assume no FCS stored) ", s->fcs,
			s->check);
}

/* ---- beacon fields ---- */

static void superframe_print(struct dctx *d, unsigned ss)
{
	if (d->vflag < 1)
		return;
	out_fmt("\n\tBeacon order = %d, Superframe order = %d, ", ss & 0xf,
		(ss >> 4) & 0xf);
	out_fmt("Final CAP Slot = %d", (ss >> 8) & 0xf);
	if (CHECK_BIT(ss, 12))
		out_str(", BLE enabled");
	if (CHECK_BIT(ss, 14))
		out_str(", PAN Coordinator");
	if (CHECK_BIT(ss, 15))
		out_str(", Association Permit");
}

static int gts_info_print(const struct f154 *f, unsigned off, unsigned len)
{
	unsigned cnt = b1(f, off) & 7, need = 2 + cnt * 3, i;

	if (cnt == 0) {
		if (f->d->vflag > 0)
			out_fmt("\n\tGTS Descriptor Count = %d, ", cnt);
		return 1;
	}
	if (len < need) {
		out_str(" [ERROR: Truncated GTS Info List]");
		return -1;
	}
	if (f->d->vflag < 2)
		return (int)need;
	out_fmt("GTS Descriptor Count = %d, ", cnt);
	out_fmt("GTS Directions Mask = %02x, [ ", b1(f, off + 1) & 0x7f);
	for (i = 0; i < cnt; i++) {
		out_str("[ ");
		addr_print(f, off + 2 + i * 3, 2);
		out_fmt(", Start slot = %d, Length = %d ] ",
			b1(f, off + 3 + i * 3) & 0x0f,
			(b1(f, off + 3 + i * 3) >> 4) & 0x0f);
	}
	out_char(']');
	return (int)need;
}

static int pending_print(const struct f154 *f, unsigned off, unsigned len)
{
	unsigned pas = b1(f, off), s = pas & 7, e = (pas >> 4) & 7, i;
	unsigned need = (1 + s * 2 + e * 8) & 0xff;

	if (f->d->vflag > 0)
		out_fmt("\n\tPending address list, # short addresses = %d, "
			"# extended addresses = %d", s, e);
	if (len < need) {
		out_str(" [ERROR: Pending address list truncated]");
		return -1;
	}
	if (f->d->vflag < 2)
		return (int)need;
	if (s) {
		out_str(", Short address list = [ ");
		for (i = 0; i < s; i++) {
			addr_print(f, off + 1 + i * 2, 2);
			out_char(' ');
		}
		out_char(']');
	}
	if (e) {
		out_str(", Extended address list = [ ");
		for (i = 0; i < e; i++) {
			addr_print(f, off + 1 + s * 2 + i * 8, 8);
			out_char(' ');
		}
		out_char(']');
	}
	return (int)need;
}

/* ---- header information elements ---- */

static void csl_rit_print(const struct f154 *f, unsigned len, unsigned id)
{
	if (id == 0x1a) {
		if (len < 4) {
			out_str("[ERROR: Truncated CSL IE]");
			return;
		}
		out_fmt("CSL Phase = %d, CSL Period = %d", le16(f, 0),
			le16(f, 2));
		if (len >= 6)
			out_fmt(", Rendezvous time = %d", le16(f, 4));
		if (len != 4 && len != 6)
			out_str(" [ERROR: CSL IE length wrong]");
		return;
	}
	if (len < 4) {
		out_str("[ERROR: Truncated RIT IE]");
		return;
	}
	out_fmt("Time to First Listen = %d, # of Repeat Listen = %d, Repeat "
		"Listen Interval = %d", b1(f, 0), b1(f, 1), le16(f, 2));
}

/* The DSME superframe specification of a (extended) DSME PAN
 * descriptor; its length, or -1 when the IE ends first. */
static int dsme_ss_print(const struct f154 *f, unsigned len, unsigned ptr,
			 bool ext, bool *hopping)
{
	unsigned ss;

	if (len < ptr + (ext ? 2 : 1)) {
		out_str("[ERROR: Truncated before DSME Superframe "
			"Specification]");
		return -1;
	}
	ss = ext ? le16(f, ptr) : b1(f, ptr);
	out_fmt("Multi-superframe Order = %d", ss & (ext ? 0xff : 0x0f));
	out_fmt(", %s", ss & (ext ? 0x100 : 0x10) ? "Channel hopping mode" :
		"Channel adaptation mode");
	if (ss & (ext ? 0x400 : 0x40))
		out_str(", CAP reduction enabled");
	if (ss & (ext ? 0x800 : 0x80))
		out_str(", Deferred beacon enabled");
	if (ext && (ss & 0x1000)) {
		out_str(", Hopping Sequence Present");
		*hopping = true;
	}
	return ext ? 2 : 1;
}

static bool dsme_bitmaps_print(const struct f154 *f, unsigned len,
			       unsigned *ptr)
{
	unsigned ulen, p = *ptr;

	if (len < p + 8) {
		out_str(" [ERROR: Truncated before Time synchronization "
			"specification]");
		return false;
	}
	out_fmt("Beacon timestamp = %" PRIu64 ", offset = %d",
		(uint64_t)le32(f, p) | (uint64_t)le16(f, p + 4) << 32,
		le16(f, p + 6));
	p += 8;
	if (len < p + 4) {
		out_str(" [ERROR: Truncated before Beacon Bitmap]");
		return false;
	}
	ulen = le16(f, p + 2);
	out_fmt("SD Index = %d, Bitmap len = %d, ", le16(f, p), ulen);
	p += 4;
	if (len < p + ulen) {
		out_str(" [ERROR: Truncated in SD bitmap]");
		return false;
	}
	out_str(" SD Bitmap = ");
	bytes_print(f, p, ulen);
	p += ulen;
	if (len < p + 5) {
		out_str(" [ERROR: Truncated before Channel hopping "
			"specification]");
		return false;
	}
	ulen = le16(f, p + 4);
	out_fmt("Hopping Seq ID = %d, PAN Coordinator BSN = %d, Channel "
		"offset = %d, Bitmap length = %d, ", b1(f, p), b1(f, p + 1),
		le16(f, p + 2), ulen);
	p += 5;
	if (len < p + ulen) {
		out_str(" [ERROR: Truncated in Channel offset bitmap]");
		return false;
	}
	out_str(" Channel offset bitmap = ");
	bytes_print(f, p, ulen);
	*ptr = p + ulen;
	return true;
}

static void dsme_print(const struct f154 *f, unsigned len, unsigned id)
{
	unsigned ptr = 2, ulen, i;
	bool hopping = false;
	int n;

	if (len < 2) {
		out_str("[ERROR: Truncated DSME PAN IE]");
		return;
	}
	superframe_print(f->d, le16(f, 0));
	if (len < 3) {
		out_str("[ERROR: Truncated before pending addresses field]");
		return;
	}
	n = pending_print(f, ptr, len - ptr);
	if (n < 0)
		return;
	ptr += (unsigned)n;
	n = dsme_ss_print(f, len, ptr, id == 0x21, &hopping);
	if (n < 0)
		return;
	ptr += (unsigned)n;
	if (!dsme_bitmaps_print(f, len, &ptr) || !hopping)
		return;
	if (len < ptr + 1) {
		out_str(" [ERROR: Truncated in Hopping Sequence length]");
		return;
	}
	ulen = b1(f, ptr);
	ptr++;
	out_fmt("Hopping Seq length = %d [ ", ulen);
	if (len < ptr + ulen * 2) {
		out_str(" [ERROR: Truncated in Channel offset bitmap]");
		return;
	}
	for (i = 0; i < ulen; i++)
		out_fmt("%02x ", le16(f, ptr + i * 2));
	out_char(']');
}

static void vendor_print(const struct f154 *f, unsigned len)
{
	if (len < 3) {
		out_str("[ERROR: Vendor OUI missing]");
		return;
	}
	out_fmt("OUI = 0x%02x%02x%02x, Data = ", b1(f, 0), b1(f, 1), b1(f, 2));
	bytes_print(f, 3, len - 3);
}

static void header_ie_print(const struct f154 *f, unsigned len, unsigned id)
{
	unsigned v;

	switch (id) {
	case 0x00:
		vendor_print(f, len);
		return;
	case 0x1a:
	case 0x1b:
		csl_rit_print(f, len, id);
		return;
	case 0x1c:
	case 0x21:
		dsme_print(f, len, id);
		return;
	case 0x1d:
		if (len != 4)
			out_str("[ERROR: Length != 2]");
		else
			out_fmt("Rendezvous time = %d, Wake-up Interval = %d",
				le16(f, 0), le16(f, 2));
		return;
	case 0x1e:
		if (len != 2) {
			out_str("[ERROR: Length != 2]");
			return;
		}
		v = le16(f, 0);
		if (v & 0x8000)
			out_str("Negative ");
		out_fmt("Ack time correction = %d, ",
			(int16_t)(uint16_t)((v & 0xfff) << 4) >> 4);
		return;
	}
	out_str("IE Data = ");
	bytes_print(f, 0, len);
}

/* Returns the bytes of the list, -1 on error. */
static int header_ie_list_print(struct f154 *f, bool *payload_ies)
{
	struct f154 w = *f;
	int total = 0;
	unsigned ie, len, id;

	*payload_ies = false;
	do {
		if (w.caplen < 2) {
			out_str("[ERROR: Truncated header IE]");
			return -1;
		}
		ie = le16(&w, 0);
		if (CHECK_BIT(ie, 15))
			out_str("[ERROR: Header IE with type 1] ");
		len = ie & 0x7f;
		id = (ie >> 7) & 0xff;
		if (id > 127) {
			out_fmt("Reserved Element ID %02x, length = %d ", id,
				len);
		} else {
			out_str("\n\t");
			name_print(h_ie_values, id, "Reserved 0x%02x");
			if (len == 0)
				out_str(" [");
			else
				out_fmt(" [ length = %d, ", len);
		}
		if (w.caplen < 2 + len) {
			out_str("[ERROR: Truncated IE data]");
			return -1;
		}
		adv(&w, 2);
		if (f->d->vflag > 3 && len != 0) {
			header_ie_print(&w, len, id);
		} else if (len != 0) {
			out_str("IE Data = ");
			bytes_print(&w, 0, len);
		}
		out_str("] ");
		total += 2 + (int)len;
		adv(&w, len);
		if (id == 0x7e)
			*payload_ies = true;
		if (id == 0x7e || id == 0x7f)
			break;
	} while (w.caplen != 0);
	return total;
}

/* ---- payload information elements ---- */

static void hopping_ie_print(struct f154 *w, unsigned len)
{
	unsigned page, nch, n, i;

	if (len < 1) {
		out_str("[ERROR: Hopping sequence ID missing]");
		return;
	}
	out_fmt("Hopping Sequence ID = %d", b1(w, 0));
	adv(w, 1);
	len--;
	if (len == 0)
		return;
	if (len < 7) {
		out_str("[ERROR: IE truncated]");
		return;
	}
	page = b1(w, 0);
	nch = le16(w, 1);
	out_fmt("Channel Page = %d, Number of Channels = %d, ", page, nch);
	out_fmt("Phy Configuration = 0x%08x, ", le32(w, 3));
	adv(w, 7);
	len -= 7;
	if (page == 9 || page == 10) {
		n = (nch + 7) / 8;
		if (len < n) {
			out_str("[ERROR: IE truncated]");
			return;
		}
		out_str("Extended bitmap = 0x");
		for (i = 0; i < n; i++)
			out_fmt("%02x", b1(w, i));
		out_str(", ");
		adv(w, n);
		len -= n;
	}
	if (len < 2) {
		out_str("[ERROR: IE truncated]");
		return;
	}
	n = le16(w, 0);
	adv(w, 2);
	len -= 2;
	out_fmt("Hopping Seq length = %d [ ", n);
	if (len < n * 2) {
		out_str(" [ERROR: IE truncated]");
		return;
	}
	for (i = 0; i < n; i++)
		out_fmt("%02x ", le16(w, i * 2));
	out_char(']');
	adv(w, n * 2);
	len -= n * 2;
	if (len < 2) {
		out_str("[ERROR: IE truncated]");
		return;
	}
	out_fmt("Current hop = %d", le16(w, 0));
}

static void slotframe_ie_print(const struct f154 *f, unsigned len)
{
	static const char *const opts_names[] = { "TX ", "RX ", "Shared ",
						  "Timekeeping ", "Priority " };
	unsigned sf, off = 1, i, j, k, links, opts;

	if (len < 1) {
		out_str("[ERROR: Truncated IE]");
		return;
	}
	sf = b1(f, 0);
	out_fmt("Slotframes = %d ", sf);
	for (i = 0; i < sf; i++) {
		if (len < off + 4) {
			out_str("[ERROR: Truncated IE before slotframes]");
			return;
		}
		links = b1(f, off + 3);
		out_fmt("\n\t\t\t[ Handle %d, size = %d, links = %d ",
			b1(f, off), le16(f, off + 1), links);
		off += 4;
		for (j = 0; j < links; j++) {
			if (len < off + 5) {
				out_str("[ERROR: Truncated IE links]");
				break;
			}
			opts = b1(f, off + 4);
			out_fmt("\n\t\t\t\t[ Timeslot =  %d, Offset = %d, "
				"Options = ", le16(f, off), le16(f, off + 2));
			for (k = 0; k < 5; k++)
				if (opts & (1u << k))
					out_str(opts_names[k]);
			off += 5;
			out_str("] ");
		}
		out_str("] ");
	}
}

static void timeslot_ie_print(const struct f154 *f, unsigned len)
{
	static const char *const names[] = {
		"CCA Offset", "CCA", "TX Offset", "RX Offset", "RX Ack Delay",
		"TX Ack Delay", "RX Wait", "Ack Wait", "RX TX", "Max Ack",
		"Max TX", "Time slot Length",
	};
	unsigned i;

	if (len != 1 && len != 25 && len != 27) {
		out_str("[ERROR: Length not 1, 25, or 27]");
		out_str("\n\t\t\tIE Data = ");
		bytes_print(f, 0, len);
		return;
	}
	out_fmt("Time slot ID = %d", b1(f, 0));
	if (len == 1) {
		out_char(' ');
		return;
	}
	for (i = 0; i < 12; i++) {
		unsigned v = le16(f, 1 + 2 * i);

		if (len == 27 && i >= 10)
			v = i == 10 ? (le16(f, 21) | b1(f, 23) << 16) :
				      (le16(f, 24) | b1(f, 26) << 16);
		out_fmt(", %s = %d", names[i], v);
	}
	out_char(' ');
}

/* Returns false where a read leaves the capture. */
static bool mlme_ie_print(struct f154 *w, unsigned len, unsigned id)
{
	switch (id) {
	case 0x08:
		vendor_print(w, len);
		return true;
	case 0x09:
		hopping_ie_print(w, len);
		return true;
	case 0x1a:
		if (len < 6)
			out_str("[ERROR: Length != 6]");
		if (!have(w, 0, 6))
			return false;
		out_fmt("ASN = %010" PRIx64 ", Join Metric = %d ",
			(uint64_t)le32(w, 0) | (uint64_t)b1(w, 4) << 32,
			b1(w, 5));
		return true;
	case 0x1b:
		slotframe_ie_print(w, len);
		return true;
	case 0x1c:
		timeslot_ie_print(w, len);
		return true;
	}
	out_str("IE Data = ");
	bytes_print(w, 0, len);
	return true;
}

static bool mlme_ie_list_print(const struct f154 *f, unsigned ie_len)
{
	struct f154 w = *f;
	unsigned ie, len, id;
	bool type;

	do {
		if (ie_len < 2) {
			out_str("[ERROR: Truncated MLME IE]");
			return true;
		}
		ie = le16(&w, 0);
		type = CHECK_BIT(ie, 15);
		len = type ? ie & 0x3ff : ie & 0xff;
		id = type ? (ie >> 11) & 0x0f : (ie >> 8) & 0x7f;
		adv(&w, 2);
		out_str("\n\t\t");
		if (type)
			name_print(mlme_long_values, id, "Reserved 0x%02x");
		else if (id < 0x10)
			out_fmt("Reserved for long format 0x%x", id);
		else
			name_print(mlme_short_values, id, "Reserved 0x%02x");
		out_fmt(" [ length = %d, ", len);
		if (ie_len < 2 + len) {
			out_str("[ERROR: Truncated IE data]");
			return true;
		}
		if (len && w.d->vflag > 3) {
			struct f154 s = w;

			if (!mlme_ie_print(&s, len, id))
				return false;
		} else if (len && w.d->vflag > 2) {
			out_str("IE Data = ");
			bytes_print(&w, 0, len);
		}
		out_str("] ");
		adv(&w, len);
		ie_len -= 2 + len;
	} while (ie_len != 0);
	return true;
}

static void mpx_ie_print(const struct f154 *f, unsigned len)
{
	unsigned type, tid, frag, start = 0;

	if (len < 1) {
		out_str("[ERROR: Transaction control byte missing]");
		return;
	}
	type = b1(f, 0) & 7;
	tid = b1(f, 0) >> 3;
	switch (type) {
	case 0x00:
	case 0x01:
		out_fmt("Type = Full upper layer fragment%s, ",
			type == 1 ? " with small Multiplex ID" : "");
		if (type == 0) {
			if (len < 3) {
				out_str("[ERROR: Multiplex ID missing]");
				return;
			}
			start = 3;
			out_fmt("tid = 0x%02x, Multiplex ID = 0x%04x, ", tid,
				le16(f, 1));
		} else {
			start = 1;
			out_fmt("Multiplex ID = 0x%04x, ", tid);
		}
		break;
	case 0x02:
	case 0x04:
		if (len < 2) {
			out_str("[ERROR: fragment number missing]");
			return;
		}
		frag = b1(f, 1);
		out_fmt("Type = %s, tid = 0x%02x, fragment = 0x%02x, ",
			type == 2 ? (frag == 0 ? "First fragment" :
				     "Middle fragment") : "Last fragment",
			tid, frag);
		start = 2;
		if (frag == 0) {
			if (len < 6) {
				out_str("[ERROR: Total upper layer size or "
					"multiplex ID missing]");
				return;
			}
			out_fmt("Total upper layer size = 0x%04x, Multiplex "
				"ID = 0x%04x, ", le16(f, 2), le16(f, 4));
			start = 6;
		}
		break;
	case 0x06:
		if (len == 1) {
			out_fmt("Type = Abort, tid = 0x%02x, no max size given",
				tid);
		} else if (len == 3) {
			out_fmt("Type = Abort, tid = 0x%02x, max size = 0x%04x",
				tid, le16(f, 1));
		} else {
			out_fmt("Type = Abort, tid = 0x%02x, invalid length = "
				"%d (not 1 or 3)", tid, len);
			out_str("Abort data = ");
			bytes_print(f, 1, len - 1);
		}
		return;
	default:
		out_fmt("Type = %d (Reserved), tid = 0x%02x, ", type, tid);
		start = 1;
		break;
	}
	out_str("Upper layer data = ");
	bytes_print(f, start, len - start);
}

/* One payload IE's contents at -vvvv; false if a read left the
 * capture. */
static bool payload_ie_print(const struct f154 *w, unsigned len,
			     unsigned group)
{
	switch (group) {
	case 0x1:
		return mlme_ie_list_print(w, len);
	case 0x2:
		vendor_print(w, len);
		return true;
	case 0x3:
		mpx_ie_print(w, len);
		return true;
	case 0x5:
		if (len < 1) {
			out_str("[ERROR: Subtype ID missing]");
			return true;
		}
		out_fmt("Subtype ID = 0x%02x, Subtype content = ", b1(w, 0));
		bytes_print(w, 1, len - 1);
		return true;
	}
	out_str("IE Data = ");
	bytes_print(w, 0, len);
	return true;
}

/* Returns the bytes of the list, -1 on error (-2: cut). */
static int payload_ie_list_print(struct f154 *f)
{
	struct f154 w = *f;
	int total = 0;
	unsigned ie, len, group;

	do {
		if (w.caplen < 2) {
			out_str("[ERROR: Truncated header IE]");
			return -1;
		}
		ie = le16(&w, 0);
		if (!CHECK_BIT(ie, 15))
			out_str("[ERROR: Payload IE with type 0] ");
		len = ie & 0x3ff;
		group = (ie >> 11) & 0x0f;
		adv(&w, 2);
		out_str("\n\t");
		name_print(p_ie_values, group, "Reserved 0x%02x");
		if (len == 0)
			out_str(" [");
		else
			out_fmt(" [ length = %d, ", len);
		if (w.caplen + 2 < 2 + len) {
			out_str("[ERROR: Truncated IE data]");
			return -1;
		}
		if (f->d->vflag > 3 && len != 0) {
			if (!payload_ie_print(&w, len, group))
				return -2;
		} else if (len != 0) {
			out_str("IE Data = ");
			bytes_print(&w, 0, len);
		}
		out_str("]\n\t");
		total += 2 + (int)len;
		adv(&w, len);
		if (group == 0xf)
			break;
	} while (w.caplen != 0);
	return total;
}

/* ---- security and commands ---- */

/* Returns the header's length, -1 on error. */
static int aux_sec_print(struct f154 *f, int *level)
{
	struct f154 w = *f;
	unsigned sc, mode;
	int len = 1;

	if (w.caplen < 1) {
		out_str("[ERROR: Truncated before Aux Security Header]");
		return -1;
	}
	sc = b1(&w, 0);
	*level = sc & 7;
	mode = (sc >> 3) & 3;
	adv(&w, 1);
	if (f->d->vflag > 0)
		out_fmt("\n\tSecurity Level %d, Key Id Mode %d, ", *level, mode);
	if (!CHECK_BIT(sc, 5)) {
		if (w.caplen < 4) {
			out_str("[ERROR: Truncated before Frame Counter]");
			return -1;
		}
		if (f->d->vflag > 1)
			out_fmt("Frame Counter 0x%08x ", le32(&w, 0));
		adv(&w, 4);
		len += 4;
	}
	if (mode == 0) {
		if (f->d->vflag > 1)
			out_str("Implicit");
		return len;
	}
	if (mode == 2 || mode == 3) {
		if (w.caplen < (mode == 2 ? 4u : 8u)) {
			out_str("[ERROR: Truncated before Key Source]");
			return -1;
		}
		if (f->d->vflag > 1 && mode == 2)
			out_fmt("KeySource 0x%04x:%0x4x, ", le16(&w, 0),
				le16(&w, 2));
		if (f->d->vflag > 1 && mode == 3) {
			out_str("KeySource ");
			addr_print(&w, 0, 8);
			out_str(", ");
		}
		/* tcpdump skips 4 bytes of either */
		adv(&w, 4);
		len += 4;
	}
	if (w.caplen < 1) {
		out_str("[ERROR: Truncated before Key Index]");
		return -1;
	}
	if (f->d->vflag > 1)
		out_fmt("KeyIndex 0x%02x, ", b1(&w, 0));
	return len + 1;
}

static int assoc_cmd_print(const struct f154 *f, unsigned id, unsigned len)
{
	static const struct tok status[] = {
		{ 0x00, ", Association successful" },
		{ 0x01, ", PAN at capacity" }, { 0x02, ", PAN access denied" },
		{ 0x03, ", Hooping sequence offset duplication" },
		{ 0x80, ", Fast association successful" },
		{ 0, NULL }
	};
	unsigned cap;

	if (id == 0x01) {
		if (len != 1) {
			out_str("Invalid Association request command length");
			return -1;
		}
		cap = b1(f, 0);
		out_fmt("%s%s%s%s%s%s", cap & 0x02 ? "FFD, " : "RFD, ",
			cap & 0x04 ? "AC powered, " : "",
			cap & 0x08 ? "Receiver on when idle, " : "",
			cap & 0x10 ? "Fast association, " : "",
			cap & 0x40 ? "Security supported, " : "",
			cap & 0x80 ? "Allocate address, " : "");
		return (int)len;
	}
	if (len != 3) {
		out_str("Invalid Association response command length");
		return -1;
	}
	out_str("Short address = ");
	addr_print(f, 0, 2);
	tok_print(status, b1(f, 2), ", Status = 0x%02x");
	return (int)len;
}

static int realign_cmd_print(const struct f154 *f, unsigned len)
{
	unsigned channel, page;

	if (len < 7 || len > 8) {
		out_str("Invalid Coordinator Realignment command length");
		return -1;
	}
	out_fmt("Pan ID = 0x%04x, Coordinator short address = ", le16(f, 0));
	addr_print(f, 2, 2);
	channel = b1(f, 4);
	page = len == 8 ? b1(f, 7) : 0x80;
	if (CHECK_BIT(page, 7))
		out_fmt(", Channel Number = %d", channel | (page & 0x7f) << 8);
	else
		out_fmt(", Channel Number = %d, page = %d", channel, page);
	out_str(", Short address = ");
	addr_print(f, 5, 2);
	return (int)len;
}

/* The command's data; the bytes it used, -1 when invalid. */
static int command_data_print(const struct f154 *f, unsigned id,
			      unsigned len)
{
	unsigned v;

	switch (id) {
	case 0x01:
	case 0x02:
		return assoc_cmd_print(f, id, len);
	case 0x03:
		if (len != 1) {
			out_str("Invalid Disassociation Notification command "
				"length");
			return -1;
		}
		v = b1(f, 0);
		if (v == 0)
			out_str("Reserved");
		else if (v == 1)
			out_str("Reason = The coordinator wishes the device "
				"to leave PAN");
		else if (v == 2)
			out_str("Reason = The device wishes to leave the PAN");
		else
			out_fmt("Reason = 0x%02x", b1(f, 2));
		return (int)len;
	case 0x04: case 0x05: case 0x06: case 0x07:
		return 0;
	case 0x08:
		return realign_cmd_print(f, len);
	case 0x09:
		if (len != 1) {
			out_str("Invalid GTS Request command length");
			return -1;
		}
		v = b1(f, 0);
		out_fmt("GTS Length = %d, %s, %s", v & 0xf,
			CHECK_BIT(v, 4) ? "Receive-only GTS" : "Transmit-only GTS",
			CHECK_BIT(v, 5) ? "GTS allocation" : "GTS deallocations");
		return (int)len;
	}
	out_str("Command Data = ");
	bytes_print(f, 0, len);
	return 0;
}

/* ---- frames ---- */

static void fc_flags_print(struct dctx *d, unsigned fc)
{
	static const struct { unsigned char bit; const char *s; } flags[] = {
		{ 3, "Security Enabled, " }, { 4, "Frame Pending, " },
		{ 5, "AR, " }, { 6, "PAN ID Compression, " },
		{ 8, "Sequence Number Suppression, " }, { 9, "IE present, " },
	};
	unsigned i;

	if (d->vflag <= 2)
		return;
	for (i = 0; i < sizeof(flags) / sizeof(flags[0]); i++)
		if (CHECK_BIT(fc, flags[i].bit))
			out_str(flags[i].s);
}

/* The PAN ids of frame version 2 (802.15.4-2015 table 7-2). */
static void pans_v2(bool comp, int dl, int sl, int *dp, int *sp)
{
	*dp = dl > 0;
	*sp = !comp && sl > 0;
	if (comp) {
		if (sl == 0 && dl == 0)
			*dp = 1;
		else if ((sl == 0 && dl > 0) || (sl > 0 && dl == 0) ||
			 (sl == 8 && dl == 8))
			*dp = *sp = 0;
	} else {
		if (sl == 8 && dl == 8) {
			*dp = 1;
			*sp = 0;
		}
		/* tcpdump's "broken 6TiSCH" special case is compiled in */
		if (sl == 8 && dl == 2)
			*sp = 0;
	}
}

/* One PAN id (or "-") and address; false when the frame ends first. */
static bool pan_addr_print(struct f154 *f, int pan, int alen)
{
	if (pan) {
		if (f->caplen < 2) {
			out_str("[ERROR: Truncated before dst_pan]");
			return false;
		}
		out_fmt("%04x:", le16(f, 0));
		adv(f, 2);
	} else {
		out_str("-:");
	}
	if (f->caplen < (unsigned)alen) {
		out_str("[ERROR: Truncated before dst_addr]");
		return false;
	}
	addr_print(f, 0, alen);
	adv(f, (unsigned)alen);
	return true;
}

static unsigned mic_len(int level)
{
	static const unsigned char lens[8] = { 0, 4, 8, 16, 0, 4, 8, 16 };

	return lens[level & 7];
}

/* Security header, IEs, MIC and FCS, common to both frame formats;
 * false when the frame ends here. */
static bool frame_middle(struct f154 *f, bool sec, bool ies,
			 const struct fcs *s)
{
	int level = 0, len;
	unsigned mic, mic_at = 0, i;
	bool pies = false;

	if (sec) {
		len = aux_sec_print(f, &level);
		if (len < 0)
			return false;
		adv(f, (unsigned)len);
	}
	mic = mic_len(level);
	if (mic) {
		if (f->caplen < mic) {
			out_str("[ERROR: Truncated before MIC]");
			return false;
		}
		f->caplen -= mic;
		mic_at = f->pos + f->caplen;
	}
	if (ies) {
		len = header_ie_list_print(f, &pies);
		if (len < 0)
			return false;
		adv(f, (unsigned)len);
	}
	if (pies && level >= 4) {
		out_str("Payload IEs present, but encrypted, cannot print ");
	} else if (pies) {
		len = payload_ie_list_print(f);
		if (len == -2)
			decode_trunc_cut(f->d, "802.15.4");
		if (len < 0)
			return false;
		adv(f, (unsigned)len);
	}
	if (f->d->vflag > 2 && mic) {
		out_str("\n\tMIC ");
		for (i = 0; i < mic; i++)
			out_fmt("%02x", cur_peek(&f->c, mic_at + i));
		out_char(' ');
	}
	fcs_print(f, s);
	return true;
}

static void payload_default(const struct f154 *f)
{
	struct cursor c = f->c;

	if (f->d->xflag || f->d->Xflag || f->d->qflag)
		return;
	cur_skip(&c, f->pos);
	decode_hex_ascii(c, f->caplen, 0);
}

/* false where tcpdump leaves the payload unprinted (an error) */
static bool beacon_payload_print(struct f154 *f)
{
	int len;

	if (f->caplen < 2) {
		out_str("[ERROR: Truncated before beacon information]");
		return false;
	}
	superframe_print(f->d, le16(f, 0));
	adv(f, 2);
	if (f->caplen < 1) {
		out_str("[ERROR: Truncated before GTS info]");
		return false;
	}
	len = gts_info_print(f, 0, f->caplen);
	if (len < 0)
		return false;
	adv(f, (unsigned)len);
	if (f->caplen < 1) {
		out_str("[ERROR: Truncated before pending addresses]");
		return false;
	}
	len = pending_print(f, 0, f->caplen);
	if (len < 0)
		return false;
	adv(f, (unsigned)len);
	return true;
}

static void command_print(struct f154 *f)
{
	unsigned id;
	int len;

	if (f->caplen < 1) {
		out_str("[ERROR: Truncated before Command ID]");
		return;
	}
	id = b1(f, 0);
	out_str("Command ID = ");
	if (id >= 0x30)
		out_fmt("Reserved 0x%02x ", id);
	else {
		name_print(mac_cmd_values, id, "Reserved 0x%02x");
		out_char(' ');
	}
	adv(f, 1);
	if (f->caplen == 0)
		return;
	len = command_data_print(f, id, f->caplen);
	if (len >= 0)
		adv(f, (unsigned)len);
}

/* The sequence number (or its suppression); false when the frame ends. */
static bool seq_print(struct f154 *f, bool suppressed, unsigned hdr)
{
	if (suppressed) {
		if (f->d->vflag)
			out_str("seq suppressed ");
		if (f->caplen < hdr - 1) {
			decode_trunc(f->d, "802.15.4");
			return false;
		}
		adv(f, hdr - 1);
		return true;
	}
	if (!have(f, hdr - 1, 1)) {
		decode_trunc_cut(f->d, "802.15.4");
		return false;
	}
	if (f->d->vflag)
		out_fmt("seq %02x ", b1(f, hdr - 1));
	if (f->caplen < hdr) {
		decode_trunc(f->d, "802.15.4");
		return false;
	}
	adv(f, hdr);
	return true;
}

static bool std_frame_print(struct f154 *f, unsigned fc)
{
	int version = (fc >> 12) & 3, type = fc & 7, dl, sl, dp, sp;
	bool comp = CHECK_BIT(fc, 6);
	struct fcs s;

	fcs_find(f, &s, false);
	out_fmt("v%d ", version);
	fc_flags_print(f->d, fc);
	if (CHECK_BIT(fc, 8) && version < 2)
		out_str("[ERROR: Sequence number suppressed on frames where "
			"version < 2]");
	if (!seq_print(f, CHECK_BIT(fc, 8), 3))
		return false;
	dl = addr_len(fc >> 10);
	sl = addr_len(fc >> 14);
	if (sl < 0 || dl < 0) {
		out_str(sl < 0 ? "[ERROR: Invalid src address mode]" :
			"[ERROR: Invalid dst address mode]");
		return false;
	}
	if (version < 2) {
		dp = dl > 0;
		sp = !comp && sl > 0;
		if (comp && (dl <= 0 || sl <= 0))
			out_str("[ERROR: PAN ID Compression != 0, and only one "
				"address with frame version < 2]");
	} else {
		pans_v2(comp, dl, sl, &dp, &sp);
	}
	if (!pan_addr_print(f, dp, dl))
		return false;
	out_str(" < ");
	if (!pan_addr_print(f, sp, sl))
		return false;
	out_char(' ');
	if (!frame_middle(f, CHECK_BIT(fc, 3), CHECK_BIT(fc, 9), &s))
		return false;
	if (type == 0 && version < 2 && !beacon_payload_print(f))
		return true;
	if (type == 3)
		command_print(f);
	payload_default(f);
	return true;
}

static bool mp_frame_print(struct f154 *f, unsigned fc)
{
	bool lng = CHECK_BIT(fc, 3), pan = false, ies = false, sec = false;
	int dl, sl;
	struct fcs s;

	fcs_find(f, &s, true);
	if (lng) {
		out_fmt("v%d ", (fc >> 12) & 3);
		pan = CHECK_BIT(fc, 8);
		ies = CHECK_BIT(fc, 15);
		sec = CHECK_BIT(fc, 9);
		if (f->d->vflag > 2) {
			if (sec)
				out_str("Security Enabled, ");
			if (CHECK_BIT(fc, 11))
				out_str("Frame Pending, ");
			if (CHECK_BIT(fc, 14))
				out_str("AR, ");
			if (pan)
				out_str("PAN ID Present, ");
			if (CHECK_BIT(fc, 10))
				out_str("Sequence Number Suppression, ");
			if (ies)
				out_str("IE present, ");
		}
		if (CHECK_BIT(fc, 10)) {
			if (f->caplen < 2) {
				decode_trunc(f->d, "802.15.4");
				return false;
			}
			adv(f, 2);
		} else if (!seq_print(f, false, 3)) {
			return false;
		}
	} else {
		if (!have(f, 1, 1)) {
			decode_trunc_cut(f->d, "802.15.4");
			return false;
		}
		if (f->d->vflag)
			out_fmt("seq %02x ", b1(f, 1));
		adv(f, 2);
	}
	dl = addr_len(fc >> 4);
	sl = addr_len(fc >> 6);
	if (sl < 0 || dl < 0) {
		out_str(sl < 0 ? "[ERROR: Invalid src address mode]" :
			"[ERROR: Invalid dst address mode]");
		return false;
	}
	if (!pan_addr_print(f, pan, dl))
		return false;
	out_str(" <  ");
	if (!pan_addr_print(f, 0, sl))
		return false;
	out_char(' ');
	if (!frame_middle(f, sec, ies, &s))
		return false;
	payload_default(f);
	return true;
}

static unsigned ieee802_15_4_print(struct dctx *d, struct cursor c)
{
	struct f154 f = { d, c, 0, (unsigned)cur_left(&c) };
	unsigned fc, type;

	if (f.caplen < 2) {
		decode_trunc(d, "802.15.4");
		return f.caplen;
	}
	fc = le16(&f, 0);
	type = fc & 7;
	out_fmt("IEEE 802.15.4 %s packet ", ftypes[type]);
	/* tcpdump counts the frame's success (1) as its header length */
	if (type <= 3)
		return std_frame_print(&f, fc);
	if (type == 5)
		return mp_frame_print(&f, fc);
	return 0;
}

unsigned ieee802_15_4_if_print(struct dctx *d, struct cursor c,
			       unsigned len DECODE_UNUSED)
{
	return ieee802_15_4_print(d, c);
}

/* DLT_IEEE802_15_4_TAP: a TLV pseudo-header before the frame. */
unsigned ieee802_15_4_tap_if_print(struct dctx *d, struct cursor c,
				   unsigned len DECODE_UNUSED)
{
	unsigned caplen = (unsigned)cur_left(&c), hlen;

	if (caplen < 4) {
		decode_trunc(d, "802.15.4_tap");
		return caplen;
	}
	hlen = cur_peek(&c, 2) | cur_peek(&c, 3) << 8;
	if (cur_peek(&c, 0) != 0 || hlen < 4) {
		decode_invalid(d);
		return 0;
	}
	if (caplen < hlen) {
		decode_trunc(d, "802.15.4_tap");
		return caplen;
	}
	cur_skip(&c, hlen);
	return ieee802_15_4_print(d, c) + hlen;
}
