"""Who may do what on a server database, enforced by PostgreSQL itself (``kpakt rollen einrichten``).

Three group roles; the IT-Dienstleister's login roles become members of one of them:

* ``kpakt_koordination`` – reads and writes everything;
* ``kpakt_taskforce`` – reads everything, writes Nachnutzungen, Termine, Hürden and Kontakte only
  for the Kommunen of its Taskforce's region (row-level security, see ``kpakt_in_region``);
* ``kpakt_lesen`` – reads only (e.g. the ministry).

Which Taskforce a login role belongs to, and the name the history shows for it, is in ``person``.
The statements are idempotent: after a schema upgrade ``kpakt rollen einrichten`` runs again.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, text

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Person, Taskforce

KOORDINATION = "kpakt_koordination"
TASKFORCE = "kpakt_taskforce"
LESEN = "kpakt_lesen"
ARTEN = {"koordination": KOORDINATION, "taskforce": TASKFORCE, "lesen": LESEN}

# Tables a Taskforce writes, with the condition a row must meet (before and after the change).
_REGION = "kpakt_in_region({col})"
_TASKFORCE_TABELLEN: dict[str, str] = {
    "nachnutzung": _REGION.format(col="kommune_id"),
    "kontakt": _REGION.format(col="kommune_id"),
    "termin_kommune": _REGION.format(col="kommune_id"),
    "huerde_kommune": _REGION.format(col="kommune_id"),
    "nachnutzung_historie": "kpakt_in_region((SELECT n.kommune_id FROM nachnutzung n WHERE n.id = nachnutzung_id))",
    "nachnutzung_stufe": "kpakt_in_region((SELECT n.kommune_id FROM nachnutzung n WHERE n.id = nachnutzung_id))",
    "termin": "kpakt_termin_ok(id)",
    "termin_leistung": "kpakt_termin_ok(termin_id)",
    "aufgabe": "kpakt_termin_ok(termin_id)",
    "huerde": "kpakt_huerde_ok(id)",
    "huerde_leistung": "kpakt_huerde_ok(huerde_id)",
    "huerde_historie": "kpakt_huerde_ok(huerde_id)",
}

_FUNKTIONEN = (
    # A Kommune is in the region of the logged-in role's Taskforce: itself, its Kreis or its
    # Gemeindeverband is in the Taskforce's region, or the Taskforce accompanies it.
    """
    CREATE OR REPLACE FUNCTION kpakt_in_region(k integer) RETURNS boolean
    LANGUAGE sql STABLE AS $$
      SELECT EXISTS (
        SELECT 1 FROM person p JOIN kommune ko ON ko.id = k
        WHERE p.rolle = current_user AND p.taskforce_id IS NOT NULL AND (
          EXISTS (SELECT 1 FROM taskforce_region r WHERE r.taskforce_id = p.taskforce_id
                  AND r.kommune_id IN (ko.id, ko.kreis_id, ko.verband_id, ko.parent_id))
          OR EXISTS (SELECT 1 FROM taskforce_kommune t WHERE t.taskforce_id = p.taskforce_id AND t.kommune_id = ko.id)))
    $$
    """,
    # A Termin/Hürde is the Taskforce's when one of its Kommunen is in the region, or it has none yet.
    """
    CREATE OR REPLACE FUNCTION kpakt_termin_ok(t integer) RETURNS boolean
    LANGUAGE sql STABLE AS $$
      SELECT NOT EXISTS (SELECT 1 FROM termin_kommune x WHERE x.termin_id = t)
          OR EXISTS (SELECT 1 FROM termin_kommune x WHERE x.termin_id = t AND kpakt_in_region(x.kommune_id))
    $$
    """,
    """
    CREATE OR REPLACE FUNCTION kpakt_huerde_ok(h integer) RETURNS boolean
    LANGUAGE sql STABLE AS $$
      SELECT NOT EXISTS (SELECT 1 FROM huerde_kommune x WHERE x.huerde_id = h)
          OR EXISTS (SELECT 1 FROM huerde_kommune x WHERE x.huerde_id = h AND kpakt_in_region(x.kommune_id))
    $$
    """,
)


def _rolle_anlegen(name: str) -> str:
    return (
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') "
        f"THEN CREATE ROLE {name} NOLOGIN; END IF; END $$"
    )


def einrichten_sql() -> list[str]:
    """Every statement of ``kpakt rollen einrichten``, in order."""
    alle = ", ".join((KOORDINATION, TASKFORCE, LESEN))
    sql = [_rolle_anlegen(r) for r in (KOORDINATION, TASKFORCE, LESEN)]
    sql += [f.strip() for f in _FUNKTIONEN]
    sql += [
        f"GRANT USAGE ON SCHEMA public TO {alle}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {alle}",
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {KOORDINATION}",
        f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {KOORDINATION}",  # upgrades: the owner
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {KOORDINATION}, {TASKFORCE}",
        f"GRANT UPDATE ON ALL SEQUENCES IN SCHEMA public TO {KOORDINATION}",  # a restore resets the id counters
        f"GRANT EXECUTE ON FUNCTION kpakt_in_region(integer), kpakt_termin_ok(integer), "
        f"kpakt_huerde_ok(integer) TO {alle}",
    ]
    for table, bedingung in _TASKFORCE_TABELLEN.items():
        sql += [
            f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO {TASKFORCE}',
            f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY',
            f'DROP POLICY IF EXISTS kpakt_lesen ON "{table}"',
            f'CREATE POLICY kpakt_lesen ON "{table}" FOR SELECT USING (true)',
            f'DROP POLICY IF EXISTS kpakt_koordination ON "{table}"',
            f'CREATE POLICY kpakt_koordination ON "{table}" TO {KOORDINATION} USING (true) WITH CHECK (true)',
            f'DROP POLICY IF EXISTS kpakt_taskforce ON "{table}"',
            f'CREATE POLICY kpakt_taskforce ON "{table}" TO {TASKFORCE} USING ({bedingung}) WITH CHECK ({bedingung})',
        ]
    return sql


def _nur_server(store: Store) -> None:
    if not store.on_server:
        raise InputError(
            meldung(
                "Rollen gibt es nur auf einem Datenbankserver (--db postgresql+psycopg://…); "
                "eine Landesdatenbank-Datei hat eine Person und keine Rollen."
            )
        )


def einrichten(store: Store) -> int:
    """Create the group roles, grants and policies (one transaction); the number of statements."""
    _nur_server(store)
    statements = einrichten_sql()
    with store.engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)
    return len(statements)


def zuordnen(store: Store, rolle: str, art: str, anzeigename: str, taskforce_id: int | None = None) -> None:
    """Make the existing login role ``rolle`` a member of a group and record the person behind it."""
    _nur_server(store)
    if art not in ARTEN:
        raise InputError(meldung("Unbekannte Art „{art}“. Erlaubt sind: {wert}.", art=art, wert=", ".join(ARTEN)))
    if (art == "taskforce") != (taskforce_id is not None):
        raise InputError(meldung("Eine Taskforce-Rolle braucht --taskforce, die anderen Arten keine."))
    with store.write() as s:
        if taskforce_id is not None and s.get(Taskforce, taskforce_id) is None:
            raise InputError(
                meldung("Eine Taskforce mit der Nummer {taskforce_id} gibt es nicht.", taskforce_id=taskforce_id)
            )
        exists = s.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": rolle})
        if not exists:
            raise InputError(
                meldung(
                    "Die Rolle „{rolle}“ gibt es auf dem Server nicht. Bitte zuerst anlegen, z. B. "
                    'CREATE ROLE "{rolle}" LOGIN; (das Kennwort vergibt der IT-Dienstleister).',
                    rolle=rolle,
                )
            )
        quoted = s.connection().dialect.identifier_preparer.quote(rolle)
        for gruppe in ARTEN.values():
            s.execute(text(f"REVOKE {gruppe} FROM {quoted}"))
        s.execute(text(f"GRANT {ARTEN[art]} TO {quoted}"))
        person = s.get(Person, rolle) or Person(rolle=rolle)
        person.anzeigename, person.art, person.taskforce_id = anzeigename, art, taskforce_id
        s.add(person)


def angemeldet(store: Store) -> str | None:
    """The name the history records for the logged-in role of a server database (its display
    name in ``person``, else the role itself); None for a file."""
    if not store.on_server:
        return None
    with store.read() as s:
        rolle = str(s.scalar(text("SELECT current_user")))
        name = s.scalar(select(Person.anzeigename).where(Person.rolle == rolle))
    return name or rolle


def personen(store: Store) -> Sequence[Person]:
    with store.read() as s:
        return list(s.scalars(select(Person).order_by(Person.rolle)))


def rechte_auf_server(store: Store) -> tuple[str, str | None, frozenset[int]]:
    """What the logged-in role may do, as the server enforces it: (art, rolle, Kommunen of its
    region). ``art`` is koordination, taskforce or lesen; a file, a superuser or a role of none of
    the three groups (the owner who set the database up) counts as koordination."""
    if not store.on_server:
        return "koordination", None, frozenset()
    with store.read() as s:
        rolle = str(s.scalar(text("SELECT current_user")))
        if s.scalar(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")):
            return "koordination", rolle, frozenset()
        for art in ("koordination", "taskforce", "lesen"):
            mitglied = s.scalar(
                text("SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = :gruppe"),
                {"gruppe": ARTEN[art]},
            )
            if mitglied:
                if art != "taskforce":
                    return art, rolle, frozenset()
                region = s.scalars(text("SELECT id FROM kommune WHERE kpakt_in_region(id)"))
                return art, rolle, frozenset(int(k) for k in region)
    return "koordination", rolle, frozenset()
