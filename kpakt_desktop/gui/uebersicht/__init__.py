"""Charts of the Übersicht dashboard."""
