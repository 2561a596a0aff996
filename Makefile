# The two Quick start commands:  make demo   and   make test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test lint corpus clean

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

test: $(STAMP)  ## lint, then the whole test suite
	$(BIN)/ruff check practicedb tests tools
	$(BIN)/python -m pytest

corpus: $(STAMP)  ## rebuild the bundled sample reports and their answer key
	$(BIN)/python -m pip install --quiet -e '.[corpus]'
	$(BIN)/python tools/build_corpus.py

clean:
	rm -rf $(VENV) practices.db practices.db-* indexes/*/ .pytest_cache
