"""Starting the app: the first-run wizard and the start dialog that opens or creates a Land database."""
