"""Hürden page: the register with filters and sorting, the detail with its history, status actions."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.domain.huerden import UEBERGAENGE, HuerdeKategorie, HuerdeStatus
from kpakt_desktop.gui import msgbox, vocab_text
from kpakt_desktop.gui.barrierefrei import beschriftung
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.huerden import operations as huerde_ops
from kpakt_desktop.gui.huerden.dialogs import HuerdeDialog, StatusDialog
from kpakt_desktop.gui.operation import Operation
from kpakt_desktop.gui.pages.base import Page, heading
from kpakt_desktop.gui.row_table import Column, RowTableModel
from kpakt_desktop.gui.views import (
    auswahl_fuellen,
    einpassen,
    knopf,
    read_only_table,
    schmale_auswahl,
    sortierbare_tabelle,
    zeile,
)
from kpakt_desktop.services import huerden as service
from kpakt_desktop.services import verknuepfungen as vk
from kpakt_desktop.services.changes import Entity
from kpakt_desktop.services.huerden import HuerdeDaten, HuerdeHistorieEintrag, HuerdenFilter, HuerdeZeile
from kpakt_desktop.services.kennzahlen import kreise
from kpakt_desktop.services.rueckgaengig import Tausch

# Button text per target status; the buttons are enabled by the allowed transitions.
AKTIONEN: dict[HuerdeStatus, str] = {
    HuerdeStatus.IN_KLAERUNG: str(QT_TRANSLATE_NOOP("HuerdenPage", "In &Klärung nehmen…")),
    HuerdeStatus.ESKALIERT: str(QT_TRANSLATE_NOOP("HuerdenPage", "An &Forum Kommunalpakt eskalieren…")),
    HuerdeStatus.GELOEST: str(QT_TRANSLATE_NOOP("HuerdenPage", "Als &gelöst abschließen…")),
    HuerdeStatus.NICHT_LOESBAR: str(QT_TRANSLATE_NOOP("HuerdenPage", "Als ni&cht lösbar abschließen…")),
    HuerdeStatus.OFFEN: str(QT_TRANSLATE_NOOP("HuerdenPage", "&Wieder öffnen…")),
}


KURZ = {HuerdeStatus.ESKALIERT: QT_TRANSLATE_NOOP("HuerdenPage", "eskaliert (Forum)")}


def huerde_spalten() -> list[Column[HuerdeZeile]]:
    return [
        Column(
            QCoreApplication.translate("Column", "Status"),
            lambda r: (
                QCoreApplication.translate("HuerdenPage", str(KURZ[r.status]))
                if r.status in KURZ
                else vocab_text.label(r.status)
            ),
            tooltip=lambda r: vocab_text.label(r.status),
            sort_key=lambda r: list(HuerdeStatus).index(r.status),  # the lifecycle, not the alphabet
        ),
        Column(QCoreApplication.translate("Column", "erfasst"), lambda r: r.erfasst_am),
        Column(QCoreApplication.translate("Column", "Titel"), lambda r: r.titel, tooltip=lambda r: r.titel),
        Column(QCoreApplication.translate("Column", "Kategorie"), lambda r: vocab_text.label(r.kategorie)),
        Column(QCoreApplication.translate("Column", "Unterart"), lambda r: r.unterart),
        Column(QCoreApplication.translate("Column", "Kommunen"), lambda r: r.kommunen),
        Column(QCoreApplication.translate("Column", "Leistungen"), lambda r: r.leistungen),
        Column(
            QCoreApplication.translate("Column", "gelöst am"),
            lambda r: r.geloest_am,
            sort_key=lambda r: r.geloest_am.isoformat() if r.geloest_am else "",
        ),
    ]


def historie_spalten() -> list[Column[HuerdeHistorieEintrag]]:
    return [
        Column(QCoreApplication.translate("Column", "Datum"), lambda e: e.datum),
        Column(QCoreApplication.translate("Column", "von"), lambda e: vocab_text.label(e.alt) if e.alt else "–"),
        Column(QCoreApplication.translate("Column", "nach"), lambda e: vocab_text.label(e.neu)),
        Column(QCoreApplication.translate("Column", "wer"), lambda e: e.benutzer or ""),
        Column(QCoreApplication.translate("Column", "erfasst"), lambda e: e.erfasst_am),
        Column(QCoreApplication.translate("Column", "Notiz"), lambda e: e.notiz or ""),
    ]


V = TypeVar("V", HuerdeKategorie, HuerdeStatus)


def _vocab(cls: type[V], value: str | None) -> V | None:
    """Combos hold the code (Qt turns a str enum into a plain string); back to the member."""
    return None if value is None else cls(value)


def _combo(name: str, accessible: str, alle: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.addItem(alle, None)
    return schmale_auswahl(combo)


class HuerdenPage(Page):
    SHOWS = frozenset({Entity.HUERDE, Entity.KOMMUNE, Entity.LEISTUNG, Entity.LAND})

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.editor: Any = None
        self.current: HuerdeDaten | None = None
        self._waehlen: int | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Hürden")))

        filters = QHBoxLayout()
        self.f_kategorie = _combo("filterKategorie", self.tr("Kategorie"), self.tr("alle Kategorien"))
        for k in HuerdeKategorie:
            self.f_kategorie.addItem(vocab_text.label(k), k.value)
        self.f_status = _combo("filterStatus", self.tr("Status"), self.tr("jeder Status"))
        for st in HuerdeStatus:
            self.f_status.addItem(vocab_text.label(st), st.value)
        self.f_kreis = _combo("filterKreis", self.tr("Kreis"), self.tr("alle Kreise"))
        self.f_leistung = _combo("filterLeistung", self.tr("Leistung"), self.tr("alle Leistungen"))
        self.f_offen = QCheckBox(self.tr("nur &offene"))
        self.f_offen.setObjectName("filterOffen")
        self.f_offen.setAccessibleName(self.tr("nur offene Hürden"))
        self.f_text = QLineEdit()
        self.f_text.setObjectName("filterText")
        self.f_text.setAccessibleName(self.tr("Freitextsuche"))
        self.f_text.setPlaceholderText(self.tr("Suche: Titel, Unterart, Kommune"))
        self.f_text.setClearButtonEnabled(True)
        # Two rows, so that the page fits a 1024 px window (and 200 %) without cutting a filter.
        second = QHBoxLayout()
        for row, w, text in (
            (filters, self.f_kategorie, self.tr("Kategorie:")),
            (filters, self.f_status, self.tr("Status:")),
            (second, self.f_kreis, self.tr("Kreis:")),
            (second, self.f_leistung, self.tr("Leistung:")),
        ):
            w.setMaximumWidth(230)
            w.currentIndexChanged.connect(self.apply_filter)
            row.addWidget(beschriftung(text, w))  # the visible label names the combo for AT-SPI
            row.addWidget(w, 1)
        filters.addWidget(self.f_offen)
        second.addWidget(self.f_text, 2)
        self.f_offen.toggled.connect(self.apply_filter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.apply_filter)
        self.f_text.textChanged.connect(self._timer.start)
        layout.addLayout(filters)
        layout.addLayout(second)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        llayout = QVBoxLayout(left)
        llayout.setContentsMargins(0, 0, 0, 0)
        self.model: RowTableModel[HuerdeZeile] = RowTableModel(huerde_spalten())
        self.view = sortierbare_tabelle("huerdenTable", self.tr("Hürden"), self.model)
        self.view.doubleClicked.connect(lambda _i: self.bearbeiten())
        self.view.selectionModel().currentRowChanged.connect(self._details)
        llayout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(knopf(self.tr("&Neue Hürde…"), "huerdeNeu", self.tr("Neue Hürde"), self.neu))
        row.addWidget(knopf(self.tr("Bea&rbeiten…"), "huerdeBearbeiten", self.tr("Hürde bearbeiten"), self.bearbeiten))
        row.addWidget(knopf(self.tr("&Löschen"), "huerdeLoeschen", self.tr("Hürde löschen"), self.loeschen))
        row.addStretch(1)
        self.count = QLabel()
        self.count.setObjectName("huerdenCount")
        self.count.setWordWrap(True)
        row.addWidget(self.count)
        llayout.addLayout(row)
        splitter.addWidget(left)
        splitter.addWidget(self._detail_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 460])
        layout.addWidget(splitter, 1)
        aktionen = (b.objectName() for b in self.aktionen.values())
        ctx.schreibschutz.knoepfe(self, "huerde", "huerdeNeu", "huerdeBearbeiten", "huerdeLoeschen", *aktionen)
        self.refresh()

    def _detail_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser()
        self.detail.setObjectName("huerdeDetail")
        self.detail.setAccessibleName(self.tr("Details der Hürde"))
        layout.addWidget(self.detail, 3)
        buttons = QGridLayout()
        self.aktionen: dict[HuerdeStatus, QPushButton] = {}
        for i, (st, text) in enumerate(AKTIONEN.items()):
            button = QPushButton(self.tr(text))
            button.setObjectName(f"aktion_{st.value}")
            button.setAccessibleName(self.tr(text).replace("&", "").rstrip("…"))
            button.clicked.connect(lambda _c=False, st=st: self.status_wechseln(st))
            buttons.addWidget(button, i // 2, i % 2)
            self.aktionen[st] = button
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("<b>Verlauf</b>")))
        self.hist_model: RowTableModel[HuerdeHistorieEintrag] = RowTableModel(historie_spalten())
        self.hist_view = read_only_table("huerdeHistorie", self.tr("Verlauf der Hürde"))
        self.hist_view.setModel(self.hist_model)
        self.hist_view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.hist_view, 2)
        return panel

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        for combo, items in (
            (self.f_kreis, [(k.name, k.id) for k in kreise(self.ctx.store)]),
            (self.f_leistung, [(f"{nr} {name}", nr) for nr, name in vk.leistungen_liste(self.ctx.store)]),
        ):
            auswahl_fuellen(combo, items)
        self.apply_filter()

    def zeige_gefiltert(self, *, kategorie: HuerdeKategorie | None = None, nur_offene: bool = True) -> None:
        """Show the register with these filters only (the Übersicht's chart links here)."""
        widgets = (self.f_kategorie, self.f_status, self.f_kreis, self.f_leistung, self.f_offen, self.f_text)
        for w in widgets:
            w.blockSignals(True)
        self.f_kategorie.setCurrentIndex(max(0, self.f_kategorie.findData(kategorie.value)) if kategorie else 0)
        for combo in (self.f_status, self.f_kreis, self.f_leistung):
            combo.setCurrentIndex(0)
        self.f_offen.setChecked(nur_offene)
        self.f_text.clear()
        for w in widgets:
            w.blockSignals(False)
        self.apply_filter()

    def filter(self) -> HuerdenFilter:
        return HuerdenFilter(
            kategorie=_vocab(HuerdeKategorie, self.f_kategorie.currentData()),
            status=_vocab(HuerdeStatus, self.f_status.currentData()),
            nur_offene=self.f_offen.isChecked(),
            kreis_id=self.f_kreis.currentData(),
            leistung_nr=self.f_leistung.currentData(),
            text=self.f_text.text(),
        )

    def apply_filter(self) -> None:
        keep = self._waehlen or (self.current.id if self.current else None)
        self._waehlen = None
        rows = service.huerden(self.ctx.store, self.filter())
        self.model.set_rows(rows)
        einpassen(self.view, 260)
        offen = sum(1 for r in rows if not r.status.erledigt)
        self.count.setText(self.tr("{n} Hürden, davon {o} offen").format(n=len(rows), o=offen))
        self.select(keep)

    def select(self, huerde_id: int | None) -> None:
        proxy = self.view.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        for r in range(self.model.rowCount()):
            if self.model.row_at(r).id == huerde_id:
                self.view.setCurrentIndex(proxy.mapFromSource(self.model.index(r, 0)))
                return
        if self.model.rowCount():
            self.view.setCurrentIndex(proxy.index(0, 0))
        else:
            self._details(QModelIndex())

    def _details(self, *_args: object) -> None:
        row = zeile(self.view, self.model)
        if row is None:
            self.current = None
            self.detail.setHtml(self.tr("<p>Keine Hürde ausgewählt.</p>"))
            self.hist_model.set_rows([])
            for b in self.aktionen.values():
                b.setEnabled(False)
            return
        try:
            d = service.huerde_laden(self.ctx.store, row.id)
        except KpaktError as err:
            self.detail.setPlainText(str(err))
            return
        self.current = d
        for st, b in self.aktionen.items():
            b.setEnabled(st in UEBERGAENGE[d.status])

        def absatz(titel: str, text: str) -> str:
            body = text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>") if text else "–"
            return f"<p><b>{titel}</b><br>{body}</p>"

        erfasst = self.tr("erfasst am")  # outside the f-string: lupdate does not look inside
        self.detail.setHtml(
            f"<h3>{d.titel.replace('<', '&lt;')}</h3>"
            f"<p>{vocab_text.label(d.kategorie)}{' · ' + d.unterart if d.unterart else ''} · "
            f"<b>{vocab_text.label(d.status)}</b> · "
            f"{erfasst} {row.erfasst_am:%d.%m.%Y}</p>"
            + absatz(self.tr("Kommunen"), row.kommunen)
            + absatz(self.tr("Leistungen"), row.leistungen)
            + absatz(self.tr("Beschreibung"), d.beschreibung)
            + absatz(self.tr("Lösung"), d.loesung)
            + absatz(self.tr("Handlungsempfehlung"), d.handlungsempfehlung)
        )
        self.hist_model.set_rows(service.historie(self.ctx.store, row.id))
        einpassen(self.hist_view, 200)

    # -- actions ------------------------------------------------------------------------------
    def _saved(self, result: object) -> None:
        if isinstance(result, Tausch):
            self._waehlen = result.id  # keep the edited Hürde selected through the reload

    def neu(self) -> None:
        self._editor(HuerdeDaten(None, "", HuerdeKategorie(self.f_kategorie.currentData() or "organisatorisch")))

    def bearbeiten(self) -> None:
        if self.current is None:
            msgbox.info(self, self.tr("Hürde"), self.tr("Bitte eine Hürde auswählen."))
            return
        self._editor(self.current)

    def _editor(self, daten: HuerdeDaten) -> None:
        store, benutzer = self.ctx.store, self.ctx.benutzer
        text = self.tr("Hürde speichern") if daten.id else self.tr("Hürde erfassen")
        vorher = daten if daten.id else None
        self.editor = HuerdeDialog(
            self, daten, vk.wahlen(store), lambda d: huerde_ops.speichern(text, vorher, d, benutzer)
        )
        self.editor.saved.connect(self._saved)
        self.editor.open()

    def loeschen(self) -> None:
        if self.current is None:
            return
        if not msgbox.ask(
            self,
            self.tr("Hürde löschen"),
            self.tr("Die Hürde „{t}“ mit ihrem Verlauf löschen?").format(t=self.current.titel),
        ):
            return
        text = self.tr("Hürde „{t}“ löschen").format(t=self.current.titel)
        self.ctx.run(huerde_ops.loeschen(text, self.current.id or 0))
        self.current = None

    def status_wechseln(self, neu: HuerdeStatus) -> None:
        d = self.current
        if d is None or d.id is None:
            return
        benutzer, hid = self.ctx.benutzer, d.id
        text = self.tr("Status der Hürde „{t}“: {s}").format(t=d.titel, s=vocab_text.label(neu))

        def speichern(werte: tuple[Any, str, str | None, str | None]) -> Operation[Any]:
            datum, notiz, loesung, empfehlung = werte
            return huerde_ops.status(
                text, hid, neu, benutzer=benutzer, notiz=notiz, loesung=loesung,
                handlungsempfehlung=empfehlung, datum=datum,
            )  # fmt: skip

        self.editor = StatusDialog(self, d, neu, speichern)
        self.editor.saved.connect(self._saved)
        self.editor.open()
