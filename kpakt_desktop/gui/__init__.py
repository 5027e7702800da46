"""Qt only: windows, pages, table models, dialogs and workers. Talks to services, never to SQL."""
