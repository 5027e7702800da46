"""Entry point of the frozen ``kpakt`` command line (PyInstaller runs this file as ``__main__``)."""

import sys

from kpakt_desktop.cli import main

sys.exit(main())
