/* print-ipx.c - Novell IPX, with SAP and RIP (ethertype 0x8137, LLC SAP
 * 0xe0, and Novell's raw 802.3 frames through print-llc.c).
 *
 *   | checksum | length | hops | type | dst net (4) | dst node (6) |
 *   | dst socket | src net | src node | src socket |   (30 bytes)
 * Output as tcpdump 4.99 print-ipx.c.
 */
#include "decode.h"
#include "out.h"
#include "table.h"

enum {
	IPX_HDR_LEN = 30,
	IPX_SKT_NCP = 0x0451,
	IPX_SKT_SAP = 0x0452,
	IPX_SKT_RIP = 0x0453,
	IPX_SKT_NETBIOS = 0x0455,
	IPX_SKT_DIAGNOSTICS = 0x0456,
	IPX_SKT_NWLINK_DGM = 0x0553,
	IPX_SKT_EIGRP = 0x85be,
	IPPROTO_EIGRP = 88,
};

/* Service types, named only without -n (as tcpdump's name tables). */
static const struct tok ipxsap_values[] = {
	{ 0x0000, "Unknown" },
	{ 0x0001, "User" },
	{ 0x0002, "User Group" },
	{ 0x0003, "PrintQueue" },
	{ 0x0004, "FileServer" },
	{ 0x0005, "JobServer" },
	{ 0x0006, "Gateway" },
	{ 0x0007, "PrintServer" },
	{ 0x0008, "ArchiveQueue" },
	{ 0x0009, "ArchiveServer" },
	{ 0x000a, "JobQueue" },
	{ 0x000b, "Administration" },
	{ 0x000f, "Novell TI-RPC" },
	{ 0x0017, "Diagnostics" },
	{ 0x0020, "NetBIOS" },
	{ 0x0021, "NAS SNA Gateway" },
	{ 0x0023, "NACS AsyncGateway" },
	{ 0x0024, "RemoteBridge/RoutingService" },
	{ 0x0026, "BridgeServer" },
	{ 0x0027, "TCP/IP Gateway" },
	{ 0x0028, "Point-to-point X.25 BridgeServer" },
	{ 0x0029, "3270 Gateway" },
	{ 0x002a, "CHI Corp" },
	{ 0x002c, "PC Chalkboard" },
	{ 0x002d, "TimeSynchServer" },
	{ 0x002e, "ARCserve5.0/PalindromeBackup" },
	{ 0x0045, "DI3270 Gateway" },
	{ 0x0047, "AdvertisingPrintServer" },
	{ 0x004a, "NetBlazerModems" },
	{ 0x004b, "BtrieveVAP" },
	{ 0x004c, "NetwareSQL" },
	{ 0x004d, "XtreeNetwork" },
	{ 0x0050, "BtrieveVAP4.11" },
	{ 0x0052, "QuickLink" },
	{ 0x0053, "PrintQueueUser" },
	{ 0x0058, "Multipoint X.25 Router" },
	{ 0x0060, "STLB/NLM" },
	{ 0x0064, "ARCserve" },
	{ 0x0066, "ARCserve3.0" },
	{ 0x0072, "WAN CopyUtility" },
	{ 0x007a, "TES-NetwareVMS" },
	{ 0x0092, "WATCOM Debugger/EmeraldTapeBackupServer" },
	{ 0x0095, "DDA OBGYN" },
	{ 0x0098, "NetwareAccessServer" },
	{ 0x009a, "Netware for VMS II/NamedPipeServer" },
	{ 0x009b, "NetwareAccessServer" },
	{ 0x009e, "PortableNetwareServer/SunLinkNVT" },
	{ 0x00a1, "PowerchuteAPC UPS" },
	{ 0x00aa, "LAWserve" },
	{ 0x00ac, "CompaqIDA StatusMonitor" },
	{ 0x0100, "PIPE STAIL" },
	{ 0x0102, "LAN ProtectBindery" },
	{ 0x0103, "OracleDataBaseServer" },
	{ 0x0107, "Netware386/RSPX RemoteConsole" },
	{ 0x010f, "NovellSNA Gateway" },
	{ 0x0111, "TestServer" },
	{ 0x0112, "HP PrintServer" },
	{ 0x0114, "CSA MUX" },
	{ 0x0115, "CSA LCA" },
	{ 0x0116, "CSA CM" },
	{ 0x0117, "CSA SMA" },
	{ 0x0118, "CSA DBA" },
	{ 0x0119, "CSA NMA" },
	{ 0x011a, "CSA SSA" },
	{ 0x011b, "CSA STATUS" },
	{ 0x011e, "CSA APPC" },
	{ 0x0126, "SNA TEST SSA Profile" },
	{ 0x012a, "CSA TRACE" },
	{ 0x012b, "NetwareSAA" },
	{ 0x012e, "IKARUS VirusScan" },
	{ 0x0130, "CommunicationsExecutive" },
	{ 0x0133, "NNS DomainServer/NetwareNamingServicesDomain" },
	{ 0x0135, "NetwareNamingServicesProfile" },
	{ 0x0137, "Netware386 PrintQueue/NNS PrintQueue" },
	{ 0x0141, "LAN SpoolServer" },
	{ 0x0152, "IRMALAN Gateway" },
	{ 0x0154, "NamedPipeServer" },
	{ 0x0166, "NetWareManagement" },
	{ 0x0168, "Intel PICKIT CommServer/Intel CAS TalkServer" },
	{ 0x0173, "Compaq" },
	{ 0x0174, "Compaq SNMP Agent" },
	{ 0x0175, "Compaq" },
	{ 0x0180, "XTreeServer/XTreeTools" },
	{ 0x018a, "NASI ServicesBroadcastServer" },
	{ 0x01b0, "GARP Gateway" },
	{ 0x01b1, "Binfview" },
	{ 0x01bf, "IntelLanDeskManager" },
	{ 0x01ca, "AXTEC" },
	{ 0x01cb, "ShivaNetModem/E" },
	{ 0x01cc, "ShivaLanRover/E" },
	{ 0x01cd, "ShivaLanRover/T" },
	{ 0x01ce, "ShivaUniversal" },
	{ 0x01d8, "CastelleFAXPressServer" },
	{ 0x01da, "CastelleLANPressPrintServer" },
	{ 0x01dc, "CastelleFAX/Xerox7033 FaxServer/ExcelLanFax" },
	{ 0x01f0, "LEGATO" },
	{ 0x01f5, "LEGATO" },
	{ 0x0233, "NMS Agent/NetwareManagementAgent" },
	{ 0x0237, "NMS IPX Discovery/LANternReadWriteChannel" },
	{ 0x0238, "NMS IP Discovery/LANternTrapAlarmChannel" },
	{ 0x023a, "LANtern" },
	{ 0x023c, "MAVERICK" },
	{ 0x023f, "NovellSMDR" },
	{ 0x024e, "NetwareConnect" },
	{ 0x024f, "NASI ServerBroadcast Cisco" },
	{ 0x026a, "NMS ServiceConsole" },
	{ 0x026b, "TimeSynchronizationServer Netware 4.x" },
	{ 0x0278, "DirectoryServer Netware 4.x" },
	{ 0x027b, "NetwareManagementAgent" },
	{ 0x0280, "Novell File and Printer Sharing Service for PC" },
	{ 0x0304, "NovellSAA Gateway" },
	{ 0x0308, "COM/VERMED" },
	{ 0x030a, "GalacticommWorldgroupServer" },
	{ 0x030c, "IntelNetport2/HP JetDirect/HP Quicksilver" },
	{ 0x0320, "AttachmateGateway" },
	{ 0x0327, "MicrosoftDiagnostiocs" },
	{ 0x0328, "WATCOM SQL Server" },
	{ 0x0335, "MultiTechSystems MultisynchCommServer" },
	{ 0x0343, "Xylogics RemoteAccessServer/LANModem" },
	{ 0x0355, "ArcadaBackupExec" },
	{ 0x0358, "MSLCD1" },
	{ 0x0361, "NETINELO" },
	{ 0x037e, "Powerchute UPS Monitoring" },
	{ 0x037f, "ViruSafeNotify" },
	{ 0x0386, "HP Bridge" },
	{ 0x0387, "HP Hub" },
	{ 0x0394, "NetWare SAA Gateway" },
	{ 0x039b, "LotusNotes" },
	{ 0x03b7, "CertusAntiVirus" },
	{ 0x03c4, "ARCserve4.0" },
	{ 0x03c7, "LANspool3.5" },
	{ 0x03d7, "LexmarkPrinterServer" },
	{ 0x03d8, "LexmarkXLE PrinterServer" },
	{ 0x03dd, "BanyanENS NetwareClient" },
	{ 0x03de, "GuptaSequelBaseServer/NetWareSQL" },
	{ 0x03e1, "UnivelUnixware" },
	{ 0x03e4, "UnivelUnixware" },
	{ 0x03fc, "IntelNetport" },
	{ 0x03fd, "PrintServerQueue" },
	{ 0x040a, "ipnServer" },
	{ 0x040d, "LVERRMAN" },
	{ 0x040e, "LVLIC" },
	{ 0x0414, "NET Silicon (DPI)/Kyocera" },
	{ 0x0429, "SiteLockVirus" },
	{ 0x0432, "UFHELPR???" },
	{ 0x0433, "Synoptics281xAdvancedSNMPAgent" },
	{ 0x0444, "MicrosoftNT SNA Server" },
	{ 0x0448, "Oracle" },
	{ 0x044c, "ARCserve5.01" },
	{ 0x0457, "CanonGP55" },
	{ 0x045a, "QMS Printers" },
	{ 0x045b, "DellSCSI Array" },
	{ 0x0491, "NetBlazerModems" },
	{ 0x04ac, "OnTimeScheduler" },
	{ 0x04b0, "CD-Net" },
	{ 0x0513, "EmulexNQA" },
	{ 0x0520, "SiteLockChecks" },
	{ 0x0529, "SiteLockChecks" },
	{ 0x052d, "CitrixOS2 AppServer" },
	{ 0x0535, "Tektronix" },
	{ 0x0536, "Milan" },
	{ 0x055d, "Attachmate SNA gateway" },
	{ 0x056b, "IBM8235 ModemServer" },
	{ 0x056c, "ShivaLanRover/E PLUS" },
	{ 0x056d, "ShivaLanRover/T PLUS" },
	{ 0x0580, "McAfeeNetShield" },
	{ 0x05b8, "NLM to workstation communication (Revelation Software)" },
	{ 0x05ba, "CompatibleSystemsRouters" },
	{ 0x05be, "CheyenneHierarchicalStorageManager" },
	{ 0x0606, "JCWatermarkImaging" },
	{ 0x060c, "AXISNetworkPrinter" },
	{ 0x0610, "AdaptecSCSIManagement" },
	{ 0x0621, "IBM AntiVirus" },
	{ 0x0640, "Windows95 RemoteRegistryService" },
	{ 0x064e, "MicrosoftIIS" },
	{ 0x067b, "Microsoft Win95/98 File and Print Sharing for NetWare" },
	{ 0x067c, "Microsoft Win95/98 File and Print Sharing for NetWare" },
	{ 0x076c, "Xerox" },
	{ 0x079b, "ShivaLanRover/E 115" },
	{ 0x079c, "ShivaLanRover/T 115" },
	{ 0x07b4, "CubixWorldDesk" },
	{ 0x07c2, "Quarterdeck IWare Connect V2.x NLM" },
	{ 0x07c1, "Quarterdeck IWare Connect V3.x NLM" },
	{ 0x0810, "ELAN License Server Demo" },
	{ 0x0824, "ShivaLanRoverAccessSwitch/E" },
	{ 0x086a, "ISSC Collector" },
	{ 0x087f, "ISSC DAS AgentAIX" },
	{ 0x0880, "Intel Netport PRO" },
	{ 0x0881, "Intel Netport PRO" },
	{ 0x0b29, "SiteLock" },
	{ 0x0c29, "SiteLockApplications" },
	{ 0x0c2c, "LicensingServer" },
	{ 0x2101, "PerformanceTechnologyInstantInternet" },
	{ 0x2380, "LAI SiteLock" },
	{ 0x238c, "MeetingMaker" },
	{ 0x4808, "SiteLockServer/SiteLockMetering" },
	{ 0x5555, "SiteLockUser" },
	{ 0x6312, "Tapeware" },
	{ 0x6f00, "RabbitGateway" },
	{ 0x7703, "MODEM" },
	{ 0x8002, "NetPortPrinters" },
	{ 0x8008, "WordPerfectNetworkVersion" },
	{ 0x85be, "Cisco EIGRP" },
	{ 0x8888, "WordPerfectNetworkVersion/QuickNetworkManagement" },
	{ 0x9000, "McAfeeNetShield" },
	{ 0x9604, "CSA-NT_MON" },
	{ 0xb6a8, "OceanIsleReachoutRemoteControl" },
	{ 0xf11f, "SiteLockMetering" },
	{ 0xf1ff, "SiteLock" },
	{ 0xf503, "Microsoft SQL Server" },
	{ 0xf905, "IBM TimeAndPlace" },
	{ 0xfbfb, "TopCallIII FaxServer" },
	{ 0xffff, "AnyService/Wildcard" },
	{ 0, NULL }
};

static void sap_type_print(struct dctx *d, unsigned v)
{
	const char *s = d->nflag ? NULL : tok_str(ipxsap_values, v);

	if (s)
		out_str(s);
	else
		out_hex(v, 4);
}

/* net.node at off; false if not captured. */
static bool addr_print(struct cursor c, unsigned off)
{
	if (!cur_has(&c, off + 10))
		return false;
	out_fmt("%08x.%02x:%02x:%02x:%02x:%02x:%02x", cur_peek_be32(&c, off),
		cur_peek(&c, off + 4), cur_peek(&c, off + 5),
		cur_peek(&c, off + 6), cur_peek(&c, off + 7),
		cur_peek(&c, off + 8), cur_peek(&c, off + 9));
	return true;
}

/* One SAP response entry at off; false: stop (marker printed). */
static bool sap_entry(struct dctx *d, struct cursor c, unsigned off,
		      unsigned left)
{
	unsigned i, ch;

	if (!cur_has(&c, off + 2))
		goto trunc;
	if (left < 2)
		goto invalid;
	out_char(' ');
	sap_type_print(d, cur_peek_be16(&c, off));
	out_str(" '");
	if (left - 2 < 48) {
		out_char('\'');
		goto invalid;
	}
	for (i = 0; i < 48; i++) {
		if (!cur_has(&c, off + 3 + i))
			goto trunc;
		if (!(ch = cur_peek(&c, off + 2 + i)))
			break;
		decode_char(ch);
	}
	out_char('\'');
	if (!cur_has(&c, off + 60))
		goto trunc;
	if (left - 50 < 10)
		goto invalid;
	out_str(" addr ");
	addr_print(c, off + 50);
	if (!cur_has(&c, off + 64))
		goto trunc;
	if (left - 60 < 4)
		goto invalid;
	return true;
invalid:
	decode_invalid(d);
	return false;
trunc:
	decode_trunc_cut(d, "ipx");
	return false;
}

static void sap_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned cmd, i, off;

	if (!cur_has(&c, 2)) {
		decode_trunc_cut(d, "ipx");
		return;
	}
	cmd = cur_peek_be16(&c, 0);
	if (len < 2) {
		out_fmt(" [length %u < 2]", len);
		decode_invalid(d);
		return;
	}
	if (cmd == 1 || cmd == 3) {
		out_str(cmd == 1 ? "ipx-sap-req " : "ipx-sap-nearest-req ");
		if (!cur_has(&c, 4)) {
			decode_trunc_cut(d, "ipx");
			return;
		}
		sap_type_print(d, cur_peek_be16(&c, 2));
	} else if (cmd == 2 || cmd == 4) {
		out_str(cmd == 2 ? "ipx-sap-resp" : "ipx-sap-nearest-resp");
		for (i = 0, off = 2; i < 8 && off < len; i++, off += 64)
			if (!sap_entry(d, c, off, len - off))
				return;
	} else {
		out_fmt("ipx-sap-?%x", cmd);
	}
}

static bool rip_entry(struct dctx *d, struct cursor c, unsigned off,
		      unsigned left)
{
	if (left < 8) {
		decode_invalid(d);
		return false;
	}
	if (!cur_has(&c, off + 8)) {
		decode_trunc_cut(d, "ipx");
		return false;
	}
	out_fmt(" %08x/%u.%u", cur_peek_be32(&c, off), cur_peek_be16(&c, off + 4),
		cur_peek_be16(&c, off + 6));
	return true;
}

static void rip_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned cmd, i, off;

	if (!cur_has(&c, 2)) {
		decode_trunc_cut(d, "ipx");
		return;
	}
	cmd = cur_peek_be16(&c, 0);
	if (len < 2) {
		out_fmt(" [length %u < 2]", len);
		decode_invalid(d);
		return;
	}
	if (cmd == 1) {
		out_str("ipx-rip-req");
		if (len > 2)
			rip_entry(d, c, 2, len - 2);
	} else if (cmd == 2) {
		out_str("ipx-rip-resp");
		for (i = 0, off = 2; i < 50 && off < len; i++, off += 8)
			if (!rip_entry(d, c, off, len - off))
				return;
	} else {
		out_fmt("ipx-rip-?%x", cmd);
	}
}

static void eigrp_print_ipx(struct dctx *d, struct cursor c, unsigned len)
{
	decode_ip_proto *fn = decode_ipproto_lookup(IPPROTO_EIGRP);
	struct ipinfo ip = { .len = len, .nh = IPPROTO_EIGRP };

	if (fn)
		fn(d, c, len, &ip);
	else
		out_fmt("ipx-#%x %u", IPX_SKT_EIGRP, len);
}

static void ipx_decode(struct dctx *d, struct cursor c, unsigned skt,
		       unsigned len)
{
	switch (skt) {
	case IPX_SKT_NCP:
		out_fmt("ipx-ncp %u", len);
		return;
	case IPX_SKT_SAP:
		sap_print(d, c, len);
		return;
	case IPX_SKT_RIP:
		rip_print(d, c, len);
		return;
	case IPX_SKT_NETBIOS:
		out_fmt("ipx-netbios %u", len);
		return;
	case IPX_SKT_DIAGNOSTICS:
		out_fmt("ipx-diags %u", len);
		return;
	case IPX_SKT_NWLINK_DGM:
		out_fmt("ipx-nwlink-dgm %u", len);
		return;
	case IPX_SKT_EIGRP:
		eigrp_print_ipx(d, c, len);
		return;
	}
	out_fmt("ipx-#%x %u", skt, len);
}

DECODE_KEY(LLC, 0xe0, ipx_print)
DECODE_KEY(PPP, 0x002b, ipx_print)

void ipx_print(struct dctx *d, struct cursor c, unsigned len)
{
	unsigned length, skt;

	(void)len;
	if (!d->eflag)
		out_str("IPX ");
	/* tcpdump reads the whole source (to offset 30) before printing */
	if (!cur_has(&c, 30))
		goto trunc;
	addr_print(c, 18);
	out_fmt(".%04x > ", cur_peek_be16(&c, 28));
	addr_print(c, 6);
	out_fmt(".%04x: ", cur_peek_be16(&c, 16));
	length = cur_peek_be16(&c, 2);
	if (length < IPX_HDR_LEN) {
		out_fmt("[length %u < %u]", length, IPX_HDR_LEN);
		decode_invalid(d);
		return;
	}
	skt = cur_peek_be16(&c, 16);
	cur_skip(&c, IPX_HDR_LEN);
	ipx_decode(d, c, skt, length - IPX_HDR_LEN);
	return;
trunc:
	decode_trunc_cut(d, "ipx");
}

DECODE_KEY(ETHERTYPE, 0x8137, ipx_ether_print)

/* Ethernet II frames say which of Novell's framings they are. */
void ipx_ether_print(struct dctx *d, struct cursor c, unsigned len)
{
	out_str("(NOV-ETHII) ");
	ipx_print(d, c, len);
}
