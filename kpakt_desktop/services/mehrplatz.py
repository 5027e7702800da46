"""Mehrplatzbetrieb for the GUI and the CLI: who is logged in on a server database."""

from __future__ import annotations

from kpakt_desktop.store import rollen
from kpakt_desktop.store.database import Store


def angemeldete_person(store: Store) -> str | None:
    """On a server: the name the history records for the logged-in role (``kpakt rollen zuordnen``);
    a file has no login, there the name from the settings counts (None)."""
    return rollen.angemeldet(store)
