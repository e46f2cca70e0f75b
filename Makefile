# Two commands on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench clean

$(BIN)/refharvest: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# The citation-style engine (citeproc-js) runs in Node; installed from the
# committed lock file. Skipped with a message where npm is absent: only
# `refharvest format` needs it.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --silent --no-audit --no-fund && touch $@; \
	else \
		echo "npm not found: citation styles (refharvest format) will be unavailable"; \
	fi

run: $(BIN)/refharvest node_modules/.installed
	$(BIN)/refharvest build refs/ -o output/

test: $(BIN)/refharvest node_modules/.installed
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/pytest -q

lint: $(BIN)/refharvest
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

bench: $(BIN)/refharvest node_modules/.installed
	$(BIN)/python bench/harvest.py
	$(BIN)/python bench/dedupe.py
	$(BIN)/python bench/linkcheck.py
	$(BIN)/python bench/format.py

clean:
	rm -rf $(VENV) node_modules output/*.bib output/*.json output/*.md output/*.html output/*.txt
