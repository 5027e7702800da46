"""Widgets of the Nachnutzung page: frozen-column table, cell editor, undo command, history."""
