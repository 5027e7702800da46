"""Reading returned Rückmeldebögen: every file checked before anything is written.

A form is refused as a whole (``InputError`` naming file, sheet and cell) when it belongs to
another Land or to no Kommune of this database, when its hidden part was changed, or when a
cell holds what the form does not allow. What passes becomes, per Kommune and Leistung, the
list of changed fields (old → new), each flagged as a conflict when the database changed the
same field since the export.
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
from openpyxl.utils.exceptions import InvalidFileException
from sqlalchemy import select

from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.status import Anbindungsart, Status
from kpakt_desktop.services.excel_text import safe_text
from kpakt_desktop.services.jobs import Job, Progress, run_job
from kpakt_desktop.services.nachnutzung import Aenderung, FachverfahrenAngabe, geplant_feld
from kpakt_desktop.services.rueckmeldung import formular as f
from kpakt_desktop.services.rueckmeldung.daten import zeilen
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Kommune, LandRow

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
    felder: tuple[FeldAenderung, ...]
    aenderung: Aenderung
    bemerkung: str | None

    @property
    def konflikt(self) -> bool:
        return any(x.konflikt for x in self.felder)


@dataclass(frozen=True)
class Rueckmeldung:
    datei: Path
    ars: str
    kommune: str
    exportiert: datetime
    zeilen: tuple[ZeilenAenderung, ...]
    hinweise: tuple[str, ...] = ()

    @property
    def quelle(self) -> str:
        return f"per Rückmeldebogen vom {self.exportiert:%d.%m.%Y}"


@dataclass(frozen=True)
class Pruefung:
    rueckmeldungen: tuple[Rueckmeldung, ...] = field(default_factory=tuple)

    @property
    def zeilen(self) -> list[tuple[Rueckmeldung, ZeilenAenderung]]:
        return [(r, z) for r in self.rueckmeldungen for z in r.zeilen]

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
                    "aenderungen": [
                        {
                            "schluessel": z.schluessel,
                            "leistung": z.leistung_nr,
                            "konflikt": z.konflikt,
                            "bemerkung": z.bemerkung,
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
            "aenderungen": len(self.zeilen),
            "konflikte": self.konflikte,
        }


class _Fehler(Exception):
    def __init__(self, blatt: str, zelle: str, text: str) -> None:
        super().__init__(text)
        self.blatt, self.zelle, self.text = blatt, zelle, text


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
    raise ValueError(f"„{value}“ ist kein Datum; bitte TT.MM.JJJJ eingeben.")


def _betrag(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError("bitte einen ganzen Euro-Betrag ab 0 eingeben.")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip()[:12])  # more digits are over the limit anyway
    if isinstance(value, int) and 0 <= value <= MAX_BETRAG:
        return value
    raise ValueError(f"„{value}“ ist kein ganzer Euro-Betrag ab 0.")


def _text(value: Any, laenge: int) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        raise ValueError("hier wird Text erwartet, kein Datum.")
    text = str(value).strip()
    if len(text) > laenge:
        raise ValueError(f"höchstens {laenge} Zeichen (hier {len(text)}).")
    return text or None


def _lies_zeile(cells: dict[int, Any], r: int, heute: date) -> dict[str, Any]:
    """The Kommune's answer in one row, in the shape of the values sent."""
    werte: dict[str, Any] = {}
    for key, col in f.SPALTE_VON.items():
        cell = cells.get(col)
        value = getattr(cell, "value", None)
        ort = f"{get_column_letter(col)}{r}"
        spalte = f.SPALTEN[col - 1]
        try:
            if spalte.art != "text" and _ist_formel(cell):
                raise ValueError("hier ist keine Formel erlaubt, bitte den Wert eintragen.")
            if spalte.art == "status":
                st = f.status_aus_text(str(value)) if value is not None else None
                if st is None:
                    erlaubt = ", ".join(s.label for s in f.status_auswahl())
                    raise ValueError(f"„{value or ''}“ ist kein Status aus der Auswahlliste ({erlaubt}).")
                werte[key] = st.value
            elif spalte.art == "datum":
                d = _datum(value)
                if key == "seit" and d is not None and d > heute:
                    raise ValueError(f"das Datum {d:%d.%m.%Y} liegt in der Zukunft.")
                werte[key] = d.isoformat() if d else None
            elif spalte.art == "betrag":
                werte[key] = _betrag(value)
            elif spalte.art == "liste":
                if value is None or not str(value).strip():
                    werte[key] = None
                else:
                    art = f.anbindung_aus_text(str(value))
                    if art is None:
                        erlaubt = ", ".join(a.label for a in Anbindungsart)
                        raise ValueError(f"„{value}“ ist keine Anbindungsart aus der Auswahlliste ({erlaubt}).")
                    werte[key] = art.value
            else:
                werte[key] = _text(value, f.TEXT_LAENGE[key])
        except ValueError as err:
            raise _Fehler(f.BLATT, ort, str(err)) from None
    return werte


# -- one file -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Gelesen:
    datei: Path
    daten: dict[str, Any]
    antworten: list[dict[str, Any]]


def _lies_datei(pfad: Path, land: str, key: bytes | None, heute: date) -> _Gelesen:
    if not pfad.is_file():
        raise InputError(f"{pfad}: Datei nicht gefunden.")
    if pfad.stat().st_size > MAX_DATEIGROESSE:
        raise InputError(f"{pfad.name}: zu groß für einen Rückmeldebogen.")
    unlesbar = (
        f"{pfad.name}: keine lesbare Excel-Datei (.xlsx) oder beschädigt; bitte den Bogen so zurücksenden, "
        "wie er versandt wurde."
    )
    try:
        inhalt = pfad.read_bytes()  # from memory: openpyxl leaves the file open when it fails
    except OSError as err:
        raise InputError(f"{pfad.name}: die Datei kann nicht gelesen werden ({err.strerror or err}).") from None
    with warnings.catch_warnings():
        # openpyxl warns about oddities of the file and goes on; whether the cells check out decides.
        warnings.simplefilter("ignore")
        try:
            wb = load_workbook(io.BytesIO(inhalt), read_only=True, data_only=False)
        except _KAPUTT:
            raise InputError(unlesbar) from None
        try:
            return _pruefe_mappe(wb, pfad, land, key, heute)
        except _Fehler as err:
            raise InputError(f"{pfad.name}, Blatt „{err.blatt}“, Zelle {err.zelle}: {err.text}") from None
        except _KAPUTT:
            raise InputError(unlesbar) from None
        finally:
            wb.close()


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


def _pruefe_mappe(wb: Any, pfad: Path, land: str, key: bytes | None, heute: date) -> _Gelesen:
    k = f.BLATT_KENNUNG
    if k not in wb.sheetnames or f.BLATT not in wb.sheetnames:
        raise InputError(
            f"{pfad.name}: kein Rückmeldebogen von Kommunalpakt Desktop (die Blätter „{f.BLATT}“ und "
            "die Kennung fehlen)."
        )
    kennung = wb[k]
    formular = kennung[f.K_FORMULAR].value
    if formular != f"{f.FORMULAR}/{f.VERSION}":
        raise _Fehler(k, f.K_FORMULAR, f"unbekannte Formularversion „{formular}“.")
    text = kennung[f.K_DATEN].value
    try:
        daten = json.loads(text) if isinstance(text, str) else None
    except json.JSONDecodeError:
        daten = None
    if not isinstance(daten, dict) or not isinstance(daten.get("zeilen"), list):
        raise _Fehler(k, f.K_DATEN, "der verborgene Teil des Bogens wurde verändert.")
    if daten.get("land") != land:
        raise _Fehler(
            k,
            f.K_DATEN,
            f"der Bogen gehört zum Land {daten.get('land')}, diese Landesdatenbank zum Land {land}.",
        )
    sig = kennung[f.K_SIGNATUR].value
    if key is None:
        raise _Fehler(k, f.K_SIGNATUR, "aus dieser Landesdatenbank wurde noch kein Rückmeldebogen versandt.")
    if not isinstance(sig, str) or not sig.isascii() or not f.signatur_passt(key, text, sig):
        raise _Fehler(
            k,
            f.K_SIGNATUR,
            "die Prüfsumme passt nicht: der verborgene Teil wurde verändert oder der Bogen stammt aus einer "
            "anderen Landesdatenbank.",
        )
    if not _daten_gueltig(daten):
        raise _Fehler(k, f.K_DATEN, "der verborgene Teil des Bogens ist unvollständig oder beschädigt.")
    ws = wb[f.BLATT]
    kopf = ws[f.K_KOMMUNE].value
    if not isinstance(kopf, str) or f"ARS {daten.get('ars')}" not in kopf:
        raise _Fehler(
            f.BLATT,
            f.K_KOMMUNE,
            f"der sichtbare Teil gehört zu einer anderen Kommune als die Kennung ({daten.get('kommune')}, "
            f"ARS {daten.get('ars')}).",
        )
    antworten = []
    n = len(daten["zeilen"])
    rows = ws.iter_rows(min_row=f.ERSTE_ZEILE, max_row=f.ERSTE_ZEILE + n - 1, max_col=len(f.SPALTEN)) if n else []
    for i, (gesendet, row) in enumerate(zip(daten["zeilen"], rows, strict=False)):
        r = f.ERSTE_ZEILE + i
        cells = {c.column: c for c in row if hasattr(c, "column")}
        nr = getattr(cells.get(1), "value", None)
        if nr != gesendet["nr"]:
            raise _Fehler(
                f.BLATT,
                f"A{r}",
                f"hier steht Leistung {nr}, versandt wurde Leistung {gesendet['nr']} (Zeilen verändert).",
            )
        antworten.append(_lies_zeile(cells, r, heute))
    if len(antworten) != n:
        raise _Fehler(f.BLATT, f"A{f.ERSTE_ZEILE + len(antworten)}", "Zeilen des Bogens fehlen.")
    return _Gelesen(pfad, daten, antworten)


# -- comparing with the database ------------------------------------------------------------------


def _zeilen_aenderung(
    ars: str, gesendet: dict[str, Any], antwort: dict[str, Any], aktuell: Any, quelle_hinweise: list[str]
) -> ZeilenAenderung | None:
    nr = gesendet["nr"]
    jetzt_werte = aktuell.werte if aktuell is not None else None
    felder = []
    werte: dict[str, Any] = {}
    for key, label in FELDER:
        neu, alt = _vergleich(key, antwort), _vergleich(key, gesendet)
        if neu == alt:
            continue
        if jetzt_werte is None:
            konflikt, alt_text = True, "nicht mehr zuständig"
        else:
            dort = _vergleich(key, jetzt_werte)
            konflikt = dort != alt and dort != neu
            alt_text = _anzeige(key, jetzt_werte)
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
    elif seit != gesendet.get("seit"):
        quelle_hinweise.append(
            f"Leistung {nr}: das Datum „Status erreicht am“ wurde ohne neuen Status geändert und nicht übernommen."
        )
    bemerkung = antwort.get("bemerkung")
    if not felder:
        if bemerkung:
            quelle_hinweise.append(f"Leistung {nr}: Bemerkung ohne Änderung: „{bemerkung}“")
        return None
    return ZeilenAenderung(
        schluessel=f"{ars}/{nr}",
        nachnutzung_id=gesendet["id"],
        leistung_nr=nr,
        leistung=aktuell.leistung if aktuell is not None else str(nr),
        version=aktuell.version if aktuell is not None else -1,
        felder=tuple(felder),
        aenderung=Aenderung(werte, gueltig_ab=gueltig_ab, notiz=bemerkung),
        bemerkung=bemerkung,
    )


def pruefen_job(store: Store, dateien: Sequence[Path], *, heute: date | None = None) -> Job[Pruefung]:
    """Read and check every file; raises ``InputError`` on the first refused form, writes nothing."""
    if not dateien:
        raise InputError("Bitte mindestens einen Rückmeldebogen angeben.")
    heute = heute or date.today()
    with store.read() as s:
        land = s.scalars(select(LandRow.schluessel)).one()
        key = f.schluessel(s, anlegen=False)
    gelesen = []
    for i, pfad in enumerate(dateien):
        yield Progress(i, len(dateien) + 1, f"{Path(pfad).name} prüfen …")
        gelesen.append(_lies_datei(Path(pfad), land, key, heute))
    yield Progress(len(dateien), len(dateien) + 1, "Mit der Datenbank vergleichen …")
    gesehen: dict[str, Path] = {}
    result = []
    with store.read() as s:
        for g in gelesen:
            ars, kid = g.daten.get("ars"), g.daten.get("kommune_id")
            kommune = s.get(Kommune, kid) if isinstance(kid, int) else None
            if kommune is None or kommune.ars != ars:
                raise InputError(
                    f"{g.datei.name}, Blatt „{f.BLATT_KENNUNG}“, Zelle {f.K_DATEN}: die Kommune {ars} gibt es in "
                    "dieser Landesdatenbank nicht (mehr) unter diesem Schlüssel."
                )
            if ars in gesehen:
                raise InputError(
                    f"{g.datei.name}: für {kommune.name} ({ars}) liegt schon der Bogen {gesehen[ars].name} vor; "
                    "bitte nur einen Bogen je Kommune einlesen."
                )
            gesehen[ars] = g.datei
            ids = [z["id"] for z in g.daten["zeilen"]]
            aktuell = {z.id: z for z in zeilen(s, kommune.id, ids)}
            hinweise: list[str] = []
            aenderungen = []
            for gesendet, antwort in zip(g.daten["zeilen"], g.antworten, strict=True):
                jetzt = aktuell.get(gesendet["id"])
                if jetzt is not None and jetzt.werte["status"] == Status.NICHT_MEHR_ZUSTAENDIG.value:
                    jetzt = None
                z = _zeilen_aenderung(ars, gesendet, antwort, jetzt, hinweise)
                if z is not None:
                    aenderungen.append(z)
            result.append(
                Rueckmeldung(
                    g.datei,
                    ars,
                    kommune.name,
                    datetime.fromisoformat(g.daten["exportiert"]),
                    tuple(aenderungen),
                    tuple(hinweise),
                )
            )
    return Pruefung(tuple(result))


def pruefen(store: Store, dateien: Sequence[Path], *, heute: date | None = None) -> Pruefung:
    return run_job(pruefen_job(store, dateien, heute=heute))
