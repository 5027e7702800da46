"""Standardpaket prüfen: the federal check of one package, shown in a window.

``kpakt-desktop PAKET.zip`` opens it (Windows „Öffnen mit“, a package dropped on the program's
icon), so the office sees what the IT-Planungsrat's merge will say before sending the package. The
check is the same as ``kpakt bundle validate``, against the trusted keys in the data directory.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from kpakt_desktop.domain.anzeige import sichtbar
from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.gui import meldungen, msgbox
from kpakt_desktop.gui.operation import Cancelled, runner
from kpakt_desktop.gui.row_table import Column, RowTableModel
from kpakt_desktop.gui.views import read_only_table
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.services.standardpaket.validate import BundleReport, Problem, validate_job


class BundleCheckDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("standardpaketPruefen")
        self.path = path
        self.report: BundleReport | None = None
        self.setWindowTitle(self.tr("Standardpaket prüfen – {name}").format(name=path.name))
        layout = QVBoxLayout(self)
        self.result_label = QLabel()
        self.result_label.setObjectName("pruefErgebnis")
        self.result_label.setAccessibleName(self.tr("Ergebnis der Prüfung"))
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.details = QLabel()
        self.details.setObjectName("pruefAngaben")
        self.details.setAccessibleName(self.tr("Angaben des Pakets"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.problems_model: RowTableModel[Problem] = RowTableModel(
            [
                Column(self.tr("Datei"), lambda p: sichtbar(p.datei)),
                Column(self.tr("Zeile"), lambda p: p.zeile, numeric=True),
                # the package's names and values escaped, the problem in the UI language
                Column(self.tr("Feld"), lambda p: meldungen.text(sichtbar(p.feld)) if p.feld else p.feld),
                Column(
                    self.tr("Meldung"),
                    lambda p: meldungen.text(sichtbar(p.meldung)),
                    tooltip=lambda p: meldungen.text(p.text()),
                ),
            ]
        )
        self.problems_view = read_only_table("pruefProbleme", self.tr("Gefundene Probleme"))
        self.problems_view.setModel(self.problems_model)
        self.problems_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.problems_view, 1)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("&Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("pruefSchliessen")
        close.setAccessibleName(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 480)

    def run_check(self) -> bool:
        """Check the package in the worker; False if it could not be checked at all."""
        try:
            title = self.tr("Standardpaket wird geprüft")
            report = runner().run_modal(title, lambda: validate_job(self.path), parent=self)
        except Cancelled:
            return False
        except KpaktError as err:
            msgbox.error(self, self.tr("Standardpaket prüfen"), str(err))
            return False
        self.show_report(report)
        return True

    def show_report(self, report: BundleReport) -> None:
        self.report = report
        if report.valid and report.demo:
            self.result_label.setText(
                self.tr(
                    "<h3>⚠ Gültig, aber ein DEMO-Paket</h3>Das Paket wurde aus den fiktiven Demodaten erstellt. "
                    "Der IT-Planungsrat übernimmt es nicht (nur ausdrücklich zum Ausprobieren)."
                )
            )
        elif report.valid:
            self.result_label.setText(
                self.tr("<h3>✔ Gültig</h3>Das Standardpaket ist vollständig, unverändert und vom Land signiert.")
            )
        elif len(report.problems) == 1:
            self.result_label.setText(
                self.tr("<h3>✘ Ungültig</h3>Ein Problem gefunden – der IT-Planungsrat würde das Paket ablehnen.")
            )
        else:
            self.result_label.setText(
                self.tr(
                    "<h3>✘ Ungültig</h3>{n} Probleme gefunden – der IT-Planungsrat würde das Paket ablehnen."
                ).format(n=len(report.problems))
            )
        stand = f"{report.stand:%d.%m.%Y %H:%M} UTC" if report.stand else "–"
        lines = [
            self.tr("Datei: {file}").format(file=report.path),
            self.tr("Land: {land}   Paket Nr.: {nr}   Stand: {stand}").format(
                land=report.land or "–", nr=report.sequenz if report.sequenz is not None else "–", stand=stand
            ),
            self.tr("Schlüssel: {key}").format(key=report.fingerprint or "–"),
            self.tr("Vertraute Schlüssel: {folder}").format(folder=signing.default_trust_dir()),
        ]
        self.details.setText("\n".join(lines))
        self.problems_model.set_rows(report.problems)
        self.problems_view.setVisible(bool(report.problems))
        if report.valid:  # nothing to list: a compact window instead of an empty table
            self.resize(self.width(), self.sizeHint().height())


def check_bundle(path: Path) -> int:
    """``kpakt-desktop PAKET.zip``: show the check of one package; exit code as ``kpakt bundle validate``."""
    dialog = BundleCheckDialog(path)
    dialog.show()
    if not dialog.run_check():
        return 2
    dialog.exec()
    return 0 if dialog.report is not None and dialog.report.valid else 1
