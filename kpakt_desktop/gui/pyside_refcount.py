"""Work-around for a reference-count bug of PySide6 6.12 on CPython 3.11.

Every call of a method that returns nothing (``QPainter.drawEllipse``, ``setBrush``, ``QLabel.setText``
…) takes one reference from ``None`` without having given one. CPython before 3.12 frees ``None``
when its count reaches zero and the process aborts ("none_dealloc"). A map paints thousands of
marks per frame, so it would reach that point within minutes. ``none_ausgleichen`` puts back what a
block of such calls took: the count of ``None`` after the block is raised to the count before it.
Over-counting ``None`` is harmless (it is never freed); from CPython 3.12 on, ``None`` is immortal
and nothing is done.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator
from contextlib import contextmanager

_AKTIV = sys.implementation.name == "cpython" and sys.version_info < (3, 12)


@contextmanager
def none_ausgleichen() -> Iterator[None]:
    vorher = sys.getrefcount(None)
    try:
        yield
    finally:
        if _AKTIV:
            fehlt = vorher - sys.getrefcount(None)
            if fehlt > 0:
                # ob_refcnt is the first field of every object (CPython 3.11, GIL held).
                ctypes.c_ssize_t.from_address(id(None)).value += fehlt
