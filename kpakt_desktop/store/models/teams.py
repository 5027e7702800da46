"""Regionale OZG-Taskforces, Roll-Out-Teams of the Federführer and the Land-level teams."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, Date, ForeignKey, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kpakt_desktop.domain.teams import LandesteamArt, RolloutAngebot, TaskforceRolle, TaskforceStatus
from kpakt_desktop.store.models.base import Base, VocabType, ZuletztGeaendert


def link_table(name: str, left: str, right: str, right_target: str) -> Table:
    return Table(
        name,
        Base.metadata,
        Column(left, ForeignKey(f"{left.removesuffix('_id')}.id", ondelete="CASCADE"), primary_key=True),
        Column(right, ForeignKey(right_target, ondelete="CASCADE"), primary_key=True),
    )


class RolloutTeam(Base):
    """Roll-Out-Team of the Themenfeld-Federführer for one Leistung (§3)."""

    __tablename__ = "rolloutteam"

    id: Mapped[int] = mapped_column(primary_key=True)
    leistung_nr: Mapped[int] = mapped_column(ForeignKey("leistung.nr"), index=True)
    ff_land: Mapped[str | None] = mapped_column(String(2))
    name: Mapped[str] = mapped_column(String(200))
    kontakt_id: Mapped[int | None] = mapped_column(ForeignKey("kontakt.id", ondelete="SET NULL"))
    notiz: Mapped[str | None] = mapped_column(Text)


class RolloutAngebotRow(Base):
    __tablename__ = "rollout_angebot"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("rolloutteam.id", ondelete="CASCADE"), index=True)
    art: Mapped[RolloutAngebot] = mapped_column(VocabType(RolloutAngebot))
    datum: Mapped[date | None] = mapped_column(Date)
    beschreibung: Mapped[str | None] = mapped_column(Text)


class Taskforce(ZuletztGeaendert, Base):
    """Regionale OZG-Taskforce (§2(3)a): accompanies First Movers for a Leistung in a region."""

    __tablename__ = "taskforce"
    # Mehrplatzbetrieb: rises with every change; an UPDATE based on another version changes no row
    # (SQLAlchemy raises StaleDataError, the store turns it into a Konflikt).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[TaskforceStatus] = mapped_column(VocabType(TaskforceStatus), default=TaskforceStatus.AKTIV)
    beginn: Mapped[date | None] = mapped_column(Date)
    ende: Mapped[date | None] = mapped_column(Date)
    rolloutteam_id: Mapped[int | None] = mapped_column(ForeignKey("rolloutteam.id", ondelete="SET NULL"))
    notiz: Mapped[str | None] = mapped_column(Text)


taskforce_region = link_table("taskforce_region", "taskforce_id", "kommune_id", "kommune.id")
taskforce_kommune = link_table("taskforce_kommune", "taskforce_id", "kommune_id", "kommune.id")
taskforce_leistung = link_table("taskforce_leistung", "taskforce_id", "leistung_nr", "leistung.nr")


class TaskforceMitglied(Base):
    __tablename__ = "taskforce_mitglied"
    __table_args__ = (UniqueConstraint("taskforce_id", "kontakt_id", "rolle"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    taskforce_id: Mapped[int] = mapped_column(ForeignKey("taskforce.id", ondelete="CASCADE"), index=True)
    kontakt_id: Mapped[int] = mapped_column(ForeignKey("kontakt.id", ondelete="CASCADE"))
    rolle: Mapped[TaskforceRolle] = mapped_column(VocabType(TaskforceRolle))


class Landesteam(Base):
    """Kernteam Nachnutzung or Umsetzungsbegleitteam of the Land (Eckpunkte slides)."""

    __tablename__ = "landesteam"

    id: Mapped[int] = mapped_column(primary_key=True)
    art: Mapped[LandesteamArt] = mapped_column(VocabType(LandesteamArt))
    name: Mapped[str] = mapped_column(String(200))
    notiz: Mapped[str | None] = mapped_column(Text)


class LandesteamMitglied(Base):
    __tablename__ = "landesteam_mitglied"
    __table_args__ = (UniqueConstraint("team_id", "kontakt_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("landesteam.id", ondelete="CASCADE"), index=True)
    kontakt_id: Mapped[int] = mapped_column(ForeignKey("kontakt.id", ondelete="CASCADE"))
    rolle: Mapped[str | None] = mapped_column(String(200))
