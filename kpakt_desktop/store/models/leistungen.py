"""The 16 Fokusleistungen, this Land's Vollzugsebene for each, and Fachverfahren."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column

from kpakt_desktop.domain.vollzug import AusnahmeArt, Vollzugsebene
from kpakt_desktop.store.models.base import PERSONAL, Base, VocabType


class Leistung(Base):
    __tablename__ = "leistung"
    __table_args__ = (CheckConstraint("nr BETWEEN 1 AND 16", name="nr_1_16"),)

    nr: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(200))
    ressort: Mapped[str] = mapped_column(String(20))
    federfuehrend: Mapped[str] = mapped_column(String(40))  # "HB, NW"; empty for No. 8
    themenfeld: Mapped[str | None] = mapped_column(String(80))
    behoerde: Mapped[str | None] = mapped_column(String(200))
    hinweis: Mapped[str | None] = mapped_column(Text)
    vollstaendig_realisiert: Mapped[bool] = mapped_column(Boolean, default=False)
    bund_direkt: Mapped[bool] = mapped_column(Boolean, default=False)
    efa_dienst: Mapped[str | None] = mapped_column(String(200))
    efa_anbieter: Mapped[str | None] = mapped_column(String(200))
    marktplatz: Mapped[str | None] = mapped_column(String(200))
    link: Mapped[str | None] = mapped_column(String(500))
    rollout_kontakt_id: Mapped[int | None] = mapped_column(ForeignKey("kontakt.id", ondelete="SET NULL"))
    notiz: Mapped[str | None] = mapped_column(Text)

    @property
    def zaehlt_fuer_quote(self) -> bool:
        """No. 7 (realised) and No. 8 (run by the BMFSFJ) never spoil a percentage."""
        return not (self.vollstaendig_realisiert or self.bund_direkt)


class Vollzug(Base):
    """This Land's Vollzugsebene for one Leistung.

    Source and confidence of the shipped value come from resources/catalog/vollzug_laender.csv;
    ``geprueft`` records that the coordination office confirmed (or chose) the level itself.
    """

    __tablename__ = "vollzug"

    leistung_nr: Mapped[int] = mapped_column(ForeignKey("leistung.nr"), primary_key=True)
    ebene: Mapped[Vollzugsebene] = mapped_column(VocabType(Vollzugsebene))
    geaendert_am: Mapped[datetime | None] = mapped_column(DateTime)
    notiz: Mapped[str | None] = mapped_column(Text)
    geprueft: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    geprueft_am: Mapped[datetime | None] = mapped_column(DateTime)
    geprueft_von: Mapped[str | None] = mapped_column(String(200), info=PERSONAL)


class VollzugAusnahme(Base):
    """A single Kommune added to or excluded from the Vollzugsebene (e.g. große kreisangehörige Stadt)."""

    __tablename__ = "vollzug_ausnahme"
    __table_args__ = (UniqueConstraint("leistung_nr", "kommune_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    leistung_nr: Mapped[int] = mapped_column(ForeignKey("leistung.nr"))
    kommune_id: Mapped[int] = mapped_column(ForeignKey("kommune.id"), index=True)
    art: Mapped[AusnahmeArt] = mapped_column(VocabType(AusnahmeArt))
    grund: Mapped[str | None] = mapped_column(Text)


class Hersteller(Base):
    __tablename__ = "hersteller"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Fachverfahren(Base):
    __tablename__ = "fachverfahren"
    __table_args__ = (UniqueConstraint("name", "hersteller_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    hersteller_id: Mapped[int | None] = mapped_column(ForeignKey("hersteller.id"))
