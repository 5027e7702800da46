"""Log of Standardpaket exports: the sequence number rises with every export."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kpakt_desktop.store.models.base import Base


class StandardpaketExport(Base):
    __tablename__ = "standardpaket_export"

    id: Mapped[int] = mapped_column(primary_key=True)
    sequenz: Mapped[int] = mapped_column(Integer, unique=True)
    erstellt_am: Mapped[datetime] = mapped_column(DateTime)
    stand: Mapped[datetime] = mapped_column(DateTime)
    datei: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    schluessel_fingerprint: Mapped[str | None] = mapped_column(String(100))
