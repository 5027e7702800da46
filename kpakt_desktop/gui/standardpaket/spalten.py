"""German column headers for the Standardpaket preview: the package's field names (``schluessel``,
``ist_demo`` …) are the technical names of the format; the preview shows a plain German wording and
keeps the technical name in the header's tooltip. A field the format describes itself
(``domain/standardpaket.py``, ``description``) is headed with that description; a yes/no field
says so. ``tests/test_standardpaket_spalten.py`` checks that every field of the format has one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpakt_desktop.domain.standardpaket import TABLES_BY_NAME


def _ueberschriften() -> dict[str, str]:
    return {
        "aenderung": QCoreApplication.translate("StandardpaketSpalten", "Änderung"),
        "ags": QCoreApplication.translate("StandardpaketSpalten", "Gemeindeschlüssel (AGS)"),
        "alt": QCoreApplication.translate("StandardpaketSpalten", "Alt"),
        "anbindungsart": QCoreApplication.translate("StandardpaketSpalten", "Anbindungsart"),
        "ansprechpartner_fuer_andere": QCoreApplication.translate("StandardpaketSpalten", "Ansprechpartner für andere"),
        "ars": QCoreApplication.translate("StandardpaketSpalten", "Amtlicher Regionalschlüssel"),
        "art": QCoreApplication.translate("StandardpaketSpalten", "Art"),
        "aufgeloest_am": QCoreApplication.translate("StandardpaketSpalten", "Aufgelöst am"),
        "beginn": QCoreApplication.translate("StandardpaketSpalten", "Beginn"),
        "behoerde": QCoreApplication.translate("StandardpaketSpalten", "Behörde"),
        "beschreibung": QCoreApplication.translate("StandardpaketSpalten", "Beschreibung"),
        "breitengrad": QCoreApplication.translate("StandardpaketSpalten", "Breitengrad"),
        "bund_direkt": QCoreApplication.translate("StandardpaketSpalten", "Bund direkt"),
        "datum": QCoreApplication.translate("StandardpaketSpalten", "Datum"),
        "dienststelle": QCoreApplication.translate(
            "StandardpaketSpalten", "Koordinierungsstelle (Behörde, keine Person)"
        ),
        "ebene": QCoreApplication.translate("StandardpaketSpalten", "Ebene"),
        "efa_anbieter": QCoreApplication.translate("StandardpaketSpalten", "EfA-Anbieter"),
        "efa_dienst": QCoreApplication.translate("StandardpaketSpalten", "EfA-Dienst"),
        "einwohner": QCoreApplication.translate("StandardpaketSpalten", "Einwohner"),
        "ende": QCoreApplication.translate("StandardpaketSpalten", "Ende"),
        "erfasst_am": QCoreApplication.translate("StandardpaketSpalten", "Erfasst am"),
        "ergebnis": QCoreApplication.translate("StandardpaketSpalten", "Ergebnis"),
        "erreicht": QCoreApplication.translate("StandardpaketSpalten", "Erreicht"),
        "fachverfahren_id": QCoreApplication.translate("StandardpaketSpalten", "Fachverfahren-ID"),
        "federfuehrend": QCoreApplication.translate("StandardpaketSpalten", "Federführend"),
        "feld": QCoreApplication.translate("StandardpaketSpalten", "Feld"),
        "ff_land": QCoreApplication.translate("StandardpaketSpalten", "FF-Land"),
        "first_mover": QCoreApplication.translate("StandardpaketSpalten", "First Mover"),
        "flaeche_km2": QCoreApplication.translate("StandardpaketSpalten", "Fläche (km²)"),
        "geaendert_am": QCoreApplication.translate("StandardpaketSpalten", "Geändert am"),
        "geloest_am": QCoreApplication.translate("StandardpaketSpalten", "Gelöst am"),
        "geplant": QCoreApplication.translate("StandardpaketSpalten", "Geplant"),
        "geprueft": QCoreApplication.translate("StandardpaketSpalten", "Geprüft"),
        "grund": QCoreApplication.translate("StandardpaketSpalten", "Grund"),
        "gueltig_ab": QCoreApplication.translate("StandardpaketSpalten", "Gültig ab"),
        "handlungsempfehlung": QCoreApplication.translate("StandardpaketSpalten", "Handlungsempfehlung"),
        "hersteller_id": QCoreApplication.translate("StandardpaketSpalten", "Hersteller-ID"),
        "hinweis": QCoreApplication.translate("StandardpaketSpalten", "Hinweis"),
        "huerde_id": QCoreApplication.translate("StandardpaketSpalten", "Hürden-ID"),
        "id": QCoreApplication.translate("StandardpaketSpalten", "ID"),
        "ist_demo": QCoreApplication.translate("StandardpaketSpalten", "Demo"),
        "it_dienstleister_id": QCoreApplication.translate("StandardpaketSpalten", "IT-Dienstleister-ID"),
        "kategorie": QCoreApplication.translate("StandardpaketSpalten", "Kategorie"),
        "kosten_einmalig": QCoreApplication.translate("StandardpaketSpalten", "Kosten einmalig"),
        "kosten_jaehrlich": QCoreApplication.translate("StandardpaketSpalten", "Kosten jährlich"),
        "kreis_ars": QCoreApplication.translate("StandardpaketSpalten", "Kreis-ARS"),
        "kuerzel": QCoreApplication.translate("StandardpaketSpalten", "Länderkürzel, z. B. RP"),
        "laengengrad": QCoreApplication.translate("StandardpaketSpalten", "Längengrad"),
        "leistung_nr": QCoreApplication.translate("StandardpaketSpalten", "Nummer der Fokusleistung 1–16"),
        "link": QCoreApplication.translate("StandardpaketSpalten", "Link"),
        "loesung": QCoreApplication.translate("StandardpaketSpalten", "Lösung"),
        "marktplatz": QCoreApplication.translate("StandardpaketSpalten", "Marktplatz"),
        "nachfolger_ars": QCoreApplication.translate("StandardpaketSpalten", "Nachfolger-ARS"),
        "name": QCoreApplication.translate("StandardpaketSpalten", "Name"),
        "neu": QCoreApplication.translate("StandardpaketSpalten", "Neu"),
        "nr": QCoreApplication.translate("StandardpaketSpalten", "Nummer der Fokusleistung 1–16"),
        "ort": QCoreApplication.translate("StandardpaketSpalten", "Ort"),
        "parent_ars": QCoreApplication.translate("StandardpaketSpalten", "Übergeordneter ARS"),
        "plz": QCoreApplication.translate("StandardpaketSpalten", "PLZ"),
        "quelle": QCoreApplication.translate("StandardpaketSpalten", "Quelle"),
        "region": QCoreApplication.translate("StandardpaketSpalten", "Region"),
        "register_quelle": QCoreApplication.translate("StandardpaketSpalten", "Register: Quelle"),
        "register_stand": QCoreApplication.translate("StandardpaketSpalten", "Register: Stand"),
        "register_titel": QCoreApplication.translate("StandardpaketSpalten", "Register: Titel"),
        "ressort": QCoreApplication.translate("StandardpaketSpalten", "Ressort"),
        "rolloutteam_id": QCoreApplication.translate("StandardpaketSpalten", "Roll-Out-Team-ID"),
        "schluessel": QCoreApplication.translate("StandardpaketSpalten", "Landesschlüssel 01–16"),
        "spitzenverband": QCoreApplication.translate("StandardpaketSpalten", "Spitzenverband"),
        "status": QCoreApplication.translate("StandardpaketSpalten", "Status"),
        "status_seit": QCoreApplication.translate("StandardpaketSpalten", "Status seit"),
        "taskforce_id": QCoreApplication.translate("StandardpaketSpalten", "Taskforce-ID"),
        "team_id": QCoreApplication.translate("StandardpaketSpalten", "Team-ID"),
        "termin_id": QCoreApplication.translate("StandardpaketSpalten", "Termin-ID"),
        "themenfeld": QCoreApplication.translate("StandardpaketSpalten", "Themenfeld"),
        "titel": QCoreApplication.translate("StandardpaketSpalten", "Titel"),
        "unterart": QCoreApplication.translate("StandardpaketSpalten", "Unterart"),
        "verband_ars": QCoreApplication.translate("StandardpaketSpalten", "Verband-ARS"),
        "verbandsfrei": QCoreApplication.translate("StandardpaketSpalten", "Verbandsfrei"),
        "version": QCoreApplication.translate("StandardpaketSpalten", "Version"),
        "verwaltet": QCoreApplication.translate("StandardpaketSpalten", "Verwaltet"),
        "vollstaendig_realisiert": QCoreApplication.translate("StandardpaketSpalten", "Vollständig realisiert"),
        "webseite": QCoreApplication.translate("StandardpaketSpalten", "Webseite"),
        "zustand": QCoreApplication.translate("StandardpaketSpalten", "Zustand"),
    }


def ueberschrift(tabelle: str, feld: str) -> str:
    """The German header of ``feld`` in the package table ``tabelle`` (the field name if unknown)."""
    text = _ueberschriften().get(feld, feld)
    spec = next((f for f in TABLES_BY_NAME[tabelle].fields if f.name == feld), None)
    if spec is not None and spec.type == "boolean":
        return QCoreApplication.translate("StandardpaketSpalten", "{feld} (ja/nein)").format(feld=text)
    return text


def tooltip(tabelle: str, feld: str) -> str:
    """The technical field name, and the format's description of it where it has one."""
    spec = next((f for f in TABLES_BY_NAME[tabelle].fields if f.name == feld), None)
    if spec is not None and spec.description:
        return QCoreApplication.translate(
            "StandardpaketSpalten", "Feld „{feld}“ im Standardpaket: {beschreibung}"
        ).format(feld=feld, beschreibung=spec.description)
    return QCoreApplication.translate("StandardpaketSpalten", "Feld „{feld}“ im Standardpaket").format(feld=feld)
