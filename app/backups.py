"""Backups of the Tandem file: made with SQLite's backup API (never a copy of a file in use),
checked, written under a temporary name then renamed; thinned as they age; restored with the
current data kept aside first, and put back if the restore fails.

A backup's name says when it was made and how many changes its data had seen (its
revision): ``tandem-20270615-120000-r000512.sqlite``. Which backup is the newest is decided
by the revision - what it holds - and only then by the date, because the PC's clock can be
wrong: a backup dated in the future is suspect, never taken for the newest because of its
date, and never thinned by an age the clock cannot tell.

Kept: the ten newest backups whatever the clock says, every backup of the last two days,
then the newest of each day for two weeks, of each week for two months, of each month for a
year. A clock that jumped deletes nothing thinning would keep with the right clock: ages are
counted from the earliest moment the last starts gave (``note_start``), and a backup whose
date disagrees with the order of what the backups hold is kept until the backup after it is
a year old.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from app.errors import StorageProblem
from app.i18n import QT_TRANSLATE_NOOP, message
from app.storage.database import keep_revision_above, revision
from app.storage.files import (
    PARTIAL,
    inspect_file,
    integrity_check,
    problems_in,
    read_only,
    rename,
    write_copy,
)
from app.storage.models import db
from app.storage.problems import (
    DamagedFileError,
    reason_of,
    storage_problem_for,
    why_not_writable,
)

log = logging.getLogger(__name__)

FOLDER = "backups"
STAMP = "%Y%m%d-%H%M%S"
NAME = re.compile(r"^tandem-(\d{8}-\d{6})(?:-r(\d{1,15}))?\.sqlite$")
#: At most one automatic backup per this much working time (measured on a clock that the
#: PC's date and time settings do not move).
EVERY = dt.timedelta(minutes=30)
#: After a backup failed, the next one is tried this much later.
RETRY = dt.timedelta(minutes=5)
#: This many of the newest backups are kept whatever the clock says.
KEEP_NEWEST = 10


@dataclass(frozen=True)
class Backup:
    """An automatic backup as its name describes it."""

    path: Path
    made_at: dt.datetime
    #: How many changes its data had seen; None for backups of earlier Tandems.
    revision: int | None

    def in_future(self, now: dt.datetime) -> bool:
        return self.made_at > now


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime | None
    people: int
    pairs: int
    sessions: int
    #: Dated later than now: the PC's clock was wrong when it was made, or is wrong now.
    date_in_doubt: bool = False
    #: How many changes its data had seen (0 for a file of an earlier Tandem).
    revision: int = 0


def backup_folder(data_dir: Path) -> Path:
    return data_dir / FOLDER


def _problem(template: str, **values: object) -> StorageProblem:
    return StorageProblem(message("storage", template, **values))


def _content(path: Path) -> str:
    """A fingerprint of a backup. SQLite's backup copies the pages as they are, so the same
    data gives the same bytes - and hashing them is far quicker than reading every row."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _parse(path: Path) -> Backup | None:
    match = NAME.match(path.name)
    if match is None:
        return None
    try:
        made_at = dt.datetime.strptime(match.group(1), STAMP)
    except ValueError:
        return None
    return Backup(path, made_at, int(match.group(2)) if match.group(2) else None)


def newest_first(found: list[Backup], now: dt.datetime) -> list[Backup]:
    """Backups ordered by what they hold, newest first: the revision decides; between equal
    revisions (or backups of earlier Tandems, which have none) a plausible date wins over a
    date in the future, then the later date."""
    return sorted(
        found,
        key=lambda b: (
            b.revision if b.revision is not None else -1,
            not b.in_future(now),
            b.made_at,
        ),
        reverse=True,
    )


def _is_file(path: Path) -> bool:
    """A plain file (not a folder, a pipe or a device that would block a reading)."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _backups(folder: Path, now: dt.datetime | None = None) -> list[Backup]:
    """The automatic backups, newest first (see :func:`newest_first`): the plain files
    named as backups, whatever else lies in the folder."""
    named = [b for b in map(_parse, folder.glob("tandem-*.sqlite")) if b is not None]
    return newest_first([b for b in named if _is_file(b.path)], now or dt.datetime.now())


def newest_revision(data_dir: Path) -> int:
    """The highest revision among the backups (0 when there is none)."""
    return max((b.revision or 0 for b in _backups(backup_folder(data_dir))), default=0)


def has_backups(data_dir: Path) -> bool:
    return bool(_backups(backup_folder(data_dir)))


def keep_ahead_of_backups(data_dir: Path) -> None:
    """Once the data file is open: data put back from an older backup or a copy is, from now
    on, the newest - its revision is raised above every backup's."""
    keep_revision_above(newest_revision(data_dir))


def _storage_problem(error: BaseException, folder: Path) -> StorageProblem:
    """Why a backup could not be written: the sentence of the folder or the disk when it is
    known (it names the folder), else the system's own words."""
    known = why_not_writable(folder) or storage_problem_for(error, folder / "backup")
    if known is not None:
        return known
    return _problem(
        QT_TRANSLATE_NOOP("storage", "Tandem could not write a backup in {folder} ({reason})."),
        folder=str(folder),
        reason=reason_of(error, folder / "backup"),
    )


def make_backup(
    data_dir: Path, now: dt.datetime | None = None, *, only_if_changed: bool = True
) -> Path | None:
    """Back up the open file into the data folder's backups; None when nothing changed since
    the newest backup. Raises StorageProblem when the backup cannot be written; nothing
    half-written is left behind then."""
    when = now or dt.datetime.now()
    folder = backup_folder(data_dir)
    partial: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        number = revision()

        def name(at: dt.datetime) -> Path:
            return folder / f"tandem-{at.strftime(STAMP)}-r{number:06d}.sqlite"

        target = name(when)
        while target.exists():  # two backups within a second: the second takes the next one
            when += dt.timedelta(seconds=1)
            target = name(when)
        partial = target.with_name(target.name + PARTIAL)
        write_copy(db.obj, partial)
        newest = _backups(folder, when)
        if only_if_changed and newest and _content(newest[0].path) == _content(partial):
            partial.unlink()  # the same bytes as a backup already checked when it was made
            return None
        problems = integrity_check(partial)
        if problems:
            raise _problem(
                QT_TRANSLATE_NOOP("storage", "The backup could not be checked: {problem}"),
                problem=problems[0],
            )
        rename(partial, target)
        if os.name == "posix":
            target.chmod(0o600)
    except StorageProblem:
        _discard(partial)
        raise
    except (OSError, sqlite3.Error, pw.PeeweeException) as error:
        _discard(partial)
        raise _storage_problem(error, folder) from error
    return target


def _discard(partial: Path | None) -> None:
    if partial is not None:
        try:
            if partial.exists():
                partial.unlink()
        except OSError as error:  # the disk went away meanwhile: cleaned at the next start
            log.warning("Could not remove %s: %s", partial, error)


def due(last_made: float | None, now: float, failed: bool = False) -> bool:
    """Whether a backup is due during work, on a monotonic clock in seconds: half an hour
    after the last one (five minutes after one that failed), or when none was made yet."""
    wait = RETRY if failed else EVERY
    return last_made is None or now - last_made >= wait.total_seconds()


#: Where each start writes the moment its clock gave, for the next starts to compare with.
STARTED = "starts.txt"
#: How many starts are remembered: thinning counts no backup older than it would have been
#: at the earliest of them, so this many starts in a row with a wrong clock delete nothing.
STARTS_REMEMBERED = 5
#: The ages at which a backup moves from one tier of thinning to the next.
_TIERS = (
    dt.timedelta(days=2),
    dt.timedelta(days=14),
    dt.timedelta(days=61),
    dt.timedelta(days=365),
)


def note_start(data_dir: Path, now: dt.datetime | None = None) -> dt.datetime | None:
    """At each start: the earliest moment the last starts' clocks gave (None when none is
    known), and this start's moment noted with them. Thinning ages no backup further than
    it was then (see :func:`to_remove`), so a few starts with a clock that jumped - years
    ahead or a few hours - delete nothing; a clock that stays wrong longer is, to Tandem,
    time that passed."""
    when = now or dt.datetime.now()
    marker = backup_folder(data_dir) / STARTED
    try:
        lines = marker.read_text("ascii").split()
    except (OSError, UnicodeDecodeError):
        lines = []
    earlier = []
    for line in lines[-STARTS_REMEMBERED:]:
        try:
            earlier.append(dt.datetime.fromisoformat(line))
        except ValueError:
            continue
    noted = [
        *(moment.isoformat(timespec="seconds") for moment in earlier),
        when.isoformat(timespec="seconds"),
    ]
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text("\n".join(noted[-STARTS_REMEMBERED:]) + "\n", "ascii")
    except OSError as error:  # a read-only or full disk: the backups say so on their own
        log.warning("Could not note the start in %s: %s", marker, error)
    return min(earlier, default=None)


def _in_order(found: list[Backup], now: dt.datetime) -> set[Path]:
    """The backups whose dates agree with the order of what they hold: none holding fewer
    changes is dated later, none holding more is dated earlier. Where two disagree, a clock
    was wrong when one of them was made - set back, or set ahead and since put right - and
    which one cannot be told, so the dates of both are in doubt. (A backup dated in the
    future is left out: it is kept, and disagrees with nothing until its date comes.)"""
    ordered = list(reversed(newest_first([b for b in found if not b.in_future(now)], now)))
    latest_before: list[dt.datetime | None] = []
    latest: dt.datetime | None = None
    for backup in ordered:
        latest_before.append(latest)
        latest = backup.made_at if latest is None else max(latest, backup.made_at)
    agreed: set[Path] = set()
    earliest_after: dt.datetime | None = None
    for backup, before in zip(reversed(ordered), reversed(latest_before), strict=True):
        after = earliest_after
        earliest_after = backup.made_at if after is None else min(after, backup.made_at)
        if (before is None or before <= backup.made_at) and (
            after is None or backup.made_at <= after
        ):
            agreed.add(backup.path)
    return agreed


def _dropped_at(found: list[Backup], chain: set[Path], moment: dt.datetime) -> set[Path]:
    """What thinning would drop if it were ``moment``: of the backups dated in order, all of
    the last two days are kept, then the newest of each day for two weeks, of each week for
    two months, of each month for a year. A backup whose date is in doubt is kept until the
    backup made after it, dated in order, is a year old: it is at least that old.

    Each backup is kept while younger than a limit that does not depend on ``moment`` (two
    days, or more as the newest of its day, week or month), so what is dropped at a moment
    is dropped at every later one: a backup is never deleted by an earlier clock than the
    one that would delete it."""
    kept: set[Path] = set()
    newest: set[tuple[str, object]] = set()
    vouched: dt.datetime | None = None  # the date of the next backup in order, going back
    for backup in newest_first(found, moment):
        when = backup.made_at
        if when > moment:
            kept.add(backup.path)
            continue
        if backup.path not in chain:
            if vouched is None or moment - vouched <= _TIERS[3]:
                kept.add(backup.path)
            continue
        vouched = when
        periods: tuple[tuple[str, object], ...] = (
            ("day", when.date()),
            ("week", tuple(when.isocalendar())[:2]),
            ("month", (when.year, when.month)),
        )
        limit = _TIERS[0]
        for (kind, period), tier in zip(periods, _TIERS[1:], strict=True):
            if (kind, period) not in newest:
                newest.add((kind, period))
                limit = tier
        if moment - when <= limit:
            kept.add(backup.path)
    return {b.path for b in found} - kept


def to_remove(found: list[Backup], now: dt.datetime, since: dt.datetime | None = None) -> set[Path]:
    """Which backups thinning drops: never the ten newest by what they hold (once the last
    starts' clocks are known, while younger than a year: what was erased leaves the backups
    within a year even when nothing changes after), nor one dated in the future (its age
    cannot be told), nor one whose date is out of order with what it holds while it may be
    younger than a year; otherwise as :func:`_dropped_at` says.

    ``since`` is the earliest moment the last starts' clocks gave (:func:`note_start`): the
    clock of this start may have jumped since, so backups are aged as they were then, if
    that is earlier. Whatever the true time is between the two, nothing thinning would keep
    then is deleted: what thinning keeps only shrinks as time passes."""
    moment = min(since, now) if since is not None else now
    dropped = _dropped_at(found, _in_order(found, now), moment)
    newest = newest_first(found, now)[:KEEP_NEWEST]
    if since is not None:  # the clock checked against the last starts: a year is a year
        newest = [b for b in newest if moment - b.made_at <= _TIERS[3]]
    return dropped - {b.path for b in newest}


def thin(
    data_dir: Path, now: dt.datetime | None = None, since: dt.datetime | None = None
) -> list[Path]:
    """Delete the automatic backups thinning drops (``since``: see :func:`to_remove`), and
    what interrupted backups left; returns the backups deleted."""
    folder = backup_folder(data_dir)
    when = now or dt.datetime.now()
    removed = []
    for path in to_remove(_backups(folder, when), when, since):
        path.unlink(missing_ok=True)
        removed.append(path)
    _remove_leftovers(folder)
    return removed


def clean_leftovers(data_dir: Path) -> list[Path]:
    """What copies cut short (a kill, a power cut, a pulled key) left in the data folder and
    its backups: half-written files, which may hold people erased since. Only the one Tandem
    that holds the data folder calls this, so nothing is being written meanwhile."""
    found = _partial_files(data_dir)
    for path in found:
        path.unlink(missing_ok=True)
    return found + _remove_leftovers(backup_folder(data_dir))


def _partial_files(folder: Path) -> list[Path]:
    """A copy cut short, and the files SQLite kept beside it: a copy of a file in WAL mode
    is in WAL mode until it is switched back, so it may leave -wal and -shm files too."""
    return [
        path
        for ending in ("", "-journal", "-wal", "-shm")
        for path in folder.glob(f"*{PARTIAL}{ending}")
    ]


def _remove_leftovers(folder: Path) -> list[Path]:
    """Half-written backups, and the empty -wal and -shm files earlier builds left beside
    their backups (they checked them as WAL files). A -wal file with content is kept."""
    removed = _partial_files(folder)
    for path in removed:
        path.unlink(missing_ok=True)
    for sidecar in [*folder.glob("tandem-*-wal"), *folder.glob("tandem-*-shm")]:
        wal = sidecar.with_name(sidecar.name[: -len("shm")] + "wal")
        if sidecar.name.endswith("-wal") and sidecar.stat().st_size > 0:
            continue
        if sidecar.name.endswith("-shm") and wal.exists() and wal.stat().st_size > 0:
            continue
        sidecar.unlink(missing_ok=True)
        removed.append(sidecar)
    return removed


def describe(path: Path, now: dt.datetime | None = None) -> BackupInfo:
    """What a backup or copy holds, read without changing it; StorageProblem if it is not a
    sound Tandem file - or, with its own sentence, if its disk does not answer (a damaged
    file and an unreachable one are not the same news)."""
    inspect_file(path)  # refuses a file that is not Tandem's or comes from a newer Tandem

    def damaged() -> StorageProblem:
        return _problem(
            QT_TRANSLATE_NOOP("storage", "{name} is damaged and cannot be restored."),
            name=path.name,
        )

    try:
        with read_only(path) as connection:
            if problems_in(connection):
                raise damaged()
            count = lambda table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: E731
            counts = count("person"), count("pair"), count("session")
            has_revision = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'revision'"
            ).fetchone()[0]
            number = (
                connection.execute("SELECT number FROM revision WHERE id = 1").fetchone()
                if has_revision
                else None
            )
    except (sqlite3.Error, ValueError) as error:
        found = storage_problem_for(error, path)
        if found is None or isinstance(found, DamagedFileError):
            raise damaged() from error
        raise found from error
    parsed = _parse(path)
    made_at = parsed.made_at if parsed else _stamp_in(path.name)
    doubt = made_at is not None and made_at > (now or dt.datetime.now())
    return BackupInfo(
        path, made_at, *counts, date_in_doubt=doubt, revision=int(number[0]) if number else 0
    )


def _stamp_in(name: str) -> dt.datetime | None:
    """The date in the name of a file Tandem kept aside (``tandem.before-restore-<date>``)."""
    found = re.search(r"-(\d{8}-\d{6})(?:-\d+)?\.sqlite$", name)
    try:
        return dt.datetime.strptime(found.group(1), STAMP) if found else None
    except ValueError:
        return None


def backups_to_restore(data_dir: Path, now: dt.datetime | None = None) -> list[BackupInfo]:
    """The backups worth offering to restore, newest first: those of the file while it
    still held nobody (the first start's) would bring back an empty file."""
    return [info for info in list_backups(data_dir, now) if info.people or info.pairs]


def list_backups(data_dir: Path, now: dt.datetime | None = None) -> list[BackupInfo]:
    """The automatic backups that can be restored, newest first (damaged ones left out)."""
    found = []
    for backup in _backups(backup_folder(data_dir), now):
        try:
            found.append(describe(backup.path, now))
        except StorageProblem:
            continue
    return found
