"""Every colour the GUI sets itself, and the pairs it forms, checked against WCAG 2.1 (1.4.3, 1.4.11).

Text needs 4.5:1 against its background, graphics and borders that carry meaning 3:1. Colours
that are drawn on the system palette (window #efefef, base #ffffff in Qt's light Fusion palette)
are checked against those; under another palette the palette pairs themselves are checked and
corrected at start-up (``palette.kontrast_palette``). ``tests/test_kontrast.py`` computes
every pair and finds any colour literal in the GUI code or the style sheet that is not listed here.
"""

from __future__ import annotations

from dataclasses import dataclass

from kpakt_desktop.domain.status import ALLE, Status

# the thresholds and the arithmetic, offered here with the colours they check
from kpakt_desktop.gui.wcag import GRAFIK as GRAFIK
from kpakt_desktop.gui.wcag import TEXT as TEXT
from kpakt_desktop.gui.wcag import angleichen as angleichen
from kpakt_desktop.gui.wcag import kontrast as kontrast
from kpakt_desktop.gui.wcag import luminanz as luminanz
from kpakt_desktop.gui.wcag import mischen as mischen

WEISS = "#ffffff"
SCHWARZ = "#000000"
FENSTER = "#efefef"  # Qt's light window colour, the background of labels
BASIS = "#ffffff"  # Qt's light base colour, the background of fields and tables
FENSTER_DUNKEL = "#353535"  # a dark palette's window and base (Fusion's dark colours)
BASIS_DUNKEL = "#2a2a2a"

# field borders (style sheet): a mid grey that reaches 3:1 on light and on dark palettes; the focused
# field, tab and chart get a frame in palette(highlight), checked in test_kontrast against the palette
FELDRAND = "#808080"

# Nachnutzung matrix
ZELLE_TEXT = SCHWARZ
ZELLE_GEDIMMT = WEISS  # a cell outside the cell filter of a matched row
ZELLE_GEDIMMT_TEXT = "#595959"
NICHT_MEHR_ZUSTAENDIG_TEXT = "#333333"

# Übersicht charts (drawn by QtCharts on its own white background)
DIAGRAMM_HINTERGRUND = WEISS
DIAGRAMM_TEXT = SCHWARZ
TRENNLINIE = "#333333"  # between stacked segments and round light bars
FORTSCHRITT_RAND = "#2e6b3f"
GOLIVE_KOMMUNEN = "#1d4f91"
GOLIVE_NACHNUTZUNGEN = "#2f6fab"  # drawn dashed as well: the two lines differ not by colour only
HUERDEN_BALKEN = "#c8553d"
AUSWAHL = "#1d4f91"  # the bar chosen with the arrow keys

# messages and hints on the window background
FEHLER_TEXT = "#b00020"
GEPRUEFT_TEXT = "#1b5e20"
UNGEPRUEFT_TEXT = "#8a4b00"
HINWEIS_TEXT = "#8a5a00"
EINGABE_FEHLER_RAND = "#cc0000"
VORSCHAU_HINTERGRUND = "#eef4fb"
VORSCHAU_RAND = "#9cbbe0"
SONDERFALL_HINTERGRUND = "#fff4d6"
SONDERFALL_RAND = "#e0c080"
KONFLIKT_HINTERGRUND = "#f8d7d3"
RUECKSCHRITT_HINTERGRUND = "#fff1c2"
RUECKMELDUNG_FEHLER_TEXT = "#a12622"
NEBENTEXT = "#555555"

# Maps (gui/karte): marks with a dark outline on white, black scale bar and legend text
KARTE_HINTERGRUND = WEISS
KARTE_UMRISS = "#1a1a1a"
KARTE_BESCHRIFTUNG = "#333333"  # Kreis names
KARTE_LEGENDE_RAND = "#999999"  # frame of the legend box (its text is black on white)

# Bundesansicht heat table: share produktiv, light to dark; white text from HEAT_WEISS_AB on
HEAT_RAMPE = ("#f7fcfd", "#e5f5f9", "#ccece6", "#99d8c9", "#66c2a4", "#41ae76", "#238b45", "#005824")
HEAT_WEISS_AB = 7


@dataclass(frozen=True)
class Paar:
    was: str
    vorne: str
    hinten: str
    minimum: float


def _status_paare() -> list[Paar]:
    paare = []
    for st in ALLE:
        text = NICHT_MEHR_ZUSTAENDIG_TEXT if st is Status.NICHT_MEHR_ZUSTAENDIG else ZELLE_TEXT
        paare.append(Paar(f"Matrixzelle „{st.label}“: Text", text, st.farbe, TEXT))
        paare.append(Paar(f"Legende „{st.label}“: Text", SCHWARZ, st.farbe, TEXT))
        paare.append(Paar(f"Diagramm „{st.label}“: Trennlinie zum Segment", TRENNLINIE, st.farbe, GRAFIK))
        paare.append(Paar(f"Diagramm: gewählter Balken neben „{st.label}“", AUSWAHL, st.farbe, GRAFIK))
    return paare


def _heat_paare() -> list[Paar]:
    return [
        Paar(
            f"Bundesansicht: Zelle {n + 1} von {len(HEAT_RAMPE)}", WEISS if n >= HEAT_WEISS_AB else SCHWARZ, farbe, TEXT
        )
        for n, farbe in enumerate(HEAT_RAMPE)
    ]


PAARE: tuple[Paar, ...] = (
    *_status_paare(),
    *_heat_paare(),
    Paar("Karte: Umriss der Zeichen", KARTE_UMRISS, KARTE_HINTERGRUND, GRAFIK),
    Paar("Karte: Kreisnamen", KARTE_BESCHRIFTUNG, KARTE_HINTERGRUND, TEXT),
    Paar("Karte: Maßstab und Legende", SCHWARZ, KARTE_HINTERGRUND, TEXT),
    Paar("Matrixzelle gedimmt: Text", ZELLE_GEDIMMT_TEXT, ZELLE_GEDIMMT, TEXT),
    Paar("Diagramm: Trennlinie zum Hintergrund", TRENNLINIE, DIAGRAMM_HINTERGRUND, GRAFIK),
    Paar("Diagramm: Beschriftung", DIAGRAMM_TEXT, DIAGRAMM_HINTERGRUND, TEXT),
    Paar("Fortschritt je Kreis: Balkenrand", FORTSCHRITT_RAND, DIAGRAMM_HINTERGRUND, GRAFIK),
    Paar("Go-live-Kurve: Kommunen", GOLIVE_KOMMUNEN, DIAGRAMM_HINTERGRUND, GRAFIK),
    Paar("Go-live-Kurve: Nachnutzungen", GOLIVE_NACHNUTZUNGEN, DIAGRAMM_HINTERGRUND, GRAFIK),
    Paar("Hürden: Balken", HUERDEN_BALKEN, DIAGRAMM_HINTERGRUND, GRAFIK),
    Paar("Diagramm: gewählter Balken", AUSWAHL, DIAGRAMM_HINTERGRUND, GRAFIK),
    Paar("Fehlermeldung im Dialog", FEHLER_TEXT, FENSTER, TEXT),
    Paar("Vollzugsebene geprüft", GEPRUEFT_TEXT, FENSTER, TEXT),
    Paar("Vollzugsebene ungeprüft", UNGEPRUEFT_TEXT, FENSTER, TEXT),
    Paar("Hinweis Verbandsregeln", HINWEIS_TEXT, FENSTER, TEXT),
    Paar("Eingabefeld: Rand gegen das Fenster", FELDRAND, FENSTER, GRAFIK),
    Paar("Eingabefeld: Rand gegen das Feld", FELDRAND, BASIS, GRAFIK),
    Paar("Eingabefeld: Rand gegen ein dunkles Fenster", FELDRAND, FENSTER_DUNKEL, GRAFIK),
    Paar("Eingabefeld: Rand gegen ein dunkles Feld", FELDRAND, BASIS_DUNKEL, GRAFIK),
    Paar("Eingabefeld mit Fehler: Rand", EINGABE_FEHLER_RAND, BASIS, GRAFIK),
    Paar("Vorschau der Vollzugsebene: Text", SCHWARZ, VORSCHAU_HINTERGRUND, TEXT),
    Paar("Sonderfall-Hinweis: Text", SCHWARZ, SONDERFALL_HINTERGRUND, TEXT),
    Paar("Rückmeldung Konflikt: Text", SCHWARZ, KONFLIKT_HINTERGRUND, TEXT),
    Paar("Rückmeldung Rückschritt: Text", SCHWARZ, RUECKSCHRITT_HINTERGRUND, TEXT),
    Paar("Rückmeldung Fehler: Text", RUECKMELDUNG_FEHLER_TEXT, BASIS, TEXT),
    Paar("Rückmeldung Nebentext", NEBENTEXT, BASIS, TEXT),
)
# Decoration only (a frame around a hint that is also said in words): no contrast needed.
DEKORATION: tuple[str, ...] = (VORSCHAU_RAND, SONDERFALL_RAND, KARTE_LEGENDE_RAND)
