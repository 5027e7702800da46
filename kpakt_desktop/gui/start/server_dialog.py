"""„Mit Server verbinden…“: a Land database on the PostgreSQL server of the IT-Dienstleister.

Host, port, database, user and sslmode are remembered in the settings; the password never is:
libpq finds it in ``.pgpass`` or a service file, or the user types it once and may keep it in the
operating system's keyring. The connection is tried before the dialog closes, so a typo or a server
that is away is reported here, with the input kept.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.domain.errors import DatabaseFault, KpaktError
from kpakt_desktop.gui import msgbox, settings
from kpakt_desktop.gui.start.offline import kopie_anbieten
from kpakt_desktop.services.mehrplatz import (
    SSL_MODES,
    ServerVerbindung,
    gespeichertes_kennwort,
    kennwort_merken,
    verbindung_pruefen,
)
from kpakt_desktop.services.offline_kopie import OfflineKopie


class ServerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mit Server verbinden"))
        last = settings.last_server()
        self.host = QLineEdit(last["host"])
        self.host.setAccessibleName(self.tr("Server"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(last["port"]) if last["port"].isdigit() else 5432)
        self.port.setAccessibleName(self.tr("Port"))
        self.datenbank = QLineEdit(last["datenbank"])
        self.datenbank.setAccessibleName(self.tr("Datenbank"))
        self.benutzer = QLineEdit(last["benutzer"])
        self.benutzer.setAccessibleName(self.tr("Benutzer"))
        self.sslmode = QComboBox()
        self.sslmode.addItems(list(SSL_MODES))
        self.sslmode.setCurrentText(last["sslmode"] or "prefer")
        self.sslmode.setAccessibleName(self.tr("Verschlüsselung (sslmode)"))
        self.kennwort = QLineEdit()
        self.kennwort.setEchoMode(QLineEdit.EchoMode.Password)
        self.kennwort.setAccessibleName(self.tr("Kennwort"))
        self.kennwort.setPlaceholderText(self.tr("leer: aus .pgpass, Servicedatei oder Schlüsselbund"))
        self.merken = QCheckBox(self.tr("Kennwort im Schlüsselbund des Systems speichern"))

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Datenbank:"), self.datenbank)
        form.addRow(self.tr("&Benutzer:"), self.benutzer)
        form.addRow(self.tr("&Verschlüsselung:"), self.sslmode)
        form.addRow(self.tr("&Kennwort:"), self.kennwort)
        form.addRow("", self.merken)
        hint = QLabel(self.tr("Das Kennwort wird nie in den Einstellungen gespeichert."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._connect)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        # the URL to open (with the password, only in memory), or the offline copy when the server is away
        self.target: str | OfflineKopie | None = None

    def verbindung(self) -> ServerVerbindung:
        return ServerVerbindung(
            self.host.text().strip(),
            self.port.value(),
            self.datenbank.text().strip(),
            self.benutzer.text().strip(),
            self.sslmode.currentText(),
        )

    def _connect(self) -> None:
        title = self.tr("Mit Server verbinden")
        verbindung = self.verbindung()
        kennwort = self.kennwort.text() or gespeichertes_kennwort(verbindung)
        try:
            url = verbindung.url(kennwort)
            verbindung_pruefen(url)
        except DatabaseFault as err:  # unreachable: the offline copy, if the user wants it
            kopie = kopie_anbieten(self, url, err)
            if kopie is None:
                msgbox.error(self, title, str(err))  # the input stays in the dialog
                return
            self.target = kopie
            self.accept()
            return
        except KpaktError as err:  # the input stays in the dialog
            msgbox.error(self, title, str(err))
            return
        if self.kennwort.text() and self.merken.isChecked() and not kennwort_merken(verbindung, self.kennwort.text()):
            msgbox.info(
                self,
                title,
                self.tr("Kein Schlüsselbund verfügbar: das Kennwort wird beim nächsten Mal erneut erfragt."),
            )
        settings.remember_server(
            {
                "host": verbindung.host,
                "port": str(verbindung.port),
                "datenbank": verbindung.datenbank,
                "benutzer": verbindung.benutzer,
                "sslmode": verbindung.sslmode,
            }
        )
        self.target = url
        self.accept()
