"""The pages of the main window, in sidebar order. Each later issue fills one of them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.pages.base import Page, PlaceholderPage
from kpakt_desktop.gui.pages.kommunen import KommunenPage
from kpakt_desktop.gui.pages.uebersicht import UebersichtPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("Pages", text)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    factory: Callable[[AppContext], Page]


def _placeholder(key: str, title: str, text: str) -> PageSpec:
    return PageSpec(key, title, lambda ctx: PlaceholderPage(ctx, title, text))


def page_specs() -> list[PageSpec]:
    return [
        PageSpec("uebersicht", _tr("Übersicht"), UebersichtPage),
        PageSpec("kommunen", _tr("Kommunen"), KommunenPage),
        _placeholder("leistungen", _tr("Leistungen"), _tr("Die 16 Fokusleistungen und ihre Vollzugsebene.")),
        _placeholder("nachnutzung", _tr("Nachnutzung"), _tr("Stand der Nachnutzung je Kommune und Leistung.")),
        _placeholder("taskforces", _tr("Taskforces"), _tr("Regionale OZG-Taskforces, Roll-Out-Teams, First Mover.")),
        _placeholder("huerden", _tr("Hürden"), _tr("Register der Hürden und Handlungsempfehlungen.")),
        _placeholder("termine", _tr("Termine"), _tr("Termine, Protokolle und Aufgaben.")),
        _placeholder("berichte", _tr("Berichte"), _tr("Excel- und PDF-Berichte für Sitzungen.")),
        _placeholder("standardpaket", _tr("Standardpaket"), _tr("Signierter Export an den IT-Planungsrat.")),
    ]
