"""Nachnutzungen: the vocabulary of a change (fields, stages, sources), reading cells and the choices of
the editor, and matching typed Fachverfahren/Hersteller names against the master records."""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.status import HAUPTPFAD, Anbindungsart, Status
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import (
    Fachverfahren,
    Hersteller,
    ITDienstleister,
    Kommune,
    Leistung,
    Nachnutzung,
    NachnutzungStufe,
)

# Plain fields of a Nachnutzung a user edits; stage plans are addressed as "geplant:<status>".
FELDER = (
    "status",
    "fachverfahren_id",
    "anbindungsart",
    "it_dienstleister_id",
    "kosten_einmalig",
    "kosten_jaehrlich",
    "first_mover",
    "notiz",
)


STUFEN: tuple[Status, ...] = HAUPTPFAD[1:]  # offen has no date of its own


FELD_LABEL = {
    "status": "Status",
    "fachverfahren_id": "Fachverfahren",
    "anbindungsart": "Anbindungsart",
    "it_dienstleister_id": "IT-Dienstleister",
    "kosten_einmalig": "Kosten einmalig (€)",
    "kosten_jaehrlich": "Kosten jährlich (€)",
    "first_mover": "First Mover",
    "notiz": "Notiz",
    "bemerkung": "Bemerkung",
    **{f"geplant:{st.value}": f"geplant: {st.label}" for st in STUFEN},
}


# A history entry that changes no field and only keeps a remark (e.g. a Kommune's Bemerkung in a
# returned Rückmeldebogen); its text is the entry's ``notiz``. Not exported in the Standardpaket.
FELD_BEMERKUNG = "bemerkung"


QUELLE_PROGRAMM = "Kommunalpakt Desktop"


QUELLE_RUECKGAENGIG = "Rückgängig/Wiederholen"


def geplant_feld(status: Status) -> str:
    return f"geplant:{status.value}"


@dataclass(frozen=True)
class FachverfahrenAngabe:
    """A Fachverfahren named in the editor; created (with its Hersteller) when it is new."""

    name: str
    hersteller: str | None = None


# Legal forms left out when names are compared ("Alpha GmbH" and "Alpha" are the same firm).
_RECHTSFORMEN = frozenset({"gmbh", "ag", "kg", "mbh", "co", "ug", "se", "ohg", "gbr", "ev", "e"})


AEHNLICH_AB = 0.85  # difflib ratio of the normalised names


def _normal(name: str) -> str:
    text = re.sub(r"\([^)]*\)", " ", name.casefold())  # "(Demo)", "(neu)"
    text = re.sub(r"[\W_]+", " ", text)
    return " ".join(w for w in text.split() if w not in _RECHTSFORMEN)


def aehnliche_namen(eingabe: str, namen: Iterable[str], *, hoechstens: int = 3) -> list[str]:
    """Existing names that ``eingabe`` probably means, best first; empty when it exists exactly.

    Case, punctuation, a bracketed suffix such as „(Demo)“ and the legal form are ignored;
    beyond that, names whose normalised spelling differs only slightly count as similar.
    """
    eingabe = eingabe.strip()
    namen = list(dict.fromkeys(namen))
    if not eingabe or eingabe in namen:
        return []
    gesucht = _normal(eingabe)
    treffer: list[tuple[float, str]] = []
    for name in namen:
        normal = _normal(name)
        if not normal or not gesucht:
            continue
        ratio = 1.0 if normal == gesucht else difflib.SequenceMatcher(None, gesucht, normal).ratio()
        if ratio >= AEHNLICH_AB:
            treffer.append((ratio, name))
    treffer.sort(key=lambda t: (-t[0], t[1]))
    return [name for _, name in treffer[:hoechstens]]


@dataclass(frozen=True)
class Vorschlag:
    """A Fachverfahren or Hersteller typed slightly differently from an existing one."""

    art: str  # "fachverfahren" or "hersteller"
    eingabe: str
    aehnlich: tuple[str, ...]

    @property
    def art_label(self) -> str:
        return "Fachverfahren" if self.art == "fachverfahren" else "Hersteller"


def stammdaten_vorschlaege(
    angabe: FachverfahrenAngabe | None, fachverfahren: Iterable[str], hersteller: Iterable[str]
) -> list[Vorschlag]:
    """For a Fachverfahren as typed: which of its names would create a near-duplicate record."""
    if angabe is None or not angabe.name.strip():
        return []
    result = []
    if angabe.hersteller and angabe.hersteller.strip():
        aehnlich = aehnliche_namen(angabe.hersteller, hersteller)
        if aehnlich:
            result.append(Vorschlag("hersteller", angabe.hersteller.strip(), tuple(aehnlich)))
    aehnlich = aehnliche_namen(angabe.name, fachverfahren)
    if aehnlich:
        result.append(Vorschlag("fachverfahren", angabe.name.strip(), tuple(aehnlich)))
    return result


def zugeordnet(angabe: FachverfahrenAngabe, zuordnung: Mapping[tuple[str, str], str]) -> FachverfahrenAngabe:
    """The Angabe with typed names replaced by the names chosen for them (art, typed) → name."""
    name = zuordnung.get(("fachverfahren", angabe.name.strip()), angabe.name)
    hst = angabe.hersteller
    if hst is not None:
        hst = zuordnung.get(("hersteller", hst.strip()), hst)
    return FachverfahrenAngabe(name, hst)


def stammdaten_namen(store: Store) -> tuple[list[str], list[str]]:
    """Names of every Fachverfahren and every Hersteller (to compare what someone typed)."""
    with store.read() as s:
        fv = list(s.scalars(select(Fachverfahren.name).distinct().order_by(Fachverfahren.name)))
        hst = list(s.scalars(select(Hersteller.name).order_by(Hersteller.name)))
    return fv, hst


@dataclass(frozen=True)
class Stufe:
    status: Status
    geplant: date | None
    erreicht: date | None


@dataclass(frozen=True)
class ZellDaten:
    id: int
    kommune_id: int
    kommune: str
    ars: str
    leistung_nr: int
    leistung: str
    status: Status
    status_seit: date | None
    fachverfahren_id: int | None
    fachverfahren: str | None
    hersteller: str | None
    anbindungsart: Anbindungsart | None
    it_dienstleister_id: int | None
    kosten_einmalig: int | None
    kosten_jaehrlich: int | None
    first_mover: bool
    notiz: str | None
    version: int
    stufen: tuple[Stufe, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Wahl:
    id: int
    text: str


@dataclass(frozen=True)
class FachverfahrenWahl:
    id: int
    name: str
    hersteller: str | None

    @property
    def text(self) -> str:
        return f"{self.name} ({self.hersteller})" if self.hersteller else self.name


@dataclass(frozen=True)
class Auswahl:
    """Choices for filters and the cell editor."""

    kreise: list[Wahl]
    it_dienstleister: list[Wahl]
    fachverfahren: list[FachverfahrenWahl]
    hersteller: list[str]


def auswahl(store: Store) -> Auswahl:
    from kpakt_desktop.domain.kommunen import KREIS_ARTEN, KREISFREIE_ARTEN

    with store.read() as s:
        kreise = [
            Wahl(r.id, r.name)
            for r in s.execute(
                select(Kommune.id, Kommune.name)
                .where(Kommune.art.in_([*KREIS_ARTEN, *KREISFREIE_ARTEN]))
                .order_by(Kommune.name, Kommune.ars)
            )
        ]
        itdl = [
            Wahl(r.id, r.name)
            for r in s.execute(select(ITDienstleister.id, ITDienstleister.name).order_by(ITDienstleister.name))
        ]
        fv = [
            FachverfahrenWahl(r.id, r.name, r.hersteller)
            for r in s.execute(
                select(Fachverfahren.id, Fachverfahren.name, Hersteller.name.label("hersteller"))
                .outerjoin(Hersteller, Hersteller.id == Fachverfahren.hersteller_id)
                .order_by(Fachverfahren.name)
            )
        ]
        hersteller = list(s.scalars(select(Hersteller.name).order_by(Hersteller.name)))
    return Auswahl(kreise, itdl, fv, hersteller)


def zelle(store: Store, nachnutzung_id: int) -> ZellDaten:
    with store.read() as s:
        row = s.get(Nachnutzung, nachnutzung_id)
        if row is None:
            raise InputError(meldung("Diese Nachnutzung gibt es nicht mehr. Bitte die Ansicht aktualisieren."))
        k = s.get(Kommune, row.kommune_id)
        lst = s.get(Leistung, row.leistung_nr)
        assert k is not None and lst is not None
        fv = s.get(Fachverfahren, row.fachverfahren_id) if row.fachverfahren_id else None
        hst = s.get(Hersteller, fv.hersteller_id) if fv is not None and fv.hersteller_id else None
        stufen = {
            st.status: st for st in s.scalars(select(NachnutzungStufe).where(NachnutzungStufe.nachnutzung_id == row.id))
        }
        return ZellDaten(
            id=row.id,
            kommune_id=k.id,
            kommune=k.name,
            ars=k.ars,
            leistung_nr=lst.nr,
            leistung=lst.name,
            status=row.status,
            status_seit=row.status_seit,
            fachverfahren_id=row.fachverfahren_id,
            fachverfahren=fv.name if fv else None,
            hersteller=hst.name if hst else None,
            anbindungsart=row.anbindungsart,
            it_dienstleister_id=row.it_dienstleister_id,
            kosten_einmalig=row.kosten_einmalig,
            kosten_jaehrlich=row.kosten_jaehrlich,
            first_mover=row.first_mover,
            notiz=row.notiz,
            version=row.version,
            stufen=tuple(
                Stufe(st, stufen[st].geplant if st in stufen else None, stufen[st].erreicht if st in stufen else None)
                for st in STUFEN
            ),
        )


def status_der_zellen(store: Store, ids: Collection[int]) -> dict[int, Status]:
    with store.read() as s:
        return dict(s.execute(select(Nachnutzung.id, Nachnutzung.status).where(Nachnutzung.id.in_(list(ids)))).all())


def von_hand_setzbar() -> tuple[Status, ...]:
    return tuple(st for st in Status if st is not Status.NICHT_MEHR_ZUSTAENDIG)


def parse_status(text: str) -> Status:
    """A status a user may type (code or German label); the message lists the allowed ones."""
    wanted = text.strip().casefold()
    for st in von_hand_setzbar():
        if wanted in (st.value.casefold(), st.label.casefold()):
            return st
    allowed = ", ".join(f"{st.value} ({st.label})" for st in von_hand_setzbar())
    hint = " „nicht mehr zuständig“ setzt nur eine Änderung der Vollzugsebene." if wanted.startswith("nicht") else ""
    raise InputError(
        meldung("Unbekannter Status „{text}“. Erlaubt sind: {allowed}.{hint}", text=text, allowed=allowed, hint=hint)
    )
