"""Which Gemeindeverband kinds administer for their members: a setting of the Land database.

Shipped defaults are marked until the office confirms or changes them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QWidget

from kpakt_desktop.gui import vocab_text
from kpakt_desktop.gui.row_table import format_value
from kpakt_desktop.services.vollzugsebene import VerbandRegelInfo


class VerbandRegelnBox(QGroupBox):
    toggled = Signal(str, bool)  # art code, verwaltet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Gemeindeverbände, die für ihre Mitgliedsgemeinden verwalten"), parent)
        self.grid = QGridLayout(self)
        self.checks: dict[str, QCheckBox] = {}
        self.labels: dict[str, QLabel] = {}

    def show_regeln(self, regeln: list[VerbandRegelInfo]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.checks = {}
        self.labels = {}
        if not regeln:
            self.grid.addWidget(QLabel(self.tr("Dieses Land hat keine Gemeindeverbände.")), 0, 0)
            return
        for row, r in enumerate(regeln):
            check = QCheckBox(
                self.tr("{art} ({n}) verwaltet für die Mitgliedsgemeinden").format(
                    art=vocab_text.label(r.art), n=format_value(r.anzahl)
                )
            )
            check.setObjectName(f"verband_{r.art.value}")
            check.setChecked(r.verwaltet)
            check.toggled.connect(lambda on, art=r.art.value: self.toggled.emit(art, on))
            state = (
                self.tr("geprüft")
                if r.geprueft
                else self.tr("Vorgabe für dieses Land ({v}) – bitte prüfen").format(
                    v=self.tr("ja") if r.vorgabe else self.tr("nein")
                )
            )
            label = QLabel(state)
            label.setWordWrap(True)
            label.setIndent(24)  # under the checkbox text: one line each keeps the page narrow
            label.setObjectName(f"verbandStand_{r.art.value}")
            if not r.geprueft:
                label.setStyleSheet("QLabel { color: #8a5a00; }")
            self.grid.addWidget(check, 2 * row, 0)
            self.grid.addWidget(label, 2 * row + 1, 0)
            self.checks[r.art.value] = check
            self.labels[r.art.value] = label
