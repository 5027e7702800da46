"""Persistence: SQLAlchemy models, opening a Land database (PRAGMAs, migrations, backup), read queries."""
