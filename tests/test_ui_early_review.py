"""A review noted before the programme begins: kept, and said - step 5 is not "done" and
the programme not "ready to renew" until the programme has begun."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.steps import review
from app.vocabulary import Decision
from tests import builders
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
    review.conclude(pair, Decision.RENEW)


def test_the_review_says_it_comes_early_until_the_start_is_moved_to_today(
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
    assert window.stepper.item(5).text().startswith("✓")
    window.close()
