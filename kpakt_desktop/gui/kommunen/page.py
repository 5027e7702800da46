"""Kommunen: flat table with search-as-you-type, the Kreis tree, IT-Dienstleister, and the detail panel."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.domain.teams import KontaktFunktion
from kpakt_desktop.gui import gc_guard, msgbox, vocab_text
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.kommunen import operations as kommune_ops
from kpakt_desktop.gui.kommunen.baum_filter import BaumFilter
from kpakt_desktop.gui.kommunen.baum_model import KommunenBaum
from kpakt_desktop.gui.kommunen.detail import KommuneDetailPanel
from kpakt_desktop.gui.kommunen.dialogs import Auswahl, ITDLDialog
from kpakt_desktop.gui.kommunen.gv_import import AufloesungDialog, gemeindeverzeichnis_aktualisieren
from kpakt_desktop.gui.kommunen.tabelle_model import ID_ROLE, KommunenTabelle
from kpakt_desktop.gui.pages.base import Page, heading
from kpakt_desktop.gui.row_table import Column, RowTableModel, format_value
from kpakt_desktop.gui.views import Tabelle
from kpakt_desktop.gui.zellzeichner import SchlichteZellen
from kpakt_desktop.services.aufloesung import offene_aufloesungen
from kpakt_desktop.services.changes import ChangeSet, Entity
from kpakt_desktop.services.it_dienstleister import (
    ITDLDaten,
    ITDLZeile,
    it_dienstleister_liste,
    kommunen_von,
)
from kpakt_desktop.services.kommunen import kommunen_baum, kommunen_zeilen
from kpakt_desktop.services.kontakte import email_adressen

TAB_TABELLE, TAB_BAUM, TAB_ITDL = range(3)


def itdl_columns() -> list[Column[ITDLZeile]]:
    return [
        Column(QCoreApplication.translate("Column", "Name"), lambda r: r.daten.name),
        Column(QCoreApplication.translate("Column", "Ansprechpartner/in"), lambda r: r.daten.ansprechpartner),
        Column(QCoreApplication.translate("Column", "E-Mail"), lambda r: r.daten.email),
        Column(QCoreApplication.translate("Column", "Telefon"), lambda r: r.daten.telefon),
        Column(QCoreApplication.translate("Column", "Kommunen"), lambda r: r.kommunen, numeric=True),
        Column(QCoreApplication.translate("Column", "Einwohner"), lambda r: r.einwohner, numeric=True),
    ]


class KommunenPage(Page):
    SHOWS = frozenset({Entity.KOMMUNE, Entity.KONTAKT, Entity.IT_DIENSTLEISTER, Entity.LAND})

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Kommunen")))
        layout.addLayout(self._build_toolbar())
        splitter = QSplitter()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_table(), self.tr("Tabelle"))
        self.tabs.addTab(self._build_tree(), self.tr("Gliederung"))
        self.tabs.addTab(self._build_itdl(), self.tr("IT-Dienstleister"))
        self.tabs.currentChanged.connect(self._tab_gewechselt)
        splitter.addWidget(self.tabs)
        self.detail = KommuneDetailPanel(ctx, self.tree_model.knoten_von)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([820, 400])
        layout.addWidget(splitter, 1)
        self.current_id: int | None = None
        self.refresh()

    # -- construction -------------------------------------------------------------------------
    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("kommunenSuche")
        self.search.setPlaceholderText(self.tr("Suchen nach Name, ARS, AGS oder PLZ …"))
        self.search.setAccessibleName(self.tr("Kommunen suchen"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        bar.addWidget(self.search, 2)
        self.show_dissolved = QCheckBox(self.tr("aufgelöste zeigen"))
        self.show_dissolved.setObjectName("aufgeloesteZeigen")
        self.show_dissolved.toggled.connect(self._filter)
        bar.addWidget(self.show_dissolved)
        self.count = QLabel()
        self.count.setObjectName("kommunenAnzahl")
        bar.addWidget(self.count, 1)
        self.assign_button = QPushButton(self.tr("IT-Dienstleister &zuweisen…"))
        self.assign_button.setObjectName("itdlZuweisen")
        self.assign_button.setToolTip(self.tr("Den gewählten Kommunen einen IT-Dienstleister zuweisen"))
        self.assign_button.clicked.connect(self.assign_itdl)
        bar.addWidget(self.assign_button)
        self.mail_button = QToolButton()
        self.mail_button.setObjectName("emailKopieren")
        self.mail_button.setText(self.tr("E-Mail-Adressen kopieren"))
        self.mail_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.mail_button)
        menu.addAction(self.tr("alle Kontakte"), partial(self.copy_emails, None))
        menu.addSeparator()
        for funktion in KontaktFunktion:
            menu.addAction(vocab_text.label(funktion), partial(self.copy_emails, funktion))
        self.mail_button.setMenu(menu)
        bar.addWidget(self.mail_button)
        self.aufloesung_button = QPushButton()
        self.aufloesung_button.setObjectName("aufloesungen")
        self.aufloesung_button.clicked.connect(self.decide_dissolved)
        bar.addWidget(self.aufloesung_button)
        for control in (self.assign_button, self.aufloesung_button):  # only the Koordination changes these
            self.ctx.schreibschutz.schreibend(control, None)
        return bar

    def _build_table(self) -> QTableView:
        self.model = KommunenTabelle()
        self.table = QTableView()
        self.table.setObjectName("kommunenTabelle")
        self.table.setAccessibleName(self.tr("Kommunen"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(SchlichteZellen(self.table, self.model.zellbild))  # one frame per keystroke
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((200, 105, 75, 120, 80, 150, 150, 160, 80, 160)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._table_current)
        self.model.modelReset.connect(self._after_rows_changed)
        return self.table

    def _build_tree(self) -> QTreeView:
        self.tree_model = KommunenBaum()
        self.tree = QTreeView()
        self.tree.setObjectName("kommunenBaum")
        self.tree.setAccessibleName(self.tr("Gliederung nach Kreisen"))
        self.tree_filter = BaumFilter(self.tree_model, self)  # the search applies here too
        self.tree.setModel(self.tree_filter)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.selectionModel().currentChanged.connect(self._tree_current)
        return self.tree

    def _build_itdl(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.itdl_model: RowTableModel[ITDLZeile] = RowTableModel(itdl_columns())
        self.itdl_view = Tabelle()  # Eingabetaste = Doppelklick: bearbeiten
        self.itdl_view.setObjectName("itdlTabelle")
        self.itdl_view.setAccessibleName(self.tr("IT-Dienstleister"))
        self.itdl_view.setModel(self.itdl_model)
        self.itdl_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itdl_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itdl_view.verticalHeader().setVisible(False)
        self.itdl_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.itdl_view.selectionModel().currentRowChanged.connect(self._itdl_current)
        self.itdl_view.doubleClicked.connect(self.edit_itdl)
        layout.addWidget(self.itdl_view, 2)
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("itdlNeu", self.tr("&Neu…"), self.new_itdl),
            ("itdlBearbeiten", self.tr("Bea&rbeiten…"), self.edit_itdl),
            ("itdlEntfernen", self.tr("&Entfernen"), self.remove_itdl),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            self.ctx.schreibschutz.schreibend(button, None)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.itdl_kommunen_label = QLabel(self.tr("Betreute Kommunen"))
        layout.addWidget(self.itdl_kommunen_label)
        self.itdl_kommunen = QListWidget()
        self.itdl_kommunen.setObjectName("itdlKommunen")
        self.itdl_kommunen.setAccessibleName(self.tr("Betreute Kommunen"))
        self.itdl_kommunen_label.setBuddy(self.itdl_kommunen)
        self.itdl_kommunen.itemActivated.connect(self._itdl_kommune_activated)
        layout.addWidget(self.itdl_kommunen, 1)
        return box

    # -- data ----------------------------------------------------------------------------------
    def apply_changes(self, changes: ChangeSet) -> None:
        """An edit of some Kommunen updates just their rows (16,000 rows at national size)."""
        ids = changes.ids_of(Entity.KOMMUNE)
        if ids is None or changes.touches(Entity.LAND):
            self.refresh()
            return
        self.model.update_rows(kommunen_zeilen(self.ctx.store, ids))
        if changes.touches(Entity.IT_DIENSTLEISTER):
            self._reload_itdl()
        self.detail.show_kommune(self.current_id)

    def _reload_itdl(self) -> None:
        itdl_row = self.itdl_view.currentIndex().row()
        self.itdl_model.set_rows(it_dienstleister_liste(self.ctx.store))
        if 0 <= itdl_row < self.itdl_model.rowCount():
            self.itdl_view.selectRow(itdl_row)

    def reload(self) -> None:
        self.model.set_rows(kommunen_zeilen(self.ctx.store))
        self.tree_model.set_roots(kommunen_baum(self.ctx.store))
        self._baum_filtern()
        self._reload_itdl()
        offen = len(offene_aufloesungen(self.ctx.store))
        self.aufloesung_button.setText(self.tr("Aufgelöste Kommunen ({n})…").format(n=offen))
        self.aufloesung_button.setVisible(offen > 0)
        self.detail.show_kommune(self.current_id)
        gc_guard.nach_grossem_laden()  # 16,000 rows: collected now, not at the first keystroke

    def _filter(self) -> None:
        self.model.set_filter(self.search.text(), aufgeloeste=self.show_dissolved.isChecked())
        self.table.doItemsLayout()  # now, not on the next event: the filtered rows are painted once
        self._baum_filtern()
        self._after_rows_changed()

    def _tab_gewechselt(self, _index: int) -> None:
        self._baum_filtern()
        self._zaehlen()

    def _baum_filtern(self) -> None:
        """The Gliederung shows the Kommunen the search finds (with the Kreise above them); it is
        filtered when it is shown, so typing in the table's search does not wait for it."""
        if self.tabs.currentIndex() != TAB_BAUM:
            return
        if not self.search.text().strip():
            self.tree_filter.set_treffer(None)
            return
        self.tree_filter.set_treffer({self.model.row_at(r).id for r in range(self.model.rowCount())})
        self.tree.expandAll()

    def _after_rows_changed(self) -> None:
        """Count the rows shown; the chosen Kommune, if shown, is the one selected row and in view."""
        self._zaehlen()
        if self.current_id is not None:
            row = self.model.row_of(self.current_id)
            if row is not None:
                index = self.model.index(row, 0)
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self.table.scrollTo(index)

    def _zaehlen(self) -> None:
        if self.tabs.currentIndex() == TAB_BAUM:  # the hits the Gliederung shows
            shown, total = self.tree_filter.anzahl(), self.tree_filter.gesamt()
        else:
            shown, total = self.model.rowCount(), self.model.total
        self.count.setText(self.tr("{shown} von {total}").format(shown=format_value(shown), total=format_value(total)))

    def _table_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(current.data(ID_ROLE))

    def _tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(current.data(ID_ROLE))

    def _itdl_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.itdl_kommunen.clear()
        if not current.isValid():
            return
        row = self.itdl_model.row_at(current.row())
        self.itdl_kommunen_label.setText(self.tr("Betreute Kommunen von {name}").format(name=row.daten.name))
        for kommune_id, name, ars in kommunen_von(self.ctx.store, row.daten.id or 0):
            self.itdl_kommunen.addItem(f"{name} ({ars})")
            self.itdl_kommunen.item(self.itdl_kommunen.count() - 1).setData(Qt.ItemDataRole.UserRole, kommune_id)

    def _itdl_kommune_activated(self, item: QListWidgetItem) -> None:
        self._select(item.data(Qt.ItemDataRole.UserRole), switch=True)

    def _show(self, kommune_id: int) -> None:
        if kommune_id != self.current_id:
            self.current_id = kommune_id
            self.detail.show_kommune(kommune_id)

    def _select(self, kommune_id: int, *, switch: bool = False) -> None:
        self._show(kommune_id)
        if switch:
            self.tabs.setCurrentIndex(TAB_TABELLE)
            row = self.model.row_of(kommune_id)
            if row is None:
                self.search.clear()
                row = self.model.row_of(kommune_id)
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))

    def selected_ids(self) -> list[int]:
        """The Kommunen the bulk actions work on: selected rows, or the chosen tree node and all below it."""
        if self.tabs.currentIndex() == TAB_BAUM:
            return self.tree_model.ids_below(self.tree_filter.mapToSource(self.tree.currentIndex()))
        return [self.model.row_at(i.row()).id for i in self.table.selectionModel().selectedRows()]

    # -- bulk actions --------------------------------------------------------------------------
    def copy_emails(self, funktion: KontaktFunktion | None) -> list[str]:
        ids = self.selected_ids()
        title = self.tr("E-Mail-Adressen kopieren")
        if not ids:
            msgbox.info(
                self, title, self.tr("Bitte zuerst Kommunen in der Tabelle oder einen Kreis in der Gliederung wählen.")
            )
            return []
        adressen = email_adressen(self.ctx.store, ids, funktion)
        if not adressen:
            msgbox.info(
                self, title, self.tr("Die gewählten Kommunen haben keine passenden Kontakte mit E-Mail-Adresse.")
            )
            return []
        QGuiApplication.clipboard().setText("; ".join(adressen))
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(
                self.tr("{n} E-Mail-Adressen in die Zwischenablage kopiert.").format(n=len(adressen)), 5000
            )
        return adressen

    def assign_itdl(self) -> None:
        ids = self.selected_ids()
        title = self.tr("IT-Dienstleister zuweisen")
        if not ids:
            msgbox.info(
                self, title, self.tr("Bitte zuerst Kommunen in der Tabelle oder einen Kreis in der Gliederung wählen.")
            )
            return
        items = [(self.tr("(keiner)"), None)] + [
            (row.daten.name, row.daten.id) for row in it_dienstleister_liste(self.ctx.store)
        ]
        ok, itdl_id = Auswahl(
            self, title, self.tr("IT-Dienstleister für {n} Kommunen:").format(n=len(ids)), items
        ).choose()
        if ok:
            self.assign_itdl_to(ids, itdl_id)

    def assign_itdl_to(self, ids: list[int], itdl_id: int | None) -> None:
        text = self.tr("IT-Dienstleister für {n} Kommunen zuweisen").format(n=len(ids))
        self.ctx.run(kommune_ops.itdl_zuweisen(text, ids, itdl_id))

    # -- IT-Dienstleister ----------------------------------------------------------------------
    def _current_itdl(self) -> ITDLDaten | None:
        index = self.itdl_view.currentIndex()
        return self.itdl_model.row_at(index.row()).daten if index.isValid() else None

    def new_itdl(self) -> None:
        daten = ITDLDialog(self, ITDLDaten(None, "")).exec()
        if daten is not None:
            self._save_itdl(None, daten)

    def edit_itdl(self) -> None:
        vorher = self._current_itdl()
        if vorher is not None:
            daten = ITDLDialog(self, vorher).exec()
            if daten is not None and daten != vorher:
                self._save_itdl(vorher, daten)

    def _save_itdl(self, vorher: ITDLDaten | None, daten: ITDLDaten) -> None:
        text = self.tr("IT-Dienstleister {name} speichern").format(name=daten.name)
        self.ctx.run(kommune_ops.itdl_speichern(text, vorher, daten))

    def remove_itdl(self) -> None:
        daten = self._current_itdl()
        title = self.tr("IT-Dienstleister entfernen")
        if daten is None or daten.id is None:
            return
        if not msgbox.ask(
            self,
            title,
            self.tr("{name} entfernen? Die betreuten Kommunen verlieren die Zuordnung.").format(name=daten.name),
        ):
            return
        text = self.tr("IT-Dienstleister {name} entfernen").format(name=daten.name)
        self.ctx.run(kommune_ops.itdl_entfernen(text, daten.id))

    # -- Gemeindeverzeichnis -------------------------------------------------------------------
    def gv_aktualisieren(self) -> None:
        gemeindeverzeichnis_aktualisieren(self, self.ctx)

    def decide_dissolved(self) -> None:
        offen = offene_aufloesungen(self.ctx.store)
        if offen:
            AufloesungDialog(self.ctx, offen, self).exec()
