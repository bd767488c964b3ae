# kutip — `make run` opens the reader on the bundled corpus, `make test` runs every test.
# Both install what a fresh machine lacks first (the ncursesw development files, tmux).

SWIFT      ?= swift
CORPUS     ?= data/articles
SUDO       := $(shell [ "$$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1 && echo sudo)
BIN_DIR     = $(shell $(SWIFT) build --show-bin-path)

.PHONY: all deps build run test bench eval train clean

all: build

## Installs the system packages kutip builds and tests against, when they are missing.
deps:
	@if ! pkg-config --exists ncursesw 2>/dev/null; then \
		echo "make: installing the ncursesw development package (libncursesw5-dev)"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq pkg-config libncursesw5-dev; \
	fi
	@if ! command -v tmux >/dev/null 2>&1; then \
		echo "make: installing tmux (for the end-to-end tests)"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq tmux; \
	fi

build: deps
	$(SWIFT) build

## Opens kutip on the bundled corpus (CORPUS=path for another).
run: build
	$(BIN_DIR)/kutip $(CORPUS)

## Builds and runs every test, the end-to-end tmux tests among them (spaCy and bratly, from PyPI,
## read exports back in them; scikit-learn and krippendorff recompute kutip agree's figures).
test: deps
	@python3 -c 'import spacy' 2>/dev/null || { echo "make: installing spaCy (the export tests read conll through it)"; python3 -m pip install -q spacy; }
	@python3 -c 'import bratly.io' 2>/dev/null || { echo "make: installing bratly-io-fs (the export tests read brat standoff through it)"; python3 -m pip install -q bratly-io-fs; }
	@python3 -c 'import sklearn, krippendorff' 2>/dev/null || { echo "make: installing scikit-learn and krippendorff (the agreement tests check kutip agree against them)"; python3 -m pip install -q scikit-learn krippendorff; }
	$(SWIFT) build --build-tests
	KUTIP_BINARY=$(BIN_DIR)/kutip $(SWIFT) test

clean:
	$(SWIFT) package clean

## Speed targets (ordo-one/benchmark, release build): first frame, frame drawing, analysis
## throughput and linearity; then kutip against spaCy's blank Indonesian pipeline on the same text.
bench: deps
	cd Benchmarks && $(SWIFT) package --allow-writing-to-package-directory benchmark --no-progress
	@python3 -c 'import spacy' 2>/dev/null || { echo "make: installing spaCy (the speed peer in make bench)"; python3 -m pip install -q spacy; }
	$(SWIFT) build -c release
	python3 scripts/bench-spacy.py --kutip $$($(SWIFT) build -c release --show-bin-path)/kutip

## Quality figures: entities and quotations against the hand-annotated sets and the open data
## sets in ../shared/datasets (SPLIT=dev while working; test is for the reported figure).
SPLIT ?= test
eval: build
	python3 scripts/eval.py --kutip $(BIN_DIR)/kutip --split $(SPLIT)

## Retrains the entity tagger on ../shared/datasets (train splits; dev picks the epoch) and
## writes data/models/entities-id.bin.
train: deps
	$(SWIFT) build -c release
	$$($(SWIFT) build -c release --show-bin-path)/kutip train-entities
