"""Peak memory of the app on the largest Land: the resident set of a separate process that opens
the Bayern demo (most Kommunen of all Länder), builds the main window and renders every page once
(``kpakt-desktop --self-test``). The merge's peak is measured in ``bench/merge.py``.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from common import Result

GOAL_MB = 400.0
LARGEST = "09"  # Bayern: 2 612 Kommunen in the demo, the most of any Land


def _peak_of_child(args: list[str]) -> float:
    """ru_maxrss of one child process in MB (the only child since the last call: run in a fresh helper)."""
    code = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=True, capture_output=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
    return int(out.stdout.split()[-1]) / 1024  # Linux reports KiB


def run() -> list[Result]:
    from kpakt_desktop.domain.laender import parse_land
    from kpakt_desktop.services.demo import create_demo

    if not hasattr(resource, "getrusage"):
        return []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "by.sqlite"
        create_demo(db, parse_land(LARGEST), seed=1, stichtag=date(2026, 11, 1)).close()
        app = [sys.executable, "-m", "kpakt_desktop.app", "--self-test", "--db", str(db)]
        peak = _peak_of_child(app)
    return [Result("Programm Spitzenspeicher (RSS, Bayern-Demo, alle Seiten)", peak, "MB", GOAL_MB, "eigener Prozess")]


if __name__ == "__main__":
    for r in run():
        print(r)
