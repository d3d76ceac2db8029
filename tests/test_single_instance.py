"""One Tandem per data folder, for sure: a lock file in the folder decides, whatever the
timing, the temporary folder or a crash left behind; a lock held from another PC is said."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.fault_table import FaultRecord
from tests.test_start_faults import own_data
from ui.single_instance import LOCK_FILE, Claim, SingleInstance, same_pc, this_pc

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 20


def test_a_second_claim_on_the_same_folder_finds_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    first, second = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert first.claim() is Claim.HELD
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert second.claim() is Claim.HERE  # and the first was asked to come forward
    first.close()
    assert second.claim() is Claim.HELD  # closed: the folder is free again
    second.close()


def test_this_pc_is_named_as_qt_names_it_in_a_lock(tmp_path: Path) -> None:
    """On Windows QLockFile writes the COMPUTERNAME, not the host name QSysInfo gives (they
    differ at least in case): a Tandem on this PC must not be taken for one on another."""
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(tmp_path / "probe.lock"))
    assert lock.tryLock(0)
    try:
        _pid, host, _application = lock.getLockInfo()
    finally:
        lock.unlock()
    assert host == this_pc()
    assert same_pc(host) and same_pc(host.upper() if sys.platform == "win32" else host)
    assert not same_pc("shop-pc-upstairs")


def test_a_lock_left_by_a_crashed_tandem_is_taken(tmp_path: Path) -> None:
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead_pid = int(gone.stdout)  # a process that has ended
    (tmp_path / LOCK_FILE).write_text(f"{dead_pid}\ntandem\n{this_pc()}\n")
    instance = SingleInstance(tmp_path)
    assert instance.claim() is Claim.HELD
    instance.close()


def test_a_lock_held_on_another_pc_is_said_and_can_be_taken_over(tmp_path: Path) -> None:
    (tmp_path / LOCK_FILE).write_text("4242\ntandem\nshop-pc-upstairs\n")
    instance = SingleInstance(tmp_path)
    assert instance.claim() is Claim.ELSEWHERE
    assert instance.holder == "shop-pc-upstairs"
    assert instance.take_over()
    assert SingleInstance(tmp_path).claim() is not Claim.HELD  # now this Tandem holds it
    instance.close()


def _race(folder: Path, tmp: Path, round_number: int) -> list[str]:
    """Two starts let go at the same instant, once both are ready: what each said."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    go = tmp / f"go-{round_number}"
    starts, ready = [], []
    for which in range(2):
        # the second start has a temporary folder of its own, as another session would
        temporary = tmp / f"tmp-{round_number}-{which}"
        temporary.mkdir()
        ready.append(temporary / "ready")
        race = [str(folder), str(ready[-1]), str(go), "1.5"]
        starts.append(
            subprocess.Popen(
                [sys.executable, "-m", "tests.start_race", *race],
                cwd=ROOT,
                env={**environment, "TMPDIR": str(temporary)},
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    waited = time.monotonic()
    while not all(path.exists() for path in ready):
        assert time.monotonic() - waited < 60, "the starts never got ready"
        time.sleep(0.001)
    go.touch()
    said = []
    for start in starts:
        out, err = start.communicate(timeout=60)
        assert start.returncode == 0, err[-2000:]
        said.append(out)
    return said


@pytest.mark.slow
@pytest.mark.fault("Two Tandems started at the same instant on the same data")
def test_two_starts_at_the_same_instant_give_one_tandem(tmp_path: Path, fault: FaultRecord) -> None:
    folder = tmp_path / "data"
    own_data(folder, "Marie")
    windows, knocks = [], []
    for round_number in range(ROUNDS):
        fault.tried()
        said = _race(folder, tmp_path, round_number)
        windows.append(sum("window" in out for out in said))
        knocks.append(sum("brought forward" in out for out in said))
        assert not (folder / LOCK_FILE).exists()  # given back when the window closed
    assert windows == [1] * ROUNDS, windows
    assert knocks == [1] * ROUNDS, knocks  # the second start brought the first forward


def test_a_lock_naming_a_silent_process_here_is_asked_about(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder copied with the lock of a Tandem that still works elsewhere on this PC (or a
    Tandem that hangs): it does not answer the knock, so the owner is asked, not refused
    forever."""
    from PySide6.QtWidgets import QMessageBox

    from tests.qt_helpers import Boxes
    from ui import main as tandem
    from ui.main_window import MainWindow

    own_data(tmp_path, "Marie")
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        # the process's name as QLockFile checks it: /proc's on Linux, without .exe on Windows
        if sys.platform.startswith("linux"):
            name = Path(os.readlink(f"/proc/{alive.pid}/exe")).name
        else:
            name = Path(sys.executable).stem
        (tmp_path / LOCK_FILE).write_text(f"{alive.pid}\n{name}\n{this_pc()}\n")
        boxes = Boxes({"does not answer": "Yes"})
        monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
        window = tandem.launch(["tandem", "--data-dir", str(tmp_path)])
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        assert boxes.mentioning("does not answer")
        window.close()
    finally:
        alive.kill()
        alive.wait()
