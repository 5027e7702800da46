"""Einwohner-Stichtag des Gemeindeverzeichnisses in der Datenbank

Revision ID: 0003_register_einwohner
Revises: 0002_standardpaket_export
Create Date: 2026-12-03 09:10:00

Databases created from the shipped register (title and source still the shipped ones, i.e. never
updated from another file) get the shipped register's Einwohner-Stichtag from register.json; every
other database gets "unbekannt" until its next register update.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from kpakt_desktop import paths

revision = "0003_register_einwohner"
down_revision = "0002_standardpaket_export"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "land",
        sa.Column("register_einwohner_stand", sa.String(length=20), nullable=False, server_default="unbekannt"),
    )
    shipped = json.loads(paths.resource("register", "register.json").read_text(encoding="utf-8"))
    attribution = f"{shipped['quelle']}. Lizenz: {shipped['lizenz']}, {shipped['lizenz_url']}"
    op.execute(
        sa.text(
            "UPDATE land SET register_einwohner_stand = :stand "
            "WHERE register_titel = :titel AND register_quelle = :quelle"
        ).bindparams(stand=shipped["stand_bevoelkerung"], titel=shipped["titel"], quelle=attribution)
    )


def downgrade() -> None:
    with op.batch_alter_table("land") as batch:
        batch.drop_column("register_einwohner_stand")
