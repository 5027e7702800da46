"""Writing an output file (report, package) so that it appears complete or not at all.

The content goes to a hidden temporary file beside the target and is renamed over it only when
complete: a full disk, a read-only folder or a crash never leaves a half-written report, and
never destroys the previous one. OS errors become one German message naming the file.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kpakt_desktop.domain.errors import write_failed


@contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Yields the temporary path to write; on success it replaces ``target``."""
    target = Path(target)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=target.parent)
    except OSError as err:
        raise write_failed(target, err) from None
    os.close(fd)
    tmp = Path(name)
    tmp.chmod(0o644)  # mkstemp makes it private; a report is an ordinary document
    try:
        yield tmp
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as err:
        raise write_failed(target, err) from None
    finally:
        tmp.unlink(missing_ok=True)


def save_workbook(wb: Any, target: Path) -> Path:
    """Save an openpyxl workbook to ``target`` through ``atomic_target``.

    The workbook is zipped in memory first: openpyxl leaves its ZipFile open when a write fails,
    and the ZipFile then tries to write again when it is collected, printing "Exception ignored"
    to stderr. In memory nothing can fail that way; the one write to disk is ours.
    """
    buffer = io.BytesIO()
    wb.save(buffer)
    return write_bytes(buffer, target)


def write_bytes(data: io.BytesIO, target: Path) -> Path:
    """Write a document built in memory (a workbook, a PDF) to ``target`` through ``atomic_target``.

    Libraries that write to a path themselves (openpyxl, reportlab) leave their file open when a
    write fails; building in memory keeps the one write to disk in our hands.
    """
    with atomic_target(target) as tmp, open(tmp, "wb") as fh:
        fh.write(data.getbuffer())
    return Path(target)
