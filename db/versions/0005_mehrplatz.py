"""Mehrplatzbetrieb: Zeilenversionen und Personen hinter den Serverrollen

Revision ID: 0005_mehrplatz
Revises: 0004_vollzug_geprueft
Create Date: 2026-12-03 14:15:00

Kontakte, Hürden, Termine und Taskforces bekommen eine Version, die mit jeder Änderung
steigt (die Nachnutzung hat sie seit 0001): eine Änderung auf einem veralteten Stand wird abgewiesen
statt die eines anderen zu überschreiben. ``person`` ordnet einer Rolle auf dem Datenbankserver den
Namen zu, den die Historie zeigt, und einer Taskforce-Rolle ihre Taskforce.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_mehrplatz"
down_revision = "0004_vollzug_geprueft"
branch_labels = None
depends_on = None

VERSIONIERT = ("kontakt", "huerde", "termin", "taskforce")

# PostgreSQL only: every change of these rows is announced on the channel ``kpakt_aenderung`` as
# ``tabelle:id`` (LISTEN/NOTIFY), so that other users' screens follow within a second.
ANGEKUENDIGT = ("nachnutzung", "kommune", "kontakt", "huerde", "termin", "aufgabe", "taskforce", "land", "vollzug")
NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION kpakt_aenderung() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  zeile record;
BEGIN
  IF TG_OP = 'DELETE' THEN zeile := OLD; ELSE zeile := NEW; END IF;
  PERFORM pg_notify('kpakt_aenderung', TG_TABLE_NAME || ':' || COALESCE(to_jsonb(zeile) ->> 'id',
                                                                       to_jsonb(zeile) ->> 'leistung_nr', ''));
  RETURN NULL;
END
$$
"""


def upgrade() -> None:
    for table in VERSIONIERT:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    op.create_table(
        "person",
        sa.Column("rolle", sa.String(length=63), nullable=False),
        sa.Column("anzeigename", sa.String(length=200), nullable=False),
        sa.Column("art", sa.String(length=20), nullable=False),
        sa.Column("taskforce_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["taskforce_id"], ["taskforce.id"], name=op.f("fk_person_taskforce_id_taskforce"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("rolle", name=op.f("pk_person")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(NOTIFY_FUNCTION)
        for table in ANGEKUENDIGT:
            op.execute(
                f'CREATE TRIGGER kpakt_aenderung AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
                "FOR EACH ROW EXECUTE FUNCTION kpakt_aenderung()"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in ANGEKUENDIGT:
            op.execute(f'DROP TRIGGER IF EXISTS kpakt_aenderung ON "{table}"')
        op.execute("DROP FUNCTION IF EXISTS kpakt_aenderung()")
    op.drop_table("person")
    for table in reversed(VERSIONIERT):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
