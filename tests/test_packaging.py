"""The packaging files: metadata from pyproject, the PyInstaller spec's plan, Linux desktop entry and
AppStream metadata, the icon set, the Windows installer script. The frozen build itself is
checked by CI (`make package && make smoke-frozen`), not here."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kpakt_desktop import APP_ID, __version__, paths
from kpakt_desktop.app import DESKTOP_ID

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def project_meta() -> ModuleType:
    return _load("project_meta", PACKAGING / "project_meta.py")


# -- metadata --------------------------------------------------------------------------------------


def test_metadata_comes_from_pyproject(project_meta):
    meta = project_meta.read_meta()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert meta.name == pyproject["name"] == "kommunalpakt-desktop"
    assert meta.version == __version__
    assert meta.gui_script == "kpakt-desktop" and meta.cli_script == "kpakt"
    assert meta.numeric_version == ".".join([*__version__.split(".")[:3], "0"])


def test_metadata_follows_a_version_bump(project_meta, tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text('__version__ = "2.3.0rc1"\n', "utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\ndynamic = ["version"]\n'
        '[project.scripts]\nx = "pkg:main"\n[project.gui-scripts]\nx-gui = "pkg:gui"\n'
        '[tool.hatch.version]\npath = "pkg/__init__.py"\n',
        "utf-8",
    )
    meta = project_meta.read_meta(tmp_path / "pyproject.toml")
    assert (meta.version, meta.numeric_version, meta.gui_script) == ("2.3.0rc1", "2.3.0.0", "x-gui")
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\nversion = "1.0"\n[project.scripts]\nx = "a:b"\n[project.gui-scripts]\ny = "a:c"\n',
        "utf-8",
    )
    assert project_meta.read_meta(tmp_path / "pyproject.toml").version == "1.0"


def test_metadata_cli_prints_the_version():
    out = subprocess.run(
        [sys.executable, str(PACKAGING / "project_meta.py"), "version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == __version__


# -- the PyInstaller spec, executed with stand-ins for PyInstaller's build classes -------------------


class _Recorder:
    def __init__(self, kind: str, *args: Any, **kwargs: Any) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs


class _Analysis(_Recorder):
    def __init__(self, scripts: list[str], **kwargs: Any) -> None:
        super().__init__("Analysis", scripts, **kwargs)
        bootstrap = [("pyiboot01_bootstrap", "/x/pyiboot01_bootstrap.py", "PYSOURCE")]
        self.scripts = bootstrap + [(Path(s).stem, s, "PYSOURCE") for s in scripts]
        self.pure: list[Any] = []
        self.binaries = [
            ("PySide6/Qt/lib/libQt6Widgets.so.6", "/x", "BINARY"),
            ("PySide6/Qt/lib/libQt6Quick.so.6", "/x", "BINARY"),
            ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "/x", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "/x", "BINARY"),
        ]
        self.datas = [
            ("PySide6/Qt/translations/qtbase_de.qm", "/x", "DATA"),
            ("PySide6/Qt/translations/qtbase_fr.qm", "/x", "DATA"),
            *[(f"{dest}/{Path(src).name}", src, "DATA") for src, dest in kwargs["datas"]],
        ]


@pytest.fixture(scope="module")
def spec_run(tmp_path_factory) -> dict[str, Any]:
    pytest.importorskip("PyInstaller", reason="PyInstaller fehlt (pip install -e '.[package]')")
    workpath = tmp_path_factory.mktemp("pyinstaller-work")
    made: list[_Recorder] = []

    def record(kind: str):
        def make(*args: Any, **kwargs: Any) -> _Recorder:
            made.append(_Recorder(kind, *args, **kwargs))
            return made[-1]

        return make

    def analysis(scripts: list[str], **kwargs: Any) -> _Analysis:
        made.append(_Analysis(scripts, **kwargs))
        return made[-1]  # type: ignore[return-value]

    namespace: dict[str, Any] = {
        "SPECPATH": str(PACKAGING),
        "workpath": str(workpath),
        "Analysis": analysis,
        "PYZ": record("PYZ"),
        "EXE": record("EXE"),
        "COLLECT": record("COLLECT"),
    }
    code = compile((PACKAGING / "kpakt-desktop.spec").read_text("utf-8"), "kpakt-desktop.spec", "exec")
    exec(code, namespace)
    namespace["_made"] = made
    return namespace


def test_spec_builds_two_programs_into_one_folder_named_from_pyproject(spec_run):
    made = spec_run["_made"]
    exes = {r.kwargs["name"]: r for r in made if r.kind == "EXE"}
    assert set(exes) == {"kpakt-desktop", "kpakt"}
    assert exes["kpakt-desktop"].kwargs["console"] is False
    assert exes["kpakt"].kwargs["console"] is True
    gui_scripts = [s[0] for s in exes["kpakt-desktop"].args[1]]
    cli_scripts = [s[0] for s in exes["kpakt"].args[1]]
    assert "launch_desktop" in gui_scripts and "launch_cli" not in gui_scripts
    assert "launch_cli" in cli_scripts and "launch_desktop" not in cli_scripts
    assert all("pyiboot01_bootstrap" in s for s in (gui_scripts, cli_scripts))
    (collect,) = [r for r in made if r.kind == "COLLECT"]
    assert collect.kwargs["name"] == "kpakt-desktop"
    assert spec_run["META"].version == __version__


def test_spec_bundles_ui_resources_and_db_where_paths_looks(spec_run):
    datas = {
        (Path(src).relative_to(ROOT).as_posix(), dest)
        for src, dest in spec_run["datas"]
        if Path(src).is_relative_to(ROOT)
    }
    for folder in ("ui", "resources", "db"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".pyc", ".qm", ".ts"}:
                rel = path.relative_to(ROOT)
                # destination folder = the file's folder below the bundle root (sys._MEIPASS = app_root())
                assert (rel.as_posix(), str(rel.parent)) in datas
    # translations travel compiled: x.ts → x.qm in the .ts's folder, built by pyside6-lrelease
    bundled = {(Path(src).name, dest) for src, dest in spec_run["datas"]}
    for ts in (ROOT / "resources").rglob("*.ts"):
        qm = ts.with_suffix(".qm")
        assert (qm.name, str(ts.parent.relative_to(ROOT))) in bundled
        assert not any(src == str(ts) for src, _ in spec_run["datas"])
    assert any(src.endswith("db/versions/0001_erstes_schema.py") for src, _ in spec_run["datas"])


def test_spec_hidden_imports_cover_name_imported_modules(spec_run):
    from kpakt_desktop.cli import COMMAND_MODULES
    from kpakt_desktop.gui.pages import page_specs

    hidden = set(spec_run["hiddenimports"])
    assert {spec.target.split(":")[0] for spec in page_specs()} <= hidden
    assert set(COMMAND_MODULES) <= hidden
    # what Alembic's env.py and the migration scripts import from disk at run time
    assert {"alembic.op", "alembic.context", "sqlalchemy", "kpakt_desktop.store.models"} <= hidden
    assert not any(name.startswith("alembic.testing") for name in hidden)


def test_spec_leaves_out_unused_qt_parts(spec_run):
    excludes = set(spec_run["excludes"])
    assert {"PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQuick", "tkinter", "pytest"} <= excludes
    binaries = {dest for dest, *_ in spec_run["a"].binaries}
    assert "PySide6/Qt/lib/libQt6Widgets.so.6" in binaries
    assert "PySide6/Qt/plugins/platforms/libqoffscreen.so" in binaries  # the CI smoke test needs it
    assert "PySide6/Qt/lib/libQt6Quick.so.6" not in binaries
    assert not any("virtualkeyboard" in dest for dest in binaries)
    datas = {dest for dest, *_ in spec_run["a"].datas}
    assert "PySide6/Qt/translations/qtbase_de.qm" in datas
    assert "PySide6/Qt/translations/qtbase_fr.qm" not in datas
    assert "ui/kommune_detail.ui" in datas


# -- frozen layout of kpakt_desktop.paths ----------------------------------------------------------------


def test_paths_use_the_bundle_root_when_frozen(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    paths.app_root.cache_clear()
    try:
        assert paths.ui_dir() == tmp_path / "ui"
        assert paths.resource("icons") == tmp_path / "resources" / "icons"
        assert paths.migrations_dir() == tmp_path / "db"
    finally:
        monkeypatch.undo()
        paths.app_root.cache_clear()
    assert paths.app_root() != tmp_path


# -- icons -----------------------------------------------------------------------------------------------


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_icon_svg_and_every_png_size_exist():
    svg = ET.parse(paths.resource("icons", "kpakt-desktop.svg")).getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("viewBox") == "0 0 256 256"
    found = paths.app_icon_files()
    assert [size for size, _ in found] == list(ICON_SIZES)
    for size, png in found:
        assert _png_size(png) == (size, size)


def test_icon_pngs_show_the_pin_on_the_tile(qapp):
    from PySide6.QtGui import QColor, QImage

    for size, png in paths.app_icon_files():
        image = QImage(str(png))
        corner = image.pixelColor(0, 0)
        centre = QColor(image.pixelColor(size // 2, size * 3 // 4))  # the pin's white stem
        edge = QColor(image.pixelColor(size // 10, size // 2))  # the blue/teal tile
        assert corner.alpha() < 128, f"{png.name}: transparent corner expected"
        assert centre.lightness() > 200, f"{png.name}: white pin expected"
        assert edge.alpha() == 255 and edge.blue() > edge.red(), f"{png.name}: blue tile expected"


def test_icon_pngs_are_rendered_from_the_current_svg(qapp, tmp_path):
    """After an edit of the SVG, `make icons` must be run again (the PNGs are committed)."""
    from PIL import Image, ImageChops, ImageStat

    make_icons = _load("make_icons", PACKAGING / "make_icons.py")
    for size, committed in paths.app_icon_files():
        fresh = tmp_path / committed.name
        make_icons.render(size, fresh)
        with Image.open(committed) as old, Image.open(fresh) as new:
            diff = ImageChops.difference(old.convert("RGBA"), new.convert("RGBA"))
            worst_channel = max(ImageStat.Stat(diff).mean)
        assert worst_channel < 2.0, f"{committed.name} weicht vom SVG ab: make icons ausführen"


def test_window_icon_and_desktop_id_are_set(qapp):
    from PySide6.QtGui import QGuiApplication

    from kpakt_desktop.app import make_application

    make_application([])
    icon = QGuiApplication.windowIcon()
    assert {s.width() for s in icon.availableSizes()} >= set(ICON_SIZES)
    assert QGuiApplication.desktopFileName() == DESKTOP_ID


# -- Linux desktop entry and AppStream ------------------------------------------------------------------


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / f"{DESKTOP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_the_program_with_its_icon(project_meta):
    entry = _desktop_entry()
    meta = project_meta.read_meta()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Kommunalpakt Desktop"
    assert entry["Exec"].split() == [meta.gui_script, "%f"]  # a package or database given as file
    assert entry["MimeType"] == "application/zip;"  # Standardpakete: under „Öffnen mit“
    assert entry["TryExec"] == meta.gui_script
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == APP_ID  # X11 WM_CLASS class = QCoreApplication.applicationName()
    assert entry["Comment[de]"] and entry["Comment"]
    for key in ("Categories", "Keywords", "Keywords[de]"):
        assert entry[key].endswith(";")
    assert "Office" in entry["Categories"].split(";")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-validate fehlt")
def test_desktop_entry_passes_desktop_file_validate():
    out = subprocess.run(
        ["desktop-file-validate", str(LINUX / f"{DESKTOP_ID}.desktop")], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_metainfo_describes_the_app_in_german_and_english(project_meta):
    root = ET.parse(LINUX / f"{DESKTOP_ID}.metainfo.xml").getroot()
    meta = project_meta.read_meta()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == f"{DESKTOP_ID}.desktop"
    assert root.find("launchable").get("type") == "desktop-id"  # type: ignore[union-attr]
    assert root.findtext("project_license") == "EUPL-1.2"
    assert root.findtext("metadata_license") == "CC0-1.0"
    summaries = {s.get(XML_LANG): s.text for s in root.findall("summary")}
    assert summaries.keys() == {None, "de"}
    paragraphs = root.findall("description/p")
    assert {p.get(XML_LANG) for p in paragraphs} == {None, "de"}
    assert {b.text for b in root.findall("provides/binary")} == {meta.gui_script, meta.cli_script}
    assert root.find("content_rating").get("type") == "oars-1.1"  # type: ignore[union-attr]
    # every screenshot shown in a software centre is one `make screenshots` produces
    images = [Path(i.text or "").name for i in root.findall("screenshots/screenshot/image")]
    assert images and all((ROOT / "docs" / "screenshots" / name).is_file() for name in images)
    # a release entry for the version being built (a version bump needs its release note)
    assert meta.version in {r.get("version") for r in root.findall("releases/release")}


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli fehlt (Debian-Paket appstream)")
def test_metainfo_passes_appstreamcli_validate():
    out = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{DESKTOP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr


# -- Windows installer script ------------------------------------------------------------------------------


def test_inno_setup_script_installs_per_user_in_german_and_english():
    iss = (PACKAGING / "windows" / "kpakt-desktop.iss").read_text("utf-8")
    lines = {line.split("=", 1)[0].strip(): line.split("=", 1)[1].strip() for line in iss.splitlines() if "=" in line}
    assert lines["PrivilegesRequired"] == "lowest"
    assert lines["AppVersion"] == "{#AppVersion}"  # passed in by build.ps1 from pyproject.toml
    assert "#error" in iss.split("#endif")[0]  # refuses to build without a version
    assert 'Name: "de"; MessagesFile: "compiler:Languages\\German.isl"' in iss
    assert 'Name: "en"; MessagesFile: "compiler:Default.isl"' in iss
    assert "{autoprograms}" in iss  # Start-menu entry
    assert 'Source: "{#SourceDir}\\*"' in iss
    # Standardpakete (.zip) get „Öffnen mit“, never the default of every ZIP file
    assert 'Subkey: "Software\\Classes\\.zip\\OpenWithProgids"' in iss
    assert '""{app}\\{#AppExe}"" ""%1""' in iss
    assert 'Subkey: "Software\\Classes\\.zip"; ValueType: string' not in iss
    build = (PACKAGING / "windows" / "build.ps1").read_text("utf-8")
    assert "project_meta.py version" in build and "/DAppVersion=" in build


def _iss_entries(iss: str) -> list[str]:
    """The script's lines with their `\\` continuations joined."""
    import re

    return re.sub(r"\\\n\s*", "", iss).splitlines()


def test_inno_setup_script_lists_the_program_under_open_with_zip():
    # OpenWithProgids lists ProgIDs as value names; `ValueType: none` would create only the key
    # (found by `make check-installer`: the value was missing after a real install).
    iss = (PACKAGING / "windows" / "kpakt-desktop.iss").read_text("utf-8")
    [entry] = [line for line in _iss_entries(iss) if "\\.zip\\OpenWithProgids" in line]
    assert 'ValueType: string; ValueName: "KommunalpaktDesktop.Standardpaket"; ValueData: ""' in entry
    assert "Flags: uninsdeletevalue" in entry


def test_inno_setup_release_defaults_are_only_overridden_on_the_command_line():
    # make check-installer passes /DCompression and /DDefaultDir; a release build (build.ps1) does not.
    iss = (PACKAGING / "windows" / "kpakt-desktop.iss").read_text("utf-8")
    assert '#define Compression "lzma2/max"' in iss
    assert '#define DefaultDir "{autopf}\\Kommunalpakt Desktop"' in iss
    assert "DefaultDirName={#DefaultDir}" in iss and "Compression={#Compression}" in iss
    build = (PACKAGING / "windows" / "build.ps1").read_text("utf-8")
    assert "/DCompression" not in build and "/DDefaultDir" not in build


def test_spec_writes_the_installer_icon_on_every_platform(spec_run):
    # the Inno Setup script needs it (SetupIconFile), also when compiled under Wine against a Linux build
    ico = Path(spec_run["ICO_FILE"])
    assert ico == Path(spec_run["workpath"]) / "kpakt-desktop.ico"
    reserved, kind, count = struct.unpack("<HHH", ico.read_bytes()[:6])
    assert (reserved, kind, count) == (0, 1, len(ICON_SIZES))


def test_check_installer_skips_with_a_message_without_wine(tmp_path):
    out = subprocess.run(
        [sys.executable, str(PACKAGING / "check_installer.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        env={"PATH": str(tmp_path), "HOME": str(tmp_path)},
    )
    assert out.returncode == 0, out.stderr
    assert "übersprungen: Wine fehlt" in out.stdout


# -- README ---------------------------------------------------------------------------------------------


def test_readme_images_exist():
    import re

    readme = (ROOT / "README.md").read_text("utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", readme)
    assert images, "README zeigt keine Screenshots"
    for image in images:
        assert (ROOT / image).is_file(), image
