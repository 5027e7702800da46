"""The ``kpakt`` command line: the same services as the GUI, German messages, exit codes
0 (ok), 1 (a check failed), 2 (bad input).

Each group of commands lives in ``kpakt_desktop.commands.<name>`` and registers itself in
``COMMAND_MODULES``; this module only parses the common options and dispatches.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kpakt_desktop import __version__, paths
from kpakt_desktop.domain.errors import KpaktError

COMMAND_MODULES = (
    "kpakt_desktop.commands.landdb",
    "kpakt_desktop.commands.gv",
    "kpakt_desktop.commands.standardpaket",
    "kpakt_desktop.commands.nachnutzung",
    "kpakt_desktop.commands.rueckmeldung",
    "kpakt_desktop.commands.report",
    "kpakt_desktop.commands.vollzug",
    "kpakt_desktop.commands.db",
    "kpakt_desktop.commands.rollen",
)


def db_target(text: str) -> Path | str:
    """``--db``: a file path, or the URL of a server database (kept as text: a path would fold its ``//``)."""
    if "://" not in text:
        return Path(text)
    from kpakt_desktop.store.server import check_url

    try:
        return check_url(text)
    except KpaktError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


class GermanArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"Fehler: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = GermanArgumentParser(
        prog="kpakt",
        description="Kommunalpakt Desktop auf der Kommandozeile.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        type=db_target,
        default=None,
        help="Landesdatenbank: Datei oder Server-URL postgresql+psycopg://benutzer@host/datenbank "
        "(Standard: KPAKT_DB oder land.sqlite im Benutzerdatenverzeichnis)",
    )
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL", parser_class=GermanArgumentParser)
    sub.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.db is None:
        args.db = db_target(os.environ.get("KPAKT_DB") or str(paths.default_db_path()))
    try:
        return int(args.handler(args) or 0)
    except KpaktError as err:
        print(f"Fehler: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) closed the pipe: not an error of ours, and no traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as err:
        # A path the services did not expect to be unusable (a folder, no rights): say which, no traceback.
        where = f" {err.filename}" if err.filename else ""
        print(f"Fehler: Die Datei{where} kann nicht verwendet werden ({err.strerror or err}).", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
