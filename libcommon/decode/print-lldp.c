/* print-lldp.c - IEEE 802.1AB Link Layer Discovery Protocol (ethertype
 * 0x88cc), with the organization TLVs of IEEE 802.1 (annex E, DCB, EVB),
 * IEEE 802.3 (annex G), ANSI/TIA-1057 (LLDP-MED), IANA (RFC 8520 MUD
 * URL) and the DCBX 1.01 TLVs.
 *
 *   TLV: | type (7 bits) | length (9 bits) | value |   ... End (0, 0)
 * Output as tcpdump 4.99 print-lldp.c.
 */
#include "af.h"
#include "decode.h"
#include "llc.h"
#include "out.h"
#include "table.h"

enum {
	LLDP_PRIVATE_TLV = 127,
	OUI_IEEE_8021 = 0x0080c2,
	OUI_IEEE_8023 = 0x00120f,
	OUI_IANA = 0x00005e,
	OUI_TIA = 0x0012bb,
	OUI_DCBX = 0x001b21,
};

static const struct tok lldp_tlv_values[] = {
	{ 0, "End" },
	{ 1, "Chassis ID" },
	{ 2, "Port ID" },
	{ 3, "Time to Live" },
	{ 4, "Port Description" },
	{ 5, "System Name" },
	{ 6, "System Description" },
	{ 7, "System Capabilities" },
	{ 8, "Management Address" },
	{ 127, "Organization specific" },
	{ 0, NULL }
};

static const struct tok lldp_chassis_subtype_values[] = {
	{ 1, "Chassis component" },
	{ 2, "Interface alias" },
	{ 3, "Port component" },
	{ 4, "MAC address" },
	{ 5, "Network address" },
	{ 6, "Interface name" },
	{ 7, "Local" },
	{ 0, NULL }
};

static const struct tok lldp_port_subtype_values[] = {
	{ 1, "Interface alias" },
	{ 2, "Port component" },
	{ 3, "MAC address" },
	{ 4, "Network Address" },
	{ 5, "Interface Name" },
	{ 6, "Agent circuit ID" },
	{ 7, "Local" },
	{ 0, NULL }
};

static const struct tok lldp_cap_values[] = {
	{ 0x01, "Other" },
	{ 0x02, "Repeater" },
	{ 0x04, "Bridge" },
	{ 0x08, "WLAN AP" },
	{ 0x10, "Router" },
	{ 0x20, "Telephone" },
	{ 0x40, "Docsis" },
	{ 0x80, "Station Only" },
	{ 0, NULL }
};

static const struct tok lldp_8021_subtype_values[] = {
	{ 1, "Port VLAN Id" },
	{ 2, "Port and Protocol VLAN ID" },
	{ 3, "VLAN name" },
	{ 4, "Protocol Identity" },
	{ 7, "Link aggregation" },
	{ 8, "Congestion Notification" },
	{ 9, "ETS Configuration" },
	{ 10, "ETS Recommendation" },
	{ 11, "Priority Flow Control Configuration" },
	{ 12, "Application Priority" },
	{ 13, "EVB" },
	{ 14, "CDCP" },
	{ 0, NULL }
};

static const struct tok lldp_8021_port_protocol_id_values[] = {
	{ 0x02, "supported" },
	{ 0x04, "enabled" },
	{ 0, NULL }
};

static const struct tok lldp_8023_subtype_values[] = {
	{ 1, "MAC/PHY configuration/status" },
	{ 2, "Power via MDI" },
	{ 3, "Link aggregation" },
	{ 4, "Max frame size" },
	{ 0, NULL }
};

static const struct tok lldp_tia_subtype_values[] = {
	{ 1, "LLDP-MED Capabilities" },
	{ 2, "Network policy" },
	{ 3, "Location identification" },
	{ 4, "Extended power-via-MDI" },
	{ 5, "Inventory - hardware revision" },
	{ 6, "Inventory - firmware revision" },
	{ 7, "Inventory - software revision" },
	{ 8, "Inventory - serial number" },
	{ 9, "Inventory - manufacturer name" },
	{ 10, "Inventory - model name" },
	{ 11, "Inventory - asset ID" },
	{ 0, NULL }
};

static const struct tok lldp_tia_location_altitude_type_values[] = {
	{ 1, "meters" },
	{ 2, "floors" },
	{ 0, NULL }
};

static const struct tok lldp_tia_location_lci_catype_values[] = {
	{ 1, "national subdivisions (state,canton,region,province,prefecture)" },
	{ 2, "county, parish, gun, district" },
	{ 3, "city, township, shi" },
	{ 4, "city division, borough, city district, ward chou" },
	{ 5, "neighborhood, block" },
	{ 6, "street" },
	{ 0, NULL }
};

static const struct tok lldp_tia_location_lci_what_values[] = {
	{ 0, "location of DHCP server" },
	{ 1, "location of the network element believed to be closest to the client" },
	{ 2, "location of the client" },
	{ 0, NULL }
};

static const struct tok lldp_mau_types_values[] = {
	{ 0, "Unknown" }, { 1, "AUI" }, { 2, "10BASE_5" }, { 3, "FOIRL" },
	{ 4, "10BASE2" }, { 5, "10BASET duplex mode unknown" },
	{ 6, "10BASEFP" }, { 7, "10BASEFB" },
	{ 8, "10BASEFL duplex mode unknown" }, { 9, "10BROAD36" },
	{ 10, "10BASET hdx" }, { 11, "10BASET fdx" }, { 12, "10BASEFL hdx" },
	{ 13, "10BASEFL fdx" }, { 14, "100BASET4" }, { 15, "100BASETX hdx" },
	{ 16, "100BASETX fdx" }, { 17, "100BASEFX hdx" },
	{ 18, "100BASEFX fdx" }, { 19, "100BASET2 hdx" },
	{ 20, "100BASET2 fdx" }, { 21, "1000BASEX hdx" },
	{ 22, "1000BASEX fdx" }, { 23, "1000BASELX hdx" },
	{ 24, "1000BASELX fdx" }, { 25, "1000BASESX hdx" },
	{ 26, "1000BASESX fdx" }, { 27, "1000BASECX hdx" },
	{ 28, "1000BASECX fdx" }, { 29, "1000BASET hdx" },
	{ 30, "1000BASET fdx" }, { 31, "10GBASEX" }, { 32, "10GBASELX4" },
	{ 33, "10GBASER" }, { 34, "10GBASEER" }, { 35, "10GBASELR" },
	{ 36, "10GBASESR" }, { 37, "10GBASEW" }, { 38, "10GBASEEW" },
	{ 39, "10GBASELW" }, { 40, "10GBASESW" },
	{ 0, NULL }
};

static const struct tok lldp_8023_autonegotiation_values[] = {
	{ 0x01, "supported" },
	{ 0x02, "enabled" },
	{ 0, NULL }
};

static const struct tok lldp_tia_capabilities_values[] = {
	{ 0x01, "LLDP-MED capabilities" },
	{ 0x02, "network policy" },
	{ 0x04, "location identification" },
	{ 0x08, "extended power via MDI-PSE" },
	{ 0x10, "extended power via MDI-PD" },
	{ 0x20, "Inventory" },
	{ 0, NULL }
};

static const struct tok lldp_tia_device_type_values[] = {
	{ 1, "endpoint class 1" },
	{ 2, "endpoint class 2" },
	{ 3, "endpoint class 3" },
	{ 4, "network connectivity" },
	{ 0, NULL }
};

static const struct tok lldp_tia_application_type_values[] = {
	{ 1, "voice" },
	{ 2, "voice signaling" },
	{ 3, "guest voice" },
	{ 4, "guest voice signaling" },
	{ 5, "softphone voice" },
	{ 6, "video conferencing" },
	{ 7, "streaming video" },
	{ 8, "video signaling" },
	{ 0, NULL }
};

static const struct tok lldp_tia_network_policy_bits_values[] = {
	{ 0x80, "Unknown" },
	{ 0x40, "Tagged" },
	{ 0x20, "reserved" },
	{ 0, NULL }
};

static const struct tok lldp_tia_location_data_format_values[] = {
	{ 1, "coordinate-based LCI" },
	{ 2, "civic address LCI" },
	{ 3, "ECS ELIN" },
	{ 0, NULL }
};

static const struct tok lldp_tia_location_datum_type_values[] = {
	{ 1, "World Geodesic System 1984" },
	{ 2, "North American Datum 1983 (NAVD88)" },
	{ 3, "North American Datum 1983 (MLLW)" },
	{ 0, NULL }
};

static const struct tok lldp_tia_power_source_values[] = {
	{ 1, "PSE - primary power source" },
	{ 2, "local - backup power source" },
	{ 3, "PSE+local - reserved" },
	{ 0, NULL }
};

static const struct tok lldp_tia_power_priority_values[] = {
	{ 1, "critical" },
	{ 2, "high" },
	{ 3, "low" },
	{ 0, NULL }
};

static const struct tok lldp_tia_inventory_values[] = {
	{ 5, "Hardware revision" },
	{ 6, "Firmware revision" },
	{ 7, "Software revision" },
	{ 8, "Serial number" },
	{ 9, "Manufacturer name" },
	{ 10, "Model name" },
	{ 11, "Asset ID" },
	{ 0, NULL }
};

static const struct tok lldp_pmd_capability_values[] = {
	{ 0x4000, "10BASE-T hdx" },
	{ 0x2000, "10BASE-T fdx" },
	{ 0x1000, "100BASE-T4" },
	{ 0x0800, "100BASE-TX hdx" },
	{ 0x0400, "100BASE-TX fdx" },
	{ 0x0200, "100BASE-T2 hdx" },
	{ 0x0100, "100BASE-T2 fdx" },
	{ 0x0080, "Pause for fdx links" },
	{ 0x0040, "Asym PAUSE for fdx" },
	{ 0x0020, "Sym PAUSE for fdx" },
	{ 0x0010, "Asym and Sym PAUSE for fdx" },
	{ 0x0008, "1000BASE-{X LX SX CX} hdx" },
	{ 0x0004, "1000BASE-{X LX SX CX} fdx" },
	{ 0x0002, "1000BASE-T hdx" },
	{ 0x0001, "1000BASE-T fdx" },
	{ 0, NULL }
};

static const struct tok lldp_mdi_values[] = {
	{ 0x01, "PSE" },
	{ 0x02, "supported" },
	{ 0x04, "enabled" },
	{ 0x08, "can be controlled" },
	{ 0, NULL }
};

static const struct tok lldp_mdi_power_pairs_values[] = {
	{ 1, "signal" },
	{ 2, "spare" },
	{ 0, NULL }
};

static const struct tok lldp_mdi_power_class_values[] = {
	{ 1, "class0" },
	{ 2, "class1" },
	{ 3, "class2" },
	{ 4, "class3" },
	{ 5, "class4" },
	{ 0, NULL }
};

static const struct tok lldp_aggregation_values[] = {
	{ 0x01, "supported" },
	{ 0x02, "enabled" },
	{ 0, NULL }
};

static const struct tok lldp_dcbx_subtype_values[] = {
	{ 1, "DCB Capability Exchange Protocol Rev 1" },
	{ 2, "DCB Capability Exchange Protocol Rev 1.01" },
	{ 0, NULL }
};

static const struct tok lldp_intf_numb_subtype_values[] = {
	{ 2, "Interface Index" },
	{ 3, "System Port Number" },
	{ 0, NULL }
};

static const struct tok lldp_evb_mode_values[] = {
	{ 0, "Not Supported" },
	{ 1, "EVB Bridge" },
	{ 2, "EVB Staion" },
	{ 3, "Reserved for future Standardization" },
	{ 0, NULL }
};

static const struct tok lldp_iana_subtype_values[] = {
	{ 1, "MUD-URL" },
	{ 0, NULL }
};

/* A TLV's value: every byte of it was captured before it is decoded. */
static unsigned u8(struct cursor v, unsigned off)
{
	return cur_peek(&v, off);
}

static unsigned be16(struct cursor v, unsigned off)
{
	return cur_peek_be16(&v, off);
}

static unsigned be32(struct cursor v, unsigned off)
{
	return cur_peek_be32(&v, off);
}

/* nd_printjnp: n bytes, up to the first NUL. */
static void str_print(struct cursor v, unsigned off, unsigned n)
{
	unsigned i;

	for (i = 0; i < n && cur_peek(&v, off + i); i++)
		decode_char(cur_peek(&v, off + i));
}

static void mac_print(struct dctx *d, struct cursor v, unsigned off)
{
	uint8_t a[6];
	unsigned i;

	for (i = 0; i < 6; i++)
		a[i] = (uint8_t)cur_peek(&v, off + i);
	decode_etheraddr(d, a);
}

static void subtype_print(const struct tok *t, unsigned subtype)
{
	out_str("\n\t  ");
	tok_print(t, subtype, "unknown");
	out_fmt(" Subtype (%u)", subtype);
}

static void bits8_print(const char *title, unsigned v)
{
	unsigned i;

	out_str(title);
	out_str("\n\t     Priority : 0  1  2  3  4  5  6  7"
		"\n\t     Value    : ");
	for (i = 0; i < 8; i++)
		out_fmt("%-2d ", (v >> i) & 1);
}

static void table8_print(const char *title, const char *head, const char *val,
			 struct cursor v, unsigned off, bool nibbles)
{
	unsigned i;

	out_str(title);
	out_str(head);
	out_str(val);
	for (i = 0; i < 8; i++) {
		unsigned x = nibbles ? (u8(v, off + i / 2) >> (i % 2 ? 0 : 4)) &
					       0x0f
				     : u8(v, off + i);

		out_fmt(i < 7 ? "%-3d " : "%-3d", x);
	}
}

static void ets_tables_print(struct cursor v)
{
	table8_print("\n\t    Priority Assignment Table",
		     "\n\t     Priority : 0   1   2   3   4   5   6   7",
		     "\n\t     Value    : ", v, 5, true);
	table8_print("\n\t    TC Bandwidth Table",
		     "\n\t     TC%   : 0   1   2   3   4   5   6   7",
		     "\n\t     Value : ", v, 9, false);
	table8_print("\n\t    TSA Assignment Table",
		     "\n\t     Traffic Class: 0   1   2   3   4   5   6   7",
		     "\n\t     Value        : ", v, 17, false);
}

static bool app_priority_print(struct cursor v, unsigned len)
{
	unsigned i, sub, t;

	if (len < 5)
		return false;
	out_fmt("\n\t    RES: %u", u8(v, 4));
	if (len <= 5)
		return false;
	sub = len - 5;
	if (sub % 3)
		return false;
	out_str("\n\t    Application Priority Table");
	for (i = 0; i < sub; i += 3) {
		t = u8(v, 5 + i);
		out_fmt("\n\t      Priority: %u, RES: %u, Sel: %u, Protocol ID: %u",
			t >> 5, (t >> 3) & 3, t & 7, be16(v, 5 + i + 1));
	}
	return false;
}

static bool evb_print(struct cursor v, unsigned len)
{
	unsigned t;

	if (len < 9)
		return false;
	t = u8(v, 4);
	out_fmt("\n\t    EVB Bridge Status\n\t      RES: %u, BGID: %u, "
		"RRCAP: %u, RRCTR: %u", t >> 3, (t >> 2) & 1, (t >> 1) & 1,
		t & 1);
	t = u8(v, 5);
	out_fmt("\n\t    EVB Station Status\n\t      RES: %u, SGID: %u, "
		"RRREQ: %u,RRSTAT: %u", t >> 4, (t >> 3) & 1, (t >> 2) & 1,
		t & 3);
	t = u8(v, 6);
	out_fmt("\n\t    R: %u, RTE: %u, ", t >> 5, t & 0x1f);
	t = u8(v, 7);
	out_str("EVB Mode: ");
	tok_print(lldp_evb_mode_values, t >> 6, "unknown");
	out_fmt(" [%u]\n\t    ROL: %u, RWD: %u, ", t >> 6, (t >> 5) & 1,
		t & 0x1f);
	t = u8(v, 8);
	out_fmt("RES: %u, ROL: %u, RKA: %u", t >> 6, (t >> 5) & 1, t & 0x1f);
	return false;
}

static bool cdcp_print(struct cursor v, unsigned len)
{
	unsigned t, i, sub;

	if (len < 8)
		return false;
	t = u8(v, 4);
	out_fmt("\n\t    Role: %u, RES: %u, Scomp: %u ", t >> 7, (t >> 4) & 7,
		(t >> 3) & 1);
	out_fmt("ChnCap: %u", be16(v, 6) & 0x0fff);
	sub = len - 8;
	if (sub % 3)
		return false;
	for (i = 0; i < sub; i += 3) {
		t = (unsigned)u8(v, 8 + i) << 16 | be16(v, 9 + i);
		out_fmt("\n\t    SCID: %u, SVID: %u", t >> 12, t & 0xfff);
	}
	return false;
}

/* 802.1 subtypes 1 to 4; returns whether to dump the value. */
static bool p8021_vlan_print(struct cursor v, unsigned len, unsigned sub)
{
	unsigned n;

	switch (sub) {
	case 1:
		if (len >= 6)
			out_fmt("\n\t    port vlan id (PVID): %u", be16(v, 4));
		return false;
	case 2:
		if (len < 7)
			return false;
		out_fmt("\n\t    port and protocol vlan id (PPVID): %u, flags [",
			be16(v, 5));
		tok_bits_print(lldp_8021_port_protocol_id_values, u8(v, 4),
			       ", ", "none");
		out_fmt("] (0x%02x)", u8(v, 4));
		return false;
	case 3:
		if (len < 6)
			return false;
		out_fmt("\n\t    vlan id (VID): %u", be16(v, 4));
		if (len < 7 || len < 7 + (n = u8(v, 6)))
			return false;
		out_str("\n\t    vlan name: ");
		str_print(v, 7, n);
		return false;
	case 4:
		if (len < 5 || len < 5 + (n = u8(v, 4)))
			return false;
		out_str("\n\t    protocol identity: ");
		str_print(v, 5, n);
		return false;
	}
	return true;
}

/* 802.1 subtype 7 and 802.3 subtype 3. */
static bool linkagg_print(struct cursor v, unsigned len)
{
	if (len < 9)
		return false;
	out_str("\n\t    aggregation status [");
	tok_bits_print(lldp_aggregation_values, u8(v, 4), ", ", "none");
	out_fmt("], aggregation port ID %u", be32(v, 5));
	return false;
}

static bool p8021_print(struct cursor v, unsigned len)
{
	unsigned sub, t;

	if (len < 4)
		return false;
	sub = u8(v, 3);
	subtype_print(lldp_8021_subtype_values, sub);
	switch (sub) {
	case 7:
		return linkagg_print(v, len);
	case 8:
		if (len < 6)
			return false;
		bits8_print("\n\t    Pre-Priority CNPV Indicator", u8(v, 4));
		bits8_print("\n\t    Pre-Priority Ready Indicator", u8(v, 5));
		return false;
	case 9:
		if (len < 25)
			return false;
		t = u8(v, 4);
		out_fmt("\n\t    Willing:%u, CBS:%u, RES:%u, Max TCs:%u",
			t >> 7, (t >> 6) & 2, (t >> 3) & 7, t & 7);
		ets_tables_print(v);
		return false;
	case 10:
		if (len < 25)
			return false;
		out_fmt("\n\t    RES: %u", u8(v, 4));
		ets_tables_print(v);
		return false;
	case 11:
		if (len < 6)
			return false;
		t = u8(v, 4);
		out_fmt("\n\t    Willing: %u, MBC: %u, RES: %u, PFC cap:%u ",
			t >> 7, (t >> 6) & 1, (t >> 4) & 3, t & 0x0f);
		bits8_print("\n\t    PFC Enable", u8(v, 5));
		return false;
	case 12:
		return app_priority_print(v, len);
	case 13:
		return evb_print(v, len);
	case 14:
		return cdcp_print(v, len);
	}
	return p8021_vlan_print(v, len, sub);
}

static bool p8023_print(struct cursor v, unsigned len)
{
	unsigned sub;

	if (len < 4)
		return false;
	sub = u8(v, 3);
	subtype_print(lldp_8023_subtype_values, sub);
	switch (sub) {
	case 1:
		if (len < 9)
			return false;
		out_str("\n\t    autonegotiation [");
		tok_bits_print(lldp_8023_autonegotiation_values, u8(v, 4), ", ",
			       "none");
		out_fmt("] (0x%02x)\n\t    PMD autoneg capability [", u8(v, 4));
		tok_bits_print(lldp_pmd_capability_values, be16(v, 5), ", ",
			       "unknown");
		out_fmt("] (0x%04x)\n\t    MAU type ", be16(v, 5));
		tok_print(lldp_mau_types_values, be16(v, 7), "unknown");
		out_fmt(" (0x%04x)", be16(v, 7));
		return false;
	case 2:
		if (len < 7)
			return false;
		out_str("\n\t    MDI power support [");
		tok_bits_print(lldp_mdi_values, u8(v, 4), ", ", "none");
		out_str("], power pair ");
		tok_print(lldp_mdi_power_pairs_values, u8(v, 5), "unknown");
		out_str(", power class ");
		tok_print(lldp_mdi_power_class_values, u8(v, 6), "unknown");
		return false;
	case 3:
		return linkagg_print(v, len);
	case 4:
		if (len >= 6)
			out_fmt("\n\t    MTU size %u", be16(v, 4));
		return false;
	}
	return true;
}

static bool iana_print(struct cursor v, unsigned len)
{
	unsigned sub, i;

	if (len < 8)
		return false;
	sub = u8(v, 3);
	subtype_print(lldp_iana_subtype_values, sub);
	if (sub != 1)
		return true;
	out_str("\n\t  MUD-URL=");
	for (i = 4; i < len; i++)
		decode_char(u8(v, i));
	return false;
}

static uint64_t latlon(struct cursor v, unsigned off)
{
	return (uint64_t)(u8(v, off) & 3) << 32 | be32(v, off + 1);
}

static void tia_coord_print(struct cursor v)
{
	out_fmt("\n\t    Latitude resolution %u, latitude value %llu",
		u8(v, 5) >> 2, (unsigned long long)latlon(v, 5));
	out_fmt("\n\t    Longitude resolution %u, longitude value %llu",
		u8(v, 10) >> 2, (unsigned long long)latlon(v, 10));
	out_str("\n\t    Altitude type ");
	tok_print(lldp_tia_location_altitude_type_values, u8(v, 15) >> 4,
		  "unknown");
	out_fmt(" (%u)", u8(v, 15) >> 4);
	out_fmt("\n\t    Altitude resolution %u, altitude value 0x%x",
		(be16(v, 15) >> 6) & 0x3f, be32(v, 16) & 0x3fffffff);
	out_str("\n\t    Datum ");
	tok_print(lldp_tia_location_datum_type_values, u8(v, 20), "unknown");
	out_fmt(" (0x%02x)", u8(v, 20));
}

static bool tia_civic_print(struct cursor v, unsigned len)
{
	unsigned lci, off, type, n;

	if (len < 6)
		return false;
	lci = u8(v, 5);
	if (lci < 3 || len < 7 + lci)
		return false;
	out_fmt("\n\t    LCI length %u, LCI what ", lci);
	tok_print(lldp_tia_location_lci_what_values, u8(v, 6), "unknown");
	out_fmt(" (0x%02x), Country-code ", u8(v, 6));
	str_print(v, 7, 2);
	lci -= 3;
	off = 9;
	while (lci > 0) {
		if (lci < 2)
			return false;
		type = u8(v, off);
		n = u8(v, off + 1);
		off += 2;
		lci -= 2;
		out_str("\n\t      CA type '");
		tok_print(lldp_tia_location_lci_catype_values, type, "unknown");
		out_fmt("' (%u), length %u: ", type, n);
		if (type == 0 || n == 0 || lci < n)
			return false;
		str_print(v, off, n);
		off += n;
		lci -= n;
	}
	return false;
}

static bool tia_location_print(struct cursor v, unsigned len)
{
	unsigned fmt;

	if (len < 5)
		return false;
	fmt = u8(v, 4);
	out_str("\n\t    Location data format ");
	tok_print(lldp_tia_location_data_format_values, fmt, "unknown");
	out_fmt(" (0x%02x)", fmt);
	switch (fmt) {
	case 1:
		if (len < 21)
			return false;
		tia_coord_print(v);
		return false;
	case 2:
		return tia_civic_print(v, len);
	case 3:
		out_str("\n\t    ECS ELIN id ");
		str_print(v, 5, len - 5);
		return false;
	}
	out_str("\n\t    Location ID ");
	cur_skip(&v, 5);
	decode_hex_ident(v, len - 5, "\n\t      ");
	return false;
}

static void tia_power_print(struct cursor v)
{
	unsigned t = u8(v, 4), p = be16(v, 5);

	out_fmt("\n\t    Power type [%s]", (t & 0xc0 >> 6) ? "PD device"
							  : "PSE device");
	out_str(", Power source [");
	tok_print(lldp_tia_power_source_values, (t & 0x30) >> 4, "none");
	out_str("]\n\t    Power priority [");
	tok_print(lldp_tia_power_priority_values, t & 0x0f, "none");
	out_fmt("] (0x%02x)", t & 0x0f);
	if (p < 1024)
		out_fmt(", Power %.1f Watts", (double)((float)p / 10));
	else
		out_fmt(", Power %u (Reserved)", p);
}

static bool tia_print(struct cursor v, unsigned len)
{
	unsigned sub;

	if (len < 4)
		return false;
	sub = u8(v, 3);
	subtype_print(lldp_tia_subtype_values, sub);
	switch (sub) {
	case 1:
		if (len < 7)
			return false;
		out_str("\n\t    Media capabilities [");
		tok_bits_print(lldp_tia_capabilities_values, be16(v, 4), ", ",
			       "none");
		out_fmt("] (0x%04x)\n\t    Device type [", be16(v, 4));
		tok_print(lldp_tia_device_type_values, u8(v, 6), "unknown");
		out_fmt("] (0x%02x)", u8(v, 6));
		return false;
	case 2:
		if (len < 8)
			return false;
		out_str("\n\t    Application type [");
		tok_print(lldp_tia_application_type_values, u8(v, 4), "none");
		out_fmt("] (0x%02x), Flags [", u8(v, 4));
		tok_bits_print(lldp_tia_network_policy_bits_values, u8(v, 5),
			       ", ", "none");
		out_fmt("]\n\t    Vlan id %u", (be16(v, 5) & 0x1ffe) >> 1);
		out_fmt(", L2 priority %u", (be16(v, 6) & 0x01ff) >> 6);
		out_fmt(", DSCP value %u", be16(v, 6) & 0x003f);
		return false;
	case 3:
		return tia_location_print(v, len);
	case 4:
		if (len < 7)
			return false;
		tia_power_print(v);
		return false;
	case 5: case 6: case 7: case 8: case 9: case 10: case 11:
		out_str("\n\t  ");
		tok_print(lldp_tia_inventory_values, sub, "unknown");
		out_char(' ');
		str_print(v, 4, len - 4);
		return false;
	}
	return true;
}

static void dcbx_info_block(struct cursor t)
{
	unsigned b = u8(t, 2);

	out_fmt("\n\t      Oper_Version: %u\n\t      Max_Version: %u"
		"\n\t      Info block(0x%02X): Enable bit: %u, Willing bit: "
		"%u, Error Bit: %u\n\t      SubType: %u", u8(t, 0), u8(t, 1), b,
		!!(b & 0x80), !!(b & 0x40), !!(b & 0x20), u8(t, 3));
}

static void dcbx_pg_print(struct cursor t, unsigned len)
{
	unsigned i, pg = be32(t, 4);

	out_fmt("\n\t    Feature - Priority Group (type 0x%x, length %u)", 2,
		len);
	dcbx_info_block(t);
	out_str("\n\t      Priority Allocation");
	for (i = 0; i <= 7; i++)
		out_fmt("\n\t          PgId_%u: %u", i, (pg >> (28 - 4 * i)) & 0xf);
	out_str("\n\t      Priority Group Allocation");
	for (i = 0; i <= 7; i++)
		out_fmt("\n\t          Pg percentage[%u]: %u", i, u8(t, 8 + i));
	out_fmt("\n\t      NumTCsSupported: %u", u8(t, 16));
}

static void dcbx_pfc_print(struct cursor t, unsigned len)
{
	unsigned i, cfg = u8(t, 4);

	out_fmt("\n\t    Feature - Priority Flow Control (type 0x%x, length %u)",
		3, len);
	dcbx_info_block(t);
	out_fmt("\n\t      PFC Config (0x%02X)", cfg);
	for (i = 0; i <= 7; i++)
		out_fmt("\n\t          Priority Bit %u: %s", i,
			cfg & (1u << i) ? "Enabled" : "Disabled");
	out_fmt("\n\t      NumTCPFCSupported: %u", u8(t, 5));
}

static void dcbx_app_print(struct cursor t, unsigned len)
{
	unsigned left = len - 4, off = 4, x;

	out_fmt("\n\t    Feature - Application (type 0x%x, length %u)", 4, len);
	dcbx_info_block(t);
	for (; left >= 6; left -= 6, off += 6) {
		x = (unsigned)u8(t, off + 2) << 16 | be16(t, off + 3);
		out_fmt("\n\t      Application Value\n\t          Application "
			"Protocol ID: 0x%04x\n\t          SF (0x%x) Application "
			"Protocol ID is %s\n\t          OUI: 0x%06x\n\t          "
			"User Priority Map: 0x%02x", be16(t, off), x >> 22,
			(x >> 22) ? "Socket Number" : "L2 EtherType",
			x & 0x3fffff, u8(t, off + 5));
	}
}

/* One DCBX TLV; false when its length is too short for it. */
static bool dcbx_tlv_print(struct cursor t, unsigned type, unsigned len,
			   bool *hexdump)
{
	*hexdump = false;
	switch (type) {
	case 1:
		if (len < 10)
			return false;
		out_fmt("\n\t    Control - Protocol Control (type 0x%x, length %u)"
			"\n\t      Oper_Version: %u\n\t      Max_Version: %u"
			"\n\t      Sequence Number: %u\n\t      Acknowledgement "
			"Number: %u", 1, len, u8(t, 0), u8(t, 1), be32(t, 2),
			be32(t, 6));
		return true;
	case 2:
		if (len < 17)
			return false;
		dcbx_pg_print(t, len);
		return true;
	case 3:
		if (len < 6)
			return false;
		dcbx_pfc_print(t, len);
		return true;
	case 4:
		if (len < 4)
			return false;
		dcbx_app_print(t, len);
		return true;
	}
	*hexdump = true;
	return true;
}

static bool dcbx_print(struct dctx *d, struct cursor v, unsigned len)
{
	unsigned sub, tlv, type, tlen;
	bool hexdump = false;

	if (len < 4)
		return false;
	sub = u8(v, 3);
	subtype_print(lldp_dcbx_subtype_values, sub);
	if (sub == 1)
		return true;
	cur_skip(&v, 4);
	len -= 4;
	while (len >= 2) {
		tlv = cur_be16(&v);
		type = tlv >> 9;
		tlen = tlv & 0x1ff;
		len -= 2;
		hexdump = false;
		if (!type || !tlen || len < tlen || !cur_has(&v, tlen))
			break;
		if (!dcbx_tlv_print(v, type, tlen, &hexdump))
			break;
		if (d->vflag > 1 || (d->vflag && hexdump))
			decode_hex_ident(v, tlen, "\n\t    ");
		cur_skip(&v, tlen);
		len -= tlen;
	}
	return hexdump;
}

static void netaddr_body(struct dctx *d, struct cursor v, unsigned off,
			 unsigned af)
{
	uint8_t a[16];
	unsigned i;

	for (i = 0; i < 16; i++)
		a[i] = (uint8_t)cur_peek(&v, off + i);
	if (af == 1)
		decode_ip4addr(d, a);
	else if (af == 2)
		decode_ip6addr(d, a);
	else
		decode_etheraddr(d, a);
}

/* Whether an address family and address fit in len bytes. */
static bool netaddr_fits(struct cursor v, unsigned off, unsigned len)
{
	unsigned af = u8(v, off);

	return len >= 1 && !((af == 1 && len < 5) || (af == 2 && len < 17) ||
			     (af == 6 && len < 7));
}

/* An address family and address; false when too short. */
static bool netaddr_print(struct dctx *d, struct cursor v, unsigned off,
			  unsigned len)
{
	unsigned af = u8(v, off);

	if (!netaddr_fits(v, off, len))
		return false;
	out_str("AFI ");
	tok_print(af_values, af, "Unknown");
	if (af != 1 && af != 2 && af != 6) {
		out_fmt(" (%u), no AF printer !", af);
		return true;
	}
	out_fmt(" (%u): ", af);
	netaddr_body(d, v, off + 1, af);
	return true;
}

static bool mgmt_addr_print(struct dctx *d, struct cursor v, unsigned len)
{
	unsigned alen, off, oid;

	if (len < 1)
		return false;
	alen = u8(v, 0);
	/* tcpdump formats the address before it prints the length */
	if (len - 1 < alen || !netaddr_fits(v, 1, alen))
		return false;
	out_fmt("\n\t  Management Address length %u, ", alen);
	if (!netaddr_print(d, v, 1, alen))
		return false;
	off = 1 + alen;
	if (len - off < 5)
		return false;
	out_str("\n\t  ");
	tok_print(lldp_intf_numb_subtype_values, u8(v, off), "Unknown");
	out_fmt(" Interface Numbering (%u): %u", u8(v, off), be32(v, off + 1));
	off += 5;
	if (off < len) {
		oid = u8(v, off);
		if (len - off < 1 + oid)
			return false;
		if (oid) {
			out_fmt("\n\t  OID length %u", oid);
			str_print(v, off + 1, oid);
		}
	}
	return true;
}

/* Chassis or port ID. */
static bool id_print(struct dctx *d, struct cursor v, unsigned len,
		     const struct tok *names, unsigned mac, unsigned net,
		     bool *hexdump)
{
	unsigned sub;

	if (len < 2)
		return false;
	sub = u8(v, 0);
	out_str("\n\t  Subtype ");
	tok_print(names, sub, "Unknown");
	out_fmt(" (%u): ", sub);
	if (sub == mac) {
		if (len < 7)
			return false;
		mac_print(d, v, 1);
	} else if (sub == net) {
		return netaddr_print(d, v, 1, len - 1);
	} else if (sub >= 1 && sub <= 7) {
		str_print(v, 1, len - 1);
	} else {
		*hexdump = true;
	}
	return true;
}

static bool private_print(struct dctx *d, struct cursor v, unsigned len,
			  bool *hexdump)
{
	unsigned oui;
	const char *s;

	if (len < 3)
		return false;
	oui = (unsigned)u8(v, 0) << 16 | be16(v, 1);
	s = oui_name(oui);
	out_fmt(": OUI %s (0x%06x)", s ? s : "Unknown", oui);
	switch (oui) {
	case OUI_IEEE_8021:
		*hexdump = p8021_print(v, len);
		break;
	case OUI_IEEE_8023:
		*hexdump = p8023_print(v, len);
		break;
	case OUI_IANA:
		*hexdump = iana_print(v, len);
		break;
	case OUI_TIA:
		*hexdump = tia_print(v, len);
		break;
	case OUI_DCBX:
		*hexdump = dcbx_print(d, v, len);
		break;
	default:
		*hexdump = true;
	}
	return true;
}

static void caps_print(struct cursor v)
{
	out_str("\n\t  System  Capabilities [");
	tok_bits_print(lldp_cap_values, be16(v, 0), ", ", "none");
	out_fmt("] (0x%04x)\n\t  Enabled Capabilities [", be16(v, 0));
	tok_bits_print(lldp_cap_values, be16(v, 2), ", ", "none");
	out_fmt("] (0x%04x)", be16(v, 2));
}

/* The verbose body of a TLV; false when it is too short (truncated). */
static bool tlv_verbose(struct dctx *d, struct cursor v, unsigned type,
			unsigned len, bool *hexdump)
{
	switch (type) {
	case 1:
		return id_print(d, v, len, lldp_chassis_subtype_values, 4, 5,
				hexdump);
	case 2:
		return id_print(d, v, len, lldp_port_subtype_values, 3, 4,
				hexdump);
	case 3:
		if (len < 2)
			return false;
		out_fmt(": TTL %us", be16(v, 0));
		return true;
	case 4:
		out_str(": ");
		str_print(v, 0, len);
		return true;
	case 6:
		out_str("\n\t  ");
		str_print(v, 0, len);
		return true;
	case 7:
		if (len < 4)
			return false;
		caps_print(v);
		return true;
	case 8:
		return mgmt_addr_print(d, v, len);
	case LLDP_PRIVATE_TLV:
		return private_print(d, v, len, hexdump);
	}
	*hexdump = true;
	return true;
}

DECODE_KEY(ETHERTYPE, 0x88cc, lldp_print)

void lldp_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned tlv, type, tlen;
	bool hexdump;
	struct cursor v;

	out_fmt("LLDP, length %u", len);
	while (len >= 2) {
		if (!cur_has(&c, 2))
			goto trunc;
		tlv = cur_be16(&c);
		type = tlv >> 9;
		tlen = tlv & 0x1ff;
		len -= 2;
		hexdump = false;
		if (d->vflag) {
			out_str("\n\t");
			tok_print(lldp_tlv_values, type, "Unknown");
			out_fmt(" TLV (%u), length %u", type, tlen);
		}
		if (!type || !tlen)
			break;
		if (!cur_has(&c, tlen) || len < tlen)
			goto trunc;
		v = cur_sub(&c, tlen);
		if (type == 5) {
			out_str(": ");
			str_print(v, 0, tlen);
		} else if (d->vflag && !tlv_verbose(d, v, type, tlen, &hexdump)) {
			goto trunc;
		} else if (!d->vflag && type > 8 && type != LLDP_PRIVATE_TLV) {
			hexdump = true;
		}
		if (d->vflag > 1 || (d->vflag && hexdump))
			decode_hex_ident(v, tlen, "\n\t  ");
		len -= tlen;
	}
	return;
trunc:
	decode_trunc(d, "lldp");
}
