"""Hilfe → Über: version, purpose and the Destatis attribution the licence requires."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kpakt_desktop import APP_NAME, __version__
from kpakt_desktop.services.register import shipped_register_info


def about_text() -> str:
    info = shipped_register_info()
    text = QCoreApplication.translate(
        "About",
        "<h3>{app} {version}</h3>"
        "<p>Werkzeug der kommunalen OZG-Koordination eines Landes für die Nachnutzung der "
        "16 kommunalen EfA-Fokusleistungen nach dem Kommunalpakt vom 04.07.2023.</p>"
        "<p><b>Gemeindeverzeichnis:</b> {quelle}; Gebietsstand {gebiet}, Bevölkerung {bevoelkerung}.<br>"
        "Lizenz: {lizenz}, <a href='{url}'>{url}</a>.</p>",
    )
    return text.format(
        app=APP_NAME,
        version=__version__,
        quelle=info.quelle,
        gebiet=info.stand_gebiet,
        bevoelkerung=info.stand_bevoelkerung,
        lizenz=info.lizenz,
        url=info.lizenz_url,
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "Über {app}").format(app=APP_NAME), about_text())
