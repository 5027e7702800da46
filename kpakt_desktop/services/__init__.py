"""Use cases over the store, without Qt: every one runs headless, from the CLI and from the GUI."""
