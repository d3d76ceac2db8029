"""Step 4 at the window: nobody in two places at once - a clashing hour typed for a pair is
refused under the slots, and a pair no slot fits is named before anything is planned."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import sessions
from app.availability import to_mask
from app.steps import pairs, rules
from app.vocabulary import PartOfDay, Weekday
from tests import builders
from tests.test_ui_typing import enter
from tests.windows import open_window

START = dt.date(2027, 3, 2)


def _one_mentor_two_mentees(minutes: int = 60) -> None:
    spring = builders.programme("Spring")
    tuesday = to_mask([(Weekday.TUESDAY, PartOfDay.MORNING)])
    leo = builders.person("Léo", availability=tuesday)
    for name in ("Anne", "Bruno"):
        pair = pairs.create_pair(spring, leo, builders.person(name, availability=tuesday)).id
        pairs.add_objective(pair, builders.topic("Newsletter"), 0, 3)
    rules.set_programme_rules(
        spring,
        start_on=START,
        weeks=4,
        weekday=Weekday.TUESDAY,
        start_time="10:00",
        session_minutes=minutes,
    )


def test_an_hour_that_clashes_is_refused_under_the_slots(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, demo=False, prepare=_one_mentor_two_mentees)
    window.stepper.go_to(4)
    page = window.page(4)
    bruno = page.pair_ids.index(pairs.list_pairs(1)[1].id)  # type: ignore[attr-defined]
    enter(qtbot, page.slots.cellWidget(bruno, 2), "middle", "10:30")  # type: ignore[attr-defined]
    refusal = page.errors  # type: ignore[attr-defined]
    assert refusal.isVisibleTo(page)
    assert (
        refusal.text() == "Léo already meets Anne on Tuesday at 10:00: choose another day or time."
    )
    assert page.slots.cellWidget(bruno, 2).text() == "10:30"  # type: ignore[attr-defined]
    window.close()


def test_a_pair_no_slot_fits_is_named_and_nothing_is_planned(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(
        qtbot, tmp_path, demo=False, prepare=lambda: _one_mentor_two_mentees(minutes=150)
    )
    window.stepper.go_to(4)
    page = window.page(4)
    qtbot.mouseClick(page.plan, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    said = page.errors  # type: ignore[attr-defined]
    assert said.isVisibleTo(page) and said.text().startswith("No slot fits Léo and Bruno")
    assert all(not sessions.list_sessions(p.id) for p in pairs.list_pairs(1))
    window.close()
