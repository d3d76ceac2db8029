"""Backups of the Tandem file: made with SQLite's backup API (never a copy of a file in use),
checked, written under a temporary name then renamed; thinned as they age; restored with the
current data kept aside first.

Kept: every backup of the last two days, then the newest of each day for two weeks, of each
week for two months, of each month for a year.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.errors import StorageProblem
from app.i18n import QT_TRANSLATE_NOOP, message
from app.paths import data_file
from app.storage.database import copy_database, inspect_file, integrity_check
from app.storage.models import db

FOLDER = "backups"
STAMP = "%Y%m%d-%H%M%S"
NAME = re.compile(r"^tandem-(\d{8}-\d{6})\.sqlite$")
#: At most one automatic backup per this interval while the owner works.
EVERY = dt.timedelta(minutes=30)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime | None
    people: int
    pairs: int
    sessions: int


def backup_folder(data_dir: Path) -> Path:
    return data_dir / FOLDER


def _problem(template: str, **values: object) -> StorageProblem:
    return StorageProblem(message("storage", template, **values))


def _content(path: Path) -> str:
    """A fingerprint of a backup. SQLite's backup copies the pages as they are, so the same
    data gives the same bytes - and hashing them is far quicker than reading every row."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _made_at(path: Path) -> dt.datetime | None:
    match = NAME.match(path.name)
    return dt.datetime.strptime(match.group(1), STAMP) if match else None


def _backups(folder: Path) -> list[Path]:
    """The automatic backups, newest first."""
    found = [path for path in folder.glob("tandem-*.sqlite") if _made_at(path) is not None]
    return sorted(found, key=lambda path: path.name, reverse=True)


def make_backup(
    data_dir: Path, now: dt.datetime | None = None, *, only_if_changed: bool = True
) -> Path | None:
    """Back up the open file into the data folder's backups; None when nothing changed since
    the newest backup. Raises StorageProblem when the backup cannot be written."""
    when = now or dt.datetime.now()
    folder = backup_folder(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"tandem-{when.strftime(STAMP)}.sqlite"
        while target.exists():  # two backups within a second: the second takes the next one
            when += dt.timedelta(seconds=1)
            target = folder / f"tandem-{when.strftime(STAMP)}.sqlite"
        partial = target.with_name(target.name + ".partial")
        copy_database(db.obj, partial)
        newest = _backups(folder)
        if only_if_changed and newest and _content(newest[0]) == _content(partial):
            partial.unlink()  # the same bytes as a backup already checked when it was made
            return None
        problems = integrity_check(partial)
        if problems:
            partial.unlink()
            raise _problem(
                QT_TRANSLATE_NOOP("storage", "The backup could not be checked: {problem}"),
                problem=problems[0],
            )
        partial.replace(target)
        target.chmod(0o600)
    except OSError as error:
        raise _problem(
            QT_TRANSLATE_NOOP("storage", "Tandem could not write a backup in {folder}: {reason}"),
            folder=str(folder),
            reason=error.strerror or str(error),
        ) from error
    return target


def due(data_dir: Path, now: dt.datetime | None = None) -> bool:
    """True when the newest automatic backup is older than half an hour (or missing)."""
    newest = _backups(backup_folder(data_dir))
    made = _made_at(newest[0]) if newest else None
    return made is None or (now or dt.datetime.now()) - made >= EVERY


def to_remove(made: Iterable[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """Which backups thinning drops: keep all of the last two days, then the newest of each
    day for two weeks, of each week for two months, of each month for a year."""
    kept: set[dt.datetime] = set()
    buckets: set[tuple[str, object]] = set()
    for when in sorted(made, reverse=True):
        age = now - when
        if age <= dt.timedelta(days=2):
            kept.add(when)
            continue
        if age <= dt.timedelta(days=14):
            bucket: tuple[str, object] = ("day", when.date())
        elif age <= dt.timedelta(days=61):
            bucket = ("week", tuple(when.isocalendar())[:2])
        elif age <= dt.timedelta(days=365):
            bucket = ("month", (when.year, when.month))
        else:
            continue
        if bucket not in buckets:
            buckets.add(bucket)
            kept.add(when)
    return set(made) - kept


def thin(data_dir: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the automatic backups thinning drops; returns what was deleted."""
    paths = {_made_at(path): path for path in _backups(backup_folder(data_dir))}
    drop = to_remove([when for when in paths if when], now or dt.datetime.now())
    removed = []
    for when in drop:
        paths[when].unlink(missing_ok=True)
        removed.append(paths[when])
    _remove_empty_sidecars(backup_folder(data_dir))
    return removed


def _remove_empty_sidecars(folder: Path) -> None:
    """Earlier builds checked their backups as WAL files, which left an empty -wal and a
    -shm file beside them at every start; those hold nothing and go. A -wal file with
    content is kept."""
    for sidecar in [*folder.glob("tandem-*-wal"), *folder.glob("tandem-*-shm")]:
        wal = sidecar.with_name(sidecar.name[: -len("shm")] + "wal")
        if sidecar.name.endswith("-wal") and sidecar.stat().st_size > 0:
            continue
        if sidecar.name.endswith("-shm") and wal.exists() and wal.stat().st_size > 0:
            continue
        sidecar.unlink(missing_ok=True)


def describe(path: Path) -> BackupInfo:
    """What a backup or copy holds, read without changing it; StorageProblem if it is not a
    sound Tandem file."""
    inspect_file(path)  # refuses a file that is not Tandem's or comes from a newer Tandem
    if integrity_check(path):
        raise _problem(
            QT_TRANSLATE_NOOP("storage", "{name} is damaged and cannot be restored."),
            name=path.name,
        )
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        count = lambda table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: E731
        return BackupInfo(path, _made_at(path), count("person"), count("pair"), count("session"))
    finally:
        connection.close()


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """The automatic backups that can be restored, newest first (damaged ones left out)."""
    found = []
    for path in _backups(backup_folder(data_dir)):
        try:
            found.append(describe(path))
        except StorageProblem:
            continue
    return found


def save_copy(target: Path) -> Path:
    """A copy of the open data where the owner chooses (a USB key), checked."""
    try:
        copy_database(db.obj, target)
    except (OSError, sqlite3.Error) as error:
        raise _problem(
            QT_TRANSLATE_NOOP("storage", "Tandem could not write the copy to {path}: {reason}"),
            path=str(target),
            reason=getattr(error, "strerror", None) or str(error),
        ) from error
    if integrity_check(target):
        raise _problem(
            QT_TRANSLATE_NOOP(
                "storage", "The copy at {path} could not be checked; try another place."
            ),
            path=str(target),
        )
    return target


def _aside(path: Path, why: str) -> Path:
    """Move a data file (and its journal files) aside under a dated name; never delete it."""
    stamp = dt.datetime.now().strftime(STAMP)
    aside = path.with_name(f"{path.stem}.{why}-{stamp}{path.suffix}")
    path.replace(aside)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + suffix))
    return aside


def restore(data_dir: Path, source: Path) -> Path:
    """Put ``source`` (a backup or a copy) in place of the data file, which is kept aside
    first; the caller closes the data before and opens it again after. Returns the place
    where the replaced data was kept."""
    describe(source)
    target = data_file(data_dir)
    aside = _aside(target, "before-restore") if target.exists() else target
    copy_database(source, target)
    target.chmod(0o600)
    return aside


def recover(data_dir: Path) -> tuple[Path, BackupInfo] | None:
    """A damaged data file: keep it aside, put the newest sound backup in its place.
    Returns (where the damaged file is, the backup used), or None when no backup is sound."""
    sound = list_backups(data_dir)
    if not sound:
        return None
    target = data_file(data_dir)
    aside = _aside(target, "damaged")
    copy_database(sound[0].path, target)
    return aside, sound[0]
