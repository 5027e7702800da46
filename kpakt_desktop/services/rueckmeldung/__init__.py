"""Rückmeldebogen: an Excel form per Kommune sent out, filled in, read back with conflict check."""
