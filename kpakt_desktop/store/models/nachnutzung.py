"""One zuständige Kommune × one Leistung, its stages and its complete history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kpakt_desktop.domain.status import Anbindungsart, Status
from kpakt_desktop.store.models.base import PERSONAL, Base, VocabType


class Nachnutzung(Base):
    __tablename__ = "nachnutzung"
    __table_args__ = (
        UniqueConstraint("kommune_id", "leistung_nr"),
        Index("ix_nachnutzung_leistung_status", "leistung_nr", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kommune_id: Mapped[int] = mapped_column(ForeignKey("kommune.id"))
    leistung_nr: Mapped[int] = mapped_column(ForeignKey("leistung.nr"))
    status: Mapped[Status] = mapped_column(VocabType(Status), default=Status.OFFEN)
    status_seit: Mapped[date | None] = mapped_column(Date)
    fachverfahren_id: Mapped[int | None] = mapped_column(ForeignKey("fachverfahren.id"), index=True)
    anbindungsart: Mapped[Anbindungsart | None] = mapped_column(VocabType(Anbindungsart))
    it_dienstleister_id: Mapped[int | None] = mapped_column(
        ForeignKey("it_dienstleister.id", ondelete="SET NULL"), index=True
    )
    kosten_einmalig: Mapped[int | None] = mapped_column(Integer)  # whole euros
    kosten_jaehrlich: Mapped[int | None] = mapped_column(Integer)
    first_mover: Mapped[bool] = mapped_column(Boolean, default=False)
    notiz: Mapped[str | None] = mapped_column(Text)
    geaendert_am: Mapped[datetime] = mapped_column(DateTime)
    # Rises with every change; a returned Rückmeldebogen compares it to detect conflicts.
    version: Mapped[int] = mapped_column(Integer, default=1)


class NachnutzungStufe(Base):
    """Planned and reached date of one stage of the lifecycle."""

    __tablename__ = "nachnutzung_stufe"

    nachnutzung_id: Mapped[int] = mapped_column(ForeignKey("nachnutzung.id", ondelete="CASCADE"), primary_key=True)
    status: Mapped[Status] = mapped_column(VocabType(Status), primary_key=True)
    geplant: Mapped[date | None] = mapped_column(Date)
    erreicht: Mapped[date | None] = mapped_column(Date)


class NachnutzungHistorie(Base):
    """Every change of a Nachnutzung: the evaluation of practice (§2(4)) rests on it."""

    __tablename__ = "nachnutzung_historie"
    __table_args__ = (Index("ix_historie_nachnutzung", "nachnutzung_id", "erfasst_am"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    nachnutzung_id: Mapped[int] = mapped_column(ForeignKey("nachnutzung.id", ondelete="CASCADE"))
    feld: Mapped[str] = mapped_column(String(40))
    alt: Mapped[str | None] = mapped_column(Text)
    neu: Mapped[str | None] = mapped_column(Text)
    gueltig_ab: Mapped[date] = mapped_column(Date, index=True)  # the real date (may be backdated)
    erfasst_am: Mapped[datetime] = mapped_column(DateTime)  # when it was entered
    benutzer: Mapped[str | None] = mapped_column(String(120), info=PERSONAL)
    notiz: Mapped[str | None] = mapped_column(Text)
    quelle: Mapped[str | None] = mapped_column(String(200))
    aenderung: Mapped[str | None] = mapped_column(String(36), index=True)  # groups one bulk change
