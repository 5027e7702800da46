# Kommunalpakt Desktop — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.install-stamp

.PHONY: install run test lint bench package screenshots clean system-deps translations translations-qm

# Translations: resources/i18n/kpakt_<lang>.ts are the sources (German is the source language);
# the compiled .qm files are built here and never committed (see kpakt_desktop/i18n.py).
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

install: $(STAMP) $(QM)

# Re-installs only when pyproject.toml changed (or the venv is new).
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@bash packaging/system-deps.sh
	@touch $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations-qm: $(QM)

# Refresh the .ts from the code and the forms; then translate the new (unfinished) entries,
# e.g. with pyside6-linguist, and run the test suite (tests/test_i18n.py checks completeness).
translations: $(STAMP)
	$(BIN)/python -m kpakt_desktop.gui.vocab_text
	$(BIN)/pyside6-lupdate -extensions py,ui -source-language de -locations none -no-obsolete \
		kpakt_desktop ui -ts $(TS)

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
	rm -f resources/i18n/*.qm
