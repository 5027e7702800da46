"""Review of returned Rückmeldebögen: per Kommune what changes (old → new), conflicts flagged, tick what to take."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.services.rueckmeldung.pruefung import Pruefung, ZeilenAenderung

KEY_ROLE = Qt.ItemDataRole.UserRole
KONFLIKT_FARBE = QColor("#F8D7D3")


class RueckmeldungDialog(QDialog):
    """One top-level item per form, one checkable child per Kommune × Leistung that changes.

    Rows without conflict start ticked; a conflict (the database changed the same field since
    the export) starts unticked: ticking it takes the Kommune's answer over the database's.
    """

    def __init__(self, pruefung: Pruefung, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.pruefung = pruefung
        self.setObjectName("rueckmeldungDialog")
        self.setWindowTitle(self.tr("Rückmeldebögen einlesen – Vorschau"))
        self.resize(1100, 600)
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr(
                "Bögen: {files} · Nachnutzungen mit Änderungen: {rows} · davon mit Konflikt: {conflicts}. "
                "Konflikte (rot) wurden seit dem Versand auch in der Datenbank geändert; sie sind nicht "
                "ausgewählt. Übernommene Änderungen stehen in der Historie als „per Rückmeldebogen vom …“."
            ).format(files=len(pruefung.rueckmeldungen), rows=len(pruefung.zeilen), conflicts=pruefung.konflikte)
        )
        summary.setWordWrap(True)
        summary.setObjectName("rueckmeldungZusammenfassung")
        layout.addWidget(summary)
        self.tree = QTreeWidget()
        self.tree.setObjectName("rueckmeldungAenderungen")
        self.tree.setAccessibleName(self.tr("Änderungen aus den Rückmeldebögen"))
        self.tree.setHeaderLabels(
            [self.tr("Kommune / Leistung"), self.tr("Änderung (Datenbank → Rückmeldung)"), self.tr("Bemerkung")]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 280)
        self.tree.setColumnWidth(2, 240)
        layout.addWidget(self.tree, 1)
        self.items: dict[str, QTreeWidgetItem] = {}
        for r in pruefung.rueckmeldungen:
            top = QTreeWidgetItem(
                [
                    f"{r.kommune} ({r.ars})",
                    self.tr("Bogen vom {d}, Datei {f}").format(d=f"{r.exportiert:%d.%m.%Y}", f=r.datei.name),
                    "",
                ]
            )
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            if not r.zeilen:
                top.addChild(QTreeWidgetItem(["", self.tr("keine Änderungen"), ""]))
            for z in r.zeilen:
                top.addChild(self._zeile(z))
            for hinweis in r.hinweise:
                item = QTreeWidgetItem(["", self.tr("Hinweis: {h}").format(h=hinweis), ""])
                item.setForeground(1, QBrush(QColor("#555555")))
                top.addChild(item)
            top.setExpanded(True)
        buttons = QHBoxLayout()
        self.alle_button = QPushButton(self.tr("&Alle auswählen"))
        self.alle_button.setObjectName("alleAuswaehlen")
        self.alle_button.clicked.connect(lambda: self._alle(True))
        self.keine_button = QPushButton(self.tr("&Keine auswählen"))
        self.keine_button.setObjectName("keineAuswaehlen")
        self.keine_button.clicked.connect(lambda: self._alle(False))
        buttons.addWidget(self.alle_button)
        buttons.addWidget(self.keine_button)
        buttons.addStretch(1)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.box.setObjectName("rueckmeldungButtons")
        ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Ausgewählte &übernehmen"))
        ok.setObjectName("uebernehmenButton")
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        buttons.addWidget(self.box)
        layout.addLayout(buttons)
        for b in (self.alle_button, self.keine_button, ok, self.box.button(QDialogButtonBox.StandardButton.Cancel)):
            b.setAccessibleName(b.text().replace("&", ""))
        self.tree.itemChanged.connect(self._update_ok)
        self._update_ok()

    def _zeile(self, z: ZeilenAenderung) -> QTreeWidgetItem:
        text = "\n".join(
            f"{x.label}: {x.alt} → {x.neu}" + (self.tr(" (versandt: {v})").format(v=x.gesendet) if x.konflikt else "")
            for x in z.felder
        )
        titel = f"{z.leistung_nr} {z.leistung}" + (self.tr(" – Konflikt") if z.konflikt else "")
        item = QTreeWidgetItem([titel, text, z.bemerkung or ""])
        item.setToolTip(1, text)
        if z.bemerkung:
            item.setToolTip(2, z.bemerkung)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Unchecked if z.konflikt else Qt.CheckState.Checked)
        item.setData(0, KEY_ROLE, z.schluessel)
        if z.konflikt:
            for col in range(3):
                item.setBackground(col, QBrush(KONFLIKT_FARBE))
            item.setToolTip(
                0,
                self.tr("Seit dem Versand des Bogens in der Datenbank geändert. Angekreuzt gilt die Rückmeldung."),
            )
        self.items[z.schluessel] = item
        return item

    def _alle(self, an: bool) -> None:
        state = Qt.CheckState.Checked if an else Qt.CheckState.Unchecked
        for item in self.items.values():
            item.setCheckState(0, state)

    def _update_ok(self) -> None:
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.auswahl()))

    def auswahl(self) -> set[str]:
        """Keys ("<ARS>/<Leistung>") of the ticked rows."""
        return {key for key, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked}
