"""Termine (BDV, Vor-Ort-Termin, …) with the Kommunen and Leistungen concerned and follow-up Aufgaben."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kpakt_desktop.domain.termine import TerminArt
from kpakt_desktop.store.models.base import PERSONAL, Base, VocabType, ZuletztGeaendert
from kpakt_desktop.store.models.teams import link_table


class Termin(ZuletztGeaendert, Base):
    __tablename__ = "termin"
    # Mehrplatzbetrieb: rises with every change; an UPDATE based on another version changes no row
    # (SQLAlchemy raises StaleDataError, the store turns it into a Konflikt).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    art: Mapped[TerminArt] = mapped_column(VocabType(TerminArt), index=True)
    titel: Mapped[str] = mapped_column(String(300))
    beginn: Mapped[datetime] = mapped_column(DateTime, index=True)
    ende: Mapped[datetime | None] = mapped_column(DateTime)
    ort: Mapped[str | None] = mapped_column(String(300))
    teilnehmende: Mapped[str | None] = mapped_column(Text, info=PERSONAL)
    ergebnis: Mapped[str | None] = mapped_column(Text)


termin_kommune = link_table("termin_kommune", "termin_id", "kommune_id", "kommune.id")
termin_leistung = link_table("termin_leistung", "termin_id", "leistung_nr", "leistung.nr")


class Aufgabe(Base):
    __tablename__ = "aufgabe"

    id: Mapped[int] = mapped_column(primary_key=True)
    termin_id: Mapped[int | None] = mapped_column(ForeignKey("termin.id", ondelete="CASCADE"), index=True)
    was: Mapped[str] = mapped_column(Text)
    wer: Mapped[str | None] = mapped_column(String(200), info=PERSONAL)
    faellig: Mapped[date | None] = mapped_column(Date, index=True)
    erledigt_am: Mapped[date | None] = mapped_column(Date)
