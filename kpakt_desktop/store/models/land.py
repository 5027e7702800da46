"""The Land this database belongs to, database-wide settings, and Gemeindeverband rules."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kpakt_desktop.domain.kommunen import KommuneArt
from kpakt_desktop.store.models.base import PERSONAL, Base, VocabType


class LandRow(Base):
    """Exactly one row: the Land of this database and its coordination office."""

    __tablename__ = "land"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("length(schluessel) = 2", name="schluessel_len"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    schluessel: Mapped[str] = mapped_column(String(2))
    kuerzel: Mapped[str] = mapped_column(String(2))
    name: Mapped[str] = mapped_column(String(80))
    dienststelle: Mapped[str | None] = mapped_column(String(200))
    koordinator: Mapped[str | None] = mapped_column(String(200), info=PERSONAL)
    ist_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    angelegt_am: Mapped[datetime] = mapped_column(DateTime)
    register_titel: Mapped[str] = mapped_column(String(200))
    register_stand: Mapped[str] = mapped_column(String(20))  # Gebietsstand, ISO date or "unbekannt"
    register_einwohner_stand: Mapped[str] = mapped_column(String(20), server_default="unbekannt")
    register_quelle: Mapped[str] = mapped_column(Text)


class Einstellung(Base):
    """Settings that belong to the Land database, not to the user's machine."""

    __tablename__ = "einstellung"

    schluessel: Mapped[str] = mapped_column(String(80), primary_key=True)
    wert: Mapped[str] = mapped_column(Text)


class VerbandRegel(Base):
    """Whether a kind of Gemeindeverband administers for its member Gemeinden in this Land (§2(1))."""

    __tablename__ = "verband_regel"

    art: Mapped[KommuneArt] = mapped_column(VocabType(KommuneArt), primary_key=True)
    verwaltet: Mapped[bool] = mapped_column(Boolean)
    geprueft: Mapped[bool] = mapped_column(Boolean, default=False)


class Person(Base):
    """Mehrplatzbetrieb: who stands behind a role on the database server. The history records the
    display name of the role that is logged in; a Taskforce role writes only for its Taskforce's Kommunen."""

    __tablename__ = "person"

    rolle: Mapped[str] = mapped_column(String(63), primary_key=True)
    anzeigename: Mapped[str] = mapped_column(String(200), info=PERSONAL)
    art: Mapped[str] = mapped_column(String(20))  # koordination, taskforce, lesen
    taskforce_id: Mapped[int | None] = mapped_column(ForeignKey("taskforce.id", ondelete="SET NULL"))
