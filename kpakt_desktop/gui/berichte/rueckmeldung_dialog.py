"""Review of returned Rückmeldebögen: per Kommune what changes (old → new), conflicts flagged, tick what to take.

Also shown: files that were refused (every problem named), Bemerkungen kept on their own, steps
back in the status (confirmed when taking them), and names of Fachverfahren/Hersteller that
resemble an existing one, each with a choice: the existing record or a new one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
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

from kpakt_desktop.gui import meldungen, msgbox
from kpakt_desktop.services.nachnutzung import Vorschlag
from kpakt_desktop.services.rueckmeldung.pruefung import Pruefung, ZeilenAenderung

KEY_ROLE = Qt.ItemDataRole.UserRole
KONFLIKT_FARBE = QColor("#F8D7D3")
RUECKSCHRITT_FARBE = QColor("#FFF1C2")
FEHLER_FARBE = QColor("#A12622")


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
        self.rueckschritte_bestaetigt = False
        text = self.tr(
            "Bögen: {files} · Nachnutzungen mit Änderungen: {rows} · davon mit Konflikt: {conflicts}. "
            "Konflikte (rot) wurden seit dem Versand auch in der Datenbank geändert; sie sind nicht "
            "ausgewählt. Übernommene Änderungen stehen in der Historie als „per Rückmeldebogen vom …“."
        ).format(files=len(pruefung.rueckmeldungen), rows=pruefung.aenderungen, conflicts=pruefung.konflikte)
        bemerkungen = sum(z.nur_bemerkung for _, z in pruefung.zeilen)
        if bemerkungen:
            text += " " + self.tr("Bemerkungen ohne andere Änderung: {n} (werden in der Historie gespeichert).").format(
                n=bemerkungen
            )
        if pruefung.abgelehnt:
            text += " " + self.tr("Nicht eingelesen: {n} Bögen (siehe unten, jedes Problem mit Zelle).").format(
                n=len(pruefung.abgelehnt)
            )
        summary = QLabel(text)
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
        self.tree.setColumnWidth(0, 300)
        self.tree.setColumnWidth(2, 240)
        layout.addWidget(self.tree, 1)
        self.items: dict[str, QTreeWidgetItem] = {}
        self.zeilen: dict[str, ZeilenAenderung] = {}
        self.zuordnung_combos: dict[tuple[str, str], QComboBox] = {}
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
                leer = self.tr("bereits übernommen") if r.bereits else self.tr("keine Änderungen")
                top.addChild(QTreeWidgetItem(["", leer, ""]))
            for z in r.zeilen:
                item = self._zeile(z)
                top.addChild(item)
                for v in z.vorschlaege:
                    self._vorschlag(item, v, z)
                item.setExpanded(True)
            hinweise = list(r.hinweise)
            if r.bereits and r.zeilen:
                nrs = ", ".join(str(nr) for nr in r.bereits)
                hinweise.insert(0, self.tr("bereits übernommen: Leistung {nrs}").format(nrs=nrs))
            for hinweis in hinweise:
                item = QTreeWidgetItem(["", self.tr("Hinweis: {h}").format(h=meldungen.text(hinweis)), ""])
                item.setForeground(1, QBrush(QColor("#555555")))
                top.addChild(item)
            top.setExpanded(True)
        for a in pruefung.abgelehnt:
            top = QTreeWidgetItem(
                [a.datei.name, self.tr("nicht eingelesen: nichts aus diesem Bogen wird übernommen"), ""]
            )
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setForeground(1, QBrush(FEHLER_FARBE))
            self.tree.addTopLevelItem(top)
            for p in a.probleme:
                ort = self.tr("Zelle {z}").format(z=p.zelle) if p.zelle else ""
                item = QTreeWidgetItem([ort, meldungen.text(p.kurz), ""])
                item.setToolTip(1, meldungen.text(p.meldung))
                item.setForeground(1, QBrush(FEHLER_FARBE))
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
        self.box.accepted.connect(self._annehmen)
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
        if z.nur_bemerkung:
            text = self.tr("Werte unverändert; die Bemerkung wird in der Historie gespeichert")
        if z.rueckschritt:
            text += "\n" + self.tr("Schritt zurück im Status: beim Übernehmen wird nachgefragt")
        titel = f"{z.leistung_nr} {z.leistung}" + (self.tr(" – Konflikt") if z.konflikt else "")
        if z.rueckschritt:
            titel += self.tr(" – Schritt zurück")
        item = QTreeWidgetItem([titel, text, z.bemerkung or ""])
        item.setToolTip(1, text)
        if z.bemerkung:
            item.setToolTip(2, z.bemerkung)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Unchecked if z.konflikt else Qt.CheckState.Checked)
        item.setData(0, KEY_ROLE, z.schluessel)
        if z.rueckschritt:
            for col in range(3):
                item.setBackground(col, QBrush(RUECKSCHRITT_FARBE))
            item.setToolTip(0, self.tr("Der Status geht zurück; beim Übernehmen wird noch einmal nachgefragt."))
        if z.konflikt:
            for col in range(3):
                item.setBackground(col, QBrush(KONFLIKT_FARBE))
            item.setToolTip(
                0,
                self.tr("Seit dem Versand des Bogens in der Datenbank geändert. Angekreuzt gilt die Rückmeldung."),
            )
        self.items[z.schluessel] = item
        self.zeilen[z.schluessel] = z
        return item

    def _vorschlag(self, parent: QTreeWidgetItem, v: Vorschlag, z: ZeilenAenderung) -> None:
        """A choice for a typed name close to an existing record: that record, or a new one."""
        frage = self.tr("{art} „{name}“ gibt es nicht:").format(art=v.art_label, name=v.eingabe)
        child = QTreeWidgetItem(["", "", ""])
        parent.addChild(child)
        key = (v.art, v.eingabe)
        if key in self.zuordnung_combos:
            child.setText(1, frage + " " + self.tr("Zuordnung wie oben"))
            return
        zeile = QWidget(self.tree)  # parents from the start: Qt owns every widget of the row
        box = QHBoxLayout(zeile)
        box.setContentsMargins(0, 0, 0, 0)
        label = QLabel(frage, zeile)
        label.setMinimumWidth(label.sizeHint().width())
        box.addWidget(label)
        combo = QComboBox(zeile)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setObjectName(f"zuordnung_{v.art}_{len(self.zuordnung_combos)}")
        combo.setAccessibleName(frage)
        for name in v.aehnlich:
            combo.addItem(self.tr("„{name}“ verwenden").format(name=name), name)
        combo.addItem(self.tr("„{name}“ neu anlegen").format(name=v.eingabe), v.eingabe)
        combo.setToolTip(
            self.tr("Leistung {nr}: ein neuer Eintrag wäre ein zweiter Stammsatz für wohl denselben {art}.").format(
                nr=z.leistung_nr, art=v.art_label
            )
        )
        box.addWidget(combo)
        box.addStretch(1)
        self.tree.setItemWidget(child, 1, zeile)
        self.zuordnung_combos[key] = combo

    def zuordnung(self) -> dict[tuple[str, str], str]:
        """The chosen name for every typed name close to an existing one: (art, typed) → name."""
        return {key: str(combo.currentData()) for key, combo in self.zuordnung_combos.items()}

    def _annehmen(self) -> None:
        zurueck = [self.zeilen[k] for k in sorted(self.auswahl()) if self.zeilen[k].rueckschritt]
        if zurueck:
            liste = "\n".join(
                f"{z.leistung_nr} {z.leistung}: "
                + " ".join(f"{x.alt} → {x.neu}" for x in z.felder if x.feld == "status")
                for z in zurueck
            )
            frage = self.tr(
                "Diese Nachnutzungen gehen im Status zurück:\n{liste}\n\nStimmt das (z. B. ein Test ist "
                "gescheitert)? Mit „Nein“ bleiben Sie in der Vorschau und können sie abwählen."
            ).format(liste=liste)
            if not msgbox.ask(self, self.tr("Schritt zurück bestätigen"), frage):
                return
        self.rueckschritte_bestaetigt = bool(zurueck)
        self.accept()

    def _alle(self, an: bool) -> None:
        state = Qt.CheckState.Checked if an else Qt.CheckState.Unchecked
        for item in self.items.values():
            item.setCheckState(0, state)

    def _update_ok(self) -> None:
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.auswahl()))

    def auswahl(self) -> set[str]:
        """Keys ("<ARS>/<Leistung>") of the ticked rows."""
        return {key for key, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked}
