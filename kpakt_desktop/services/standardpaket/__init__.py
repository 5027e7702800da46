"""The Standardpaket: signed export to the federal level, validation, and the national merge."""
