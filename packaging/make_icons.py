"""Draw Tandem's icon - two wheels joined by one frame, for two people riding together -
and write it as PNG (Linux, the window) and ICO (Windows). Run from the checkout:

    python packaging/make_icons.py

The ICO holds each size Windows asks for - 16 (title bars, lists), 24, 32 (the desktop at
100 %), 48 (large icons), 64 and 256 (Explorer's largest views) - each drawn at its own
size rather than shrunk from the largest, so the small ones stay sharp. The sizes below
256 are 32-bit bitmaps, which every Windows tool reads; 256 is PNG, as Windows expects.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 256)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1b5e20"))
    painter.drawRoundedRect(
        QRectF(0.5 * unit, 0.5 * unit, 15 * unit, 15 * unit), 3 * unit, 3 * unit
    )
    pen = QPen(QColor("#ffffff"), 1.1 * unit)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for x in (4.5, 11.5):
        painter.drawEllipse(QPointF(x * unit, 10.5 * unit), 2.6 * unit, 2.6 * unit)
    frame = QPainterPath(QPointF(4.5 * unit, 10.5 * unit))
    for x, y in ((7 * unit, 6 * unit), (11.5 * unit, 10.5 * unit)):
        frame.lineTo(x, y)
    frame.moveTo(7 * unit, 6 * unit)
    frame.lineTo(10 * unit, 6 * unit)
    painter.drawPath(frame)
    painter.setBrush(QColor("#ffffff"))
    painter.setPen(Qt.PenStyle.NoPen)
    for x in (6.2, 9.6):
        painter.drawEllipse(QPointF(x * unit, 3.6 * unit), 1.1 * unit, 1.1 * unit)
    painter.end()
    return image


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _bitmap(image: QImage) -> bytes:
    """``image`` as an icon's bitmap: a BITMAPINFOHEADER of twice the height (the colours,
    then the transparency mask), the BGRA rows bottom up, then the 1-bit mask (all shown:
    the alpha channel decides), each mask row padded to 4 bytes."""
    size = image.width()
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)  # B, G, R, A in memory
    rows = [bytes(argb.constScanLine(y))[: size * 4] for y in reversed(range(size))]
    mask_row = ((size + 31) // 32) * 4
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    return header + b"".join(rows) + bytes(mask_row * size)


def ico(images: list[QImage]) -> bytes:
    """The ICO file holding ``images`` (square, at most 256 px)."""
    entries = [_png(image) if image.width() >= 256 else _bitmap(image) for image in images]
    offset = 6 + 16 * len(images)
    directory = b""
    for image, entry in zip(images, entries, strict=True):
        side = image.width() % 256  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(entry), offset)
        offset += len(entry)
    return struct.pack("<HHH", 0, 1, len(images)) + directory + b"".join(entries)


def main() -> None:
    app = QGuiApplication([])
    ICONS.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(ICONS / "tandem.png"))
    (ICONS / "tandem.ico").write_bytes(ico([draw(size) for size in ICO_SIZES]))
    draw(48).save(str(ICONS / "tandem-48.png"))
    del app


if __name__ == "__main__":
    main()
