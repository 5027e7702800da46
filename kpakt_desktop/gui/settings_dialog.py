"""Bearbeiten → Einstellungen…: the settings of this user on this computer (QSettings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop import paths
from kpakt_desktop.gui import msgbox, settings
from kpakt_desktop.gui.barrierefrei import passend


class FolderField(QWidget):
    """A folder as text plus a Durchsuchen… button; empty means the default shown as placeholder."""

    def __init__(self, name: str, accessible: str, value: str, default: Path) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(value)
        self.edit.setObjectName(name)
        self.edit.setAccessibleName(accessible)
        self.edit.setPlaceholderText(str(default))
        self.edit.setToolTip(self.tr("Leer lassen für den Standard: {path}").format(path=default))
        self.default = default
        self.button = QPushButton(self.tr("Durchsuchen…"))
        self.button.setObjectName(name + "Waehlen")
        self.button.setAccessibleName(self.tr("{name}: Ordner wählen").format(name=accessible))
        self.button.clicked.connect(self._choose)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def _choose(self) -> None:
        folder = msgbox.choose_folder(self, self.edit.accessibleName(), self.path() or self.default)
        if folder is not None:
            self.edit.setText(str(folder))

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None


# The narrowest the field column gets (the dialog is at least 620 px wide, the labels take the rest).
SCHMALSTES_FELD = 360


def _hoehe_bei_schmalster_breite(label: QLabel) -> None:
    """A word-wrapped note keeps the lines it needs in the narrowest field column: QFormLayout's
    height-for-width under-counts them, and at 200 % the last rows overlapped and were cut."""
    label.setMinimumHeight(label.heightForWidth(SCHMALSTES_FELD))


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("einstellungenDialog")
        self.setWindowTitle(self.tr("Einstellungen"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)

        allgemein = QGroupBox(self.tr("Allgemein"))
        form = QFormLayout(allgemein)
        self.user_edit = QLineEdit(settings.user_name())
        self.user_edit.setObjectName("benutzerName")
        self.user_edit.setAccessibleName(self.tr("Ihr Name in der Änderungshistorie"))
        self.user_edit.setMaxLength(100)
        self._row(form, self.tr("Ihr &Name (Historie):"), self.user_edit)
        self.language = QComboBox()
        self.language.setObjectName("sprache")
        self.language.setAccessibleName(self.tr("Sprache der Oberfläche"))
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.language()), 0))
        self._row(form, self.tr("&Sprache:"), self.language)
        hint = QLabel(self.tr("Eine andere Sprache wird nach einem Neustart des Programms wirksam."))
        hint.setObjectName("spracheHinweis")
        hint.setWordWrap(True)
        _hoehe_bei_schmalster_breite(hint)
        form.addRow("", hint)
        layout.addWidget(allgemein)

        ablage = QGroupBox(self.tr("Ablage"))
        form = QFormLayout(ablage)
        raw_data = settings.settings().value("ablage/datenordner", "")
        self.data_dir = FolderField("datenordner", self.tr("Datenordner"), str(raw_data or ""), paths.user_data_dir())
        self._row(form, self.tr("&Datenordner (neue Datenbanken):"), self.data_dir)
        raw_reports = settings.settings().value("ablage/berichtsordner", "")
        self.report_dir = FolderField(
            "berichtsordner", self.tr("Berichtsordner"), str(raw_reports or ""), settings.report_dir()
        )
        self._row(form, self.tr("&Berichte und Exporte:"), self.report_dir)
        layout.addWidget(ablage)

        sicherung = QGroupBox(self.tr("Sicherungen"))
        form = QFormLayout(sicherung)
        self.backup_on_start = QCheckBox(self.tr("Beim Programmstart die geöffnete Datenbank &sichern"))
        self.backup_on_start.setObjectName("sicherungBeimStart")
        self.backup_on_start.setAccessibleName(self.tr("Beim Programmstart sichern"))
        self.backup_on_start.setChecked(settings.backup_on_start())
        form.addRow(self.backup_on_start)
        self.keep = QSpinBox()
        self.keep.setObjectName("sicherungenBehalten")
        self.keep.setAccessibleName(self.tr("Anzahl aufbewahrter Sicherungen je Datenbank"))
        self.keep.setRange(1, 999)
        self.keep.setValue(settings.backup_keep())
        self.keep.setSuffix(self.tr(" Sicherungen"))
        self._row(form, self.tr("&Aufbewahren (je Datenbank):"), self.keep)
        raw_backup = settings.settings().value("sicherung/ordner", "")
        from kpakt_desktop.services.sicherung import default_backup_root

        self.backup_dir = FolderField(
            "sicherungsordner",
            self.tr("Sicherungsordner"),
            str(raw_backup or ""),
            default_backup_root(self.data_dir.path() or paths.user_data_dir()),
        )
        self._row(form, self.tr("Sicherungs&ordner:"), self.backup_dir)
        note = QLabel(self.tr("Ältere Sicherungen werden gelöscht, sobald mehr als die angegebene Zahl vorliegt."))
        note.setWordWrap(True)
        _hoehe_bei_schmalster_breite(note)
        form.addRow("", note)
        layout.addWidget(sicherung)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("buttonBox")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Einstellungen speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.language_changed = False
        passend(self)  # at 200 % every row keeps its height (or the form scrolls), OK stays visible

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)

    def accept(self) -> None:
        for field in (self.data_dir, self.report_dir, self.backup_dir):
            folder = field.path()
            if folder is not None and folder.exists() and not folder.is_dir():
                msgbox.error(
                    self,
                    self.tr("Einstellungen"),
                    self.tr("{path} ist kein Ordner. Bitte einen Ordner wählen oder das Feld leer lassen.").format(
                        path=folder
                    ),
                )
                field.edit.setFocus()
                return
        settings.set_user_name(self.user_edit.text())
        settings.set_data_dir(self.data_dir.path())
        settings.set_report_dir(self.report_dir.path())
        settings.set_backup_on_start(self.backup_on_start.isChecked())
        settings.set_backup_keep(self.keep.value())
        settings.set_backup_root(self.backup_dir.path())
        code = str(self.language.currentData())
        self.language_changed = code != settings.language()
        settings.set_language(code)
        super().accept()
        if self.language_changed:
            msgbox.info(
                self.parentWidget(),
                self.tr("Sprache"),
                self.tr("Die neue Sprache wird beim nächsten Start von Kommunalpakt Desktop verwendet."),
            )
