"""The programme's start, kept honest: a review noted before it is kept, and said - step 5
is not "done" nor the programme "ready to renew" until it has begun and the pairs have met;
and the start cannot move after a session already held."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import programmes, sessions
from app.steps import pairs, review, rules
from app.vocabulary import Decision
from tests import builders
from tests.builders import FINISHING
from tests.test_ui_typing import enter
from tests.windows import open_window


def _reviewed_early() -> None:
    spring = builders.programme("Spring")
    pair = builders.ready_pair(
        spring,
        builders.person("Lucas"),
        builders.person("Marie"),
        start=dt.date.today() + dt.timedelta(days=14),
    )
    review.conclude(pair, Decision.RENEW, despite=FINISHING)


def test_the_review_says_it_comes_early_until_the_programme_begins(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path, demo=False, prepare=_reviewed_early)
    window.stepper.go_to(5)
    note = window.page(5).too_early  # type: ignore[attr-defined]
    assert note.isVisible() and "What you note now is kept." in note.text()
    assert window.stepper.item(5).text().startswith("◐")
    assert "review the pairs once they have met" in window.stepper.item(5).toolTip()

    window.stepper.go_to(4)
    frame = window.page(4).frame  # type: ignore[attr-defined]
    enter(qtbot, frame.start_on, "double click", f"{dt.date.today():%m/%d/%Y}")
    window.stepper.go_to(5)
    assert not note.isVisible()
    # begun, but the pair has not met: its review counts once it has
    assert window.stepper.item(5).text().startswith("◐")
    assert "Pairs reviewed before their first session: 1" in window.stepper.item(5).toolTip()
    window.close()


def _held_once() -> None:
    spring = builders.programme("Spring")
    pair = builders.ready_pair(
        spring, builders.person("Lucas"), builders.person("Marie"), start=dt.date(2026, 11, 2)
    )
    first = sessions.list_sessions(pair)[0]  # Tuesday 3 November 2026
    sessions.log_session(first.id, sessions.SessionEntry(held_on=first.held_on, minutes=45))


def test_the_start_typed_after_a_session_held_is_refused_beside_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path, demo=False, prepare=_held_once)
    window.stepper.go_to(4)
    frame = window.page(4).frame  # type: ignore[attr-defined]
    enter(qtbot, frame.start_on, "middle", "11/9/2026")
    refusal = frame.errors["start_on"]
    assert refusal.isVisibleTo(frame)
    assert refusal.text() == (
        "A session was already held on Tuesday, November 3, 2026: the programme cannot start "
        "after it."
    )
    assert frame.start_on.text() == "11/9/2026"  # what she typed stays, to correct it
    spring = programmes.list_programmes()[0].id
    assert rules.get_programme_rules(spring).start_on == dt.date(2026, 11, 2)  # type: ignore[union-attr]
    enter(qtbot, frame.start_on, "double click", "11/3/2026")
    assert not refusal.isVisibleTo(frame)
    assert rules.get_programme_rules(spring).start_on == dt.date(2026, 11, 3)  # type: ignore[union-attr]
    window.close()


def _planned() -> None:
    spring = builders.programme("Spring")
    builders.ready_pair(
        spring,
        builders.person("Lucas"),
        builders.person("Marie"),
        start=dt.date.today() + dt.timedelta(days=7),
    )


def test_a_start_moved_after_planning_says_to_plan_again(qtbot: QtBot, tmp_path: Path) -> None:
    """The sessions stayed on the old dates until "Plan the sessions", and nothing said so."""
    window = open_window(qtbot, tmp_path, demo=False, prepare=_planned)
    window.stepper.go_to(4)
    page = window.page(4)
    assert not page.replan.isVisible()  # type: ignore[attr-defined]
    later = dt.date.today() + dt.timedelta(days=21)
    enter(qtbot, page.frame.start_on, "double click", f"{later:%m/%d/%Y}")  # type: ignore[attr-defined]
    QApplication.processEvents()  # shown once the click that left the field is handled
    assert page.replan.isVisible()  # type: ignore[attr-defined]
    assert page.replan.text().startswith("The sessions to come of 1 pair no longer follow")  # type: ignore[attr-defined]
    qtbot.mouseClick(page.plan, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert not page.replan.isVisible()  # type: ignore[attr-defined]
    (pair,) = pairs.list_pairs(programmes.list_programmes()[0].id)
    assert sessions.list_sessions(pair.id)[0].held_on >= later
    window.close()
