"""Small editing widgets shared by the Taskforce, Hürden and Termine editors.

Check lists (Leistungen, Kreise, Kommunen with a search field) and a table of team members that
takes existing Kontakte or new people. Dates: :mod:`kpakt_desktop.gui.datum`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.gui.form import child
from kpakt_desktop.services.verknuepfungen import Person


def _tr(text: str) -> str:
    return QCoreApplication.translate("Auswahl", text)


def name_it(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


class CheckModel(QAbstractListModel):
    """Checkable (text, data) rows. A model, not QListWidget items: lists of every Kommune
    (thousands of rows) stay cheap, and PySide 6.12 aborts at exit after a few thousand
    Python-created QListWidgetItems."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, Any]] = []
        self.checked: set[Any] = set()

    def set_rows(self, rows: Sequence[tuple[str, Any]], checked: Iterable[Any]) -> None:
        self.beginResetModel()
        self.checked = set(checked)
        # Checked entries first so that a long list (all Kommunen) shows what is chosen.
        self.rows = sorted(rows, key=lambda r: r[1] not in self.checked)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        text, data = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if data in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return data
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else base

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        data = self.rows[index.row()][1]
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if on:
            self.checked.add(data)
        else:
            self.checked.discard(data)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class CheckListe(QWidget):
    """Checkable items with an optional search field; ``checked()`` returns their data in list order."""

    def __init__(self, name: str, accessible: str, *, suche: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = CheckModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.suche: QLineEdit | None = None
        if suche:
            self.suche = QLineEdit()
            name_it(
                self.suche,
                f"{name}Suche",
                QCoreApplication.translate("Auswahl", "Suche in {what}").format(what=accessible),
            )
            self.suche.setPlaceholderText(QCoreApplication.translate("Auswahl", "Suchen …"))
            self.suche.setClearButtonEnabled(True)
            self.suche.textChanged.connect(self.proxy.setFilterFixedString)
            layout.addWidget(self.suche)
        self.liste = QListView()
        name_it(self.liste, name, accessible)
        self.liste.setModel(self.proxy)
        self.liste.setUniformItemSizes(True)
        layout.addWidget(self.liste)

    def set_items(self, items: Iterable[tuple[str, Any]], checked: Iterable[Any] = ()) -> None:
        self.model.set_rows(list(items), checked)

    def set_checked(self, data: Any, on: bool = True) -> None:
        for r, (_text, value) in enumerate(self.model.rows):
            if value == data:
                state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                self.model.setData(self.model.index(r), state, Qt.ItemDataRole.CheckStateRole)

    def sichtbare_texte(self) -> list[str]:
        return [str(self.proxy.index(r, 0).data()) for r in range(self.proxy.rowCount())]

    def checked(self) -> tuple[Any, ...]:
        return tuple(data for _text, data in self.model.rows if data in self.model.checked)


def in_host(form: QWidget, host_name: str, widget: QWidget) -> None:
    """Put a widget into an empty placeholder of a Designer form."""
    host = child(form, QWidget, host_name)
    layout = host.layout() or QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)


class MitgliederTabelle(QWidget):
    """Members of a team: role + person. Existing Kontakte are picked; new people are typed in.

    ``rollen`` are (label, value) pairs for a role combo; None makes the role free text.
    ``einzeln``: one person only (a Roll-Out-Team's Kontakt): adding another replaces the first,
    so the table never shows people that would not be saved.
    """

    SPALTEN = (
        QT_TRANSLATE_NOOP("Auswahl", "Rolle"),
        QT_TRANSLATE_NOOP("Auswahl", "Name"),
        QT_TRANSLATE_NOOP("Auswahl", "Organisation"),
        QT_TRANSLATE_NOOP("Auswahl", "E-Mail"),
        QT_TRANSLATE_NOOP("Auswahl", "Telefon"),
    )

    def __init__(
        self,
        name: str,
        kontakte: Sequence[Person],
        rollen: Sequence[tuple[str, Any]] | None,
        parent: QWidget | None = None,
        *,
        einzeln: bool = False,
    ) -> None:
        super().__init__(parent)
        self.rollen = rollen
        self.einzeln = einzeln
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabelle = QTableWidget(0, len(self.SPALTEN))
        name_it(self.tabelle, name, QCoreApplication.translate("Auswahl", "Mitglieder"))
        self.tabelle.setHorizontalHeaderLabels([_tr(str(s)) for s in self.SPALTEN])
        self.tabelle.verticalHeader().hide()
        self.tabelle.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tabelle.horizontalHeader().setStretchLastSection(True)
        self.tabelle.setColumnWidth(0, 190)
        self.tabelle.setColumnWidth(1, 150)
        self.tabelle.setColumnWidth(2, 160)
        self.tabelle.setColumnWidth(3, 170)
        layout.addWidget(self.tabelle, 1)
        row = QHBoxLayout()
        self.kontakt = QComboBox()
        name_it(self.kontakt, f"{name}Kontakt", QCoreApplication.translate("Auswahl", "Vorhandener Kontakt"))
        self.kontakt.setEditable(True)
        self.kontakt.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        edit = self.kontakt.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(QCoreApplication.translate("Auswahl", "vorhandenen Kontakt suchen …"))
        for p in kontakte:
            self.kontakt.addItem(p.text, p)
        self.kontakt.setCurrentIndex(-1)
        row.addWidget(self.kontakt, 1)
        self.uebernehmen = QPushButton(QCoreApplication.translate("Auswahl", "Kontakt &übernehmen"))
        name_it(self.uebernehmen, f"{name}Uebernehmen", QCoreApplication.translate("Auswahl", "Kontakt übernehmen"))
        self.uebernehmen.clicked.connect(self._kontakt_uebernehmen)
        row.addWidget(self.uebernehmen)
        self.neu = QPushButton(QCoreApplication.translate("Auswahl", "&Neue Person"))
        name_it(self.neu, f"{name}Neu", QCoreApplication.translate("Auswahl", "Neue Person"))
        self.neu.clicked.connect(lambda: self.add(Person(None, ""), None))
        row.addWidget(self.neu)
        self.entfernen = QPushButton(QCoreApplication.translate("Auswahl", "Ent&fernen"))
        name_it(self.entfernen, f"{name}Entfernen", QCoreApplication.translate("Auswahl", "Mitglied entfernen"))
        self.entfernen.clicked.connect(self._entfernen)
        row.addWidget(self.entfernen)
        layout.addLayout(row)

    def add(self, person: Person, rolle: Any) -> int:
        if self.einzeln:
            self.tabelle.setRowCount(0)
        r = self.tabelle.rowCount()
        self.tabelle.insertRow(r)
        if self.rollen is not None:
            combo = QComboBox()
            name_it(combo, f"rolle{r}", QCoreApplication.translate("Auswahl", "Rolle"))
            for label, value in self.rollen:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(rolle)))
            self.tabelle.setCellWidget(r, 0, combo)
        else:
            self.tabelle.setItem(r, 0, QTableWidgetItem(str(rolle or "")))
        werte = (person.name, person.organisation, person.email, person.telefon)
        for c, value in enumerate(werte, 1):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, person.kontakt_id)
            if person.kontakt_id is not None:
                # An existing Kontakt is edited on the Kommunen page, not through a team.
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(QCoreApplication.translate("Auswahl", "vorhandener Kontakt"))
            self.tabelle.setItem(r, c, item)
        if person.kontakt_id is None:
            self.tabelle.setCurrentCell(r, 1)
            name_item = self.tabelle.item(r, 1)
            if name_item is not None:
                self.tabelle.editItem(name_item)
        return r

    def _kontakt_uebernehmen(self) -> None:
        person = self.kontakt.currentData()
        if isinstance(person, Person):
            self.add(person, None)
            self.kontakt.setCurrentIndex(-1)

    def _entfernen(self) -> None:
        for r in sorted({i.row() for i in self.tabelle.selectedIndexes()} | {self.tabelle.currentRow()}, reverse=True):
            if r >= 0:
                self.tabelle.removeRow(r)

    def rolle(self, r: int) -> Any:
        widget = self.tabelle.cellWidget(r, 0)
        if isinstance(widget, QComboBox):
            return widget.currentData()
        item = self.tabelle.item(r, 0)
        return item.text() if item else ""

    def mitglieder(self) -> list[tuple[Any, Person]]:
        """(role, person) per row; rows without a name are skipped (an empty new line)."""
        out = []
        for r in range(self.tabelle.rowCount()):
            cells = [self.tabelle.item(r, c) for c in range(1, 5)]
            texts = [c.text().strip() if c else "" for c in cells]
            kid = cells[0].data(Qt.ItemDataRole.UserRole) if cells[0] else None
            if not texts[0] and kid is None:
                continue
            out.append((self.rolle(r), Person(kid, *texts)))
        return out
