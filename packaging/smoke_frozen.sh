#!/usr/bin/env bash
# Smoke test of the frozen build (make package): start both programs from dist/ the way a user
# would, without the source tree or the venv on the path. Run by `make smoke-frozen` and CI.
#
#   1. kpakt-desktop --self-test (offscreen) prints exactly "self-test ok"
#   2. kpakt --version names the version in pyproject.toml
#   3. the CLI end to end: demo database, Alembic upgrade of an old schema (tests/fixtures),
#      key pair, Standardpaket export + validation, merge with Excel and PDF report, the reports
#      (Lagebericht with embedded fonts, BDV, Bündelung) and a Rückmeldebogen out and back
#      (exercises Alembic's migration scripts, openpyxl, reportlab, cryptography, jsonschema)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUNDLE="${1:-$ROOT/dist/kpakt-desktop}"
BUNDLE="$(cd "$BUNDLE" 2>/dev/null && pwd)" || { echo "smoke-frozen: kein Build unter ${1:-dist/kpakt-desktop} – erst 'make package'" >&2; exit 1; }
# Windows (Git Bash, .github/workflows/windows.yml): the programs end in .exe, print \r\n, and take
# Windows paths in environment variables.
EXE=""
[ -f "$BUNDLE/kpakt-desktop.exe" ] && EXE=".exe"
GUI="$BUNDLE/kpakt-desktop$EXE"
CLI="$BUNDLE/kpakt$EXE"
native() { if command -v cygpath >/dev/null; then cygpath -m "$1"; else printf '%s' "$1"; fi; }
VERSION="$("${PYTHON:-$ROOT/.venv/bin/python}" "$ROOT/packaging/project_meta.py" version)"
VERSION="${VERSION%$'\r'}"

WORK="$(mktemp -d -t kpakt-smoke-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
# Nothing of the user's: data, settings and keys go to the scratch folder; run from there with a
# minimal PATH/PYTHONPATH so the bundle cannot borrow modules from the checkout or the venv.
export KPAKT_DATA_DIR="$(native "$WORK/data")" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/share" HOME="$WORK"
export QT_QPA_PLATFORM=offscreen
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV KPAKT_DB
cd "$WORK"

fail() { echo "smoke-frozen: FEHLER: $*" >&2; exit 1; }
step() { echo "smoke-frozen: $*"; }

start=$(date +%s)
out="$("$GUI" --self-test 2>"$WORK/self-test.err")" || { cat "$WORK/self-test.err" >&2; fail "kpakt-desktop --self-test endete mit Fehler"; }
out="${out%$'\r'}"
[ "$out" = "self-test ok" ] || { cat "$WORK/self-test.err" >&2; fail "kpakt-desktop --self-test druckte '$out' statt 'self-test ok'"; }
step "kpakt-desktop --self-test: $out ($(( $(date +%s) - start )) s)"

out="$("$CLI" --version)"
out="${out%$'\r'}"
[ "$out" = "kpakt $VERSION" ] || fail "kpakt --version druckte '$out', erwartet 'kpakt $VERSION'"
step "kpakt --version: $out"

"$CLI" --db demo.sqlite demo --land RP >/dev/null || fail "kpakt demo"
cp "$ROOT/tests/fixtures/land_0001.sqlite" alt.sqlite
"$CLI" --db alt.sqlite stats >/dev/null || fail "kpakt stats auf einer Datenbank mit altem Schema (Alembic-Upgrade)"
ls alt.vor-update-*.sqlite >/dev/null 2>&1 || fail "keine Sicherung vor dem Schema-Update"
step "Alembic: altes Schema aktualisiert, Sicherung angelegt"
# A demo database signs with its own demo key (never the office's); the signed round trip runs on a
# real Land database, as an office would send it.
"$CLI" --db demo.sqlite bundle export -o demo.zip >/dev/null || fail "kpakt bundle export (Demo)"
"$CLI" --db land.sqlite init --land RP >/dev/null || fail "kpakt init"
"$CLI" --db land.sqlite keygen -o vertrauen/ >/dev/null || fail "kpakt keygen"
"$CLI" --db land.sqlite bundle export -o rp.zip >/dev/null || fail "kpakt bundle export"
"$CLI" bundle validate rp.zip --trust vertrauen/ >/dev/null || fail "kpakt bundle validate"
"$CLI" merge rp.zip --db bund.sqlite --trust vertrauen/ --xlsx bund.xlsx --pdf bund.pdf >/dev/null || fail "kpakt merge"
[ "$(head -c 4 bund.pdf)" = "%PDF" ] || fail "bund.pdf ist kein PDF"
[ "$(head -c 2 bund.xlsx)" = "PK" ] || fail "bund.xlsx ist keine Excel-Datei"
step "CLI: Demo, Standardpaket exportiert und geprüft, Zusammenführung mit Excel- und PDF-Bericht"
"$CLI" --db demo.sqlite report lagebericht -o lage.pdf >/dev/null || fail "kpakt report lagebericht"
[ "$(head -c 4 lage.pdf)" = "%PDF" ] || fail "lage.pdf ist kein PDF"
"$CLI" --db demo.sqlite report bdv --kreis Ahrweiler -o bdv.xlsx >/dev/null || fail "kpakt report bdv"
"$CLI" --db demo.sqlite report buendelung -o buendelung.xlsx >/dev/null || fail "kpakt report buendelung"
"$CLI" --db demo.sqlite rueckmeldung export --kommune 071315001000 -o bogen.xlsx >/dev/null || fail "kpakt rueckmeldung export"
"$CLI" --db demo.sqlite rueckmeldung import bogen.xlsx --dry-run >/dev/null || fail "kpakt rueckmeldung import"
step "Berichte: Lagebericht (PDF), BDV-Excel, Bündelung, Rückmeldebogen hin und zurück"
step "ok ($(( $(date +%s) - start )) s, Build $(du -sh "$BUNDLE" | cut -f1))"
