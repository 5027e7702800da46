"""Mehrplatzbetrieb for the GUI and the CLI: who is logged in on a server database, and how to reach it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.engine import URL

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.store import rollen
from kpakt_desktop.store.database import Store


def angemeldete_person(store: Store) -> str | None:
    """On a server: the name the history records for the logged-in role (``kpakt rollen zuordnen``);
    a file has no login, there the name from the settings counts (None)."""
    return rollen.angemeldet(store)


# What a Taskforce role writes (docs/betrieb.md, store/rollen.py): these, for the Kommunen of its region.
TASKFORCE_BEREICHE = frozenset({"nachnutzung", "termin", "huerde", "kontakt"})


@dataclass(frozen=True)
class Rechte:
    """What the user of the open database may change. ``grund`` says why something is read-only
    (a code the GUI turns into its message), or None when it may be changed:

    * ``lesen`` – the server role only reads (e.g. the ministry);
    * ``kopie`` – an offline copy of the server database, opened read-only;
    * ``nur_koordination`` – a Taskforce role does not write this kind of record;
    * ``region`` – a Kommune outside the region of the Taskforce role.
    """

    art: str = "koordination"  # koordination, taskforce, lesen
    rolle: str | None = None  # the login role on a server
    region: frozenset[int] = frozenset()  # the Kommunen a Taskforce role writes for
    kopie: bool = False

    @property
    def nur_lesen(self) -> bool:
        return self.kopie or self.art == "lesen"

    def grund(self, bereich: str | None, kommune_ids: Iterable[int | None] = ()) -> str | None:
        """Why records of ``bereich`` (``TASKFORCE_BEREICHE``, None: anything else) of these
        Kommunen are read-only; None when they may be changed."""
        if self.kopie:
            return "kopie"
        if self.art == "lesen":
            return "lesen"
        if self.art == "taskforce":
            if bereich not in TASKFORCE_BEREICHE:
                return "nur_koordination"
            if any(k is not None and k not in self.region for k in kommune_ids):
                return "region"
        return None


def rechte(store: Store) -> Rechte:
    """The rights of the logged-in role on a server database, as the server enforces them
    (``kpakt rollen einrichten``); a file may change everything."""
    art, rolle, region = rollen.rechte_auf_server(store)
    return Rechte(art, rolle, region, kopie=store.nur_lesen)


SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable")
KEYRING_SERVICE = "Kommunalpakt Desktop"


@dataclass(frozen=True)
class ServerVerbindung:
    """Where a server database is; no password (that lives in .pgpass, a service file or the keyring)."""

    host: str
    port: int
    datenbank: str
    benutzer: str
    sslmode: str = "prefer"

    def pruefen(self) -> None:
        for wert, name in ((self.host, "Server"), (self.datenbank, "Datenbank"), (self.benutzer, "Benutzer")):
            if not wert.strip():
                raise InputError(meldung("Feld „{name}“: bitte angeben.", name=name))
        if not 0 < self.port < 65536:
            raise InputError(meldung("Feld „Port“: {port} ist kein Port (1 bis 65535).", port=self.port))
        if self.sslmode not in SSL_MODES:
            raise InputError(meldung("Feld „sslmode“: erlaubt sind {wert}.", wert=", ".join(SSL_MODES)))

    @property
    def schluessel(self) -> str:
        """The keyring entry: one per user, server and database."""
        return f"{self.benutzer}@{self.host}:{self.port}/{self.datenbank}"

    def url(self, kennwort: str | None = None) -> str:
        """The SQLAlchemy URL; with ``kennwort`` only for connecting (never stored). A host that is
        a folder is libpq's Unix socket."""
        self.pruefen()
        query: dict[str, str] = {"sslmode": self.sslmode}
        host: str | None = self.host.strip()
        if host and host.startswith("/"):
            query["host"], host = host, None
        return URL.create(
            "postgresql+psycopg",
            username=self.benutzer.strip(),
            password=kennwort or None,
            host=host,
            port=self.port if host else None,
            database=self.datenbank.strip(),
            query=query,
        ).render_as_string(hide_password=False)


def gespeichertes_kennwort(verbindung: ServerVerbindung) -> str | None:
    """The password kept in the operating system's keyring, if any (None when there is no keyring)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        return keyring.get_password(KEYRING_SERVICE, verbindung.schluessel)
    except (ImportError, KeyringError, RuntimeError):
        return None


def kennwort_merken(verbindung: ServerVerbindung, kennwort: str) -> bool:
    """Keep the password in the keyring; False when the system has none (the password is then asked again)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(KEYRING_SERVICE, verbindung.schluessel, kennwort)
    except (ImportError, KeyringError, RuntimeError):
        return False
    return True


def verbindung_pruefen(url: str) -> None:
    """Connect once and look at the database (the same checks as opening it); a German error if not."""
    from kpakt_desktop.store import server

    engine = server.make_server_engine(server.check_url(url))
    try:
        kind, _ = server.server_state(engine)
    finally:
        engine.dispose()
    if kind != "ours":
        where = server.display_url(url)
        raise InputError(
            meldung(
                "Die Serverdatenbank {where} enthält keine Landesdatenbank von Kommunalpakt "
                "Desktop ({wert}). Der IT-Dienstleister richtet sie mit „kpakt db kopieren "
                "--nach …“ ein (docs/betrieb.md).",
                where=where,
                wert="sie ist leer" if kind == "empty" else "sie enthält andere Tabellen",
            )
        )
