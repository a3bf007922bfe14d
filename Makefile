# Zaalt — one Makefile.
#
#   make run     install what is missing, build, index the demo corpus, serve it
#   make check   install what is missing, build, run every test
#   make deps    install missing Debian packages (apt-get), nothing if all present
#   make bench   benchmarks (not part of check)
#   make bench-operators   query operators beside plain queries, 10k and 100k units
#
# Variables: PORT (8080), DB (build/demo-db), SANITIZE=1 (ASan+UBSan build).

PORT ?= 8080
BIND ?= 127.0.0.1
DB ?= build/demo-db
SANITIZE ?=

# Debian packages the build, the demo and the tests need.  `make deps` asks
# dpkg which are missing and installs only those.
DEPS := gcc g++ make pkg-config \
	libxapian-dev libxml2-dev libpoppler-glib-dev libmicrohttpd-dev \
	libglib2.0-dev libjson-glib-dev libhunspell-dev hunspell-mn hunspell-en-us libcrypt-dev \
	libcairo2-dev libpango1.0-dev fonts-dejavu-core \
	libtesseract-dev tesseract-ocr-mon tesseract-ocr-eng \
	curl openssl python3 valgrind clang libclang-rt-14-dev zlib1g-dev xapian-tools xapian-omega libarchive-dev libgsf-1-dev faketime

PKGS := xapian-core libxml-2.0 poppler-glib libmicrohttpd glib-2.0 gio-2.0 json-glib-1.0 hunspell libxcrypt zlib tesseract lept libarchive libgsf-1

B := build
CC := gcc
CXX := g++
OPT ?= -O2
WARN := -Wall -Wextra -Werror -Wno-unused-parameter
CFLAGS_BASE := -std=c17 -D_GNU_SOURCE $(OPT) -g $(WARN) -I. -MMD -MP
CXXFLAGS_BASE := -std=c++17 $(OPT) -g $(WARN) -I. -MMD -MP
ifeq ($(SANITIZE),1)
  B := build/san
  SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
endif

PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS = $(shell pkg-config --libs $(PKGS) 2>/dev/null)

CFLAGS_ALL = $(CFLAGS_BASE) $(SANFLAGS) $(PKG_CFLAGS) $(CFLAGS)
CXXFLAGS_ALL = $(CXXFLAGS_BASE) $(SANFLAGS) $(PKG_CFLAGS) $(CXXFLAGS)
LDLIBS_ALL = $(PKG_LIBS) -lstdc++ -lm $(LDLIBS)

# The layers, lowest first.  Each is an archive of its own, and each may
# use only the layers below it (docs/ARCHITECTURE.md, "Layers"):
#   shim     the C API over Xapian, the only C++
#   core     schema, records, analysis, glossary, context, access levels
#   legal    provision references, citation terms, the 2002/2015 concordance
#   search   the engine: queries, search, snippets, JSON, citations
#   indexer  sources, extraction, structure, the index run (not the engine)
#   web      the HTTP server (the engine's public API only)
# tools/check-layers checks every #include against that order, and
# $(B)/layers.ok links each archive whole against the layers below it
# alone, so a wrong-way call fails the build, not a review.
LAYERS := shim core legal search indexer web
BELOW_shim :=
BELOW_core := shim
BELOW_legal := core shim
BELOW_search := legal core shim
BELOW_indexer := legal core shim
BELOW_web := search legal core shim
LAYER_SRC = $(wildcard $(1)/*.c $(1)/*.cc)
LAYER_OBJ = $(patsubst %.cc,$(B)/obj/%.o,$(patsubst %.c,$(B)/obj/%.o,$(call LAYER_SRC,$(1))))
LIB_OBJ := $(foreach l,$(LAYERS),$(call LAYER_OBJ,$(l)))
# Link order: highest first.
ENGINE_LIBS := $(B)/libsearch.a $(B)/liblegal.a $(B)/libcore.a $(B)/libshim.a
ALL_LIBS := $(B)/libweb.a $(B)/libindexer.a $(ENGINE_LIBS)
CLI_C := $(filter-out cli/serve_main.c,$(wildcard cli/*.c))
CLI_OBJ := $(CLI_C:%.c=$(B)/obj/%.o)

UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)

.PHONY: all deps run check spellgate browser-deps browser-test soak bench bench-operators fuzz fuzz-build clean demo index-demo

all: $(B)/layers.ok $(B)/zaalt $(B)/zaalt-serve

$(B)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

$(B)/obj/%.o: %.cc
	@mkdir -p $(dir $@)
	$(CXX) $(CXXFLAGS_ALL) -c $< -o $@

# Objects are made on the way to an archive; without this make would treat
# them as intermediate files and delete them, and rebuild every layer.
.SECONDARY:

.SECONDEXPANSION:
$(B)/lib%.a: $$(call LAYER_OBJ,%)
	@rm -f $@
	ar rcs $@ $^

# Each layer linked whole against the layers below it and nothing else:
# an undefined symbol here is a call the wrong way.
$(B)/layers.ok: tools/check-layers tools/layercheck.c $(foreach l,$(LAYERS),$(B)/lib$(l).a)
	tools/check-layers
	@set -e; $(foreach l,$(LAYERS),\
	  $(CC) $(SANFLAGS) -o $(B)/layercheck-$(l) tools/layercheck.c -Wl,--whole-archive $(B)/lib$(l).a \
	    -Wl,--no-whole-archive $(foreach b,$(BELOW_$(l)),$(B)/lib$(b).a) $(LDLIBS_ALL) || \
	    { echo "make: layer $(l) uses more than $(or $(BELOW_$(l)),nothing) (undefined references above)" >&2; exit 1; }; \
	  rm -f $(B)/layercheck-$(l);)
	@touch $@

$(B)/zaalt: $(CLI_OBJ) $(ALL_LIBS)
	$(CC) $(SANFLAGS) -o $@ $(CLI_OBJ) $(ALL_LIBS) $(LDLIBS_ALL)

# The server alone, without the indexer's libraries (cli/serve_main.c): what
# `zaalt serve` runs when it finds it beside itself.
SERVE_PKGS := $(filter-out poppler-glib tesseract lept libarchive libgsf-1,$(PKGS))
SERVE_OBJ := $(B)/obj/cli/serve_main.o $(B)/obj/cli/cmd_serve.o $(B)/obj/cli/common.o
# It reads the corpus config's [index] search through indexer/sources.o, the
# only object it takes from the indexer's archive (which needs no poppler).
$(B)/zaalt-serve: $(SERVE_OBJ) $(B)/libweb.a $(B)/libindexer.a $(ENGINE_LIBS)
	$(CC) $(SANFLAGS) -o $@ $(SERVE_OBJ) $(B)/libweb.a $(B)/libindexer.a $(ENGINE_LIBS) \
		$(shell pkg-config --libs $(SERVE_PKGS) 2>/dev/null) -lstdc++ -lm $(LDLIBS)

$(B)/tests/%: tests/unit/%.c $(ALL_LIBS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -o $@ $< $(ALL_LIBS) $(LDLIBS_ALL)

# The demo PDF renderer: plain text with a few markers -> PDF (cairo + pango).
# A build tool, not part of Zaalt: never built with sanitizers (fontconfig's
# caches would fail a SANITIZE=1 build at its first PDF).
build/mkpdf: tools/mkpdf.c tools/textdoc.c tools/textdoc.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(shell pkg-config --cflags pangocairo glib-2.0) -o $@ tools/mkpdf.c tools/textdoc.c \
		$(shell pkg-config --libs pangocairo glib-2.0)

# The spelling gate's table (core/spellgate.h): rebuilt by hand from the
# installed hunspell-mn when it changes (test_analysis says so), and committed.
build/mkspellgate: tools/mkspellgate.c core/spellgate.c core/spellgate.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(shell pkg-config --cflags glib-2.0) -o $@ tools/mkspellgate.c core/spellgate.c \
		core/spellgate_table.c \
		$(shell pkg-config --libs glib-2.0)

spellgate: build/mkspellgate
	build/mkspellgate /usr/share/hunspell/mn_MN.aff /usr/share/hunspell/mn_MN.dic > core/spellgate_table.c.tmp
	mv core/spellgate_table.c.tmp core/spellgate_table.c

deps:
	@missing=$$(for p in $(DEPS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing$$(echo ' '$$missing)"; \
	  if [ "$$(id -u)" != 0 ]; then echo "make deps: run as root (or: sudo apt-get install$$(echo ' '$$missing))" >&2; exit 1; fi; \
	  if [ -z "$$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v -e lock -e partial)" ] || \
	     ! apt-get install -y -q --no-install-recommends $$missing >/dev/null 2>&1; then \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	  fi; \
	fi

# The demo corpus: XML, text and HTML sources in corpus-config/demo, PDFs
# rendered from corpus-config/demo/pdf-src and Word and OpenDocument files
# from corpus-config/demo/office-src (tools/mkoffice.py) into build/demo.
DEMO_XML := $(shell find corpus-config/demo -type f \( -name '*.xml' -o -name '*.txt' -o -name '*.html' -o -name '*.docx' -o -name '*.odt' \) -not -path '*/pdf-src/*' -not -path '*/scan-src/*' -not -path '*/office-src/*' 2>/dev/null)
DEMO_PDFSRC := $(wildcard corpus-config/demo/pdf-src/*/*.txt)
DEMO_PDF := $(DEMO_PDFSRC:corpus-config/demo/pdf-src/%.txt=build/demo/%.pdf)
DEMO_COPY := $(DEMO_XML:corpus-config/demo/%=build/demo/%)

build/demo/%.pdf: corpus-config/demo/pdf-src/%.txt build/mkpdf
	@mkdir -p $(dir $@)
	build/mkpdf $< $@

# Scanned documents: sources in corpus-config/demo/scan-src rendered by
# tools/mkscan.c to image-only PDFs (no text layer), which only OCR can read.
DEMO_SCANSRC := $(wildcard corpus-config/demo/scan-src/*/*.txt)
DEMO_SCAN := $(DEMO_SCANSRC:corpus-config/demo/scan-src/%.txt=build/demo/%.pdf)

build/mkscan: tools/mkscan.c tools/textdoc.c tools/textdoc.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(shell pkg-config --cflags pangocairo glib-2.0) -o $@ tools/mkscan.c tools/textdoc.c \
		$(shell pkg-config --libs pangocairo glib-2.0)

$(DEMO_SCAN): build/demo/%.pdf: corpus-config/demo/scan-src/%.txt build/mkscan
	@mkdir -p $(dir $@)
	build/mkscan $< $@

build/demo/%: corpus-config/demo/%
	@mkdir -p $(dir $@)
	cp $< $@

# Office documents: office-src/SUB/NAME.txt -> build/demo/SUB/NAME.docx, or
# NAME.odt when the source is NAME.odt.txt.
DEMO_OFFICESRC := $(wildcard corpus-config/demo/office-src/*/*.txt)
DEMO_OFFICE := $(foreach s,$(DEMO_OFFICESRC),$(if $(filter %.odt.txt,$(s)),$(s:corpus-config/demo/office-src/%.odt.txt=build/demo/%.odt),$(s:corpus-config/demo/office-src/%.txt=build/demo/%.docx)))

build/demo/%.docx: corpus-config/demo/office-src/%.txt tools/mkoffice.py
	@mkdir -p $(dir $@)
	python3 tools/mkoffice.py $< $@

build/demo/%.odt: corpus-config/demo/office-src/%.odt.txt tools/mkoffice.py
	@mkdir -p $(dir $@)
	python3 tools/mkoffice.py $< $@

demo: $(DEMO_PDF) $(DEMO_SCAN) $(DEMO_COPY) $(DEMO_OFFICE)

# A demo index this zaalt cannot read (another schema version, left by an
# older checkout) is made anew: it is build output.
$(DB)/.indexed: $(B)/zaalt demo corpus-config/zaalt.ini
	@if [ -d $(DB) ] && ! $(B)/zaalt stats --db $(DB) >/dev/null 2>&1; then \
	  echo "$(DB): not readable by this zaalt; indexing the demo anew"; rm -rf $(DB); fi
	$(B)/zaalt index --db $(DB) --config corpus-config/zaalt.ini
	@touch $@

index-demo: $(DB)/.indexed

run: deps
	$(MAKE) all demo
	$(MAKE) index-demo
	@echo "Zaalt: serving the demo corpus at http://localhost:$(PORT)/"
	$(B)/zaalt serve --db $(DB) --port $(PORT) --bind $(BIND)

# The build for the tests runs CHECK_JOBS compilers at once (the machine's
# two cores) unless make was given -j; tests/run then runs two tests at a
# time (TEST_JOBS).
CHECK_JOBS ?= 2
# The browser tests' needs (browser-deps: npm ci, on a fresh clone) are
# fetched beside the build, not after it: they wait on the network, not on
# a core, and took ten seconds of the run's wall time on their own.  The
# fuzz targets (half the build: every layer again under clang's
# sanitizers) are built beside the tests, one compiler at a time, in the
# cores' idle moments; t97, which runs them, runs last and waits for their
# build (FUZZ_BUILD_STATUS), whose failure fails it.
check: deps
	@$(MAKE) --no-print-directory browser-deps & deps=$$!; \
	$(MAKE) $(if $(filter -j%,$(MAKEFLAGS)),,-j$(CHECK_JOBS)) all demo build/mkpdf $(UNIT_BIN) $(B)/bench/analysis \
	  $(B)/bench/speed/querybench; built=$$?; \
	wait $$deps; exit $$built
	@rm -f $(B)/fuzz-build.status; \
	( $(MAKE) --no-print-directory fuzz-build >$(B)/fuzz-build.log 2>&1; echo $$? >$(B)/fuzz-build.status ) & \
	B=$(B) FUZZ_BUILD_STATUS=$(B)/fuzz-build.status tests/run; rc=$$?; wait; exit $$rc

# The browser tests' own needs (tests/t45-browser.sh): Debian's chromium,
# node and npm when missing, then playwright-core from the committed lock
# file (it never downloads a browser).  A machine that cannot install them
# still runs the rest of `make check`: t45 then says why it skipped.
browser-deps:
	@need=""; [ -x /usr/bin/chromium ] || need="chromium"; \
	command -v node >/dev/null || need="$$need nodejs"; command -v npm >/dev/null || need="$$need npm"; \
	if [ -n "$$need" ]; then \
	  echo "make browser-deps: installing $$need"; \
	  if [ "$$(id -u)" != 0 ]; then echo "make browser-deps: run as root to install $$need" >&2; \
	  elif ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$need >/dev/null 2>&1; then \
	    apt-get update -q >/dev/null 2>&1; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$need >/dev/null 2>&1 || \
	      echo "make browser-deps: could not install $$need; the browser tests will skip" >&2; \
	  fi; \
	fi
	@if command -v npm >/dev/null && { [ ! -d tests/browser/node_modules/playwright-core ] || \
	    [ tests/browser/package-lock.json -nt tests/browser/node_modules/.package-lock.json ]; }; then \
	  (cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) || \
	    echo "make browser-deps: npm ci failed in tests/browser" >&2; \
	fi

# The index killed at random moments 50 times, then compared with a clean
# run (tests/t98-soak.sh; make check runs it with 10 kills).
SOAK_KILLS ?= 50
soak: all demo
	SOAK_KILLS=$(SOAK_KILLS) B=$(B) tests/run t98-soak

# Only the browser tests (screenshots in build/screenshots/).
browser-test: all demo browser-deps
	B=$(B) tests/run t45-browser

# Benchmarks (never part of check): bench/all runs them all in one run and
# writes bench/results-SIZE.md, stamped with the commit (SIZE=1k|10k|100k;
# default 10k): analysis, structure and OCR accuracy (bench/run), speed
# beside omindex, recollindex, omega and the extraction floor
# (bench/speed/run), and query latency over 1, 2 and 4 xapian-tcpsrv shards
# (bench/shards).
SIZE ?= 10k
bench: deps
	$(MAKE) all demo build/mkscan $(B)/bench/analysis $(B)/bench/structure $(B)/bench/ocr $(B)/bench/amendments $(B)/bench/formats
	B=$(B) bench/all $(SIZE)

# Query latency of each operator beside plain queries at 10k and 100k units
# (bench/operators/report: bench/national/run at each size, about half an
# hour on two cores; writes bench/operators.md).
bench-operators: all
	nice -n 19 bench/operators/report 10k 100k

$(B)/bench/%: bench/%.c $(ALL_LIBS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -o $@ $< $(ALL_LIBS) $(LDLIBS_ALL)

# The OCR unit test draws its scanned fixtures with pango.
$(B)/tests/test_ocr: CFLAGS += $(shell pkg-config --cflags pangocairo)
$(B)/tests/test_ocr: LDLIBS += $(shell pkg-config --libs pangocairo)

# Fuzzing (libFuzzer, clang): the library built again with coverage and
# ASan/UBSan into build/fuzz, one binary per target in tests/fuzz/.
# `make check` runs each briefly (FUZZ_SECONDS, default 3) through
# tests/t97-fuzz.sh; `make fuzz` runs each for FUZZ_SECONDS=300.
FUZZ_TARGETS := $(patsubst tests/fuzz/%.c,build/fuzz/%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

# The layers a fuzz target links, highest first: no target reaches the web
# layer (requests are fuzzed where they reach the search library,
# fuzz_request.c), so its files are not compiled a second time, with
# coverage and the sanitizers, for nothing (a sixth of the fuzz build).
FUZZ_LAYERS := indexer search legal core shim
FUZZ_LIBS := $(foreach l,$(FUZZ_LAYERS),build/fuzz/lib$(l).a)

fuzz-build:
	@if command -v clang >/dev/null; then \
	  $(MAKE) --no-print-directory B=build/fuzz CC=clang CXX=clang++ SANFLAGS="$(FUZZ_FLAGS) -fsanitize=fuzzer-no-link" \
	    $(FUZZ_LIBS) $(FUZZ_TARGETS); \
	else echo "make fuzz-build: clang is not installed; fuzz targets not built"; fi

# Compiled apart, so that the headers a target includes (its .d) rebuild
# it; linked by clang++: the shim's C++ needs UBSan's C++ runtime.
.PRECIOUS: build/fuzz/fuzz_%.o
build/fuzz/fuzz_%.o: tests/fuzz/fuzz_%.c
	clang $(CFLAGS_BASE) $(PKG_CFLAGS) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -c $< -o $@
build/fuzz/fuzz_%: build/fuzz/fuzz_%.o $(FUZZ_LIBS)
	clang++ $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_LIBS) $(LDLIBS_ALL)

fuzz: deps fuzz-build
	FUZZ_SECONDS=$${FUZZ_SECONDS:-300} B=build tests/run t97-fuzz

clean:
	rm -rf build

-include $(shell find build -name '*.d' 2>/dev/null)
