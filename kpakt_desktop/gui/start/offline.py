"""Server away at the start: offer the app's offline copy of the server database, read-only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kpakt_desktop.domain.errors import DatabaseFault
from kpakt_desktop.gui import msgbox, settings
from kpakt_desktop.services.offline_kopie import OfflineKopie, letzte_kopie


def kopie_anbieten(parent: QWidget | None, url: str, err: DatabaseFault) -> OfflineKopie | None:
    """When ``err`` says the server ``url`` cannot be reached and a copy of it exists: ask whether to
    open that copy read-only; the copy when the user says yes."""
    if not err.retryable:
        return None  # refused (a wrong password, missing rights): a copy would not help
    kopie = letzte_kopie(settings.data_dir(), url)
    if kopie is None:
        return None
    frage = QCoreApplication.translate(
        "Offline",
        "Server nicht erreichbar – letzte Kopie vom {stand} schreibgeschützt öffnen?\n\n{detail}\n\n"
        "In der Kopie lässt sich alles ansehen und als Bericht ausgeben, aber nichts ändern.",
    ).format(stand=f"{kopie.stand:%d.%m.%Y %H:%M}", detail=str(err))
    if not msgbox.ask(parent, QCoreApplication.translate("Offline", "Server nicht erreichbar"), frage):
        return None
    return kopie
