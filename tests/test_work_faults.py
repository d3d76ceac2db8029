"""Faults while the owner works: her file deleted while open, the USB key that holds it
pulled out, the demo that cannot be made on a full disk, a restore that cannot be done.
Her changes go to her file and nowhere else, and nothing she saved is lost."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app import restoring
from app.errors import StorageProblem
from app.paths import data_file, demo_file
from app.steps import needs
from app.storage.database import close_database, database_path, open_database
from tests.disks import UsbKey, fill, read_only, small_disk
from tests.fault_table import FaultRecord
from tests.qt_helpers import Boxes, type_text, when_modal
from tests.test_start_faults import names_in, opened, own_data, start
from ui import main as tandem
from ui.main_window import MainWindow
from ui.restore_dialog import RestoreDialog
from ui.steps.needs_page import NeedsPage


def jobs_in(path: Path) -> dict[str, str]:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as connection:
        return dict(connection.execute("SELECT name, job FROM person"))


def _job_field(window: MainWindow) -> QWidget:
    window.stepper.go_to(1)
    page = window.page(1)
    assert isinstance(page, NeedsPage)
    return page.form.job


def _answering(monkeypatch: pytest.MonkeyPatch, boxes: Boxes) -> Boxes:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    return boxes


@pytest.mark.fault("The data file deleted while Tandem is open")
@pytest.mark.skipif(
    sys.platform == "win32",
    reason="Windows refuses to delete or replace a file a program holds open: no such fault there",
)
def test_a_change_into_a_deleted_file_is_refused_and_the_data_put_back(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: FaultRecord
) -> None:
    path, window = opened(qtbot, tmp_path, "Marie", "Karim")
    boxes = _answering(monkeypatch, Boxes({"no longer at": "Try again"}))
    job = _job_field(window)
    type_text(job, "Owner")
    assert jobs_in(path)["Karim"] == "Owner"  # confirmed: it is in the file
    fault.tried()
    path.unlink()  # deleted by mistake while Tandem is open
    type_text(job, "Chocolatier")
    said = boxes.mentioning("no longer at")
    assert len(said) == 1 and "This change was not saved" in said[0]
    assert "make it again" in boxes.mentioning("Your data is back in place")[0]
    assert path.exists()
    assert jobs_in(path)["Karim"] == "Owner"  # the refused change is not in it
    assert job.text() == "Chocolatier"  # what she typed is still on the screen
    type_text(job, "Chocolatier")  # made again
    assert jobs_in(path)["Karim"] == "Chocolatier"
    window.close()
    fault.missing({"Marie", "Karim"}, names_in(path))
    assert fault.lost == 0


@pytest.mark.fault("The data file replaced by a copy of itself (a synchronisation tool)")
@pytest.mark.skipif(
    sys.platform == "win32",
    reason="Windows refuses to delete or replace a file a program holds open: no such fault there",
)
def test_a_file_replaced_under_tandem_is_not_written_in_silence(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: FaultRecord
) -> None:
    path, window = opened(qtbot, tmp_path, "Marie", "Karim")
    boxes = _answering(monkeypatch, Boxes({"no longer at": "Try again"}))
    window.guard.watch.stop()  # the change itself must notice
    job = _job_field(window)
    type_text(job, "Owner")
    fault.tried()
    copy = tmp_path / "synced.tmp"
    copy.write_bytes(path.read_bytes())
    copy.replace(path)  # the same bytes, but another file: Tandem's writes would miss it
    type_text(job, "Chocolatier")
    assert boxes.mentioning("no longer at") and boxes.mentioning("found its file again")
    type_text(job, "Chocolatier")
    window.close()
    assert jobs_in(path)["Karim"] == "Chocolatier"  # in the file at its place
    fault.missing({"Marie", "Karim"}, names_in(path))
    assert fault.lost == 0


@pytest.mark.fault("The data file deleted while Tandem sits idle")
@pytest.mark.skipif(
    sys.platform == "win32",
    reason="Windows refuses to delete or replace a file a program holds open: no such fault there",
)
def test_a_deleted_file_is_noticed_without_a_change(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: FaultRecord
) -> None:
    path, window = opened(qtbot, tmp_path, "Marie")
    boxes = _answering(monkeypatch, Boxes({"no longer at": "Try again"}))
    fault.tried()
    path.unlink()
    qtbot.waitUntil(lambda: bool(boxes.mentioning("Your data is back in place")), timeout=5000)
    assert "make it again" not in boxes.mentioning("Your data is back in place")[0]  # no change
    window.close()
    fault.missing({"Marie"}, names_in(path))
    assert fault.lost == 0


@pytest.mark.fault("The USB key holding the data pulled out, then put back")
def test_a_pulled_usb_key_is_said_and_the_data_taken_up_again(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: FaultRecord
) -> None:
    with UsbKey(tmp_path) as key:
        folder = key.mount_point / "Tandem"
        path, window = opened(qtbot, folder, "Marie", "Karim")
        boxes = Boxes()
        job = _job_field(window)
        type_text(job, "Owner")
        fault.tried()
        key.pull()

        def plug_back_in() -> str:
            key.plug_in()
            return "Try again"

        boxes.answers = {"USB key": plug_back_in, "did not answer": plug_back_in}
        _answering(monkeypatch, boxes)
        type_text(job, "Chocolatier")
        assert boxes.said and ("USB key" in boxes.said[0] or "did not answer" in boxes.said[0])
        assert boxes.mentioning("found its file again") or boxes.mentioning("back in place")
        type_text(job, "Chocolatier")  # made again, into the file on the key
        window.close()
        assert jobs_in(path)["Karim"] == "Chocolatier"
        fault.missing({"Marie", "Karim"}, names_in(path))
    assert fault.lost == 0


@pytest.mark.fault("The USB key pulled out while Tandem sits idle")
def test_a_key_pulled_while_idle_is_said_within_seconds(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: FaultRecord
) -> None:
    with UsbKey(tmp_path) as key:
        folder = key.mount_point / "Tandem"
        path = own_data(folder, "Marie")
        tries: list[str] = []

        def wait_then_plug_in() -> str:
            tries.append("again")
            if len(tries) > 1:  # the first "Try again" is while the key is still out
                key.plug_in()
            return "Try again"

        boxes = _answering(
            monkeypatch,
            Boxes({"no longer at": wait_then_plug_in, "cannot reach": wait_then_plug_in}),
        )
        window = start(qtbot, folder)
        assert isinstance(window, MainWindow)
        fault.tried()
        key.pull()
        qtbot.waitUntil(lambda: bool(boxes.mentioning("found its file again")), timeout=8000)
        assert "What you saved before is not lost" in boxes.mentioning("no longer at")[0]
        assert boxes.mentioning("put the key back")  # said while it was still out
        window.close()
        fault.missing({"Marie"}, names_in(path))
    assert fault.lost == 0


@pytest.mark.fault("The demo cannot be made (full disk): the owner's changes stay in her file")
def test_a_demo_that_cannot_be_made_leaves_the_owner_on_her_own_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: FaultRecord
) -> None:
    with small_disk(tmp_path / "disk", 4096) as disk:
        folder = disk / "Tandem"
        path, window = opened(qtbot, folder, "Marie")
        boxes = _answering(monkeypatch, Boxes())
        filler = fill(disk)
        fault.tried()
        window.explore_demo.trigger()
        assert boxes.mentioning("The disk is full") or boxes.mentioning("could not write the demo")
        assert not window.session.is_demo and database_path() == path
        assert not window.demo_banner.isVisibleTo(window)
        filler.unlink()
        type_text(_job_field(window), "Owner")  # what she types next
        window.close()
        assert jobs_in(path)["Marie"] == "Owner"  # lands in her own file
        demo = demo_file(folder, "chocolaterie")
        assert not demo.exists() or "Marie" not in names_in(demo)
        fault.missing({"Marie"}, names_in(path))
    assert fault.lost == 0


@pytest.mark.fault("Restore › Another file… given the data file itself")
def test_restoring_the_data_file_over_itself_is_refused(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: FaultRecord
) -> None:
    path = own_data(tmp_path, "Marie", "Karim", backed_up=True)
    window = start(qtbot, tmp_path)
    assert isinstance(window, MainWindow)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen: list[str] = []

    def choose_the_data_file(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        rows = dialog.list.count()
        dialog.other.click()
        seen.append(dialog.errors.text())
        assert dialog.list.count() == rows  # not offered
        dialog.reject()

    fault.tried()
    when_modal(choose_the_data_file)
    window.restore_action.trigger()
    assert "is the file Tandem works on now" in seen[0]
    assert {p.name for p in needs.list_people()} == {"Marie", "Karim"}
    window.close()
    fault.tried()
    with pytest.raises(StorageProblem, match="works on now"):
        restoring.restore(tmp_path, path)
    assert list(tmp_path.glob("tandem.before-restore-*")) == []
    fault.missing({"Marie", "Karim"}, names_in(path))
    assert fault.lost == 0


@pytest.mark.fault("A restore that fails halfway (full disk): the data put back")
def test_a_restore_that_fails_puts_the_data_back(
    qtbot: QtBot, tmp_path: Path, fault: FaultRecord
) -> None:
    big = tmp_path / "copy-on-a-key.sqlite"
    open_database(big)
    for number in range(40):
        needs.add_person(f"Person {number}", notes="n" * 19_000)
    close_database()
    with small_disk(tmp_path / "disk", 1024) as disk:
        folder = disk / "Tandem"
        path = own_data(folder, "Marie")
        before = path.read_bytes()
        fault.tried()
        with pytest.raises(StorageProblem, match="Your data is as it was"):
            restoring.restore(folder, big)
        assert path.read_bytes() == before
        assert sorted(p.name for p in folder.glob("tandem*.sqlite*")) == ["tandem.sqlite"]
        fault.missing({"Marie"}, names_in(path))
        assert data_file(folder) == path
    assert fault.lost == 0


@pytest.mark.fault("A read from a pulled-out USB key (not a change)")
def test_a_read_from_a_pulled_key_reaches_the_owner_as_a_sentence(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    fault: FaultRecord,
) -> None:
    with UsbKey(tmp_path) as key:
        folder = key.mount_point / "Tandem"
        path = own_data(folder, "Marie")
        open_database(path)
        for number in range(300):  # more than SQLite keeps in memory: a list reads the key
            needs.add_person(f"Person {number}", notes="n" * 19_000)
        close_database()
        boxes = Boxes()
        window = start(qtbot, folder)
        assert isinstance(window, MainWindow)
        window.guard.watch.stop()  # no help from the watch: the read itself must say it
        fault.tried()
        key.pull()

        def plug_back_in() -> str:
            key.plug_in()
            return "Try again"

        boxes.answers = {"did not answer": plug_back_in, "damaged": plug_back_in}
        _answering(monkeypatch, boxes)
        with pytest.raises(Exception) as failed:
            needs.list_people()  # what a screen does when it is shown
        tandem._report_bug(failed.type, failed.value, failed.tb)  # Tandem's exception hook
        assert boxes.said and "Something unexpected" not in boxes.said[0]
        assert "did not answer" in boxes.said[0] or "damaged" in boxes.said[0]
        assert boxes.mentioning("found its file again")
        assert "Unexpected error" not in caplog.text  # not logged as a bug
        assert len(needs.list_people()) == 301  # read again, from the key put back
        window.close()
        fault.missing({"Marie", "Person 299"}, names_in(path))
    assert fault.lost == 0


RESTORING = (
    "import sys\n"
    "from pathlib import Path\n"
    "from app import restoring\n"
    "print('restoring', flush=True)\n"
    "restoring.restore(Path(sys.argv[1]), Path(sys.argv[2]))\n"
    "print('restored', flush=True)\n"
)


@pytest.mark.slow
@pytest.mark.fault("Tandem killed in the middle of a restore")
def test_a_restore_killed_midway_leaves_her_data_or_the_restored_one(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: FaultRecord
) -> None:
    big = tmp_path / "copy-on-a-key.sqlite"
    open_database(big)
    for number in range(500):  # about 10 MB: the copy takes a moment
        needs.add_person(f"Old {number}", notes="n" * 19_000)
    close_database()
    folder = tmp_path / "data"
    path = own_data(folder, "Marie", "Latest work", backed_up=True)
    randomness = random.Random(20261130)
    midway = 0
    while midway < 3 and fault.tries < 40:
        fault.tried()
        killed = subprocess.Popen(
            [sys.executable, "-c", RESTORING, str(folder), str(big)],
            cwd=Path(__file__).resolve().parent.parent,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert killed.stdout is not None and killed.stdout.readline() == "restoring\n"
        time.sleep(randomness.uniform(0, 0.15))
        killed.kill()
        killed.wait()
        midway += (folder / "tandem.sqlite.partial").exists()
        assert path.exists()  # never without a data file
        if "Latest work" not in names_in(
            path
        ):  # the restore had finished: undo it for the next try
            aside = max(folder.glob("tandem.before-restore-*.sqlite"))
            aside.replace(path)
        fault.missing({"Marie", "Latest work"}, names_in(path))
    assert midway, "no kill landed in the middle of the copy"
    window = start(qtbot, folder)  # the next start clears what the copy left
    assert isinstance(window, MainWindow)
    assert not (folder / "tandem.sqlite.partial").exists()
    window.close()
    assert fault.lost == 0


@pytest.mark.fault("A restore stopped between its two renames: no data file")
def test_her_data_kept_aside_by_a_restore_cut_short_is_offered_first(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: FaultRecord
) -> None:
    path = own_data(tmp_path, "Marie", backed_up=True)
    open_database(path)
    needs.add_person("Latest work")  # after the newest backup
    close_database()
    fault.tried()
    # what a power cut between the two renames of a restore leaves: her file moved aside,
    # nothing in its place
    path.replace(tmp_path / "tandem.before-restore-20261130-124234.sqlite")
    boxes = _answering(monkeypatch, Boxes({"Use this backup?": "Use this backup"}))
    window = start(qtbot, tmp_path)
    assert isinstance(window, MainWindow)
    assert "2 people" in boxes.mentioning("Use this backup?")[0]
    fault.missing({"Marie", "Latest work"}, {p.name for p in needs.list_people()})
    window.close()
    assert fault.lost == 0


@pytest.mark.fault("Restore chosen while the data folder is read-only")
def test_a_restore_into_a_read_only_folder_is_refused_and_her_data_stays_open(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: FaultRecord
) -> None:
    folder = tmp_path / "data"
    path = own_data(folder, "Marie", backed_up=True)
    boxes = _answering(monkeypatch, Boxes())
    window = start(qtbot, folder)
    assert isinstance(window, MainWindow)
    needs.add_person("Karim")
    when_modal(lambda dialog: dialog.accept())  # the newest backup, chosen
    with read_only(folder):
        fault.tried()
        window.restore_action.trigger()
        assert boxes.mentioning("read-only")
        assert {p.name for p in needs.list_people()} == {"Marie", "Karim"}  # still open, in use
    window.close()
    fault.missing({"Marie", "Karim"}, names_in(path))
    assert fault.lost == 0


@pytest.mark.fault("The USB key pulled out just before Restore is clicked")
def test_a_restore_from_a_pulled_key_is_said_as_such(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: FaultRecord
) -> None:
    with UsbKey(tmp_path) as key:
        folder = key.mount_point / "Tandem"
        path = own_data(folder, "Marie", backed_up=True)
        boxes = Boxes()
        window = start(qtbot, folder)
        assert isinstance(window, MainWindow)
        window.guard.watch.stop()  # the restore itself must say it
        _answering(monkeypatch, boxes)

        def pull_then_choose(dialog: QWidget) -> None:
            key.pull()
            dialog.accept()

        boxes.answers = {"cannot reach": "Quit Tandem", "did not answer": "Quit Tandem"}
        when_modal(pull_then_choose)
        fault.tried()
        window.restore_action.trigger()
        assert not boxes.mentioning("is damaged")
        assert boxes.mentioning("did not answer") or boxes.mentioning("cannot reach")
        key.plug_in()
        window.close()
        fault.missing({"Marie"}, names_in(path))
    assert fault.lost == 0


@pytest.mark.fault("The data file deleted while the disk is full")
def test_a_deleted_file_on_a_full_disk_says_the_disk_is_full(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: FaultRecord
) -> None:
    with small_disk(tmp_path / "disk", 4096) as disk:
        folder = disk / "Tandem"
        path = own_data(folder, "Marie")
        saved = path.read_bytes()
        boxes = Boxes()
        window = start(qtbot, folder)
        assert isinstance(window, MainWindow)
        filler = fill(disk)
        path.unlink()
        tries: list[str] = []

        def free_space_at_the_second_try() -> str:
            tries.append("again")
            if len(tries) == 2:
                filler.unlink()
            return "Try again"

        boxes.answers = {
            "no longer at": free_space_at_the_second_try,
            "disk is full": free_space_at_the_second_try,
        }
        _answering(monkeypatch, boxes)
        fault.tried()
        window.guard.check()
        assert boxes.mentioning("The disk is full")  # not "put the key back"
        assert not boxes.mentioning("USB key, put the key back")
        assert boxes.mentioning("Your data is back in place")
        window.close()
        assert names_in(path) == {"Marie"} and len(saved) > 0
        fault.missing({"Marie"}, names_in(path))
    assert fault.lost == 0


def test_leaving_the_demo_for_a_missing_file_can_be_cancelled(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = own_data(tmp_path, "Marie", backed_up=True)
    boxes = _answering(monkeypatch, Boxes({"Use this backup?": "Cancel"}))
    window = tandem.launch(["tandem", "--data-dir", str(tmp_path), "--demo"])
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    path.unlink()
    window.leave_demo.click()
    assert window.session.is_demo  # she stays in the demo, with nothing more said
    assert boxes.said == [boxes.mentioning("Use this backup?")[0]]
    assert not path.exists()
    window.close()
