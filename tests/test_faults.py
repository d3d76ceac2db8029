"""Faults a shop PC meets: a full disk, a read-only file, a cloud or network folder, an
unexpected error. A clear sentence, nothing saved lost, and it works again afterwards."""

from __future__ import annotations

import logging
import sys
from pathlib import Path, PurePosixPath

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.errors import StorageProblem
from app.places import risky_location
from app.steps import needs
from app.storage.models import db
from tests.qt_helpers import finish
from tests.windows import open_window
from ui import main as tandem
from ui.steps.needs_page import NeedsPage


def _fill_the_disk() -> int:
    """Make SQLite's file unable to grow, as on a full disk; returns the old limit."""
    old = db.execute_sql("PRAGMA max_page_count").fetchone()[0]
    db.execute_sql("VACUUM")  # no free page left inside the file either
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")
    return old


@pytest.mark.parametrize("database", ["file"], indirect=True)  # a fault of the file
def test_a_full_disk_is_said_plainly_and_nothing_saved_is_lost(database: object) -> None:
    needs.add_person("Marie")
    old = _fill_the_disk()
    with pytest.raises(StorageProblem, match="The disk is full") as refused:
        for number in range(200):
            needs.add_person(f"Person {number} " + "x" * 150, notes="y" * 5000)
    assert "Nothing already saved is lost" in str(refused.value)
    assert "Marie" in [p.name for p in needs.list_people()]
    db.execute_sql(f"PRAGMA max_page_count = {old}")  # space freed
    assert needs.add_person("Karim").name == "Karim"


@pytest.mark.parametrize("database", ["file"], indirect=True)  # a fault of the file
def test_a_read_only_file_is_said_plainly(database: object) -> None:
    needs.add_person("Marie")
    db.execute_sql("PRAGMA query_only = ON")
    with pytest.raises(StorageProblem, match="read-only"):
        needs.add_person("Karim")
    db.execute_sql("PRAGMA query_only = OFF")
    assert [p.name for p in needs.list_people()] == ["Marie"]
    assert needs.add_person("Karim").name == "Karim"


def test_on_a_full_disk_the_form_keeps_what_was_typed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    window = open_window(qtbot, tmp_path)
    window.stepper.go_to(1)
    page = window.pages[1]
    assert isinstance(page, NeedsPage)
    old = _fill_the_disk()
    page.form.notes.setPlainText("Prefers mornings. " * 1000)  # 18,000 characters
    finish(page.form.notes)
    assert shown and shown[-1].startswith("The disk is full")
    assert page.form.notes.toPlainText().startswith("Prefers mornings.")  # nothing typed is lost
    db.execute_sql(f"PRAGMA max_page_count = {old}")
    page.form.save()
    assert needs.get_person(page.form.person_id).notes.startswith("Prefers mornings.")  # type: ignore[arg-type]
    window.close()


def test_cloud_and_network_folders_are_recognised() -> None:
    for cloud in (
        "C:/Users/Marie/OneDrive - Chocolaterie/Tandem",
        "/home/marie/Dropbox/Tandem",
        "/Users/m/Google Drive/T",
    ):
        risk = risky_location(Path(cloud))
        assert risk is not None and "synchronised with the cloud" in str(risk)
    mounts = "//nas/shop /mnt/shop cifs rw 0 0\n/dev/sda1 / ext4 rw 0 0\n"
    linux = PurePosixPath  # /proc/mounts is Linux's, whatever system runs the test
    assert "network share" in str(risky_location(linux("/mnt/shop/Tandem"), mounts))
    assert risky_location(linux("/home/marie/.local/share/Tandem"), mounts) is None


def test_the_owner_is_warned_once_about_a_cloud_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "OneDrive" / "Tandem"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    from ui.settings import Settings

    folder.mkdir(parents=True)
    Settings(folder).setup_done = True
    for _ in range(2):
        window = tandem.launch(["tandem", "--data-dir", str(folder)])
        qtbot.addWidget(window)  # type: ignore[arg-type]
        qtbot.wait(50)
        window.close()  # type: ignore[union-attr]
    assert len([text for text in shown if "synchronised with the cloud" in text]) == 1


def test_an_unexpected_error_is_logged_and_explained_calmly(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box))
    try:
        raise ZeroDivisionError("a bug in a slot")
    except ZeroDivisionError:
        with caplog.at_level(logging.ERROR):
            tandem._report_bug(*sys.exc_info())  # type: ignore[arg-type]
    assert "Something unexpected happened" in boxes[0].text() and "goes on" in boxes[0].text()
    assert "ZeroDivisionError: a bug in a slot" in boxes[0].detailedText()
    assert "ZeroDivisionError: a bug in a slot" in caplog.text
