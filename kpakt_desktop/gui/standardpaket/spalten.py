"""German column headers for the Standardpaket preview: the package's field names (``schluessel``,
``ist_demo`` …) are the technical names of the format; the preview shows a plain German wording and
keeps the technical name in the header's tooltip. A field the format describes itself
(``domain/standardpaket.py``, ``description``) is headed with that description; a yes/no field
says so. ``tests/test_standardpaket_spalten.py`` checks that every field of the format has one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpakt_desktop.domain.standardpaket import TABLES_BY_NAME


def _t(text: str) -> str:
    return QCoreApplication.translate("StandardpaketSpalten", text)


def _ueberschriften() -> dict[str, str]:
    return {
        "aenderung": _t("Änderung"),
        "ags": _t("Gemeindeschlüssel (AGS)"),
        "alt": _t("Alt"),
        "anbindungsart": _t("Anbindungsart"),
        "ansprechpartner_fuer_andere": _t("Ansprechpartner für andere"),
        "ars": _t("Amtlicher Regionalschlüssel"),
        "art": _t("Art"),
        "aufgeloest_am": _t("Aufgelöst am"),
        "beginn": _t("Beginn"),
        "behoerde": _t("Behörde"),
        "beschreibung": _t("Beschreibung"),
        "breitengrad": _t("Breitengrad"),
        "bund_direkt": _t("Bund direkt"),
        "datum": _t("Datum"),
        "dienststelle": _t("Koordinierungsstelle (Behörde, keine Person)"),
        "ebene": _t("Ebene"),
        "efa_anbieter": _t("EfA-Anbieter"),
        "efa_dienst": _t("EfA-Dienst"),
        "einwohner": _t("Einwohner"),
        "ende": _t("Ende"),
        "erfasst_am": _t("Erfasst am"),
        "ergebnis": _t("Ergebnis"),
        "erreicht": _t("Erreicht"),
        "fachverfahren_id": _t("Fachverfahren-ID"),
        "federfuehrend": _t("Federführend"),
        "feld": _t("Feld"),
        "ff_land": _t("FF-Land"),
        "first_mover": _t("First Mover"),
        "flaeche_km2": _t("Fläche (km²)"),
        "geaendert_am": _t("Geändert am"),
        "geloest_am": _t("Gelöst am"),
        "geplant": _t("Geplant"),
        "geprueft": _t("Geprüft"),
        "grund": _t("Grund"),
        "gueltig_ab": _t("Gültig ab"),
        "handlungsempfehlung": _t("Handlungsempfehlung"),
        "hersteller_id": _t("Hersteller-ID"),
        "hinweis": _t("Hinweis"),
        "huerde_id": _t("Hürden-ID"),
        "id": _t("ID"),
        "ist_demo": _t("Demo"),
        "it_dienstleister_id": _t("IT-Dienstleister-ID"),
        "kategorie": _t("Kategorie"),
        "kosten_einmalig": _t("Kosten einmalig"),
        "kosten_jaehrlich": _t("Kosten jährlich"),
        "kreis_ars": _t("Kreis-ARS"),
        "kuerzel": _t("Länderkürzel, z. B. RP"),
        "laengengrad": _t("Längengrad"),
        "leistung_nr": _t("Nummer der Fokusleistung 1–16"),
        "link": _t("Link"),
        "loesung": _t("Lösung"),
        "marktplatz": _t("Marktplatz"),
        "nachfolger_ars": _t("Nachfolger-ARS"),
        "name": _t("Name"),
        "neu": _t("Neu"),
        "nr": _t("Nummer der Fokusleistung 1–16"),
        "ort": _t("Ort"),
        "parent_ars": _t("Übergeordneter ARS"),
        "plz": _t("PLZ"),
        "quelle": _t("Quelle"),
        "region": _t("Region"),
        "register_quelle": _t("Register: Quelle"),
        "register_stand": _t("Register: Stand"),
        "register_titel": _t("Register: Titel"),
        "ressort": _t("Ressort"),
        "rolloutteam_id": _t("Roll-Out-Team-ID"),
        "schluessel": _t("Landesschlüssel 01–16"),
        "spitzenverband": _t("Spitzenverband"),
        "status": _t("Status"),
        "status_seit": _t("Status seit"),
        "taskforce_id": _t("Taskforce-ID"),
        "team_id": _t("Team-ID"),
        "termin_id": _t("Termin-ID"),
        "themenfeld": _t("Themenfeld"),
        "titel": _t("Titel"),
        "unterart": _t("Unterart"),
        "verband_ars": _t("Verband-ARS"),
        "verbandsfrei": _t("Verbandsfrei"),
        "version": _t("Version"),
        "verwaltet": _t("Verwaltet"),
        "vollstaendig_realisiert": _t("Vollständig realisiert"),
        "webseite": _t("Webseite"),
        "zustand": _t("Zustand"),
    }


def ueberschrift(tabelle: str, feld: str) -> str:
    """The German header of ``feld`` in the package table ``tabelle`` (the field name if unknown)."""
    text = _ueberschriften().get(feld, feld)
    spec = next((f for f in TABLES_BY_NAME[tabelle].fields if f.name == feld), None)
    if spec is not None and spec.type == "boolean":
        return _t("{feld} (ja/nein)").format(feld=text)
    return text


def tooltip(tabelle: str, feld: str) -> str:
    """The technical field name, and the format's description of it where it has one."""
    spec = next((f for f in TABLES_BY_NAME[tabelle].fields if f.name == feld), None)
    if spec is not None and spec.description:
        return _t("Feld „{feld}“ im Standardpaket: {beschreibung}").format(feld=feld, beschreibung=spec.description)
    return _t("Feld „{feld}“ im Standardpaket").format(feld=feld)
