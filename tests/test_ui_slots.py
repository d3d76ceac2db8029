"""The rules step's table of slots with more pairs than it shows at once: it shows a dozen
and scrolls the others; each row's day, time and place fields are made as the row comes
into view (three fields for each of 500 pairs took most of half a second), and a row
scrolled to is typed into and saved like the first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import sessions
from app.steps import pairs, rules
from tests import builders
from tests.test_ui_typing import enter
from tests.windows import open_window
from ui.forms import FittedTable
from ui.steps.rules_page import ROWS_SHOWN

PAIRS = 40


def _team() -> None:
    spring = builders.programme("Spring")
    for number in range(PAIRS):
        mentor = builders.person(f"Mentor {number:02}")
        mentee = builders.person(f"Mentee {number:02}")
        pairs.create_pair(spring, mentor, mentee)
    rules.set_programme_rules(
        spring, start_on=dt.date(2027, 3, 1), weeks=6, weekday=1, start_time="09:30"
    )


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
