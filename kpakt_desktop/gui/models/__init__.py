"""Qt table and tree models over service results."""
