"""The painted map: marks of the zuständigen Kommunen, Kreis labels, legend and scale bar.

Custom-painted (``paintEvent``): the marks are grouped by look, so one brush serves a whole
group, and the outlines of every shape and size are made once. Pan with the mouse (drag) or
Shift+arrow keys, zoom with the wheel or +/−, 0 fits the map again. The arrow keys move from mark
to mark (to the nearest one in that direction), Bild↑/Bild↓ go through them by name; Enter or a
click opens the Kommune in the matrix. The current mark's text is the accessible description.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from kpakt_desktop.domain.karte import ANTEIL_FARBE, KARTEN_STATUS, ZEICHEN, Form, massstab_km, radius, umriss
from kpakt_desktop.domain.status import Status
from kpakt_desktop.gui import vocab_text
from kpakt_desktop.services.karte import Karte, Marke

RAND_PX = 24  # margin around the fitted map
ZOOM_SCHRITT = 1.25
LEGENDE_BREITE = 220
SCHARF_NACH_MS = 150  # after a pan/zoom step the moved picture is redrawn sharp when the user pauses


def zahl(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def marken_text(m: Marke) -> str:
    """What a mark says: on hover, to a screen reader, and in the table."""
    if m.status is not None:
        text = QCoreApplication.translate("Karte", "{name} ({kreis}): {status}").format(
            name=m.name, kreis=m.kreis, status=vocab_text.label(m.status)
        )
        if m.seit is not None:
            text += QCoreApplication.translate("Karte", " seit {datum}").format(datum=f"{m.seit:%d.%m.%Y}")
    else:
        anteil = "–" if m.anteil is None else f"{100 * m.anteil:.0f} %"
        text = QCoreApplication.translate(
            "Karte", "{name} ({kreis}): {p} von {n} Leistungen produktiv ({anteil})"
        ).format(name=m.name, kreis=m.kreis, p=m.produktiv, n=m.zustaendig, anteil=anteil)
    return text + QCoreApplication.translate("Karte", ", {e} Einwohner").format(e=zahl(m.einwohner))


class KartenLeinwand(QWidget):
    marke_gewaehlt = Signal(object)  # Marke: click or Enter
    aktuelle_geaendert = Signal(object)  # Marke | None: the keyboard's current mark
    tabelle_gewuenscht = Signal()  # "T": the same data as a table

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("karteLeinwand")
        self.setAccessibleName(QCoreApplication.translate("Karte", "Karte"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 260)
        self.karte: Karte | None = None
        self.massstab = 1.0  # px per km
        self.mitte = (0.0, 0.0)  # km at the widget's centre
        self.aktuell: int | None = None  # index into karte.marken
        self._radien: list[float] = []
        self._formen: dict[tuple[Form, float], QPolygonF] = {}
        self._sprites: dict[tuple[object, float], QPixmap] = {}
        self._reihenfolge: list[int] = []  # by name, for Bild↑/Bild↓
        self._grenzen: tuple[float, float, float, float] | None = None
        self._label_breiten: dict[str, float] = {}
        self._zieh_start: QPoint | None = None
        self._zieh_mitte = (0.0, 0.0)
        self._gezogen = False
        # The marks and labels of the last full paint; a pan/zoom step moves and scales this picture
        # (a few ms whatever the number of marks) and a full paint follows when the user pauses.
        self._cache: QPixmap | None = None
        self._cache_ansicht: tuple[float, tuple[float, float], QSize] | None = None
        self._eilig = False
        self._scharf = QTimer(self)
        self._scharf.setSingleShot(True)
        self._scharf.setInterval(SCHARF_NACH_MS)
        self._scharf.timeout.connect(self._scharf_zeichnen)

    def sizeHint(self) -> QSize:
        return QSize(640, 560)

    # -- data -----------------------------------------------------------------------------------
    def set_karte(self, karte: Karte) -> None:
        alte = self.karte.marken[self.aktuell].kommune_id if self.karte and self.aktuell is not None else None
        self.karte = karte
        self._radien = [round(2 * radius(m.einwohner)) / 2 for m in karte.marken]
        self._reihenfolge = sorted(range(len(karte.marken)), key=lambda i: (karte.marken[i].name, i))
        self._grenzen = karte.grenzen()
        self._label_breiten = {}
        self.aktuell = next((i for i, m in enumerate(karte.marken) if m.kommune_id == alte), None)
        self.einpassen()

    def einpassen(self) -> None:
        """Fit the whole map into the widget."""
        self._cache = None
        self._eilig = False
        grenzen = self._grenzen if self.karte else None
        if grenzen is None:
            self.massstab, self.mitte = 1.0, (0.0, 0.0)
        else:
            x0, y0, x1, y1 = grenzen
            breite = max(self.width() - 2 * RAND_PX - LEGENDE_BREITE, 100)
            hoehe = max(self.height() - 2 * RAND_PX, 100)
            self.massstab = min(breite / max(x1 - x0, 1.0), hoehe / max(y1 - y0, 1.0))
            frei = (breite - (x1 - x0) * self.massstab) / 2
            links = x0 - (RAND_PX + frei) / self.massstab
            self.mitte = (links + (self.width() / 2) / self.massstab, (y0 + y1) / 2)
        self.update()

    def _schnell(self) -> None:
        """A pan/zoom step: move the last picture now, paint it sharp when the user pauses."""
        self._eilig = True
        self._scharf.start()
        self.update()

    def _scharf_zeichnen(self) -> None:
        self._eilig = False
        self.update()

    # -- coordinates ----------------------------------------------------------------------------
    def auf_schirm(self, x: float, y: float) -> QPointF:
        return QPointF(
            (x - self.mitte[0]) * self.massstab + self.width() / 2,
            self.height() / 2 - (y - self.mitte[1]) * self.massstab,
        )

    def marke_bei(self, pos: QPointF) -> int | None:
        """The mark under ``pos`` (the smallest one, drawn on top), or None."""
        if self.karte is None:
            return None
        s, cx, cy = self.massstab, self.mitte[0], self.mitte[1]
        w2, h2 = self.width() / 2, self.height() / 2
        px, py = pos.x(), pos.y()
        best: tuple[float, int] | None = None
        for i, m in enumerate(self.karte.marken):
            dx = (m.x - cx) * s + w2 - px
            dy = h2 - (m.y - cy) * s - py
            r = self._radien[i] + 2
            if dx * dx + dy * dy <= r * r and (best is None or r <= best[0]):
                best = (r, i)
        return None if best is None else best[1]

    def zoomen(self, faktor: float, um: QPointF | None = None) -> None:
        um = um or QPointF(self.width() / 2, self.height() / 2)
        kx = self.mitte[0] + (um.x() - self.width() / 2) / self.massstab
        ky = self.mitte[1] - (um.y() - self.height() / 2) / self.massstab
        self.massstab = min(max(self.massstab * faktor, 0.05), 200.0)
        self.mitte = (
            kx - (um.x() - self.width() / 2) / self.massstab,
            ky + (um.y() - self.height() / 2) / self.massstab,
        )
        self._schnell()

    def verschieben(self, dx_px: float, dy_px: float) -> None:
        self.mitte = (self.mitte[0] - dx_px / self.massstab, self.mitte[1] + dy_px / self.massstab)
        self._schnell()

    # -- keyboard current mark -------------------------------------------------------------------
    def setze_aktuell(self, index: int | None) -> None:
        self.aktuell = index
        marke = self.karte.marken[index] if self.karte is not None and index is not None else None
        self.setAccessibleDescription(marken_text(marke) if marke else "")
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))
        if marke is not None:
            p = self.auf_schirm(marke.x, marke.y)
            if not self.rect().adjusted(10, 10, -10, -10).contains(p.toPoint()):
                self.mitte = (marke.x, marke.y)
        self.aktuelle_geaendert.emit(marke)
        self.update()

    def _naechste_in_richtung(self, dx: int, dy: int) -> int | None:
        if self.karte is None or not self.karte.marken:
            return None
        if self.aktuell is None:
            return self._reihenfolge[0]
        a = self.karte.marken[self.aktuell]
        best: tuple[float, int] | None = None
        for i, m in enumerate(self.karte.marken):
            vx, vy = m.x - a.x, m.y - a.y
            vorwaerts = vx * dx + vy * dy
            if i == self.aktuell or vorwaerts <= 0:
                continue
            seitlich = abs(vx * dy - vy * dx)
            if seitlich > 2 * vorwaerts:  # within a cone of about ±63°
                continue
            kosten = vorwaerts + 2 * seitlich
            if best is None or kosten < best[0]:
                best = (kosten, i)
        return self.aktuell if best is None else best[1]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        richtungen = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, 1),
            Qt.Key.Key_Down: (0, -1),
        }
        if key in richtungen:
            dx, dy = richtungen[key]  # type: ignore[index]
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.verschieben(-dx * self.width() / 8, dy * self.height() / 8)
            else:
                self.setze_aktuell(self._naechste_in_richtung(dx, dy))
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoomen(ZOOM_SCHRITT)
        elif key == Qt.Key.Key_Minus:
            self.zoomen(1 / ZOOM_SCHRITT)
        elif key == Qt.Key.Key_0:
            self.einpassen()
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Home, Qt.Key.Key_End) and self._reihenfolge:
            self.setze_aktuell(self._schritt(key))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self.karte is not None and self.aktuell is not None:
                self.marke_gewaehlt.emit(self.karte.marken[self.aktuell])
        elif key == Qt.Key.Key_T and not mods:
            self.tabelle_gewuenscht.emit()
        else:
            super().keyPressEvent(event)

    def _schritt(self, key: int) -> int:
        order = self._reihenfolge
        if key == Qt.Key.Key_Home:
            return order[0]
        if key == Qt.Key.Key_End:
            return order[-1]
        pos = order.index(self.aktuell) if self.aktuell in order else -1
        step = 1 if key == Qt.Key.Key_PageDown else -1
        return order[(pos + step) % len(order)]

    # -- mouse ------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._zieh_start = event.position().toPoint()
            self._zieh_mitte = self.mitte
            self._gezogen = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._zieh_start is not None and event.buttons() & Qt.MouseButton.LeftButton:
            d = pos.toPoint() - self._zieh_start
            if self._gezogen or d.manhattanLength() > 4:
                self._gezogen = True
                self.mitte = self._zieh_mitte
                self.verschieben(d.x(), d.y())
            return
        i = self.marke_bei(pos)
        if i is None or self.karte is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), marken_text(self.karte.marken[i]), self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._gezogen:
            i = self.marke_bei(event.position())
            if i is not None and self.karte is not None:
                self.setze_aktuell(i)
                self.marke_gewaehlt.emit(self.karte.marken[i])
        self._zieh_start = None
        self._gezogen = False
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoomen(ZOOM_SCHRITT**steps, event.position())

    def resizeEvent(self, event: object) -> None:
        self.einpassen()

    def scharf(self) -> bool:
        """Whether the next paint shows the current view painted in full (not a moved picture)."""
        return not self._eilig

    # -- painting ---------------------------------------------------------------------------------
    def _form(self, form: Form, r: float) -> QPolygonF:
        poly = self._formen.get((form, r))
        if poly is None:
            # y points down on screen: mirror the outline.
            poly = QPolygonF([QPointF(x, -y) for x, y in umriss(form, r)])
            self._formen[(form, r)] = poly
        return poly

    def paintEvent(self, event: QPaintEvent) -> None:
        self._malen()

    def _malen(self) -> None:
        p = QPainter(self)
        try:
            p.fillRect(self.rect(), QColor("#ffffff"))
            if self.karte is None:
                return
            ansicht = (self.massstab, self.mitte, self.size())
            if self._cache is None or (self._cache_ansicht != ansicht and not self._eilig):
                self._cache = self._ebene()
                self._cache_ansicht = ansicht
            if self._cache_ansicht == ansicht:
                p.drawPixmap(0, 0, self._cache)
            else:
                self._bewegt(p)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._aktuelle(p)
            self._legende(p)
            self._massstab(p)
            if self.hasFocus():
                p.setPen(QPen(self.palette().highlight().color(), 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(self.rect().adjusted(1, 1, -2, -2))
        finally:
            p.end()

    def _ebene(self) -> QPixmap:
        """Marks and Kreis labels at the current view, painted in full."""
        dpr = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * dpr)
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(QColor("#ffffff"))
        p = QPainter(pixmap)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setFont(self.font())
            self._marken(p)
            self._beschriftungen(p)
        finally:
            p.end()
        return pixmap

    def _bewegt(self, p: QPainter) -> None:
        """The last full picture, moved and scaled to the current view."""
        assert self._cache is not None and self._cache_ansicht is not None
        massstab, (cx, cy), groesse = self._cache_ansicht
        f = self.massstab / massstab
        p.save()
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        p.translate(
            self.width() / 2 + (cx - self.mitte[0]) * self.massstab,
            self.height() / 2 - (cy - self.mitte[1]) * self.massstab,
        )
        p.scale(f, f)
        p.translate(-groesse.width() / 2, -groesse.height() / 2)
        p.drawPixmap(0, 0, self._cache)
        p.restore()

    def _marken(self, p: QPainter) -> None:
        """Every mark as a small picture made once per look and size (a blit is much cheaper than
        an anti-aliased outline), biggest first so that small marks stay visible on top."""
        assert self.karte is not None
        s, cx, cy = self.massstab, self.mitte[0], self.mitte[1]
        w2, h2 = self.width() / 2, self.height() / 2
        w, h = self.width(), self.height()
        draw = p.drawPixmap
        for m, r in zip(self.karte.marken, self._radien, strict=True):
            x = (m.x - cx) * s + w2
            y = h2 - (m.y - cy) * s
            if x < -2 * r or y < -2 * r or x > w + 2 * r or y > h + 2 * r:
                continue
            art: object = m.status if m.status is not None else round(16 * (m.anteil or 0.0))
            pixmap = self._sprites.get((art, r)) or self._sprite(art, r)
            half = pixmap.width() / pixmap.devicePixelRatio() / 2
            draw(QPointF(x - half, y - half), pixmap)

    def _sprite(self, art: object, r: float) -> QPixmap:
        dpr = self.devicePixelRatioF()
        groesse = math.ceil(3.2 * r + 4)
        pixmap = QPixmap(QSize(groesse, groesse) * dpr)
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setPen(QPen(QColor("#1a1a1a"), 0.8))
            mitte = QPointF(groesse / 2, groesse / 2)
            if isinstance(art, Status):
                self._status_muster(art, r)(p, mitte)
            else:
                self._anteil_muster(int(art) / 16, r)(p, mitte)  # type: ignore[call-overload]
        finally:
            p.end()
        self._sprites[(art, r)] = pixmap
        return pixmap

    def _beschriftungen(self, p: QPainter) -> None:
        assert self.karte is not None
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        p.setFont(font)
        fm = QFontMetricsF(font)
        belegt: list[QRectF] = []
        p.setPen(QColor("#333333"))
        hoehe = fm.height()
        flaeche = QRectF(self.rect())
        for b in self.karte.beschriftungen:
            pt = self.auf_schirm(b.x, b.y)
            breite = self._label_breiten.get(b.text)
            if breite is None:
                breite = self._label_breiten[b.text] = fm.horizontalAdvance(b.text)
            rect = QRectF(pt.x() - breite / 2 - 2, pt.y() - 8 - fm.ascent() - 1, breite + 4, hoehe + 2)
            if not flaeche.contains(rect) or any(rect.intersects(o) for o in belegt):
                continue
            belegt.append(rect)
            p.fillRect(rect, QColor(255, 255, 255, 170))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, b.text)

    def _aktuelle(self, p: QPainter) -> None:
        if self.karte is None or self.aktuell is None:
            return
        m = self.karte.marken[self.aktuell]
        pt = self.auf_schirm(m.x, m.y)
        r = self._radien[self.aktuell] + 4
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor("#000000"), 2.5))
        p.drawEllipse(pt, r, r)
        p.setPen(QPen(QColor("#ffffff"), 1))
        p.drawEllipse(pt, r + 2, r + 2)

    def _legende(self, p: QPainter) -> None:
        assert self.karte is not None
        fm = QFontMetricsF(p.font())
        zeile = max(fm.height(), 16) + 3
        eintraege: list[tuple[Callable[[QPainter, QPointF], None], str]] = []
        if self.karte.leistung_nr is None:
            for anteil in (0.0, 0.5, 1.0):
                text = QCoreApplication.translate("Karte", "{p} % der Leistungen produktiv").format(
                    p=round(100 * anteil)
                )
                eintraege.append((self._anteil_muster(anteil), text))
        else:
            for status in KARTEN_STATUS:
                eintraege.append((self._status_muster(status), vocab_text.label(status)))
        groessen = [
            (10_000, "10.000"),
            (100_000, "100.000"),
            (1_000_000, QCoreApplication.translate("Karte", "1 Mio.")),
        ]
        hoehe = zeile * (len(eintraege) + len(groessen) + 2) + 8
        breite = max(LEGENDE_BREITE, max(fm.horizontalAdvance(text) for _, text in eintraege) + 44)
        box = QRectF(self.width() - breite - 8, 8, breite, hoehe)
        p.setPen(QPen(QColor("#999999"), 1))
        p.setBrush(QColor(255, 255, 255, 230))
        p.drawRect(box)
        y = box.top() + 6
        p.setPen(QColor("#000000"))
        titel = (
            QCoreApplication.translate("Karte", "Anteil produktiv")
            if self.karte.leistung_nr is None
            else QCoreApplication.translate("Karte", "Status")
        )
        p.drawText(QRectF(box.left() + 6, y, box.width() - 12, zeile), Qt.AlignmentFlag.AlignVCenter, titel)
        y += zeile
        for muster, text in eintraege:
            muster(p, QPointF(box.left() + 16, y + zeile / 2))
            p.setPen(QColor("#000000"))
            p.drawText(QRectF(box.left() + 32, y, box.width() - 38, zeile), Qt.AlignmentFlag.AlignVCenter, text)
            y += zeile
        p.drawText(
            QRectF(box.left() + 6, y, box.width() - 12, zeile),
            Qt.AlignmentFlag.AlignVCenter,
            QCoreApplication.translate("Karte", "Einwohner"),
        )
        y += zeile
        for einwohner, text in groessen:
            r = radius(einwohner)
            p.setPen(QPen(QColor("#1a1a1a"), 0.8))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(QPointF(box.left() + 16, y + zeile / 2), min(r, zeile / 2 + 2), min(r, zeile / 2 + 2))
            p.setPen(QColor("#000000"))
            p.drawText(QRectF(box.left() + 32, y, box.width() - 38, zeile), Qt.AlignmentFlag.AlignVCenter, text)
            y += zeile

    def _status_muster(self, status: Status, r: float = 6.0) -> Callable[[QPainter, QPointF], None]:
        zeichen = ZEICHEN[status]

        def male(painter: QPainter, pt: QPointF) -> None:
            painter.setPen(QPen(QColor(zeichen.rand), 0.8))
            painter.setBrush(QColor(zeichen.farbe))
            poly = self._form(zeichen.form, r)
            if poly.size():
                painter.drawPolygon(poly.translated(pt.x(), pt.y()))
            else:
                painter.drawEllipse(pt, r, r)

        return male

    def _anteil_muster(self, anteil: float, r: float = 6.0) -> Callable[[QPainter, QPointF], None]:
        def male(painter: QPainter, pt: QPointF) -> None:
            rect = QRectF(pt.x() - r, pt.y() - r, 2 * r, 2 * r)
            painter.setPen(QPen(QColor("#1a1a1a"), 0.8))
            painter.setBrush(QColor(ANTEIL_FARBE) if anteil >= 1 else QColor("#ffffff"))
            painter.drawEllipse(rect)
            if 0 < anteil < 1:
                painter.setBrush(QColor(ANTEIL_FARBE))
                painter.drawPie(rect, 90 * 16, -round(anteil * 360 * 16))

        return male

    def _massstab(self, p: QPainter) -> None:
        km = massstab_km(1 / self.massstab, 140)
        if km <= 0:
            return
        laenge = km * self.massstab
        x0, y0 = 16.0, self.height() - 18.0
        p.setPen(QPen(QColor("#000000"), 2))
        p.drawLine(QPointF(x0, y0), QPointF(x0 + laenge, y0))
        p.drawLine(QPointF(x0, y0 - 4), QPointF(x0, y0 + 4))
        p.drawLine(QPointF(x0 + laenge, y0 - 4), QPointF(x0 + laenge, y0 + 4))
        text = f"{km:g} km"
        p.drawText(QPointF(x0 + laenge + 6, y0 + 4), text)
