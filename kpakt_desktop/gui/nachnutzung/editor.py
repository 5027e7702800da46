"""The cell editor (Designer form ``ui/nachnutzung_editor.ui``) for one cell or many at once.

One cell: the form shows its values; only what the user changes is written. Many cells:
every field starts as "(unverändert)" and only fields the user sets are applied to all.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.status import Anbindungsart, Status, erlaubte_folge
from kpakt_desktop.gui import msgbox, vocab_text
from kpakt_desktop.gui.barrierefrei import rollbar
from kpakt_desktop.gui.datum import DatumFeld
from kpakt_desktop.gui.form import child
from kpakt_desktop.gui.row_table import format_value
from kpakt_desktop.gui.ui_loader import load_form
from kpakt_desktop.services.nachnutzung import (
    STUFEN,
    Aenderung,
    Auswahl,
    FachverfahrenAngabe,
    ZellDaten,
    geplant_feld,
    stammdaten_vorschlaege,
    zugeordnet,
)

UNVERAENDERT = "__unveraendert__"


def ziel_status(statuses: Sequence[Status]) -> list[Status]:
    """Statuses every one of the selected cells may move to (or already has)."""
    return [t for t in Status if all(t is s or t in erlaubte_folge(s) for s in statuses)]


class NachnutzungEditor(QObject):
    def __init__(
        self,
        parent: QWidget | None,
        auswahl: Auswahl,
        zellen: Sequence[ZellDaten],
        *,
        heute: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.dialog = cast(QDialog, load_form("nachnutzung_editor", parent))
        self.zellen = list(zellen)
        self.einzeln = len(self.zellen) == 1
        self.auswahl = auswahl
        self.heute = heute or date.today()
        self.aenderung: Aenderung | None = None
        f = self.dialog.findChild
        self.status = cast(QComboBox, f(QComboBox, "statusCombo"))
        self.datum = child(self.dialog, DatumFeld, "datumEdit")
        self.fachverfahren = cast(QComboBox, f(QComboBox, "fachverfahrenCombo"))
        self.hersteller = cast(QComboBox, f(QComboBox, "herstellerCombo"))
        self.anbindung = cast(QComboBox, f(QComboBox, "anbindungCombo"))
        self.itdl = cast(QComboBox, f(QComboBox, "itdlCombo"))
        self.kosten_e = cast(QLineEdit, f(QLineEdit, "kostenEinmaligEdit"))
        self.kosten_j = cast(QLineEdit, f(QLineEdit, "kostenJaehrlichEdit"))
        self.first_mover = cast(QCheckBox, f(QCheckBox, "firstMoverCheck"))
        self.notiz = cast(QPlainTextEdit, f(QPlainTextEdit, "notizEdit"))
        self.aenderung_notiz = cast(QLineEdit, f(QLineEdit, "aenderungNotizEdit"))
        self.geplant = {st: child(self.dialog, DatumFeld, f"geplant_{st.value}") for st in STUFEN}
        self.erreicht = {st: cast(QLabel, f(QLabel, f"erreicht_{st.value}")) for st in STUFEN}
        self.buttons = cast(QDialogButtonBox, f(QDialogButtonBox, "buttonBox"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.dialog.reject)
        rollbar(self.dialog)  # at 200 % the form scrolls, OK/Abbrechen stay visible
        self._fill()

    # -- filling ------------------------------------------------------------------------------
    def _fill(self) -> None:
        d = self.dialog
        kopf = cast(QLabel, d.findChild(QLabel, "kopfLabel"))
        hinweis = cast(QLabel, d.findChild(QLabel, "hinweisLabel"))
        unv = self.tr("(unverändert)")
        self.datum.einrichten(self.tr("Status gültig ab"), pflicht=True, hoechstens=self.heute)
        self.datum.set_datum(self.heute)
        for st, geplant_edit in self.geplant.items():
            geplant_edit.einrichten(self.tr("geplant: {stufe}").format(stufe=vocab_text.label(st)))
            if not self.einzeln:
                geplant_edit.setPlaceholderText(unv)
        for kosten in (self.kosten_e, self.kosten_j):
            kosten.setValidator(QIntValidator(0, 999_999_999, kosten))
        self.fachverfahren.addItem("", None)
        for fv in self.auswahl.fachverfahren:
            self.fachverfahren.addItem(fv.name, fv.hersteller)
        self.fachverfahren.activated.connect(self._fv_gewaehlt)
        self.hersteller.addItem("")
        self.hersteller.addItems(self.auswahl.hersteller)
        self.anbindung.addItem("", None)
        for art in Anbindungsart:
            self.anbindung.addItem(vocab_text.label(art), art.value)
        self.itdl.addItem("", None)
        for w in self.auswahl.it_dienstleister:
            self.itdl.addItem(w.text, w.id)
        if self.einzeln:
            z = self.zellen[0]
            d.setWindowTitle(self.tr("Nachnutzung bearbeiten – {k}").format(k=z.kommune))
            kopf.setText(
                self.tr("<b>{k}</b> (ARS {ars}) – Leistung {nr} {name}").format(
                    k=z.kommune, ars=z.ars, nr=z.leistung_nr, name=z.leistung
                )
            )
            for st in ziel_status([z.status]):  # lifecycle order, the current status selected
                self.status.addItem(vocab_text.label(st), st.value)
            self.status.setCurrentIndex(self.status.findData(z.status.value))
            self.fachverfahren.setCurrentText(z.fachverfahren or "")
            self.hersteller.setCurrentText(z.hersteller or "")
            art_code = z.anbindungsart.value if z.anbindungsart else None
            self.anbindung.setCurrentIndex(max(0, self.anbindung.findData(art_code)))
            self.itdl.setCurrentIndex(max(0, self.itdl.findData(z.it_dienstleister_id)))
            self.kosten_e.setText("" if z.kosten_einmalig is None else str(z.kosten_einmalig))
            self.kosten_j.setText("" if z.kosten_jaehrlich is None else str(z.kosten_jaehrlich))
            self.first_mover.setChecked(z.first_mover)
            self.notiz.setPlainText(z.notiz or "")
            for stufe in z.stufen:
                self.geplant[stufe.status].set_datum(stufe.geplant)
                self.erreicht[stufe.status].setText(format_value(stufe.erreicht) if stufe.erreicht else "–")
                # The reached date sits in a label no Tab reaches: the planned-date field says it too.
                self.geplant[stufe.status].setAccessibleDescription(
                    self.tr("erreicht am {datum}").format(datum=format_value(stufe.erreicht))
                    if stufe.erreicht
                    else self.tr("noch nicht erreicht")
                )
            if z.status is Status.NICHT_MEHR_ZUSTAENDIG:
                hinweis.setText(
                    self.tr("Diese Kommune ist für die Leistung nicht mehr zuständig; die Daten bleiben erhalten.")
                )
        else:
            n = len(self.zellen)
            d.setWindowTitle(self.tr("{n} Nachnutzungen gemeinsam bearbeiten").format(n=n))
            kommunen = len({z.kommune_id for z in self.zellen})
            kopf.setText(self.tr("<b>{n} Zellen</b> in {k} Kommunen ausgewählt").format(n=n, k=kommunen))
            hinweis.setText(
                self.tr(
                    "Nur Felder, die Sie setzen, werden für alle Zellen übernommen; leere Felder bleiben "
                    "unverändert. Jede Zelle erhält einen eigenen Eintrag in der Historie; die ganze Änderung "
                    "lässt sich mit Strg+Z in einem Schritt zurücknehmen."
                )
            )
            self.status.addItem(unv, UNVERAENDERT)
            for st in ziel_status([z.status for z in self.zellen]):
                self.status.addItem(vocab_text.label(st), st.value)
            for combo in (self.anbindung, self.itdl):
                combo.setItemText(0, unv)
            for line in (self.fachverfahren.lineEdit(), self.hersteller.lineEdit(), self.kosten_e, self.kosten_j):
                if line is not None:
                    line.setPlaceholderText(unv)
            self.notiz.setPlaceholderText(unv)
            self.first_mover.setTristate(True)
            self.first_mover.setCheckState(Qt.CheckState.PartiallyChecked)
            self.first_mover.setToolTip(self.tr("Halb gesetzt: unverändert"))
        self.status.currentIndexChanged.connect(self._status_gewaehlt)
        self._status_gewaehlt()

    def _fv_gewaehlt(self, index: int) -> None:
        hersteller = self.fachverfahren.itemData(index)
        if hersteller:
            self.hersteller.setCurrentText(hersteller)

    def _status_gewaehlt(self) -> None:
        # The real date only matters when the status changes.
        code = self.status.currentData()
        changes = code not in (UNVERAENDERT, None) and (not self.einzeln or Status(code) is not self.zellen[0].status)
        self.datum.setEnabled(changes)

    # -- reading back ---------------------------------------------------------------------------
    def _kosten(self, edit: QLineEdit, feld: str) -> tuple[bool, int | None]:
        text = edit.text().replace(".", "").replace(" ", "").strip()
        if not text:
            return (self.einzeln, None)  # single cell: empty clears; many cells: unchanged
        if not text.isdigit():
            raise ValueError(self.tr("{f}: bitte einen ganzen Euro-Betrag angeben.").format(f=feld))
        return True, int(text)

    def werte(self) -> dict[str, Any]:
        """The fields to write (only those changed / set)."""
        w: dict[str, Any] = {}
        code = self.status.currentData()
        if code not in (UNVERAENDERT, None):
            w["status"] = Status(code)
        fv_name = self.fachverfahren.currentText().strip()
        hst = self.hersteller.currentText().strip() or None
        if self.einzeln or fv_name:
            w["fachverfahren"] = FachverfahrenAngabe(fv_name, hst) if fv_name else None
        if self.einzeln or self.anbindung.currentIndex() > 0:
            data = self.anbindung.currentData()
            w["anbindungsart"] = Anbindungsart(data) if data else None
        if self.einzeln or self.itdl.currentIndex() > 0:
            w["it_dienstleister_id"] = self.itdl.currentData()
        for edit, feld, label in (
            (self.kosten_e, "kosten_einmalig", self.tr("Kosten einmalig")),
            (self.kosten_j, "kosten_jaehrlich", self.tr("Kosten jährlich")),
        ):
            setzen, betrag = self._kosten(edit, label)
            if setzen:
                w[feld] = betrag
        state = self.first_mover.checkState()
        if state != Qt.CheckState.PartiallyChecked:
            w["first_mover"] = state == Qt.CheckState.Checked
        notiz = self.notiz.toPlainText().strip()
        if self.einzeln or notiz:
            w["notiz"] = notiz or None
        for st, geplant_edit in self.geplant.items():
            value = geplant_edit.datum()
            if self.einzeln or value is not None:
                w[geplant_feld(st)] = value
        if self.einzeln:
            w = self._nur_geaenderte(w)
        return w

    def _nur_geaenderte(self, w: dict[str, Any]) -> dict[str, Any]:
        z = self.zellen[0]
        alt: dict[str, Any] = {
            "status": z.status,
            "anbindungsart": z.anbindungsart,
            "it_dienstleister_id": z.it_dienstleister_id,
            "kosten_einmalig": z.kosten_einmalig,
            "kosten_jaehrlich": z.kosten_jaehrlich,
            "first_mover": z.first_mover,
            "notiz": z.notiz,
            **{geplant_feld(s.status): s.geplant for s in z.stufen},
        }
        result = {k: v for k, v in w.items() if k != "fachverfahren" and alt.get(k, object()) != v}
        fv = w.get("fachverfahren")
        if (fv.name if fv else None) != z.fachverfahren or (fv.hersteller if fv else None) != (
            z.hersteller if fv else None
        ):
            result["fachverfahren"] = fv
        return result

    def _stammdaten(self, angabe: FachverfahrenAngabe) -> FachverfahrenAngabe | None:
        """Ask for every typed name close to an existing Fachverfahren or Hersteller which one is
        meant, so that no second master record comes from a different spelling (None: cancelled)."""
        vorschlaege = stammdaten_vorschlaege(
            angabe, [fv.name for fv in self.auswahl.fachverfahren], self.auswahl.hersteller
        )
        zuordnung: dict[tuple[str, str], str] = {}
        for v in vorschlaege:
            optionen = [self.tr("Vorhandenen „{name}“ verwenden").format(name=name) for name in v.aehnlich]
            optionen.append(self.tr("„{name}“ neu anlegen").format(name=v.eingabe))
            text = self.tr(
                "{art} „{name}“ gibt es noch nicht. Ähnlich geschrieben ist: {aehnlich}.\n\n"
                "Ist derselbe gemeint? Ein neuer Eintrag wäre ein zweiter Stammsatz, der in der "
                "Nachfrage-Bündelung getrennt gezählt wird."
            ).format(art=v.art_label, name=v.eingabe, aehnlich=", ".join(f"„{x}“" for x in v.aehnlich))
            wahl = msgbox.choose(self.dialog, self.tr("Ähnlicher Name"), text, optionen)
            if wahl is None:
                return None
            zuordnung[(v.art, v.eingabe)] = v.aehnlich[wahl] if wahl < len(v.aehnlich) else v.eingabe
        return zugeordnet(angabe, zuordnung)

    def _accept(self) -> None:
        try:
            werte = self.werte()
            datum = self.datum.datum() if "status" in werte else None
        except (ValueError, InputError) as err:
            msgbox.error(self.dialog, self.tr("Eingabe prüfen"), str(err))
            return
        if werte.get("fachverfahren") is not None:
            angabe = self._stammdaten(werte["fachverfahren"])
            if angabe is None:
                return  # the user cancelled the question: back to the form
            werte["fachverfahren"] = angabe
            z = self.zellen[0]
            if self.einzeln and (angabe.name, angabe.hersteller) == (z.fachverfahren, z.hersteller):
                del werte["fachverfahren"]  # the typed name meant the record the cell already has
        if not werte:
            self.dialog.reject()  # nothing changed: nothing to write, nothing to undo
            return
        self.aenderung = Aenderung(
            werte,
            gueltig_ab=datum,
            notiz=self.aenderung_notiz.text().strip() or None,
            versionen={z.id: z.version for z in self.zellen},  # a cell changed meanwhile is a conflict
        )
        self.dialog.accept()
