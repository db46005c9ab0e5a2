"""PNG renderings of the app's SVG icon, for desktops and builds that want bitmaps
(``make install-desktop``, the Windows and macOS executables' icon)."""

from __future__ import annotations

from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)
_APP: list[object] = []  # the QGuiApplication made here, kept alive


def render_png(svg: Path, size: int, out: Path) -> Path:
    """svg drawn at size x size pixels into the PNG file out (folders made as needed)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:  # QPainter needs one; offscreen needs no screen
        _APP.append(QGuiApplication(["icons", "-platform", "offscreen"]))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise OSError(f"cannot write {out}")
    return out
