"""The app and the CLI writing one database at the same time: writers queue on the busy timeout,
none fails with "database is locked", every write is there afterwards."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from kpakt_desktop.domain.status import erlaubte_folge
from kpakt_desktop.services.nachnutzung import Aenderung, aendern, zelle
from kpakt_desktop.store.database import open_store
from kpakt_desktop.store.models import Kommune, Nachnutzung

ROUNDS = 20

# The CLI side: a script calling `kpakt nachnutzung set` (in-process main, one store per call as in a shell loop).
_CLI_LOOP = """
import json, sys
from kpakt_desktop.cli import main
db, jobs = sys.argv[1], json.loads(sys.argv[2])
print("ready", flush=True)
codes = [main(["--db", db, "nachnutzung", "set", "--ars", a, "--leistung", str(l), "--status", s]) for a, l, s in jobs]
print(json.dumps(codes), flush=True)
"""


def test_cli_and_app_write_at_once_without_lock_errors(rp_demo_path: Path) -> None:
    store = open_store(rp_demo_path)
    try:
        with store.read() as s:
            rows = s.execute(select(Nachnutzung, Kommune.ars).join(Kommune).order_by(Nachnutzung.id)).all()
        movable = [(r.id, ars, r.leistung_nr, erlaubte_folge(r.status)) for r, ars in rows if erlaubte_folge(r.status)]
        cli_cells = movable[:ROUNDS]
        app_cells = movable[ROUNDS : 2 * ROUNDS]
        jobs = [(ars, nr, folge[0].value) for _id, ars, nr, folge in cli_cells]
        proc = subprocess.Popen(
            [sys.executable, "-c", _CLI_LOOP, str(rp_demo_path), json.dumps(jobs)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
        for i, (nid, *_rest) in enumerate(app_cells):  # the app writes while the CLI loop runs
            aendern(store, [nid], Aenderung({"notiz": f"parallel {i}"}), benutzer="App")
        out, err = proc.communicate(timeout=300)
        assert "locked" not in err and "Traceback" not in err, err
        assert json.loads(out.splitlines()[-1]) == [0] * ROUNDS

        for i, (nid, *_rest) in enumerate(app_cells):
            assert zelle(store, nid).notiz == f"parallel {i}"
        for nid, _ars, _nr, folge in cli_cells:
            assert zelle(store, nid).status is folge[0]
    finally:
        store.close()
