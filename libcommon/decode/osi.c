/* osi.c - ISO NSAP addresses as tcpdump 4.99's isonsap_string. */
#include "osi.h"
#include "out.h"

void osi_nsap_print(const uint8_t *a, unsigned len)
{
	unsigned i;

	if (len < 1 || len > OSI_NSAP_MAX) {
		out_str("isonsap_string: illegal length");
		return;
	}
	for (i = 0; i < len; i++) {
		out_hex(a[i], 2);
		if ((i & 1) == 0 && i + 1 < len)
			out_char('.');
	}
}

bool osi_nsap_print_at(struct cursor c, unsigned len)
{
	uint8_t a[OSI_NSAP_MAX];

	if (!cur_has(&c, len))
		return false;
	if (len <= OSI_NSAP_MAX)
		cur_bytes(&c, a, len);
	osi_nsap_print(a, len);
	return true;
}
