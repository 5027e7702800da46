"""Standardpaket page: export, signing keys, checking a received bundle and the Bundesansicht."""
