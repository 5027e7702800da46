"""The Kommunen of the Land for the Kommunen page: flat rows, the Kreis tree, details, and the office's edits.

Rows are plain tuples (``KommuneZeile``) so that ~16,000 of them load fast and filter cheaply; the
search key is folded once here, not on every keystroke.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Executable, bindparam, select, update
from sqlalchemy.orm import aliased

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.kommunen import Ebene, KommuneArt, KommuneZustand, Spitzenverband
from kpakt_desktop.services.rueckgaengig import VERAENDERT
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import ITDienstleister, Kommune

NOTIZ_MAX = 20_000


class KommuneZeile(NamedTuple):
    id: int
    name: str
    ars: str
    ags: str
    art: str  # German label
    einwohner: int | None
    kreis: str
    verband: str
    it_dienstleister: str
    first_mover: bool
    spitzenverband: str
    plz: str
    aufgeloest: bool
    it_dienstleister_id: int | None
    suchtext: str  # casefolded "name ars ags plz"


def suchtext(name: str, ars: str, ags: str, plz: str) -> str:
    return f"{name}\t{ars}\t{ags}\t{plz}".casefold()


@cache
def _zeilen_abfrage(by_ids: bool) -> Executable:
    """The statement of :func:`kommunen_zeilen`, built once: building it (aliases, joins) costs a few
    milliseconds, more than running it for the one row an edit changed."""
    kreis = aliased(Kommune)
    verband = aliased(Kommune)
    stmt = (
        select(
            Kommune.id,
            Kommune.name,
            Kommune.ars,
            Kommune.ags,
            Kommune.art,
            Kommune.einwohner,
            kreis.name,
            verband.name,
            ITDienstleister.name,
            Kommune.first_mover,
            Kommune.spitzenverband,
            Kommune.plz,
            Kommune.zustand,
            Kommune.it_dienstleister_id,
        )
        .outerjoin(kreis, kreis.id == Kommune.kreis_id)
        .outerjoin(verband, verband.id == Kommune.verband_id)
        .outerjoin(ITDienstleister, ITDienstleister.id == Kommune.it_dienstleister_id)
        .order_by(Kommune.name, Kommune.ars)
    )
    return stmt.where(Kommune.id.in_(bindparam("ids", expanding=True))) if by_ids else stmt


def kommunen_zeilen(store: Store, ids: Iterable[int] | None = None) -> list[KommuneZeile]:
    """Every Kommune of the database (dissolved ones too, flagged), sorted by name; or just ``ids``."""
    stmt = _zeilen_abfrage(ids is not None)
    params = {} if ids is None else {"ids": list(ids)}
    with store.read() as s:
        raw = s.execute(stmt, params).all()
    return [
        KommuneZeile(
            r[0],
            r[1],
            r[2],
            r[3] or "",
            r[4].label,
            r[5],
            r[6] or "",
            r[7] or "",
            r[8] or "",
            bool(r[9]),
            r[10].label if r[10] else "",
            r[11] or "",
            r[12] is KommuneZustand.AUFGELOEST,
            r[13],
            suchtext(r[1], r[2], r[3] or "", r[11] or ""),
        )
        for r in raw
    ]


@dataclass
class BaumKnoten:
    """A node of Kreis → Gemeindeverband → Gemeinde with the Gemeinden and Einwohner below it."""

    id: int
    name: str
    art: str
    ars: str
    gemeinden: int = 0
    einwohner: int = 0
    kinder: list[BaumKnoten] = field(default_factory=list)


def kommunen_baum(store: Store) -> list[BaumKnoten]:
    """Active Kommunen as Kreis / kreisfreie Stadt → Gemeindeverband → Gemeinde, sorted by name."""
    with store.read() as s:
        rows = s.execute(
            select(Kommune.id, Kommune.name, Kommune.art, Kommune.ars, Kommune.einwohner, Kommune.parent_id)
            .where(Kommune.zustand == KommuneZustand.AKTIV)
            .order_by(Kommune.name, Kommune.ars)
        ).all()
    nodes = {r.id: BaumKnoten(r.id, r.name, r.art.label, r.ars) for r in rows}
    roots: list[BaumKnoten] = []
    for r in rows:
        node = nodes[r.id]
        art: KommuneArt = r.art
        if art.gemeinde_ebene:
            node.gemeinden = 1
            node.einwohner = r.einwohner or 0
        parent = nodes.get(r.parent_id) if r.parent_id is not None else None
        (parent.kinder if parent is not None else roots).append(node)

    def total(node: BaumKnoten) -> None:
        for child in node.kinder:
            total(child)
            node.gemeinden += child.gemeinden
            node.einwohner += child.einwohner

    for root in roots:
        total(root)
    return roots


@dataclass(frozen=True)
class KommuneDetail:
    id: int
    name: str
    ars: str
    ags: str | None
    art: str
    ebene: Ebene
    einwohner: int | None
    flaeche_km2: float | None
    plz: str | None
    kreis: str | None
    verband: str | None
    verbandsfrei: bool
    aufgeloest: bool
    aufgeloest_am: date | None
    nachfolger: str | None
    first_mover: bool
    # what the office maintains
    it_dienstleister_id: int | None
    spitzenverband: Spitzenverband | None
    notiz: str
    ansprechpartner_fuer_andere: bool


def kommune_detail(store: Store, kommune_id: int) -> KommuneDetail:
    with store.read() as s:
        k = s.get(Kommune, kommune_id)
        if k is None:
            raise InputError(
                meldung("Die Kommune mit der Nummer {kommune_id} gibt es nicht (mehr).", kommune_id=kommune_id)
            )

        def name_of(other_id: int | None) -> str | None:
            other = s.get(Kommune, other_id) if other_id is not None else None
            return None if other is None else f"{other.name} ({other.ars})"

        return KommuneDetail(
            id=k.id,
            name=k.name,
            ars=k.ars,
            ags=k.ags,
            art=k.art.label,
            ebene=k.art.ebene,
            einwohner=k.einwohner,
            flaeche_km2=k.flaeche_km2,
            plz=k.plz,
            kreis=name_of(k.kreis_id),
            verband=name_of(k.verband_id),
            verbandsfrei=k.verbandsfrei,
            aufgeloest=k.zustand is KommuneZustand.AUFGELOEST,
            aufgeloest_am=k.aufgeloest_am,
            nachfolger=name_of(k.nachfolger_id),
            first_mover=k.first_mover,
            it_dienstleister_id=k.it_dienstleister_id,
            spitzenverband=k.spitzenverband,
            notiz=k.notiz or "",
            ansprechpartner_fuer_andere=k.ansprechpartner_fuer_andere,
        )


# -- the office's edits: one transaction each, returning the old value for undo ------------------

EDITABLE = ("it_dienstleister_id", "spitzenverband", "notiz", "ansprechpartner_fuer_andere")


def _checked(s: Any, feld: str, wert: Any) -> Any:
    if feld == "it_dienstleister_id":
        if wert is not None and s.get(ITDienstleister, wert) is None:
            raise InputError(meldung("Diesen IT-Dienstleister gibt es nicht (mehr). Bitte die Liste neu laden."))
        return wert
    if feld == "spitzenverband":
        if wert is None or isinstance(wert, Spitzenverband):
            return wert
        return Spitzenverband.parse(str(wert), "Spitzenverband")
    if feld == "notiz":
        text = (wert or "").strip()
        if len(text) > NOTIZ_MAX:
            raise InputError(
                meldung(
                    "Die Notiz ist zu lang ({anzahl_text} Zeichen, höchstens {NOTIZ_MAX}).",
                    anzahl_text=len(text),
                    NOTIZ_MAX=NOTIZ_MAX,
                )
            )
        return text or None
    if feld == "ansprechpartner_fuer_andere":
        return bool(wert)
    raise InputError(meldung("Das Feld „{feld}“ kann hier nicht bearbeitet werden.", feld=feld))


def kommune_aendern(store: Store, kommune_id: int, feld: str, wert: Any) -> Any:
    """Set one field the office maintains; returns the previous value."""
    return feld_tauschen(store, kommune_id, feld, wert)[0]


_OHNE = object()


def feld_tauschen(store: Store, kommune_id: int, feld: str, wert: Any, *, erwartet: Any = _OHNE) -> tuple[Any, Any]:
    """Set one field; returns (previous, stored) value. With ``erwartet`` (undo, redo) the field
    must still hold that value, else nothing is written: someone changed it in between."""
    with store.write() as s:
        k = s.get(Kommune, kommune_id)
        if k is None:
            raise InputError(
                meldung("Die Kommune mit der Nummer {kommune_id} gibt es nicht (mehr).", kommune_id=kommune_id)
            )
        alt = getattr(k, feld) if feld in EDITABLE else None
        if erwartet is not _OHNE and alt != erwartet:
            raise InputError(VERAENDERT.format(was=f"Die Änderung an {k.name}"))
        setattr(k, feld, _checked(s, feld, wert))
        return alt, getattr(k, feld)


def it_dienstleister_setzen(
    store: Store, werte: dict[int, int | None], *, erwartet: dict[int, int | None] | None = None
) -> dict[int, int | None]:
    """Assign IT-Dienstleister to many Kommunen at once (per Kommune); returns the previous ones.
    With ``erwartet`` (undo, redo) every Kommune must still have that one, else nothing is written."""
    with store.write() as s:
        alt = dict(s.execute(select(Kommune.id, Kommune.it_dienstleister_id).where(Kommune.id.in_(list(werte)))).all())
        if len(alt) != len(werte):
            raise InputError(meldung("Einige der gewählten Kommunen gibt es nicht (mehr). Bitte die Liste neu laden."))
        if erwartet is not None and alt != erwartet:
            raise InputError(VERAENDERT.format(was="Die Zuweisung der IT-Dienstleister"))
        for itdl in set(werte.values()):
            _checked(s, "it_dienstleister_id", itdl)
        s.execute(update(Kommune), [{"id": i, "it_dienstleister_id": v} for i, v in werte.items()])
    return alt
