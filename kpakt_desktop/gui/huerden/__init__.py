"""Editors of the Hürden page."""
