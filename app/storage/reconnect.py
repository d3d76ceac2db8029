"""Finding the owner's file again after it went away while Tandem had it open: deleted or
moved by mistake, replaced by another file, or on a USB key that was pulled out.

Tandem refuses every change meanwhile (see ``database.still_there``), so what it holds
open is what was last saved. When it comes back, the newer of the two wins: the data still
open is written back in place, or the file found in place is opened again. Nothing is
deleted: a different file found in place is kept aside.
"""

from __future__ import annotations

import enum
import logging
import sqlite3
from pathlib import Path

import peewee as pw

from app.errors import StorageProblem
from app.i18n import QT_TRANSLATE_NOOP, Translator, untranslated
from app.storage.database import open_database
from app.storage.files import copy_database, inspect_file, integrity_check, move_aside, read_only
from app.storage.models import db
from app.storage.problems import (
    DamagedFileError,
    UnreachableError,
    damaged,
    problem,
    why_not_writable,
)

log = logging.getLogger(__name__)


class Reconnected(enum.Enum):
    #: The data Tandem still had open was written back at its place.
    PUT_BACK = "put back"
    #: The file at its place (the USB key put back) was opened again; it holds what the
    #: screens show.
    FOUND = "found"
    #: The file at its place was opened again, and it holds something else than what Tandem
    #: had open (changed meanwhile, or the open data could not be read to compare).
    FOUND_CHANGED = "found changed"


def unreachable(path: Path) -> UnreachableError:
    return problem(
        QT_TRANSLATE_NOOP(
            "storage",
            "Tandem cannot reach {path}. If it is on a USB key, put the key back; then choose Try again.",
        ),
        UnreachableError,
        path=str(path),
    )


def _open_revision() -> int | None:
    """The revision of the data still open, or None when it cannot be read any more."""
    try:
        row = db.execute_sql("SELECT number FROM revision WHERE id = 1").fetchone()
    except (sqlite3.Error, pw.PeeweeException):
        return None
    return int(row[0]) if row else None


def _revision_in_place(path: Path) -> int | None:
    """The revision of a sound Tandem file at ``path``, or None when there is none there."""
    try:
        if inspect_file(path) is None:
            return None
        with read_only(path) as connection:
            if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return None
            row = connection.execute("SELECT number FROM revision WHERE id = 1").fetchone()
    except (OSError, sqlite3.Error, StorageProblem) as error:
        log.warning("The file at %s cannot be taken up yet: %s", path, error)
        return None
    return int(row[0]) if row else 0


def _folder_there(path: Path) -> bool:
    try:
        return path.parent.is_dir()
    except OSError:
        return False


def reconnect(translate: Translator = untranslated) -> Reconnected:
    """Take up the owner's file again. Raises UnreachableError (with a sentence) while
    neither the data still open nor a file in its place can be used, DamagedFileError when
    neither can be read whole."""
    current = db.obj
    assert current is not None
    path = Path(current.database)
    held = _open_revision()
    found = _revision_in_place(path)
    if found is not None and (held is None or found >= held):
        open_database(path, translate)
        log.warning("Took up %s again (revision %s; the open data had %s)", path, found, held)
        return Reconnected.FOUND if found == held else Reconnected.FOUND_CHANGED
    if held is None or not _folder_there(path):
        log.warning(
            "Cannot take up %s yet: the open data reads %s, the file in place %s",
            path,
            "nothing" if held is None else f"revision {held}",
            "nothing" if found is None else f"revision {found}",
        )
        raise unreachable(path)
    try:
        if path.exists():
            kept = move_aside(path, "replaced")
            log.warning("Another file was in place of %s: kept as %s", path, kept)
        copy_database(current, path)
        problems = integrity_check(path)
        if problems:  # what was open could not be read whole: do not keep that copy
            path.unlink()
            log.warning("The open data written back failed its check: %s", problems[0])
            raise damaged()
        open_database(path, translate)
    except DamagedFileError:
        raise
    except (OSError, sqlite3.Error, pw.PeeweeException, StorageProblem) as error:
        log.warning("Could not write the open data back to %s: %s", path, error)
        # a full disk or a read-only folder is said as such: no key to put back then
        raise why_not_writable(path.parent) or unreachable(path) from error
    log.warning("Wrote the open data (revision %s) back to %s", held, path)
    return Reconnected.PUT_BACK
