# Pamong: `make run` to try it, `make test` to check it.
CC	?= gcc
CFLAGS	?= -O2 -g
WARN	= -std=c11 -D_GNU_SOURCE $(PQ_CFLAGS) -Wall -Wextra -Werror -Wno-unused-parameter \
	  -Wshadow -Wstrict-prototypes -Wmissing-prototypes
# libpq's header directory (src/store/pg.c)
PQ_CFLAGS = $(shell pkg-config --cflags libpq 2>/dev/null || echo -I/usr/include/postgresql)
LIBS	= -lsqlite3 -lpq -lsodium -ljansson -lcrypto -lhpdf -lqrencode -larchive -lxlsxwriter $(shell pkg-config --libs libcurl 2>/dev/null || echo -lcurl)
KORE_CFLAGS = $(shell cat /usr/share/kore/features 2>/dev/null)
B	= build
# `make V=1` shows the full compiler command lines.
Q	= $(if $(V),,@)

# The house (doc/architecture.md): lib, store, kernel, http, and one folder
# per feature module under src/mod/.  A module's C files, messages
# (msg.def) and migrations (migrations/NNNN-*.sql) are found by these
# wildcards; scripts/gen-modules.sh writes the module list.
LIB_SRC	 = $(wildcard src/lib/*.c)
STORE_SRC = $(wildcard src/store/*.c)
KERNEL_SRC = $(wildcard src/kernel/*.c)
WEB_SRC	 = src/http/kore.c src/http/tls_key.c
HTTP_SRC = $(filter-out $(WEB_SRC),$(wildcard src/http/*.c))
MODULES	 = $(sort $(dir $(wildcard src/mod/*/module.c)))
MOD_SRC	 = $(wildcard src/mod/*/*.c)
CORE_SRC = $(LIB_SRC) $(STORE_SRC) $(KERNEL_SRC) $(HTTP_SRC) $(MOD_SRC)
GEN_SRC	 = $(B)/gen/migrations.c $(B)/gen/assets.c $(B)/gen/modules.c \
	   $(B)/gen/sandi_umum.c $(B)/gen/kbli_2020.c $(B)/gen/kbli_2025.c \
	   $(B)/gen/izin_jenis.c $(B)/gen/sinonim.c
CMD_SRC	 = $(wildcard src/cmd/*.c)
# numbered migrations of every module, in number order (one sequence);
# each has its PostgreSQL form in migrations/pg/ (same name)
MIGRATIONS = $(shell ls src/mod/*/migrations/*.sql | \
	awk -F/ '{ print $$NF, $$0 }' | sort | cut -d' ' -f2)
MIGRATIONS_PG = $(wildcard src/mod/*/migrations/pg/*.sql)
MSGDEFS	 = src/lib/msg.def src/http/msg.def $(sort $(wildcard src/mod/*/msg.def))
GEN_MSG	 = $(B)/gen/msg.def
ASSETS	 = $(sort $(wildcard assets/*))
CONFS	 = $(sort $(wildcard conf/*.in))

# two flavours: normal (build/) and sanitized (build/san/)
SAN	= -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

.PHONY: all build run test test-pg unit http browser san clean deps deps-test bench format format-check \
	fuzz fuzz-build deps-fuzz deb test-pitr test-ha deps-ha

all: build
build: $(B)/pamong $(B)/pamong.so

deps:
	@scripts/install-deps.sh
deps-test:
	@scripts/install-deps.sh test

$(B)/gen/migrations.c: $(MIGRATIONS) $(MIGRATIONS_PG) scripts/embed-sql.sh
	@mkdir -p $(B)/gen
	scripts/embed-sql.sh $(MIGRATIONS) > $@
$(B)/gen/modules.c: $(MODULES) scripts/gen-modules.sh
	@mkdir -p $(B)/gen
	scripts/gen-modules.sh $(MODULES) > $@
# the message catalog: the shared messages, then each module's
$(GEN_MSG): $(MSGDEFS)
	@mkdir -p $(B)/gen
	cat $(MSGDEFS) > $@.tmp && mv $@.tmp $@
# the common passwords sign-up refuses (mod/akun/sandi_umum.h)
$(B)/gen/sandi_umum.c: data/sandi-umum.txt scripts/embed-lines.sh
	@mkdir -p $(B)/gen
	scripts/embed-lines.sh sandi_umum data/sandi-umum.txt > $@
# the KBLI lists and the permit types (mod/perizinan/kbli_data.h, jenis.h)
.SECONDARY: $(B)/gen/kbli_2020.c $(B)/gen/kbli_2025.c
$(B)/gen/kbli_%.c: data/kbli-%.txt scripts/embed-lines.sh
	@mkdir -p $(B)/gen
	scripts/embed-lines.sh kbli_$* $< > $@
# the catalog search's everyday words (mod/layanan/sinonim.h)
$(B)/gen/sinonim.c: data/sinonim.txt scripts/embed-lines.sh
	@mkdir -p $(B)/gen
	scripts/embed-lines.sh layanan_sinonim data/sinonim.txt > $@
$(B)/gen/izin_jenis.c: data/izin-jenis.json scripts/embed-lines.sh
	@mkdir -p $(B)/gen
	scripts/embed-lines.sh izin_jenis_data data/izin-jenis.json > $@
$(B)/gen/assets.c: $(ASSETS) $(CONFS) scripts/embed-assets.sh
	@mkdir -p $(B)/gen
	{ scripts/embed-assets.sh assets $(ASSETS); \
	  scripts/embed-assets.sh confs $(CONFS) | sed 1,3d; } > $@

HDRS = $(wildcard src/*/*.h src/*/*.def src/mod/*/*.h src/mod/*/*.def)

# Objects: build/obj (normal), build/san/obj (ASan + UBSan), build/pic (for
# the Kore module) and build/san/pic.  The compiler writes each object's
# header dependencies (-MMD) next to it; they are included at the end.
CORE_ALL = $(CORE_SRC) $(GEN_SRC)
objs = $(patsubst %.c,$(1)/%.o,$(patsubst $(B)/%,%,$(2)))
OBJ	 = $(call objs,$(B)/obj,$(CORE_ALL))
SAN_OBJ	 = $(call objs,$(B)/san/obj,$(CORE_ALL))
PIC_OBJ	 = $(call objs,$(B)/pic,$(CORE_ALL) $(WEB_SRC))
SANPIC_OBJ = $(call objs,$(B)/san/pic,$(CORE_ALL) $(WEB_SRC))
CMD_OBJ	 = $(call objs,$(B)/obj,$(CMD_SRC))
SANCMD_OBJ = $(call objs,$(B)/san/obj,$(CMD_SRC))

$(B)/obj/gen/%.o: $(B)/gen/%.c | $(GEN_MSG)
	@mkdir -p $(dir $@)
	@$(if $(V),:,echo '  CC    $@')
	$(Q)$(CC) $(WARN) $(CFLAGS) -MMD -MP -Isrc -I$(B) -c -o $@ $<
$(B)/obj/%.o: %.c | $(GEN_MSG)
	@mkdir -p $(dir $@)
	@$(if $(V),:,echo '  CC    $@')
	$(Q)$(CC) $(WARN) $(CFLAGS) -MMD -MP -Isrc -I$(B) -c -o $@ $<
$(B)/san/obj/gen/%.o: $(B)/gen/%.c | $(GEN_MSG)
	@mkdir -p $(dir $@)
	@$(if $(V),:,echo '  CC    $@')
	$(Q)$(CC) $(WARN) -O1 -g $(SAN) -MMD -MP -Isrc -I$(B) -c -o $@ $<
$(B)/san/obj/%.o: %.c | $(GEN_MSG)
	@mkdir -p $(dir $@)
	@$(if $(V),:,echo '  CC    $@')
	$(Q)$(CC) $(WARN) -O1 -g $(SAN) -MMD -MP -Isrc -I$(B) -c -o $@ $<
$(B)/pic/gen/%.o: $(B)/gen/%.c | $(GEN_MSG)
	@mkdir -p $(dir $@)
	@$(if $(V),:,echo '  CC    $@')
	$(Q)$(CC) $(WARN) $(CFLAGS) $(KORE_CFLAGS) -MMD -MP -fPIC -Isrc -I$(B) -c -o $@ $<
$(B)/pic/%.o: %.c | $(GEN_MSG)
	@mkdir -p $(dir $@)
	@$(if $(V),:,echo '  CC    $@')
	$(Q)$(CC) $(WARN) $(CFLAGS) $(KORE_CFLAGS) -MMD -MP -fPIC -Isrc -I$(B) -c -o $@ $<
$(B)/san/pic/gen/%.o: $(B)/gen/%.c | $(GEN_MSG)
	@mkdir -p $(dir $@)
	@$(if $(V),:,echo '  CC    $@')
	$(Q)$(CC) $(WARN) -O1 -g $(SAN) $(KORE_CFLAGS) -MMD -MP -fPIC -Isrc -I$(B) -c -o $@ $<
$(B)/san/pic/%.o: %.c | $(GEN_MSG)
	@mkdir -p $(dir $@)
	@$(if $(V),:,echo '  CC    $@')
	$(Q)$(CC) $(WARN) -O1 -g $(SAN) $(KORE_CFLAGS) -MMD -MP -fPIC -Isrc -I$(B) -c -o $@ $<

$(B)/pamong: $(OBJ) $(CMD_OBJ)
	$(Q)$(CC) $(CFLAGS) -o $@ $^ $(LIBS)
$(B)/pamong.so: $(PIC_OBJ)
	$(Q)$(CC) $(CFLAGS) -shared -o $@ $^ $(LIBS)

# sanitized builds for the test layers
$(B)/san/pamong: $(SAN_OBJ) $(SANCMD_OBJ)
	$(Q)$(CC) -g $(SAN) -o $@ $^ $(LIBS)
$(B)/san/pamong.so: $(SANPIC_OBJ)
	$(Q)$(CC) -g $(SAN) -shared -o $@ $^ $(LIBS)
san: $(B)/san/pamong $(B)/san/pamong.so

run: deps build
	@if [ -d var ]; then echo "Direktori data ./var sudah ada (akun demo: lihat README," \
	    "kata sandi Siak-Demo-2026)."; else $(B)/pamong init --data var --demo; fi
	@$(B)/pamong serve --data var

# unit tests: every tests/unit/<part>/test_*.c is one cmocka program,
# where <part> is the module (src/mod/<part>) or layer (src/<part>) it
# tests (tests/README); other .c files there (dokumen/pades_tool.c) are
# test tools built the same way.
UNIT_TESTS = $(sort $(wildcard tests/unit/*/test_*.c))
UNIT_BINS = $(patsubst tests/unit/%.c,$(B)/san/unit/%,$(UNIT_TESTS))
# the test tools, rebuilt with the tests (a stale one fails the scripts
# that use it: t1101, t1202, t2401's BSrE stand-in)
UNIT_TOOLS = $(patsubst tests/unit/%.c,$(B)/san/unit/%,$(filter-out \
	$(UNIT_TESTS),$(wildcard tests/unit/*/*.c)))
$(B)/san/unit/%: tests/unit/%.c $(SAN_OBJ) $(HDRS) $(GEN_MSG)
	@mkdir -p $(dir $@)
	@$(if $(V),:,echo '  CC    $@')
	$(Q)$(CC) $(WARN) -O1 -g $(SAN) -Isrc -I$(B) -o $@ $< $(SAN_OBJ) $(LIBS) -lcmocka

test: deps-test build san $(UNIT_BINS) $(UNIT_TOOLS)
	@tests/run-all.sh

# one layer at a time
unit: deps-test san $(UNIT_BINS)
	@LAYERS=unit tests/run-all.sh
http: deps-test build san $(UNIT_TOOLS)
	@LAYERS=http tests/run-all.sh
browser: deps-test build san
	@LAYERS=browser tests/run-all.sh

# PostgreSQL (issue 14): the store's unit tests against a throw-away
# cluster of tests/pg/run.sh (initdb + pg_ctl on a free loopback port in
# a temporary directory); not part of make test, which is all SQLite.
PG_TESTS = store/test_store store/test_batch store/test_dialect \
	store/test_migrate kinerja/test_agregat
test-pg: deps-test build san $(patsubst %,$(B)/san/unit/%,$(PG_TESTS)) $(UNIT_TOOLS)
	@B=$(B) TESTS="$(PG_TESTS)" tests/pg/run.sh

# Point-in-time recovery of PostgreSQL with pgBackRest (issue 21): a
# throw-away cluster of its own, stopped and restored to a timestamp;
# about a minute; not part of test-pg (doc/operations.md).
test-pitr: deps-test build
	@PAMONG=$(B)/pamong tests/pg/pitr.sh

# High availability (issue 20): a database that falls silent on the
# network (silent.sh), then three Patroni members, etcd and HAProxy of
# deploy/ha/cluster.sh with the leader killed, cut off by an nft rule,
# and etcd killed, each under the p0002 submission load (failover.sh);
# as root, about ten minutes; not part of make test (doc/operations.md).
deps-ha:
	@scripts/install-deps.sh ha
test-ha: deps-ha build
	@s=0; for t in tests/ha/silent.sh tests/ha/failover.sh; do \
	    PAMONG=$(B)/pamong $$t || s=1; done; exit $$s

bench: deps-test build
	@for b in bench/p*/run.sh; do $$b || exit 1; done

# .clang-format at the root is the style; `make format` applies it to
# every C file, `make format-check` (also run by make test) lists those
# that differ.
FORMAT_SRC = $(wildcard src/*/*.[ch] src/mod/*/*.[ch] tests/unit/*/*.[ch] fuzz/*.[ch])
format:
	clang-format -i $(FORMAT_SRC)
format-check:
	@scripts/format-check.sh

# libFuzzer targets (fuzz/README.md): every fuzz/fuzz_*.c is one program,
# linked with the core objects compiled by clang with ASan + UBSan into
# build/fuzz/obj.  `make fuzz` builds them all and runs each, one at a
# time and nice'd, for FUZZ_SECONDS; not part of `make test`.
FUZZ_CC	 = clang
FUZZ_SECONDS ?= 60
FUZZ_SAN = -fsanitize=address,undefined -fno-omit-frame-pointer \
	  -fno-sanitize-recover=undefined
FUZZ_CFLAGS = $(filter-out -Werror,$(WARN)) -O1 -g $(FUZZ_SAN)
FUZZ_OBJ = $(call objs,$(B)/fuzz/obj,$(CORE_ALL))
FUZZ_TARGETS = $(sort $(patsubst fuzz/%.c,%,$(wildcard fuzz/fuzz_*.c)))
FUZZ_BINS = $(patsubst %,$(B)/fuzz/%,$(FUZZ_TARGETS))

$(B)/fuzz/obj/gen/%.o: $(B)/gen/%.c | $(GEN_MSG)
	@mkdir -p $(dir $@)
	@$(if $(V),:,echo '  CLANG $@')
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -Isrc -I$(B) -c -o $@ $<
$(B)/fuzz/obj/%.o: %.c | $(GEN_MSG)
	@mkdir -p $(dir $@)
	@$(if $(V),:,echo '  CLANG $@')
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -Isrc -I$(B) -c -o $@ $<
$(FUZZ_BINS): $(FUZZ_OBJ)	# named here, so make keeps them
$(B)/fuzz/fuzz_%: fuzz/fuzz_%.c $(wildcard fuzz/*.h) $(FUZZ_OBJ) $(HDRS)
	@mkdir -p $(dir $@)
	@$(if $(V),:,echo '  CLANG $@')
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -Wno-missing-prototypes -fsanitize=fuzzer \
	    -Isrc -I$(B) -Itests -Ifuzz -o $@ $< $(FUZZ_OBJ) $(LIBS)

deps-fuzz:
	@scripts/install-deps.sh fuzz
fuzz-build: deps-fuzz $(FUZZ_BINS)
fuzz: fuzz-build
	@B=$(B) FUZZ_SECONDS=$(FUZZ_SECONDS) fuzz/run.sh $(FUZZ_TARGETS)

# The Debian package (deploy/deb/, doc/operations.md "Installation"):
# $(B)/pamong_$(VERSION)_amd64.deb with dpkg-deb, nothing downloaded.
# The version is the last commit's UTC time, so a later commit upgrades.
VERSION ?= $(shell TZ=UTC git log -1 --format=%cd \
	--date=format-local:0.%Y%m%d.%H%M%S 2>/dev/null || echo 0.0)
deb: build
	@deploy/deb/build.sh $(B) $(B) $(VERSION)

clean:
	rm -rf $(B)

# header dependencies written by -MMD
-include $(shell find $(B) -name '*.d' 2>/dev/null)
