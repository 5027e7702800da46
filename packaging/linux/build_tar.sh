#!/usr/bin/env bash
# Archive of the frozen build for a per-user install without administrator rights (make package-tar;
# needs `make package` first): dist/kommunalpakt-desktop-<version>-linux-<arch>.tar.gz with the
# onedir, the desktop entry, AppStream metadata, icons and install-user.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
BUNDLE="$ROOT/dist/kpakt-desktop"
[ -x "$BUNDLE/kpakt-desktop" ] || { echo "build_tar: kein Build unter dist/kpakt-desktop – erst 'make package'" >&2; exit 1; }
ID=de.kommunalpakt.Desktop
VERSION="$("$PY" "$ROOT/packaging/project_meta.py" version)"
NAME="kommunalpakt-desktop-$VERSION"
STAGE="$ROOT/build/tar/$NAME"
rm -rf "$ROOT/build/tar" && mkdir -p "$STAGE/share/icons"
cp -a "$BUNDLE" "$STAGE/kpakt-desktop"
cp "$ROOT/packaging/linux/$ID.desktop" "$ROOT/packaging/linux/$ID.metainfo.xml" "$STAGE/share/"
cp "$ROOT"/resources/icons/kpakt-desktop.svg "$ROOT"/resources/icons/kpakt-desktop-*.png "$STAGE/share/icons/"
install -m755 "$ROOT/packaging/linux/install-user.sh" "$STAGE/install-user.sh"
OUT="$ROOT/dist/$NAME-linux-$(uname -m).tar.gz"
tar -C "$ROOT/build/tar" -czf "$OUT" "$NAME"
echo "$OUT ($(du -h "$OUT" | cut -f1))"
