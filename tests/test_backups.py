"""Backups: made safely, thinned as they age, listed with what they hold, restored with the
current data kept aside; a damaged file replaced by the newest sound backup."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from app import backups, restoring
from app.errors import StorageProblem
from app.paths import data_file
from app.steps import needs
from app.storage.database import close_database, open_database
from app.storage.files import integrity_check
from app.storage.problems import DamagedFileError
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
    assert first is not None and first.name == "tandem-20270615-120000-r000001.sqlite"
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
    assert names == [
        "tandem-20270615-120000-r000001.sqlite",
        "tandem-20270615-140000-r000002.sqlite",
    ]


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
    assert names == ["tandem-20270615-120000-r000001.sqlite"]


def test_a_backup_is_due_every_half_hour_of_work_and_retried_sooner_after_a_failure() -> None:
    assert backups.due(None, 1000.0)
    assert not backups.due(1000.0, 1000.0 + 29 * 60)
    assert backups.due(1000.0, 1000.0 + 30 * 60)
    assert not backups.due(1000.0, 1000.0 + 4 * 60, failed=True)
    assert backups.due(1000.0, 1000.0 + 5 * 60, failed=True)


def _hourly(hours: int, now: dt.datetime = NOW) -> list[backups.Backup]:
    """A backup every hour back from ``now``, each holding one change more than the one before."""
    return [
        backups.Backup(Path(f"b{number}"), now - dt.timedelta(hours=number), hours - number)
        for number in range(hours)
    ]


def test_thinning_keeps_two_days_then_a_day_a_week_a_month() -> None:
    hourly = _hourly(24 * 400)
    dropped = backups.to_remove(hourly, NOW)
    kept = [b.made_at for b in hourly if b.path not in dropped]
    ages = {when: NOW - when for when in kept}
    assert len([w for w in kept if ages[w] <= dt.timedelta(days=2)]) == 49  # all of two days

    def newest_of(key: object) -> set[dt.datetime]:
        periods: dict[object, dt.datetime] = {}
        for backup in hourly:
            period = key(backup.made_at)  # type: ignore[operator]
            periods[period] = max(periods.get(period, backup.made_at), backup.made_at)
        return set(periods.values())

    days = newest_of(lambda w: w.date())
    weeks = newest_of(lambda w: tuple(w.isocalendar())[:2])
    months = newest_of(lambda w: (w.year, w.month))
    for when, age in ages.items():
        if age > dt.timedelta(days=2):  # older: the newest of its day, week or month
            assert (
                (when in days and age <= dt.timedelta(days=14))
                or (when in weeks and age <= dt.timedelta(days=61))
                or (when in months and age <= dt.timedelta(days=365))
            ), when
    for when in days | weeks | months:  # and every such newest one is kept while it should
        age = NOW - when
        if (when in days and age <= dt.timedelta(days=14)) or (
            when in months and age <= dt.timedelta(days=365)
        ):
            assert when in ages, when
    assert all(age <= dt.timedelta(days=365) for age in ages.values())
    assert len(kept) <= 49 + 13 + 9 + 12


def test_thinning_never_drops_the_newest_backups_whatever_the_clock_says() -> None:
    hourly = _hourly(400)
    three_years_on = NOW + dt.timedelta(days=3 * 365)
    dropped = backups.to_remove(hourly, three_years_on)  # a clock set forward, nothing else known
    newest = backups.newest_first(hourly, three_years_on)[: backups.KEEP_NEWEST]
    assert not dropped & {b.path for b in newest}
    assert len(hourly) - len(dropped) == backups.KEEP_NEWEST
    assert backups.to_remove(hourly, three_years_on, since=NOW) == backups.to_remove(hourly, NOW)
    three_years_back = NOW - dt.timedelta(days=3 * 365)
    assert backups.to_remove(hourly, three_years_back) == set()  # all dated "in the future"


class _Shop:
    """Starts of Tandem as a shop makes them: at each, a backup when something changed,
    then thinning with the moment the start before gave - as ui/session.py does (or, for
    ``by_the_clock``, with the clock alone: what thinning keeps with the right clock).
    Backups are told apart by what they hold (their revision), whatever date they bear."""

    def __init__(self, *, by_the_clock: bool = False) -> None:
        self.found: list[backups.Backup] = []
        self.revision = 0
        self.starts: list[dt.datetime] = []
        self.by_the_clock = by_the_clock

    def start(self, clock: dt.datetime, *, changes: int = 1, half_hours: int = 0) -> None:
        remembered = self.starts[-backups.STARTS_REMEMBERED :]
        since = None if self.by_the_clock else min(remembered, default=None)
        self.starts.append(clock)
        for half_hour in range(half_hours + 1):
            when = clock + dt.timedelta(minutes=30 * half_hour)
            if changes:
                self.revision += changes
                self.found.append(backups.Backup(Path(f"r{self.revision}"), when, self.revision))
            gone = backups.to_remove(self.found, when, since)
            self.found = [b for b in self.found if b.path not in gone]

    @property
    def kept(self) -> set[int | None]:
        return {b.revision for b in self.found}


def _days(shop: _Shop, first: dt.datetime, days: int, **work: int) -> dt.datetime:
    for day in range(days):
        shop.start(first + dt.timedelta(days=day), **work)
    return first + dt.timedelta(days=days)


def _two_shops() -> tuple[_Shop, _Shop]:
    """The same sixty days of work: one shop thinned by a right clock alone, the other as
    Tandem thins, its clock about to go wrong."""
    right, wrong = _Shop(by_the_clock=True), _Shop()
    for shop in (right, wrong):
        _days(shop, NOW - dt.timedelta(days=60), 60, half_hours=3)
    return right, wrong


@pytest.mark.parametrize(
    "off",
    [
        dt.timedelta(days=730),
        dt.timedelta(days=-730),
        dt.timedelta(hours=20),
        dt.timedelta(days=30),
    ],
    ids=["two years ahead", "two years behind", "20 hours ahead", "a month ahead"],
)
def test_one_start_with_a_wrong_clock_deletes_nothing_a_right_clock_keeps(
    off: dt.timedelta,
) -> None:
    """Also when she works an hour and a half that day (the half-hourly backups, dated by
    the same wrong clock, confirmed the jump), and on the days after, once the clock is
    right again (a backup dated ahead, when its date came, or one dated back, took the
    place of the right ones: each thinning deleted one more)."""
    right, wrong = _two_shops()
    for day in (0, 1):  # two starts in a row with the clock wrong
        right.start(NOW + dt.timedelta(days=day), half_hours=3)
        wrong.start(NOW + dt.timedelta(days=day) + off, half_hours=3)
        assert right.kept <= wrong.kept
    for day in range(2, 400, 3):  # the clock set right again
        for shop in (right, wrong):
            shop.start(NOW + dt.timedelta(days=day))
        assert right.kept <= wrong.kept, day


def test_backups_of_erased_data_go_within_a_year_and_a_bit_when_nothing_changes() -> None:
    """Weekly starts with nothing changed make no backup: thinning still ages the old ones
    (it counted from the newest backup, and kept every one)."""
    shop = _Shop()
    later = _days(shop, NOW - dt.timedelta(days=300), 300)
    held_her = shop.revision
    shop.start(later)  # the day she is erased: a change, backed up
    for week in range(1, 60):  # then weekly starts, nothing changed
        shop.start(later + dt.timedelta(weeks=week), changes=0)
        if week < 52:
            assert held_her in shop.kept
    assert [r for r in shop.kept if r is not None and r <= held_her] == []


def test_a_long_absence_ages_the_backups_as_the_right_clock_does() -> None:
    right = _Shop()
    _days(right, NOW - dt.timedelta(days=400), 400)
    right.start(NOW + dt.timedelta(days=120))  # four months away, the clock right
    reference = _Shop()
    _days(reference, NOW - dt.timedelta(days=400), 400)
    reference.start(NOW + dt.timedelta(days=120))
    assert right.kept == reference.kept
    assert len(right.kept) < 400


def test_the_newest_backup_is_the_one_that_holds_the_most_changes() -> None:
    older_data_clock_ahead = backups.Backup(Path("a"), dt.datetime(2029, 1, 1), 40)
    newer_data = backups.Backup(Path("b"), NOW, 41)
    newer_data_clock_behind = backups.Backup(Path("c"), dt.datetime(2024, 1, 1), 42)
    ordered = backups.newest_first(
        [older_data_clock_ahead, newer_data, newer_data_clock_behind], NOW
    )
    assert [b.path.name for b in ordered] == ["c", "b", "a"]
    # backups of earlier Tandems (no revision): a date in the future is suspect, not newest
    earlier = [
        backups.Backup(Path("future"), dt.datetime(2029, 1, 1), None),
        backups.Backup(Path("today"), NOW, None),
        backups.Backup(Path("last week"), NOW - dt.timedelta(days=7), None),
    ]
    assert [b.path.name for b in backups.newest_first(earlier, NOW)] == [
        "today",
        "last week",
        "future",
    ]


def test_thin_deletes_the_dropped_files(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backups, "KEEP_NEWEST", 2)
    for days in (400, 20, 5.2, 5, 1, 0):
        needs.add_person(f"Person {days}")
        backups.make_backup(folder, NOW - dt.timedelta(days=days))
    removed = backups.thin(folder, NOW)
    assert sorted(p.name for p in removed) == [
        "tandem-20260511-120000-r000001.sqlite",
        "tandem-20270610-071200-r000003.sqlite",
    ]
    assert len(backups.list_backups(folder)) == 4


def test_thin_clears_the_empty_sidecar_files_earlier_versions_left(folder: Path) -> None:
    made = backups.make_backup(folder, NOW)
    assert made is not None
    leftovers = backups.backup_folder(folder)
    for name in ("tandem-20270101-000000-r000001.sqlite.partial", made.name):
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
    aside = restoring.restore(folder, backup)
    assert aside is not None and aside.name.startswith("tandem.before-restore-")
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
    copy = restoring.save_copy(tmp_path / "usb" / "tandem-copy.sqlite")
    assert backups.describe(copy).people == 1
    with pytest.raises(StorageProblem, match="could not write the copy"):
        restoring.save_copy(tmp_path / "no such key" / "copy.sqlite")
    letter = tmp_path / "letter.sqlite"
    letter.write_text("Dear Marie", encoding="utf-8")
    close_database()
    with pytest.raises(StorageProblem, match="not a Tandem file"):
        restoring.restore(folder, letter)
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
    offer = restoring.recovery_for_damaged(folder)
    assert offer is not None and offer.backup.path == good
    aside = restoring.recover(folder, offer)
    assert aside is not None and aside.read_bytes() == damaged_bytes
    open_database(data_file(folder))
    assert sorted(p.name for p in needs.list_people()) == ["Inès", "Karim", "Marie"]


def test_two_backups_within_a_second_are_both_kept(folder: Path) -> None:
    needs.add_person("Marie")
    first = backups.make_backup(folder, NOW)
    needs.add_person("Karim")
    second = backups.make_backup(folder, NOW)
    assert first and second and first != second
    assert [b.people for b in backups.list_backups(folder)] == [2, 1]


_COPY_CUT_SHORT = """
import os, sqlite3, sys
source, target = sys.argv[1], sys.argv[2]
copy = sqlite3.connect(target)
sqlite3.connect(source).backup(copy)  # the copy is in WAL mode, as its source is
copy.execute("SELECT count(*) FROM person").fetchone()
os._exit(0)  # gone before switching it back: killed, or the power cut
"""


def test_a_copy_of_the_data_cut_short_leaves_nothing_after_the_next_start(tmp_path: Path) -> None:
    """An upgrade keeps a copy first; a copy cut short beside the data left its .partial-wal
    and .partial-shm files behind, which the start's cleaning did not look for."""
    import subprocess
    import sys

    folder = tmp_path / "data"
    folder.mkdir()
    path = data_file(folder)
    open_database(path)
    needs.add_person("Marie")
    close_database()
    kept = folder / "tandem.before-v4-20270111-090000.sqlite.partial"
    backups.backup_folder(folder).mkdir(parents=True, exist_ok=True)
    backup = backups.backup_folder(folder) / "tandem-20270111-090000-r000001.sqlite.partial"
    for target in (kept, backup):
        subprocess.run([sys.executable, "-c", _COPY_CUT_SHORT, str(path), str(target)], check=True)
    left = sorted(p.name for p in [*folder.glob("*.partial*"), *backup.parent.glob("*.partial*")])
    assert [name.rsplit(".", 1)[-1] for name in left] == [
        "partial",
        "partial-shm",
        "partial-wal",
    ] * 2
    removed = backups.clean_leftovers(folder)
    assert sorted(p.name for p in removed) == left
    assert list(folder.glob("*.partial*")) == list(backup.parent.glob("*.partial*")) == []
    assert path.exists()
