/* print-radius.c - RADIUS (RFC 2865, 2866, 2868, 2869, 3162, 3580, 4675,
 * 4818, 5090, 5176, 5447, 5580).
 *
 *   | Code | Identifier | Length | Authenticator (16) | Attributes:
 *   | Type | Length | Value | ...
 * Output as tcpdump 4.99 print-radius.c.
 */
#include <time.h>

#include "decode.h"
#include "eap.h"
#include "ntp.h"
#include "out.h"
#include "table.h"

enum { RADIUS_MINLEN = 20 };

/* How an attribute's value is printed. */
enum { V_NONE, V_STR, V_NUM, V_ADDR, V_ADDR6, V_PREFIX6, V_TIME, V_VENDOR,
       V_STRANGE, V_VEC64, V_HOMEPFX, V_OPNAME, V_LOCINFO, V_LOCDATA,
       V_BLPR };

static const struct tok codes[] = {
	{ 1, "Access-Request" }, { 2, "Access-Accept" },
	{ 3, "Access-Reject" }, { 4, "Accounting-Request" },
	{ 5, "Accounting-Response" }, { 11, "Access-Challenge" },
	{ 12, "Status-Server" }, { 13, "Status-Client" },
	{ 40, "Disconnect-Request" }, { 41, "Disconnect-ACK" },
	{ 42, "Disconnect-NAK" }, { 43, "CoA-Request" }, { 44, "CoA-ACK" },
	{ 45, "CoA-NAK" }, { 255, "Reserved" },
	{ 0, NULL }
};

/* Enumerated values; a NULL entry (or one past the end) prints "#n". */
static const char *const serv_type[] = { NULL, "Login", "Framed",
	"Callback Login", "Callback Framed", "Outbound", "Administrative",
	"NAS Prompt", "Authenticate Only", "Callback NAS Prompt",
	"Call Check", "Callback Administrative", "Voice", "Fax",
	"Modem Relay", "IAPP-Register", "IAPP-AP-Check", "Authorize Only",
	"Framed-Management", "Additional-Authorization", NULL };
static const char *const frm_proto[] = { NULL, "PPP", "SLIP", "ARAP",
	"Gandalf proprietary", "Xylogics IPX/SLIP", "X.75 Synchronous",
	"GPRS PDP Context", NULL };
static const char *const frm_routing[] = { "None", "Send", "Listen",
	"Send&Listen", NULL };
static const char *const frm_comp[] = { "None", "VJ TCP/IP", "IPX",
	"Stac-LZS", NULL };
static const char *const login_serv[] = { "Telnet", "Rlogin",
	"TCP Clear", "PortMaster(proprietary)", "LAT", "X.25-PAD",
	"X.25-T3POS", "Unassigned", "TCP Clear Quiet", NULL };
static const char *const term_action[] = { "Default", "RADIUS-Request",
	NULL };
static const char *const ingress_filters[] = { NULL, "Enabled",
	"Disabled", NULL };
static const char *const nas_port_type[] = { "Async", "Sync",
	"ISDN Sync", "ISDN Async V.120", "ISDN Async V.110", "Virtual",
	"PIAFS", "HDLC Clear Channel", "X.25", "X.75", "G.3 Fax", "SDSL",
	"ADSL-CAP", "ADSL-DMT", "ISDN-DSL", "Ethernet", "xDSL", "Cable",
	"Wireless - Other", "Wireless - IEEE 802.11", "Token-Ring", "FDDI",
	"Wireless - CDMA200", "Wireless - UMTS", "Wireless - 1X-EV", "IAPP",
	"FTTP", "Wireless - IEEE 802.16", "Wireless - IEEE 802.20",
	"Wireless - IEEE 802.22", "PPPoA", "PPPoEoA", "PPPoEoE",
	"PPPoEoVLAN", "PPPoEoQinQ", "xPON", "Wireless - XGP",
	"WiMAX Pre-Release 8 IWK Function", "WIMAX-WIFI-IWK", "WIMAX-SFF",
	"WIMAX-HA-LMA", "WIMAX-DHCP", "WIMAX-LBS", "WIMAX-WVS", NULL };
static const char *const acct_status[] = { NULL, "Start", "Stop",
	"Interim-Update", "Unassigned", "Unassigned", "Unassigned",
	"Accounting-On", "Accounting-Off", "Tunnel-Start", "Tunnel-Stop",
	"Tunnel-Reject", "Tunnel-Link-Start", "Tunnel-Link-Stop",
	"Tunnel-Link-Reject", "Failed", NULL };
static const char *const acct_auth[] = { NULL, "RADIUS", "Local",
	"Remote", "Diameter", NULL };
static const char *const acct_term[] = { NULL, "User Request",
	"Lost Carrier", "Lost Service", "Idle Timeout", "Session Timeout",
	"Admin Reset", "Admin Reboot", "Port Error", "NAS Error",
	"NAS Request", "NAS Reboot", "Port Unneeded", "Port Preempted",
	"Port Suspended", "Service Unavailable", "Callback", "User Error",
	"Host Request", "Supplicant Restart", "Reauthentication Failure",
	"Port Reinitialized", "Port Administratively Disabled", "Lost Power",
	NULL };
static const char *const tunnel_type[] = { NULL, "PPTP", "L2F", "L2TP",
	"ATMP", "VTP", "AH", "IP-IP", "MIN-IP-IP", "ESP", "GRE", "DVS",
	"IP-in-IP Tunneling", "VLAN", NULL };
static const char *const tunnel_medium[] = { NULL, "IPv4", "IPv6", "NSAP",
	"HDLC", "BBN 1822", "802", "E.163", "E.164", "F.69", "X.121", "IPX",
	"Appletalk", "Decnet IV", "Banyan Vines",
	"E.164 with NSAP subaddress", NULL };
static const char *const arap_zone[] = { NULL, "Only access to dfl zone",
	"Use zone filter inc.", "Not used", "Use zone filter exc.", NULL };
static const char *const prompt[] = { "No Echo", "Echo", NULL };

static const struct tok error_causes[] = {
	{ 201, "Residual Session Context Removed" },
	{ 202, "Invalid EAP Packet (Ignored)" },
	{ 401, "Unsupported Attribute" }, { 402, "Missing Attribute" },
	{ 403, "NAS Identification Mismatch" }, { 404, "Invalid Request" },
	{ 405, "Unsupported Service" }, { 406, "Unsupported Extension" },
	{ 407, "Invalid Attribute Value" },
	{ 501, "Administratively Prohibited" },
	{ 502, "Request Not Routable (Proxy)" },
	{ 503, "Session Context Not Found" },
	{ 504, "Session Context Not Removable" },
	{ 505, "Other Proxy Processing Error" },
	{ 506, "Resources Unavailable" }, { 507, "Request Initiated" },
	{ 508, "Multiple Session Selection Unsupported" },
	{ 509, "Location Info Required" },
	{ 0, NULL }
};

/* MIP6-Feature-Vector bits: bit number in the 64-bit value, name. */
static const struct tok mip6_features[] = {
	{ 0, "MIP6_INTEGRATED" }, { 1, "LOCAL_HOME_AGENT_ASSIGNMENT" },
	{ 40, "PMIP6_SUPPORTED" }, { 41, "IP4_HOA_SUPPORTED" },
	{ 42, "LOCAL_MAG_ROUTING_SUPPORTED" }, { 43, "ASSIGN_LOCAL_IP" },
	{ 44, "MIP4_SUPPORTED" }, { 45, "OPTIMIZED_IDLE_MODE_MOBILITY" },
	{ 46, "GTPv2_SUPPORTED" }, { 47, "IP4_TRANSPORT_SUPPORTED" },
	{ 48, "IP4_HOA_ONLY_SUPPORTED" }, { 49, "INTER_MAG_ROUTING_SUPPORTED" },
	{ 0, NULL }
};

static const struct tok operator_ns[] = {
	{ 0x30, "TADIG" }, { 0x31, "REALM" }, { 0x32, "E212" },
	{ 0x33, "ICC" },
	{ 0, NULL }
};

static const struct tok loc_codes[] = {
	{ 0, "Civic" }, { 1, "Geospatial" },
	{ 0, NULL }
};

static const struct tok loc_entities[] = {
	{ 0, "User" }, { 1, "RADIUS" },
	{ 0, NULL }
};

static const struct tok blpr_flags[] = {
	{ 0x0001, "MBZ-15" }, { 0x0002, "MBZ-14" }, { 0x0004, "MBZ-13" },
	{ 0x0008, "MBZ-12" }, { 0x0010, "MBZ-11" }, { 0x0020, "MBZ-10" },
	{ 0x0040, "MBZ-9" }, { 0x0080, "MBZ-8" }, { 0x0100, "MBZ-7" },
	{ 0x0200, "MBZ-6" }, { 0x0400, "MBZ-5" }, { 0x0800, "MBZ-4" },
	{ 0x1000, "MBZ-3" }, { 0x2000, "MBZ-2" }, { 0x4000, "MBZ-1" },
	{ 0x8000, "Retransmission Allowed" },
	{ 0, NULL }
};

/* The SMI enterprise numbers tcpdump 4.99.3 names (every value from
 * 0 to 200000 was put through it). */
static const struct tok smi_values[] = {
	{ 0, "IETF (reserved)" },
	{ 5, "ACC" },
	{ 9, "Cisco" },
	{ 11, "Hewlett Packard" },
	{ 42, "Sun Microsystems" },
	{ 61, "Merit" },
	{ 74, "AT&T" },
	{ 161, "Motorola" },
	{ 166, "Shiva" },
	{ 193, "Ericsson AB" },
	{ 255, "Cisco VPN 5000" },
	{ 307, "Livingston" },
	{ 311, "Microsoft" },
	{ 429, "3Com" },
	{ 529, "Ascend" },
	{ 1584, "Bay Networks" },
	{ 1991, "Foundry" },
	{ 2180, "Versanet" },
	{ 2352, "Redback" },
	{ 2636, "Juniper Networks" },
	{ 2637, "Aptis" },
	{ 2937, "Deutsche Telekom AG" },
	{ 3054, "Ixia Communications" },
	{ 3076, "Cisco VPN 3000" },
	{ 3085, "CoSine Communications" },
	{ 3199, "Shasta" },
	{ 3224, "Netscreen" },
	{ 3309, "Nomadix" },
	{ 3414, "T-Mobile" },
	{ 3561, "The Broadband Forum" },
	{ 3902, "ZTE" },
	{ 4329, "Siemens" },
	{ 4491, "CableLabs" },
	{ 4874, "Unisphere Networks" },
	{ 5263, "Cisco BBSM" },
	{ 5535, "3rd Generation Partnership Project 2 (3GPP2)" },
	{ 5806, "SK Telecom" },
	{ 5925, "ipUnplugged" },
	{ 5948, "Issanni Communications" },
	{ 5951, "Netscaler" },
	{ 6490, "T-Mobile" },
	{ 6618, "Quintum" },
	{ 6728, "Interlink" },
	{ 7951, "CNCTC" },
	{ 8164, "Starent Networks" },
	{ 8744, "Colubris" },
	{ 10415, "3GPP" },
	{ 10529, "Gemtek-Systems" },
	{ 10704, "Barracuda Networks" },
	{ 10923, "Ericsson AB - Packet Core Networks" },
	{ 11665, "dacom" },
	{ 11862, "Columbia University" },
	{ 12356, "Fortinet" },
	{ 12951, "Verizon Wireless" },
	{ 13745, "Plixer" },
	{ 14122, "Wi-Fi Alliance" },
	{ 16787, "T-Systems Nova" },
	{ 20942, "China Telecom - Guangzhou Research Institute" },
	{ 26866, "Gigamon Systems" },
	{ 32622, "CACE Technologies" },
	{ 35632, "ntop" },
	{ 46098, "Ericsson Canada" },
	{ 0, NULL }
};

static const struct tok vlan_tags[] = {
	{ 0x31, "Tagged" }, { 0x32, "Untagged" },
	{ 0, NULL }
};

/* The value lists of attrs[], by index. */
enum {
	VL_NONE, VL_SERV_TYPE, VL_FRM_PROTO, VL_FRM_ROUTING, VL_FRM_COMP,
	VL_LOGIN_SERV, VL_TERM_ACTION, VL_ACCT_STATUS, VL_ACCT_AUTH,
	VL_ACCT_TERM, VL_INGRESS_FILTERS, VL_NAS_PORT_TYPE, VL_TUNNEL_TYPE,
	VL_TUNNEL_MEDIUM, VL_ARAP_ZONE, VL_PROMPT
};

static const char *const *const value_lists[] = {
	NULL, serv_type, frm_proto, frm_routing, frm_comp, login_serv,
	term_action, acct_status, acct_auth, acct_term, ingress_filters,
	nas_port_type, tunnel_type, tunnel_medium, arap_zone, prompt
};

struct attr {
	const char *name;
	unsigned char how;
	unsigned char values;	/* VL_ */
} __attribute__((packed));

/* Indexed by attribute type. */
static const struct attr attrs[] = {
	{ NULL, V_NONE, 0 },
	{ "User-Name", V_STR, 0 }, { "User-Password", V_NONE, 0 },
	{ "CHAP-Password", V_NONE, 0 }, { "NAS-IP-Address", V_ADDR, 0 },
	{ "NAS-Port", V_NUM, 0 }, { "Service-Type", V_NUM, VL_SERV_TYPE },
	{ "Framed-Protocol", V_NUM, VL_FRM_PROTO },
	{ "Framed-IP-Address", V_ADDR, 0 },
	{ "Framed-IP-Netmask", V_ADDR, 0 },
	{ "Framed-Routing", V_NUM, VL_FRM_ROUTING },
	{ "Filter-Id", V_STR, 0 }, { "Framed-MTU", V_NUM, 0 },
	{ "Framed-Compression", V_NUM, VL_FRM_COMP },
	{ "Login-IP-Host", V_ADDR, 0 },
	{ "Login-Service", V_NUM, VL_LOGIN_SERV },
	{ "Login-TCP-Port", V_NUM, 0 }, { "Unassigned", V_NONE, 0 },
	{ "Reply-Message", V_STR, 0 }, { "Callback-Number", V_STR, 0 },
	{ "Callback-Id", V_STR, 0 }, { "Unassigned", V_NONE, 0 },
	{ "Framed-Route", V_STR, 0 }, { "Framed-IPX-Network", V_NUM, 0 },
	{ "State", V_STR, 0 }, { "Class", V_STR, 0 },
	{ "Vendor-Specific", V_VENDOR, 0 },
	{ "Session-Timeout", V_NUM, 0 }, { "Idle-Timeout", V_NUM, 0 },
	{ "Termination-Action", V_NUM, VL_TERM_ACTION },
	{ "Called-Station-Id", V_STR, 0 },
	{ "Calling-Station-Id", V_STR, 0 },
	{ "NAS-Identifier", V_STR, 0 }, { "Proxy-State", V_STR, 0 },
	{ "Login-LAT-Service", V_STR, 0 }, { "Login-LAT-Node", V_STR, 0 },
	{ "Login-LAT-Group", V_STR, 0 },
	{ "Framed-AppleTalk-Link", V_NUM, 0 },
	{ "Framed-AppleTalk-Network", V_NUM, 0 },
	{ "Framed-AppleTalk-Zone", V_STR, 0 },
	{ "Acct-Status-Type", V_NUM, VL_ACCT_STATUS },
	{ "Acct-Delay-Time", V_NUM, 0 }, { "Acct-Input-Octets", V_NUM, 0 },
	{ "Acct-Output-Octets", V_NUM, 0 },
	{ "Acct-Session-Id", V_STR, 0 },
	{ "Acct-Authentic", V_NUM, VL_ACCT_AUTH },
	{ "Acct-Session-Time", V_NUM, 0 },
	{ "Acct-Input-Packets", V_NUM, 0 },
	{ "Acct-Output-Packets", V_NUM, 0 },
	{ "Acct-Terminate-Cause", V_NUM, VL_ACCT_TERM },
	{ "Acct-Multi-Session-Id", V_STR, 0 },
	{ "Acct-Link-Count", V_NUM, 0 },
	{ "Acct-Input-Gigawords", V_NUM, 0 },
	{ "Acct-Output-Gigawords", V_NUM, 0 },
	{ "Unassigned", V_NONE, 0 }, { "Event-Timestamp", V_TIME, 0 },
	{ "Egress-VLANID", V_NUM, 0 },
	{ "Ingress-Filters", V_NUM, VL_INGRESS_FILTERS },
	{ "Egress-VLAN-Name", V_STR, 0 },
	{ "User-Priority-Table", V_NONE, 0 },
	{ "CHAP-Challenge", V_STR, 0 },
	{ "NAS-Port-Type", V_NUM, VL_NAS_PORT_TYPE },
	{ "Port-Limit", V_NUM, 0 }, { "Login-LAT-Port", V_STR, 0 },
	{ "Tunnel-Type", V_NUM, VL_TUNNEL_TYPE },
	{ "Tunnel-Medium-Type", V_NUM, VL_TUNNEL_MEDIUM },
	{ "Tunnel-Client-Endpoint", V_STR, 0 },
	{ "Tunnel-Server-Endpoint", V_STR, 0 },
	{ "Acct-Tunnel-Connection", V_STR, 0 },
	{ "Tunnel-Password", V_STR, 0 },
	{ "ARAP-Password", V_STRANGE, 0 },
	{ "ARAP-Features", V_STRANGE, 0 },
	{ "ARAP-Zone-Access", V_NUM, VL_ARAP_ZONE },
	{ "ARAP-Security", V_STR, 0 }, { "ARAP-Security-Data", V_STR, 0 },
	{ "Password-Retry", V_NUM, 0 }, { "Prompt", V_NUM, VL_PROMPT },
	{ "Connect-Info", V_STR, 0 }, { "Configuration-Token", V_STR, 0 },
	{ "EAP-Message", V_STR, 0 },
	{ "Message-Authenticator", V_STR, 0 },
	{ "Tunnel-Private-Group-ID", V_STR, 0 },
	{ "Tunnel-Assignment-ID", V_STR, 0 },
	{ "Tunnel-Preference", V_NUM, 0 },
	{ "ARAP-Challenge-Response", V_STRANGE, 0 },
	{ "Acct-Interim-Interval", V_NUM, 0 },
	{ "Acct-Tunnel-Packets-Lost", V_NUM, 0 },
	{ "NAS-Port-Id", V_STR, 0 }, { "Framed-Pool", V_STR, 0 },
	{ "CUI", V_STR, 0 }, { "Tunnel-Client-Auth-ID", V_STR, 0 },
	{ "Tunnel-Server-Auth-ID", V_STR, 0 },
	{ "NAS-Filter-Rule", V_STR, 0 }, { "Unassigned", V_NONE, 0 },
	{ "Originating-Line-Info", V_NONE, 0 },
	{ "NAS-IPv6-Address", V_ADDR6, 0 },
	{ "Framed-Interface-ID", V_NONE, 0 },
	{ "Framed-IPv6-Prefix", V_PREFIX6, 0 },
	{ "Login-IPv6-Host", V_ADDR6, 0 },
	{ "Framed-IPv6-Route", V_STR, 0 },
	{ "Framed-IPv6-Pool", V_STR, 0 },
	{ "Error-Cause", V_STRANGE, 0 }, { "EAP-Key-Name", V_NONE, 0 },
	{ "Digest-Response", V_STR, 0 }, { "Digest-Realm", V_STR, 0 },
	{ "Digest-Nonce", V_STR, 0 },
	{ "Digest-Response-Auth", V_STR, 0 },
	{ "Digest-Nextnonce", V_STR, 0 }, { "Digest-Method", V_STR, 0 },
	{ "Digest-URI", V_STR, 0 }, { "Digest-Qop", V_STR, 0 },
	{ "Digest-Algorithm", V_STR, 0 },
	{ "Digest-Entity-Body-Hash", V_STR, 0 },
	{ "Digest-CNonce", V_STR, 0 }, { "Digest-Nonce-Count", V_STR, 0 },
	{ "Digest-Username", V_STR, 0 }, { "Digest-Opaque", V_STR, 0 },
	{ "Digest-Auth-Param", V_STR, 0 },
	{ "Digest-AKA-Auts", V_STR, 0 }, { "Digest-Domain", V_STR, 0 },
	{ "Digest-Stale", V_STR, 0 }, { "Digest-HA1", V_STR, 0 },
	{ "SIP-AOR", V_STR, 0 },
	{ "Delegated-IPv6-Prefix", V_PREFIX6, 0 },
	{ "MIP6-Feature-Vector", V_VEC64, 0 },
	{ "MIP6-Home-Link-Prefix", V_HOMEPFX, 0 },
	{ "Operator-Name", V_OPNAME, 0 },
	{ "Location-Information", V_LOCINFO, 0 },
	{ "Location-Data", V_LOCDATA, 0 },
	{ "Basic-Location-Policy-Rules", V_BLPR, 0 },
};

#define NATTRS (sizeof(attrs) / sizeof(attrs[0]))

enum { A_FRM_IPADDR = 8, A_LOG_IPHOST = 14, A_FRM_IPX = 23,
       A_SESSION_TIMEOUT = 27, A_IDLE_TIMEOUT = 28, A_ATALK_LINK = 37,
       A_ATALK_NET = 38, A_ACCT_DELAY = 41, A_ACCT_SESSION_TIME = 46,
       A_EGRESS_VLAN_ID = 56, A_EGRESS_VLAN_NAME = 58, A_TUNNEL_TYPE = 64,
       A_TUNNEL_MEDIUM = 65, A_TUNNEL_CLIENT_END = 66,
       A_TUNNEL_SERVER_END = 67, A_TUNNEL_PASS = 69, A_ARAP_PASS = 70,
       A_ARAP_FEATURES = 71, A_EAP_MESSAGE = 79, A_TUNNEL_PRIV_GROUP = 81,
       A_TUNNEL_ASSIGN_ID = 82, A_TUNNEL_PREFERENCE = 83,
       A_ARAP_CHALLENGE = 84, A_ACCT_INT_INTERVAL = 85,
       A_TUNNEL_CLIENT_AUTH = 90, A_TUNNEL_SERVER_AUTH = 91,
       A_ERROR_CAUSE = 101 };

/* A value's own marker: the attributes after it still print. */
static void radius_trunc(void)
{
	out_str(" [|radius]");
}

/* Printable characters, '.' for the others, up to a NUL. */
static void dots_print(struct cursor *c, unsigned n)
{
	while (n--) {
		unsigned ch = cur_u8(c);

		if (!ch)
			break;
		out_char(ch >= 0x20 && ch < 0x7f ? (char)ch : '.');
	}
}

/* Characters as tcpdump's nd_printn. */
static void chars_print(struct cursor c, unsigned n)
{
	while (n--)
		decode_char(cur_u8(&c));
}

static void tag_print(unsigned tag)
{
	if (tag)
		out_fmt("Tag[%u] ", tag);
	else
		out_str("Tag[Unused] ");
}

static void str_print(struct dctx *d, struct cursor c, unsigned len,
		      unsigned type)
{
	unsigned b = cur_peek(&c, 0);

	if (!cur_has(&c, len)) {
		radius_trunc();
		return;
	}
	switch (type) {
	case A_TUNNEL_PASS:
		if (len < 3) {
			radius_trunc();
			return;
		}
		tag_print(b && b <= 0x1f ? b : 0);
		out_fmt("Salt %u ", cur_peek_be16(&c, 1));
		cur_skip(&c, 3);
		len -= 3;
		break;
	case A_TUNNEL_CLIENT_END: case A_TUNNEL_SERVER_END:
	case A_TUNNEL_PRIV_GROUP: case A_TUNNEL_ASSIGN_ID:
	case A_TUNNEL_CLIENT_AUTH: case A_TUNNEL_SERVER_AUTH:
		if (b <= 0x1f) {
			tag_print(b);
			cur_skip(&c, 1);
			len--;
		}
		break;
	case A_EGRESS_VLAN_NAME:
		tok_print(vlan_tags, b, "Unknown tag");
		out_fmt(" (0x%02x) ", b);
		cur_skip(&c, 1);
		len--;
		break;
	case A_EAP_MESSAGE:
		eap_print(d, c, len, "radius");
		return;
	}
	dots_print(&c, len);
}

static void timeout_print(uint32_t t)
{
	if (t < 60)
		out_fmt("%02d secs", (int)t);
	else if (t < 3600)
		out_fmt("%02d:%02d min", (int)(t / 60), (int)(t % 60));
	else
		out_fmt("%02d:%02d:%02d hours", (int)(t / 3600),
			(int)(t % 3600 / 60), (int)(t % 60));
}

/* The first byte of the numbers that start with a tag: false for the
 * others. */
static bool num_tag_print(unsigned type, unsigned b)
{
	switch (type) {
	case A_TUNNEL_TYPE: case A_TUNNEL_MEDIUM: case A_TUNNEL_PREFERENCE:
		tag_print(b);
		return true;
	case A_EGRESS_VLAN_ID:
		tok_print(vlan_tags, b, "Unknown tag");
		out_fmt(" (0x%02x) ", b);
		return true;
	}
	return false;
}

static void num_special_print(uint32_t v, unsigned type)
{
	switch (type) {
	case A_FRM_IPX:
		if (v == 0xfffffffe)
			out_str("NAS Select");
		else
			out_fmt("%u", v);
		break;
	case A_SESSION_TIMEOUT: case A_IDLE_TIMEOUT: case A_ACCT_DELAY:
	case A_ACCT_SESSION_TIME: case A_ACCT_INT_INTERVAL:
		timeout_print(v);
		break;
	case A_ATALK_LINK:
		if (v)
			out_fmt("%u", v);
		else
			out_str("Unnumbered");
		break;
	case A_ATALK_NET:
		if (v)
			out_fmt("%u", v);
		else
			out_str("NAS assigned");
		break;
	default:
		out_fmt("%u", v);
		break;
	}
}

static void num_print(struct dctx *d, struct cursor c, unsigned len,
		      unsigned type)
{
	const char *const *values = value_lists[attrs[type].values];
	uint32_t v;
	unsigned n;

	if (len != 4) {
		out_fmt("ERROR: length %u != 4", len);
		return;
	}
	if (!cur_has(&c, 4)) {
		if (cur_has(&c, 1))
			num_tag_print(type, cur_peek(&c, 0));
		decode_trunc_cut(d, "radius");
		return;
	}
	v = cur_peek_be32(&c, 0);
	if (num_tag_print(type, v >> 24))
		v &= 0xffffff;
	if (!values) {
		num_special_print(v, type);
		return;
	}
	for (n = 0; values[n] || n == 0; n++)
		;
	if (v < n && values[v])
		out_str(values[v]);
	else
		out_fmt("#%u", v);
}

static void addr_print(struct dctx *d, struct cursor c, unsigned len,
		       unsigned type)
{
	uint8_t a[4];
	uint32_t v;

	if (len != 4) {
		out_fmt("ERROR: length %u != 4", len);
		return;
	}
	if (!cur_bytes(&c, a, 4)) {
		decode_trunc_cut(d, "radius");
		return;
	}
	v = (uint32_t)a[0] << 24 | a[1] << 16 | a[2] << 8 | a[3];
	if ((type == A_FRM_IPADDR || type == A_LOG_IPHOST) && v == 0xffffffff)
		out_str("User Selected");
	else if ((type == A_FRM_IPADDR || type == A_LOG_IPHOST) &&
		 v == 0xfffffffe)
		out_str("NAS Select");
	else
		decode_ip4addr(d, a);
}

static void addr6_print(struct dctx *d, struct cursor c, unsigned len)
{
	if (len != 16) {
		out_fmt("ERROR: length %u != 16", len);
		return;
	}
	if (!decode_ip6addr_at(d, c, 0))
		decode_trunc_cut(d, "radius");
}

static void prefix6_print(struct dctx *d, struct cursor c, unsigned len)
{
	uint8_t a[16] = { 0 };
	unsigned plen;

	if (len < 2 || len > 18) {
		out_fmt("ERROR: length %u not in range (2..18)", len);
		return;
	}
	if (!cur_has(&c, len)) {
		radius_trunc();
		return;
	}
	plen = cur_peek(&c, 1);
	if (plen > 128) {
		out_fmt("ERROR: netmask %u not in range (0..128)", plen);
		return;
	}
	cur_skip(&c, 2);
	cur_bytes(&c, a, len - 2);
	decode_ip6addr(d, a);
	out_fmt("/%u", plen);
	if (plen > 8 * (len - 2))
		out_str(" (inconsistent prefix length)");
}

static void time_print(struct dctx *d, struct cursor c, unsigned len)
{
	time_t t;
	struct tm tm;
	char buf[64];

	if (len != 4) {
		out_fmt("ERROR: length %u != 4", len);
		return;
	}
	if (!cur_has(&c, 4)) {
		decode_trunc_cut(d, "radius");
		return;
	}
	t = (time_t)cur_peek_be32(&c, 0);
	if (!localtime_r(&t, &tm))
		return;
	strftime(buf, sizeof(buf), "%a %b %e %H:%M:%S %Y", &tm);
	out_str(buf);
}

static void vendor_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned vtype, vlen;
	uint32_t v;

	if (len < 4) {
		radius_trunc();
		return;
	}
	if (!cur_has(&c, 4)) {
		decode_trunc_cut(d, "radius");
		return;
	}
	v = cur_be32(&c);
	out_str("Vendor: ");
	tok_print(smi_values, v, "Unknown");
	out_fmt(" (%u)", v);
	len -= 4;
	while (len >= 2) {
		if (!cur_has(&c, 2)) {
			decode_trunc_cut(d, "radius");
			return;
		}
		vtype = cur_u8(&c);
		vlen = cur_u8(&c);
		out_fmt("\n\t    Vendor Attribute: %u, Length: %u", vtype,
			vlen < 2 || vlen > len ? vlen : vlen - 2);
		if (vlen < 2) {
			out_str(" (bogus, must be >= 2)");
			return;
		}
		if (vlen > len) {
			out_str(" (bogus, goes past end of vendor-specific attribute)");
			return;
		}
		vlen -= 2;
		len -= 2;
		if (!cur_has(&c, vlen)) {
			radius_trunc();
			return;
		}
		out_str(", Value: ");
		for (unsigned i = 0; i < vlen; i++) {
			unsigned ch = cur_u8(&c);

			out_char(ch >= 0x20 && ch < 0x7f ? (char)ch : '.');
		}
		len -= vlen;
	}
}

static void hex_upper(struct cursor *c, unsigned n)
{
	static const char digits[] = "0123456789ABCDEF";

	while (n--) {
		unsigned b = cur_u8(c);

		out_char(digits[b >> 4]);
		out_char(digits[b & 15]);
	}
}

static void strange_print(struct dctx *d, struct cursor c, unsigned len,
			  unsigned type)
{
	static const unsigned want[] = { [0] = 16, [1] = 14 };
	uint32_t v;

	if ((type == A_ARAP_PASS || type == A_ARAP_FEATURES) &&
	    len != want[type - A_ARAP_PASS]) {
		out_fmt("ERROR: length %u != %u", len, want[type - A_ARAP_PASS]);
		return;
	}
	switch (type) {
	case A_ARAP_PASS:
		out_str("User_challenge (");
		if (!cur_has(&c, 16))
			goto trunc;
		hex_upper(&c, 8);
		out_str(") User_resp(");
		hex_upper(&c, 8);
		out_char(')');
		break;
	case A_ARAP_FEATURES:
		if (!cur_has(&c, 14))
			goto trunc;
		out_str(cur_u8(&c) ? "User can change password" :
			"User cannot change password");
		out_fmt(", Min password length: %u", cur_u8(&c));
		out_str(", created at: ");
		hex_upper(&c, 4);
		out_str(", expires in: ");
		hex_upper(&c, 4);
		out_str(", Current Time: ");
		hex_upper(&c, 4);
		break;
	case A_ARAP_CHALLENGE:
		if (len < 8) {
			out_fmt("ERROR: length %u != 8", len);
			return;
		}
		if (!cur_has(&c, 8))
			goto trunc;
		hex_upper(&c, 8);
		break;
	case A_ERROR_CAUSE:
		if (len != 4) {
			out_fmt("Error: length %u != 4", len);
			return;
		}
		if (!cur_has(&c, 4))
			goto trunc;
		v = cur_be32(&c);
		out_fmt("Error cause %u: ", v);
		tok_print(error_causes, v, "Error-Cause %u not known");
		break;
	}
	return;
trunc:
	decode_trunc_cut(d, "radius");
}

static void vec64_print(struct dctx *d, struct cursor c, unsigned len)
{
	const struct tok *t;
	const char *sep = "";
	uint64_t v;

	if (len != 8) {
		out_fmt("ERROR: length %u != 8", len);
		return;
	}
	out_char('[');
	if (!cur_has(&c, 8)) {
		decode_trunc_cut(d, "radius");
		return;
	}
	v = cur_be64(&c);
	for (t = mip6_features; t->s; t++) {
		if (v >> t->v & 1) {
			out_str(sep);
			out_str(t->s);
			sep = ", ";
		}
	}
	out_char(']');
}

static void homepfx_print(struct dctx *d, struct cursor c, unsigned len)
{
	if (len != 17) {
		out_fmt("ERROR: length %u != 17", len);
		return;
	}
	if (!cur_has(&c, len)) {
		radius_trunc();
		return;
	}
	if (cur_peek(&c, 0) > 128) {
		out_fmt("ERROR: netmask %u not in range (0..128)", cur_peek(&c, 0));
		return;
	}
	decode_ip6addr_at(d, c, 1);
	out_fmt("/%u", cur_peek(&c, 0));
}

/* The location attributes of RFC 5580 and Operator-Name. */
static void rfc5580_print(struct cursor c, unsigned len, unsigned how)
{
	static const unsigned minlen[] = { 2, 21, 3, 10 };
	unsigned min = minlen[how - V_OPNAME];

	if (!cur_has(&c, len)) {
		radius_trunc();
		return;
	}
	if (len < min) {
		out_fmt("ERROR: length %u < %u", len, min);
		return;
	}
	switch (how) {
	case V_OPNAME:
		out_char('[');
		tok_print(operator_ns, cur_peek(&c, 0), "unknown namespace %u");
		out_str("] ");
		cur_skip(&c, 1);
		chars_print(c, len - 1);
		break;
	case V_LOCINFO:
		out_fmt("index %u, code ", cur_peek_be16(&c, 0));
		tok_print(loc_codes, cur_peek(&c, 2), "Unknown (%u)");
		out_str(", entity ");
		tok_print(loc_entities, cur_peek(&c, 3), "Unknown (%u)");
		out_str(", sighting time ");
		ntp_time(c, 4);
		out_str(", time to live ");
		ntp_time(c, 12);
		out_str(", method \"");
		cur_skip(&c, 20);
		chars_print(c, len - 20);
		out_char('"');
		break;
	case V_LOCDATA:
		out_fmt("index %u, location", cur_peek_be16(&c, 0));
		cur_skip(&c, 2);
		decode_hex_ascii_ident(c, len - 2, "\n\t    ");
		break;
	case V_BLPR:
		out_str("flags [");
		tok_bits_print(blpr_flags, cur_peek_be16(&c, 0), ", ", "none");
		out_str("], retention expires ");
		ntp_time(c, 2);
		if (len > 10) {
			out_str(", note well \"");
			cur_skip(&c, 10);
			chars_print(c, len - 10);
			out_char('"');
		}
		break;
	}
}

static void value_print(struct dctx *d, struct cursor c, unsigned len,
			unsigned type)
{
	switch (attrs[type].how) {
	case V_STR: str_print(d, c, len, type); break;
	case V_NUM: num_print(d, c, len, type); break;
	case V_ADDR: addr_print(d, c, len, type); break;
	case V_ADDR6: addr6_print(d, c, len); break;
	case V_PREFIX6: prefix6_print(d, c, len); break;
	case V_TIME: time_print(d, c, len); break;
	case V_VENDOR: vendor_print(d, c, len); break;
	case V_STRANGE: strange_print(d, c, len, type); break;
	case V_VEC64: vec64_print(d, c, len); break;
	case V_HOMEPFX: homepfx_print(d, c, len); break;
	case V_OPNAME: case V_LOCINFO: case V_LOCDATA: case V_BLPR:
		rfc5580_print(c, len, attrs[type].how);
		break;
	}
}

static void attrs_print(struct dctx *d, struct cursor c, unsigned length)
{
	while (length > 0) {
		unsigned type, len;
		struct cursor v;

		if (length < 2 || !cur_has(&c, 2)) {
			decode_trunc(d, "radius");
			return;
		}
		type = cur_u8(&c);
		len = cur_u8(&c);
		out_fmt("\n\t  %s Attribute (%u), length: %u",
			type && type < NATTRS ? attrs[type].name : "Unknown",
			type, len);
		if (len < 2) {
			out_str(" (bogus, must be >= 2)");
			return;
		}
		if (len > length) {
			out_str(" (bogus, goes past end of packet)");
			return;
		}
		out_str(", Value: ");
		v = c;
		if (type < NATTRS && len > 2)
			value_print(d, v, len - 2, type);
		if (d->stop)
			return;
		if (d->vflag > 1)
			decode_hex_ident(v, len - 2, "\n\t    ");
		cur_skip(&c, len - 2);
		length -= len;
	}
}

DECODE_PORT(UDP, 270, 1645, 1645, PORT_EITHER, radius_print)
DECODE_PORT(UDP, 271, 1812, 1812, PORT_EITHER, radius_print)
DECODE_PORT(UDP, 272, 1646, 1646, PORT_EITHER, radius_print)
DECODE_PORT(UDP, 273, 1813, 1813, PORT_EITHER, radius_print)
DECODE_PORT(UDP, 274, 1700, 1700, PORT_EITHER, radius_print)
DECODE_PORT(UDP, 275, 3799, 3799, PORT_EITHER, radius_print)
DECODE_PT("radius", UDP, radius_print)

void radius_print(struct dctx *d, struct cursor c, unsigned length,
		  const struct l4info *l4 DECODE_UNUSED)
{
	unsigned len, code, i;

	if (!cur_has(&c, RADIUS_MINLEN)) {
		decode_trunc(d, "radius");
		return;
	}
	len = cur_peek_be16(&c, 2);
	if (len < RADIUS_MINLEN) {
		decode_trunc(d, "radius");
		return;
	}
	if (len > length)
		len = length;
	code = cur_peek(&c, 0);
	if (!d->vflag) {
		out_str("RADIUS, ");
		tok_print(codes, code, "Unknown Command");
		out_fmt(" (%u), id: 0x%02x length: %u", code, cur_peek(&c, 1),
			len);
		return;
	}
	out_fmt("RADIUS, length: %u\n\t", len);
	tok_print(codes, code, "Unknown Command");
	out_fmt(" (%u), id: 0x%02x, Authenticator: ", code, cur_peek(&c, 1));
	for (i = 4; i < 20; i++)
		out_fmt("%02x", cur_peek(&c, i));
	cur_skip(&c, RADIUS_MINLEN);
	if (len > RADIUS_MINLEN)
		attrs_print(d, c, len - RADIUS_MINLEN);
}
