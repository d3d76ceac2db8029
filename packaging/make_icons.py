"""Draw Tandem's icon - two wheels joined by one frame, for two people riding together -
and write it as PNG (Linux, the window) and ICO (Windows). Run from the checkout:

    python packaging/make_icons.py
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


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


def main() -> None:
    app = QGuiApplication([])
    ICONS.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(ICONS / "tandem.png"))
    draw(256).save(str(ICONS / "tandem.ico"))
    draw(48).save(str(ICONS / "tandem-48.png"))
    del app


if __name__ == "__main__":
    main()
