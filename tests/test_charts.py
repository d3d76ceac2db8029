"""The chart of levels before and now: its values, the bars as drawn, the chart on
the review step following a level given there, and the chart on paper across pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import documents
from app.charts import ChartRow, LevelChart, level_chart
from app.progress import programme_progress
from app.steps import pairs, review
from app.vocabulary import Level
from tests.builders import person, programme, ready_pair, topic
from tests.qt_helpers import choose
from tests.windows import open_window
from ui.charts import AFTER, BEFORE, LevelChartPainter
from ui.printing.composer import Composer
from ui.printing.output import page_layout

SCALE = ("Never done it", "Has tried it", "With help", "On their own", "Can teach")


def test_a_pair_with_two_objectives_stands_at_their_mean(database: object) -> None:
    spring = programme()
    lucas, marie, noah = person("Lucas"), person("Marie"), person("Noah")
    pair = ready_pair(spring, lucas, marie, "Newsletter")  # from never done to on her own
    pairs.add_objective(pair, topic("Photos"), Level.HAS_TRIED, Level.CAN_TEACH)
    first, second = pairs.list_objectives(pair)
    review.set_level_after(first.id, Level.ON_OWN)
    pairs.set_level_now(second.id, Level.WITH_HELP)  # not reviewed: the last level noted
    pairs.create_pair(spring, lucas, noah)  # no objective yet: no bars to draw

    chart = level_chart(programme_progress(spring).pairs)
    assert [(row.label, row.before, row.after) for row in chart.rows] == [
        ("Lucas → Marie", 0.5, 2.5)
    ]
    assert chart.rows[0].description == (
        "Lucas → Marie: Newsletter: Never done it → On their own; Photos: Has tried it → With help"
    )
    assert chart.scale[0] == "Never done it" and len(chart.scale) == len(Level)


def _run(image: QImage, y: int, colour: QColor) -> int:
    """How many pixels of ``colour`` the line ``y`` holds."""
    return sum(1 for x in range(image.width()) if image.pixelColor(x, y) == colour)


def test_each_bar_is_as_long_as_its_level(qapp: QApplication) -> None:
    chart = LevelChart(
        (ChartRow("Lucas → Marie", 1, 4, ""), ChartRow("Inès → Jeanne", 2, 3, "")),
        SCALE,
        "Before",
        "Now",
    )
    image = QImage(800, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    drawing = LevelChartPainter(chart, QFont(), image)
    painter = QPainter(image)
    drawing.paint(painter, 0, 0, 800)
    painter.end()
    lengths = []
    for number in range(2):
        top = drawing.header_height() + number * drawing.row_height + drawing.gap
        before = _run(image, int(top + drawing.bar / 2), BEFORE)
        after = _run(image, int(top + drawing.bar * 1.5), AFTER)
        lengths.append((before, after))
    step = lengths[0][0]  # one level
    assert step > 50
    for (before, after), row in zip(lengths, chart.rows, strict=True):
        assert abs(before - row.before * step) <= 3 and abs(after - row.after * step) <= 3


def test_the_review_chart_follows_a_level_given_at_the_review(qtbot: QtBot, tmp_path: Path) -> None:
    def team() -> None:
        ready_pair(programme(), person("Lucas"), person("Marie"))

    window = open_window(qtbot, tmp_path, demo=False, prepare=team)
    window.stepper.go_to(5)
    page = window.page(5)
    chart = page.chart  # type: ignore[attr-defined]
    assert chart.isVisibleTo(page) and chart.height() > 0
    assert "Bond: no answer yet" in page.summary.text()  # it read "Bond: - / 5 on average"
    assert [(row.before, row.after) for row in chart.chart.rows] == [(0, 0)]
    choose(page.levels.cellWidget(0, 3), "Can teach it")  # type: ignore[attr-defined]
    assert [(row.before, row.after) for row in chart.chart.rows] == [(0, 4)]
    assert "Newsletter: Never done it → Can teach it" in chart.accessibleDescription()
    window.close()


def test_a_long_chart_runs_onto_the_next_page_with_its_scale_on_top(
    qapp: QApplication, database: object, tmp_path: Path
) -> None:
    spring = programme()
    for number in range(40):
        ready_pair(spring, person(f"Mentor {number:02d}"), person(f"Mentee {number:02d}"))
    writer = QPdfWriter(str(tmp_path / "summary.pdf"))
    writer.setPageLayout(page_layout())
    composer = Composer(writer)
    composer.compose(documents.programme_summary(spring))
    rows = [
        (page, top, bottom) for page, kind, top, bottom in composer.placed if kind == "chart row"
    ]
    assert len(rows) == 40
    assert len({page for page, _, _ in rows}) >= 2
    for page, top, bottom in rows:
        assert 0 <= top < bottom <= composer.bottom, (page, top, bottom)
    # each page's first row leaves room above it for the legend and the scale
    firsts = [top for n, (page, top, _) in enumerate(rows) if n == 0 or rows[n - 1][0] != page]
    assert all(top > 0 for top in firsts)
