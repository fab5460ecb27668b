/* print-802_11.c - IEEE 802.11 frames, with radiotap (DLT_IEEE802_11_RADIO),
 * AVS and Prism headers, and 802.11s mesh control headers at -H.
 *
 *   | frame control | duration | addr1 | addr2 | addr3 | seq | [addr4] |
 *   [QoS] [mesh control] | body | [FCS]
 *   radiotap: | version | pad | length (LE) | present bitmaps (LE) ... |
 *             fields in bit order, each aligned to its own size
 * Output as tcpdump 4.99 print-802_11.c. Unprotected data frames carry
 * 802.2 LLC (llc.h).
 */
#include <inttypes.h>
#include <pcap/dlt.h>

#include "decode.h"
#include "llc.h"
#include "out.h"
#include "table.h"

DECODE_DLT(DLT_IEEE802_11, ieee802_11_if_print)
DECODE_DLT(DLT_IEEE802_11_RADIO, ieee802_11_radio_if_print)
DECODE_DLT(DLT_IEEE802_11_RADIO_AVS, ieee802_11_radio_avs_if_print)
DECODE_DLT(DLT_PRISM_HEADER, prism_if_print)

enum {
	T_MGMT = 0, T_CTRL = 1, T_DATA = 2,
	ST_ASSOC_REQUEST = 0x0, ST_ASSOC_RESPONSE = 0x1,
	ST_REASSOC_REQUEST = 0x2, ST_REASSOC_RESPONSE = 0x3,
	ST_PROBE_REQUEST = 0x4, ST_PROBE_RESPONSE = 0x5, ST_BEACON = 0x8,
	ST_ATIM = 0x9, ST_DISASSOC = 0xa, ST_AUTH = 0xb, ST_DEAUTH = 0xc,
	ST_ACTION = 0xd,
	CTRL_CONTROL_WRAPPER = 0x7, CTRL_BAR = 0x8, CTRL_BA = 0x9,
	CTRL_PS_POLL = 0xa, CTRL_RTS = 0xb, CTRL_CTS = 0xc, CTRL_ACK = 0xd,
	CTRL_CF_END = 0xe, CTRL_END_ACK = 0xf,
	MGMT_HDRLEN = 24,
	E_SSID = 0, E_RATES = 1, E_DS = 3, E_CF = 4, E_TIM = 5,
	E_CHALLENGE = 16,
};

#define FC_TYPE(fc)	(((fc) >> 2) & 0x3)
#define FC_SUBTYPE(fc)	(((fc) >> 4) & 0xf)
#define FC_TO_DS(fc)	((fc) & 0x0100)
#define FC_FROM_DS(fc)	((fc) & 0x0200)
#define FC_PROTECTED(fc) ((fc) & 0x4000)
#define DATA_IS_CF_ACK(x)	((x) & 0x01)
#define DATA_IS_CF_POLL(x)	((x) & 0x02)
#define DATA_IS_NULL(x)		((x) & 0x04)
#define DATA_IS_QOS(x)		((x) & 0x08)

static const struct tok st_values[] = {
	{ 0x0, "Assoc Request" }, { 0x1, "Assoc Response" },
	{ 0x2, "ReAssoc Request" }, { 0x3, "ReAssoc Response" },
	{ 0x4, "Probe Request" }, { 0x5, "Probe Response" },
	{ 0x8, "Beacon" }, { 0x9, "ATIM" }, { 0xa, "Disassociation" },
	{ 0xb, "Authentication" }, { 0xc, "DeAuthentication" },
	{ 0xd, "Action" },
	{ 0, NULL }
};

static const struct tok ctrl_values[] = {
	{ 0x7, "Control Wrapper" }, { 0x8, "BAR" }, { 0x9, "BA" },
	{ 0xa, "Power Save-Poll" }, { 0xb, "Request-To-Send" },
	{ 0xc, "Clear-To-Send" }, { 0xd, "Acknowledgment" },
	{ 0xe, "CF-End" }, { 0xf, "CF-End+CF-Ack" },
	{ 0, NULL }
};

/* Control frame header lengths by subtype 7..15. */
static const unsigned char ctrl_hdrlen[] = { 16, 20, 10, 16, 16, 10, 10, 16,
					     16 };

static const char *const auth_alg_text[] = {
	"Open System", "Shared Key", "EAP",
};

static const char *const status_text[] = {
	"Successful",
	"Unspecified failure",
	"TDLS wakeup schedule rejected but alternative schedule provided",
	"TDLS wakeup schedule rejected",
	"Reserved",
	"Security disabled",
	"Unacceptable lifetime",
	"Not in same BSS",
	"Reserved",
	"Reserved",
	"Cannot Support all requested capabilities in the Capability "
	  "Information field",
	"Reassociation denied due to inability to confirm that association "
	  "exists",
	"Association denied due to reason outside the scope of this standard",
	"Responding STA does not support the specified authentication "
	  "algorithm",
	"Received an Authentication frame with authentication transaction "
	  "sequence number out of expected sequence",
	"Authentication rejected because of challenge failure",
	"Authentication rejected due to timeout waiting for next frame in "
	  "sequence",
	"Association denied because AP is unable to handle additional "
	  "associated STAs",
	"Association denied due to requesting STA not supporting all of the "
	  "data rates in the BSSBasicRateSet parameter, the Basic HT-MCS Set "
	  "field of the HT Operation parameter, or the Basic VHT-MCS and NSS "
	  "Set field in the VHT Operation parameter",
	"Association denied due to requesting STA not supporting the short "
	  "preamble option",
	"Reserved",
	"Reserved",
	"Association request rejected because Spectrum Management capability "
	  "is required",
	"Association request rejected because the information in the Power "
	  "Capability element is unacceptable",
	"Association request rejected because the information in the "
	  "Supported Channels element is unacceptable",
	"Association denied due to requesting STA not supporting the Short "
	  "Slot Time option",
	"Reserved",
	"Association denied because the requested STA does not support HT "
	  "features",
	"R0KH unreachable",
	"Association denied because the requesting STA does not support the "
	  "phased coexistence operation (PCO) transition time required by the "
	  "AP",
	"Association request rejected temporarily; try again later",
	"Robust management frame policy violation",
	"Unspecified, QoS-related failure",
	"Association denied because QoS AP or PCP has insufficient bandwidth "
	  "to handle another QoS STA",
	"Association denied due to excessive frame loss rates and/or poor "
	  "conditions on current operating channel",
	"Association (with QoS BSS) denied because the requesting STA does "
	  "not support the QoS facility",
	"Reserved",
	"The request has been declined",
	"The request has not been successful as one or more parameters have "
	  "invalid values",
	"The allocation or TS has not been created because the request cannot "
	  "be honored; however, a suggested TSPEC/DMG TSPEC is provided so "
	  "that the initiating STA can attempt to set another allocation or TS "
	  "with the suggested changes to the TSPEC/DMG TSPEC",
	"Invalid element, i.e., an element defined in this standard for which "
	  "the content does not meet the specifications in Clause 9",
	"Invalid group cipher",
	"Invalid pairwise cipher",
	"Invalid AKMP",
	"Unsupported RSNE version",
	"Invalid RSNE capabilities",
	"Cipher suite rejected because of security policy",
	"The TS or allocation has not been created; however, the HC or PCP "
	  "might be capable of creating a TS or allocation, in response to a "
	  "request, after the time indicated in the TS Delay element",
	"Direct Link is not allowed in the BSS by policy",
	"The Destination STA is not present within this BSS",
	"The Destination STA is not a QoS STA",
	"Association denied because the listen interval is too large",
	"Invalid FT Action frame count",
	"Invalid pairwise master key identifier (PMKID)",
	"Invalid MDE",
	"Invalid FTE",
	"Requested TCLAS processing is not supported by the AP or PCP",
	"The AP or PCP has insufficient TCLAS processing resources to satisfy "
	  "the request",
	"The TS has not been created because the request cannot be honored; "
	  "however, the HC or PCP suggests that the STA transition to a "
	  "different BSS to set up the TS",
	"GAS Advertisement Protocol not supported",
	"No outstanding GAS request",
	"GAS Response not received from the Advertisement Server",
	"STA timed out waiting for GAS Query Response",
	"LARGE GAS Response is larger than query response length limit",
	"Request refused because home network does not support request",
	"Advertisement Server in the network is not currently reachable",
	"Reserved",
	"Request refused due to permissions received via SSPN interface",
	"Request refused because the AP or PCP does not support "
	  "unauthenticated access",
	"Reserved",
	"Reserved",
	"Reserved",
	"Invalid contents of RSNE",
	"U-APSD coexistence is not supported",
	"Requested U-APSD coexistence mode is not supported",
	"Requested Interval/Duration value cannot be supported with U-APSD "
	  "coexistence",
	"Authentication is rejected because an Anti-Clogging Token is "
	  "required",
	"Authentication is rejected because the offered finite cyclic group "
	  "is not supported",
	"The TBTT adjustment request has not been successful because the STA "
	  "could not find an alternative TBTT",
	"Transmission failure",
	"Requested TCLAS Not Supported",
	"TCLAS Resources Exhausted",
	"Rejected with Suggested BSS transition",
	"Reject with recommended schedule",
	"Reject because no wakeup schedule specified",
	"Success, the destination STA is in power save mode",
	"FST pending, in process of admitting FST session",
	"Performing FST now",
	"FST pending, gap(s) in block ack window",
	"Reject because of U-PID setting",
	"Reserved",
	"Reserved",
	"(Re)Association refused for some external reason",
	"(Re)Association refused because of memory limits at the AP",
	"(Re)Association refused because emergency services are not "
	  "supported at the AP",
	"GAS query response not yet received",
	"Reject since the request is for transition to a frequency band "
	  "subject to DSE procedures and FST Initiator is a dependent STA",
	"Requested TCLAS processing has been terminated by the AP",
	"The TS schedule conflicts with an existing schedule; an alternative "
	  "schedule is provided",
	"The association has been denied; however, one or more Multi-band "
	  "elements are included that can be used by the receiving STA to "
	  "join the BSS",
	"The request failed due to a reservation conflict",
	"The request failed due to exceeded MAF limit",
	"The request failed due to exceeded MCCA track limit",
	"Association denied because the information in theSpectrum "
	  "Management field is unacceptable",
	"Association denied because the requesting STA does not support VHT "
	  "features",
	"Enablement denied",
	"Enablement denied due to restriction from an authorized GDB",
	"Authorization deenabled",
};

enum { NUM_STATUSES = sizeof(status_text) / sizeof(status_text[0]) };

static const char *const reason_text[] = {
	"Reserved",
	"Unspecified reason",
	"Previous authentication no longer valid",
	"Deauthenticated because sending STA is leaving (or has left) IBSS "
	  "or ESS",
	"Disassociated due to inactivity",
	"Disassociated because AP is unable to handle all currently  "
	  "associated STAs",
	"Class 2 frame received from nonauthenticated STA",
	"Class 3 frame received from nonassociated STA",
	"Disassociated because sending STA is leaving (or has left) BSS",
	"STA requesting (re)association is not authenticated with responding "
	  "STA",
	"Disassociated because the information in the Power Capability "
	  "element is unacceptable",
	"Disassociated because the information in the Supported Channels "
	  "element is unacceptable",
	"Disassociated due to BSS transition management",
	"Invalid element, i.e., an element defined in this standard for which "
	  "the content does not meet the specifications in Clause 9",
	"Message integrity code (MIC) failure",
	"4-Way Handshake timeout",
	"Group key handshake timeout",
	"Information element in 4-Way Handshake different from "
	  "(Re)AssociationRequest/Probe Response/Beacon frame",
	"Invalid group cipher",
	"Invalid pairwise cipher",
	"Invalid AKMP",
	"Unsupported RSNE version",
	"Invalid RSNE capabilities",
	"IEEE 802.1X authentication failed",
	"Cipher suite rejected because of the security policy",
	"TDLS direct-link teardown due to TDLS peer STA unreachable via the "
	  "TDLS direct link",
	"TDLS direct-link teardown for unspecified reason",
	"Disassociated because session terminated by SSP request",
	"Disassociated because of lack of SSP roaming agreement",
	"Requested service rejected because of SSP cipher suite or AKM "
	  "requirement",
	"Requested service not authorized in this location",
	"TS deleted because QoS AP lacks sufficient bandwidth for this QoS STA "
	  "due to a change in BSS service characteristics or operational mode "
	  "(e.g. an HT BSS change from 40 MHz channel to 20 MHz channel)",
	"Disassociated for unspecified, QoS-related reason",
	"Disassociated because QoS AP lacks sufficient bandwidth for this QoS "
	  "STA",
	"Disassociated because of excessive number of frames that need to be "
	  "acknowledged, but are not acknowledged due to AP transmissions "
	  "and/or poor channel conditions",
	"Disassociated because STA is transmitting outside the limits of its "
	  "TXOPs",
	"Requested from peer STA as the STA is leaving the BSS (or resetting)",
	"Requested from peer STA as it does not want to use the mechanism",
	"Requested from peer STA as the STA received frames using the "
	  "mechanism for which a set up is required",
	"Requested from peer STA due to time out",
	"Reserved", "Reserved", "Reserved", "Reserved", "Reserved",
	"Peer STA does not support the requested cipher suite",
	"In a DLS Teardown frame: The teardown was initiated by the DLS peer. "
	  "In a Disassociation frame: Disassociated because authorized access "
	  "limit reached",
	"In a DLS Teardown frame: The teardown was initiated by the AP. In a "
	  "Disassociation frame: Disassociated due to external service "
	  "requirements",
	"Invalid FT Action frame count",
	"Invalid pairwise master key identifier (PMKID)",
	"Invalid MDE",
	"Invalid FTE",
	"Mesh peering canceled for unknown reasons",
	"The mesh STA has reached the supported maximum number of peer mesh "
	  "STAs",
	"The received information violates the Mesh Configuration policy "
	  "configured in the mesh STA profile",
	"The mesh STA has received a Mesh Peering Close frame requesting to "
	  "close the mesh peering",
	"The mesh STA has resent dot11MeshMaxRetries Mesh Peering Open frames, "
	  "without receiving a Mesh Peering Confirm frame",
	"The confirmTimer for the mesh peering instance times out",
	"The mesh STA fails to unwrap the GTK or the values in the wrapped "
	  "contents do not match",
	"The mesh STA receives inconsistent information about the mesh "
	  "parameters between mesh peering Management frames",
	"The mesh STA fails the authenticated mesh peering exchange because "
	  "due to failure in selecting either the pairwise ciphersuite or "
	  "group ciphersuite",
	"The mesh STA does not have proxy information for this external "
	  "destination",
	"The mesh STA does not have forwarding information for this "
	  "destination",
	"The mesh STA determines that the link to the next hop of an active "
	  "path in its forwarding information is no longer usable",
	"The Deauthentication frame was sent because the MAC address of the "
	  "STA already exists in the mesh BSS",
	"The mesh STA performs channel switch to meet regulatory requirements",
	"The mesh STA performs channel switching with unspecified reason",
};

enum { NUM_REASONS = sizeof(reason_text) / sizeof(reason_text[0]) };

/* Data rates of the HT MCS indices 0-76 in 100 kb/s: 20 MHz long GI,
 * 20 MHz short GI, 40 MHz long GI, 40 MHz short GI (802.11n). */
static const uint16_t ht_rates[77][4] = {
	{ 65, 72, 135, 150 },
	{ 130, 144, 270, 300 },
	{ 195, 217, 405, 450 },
	{ 260, 289, 540, 600 },
	{ 390, 433, 810, 900 },
	{ 520, 578, 1080, 1200 },
	{ 585, 650, 1215, 1350 },
	{ 650, 722, 1350, 1500 },
	{ 130, 144, 270, 300 },
	{ 260, 289, 540, 600 },
	{ 390, 433, 810, 900 },
	{ 520, 578, 1080, 1200 },
	{ 780, 867, 1620, 1800 },
	{ 1040, 1156, 2160, 2400 },
	{ 1170, 1300, 2430, 2700 },
	{ 1300, 1444, 2700, 3000 },
	{ 195, 217, 405, 450 },
	{ 390, 433, 810, 900 },
	{ 585, 650, 1215, 1350 },
	{ 780, 867, 1620, 1800 },
	{ 1170, 1300, 2430, 2700 },
	{ 1560, 1733, 3240, 3600 },
	{ 1755, 1950, 3645, 4050 },
	{ 1950, 2167, 4050, 4500 },
	{ 260, 289, 540, 600 },
	{ 520, 578, 1080, 1200 },
	{ 780, 867, 1620, 1800 },
	{ 1040, 1156, 2160, 2400 },
	{ 1560, 1733, 3240, 3600 },
	{ 2080, 2311, 4320, 4800 },
	{ 2340, 2600, 4860, 5400 },
	{ 2600, 2889, 5400, 6000 },
	{ 0, 0, 60, 67 },
	{ 390, 433, 810, 900 },
	{ 520, 578, 1080, 1200 },
	{ 650, 722, 1350, 1500 },
	{ 585, 650, 1215, 1350 },
	{ 780, 867, 1620, 1800 },
	{ 975, 1083, 2025, 2250 },
	{ 520, 578, 1080, 1200 },
	{ 650, 722, 1350, 1500 },
	{ 650, 722, 1350, 1500 },
	{ 780, 867, 1620, 1800 },
	{ 910, 1011, 1890, 2100 },
	{ 910, 1011, 1890, 2100 },
	{ 1040, 1156, 2160, 2400 },
	{ 780, 867, 1620, 1800 },
	{ 975, 1083, 2025, 2250 },
	{ 975, 1083, 2025, 2250 },
	{ 1170, 1300, 2430, 2700 },
	{ 1365, 1517, 2835, 3150 },
	{ 1365, 1517, 2835, 3150 },
	{ 1560, 1733, 3240, 3600 },
	{ 650, 722, 1350, 1500 },
	{ 780, 867, 1620, 1800 },
	{ 910, 1011, 1890, 2100 },
	{ 780, 867, 1620, 1800 },
	{ 910, 1011, 1890, 2100 },
	{ 1040, 1156, 2160, 2400 },
	{ 1170, 1300, 2430, 2700 },
	{ 1040, 1156, 2160, 2400 },
	{ 1170, 1300, 2430, 2700 },
	{ 1300, 1444, 2700, 3000 },
	{ 1300, 1444, 2700, 3000 },
	{ 1430, 1589, 2970, 3300 },
	{ 975, 1083, 2025, 2250 },
	{ 1170, 1300, 2430, 2700 },
	{ 1365, 1517, 2835, 3150 },
	{ 1170, 1300, 2430, 2700 },
	{ 1365, 1517, 2835, 3150 },
	{ 1560, 1733, 3240, 3600 },
	{ 1755, 1950, 3645, 4050 },
	{ 1560, 1733, 3240, 3600 },
	{ 1755, 1950, 3645, 4050 },
	{ 1950, 2167, 4050, 4500 },
	{ 1950, 2167, 4050, 4500 },
	{ 2145, 2383, 4455, 4950 },
};

/* ---- management frame bodies ---- */

/* The information elements tcpdump reports, first of each kind. */
struct wlan_body {
	unsigned cap, status, aid, reason, auth_alg, auth_seq;
	uint8_t ap[6];
	bool ssid_present, rates_present, ds_present, challenge_present;
	unsigned ssid_len, rates_len, channel;
	uint8_t ssid[33];
	uint8_t rates[16];
};

static void ssid_ie(struct wlan_body *b, struct cursor v, unsigned len)
{
	unsigned i;

	if (b->ssid_present)
		return;
	for (i = 0; i < len; i++)
		b->ssid[i] = cur_u8(&v);
	b->ssid[len] = 0;
	b->ssid_len = len;
	b->ssid_present = true;
}

/* Returns false where tcpdump's parse_elements returns 0 (cut, or an
 * element too long for its buffer). */
static bool parse_elements(struct wlan_body *b, struct cursor p,
			   unsigned length)
{
	while (length != 0) {
		unsigned id = cur_peek(&p, 0), elen = cur_peek(&p, 1), i;
		struct cursor v;

		if (!cur_has(&p, 2) || length < 2)
			return false;
		if (!cur_has(&p, 2 + elen) || length < elen + 2)
			return false;
		v = p;
		cur_skip(&v, 2);
		if (id == E_SSID && elen > 32)
			return false;
		if (id == E_RATES && elen > 16)
			return false;
		if (id == E_CHALLENGE && elen > 253)
			return false;
		if (id == E_SSID) {
			ssid_ie(b, v, elen);
		} else if (id == E_RATES && elen && !b->rates_present) {
			for (i = 0; i < elen; i++)
				b->rates[i] = cur_u8(&v);
			b->rates_len = elen;
			b->rates_present = true;
		} else if (id == E_DS && elen == 1 && !b->ds_present) {
			b->channel = cur_u8(&v);
			b->ds_present = true;
		} else if (id == E_CHALLENGE) {
			b->challenge_present = true;
		}
		cur_skip(&p, 2 + elen);
		length -= 2 + elen;
	}
	return true;
}

static void rate_print(unsigned r)
{
	r &= 0x7f;
	out_fmt("%u.%u", r / 2, r % 2 ? 5 : 0);
}

static void ssid_print(const struct wlan_body *b)
{
	unsigned i;

	if (!b->ssid_present)
		return;
	out_str(" (");
	for (i = 0; i < b->ssid_len && b->ssid[i]; i++)
		decode_char(b->ssid[i]);
	out_char(')');
}

static void rates_print(const struct wlan_body *b)
{
	const char *sep = " [";
	unsigned i;

	if (!b->rates_present)
		return;
	for (i = 0; i < b->rates_len; i++) {
		out_str(sep);
		rate_print(b->rates[i]);
		if (b->rates[i] & 0x80)
			out_char('*');
		sep = " ";
	}
	out_str(" Mbit]");
}

static void ds_print(const struct wlan_body *b)
{
	if (b->ds_present)
		out_fmt(" CH: %u", b->channel);
	if (b->cap & 0x0010)
		out_str(", PRIVACY");
}

static const char *status_str(unsigned s)
{
	return s < NUM_STATUSES ? status_text[s] : "n/a";
}

/* Fixed fields at the start of a body: n little-endian 16-bit values
 * after skip bytes; false if cut or short. */
static bool fixed_fields(struct cursor p, unsigned length, unsigned skip,
			 unsigned n, unsigned *v)
{
	unsigned i;

	if (!cur_has(&p, skip + 2 * n) || length < skip + 2 * n)
		return false;
	cur_skip(&p, skip);
	for (i = 0; i < n; i++)
		v[i] = cur_le16(&p);
	return true;
}

static bool elements_after(struct wlan_body *b, struct cursor p,
			   unsigned length, unsigned off)
{
	cur_skip(&p, off);
	return parse_elements(b, p, length - off);
}

static bool beacon_print(struct cursor p, unsigned length, bool probe)
{
	struct wlan_body b = { 0 };
	unsigned v[2];
	bool ret;

	if (!fixed_fields(p, length, 8, 2, v))
		return false;
	b.cap = v[1];
	ret = elements_after(&b, p, length, 12);
	ssid_print(&b);
	rates_print(&b);
	if (!probe)
		out_str(b.cap & 0x0001 ? " ESS" : " IBSS");
	ds_print(&b);
	return ret;
}

static bool assoc_request_print(struct cursor p, unsigned length)
{
	struct wlan_body b = { 0 };
	unsigned v[2];
	bool ret;

	if (!fixed_fields(p, length, 0, 2, v))
		return false;
	ret = elements_after(&b, p, length, 4);
	ssid_print(&b);
	rates_print(&b);
	return ret;
}

static bool assoc_response_print(struct cursor p, unsigned length)
{
	struct wlan_body b = { 0 };
	unsigned v[3];
	bool ret;

	if (!fixed_fields(p, length, 0, 3, v))
		return false;
	ret = elements_after(&b, p, length, 6);
	out_fmt(" AID(%x) :%s: %s", v[2] & 0x3fff,
		v[0] & 0x0010 ? " PRIVACY " : "", status_str(v[1]));
	return ret;
}

static bool reassoc_request_print(struct dctx *d, struct cursor p,
				  unsigned length)
{
	struct wlan_body b = { 0 };
	struct cursor a = p;
	uint8_t ap[6];
	unsigned v[2];
	bool ret;

	if (!fixed_fields(p, length, 0, 2, v) || !cur_has(&p, 10) ||
	    length < 10)
		return false;
	cur_skip(&a, 4);
	cur_bytes(&a, ap, 6);
	ret = elements_after(&b, p, length, 10);
	ssid_print(&b);
	out_str(" AP : ");
	decode_etheraddr(d, ap);
	return ret;
}

static bool auth_print(struct cursor p, unsigned length)
{
	struct wlan_body b = { 0 };
	unsigned v[3];
	const char *alg;
	bool ret;

	if (!fixed_fields(p, length, 0, 3, v))
		return false;
	ret = elements_after(&b, p, length, 6);
	alg = v[0] < 3 ? auth_alg_text[v[0]] : "Reserved";
	if (v[0] == 1 && (v[1] == 2 || v[1] == 3)) {
		out_fmt(" (%s)-%x [Challenge Text] %s", alg, v[1],
			v[1] % 2 ? status_str(v[2]) : "");
		return ret;
	}
	out_fmt(" (%s)-%x: %s", alg, v[1], v[1] % 2 ? status_str(v[2]) : "");
	return ret;
}

static bool reason_print(struct dctx *d, struct cursor p, unsigned length,
			 const uint8_t *src, bool deauth)
{
	unsigned v;
	const char *r;

	if (!fixed_fields(p, length, 0, 1, &v))
		return false;
	r = v < NUM_REASONS ? reason_text[v] : "Reserved";
	if (deauth && !d->eflag) {
		out_str(" (");
		decode_etheraddr(d, src);
		out_fmt("): %s", r);
	} else {
		out_fmt(": %s", r);
	}
	return true;
}

/* Action categories and their action names (the rest print Act#n). */
struct action_cat {
	unsigned char cat;
	const char *name;
	const char *const *acts;
	unsigned char nacts, first;
};

static const char *const ba_acts[] = { "ADDBA Request", "ADDBA Response",
				       "DELBA" };
static const char *const ht_acts[] = { "TxChWidth", "MIMOPwrSave" };
static const char *const mesh_acts[] = {
	"MeshLink", "HWMP", "Gate Announcement", "Congestion Control",
	"MCCA Setup Request", "MCCA Setup Reply",
	"MCCA Advertisement Request", "MCCA Advertisement", "MCCA Teardown",
	"TBTT Adjustment Request", "TBTT Adjustment Response",
};
static const char *const multihop_acts[] = { "Proxy Update",
					     "Proxy Update Confirmation" };
static const char *const selfprot_acts[] = {
	"Peering Open", "Peering Confirm", "Peering Close", "Group Key Inform",
	"Group Key Acknowledge",
};

static const struct action_cat action_cats[] = {
	{ 0, "Spectrum Management ", NULL, 0, 0 },
	{ 1, "QoS ", NULL, 0, 0 },
	{ 2, "DLS ", NULL, 0, 0 },
	{ 3, "BA ", ba_acts, 3, 0 },
	{ 7, "HT ", ht_acts, 2, 0 },
	{ 13, "MeshAction ", mesh_acts, 11, 0 },
	{ 14, "MultiohopAction ", multihop_acts, 2, 0 },
	{ 15, "SelfprotectAction ", selfprot_acts, 5, 1 },
	{ 127, "Vendor ", NULL, 0, 0 },
};

static bool action_print(struct dctx *d, struct cursor p, unsigned length,
			 const uint8_t *src)
{
	unsigned cat = cur_peek(&p, 0), act = cur_peek(&p, 1), i;

	if (!cur_has(&p, 2) || length < 2)
		return false;
	if (d->eflag) {
		out_str(": ");
	} else {
		out_str(" (");
		decode_etheraddr(d, src);
		out_str("): ");
	}
	for (i = 0; i < sizeof(action_cats) / sizeof(action_cats[0]); i++) {
		const struct action_cat *a = &action_cats[i];

		if (a->cat != cat)
			continue;
		out_str(a->name);
		if (act >= a->first && act - a->first < a->nacts)
			out_str(a->acts[act - a->first]);
		else
			out_fmt("Act#%u", act);
		return true;
	}
	out_fmt("Reserved(%u) Act#%u", cat, act);
	return true;
}

static bool wep_print(struct cursor p)
{
	uint32_t iv;

	if (!cur_has(&p, 4))
		return false;
	iv = cur_le32(&p);
	out_fmt(" IV:%3x Pad %x KeyID %x", iv & 0xffffff, (iv >> 24) & 0x3f,
		(iv >> 30) & 0x03);
	return true;
}

static bool mgmt_body_print(struct dctx *d, unsigned fc, const uint8_t *src,
			    struct cursor p, unsigned length)
{
	unsigned st = FC_SUBTYPE(fc);

	tok_print(st_values, st, "Unhandled Management subtype(%x)");
	if (FC_PROTECTED(fc))
		return wep_print(p);
	switch (st) {
	case ST_ASSOC_REQUEST:
		return assoc_request_print(p, length);
	case ST_ASSOC_RESPONSE:
	case ST_REASSOC_RESPONSE:
		return assoc_response_print(p, length);
	case ST_REASSOC_REQUEST:
		return reassoc_request_print(d, p, length);
	case ST_PROBE_REQUEST: {
		struct wlan_body b = { 0 };
		bool ret = parse_elements(&b, p, length);

		ssid_print(&b);
		rates_print(&b);
		return ret;
	}
	case ST_PROBE_RESPONSE:
		return beacon_print(p, length, true);
	case ST_BEACON:
		return beacon_print(p, length, false);
	case ST_DISASSOC:
		return reason_print(d, p, length, src, false);
	case ST_AUTH:
		return auth_print(p, length);
	case ST_DEAUTH:
		return reason_print(d, p, length, src, true);
	case ST_ACTION:
		return action_print(d, p, length, src);
	}
	return true;
}

/* The 6-byte address at off of the frame. */
static void addr_at(struct dctx *d, struct cursor f, unsigned off)
{
	uint8_t a[6];

	cur_skip(&f, off);
	cur_bytes(&f, a, 6);
	decode_etheraddr(d, a);
}

static bool ctrl_body_print(struct dctx *d, unsigned fc, struct cursor f)
{
	unsigned st = FC_SUBTYPE(fc);

	tok_print(ctrl_values, st, "Unknown Ctrl Subtype");
	if (st < CTRL_BAR)
		return true;
	if (!cur_has(&f, ctrl_hdrlen[st - CTRL_CONTROL_WRAPPER]))
		return false;
	if (st == CTRL_PS_POLL) {
		out_fmt(" AID(%x)", cur_peek(&f, 2) | cur_peek(&f, 3) << 8);
		return true;
	}
	if (d->eflag)
		return true;
	if (st == CTRL_BAR) {
		out_str(" RA:");
		addr_at(d, f, 4);
		out_str(" TA:");
		addr_at(d, f, 10);
		out_fmt(" CTL(%x) SEQ(%u) ",
			cur_peek(&f, 16) | cur_peek(&f, 17) << 8,
			cur_peek(&f, 18) | cur_peek(&f, 19) << 8);
		return true;
	}
	out_str(st == CTRL_RTS ? " TA:" : " RA:");
	addr_at(d, f, st == CTRL_RTS ? 10 : 4);
	out_char(' ');
	return true;
}

/* ---- the MAC header at -e ---- */

static void data_header_print(struct dctx *d, unsigned fc, struct cursor f)
{
	unsigned st = FC_SUBTYPE(fc);
	static const char *const layouts[4][4] = {
		{ "DA:", " SA:", " BSSID:", NULL },
		{ "BSSID:", " SA:", " DA:", NULL },
		{ "DA:", " BSSID:", " SA:", NULL },
		{ "RA:", " TA:", " DA:", " SA:" },
	};
	const char *const *l = layouts[(FC_TO_DS(fc) ? 1 : 0) |
				       (FC_FROM_DS(fc) ? 2 : 0)];
	static const unsigned offs[4] = { 4, 10, 16, 24 };
	unsigned i;

	if (DATA_IS_CF_ACK(st) || DATA_IS_CF_POLL(st) || DATA_IS_QOS(st)) {
		out_str("CF ");
		if (DATA_IS_CF_ACK(st))
			out_str(DATA_IS_CF_POLL(st) ? "Ack/Poll" : "Ack");
		else if (DATA_IS_CF_POLL(st))
			out_str("Poll");
		if (DATA_IS_QOS(st))
			out_str("+QoS");
		out_char(' ');
	}
	for (i = 0; i < 4 && l[i]; i++) {
		out_str(l[i]);
		addr_at(d, f, offs[i]);
	}
	out_char(' ');
}

/* A control frame's addresses: FIRST at offset 4, SECOND (if any) at
 * 10, each after its label. */
static void ctrl_addrs(struct dctx *d, struct cursor f, const char *first,
		       const char *second)
{
	out_str(first);
	addr_at(d, f, 4);
	if (second) {
		out_str(second);
		addr_at(d, f, 10);
	}
}

static void ctrl_header_print(struct dctx *d, unsigned fc, struct cursor f)
{
	switch (FC_SUBTYPE(fc)) {
	case CTRL_BAR:
		ctrl_addrs(d, f, " RA:", " TA:");
		out_fmt(" CTL(%x) SEQ(%u) ",
			cur_peek(&f, 16) | cur_peek(&f, 17) << 8,
			cur_peek(&f, 18) | cur_peek(&f, 19) << 8);
		return;
	case CTRL_BA:
	case CTRL_CTS:
	case CTRL_ACK:
		ctrl_addrs(d, f, "RA:", NULL);
		break;
	case CTRL_PS_POLL:
		ctrl_addrs(d, f, "BSSID:", " TA:");
		break;
	case CTRL_RTS:
		ctrl_addrs(d, f, "RA:", " TA:");
		break;
	case CTRL_CF_END:
	case CTRL_END_ACK:
		ctrl_addrs(d, f, "RA:", " BSSID:");
		break;
	default:
		return;
	}
	out_char(' ');
}

static void mesh_header_print(struct dctx *d, struct cursor mc)
{
	unsigned ae = cur_peek(&mc, 0) & 3, i;
	struct cursor s = mc;

	cur_skip(&s, 2);
	out_fmt("MeshData (AE %u TTL %u seq %u", ae, cur_peek(&mc, 1),
		cur_le32(&s));
	for (i = 0; i < ae; i++) {
		out_fmt(" A%u:", 4 + i);
		addr_at(d, mc, 6 + 6 * i);
	}
	out_str(") ");
}

static void hdr_print(struct dctx *d, unsigned fc, struct cursor f,
		      unsigned hdrlen, unsigned meshlen)
{
	static const struct tok fc_flags[] = {
		{ 0x2000, "More Data " }, { 0x0400, "More Fragments " },
		{ 0x1000, "Pwr Mgmt " }, { 0x0800, "Retry " },
		{ 0x8000, "Strictly Ordered " }, { 0x4000, "Protected " },
	};
	unsigned i;

	if (d->vflag) {
		for (i = 0; i < sizeof(fc_flags) / sizeof(fc_flags[0]); i++)
			if (fc & fc_flags[i].v)
				out_str(fc_flags[i].s);
		if (FC_TYPE(fc) != T_CTRL || FC_SUBTYPE(fc) != CTRL_PS_POLL)
			out_fmt("%uus ", cur_peek(&f, 2) | cur_peek(&f, 3) << 8);
	}
	if (meshlen) {
		struct cursor mc = f;

		cur_skip(&mc, hdrlen - meshlen);
		mesh_header_print(d, mc);
	}
	if (FC_TYPE(fc) == T_MGMT) {
		out_str("BSSID:");
		addr_at(d, f, 16);
		out_str(" DA:");
		addr_at(d, f, 4);
		out_str(" SA:");
		addr_at(d, f, 10);
		out_char(' ');
	} else if (FC_TYPE(fc) == T_CTRL) {
		ctrl_header_print(d, fc, f);
	} else if (FC_TYPE(fc) == T_DATA) {
		data_header_print(d, fc, f);
	}
}

/* 0 (and a message) for a frame type tcpdump does not handle. */
static unsigned header_length(unsigned fc)
{
	unsigned len;

	switch (FC_TYPE(fc)) {
	case T_MGMT:
		return MGMT_HDRLEN;
	case T_CTRL:
		if (FC_SUBTYPE(fc) >= CTRL_CONTROL_WRAPPER)
			return ctrl_hdrlen[FC_SUBTYPE(fc) - CTRL_CONTROL_WRAPPER];
		out_fmt("unknown 802.11 ctrl frame subtype (%u)",
			FC_SUBTYPE(fc));
		return 0;
	case T_DATA:
		len = FC_TO_DS(fc) && FC_FROM_DS(fc) ? 30 : 24;
		if (DATA_IS_QOS(FC_SUBTYPE(fc)))
			len += 2;
		return len;
	}
	out_fmt("unknown 802.11 frame type (%u)", FC_TYPE(fc));
	return 0;
}

/* The source and destination addresses of a data frame, by its DS
 * bits (offsets in the header). */
static void data_addrs(unsigned fc, struct cursor h, uint8_t *src,
		       uint8_t *dst)
{
	static const unsigned char off[4][2] = {
		{ 10, 4 }, { 10, 16 }, { 16, 4 }, { 24, 16 },
	};
	const unsigned char *o = off[(FC_TO_DS(fc) ? 1 : 0) |
				     (FC_FROM_DS(fc) ? 2 : 0)];
	struct cursor a = h;

	cur_skip(&a, o[0]);
	cur_bytes(&a, src, 6);
	a = h;
	cur_skip(&a, o[1]);
	cur_bytes(&a, dst, 6);
}

static unsigned data_body_print(struct dctx *d, unsigned fc, struct cursor h,
				struct cursor p, unsigned length,
				unsigned hdrlen)
{
	uint8_t src[6], dst[6];
	int l;

	if (DATA_IS_NULL(FC_SUBTYPE(fc)))
		return hdrlen;
	if (FC_PROTECTED(fc)) {
		out_str("Data");
		if (!wep_print(p))
			decode_trunc(d, "802.11");
		return hdrlen;
	}
	data_addrs(fc, h, src, dst);
	l = llc_print(d, p, length, src, dst);
	if (l >= 0)
		return hdrlen + (unsigned)l;
	if (!d->xflag && !d->Xflag && !d->qflag)
		decode_hex_ascii(p, (unsigned)cur_left(&p), 0);
	return hdrlen + (unsigned)-l;
}

/* The frame from its frame control field; returns the header length.
 * pad: Atheros padding after the header; fcslen: FCS bytes at the end. */
static unsigned ieee802_11_print(struct dctx *d, struct cursor c,
				 unsigned length, int pad, unsigned fcslen)
{
	unsigned caplen = (unsigned)cur_left(&c), fc, hdrlen, meshlen = 0;
	uint8_t src[6] = { 0 };
	struct cursor body, c0 = c;

	if (length < fcslen) {
		decode_trunc(d, "802.11");
		return caplen;
	}
	length -= fcslen;
	if (caplen > length) {
		struct cursor all = c;

		c = cur_sub(&all, length);	/* the FCS is not frame data */
		caplen = length;
	}
	if (caplen < 2) {
		decode_trunc(d, "802.11");
		return (unsigned)cur_left(&c0);	/* the FCS too */
	}
	fc = cur_peek(&c, 0) | cur_peek(&c, 1) << 8;
	hdrlen = header_length(fc);
	if (hdrlen == 0)
		return 0;
	if (pad)
		hdrlen = (hdrlen + 3) & ~3u;
	if (d->Hflag && FC_TYPE(fc) == T_DATA && DATA_IS_QOS(FC_SUBTYPE(fc))) {
		unsigned m = cur_peek(&c, hdrlen);

		if (!cur_has(&c, hdrlen + 1)) {
			decode_trunc(d, "802.11");
			return hdrlen;
		}
		meshlen = m & ~3u ? 0 : 6 * (1 + (m & 3));
		hdrlen += meshlen;
	}
	if (caplen < hdrlen) {
		decode_trunc(d, "802.11");
		return hdrlen;
	}
	if (d->eflag)
		hdr_print(d, fc, c, hdrlen, meshlen);
	body = c;
	cur_skip(&body, hdrlen);
	length -= hdrlen;
	switch (FC_TYPE(fc)) {
	case T_MGMT: {
		struct cursor s = c;

		cur_skip(&s, 10);
		cur_bytes(&s, src, 6);
		if (!mgmt_body_print(d, fc, src, body, length))
			decode_trunc(d, "802.11");
		return hdrlen;
	}
	case T_CTRL:
		if (!ctrl_body_print(d, fc, c))
			decode_trunc(d, "802.11");
		return hdrlen;
	}
	return data_body_print(d, fc, c, body, length, hdrlen);
}

unsigned ieee802_11_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	return ieee802_11_print(d, c, len, 0, 0);
}

/* ---- radiotap ---- */

/* Fields are aligned to their size from the start of the header. */
struct rt {
	struct cursor base;
	unsigned off, len;
	bool bad;
};

static uint64_t rt_get(struct rt *r, unsigned size)
{
	struct cursor c = r->base;
	unsigned off = (r->off + size - 1) / size * size, i;
	uint64_t v = 0;

	if (r->bad || off + size > r->len) {
		r->bad = true;
		return 0;
	}
	cur_skip(&c, off);
	for (i = 0; i < size; i++)
		v |= (uint64_t)cur_u8(&c) << (8 * i);
	r->off = off + size;
	return v;
}

static void chaninfo_print(unsigned freq, uint32_t flags, uint32_t present)
{
	out_fmt("%u MHz", freq);
	if (present & (1u << 19)) {
		out_str(" 11n");
	} else {
		if ((flags & 0x880) == 0x880)
			out_str(" FHSS");
		if ((flags & 0x140) == 0x140)
			out_str(flags & 0x4000 ? " 11a/10Mhz" :
				flags & 0x8000 ? " 11a/5Mhz" : " 11a");
		if ((flags & 0xc0) == 0xc0 || (flags & 0x480) == 0x480)
			out_str(flags & 0x4000 ? " 11g/10Mhz" :
				flags & 0x8000 ? " 11g/5Mhz" : " 11g");
		else if ((flags & 0xa0) == 0xa0)
			out_str(" 11b");
		if (flags & 0x10)
			out_str(" Turbo");
	}
	if (flags & 0x10000)
		out_str(" ht/20");
	else if (flags & 0x40000)
		out_str(" ht/40-");
	else if (flags & 0x20000)
		out_str(" ht/40+");
	out_char(' ');
}

static void rt_flags_print(unsigned f)
{
	static const struct tok names[] = {
		{ 0x01, "cfp " }, { 0x02, "short preamble " }, { 0x04, "wep " },
		{ 0x08, "fragmented " }, { 0x40, "bad-fcs " },
	};
	unsigned i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (f & names[i].v)
			out_str(names[i].s);
}

static void rt_mcs_print(unsigned known, unsigned flags, unsigned mcs)
{
	static const char *const bw[4] = { "20 MHz", "40 MHz", "20 MHz (L)",
					   "20 MHz (U)" };
	unsigned rate = 0;

	if (known & 0x02) {
		if (mcs <= 76 && (known & (0x01 | 0x04)))
			rate = ht_rates[mcs][((flags & 3) == 1 ? 2 : 0) +
					     (flags & 0x04 ? 1 : 0)];
		if (rate)
			out_fmt("%u.%u Mb/s MCS %u ", rate / 10, rate % 10, mcs);
		else
			out_fmt("MCS %u ", mcs);
	}
	if (known & 0x01)
		out_fmt("%s ", bw[flags & 3]);
	if (known & 0x04)
		out_fmt("%s GI ", flags & 0x04 ? "short" : "long");
	if (known & 0x08)
		out_fmt("%s ", flags & 0x08 ? "greenfield" : "mixed");
	if (known & 0x10)
		out_fmt("%s FEC ", flags & 0x10 ? "LDPC" : "BCC");
	if (known & 0x20)
		out_fmt("RX-STBC%u ", (flags & 0x60) >> 5);
}

static const char *const vht_bw[32] = {
	"20 MHz", "40 MHz", "20 MHz (L)", "20 MHz (U)", "80 MHz",
	"80 MHz (L)", "80 MHz (U)", "80 MHz (LL)", "80 MHz (LU)",
	"80 MHz (UL)", "80 MHz (UU)", "160 MHz", "160 MHz (L)",
	"160 MHz (U)", "160 MHz (LL)", "160 MHz (LU)", "160 MHz (UL)",
	"160 MHz (UU)", "160 MHz (LLL)", "160 MHz (LLU)", "160 MHz (LUL)",
	"160 MHz (UUU)", "160 MHz (ULL)", "160 MHz (ULU)", "160 MHz (UUL)",
	"160 MHz (UUU)", "unknown (26)", "unknown (27)", "unknown (28)",
	"unknown (29)", "unknown (30)", "unknown (31)",
};

static void rt_vht_print(struct rt *r)
{
	unsigned known = (unsigned)rt_get(r, 2), flags = (unsigned)rt_get(r, 1);
	unsigned bw = (unsigned)rt_get(r, 1), coding, i;
	uint8_t mcs_nss[4];

	for (i = 0; i < 4; i++)
		mcs_nss[i] = (uint8_t)rt_get(r, 1);
	coding = (unsigned)rt_get(r, 1);
	rt_get(r, 1);
	rt_get(r, 2);
	if (r->bad)
		return;
	for (i = 0; i < 4; i++) {
		if ((mcs_nss[i] & 0x0f) == 0)
			continue;
		out_fmt("User %u MCS %u %s FEC ", i, mcs_nss[i] >> 4,
			coding & (1u << i) ? "LDPC" : "BCC");
	}
	if (known & 0x0040)
		out_fmt("%s ", vht_bw[bw & 0x1f]);
	if (known & 0x0004)
		out_fmt("%s GI ", flags & 0x04 ? "short" : "long");
}

/* Signed values of the dBm/attenuation fields. */
static int s8(uint64_t v)
{
	return (int)(int8_t)(uint8_t)v;
}

static void rt_simple_print(struct rt *r, unsigned bit, uint8_t *flagsp,
			    uint32_t present)
{
	uint64_t v, w;

	switch (bit) {
	case 0:
		v = rt_get(r, 8);
		if (!r->bad)
			out_fmt("%" PRIu64 "us tsft ", v);
		return;
	case 1:
		v = rt_get(r, 1);
		if (r->bad)
			return;
		*flagsp = (uint8_t)v;
		rt_flags_print((unsigned)v);
		return;
	case 2:
		v = rt_get(r, 1);
		if (r->bad)
			return;
		if (v >= 0x80 && v <= 0x8f)
			out_fmt("MCS %u ", (unsigned)v & 0x7f);
		else
			out_fmt("%u.%u Mb/s ", (unsigned)v / 2, v % 2 ? 5 : 0);
		return;
	case 3:
		v = rt_get(r, 2);
		w = rt_get(r, 2);
		if (!r->bad && !(present & (1u << 18)))
			chaninfo_print((unsigned)v, (uint32_t)w, present);
		return;
	case 4:
		v = rt_get(r, 1);
		w = rt_get(r, 1);
		if (!r->bad)
			out_fmt("fhset %u fhpat %u ", (unsigned)v, (unsigned)w);
		return;
	}
}

static void rt_level_print(struct rt *r, unsigned bit)
{
	uint64_t v;

	switch (bit) {
	case 5: case 6: case 9: case 10:
		v = rt_get(r, 1);
		if (r->bad)
			return;
		if (bit == 5)
			out_fmt("%ddBm signal ", s8(v));
		else if (bit == 6)
			out_fmt("%ddBm noise ", s8(v));
		else if (bit == 9)
			out_fmt("%ddB tx attenuation ", -s8(v));
		else
			out_fmt("%ddBm tx power ", s8(v));
		return;
	case 7: case 8:
		v = rt_get(r, 2);
		if (r->bad)
			return;
		if (bit == 7)
			out_fmt("%u sq ", (unsigned)v);
		else
			out_fmt("%d tx power ", -(int)(int16_t)(uint16_t)v);
		return;
	case 11: case 12: case 13:
		v = rt_get(r, 1);
		if (r->bad)
			return;
		out_fmt(bit == 11 ? "antenna %u " : bit == 12 ?
			"%udB signal " : "%udB noise ", (unsigned)v);
		return;
	}
}

/* One field; false to stop (cut, or a field of unknown size). */
static bool rt_field_print(struct dctx *d, struct rt *r, unsigned bit,
			   uint8_t *flagsp, uint32_t present)
{
	uint64_t a, b, c;

	(void)d;
	if (bit <= 4) {
		rt_simple_print(r, bit, flagsp, present);
	} else if (bit <= 13) {
		rt_level_print(r, bit);
	} else if (bit == 14) {
		rt_get(r, 2);
	} else if (bit == 18) {
		a = rt_get(r, 4);
		b = rt_get(r, 2);
		rt_get(r, 1);
		rt_get(r, 1);
		if (!r->bad)
			chaninfo_print((unsigned)b, (uint32_t)a, present);
	} else if (bit == 19) {
		a = rt_get(r, 1);
		b = rt_get(r, 1);
		c = rt_get(r, 1);
		if (!r->bad)
			rt_mcs_print((unsigned)a, (unsigned)b, (unsigned)c);
	} else if (bit == 20) {
		rt_get(r, 4);
		rt_get(r, 2);
		rt_get(r, 1);
		rt_get(r, 1);
	} else if (bit == 21) {
		rt_vht_print(r);
	} else {
		out_fmt("[bit %u] ", bit);
		return false;
	}
	if (r->bad) {
		out_str(" [|802.11_radio]");
		return false;
	}
	return true;
}

/* The fields of one presence word, lowest bit first; false to stop. */
static bool rt_namespace_print(struct dctx *d, struct rt *r, uint32_t present,
			       unsigned bit0, uint8_t *flags)
{
	unsigned bit;

	for (bit = 0; bit < 29; bit++) {
		if (!(present & (1u << bit)))
			continue;
		if (!rt_field_print(d, r, bit0 + bit, flags, present))
			return false;
	}
	return true;
}

/* A vendor namespace item: OUI, subnamespace, length to skip. */
static unsigned rt_vendor_ns(struct rt *r)
{
	unsigned skip;

	rt_get(r, 2);	/* aligns; the OUI is read bytewise after */
	r->off -= 2;
	rt_get(r, 1);
	rt_get(r, 1);
	rt_get(r, 1);
	rt_get(r, 1);
	skip = (unsigned)rt_get(r, 2);
	if (r->bad)
		out_str(" [|802.11_radio]");
	return skip;
}

/* Returns false when the header is unusable (marker printed). */
static bool rt_header_print(struct dctx *d, struct cursor c, unsigned len,
			    uint8_t *flags)
{
	struct rt r = { c, 8, len, false };
	unsigned last = 4, pp, bit0 = 0, skip = 0;
	bool vendor = false;

	while (last + 4 <= len && (cur_peek_be32(&c, last) & 0x80))
		last += 4;
	r.off = last + 4;
	if (last + 4 > len) {
		out_str(" [|802.11_radio]");
		return false;
	}
	for (pp = 4; pp <= last; pp += 4) {
		uint32_t present = cur_peek(&c, pp) |
				   (uint32_t)cur_peek(&c, pp + 1) << 8 |
				   (uint32_t)cur_peek(&c, pp + 2) << 16 |
				   (uint32_t)cur_peek(&c, pp + 3) << 24;

		if (vendor) {
			if (r.off + skip > r.len)
				break;
			r.off += skip;
			skip = 0;
		} else if (!rt_namespace_print(d, &r, present, bit0, flags)) {
			break;
		}
		switch (present & (3u << 29)) {
		case 0:
			bit0 += 32;
			break;
		case 1u << 29:
			bit0 = 0;
			vendor = false;
			skip = 0;
			break;
		case 1u << 30:
			bit0 = 0;
			vendor = true;
			skip = rt_vendor_ns(&r);
			break;
		}
	}
	return true;
}

static unsigned radio_print(struct dctx *d, struct cursor c, unsigned length)
{
	unsigned caplen = (unsigned)cur_left(&c), len;
	uint8_t flags = 0;
	struct cursor f = c;

	if (caplen < 8) {
		decode_trunc(d, "802.11_radio");
		return caplen;
	}
	len = cur_peek(&c, 2) | cur_peek(&c, 3) << 8;
	if (len < 8 || caplen < len) {
		decode_trunc(d, "802.11_radio");
		return caplen;
	}
	if (!rt_header_print(d, c, len, &flags))
		return caplen;
	cur_skip(&f, len);
	return len + ieee802_11_print(d, f, length - len, flags & 0x20 ? 1 : 0,
				      flags & 0x10 ? 4 : 0);
}

unsigned ieee802_11_radio_if_print(struct dctx *d, struct cursor c,
				   unsigned len)
{
	return radio_print(d, c, len);
}

static unsigned avs_print(struct dctx *d, struct cursor c, unsigned length)
{
	unsigned caplen = (unsigned)cur_left(&c), hl;

	if (caplen < 8) {
		decode_trunc(d, "802.11_radio_avs");
		return caplen;
	}
	hl = cur_peek_be32(&c, 4);
	if (hl < 8 || caplen < hl) {
		decode_trunc(d, "802.11_radio_avs");
		return caplen;
	}
	cur_skip(&c, hl);
	return hl + ieee802_11_print(d, c, length - hl, 0, 0);
}

unsigned ieee802_11_radio_avs_if_print(struct dctx *d, struct cursor c,
				       unsigned len)
{
	return avs_print(d, c, len);
}

/* DLT_PRISM_HEADER: a 144-byte Prism header, or an AVS header. */
unsigned prism_if_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned caplen = (unsigned)cur_left(&c), code;

	if (caplen < 4) {
		decode_trunc(d, "prism");
		return caplen;
	}
	code = cur_peek_be32(&c, 0);
	if (code == 0x80211001 || code == 0x80211002)
		return avs_print(d, c, len);
	if (caplen < 144) {
		decode_trunc(d, "prism");
		return caplen;
	}
	cur_skip(&c, 144);
	return 144 + ieee802_11_print(d, c, len - 144, 0, 0);
}
