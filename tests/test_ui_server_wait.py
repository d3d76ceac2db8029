"""A save that the server makes wait, at Tandem's window: another PC of the shop holds the
rows (a Tandem frozen in the middle of a save). The window goes on drawing itself, says
within a second or two that it waits for the server, takes no clicks or keys meanwhile,
and after the server's limit says the change was not saved - with what she typed still
in the form, saved as soon as the other PC lets go."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.steps import needs
from app.storage import waiting
from app.storage.database import close_database, open_server
from app.storage.server import LOCK_WAIT_SECONDS
from tests.qt_helpers import Boxes
from tests.test_ui_conflicts import _marc_at_window, _person
from ui import server_wait


@pytest.fixture
def another_pc_saving(server_database: str) -> Iterator[Callable[[], Callable[[], None]]]:
    """Another Tandem of the shop, frozen in the middle of a save once called: it holds
    the shop's revision, as every change does first. What it returns lets it go."""
    holders: list[psycopg.Connection[tuple[object, ...]]] = []

    def let_go() -> None:
        for holder in holders:
            if not holder.closed:
                holder.rollback()
                holder.close()

    def hold() -> Callable[[], None]:
        holder = psycopg.connect(server_database)
        holders.append(holder)
        holder.execute("BEGIN")
        holder.execute("SELECT number FROM shop_1.revision FOR UPDATE")
        return let_go

    yield hold
    let_go()


def test_a_save_held_by_another_pc_leaves_the_window_drawn_and_says_so(
    qtbot: QtBot,
    tmp_path: Path,
    server_database: str,
    another_pc_saving: Callable[[], Callable[[], None]],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window, form = _marc_at_window(qtbot, tmp_path, server_database)
    let_go = another_pc_saving()
    boxes = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    window.activateWindow()
    qtbot.mouseClick(form.notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.notes.hasFocus)
    qtbot.keyClicks(form.notes, "Wants to learn the newsletter")

    ticks: list[float] = []
    seen: dict[str, object] = {}
    started = time.monotonic()

    def during_the_wait() -> None:
        ticks.append(time.monotonic() - started)
        if "note" not in seen and ticks[-1] > 2.5:
            note = window.findChild(QLabel, "server-wait")
            seen["note"] = note.text() if note is not None and note.isVisible() else None
            seen["cursor"] = QApplication.overrideCursor() is not None
            window.grab().save(str(tmp_path / "waiting.png"))
            # she types and clicks meanwhile: nothing of it lands anywhere
            qtbot.keyClicks(form.notes, "zzz")
            qtbot.mouseClick(window.next, Qt.MouseButton.LeftButton)
            seen["step"] = window.stack.currentIndex()

    clock = QTimer()
    clock.setInterval(100)
    clock.timeout.connect(during_the_wait)
    clock.start()
    qtbot.keyClick(form.notes, Qt.Key.Key_Tab)  # she leaves the notes: the save waits
    waited = time.monotonic() - started
    clock.stop()

    assert LOCK_WAIT_SECONDS - 1 < waited < LOCK_WAIT_SECONDS + 2
    # the window's thread went on: about ten ticks a second all along, none missed
    assert len(ticks) >= 8 * (LOCK_WAIT_SECONDS - 1)
    assert max(later - earlier for earlier, later in itertools.pairwise(ticks)) < 0.5
    assert seen["note"] is not None and "Waiting for the server" in str(seen["note"])
    assert seen["cursor"] is True
    assert seen["step"] == 1  # her click on Next during the wait did nothing
    assert QApplication.overrideCursor() is None  # and once over, nothing of the wait is left
    qtbot.waitUntil(lambda: window.findChild(QLabel, "server-wait") is None, timeout=2000)
    assert any("did not finish within a few seconds" in said for said in boxes.said)
    assert form.notes.toPlainText() == "Wants to learn the newsletter"
    assert _person(server_database, "Marc")[2] == ""

    let_go()  # the other PC lets go: leaving the field again saves her words
    qtbot.mouseClick(form.notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(form.notes, Qt.Key.Key_Tab)
    assert _person(server_database, "Marc")[2] == "Wants to learn the newsletter"
    assert "used during a wait" not in caplog.text  # nothing drawn touched the data meanwhile
    window.close()


def test_every_statement_and_connection_to_the_server_goes_through_the_waiter(
    server_database: str,
) -> None:
    """The core's part: what the window waits on is every call that can block."""

    calls: list[str] = []

    def counting(work: Callable[[], object]) -> object:
        calls.append(getattr(work, "__qualname__", ""))
        return work()

    waiting.wait_with(counting)
    try:
        open_server(server_database)
        made = len(calls)
        assert made >= 2  # the connection, then its first statements
        needs.add_person("Léa")
        assert len(calls) > made + 2  # begin, the revision, the insert, commit...
    finally:
        waiting.wait_with(None)
        close_database()


def test_a_statement_that_fails_while_waited_for_fails_as_it_would_in_place(
    qtbot: QtBot,
) -> None:
    def slow_failure() -> None:
        time.sleep(0.3)
        raise ValueError("refused")

    with pytest.raises(ValueError, match="refused"):
        server_wait.wait_patiently(slow_failure)
    assert not server_wait.waiting()
    assert server_wait.wait_patiently(lambda: 42) == 42


def a_long_wait(window: QWidget, on_note: Callable[[QLabel], None]) -> None:
    """A call the server makes last past the moment the wait is said, in front of
    ``window``: ``on_note`` is given the sentence once, as soon as it shows."""
    seen: list[QLabel] = []

    def look() -> None:
        note = window.findChild(QLabel, "server-wait")
        if note is not None and note.isVisible() and not seen:
            seen.append(note)
            on_note(note)

    clock = QTimer()
    clock.timeout.connect(look)
    clock.start(100)
    server_wait.wait_patiently(lambda: time.sleep(server_wait.SAY_AFTER_SECONDS + 0.6))
    clock.stop()
    assert seen, "the wait was never said"


def test_a_dialog_waiting_says_so_in_itself_and_stays_open(qtbot: QtBot) -> None:
    """A save from a dialog (a pair's, a session's) waits: the sentence is at the dialog's
    foot, and closing it meanwhile is not taken."""
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QLabel("A pair's notes"))
    dialog.resize(480, 300)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    seen: list[bool] = []

    def close_it(note: QLabel) -> None:
        assert dialog.rect().contains(note.geometry())
        dialog.close()  # she closes the dialog while it waits
        seen.append(dialog.isVisible())

    a_long_wait(dialog, close_it)
    assert seen == [True]
    qtbot.waitUntil(lambda: dialog.findChild(QLabel, "server-wait") is None, timeout=2000)
    dialog.close()  # once the server answered, it closes
    assert not dialog.isVisible()


def test_waits_one_after_the_other_say_so_once_without_flickering(qtbot: QtBot) -> None:
    """A screen that reads several times from a slow server: the sentence comes once the
    reads together have lasted a second, stays between them, and goes shortly after."""
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(640, 400)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    shown: list[tuple[float, bool]] = []
    started = time.monotonic()

    def look() -> None:
        note = window.findChild(QLabel, "server-wait")
        shown.append((time.monotonic() - started, note is not None and note.isVisible()))

    clock = QTimer()
    clock.timeout.connect(look)
    clock.start(50)
    for _ in range(3):  # three reads of 0.6 s, each alone too short to be told
        server_wait.wait_patiently(lambda: time.sleep(0.6))
        qtbot.wait(100)  # what the screen does between them
    ended = time.monotonic() - started
    qtbot.waitUntil(lambda: window.findChild(QLabel, "server-wait") is None, timeout=2000)
    clock.stop()
    visible = [moment for moment, on in shown if on]
    assert visible and visible[0] < server_wait.SAY_AFTER_SECONDS + 0.4
    # once said, said until the reads are over: no moment without it in between
    assert all(on for moment, on in shown if visible[0] <= moment <= ended)
