"""Widgets of the Leistungen page: Leistung details, Vollzugsebene panel, Gemeindeverband rules."""
