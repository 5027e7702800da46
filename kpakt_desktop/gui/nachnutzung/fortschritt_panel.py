"""Progress per Leistung and per Kreis: share produktiv and share of Einwohner served."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from kpakt_desktop.gui.row_table import Column, RowTableModel
from kpakt_desktop.services.fortschritt import Fortschritt, FortschrittBericht


def _prozent(value: float | None) -> float | None:
    return None if value is None else 100 * value


def fortschritt_spalten(erste: str, gezaehlt: str) -> list[Column[Fortschritt]]:
    """``gezaehlt``: what the count columns count ("zuständige Kommunen" or "zuständige Nachnutzungen")."""
    return [
        Column(erste, lambda f: f.name, tooltip=lambda f: f.hinweis),
        Column(gezaehlt, lambda f: f.zustaendig, numeric=True),
        Column(QCoreApplication.translate("Fortschritt", "davon produktiv"), lambda f: f.produktiv, numeric=True),
        Column(
            QCoreApplication.translate("Fortschritt", "produktiv %"),
            lambda f: _prozent(f.anteil_produktiv),
            numeric=True,
            tooltip=lambda f: (
                f.hinweis and QCoreApplication.translate("Fortschritt", "zählt nicht für die Quote: ") + f.hinweis
            ),
        ),
        Column(QCoreApplication.translate("Fortschritt", "Einwohner"), lambda f: f.einwohner, numeric=True),
        Column(
            QCoreApplication.translate("Fortschritt", "Einwohner produktiv versorgt %"),
            lambda f: _prozent(f.anteil_einwohner),
            numeric=True,
            tooltip=lambda f: QCoreApplication.translate(
                "Fortschritt", "Anteil der Einwohner, deren zuständige Kommune die Leistung produktiv anbietet"
            ),
        ),
    ]


def _table(name: str, model: RowTableModel[Fortschritt]) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class FortschrittPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.je_leistung: RowTableModel[Fortschritt] = RowTableModel(
            fortschritt_spalten(self.tr("Leistung"), self.tr("zuständige Kommunen"))
        )
        self.je_kreis: RowTableModel[Fortschritt] = RowTableModel(
            fortschritt_spalten(self.tr("Kreis"), self.tr("zuständige Nachnutzungen"))
        )
        outer = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Je Leistung zählen zuständige Kommunen, je Kreis zuständige Nachnutzungen (Kommune × Leistung). "
                "Eine Verbandsgemeinde bzw. ein Amt versorgt die Einwohner ihrer Ortsgemeinden, ein Kreis die "
                "seiner Gemeinden – außer denen einer Stadt, die für die Leistung selbst zuständig ist. Nr. 7 "
                "(realisiert) und Nr. 8 (Bund) zählen nicht mit."
            )
        )
        note.setWordWrap(True)
        outer.addWidget(note)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        for title, name, model in (
            (self.tr("Je Leistung"), "fortschrittLeistung", self.je_leistung),
            (self.tr("Je Kreis (alle Leistungen, die für die Quote zählen)"), "fortschrittKreis", self.je_kreis),
        ):
            box = QVBoxLayout()
            label = QLabel(f"<b>{title}</b>")
            table = _table(name, model)
            table.setAccessibleName(title)
            label.setBuddy(table)
            box.addWidget(label)
            box.addWidget(table, 1)
            layout.addLayout(box, 1)

    def set_bericht(self, bericht: FortschrittBericht) -> None:
        self.je_leistung.set_rows(bericht.je_leistung)
        self.je_kreis.set_rows(bericht.je_kreis)
