# tcpbox - Kbuild-style, non-recursive Makefile.
#
#   make                 dynamic build for development, leaves ./tcpbox
#   make static          stripped, fully static ./tcpbox-static
#   make sizes           its bytes by object, printer group, library member
#   make test            unit + functional tests, again under ASan+UBSan,
#                        and the walkthrough tests on the static build
#   make run             build and replay the refusal walkthrough
#   make install         PREFIX=/usr/local DESTDIR=: binary, links, docs
#   make fuzz            bounded libFuzzer run over the packet decoders
#   make clean
#
#   V=1                  print full commands
#   O=DIR                put every output file under DIR
#   CONFIG_<APPLET>=n    leave an applet out (defaults: configs/defconfig)
#   CONFIG_DUMP_<GROUP>=n  leave a group of dump's printers out (LINK,
#                        ROUTING, APPS)
#   DEFCONFIG=minimal    start from configs/minimal instead
#   SANITIZE=1           build with -fsanitize=address,undefined

srctree := $(CURDIR)
O ?= .
objtree := $(patsubst %/,%,$(O))
VPATH := $(srctree)

ifeq ($(V),1)
Q :=
quiet = @:
else
Q := @
quiet = @printf '  %-7s %s\n'
endif

DEFCONFIG ?= defconfig
include $(srctree)/configs/$(DEFCONFIG)
# lab runs dump, telnet, nc and netstat in-process: it needs them all
ifneq ($(CONFIG_DUMP)$(CONFIG_TELNET)$(CONFIG_NC)$(CONFIG_NETSTAT),yyyy)
CONFIG_LAB := n
endif

CC ?= cc
CFLAGS ?= -Os -g
CFLAGS += -std=gnu11 -Wall -Wextra -Werror -D_GNU_SOURCE
CFLAGS += -ffunction-sections -fdata-sections
# C needs no unwind tables (nothing here throws or walks the stack
# without frame pointers): 20 KB of the static executable
CFLAGS += -fno-asynchronous-unwind-tables -fno-unwind-tables
CPPFLAGS += -I$(objtree)/include -I$(srctree)/libcommon -I$(srctree)/include
LDFLAGS ?=
LDLIBS := -lpcap

ifeq ($(SANITIZE),1)
CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer \
	  -fno-sanitize-recover=undefined
LDFLAGS += -fsanitize=address,undefined
endif

# ---- collect obj-y from every Kbuild, descending into "dir/" entries ----
define kbuild_dir
obj-y :=
include $(srctree)/$(1)/Kbuild
$(1)-objs := $$(addprefix $(1)/,$$(filter %.o,$$(obj-y)))
$(1)-subs := $$(addprefix $(1)/,$$(patsubst %/,%,$$(filter %/,$$(obj-y))))
all-objs += $$($(1)-objs)
$$(foreach d,$$($(1)-subs),$$(eval $$(call kbuild_dir,$$(d))))
endef
all-objs :=
$(eval $(call kbuild_dir,applets))
$(eval $(call kbuild_dir,libcommon))

OBJS := $(addprefix $(objtree)/,$(all-objs))
# one segment for code and read-only data, no build id, no RELRO page
# alignment: 9 KB of padding and notes. RELRO guards the GOT of lazily
# bound shared libraries; a static, non-PIE executable has a handful of
# IRELATIVE slots and nothing loaded later.
STATIC_LDFLAGS := -Wl,-z,noseparate-code -Wl,--build-id=none -Wl,-z,norelro
STATIC_OBJS := $(objtree)/libcommon/pcap-static.o $(objtree)/libcommon/scanf-static.o \
	$(objtree)/libcommon/assert-static.o
GEN_DEF := $(objtree)/include/generated/applets.def
GEN_PROTO := $(objtree)/include/generated/protocols.def
# the printers built: their table lines make protocols.def
PRINTER_SRCS := $(patsubst $(objtree)/%.o,$(srctree)/%.c,\
	$(filter $(objtree)/libcommon/decode/%.o,$(OBJS)))
FLAGS_STAMP := $(objtree)/.cflags

lp := (
rp := )
disabled := $(foreach a,DUMP LAB NC NETSTAT TELNET,\
	$(if $(filter y,$(CONFIG_$(a))),,$(shell echo $(a) | tr A-Z a-z)))
# every CONFIG_ symbol as built, for the flags stamp and tcpbox --config
config-syms := DUMP DUMP_LINK DUMP_ROUTING DUMP_APPS LAB NC NETSTAT TELNET
config-str := $(foreach s,$(config-syms),CONFIG_$(s)=$(or $(CONFIG_$(s)),n))
GEN_CONFIG := $(objtree)/include/generated/config.h

.PHONY: all static sizes test run install clean fuzz FORCE unit asan
all: $(objtree)/tcpbox

# Rebuild everything when the compiler flags or the applet set change.
$(FLAGS_STAMP): FORCE
	@mkdir -p $(@D)
	@echo '$(CC) $(CFLAGS) $(CPPFLAGS) $(STATIC_LDFLAGS) $(config-str)' | cmp -s - $@ || \
		echo '$(CC) $(CFLAGS) $(CPPFLAGS) $(STATIC_LDFLAGS) $(config-str)' > $@

$(GEN_CONFIG): $(FLAGS_STAMP)
	@mkdir -p $(@D)
	$(quiet) GEN $(patsubst $(objtree)/%,%,$@)
	$(Q){ printf '#define TCPBOX_CONFIG \\\n'; \
		printf '\t"%s\\n" \\\n' $(config-str); printf '\t""\n'; } \
		> $@.tmp && mv $@.tmp $@

$(GEN_DEF): $(srctree)/applets/applets.def $(FLAGS_STAMP)
	@mkdir -p $(@D)
	$(quiet) GEN $(patsubst $(objtree)/%,%,$@)
	$(Q)sed $(foreach a,$(disabled),-e '/^APPLET$(lp)$(a),/d' \
		-e '/^ALIAS *$(lp)[a-z0-9_]*, *$(a)$(rp)/d') -e '' $< > $@

$(GEN_PROTO): $(PRINTER_SRCS) $(srctree)/scripts/gen-protocols $(srctree)/libcommon/decode/table.h $(FLAGS_STAMP)
	@mkdir -p $(@D)
	$(quiet) GEN $(patsubst $(objtree)/%,%,$@)
	$(Q)$(srctree)/scripts/gen-protocols $(PRINTER_SRCS) > $@.tmp && \
		mv $@.tmp $@

$(objtree)/%.o: %.c $(FLAGS_STAMP) | $(GEN_DEF) $(GEN_PROTO)
	@mkdir -p $(@D)
	$(quiet) CC $(patsubst $(objtree)/%,%,$@)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(objtree)/applets/tcpbox.o: $(GEN_DEF) $(GEN_CONFIG)
$(objtree)/libcommon/decode/dispatch.o: $(GEN_PROTO)

$(objtree)/tcpbox: $(OBJS)
	$(quiet) LD $(patsubst $(objtree)/%,%,$@)
	$(Q)$(CC) $(LDFLAGS) -Wl,--gc-sections -o $@ $(OBJS) $(LDLIBS)

# The static link: libcommon/pcap-static.c keeps libpcap's D-Bus, USB,
# Bluetooth and netfilter capture modules out (see that file).
$(objtree)/tcpbox-static: $(OBJS) $(STATIC_OBJS)
	$(quiet) LD $(patsubst $(objtree)/%,%,$@)
	$(Q)$(CC) -static -s $(LDFLAGS) -Wl,--gc-sections $(STATIC_LDFLAGS) \
		-Wl,-Map=$@.map -o $@ \
		$(OBJS) $(STATIC_OBJS) $(LDLIBS) 2> $@.log || \
		{ cat $@.log >&2; exit 1; }
	$(Q)grep -v 'statically linked applications requires at runtime' \
		$@.log | grep -v 'in function' >&2 || true
	@printf '  %-7s %s: %s bytes\n' SIZE $(patsubst $(objtree)/%,%,$@) \
		$$(stat -c %s $@)

static: $(objtree)/tcpbox-static

# Where the static executable's bytes come from (see docs/design.md).
sizes: $(objtree)/tcpbox-static
	$(Q)$(srctree)/scripts/sizes $(objtree)/tcpbox-static.map \
		$(srctree)/libcommon/decode/Kbuild

# ---- tests ----
UNIT_TESTS := $(patsubst $(srctree)/tests/unit/%.c,%,\
	$(wildcard $(srctree)/tests/unit/test_*.c))
LIB_OBJS := $(filter $(objtree)/libcommon/%,$(OBJS))

$(objtree)/tests/unit/%: tests/unit/%.c $(LIB_OBJS) $(FLAGS_STAMP)
	@mkdir -p $(@D)
	$(quiet) CC $(patsubst $(objtree)/%,%,$@)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) -Wl,--gc-sections $(LDFLAGS) -o $@ \
		$< $(LIB_OBJS) -lcmocka $(LDLIBS)

unit: $(addprefix $(objtree)/tests/unit/,$(UNIT_TESTS))

test: all unit
	$(Q)$(srctree)/tests/run-all

run: all
	$(Q)$(objtree)/tcpbox lab refused

fuzz:
	$(Q)$(srctree)/tests/fuzz/run $(or $(FUZZ_SECONDS),60)

# ---- install ----
PREFIX ?= /usr/local
DESTDIR ?=
bindir := $(DESTDIR)$(PREFIX)/bin
docdir := $(DESTDIR)$(PREFIX)/share/doc/tcpbox

install: $(objtree)/tcpbox-static
	install -d $(bindir) $(docdir)
	install -m 0755 $(objtree)/tcpbox-static $(bindir)/tcpbox
	$(bindir)/tcpbox --install $(bindir)
	install -m 0644 $(srctree)/README.md $(srctree)/docs/*.md $(docdir)

clean:
	rm -rf $(objtree)/applets $(objtree)/libcommon $(objtree)/include \
		$(objtree)/tests/unit/test_? $(objtree)/.cflags \
		$(objtree)/tcpbox $(objtree)/tcpbox-static \
		$(objtree)/tcpbox-static.log $(objtree)/tcpbox-static.map \
		$(objtree)/build
	rm -f $(addprefix $(objtree)/tests/unit/,$(UNIT_TESTS))

FORCE:

-include $(OBJS:.o=.d) $(STATIC_OBJS:.o=.d)
