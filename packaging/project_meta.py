"""Name, version and executable names of the app, read from ``pyproject.toml``.

Shared by the PyInstaller spec, the Windows build script and the tests, so a release bumps the
version in one place only. Standard library only: it runs inside PyInstaller's spec exec and on a
Windows build machine before anything is installed.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_VERSION_LINE = re.compile(r"""^__version__\s*=\s*["']([^"']+)["']""", re.MULTILINE)


@dataclass(frozen=True)
class ProjectMeta:
    name: str  # distribution name, e.g. kommunalpakt-desktop
    version: str
    description: str
    gui_script: str  # executable name of the desktop program ([project.gui-scripts])
    cli_script: str  # executable name of the command line ([project.scripts])

    @property
    def numeric_version(self) -> str:
        """``major.minor.patch.0`` for Windows version resources (digits only)."""
        parts = [int(p) for p in re.findall(r"\d+", self.version)[:3]]
        return ".".join(str(p) for p in [*parts, 0, 0, 0, 0][:4])


def _version(project: dict, tool: dict, root: Path) -> str:
    if "version" in project:
        return str(project["version"])
    if "version" not in project.get("dynamic", []):
        raise ValueError("pyproject.toml: [project] hat weder version noch dynamic = ['version']")
    source = tool.get("hatch", {}).get("version", {}).get("path")
    if not source:
        raise ValueError("pyproject.toml: dynamische Version ohne [tool.hatch.version] path")
    match = _VERSION_LINE.search((root / source).read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f"{source}: keine Zeile __version__ = '…'")
    return match.group(1)


def read_meta(pyproject: Path = ROOT / "pyproject.toml") -> ProjectMeta:
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    project = data["project"]
    gui = list(project.get("gui-scripts", {}))
    cli = list(project.get("scripts", {}))
    if len(gui) != 1 or len(cli) != 1:
        raise ValueError("pyproject.toml: genau ein gui-script und ein script erwartet")
    return ProjectMeta(
        name=project["name"],
        version=_version(project, data.get("tool", {}), pyproject.parent),
        description=project.get("description", ""),
        gui_script=gui[0],
        cli_script=cli[0],
    )


if __name__ == "__main__":  # `python packaging/project_meta.py` prints what the build scripts use
    import sys

    meta = read_meta()
    field = sys.argv[1] if len(sys.argv) > 1 else "version"
    print(getattr(meta, field))
