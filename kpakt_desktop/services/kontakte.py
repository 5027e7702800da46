"""Kontakte of the Kommunen: people with a function, e-mail and phone. All of it is personal data."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.teams import KontaktFunktion
from kpakt_desktop.services.konflikt import gespeichert, stand_pruefen
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import (
    Kommune,
    Kontakt,
    LandesteamMitglied,
    Leistung,
    RolloutTeam,
    TaskforceMitglied,
)

EMAIL_MUSTER = re.compile(r"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$")
TELEFON_MUSTER = re.compile(r"^[0-9+()/\- .]{3,60}$")


@dataclass(frozen=True)
class KontaktDaten:
    id: int | None
    kommune_id: int | None
    name: str
    funktion: KontaktFunktion
    organisation: str = ""
    email: str = ""
    telefon: str = ""
    notiz: str = ""
    version: int | None = field(default=None, compare=False)  # as read; None for a new Kontakt


FELDER = {
    "name": "Name",
    "funktion": "Funktion",
    "organisation": "Organisation",
    "email": "E-Mail",
    "telefon": "Telefon",
    "notiz": "Notiz",
}


def pruefen(d: KontaktDaten) -> KontaktDaten:
    """Trimmed and checked; a German message names the field."""
    d = replace(
        d,
        name=d.name.strip(),
        organisation=d.organisation.strip(),
        email=d.email.strip(),
        telefon=d.telefon.strip(),
        notiz=d.notiz.strip(),
    )
    if not d.name:
        raise InputError(meldung("Name: Bitte einen Namen angeben."))
    if len(d.name) > 200 or len(d.organisation) > 200:
        raise InputError(meldung("Name/Organisation: höchstens 200 Zeichen."))
    if d.email and (len(d.email) > 200 or not EMAIL_MUSTER.match(d.email)):
        raise InputError(meldung("E-Mail: „{email}“ ist keine gültige E-Mail-Adresse.", email=d.email))
    if d.telefon and not TELEFON_MUSTER.match(d.telefon):
        raise InputError(
            meldung(
                "Telefon: „{telefon}“ enthält Zeichen, die in einer Telefonnummer nicht vorkommen.", telefon=d.telefon
            )
        )
    return d


def _daten(k: Kontakt) -> KontaktDaten:
    return KontaktDaten(
        k.id, k.kommune_id, k.name, k.funktion, k.organisation or "", k.email or "", k.telefon or "", k.notiz or "",
        k.version,
    )  # fmt: skip


def kontakte_von(store: Store, kommune_id: int) -> list[KontaktDaten]:
    with store.read() as s:
        rows = s.scalars(select(Kontakt).where(Kontakt.kommune_id == kommune_id).order_by(Kontakt.name))
        return [_daten(k) for k in rows]


def kontakt_laden(store: Store, kontakt_id: int) -> KontaktDaten:
    with store.read() as s:
        k = s.get(Kontakt, kontakt_id)
        if k is None:
            raise InputError(meldung("Diesen Kontakt gibt es nicht (mehr)."))
        return _daten(k)


def kontakt_speichern(
    store: Store, daten: KontaktDaten, *, gesehen: KontaktDaten | None = None, benutzer: str | None = None
) -> int:
    """Insert (``id`` None, or an id to restore after an undo) or update; returns the id.

    ``gesehen``: the Kontakt as the user saw it; changed by someone else since, it is refused
    with a ``Konflikt`` (see services/konflikt.py)."""
    d = pruefen(daten)
    with store.write() as s:
        if d.kommune_id is not None and s.get(Kommune, d.kommune_id) is None:
            raise InputError(meldung("Die Kommune dieses Kontakts gibt es nicht (mehr)."))
        row = s.get(Kontakt, d.id, with_for_update=gesehen is not None) if d.id is not None else None
        if gesehen is not None:
            was = f"Der Kontakt „{gesehen.name}“"
            stand_pruefen(row, gesehen, lambda: _daten(row), d, FELDER, was)  # type: ignore[arg-type]
        if row is None:
            row = Kontakt(id=d.id)
            s.add(row)
        row.kommune_id = d.kommune_id
        row.name = d.name
        row.funktion = d.funktion
        row.organisation = d.organisation or None
        row.email = d.email or None
        row.telefon = d.telefon or None
        row.notiz = d.notiz or None
        gespeichert(row, benutzer)
        s.flush()
        return row.id


def kontakt_loeschen(store: Store, kontakt_id: int) -> KontaktDaten:
    """Remove a Kontakt that no team refers to; returns it so that an undo can restore it."""
    with store.write() as s:
        k = s.get(Kontakt, kontakt_id)
        if k is None:
            raise InputError(meldung("Diesen Kontakt gibt es nicht (mehr)."))
        uses = sum(
            s.scalar(select(func.count()).select_from(model).where(column == kontakt_id)) or 0
            for model, column in (
                (TaskforceMitglied, TaskforceMitglied.kontakt_id),
                (LandesteamMitglied, LandesteamMitglied.kontakt_id),
                (RolloutTeam, RolloutTeam.kontakt_id),
                (Leistung, Leistung.rollout_kontakt_id),
            )
        )
        if uses:
            raise InputError(
                meldung(
                    "{name} ist noch Mitglied in {n} Taskforce(s) oder Team(s). "
                    "Bitte dort zuerst austragen, dann den Kontakt entfernen.",
                    name=k.name,
                    n=uses,
                )
            )
        daten = _daten(k)
        s.delete(k)
        return daten


def email_adressen(store: Store, kommune_ids: Iterable[int], funktion: KontaktFunktion | None = None) -> list[str]:
    """E-mail addresses of the Kontakte of these Kommunen (one function, or all), without duplicates."""
    ids = list(kommune_ids)
    found: list[str] = []
    with store.read() as s:
        for chunk in range(0, len(ids), 500):  # SQLite's limit on bound parameters
            stmt = (
                select(Kontakt.email)
                .join(Kommune, Kommune.id == Kontakt.kommune_id)
                .where(Kontakt.kommune_id.in_(ids[chunk : chunk + 500]), Kontakt.email.is_not(None))
                .order_by(Kommune.name, Kontakt.name)
            )
            if funktion is not None:
                stmt = stmt.where(Kontakt.funktion == funktion)
            found.extend(e for e in s.scalars(stmt) if e)
    unique: dict[str, str] = {}
    for e in found:
        unique.setdefault(e.casefold(), e)
    return list(unique.values())
