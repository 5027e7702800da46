"""Vollzugsebene of one Leistung: live counts, preview of a change, additions and exclusions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.domain.vollzug import AusnahmeArt, Vollzugsebene
from kpakt_desktop.gui import vocab_text
from kpakt_desktop.gui.barrierefrei import beschriftung
from kpakt_desktop.gui.row_table import Column, RowTableModel, format_value
from kpakt_desktop.services.vollzugsebene import AusnahmeInfo, KommuneWahl, VollzugStand, Vorschau


def ausnahme_spalten() -> list[Column[AusnahmeInfo]]:
    return [
        Column(QCoreApplication.translate("Vollzug", "Kommune"), lambda a: a.name),
        Column(QCoreApplication.translate("Vollzug", "ARS"), lambda a: a.ars),
        Column(QCoreApplication.translate("Vollzug", "Ausnahme"), lambda a: vocab_text.label(a.art)),
        Column(QCoreApplication.translate("Vollzug", "Grund"), lambda a: a.grund or ""),
    ]


def vorschau_text(v: Vorschau) -> str:
    teile = [
        QCoreApplication.translate("Vollzug", "Danach {n} zuständige Kommunen mit {e} Einwohnern.").format(
            n=format_value(v.zustaendig), e=format_value(v.einwohner)
        ),
        QCoreApplication.translate("Vollzug", "{n} Nachnutzungen kommen neu hinzu (Status offen).").format(
            n=format_value(v.neu)
        ),
        QCoreApplication.translate(
            "Vollzug", "{n} fallen heraus und bleiben mit Daten und Historie als „nicht mehr zuständig“ erhalten."
        ).format(n=format_value(v.fallen_heraus)),
    ]
    if v.wieder_zustaendig:
        teile.append(
            QCoreApplication.translate("Vollzug", "{n} werden wieder zuständig (Status offen).").format(
                n=format_value(v.wieder_zustaendig)
            )
        )
    return " ".join(teile)


class VollzugPanel(QGroupBox):
    preview_requested = Signal(int, str)  # nr, ebene code
    apply_requested = Signal(int, str)
    add_requested = Signal(int, int, str, str)  # nr, kommune id, art code, grund
    remove_requested = Signal(int)  # ausnahme id
    confirm_requested = Signal(int)  # nr
    list_requested = Signal(int)  # nr: add Kommunen from a list file
    vorgabe_requested = Signal(int)  # nr: back to the shipped level of this Land

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Vollzugsebene in diesem Land"), parent)
        self.stand: VollzugStand | None = None
        self.ebene = QComboBox()
        self.ebene.setObjectName("ebeneCombo")
        self.ebene.setAccessibleName(self.tr("Vollzugsebene"))
        for e in Vollzugsebene:
            self.ebene.addItem(vocab_text.label(e), e.value)
        self.ebene.currentIndexChanged.connect(self._ebene_changed)
        self.counts = QLabel()
        self.counts.setObjectName("zustaendigLabel")
        # Where the level comes from and how sure it is: a coordinator must see it next to the level.
        self.quelle = QLabel()
        self.quelle.setObjectName("quelleLabel")
        self.quelle.setWordWrap(True)
        self.quelle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sicherheit = QLabel()
        self.sicherheit.setObjectName("sicherheitLabel")
        self.confirm = QPushButton(self.tr("Als ge&prüft bestätigen"))
        self.confirm.setObjectName("ebeneBestaetigen")
        self.confirm.setToolTip(
            self.tr("Die Koordinierungsstelle hat die Vollzugsebene geprüft; sie bleibt, wie sie ist.")
        )
        self.confirm.clicked.connect(self._confirm)
        self.vorgabe = QPushButton(self.tr("&Vorgabe übernehmen"))
        self.vorgabe.setObjectName("vorgabeUebernehmen")
        self.vorgabe.setToolTip(self.tr("Die mitgelieferte Vollzugsebene dieses Landes mit ihren Zusätzen übernehmen"))
        self.vorgabe.clicked.connect(self._vorgabe)
        sicher_row = QHBoxLayout()
        sicher_row.addWidget(self.sicherheit, 1)
        sicher_row.addWidget(self.vorgabe)
        sicher_row.addWidget(self.confirm)
        self.preview = QLabel()
        self.preview.setObjectName("vorschauLabel")
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("QLabel { background: #eef4fb; padding: 4px; border: 1px solid #9cbbe0; }")
        self.apply = QPushButton(self.tr("Vollzugsebene &übernehmen"))
        self.apply.setObjectName("ebeneUebernehmen")
        self.apply.clicked.connect(self._apply)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Ebene:"))
        label.setBuddy(self.ebene)
        row.addWidget(label)
        row.addWidget(self.ebene, 1)
        row.addWidget(self.apply)

        self.model: RowTableModel[AusnahmeInfo] = RowTableModel(ausnahme_spalten())
        self.table = QTableView()
        self.table.setObjectName("ausnahmenTable")
        self.table.setAccessibleName(self.tr("Ausnahmen"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(140)
        self.kommune = QLineEdit()
        self.kommune.setObjectName("ausnahmeKommune")
        self.kommune.setAccessibleName(self.tr("Kommune der Ausnahme"))
        self.kommune.setPlaceholderText(self.tr("Kommune suchen (Name oder ARS) …"))
        self.art = QComboBox()
        self.art.setObjectName("ausnahmeArt")
        self.art.setAccessibleName(self.tr("Art der Ausnahme"))
        for a in AusnahmeArt:
            self.art.addItem(vocab_text.label(a), a.value)
        self.grund = QLineEdit()
        self.grund.setObjectName("ausnahmeGrund")
        self.grund.setAccessibleName(self.tr("Grund der Ausnahme"))
        self.grund.setPlaceholderText(self.tr("Grund, z. B. eigene Bauaufsicht"))
        self.add = QPushButton(self.tr("Hin&zufügen"))
        self.add.setObjectName("ausnahmeHinzufuegen")
        self.add.clicked.connect(self._add)
        self.remove = QPushButton(self.tr("Ausnah&me entfernen"))
        self.remove.setObjectName("ausnahmeEntfernen")
        self.remove.clicked.connect(self._remove)
        self.liste = QPushButton(self.tr("A&us Liste hinzufügen…"))
        self.liste.setObjectName("ausnahmenListe")
        self.liste.setToolTip(
            self.tr(
                "Viele Kommunen auf einmal als zusätzlich zuständig eintragen: CSV oder Excel mit ARS, AGS oder Namen"
            )
        )
        self.liste.clicked.connect(self._liste)
        add_row = QHBoxLayout()
        add_row.addWidget(self.kommune, 2)
        add_row.addWidget(beschriftung(self.tr("Art:"), self.art))
        add_row.addWidget(self.art)
        add_row.addWidget(self.grund, 2)
        add_row.addWidget(self.add)
        self._kommunen: dict[str, int] = {}

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.counts)
        layout.addWidget(self.quelle)
        layout.addLayout(sicher_row)
        layout.addWidget(self.preview)
        layout.addWidget(QLabel(self.tr("<b>Ausnahmen</b> (einzelne Kommunen zusätzlich bzw. nicht zuständig)")))
        layout.addWidget(self.table)
        layout.addLayout(add_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.liste)
        buttons.addStretch(1)
        buttons.addWidget(self.remove)
        layout.addLayout(buttons)

    def set_kommunen(self, kommunen: list[KommuneWahl]) -> None:
        self._kommunen = {k.text: k.id for k in kommunen}
        completer = QCompleter(list(self._kommunen), self.kommune)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.kommune.setCompleter(completer)

    def show_stand(self, stand: VollzugStand) -> None:
        self.stand = stand
        self.ebene.blockSignals(True)
        self.ebene.setCurrentIndex(self.ebene.findData(stand.ebene.value))
        self.ebene.blockSignals(False)
        self.counts.setText(
            self.tr("<b>{n}</b> zuständige Kommunen versorgen <b>{e}</b> Einwohner.").format(
                n=format_value(stand.zustaendig), e=format_value(stand.einwohner)
            )
        )
        behoerde = stand.vorgabe.behoerde if stand.vorgabe else ""
        self.quelle.setText(self.tr("Behörde: {b}\nQuelle: {q}").format(b=behoerde or "–", q=stand.quelle))
        geprueft = stand.geprueft
        self.sicherheit.setText(self.tr("Sicherheit: <b>{s}</b>").format(s=stand.sicherheit_text))
        # Dark enough on white for 4.5:1 (WCAG AA): green #1b5e20, orange-brown #8a4b00.
        self.sicherheit.setStyleSheet(f"QLabel {{ color: {'#1b5e20' if geprueft else '#8a4b00'}; }}")
        self.sicherheit.setAccessibleName(self.tr("Sicherheit der Vollzugsebene: {s}").format(s=stand.sicherheit_text))
        self.confirm.setEnabled(not geprueft)
        self.vorgabe.setVisible(stand.vorgabe is not None and not stand.wie_vorgabe)
        self.model.set_rows(list(stand.ausnahmen))
        self.show_preview(None)

    def show_preview(self, vorschau: Vorschau | None) -> None:
        self.preview.setVisible(vorschau is not None)
        self.apply.setEnabled(vorschau is not None)
        if vorschau is not None:
            self.preview.setText(self.tr("Vorschau: ") + vorschau_text(vorschau))

    def _ebene_changed(self) -> None:
        if self.stand is None:
            return
        code = self.ebene.currentData()
        if code == self.stand.ebene.value:
            self.show_preview(None)
        else:
            self.preview_requested.emit(self.stand.nr, code)

    def _confirm(self) -> None:
        if self.stand is not None:
            self.confirm_requested.emit(self.stand.nr)

    def _vorgabe(self) -> None:
        if self.stand is not None:
            self.vorgabe_requested.emit(self.stand.nr)

    def _liste(self) -> None:
        if self.stand is not None:
            self.list_requested.emit(self.stand.nr)

    def _apply(self) -> None:
        if self.stand is not None:
            self.apply_requested.emit(self.stand.nr, self.ebene.currentData())

    def _add(self) -> None:
        if self.stand is None:
            return
        kid = self._kommunen.get(self.kommune.text().strip())
        if kid is None:
            self.kommune.setFocus()
            self.kommune.setStyleSheet("QLineEdit { border: 1px solid #c00; }")
            self.kommune.setToolTip(self.tr("Bitte eine Kommune aus der Vorschlagsliste wählen."))
            return
        self.kommune.setStyleSheet("")
        self.add_requested.emit(self.stand.nr, kid, self.art.currentData(), self.grund.text().strip())
        self.kommune.clear()
        self.grund.clear()

    def _remove(self) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedIndexes()}
        for row in sorted(rows):
            self.remove_requested.emit(self.model.row_at(row).id)
