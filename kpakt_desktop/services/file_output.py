"""Writing an output file (report, package) so that it appears complete or not at all.

The content goes to a hidden temporary file beside the target and is renamed over it only when
complete: a full disk, a read-only folder or a crash never leaves a half-written report, and
never destroys the previous one. OS errors become one German message naming the file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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
