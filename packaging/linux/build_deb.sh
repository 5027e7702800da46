#!/usr/bin/env bash
# Debian/Ubuntu package of the frozen build (make package-deb; needs `make package` first and dpkg-deb).
# Double-clicking the .deb opens the desktop's software installer; `sudo apt install ./file.deb` works too.
#   /opt/kommunalpakt-desktop/            the onedir (kpakt-desktop, kpakt, _internal/)
#   /usr/bin/kpakt-desktop, /usr/bin/kpakt  symlinks (PyInstaller resolves them to the onedir)
#   /usr/share/applications/de.kommunalpakt.Desktop.desktop, metainfo/, icons/hicolor/
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
BUNDLE="$ROOT/dist/kpakt-desktop"
[ -x "$BUNDLE/kpakt-desktop" ] || { echo "build_deb: kein Build unter dist/kpakt-desktop – erst 'make package'" >&2; exit 1; }
ID=de.kommunalpakt.Desktop
VERSION="$("$PY" "$ROOT/packaging/project_meta.py" version)"
ARCH="$(dpkg --print-architecture)"
STAGE="$ROOT/build/deb/kommunalpakt-desktop"
rm -rf "$STAGE" && mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin"

cp -a "$BUNDLE" "$STAGE/opt/kommunalpakt-desktop"
ln -s /opt/kommunalpakt-desktop/kpakt-desktop "$STAGE/usr/bin/kpakt-desktop"
ln -s /opt/kommunalpakt-desktop/kpakt "$STAGE/usr/bin/kpakt"
install -Dm644 "$ROOT/packaging/linux/$ID.desktop" "$STAGE/usr/share/applications/$ID.desktop"
install -Dm644 "$ROOT/packaging/linux/$ID.metainfo.xml" "$STAGE/usr/share/metainfo/$ID.metainfo.xml"
install -Dm644 "$ROOT/resources/icons/kpakt-desktop.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/$ID.svg"
for png in "$ROOT"/resources/icons/kpakt-desktop-*.png; do
  size="$(basename "$png" .png)"; size="${size##*-}"
  install -Dm644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/$ID.png"
done

cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: kommunalpakt-desktop
Version: $VERSION
Architecture: $ARCH
Maintainer: Kommunalpakt Desktop <kommunalpakt-desktop@localhost>
Section: misc
Priority: optional
Installed-Size: $(du -sk "$STAGE" | cut -f1)
Depends: libc6 (>= 2.31), libgl1, libegl1, libfontconfig1, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libdbus-1-3
Description: Nachnutzung der kommunalen EfA-Fokusleistungen steuern
 Kommunalpakt Desktop ist das Werkzeug der kommunalen OZG-Koordination eines
 Landes: Kommunen, Leistungen und Vollzugsebene, Nachnutzungs-Matrix, Berichte
 und das Standardpaket für den IT-Planungsrat. Enthält Python und Qt.
CONTROL

OUT="$ROOT/dist/kommunalpakt-desktop_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz -z6 --build "$STAGE" "$OUT" >/dev/null
echo "$OUT ($(du -h "$OUT" | cut -f1))"
