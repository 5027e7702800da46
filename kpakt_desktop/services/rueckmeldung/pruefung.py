"""Reading returned Rückmeldebögen: every file checked before anything is written.

A form is refused as a whole when it belongs to another Land or to no Kommune of this
database, when its hidden part was changed, or when cells hold what the form does not allow;
every problem of the file is named at once (file, sheet and cell). Rows are found by their
Leistung number, so a sorted sheet reads the same. What passes becomes, per Kommune and
Leistung, the list of changed fields (old → new), each flagged as a conflict when the database
changed the same field since the export, as a step back in the lifecycle, or with the existing
Fachverfahren/Hersteller a name typed slightly differently probably means. A Bemerkung is kept
even when nothing else in its row changed; what a form already brought in is not taken again.
"""

from __future__ import annotations

import io
import json
import warnings
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.utils.exceptions import InvalidFileException
from sqlalchemy import select

from kpakt_desktop.domain.errors import InputError, Meldung, meldung, meldung_aus
from kpakt_desktop.domain.status import HAUPTPFAD, Anbindungsart, Status
from kpakt_desktop.services.excel_text import safe_text
from kpakt_desktop.services.jobs import Job, Progress, run_job
from kpakt_desktop.services.nachnutzung import (
    Aenderung,
    FachverfahrenAngabe,
    Vorschlag,
    geplant_feld,
    stammdaten_namen,
    stammdaten_vorschlaege,
)
from kpakt_desktop.services.rueckmeldung import formular as f
from kpakt_desktop.services.rueckmeldung.daten import zeilen
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Kommune, LandRow, Leistung
from kpakt_desktop.store.models import NachnutzungHistorie as Historie

# Fields compared one by one; Fachverfahren and Hersteller count as one.
FELDER: tuple[tuple[str, str], ...] = (
    ("status", "Status"),
    ("geplant", "produktiv geplant ab"),
    ("fachverfahren", "Fachverfahren"),
    ("anb", "Anbindungsart"),
    ("ke", "Kosten einmalig (€)"),
    ("kj", "Kosten jährlich (€)"),
)
MAX_DATEIGROESSE = 20 * 1024 * 1024
MAX_BETRAG = 100_000_000  # the form's own limit (data validation), far inside SQLite's integers
# The dates the form promises (its data validation): not before the Kommunalpakt's time, a status
# reached not in the future, a plan not beyond the form's range.
FRUEHESTES_DATUM = date(2020, 1, 1)
SPAETESTES_DATUM = date(2040, 12, 31)
ZUSATZ_ZEILEN = 50  # rows read below the form's own, to find rows a Kommune moved or added
# What openpyxl raises while it unpacks or parses a damaged workbook (it parses sheets lazily,
# so these come while the cells are read, not only when the file is opened).
_KAPUTT = (
    zipfile.BadZipFile,
    zlib.error,
    InvalidFileException,
    KeyError,
    IndexError,
    OSError,
    EOFError,
    ValueError,
    TypeError,
    AttributeError,
    OverflowError,
    SyntaxError,  # xml.etree's ParseError
    LookupError,
)


@dataclass(frozen=True)
class FeldAenderung:
    feld: str
    label: str
    alt: str  # the database now
    neu: str  # the Kommune's answer
    gesendet: str  # what the form was sent with
    konflikt: bool


@dataclass(frozen=True)
class ZeilenAenderung:
    schluessel: str  # "<ARS>/<Leistung>": what the user ticks
    nachnutzung_id: int
    leistung_nr: int
    leistung: str
    version: int  # the database's version when checked
    felder: tuple[FeldAenderung, ...]  # empty: only a Bemerkung to keep
    aenderung: Aenderung
    bemerkung: str | None
    rueckschritt: bool = False  # the status goes back along the lifecycle (e.g. Test → offen)
    vorschlaege: tuple[Vorschlag, ...] = ()  # typed names close to existing master records

    @property
    def konflikt(self) -> bool:
        return any(x.konflikt for x in self.felder)

    @property
    def nur_bemerkung(self) -> bool:
        return not self.felder


@dataclass(frozen=True)
class Rueckmeldung:
    datei: Path
    ars: str
    kommune: str
    exportiert: datetime
    zeilen: tuple[ZeilenAenderung, ...]
    hinweise: tuple[str, ...] = ()
    bereits: tuple[int, ...] = ()  # Leistungen whose answers this form already brought in

    @property
    def quelle(self) -> str:
        return quelle(self.exportiert)


def quelle(exportiert: datetime) -> str:
    """The history's source of what a form brought in (also how a second import is recognised)."""
    return f"per Rückmeldebogen vom {exportiert:%d.%m.%Y}"


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a refused file: ``meldung`` names the file (and sheet and cell)."""

    meldung: str
    blatt: str | None = None
    zelle: str | None = None
    text: str = ""  # the problem alone, without file, sheet and cell

    @property
    def kurz(self) -> str:
        return self.text or self.meldung


@dataclass(frozen=True)
class Abgelehnt:
    """A file that was not read in, with every problem found in it."""

    datei: Path
    probleme: tuple[Problem, ...]

    @property
    def meldung(self) -> str:
        return "\n".join(p.meldung for p in self.probleme)


@dataclass(frozen=True)
class Pruefung:
    rueckmeldungen: tuple[Rueckmeldung, ...] = field(default_factory=tuple)
    abgelehnt: tuple[Abgelehnt, ...] = ()

    @property
    def zeilen(self) -> list[tuple[Rueckmeldung, ZeilenAenderung]]:
        return [(r, z) for r in self.rueckmeldungen for z in r.zeilen]

    @property
    def aenderungen(self) -> int:
        """Nachnutzungen whose values change (a row with only a Bemerkung does not count)."""
        return sum(not z.nur_bemerkung for _, z in self.zeilen)

    @property
    def konflikte(self) -> int:
        return sum(z.konflikt for _, z in self.zeilen)

    def to_json(self) -> dict[str, Any]:
        return {
            "dateien": [
                {
                    "datei": str(r.datei),
                    "ars": r.ars,
                    "kommune": r.kommune,
                    "exportiert": r.exportiert.isoformat(),
                    "hinweise": list(r.hinweise),
                    "bereits_uebernommen": list(r.bereits),
                    "aenderungen": [
                        {
                            "schluessel": z.schluessel,
                            "leistung": z.leistung_nr,
                            "konflikt": z.konflikt,
                            "bemerkung": z.bemerkung,
                            "nur_bemerkung": z.nur_bemerkung,
                            "rueckschritt": z.rueckschritt,
                            "vorschlaege": [
                                {"art": v.art, "eingabe": v.eingabe, "aehnlich": list(v.aehnlich)}
                                for v in z.vorschlaege
                            ],
                            "felder": [
                                {
                                    "feld": x.feld,
                                    "alt": x.alt,
                                    "neu": x.neu,
                                    "gesendet": x.gesendet,
                                    "konflikt": x.konflikt,
                                }
                                for x in z.felder
                            ],
                        }
                        for z in r.zeilen
                    ],
                }
                for r in self.rueckmeldungen
            ],
            "aenderungen": self.aenderungen,
            "konflikte": self.konflikte,
            "bemerkungen": sum(z.nur_bemerkung for _, z in self.zeilen),
            "rueckschritte": sum(z.rueckschritt for _, z in self.zeilen),
            "vorschlaege": sum(bool(z.vorschlaege) for _, z in self.zeilen),
            "abgelehnt": [
                {
                    "datei": str(a.datei),
                    "probleme": [{"meldung": p.meldung, "blatt": p.blatt, "zelle": p.zelle} for p in a.probleme],
                }
                for a in self.abgelehnt
            ],
        }


class _Fehler(Exception):
    def __init__(self, blatt: str, zelle: str, text: str) -> None:
        super().__init__(text)
        self.blatt, self.zelle, self.text = blatt, zelle, text


class _Zellfehler(Exception):
    """Every cell problem of one form, raised together after the whole sheet was read."""

    def __init__(self, fehler: list[_Fehler]) -> None:
        super().__init__(fehler[0].text)
        self.fehler = fehler


class _Abgelehnt(Exception):
    def __init__(self, probleme: list[Problem]) -> None:
        super().__init__(probleme[0].meldung)
        self.probleme = probleme


def _anzeige(key: str, werte: dict[str, Any]) -> str:
    if key == "status":
        return Status(werte["status"]).label
    if key == "fachverfahren":
        fv, hst = werte.get("fv"), werte.get("hst")
        return "–" if not fv else (f"{fv} ({hst})" if hst else fv)
    wert = werte.get(key)
    if wert is None or wert == "":
        return "–"
    if key in ("geplant", "seit"):
        return date.fromisoformat(wert).strftime("%d.%m.%Y")
    if key == "anb":
        return Anbindungsart(wert).label
    if key in ("ke", "kj"):
        return f"{wert:,} €".replace(",", ".")
    return str(wert)


def _wie_im_bogen(text: str | None) -> str | None:
    """A text as it comes back from the form unchanged: without control characters, line breaks
    as the xlsx stores them, trimmed like every answer (so that sending it is no change)."""
    if text is None:
        return None
    return safe_text(text).replace("\r\n", "\n").replace("\r", "\n").strip() or None


def _vergleich(key: str, werte: dict[str, Any]) -> Any:
    if key == "fachverfahren":
        fv = _wie_im_bogen(werte.get("fv"))
        return (fv, _wie_im_bogen(werte.get("hst")) if fv else None)
    return werte.get(key)


# -- reading cells ------------------------------------------------------------------------------


def _ist_formel(cell: Any) -> bool:
    return getattr(cell, "data_type", None) == "f"


def _datum(value: Any) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for fmt in ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y"):
            try:
                return datetime.strptime(text, fmt).date()
            except ValueError:
                continue
    raise ValueError(meldung("„{wert}“ ist kein Datum; bitte TT.MM.JJJJ eingeben.", wert=value))


def _betrag(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(meldung("bitte einen ganzen Euro-Betrag ab 0 eingeben."))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip()[:12])  # more digits are over the limit anyway
    if isinstance(value, int) and 0 <= value <= MAX_BETRAG:
        return value
    raise ValueError(meldung("„{wert}“ ist kein ganzer Euro-Betrag ab 0.", wert=value))


def _text(value: Any, laenge: int) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        raise ValueError(meldung("hier wird Text erwartet, kein Datum."))
    text = str(value).strip()
    if len(text) > laenge:
        raise ValueError(meldung("höchstens {laenge} Zeichen (hier {anzahl}).", laenge=laenge, anzahl=len(text)))
    return text or None


def _pruefe_datum(key: str, d: date | None, gesendet: dict[str, Any], heute: date) -> None:
    """The dates the form promises: a status reached not in the future; a new date not before
    2020; a new plan not in the past and not beyond the form's range."""
    if d is None:
        return
    if key == "seit" and d > heute:
        raise ValueError(meldung("das Datum {datum:%d.%m.%Y} liegt in der Zukunft.", datum=d))
    if d.isoformat() == gesendet.get(key):
        return  # sent like this: the database's own value
    if d < FRUEHESTES_DATUM:
        raise ValueError(
            meldung(
                "das Datum {datum:%d.%m.%Y} liegt vor dem {grenze:%d.%m.%Y}; bitte prüfen.",
                datum=d,
                grenze=FRUEHESTES_DATUM,
            )
        )
    if key == "geplant" and d < heute:
        raise ValueError(
            meldung(
                "der geplante Termin {datum:%d.%m.%Y} liegt in der Vergangenheit; bitte einen Termin ab heute "
                "eintragen (ist die Leistung schon produktiv, bitte den Status ändern).",
                datum=d,
            )
        )
    if key == "geplant" and d > SPAETESTES_DATUM:
        raise ValueError(
            meldung(
                "der geplante Termin {datum:%d.%m.%Y} liegt nach dem {grenze:%d.%m.%Y}.",
                datum=d,
                grenze=SPAETESTES_DATUM,
            )
        )


def _lies_zeile(
    cells: dict[int, Any], r: int, heute: date, gesendet: dict[str, Any]
) -> tuple[dict[str, Any], list[_Fehler]]:
    """The Kommune's answer in one row, in the shape of the values sent, and every bad cell in it."""
    werte: dict[str, Any] = {}
    fehler: list[_Fehler] = []
    for key, col in f.SPALTE_VON.items():
        cell = cells.get(col)
        value = getattr(cell, "value", None)
        ort = f"{get_column_letter(col)}{r}"
        spalte = f.SPALTEN[col - 1]
        try:
            if spalte.art != "text" and _ist_formel(cell):
                raise ValueError(meldung("hier ist keine Formel erlaubt, bitte den Wert eintragen."))
            if spalte.art == "status":
                st = f.status_aus_text(str(value)) if value is not None else None
                if st is None:
                    raise ValueError(
                        meldung(
                            "„{wert}“ ist kein Status aus der Auswahlliste ({erlaubt}).",
                            wert=value or "",
                            erlaubt=f.status_auswahl(),
                        )
                    )
                werte[key] = st.value
            elif spalte.art == "datum":
                d = _datum(value)
                _pruefe_datum(key, d, gesendet, heute)
                werte[key] = d.isoformat() if d else None
            elif spalte.art == "betrag":
                werte[key] = _betrag(value)
            elif spalte.art == "liste":
                if value is None or not str(value).strip():
                    werte[key] = None
                else:
                    art = f.anbindung_aus_text(str(value))
                    if art is None:
                        raise ValueError(
                            meldung(
                                "„{wert}“ ist keine Anbindungsart aus der Auswahlliste ({erlaubt}).",
                                wert=value,
                                erlaubt=tuple(Anbindungsart),
                            )
                        )
                    werte[key] = art.value
            else:
                werte[key] = _text(value, f.TEXT_LAENGE[key])
        except ValueError as err:
            fehler.append(_Fehler(f.BLATT, ort, meldung_aus(err)))
            werte[key] = gesendet.get(key)
    return werte, fehler


# -- one file -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Gelesen:
    datei: Path
    daten: dict[str, Any]
    antworten: list[dict[str, Any]]


def _lies_datei(pfad: Path, land: str, key: bytes | None, heute: date, leistungen: dict[int, str]) -> _Gelesen:
    if not pfad.is_file():
        raise InputError(meldung("{pfad}: Datei nicht gefunden.", pfad=pfad))
    if pfad.stat().st_size > MAX_DATEIGROESSE:
        raise InputError(meldung("{name}: zu groß für einen Rückmeldebogen.", name=pfad.name))
    unlesbar = meldung(
        "{name}: keine lesbare Excel-Datei (.xlsx) oder beschädigt; bitte den Bogen so zurücksenden, "
        "wie er versandt wurde.",
        name=pfad.name,
    )
    try:
        inhalt = pfad.read_bytes()  # from memory: openpyxl leaves the file open when it fails
    except OSError as err:
        raise InputError(
            meldung("{name}: die Datei kann nicht gelesen werden ({wert}).", name=pfad.name, wert=err.strerror or err)
        ) from None
    with warnings.catch_warnings():
        # openpyxl warns about oddities of the file and goes on; whether the cells check out decides.
        warnings.simplefilter("ignore")
        try:
            wb = load_workbook(io.BytesIO(inhalt), read_only=True, data_only=False)
        except _KAPUTT:
            raise InputError(unlesbar) from None
        try:
            return _pruefe_mappe(wb, pfad, land, key, heute, leistungen)
        except _Fehler as err:
            raise _Abgelehnt([_problem(pfad, err)]) from None
        except _Zellfehler as err:
            raise _Abgelehnt([_problem(pfad, e) for e in err.fehler]) from None
        except _KAPUTT:
            raise InputError(unlesbar) from None
        finally:
            wb.close()


def _problem(pfad: Path, err: _Fehler, *, kurz: bool = True) -> Problem:
    """The problem with file, sheet and cell (and alone, ``kurz``, for a list that names the cell)."""
    text = _ort(pfad, err.blatt, err.zelle, err.text)
    return Problem(text, err.blatt, err.zelle, err.text if kurz else "")


def _ort(pfad: Path, blatt: str, zelle: str, text: str) -> Meldung:
    return meldung(
        "{datei}, Blatt „{blatt}“, Zelle {zelle}: {text}", datei=pfad.name, blatt=blatt, zelle=zelle, text=text
    )


def _ist_int(value: Any) -> bool:
    """An integer SQLite can hold (a key or a version beyond 64 bits would crash the query)."""
    return isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63


def _datum_text(value: Any) -> bool:
    try:
        return value is None or (isinstance(value, str) and bool(date.fromisoformat(value)))
    except ValueError:
        return False


def _zeile_gueltig(z: Any) -> bool:
    """A row of the hidden part as the export writes it (see ``daten.Zeile.to_json``)."""
    if not isinstance(z, dict):
        return False
    try:
        Status(z.get("status"))  # type: ignore[arg-type]
        if z.get("anb") is not None:
            Anbindungsart(z["anb"])
    except ValueError:
        return False
    return (
        all(_ist_int(z.get(k)) for k in ("id", "nr", "version"))
        and all(_datum_text(z.get(k)) for k in ("seit", "geplant"))
        and all(z.get(k) is None or isinstance(z[k], str) for k in ("fv", "hst"))
        and all(z.get(k) is None or (_ist_int(z[k]) and 0 <= z[k] <= 2**62) for k in ("ke", "kj"))
    )


def _daten_gueltig(daten: dict[str, Any]) -> bool:
    """The identity behind a valid signature still has the shape the export wrote: a form signed
    by an older or damaged copy of this database is refused instead of crashing the check."""
    try:
        datetime.fromisoformat(daten.get("exportiert"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return (
        isinstance(daten.get("ars"), str)
        and _ist_int(daten.get("kommune_id"))
        and isinstance(daten.get("zeilen"), list)
        and all(_zeile_gueltig(z) for z in daten["zeilen"])
    )


def _nummer(value: Any) -> int | None:
    """The Leistung number in column A as a spreadsheet program may have stored it."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip()[:6])
    return value if isinstance(value, int) else None


def _leer(cells: dict[int, Any]) -> bool:
    return all(getattr(c, "value", None) in (None, "") for c in cells.values())


def _pruefe_mappe(
    wb: Any, pfad: Path, land: str, key: bytes | None, heute: date, leistungen: dict[int, str]
) -> _Gelesen:
    k = f.BLATT_KENNUNG
    if k not in wb.sheetnames or f.BLATT not in wb.sheetnames:
        raise InputError(
            meldung(
                "{name}: kein Rückmeldebogen von Kommunalpakt Desktop (die Blätter „{BLATT}“ und die Kennung fehlen).",
                name=pfad.name,
                BLATT=f.BLATT,
            )
        )
    kennung = wb[k]
    formular = kennung[f.K_FORMULAR].value
    if formular != f"{f.FORMULAR}/{f.VERSION}":
        raise _Fehler(k, f.K_FORMULAR, meldung("unbekannte Formularversion „{formular}“.", formular=formular))
    text = kennung[f.K_DATEN].value
    try:
        daten = json.loads(text) if isinstance(text, str) else None
    except json.JSONDecodeError:
        daten = None
    if not isinstance(daten, dict) or not isinstance(daten.get("zeilen"), list):
        raise _Fehler(k, f.K_DATEN, meldung("der verborgene Teil des Bogens wurde verändert."))
    if daten.get("land") != land:
        raise _Fehler(
            k,
            f.K_DATEN,
            meldung(
                "der Bogen gehört zum Land {bogen}, diese Landesdatenbank zum Land {land}.",
                bogen=daten.get("land"),
                land=land,
            ),
        )
    sig = kennung[f.K_SIGNATUR].value
    if key is None:
        raise _Fehler(k, f.K_SIGNATUR, meldung("aus dieser Landesdatenbank wurde noch kein Rückmeldebogen versandt."))
    if not isinstance(sig, str) or not sig.isascii() or not f.signatur_passt(key, text, sig):
        raise _Fehler(
            k,
            f.K_SIGNATUR,
            meldung(
                "die Prüfsumme passt nicht: der verborgene Teil wurde verändert oder der Bogen stammt aus einer "
                "anderen Landesdatenbank."
            ),
        )
    if not _daten_gueltig(daten):
        raise _Fehler(k, f.K_DATEN, meldung("der verborgene Teil des Bogens ist unvollständig oder beschädigt."))
    ws = wb[f.BLATT]
    kopf = ws[f.K_KOMMUNE].value
    if not isinstance(kopf, str) or f"ARS {daten.get('ars')}" not in kopf:
        raise _Fehler(
            f.BLATT,
            f.K_KOMMUNE,
            meldung(
                "der sichtbare Teil gehört zu einer anderen Kommune als die Kennung ({kommune}, ARS {ars}).",
                kommune=daten.get("kommune"),
                ars=daten.get("ars"),
            ),
        )
    # Rows are found by their Leistung number: a Kommune may have sorted or moved them.
    gesendet_nach_nr = {z["nr"]: z for z in daten["zeilen"]}
    n = len(daten["zeilen"])
    fehler: list[_Fehler] = []
    gefunden: dict[int, tuple[int, dict[int, Any]]] = {}
    letzte = f.ERSTE_ZEILE + n + ZUSATZ_ZEILEN - 1
    for r, row in enumerate(
        ws.iter_rows(min_row=f.ERSTE_ZEILE, max_row=letzte, max_col=len(f.SPALTEN)), start=f.ERSTE_ZEILE
    ):
        cells = {c.column: c for c in row if hasattr(c, "column")}
        if _leer(cells):
            continue
        roh = getattr(cells.get(1), "value", None)
        nr = _nummer(roh)
        if nr is None:
            was = meldung("hier fehlt die Nummer der Leistung; bitte die Spalten „Nr.“ und „Leistung“ nicht ändern.")
            if roh not in (None, ""):
                was = meldung(
                    "hier steht „{wert}“ statt der Nummer der Leistung; bitte die Spalten „Nr.“ und „Leistung“ "
                    "nicht ändern.",
                    wert=str(roh)[:40],
                )
            fehler.append(_Fehler(f.BLATT, f"A{r}", was))
        elif nr not in gesendet_nach_nr:
            fehler.append(
                _Fehler(
                    f.BLATT,
                    f"A{r}",
                    meldung("hier steht Leistung {nr}, die mit diesem Bogen nicht versandt wurde.", nr=nr),
                )
            )
        elif nr in gefunden:
            fehler.append(
                _Fehler(
                    f.BLATT,
                    f"A{r}",
                    meldung(
                        "Leistung {nr} steht doppelt im Bogen (auch in Zeile {zeile}).", nr=nr, zeile=gefunden[nr][0]
                    ),
                )
            )
        else:
            gefunden[nr] = (r, cells)
    bereich = f"A{f.ERSTE_ZEILE}:A{f.ERSTE_ZEILE + max(n, 1) - 1}"
    antworten = []
    for gesendet in daten["zeilen"]:
        nr = gesendet["nr"]
        if nr not in gefunden:
            name = leistungen.get(nr, "").replace("  ", " ")
            fehlt = meldung(
                "die Zeile der Leistung {nr} {name} fehlt (gelöscht?); bitte den Bogen mit allen Zeilen zurücksenden.",
                nr=nr,
                name=name,
            )
            if not name:
                fehlt = meldung(
                    "die Zeile der Leistung {nr} fehlt (gelöscht?); bitte den Bogen mit allen Zeilen zurücksenden.",
                    nr=nr,
                )
            fehler.append(_Fehler(f.BLATT, bereich, fehlt))
            continue
        r, cells = gefunden[nr]
        werte, zellfehler = _lies_zeile(cells, r, heute, gesendet)
        fehler.extend(zellfehler)
        antworten.append(werte)
    if fehler:
        raise _Zellfehler(sorted(fehler, key=_reihenfolge))
    return _Gelesen(pfad, daten, antworten)


def _reihenfolge(fehler: _Fehler) -> tuple[int, int]:
    """Problems in reading order of the sheet: by row, then by column."""
    spalte, zeile = coordinate_from_string(fehler.zelle.split(":")[0])
    return zeile, column_index_from_string(spalte)


# -- comparing with the database ------------------------------------------------------------------


@dataclass(frozen=True)
class _Stand:
    """What the comparison needs from the database beyond the rows themselves."""

    fachverfahren: list[str]
    hersteller: list[str]
    notizen: dict[int, set[str | None]]  # per Nachnutzung: the notes of entries from this form


def _rueckschritt(alt: str, neu: str) -> bool:
    a, n = Status(alt), Status(neu)
    return a in HAUPTPFAD and n in HAUPTPFAD and n.stufe < a.stufe


def _zeilen_aenderung(
    ars: str,
    gesendet: dict[str, Any],
    antwort: dict[str, Any],
    aktuell: Any,
    quelle_hinweise: list[str],
    stand: _Stand,
) -> tuple[ZeilenAenderung | None, bool]:
    """The change of one row, and whether this form already brought (part of) it in."""
    nr = gesendet["nr"]
    jetzt_werte = aktuell.werte if aktuell is not None else None
    eingetragen = stand.notizen.get(gesendet["id"])  # None: nothing from this form in the history
    bereits = False
    felder = []
    werte: dict[str, Any] = {}
    rueckschritt = False
    for key, label in FELDER:
        neu, alt = _vergleich(key, antwort), _vergleich(key, gesendet)
        if neu == alt:
            continue
        if jetzt_werte is None:
            konflikt, alt_text = True, "nicht mehr zuständig"
        else:
            dort = _vergleich(key, jetzt_werte)
            if dort == neu:  # the database holds the answer already: nothing to change
                bereits = bereits or eingetragen is not None
                continue
            konflikt = dort != alt
            alt_text = _anzeige(key, jetzt_werte)
            if key == "status" and _rueckschritt(jetzt_werte["status"], antwort["status"]):
                rueckschritt = True
        felder.append(FeldAenderung(key, label, alt_text, _anzeige(key, antwort), _anzeige(key, gesendet), konflikt))
        if key == "status":
            werte["status"] = Status(antwort["status"])
        elif key == "geplant":
            geplant = antwort["geplant"]
            werte[geplant_feld(Status.PRODUKTIV)] = date.fromisoformat(geplant) if geplant else None
        elif key == "fachverfahren":
            fv = antwort.get("fv")
            werte["fachverfahren"] = FachverfahrenAngabe(fv, antwort.get("hst")) if fv else None
        elif key == "anb":
            werte["anbindungsart"] = Anbindungsart(antwort["anb"]) if antwort["anb"] else None
        else:
            werte["kosten_einmalig" if key == "ke" else "kosten_jaehrlich"] = antwort[key]
    seit = antwort.get("seit")
    gueltig_ab = None
    if "status" in werte:
        gueltig_ab = date.fromisoformat(seit) if seit and seit != gesendet.get("seit") else None
    elif seit != gesendet.get("seit") and antwort["status"] == gesendet["status"]:
        quelle_hinweise.append(
            meldung(
                "Leistung {nr}: das Datum „Status erreicht am“ wurde ohne neuen Status geändert und nicht übernommen.",
                nr=nr,
            )
        )
    bemerkung = antwort.get("bemerkung")
    if bemerkung and eingetragen is not None and bemerkung in eingetragen:
        bemerkung, bereits = None, True  # kept with the first import of this form
    if not felder and aktuell is None and bemerkung:
        quelle_hinweise.append(
            meldung(
                "Leistung {nr}: Bemerkung zu einer Leistung, für die die Kommune nicht mehr zuständig ist "
                "(nicht gespeichert): „{bemerkung}“",
                nr=nr,
                bemerkung=bemerkung,
            )
        )
    if not felder and (not bemerkung or aktuell is None):
        return None, bereits
    vorschlaege: tuple[Vorschlag, ...] = ()
    if werte.get("fachverfahren") is not None:
        vorschlaege = tuple(stammdaten_vorschlaege(werte["fachverfahren"], stand.fachverfahren, stand.hersteller))
    zeile = ZeilenAenderung(
        schluessel=f"{ars}/{nr}",
        nachnutzung_id=gesendet["id"],
        leistung_nr=nr,
        leistung=aktuell.leistung if aktuell is not None else str(nr),
        version=aktuell.version if aktuell is not None else -1,
        felder=tuple(felder),
        aenderung=Aenderung(werte, gueltig_ab=gueltig_ab, notiz=bemerkung),
        bemerkung=bemerkung,
        rueckschritt=rueckschritt,
        vorschlaege=vorschlaege,
    )
    return zeile, bereits


def _notizen(s: Any, ids: list[int], exportiert: datetime) -> dict[int, set[str | None]]:
    result: dict[int, set[str | None]] = {}
    query = select(Historie.nachnutzung_id, Historie.notiz).where(
        Historie.nachnutzung_id.in_(ids), Historie.quelle == quelle(exportiert)
    )
    for nid, notiz in s.execute(query):
        result.setdefault(nid, set()).add(notiz)
    return result


def pruefen_job(
    store: Store, dateien: Sequence[Path], *, heute: date | None = None, teilweise: bool = False
) -> Job[Pruefung]:
    """Read and check every file; writes nothing.

    A refused file raises ``InputError`` naming every problem of every refused file; with
    ``teilweise`` the refused files are returned in ``Pruefung.abgelehnt`` beside the good ones.
    """
    if not dateien:
        raise InputError(meldung("Bitte mindestens einen Rückmeldebogen angeben."))
    heute = heute or date.today()
    with store.read() as s:
        land = s.scalars(select(LandRow.schluessel)).one()
        key = f.schluessel(s, anlegen=False)
        leistungen: dict[int, str] = {nr: name for nr, name in s.execute(select(Leistung.nr, Leistung.name))}
    fv_namen, hst_namen = stammdaten_namen(store)
    gelesen = []
    abgelehnt: list[Abgelehnt] = []
    for i, pfad in enumerate(dateien):
        yield Progress(i, len(dateien) + 1, f"{Path(pfad).name} prüfen …")
        try:
            gelesen.append(_lies_datei(Path(pfad), land, key, heute, leistungen))
        except InputError as err:
            abgelehnt.append(Abgelehnt(Path(pfad), (Problem(str(err)),)))
        except _Abgelehnt as err:
            abgelehnt.append(Abgelehnt(Path(pfad), tuple(err.probleme)))
    yield Progress(len(dateien), len(dateien) + 1, "Mit der Datenbank vergleichen …")
    gesehen: dict[str, Path] = {}
    result = []
    with store.read() as s:
        for g in gelesen:
            ars, kid = g.daten.get("ars"), g.daten.get("kommune_id")
            kommune = s.get(Kommune, kid) if isinstance(kid, int) else None
            if kommune is None or kommune.ars != ars:
                grund = meldung(
                    "die Kommune {ars} gibt es in dieser Landesdatenbank nicht (mehr) unter diesem Schlüssel.", ars=ars
                )
                problem = _problem(g.datei, _Fehler(f.BLATT_KENNUNG, f.K_DATEN, grund), kurz=False)
                abgelehnt.append(Abgelehnt(g.datei, (problem,)))
                continue
            if ars in gesehen:
                doppelt = meldung(
                    "{datei}: für {kommune} ({ars}) liegt schon der Bogen {erster} vor; bitte nur einen Bogen je "
                    "Kommune einlesen.",
                    datei=g.datei.name,
                    kommune=kommune.name,
                    ars=ars,
                    erster=gesehen[ars].name,
                )
                abgelehnt.append(Abgelehnt(g.datei, (Problem(doppelt),)))
                continue
            gesehen[ars] = g.datei
            ids = [z["id"] for z in g.daten["zeilen"]]
            exportiert = datetime.fromisoformat(g.daten["exportiert"])
            aktuell = {z.id: z for z in zeilen(s, kommune.id, ids)}
            stand = _Stand(fv_namen, hst_namen, _notizen(s, ids, exportiert))
            hinweise: list[str] = []
            aenderungen = []
            bereits = []
            for gesendet, antwort in zip(g.daten["zeilen"], g.antworten, strict=True):
                jetzt = aktuell.get(gesendet["id"])
                if jetzt is not None and jetzt.werte["status"] == Status.NICHT_MEHR_ZUSTAENDIG.value:
                    jetzt = None
                z, schon = _zeilen_aenderung(ars, gesendet, antwort, jetzt, hinweise, stand)
                if z is not None:
                    aenderungen.append(z)
                if schon:
                    bereits.append(gesendet["nr"])
            result.append(
                Rueckmeldung(
                    g.datei, ars, kommune.name, exportiert, tuple(aenderungen), tuple(hinweise), tuple(bereits)
                )
            )
    if abgelehnt and not teilweise:
        raise InputError("\n".join(a.meldung for a in abgelehnt))
    return Pruefung(tuple(result), tuple(abgelehnt))


def pruefen(store: Store, dateien: Sequence[Path], *, heute: date | None = None, teilweise: bool = False) -> Pruefung:
    return run_job(pruefen_job(store, dateien, heute=heute, teilweise=teilweise))
