"""Declarative base, naming convention (Alembic batch mode needs named constraints) and column types."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, DateTime, Dialect, MetaData, String, TypeDecorator, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.vocab import Vocab

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Marks columns that hold personal data; exports that leave the Land database drop them.
PERSONAL = {"personenbezogen": True}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ZuletztGeaendert:
    """Mehrplatzbetrieb: who saved a versioned row last, and when. A change based on an older
    version is refused with a ``Konflikt`` that names them."""

    geaendert_am: Mapped[datetime | None] = mapped_column(DateTime)
    geaendert_von: Mapped[str | None] = mapped_column(String(120), info=PERSONAL)


class VocabType(TypeDecorator[Vocab]):
    """Stores a domain vocabulary member as its code; unknown codes are refused with a German message.

    The allowed values live in ``domain/`` (not in CHECK constraints), so adding a value needs
    no migration.
    """

    impl = String(40)
    cache_ok = True

    def __init__(self, vocab: type[Vocab]) -> None:
        super().__init__()
        self.vocab = vocab

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        member = coerce_vocab(self.vocab, value)
        return None if member is None else member.value

    def process_result_value(self, value: Any, dialect: Dialect) -> Vocab | None:
        return None if value is None else self.vocab(value)


def coerce_vocab(vocab: type[Vocab], value: Any) -> Vocab | None:
    if value is None or isinstance(value, vocab):
        return value
    try:
        return vocab(value)
    except ValueError:
        allowed = ", ".join(m.value for m in vocab)
        raise InputError(
            meldung("Ungültiger Wert „{value}“. Erlaubt sind: {allowed}.", value=value, allowed=allowed)
        ) from None


@event.listens_for(Base, "mapper_configured", propagate=True)
def _validate_vocab_on_assignment(mapper: Mapper[Any], cls: type) -> None:
    """Refuse an unknown vocabulary value when it is assigned, with the German message itself."""
    for prop in mapper.column_attrs:
        column_type = prop.columns[0].type
        if isinstance(column_type, VocabType):
            vocab = column_type.vocab

            def on_set(_target: Any, value: Any, _old: Any, _initiator: Any, vocab: type[Vocab] = vocab) -> Any:
                return coerce_vocab(vocab, value)

            event.listen(getattr(cls, prop.key), "set", on_set, retval=True)


def digits_check(column: str, length: int, name: str) -> CheckConstraint:
    """CHECK that a key column holds exactly ``length`` ASCII digits. ``ltrim(x, digits)`` means the
    same in SQLite and PostgreSQL (SQLite's GLOB has no PostgreSQL counterpart)."""
    return CheckConstraint(f"length({column}) = {length} AND ltrim({column}, '0123456789') = ''", name=name)
