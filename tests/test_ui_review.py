"""Step 5 at the window: the level the journal noted is proposed, and a decision finishes the
pair everywhere - asked first when sessions are still to come."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.sessions import SessionEntry, list_sessions, log_session
from app.steps import pairs, review
from app.vocabulary import Decision, Level, PairState, SessionStatus
from tests import builders
from tests.clock import Clock
from tests.qt_helpers import Boxes, choose
from tests.windows import open_window
from ui.dashboard.model import Column
from ui.main_window import MainWindow
from ui.stepper import DASHBOARD


def _lucas_and_bernard() -> None:
    """Six Tuesdays from 2 March 2027; four held, the last two with a level noted."""
    pair = builders.ready_pair(
        builders.programme("Spring"), builders.person("Lucas"), builders.person("Bernard")
    )
    (objective,) = pairs.list_objectives(pair)
    for index, level in enumerate((None, None, Level.WITH_HELP, Level.ON_OWN)):
        session = list_sessions(pair)[index]
        log_session(
            session.id,
            SessionEntry(session.held_on, 60, objective.id, level_reached=level),
            today=dt.date(2027, 4, 7),
        )


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, clock: Clock) -> MainWindow:
    clock.set(dt.datetime(2027, 4, 7, 10, 0))  # the day after the last Tuesday
    opened = open_window(qtbot, tmp_path, demo=False, prepare=_lucas_and_bernard)
    opened.stepper.go_to(5)
    opened.page(5).pair_list.setCurrentRow(0)  # type: ignore[attr-defined]
    return opened


def _answer(monkeypatch: pytest.MonkeyPatch, label: str) -> Boxes:
    from PySide6.QtWidgets import QMessageBox

    boxes = Boxes({"?": label})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    return boxes


def _dashboard_badge(window: MainWindow) -> str:
    window.stepper.go_to(DASHBOARD)
    model = window.page(DASHBOARD).proxy  # type: ignore[attr-defined]
    return str(model.index(0, Column.HEALTH).data())


def test_the_level_after_proposes_the_journals_last(window: MainWindow) -> None:
    after = window.page(5).levels.cellWidget(0, 3)  # type: ignore[attr-defined]
    assert isinstance(after, QComboBox)
    assert after.currentText() == "On their own (from the journal)"
    assert "1 objective reached" in window.page(5).summary.text()  # type: ignore[attr-defined]


def test_a_decision_asks_then_finishes_the_pair_everywhere(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _dashboard_badge(window) == "Late"
    window.stepper.go_to(5)
    page = window.page(5)
    boxes = _answer(monkeypatch, "Yes")
    choose(page.decision, "Stop here")  # type: ignore[attr-defined]
    (asked,) = boxes.said
    assert "still planned or not logged: Tuesday, March 30, 2027; Tuesday, April 6, 2027." in asked
    assert page.decided.isVisible()  # type: ignore[attr-defined]
    assert page.decided.text() == (  # type: ignore[attr-defined]
        "The pair is finished: 2 sessions still planned are cancelled "
        "(Tuesday, March 30, 2027; Tuesday, April 6, 2027)."
    )
    (pair,) = pairs.list_pairs(window.current_programme())  # type: ignore[arg-type]
    assert pair.state is PairState.FINISHED
    assert pairs.list_objectives(pair.id)[0].level_after is Level.ON_OWN
    assert _dashboard_badge(window) == "Finished"
    window.stepper.go_to(2)
    assert window.page(2).pair_list.item(0).text() == "Lucas → Bernard - Finished"  # type: ignore[attr-defined]


def test_a_decision_not_confirmed_keeps_everything_as_it_was(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.page(5)
    boxes = _answer(monkeypatch, "No")
    choose(page.decision, "Renew the pair")  # type: ignore[attr-defined]
    assert len(boxes.said) == 1
    assert page.errors.isVisible()  # type: ignore[attr-defined]
    assert "Deciding now finishes the pair" in page.errors.text()  # type: ignore[attr-defined]
    (pair,) = pairs.list_pairs(window.current_programme())  # type: ignore[arg-type]
    assert pair.state is PairState.ACTIVE
    assert review.get_review(pair.id).decision is Decision.UNDECIDED
    assert [s.status for s in list_sessions(pair.id)].count(SessionStatus.CANCELLED) == 0
