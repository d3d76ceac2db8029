"""Backups: made safely, thinned as they age, listed with what they hold, restored with the
current data kept aside; a damaged file replaced by the newest sound backup."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from app import backups
from app.errors import StorageProblem
from app.paths import data_file
from app.steps import needs
from app.storage.database import DamagedFileError, close_database, integrity_check, open_database
from tests.builders import person, programme, ready_pair

NOW = dt.datetime(2027, 6, 15, 12, 0, 0)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    open_database(data_file(tmp_path))
    yield tmp_path
    close_database()


def test_a_backup_is_checked_private_and_made_only_when_something_changed(folder: Path) -> None:
    needs.add_person("Marie")
    first = backups.make_backup(folder, NOW)
    assert first is not None and first.name == "tandem-20270615-120000.sqlite"
    assert integrity_check(first) == []
    if os.name == "posix":
        assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert not list(first.parent.glob("*.partial"))
    assert backups.make_backup(folder, NOW + dt.timedelta(hours=1)) is None  # nothing changed
    needs.add_person("Karim")
    second = backups.make_backup(folder, NOW + dt.timedelta(hours=2))
    assert second is not None
    assert [b.people for b in backups.list_backups(folder)] == [2, 1]


def test_the_backups_folder_holds_the_backups_and_nothing_else(folder: Path) -> None:
    """Checking, comparing and listing backups opens them read-only: that must leave no
    journal or shared-memory files behind, start after start."""
    needs.add_person("Marie")
    backups.make_backup(folder, NOW)
    backups.make_backup(folder, NOW + dt.timedelta(hours=1))  # unchanged: not kept
    needs.add_person("Karim")
    backups.make_backup(folder, NOW + dt.timedelta(hours=2))
    assert len(backups.list_backups(folder)) == 2
    names = sorted(path.name for path in backups.backup_folder(folder).iterdir())
    assert names == ["tandem-20270615-120000.sqlite", "tandem-20270615-140000.sqlite"]


def test_a_backup_that_fails_its_check_is_not_kept(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    needs.add_person("Marie")
    backups.make_backup(folder, NOW)
    checked: list[Path] = []

    def damaged(path: Path) -> list[str]:
        checked.append(path)
        return ["row 3 missing from index"]

    monkeypatch.setattr(backups, "integrity_check", damaged)
    # the same bytes as the newest backup, checked when it was made: no second check
    assert backups.make_backup(folder, NOW + dt.timedelta(hours=1)) is None
    assert checked == []
    needs.add_person("Karim")
    with pytest.raises(StorageProblem, match="row 3 missing"):
        backups.make_backup(folder, NOW + dt.timedelta(hours=2))
    assert len(checked) == 1
    names = [path.name for path in backups.backup_folder(folder).iterdir()]
    assert names == ["tandem-20270615-120000.sqlite"]


def test_a_backup_is_due_every_half_hour_of_work(folder: Path) -> None:
    assert backups.due(folder, NOW)
    backups.make_backup(folder, NOW)
    assert not backups.due(folder, NOW + dt.timedelta(minutes=29))
    assert backups.due(folder, NOW + dt.timedelta(minutes=30))


def test_thinning_keeps_two_days_then_a_day_a_week_a_month() -> None:
    hourly = [NOW - dt.timedelta(hours=hours) for hours in range(0, 24 * 400)]
    kept = set(hourly) - backups.to_remove(hourly, NOW)
    recent = [when for when in kept if NOW - when <= dt.timedelta(days=2)]
    assert len(recent) == 49  # every one of the last two days
    days = {
        when.date() for when in kept if dt.timedelta(days=2) < NOW - when <= dt.timedelta(days=14)
    }
    assert len([w for w in kept if dt.timedelta(days=2) < NOW - w <= dt.timedelta(days=14)]) == len(
        days
    )
    weeks = [w for w in kept if dt.timedelta(days=14) < NOW - w <= dt.timedelta(days=61)]
    assert len(weeks) == len({tuple(w.isocalendar())[:2] for w in weeks})
    months = [w for w in kept if dt.timedelta(days=61) < NOW - w <= dt.timedelta(days=365)]
    assert len(months) == len({(w.year, w.month) for w in months})
    assert all(NOW - when <= dt.timedelta(days=365) for when in kept)
    assert len(kept) <= 49 + 13 + 8 + 11


def test_thin_deletes_the_dropped_files(folder: Path) -> None:
    for days in (0, 1, 5, 5.2, 20, 400):
        needs.add_person(f"Person {days}")
        backups.make_backup(folder, NOW - dt.timedelta(days=days))
    removed = backups.thin(folder, NOW)
    assert sorted(p.name for p in removed) == [
        "tandem-20260511-120000.sqlite",
        "tandem-20270610-071200.sqlite",
    ]
    assert len(backups.list_backups(folder)) == 4


def test_thin_clears_the_empty_sidecar_files_earlier_versions_left(folder: Path) -> None:
    made = backups.make_backup(folder, NOW)
    assert made is not None
    leftovers = backups.backup_folder(folder)
    for name in ("tandem-20270101-000000.sqlite.partial", made.name):
        (leftovers / f"{name}-shm").write_bytes(b"\0" * 32768)
        (leftovers / f"{name}-wal").write_bytes(b"")
    (leftovers / "tandem-20270102-000000.sqlite-shm").write_bytes(b"\0" * 32768)
    (leftovers / "tandem-20270102-000000.sqlite-wal").write_bytes(b"pages not yet written back")
    backups.thin(folder, NOW)
    assert sorted(path.name for path in leftovers.iterdir()) == [
        "tandem-20270102-000000.sqlite-shm",
        "tandem-20270102-000000.sqlite-wal",
        made.name,
    ]


def test_restoring_keeps_the_current_data_aside(folder: Path) -> None:
    spring = programme()
    ready_pair(spring, person("Karim"), person("Marie"))
    backup = backups.make_backup(folder, NOW)
    assert backup is not None
    info = backups.describe(backup)
    assert (info.people, info.pairs, info.sessions, info.made_at) == (2, 1, 6, NOW)
    needs.add_person("Typed after the backup")
    close_database()
    aside = backups.restore(folder, backup)
    assert aside.name.startswith("tandem.before-restore-")
    open_database(data_file(folder))
    assert [p.name for p in needs.list_people()] == ["Karim", "Marie"]
    close_database()
    open_database(aside)
    assert "Typed after the backup" in [p.name for p in needs.list_people()]


def test_a_copy_can_be_saved_and_a_foreign_file_is_not_restored(
    folder: Path, tmp_path: Path
) -> None:
    needs.add_person("Marie")
    (tmp_path / "usb").mkdir()
    copy = backups.save_copy(tmp_path / "usb" / "tandem-copy.sqlite")
    assert backups.describe(copy).people == 1
    with pytest.raises(StorageProblem, match="could not write the copy"):
        backups.save_copy(tmp_path / "no such key" / "copy.sqlite")
    letter = tmp_path / "letter.sqlite"
    letter.write_text("Dear Marie")
    close_database()
    with pytest.raises(StorageProblem, match="not a Tandem file"):
        backups.restore(folder, letter)
    assert data_file(folder).exists()


def _damage(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    for offset in range(4096, min(len(raw), 4096 * 6)):
        raw[offset] = 0xA5
    path.write_bytes(bytes(raw))


def test_a_damaged_file_is_kept_aside_and_the_newest_sound_backup_used(folder: Path) -> None:
    for name in ("Marie", "Karim", "Inès"):
        needs.add_person(name)
    good = backups.make_backup(folder, NOW - dt.timedelta(days=1))
    needs.add_person("Sophie")
    newest = backups.make_backup(folder, NOW)
    assert good and newest
    _damage(newest)  # the newest backup is damaged too: it must be passed over
    close_database()
    for suffix in ("-wal", "-shm"):
        Path(str(data_file(folder)) + suffix).unlink(missing_ok=True)
    _damage(data_file(folder))
    damaged_bytes = data_file(folder).read_bytes()
    with pytest.raises(DamagedFileError):
        open_database(data_file(folder))
    recovered = backups.recover(folder)
    assert recovered is not None
    aside, used = recovered
    assert used.path == good and aside.read_bytes() == damaged_bytes
    open_database(data_file(folder))
    assert sorted(p.name for p in needs.list_people()) == ["Inès", "Karim", "Marie"]


def test_two_backups_within_a_second_are_both_kept(folder: Path) -> None:
    needs.add_person("Marie")
    first = backups.make_backup(folder, NOW)
    needs.add_person("Karim")
    second = backups.make_backup(folder, NOW)
    assert first and second and first != second
    assert [b.people for b in backups.list_backups(folder)] == [2, 1]
