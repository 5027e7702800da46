"""Base for the stored vocabularies: a short ASCII code in the database, a German label in the UI."""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from kpakt_desktop.domain.errors import InputError, meldung


class Vocab(StrEnum):
    """StrEnum whose members map to German labels via ``_labels()``."""

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {}

    @property
    def label(self) -> str:
        return self._labels().get(self.value, self.value)

    @classmethod
    def parse(cls, text: str, field: str) -> Self:
        """Accept the code or the German label (case-insensitive); otherwise list what is allowed."""
        wanted = text.strip().casefold()
        for member in cls:
            if wanted in (member.value.casefold(), member.label.casefold()):
                return member
        allowed = ", ".join(m.value for m in cls)
        raise InputError(
            meldung(
                "Ungültiger Wert „{text}“ für {field}. Erlaubt sind: {allowed}.",
                text=text,
                field=field,
                allowed=allowed,
            )
        )
