"""Hilfe → Über: version, purpose and the Destatis attribution the licence requires."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from kpakt_desktop import APP_NAME, __version__
from kpakt_desktop.services.register import shipped_register_info


def about_text() -> str:
    info = shipped_register_info()
    return (
        f"<h3>{APP_NAME} {__version__}</h3>"
        "<p>Werkzeug der kommunalen OZG-Koordination eines Landes für die Nachnutzung der "
        "16 kommunalen EfA-Fokusleistungen nach dem Kommunalpakt vom 04.07.2023.</p>"
        f"<p><b>Gemeindeverzeichnis:</b> {info.quelle}; Gebietsstand {info.stand_gebiet}, "
        f"Bevölkerung {info.stand_bevoelkerung}.<br>"
        f"Lizenz: {info.lizenz}, <a href='{info.lizenz_url}'>{info.lizenz_url}</a>.</p>"
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, f"Über {APP_NAME}", about_text())
