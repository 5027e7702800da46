"""Entry point of the frozen ``kpakt-desktop`` (PyInstaller runs this file as ``__main__``)."""

import sys

from kpakt_desktop.app import main

sys.exit(main())
