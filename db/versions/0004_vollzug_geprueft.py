"""Vollzugsebene: Bestätigung durch die Koordinierungsstelle

Revision ID: 0004_vollzug_geprueft
Revises: 0003_register_einwohner
Create Date: 2026-12-03 09:20:00

Quelle und Sicherheit der mitgelieferten Vollzugsebene stehen in resources/catalog/vollzug_laender.csv;
die Datenbank merkt sich nur, ob und wann die Koordinierungsstelle die Ebene bestätigt hat. Bestehende
Datenbanken gelten als nicht bestätigt.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_vollzug_geprueft"
down_revision = "0003_register_einwohner"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("vollzug", schema=None) as batch_op:
        batch_op.add_column(sa.Column("geprueft", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column("geprueft_am", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("geprueft_von", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("vollzug", schema=None) as batch_op:
        batch_op.drop_column("geprueft_von")
        batch_op.drop_column("geprueft_am")
        batch_op.drop_column("geprueft")
