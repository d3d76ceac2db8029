"""The personal-data tools through the screens."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.steps import needs
from tests.windows import open_window
from ui import main as tandem
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.steps.needs_page import NeedsPage


def _answer(monkeypatch: pytest.MonkeyPatch, yes: bool) -> list[str]:
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def _needs_page(window: MainWindow, name: str) -> NeedsPage:
    window.stepper.go_to(1)
    page = window.pages[1]
    assert isinstance(page, NeedsPage)
    row = next(r for r in range(page.people.count()) if page.people.item(r).text().startswith(name))
    page.people.setCurrentRow(row)
    return page


def test_everything_about_a_person_is_exported_from_the_team(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, tmp_path)
    target = tmp_path / "karim"  # no extension typed
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    said = _answer(monkeypatch, True)
    _needs_page(window, "Karim").export_action.trigger()
    pdf, twin = tmp_path / "karim.pdf", tmp_path / "karim.json"
    exported = json.loads(twin.read_text(encoding="utf-8"))
    assert exported["person"]["name"] == "Karim" and len(exported["pairs"]) == 2
    pages = PdfReader(pdf).pages
    assert "Karim" in pages[0].extract_text()
    assert said == [
        f"Everything Tandem holds about Karim is in {pdf}, to read or print, and in {twin} "
        "for a computer."
    ]


def test_a_person_is_erased_only_when_the_owner_confirms(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, tmp_path)
    asked = _answer(monkeypatch, False)
    page = _needs_page(window, "Bernard")
    page.erase_action.trigger()
    assert "Bernard" in [p.name for p in needs.list_people(include_left=True)]
    assert (
        asked[0].startswith("Erase Bernard for good?") and "Backups made before today" in asked[0]
    )
    _answer(monkeypatch, True)
    page.erase_action.trigger()
    assert "Bernard" not in [p.name for p in needs.list_people(include_left=True)]
    assert page.people.count() == 6
    window.stepper.go_to(0)
    assert window.pages[0].model.rowCount() == 6  # type: ignore[attr-defined]


def test_staff_who_left_long_ago_are_proposed_for_erasure_at_start(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, tmp_path, demo=False)
    gone = needs.add_person("Gérard Ancien").id
    needs.mark_left(gone, dt.date.today() - dt.timedelta(days=400))
    needs.add_person("Still here")
    window.close()
    Settings(tmp_path).setup_done = True
    asked = _answer(monkeypatch, True)
    again = tandem.launch(["tandem", "--data-dir", str(tmp_path)])
    assert isinstance(again, MainWindow)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert asked[0] == (
        "These people left the shop more than 12 months ago: Gérard Ancien. Erase what Tandem holds about them?"
    )
    assert [p.name for p in needs.list_people(include_left=True)] == ["Still here"]
    again.close()


def test_the_team_is_exported_for_a_spreadsheet_from_the_menu(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, tmp_path)
    target = tmp_path / "team.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_team.trigger()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Name;Job;") and len(lines) == 8
    window.export_sessions.trigger()
    assert "Mentor;Mentee;Date;" in target.read_text(encoding="utf-8-sig")


def test_the_delay_before_proposing_to_forget_is_chosen_from_the_menu(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, tmp_path)
    offered: list[int] = []

    def answer(
        parent: object, title: str, label: str, value: int, *limits: int
    ) -> tuple[int, bool]:
        offered.append(value)
        return 18, True

    monkeypatch.setattr(QInputDialog, "getInt", answer)
    window.forget_delay.trigger()
    assert offered == [12] and window.settings.forget_after_months == 18
