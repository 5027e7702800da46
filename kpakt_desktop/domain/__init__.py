"""Pure domain: vocabularies, keys, lifecycle and Vollzugsebene rules. No Qt, no database."""
