# Kommunalpakt Desktop — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.install-stamp

.PHONY: install run test lint bench package package-deb package-tar smoke-frozen check-installer icons screenshots clean system-deps \
	translations translations-qm atspi-check

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

# A real AT-SPI client (pyatspi, what Orca uses) walks the running app under Xvfb; about a minute,
# not part of `make test` (needs the accessibility bus). See docs/barrierefreiheit.md.
atspi-check: install
	@bash packaging/system-deps.sh --barrierefreiheit
	dbus-run-session -- /usr/bin/python3 packaging/atspi_check.py --python $(BIN)/python

run: install
	$(BIN)/kpakt-desktop --demo

# The suite runs in one process per core (pytest-xdist, at most four; each has its own settings folder,
# data folder and PostgreSQL server, see tests/conftest.py). PYTEST_PARALLEL= runs it in one process.
PYTEST_PARALLEL ?= -n auto --maxprocesses=4 --dist worksteal
test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_PARALLEL) $(PYTEST_ARGS)

# ruff, the format, mypy, and the layer contract gui → services → store → domain (no Qt below gui/):
# [tool.importlinter] in pyproject.toml.
lint: install
	$(BIN)/ruff check kpakt_desktop tests bench db packaging
	$(BIN)/ruff format --check kpakt_desktop tests bench db packaging
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

# -- packaging (packaging/, docs/installer.md) ---------------------------------------------------
PACKAGE_STAMP := $(VENV)/.package-stamp

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[package]"
	@touch $(PACKAGE_STAMP)

# The frozen onedir build: dist/kpakt-desktop/{kpakt-desktop,kpakt,_internal/}. Always from scratch
# (--clean), so nothing cached from an earlier build can hide a missing file.
package: $(PACKAGE_STAMP)
	rm -rf dist/kpakt-desktop build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/kpakt-desktop.spec

# Debian/Ubuntu package of the frozen build: dist/kommunalpakt-desktop_<version>_<arch>.deb
package-deb:
	bash packaging/linux/build_deb.sh

# Archive for a per-user Linux install without root: dist/kommunalpakt-desktop-<version>-linux-<arch>.tar.gz
package-tar:
	bash packaging/linux/build_tar.sh

# Starts the frozen build like a user would (self-test offscreen, CLI end to end); needs `make package`.
smoke-frozen:
	bash packaging/smoke_frozen.sh dist/kpakt-desktop

# The Windows installer under Wine: compile the .iss with Inno Setup's ISCC.exe against the frozen build,
# install silently into a throwaway Wine prefix, check files, Start menu, uninstaller, uninstall
# (packaging/check_installer.py, docs/installer.md). Needs `make package`; skips without Wine
# (sudo bash packaging/system-deps.sh --wine).
check-installer:
	$(BIN)/python packaging/check_installer.py dist/kpakt-desktop

# PNG sizes of the app icon from resources/icons/kpakt-desktop.svg (committed; rerun after editing the SVG).
icons: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_icons.py

# docs/screenshots/*.png: every page of the main window on a fresh demo database.
screenshots: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/screenshots.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .import_linter_cache
	rm -f resources/i18n/*.qm
