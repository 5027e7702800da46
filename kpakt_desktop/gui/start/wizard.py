"""The first-run wizard: choose the Land, create its database from the shipped register, enter the
office, optionally create the signing key — or open the demo or an existing database instead.

Shown when no database is known (first start). Creating the database is the commit point: from
there on the wizard cannot go back (the file exists), and cancelling later keeps the new database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kpakt_desktop import APP_NAME
from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.domain.laender import LAENDER, Land
from kpakt_desktop.gui import msgbox, settings
from kpakt_desktop.gui.office_dialog import office_edits
from kpakt_desktop.gui.operation import Cancelled, runner
from kpakt_desktop.services.register import LandRegister

PAGE_INTRO, PAGE_LAND, PAGE_DATEI, PAGE_STELLE, PAGE_SCHLUESSEL, PAGE_FERTIG, PAGE_OEFFNEN = range(7)


def _wrap(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class IntroPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("wizardIntro")
        self.setTitle(self.tr("Willkommen bei Kommunalpakt Desktop"))
        self.setSubTitle(self.tr("Noch ist keine Landesdatenbank eingerichtet. Was möchten Sie tun?"))
        layout = QVBoxLayout(self)
        self.new_radio = QRadioButton(self.tr("Die Landesdatenbank meines Landes &einrichten"))
        self.new_radio.setObjectName("neuRadio")
        self.new_radio.setAccessibleName(self.tr("Landesdatenbank einrichten"))
        self.demo_radio = QRadioButton(self.tr("Zuerst die &Demo mit fiktiven Daten ansehen"))
        self.demo_radio.setObjectName("demoRadio")
        self.demo_radio.setAccessibleName(self.tr("Demo ansehen"))
        self.open_radio = QRadioButton(self.tr("Eine vorhandene Datenbank ö&ffnen"))
        self.open_radio.setObjectName("oeffnenRadio")
        self.open_radio.setAccessibleName(self.tr("Vorhandene Datenbank öffnen"))
        self.group = QButtonGroup(self)
        hints = (
            self.tr(
                "Die Datenbank enthält sofort alle Kreise, Gemeindeverbände und Gemeinden Ihres Landes aus "
                "dem amtlichen Gemeindeverzeichnis und die 16 Fokusleistungen."
            ),
            self.tr("Echte Kommunen, erfundene Nachnutzungen, Hürden und Termine: zum Ausprobieren."),
            self.tr("Zum Beispiel eine Datenbank, die Ihnen eine Kollegin weitergegeben hat."),
        )
        for radio, hint in zip((self.new_radio, self.demo_radio, self.open_radio), hints, strict=True):
            self.group.addButton(radio)
            layout.addWidget(radio)
            label = _wrap(hint)
            label.setIndent(24)
            label.setObjectName("wizardHint")
            layout.addWidget(label)
            layout.addSpacing(6)
        layout.addStretch(1)
        self.new_radio.setChecked(True)

    def nextId(self) -> int:
        return PAGE_OEFFNEN if self.open_radio.isChecked() else PAGE_LAND


class LandPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setObjectName("wizardLand")
        self.setTitle(self.tr("Land wählen"))
        layout = QFormLayout(self)
        self.combo = QComboBox()
        self.combo.setObjectName("landCombo")
        self.combo.setAccessibleName(self.tr("Land"))
        for land in LAENDER:
            self.combo.addItem(f"{land.name} ({land.schluessel})", land.schluessel)
        self.combo.setCurrentIndex(self.combo.findData("07"))
        label = QLabel(self.tr("&Land:"))
        label.setBuddy(self.combo)
        layout.addRow(label, self.combo)
        self.hint = _wrap("")
        layout.addRow(self.hint)

    def initializePage(self) -> None:
        if self.wiz.intro.demo_radio.isChecked():
            self.setSubTitle(self.tr("Die Demo zeigt die echten Kommunen dieses Landes mit fiktiven Daten."))
            self.hint.setText(self.tr("Mit „Fertigstellen“ wird die Demo-Datenbank angelegt (einige Sekunden)."))
        else:
            self.setSubTitle(self.tr("Für welches Land koordinieren Sie den Kommunalpakt?"))
            self.hint.setText("")
        self.setFinalPage(self.wiz.intro.demo_radio.isChecked())

    def land(self) -> Land:
        key = self.combo.currentData()
        return next(land for land in LAENDER if land.schluessel == key)

    def nextId(self) -> int:
        return -1 if self.wiz.intro.demo_radio.isChecked() else PAGE_DATEI

    def validatePage(self) -> bool:
        if not self.wiz.intro.demo_radio.isChecked():
            return True
        from kpakt_desktop.gui.start.start_dialog import Choice, StartResult

        land = self.land()
        result = StartResult(Choice.DEMO, land, settings.data_dir() / f"demo-{land.schluessel}.sqlite")
        if not self.wiz.run_creation(result):
            return False
        self.wiz.result_path = result.path
        return True


class DateiPage(QWizardPage):
    """Where the database goes and which register it starts from; leaving this page creates it
    (the wizard's commit point)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setObjectName("wizardDatei")
        self.setTitle(self.tr("Landesdatenbank anlegen"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Anlegen"))
        layout = QVBoxLayout(self)
        self.info = _wrap("")
        layout.addWidget(self.info)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("dateiPfad")
        self.path_edit.setAccessibleName(self.tr("Datei der Landesdatenbank"))
        label = QLabel(self.tr("&Datei:"))
        label.setBuddy(self.path_edit)
        row.addWidget(label)
        row.addWidget(self.path_edit, 1)
        browse = QPushButton(self.tr("Ä&ndern…"))
        browse.setObjectName("dateiWaehlen")
        browse.setAccessibleName(self.tr("Speicherort ändern"))
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        layout.addLayout(row)
        gv_row = QHBoxLayout()
        self.gv_label = _wrap("")
        self.gv_label.setObjectName("gvQuelle")
        gv_row.addWidget(self.gv_label, 1)
        self.gv_button = QPushButton(self.tr("&Eigenes Gemeindeverzeichnis verwenden…"))
        self.gv_button.setObjectName("gvWaehlen")
        self.gv_button.setAccessibleName(self.tr("Eigenes Gemeindeverzeichnis verwenden"))
        self.gv_button.clicked.connect(self._choose_gv)
        gv_row.addWidget(self.gv_button, 0, Qt.AlignmentFlag.AlignTop)
        self.gv_reset = QPushButton(self.tr("&Mitgeliefertes verwenden"))
        self.gv_reset.setObjectName("gvMitgeliefert")
        self.gv_reset.clicked.connect(self._use_shipped)
        gv_row.addWidget(self.gv_reset, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(gv_row)
        layout.addWidget(_wrap(self.tr("Das Anlegen dauert einige Sekunden und kann abgebrochen werden.")))
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self.completeChanged)
        self.gv: Path | None = None
        self.set_gv(None)

    def _use_shipped(self) -> None:
        self.set_gv(None)

    def set_gv(self, path: Path | None) -> None:
        """The register the database starts from: the shipped one (None) or the user's file."""
        from kpakt_desktop.services.register import shipped_register_info
        from kpakt_desktop.services.register_stand import de_datum

        self.gv = path
        self.gv_reset.setVisible(path is not None)
        if path is None:
            info = shipped_register_info()
            self.gv_label.setText(
                self.tr(
                    "Gemeindeverzeichnis: mitgeliefert, Gebietsstand {gebiet}, Einwohner Stand {einwohner}."
                ).format(gebiet=de_datum(info.stand_gebiet), einwohner=de_datum(info.stand_bevoelkerung))
            )
        else:
            self.gv_label.setText(
                self.tr("Gemeindeverzeichnis: {name} (CSV, Excel oder GV100AD; wird beim Anlegen geprüft).").format(
                    name=path.name
                )
            )

    def _choose_gv(self) -> None:
        path = msgbox.open_as(
            self,
            msgbox.Ablage.GEMEINDEVERZEICHNIS,
            self.tr("Gemeindeverzeichnis wählen"),
            self.tr("Gemeindeverzeichnis (*.csv *.gz *.xlsx *.txt *.asc *.zip);;Alle Dateien (*)"),
        )
        if path is not None:
            self.set_gv(path)

    def initializePage(self) -> None:
        land = self.wiz.land_page.land()
        self.setSubTitle(
            self.tr("Die Datenbank für {name} wird aus dem amtlichen Gemeindeverzeichnis angelegt.").format(
                name=land.name
            )
        )
        self.info.setText(
            self.tr(
                "Die Datei liegt im Datenordner (änderbar unter Bearbeiten → Einstellungen). Sie enthält "
                "alle Daten Ihrer Koordinierungsstelle; beim Programmstart wird sie automatisch gesichert."
            )
        )
        self.path_edit.setText(str(settings.data_dir() / f"land-{land.schluessel}.sqlite"))

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def _browse(self) -> None:
        path = msgbox.save_file(self, self.tr("Landesdatenbank speichern unter"), self.path(), msgbox.db_pattern())
        if path is not None:
            self.path_edit.setText(str(path if path.suffix else path.with_suffix(".sqlite")))

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def validatePage(self) -> bool:
        from kpakt_desktop.gui.start.start_dialog import Choice, StartResult

        path = self.path()
        if path.exists():
            msgbox.error(
                self,
                self.tr("Landesdatenbank anlegen"),
                self.tr(
                    "Die Datei {path} existiert bereits und wird nicht überschrieben. Bitte einen anderen "
                    "Namen wählen oder die Datenbank über „Vorhandene Datenbank öffnen“ öffnen."
                ).format(path=path),
            )
            return False
        land = self.wiz.land_page.land()
        register = None
        if self.gv is not None:
            register = self._read_gv(land)
            if register is None:
                return False
        if not self.wiz.run_creation(StartResult(Choice.NEW, land, path, gv=self.gv, register=register)):
            return False
        self.wiz.result_path = path
        return True

    def _read_gv(self, land: Land) -> LandRegister | None:
        """The user's register file, read and checked in the worker; its warnings shown first."""
        from kpakt_desktop.services.gv_datei import read_register_job

        title = self.tr("Gemeindeverzeichnis lesen")
        gv = self.gv
        assert gv is not None
        try:
            register: LandRegister = runner().run_modal(
                title, lambda: read_register_job(gv, land.schluessel), parent=self
            )
        except Cancelled:
            return None
        except KpaktError as err:
            msgbox.error(self, title, str(err))
            return None
        if register.warnungen and not msgbox.ask(
            self,
            title,
            self.tr("{warnungen}\n\nDie Landesdatenbank trotzdem aus dieser Datei anlegen?").format(
                warnungen="\n".join(register.warnungen)
            ),
        ):
            return None
        return register


class StellePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setObjectName("wizardStelle")
        self.setTitle(self.tr("Koordinierungsstelle"))
        self.setSubTitle(
            self.tr(
                "Für Berichte und das Standardpaket. Leer lassen geht; später ändern unter Bearbeiten → "
                "Koordinierungsstelle…, Ihren Namen unter Einstellungen."
            )
        )
        layout = QFormLayout(self)
        self.dienststelle, self.koordinator = office_edits(layout)
        self.benutzer = QLineEdit(settings.user_name())
        self.benutzer.setObjectName("benutzerEdit")
        self.benutzer.setAccessibleName(self.tr("Ihr Name in der Änderungshistorie"))
        label = QLabel(self.tr("Ihr &Name (Historie):"))
        label.setBuddy(self.benutzer)
        layout.addRow(label, self.benutzer)

    def validatePage(self) -> bool:
        from kpakt_desktop.services.landdb import set_office
        from kpakt_desktop.store.database import open_store

        assert self.wiz.result_path is not None
        try:
            store = open_store(self.wiz.result_path, backups=settings.locations().backups)
            try:
                set_office(store, self.dienststelle.text(), self.koordinator.text())
            finally:
                store.close()
        except KpaktError as err:
            msgbox.error(self, self.tr("Koordinierungsstelle"), str(err))
            return False
        if self.benutzer.text().strip():
            settings.set_user_name(self.benutzer.text())
        return True


class SchluesselPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setObjectName("wizardSchluessel")
        self.setTitle(self.tr("Signaturschlüssel für das Standardpaket"))
        self.setSubTitle(
            self.tr(
                "Mit diesem Schlüssel unterschreibt die Koordinierungsstelle das Standardpaket an den "
                "IT-Planungsrat. Den öffentlichen Teil übermitteln Sie einmal dorthin."
            )
        )
        layout = QVBoxLayout(self)
        self.check = QCheckBox(self.tr("Schlüsselpaar jetzt &erzeugen"))
        self.check.setObjectName("schluesselErzeugen")
        self.check.setAccessibleName(self.tr("Schlüsselpaar jetzt erzeugen"))
        self.check.setChecked(True)
        layout.addWidget(self.check)
        self.status = _wrap("")
        layout.addWidget(self.status)
        layout.addWidget(_wrap(self.tr("Später geht das auch auf der Seite Standardpaket (Schlüssel…).")))
        layout.addStretch(1)
        self.fingerprint = ""

    def initializePage(self) -> None:
        from kpakt_desktop.services.standardpaket import signing

        land = self.wiz.land_page.land()
        try:
            info = signing.key_info(land.schluessel, keys=settings.locations().keys)
        except KpaktError as err:
            info = None
            self.status.setText(str(err))
        if info is not None:
            self.check.setChecked(False)
            self.check.setEnabled(False)
            self.fingerprint = info.fingerprint
            self.status.setText(
                self.tr("Für {name} gibt es auf diesem Rechner bereits ein Schlüsselpaar (Fingerabdruck {fp}).").format(
                    name=land.name, fp=info.fingerprint
                )
            )

    def validatePage(self) -> bool:
        from kpakt_desktop.services.standardpaket import signing

        if not (self.check.isEnabled() and self.check.isChecked()):
            return True
        try:
            info = signing.create_key_pair(self.wiz.land_page.land().schluessel, keys=settings.locations().keys)
        except KpaktError as err:
            msgbox.error(self, self.tr("Signaturschlüssel"), str(err))
            return False
        self.fingerprint = info.fingerprint
        self.check.setEnabled(False)
        return True


class FertigPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setObjectName("wizardFertig")
        self.setTitle(self.tr("Fertig"))
        layout = QVBoxLayout(self)
        self.summary = _wrap("")
        self.summary.setObjectName("zusammenfassung")
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def nextId(self) -> int:
        return -1

    def initializePage(self) -> None:
        from kpakt_desktop.services.landdb import read_land
        from kpakt_desktop.services.register_stand import stand_hinweise
        from kpakt_desktop.store.database import open_store

        lines = [self.tr("Die Landesdatenbank ist angelegt: {path}").format(path=self.wiz.result_path)]
        assert self.wiz.result_path is not None
        store = open_store(self.wiz.result_path, backups=settings.locations().backups)
        try:
            angaben = read_land(store).register
        finally:
            store.close()
        lines.append(self.tr("Gemeindeverzeichnis: {angaben}").format(angaben=angaben.text))
        lines.extend(stand_hinweise(angaben))
        fp = self.wiz.schluessel_page.fingerprint
        if fp:
            lines.append(self.tr("Signaturschlüssel: Fingerabdruck {fp}").format(fp=fp))
        lines.append(
            self.tr(
                "Beim Start sichert das Programm die Datenbank automatisch (Datei → Sicherung wiederherstellen…). "
                "Name, Ordner, Sicherungen und Sprache stellen Sie unter Bearbeiten → Einstellungen ein."
            )
        )
        self.summary.setText("\n\n".join(lines))


class OeffnenPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setObjectName("wizardOeffnen")
        self.setTitle(self.tr("Vorhandene Datenbank öffnen"))
        self.setSubTitle(self.tr("Eine Landesdatenbank von Kommunalpakt Desktop (*.sqlite)."))
        self.setFinalPage(True)
        layout = QHBoxLayout(self)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("oeffnenPfad")
        self.path_edit.setAccessibleName(self.tr("Datei der Landesdatenbank"))
        label = QLabel(self.tr("&Datei:"))
        label.setBuddy(self.path_edit)
        browse = QPushButton(self.tr("&Durchsuchen…"))
        browse.setObjectName("oeffnenWaehlen")
        browse.setAccessibleName(self.tr("Datei auswählen"))
        browse.clicked.connect(self._browse)
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.path_edit, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(browse, 0, Qt.AlignmentFlag.AlignTop)
        self.path_edit.textChanged.connect(self.completeChanged)

    def nextId(self) -> int:
        return -1

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def _browse(self) -> None:
        path = msgbox.open_file(self, self.tr("Landesdatenbank öffnen"), settings.data_dir(), msgbox.db_pattern())
        if path is not None:
            self.path_edit.setText(str(path))

    def validatePage(self) -> bool:
        from kpakt_desktop.store.database import FileKind, inspect_file

        path = Path(self.path_edit.text().strip()).expanduser()
        if inspect_file(path).kind is not FileKind.OURS:
            msgbox.error(
                self,
                self.tr("Datenbank öffnen"),
                self.tr("Die Datei {path} ist keine Landesdatenbank von Kommunalpakt Desktop.").format(path=path),
            )
            return False
        self.wiz.result_path = path
        return True


class FirstRunWizard(QWizard):
    """``result_path`` is the database to open when the wizard was finished (or cancelled after the
    database was created: then the new database opens anyway, it exists)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("{app} einrichten").format(app=APP_NAME))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(640, 460)
        self.result_path: Path | None = None
        self.intro = IntroPage()
        self.land_page = LandPage(self)
        self.datei_page = DateiPage(self)
        self.stelle_page = StellePage(self)
        self.schluessel_page = SchluesselPage(self)
        self.fertig_page = FertigPage(self)
        self.oeffnen_page = OeffnenPage(self)
        for page_id, page in (
            (PAGE_INTRO, self.intro),
            (PAGE_LAND, self.land_page),
            (PAGE_DATEI, self.datei_page),
            (PAGE_STELLE, self.stelle_page),
            (PAGE_SCHLUESSEL, self.schluessel_page),
            (PAGE_FERTIG, self.fertig_page),
            (PAGE_OEFFNEN, self.oeffnen_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(PAGE_INTRO)
        for button, name in (
            (QWizard.WizardButton.NextButton, self.tr("Weiter")),
            (QWizard.WizardButton.BackButton, self.tr("Zurück")),
            (QWizard.WizardButton.FinishButton, self.tr("Fertigstellen")),
            (QWizard.WizardButton.CancelButton, self.tr("Abbrechen")),
            (QWizard.WizardButton.CommitButton, self.tr("Anlegen")),
        ):
            self.button(button).setAccessibleName(name)

    def run_creation(self, result: object) -> bool:
        """Create the chosen database in a worker with a cancellable progress dialog."""
        from kpakt_desktop.gui.start.start_dialog import StartResult, create_chosen

        assert isinstance(result, StartResult)
        try:
            create_chosen(self, result)
        except Cancelled:
            return False
        except KpaktError as err:
            msgbox.error(self, self.tr("Landesdatenbank anlegen"), str(err))
            return False
        return True
