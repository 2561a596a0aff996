# The two Quick start commands:  make demo   and   make test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test lint corpus clean pack-preview eval-search bench-search web-preview bench-web

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)  ## create .venv and install practicedb with its test tools

demo: $(STAMP)  ## ingest the bundled corpus, list practices by business area, run a search
	$(BIN)/practicedb ingest corpus/
	$(BIN)/practicedb list
	$(BIN)/practicedb search "domestic abuse"

test: $(STAMP)  ## lint and type-check, then the whole test suite
	$(BIN)/ruff check practicedb tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest

corpus: $(STAMP)  ## rebuild the bundled sample reports and their answer key
	$(BIN)/python -m pip install --quiet -e '.[corpus]'
	$(BIN)/python tests/generators/build_corpus.py

eval-search: $(STAMP)  ## search quality (nDCG@10, recall@10) vs FTS5 baselines: the untuned holdout set, then corpus/
	$(BIN)/python benchmarks/eval_search.py

bench-search: $(STAMP)  ## search speed on 50,000 synthetic practices (cached in /tmp)
	$(BIN)/python benchmarks/bench_search.py

CHROMIUM ?= chromium
pack-preview: $(STAMP)  ## board pack of the demo database -> out/pack-preview.html, page 1 as out/pack-preview.png
	@command -v $(CHROMIUM) >/dev/null || { echo "pack-preview needs Chromium (Debian: apt-get install chromium)"; exit 1; }
	mkdir -p out
	$(BIN)/practicedb pack --format html -o out/pack-preview.html
	profile=$$(mktemp -d) && $(CHROMIUM) --headless --no-sandbox --disable-gpu --disable-quic \
	    --no-first-run --disable-background-networking --disable-component-update --disable-sync \
	    --user-data-dir=$$profile --hide-scrollbars --window-size=1240,1754 \
	    --screenshot=$(CURDIR)/out/pack-preview.png file://$(CURDIR)/out/pack-preview.html \
	    2>/dev/null; status=$$?; rm -rf $$profile; exit $$status
	@echo "Page 1 of the pack: out/pack-preview.png (the whole pack: out/pack-preview.html)"

web-preview: $(STAMP)  ## screenshots of the web app's main pages -> out/web-*.png (needs Chromium)
	$(BIN)/python tests/web_preview.py

bench-web: $(STAMP)  ## the web app under load: 50 users for 60 s, corpus and 5,000 practices
	$(BIN)/python benchmarks/load_web.py

clean:
	rm -rf $(VENV) practices.db practices.db-* practices.db.index indexes/*/ .pytest_cache
