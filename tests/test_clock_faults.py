"""Backups that survive a wrong clock: the PC's date set forward or back (with faketime, in
real Tandem processes). Thinning never deletes the newest backups, the newest is the one
that holds the most changes, and a backup dated in the future is suspect, not newest."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import backups, restoring
from app.paths import data_file
from tests.fault_table import FaultRecord
from tests.test_start_faults import names_in, own_data

ROOT = Path(__file__).resolve().parent.parent
FAKETIME = shutil.which("faketime")

# Tests of the real clock: each process they start has a clock of its own (faketime's)
pytestmark = pytest.mark.real_clock


def _run(module: str, *arguments: str, clock: str | None = None) -> None:
    """A real Tandem process; ``clock`` is what its clock says (faketime's format)."""
    if FAKETIME is None:
        pytest.skip("faketime is not installed (CI installs it: see .ci/run)")
    command = [sys.executable, "-m", module, *arguments]
    if clock is not None:
        command = [FAKETIME, "-f", f"@{clock}", *command]  # the clock runs on from there
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]


def work(folder: Path, name: str | None = None, *, clock: str | None = None) -> None:
    _run("tests.clock_work", str(folder), *([name] if name else []), clock=clock)


def start_tandem(folder: Path, *, clock: str | None = None) -> None:
    _run("ui.main", "--data-dir", str(folder), "--quit-when-ready", clock=clock)


def _hours_of_work(folder: Path, hours: int) -> list[str]:
    """A backup an hour for ``hours`` hours up to an hour ago, each after a person was
    added: all of them are kept by thinning, with a right clock."""
    now = dt.datetime.now().replace(microsecond=0)
    added = []
    for back in range(hours, 0, -1):
        when = now - dt.timedelta(hours=back)
        name = f"Person of {when.isoformat()}"
        work(folder, name, clock=when.strftime("%Y-%m-%d %H:%M:%S"))
        added.append(name)
    return added


@pytest.mark.slow
@pytest.mark.fault("The PC's clock set forward three years, then set right")
def test_a_clock_set_forward_neither_deletes_the_backups_nor_hides_the_newest(
    tmp_path: Path, fault: FaultRecord
) -> None:
    own_data(tmp_path, "Marie")
    added = ["Marie", *_hours_of_work(tmp_path, 23)]
    assert len(backups.list_backups(tmp_path)) == 24
    fault.tried()
    start_tandem(tmp_path, clock="2029-06-01 12:00:00")  # thinning with the clock three years on
    kept = backups.list_backups(tmp_path)
    assert len(kept) >= 10  # the ten newest, at least (backups.KEEP_NEWEST)
    assert kept[0].people == len(added)  # the newest data is still backed up
    work(tmp_path, "Typed in 2029", clock="2029-06-01 12:30:00")
    work(tmp_path, "Typed once the clock was set right")  # today, the right date
    listed = backups.list_backups(tmp_path)
    assert listed[0].people == len(added) + 2  # the newest is what holds the most changes
    assert not listed[0].date_in_doubt
    assert listed[1].people == len(added) + 1 and listed[1].date_in_doubt
    start_tandem(tmp_path)  # the next correct start keeps the suspect one
    assert any(info.date_in_doubt for info in backups.list_backups(tmp_path))
    data_file(tmp_path).write_bytes(b"SQLite format 3\x00" + b"\xa5" * 8000)  # damaged
    offer = restoring.recovery_for_damaged(tmp_path)
    assert offer is not None
    fault.missing(
        [*added, "Typed in 2029", "Typed once the clock was set right"],
        names_in(offer.backup.path),
    )
    assert fault.lost == 0


@pytest.mark.slow
@pytest.mark.fault("The PC's clock set back two years, then set right")
def test_a_clock_set_back_keeps_the_newest_data_first(tmp_path: Path, fault: FaultRecord) -> None:
    own_data(tmp_path, "Marie")
    added = ["Marie", *_hours_of_work(tmp_path, 5)]
    fault.tried()
    work(tmp_path, "Typed in 2024", clock="2024-11-30 10:00:00")  # a backup dated two years back
    data_file(tmp_path).unlink()  # then the file is lost: recovery must offer the newest data
    listed = backups.list_backups(tmp_path)
    fault.missing([*added, "Typed in 2024"], names_in(listed[0].path))
    offer = restoring.recovery_for_missing(tmp_path)
    assert offer is not None and offer.backup.path == listed[0].path
    restoring.recover(tmp_path, offer)
    start_tandem(tmp_path)  # the clock set right: thinning sees a backup "two years old"
    assert listed[0].path.exists()  # it holds the newest data: kept
    assert fault.lost == 0


def _ten_days_of_work(folder: Path, now: dt.datetime) -> None:
    """Eleven backups Tandem made itself on the ten days before ``now`` (two on the fifth
    day back), each after a person was added."""
    moments = [now - dt.timedelta(days=back, hours=2) for back in range(10, 0, -1)]
    moments.insert(6, moments[5] + dt.timedelta(hours=1))
    for when in moments:
        work(folder, f"Person of {when:%d %B %H:%M}", clock=f"{when:%Y-%m-%d %H:%M:%S}")


@pytest.mark.slow
@pytest.mark.parametrize("years", [2, -2], ids=["ahead", "behind"])
@pytest.mark.fault("The PC's clock years ahead or behind for two starts, after ten days of work")
def test_a_start_with_the_clock_years_off_keeps_every_backup_a_right_clock_keeps(
    tmp_path: Path, fault: FaultRecord, years: int
) -> None:
    now = dt.datetime.now().replace(microsecond=0)
    own_data(tmp_path, "Marie")
    _ten_days_of_work(tmp_path, now)
    found = backups._backups(backups.backup_folder(tmp_path), now)
    assert len({b.made_at.date() for b in found}) == 10
    right = {b.path for b in found} - backups.to_remove(found, now)
    fault.tried()
    wrong = f"{now + dt.timedelta(days=365 * years):%Y-%m-%d %H:%M:%S}"
    work(tmp_path, "Typed with the clock off", clock=wrong)  # a start, a change, its backups
    start_tandem(tmp_path, clock=wrong)  # a second start with the same wrong clock
    start_tandem(tmp_path)  # then the clock is put right
    deleted = sorted(path.name for path in right if not path.exists())
    fault.lost = len(deleted)
    assert deleted == []
