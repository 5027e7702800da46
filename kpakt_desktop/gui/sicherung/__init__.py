"""Backups: the Sicherungen dialog and the recovery offered when a database is damaged."""
