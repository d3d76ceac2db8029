"""Opening a Tandem file: create it, upgrade it, or refuse it - never damage it - and every
change made as one transaction, into the file that was opened and nowhere else.

Before anything is written to an existing file, a read-only look decides what it is
(``app.storage.files.inspect_file``): a new file is created with the current schema, an
older one is copied aside then upgraded (``app.storage.migrations``), a newer, foreign or
damaged one is refused and left untouched.

The models reach the open file through one proxy (``models.db``). It never reconnects on
its own, and it moves to another file only once that file is open and sound: a file that
cannot be opened leaves the proxy where it was, so a change can never land in the wrong
file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import getpass
import logging
import os
import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import peewee as pw

from app.i18n import Translator, untranslated
from app.storage import migrations, stamps
from app.storage.backend import Backend, backend
from app.storage.files import APPLICATION_ID, copy_database, inspect_file
from app.storage.models import Revision, db
from app.storage.problems import (
    damaged,
    file_gone,
    opening_problem,
    os_problem,
    storage_problem_for,
)
from app.storage.written import RecordsWrites
from app.text import sort_key

log = logging.getLogger(__name__)

#: Collations for names: sorted as a French reader expects (accents and case aside), and
#: compared without regard to case even for accented letters (SQLite's NOCASE is ASCII only).
NAME_ORDER = "NAME_ORDER"
NAME_EQUAL = "NAME_EQUAL"


def _name_order(first: str, second: str) -> int:
    a, b = sort_key(first), sort_key(second)
    return (a > b) - (a < b)


def _name_equal(first: str, second: str) -> int:
    a, b = (
        unicodedata.normalize("NFC", first).casefold(),
        unicodedata.normalize("NFC", second).casefold(),
    )
    return (a > b) - (a < b)


PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a confirmed change survives a power cut
    "busy_timeout": 5000,
    "secure_delete": 1,  # a deleted row is overwritten, not left readable in the file
}


class TandemDatabase(RecordsWrites, Backend, pw.SqliteDatabase):
    """An open Tandem file, which knows which file on the disk it opened. One writer at a
    time (the single-instance lock): every change is the PC's user's."""

    #: (device, inode) of the file when it was opened: if the path later leads elsewhere or
    #: nowhere, the file was deleted, moved or replaced while open.
    identity: tuple[int, int] | None = None

    @property
    def file_path(self) -> Path | None:
        return Path(self.database)

    def author(self) -> str:
        try:
            return getpass.getuser()
        except (KeyError, OSError):  # no name for this account
            return ""

    def rows_changed(self) -> int | None:
        return int(self.connection().total_changes)

    def after_erasure(self) -> None:
        # secure_delete (on for every connection) overwrote the deleted rows; this folds the
        # journal back into the file and empties it, so no copy of the text is left there
        self.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def write_copy(self, target: Path) -> None:
        copy_database(self, target)

    def still_there(self, *, changing: bool = True) -> None:
        """The file is told by its device and inode numbers. A file put in its place with
        the very same data (as a synchronisation tool does) is another file: what Tandem
        writes would go to the one it has open, no longer reachable, and be lost."""
        if self.identity is None:
            return
        path = Path(self.database)
        try:
            found = _identity(path)
        except OSError:
            raise file_gone(path, changing=changing) from None
        if found != self.identity:
            log.warning("%s is another file now: %s, opened as %s", path, found, self.identity)
            raise file_gone(path, changing=changing)


def _identity(path: Path) -> tuple[int, int]:
    found = os.stat(path)
    return found.st_dev, found.st_ino


def _connect(path: Path, translate: Translator) -> TandemDatabase:
    """The file at ``path`` opened (created or upgraded as needed), the models bound to it.
    On failure the models stay bound to what they were bound to, and the file is unchanged."""
    version = inspect_file(path)
    previous = db.obj
    database = TandemDatabase(str(path), pragmas=PRAGMAS, autoconnect=False)
    database.register_collation(_name_order, NAME_ORDER)
    database.register_collation(_name_equal, NAME_EQUAL)
    try:
        database.connect()
        db.initialize(database)
        if version is None:
            migrations.create_schema(database, translate, APPLICATION_ID)
        else:
            if database.execute_sql("PRAGMA quick_check").fetchone()[0] != "ok":
                raise damaged()
            if version < migrations.SCHEMA_VERSION:
                migrations.upgrade(database, path, version, copy_database)
        database.identity = _identity(path)
        stamps.screens_reloaded()
    except Exception as error:
        database.close()
        db.initialize(previous)
        if isinstance(error, OSError):
            raise os_problem(error, path) from error
        problem = opening_problem(error, path)
        if problem is None:
            raise
        raise problem from error
    return database


def open_database(path: Path, translate: Translator = untranslated) -> pw.SqliteDatabase:
    """Open (creating or upgrading as needed) the Tandem file at ``path`` and bind the models
    to it; the file open before is closed only then.

    A new file gets its starting catalogue in the language of ``translate``.

    Raises :class:`StorageProblem` (or a subclass) with a sentence for the user when the file
    cannot be used; in that case the file is unchanged and the file open before stays open.
    """
    global changes
    previous = db.obj
    database = _connect(Path(path), translate)
    if previous is not None and previous is not database and not previous.is_closed():
        previous.close()
    changes += 1  # another file: nothing computed from the last one holds
    return database


def open_server(
    url: str,
    translate: Translator = untranslated,
    password: str | None = None,
    *,
    to_work: bool = True,
) -> pw.PostgresqlDatabase:
    """Open the Tandem database on the PostgreSQL server at ``url`` (creating its schema when
    it is empty) and bind the models to it, as :func:`open_database` does for a file;
    ``to_work`` as in :func:`app.storage.server.connect_server`."""
    from app.storage.server import connect_server  # psycopg loads only for a server

    global changes
    previous = db.obj
    database = connect_server(url, translate, password, to_work=to_work)
    if previous is not None and previous is not database and not previous.is_closed():
        previous.close()
    changes += 1
    return database


@contextlib.contextmanager
def opened_apart(path: Path, translate: Translator = untranslated) -> Iterator[pw.SqliteDatabase]:
    """Open another file for a while (to build it), then go back to the file open before,
    which stays open and untouched meanwhile."""
    global changes
    previous = db.obj
    database = _connect(Path(path), translate)
    changes += 1
    try:
        yield database
    finally:
        database.close()
        db.initialize(previous)
        changes += 1


def close_database() -> None:
    """Close the open file, if any (WAL content is folded back into the file). The models
    stay bound to it, closed: nothing can be read or written until a file is opened."""
    current = db.obj
    if current is not None and not current.is_closed():
        current.close()


def database_path() -> Path | None:
    """The file currently open, or None (none, or a database on a server)."""
    current = db.obj
    return current.file_path if isinstance(current, Backend) else None


def on_server() -> bool:
    """The open data is a network's database on a PostgreSQL server, not a file."""
    current = db.obj
    return isinstance(current, Backend) and current.on_server


def still_there(*, changing: bool = True) -> None:
    """Raise FileGoneError when the open data is no longer where it was opened (a file
    deleted, moved or replaced while open, or on a USB key that was pulled out); ``changing``
    when a change is refused for it. A server's data has no such place: nothing to check."""
    current = db.obj
    if isinstance(current, Backend):
        current.still_there(changing=changing)


def raw_rows(query: pw.Query) -> list[tuple[Any, ...]]:
    """The rows of ``query`` as SQLite gives them, without peewee's conversion of each value:
    for the large reads of the dashboard, where that conversion cost more than the SQL."""
    return list(db.execute(query))


@functools.lru_cache(maxsize=4096)  # a team's rows share a few hundred days
def date_value(value: object) -> dt.date | None:
    """A date of :func:`raw_rows`: a date from a server, its ISO text from a file."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def data_version() -> int:
    """Changes as seen from here: every transaction, and every file opened or closed."""
    return changes


def revision() -> int:
    """How many changes the open file has seen since it was created."""
    row = db.execute_sql("SELECT number FROM revision WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


def keep_revision_above(number: int) -> None:
    """When the open file's revision is below ``number`` (the newest backup's), raise it
    above: data put back from an older backup is, from now on, the newest."""
    if revision() < number:  # read first: an ordinary start writes nothing
        with db.atomic():
            Revision.update(number=number + 1).where(Revision.id == 1).execute()
        stamps.screens_reloaded()


#: Counts the changes made through :func:`transaction`, so that figures computed from the
#: data can be kept until the next change.
changes = 0


def data_replaced() -> None:
    """The open database shows other data from now on (another shop of the network): nothing
    computed from what it showed before holds."""
    global changes
    changes += 1


def changed_elsewhere() -> None:
    """Another coordinator changed the network's data: nothing computed before holds, and
    the screens reload it as it is now."""
    global changes
    changes += 1
    stamps.screens_reloaded()


@contextlib.contextmanager
def transaction() -> Iterator[None]:
    """Run a change as one transaction; an environment failure becomes a StorageProblem.

    Everything inside is kept or nothing is: a change that touches several rows can never be
    left half-written. A change is refused (and nothing of it kept) when the open file is no
    longer where it was opened: saved into a deleted file, it would be lost in silence. The
    rows it writes are stamped with its revision (``app.storage.stamps``); a save over a row
    another coordinator changed meanwhile is refused with :class:`EditConflict`. On a server,
    the changes of one shop are made one after the other (its other shops never wait).
    """
    global changes
    committed = False
    try:
        stamps.begin()
        try:
            with db.atomic():
                where = backend()
                where.begin_change()
                # SQLite counts the rows a connection changed; on a server every change counts
                before = where.rows_changed()
                yield
                if before is None or where.rows_changed() != before:
                    stamps.stamp()  # a change that only deleted rows is a change too
                still_there()
            committed = True
        finally:
            stamps.end(committed)
        changes += 1
        if stamps.depth() == 0:
            where.announce_change()
    except (sqlite3.Error, pw.PeeweeException) as error:
        # SQLite itself rolls back on a full disk; the rollback that follows then fails with
        # "no transaction is active", and the true cause is in the chain of errors.
        problem = storage_problem_for(error, database_path())
        if problem is None:
            raise
        raise problem from error
