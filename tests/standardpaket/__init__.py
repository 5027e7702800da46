"""Tests of the Standardpaket (issue 8): a package, so its conftest does not shadow tests/conftest.py."""
