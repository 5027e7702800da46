"""Opening a database that turns out to be damaged: offer its newest intact backup.

Yes restores the backup through the backup service (the damaged file is kept beside it) and
opens the database; no leads to the start dialog when no other database is open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kpakt_desktop.domain.errors import DatabaseCorrupt, DatabaseFault, KpaktError
from kpakt_desktop.gui import msgbox, settings
from kpakt_desktop.gui.opened import OpenedDatabase, acquire_lock
from kpakt_desktop.services.jobs import Job, Progress

if TYPE_CHECKING:  # the data layer loads after the first paint (gui/erstes_bild.py)
    from kpakt_desktop.services.offline_kopie import OfflineKopie


def _restore_job(backup: Path, db: Path) -> Job[object]:
    from kpakt_desktop.services.sicherung import restore_damaged

    yield Progress(0, 0, QCoreApplication.translate("Recovery", "Sicherung wird wiederhergestellt …"))
    return restore_damaged(backup, db)


def offer_restore(parent: QWidget | None, err: DatabaseCorrupt) -> OpenedDatabase | None:
    """Ask whether to restore the newest intact backup; on yes restore it and open the database."""
    from kpakt_desktop.gui.operation import Cancelled, runner
    from kpakt_desktop.gui.sicherung.dialog import stand_text
    from kpakt_desktop.services.sicherung import newest_intact

    db = Path(str(err.path))
    title = QCoreApplication.translate("Recovery", "Datenbank beschädigt")
    backup = newest_intact(db, settings.backup_root())
    if backup is None:
        msgbox.error(parent, title, str(err))
        return None
    question = QCoreApplication.translate(
        "Recovery",
        "Die Datenbank {path} ist beschädigt und kann nicht geöffnet werden.\n\n"
        "Die neueste intakte Sicherung hat den Stand vom {stand} ({kommunen} Kommunen, {produktiv} produktive "
        "Nachnutzungen):\n{backup}\n\n"
        "Soll diese Sicherung wiederhergestellt werden? Was nach diesem Stand geändert wurde, fehlt dann; "
        "die beschädigte Datei wird daneben aufbewahrt.",
    ).format(
        path=db, stand=stand_text(backup), kommunen=backup.kommunen, produktiv=backup.produktiv, backup=backup.path
    )
    if not msgbox.ask(parent, title, question):
        return None
    try:
        lock = acquire_lock(db)  # no other instance may open the file while it is replaced
    except KpaktError as lock_err:
        msgbox.error(parent, title, str(lock_err))
        return None
    try:
        restored = runner().run_modal(
            QCoreApplication.translate("Recovery", "Sicherung wiederherstellen"),
            lambda: _restore_job(backup.path, db),
            parent=parent,
        )
        opened = OpenedDatabase(db, lock)
    except Cancelled:
        lock.unlock()
        return None
    except KpaktError as restore_err:
        lock.unlock()
        msgbox.error(parent, title, str(restore_err))
        return None
    msgbox.info(
        parent,
        QCoreApplication.translate("Recovery", "Sicherung wiederhergestellt"),
        QCoreApplication.translate(
            "Recovery", "Der Stand vom {stand} ist wiederhergestellt. Die beschädigte Datei liegt unter:\n{aside}"
        ).format(stand=stand_text(backup), aside=restored.safety_copy),
    )
    return opened


def open_database(
    parent: QWidget | None, path: Path | str | OfflineKopie, lock: object | None = None, *, start_dialog_on_no: bool
) -> OpenedDatabase | None:
    """Open ``path``; a damaged one offers its newest backup, and when the user declines (or there
    is none) and ``start_dialog_on_no``, the start dialog lets them choose or create another. A
    server that cannot be reached offers the app's offline copy of it, read-only."""
    from kpakt_desktop.gui.start.offline import kopie_anbieten

    try:
        return OpenedDatabase(path, lock)  # type: ignore[arg-type]
    except DatabaseFault as err:
        kopie = kopie_anbieten(parent, path, err) if isinstance(path, str) else None
        if kopie is None:
            msgbox.error(parent, QCoreApplication.translate("Recovery", "Datenbank öffnen"), str(err))
            return None
        return open_database(parent, kopie, start_dialog_on_no=start_dialog_on_no)
    except DatabaseCorrupt as err:
        opened = offer_restore(parent, err)
        if opened is not None or not start_dialog_on_no:
            return opened
        return _from_start_dialog(parent)
    except KpaktError as err:
        msgbox.error(parent, QCoreApplication.translate("Recovery", "Datenbank öffnen"), str(err))
        return None


def _from_start_dialog(parent: QWidget | None) -> OpenedDatabase | None:
    from kpakt_desktop.gui.start.start_dialog import StartDialog, create_chosen

    dialog = StartDialog(parent)
    if not dialog.exec() or dialog.result_value is None:
        return None
    try:
        create_chosen(parent, dialog.result_value)
    except KpaktError as err:
        msgbox.error(parent, QCoreApplication.translate("Recovery", "Neue Landesdatenbank"), str(err))
        return None
    return open_database(parent, dialog.result_value.target, start_dialog_on_no=True)
