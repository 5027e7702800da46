"""Many Kommunen at once as additions to a Leistung's Vollzugsebene, from a list the office has.

Where no shipped data can say which kreisangehörige Städte have their own Bauaufsicht, Jugendamt or
Zulassungsstelle, the Land's ministry usually has a list. Its file (CSV or xlsx, one Kommune per row,
given by ARS, AGS or name) is read, every row matched or reported by its row number, and the effect
shown before anything is written: new zuständige Kommunen, Nachnutzungen that come back.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.kommunen import KommuneZustand
from kpakt_desktop.domain.vollzug import AusnahmeArt
from kpakt_desktop.services.register import csv_text
from kpakt_desktop.services.vollzugsebene import (
    Vorschau,
    ausnahmen_je_leistung,
    jetzt_sekunden,
    plus_minus,
    sync_zustaendigkeit,
    vorschau_mit,
)
from kpakt_desktop.services.zustaendigkeit import SyncResult, verwaltende_arten
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Kommune, Vollzug, VollzugAusnahme

MAX_ZEILEN = 20_000  # more Kommunen than any Land has: a wrong file, not a list
_SPALTEN = ("ars", "ags", "regionalschlüssel", "gemeindeschlüssel", "name", "kommune", "gemeinde", "stadt")


@dataclass(frozen=True)
class Treffer:
    zeile: int
    kommune_id: int
    name: str
    ars: str


@dataclass(frozen=True)
class ListenVorschau:
    datei: str
    nr: int
    treffer: tuple[Treffer, ...]  # become additions
    schon_eingetragen: tuple[Treffer, ...]  # already an exception for this Leistung: left as they are
    probleme: tuple[str, ...]  # "Zeile 4: …", one per row that matched no single Kommune
    wirkung: Vorschau

    @property
    def kommune_ids(self) -> tuple[int, ...]:
        return tuple(t.kommune_id for t in self.treffer)


def _zellen(path: Path) -> list[tuple[int, list[str]]]:
    """(row number, cells) of the file's first sheet or of the CSV, empty rows left out."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise InputError(
            meldung("{name}: Die Datei kann nicht gelesen werden ({strerror}).", name=path.name, strerror=err.strerror)
        ) from None
    if raw[:4] == b"PK\x03\x04":
        from openpyxl import load_workbook  # only needed here; keeps the CLI start fast

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                wb = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
            except (zipfile.BadZipFile, KeyError, OSError, ValueError) as err:
                raise InputError(
                    meldung(
                        "{name}: Die Excel-Datei ist beschädigt oder unvollständig ({err}).", name=path.name, err=err
                    )
                ) from None
            try:
                rows = [
                    (i, ["" if v is None else str(v).strip() for v in values])
                    for i, values in enumerate(wb.worksheets[0].iter_rows(values_only=True), start=1)
                ]
            finally:
                wb.close()
    else:
        text = csv_text(raw, path.name)
        dialect = ";" if text.count(";") > text.count(",") else ","
        rows = [(i, [c.strip() for c in r]) for i, r in enumerate(csv.reader(io.StringIO(text), delimiter=dialect), 1)]
    rows = [(i, cells) for i, cells in rows if any(cells)]
    if len(rows) > MAX_ZEILEN:
        raise InputError(
            meldung(
                "{name}: {anzahl_rows} Zeilen – mehr Kommunen, als ein Land hat. Ist es die richtige Datei?",
                name=path.name,
                anzahl_rows=len(rows),
            )
        )
    return rows


def _werte(path: Path) -> list[tuple[int, str]]:
    """The one value per row: from the column headed ARS/AGS/Name/…, else from the first column."""
    rows = _zellen(path)
    if not rows:
        raise InputError(meldung("{name}: Die Datei enthält keine Zeilen.", name=path.name))
    kopf = [c.casefold() for c in rows[0][1]]
    spalte = next((kopf.index(name) for name in _SPALTEN if name in kopf), None)
    if spalte is not None:
        rows = rows[1:]
    else:
        spalte = 0
    return [(i, cells[spalte] if spalte < len(cells) else "") for i, cells in rows]


def _finde(s: Session) -> tuple[dict[str, list[Kommune]], dict[str, list[Kommune]]]:
    kommunen = list(s.scalars(select(Kommune).where(Kommune.zustand == KommuneZustand.AKTIV)))
    by_key: dict[str, list[Kommune]] = {}
    by_name: dict[str, list[Kommune]] = {}
    for k in kommunen:
        by_key.setdefault(k.ars, []).append(k)
        if k.ags:
            by_key.setdefault(k.ags, []).append(k)
        by_name.setdefault(k.name.casefold(), []).append(k)
        kurz = k.name.split(",")[0].strip().casefold()  # "Andernach, Stadt" → "andernach"
        if kurz != k.name.casefold():
            by_name.setdefault(kurz, []).append(k)
    return by_key, by_name


def liste_pruefen(store: Store, nr: int, path: Path) -> ListenVorschau:
    """Read the list and show what adding its Kommunen to Leistung ``nr`` would do; nothing is written."""
    werte = _werte(path)
    with store.read() as s:
        if s.get(Vollzug, nr) is None:
            raise InputError(meldung("Die Leistung Nr. {nr} gibt es nicht (erlaubt: 1 bis 16).", nr=nr))
        by_key, by_name = _finde(s)
        vorhanden = {a.kommune_id for _, a in ausnahmen_je_leistung(s, nr)}
        treffer: dict[int, Treffer] = {}
        schon: list[Treffer] = []
        probleme: list[str] = []
        for zeile, wert in werte:
            if not wert:
                probleme.append(f"Zeile {zeile}: leer.")
                continue
            ziffern = re.sub(r"\s", "", wert)
            kandidaten = by_key.get(ziffern, []) if ziffern.isdigit() else by_name.get(wert.casefold(), [])
            if not kandidaten and not ziffern.isdigit():
                kandidaten = by_name.get(wert.split(",")[0].strip().casefold(), [])
            if len(kandidaten) != 1:
                if not kandidaten:
                    art = "Schlüssel" if ziffern.isdigit() else "Namen"
                    probleme.append(f"Zeile {zeile}: „{wert}“ – keine Kommune dieses {art}s in der Landesdatenbank.")
                else:
                    namen = ", ".join(f"{k.name} ({k.ars})" for k in kandidaten[:4])
                    probleme.append(f"Zeile {zeile}: „{wert}“ ist nicht eindeutig ({namen}); bitte den ARS angeben.")
                continue
            k = kandidaten[0]
            t = Treffer(zeile, k.id, k.name, k.ars)
            if k.id in vorhanden:
                schon.append(t)
            else:
                treffer.setdefault(k.id, t)
        plus, minus = plus_minus([i for _, i in ausnahmen_je_leistung(s, nr)])
        vollzug = s.get(Vollzug, nr)
        assert vollzug is not None  # checked above
        ebene = vollzug.ebene
        wirkung = vorschau_mit(s, nr, ebene, verwaltende_arten(s), plus | set(treffer), minus)
    return ListenVorschau(path.name, nr, tuple(treffer.values()), tuple(schon), tuple(probleme), wirkung)


def liste_uebernehmen(
    store: Store,
    vorschau: ListenVorschau,
    grund: str,
    *,
    benutzer: str | None,
    jetzt: datetime | None = None,
) -> SyncResult:
    """Add the matched Kommunen as "zusätzlich zuständig", all in one transaction."""
    jetzt = jetzt or jetzt_sekunden()
    with store.write() as s:
        vorhanden = set(s.scalars(select(VollzugAusnahme.kommune_id).where(VollzugAusnahme.leistung_nr == vorschau.nr)))
        text = grund.strip() or f"aus Liste {vorschau.datei}"
        for kid in vorschau.kommune_ids:
            if kid not in vorhanden:
                s.add(VollzugAusnahme(leistung_nr=vorschau.nr, kommune_id=kid, art=AusnahmeArt.PLUS, grund=text))
        s.flush()
        return sync_zustaendigkeit(s, benutzer, jetzt)
