# Kommunalpakt Desktop — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.install-stamp

.PHONY: install run test lint bench package screenshots clean system-deps

install: $(STAMP)

# Re-installs only when pyproject.toml changed (or the venv is new).
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@bash packaging/system-deps.sh
	@touch $(STAMP)

system-deps:
	@bash packaging/system-deps.sh

run: install
	$(BIN)/kpakt-desktop --demo

test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check kpakt_desktop tests bench db
	$(BIN)/ruff format --check kpakt_desktop tests bench db
	$(BIN)/mypy

bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
