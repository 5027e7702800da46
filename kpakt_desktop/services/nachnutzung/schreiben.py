"""Nachnutzungen: the write engine. One change of one cell or many is one transaction; each touched
cell gets one history entry per field, all sharing the change's ``aenderung`` id. Undo and redo restore a
snapshot the change took (and write history for that too); a cell changed by someone else in between is
refused instead of overwritten."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpakt_desktop.domain.errors import InputError, Konflikt, meldung
from kpakt_desktop.domain.status import Anbindungsart, Status, pruefe_stufenfolge, pruefe_wechsel
from kpakt_desktop.services.nachnutzung.abfragen import (
    FELD_BEMERKUNG,
    FELD_LABEL,
    FELDER,
    QUELLE_PROGRAMM,
    QUELLE_RUECKGAENGIG,
    STUFEN,
    FachverfahrenAngabe,
    geplant_feld,
)
from kpakt_desktop.services.nachnutzung.historie import HistorienTexte, anzeige
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import (
    Fachverfahren,
    Hersteller,
    ITDienstleister,
    Kommune,
    Nachnutzung,
    NachnutzungStufe,
)
from kpakt_desktop.store.models import NachnutzungHistorie as Historie


@dataclass(frozen=True)
class Aenderung:
    """What to change in every selected cell. Only the fields present in ``werte`` are touched.

    ``werte`` keys: the names in ``FELDER``, ``geplant:<status>`` and ``fachverfahren``
    (a ``FachverfahrenAngabe`` or None). ``gueltig_ab`` is the real date of a status change and
    may lie in the past; the moment of entry is recorded separately.
    """

    werte: Mapping[str, Any]
    gueltig_ab: date | None = None
    notiz: str | None = None
    # The version of each cell the user saw (``ZellDaten.version``): a cell changed by someone else
    # since is not overwritten; ``Konflikt`` says who changed what. Empty: no check (bulk changes).
    versionen: Mapping[int, int] = field(default_factory=dict)


Snapshot = dict[str, Any]


@dataclass(frozen=True)
class Ergebnis:
    aenderung_id: str
    vorher: dict[int, Snapshot]  # full state of every touched cell before the change
    versionen: dict[int, int]  # version of every touched cell after the change
    kommune_ids: frozenset[int]
    eintraege: int  # history entries written
    geschrieben: Mapping[int, int] = field(default_factory=dict)  # history entries per touched cell


def _snapshot(s: Session, row: Nachnutzung) -> Snapshot:
    snap: Snapshot = {f: getattr(row, f) for f in FELDER}
    snap["status_seit"] = row.status_seit
    stufen = {
        st.status: (st.geplant, st.erreicht)
        for st in s.scalars(select(NachnutzungStufe).where(NachnutzungStufe.nachnutzung_id == row.id))
    }
    snap["stufen"] = stufen
    return snap


def _jetzt() -> datetime:
    return datetime.now().replace(microsecond=0)


def _fachverfahren_id(s: Session, angabe: FachverfahrenAngabe | None) -> int | None:
    if angabe is None or not angabe.name.strip():
        return None
    name = angabe.name.strip()
    hersteller_id = None
    if angabe.hersteller and angabe.hersteller.strip():
        hname = angabe.hersteller.strip()
        hst = s.scalars(select(Hersteller).where(Hersteller.name == hname)).first()
        if hst is None:
            hst = Hersteller(name=hname)
            s.add(hst)
            s.flush()
        hersteller_id = hst.id
    query = select(Fachverfahren).where(Fachverfahren.name == name)
    query = query.where(Fachverfahren.hersteller_id == hersteller_id) if hersteller_id else query
    fv = s.scalars(query.order_by(Fachverfahren.hersteller_id.is_(None))).first()
    if fv is None:
        fv = Fachverfahren(name=name, hersteller_id=hersteller_id)
        s.add(fv)
        s.flush()
    return fv.id


def _pruefe_werte(werte: Mapping[str, Any]) -> None:
    erlaubt = {*FELDER, "fachverfahren", *(geplant_feld(st) for st in STUFEN)}
    unbekannt = set(werte) - erlaubt
    if unbekannt:
        raise InputError(meldung("Unbekannte Felder: {wert}.", wert=", ".join(sorted(unbekannt))))
    for feld in ("kosten_einmalig", "kosten_jaehrlich"):
        wert = werte.get(feld)
        if wert is not None and (not isinstance(wert, int) or isinstance(wert, bool) or wert < 0):
            raise InputError(
                meldung("Feld „{feld}“: bitte einen ganzen Euro-Betrag ab 0 angeben.", feld=FELD_LABEL[feld])
            )
    if "status" in werte and not isinstance(werte["status"], Status):
        raise InputError(meldung("Feld „Status“: unbekannter Wert."))
    if werte.get("anbindungsart") is not None and not isinstance(werte["anbindungsart"], Anbindungsart):
        raise InputError(meldung("Feld „Anbindungsart“: unbekannter Wert."))


def _schreibe(
    s: Session,
    row: Nachnutzung,
    ziel: Snapshot,
    *,
    gueltig_ab: date,
    jetzt: datetime,
    benutzer: str | None,
    notiz: str | None,
    quelle: str,
    aenderung_id: str,
    texte: HistorienTexte,
) -> int:
    """Bring ``row`` to the fields given in ``ziel``; one history entry per changed field."""
    n = 0

    def log(feld: str, alt: Any, neu: Any) -> None:
        nonlocal n
        s.add(
            Historie(
                nachnutzung_id=row.id,
                feld=feld,
                alt=texte(feld, alt),
                neu=texte(feld, neu),
                gueltig_ab=gueltig_ab,
                erfasst_am=jetzt,
                benutzer=benutzer,
                notiz=notiz,
                quelle=quelle,
                aenderung=aenderung_id,
            )
        )
        n += 1

    stufen = {
        st.status: st for st in s.scalars(select(NachnutzungStufe).where(NachnutzungStufe.nachnutzung_id == row.id))
    }

    def stufe(status: Status) -> NachnutzungStufe:
        if status not in stufen:
            stufen[status] = NachnutzungStufe(nachnutzung_id=row.id, status=status)
            s.add(stufen[status])
        return stufen[status]

    for feld in FELDER:
        if feld not in ziel or ziel[feld] == getattr(row, feld):
            continue
        log(feld, getattr(row, feld), ziel[feld])
        setattr(row, feld, ziel[feld])
        if feld == "status" and "stufen" not in ziel:
            row.status_seit = gueltig_ab
            if ziel[feld] in STUFEN:
                stufe(ziel[feld]).erreicht = gueltig_ab
    if "status_seit" in ziel:
        row.status_seit = ziel["status_seit"]
    for st in STUFEN:
        key = geplant_feld(st)
        if key in ziel and ziel[key] != (stufen[st].geplant if st in stufen else None):
            log(key, stufen[st].geplant if st in stufen else None, ziel[key])
            stufe(st).geplant = ziel[key]
    if "stufen" in ziel:  # restoring a snapshot: plans and reached dates exactly as they were
        for st in STUFEN:
            geplant, erreicht = ziel["stufen"].get(st, (None, None))
            current = (stufen[st].geplant, stufen[st].erreicht) if st in stufen else (None, None)
            if current == (geplant, erreicht):
                continue
            if geplant != current[0]:
                log(geplant_feld(st), current[0], geplant)
            if geplant is None and erreicht is None and st in stufen:
                s.delete(stufen.pop(st))
            else:
                item = stufe(st)
                item.geplant, item.erreicht = geplant, erreicht
    if n:
        row.version += 1
        row.geaendert_am = jetzt
    return n


def _zellname(s: Session, row: Nachnutzung) -> str:
    name = s.scalar(select(Kommune.name).where(Kommune.id == row.kommune_id))
    return f"{name}, Leistung {row.leistung_nr}"


class _Lauf:
    """One change of many cells under one ``aenderung`` id: the state before, the refusals, the result."""

    def __init__(self, s: Session, *, jetzt: datetime, benutzer: str | None) -> None:
        self.s = s
        self.jetzt = jetzt
        self.benutzer = benutzer
        self.id = str(uuid.uuid4())
        self.texte = HistorienTexte(s)
        self.vorher: dict[int, Snapshot] = {}
        self.versionen: dict[int, int] = {}
        self.kommunen: set[int] = set()
        self.eintraege = 0
        self.geschrieben: dict[int, int] = {}
        self.fehler: list[str] = []

    def anwenden(
        self,
        row: Nachnutzung,
        ziel: Snapshot,
        *,
        gueltig_ab: date,
        notiz: str | None,
        quelle: str,
        notiz_behalten: bool = False,
    ) -> None:
        """Bring one cell to ``ziel``, or note why the lifecycle refuses it.

        With ``notiz_behalten`` a note that comes with no field change is kept as an entry of
        its own (``FELD_BEMERKUNG``); the cell's values and version stay as they are.
        """
        if "status" in ziel:
            try:
                pruefe_wechsel(row.status, ziel["status"])
            except InputError as err:
                self.fehler.append(f"{_zellname(self.s, row)}: {err}")
                return
        if any(geplant_feld(st) in ziel for st in STUFEN):
            try:
                pruefe_stufenfolge(self._geplant_nachher(row, ziel))
            except InputError as err:
                self.fehler.append(f"{_zellname(self.s, row)}: {err}")
                return
        self.vorher[row.id] = _snapshot(self.s, row)
        notiz = (notiz or "").strip() or None
        n = _schreibe(
            self.s,
            row,
            ziel,
            gueltig_ab=gueltig_ab,
            jetzt=self.jetzt,
            benutzer=self.benutzer,
            notiz=notiz,
            quelle=quelle,
            aenderung_id=self.id,
            texte=self.texte,
        )
        if n == 0 and notiz_behalten and notiz:
            self.s.add(
                Historie(
                    nachnutzung_id=row.id,
                    feld=FELD_BEMERKUNG,
                    gueltig_ab=gueltig_ab,
                    erfasst_am=self.jetzt,
                    benutzer=self.benutzer,
                    notiz=notiz,
                    quelle=quelle,
                    aenderung=self.id,
                )
            )
            n = 1
        self.eintraege += n
        self.geschrieben[row.id] = n
        self.versionen[row.id] = row.version
        self.kommunen.add(row.kommune_id)

    def _geplant_nachher(self, row: Nachnutzung, ziel: Snapshot) -> dict[Status, date | None]:
        """The planned date of every stage once ``ziel`` is applied to ``row``."""
        jetzt = {
            st.status: st.geplant
            for st in self.s.scalars(select(NachnutzungStufe).where(NachnutzungStufe.nachnutzung_id == row.id))
        }
        return {st: ziel.get(geplant_feld(st), jetzt.get(st)) for st in STUFEN}

    def ergebnis(self) -> Ergebnis:
        """The result; with any refusal nothing is written (raised inside the transaction)."""
        if self.fehler:
            mehr = f" (und {len(self.fehler) - 5} weitere)" if len(self.fehler) > 5 else ""
            gruende = "; ".join(f.rstrip(".") for f in self.fehler[:5])
            raise InputError("Nichts wurde geändert. " + gruende + mehr + ".")
        return Ergebnis(
            self.id, self.vorher, self.versionen, frozenset(self.kommunen), self.eintraege, dict(self.geschrieben)
        )


def aendern(
    store: Store,
    ids: Collection[int],
    aenderung: Aenderung,
    *,
    benutzer: str | None,
    jetzt: datetime | None = None,
    quelle: str = QUELLE_PROGRAMM,
) -> Ergebnis:
    """Apply one change to every cell in ``ids`` (one transaction, all or nothing)."""
    if not ids:
        raise InputError(meldung("Es ist keine Zelle ausgewählt."))
    jetzt = jetzt or _jetzt()
    gueltig_ab = aenderung.gueltig_ab or jetzt.date()
    if gueltig_ab > jetzt.date():
        raise InputError(
            meldung(
                "Das Datum {datum:%d.%m.%Y} liegt in der Zukunft. Ein Status gilt ab dem Tag, an dem er "
                "erreicht wurde; geplante Termine gehören in die Spalte „geplant“.",
                datum=gueltig_ab,
            )
        )
    _pruefe_werte(aenderung.werte)
    with store.write() as s:
        lauf = _Lauf(s, jetzt=jetzt, benutzer=benutzer)
        ziel: Snapshot = {k: v for k, v in aenderung.werte.items() if k != "fachverfahren"}
        if "fachverfahren" in aenderung.werte:
            ziel["fachverfahren_id"] = _fachverfahren_id(s, aenderung.werte["fachverfahren"])
        if ziel.get("it_dienstleister_id") is not None and s.get(ITDienstleister, ziel["it_dienstleister_id"]) is None:
            raise InputError(meldung("Feld „IT-Dienstleister“: der gewählte IT-Dienstleister existiert nicht mehr."))
        query = select(Nachnutzung).where(Nachnutzung.id.in_(list(ids))).order_by(Nachnutzung.id)
        if aenderung.versionen:
            # On a server the rows stay locked until the commit: a second writer with the same
            # version waits, then sees the new version and is refused (SQLite: the write lock does it).
            query = query.with_for_update()
        rows = list(s.scalars(query))
        if len(rows) != len(set(ids)):
            raise InputError(
                meldung("Einige der gewählten Zellen gibt es nicht mehr. Bitte die Ansicht aktualisieren.")
            )
        _pruefe_versionen(s, rows, aenderung.versionen, ziel, lauf.texte)
        for row in rows:
            lauf.anwenden(row, ziel, gueltig_ab=gueltig_ab, notiz=aenderung.notiz, quelle=quelle)
        return lauf.ergebnis()


def _pruefe_versionen(
    s: Session, rows: Sequence[Nachnutzung], versionen: Mapping[int, int], ziel: Snapshot, texte: HistorienTexte
) -> None:
    """Refuse the change if a cell is no longer at the version the user saw, naming the other change,
    what this user wanted to write, and the cells' current versions (to write it on top, if chosen)."""
    veraltet = [r for r in rows if r.id in versionen and r.version != versionen[r.id]]
    if not veraltet:
        return
    row = veraltet[0]
    letzte = s.scalar(
        select(Historie.aenderung)
        .where(Historie.nachnutzung_id == row.id)
        .order_by(Historie.erfasst_am.desc(), Historie.id.desc())
        .limit(1)
    )
    eintraege = s.scalars(
        select(Historie).where(Historie.nachnutzung_id == row.id, Historie.aenderung == letzte).order_by(Historie.id)
    ).all()
    aenderungen = [
        (h.benutzer or "unbekannt", h.erfasst_am, FELD_LABEL.get(h.feld, h.feld), anzeige(h.feld, h.alt),
         anzeige(h.feld, h.neu))
        for h in eintraege
    ]  # fmt: skip
    mein = {FELD_LABEL.get(feld, feld): anzeige(feld, texte(feld, wert)) for feld, wert in ziel.items()}
    teile = "; ".join(f"{feld}: {alt} → {neu}" for _, _, feld, alt, neu in aenderungen) or "Änderung"
    wer, wann = (aenderungen[0][0], aenderungen[0][1]) if aenderungen else ("jemand anderes", row.geaendert_am)
    raise Konflikt(
        meldung(
            "{zelle} wurde inzwischen von {wer} am {wann:%d.%m.%Y um %H:%M} geändert ({teile}). "
            "Ihre Änderung wurde nicht gespeichert; bitte die neue Fassung ansehen und neu entscheiden.",
            zelle=_zellname(s, row),
            wer=wer,
            wann=wann,
            teile=teile,
        ),
        aenderungen,
        mein=mein,
        versionen={r.id: r.version for r in rows},
    )


@dataclass(frozen=True)
class Zellaenderung:
    """One cell's own change inside a batch (e.g. a returned Rückmeldebogen).

    ``version`` is the version the change was computed against: a cell changed since is refused.
    """

    nachnutzung_id: int
    aenderung: Aenderung
    quelle: str
    version: int | None = None
    notiz_behalten: bool = False  # keep the note as an entry of its own when no field changes


def aendern_zellen(
    store: Store,
    zellen: Collection[Zellaenderung],
    *,
    benutzer: str | None,
    jetzt: datetime | None = None,
) -> Ergebnis:
    """Apply a different change to each cell, all in one transaction under one ``aenderung`` id."""
    if not zellen:
        raise InputError(meldung("Es ist keine Zelle ausgewählt."))
    jetzt = jetzt or _jetzt()
    for z in zellen:
        if z.aenderung.gueltig_ab and z.aenderung.gueltig_ab > jetzt.date():
            raise InputError(meldung("Das Datum {datum:%d.%m.%Y} liegt in der Zukunft.", datum=z.aenderung.gueltig_ab))
        _pruefe_werte(z.aenderung.werte)
    with store.write() as s:
        lauf = _Lauf(s, jetzt=jetzt, benutzer=benutzer)
        for z in zellen:
            row = s.get(Nachnutzung, z.nachnutzung_id)
            if row is None:
                raise InputError(
                    meldung("Einige der gewählten Zellen gibt es nicht mehr. Bitte die Ansicht aktualisieren.")
                )
            if z.version is not None and row.version != z.version:
                lauf.fehler.append(f"{_zellname(s, row)}: inzwischen geändert")
                continue
            ziel: Snapshot = {k: v for k, v in z.aenderung.werte.items() if k != "fachverfahren"}
            if "fachverfahren" in z.aenderung.werte:
                ziel["fachverfahren_id"] = _fachverfahren_id(s, z.aenderung.werte["fachverfahren"])
            gueltig_ab = z.aenderung.gueltig_ab or jetzt.date()
            lauf.anwenden(
                row,
                ziel,
                gueltig_ab=gueltig_ab,
                notiz=z.aenderung.notiz,
                quelle=z.quelle,
                notiz_behalten=z.notiz_behalten,
            )
        return lauf.ergebnis()


def wiederherstellen(
    store: Store,
    ergebnis: Ergebnis,
    *,
    benutzer: str | None,
    jetzt: datetime | None = None,
) -> Ergebnis:
    """Undo ``ergebnis`` (or redo an undo): restore its snapshot if no one changed the cells since.

    Returns the result of the restore, whose own snapshot undoes it again (redo).
    """
    jetzt = jetzt or _jetzt()
    aenderung_id = str(uuid.uuid4())
    vorher: dict[int, Snapshot] = {}
    versionen: dict[int, int] = {}
    eintraege = 0
    with store.write() as s:
        texte = HistorienTexte(s)
        rows = list(s.scalars(select(Nachnutzung).where(Nachnutzung.id.in_(list(ergebnis.vorher)))))
        geaendert = [r for r in rows if r.version != ergebnis.versionen.get(r.id)]
        if geaendert or len(rows) != len(ergebnis.vorher):
            namen = ", ".join(_zellname(s, r) for r in geaendert[:5])
            raise InputError(
                meldung(
                    "Rückgängig bzw. Wiederholen ist nicht mehr möglich: die Zellen wurden inzwischen erneut "
                    "geändert ({namen}). Bitte die Werte im Editor prüfen.",
                    namen=namen or meldung("gelöscht"),
                )
            )
        notizen = _rueckgaengig_notizen(s, ergebnis.aenderung_id)
        for row in rows:
            vorher[row.id] = _snapshot(s, row)
            eintraege += _schreibe(
                s,
                row,
                ergebnis.vorher[row.id],
                gueltig_ab=jetzt.date(),
                jetzt=jetzt,
                benutzer=benutzer,
                notiz=notizen.get(row.id, f"{_ZURUECKGENOMMEN} eine frühere Änderung"),
                quelle=QUELLE_RUECKGAENGIG,
                aenderung_id=aenderung_id,
                texte=texte,
            )
            versionen[row.id] = row.version
    return Ergebnis(aenderung_id, vorher, versionen, ergebnis.kommune_ids, eintraege)


_ZURUECKGENOMMEN = "Zurückgenommen:"


def _rueckgaengig_notizen(s: Session, aenderung_id: str) -> dict[int, str]:
    """Per cell, what undoing the change ``aenderung_id`` takes back, in words (the history's note).

    Undoing an undo is a redo: it restores what the undo took back, so its note reads the other way.
    """
    # An undo's entries carry its note (below); a redo's and every other change's do not start so.
    eintraege = s.scalars(
        select(Historie).where(Historie.aenderung == aenderung_id).order_by(Historie.nachnutzung_id, Historie.id)
    ).all()
    teile: dict[int, list[str]] = {}
    wiederholt: set[int] = set()
    erfasst: dict[int, datetime] = {}
    for h in eintraege:
        if h.feld == FELD_BEMERKUNG:
            continue
        label = FELD_LABEL.get(h.feld, h.feld)
        von, nach = anzeige(h.feld, h.alt), anzeige(h.feld, h.neu)
        if h.quelle == QUELLE_RUECKGAENGIG and (h.notiz or "").startswith(_ZURUECKGENOMMEN):
            # redo: the undo's entries, reversed
            wiederholt.add(h.nachnutzung_id)
            von, nach = nach, von
        teile.setdefault(h.nachnutzung_id, []).append(f"{label} {von} → {nach}")
        erfasst.setdefault(h.nachnutzung_id, h.erfasst_am)
    return {
        nid: (
            f"Wiederholt: {'; '.join(was)}"
            if nid in wiederholt
            else f"{_ZURUECKGENOMMEN} {'; '.join(was)} (eingetragen am {erfasst[nid]:%d.%m.%Y um %H:%M})"
        )
        for nid, was in teile.items()
    }


def setze_status(
    store: Store,
    *,
    ars: str,
    leistung_nr: int,
    status: Status,
    datum: date | None,
    notiz: str | None,
    benutzer: str | None,
    quelle: str,
) -> Ergebnis:
    """Set the status of one Kommune × Leistung addressed by ARS and Leistung number."""
    ars = ars.strip()
    if len(ars) != 12 or not ars.isdigit():
        raise InputError(meldung("„{ars}“ ist kein Amtlicher Regionalschlüssel: erwartet sind 12 Ziffern.", ars=ars))
    if not 1 <= leistung_nr <= 16:
        raise InputError(
            meldung("Die Leistung Nr. {nr} gibt es nicht: erlaubt sind die Nummern 1 bis 16.", nr=leistung_nr)
        )
    with store.read() as s:
        kommune = s.scalars(select(Kommune).where(Kommune.ars == ars)).first()
        if kommune is None:
            raise InputError(
                meldung("Eine Kommune mit dem ARS {ars} gibt es in dieser Landesdatenbank nicht.", ars=ars)
            )
        nid = s.scalar(
            select(Nachnutzung.id).where(Nachnutzung.kommune_id == kommune.id, Nachnutzung.leistung_nr == leistung_nr)
        )
        if nid is None:
            raise InputError(
                meldung(
                    "{name} ({ars}) ist für die Leistung Nr. {nr} nicht zuständig; "
                    "die Zuständigkeit folgt aus der Vollzugsebene (Seite „Leistungen“).",
                    name=kommune.name,
                    ars=ars,
                    nr=leistung_nr,
                )
            )
    return aendern(
        store, [nid], Aenderung({"status": status}, gueltig_ab=datum, notiz=notiz), benutzer=benutzer, quelle=quelle
    )
