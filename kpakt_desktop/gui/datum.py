"""The one date field of the program: it takes exactly what was typed, or says why not.

``DatumFeld`` is a line edit for ``TT.MM.JJJJ`` (also ``T.M.JJJJ`` and ISO ``JJJJ-MM-TT``), with
``HH:MM`` after the date where a time belongs to it (Termine). Unlike ``QDateEdit`` it never
rewrites a typed day into another one: "25.11.2026" stays 25.11.2026, and "31.02.2026" is refused
with a message that names the field. A field may stay empty unless it is a required one. A small
calendar button beside the text picks a day with the mouse.

Designer forms use it as a custom widget (``<widget class="DatumFeld">``, registered in
:mod:`kpakt_desktop.gui.ui_loader`); code sets the field name for messages with :meth:`einrichten`.
``parse_datum``/``datum_text`` are the same rules for dates typed into table cells.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QCalendarWidget, QLineEdit, QToolButton, QWidget

from kpakt_desktop.domain.errors import InputError

DATUM_FORMAT = "%d.%m.%Y"
ZEIT_FORMAT = "%d.%m.%Y %H:%M"

_DEUTSCH = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ZEIT = re.compile(r"(\d{1,2}):(\d{2})")


def datum_text(value: date | None) -> str:
    return value.strftime(DATUM_FORMAT) if value else ""


def zeit_text(value: datetime | None) -> str:
    return value.strftime(ZEIT_FORMAT) if value else ""


def _tag(text: str, feld: str, ganz: str) -> date:
    """The day of ``text`` exactly as written; an InputError naming ``feld`` otherwise."""
    match = _DEUTSCH.fullmatch(text)
    if match is not None:
        tag, monat, jahr = (int(g) for g in match.groups())
    elif (iso := _ISO.fullmatch(text)) is not None:
        jahr, monat, tag = (int(g) for g in iso.groups())
    else:
        raise InputError(
            QCoreApplication.translate("DatumFeld", "{feld}: „{text}“ ist kein Datum (bitte TT.MM.JJJJ).").format(
                feld=feld, text=ganz
            )
        )
    try:
        return date(jahr, monat, tag)
    except ValueError:
        raise InputError(
            QCoreApplication.translate(
                "DatumFeld", "{feld}: den {text} gibt es nicht (bitte Tag und Monat prüfen)."
            ).format(feld=feld, text=ganz)
        ) from None


def parse_datum(text: str, feld: str) -> date | None:
    """``TT.MM.JJJJ`` (also ``T.M.JJJJ`` and ISO ``JJJJ-MM-TT``); empty → None."""
    cleaned = text.strip()
    return _tag(cleaned, feld, cleaned) if cleaned else None


def parse_zeitpunkt(text: str, feld: str) -> datetime | None:
    """``TT.MM.JJJJ HH:MM`` (the time may be left out: 00:00); empty → None."""
    cleaned = text.strip()
    if not cleaned:
        return None
    tag_text, _, zeit = cleaned.partition(" ")
    tag = _tag(tag_text, feld, cleaned)
    zeit = zeit.strip()
    if not zeit:
        return datetime(tag.year, tag.month, tag.day)
    match = _ZEIT.fullmatch(zeit)
    if match is None or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise InputError(
            QCoreApplication.translate(
                "DatumFeld", "{feld}: „{text}“ ist keine Uhrzeit (bitte TT.MM.JJJJ HH:MM)."
            ).format(feld=feld, text=cleaned)
        )
    return datetime(tag.year, tag.month, tag.day, int(match.group(1)), int(match.group(2)))


def _kalender_symbol(farbe: QColor) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(farbe)
    painter.drawRect(1, 3, 13, 11)
    painter.fillRect(1, 3, 14, 3, farbe)
    for x in (4, 8, 12):
        for y in (8, 11):
            painter.drawPoint(x, y)
    painter.end()
    return QIcon(pixmap)


class DatumFeld(QLineEdit):
    """A date (optionally with time) that is taken exactly as typed; see the module text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feld = ""
        self.pflicht = False
        self.mit_zeit = False
        self.hoechstens: date | None = None
        self._kalender: QCalendarWidget | None = None
        self.setPlaceholderText(QCoreApplication.translate("DatumFeld", "TT.MM.JJJJ"))
        self.setClearButtonEnabled(True)
        self.kalender_aktion = QAction(_kalender_symbol(self.palette().color(QPalette.ColorRole.Text)), "", self)
        self.kalender_aktion.setToolTip(QCoreApplication.translate("DatumFeld", "Kalender öffnen"))
        self.kalender_aktion.triggered.connect(self.kalender_oeffnen)
        self.addAction(self.kalender_aktion, QLineEdit.ActionPosition.TrailingPosition)
        # The two small buttons in the field (Qt's clear button and the calendar) are named for a
        # screen reader (WCAG 4.1.2); typing the date stays the keyboard way, they take no focus.
        for knopf in self.findChildren(QToolButton):
            kalender = knopf.defaultAction() is self.kalender_aktion
            knopf.setAccessibleName(
                QCoreApplication.translate("DatumFeld", "Kalender öffnen")
                if kalender
                else QCoreApplication.translate("DatumFeld", "Eingabe löschen")
            )
        self.textChanged.connect(self._zeige_pruefung)

    def einrichten(
        self, feld: str, *, pflicht: bool = False, mit_zeit: bool = False, hoechstens: date | None = None
    ) -> DatumFeld:
        """``feld`` names the field in messages; ``hoechstens`` is the latest day allowed (e.g. today)."""
        self.feld = feld
        self.pflicht = pflicht
        self.mit_zeit = mit_zeit
        self.hoechstens = hoechstens
        if mit_zeit:
            self.setPlaceholderText(QCoreApplication.translate("DatumFeld", "TT.MM.JJJJ HH:MM"))
        if not self.accessibleName():
            self.setAccessibleName(feld)
        self._zeige_pruefung()
        return self

    # -- values ------------------------------------------------------------------------------
    def set_datum(self, value: date | None) -> None:
        if isinstance(value, datetime) and self.mit_zeit:
            self.setText(zeit_text(value))
        else:
            self.setText(datum_text(value))

    def datum(self) -> date | None:
        """The typed day (None when empty and optional); InputError naming the field otherwise."""
        value = self.zeitpunkt()
        return value.date() if value is not None else None

    def zeitpunkt(self) -> datetime | None:
        text = self.text().strip()
        if not text:
            if self.pflicht:
                raise InputError(
                    QCoreApplication.translate("DatumFeld", "{feld}: bitte ein Datum angeben (TT.MM.JJJJ).").format(
                        feld=self.feld
                    )
                )
            return None
        if self.mit_zeit:
            value = parse_zeitpunkt(text, self.feld)
        else:
            tag = parse_datum(text, self.feld)
            value = datetime(tag.year, tag.month, tag.day) if tag is not None else None
        if value is not None and self.hoechstens is not None and value.date() > self.hoechstens:
            raise InputError(
                QCoreApplication.translate(
                    "DatumFeld", "{feld}: {text} liegt nach dem {max} (spätestens {max})."
                ).format(feld=self.feld, text=text, max=datum_text(self.hoechstens))
            )
        return value

    def fehler(self) -> str | None:
        """Why the text is not taken, or None."""
        try:
            self.zeitpunkt()
        except InputError as err:
            return str(err)
        return None

    def _zeige_pruefung(self) -> None:
        # While typing, an empty required field is not an error yet; a wrong day is shown at once.
        fehler = self.fehler() if self.text().strip() else None
        self.setToolTip(fehler or "")
        self.setProperty("ungueltig", fehler is not None)
        palette = self.palette()
        farbe = QColor("#b00020") if fehler else QApplication.palette().color(QPalette.ColorRole.Text)
        palette.setColor(QPalette.ColorRole.Text, farbe)
        self.setPalette(palette)

    # -- calendar ----------------------------------------------------------------------------
    def kalender_oeffnen(self) -> None:
        kalender = QCalendarWidget(self)
        kalender.setWindowFlags(Qt.WindowType.Popup)
        kalender.setObjectName(f"{self.objectName()}Kalender")
        kalender.setAccessibleName(QCoreApplication.translate("DatumFeld", "Kalender: {feld}").format(feld=self.feld))
        kalender.setGridVisible(True)
        try:
            tag = self.datum()
        except InputError:
            tag = None
        start = tag or date.today()
        kalender.setSelectedDate(QDate(start.year, start.month, start.day))
        if self.hoechstens is not None:
            kalender.setMaximumDate(QDate(self.hoechstens.year, self.hoechstens.month, self.hoechstens.day))
        kalender.clicked.connect(lambda q: self._gewaehlt(kalender, q))
        kalender.activated.connect(lambda q: self._gewaehlt(kalender, q))
        kalender.move(self.mapToGlobal(QPoint(0, self.height())))
        kalender.show()
        kalender.setFocus()
        self._kalender = kalender

    def _gewaehlt(self, kalender: QCalendarWidget, q: QDate) -> None:
        tag = date(q.year(), q.month(), q.day())
        if self.mit_zeit:
            zeit = self.text().strip().partition(" ")[2].strip() or "00:00"
            self.setText(f"{datum_text(tag)} {zeit}")
        else:
            self.setText(datum_text(tag))
        kalender.close()
        kalender.deleteLater()
        self._kalender = None
