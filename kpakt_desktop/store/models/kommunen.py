"""Kommunen (keyed by ARS), their IT-Dienstleister and the people the office talks to."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kpakt_desktop.domain.kommunen import KommuneArt, KommuneZustand, Spitzenverband
from kpakt_desktop.domain.teams import KontaktFunktion
from kpakt_desktop.store.models.base import PERSONAL, Base, VocabType, ZuletztGeaendert, digits_check


class ITDienstleister(Base):
    __tablename__ = "it_dienstleister"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    ansprechpartner: Mapped[str | None] = mapped_column(String(200), info=PERSONAL)
    email: Mapped[str | None] = mapped_column(String(200), info=PERSONAL)
    telefon: Mapped[str | None] = mapped_column(String(60), info=PERSONAL)
    webseite: Mapped[str | None] = mapped_column(String(300))
    notiz: Mapped[str | None] = mapped_column(Text)


class Kommune(Base):
    __tablename__ = "kommune"
    __table_args__ = (
        digits_check("ars", 12, "ars_12_ziffern"),
        digits_check("ags", 8, "ags_8_ziffern"),
        Index("ix_kommune_kreis_art", "kreis_id", "art"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ars: Mapped[str] = mapped_column(String(12), unique=True)
    ags: Mapped[str | None] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    art: Mapped[KommuneArt] = mapped_column(VocabType(KommuneArt), index=True)
    # Gemeinde → Gemeindeverband → Kreis; verbandsfreie Gemeinde → Kreis; Kreis/kreisfreie Stadt → None
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("kommune.id"), index=True)
    kreis_id: Mapped[int | None] = mapped_column(ForeignKey("kommune.id"))
    verband_id: Mapped[int | None] = mapped_column(ForeignKey("kommune.id"), index=True)
    verbandsfrei: Mapped[bool] = mapped_column(Boolean, default=False)
    einwohner: Mapped[int | None] = mapped_column(Integer)
    flaeche_km2: Mapped[float | None] = mapped_column(Float)
    plz: Mapped[str | None] = mapped_column(String(5), index=True)
    laengengrad: Mapped[float | None] = mapped_column(Float)
    breitengrad: Mapped[float | None] = mapped_column(Float)
    spitzenverband: Mapped[Spitzenverband | None] = mapped_column(VocabType(Spitzenverband))
    it_dienstleister_id: Mapped[int | None] = mapped_column(
        ForeignKey("it_dienstleister.id", ondelete="SET NULL"), index=True
    )
    first_mover: Mapped[bool] = mapped_column(Boolean, default=False)
    ansprechpartner_fuer_andere: Mapped[bool] = mapped_column(Boolean, default=False)
    notiz: Mapped[str | None] = mapped_column(Text)
    zustand: Mapped[KommuneZustand] = mapped_column(VocabType(KommuneZustand), default=KommuneZustand.AKTIV)
    aufgeloest_am: Mapped[date | None] = mapped_column(Date)
    nachfolger_id: Mapped[int | None] = mapped_column(ForeignKey("kommune.id"))

    it_dienstleister: Mapped[ITDienstleister | None] = relationship()


class Kontakt(ZuletztGeaendert, Base):
    """A person. Everything here is personal data and stays in the Land database."""

    __tablename__ = "kontakt"
    # Mehrplatzbetrieb: rises with every change; an UPDATE based on another version changes no row
    # (SQLAlchemy raises StaleDataError, the store turns it into a Konflikt).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), info=PERSONAL)
    funktion: Mapped[KontaktFunktion] = mapped_column(VocabType(KontaktFunktion))
    organisation: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200), info=PERSONAL)
    telefon: Mapped[str | None] = mapped_column(String(60), info=PERSONAL)
    kommune_id: Mapped[int | None] = mapped_column(ForeignKey("kommune.id", ondelete="SET NULL"), index=True)
    it_dienstleister_id: Mapped[int | None] = mapped_column(
        ForeignKey("it_dienstleister.id", ondelete="SET NULL"), index=True
    )
    notiz: Mapped[str | None] = mapped_column(Text, info=PERSONAL)
