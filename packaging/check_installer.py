"""Compile the Windows installer with the real Inno Setup compiler under Wine and try it out.

    make check-installer        (= .venv/bin/python packaging/check_installer.py dist/kpakt-desktop)

Needs the frozen build of ``make package`` (and the ``.ico`` its spec writes), Wine
(``sudo bash packaging/system-deps.sh --wine``) and npm, which fetches the package ``innosetup``
(Inno Setup 6.4.1 with ``ISCC.exe``) once into ``~/.cache/kommunalpakt-desktop/``. Without Wine the
check says so and ends successfully: CI may skip it; the real proof is the Windows workflow
(``.github/workflows/windows.yml``).

In a throwaway Wine prefix under ``build/check-installer/`` it

1. compiles ``packaging/windows/kpakt-desktop.iss`` against the build (its two programs under their
   Windows names ``kpakt-desktop.exe`` and ``kpakt.exe``),
2. installs the result silently for the current user in German (``/VERYSILENT /CURRENTUSER /LANG=de``,
   with the task "kpakt im PATH"),
3. checks that the program folder holds exactly the build's files, the uninstaller, the Start-menu
   entry pointing at ``kpakt-desktop.exe``, the entry under Apps & Features, "Öffnen mit" for ``.zip``
   and the user's PATH,
4. uninstalls silently and checks that all of that is gone while the user's data folder
   (``%LOCALAPPDATA%\\kommunalpakt-desktop``) stays unchanged.

Not checked here: the programs themselves. On Linux the build holds Linux programs, which Windows
(and Wine) cannot start; ``kpakt-desktop.exe --self-test`` and the CLI smoke run on the Windows runner.
Two differences from a real build, both stated in the output: the check compresses with ``zip/1``
(the release's ``lzma2/max`` takes over ten minutes under Wine on two cores), and it passes the default
folder as ``{localappdata}\\Programs`` because Wine 8 cannot resolve ``{autopf}`` for the current user
(``SHGetKnownFolderPath(FOLDERID_UserProgramFiles)`` fails with E_INVALIDARG, and Inno Setup 6.4 has
no fallback; on Windows both name the same folder).
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from project_meta import ROOT, read_meta

ISS = ROOT / "packaging" / "windows" / "kpakt-desktop.iss"
ICON = ROOT / "build" / "pyinstaller" / "kpakt-desktop" / "kpakt-desktop.ico"
WORK = ROOT / "build" / "check-installer"
USER_DB_SAMPLE = ROOT / "tests" / "fixtures" / "land_0001.sqlite"
INNOSETUP = "innosetup@6.4.1"
APP_NAME = "Kommunalpakt Desktop"
PROG_ID = "KommunalpaktDesktop.Standardpaket"
DATA_FOLDER = "kommunalpakt-desktop"  # platformdirs.user_data_dir(APP_ID, appauthor=False)
PROGRAMS = {"kpakt-desktop": "kpakt-desktop.exe", "kpakt": "kpakt.exe"}
# The release compresses with lzma2/max; here speed matters, the files and entries are the same.
COMPRESSION = "zip/1"
# {autopf} of a per-user install, spelled so that Wine 8 can expand it (see the module docstring).
DEFAULT_DIR = r"{localappdata}\Programs" + "\\" + APP_NAME


class CheckFailed(Exception):
    pass


def step(text: str) -> None:
    print(f"check-installer: {text}", flush=True)


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kommunalpakt-desktop" / INNOSETUP.replace("@", "-")


def find_iscc() -> Path:
    """ISCC.exe of the npm package ``innosetup``, installed into the user's cache once (``ISCC`` overrides)."""
    if os.environ.get("ISCC"):
        return Path(os.environ["ISCC"])
    cache = cache_dir()
    iscc = cache / "node_modules" / "innosetup" / "bin" / "ISCC.exe"
    if not iscc.is_file():
        npm = shutil.which("npm")
        if npm is None:
            raise CheckFailed("npm fehlt (für das Paket innosetup mit ISCC.exe): sudo apt-get install npm")
        step(f"npm install {INNOSETUP} nach {cache}")
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [npm, "install", "--no-save", "--no-audit", "--no-fund", "--prefix", str(cache), INNOSETUP],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        if not iscc.is_file():
            raise CheckFailed(f"{INNOSETUP} enthält kein {iscc.relative_to(cache)}")
    return iscc


def windows_path(path: Path) -> str:
    """The path as Wine programs see it (drive Z: is the Linux root in every Wine prefix)."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


class Wine:
    """A throwaway Wine prefix: its own registry, C: drive and user folders."""

    def __init__(self, prefix: Path, logs: Path) -> None:
        self.prefix = prefix
        self.output = logs / "wine-output.txt"
        self.env = {
            **os.environ,
            "WINEPREFIX": str(prefix),
            "WINEDEBUG": "-all",
            # no Mono/Gecko installer dialogs when the prefix is created
            "WINEDLLOVERRIDES": "mscoree,mshtml=",
        }

    def run(self, *args: str, check: bool = True) -> tuple[int, str]:
        """Exit code and output of a Windows program. The output goes through a file, not a pipe: Wine's
        own services outlive the program and would keep a pipe open."""
        with self.output.open("w") as out:
            code = subprocess.run(["wine", *args], env=self.env, stdout=out, stderr=subprocess.STDOUT).returncode
        text = self.output.read_text("utf-8", errors="replace")
        if check and code != 0:
            raise CheckFailed(f"wine {' '.join(args)}: Exit {code}\n{text}")
        return code, text

    def create(self) -> None:
        # The null display driver: Setup's (hidden) windows need no X server.
        self.run("reg", "add", r"HKCU\Software\Wine\Drivers", "/v", "Graphics", "/d", "null", "/f")
        # Keep the wineserver of this prefix running between the many short calls below (after the
        # one that created the prefix has ended: a second server for the same prefix is refused).
        subprocess.run(["wineserver", "-w"], env=self.env, check=True)
        subprocess.run(["wineserver", "-p"], env=self.env, check=True)

    def stop(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env, check=False, stderr=subprocess.DEVNULL)

    def folder(self, variable: str) -> tuple[str, Path]:
        """A Windows environment folder such as LOCALAPPDATA: its Windows path and where it is on Linux."""
        win = self.run("cmd", "/c", "echo", f"%{variable}%")[1].strip()
        unix = subprocess.run(["winepath", "-u", win], env=self.env, capture_output=True, text=True, check=True)
        return win, Path(unix.stdout.strip())

    def reg_values(self, key: str) -> dict[str, str] | None:
        """The values of a registry key (name → data), or None if the key does not exist."""
        code, text = self.run("reg", "query", key, check=False)
        if code != 0:
            return None
        values = {}
        for line in text.splitlines():
            match = re.match(r"^\s{4}(.*?)\s{4}(REG_\w+)(?:\s{4}(.*))?$", line)
            if match:
                values[match.group(1)] = match.group(3) or ""
        return values


def files_under(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            yield path.relative_to(folder)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stage_bundle(bundle: Path, stage: Path) -> None:
    """The build as the installer packs it on Windows: the two programs with ``.exe``. Hard links,
    no copy of the 250 MB (``build/`` and ``dist/`` are on one file system)."""
    shutil.copytree(bundle, stage, symlinks=True, copy_function=os.link)
    for linux_name, windows_name in PROGRAMS.items():
        if (stage / linux_name).exists():
            (stage / linux_name).rename(stage / windows_name)
        if not (stage / windows_name).is_file():
            raise CheckFailed(f"{bundle} enthält kein Programm {linux_name}")


def check(bundle: Path, keep: bool) -> None:
    meta = read_meta()
    app_id_match = re.search(r"^AppId=\{(\{[0-9A-Fa-f-]+\})", ISS.read_text("utf-8"), re.MULTILINE)
    if app_id_match is None:
        raise CheckFailed(f"keine AppId in {ISS}")
    uninstall_key = rf"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{app_id_match.group(1)}_is1"
    if not bundle.is_dir():
        raise CheckFailed(f"kein Build unter {bundle} – erst 'make package'")
    if not ICON.is_file():
        raise CheckFailed(f"{ICON.relative_to(ROOT)} fehlt (schreibt die PyInstaller-Spec) – erst 'make package'")
    iscc = find_iscc()

    shutil.rmtree(WORK, ignore_errors=True)
    stage, out, logs = WORK / "stage" / "kpakt-desktop", WORK / "out", WORK / "logs"
    out.mkdir(parents=True)
    logs.mkdir()
    stage_bundle(bundle, stage)
    wine = Wine(WORK / "prefix", logs)
    start = time.monotonic()
    wine.create()
    step(f"Wine-Präfix {wine.prefix.relative_to(ROOT)} angelegt ({time.monotonic() - start:.0f} s)")
    try:
        # -- 1. compile ------------------------------------------------------------------------------
        start = time.monotonic()
        code, text = wine.run(
            str(iscc),
            "/Q",
            f"/DAppVersion={meta.version}",
            f"/DAppVersionNumeric={meta.numeric_version}",
            f"/DSourceDir={windows_path(stage)}",
            f"/DOutputDir={windows_path(out)}",
            f"/DIconFile={windows_path(ICON)}",
            f"/DCompression={COMPRESSION}",
            f"/DDefaultDir={DEFAULT_DIR}",
            windows_path(ISS),
            check=False,
        )
        setup = out / f"kommunalpakt-desktop-{meta.version}-setup.exe"
        if code != 0 or not setup.is_file():
            raise CheckFailed(f"ISCC.exe: Exit {code}\n{text}")
        size = setup.stat().st_size / 1e6
        step(f"ISCC.exe ({INNOSETUP}): {setup.name}, {size:.0f} MB ({time.monotonic() - start:.0f} s, {COMPRESSION})")

        # -- 2. install ------------------------------------------------------------------------------
        start = time.monotonic()
        setup_log = logs / "setup.log"
        switches = ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER", "/LANG=de")
        code, _ = wine.run(str(setup), *switches, "/MERGETASKS=clipath", f"/LOG={windows_path(setup_log)}", check=False)
        if code != 0:
            raise CheckFailed(f"Setup: Exit {code}, Protokoll {setup_log}:\n{tail(setup_log)}")
        local_win, local = wine.folder("LOCALAPPDATA")
        _, roaming = wine.folder("APPDATA")
        app = local / "Programs" / APP_NAME
        app_win = f"{local_win}\\Programs\\{APP_NAME}"
        step(f"still installiert nach {app_win} ({time.monotonic() - start:.0f} s)")

        # -- 3. what the installation left -----------------------------------------------------------
        expected = list(files_under(stage))
        installed = [p for p in files_under(app) if not p.name.startswith("unins000.")]
        if expected != installed:
            missing = sorted(set(expected) - set(installed))[:10]
            extra = sorted(set(installed) - set(expected))[:10]
            raise CheckFailed(f"installierte Dateien weichen vom Build ab: fehlen {missing}, zusätzlich {extra}")
        differing = [str(p) for p in expected if not filecmp.cmp(stage / p, app / p, shallow=False)]
        if differing:
            raise CheckFailed(f"installierte Dateien mit anderem Inhalt: {differing[:10]}")
        for name in ("unins000.exe", "unins000.dat"):
            if not (app / name).is_file():
                raise CheckFailed(f"Deinstaller {name} fehlt in {app_win}")
        step(f"{len(expected)} Dateien Byte für Byte wie im Build, dazu unins000.exe und unins000.dat")

        lnk = roaming / "Microsoft" / "Windows" / "Start Menu" / "Programs" / f"{APP_NAME}.lnk"
        target = f"{app_win}\\kpakt-desktop.exe"
        if not lnk.is_file():
            raise CheckFailed(f"kein Startmenü-Eintrag {lnk}")
        data = lnk.read_bytes().lower()
        if target.lower().encode("latin-1") not in data and target.lower().encode("utf-16-le") not in data:
            raise CheckFailed(f"Startmenü-Eintrag {lnk.name} zeigt nicht auf {target}")
        step(f"Startmenü: {lnk.name} → {target}")

        entry = wine.reg_values(uninstall_key)
        if entry is None:
            raise CheckFailed(f"kein Eintrag unter Apps & Features ({uninstall_key})")
        wanted = {
            "DisplayName": APP_NAME,
            "DisplayVersion": meta.version,
            "UninstallString": f'"{app_win}\\unins000.exe"',
            "Inno Setup: Language": "de",
        }
        wrong = {k: entry.get(k) for k, v in wanted.items() if entry.get(k) != v}
        if wrong:
            raise CheckFailed(f"Apps & Features: {wrong}, erwartet {wanted}")
        step(f"Apps & Features: {APP_NAME} {meta.version}, Deinstaller {entry['UninstallString']}, Sprache de")

        if PROG_ID not in (wine.reg_values(r"HKCU\Software\Classes\.zip\OpenWithProgids") or {}):
            raise CheckFailed(
                rf"„Öffnen mit“ für .zip: Wert {PROG_ID} fehlt unter HKCU\Software\Classes\.zip\OpenWithProgids"
            )
        command = (wine.reg_values(rf"HKCU\Software\Classes\{PROG_ID}\shell\open\command") or {}).get("(Default)")
        if command != f'"{target}" "%1"':
            raise CheckFailed(f"{PROG_ID}: Befehl {command!r}")
        if app_win not in user_path(wine):
            raise CheckFailed(f"PATH des Benutzers enthält {app_win} nicht")
        step(f"„Öffnen mit“ für .zip ({PROG_ID}) und PATH des Benutzers eingetragen")

        # The user's data in its default place: a Land database (any real one) the uninstaller must keep.
        user_db = local / DATA_FOLDER / "land.sqlite"
        user_db.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(USER_DB_SAMPLE, user_db)
        user_db_hash = sha256(user_db)

        # -- 4. uninstall ----------------------------------------------------------------------------
        start = time.monotonic()
        uninstall_log = logs / "uninstall.log"
        code, _ = wine.run(str(app / "unins000.exe"), *switches[:3], f"/LOG={windows_path(uninstall_log)}", check=False)
        if code != 0:
            raise CheckFailed(f"Deinstallation: Exit {code}, Protokoll {uninstall_log}:\n{tail(uninstall_log)}")
        # The uninstaller finishes in a copy of itself, which removes unins000.exe and the folder last.
        for _ in range(60):
            if not app.exists():
                break
            time.sleep(1)
        if app.exists():
            raise CheckFailed(
                f"{app_win} ist nach der Deinstallation noch da: {[str(p) for p in files_under(app)][:10]}"
            )
        leftovers = [
            what
            for what, gone in (
                (f"Startmenü-Eintrag {lnk.name}", not lnk.exists()),
                ("Eintrag unter Apps & Features", wine.reg_values(uninstall_key) is None),
                (f"ProgID {PROG_ID}", wine.reg_values(rf"HKCU\Software\Classes\{PROG_ID}") is None),
                (
                    "„Öffnen mit“ für .zip",
                    PROG_ID not in (wine.reg_values(r"HKCU\Software\Classes\.zip\OpenWithProgids") or {}),
                ),
                ("Eintrag im PATH", app_win not in user_path(wine)),
            )
            if not gone
        ]
        if leftovers:
            raise CheckFailed(f"nach der Deinstallation noch da: {', '.join(leftovers)}")
        step(
            f"still deinstalliert ({time.monotonic() - start:.0f} s): Programmordner, Startmenü, "
            "Apps & Features, „Öffnen mit“ und PATH entfernt"
        )
        if not user_db.is_file() or sha256(user_db) != user_db_hash:
            raise CheckFailed(f"die Benutzerdaten {user_db} wurden gelöscht oder verändert")
        step(f"Benutzerdaten bleiben: {local_win}\\{DATA_FOLDER}\\land.sqlite unverändert")
    finally:
        wine.stop()
    if not keep:  # after a failure, prefix and logs stay for a look
        shutil.rmtree(WORK, ignore_errors=True)
    step(
        "ok. Nicht geprüft: die Programme selbst (der Build hier ist ein Linux-Build; Self-Test und "
        "CLI unter Windows: .github/workflows/windows.yml); "
        f"abweichend vom Release: Kompression {COMPRESSION}, Zielordner {DEFAULT_DIR} statt {{autopf}} (Wine 8)"
    )


def user_path(wine: Wine) -> str:
    return (wine.reg_values(r"HKCU\Environment") or {}).get("Path", "")


def tail(log: Path, lines: int = 15) -> str:
    if not log.is_file():
        return "(kein Protokoll)"
    return "\n".join(log.read_text("utf-8-sig", errors="replace").splitlines()[-lines:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "kpakt-desktop")
    parser.add_argument(
        "--keep", action="store_true", help="build/check-installer/ (Präfix, Installer, Protokolle) behalten"
    )
    args = parser.parse_args(argv)
    if shutil.which("wine") is None:
        step("übersprungen: Wine fehlt (installieren: sudo bash packaging/system-deps.sh --wine)")
        return 0
    try:
        check(args.bundle.resolve(), args.keep)
    except (CheckFailed, subprocess.CalledProcessError) as err:
        print(f"check-installer: FEHLER: {err}", file=sys.stderr)
        if WORK.is_dir():
            print(f"check-installer: Präfix, Installer und Protokolle in {WORK}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
