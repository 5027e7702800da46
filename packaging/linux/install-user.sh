#!/usr/bin/env bash
# Per-user install of Kommunalpakt Desktop from the Linux archive (no administrator rights):
#   tar xzf kommunalpakt-desktop-<version>-linux-x86_64.tar.gz
#   kommunalpakt-desktop-<version>/install-user.sh            (install or update)
#   kommunalpakt-desktop-<version>/install-user.sh --remove   (uninstall; your data stays)
# Program: ~/.local/opt/kommunalpakt-desktop, commands in ~/.local/bin, menu entry, icons and
# AppStream metadata in ~/.local/share. Data stays in ~/.local/share/kommunalpakt-desktop.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ID=de.kommunalpakt.Desktop
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
OPT="$HOME/.local/opt/kommunalpakt-desktop"
BIN="$HOME/.local/bin"

remove() {
  rm -rf "$OPT"
  rm -f "$BIN/kpakt-desktop" "$BIN/kpakt" "$DATA/applications/$ID.desktop" "$DATA/metainfo/$ID.metainfo.xml"
  rm -f "$DATA"/icons/hicolor/*/apps/"$ID".png "$DATA/icons/hicolor/scalable/apps/$ID.svg"
}

refresh() {  # let the desktop see the new menu entry and icons at once (tools may be missing)
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
  # only an icon cache that is already there (a new one would go stale when other programs add icons)
  [ -f "$DATA/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null \
    && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--remove" ]; then
  remove
  refresh
  echo "Kommunalpakt Desktop wurde entfernt. Ihre Daten in $DATA/kommunalpakt-desktop bleiben erhalten."
  exit 0
fi

[ -x "$HERE/kpakt-desktop/kpakt-desktop" ] || { echo "install-user.sh: kpakt-desktop/ fehlt neben dem Skript" >&2; exit 1; }
remove  # an update replaces the program folder completely
mkdir -p "$OPT" "$BIN" "$DATA/applications" "$DATA/metainfo"
cp -a "$HERE/kpakt-desktop/." "$OPT/"
ln -sf "$OPT/kpakt-desktop" "$BIN/kpakt-desktop"
ln -sf "$OPT/kpakt" "$BIN/kpakt"
# The menu entry starts the program by its full path: ~/.local/bin is not on every desktop's PATH.
sed -e "s|^Exec=kpakt-desktop|Exec=$OPT/kpakt-desktop|" -e "s|^TryExec=kpakt-desktop|TryExec=$OPT/kpakt-desktop|" \
  "$HERE/share/$ID.desktop" > "$DATA/applications/$ID.desktop"
cp "$HERE/share/$ID.metainfo.xml" "$DATA/metainfo/"
for png in "$HERE"/share/icons/kpakt-desktop-*.png; do
  size="$(basename "$png" .png)"; size="${size##*-}"
  install -Dm644 "$png" "$DATA/icons/hicolor/${size}x${size}/apps/$ID.png"
done
install -Dm644 "$HERE/share/icons/kpakt-desktop.svg" "$DATA/icons/hicolor/scalable/apps/$ID.svg"
refresh
echo "Kommunalpakt Desktop ist installiert: Anwendungsmenü → Büro, oder $OPT/kpakt-desktop"
