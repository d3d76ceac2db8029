"""The demo files: each demo shop (see ``app.demo_shops``) in a file of its own, apart from
the owner's data, as new at each opening.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

import peewee as pw

from app.errors import StorageProblem
from app.i18n import QT_TRANSLATE_NOOP, Translator, message, untranslated
from app.paths import DEMO_SHOPS
from app.storage.database import opened_apart
from app.storage.files import copy_database
from app.storage.problems import DamagedFileError, reason_of, storage_problem_for


def build_demo(
    path: Path,
    shop: str = "chocolaterie",
    *,
    today: dt.date | None = None,
    translate: Translator = untranslated,
) -> Path:
    """Write the demo ``shop`` to ``path`` (replacing an older demo there) and close it; the
    file open before stays open, and the models go back to it."""
    from app.demo_shops import write_shop  # once a day: the other openings copy the clean copy

    if shop not in DEMO_SHOPS:
        raise ValueError(f"unknown demo shop {shop!r}")
    _remove(path)
    with opened_apart(path, translate) as database, database.atomic():
        # one write to the disk for the whole demo, not one per step
        write_shop(shop, today or dt.date.today(), translate)
    return path


def fresh_demo(
    path: Path,
    shop: str = "chocolaterie",
    *,
    today: dt.date | None = None,
    translate: Translator = untranslated,
    language: str = "",
) -> Path:
    """Put a demo as new at ``path``, whatever was done in the last one, and return ``path``.

    Building the demo through the method's rules takes a few tenths of a second; so it is
    built once a day and language into a clean copy kept beside it, and each opening starts
    from a copy of that clean copy."""
    day = today or dt.date.today()
    clean, stamp = path.with_name(path.name + ".clean"), path.with_name(path.name + ".stamp")
    wanted = f"{shop} {day.isoformat()} {language}"

    def build() -> None:
        """The demo built at ``path``, then copied as the clean copy: a copy is a single
        file, which reading it at each opening leaves without -wal and -shm beside it."""
        stamp.unlink(missing_ok=True)
        _remove(clean)
        build_demo(path, shop, today=day, translate=translate)
        copy_database(path, clean)
        stamp.write_text(wanted, encoding="utf-8")

    try:
        if not clean.exists() or _read(stamp) != wanted:
            build()
            return path
        _remove(path)
        try:
            copy_database(clean, path)
        except sqlite3.DatabaseError as error:
            if not isinstance(storage_problem_for(error, clean), DamagedFileError):
                raise
            build()  # the clean copy was damaged: build it again
    except (OSError, sqlite3.Error, pw.PeeweeException, StorageProblem) as error:
        with contextlib.suppress(OSError):
            _remove(path)  # no half-built demo is left behind
        if isinstance(error, StorageProblem):
            raise
        raise StorageProblem(
            message(
                "storage",
                QT_TRANSLATE_NOOP("storage", "Tandem could not write the demo to {path}: {reason}"),
                path=str(path),
                reason=reason_of(error, path),
            )
        ) from error
    return path


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _remove(path: Path) -> None:
    """The file and what SQLite keeps beside it, so that nothing of an old file is replayed."""
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
