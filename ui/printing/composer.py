"""Laying a document out on pages. Qt's own HTML layout cuts table rows across pages; this
composer places each row, answer box and signature block whole, starting a new page when
one does not fit, repeats a table's header on every page it runs onto, and lets only text
longer than a page flow on - between two lines, never through one."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from app.charts import LevelChart
from app.documents.page import (
    Answer,
    Block,
    Choices,
    Document,
    Facts,
    Heading,
    Paragraph,
    Section,
    Signatures,
    Table,
    Together,
)
from app.resources import resource
from ui.charts import LevelChartPainter


@dataclass(frozen=True)
class Style:
    fonts: list[str]
    body_pt: float
    small_pt: float
    shop_pt: float
    title_pt: float
    heading_pt: float
    cell_padding_mm: float
    block_gap_mm: float
    heading_gap_mm: float
    label_share: float
    signature_space_mm: float
    footer_mm: float
    line_width_mm: float


def load_style() -> Style:
    values = json.loads(resource("print", "style.json").read_text(encoding="utf-8"))
    values.pop("_about", None)
    return Style(**values)


class Composer:
    """Paints a document on a paged device (a QPrinter or a PDF writer), page after page."""

    def __init__(self, device: QPagedPaintDevice, style: Style | None = None) -> None:
        self.device = device
        self.style = style or load_style()
        self.dots_per_mm = device.logicalDpiY() / 25.4
        self.width = float(device.width())
        self.bottom = float(device.height()) - self.mm(self.style.footer_mm)
        self.y = 0.0
        self.page = 1
        self.pen = QPen(QColor("#000000"), max(1.0, self.mm(self.style.line_width_mm)))
        self.painter = QPainter()
        #: The header of the table being laid out, drawn again at the top of a new page.
        self.header: tuple[Table, list[float]] | None = None
        #: Every unit placed whole: (page, what, top, bottom) - for the tests to check.
        self.placed: list[tuple[int, str, float, float]] = []

    # --- measures and text ------------------------------------------------------------

    def mm(self, value: float) -> float:
        return value * self.dots_per_mm

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(self.style.fonts)
        font.setPointSizeF(points)
        font.setBold(bold)
        # No ligatures: "fi" stays two letters, so a search in the PDF finds "file".
        font.setFeature(QFont.Tag("liga"), 0)
        return font

    def text(
        self, value: str, width: float, points: float | None = None, bold: bool = False
    ) -> QTextDocument:
        """Plain text laid out in ``width``: shown exactly as typed, never read as HTML."""
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.device)
        document.setDocumentMargin(0)
        document.setDefaultFont(self.font(points or self.style.body_pt, bold))
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # the sheet is written left to right: a line that starts with a name in Hebrew or
        # Arabic (set apart, see app.text.isolate) must not turn the whole line around
        option.setTextDirection(Qt.LayoutDirection.LeftToRight)
        document.setDefaultTextOption(option)
        document.setPlainText(value)
        document.setTextWidth(max(1.0, width))
        return document

    def draw(
        self,
        document: QTextDocument,
        x: float,
        y: float,
        top: float = 0.0,
        height: float | None = None,
    ) -> None:
        """Draw ``document`` at (x, y); with ``top`` and ``height``, only that slice of it."""
        shown = document.size().height() - top if height is None else height
        self.painter.save()
        self.painter.translate(x, y - top)
        document.drawContents(self.painter, QRectF(0, top, document.textWidth(), shown))
        self.painter.restore()

    # --- pages ------------------------------------------------------------------------

    def room(self) -> float:
        return self.bottom - self.y

    def new_page(self) -> None:
        self._footer()
        self.device.newPage()
        self.page += 1
        self.y = 0.0
        if self.header is not None:
            table, widths = self.header
            self._row(table.headers, widths, bold=True)

    def make_room(self, height: float) -> None:
        """Start a new page unless ``height`` fits below (or the page is still empty)."""
        if height > self.room() and self.y > 0:
            self.new_page()

    def _footer(self) -> None:
        footer = self.text(str(self.page), self.width, self.style.small_pt)
        footer.setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))
        self.draw(footer, 0, self.bottom + self.mm(2))

    # --- the document -----------------------------------------------------------------

    def compose(self, document: Document) -> int:
        """Paint every section; returns the number of pages."""
        if not self.painter.begin(self.device):
            raise OSError("the printer or file could not be opened for drawing")
        try:
            self.painter.setPen(self.pen)
            for number, section in enumerate(document.sections):
                if number:
                    self.new_page()
                self._section(document.shop, section)
            self._footer()
        finally:
            self.painter.end()
        return self.page

    def _section(self, shop: str, section: Section) -> None:
        self._flow(self.text(shop, self.width, self.style.shop_pt))
        self._flow(self.text(section.title, self.width, self.style.title_pt, bold=True))
        self.y += self.mm(self.style.block_gap_mm)
        for block in section.blocks:
            self._block(block)

    def _block(self, block: Block) -> None:
        gap = self.mm(self.style.block_gap_mm)
        if isinstance(block, Heading):
            heading = self.text(block.text, self.width, self.style.heading_pt, bold=True)
            self.y += self.mm(self.style.heading_gap_mm) - gap
            # A heading never ends a page: it keeps at least three lines of what follows.
            self.make_room(heading.size().height() + 3 * self._line())
            self._flow(heading)
        elif isinstance(block, Paragraph):
            self._flow(self.text(block.text, self.width))
        elif isinstance(block, Facts):
            label = self.width * self.style.label_share
            for key, value in block.rows:
                self._row((key, value), [label, self.width - label], grid=False, bold_first=True)
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, Answer):
            self._answer(block)
        elif isinstance(block, Choices):
            marks = "      ".join(
                f"{'☒' if chosen else '☐'} {label}" for label, chosen in block.options
            )
            self._flow(self.text(marks, self.width))
        elif isinstance(block, Signatures):
            self._signatures(block)
        elif isinstance(block, LevelChart):
            self._chart(block)
        elif isinstance(block, Together):
            height = self._height_of(block.blocks)
            if height <= self.bottom:  # else it cannot be kept on one page: it flows
                self.make_room(height)
            for inner in block.blocks:
                self._block(inner)
            self.y -= gap  # the last inner block's gap is this one's
        self.y += gap

    def _height_of(self, blocks: tuple[Block, ...]) -> float:
        """How tall ``blocks`` are when laid out on one endless page of this size: laid out
        for real, on a page that is thrown away."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        page = QPdfWriter(buffer)
        page.setResolution(self.device.logicalDpiY())
        page.setPageLayout(self.device.pageLayout())
        probe = Composer(page, self.style)
        probe.bottom = float("inf")
        probe.painter.begin(page)
        try:
            for block in blocks:
                probe._block(block)
        finally:
            probe.painter.end()
        return probe.y - self.mm(self.style.block_gap_mm)

    def _line(self) -> float:
        return self.text("Ag", self.width).size().height()

    def _flow(self, document: QTextDocument, x: float = 0.0) -> None:
        """Text that may run onto the next page - cut between lines, never through one."""
        top = 0.0
        total = document.size().height()
        while total - top > self.room():
            cut = self._last_line_end(document, top, top + self.room())
            if cut <= top:  # not even one line fits here: go on at the next page
                self.new_page()
                continue
            self.draw(document, x, self.y, top, cut - top)
            top = cut
            self.new_page()
        self.draw(document, x, self.y, top, total - top)
        self.y += total - top

    @staticmethod
    def _last_line_end(document: QTextDocument, start: float, limit: float) -> float:
        """The bottom of the last whole line between ``start`` and ``limit``."""
        best = start
        block = document.begin()
        layout = document.documentLayout()
        while block.isValid():
            offset = layout.blockBoundingRect(block).top()
            lines = block.layout()
            for number in range(lines.lineCount()):
                line = lines.lineAt(number)
                end = offset + line.y() + line.height()
                if start < end <= limit:
                    best = end
            block = block.next()
        return best

    # --- grids ------------------------------------------------------------------------

    def _cells(
        self, values: tuple[str, ...] | list[str], widths: list[float], bold: bool, bold_first: bool
    ) -> list[QTextDocument]:
        pad = self.mm(self.style.cell_padding_mm)
        return [
            self.text(value, width - 2 * pad, bold=bold or (bold_first and column == 0))
            for column, (value, width) in enumerate(zip(values, widths, strict=True))
        ]

    def _row(
        self,
        values: tuple[str, ...] | list[str],
        widths: list[float],
        *,
        grid: bool = True,
        bold: bool = False,
        bold_first: bool = False,
    ) -> None:
        """One row, always whole on a page (a row taller than a page is the only exception)."""
        pad = self.mm(self.style.cell_padding_mm)
        cells = self._cells(values, widths, bold, bold_first)
        height = max(cell.size().height() for cell in cells) + 2 * pad
        if height > self.bottom:  # taller than any page: let its text flow
            for cell, width in zip(cells, widths, strict=True):
                self._flow(cell)
                del width
            return
        self.make_room(height)
        self.placed.append((self.page, "row", self.y, self.y + height))
        x = 0.0
        for cell, width in zip(cells, widths, strict=True):
            self.draw(cell, x + pad, self.y + pad)
            if grid:
                self.painter.drawRect(QRectF(x, self.y, width, height))
            x += width
        self.y += height

    #: A table cut across pages leaves at least this many rows on each side of the cut:
    #: never a header with one line under it, nor two lines alone on the next page.
    KEPT_ROWS = 3

    def _row_height(self, values: tuple[str, ...] | list[str], widths: list[float]) -> float:
        cells = self._cells(values, widths, False, False)
        return max(cell.size().height() for cell in cells) + 2 * self.mm(self.style.cell_padding_mm)

    def _table(self, table: Table) -> None:
        widths = [self.width * share / 100 for share in table.widths]
        heights = [self._row_height(row, widths) for row in table.rows]
        header = self._row_height(table.headers, widths)
        self.make_room(header + sum(heights[: self.KEPT_ROWS]))
        self._row(table.headers, widths, bold=True)
        self.header = (table, widths)
        try:
            start = 0
            while start < len(table.rows):
                fit, used = 0, 0.0
                while start + fit < len(heights) and used + heights[start + fit] <= self.room():
                    used += heights[start + fit]
                    fit += 1
                left = len(heights) - start - fit
                if 0 < left < self.KEPT_ROWS and fit > self.KEPT_ROWS - left:
                    fit -= self.KEPT_ROWS - left  # carried over with the last ones
                for row in table.rows[start : start + max(fit, 1)]:
                    self._row(row, widths)  # a row taller than the room starts a page
                start += max(fit, 1)
                if start < len(table.rows) and fit:
                    self.new_page()
        finally:
            self.header = None

    def _answer(self, answer: Answer) -> None:
        pad = self.mm(self.style.cell_padding_mm)
        question = self.text(answer.question, self.width, bold=True)
        written = answer.text.strip()
        body = self.text(
            written if written else "\n" * max(0, answer.blank_lines - 1), self.width - 2 * pad
        )
        box = body.size().height() + 2 * pad
        if question.size().height() + box <= self.bottom:
            self.make_room(question.size().height() + box)
            self.placed.append(
                (self.page, "answer", self.y, self.y + question.size().height() + box)
            )
            self._flow(question)
            self.draw(body, pad, self.y + pad)
            self.painter.drawRect(QRectF(0, self.y, self.width, box))
            self.y += box
            return
        # Longer than a page: the box runs on, drawn around each page's part of the text.
        self.make_room(question.size().height() + 3 * self._line())
        self._flow(question)
        top, total = 0.0, body.size().height()
        while top < total:
            if self.room() < 2 * pad + self._line():
                self.new_page()
            limit = top + self.room() - 2 * pad
            cut = total if total <= limit else self._last_line_end(body, top, limit)
            if cut <= top:
                self.new_page()
                continue
            self.draw(body, pad, self.y + pad, top, cut - top)
            self.painter.drawRect(QRectF(0, self.y, self.width, cut - top + 2 * pad))
            self.y += cut - top + 2 * pad
            top = cut
            if top < total:
                self.new_page()

    def _chart(self, chart: LevelChart) -> None:
        """The chart's rows placed like a table's: each whole, the legend and the scale
        again on top of every page they run onto."""
        drawing = LevelChartPainter(chart, self.font(self.style.small_pt), self.device)
        header, row_height = drawing.header_height(), drawing.row_height
        self.make_room(header + row_height)
        drawing.paint_header(self.painter, 0, self.y, self.width)
        self.y += header
        for row in chart.rows:
            if row_height > self.room():
                self.new_page()
                drawing.paint_header(self.painter, 0, self.y, self.width)
                self.y += header
            self.placed.append((self.page, "chart row", self.y, self.y + row_height))
            drawing.paint_row(self.painter, row, 0, self.y, self.width)
            self.y += row_height

    def _signatures(self, block: Signatures) -> None:
        gap = self.mm(3)
        count = len(block.people)
        width = (self.width - gap * (count - 1)) / count
        pad = self.mm(self.style.cell_padding_mm) * 1.5
        parts = []
        for role, name in block.people:
            head = self.text(f"{role}\n{name}", width - 2 * pad)
            # the role in bold, the name as typed below it
            cursor = QTextCursor(head.firstBlock())
            cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            cursor.mergeCharFormat(bold)
            foot = self.text(
                f"{block.signature}\n\n{block.date} ____ / ____ / ________",
                width - 2 * pad,
                self.style.small_pt,
            )
            parts.append((head, foot))
        space = self.mm(self.style.signature_space_mm)
        height = (
            max(h.size().height() for h, _ in parts)
            + space
            + max(f.size().height() for _, f in parts)
            + 2 * pad
        )
        self.make_room(height)
        self.placed.append((self.page, "signatures", self.y, self.y + height))
        for number, (head, foot) in enumerate(parts):
            x = number * (width + gap)
            self.painter.drawRect(QRectF(x, self.y, width, height))
            self.draw(head, x + pad, self.y + pad)
            self.draw(foot, x + pad, self.y + height - pad - foot.size().height())
        self.y += height
