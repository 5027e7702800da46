#!/usr/bin/env bash
# Qt needs a few shared libraries from the system. Check by starting a QApplication offscreen;
# if that fails, install the Debian packages (as root) or say which ones to install.
set -u
PY="${VENV_PY:-.venv/bin/python}"
probe() { QT_QPA_PLATFORM=offscreen "$PY" -c 'from PySide6.QtWidgets import QApplication; QApplication([])' >/dev/null 2>&1; }
probe && exit 0
PKGS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 libxcb-cursor0 libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libasound2 fonts-dejavu-core"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Qt startet nicht: installiere Systembibliotheken ($PKGS)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $PKGS >/dev/null
  probe && exit 0
fi
echo "Qt kann nicht starten. Bitte als Administrator installieren: apt-get install $PKGS" >&2
exit 1
