"""Editor of the Termine page."""
