#!/usr/bin/env bash
# Qt needs shared libraries from the system, for the desktop (xcb) and for offscreen tests.
# On Debian/Ubuntu: install what is missing (as root) or say exactly what to install.
set -u
PY="${VENV_PY:-.venv/bin/python}"
PKGS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 \
fonts-dejavu-core"
# With --barrierefreiheit also what the AT-SPI check (packaging/atspi_check.py) needs: the
# accessibility bus, the Python client a screen reader uses, a virtual X server and a D-Bus session.
if [ "${1:-}" = "--barrierefreiheit" ]; then
  PKGS="$PKGS at-spi2-core python3-pyatspi xvfb xauth dbus-bin"
fi
# With --wine: what `make check-installer` needs to run Inno Setup and the installer on Linux
# (packaging/check_installer.py): Wine with its 32-bit part (Inno Setup's compiler and Setup are
# 32-bit programs), and npm for the package `innosetup`, which ships ISCC.exe.
if [ "${1:-}" = "--wine" ]; then
  WINE_PKGS="wine wine64 wine32:i386"
  command -v npm >/dev/null || WINE_PKGS="$WINE_PKGS npm"
  if command -v wine >/dev/null && dpkg-query -W -f='${Status}' wine32:i386 2>/dev/null | grep -q "install ok installed" \
      && command -v npm >/dev/null; then
    exit 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Wine wird installiert (einige hundert MB):$WINE_PKGS"
    dpkg --add-architecture i386 && apt-get update -qq \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $WINE_PKGS >/dev/null && exit 0
    echo "Wine konnte nicht installiert werden." >&2
  else
    echo "Für make check-installer bitte als Administrator ausführen:" >&2
    echo "  sudo dpkg --add-architecture i386 && sudo apt-get update && sudo apt-get install $WINE_PKGS" >&2
  fi
  exit 1
fi
probe() { QT_QPA_PLATFORM=offscreen "$PY" -c 'from PySide6.QtWidgets import QApplication; QApplication([])' >/dev/null 2>&1; }

if command -v dpkg-query >/dev/null; then
  missing=""
  for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "Systembibliotheken für Qt werden installiert:$missing"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null || true
    else
      echo "Qt braucht noch diese Pakete. Bitte als Administrator ausführen:" >&2
      echo "  sudo apt-get install$missing" >&2
    fi
  fi
fi
probe && exit 0
echo "Qt kann nicht starten. Benötigte Debian-Pakete: $PKGS" >&2
exit 1
