"""Render the app icon's PNG sizes from ``resources/icons/kpakt-desktop.svg``.

    .venv/bin/python packaging/make_icons.py      (or: make icons)

The PNGs are committed beside the SVG as source assets (Linux hicolor sizes, Qt window icon,
Windows .ico built from them in the PyInstaller spec), so neither the running app nor a Windows
build machine needs an SVG renderer. Run this again after changing the SVG and commit the result.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "kpakt-desktop.svg"
SIZES = (16, 32, 48, 64, 128, 256)


def render(size: int, target: Path) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: kein gültiges SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"{target}: konnte nicht geschrieben werden")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    for size in SIZES:
        target = ICONS / f"kpakt-desktop-{size}.png"
        render(size, target)
        print(f"{target.relative_to(ROOT)}  {target.stat().st_size} Bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
