"""The conflict dialog: someone else changed the rows while this user edited them (``Konflikt``).

It names who changed what and when (old → new) beside what this user entered, and lets them choose:
write their change on top of the new version, or keep the other person's and drop their own. Closed
without a choice, nothing is decided: the editor keeps the input and the message (gui/operation.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.domain.errors import Konflikt
from kpakt_desktop.gui.barrierefrei import passend

EIGENE = 0  # "Meine Änderung übernehmen"
FREMDE = 1  # "Änderung des anderen behalten"


def _wer_wann(err: Konflikt) -> tuple[str, str]:
    if not err.aenderungen:
        return QCoreApplication.translate("Konflikt", "jemand anderem"), ""
    wer, wann, *_ = err.aenderungen[0]
    zeit = getattr(wann, "strftime", None)
    return wer, zeit("%d.%m.%Y %H:%M") if zeit is not None else ""


def zeilen(err: Konflikt) -> list[tuple[str, str, str]]:
    """(Feld, the other person's change "alt → neu", this user's input) per field either side touched."""
    ihre = {feld: f"{alt} → {neu}" for _, _, feld, alt, neu in err.aenderungen}
    gleich = QCoreApplication.translate("Konflikt", "(unverändert)")
    felder = list(ihre) + [f for f in err.mein if f not in ihre]
    return [(f, ihre.get(f, gleich), err.mein.get(f, gleich)) for f in felder]


class KonfliktDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, err: Konflikt) -> None:
        super().__init__(parent)
        self.setObjectName("konfliktDialog")
        self.setWindowTitle(self.tr("Gleichzeitige Änderung – {title}").format(title=title))
        self.wahl: int | None = None
        wer, wann = _wer_wann(err)
        layout = QVBoxLayout(self)
        kopf = QLabel(
            self.tr(
                "Während Sie bearbeitet haben, hat {wer} denselben Eintrag geändert{wann}. "
                "Ihre Änderung ist noch nicht gespeichert."
            ).format(wer=wer, wann=self.tr(" (am {wann})").format(wann=wann) if wann else "")
        )
        kopf.setObjectName("konfliktText")
        kopf.setWordWrap(True)
        layout.addWidget(kopf)
        details = QLabel(str(err))
        details.setWordWrap(True)
        details.setObjectName("konfliktMeldung")
        layout.addWidget(details)

        rows = zeilen(err)
        self.table = table = QTableWidget(len(rows), 3, self)
        table.setObjectName("konfliktTabelle")
        table.setAccessibleName(self.tr("Gegenüberstellung der beiden Änderungen"))
        table.setHorizontalHeaderLabels(
            [self.tr("Feld"), self.tr("Geändert von {wer} (vorher → jetzt)").format(wer=wer), self.tr("Ihre Eingabe")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        for r, werte in enumerate(rows):
            for c, wert in enumerate(werte):
                table.setItem(r, c, QTableWidgetItem(wert))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table, 1)

        buttons = QDialogButtonBox(self)
        self.eigene = QPushButton(self.tr("Meine Änderung übernehmen"))
        self.eigene.setObjectName("eigeneUebernehmen")
        self.eigene.setToolTip(self.tr("Ihre Eingaben werden auf die neue Fassung geschrieben."))
        self.fremde = QPushButton(self.tr("Änderung des anderen behalten"))
        self.fremde.setObjectName("fremdeBehalten")
        self.fremde.setToolTip(self.tr("Ihre Eingaben werden verworfen; die Ansicht zeigt die neue Fassung."))
        buttons.addButton(self.eigene, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.fremde, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.eigene.clicked.connect(lambda: self._waehle(EIGENE))
        self.fremde.clicked.connect(lambda: self._waehle(FREMDE))
        layout.addWidget(buttons)
        self.fremde.setDefault(False)
        self.eigene.setAutoDefault(False)
        self.fremde.setAutoDefault(False)  # Enter does not decide by accident

    def _waehle(self, wahl: int) -> None:
        self.wahl = wahl
        self.accept()


def entscheiden(parent: QWidget | None, title: str, err: Konflikt) -> int | None:
    """Show the dialog modally: ``EIGENE``, ``FREMDE`` or None (closed without a choice)."""
    dialog = KonfliktDialog(parent, title, err)
    passend(dialog)
    try:
        dialog.exec()
        return dialog.wahl
    finally:
        dialog.deleteLater()
