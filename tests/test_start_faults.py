"""Tandem always starts and says what is wrong: backups that cannot be written, a logs
folder it cannot use, a bug during the start, and the owner's file missing, empty or
damaged while backups exist - each caused for real, through the real start."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app import backups
from app.launch import configure_logging
from app.paths import data_file
from app.programmes import list_programmes
from app.shop import get_shop
from app.steps import needs
from app.storage.database import close_database, open_database
from tests.disks import UsbKey, fill, read_only, small_disk
from tests.fault_table import FaultRecord
from tests.qt_helpers import Boxes, add_person_at_window
from ui import main as tandem
from ui.main_window import MainWindow
from ui.settings import Settings


def own_data(folder: Path, *names: str, backed_up: bool = False) -> Path:
    """A data folder as after a first run: the owner's file holding ``names``."""
    folder.mkdir(parents=True, exist_ok=True)
    open_database(data_file(folder))
    for name in names:
        needs.add_person(name)
    if backed_up:
        backups.make_backup(folder)
    close_database()
    Settings(folder).setup_done = True
    return data_file(folder)


def names_in(path: Path) -> set[str]:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM person")}


def start(qtbot: QtBot, folder: Path) -> MainWindow | int:
    window = tandem.launch(["tandem", "--data-dir", str(folder)])
    if isinstance(window, MainWindow):
        qtbot.addWidget(window)
    return window


def opened(qtbot: QtBot, folder: Path, *names: str) -> tuple[Path, MainWindow]:
    """Her data holding ``names``, opened in Tandem's window: the data file and the window."""
    path = own_data(folder, *names)
    window = start(qtbot, folder)
    assert isinstance(window, MainWindow)
    return path, window


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    answered = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answered.exec(box))
    return answered


def _backups_cannot_be_made(
    qtbot: QtBot, folder: Path, boxes: Boxes, monkeypatch: pytest.MonkeyPatch, reason: str
) -> MainWindow:
    window = start(qtbot, folder)
    assert isinstance(window, MainWindow)  # Tandem opens
    qtbot.waitUntil(lambda: bool(boxes.mentioning("cannot make backups")))
    said = boxes.mentioning("cannot make backups")
    assert len(said) == 1 and reason in said[0]
    assert window.guard.backup_state.isVisibleTo(window)
    assert reason in window.guard.backup_state.full_text()
    add_person_at_window(window)  # work goes on, and is saved
    assert len(boxes.mentioning("cannot make backups")) == 1  # said once, not at every change
    return window


def _backups_work_again(window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once the folder can be written again, the next try makes the backup."""
    monkeypatch.setattr(backups, "RETRY", dt.timedelta(0))  # the few minutes have passed
    add_person_at_window(window)
    assert backups.list_backups(folder)[0].people == 3
    assert not window.guard.backup_state.isVisibleTo(window)
    window.close()


@pytest.mark.fault("Backups folder read-only at start and while working")
def test_a_read_only_backups_folder_does_not_stop_tandem(
    qtbot: QtBot,
    tmp_path: Path,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
    fault: FaultRecord,
) -> None:
    path = own_data(tmp_path, "Marie")
    with read_only(backups.backup_folder(tmp_path)):
        fault.tried()
        window = _backups_cannot_be_made(qtbot, tmp_path, boxes, monkeypatch, "read-only")
    _backups_work_again(window, tmp_path, monkeypatch)
    fault.missing({"Marie", "New person"}, names_in(path))
    assert fault.lost == 0


@pytest.mark.fault("Backups disk full at start and while working")
def test_a_full_backups_disk_does_not_stop_tandem(
    qtbot: QtBot,
    tmp_path: Path,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
    fault: FaultRecord,
) -> None:
    path = own_data(tmp_path, "Marie")
    with small_disk(backups.backup_folder(tmp_path), 512) as disk:
        filler = fill(disk)
        fault.tried()
        window = _backups_cannot_be_made(qtbot, tmp_path, boxes, monkeypatch, "disk is full")
        assert list(disk.glob("*.partial")) == []  # nothing half-written left on the disk
        filler.unlink()
        _backups_work_again(window, tmp_path, monkeypatch)
    fault.missing({"Marie", "New person"}, names_in(path))
    assert fault.lost == 0


@pytest.mark.fault("Logs folder read-only at start")
def test_a_logs_folder_that_cannot_be_written_does_not_stop_tandem(
    qtbot: QtBot,
    tmp_path: Path,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
    fault: FaultRecord,
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "home-state"))
    data = tmp_path / "data"
    path = own_data(data, "Marie")
    with read_only(data / "logs"):
        for _ in range(2):
            fault.tried()
            window = start(qtbot, data)
            assert isinstance(window, MainWindow)
            qtbot.wait(50)
            window.close()
    said = boxes.mentioning("Tandem writes its log to")
    assert len(said) == 1  # once, not at every start
    fallback = tmp_path / "home-state" / "Tandem" / "log" / "tandem.log"
    assert str(fallback) in said[0] and "read-only" in said[0].lower()
    _flush_logs()
    assert "it is written here instead" in fallback.read_text(encoding="utf-8")
    fault.missing({"Marie"}, names_in(path))


def _flush_logs() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_a_bug_during_the_start_is_logged_with_its_traceback(
    qtbot: QtBot, tmp_path: Path, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    own_data(tmp_path, "Marie")

    def broken(window: MainWindow) -> None:
        raise ZeroDivisionError("a bug while showing the data")

    monkeypatch.setattr(MainWindow, "open_data", broken)  # a bug, put there on purpose
    assert tandem.main(["tandem", "--data-dir", str(tmp_path)]) == 70
    _flush_logs()
    logged = (tmp_path / "logs" / "tandem.log").read_text(encoding="utf-8")
    assert "Tandem could not start" in logged
    assert "Traceback (most recent call last)" in logged
    assert "ZeroDivisionError: a bug while showing the data" in logged
    assert boxes.mentioning("could not start because of an unexpected problem")


@pytest.mark.fault("The data file missing at start, with backups")
def test_a_missing_file_with_backups_is_offered_the_newest_backup(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: FaultRecord
) -> None:
    path = own_data(tmp_path, "Marie", "Karim", backed_up=True)
    path.unlink()
    boxes = Boxes({"file is missing": "Use this backup"})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    fault.tried()
    window = start(qtbot, tmp_path)
    assert isinstance(window, MainWindow)
    assert "2 people, 0 pairs, 0 sessions" in boxes.mentioning("file is missing")[0]
    assert boxes.mentioning("Tandem goes on with the backup of")
    fault.missing({"Marie", "Karim"}, {p.name for p in needs.list_people()})
    window.close()
    assert fault.lost == 0


@pytest.mark.fault("The data file empty (0 bytes) at start, with backups")
def test_an_empty_file_with_backups_is_kept_aside_and_the_backup_used(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: FaultRecord
) -> None:
    path = own_data(tmp_path, "Marie", backed_up=True)
    path.write_bytes(b"")
    boxes = Boxes({"file is empty": "Use this backup"})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    fault.tried()
    window = start(qtbot, tmp_path)
    assert isinstance(window, MainWindow)
    fault.missing({"Marie"}, {p.name for p in needs.list_people()})
    assert [p.stat().st_size for p in tmp_path.glob("tandem.empty-*.sqlite")] == [0]
    window.close()
    assert fault.lost == 0


def test_declining_the_backup_of_a_missing_file_changes_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = own_data(tmp_path, "Marie", backed_up=True)
    path.unlink()
    before = sorted(p.name for p in backups.backup_folder(tmp_path).iterdir())
    boxes = Boxes({"Use this backup?": "Quit"})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    assert start(qtbot, tmp_path) == 1
    assert boxes.mentioning("Your backups are in")
    assert not path.exists()  # no empty shop made over her data
    assert sorted(p.name for p in backups.backup_folder(tmp_path).iterdir()) == before


def test_starting_with_no_data_over_a_missing_file_is_the_owners_choice(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = own_data(tmp_path, "Marie", backed_up=True)
    path.unlink()
    boxes = Boxes({"file is missing": "Start with no data"})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    window = start(qtbot, tmp_path)
    assert isinstance(window, MainWindow)
    assert needs.list_people() == []
    assert backups.list_backups(tmp_path)[-1].people == 1  # the old backup is still there
    window.close()


@pytest.mark.fault("A Tandem file with schema version 0 at start, with backups")
def test_a_file_with_version_0_is_offered_the_backup_like_a_damaged_one(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: FaultRecord
) -> None:
    path = own_data(tmp_path, "Marie", backed_up=True)
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("PRAGMA user_version = 0")  # and closed: Windows moves no open file
    boxes = Boxes({"is damaged": "Use this backup"})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    fault.tried()
    window = start(qtbot, tmp_path)
    assert isinstance(window, MainWindow)
    fault.missing({"Marie"}, {p.name for p in needs.list_people()})
    assert len(list(tmp_path.glob("tandem.damaged-*.sqlite"))) == 1
    assert list(tmp_path.glob("tandem.before-*")) == []
    _flush_logs()
    logged = (tmp_path / "logs" / "tandem.log").read_text(encoding="utf-8")
    assert "Data file damaged at start" in logged and "Recovered" in logged
    window.close()
    assert fault.lost == 0


BACKING_UP = (
    "import sys\n"
    "from pathlib import Path\n"
    "from app import backups\n"
    "from app.storage.database import open_database\n"
    "folder = Path(sys.argv[1])\n"
    "open_database(folder / 'tandem.sqlite')\n"
    "print('backing up', flush=True)\n"
    "while True:\n"
    "    backups.make_backup(folder, only_if_changed=False)\n"
)


@pytest.mark.slow
@pytest.mark.real_clock  # the backups are named by the clock of the process that is killed
@pytest.mark.fault("Tandem killed in the middle of a backup")
def test_what_a_killed_backup_leaves_is_cleaned_at_the_next_start(
    qtbot: QtBot, tmp_path: Path, boxes: Boxes, fault: FaultRecord
) -> None:
    path = own_data(tmp_path, "Marie")
    open_database(path)
    for number in range(600):  # about 12 MB: a backup takes a moment
        needs.add_person(f"Person {number}", notes="n" * 19_000)
    close_database()
    randomness = random.Random(20261130)
    leftovers: list[Path] = []
    while not leftovers and fault.tries < 30:
        fault.tried()
        writer = subprocess.Popen(
            [sys.executable, "-c", BACKING_UP, str(tmp_path)],
            cwd=Path(__file__).resolve().parent.parent,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None and writer.stdout.readline() == "backing up\n"
        time.sleep(randomness.uniform(0.05, 0.5))
        writer.kill()
        writer.wait()
        leftovers = list(backups.backup_folder(tmp_path).glob("*.partial*"))
    assert leftovers, "no kill landed in the middle of a backup"
    # Tandem started again a moment later: once the clock has passed the names the quick
    # backups took (each a second after the one before when made within the same second)
    stamps = [p.name[len("tandem-") :][:15] for p in backups.backup_folder(tmp_path).iterdir()]
    latest = max(dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S") for stamp in stamps)
    while dt.datetime.now() < latest + dt.timedelta(seconds=1.1):
        time.sleep(0.1)
    window = start(qtbot, tmp_path)
    assert isinstance(window, MainWindow)
    assert list(backups.backup_folder(tmp_path).glob("*.partial*")) == []
    assert list(tmp_path.glob("*.partial*")) == []
    window.close()
    fault.missing({"Marie", "Person 599"}, names_in(path))
    assert fault.lost == 0


@pytest.mark.fault("Things named like backups that are not (a folder, a pipe, an absurd number)")
def test_things_named_like_backups_neither_stop_tandem_nor_its_backups(
    qtbot: QtBot, tmp_path: Path, boxes: Boxes, fault: FaultRecord
) -> None:
    path = own_data(tmp_path, "Marie", backed_up=True)
    folder = backups.backup_folder(tmp_path)
    good = next(folder.glob("tandem-*.sqlite"))
    (folder / f"tandem-20261130-120000-r{'9' * 25}.sqlite").write_bytes(good.read_bytes())
    (folder / "tandem-20991231-235959-r000900.sqlite").mkdir()
    if hasattr(os, "mkfifo"):  # not on Windows
        os.mkfifo(folder / "tandem-20991231-235958-r000899.sqlite")  # reading it never ends
    open_database(path)
    needs.add_person("Karim")  # a change since the backup: the start backs it up
    close_database()
    fault.tried()
    window = start(qtbot, tmp_path)
    assert isinstance(window, MainWindow)
    assert window.session.backup_problem is None
    assert backups.list_backups(tmp_path)[0].people == 2  # a backup was made at start
    window.close()
    path.unlink()  # and with the file gone, the offer still works
    fault.tried()
    boxes.answers = {"Use this backup?": "Use this backup"}
    window = start(qtbot, tmp_path)
    assert isinstance(window, MainWindow)
    fault.missing({"Marie", "Karim"}, {p.name for p in needs.list_people()})
    window.close()
    assert fault.lost == 0


def test_an_existing_file_without_settings_or_backups_opens_without_the_first_run(
    qtbot: QtBot, tmp_path: Path, boxes: Boxes
) -> None:
    """A data file copied into an empty folder (a new PC): her shop, not the welcome wizard
    that would rename it and add an empty programme."""
    shutil.copy(Path(__file__).parent / "data" / "tandem-v1.sqlite", tmp_path / "tandem.sqlite")
    window = start(qtbot, tmp_path)
    assert isinstance(window, MainWindow)
    assert get_shop().name == "Restaurant Chez Gérard"
    assert [p.name for p in list_programmes()] == ["New flavours"]
    window.close()
    assert Settings(tmp_path).setup_done


@pytest.mark.fault("A lock file left empty or as a folder (a power cut)")
@pytest.mark.parametrize("left", ["empty file", "folder"])
def test_a_broken_lock_file_does_not_stop_every_start(
    qtbot: QtBot, tmp_path: Path, boxes: Boxes, left: str, fault: FaultRecord
) -> None:
    path = own_data(tmp_path, "Marie")
    lock = tmp_path / "tandem.lock"
    if left == "folder":
        lock.mkdir()
    else:
        lock.write_bytes(b"")
    fault.tried()
    window = start(qtbot, tmp_path)
    assert isinstance(window, MainWindow)
    assert not boxes.mentioning("already open")
    window.close()
    fault.missing({"Marie"}, names_in(path))
    assert fault.lost == 0


@pytest.mark.fault("The data file damaged in a read-only folder, the backup accepted")
def test_a_damaged_file_in_a_read_only_folder_is_said_not_crashed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: FaultRecord
) -> None:
    folder = tmp_path / "data"
    path = own_data(folder, "Marie", backed_up=True)
    raw = bytearray(path.read_bytes())
    raw[4096 : 4096 * 3] = b"\xa5" * (4096 * 2)
    path.write_bytes(bytes(raw))
    boxes = Boxes({"Use this backup?": "Use this backup"})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    with read_only(folder):
        fault.tried()
        assert start(qtbot, folder) == 1
    assert boxes.mentioning("read-only"), boxes.said
    assert not boxes.mentioning("unexpected")
    assert path.read_bytes() == bytes(raw)  # left as it was
    assert backups.list_backups(folder)[0].people == 1  # her backup is still there


def test_a_data_folder_that_is_a_file_or_a_data_file_that_is_a_folder_is_said(
    qtbot: QtBot, tmp_path: Path, boxes: Boxes
) -> None:
    blocker = tmp_path / "Tandem"
    blocker.write_text("not a folder", encoding="utf-8")
    assert start(qtbot, blocker) == 1
    assert boxes.mentioning("is a file, not a folder")
    folder = tmp_path / "data"
    own_data(folder, "Marie")
    (folder / "tandem.sqlite").unlink()
    (folder / "tandem.sqlite").mkdir()
    assert start(qtbot, folder) == 1
    assert boxes.mentioning("tandem.sqlite is not a Tandem file")
    assert not boxes.mentioning("unexpected")


@pytest.mark.fault("The log's USB key pulled out while Tandem writes its log")
def test_the_log_moves_to_the_users_own_folder_when_its_disk_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: FaultRecord
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "home-state"))
    with UsbKey(tmp_path) as key:
        logged = configure_logging(key.mount_point / "Tandem")
        assert logged.path == key.mount_point / "Tandem" / "logs" / "tandem.log"
        logging.getLogger("tandem").warning("written on the key")
        _flush_logs()
        fault.tried()
        key.pull()
        logging.getLogger("tandem").warning("written after the key was pulled")
        _flush_logs()
        key.plug_in()
    fallback = tmp_path / "home-state" / "Tandem" / "log" / "tandem.log"
    written = fallback.read_text(encoding="utf-8")
    assert "cannot be written any more: the log goes on here" in written
    assert "written after the key was pulled" in written
