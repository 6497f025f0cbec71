# Pamong: `make run` to try it, `make test` to check it.
CC	?= gcc
CFLAGS	?= -O2 -g
WARN	= -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Wno-unused-parameter \
	  -Wshadow -Wstrict-prototypes -Wmissing-prototypes
LIBS	= -lsqlite3 -lsodium -ljansson -lcrypto
KORE_CFLAGS = $(shell cat /usr/share/kore/features 2>/dev/null)
B	= build

LIB_SRC	 = $(wildcard src/lib/*.c)
STORE_SRC = $(wildcard src/store/*.c)
DOM_SRC	 = $(wildcard src/domain/*.c)
HTML_SRC = $(wildcard src/html/*.c)
PAGE_SRC = $(wildcard src/pages/*.c)
CORE_SRC = $(LIB_SRC) $(STORE_SRC) $(DOM_SRC) $(HTML_SRC) $(PAGE_SRC)
GEN_SRC	 = $(B)/gen/migrations.c $(B)/gen/assets.c
CMD_SRC	 = $(wildcard src/cmd/*.c)
WEB_SRC	 = $(wildcard src/web/*.c)
MIGRATIONS = $(sort $(wildcard src/store/migrations/*.sql))
ASSETS	 = $(sort $(wildcard assets/*))
CONFS	 = $(sort $(wildcard conf/*.in))

# two flavours: normal (build/) and sanitized (build/san/)
SAN	= -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

.PHONY: all build run test unit http browser san clean deps deps-test bench format check-format

all: build
build: $(B)/pamong $(B)/pamong.so

deps:
	@scripts/install-deps.sh
deps-test:
	@scripts/install-deps.sh test

$(B)/gen/migrations.c: $(MIGRATIONS) scripts/embed-sql.sh
	@mkdir -p $(B)/gen
	scripts/embed-sql.sh $(MIGRATIONS) > $@
$(B)/gen/assets.c: $(ASSETS) $(CONFS) scripts/embed-assets.sh
	@mkdir -p $(B)/gen
	{ scripts/embed-assets.sh assets $(ASSETS); \
	  scripts/embed-assets.sh confs $(CONFS) | sed 1,3d; } > $@

HDRS = $(wildcard src/*/*.h src/*/*.def)

$(B)/pamong: $(CORE_SRC) $(GEN_SRC) $(CMD_SRC) $(HDRS)
	$(CC) $(WARN) $(CFLAGS) -Isrc -o $@ $(CORE_SRC) $(GEN_SRC) $(CMD_SRC) $(LIBS)

$(B)/pamong.so: $(CORE_SRC) $(GEN_SRC) $(WEB_SRC) $(HDRS)
	$(CC) $(WARN) $(CFLAGS) $(KORE_CFLAGS) -Isrc -fPIC -shared -o $@ \
	    $(CORE_SRC) $(GEN_SRC) $(WEB_SRC) $(LIBS)

# sanitized builds for the test layers
$(B)/san/pamong: $(CORE_SRC) $(GEN_SRC) $(CMD_SRC) $(HDRS)
	@mkdir -p $(B)/san
	$(CC) $(WARN) -O1 -g $(SAN) -Isrc -o $@ $(CORE_SRC) $(GEN_SRC) $(CMD_SRC) $(LIBS)
$(B)/san/pamong.so: $(CORE_SRC) $(GEN_SRC) $(WEB_SRC) $(HDRS)
	@mkdir -p $(B)/san
	$(CC) $(WARN) -O1 -g $(SAN) $(KORE_CFLAGS) -Isrc -fPIC -shared -o $@ \
	    $(CORE_SRC) $(GEN_SRC) $(WEB_SRC) $(LIBS)
san: $(B)/san/pamong $(B)/san/pamong.so

run: deps build
	@if [ -d var ]; then echo "Direktori data ./var sudah ada (akun demo: lihat README," \
	    "kata sandi Siak-Demo-2026)."; else $(B)/pamong init --data var --demo; fi
	@$(B)/pamong serve --data var

# unit tests: every tests/unit/**/test_*.c is one cmocka program
UNIT_TESTS = $(sort $(wildcard tests/unit/*/test_*.c))
UNIT_BINS = $(patsubst tests/unit/%.c,$(B)/san/unit/%,$(UNIT_TESTS))
$(B)/san/unit/%: tests/unit/%.c $(CORE_SRC) $(GEN_SRC) $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) -O1 -g $(SAN) -Isrc -Itests -o $@ $< $(CORE_SRC) $(GEN_SRC) $(LIBS) -lcmocka

test: deps-test build san $(UNIT_BINS)
	@tests/run-all.sh

bench: deps-test build
	@for b in bench/p*/run.sh; do $$b || exit 1; done

format:
	clang-format -i $(wildcard src/*/*.c src/*/*.h)

clean:
	rm -rf $(B)
