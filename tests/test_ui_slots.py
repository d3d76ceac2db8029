"""The rules step's table of slots with more pairs than it shows at once: it shows a dozen
and scrolls the others; each row's day, time and place fields are made as the row comes
into view (three fields for each of 500 pairs took most of half a second), and a row
scrolled to is typed into and saved like the first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app import sessions
from app.steps import pairs, rules
from tests import builders
from tests.test_ui_typing import enter
from tests.windows import open_window
from ui.forms import FittedTable
from ui.steps.rules_page import ROWS_SHOWN

PAIRS = 40


def _team() -> int:
    spring = builders.programme("Spring")
    for number in range(PAIRS):
        mentor = builders.person(f"Mentor {number:02}")
        mentee = builders.person(f"Mentee {number:02}")
        pairs.create_pair(spring, mentor, mentee)
    rules.set_programme_rules(
        spring, start_on=dt.date(2027, 3, 1), weeks=6, weekday=1, start_time="09:30"
    )
    return spring


def _with_fields(table: FittedTable) -> list[int]:
    return [row for row in range(table.rowCount()) if table.cellWidget(row, 1) is not None]


def _slots(qtbot: QtBot, tmp_path: Path) -> tuple[FittedTable, list[int]]:
    window = open_window(qtbot, tmp_path, demo=False, prepare=_team)
    window.stepper.go_to(4)
    QApplication.processEvents()
    table = window.page(4).slots  # type: ignore[attr-defined]
    pair_ids = window.page(4).pair_ids  # type: ignore[attr-defined]
    return table, pair_ids


def test_the_first_visit_makes_the_fields_of_the_rows_in_view_only(
    qtbot: QtBot, tmp_path: Path
) -> None:
    table, _ = _slots(qtbot, tmp_path)
    assert table.rowCount() == PAIRS
    in_view = table.rows_in_view()
    # a dozen pairs shown (and a part of the next), the table scrolls the rest
    assert in_view.start == 0 and ROWS_SHOWN <= in_view.stop <= ROWS_SHOWN + 1
    assert table.verticalScrollBar().isVisible()
    made = _with_fields(table)
    assert set(range(ROWS_SHOWN)) <= set(made) <= set(range(ROWS_SHOWN + 1))
    assert table.item(PAIRS - 1, 0).text() == "Mentor 39 → Mentee 39"  # every name is there


def test_a_row_scrolled_to_gets_its_fields_and_saves_what_is_typed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    table, pair_ids = _slots(qtbot, tmp_path)
    # a click in the scroll bar's groove, below its handle: a page further
    bar = table.verticalScrollBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() // 2, bar.height() - 30)
    )
    QApplication.processEvents()
    assert bar.value() > 0
    shown = table.rows_in_view()
    assert set(shown) <= set(_with_fields(table))
    assert shown.stop > ROWS_SHOWN
    # then to the last pair with the keyboard, from its name
    name = table.visualItemRect(table.item(shown.start, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=name)
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    last = PAIRS - 1
    assert last in table.rows_in_view()
    time = table.cellWidget(last, 2)
    assert time is not None
    assert time.accessibleName() == "Time of Mentor 39 → Mentee 39"
    assert time.placeholderText() == "09:30"  # the programme's, until the pair has its own
    enter(qtbot, time, "middle", "15:30")
    assert sessions.pair_slot(pair_ids[last]).start_time == dt.time(15, 30)
    # the pair's own time is shown again after a visit elsewhere
    window = table.window()
    window.stepper.go_to(0)  # type: ignore[attr-defined]
    window.stepper.go_to(4)  # type: ignore[attr-defined]
    assert table.cellWidget(last, 2).text() == "15:30"


def test_tab_goes_on_into_the_rows_below_the_ones_shown(qtbot: QtBot, tmp_path: Path) -> None:
    table, _ = _slots(qtbot, tmp_path)
    qtbot.mouseClick(table.cellWidget(ROWS_SHOWN - 1, 3), Qt.MouseButton.LeftButton)
    reached = []
    for _ in range(8):  # the next pair's name, then its day, time and place; twice
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget().accessibleName())
    assert reached[1:4] == [
        f"{field} of Mentor {ROWS_SHOWN} → Mentee {ROWS_SHOWN}"
        for field in ("Day", "Time", "Place")
    ]
    assert reached[7] == f"Place of Mentor {ROWS_SHOWN + 1} → Mentee {ROWS_SHOWN + 1}"


def _in_sight(widget: QWidget, page: QWidget) -> bool:
    """Whether ``widget`` shows whole inside the page's scrolled area."""
    viewport = page.scroll_area.viewport()  # type: ignore[attr-defined]
    return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))


def test_the_page_scrolls_to_the_field_tab_moves_to(qtbot: QtBot, tmp_path: Path) -> None:
    table, _ = _slots(qtbot, tmp_path)
    page = table.window().page(4)  # type: ignore[attr-defined]
    # the last pair whose place shows on the page at the window's first size
    shown = [row for row in range(ROWS_SHOWN) if _in_sight(table.cellWidget(row, 3), page)]
    assert shown and shown[-1] < ROWS_SHOWN - 1  # some of the dozen rows are below the edge
    qtbot.mouseClick(table.cellWidget(shown[-1], 3), Qt.MouseButton.LeftButton)
    for _ in range(12):  # three rows further: each one's name, day, time and place
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is table or _in_sight(focused, page), focused.accessibleName()
    assert (
        QApplication.focusWidget()
        .accessibleName()
        .startswith(f"Place of Mentor {shown[-1] + 3:02}")
    )


def test_the_time_column_is_as_wide_as_its_field(qtbot: QtBot, tmp_path: Path) -> None:
    table, _ = _slots(qtbot, tmp_path)
    time = table.cellWidget(0, 2)
    assert table.columnWidth(2) <= time.width() + 12  # no blank strip beside the time


def test_a_long_place_shows_its_start(qtbot: QtBot, tmp_path: Path) -> None:
    place = "The small room behind the bakery, up the stairs near the window"

    def team() -> None:
        spring = _team()
        sessions.set_pair_slot(pairs.list_pairs(spring)[0].id, place=place)

    window = open_window(qtbot, tmp_path, demo=False, prepare=team)
    window.stepper.go_to(4)
    QApplication.processEvents()
    field = window.page(4).slots.cellWidget(0, 3)  # type: ignore[attr-defined]
    assert field.text() == place
    assert field.cursorPosition() == 0  # "The small room…", not "…near the window"
