"""Nachnutzung: the matrix of zuständigen Kommunen × Leistungen, its history and the progress."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.domain.status import Status
from kpakt_desktop.gui import farben, gc_guard, msgbox, vocab_text
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.karte.ansicht import KartenAnsicht
from kpakt_desktop.gui.nachnutzung import operations as nachnutzung_ops
from kpakt_desktop.gui.nachnutzung.editor import NachnutzungEditor
from kpakt_desktop.gui.nachnutzung.filter_bar import FilterBar
from kpakt_desktop.gui.nachnutzung.fortschritt_panel import FortschrittPanel
from kpakt_desktop.gui.nachnutzung.frozen_table import FrozenTable
from kpakt_desktop.gui.nachnutzung.history import historie_spalten
from kpakt_desktop.gui.nachnutzung.matrix_model import (
    FESTE_SPALTEN,
    FIRST_MOVER_ZEICHEN,
    KOMMUNE_ID_ROLE,
    NACHNUTZUNG_ID_ROLE,
    MatrixModel,
)
from kpakt_desktop.gui.pages.base import Page, heading
from kpakt_desktop.gui.row_table import RowTableModel, format_value
from kpakt_desktop.gui.spaltenzustand import nutzerbreiten
from kpakt_desktop.gui.views import zaehler_setzen
from kpakt_desktop.gui.zellzeichner import SchlichteZellen
from kpakt_desktop.services import nachnutzung as service
from kpakt_desktop.services.changes import ChangeSet, Entity
from kpakt_desktop.services.fortschritt import fortschritt
from kpakt_desktop.services.karte import Marke, land_karte
from kpakt_desktop.services.matrix import MatrixQuery
from kpakt_desktop.services.nachnutzung import HistorienEintrag

CELL_WIDTH = 86


def legende() -> QLabel:
    # The cell colours with their own text colour: the legend reads under a dark system palette too.
    cell = '<span style="background:{farbe}; color:{text}">&nbsp;{symbol} {kurz}&nbsp;</span> {label}'
    parts = [
        cell.format(
            farbe=st.farbe, text=farben.SCHWARZ, symbol=st.symbol, kurz=vocab_text.kurz(st), label=vocab_text.label(st)
        )
        for st in Status
    ]
    first_mover = QCoreApplication.translate("Matrix", "First Mover")
    parts.append(f"{FIRST_MOVER_ZEICHEN} {first_mover}")
    label = QLabel(" &nbsp; ".join(parts))
    label.setObjectName("matrixLegende")
    label.setWordWrap(True)
    return label


class NachnutzungPage(Page):
    SHOWS = frozenset(
        {Entity.NACHNUTZUNG, Entity.VOLLZUG, Entity.KOMMUNE, Entity.IT_DIENSTLEISTER, Entity.LEISTUNG, Entity.LAND}
    )

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.model = MatrixModel(MatrixQuery(ctx.store))
        self.editor: NachnutzungEditor | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Nachnutzung")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("nachnutzungTabs")
        # The filters apply to the matrix and the map alike.
        self.filter = FilterBar()
        self.filter.changed.connect(self.apply_filter)
        layout.addWidget(self.filter)
        layout.addWidget(self.tabs, 1)

        matrix_tab = QWidget()
        mlayout = QVBoxLayout(matrix_tab)
        info = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("matrixCount")
        info.addWidget(self.count_label)
        info.addStretch(1)
        self.edit_button = QPushButton(self.tr("Bea&rbeiten…"))
        self.edit_button.setObjectName("editButton")
        self.edit_button.setToolTip(self.tr("Ausgewählte Zellen bearbeiten (Eingabetaste oder Doppelklick)"))
        self.edit_button.clicked.connect(self.edit_selected)
        info.addWidget(self.edit_button)
        mlayout.addLayout(info)
        mlayout.addWidget(legende())

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = FrozenTable(frozen=1)
        # The header shows the order the model starts with (grouped by Kreis), not Qt's "Kommune Z→A".
        self.table.left.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.setModel(self.model)
        for view in (self.table.left, self.table.right):  # a filter's frame: the cells painted directly
            view.setItemDelegate(SchlichteZellen(view, self.model.zellbild))
        splitter.addWidget(self.table)
        self.history_model: RowTableModel[HistorienEintrag] = RowTableModel(historie_spalten())
        splitter.addWidget(self._history_box())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        mlayout.addWidget(splitter, 1)
        self.tabs.addTab(matrix_tab, self.tr("Matrix"))

        self.progress = FortschrittPanel()
        self.tabs.addTab(self.progress, self.tr("Fortschritt"))
        self.karte = KartenAnsicht()
        self.karte.marke_gewaehlt.connect(self._marke_gewaehlt)
        self._karte_aktuell = False
        self._fortschritt_aktuell = False
        self.tabs.addTab(self.karte, self.tr("&Karte"))
        self.tabs.currentChanged.connect(self._tab_gewechselt)

        for view in (self.table.left, self.table.right):
            view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.edit_action = QAction(self.tr("Bearbeiten"), self)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(self.edit_selected)
        self.table.addAction(self.edit_action)
        self.table.selectionModel().currentChanged.connect(self._show_history)  # type: ignore[attr-defined]
        for control in (self.edit_button, self.edit_action):  # read-only by role/region (gui/schreibschutz.py)
            self.ctx.schreibschutz.schreibend(control, "nachnutzung", self.selected_kommunen)
        self.table.left.selectionModel().selectionChanged.connect(lambda *_: self.ctx.schreibschutz.anwenden())
        self.refresh()

    def _history_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.history_title = QLabel(self.tr("<b>Historie</b>"))
        row.addWidget(self.history_title)
        row.addStretch(1)
        self.history_cell = QRadioButton(self.tr("dieser Zelle"))
        self.history_cell.setObjectName("historieZelle")
        self.history_kommune = QRadioButton(self.tr("der ganzen Kommune"))
        self.history_kommune.setObjectName("historieKommune")
        self.history_cell.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.history_cell)
        group.addButton(self.history_kommune)
        self.history_cell.toggled.connect(lambda _c: self._show_history())
        row.addWidget(self.history_cell)
        row.addWidget(self.history_kommune)
        layout.addLayout(row)
        self.history_view = QTableView()
        self.history_view.setObjectName("historieTable")
        self.history_view.setAccessibleName(self.tr("Historie"))
        self.history_view.setModel(self.history_model)
        self.history_view.verticalHeader().hide()
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.history_view, 1)
        return box

    # -- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Reload everything from the database, keeping filter, selection and current cell."""
        keep = self._selected_keys()
        current = self._key(self.table.left.currentIndex())
        self.filter.fill(service.auswahl(self.ctx.store), self.model.query.spalten())
        self.model.laden(self.filter.value())
        self._after_load()
        self._restore(keep, current)
        self._fortschritt_laden()
        gc_guard.nach_grossem_laden()  # ~30,000 cells: collected now, not in the first filter's frame

    def apply_changes(self, changes: ChangeSet) -> None:
        """An edit of some Nachnutzungen or Kommunen updates just their rows (~5,000 at national size),
        keeping filter, sort, selection and scroll position; a change that names no ids (an import, a
        Vollzug change) or alters the columns reloads everything."""
        nachnutzung_ids = changes.ids_of(Entity.NACHNUTZUNG)
        kommune_ids = changes.ids_of(Entity.KOMMUNE)
        auszug = None
        if (
            nachnutzung_ids is not None
            and kommune_ids is not None
            and not changes.touches(*(self.SHOWS - {Entity.NACHNUTZUNG, Entity.KOMMUNE}))
        ):
            auszug = self.model.aktualisieren(kommune_ids=kommune_ids, nachnutzung_ids=nachnutzung_ids)
        if auszug is None:
            self.refresh()
            return
        # A renamed Kreis or a Fachverfahren first named in this edit: the filter's choices too.
        fachverfahren = {c.fachverfahren_id for z in auszug.zeilen.values() for c in z.zellen.values()}
        fachverfahren.discard(None)
        if kommune_ids or any(self.filter.fachverfahren.findData(fv) < 0 for fv in fachverfahren):
            self.filter.fill(service.auswahl(self.ctx.store), self.model.spalten)
        self._zaehlen()
        self._karte_aktuell = False
        self._fortschritt_aktuell = False
        if self.tabs.currentWidget() is self.karte:
            self._karte_laden()
        elif self.tabs.currentWidget() is self.progress:
            self._fortschritt_laden()
        current = self.table.left.currentIndex()
        if not current.isValid() or self.model.kommune_id(current.row()) in auszug.ids:
            self._show_history()

    def _fortschritt_laden(self) -> None:
        self.progress.set_bericht(fortschritt(self.ctx.store))
        self._fortschritt_aktuell = True

    def zeige_gefiltert(
        self,
        *,
        leistung_nr: int | None = None,
        status: Status | None = None,
        kreis_id: int | None = None,
        first_mover: bool = False,
    ) -> None:
        """Show the matrix with exactly these filters (the Übersicht's charts link here)."""
        self.tabs.setCurrentIndex(0)
        self.filter.setzen(leistung_nr=leistung_nr, status=status, kreis_id=kreis_id, first_mover=first_mover)
        self.apply_filter()

    def apply_filter(self) -> None:
        """The filter bar's filter on the matrix: in memory (the data did not change), the columns keep
        their widths; only the columns shown follow a Leistung filter."""
        f = self.filter.value()
        scrollbar = self.table.right.verticalScrollBar()
        oben = scrollbar.value()
        self.model.filtern(f)
        vorher = self.table.hidden
        self._spalten_waehlen(f.leistung_nr)
        if self.table.hidden != vorher:
            self.table.apply_columns()
        for view in (self.table.left, self.table.right):
            view.doItemsLayout()  # now, not on the next event: the filtered rows are painted in this frame
        scrollbar.setValue(oben)  # the rows start where they did (as far as there are rows)
        self._nach_filter()

    # -- map --------------------------------------------------------------------------------------
    def _tab_gewechselt(self, _index: int = -1) -> None:
        self.filter.setVisible(self.tabs.currentWidget() is not self.progress)
        if self.tabs.currentWidget() is self.karte and not self._karte_aktuell:
            self._karte_laden()
        elif self.tabs.currentWidget() is self.progress and not self._fortschritt_aktuell:
            self._fortschritt_laden()  # after an edit on the matrix: counted when looked at

    def _karte_laden(self) -> None:
        f = self.filter.value()
        titel = self.filter.leistung.currentText() if f.leistung_nr is not None else self.tr("alle Leistungen")
        self.karte.set_karte(land_karte(self.ctx.store, f, titel=titel))
        self._karte_aktuell = True

    def _marke_gewaehlt(self, marke: Marke) -> None:
        self.zeige_kommune(marke.kommune_id)

    def zeige_kommune(self, kommune_id: int) -> bool:
        """Select the Kommune's row in the matrix (under the current filter) and show it."""
        row = self.model.zeile_von(kommune_id)
        if row is None:
            return False
        self.tabs.setCurrentIndex(0)
        index = self.model.index(row, 0)
        self.table.left.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.left.scrollTo(index)
        self.table.left.setFocus()
        return True

    def _after_load(self) -> None:
        for c in range(FESTE_SPALTEN, self.model.columnCount()):
            self.table.set_column_width(c, CELL_WIDTH)
        self.table.set_column_width(0, 220)
        self.table.set_column_width(1, 150)
        for view in (self.table.left, self.table.right):
            nutzerbreiten(view)  # the widths the user dragged stay
        self._spalten_waehlen(self.filter.value().leistung_nr)
        self.table.apply_columns()
        self._nach_filter()

    def _spalten_waehlen(self, only: int | None) -> None:
        """Under a Leistung filter only its column is shown."""
        self.table.hidden = {
            c
            for c in range(FESTE_SPALTEN, self.model.columnCount())
            if only is not None and self.model.leistung_nr(c) != only
        }

    def _nach_filter(self) -> None:
        self._karte_aktuell = False
        if self.tabs.currentWidget() is self.karte:
            self._karte_laden()
        self._zaehlen()
        self._show_history()

    def _zaehlen(self) -> None:
        n = self.model.rowCount()
        zaehler_setzen(self.count_label, self.tr("{n} zuständige Kommunen angezeigt").format(n=format_value(n)))

    def _key(self, index: QModelIndex) -> tuple[int, int] | None:
        if not index.isValid():
            return None
        return self.model.kommune_id(index.row()), index.column()

    def _selected_keys(self) -> list[tuple[int, int]]:
        sel = self.table.left.selectionModel()
        return [k for k in (self._key(i) for i in sel.selectedIndexes()) if k is not None]

    def _restore(self, keys: list[tuple[int, int]], current: tuple[int, int] | None) -> None:
        sel = self.table.left.selectionModel()
        selection = QItemSelection()
        for kid, col in keys:
            row = self.model.zeile_von(kid)
            if row is not None and col < self.model.columnCount():
                idx = self.model.index(row, col)
                selection.select(idx, idx)
        sel.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if current is not None:
            row = self.model.zeile_von(current[0])
            if row is not None:
                sel.setCurrentIndex(self.model.index(row, current[1]), QItemSelectionModel.SelectionFlag.NoUpdate)

    # -- history --------------------------------------------------------------------------------
    def _show_history(self, *_args: object) -> None:
        index = self.table.left.currentIndex()
        if not index.isValid():
            if self.history_model.rowCount():  # else nothing to repaint (each filter clears the current cell)
                self.history_model.set_rows([])
            self.history_title.setText(self.tr("<b>Historie</b> – bitte eine Zelle wählen"))
            return
        if self.history_kommune.isChecked() or index.column() < FESTE_SPALTEN:
            kid = index.data(KOMMUNE_ID_ROLE)
            name = self.model.index(index.row(), 0).data()
            self.history_model.set_rows(service.historie_kommune(self.ctx.store, kid))
            self.history_title.setText(self.tr("<b>Historie</b> – {k}").format(k=name))
            return
        nid = index.data(NACHNUTZUNG_ID_ROLE)
        if nid is None:
            self.history_model.set_rows([])
            self.history_title.setText(self.tr("<b>Historie</b> – nicht zuständig"))
            return
        self.history_model.set_rows(service.historie_zelle(self.ctx.store, nid))
        name = self.model.index(index.row(), 0).data()
        header = self.model.headerData(index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        self.history_title.setText(self.tr("<b>Historie</b> – {k}, {l}").format(k=name, l=header))

    # -- editing ---------------------------------------------------------------------------------
    def selected_cells(self) -> list[int]:
        ids = {i.data(NACHNUTZUNG_ID_ROLE) for i in self.table.left.selectionModel().selectedIndexes()}
        ids.discard(None)
        return sorted(ids)

    def selected_kommunen(self) -> set[int]:
        return {i.data(KOMMUNE_ID_ROLE) for i in self.table.left.selectionModel().selectedIndexes()} - {None}

    def edit_selected(self) -> None:
        ids = self.selected_cells()
        grund = self.ctx.schreibschutz.grund("nachnutzung", self.selected_kommunen())
        if ids and grund is not None:
            msgbox.info(self, self.tr("Bearbeiten"), grund)
            return
        if not ids:
            msgbox.info(self, self.tr("Bearbeiten"), self.tr("Bitte eine oder mehrere Zellen mit Status auswählen."))
            return
        try:
            zellen = [service.zelle(self.ctx.store, nid) for nid in ids]
            auswahl = service.auswahl(self.ctx.store)
        except KpaktError as err:
            msgbox.error(self, self.tr("Bearbeiten"), str(err))
            return
        self.editor = NachnutzungEditor(self, auswahl, zellen)
        self.editor.dialog.accepted.connect(lambda ids=ids: self._apply(ids))
        self.editor.dialog.open()

    def _apply(self, ids: list[int]) -> None:
        assert self.editor is not None
        aenderung = self.editor.aenderung
        if aenderung is None:
            return
        text = (
            self.tr("Nachnutzung ändern") if len(ids) == 1 else self.tr("{n} Nachnutzungen ändern").format(n=len(ids))
        )
        self.ctx.run(nachnutzung_ops.aendern(text, ids, aenderung, self.ctx.benutzer))
