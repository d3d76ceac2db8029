"""Opening a Tandem file: create it, upgrade it, or refuse it - never damage it.

The schema version lives in ``PRAGMA user_version`` and Tandem's mark in
``PRAGMA application_id``. Before anything is written to an existing file, a read-only look
decides what it is:

* no file, or an empty one: a new Tandem file is created with the current schema;
* a Tandem file of an older version: it is copied aside, then upgraded one step at a time,
  each step inside a transaction;
* a Tandem file of a newer version, or a file that is not Tandem's: refused, left untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import peewee as pw

from app.errors import NewerVersionError, NotTandemFileError, StorageProblem
from app.i18n import QT_TRANSLATE_NOOP, Translator, message, untranslated
from app.storage.models import ALL_MODELS, Shop, db
from app.text import sort_key

log = logging.getLogger(__name__)

#: The version of the schema this Tandem writes.
SCHEMA_VERSION = 1
#: "Tand" - marks a SQLite file as Tandem's.
APPLICATION_ID = 0x54616E64
SQLITE_HEADER = b"SQLite format 3\x00"

#: ``MIGRATIONS[n]`` turns a version ``n - 1`` file into version ``n``. A future schema
#: change adds its step here and raises SCHEMA_VERSION; it runs inside a transaction and
#: must not touch ``user_version`` itself.
Migration = Callable[[pw.SqliteDatabase], None]
MIGRATIONS: dict[int, Migration] = {}

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


class DamagedFileError(StorageProblem):
    """The file looks like SQLite but cannot be read."""


def _problem(
    template: str, cls: type[StorageProblem] = StorageProblem, **values: object
) -> StorageProblem:
    return cls(message("storage", template, **values))


def storage_problem_for(
    error: sqlite3.Error | pw.PeeweeException, path: Path | None = None
) -> StorageProblem | None:
    """The sentence for an error the environment caused, or None when it is a bug."""
    text = str(error).lower()
    folder = str(path.parent) if path else ""
    if "database or disk is full" in text or "disk is full" in text:
        return _problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "The disk is full: free some space, then try again. Nothing already saved is lost.",
            )
        )
    if "readonly" in text or "read-only" in text:
        return _problem(
            QT_TRANSLATE_NOOP(
                "storage", "Tandem cannot write in its folder {folder}: it is read-only."
            ),
            folder=folder,
        )
    if "locked" in text or "busy" in text:
        return _problem(
            QT_TRANSLATE_NOOP(
                "storage", "The data is in use by another program. Close it, then try again."
            )
        )
    if "unable to open" in text:
        return _problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "Tandem cannot open its file in {folder}. Check that the folder exists and can be written to.",
            ),
            folder=folder,
        )
    if "disk i/o" in text:
        return _problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "The disk did not answer (a USB key removed?). Put it back, then try again.",
            )
        )
    if "malformed" in text or "not a database" in text:
        return _problem(
            QT_TRANSLATE_NOOP("storage", "The Tandem file is damaged and cannot be read."),
            DamagedFileError,
        )
    return None


def inspect_file(path: Path) -> int | None:
    """Read-only look at ``path``: its schema version, or None when a new file is due.
    Raises NotTandemFileError, NewerVersionError or DamagedFileError, changing nothing."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as stream:
        header = stream.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise _problem(
            QT_TRANSLATE_NOOP("storage", "{name} is not a Tandem file. Tandem left it as it is."),
            NotTandemFileError,
            name=path.name,
        )
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = probe.execute("PRAGMA application_id").fetchone()[0]
            version = probe.execute("PRAGMA user_version").fetchone()[0]
            tables = probe.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
        finally:
            probe.close()
    except sqlite3.Error as error:
        raise storage_problem_for(error, path) or _problem(
            QT_TRANSLATE_NOOP("storage", "The Tandem file is damaged and cannot be read."),
            DamagedFileError,
        ) from error
    if app_id != APPLICATION_ID:
        if tables == 0 and version == 0:
            return None
        raise _problem(
            QT_TRANSLATE_NOOP("storage", "{name} is not a Tandem file. Tandem left it as it is."),
            NotTandemFileError,
            name=path.name,
        )
    if version > SCHEMA_VERSION:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "{name} was written by a newer Tandem. Install the latest Tandem to open it; the file was not changed.",
            ),
            NewerVersionError,
            name=path.name,
        )
    return int(version)


def copy_database(source: pw.SqliteDatabase | Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API, never a copy of a file in use."""
    partial = target.with_name(target.name + ".partial")
    destination = sqlite3.connect(partial)
    try:
        if isinstance(source, pw.SqliteDatabase):
            source.connection().backup(destination)
        else:
            origin = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
            try:
                origin.backup(destination)
            finally:
                origin.close()
        # a copy is a single file: opened read-only later (to check or list it), a WAL file
        # would leave its -wal and -shm files behind; open_database turns WAL on again
        destination.execute("PRAGMA journal_mode=DELETE")
    except BaseException:
        destination.close()
        partial.unlink(missing_ok=True)  # nothing half-copied is left behind
        raise
    destination.close()
    partial.replace(target)


def _create_schema(database: pw.SqliteDatabase, translate: Translator) -> None:
    from app.catalogue import seed_catalogue

    with database.atomic():
        database.create_tables(ALL_MODELS)
        Shop.create(name="")
        seed_catalogue(translate)
        database.pragma("application_id", APPLICATION_ID)
        database.pragma("user_version", SCHEMA_VERSION)


def _upgrade(database: pw.SqliteDatabase, path: Path, from_version: int) -> None:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    copy_database(
        path, path.with_name(f"{path.stem}.before-v{SCHEMA_VERSION}-{stamp}{path.suffix}")
    )
    for version in range(from_version + 1, SCHEMA_VERSION + 1):
        log.info("Upgrading %s to schema version %d", path, version)
        with database.atomic():
            MIGRATIONS[version](database)
            database.pragma("user_version", version)


def raw_rows(query: pw.Query) -> list[tuple[Any, ...]]:
    """The rows of ``query`` as SQLite gives them, without peewee's conversion of each value:
    for the large reads of the dashboard, where that conversion cost more than the SQL."""
    return list(db.execute(query))


def data_version() -> int:
    """Changes as seen from here: every transaction, and every file opened or closed."""
    return changes


def open_database(path: Path, translate: Translator = untranslated) -> pw.SqliteDatabase:
    """Open (creating or upgrading as needed) the Tandem file at ``path`` and bind the models.

    A new file gets its starting catalogue in the language of ``translate``.

    Raises :class:`StorageProblem` (or a subclass) with a sentence for the user when the file
    cannot be used; in that case the file is unchanged.
    """
    global changes
    path = Path(path)
    version = inspect_file(path)
    close_database()
    changes += 1  # another file: nothing computed from the last one holds
    database = pw.SqliteDatabase(str(path), pragmas=PRAGMAS)
    database.register_collation(_name_order, NAME_ORDER)
    database.register_collation(_name_equal, NAME_EQUAL)
    try:
        database.connect()
        db.initialize(database)
        if version is None:
            _create_schema(database, translate)
        else:
            if database.execute_sql("PRAGMA quick_check").fetchone()[0] != "ok":
                raise _problem(
                    QT_TRANSLATE_NOOP("storage", "The Tandem file is damaged and cannot be read."),
                    DamagedFileError,
                )
            if version < SCHEMA_VERSION:
                _upgrade(database, path, version)
    except Exception as error:
        database.close()
        problem = (
            storage_problem_for(error, path)
            if isinstance(error, (sqlite3.Error, pw.PeeweeException))
            else None
        )
        if problem is None:
            raise
        raise problem from error
    return database


def close_database() -> None:
    """Close the open file, if any (WAL content is folded back into the file)."""
    current = db.obj
    if current is not None and not current.is_closed():
        current.close()


def database_path() -> Path | None:
    """The file currently open, or None."""
    current = db.obj
    return Path(current.database) if current is not None else None


#: Counts the changes made through :func:`transaction`, so that figures computed from the
#: data can be kept until the next change.
changes = 0


@contextlib.contextmanager
def transaction() -> Iterator[None]:
    """Run a change as one transaction; an environment failure becomes a StorageProblem.

    Everything inside is kept or nothing is: a change that touches several rows can never be
    left half-written.
    """
    global changes
    try:
        with db.atomic():
            yield
        changes += 1
    except (sqlite3.OperationalError, pw.OperationalError) as error:
        # SQLite itself rolls back on a full disk; the rollback that follows then fails with
        # "no transaction is active", and the true cause is in the chain of errors.
        problem = None
        cause: BaseException | None = error
        while cause is not None and problem is None:
            if isinstance(cause, (sqlite3.Error, pw.PeeweeException)):
                problem = storage_problem_for(cause, database_path())
            cause = cause.__context__
        if problem is None:
            raise
        raise problem from error


def integrity_check(path: Path) -> list[str]:
    """SQLite's own check of a Tandem file, read-only: empty when all is well."""
    probe = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        problems = [row[0] for row in probe.execute("PRAGMA integrity_check")]
        problems += [f"foreign key: {row}" for row in probe.execute("PRAGMA foreign_key_check")]
    except sqlite3.DatabaseError as error:  # too damaged even to be checked
        problems = [str(error)]
    finally:
        probe.close()
    return [] if problems == ["ok"] else [p for p in problems if p != "ok"]
