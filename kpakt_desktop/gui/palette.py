"""The application palette: the system's, with each pair below WCAG 2.1 AA darkened (BITV 2.0).

Applied before the first window shows, so this module stays light: it touches no ``Qt`` namespace
enum and no widget class (PySide creates a class and its Python enums on first access; the ``Qt``
namespace alone costs ~20 ms, the empty window's whole start ~150 ms).
"""

from __future__ import annotations

import copy

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from kpakt_desktop.gui import wcag

_PAARE_DER_PALETTE = (
    (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText, wcag.TEXT),
    (QPalette.ColorRole.Base, QPalette.ColorRole.PlaceholderText, wcag.TEXT),
    (QPalette.ColorRole.Base, QPalette.ColorRole.Text, wcag.TEXT),
    (QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Text, wcag.TEXT),
    (QPalette.ColorRole.Window, QPalette.ColorRole.WindowText, wcag.TEXT),
    # links, and the focus frames of the style sheet (palette(link)): on the window and in fields
    (QPalette.ColorRole.Window, QPalette.ColorRole.Link, wcag.TEXT),
    (QPalette.ColorRole.Base, QPalette.ColorRole.Link, wcag.TEXT),
    (QPalette.ColorRole.Button, QPalette.ColorRole.ButtonText, wcag.TEXT),
    (QPalette.ColorRole.ToolTipBase, QPalette.ColorRole.ToolTipText, wcag.TEXT),
)


def kontrast_palette(palette: QPalette) -> QPalette:
    """The system palette, with each text colour below 4.5:1 on its background moved towards the
    palette's own text colour until it reaches it (a light highlight gets darker in a light palette;
    in a dark or high-contrast palette nothing changes that already passes)."""
    result = copy.copy(palette)  # not QPalette(palette): resolving its overloads creates every Qt enum
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for bg_role, fg_role, minimum in _PAARE_DER_PALETTE:
            bg = result.color(group, bg_role).name()
            fg = sichtbare_farbe(result.color(group, fg_role), bg)
            if wcag.kontrast(fg, bg) >= minimum:
                continue
            if fg_role is QPalette.ColorRole.HighlightedText:
                result.setColor(group, bg_role, QColor(wcag.angleichen(bg, fg, minimum)))
            else:
                result.setColor(group, fg_role, QColor(wcag.angleichen(fg, bg, minimum)))
    return result


def sichtbare_farbe(farbe: QColor, hinten: str) -> str:
    """A palette colour as it is seen: with its transparency drawn over ``hinten`` (the placeholder
    text is the text colour at half opacity in Qt's palettes)."""
    return farbe.name() if farbe.alpha() == 255 else wcag.mischen(farbe.name(), hinten, farbe.alphaF())


def anwenden() -> None:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        QGuiApplication.setPalette(kontrast_palette(QGuiApplication.palette()))
