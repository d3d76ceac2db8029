"""Putting data back: a copy saved where the owner chooses, a backup or a copy restored in
place of the data file (kept aside first, and put back if the restore fails), and the newest
sound backup offered when the data file is damaged, missing or empty.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.backups import BackupInfo, describe, list_backups
from app.errors import StorageProblem
from app.i18n import QT_TRANSLATE_NOOP, message
from app.paths import data_file
from app.storage.backend import backend
from app.storage.files import (
    PARTIAL,
    integrity_check,
    move_aside,
    move_back,
    rename,
    write_copy,
)
from app.storage.problems import reason_of

log = logging.getLogger(__name__)


def _problem(template: str, **values: object) -> StorageProblem:
    return StorageProblem(message("storage", template, **values))


def save_copy(target: Path) -> Path:
    """A copy of the open data where the owner chooses (a USB key), checked. From a
    network's server, the copy is an ordinary Tandem file of the shop worked on."""
    try:
        backend().write_copy(target)
    except (OSError, sqlite3.Error) as error:
        raise _problem(
            QT_TRANSLATE_NOOP("storage", "Tandem could not write the copy to {path}: {reason}"),
            path=str(target),
            reason=reason_of(error, target),
        ) from error
    if integrity_check(target):
        raise _problem(
            QT_TRANSLATE_NOOP(
                "storage", "The copy at {path} could not be checked; try another place."
            ),
            path=str(target),
        )
    return target


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.exists() and second.exists() and os.path.samefile(first, second)
    except OSError:
        return False


def _put_in_place(data_dir: Path, source: Path, why: str) -> Path | None:
    """Copy ``source`` in place of the data file, which is kept aside as ``why`` first; on
    any failure the data file is put back as it was. Returns where it was kept aside.

    The copy is written whole beside the data file first: stopped during the copy (a
    kill, a power cut, a full disk), Tandem leaves the data file as it was. Only then is the
    data file moved aside and the copy renamed into its place."""
    target = data_file(data_dir)
    partial = target.with_name(target.name + PARTIAL)
    aside = None
    try:
        write_copy(source, partial)
        if os.name == "posix":
            partial.chmod(0o600)
        aside = move_aside(target, why) if target.exists() else None
        rename(partial, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
            if aside is not None:
                target.unlink(missing_ok=True)
                move_back(aside, target)
        if isinstance(error, (OSError, sqlite3.Error)):
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "storage",
                    "Tandem could not put {name} in place of its data. {reason} Your data is as it was.",
                ),
                name=source.name,
                reason=reason_of(error, target),
            ) from error
        raise
    return aside


def check_restorable(data_dir: Path, source: Path) -> BackupInfo:
    """What ``source`` holds, when it can be restored over the data of ``data_dir``: a
    sound Tandem file other than the data file itself. Raises StorageProblem otherwise."""
    if _same_file(source, data_file(data_dir)):
        raise _problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "{name} is the file Tandem works on now: there is nothing to restore from it. "
                "Choose a backup or a copy.",
            ),
            name=source.name,
        )
    return describe(source)


def restore(data_dir: Path, source: Path) -> Path | None:
    """Put ``source`` (a backup or a copy) in place of the data file, which is kept aside
    first; the caller closes the data before and opens it again after. Returns the place
    where the replaced data was kept (None when there was none). On failure the data file is
    as it was before."""
    check_restorable(data_dir, source)
    return _put_in_place(data_dir, source, "before-restore")


@dataclass(frozen=True)
class Recovery:
    """Why the data file cannot be used as it is, and the newest sound backup to use."""

    #: "damaged", "missing" or "empty"
    reason: str
    backup: BackupInfo


def recovery_for_missing(data_dir: Path) -> Recovery | None:
    """The offer to make when the data file is missing or empty while backups exist: such
    a file would otherwise become a new, empty shop over the owner's data."""
    target = data_file(data_dir)
    if target.exists() and target.stat().st_size > 0:
        return None
    newest = _newest_sound(data_dir)
    if newest is None:
        return None
    return Recovery("empty" if target.exists() else "missing", newest)


#: Copies of the data file that Tandem itself moved aside: before a restore, or found in
#: its place when it put the data back.
KEPT_ASIDE = ("tandem.before-restore-*.sqlite", "tandem.replaced-*.sqlite")


def _newest_sound(data_dir: Path) -> BackupInfo | None:
    """The sound copy that holds the most changes: the newest backup, or a copy Tandem kept
    aside when it holds more (a restore cut short by a power cut leaves her latest data
    there, and no data file)."""
    candidates = list_backups(data_dir)[:1]
    for pattern in KEPT_ASIDE:
        for path in data_dir.glob(pattern):
            try:
                candidates.append(describe(path))
            except StorageProblem:
                continue
    if not candidates:
        return None
    return max(candidates, key=lambda info: (info.revision, info is candidates[0]))


def recovery_for_damaged(data_dir: Path) -> Recovery | None:
    newest = _newest_sound(data_dir)
    return Recovery("damaged", newest) if newest else None


def recover(data_dir: Path, recovery: Recovery) -> Path | None:
    """Put the backup of ``recovery`` in place of the data file, which is kept aside (as
    damaged, or empty). Returns where it was kept, or None when there was no file."""
    log.warning(
        "Data file %s: %s; recovering the backup %s",
        data_file(data_dir),
        recovery.reason,
        recovery.backup.path.name,
    )
    aside = _put_in_place(data_dir, recovery.backup.path, recovery.reason)
    log.warning("Recovered %s; the file before is kept as %s", recovery.backup.path.name, aside)
    return aside
