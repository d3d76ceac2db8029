"""The chart of levels (see :mod:`app.charts`) drawn with QPainter: on the review step, and
on paper by the composer, which places its rows across pages like a table's."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPaintDevice,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.charts import ChartRow, LevelChart

#: Light and dark, so that the two bars read apart on a black and white printer too.
BEFORE = QColor("#bdbdbd")
AFTER = QColor("#2c6e9b")
GRID = QColor("#dddddd")
TEXT = QColor("#000000")


class LevelChartPainter:
    """Measures and draws a chart of levels in a given width, with ``font``, on ``device``
    (a widget or a printer: every length comes from the font's height on it)."""

    def __init__(self, chart: LevelChart, font: QFont, device: QPaintDevice) -> None:
        self.chart = chart
        self.font = font
        self.metrics = QFontMetricsF(font, device)
        self.line = self.metrics.height()
        self.bar = self.line * 0.55
        self.gap = self.line * 0.45
        self.row_height = 2 * self.bar + 2 * self.gap

    # --- measures -----------------------------------------------------------------------

    def _label_width(self, width: float) -> float:
        widest = max(
            (self.metrics.horizontalAdvance(row.label) for row in self.chart.rows), default=0
        )
        return min(width * 0.3, widest + self.line)

    def _step(self, width: float) -> float:
        """The width of one level on the scale; half a step is left after the last one
        for its name."""
        plot = width - self._label_width(width)
        return plot / (len(self.chart.scale) - 0.5)

    def header_height(self) -> float:
        """The legend, and the names of the levels on up to two lines, above the rows."""
        return 1.5 * self.line + 2 * self.line + 0.3 * self.line

    def height(self) -> float:
        return self.header_height() + len(self.chart.rows) * self.row_height

    def row_at(self, y: float) -> ChartRow | None:
        """The row drawn at height ``y`` of the whole chart."""
        index = int((y - self.header_height()) // self.row_height)
        if y < self.header_height() or index >= len(self.chart.rows):
            return None
        return self.chart.rows[index]

    # --- drawing ------------------------------------------------------------------------

    def paint(self, painter: QPainter, x: float, y: float, width: float) -> None:
        """The whole chart, its top left corner at (x, y)."""
        self.paint_header(painter, x, y, width)
        y += self.header_height()
        for row in self.chart.rows:
            self.paint_row(painter, row, x, y, width)
            y += self.row_height

    def paint_header(self, painter: QPainter, x: float, y: float, width: float) -> None:
        painter.save()
        painter.setFont(self.font)
        left = x + self._label_width(width)
        swatch = self.bar
        position = left
        for colour, words in ((BEFORE, self.chart.before), (AFTER, self.chart.after)):
            painter.fillRect(QRectF(position, y + (self.line - swatch) / 2, swatch, swatch), colour)
            position += swatch + 0.4 * self.line
            painter.setPen(TEXT)
            painter.drawText(QPointF(position, y + self.metrics.ascent()), words)
            position += self.metrics.horizontalAdvance(words) + 1.5 * self.line
        step = self._step(width)
        top = y + 1.5 * self.line
        for number, name in enumerate(self.chart.scale):
            centre = left + number * step
            painter.drawText(
                QRectF(centre - step / 2, top, step, 2 * self.line),
                _CENTRED_WRAP,
                name,
            )
        painter.restore()

    def paint_row(self, painter: QPainter, row: ChartRow, x: float, y: float, width: float) -> None:
        painter.save()
        painter.setFont(self.font)
        label_width = self._label_width(width)
        left = x + label_width
        step = self._step(width)
        painter.setPen(QPen(GRID, max(1.0, self.line / 20)))
        for number in range(len(self.chart.scale)):
            painter.drawLine(
                QPointF(left + number * step, y), QPointF(left + number * step, y + self.row_height)
            )
        painter.setPen(TEXT)
        name = self.metrics.elidedText(
            row.label, Qt.TextElideMode.ElideRight, label_width - self.line / 2
        )
        painter.drawText(
            QRectF(x, y, label_width - self.line / 2, self.row_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        top = y + self.gap
        for colour, level in ((BEFORE, row.before), (AFTER, row.after)):
            # a bar of at least a sliver, so "never done it" still shows where it stands
            length = max(level * step, self.line / 6)
            painter.fillRect(QRectF(left, top, length, self.bar), colour)
            top += self.bar
        painter.restore()


_CENTRED_WRAP = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop) | int(
    Qt.TextFlag.TextWordWrap
)


class LevelChartView(QWidget):
    """The chart on screen: as tall as its rows need, a pair's levels in words when the
    pointer is over its bars, and all of them for a screen reader."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = LevelChart((), (), "", "")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(300)
        self.setMouseTracking(True)

    def show_chart(self, chart: LevelChart) -> None:
        self.chart = chart
        self.setAccessibleDescription("\n".join(row.description for row in chart.rows))
        self.setFixedHeight(int(self._painter().height()) + 1 if chart.rows else 0)
        self.update()

    def _painter(self) -> LevelChartPainter:
        return LevelChartPainter(self.chart, self.font(), self)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.chart.rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._painter().paint(painter, 0, 0, self.width())
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """The tooltip says the levels of the pair under the pointer."""
        row = self._painter().row_at(event.position().y())
        self.setToolTip("" if row is None else row.description)
        super().mouseMoveEvent(event)
