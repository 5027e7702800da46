"""Taskforces page: regionale OZG-Taskforces, Roll-Out-Teams, Landesteams and the First Movers, one tab each
(each tab is its own widget: taskforces_tab, rollout_tab, landesteams_tab, first_mover_tab)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.pages.base import Page, heading
from kpakt_desktop.gui.taskforces.first_mover_tab import FirstMoverTab
from kpakt_desktop.gui.taskforces.landesteams_tab import LandesteamsTab
from kpakt_desktop.gui.taskforces.rollout_tab import RolloutTab
from kpakt_desktop.gui.taskforces.taskforces_tab import TaskforcesTab
from kpakt_desktop.services.changes import Entity


class TaskforcesPage(Page):
    SHOWS = frozenset(
        {
            Entity.TASKFORCE,
            Entity.ROLLOUTTEAM,
            Entity.LANDESTEAM,
            Entity.KONTAKT,
            Entity.KOMMUNE,
            Entity.NACHNUTZUNG,
            Entity.LEISTUNG,
            Entity.LAND,
        }
    )

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Taskforces und Teams")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("taskforcesTabs")
        self.tabs.setAccessibleName(self.tr("Bereiche"))
        layout.addWidget(self.tabs, 1)
        self.taskforces = TaskforcesTab(ctx)
        self.rollout = RolloutTab(ctx)
        self.landesteams = LandesteamsTab(ctx)
        self.first_mover = FirstMoverTab(ctx)
        self.tabs.addTab(self.taskforces, self.tr("Regionale OZG-Taskforces"))
        self.tabs.addTab(self.rollout, self.tr("Roll-Out-Teams"))
        self.tabs.addTab(self.landesteams, self.tr("Landesteams"))
        self.tabs.addTab(self.first_mover, self.tr("First Mover"))
        self.refresh()

    def reload(self) -> None:
        for tab in (self.taskforces, self.rollout, self.landesteams, self.first_mover):
            tab.reload()
