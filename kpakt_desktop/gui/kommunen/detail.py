"""Detail panel of one Kommune (Designer form ``ui/kommune_detail.ui``).

Register data is shown read-only; what the office maintains is edited here, each edit validated by
the service, saved in its own transaction and pushed as a QUndoCommand onto the context's stack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.domain.kommunen import Spitzenverband
from kpakt_desktop.domain.teams import KontaktFunktion
from kpakt_desktop.gui import msgbox, vocab_text
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.form import child
from kpakt_desktop.gui.kommunen import operations as kommune_ops
from kpakt_desktop.gui.kommunen.dialogs import KontaktDialog
from kpakt_desktop.gui.row_table import Column, RowTableModel, format_value
from kpakt_desktop.gui.ui_loader import load_form
from kpakt_desktop.services.it_dienstleister import it_dienstleister_liste
from kpakt_desktop.services.kommunen import BaumKnoten, KommuneDetail, kommune_detail
from kpakt_desktop.services.kontakte import (
    KontaktDaten,
    kontakte_von,
)

_REGISTER_LABELS = (
    "arsValue",
    "agsValue",
    "artValue",
    "einwohnerValue",
    "flaecheValue",
    "plzValue",
    "kreisValue",
    "verbandValue",
    "firstMoverValue",
    "zustandValue",
)


def kontakt_columns() -> list[Column[KontaktDaten]]:
    """Two columns of two lines each: the detail panel is narrow, and four columns side by side
    would cut names and e-mail addresses or push the phone number out of sight."""
    return [
        Column(
            QCoreApplication.translate("Column", "Name / Funktion"),
            lambda k: f"{k.name}\n{vocab_text.label(k.funktion)}",
            sort_key=lambda k: k.name,
        ),
        Column(
            QCoreApplication.translate("Column", "E-Mail / Telefon"),
            lambda k: "\n".join(text for text in (k.email, k.telefon) if text),
            sort_key=lambda k: k.email,
        ),
    ]


class KommuneDetailPanel(QWidget):
    def __init__(self, ctx: AppContext, knoten_von: Callable[[int], BaumKnoten | None] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.knoten_von = knoten_von  # the Gliederung's node of a Kommune: the Einwohner of a Kreis or Verband
        self.detail: KommuneDetail | None = None
        self.form = load_form("kommune_detail", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.name_label: QLabel = child(self.form, QLabel, "nameLabel")
        self.values = {name: child(self.form, QLabel, name) for name in _REGISTER_LABELS}
        self.itdl: QComboBox = child(self.form, QComboBox, "itdlCombo")
        self.spitzenverband: QComboBox = child(self.form, QComboBox, "spitzenverbandCombo")
        self.ansprechpartner: QCheckBox = child(self.form, QCheckBox, "ansprechpartnerCheck")
        self.notiz: QPlainTextEdit = child(self.form, QPlainTextEdit, "notizEdit")
        self.notiz_save: QPushButton = child(self.form, QPushButton, "notizSaveButton")
        self.kontakte_view: QTableView = child(self.form, QTableView, "kontakteTable")
        self.kontakt_add: QPushButton = child(self.form, QPushButton, "kontaktAddButton")
        self.kontakt_edit: QPushButton = child(self.form, QPushButton, "kontaktEditButton")
        self.kontakt_remove: QPushButton = child(self.form, QPushButton, "kontaktRemoveButton")
        self.kontakte: RowTableModel[KontaktDaten] = RowTableModel(kontakt_columns())
        self.kontakte_view.setModel(self.kontakte)
        self.kontakte_view.verticalHeader().setVisible(False)
        self.kontakte_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.kontakte_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.kontakte_view.horizontalHeader().setStretchLastSection(True)
        self.spitzenverband.addItem(self.tr("(keiner)"), None)
        for sv in Spitzenverband:
            self.spitzenverband.addItem(vocab_text.label(sv), sv.value)
        self.itdl.activated.connect(self._itdl_chosen)
        self.spitzenverband.activated.connect(self._spitzenverband_chosen)
        self.ansprechpartner.clicked.connect(self._ansprechpartner_clicked)
        self.notiz_save.clicked.connect(self._save_notiz)
        self.kontakt_add.clicked.connect(self.add_kontakt)
        self.kontakt_edit.clicked.connect(self.edit_kontakt)
        self.kontakt_remove.clicked.connect(self.remove_kontakt)
        self.kontakte_view.doubleClicked.connect(self.edit_kontakt)
        schutz = ctx.schreibschutz  # read-only by role/region (gui/schreibschutz.py)
        for control in (self.itdl, self.spitzenverband, self.ansprechpartner, self.notiz, self.notiz_save):
            schutz.schreibend(control, None)
        for control in (self.kontakt_add, self.kontakt_edit, self.kontakt_remove):
            schutz.schreibend(control, "kontakt", lambda: [self.detail.id] if self.detail is not None else [])
        self.show_kommune(None)

    # -- loading -------------------------------------------------------------------------------
    def show_kommune(self, kommune_id: int | None) -> None:
        previous = self.detail
        if previous is not None and kommune_id != previous.id and self._notiz_changed():
            self._save_notiz()  # leaving a Kommune keeps what was typed into its note
        typed = self.notiz.toPlainText() if previous is not None and self._notiz_changed() else None
        try:
            self.detail = kommune_detail(self.ctx.store, kommune_id) if kommune_id is not None else None
        except KpaktError:
            self.detail = None  # it vanished (e.g. undo of an import): show nothing
        d = self.detail
        self.form.setEnabled(d is not None)
        self.ctx.schreibschutz.anwenden()
        if d is None:
            self.name_label.setText(self.tr("<h3>Keine Kommune gewählt</h3>"))
            for label in self.values.values():
                label.clear()
            self.kontakte.set_rows([])
            return
        self.name_label.setText(f"<h3>{d.name}</h3>")
        flaeche = format_value(d.flaeche_km2) if d.flaeche_km2 is not None else ""
        zustand = self.tr("aktiv")
        if d.aufgeloest:
            zustand = self.tr("aufgelöst am {datum}").format(datum=d.aufgeloest_am or "?")
            if d.nachfolger:
                zustand += self.tr(", Nachfolgerin: {name}").format(name=d.nachfolger)
        verband = d.verband or (self.tr("verbandsfrei") if d.verbandsfrei else "")
        texts = (
            d.ars,
            d.ags or "",
            vocab_text.translated(d.art),
            self._einwohner(d),
            flaeche,
            d.plz or "",
            d.kreis or "",
            verband,
            self.tr("ja") if d.first_mover else self.tr("nein"),
            zustand,
        )
        for name, text in zip(_REGISTER_LABELS, texts, strict=True):
            self.values[name].setText(text)
            # Read with its caption, and an empty value as such (not as the next label's caption).
            caption = self.form.findChild(QLabel, f"{name}Label")
            gesagt = text or self.tr("keine Angabe")
            self.values[name].setAccessibleName(f"{caption.text()} {gesagt}" if caption is not None else gesagt)
        with QSignalBlocker(self.itdl):
            self.itdl.clear()
            self.itdl.addItem(self.tr("(keiner)"), None)
            for row in it_dienstleister_liste(self.ctx.store):
                self.itdl.addItem(row.daten.name, row.daten.id)
            self.itdl.setCurrentIndex(max(0, self.itdl.findData(d.it_dienstleister_id)))
        sv = d.spitzenverband.value if d.spitzenverband else None
        self.spitzenverband.setCurrentIndex(max(0, self.spitzenverband.findData(sv)))
        self.ansprechpartner.setChecked(d.ansprechpartner_fuer_andere)
        # a refresh of the same Kommune (after another edit) must not wipe a note being typed
        same = previous is not None and previous.id == d.id
        if not (same and typed is not None) and self.notiz.toPlainText() != d.notiz:
            self.notiz.setPlainText(d.notiz)
        self.kontakte.set_rows(kontakte_von(self.ctx.store, d.id))

    def _einwohner(self, d: KommuneDetail) -> str:
        """A Gemeinde's own Einwohner; a Kreis's or Gemeindeverband's: those of its Gemeinden, as in the Gliederung."""
        if d.einwohner is not None:
            return format_value(d.einwohner)
        knoten = self.knoten_von(d.id) if self.knoten_von is not None else None
        if knoten is None or not knoten.gemeinden:
            return ""
        return self.tr("{n} (Summe der {g} Gemeinden)").format(
            n=format_value(knoten.einwohner), g=format_value(knoten.gemeinden)
        )

    # -- edits ---------------------------------------------------------------------------------
    def set_field(self, feld: str, wert: object, text: str) -> None:
        """Save one field as an undoable operation; a refused value puts the saved one back."""
        if self.detail is None:
            return
        kommune_id = self.detail.id  # the one written, even if the user picks another meanwhile
        if feld == "notiz":  # what is being saved no longer counts as typed-but-unsaved
            self.detail = replace(self.detail, notiz=str(wert).strip())

        def refused(_err: KpaktError) -> bool:
            if self.detail is not None and self.detail.id == kommune_id:
                self.show_kommune(kommune_id)
            return False  # the runner shows the message

        op = kommune_ops.feld_aendern(text, kommune_id, feld, wert)
        op.failed = refused
        self.ctx.run(op)

    def _itdl_chosen(self, index: int) -> None:
        if self.detail is not None and self.itdl.itemData(index) != self.detail.it_dienstleister_id:
            self.set_field(
                "it_dienstleister_id",
                self.itdl.itemData(index),
                self.tr("IT-Dienstleister von {name}").format(name=self.detail.name),
            )

    def _spitzenverband_chosen(self, index: int) -> None:
        value = self.spitzenverband.itemData(index)
        current = self.detail.spitzenverband.value if self.detail and self.detail.spitzenverband else None
        if self.detail is not None and value != current:
            self.set_field(
                "spitzenverband",
                Spitzenverband(value) if value else None,
                self.tr("Spitzenverband von {name}").format(name=self.detail.name),
            )

    def _ansprechpartner_clicked(self, checked: bool) -> None:
        if self.detail is not None:
            self.set_field(
                "ansprechpartner_fuer_andere",
                checked,
                self.tr("Ansprechpartner-Rolle von {name}").format(name=self.detail.name),
            )

    def _notiz_changed(self) -> bool:
        return self.detail is not None and self.notiz.toPlainText().strip() != self.detail.notiz

    def _save_notiz(self) -> None:
        if self.detail is not None and self._notiz_changed():
            self.set_field("notiz", self.notiz.toPlainText(), self.tr("Notiz zu {name}").format(name=self.detail.name))

    # -- Kontakte ------------------------------------------------------------------------------
    def _selected_kontakt(self) -> KontaktDaten | None:
        rows = self.kontakte_view.selectionModel().selectedRows()
        return self.kontakte.row_at(rows[0].row()) if rows else None

    def add_kontakt(self) -> None:
        if self.detail is None:
            return
        leer = KontaktDaten(None, self.detail.id, "", KontaktFunktion.OZG_BEAUFTRAGTE, organisation=self.detail.name)
        daten = KontaktDialog(self, leer).exec()
        if daten is not None:
            self._save_kontakt(None, daten, self.tr("Kontakt {name} anlegen").format(name=daten.name))

    def edit_kontakt(self) -> None:
        vorher = self._selected_kontakt()
        if vorher is None:
            return
        daten = KontaktDialog(self, vorher).exec()
        if daten is not None and daten != vorher:
            self._save_kontakt(vorher, daten, self.tr("Kontakt {name} bearbeiten").format(name=daten.name))

    def _save_kontakt(self, vorher: KontaktDaten | None, daten: KontaktDaten, text: str) -> None:
        self.ctx.run(kommune_ops.kontakt_speichern(text, vorher, daten, self.ctx.benutzer))

    def remove_kontakt(self) -> None:
        daten = self._selected_kontakt()
        if daten is None or daten.id is None:
            return
        if not msgbox.ask(
            self, self.tr("Kontakt entfernen"), self.tr("{name} aus den Kontakten entfernen?").format(name=daten.name)
        ):
            return
        self.ctx.run(kommune_ops.kontakt_entfernen(self.tr("Kontakt {name} entfernen").format(name=daten.name), daten))
