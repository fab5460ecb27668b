/* gmpls.c - GMPLS and DiffServ-TE values shared by the routing printers,
 * named as tcpdump 4.99's gmpls.c. */
#include <string.h>

#include "gmpls.h"
#include "out.h"

const struct tok gmpls_link_prot[] = {
	{ 0x01, "Extra Traffic" }, { 0x02, "Unprotected" }, { 0x04, "Shared" },
	{ 0x08, "Dedicated 1:1" }, { 0x10, "Dedicated 1+1" },
	{ 0x20, "Enhanced" }, { 0x40, "Reserved" }, { 0x80, "Reserved" },
	{ 0, NULL }
};

const struct tok gmpls_switch_caps[] = {
	{ 1, "Packet-Switch Capable-1" }, { 2, "Packet-Switch Capable-2" },
	{ 3, "Packet-Switch Capable-3" }, { 4, "Packet-Switch Capable-4" },
	{ 51, "Layer-2 Switch Capable" }, { 100, "Time-Division-Multiplex" },
	{ 150, "Lambda-Switch Capable" }, { 200, "Fiber-Switch Capable" },
	{ 0, NULL }
};

const struct tok gmpls_encodings[] = {
	{ 1, "Packet" }, { 2, "Ethernet V2/DIX" }, { 3, "ANSI/ETSI PDH" },
	{ 4, "Reserved" }, { 5, "SDH ITU-T G.707 / SONET ANSI T1.105" },
	{ 6, "Reserved" }, { 7, "Digital Wrapper" },
	{ 8, "Lambda (photonic)" }, { 9, "Fiber" }, { 10, "Reserved" },
	{ 11, "FiberChannel" }, { 12, "G.709 ODUk (Digital Path)" },
	{ 13, "G.709 Optical Channel" },
	{ 0, NULL }
};

const struct tok gmpls_bc_models[] = {
	{ 0, "Russian dolls" }, { 1, "Maximum allocation" },
	{ 254, "Maximum allocation with E-LSP support" },
	{ 0, NULL }
};

void gmpls_bw_print(uint32_t ieee)
{
	float f;

	memcpy(&f, &ieee, sizeof(f));
	out_fmt("%.3f Mbps", (double)(f * 8 / 1000000));
}

void gmpls_bw_list(const struct cursor *c, size_t off, unsigned n,
		   const char *ind, const char *label)
{
	unsigned i;

	for (i = 0; i < n; i++) {
		out_str(ind);
		out_str(label);
		out_uint(i, 0);
		out_str(": ");
		gmpls_bw_print(cur_peek_be32(c, off + i * 4));
	}
}
