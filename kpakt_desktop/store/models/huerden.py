"""Hürden register with links to Kommunen and Leistungen and the history of their status."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kpakt_desktop.domain.huerden import HuerdeKategorie, HuerdeStatus
from kpakt_desktop.store.models.base import PERSONAL, Base, VocabType, ZuletztGeaendert
from kpakt_desktop.store.models.teams import link_table


class Huerde(ZuletztGeaendert, Base):
    __tablename__ = "huerde"
    # Mehrplatzbetrieb: rises with every change; an UPDATE based on another version changes no row
    # (SQLAlchemy raises StaleDataError, the store turns it into a Konflikt).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    titel: Mapped[str] = mapped_column(String(300))
    beschreibung: Mapped[str | None] = mapped_column(Text)
    kategorie: Mapped[HuerdeKategorie] = mapped_column(VocabType(HuerdeKategorie), index=True)
    unterart: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[HuerdeStatus] = mapped_column(VocabType(HuerdeStatus), default=HuerdeStatus.OFFEN, index=True)
    erfasst_am: Mapped[date] = mapped_column(Date)
    geloest_am: Mapped[date | None] = mapped_column(Date)
    loesung: Mapped[str | None] = mapped_column(Text)
    handlungsempfehlung: Mapped[str | None] = mapped_column(Text)


huerde_kommune = link_table("huerde_kommune", "huerde_id", "kommune_id", "kommune.id")
huerde_leistung = link_table("huerde_leistung", "huerde_id", "leistung_nr", "leistung.nr")


class HuerdeHistorie(Base):
    __tablename__ = "huerde_historie"

    id: Mapped[int] = mapped_column(primary_key=True)
    huerde_id: Mapped[int] = mapped_column(ForeignKey("huerde.id", ondelete="CASCADE"), index=True)
    alt: Mapped[HuerdeStatus | None] = mapped_column(VocabType(HuerdeStatus))
    neu: Mapped[HuerdeStatus] = mapped_column(VocabType(HuerdeStatus))
    datum: Mapped[date] = mapped_column(Date)
    erfasst_am: Mapped[datetime] = mapped_column(DateTime)
    benutzer: Mapped[str | None] = mapped_column(String(120), info=PERSONAL)
    notiz: Mapped[str | None] = mapped_column(Text)
