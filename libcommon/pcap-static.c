/* pcap-static.c - linked into the static executable only.
 *
 * Debian's libpcap.a carries capture modules for D-Bus, USB, Bluetooth
 * (two) and netfilter-log, and pcap.c references each module's
 * *_findalldevs and *_create. Linked statically, those references pull
 * the modules in, and the D-Bus one needs libdbus-1.a, which in turn
 * needs libsystemd functions that have no static archive.
 *
 * tcpbox never captures on those pseudo-devices, so we define the entry
 * points here: they find no devices and claim no device names. The
 * linker then takes ours and never loads the modules: no libdbus, and
 * a smaller binary. tests/build.test checks that the static link holds
 * none of those modules.
 *
 * The signatures are libpcap 1.10's internal ones (pcap-int.h):
 *   int  X_findalldevs(pcap_if_list_t *devlistp, char *errbuf);
 *   pcap_t *X_create(const char *device, char *errbuf, int *is_ours);
 */
#include <stddef.h>

#include "portability.h"

#define NOT_OURS(mod)							\
	int mod##_findalldevs(void *devlistp, char *errbuf);		\
	void *mod##_create(const char *device, char *errbuf, int *is_ours); \
	int mod##_findalldevs(void *devlistp, char *errbuf)		\
	{								\
		(void)devlistp;						\
		(void)errbuf;						\
		return 0;						\
	}								\
	void *mod##_create(const char *device, char *errbuf, int *is_ours) \
	{								\
		(void)device;						\
		(void)errbuf;						\
		*is_ours = 0;						\
		return NULL;						\
	}

NOT_OURS(dbus)
NOT_OURS(usb)
NOT_OURS(bt)
NOT_OURS(bt_monitor)
NOT_OURS(netfilter)
