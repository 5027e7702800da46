#!/usr/bin/env python3
"""Check the running app with a real AT-SPI client, the way Orca sees it (Linux).

Starts a virtual X server, the accessibility bus and Kommunalpakt Desktop on a fresh demo
database, then walks the accessibility tree with pyatspi (the client library of the Orca screen
reader): every page is opened through the sidebar (AT-SPI selection, not the mouse) and every
showing interactive element must have a name or a label it is labelled by. A few things a screen
reader user relies on are checked by name: Übersicht figures as value and caption, chart
descriptions, filter combo boxes labelled, matrix cells (also the empty ones) spoken in full.

Needs the Debian packages of ``packaging/system-deps.sh --barrierefreiheit`` and runs with the
system Python (pyatspi comes from Debian), inside a D-Bus session:

    dbus-run-session -- /usr/bin/python3 packaging/atspi_check.py --python .venv/bin/python

Exit code 0 when nothing is missing; the report goes to stdout. It takes about a minute and
depends on the desktop stack, so CI does not run it; run it before a release (docs/barrierefreiheit.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

INTERACTIVE = {
    "push button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "spin button",
    "table",
    "tree table",
    "list",
    "page tab",
    "slider",
}
ROOT = Path(__file__).resolve().parent.parent


def _start(cmd: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _wait(predicate: Any, seconds: float, what: str) -> Any:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.5)
    raise SystemExit(f"Zeitüberschreitung: {what}")


def _labels(acc: Any, pyatspi: Any) -> list[str]:
    names = []
    for relation in acc.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            names += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    return [n for n in names if n.strip()]


def _walk(acc: Any, pyatspi: Any, depth: int = 0) -> list[Any]:
    """Showing accessibles below ``acc`` (tables and lists are not descended into: their cells are
    checked through the Table interface)."""
    found = []
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is None or not child.getState().contains(pyatspi.STATE_SHOWING):
            continue
        found.append(child)
        if child.getRoleName() not in ("table", "tree table", "list", "combo box") and depth < 40:
            found += _walk(child, pyatspi, depth + 1)
    return found


def check(app: Any, pyatspi: Any) -> tuple[list[str], list[str]]:
    problems: list[str] = []
    verified: list[str] = []
    children = [app.getChildAtIndex(i) for i in range(app.childCount)]
    frame = next(c for c in children if c.getRoleName() == "frame")
    sidebar = next(a for a in _walk(frame, pyatspi) if a.getRoleName() == "list" and a.name == "Seiten")
    pages = [sidebar.getChildAtIndex(i).name for i in range(sidebar.childCount)]
    verified.append(f"Seitenleiste „Seiten“ mit {len(pages)} Einträgen: {', '.join(pages)}")
    selection = sidebar.querySelection()
    for index, page in enumerate(pages):
        print(f"… {page}", file=sys.stderr, flush=True)
        selection.selectChild(index)
        time.sleep(3)  # the page is built when first shown
        elements = _walk(frame, pyatspi)
        interactive = [a for a in elements if a.getRoleName() in INTERACTIVE]
        unnamed = [
            f"{a.getRoleName()} (Beschreibung {a.description!r})"
            for a in interactive
            if not a.name.strip() and not _labels(a, pyatspi)
        ]
        problems += [f"{page}: ohne Namen: {u}" for u in unnamed]
        combos = [a for a in interactive if a.getRoleName() == "combo box"]
        unlabelled = [a.name for a in combos if not _labels(a, pyatspi)]
        problems += [f"{page}: Auswahlliste ohne Beschriftung (liest nur den Wert „{n}“)" for n in unlabelled]
        beschriftungen = sorted({_labels(c, pyatspi)[0] for c in combos if _labels(c, pyatspi)})
        verified.append(
            f"{page}: {len(interactive)} bedienbare Elemente mit Namen; "
            f"{len(combos)} Auswahllisten mit Beschriftung ({', '.join(beschriftungen)})"
        )
        if page == "Übersicht":
            figures = [a.name for a in elements if a.getRoleName() == "label" and a.name[:1].isdigit()]
            if not any("zuständige Nachnutzungen" in f for f in figures):
                problems.append(f"Übersicht: Kennzahlen nicht als Wert und Beschriftung gelesen: {figures[:3]}")
            else:
                verified.append(f"Übersicht: Kennzahlen gelesen als {figures[:3]}")
            titles = ("Stand je Leistung", "Fortschritt je Kreis", "Go-live-Kurve", "Offene Hürden")
            charts = [a for a in elements if a.name.startswith(titles)]
            described = [a for a in charts if any(ch.isdigit() for ch in a.description)]
            if len(described) < len(titles):
                ohne = [a.name for a in charts if a not in described]
                problems.append(f"Übersicht: Diagramme ohne Beschreibung: {ohne}")
            for a in described:
                text = a.description[:100]
                verified.append(f"Übersicht: Diagramm „{a.name}“ ({a.getRoleName()}) beschrieben: {text}…")
        if page == "Nachnutzung":
            matrix = next((a for a in elements if a.getRoleName() == "table" and a.name == "Nachnutzungs-Matrix"), None)
            if matrix is None:
                problems.append("Nachnutzung: Matrix nicht gefunden")
                continue
            table = matrix.queryTable()
            names = [table.getAccessibleAt(r, c).name for r in range(min(8, table.nRows)) for c in range(2, 8)]
            leer = [n for n in names if n.endswith("nicht zuständig")]
            voll = [n for n in names if n and not n.endswith("nicht zuständig")]
            if not leer or not voll or any(not n for n in names):
                problems.append(f"Nachnutzung: Zellnamen unvollständig: {names[:6]}")
            else:
                verified.append(f"Nachnutzung: Zellen gelesen als „{voll[0]}“ und leer als „{leer[0]}“")
    return problems, verified


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"), help="Python mit PySide6")
    parser.add_argument("--display", default=":97")
    args = parser.parse_args()
    import pyatspi  # Debian package python3-pyatspi

    if "DBUS_SESSION_BUS_ADDRESS" not in os.environ:
        print("Bitte in einer D-Bus-Sitzung starten: dbus-run-session -- …", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="kpakt-atspi-"))
    env = dict(
        os.environ,
        DISPLAY=args.display,
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
        NO_AT_BRIDGE="0",
        XDG_CONFIG_HOME=str(work / "config"),
        KPAKT_DATA_DIR=str(work / "data"),
        PYTHONPATH=str(ROOT),
    )
    processes = [_start(["Xvfb", args.display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"], env)]
    try:
        time.sleep(1.5)
        processes.append(_start(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], env))
        time.sleep(1.5)
        os.environ.update(DISPLAY=args.display)
        processes.append(_start([args.python, "-m", "kpakt_desktop.app", "--demo"], env))
        desktop = pyatspi.Registry.getDesktop(0)

        def find_app() -> Any:
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                if app is not None and any(
                    app.getChildAtIndex(j).getRoleName() == "frame" and "Kommunalpakt" in app.getChildAtIndex(j).name
                    for j in range(app.childCount)
                ):
                    return app
            return None

        app = _wait(find_app, 120, "das Programm erscheint nicht im AT-SPI-Baum")
        time.sleep(3)
        problems, verified = check(app, pyatspi)
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(work, ignore_errors=True)
    print("AT-SPI-Prüfung (pyatspi, wie Orca):")
    for line in verified:
        print(f"  ok  {line}")
    for line in problems:
        print(f"  FEHLT  {line}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
