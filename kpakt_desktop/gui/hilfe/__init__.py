"""Hilfe menu: the handbook, the list of shortcuts, the data folder, the error report; Alt letters."""
