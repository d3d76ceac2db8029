"""Putting the sessions in calendars from the Programme menu: the files written where the
owner chose, where they went said; a folder that cannot be written is explained."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests import disks
from tests.qt_helpers import yes_to_every_question
from tests.test_calendars import _spring
from tests.windows import open_window


def test_the_calendars_are_written_where_she_chose(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, tmp_path, demo=False, prepare=_spring)
    target = tmp_path / "phone"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(target))
    boxes = yes_to_every_question(monkeypatch)
    window.calendar_action.trigger()
    assert sorted(path.name for path in target.iterdir()) == [
        "Spring - Anne.ics",
        "Spring - Bruno.ics",
        "Spring - Léo.ics",
        "Spring.ics",
    ]
    assert boxes.said == [
        f"The calendars are in {target}: Spring.ics for the whole programme, and one file per "
        "person with only their sessions, to open on their phone or in their mail program. "
        "Export again after a change: the sessions are updated, not added twice."
    ]
    window.close()


@pytest.mark.fault
def test_a_folder_that_cannot_be_written_is_explained(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, tmp_path, demo=False, prepare=_spring)
    boxes = yes_to_every_question(monkeypatch)
    with disks.read_only(tmp_path / "locked") as locked:
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(locked))
        window.calendar_action.trigger()
        assert list(locked.iterdir()) == []
    assert len(boxes.said) == 1
    assert boxes.said[0].startswith(f"Tandem could not write the calendars in {locked}: ")
    window.close()
