"""Mehrplatzbetrieb: wer einen versionierten Datensatz zuletzt geändert hat und wann

Revision ID: 0006_zuletzt_geaendert
Revises: 0005_mehrplatz
Create Date: 2026-12-03 17:15:00

Kontakte, Hürden, Termine und Taskforces merken sich, wer sie zuletzt gespeichert hat und wann:
wird eine Änderung auf einem veralteten Stand abgewiesen, nennt der Konflikt-Dialog diese Person.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_zuletzt_geaendert"
down_revision = "0005_mehrplatz"
branch_labels = None
depends_on = None

VERSIONIERT = ("kontakt", "huerde", "termin", "taskforce")


def upgrade() -> None:
    for table in VERSIONIERT:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("geaendert_am", sa.DateTime(), nullable=True))
            batch_op.add_column(sa.Column("geaendert_von", sa.String(length=120), nullable=True))


def downgrade() -> None:
    for table in reversed(VERSIONIERT):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("geaendert_von")
            batch_op.drop_column("geaendert_am")
