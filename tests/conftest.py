"""Shared fixtures. Offscreen Qt and private settings/data folders are set before any Qt import."""

from __future__ import annotations

import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_PRIVATE = tempfile.mkdtemp(prefix="kpakt-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_PRIVATE, "config")  # QSettings of the tests
os.environ["KPAKT_DATA_DIR"] = os.path.join(_PRIVATE, "data")
os.environ.pop("KPAKT_DB", None)

import shutil  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

from kpakt_desktop.domain.laender import parse_land  # noqa: E402
from kpakt_desktop.services.demo import create_demo  # noqa: E402
from kpakt_desktop.services.landdb import create_land_database  # noqa: E402
from kpakt_desktop.store.database import Store, backup_file, open_store  # noqa: E402

# Fuzzing of outside data: reproducible and moderate by default (no example database, fixed
# seed); KPAKT_FUZZ_EXAMPLES=2000 searches longer and at random on a developer's machine.
_FUZZ = int(os.environ.get("KPAKT_FUZZ_EXAMPLES", "0"))
settings.register_profile(
    "kpakt",
    max_examples=_FUZZ or 50,
    derandomize=not _FUZZ,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.load_profile("kpakt")


def fuzz_examples(default: int) -> int:
    """A test's own (smaller) example count, unless KPAKT_FUZZ_EXAMPLES asks for a longer search."""
    return _FUZZ or default


STICHTAG = date(2026, 11, 1)  # fixed, so demo databases are the same on every day
FIXTURES = Path(__file__).parent / "fixtures"


def _template(factory: pytest.TempPathFactory, name: str, make: object) -> Path:
    folder = factory.mktemp(name)
    path = folder / f"{name}.sqlite"
    store = make(path)  # type: ignore[operator]
    store.close()
    return path


@pytest.fixture(autouse=True)
def fresh_user_settings() -> Iterator[None]:
    """Every test starts with the settings of a new user (window layout, language, folders …)."""
    from PySide6.QtCore import QSettings

    from kpakt_desktop import APP_ID

    QSettings("Kommunalpakt", APP_ID).clear()
    yield


@pytest.fixture(scope="session")
def rp_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory, "rp-demo", lambda p: create_demo(p, parse_land("07"), seed=1, stichtag=STICHTAG))


@pytest.fixture(scope="session")
def rp_init_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory, "rp-init", lambda p: create_land_database(p, parse_land("07")))


def _copy(template: Path, target: Path) -> Path:
    backup_file(template, target)
    return target


@pytest.fixture
def rp_demo_path(rp_demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the RP demo database (seed 1, Stichtag 2026-11-01)."""
    return _copy(rp_demo_template, tmp_path / "rp-demo.sqlite")


@pytest.fixture
def rp_init_path(rp_init_template: Path, tmp_path: Path) -> Path:
    """A private copy of a fresh RP database (register only, no office data)."""
    return _copy(rp_init_template, tmp_path / "rp-init.sqlite")


@pytest.fixture
def rp_demo(rp_demo_path: Path) -> Iterator[Store]:
    store = open_store(rp_demo_path)
    yield store
    store.close()


@pytest.fixture
def rp_init(rp_init_path: Path) -> Iterator[Store]:
    store = open_store(rp_init_path)
    yield store
    store.close()


@pytest.fixture
def fixture_0001(tmp_path: Path) -> Path:
    """A copy of the tiny database at the first schema revision."""
    target = tmp_path / "land_0001.sqlite"
    shutil.copyfile(FIXTURES / "land_0001.sqlite", target)
    return target


@pytest.fixture
def main_window(qtbot: object, rp_demo_path: Path) -> Iterator[object]:
    """The real main window on a private RP demo database."""
    from kpakt_desktop.app import make_application
    from kpakt_desktop.gui.main_window import MainWindow
    from kpakt_desktop.gui.opened import OpenedDatabase

    make_application([])
    window = MainWindow(OpenedDatabase(rp_demo_path))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    yield window
    from kpakt_desktop.gui.operation import runner

    runner().wait(15000)  # a change still being written must land before the window closes
    window.close()


@pytest.fixture
def settle(qtbot: object) -> Callable[[], None]:
    """Waits until the GUI's changes (run in the worker by gui/operation.py) are written and announced."""
    from kpakt_desktop.gui.operation import runner

    def wait() -> None:
        qtbot.waitUntil(lambda: not runner().busy, timeout=15000)  # type: ignore[attr-defined]

    return wait


@pytest.fixture(autouse=True)
def _gc_on_gui_thread(request: pytest.FixtureRequest) -> None:
    """As in the app: once Qt is in use, cycles are collected on the GUI thread only (gui/gc_guard)."""
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        from kpakt_desktop.gui import gc_guard

        gc_guard.install(request.getfixturevalue("qapp"))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Keep the interpreter's last garbage collection away from Qt wrappers still alive at the end: a
    wrapper collected after the QApplication crashed the process with a segmentation fault once every
    test had passed (test_accessibility's form dialogs did), failing the run's exit code."""
    import gc

    gc.freeze()
