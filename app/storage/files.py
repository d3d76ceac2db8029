"""Tandem files looked at and copied without being changed: what a file is (new, Tandem's of
some version, damaged, another program's), SQLite's own check, and consistent copies.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path, PurePath
from urllib.parse import quote

import peewee as pw

from app.errors import NewerVersionError, NotTandemFileError
from app.i18n import QT_TRANSLATE_NOOP
from app.storage import migrations
from app.storage.problems import damaged, opening_problem, os_problem, problem

#: "Tand" - marks a SQLite file as Tandem's.
APPLICATION_ID = 0x54616E64
SQLITE_HEADER = b"SQLite format 3\x00"
#: What a copy is written under until it is complete; never left behind.
PARTIAL = ".partial"
#: On Windows an antivirus or the search indexer opens each new file for a moment, and the
#: file cannot be renamed meanwhile: a rename is tried again for this long.
BUSY_FOR = 2.0


def read_only_uri(path: PurePath) -> str:
    """SQLite's URI for opening the absolute ``path`` read-only. A Windows share
    (``\\\\server\\share\\...``) goes whole in the URI's path, after an empty authority:
    SQLite refuses any server named as the authority (``Path.as_uri`` puts it there)."""
    name = path.as_posix()  # /home/..., C:/Users/..., or //server/share/...
    return f"file://{quote(name if name.startswith('/') else '/' + name, safe='/:')}?mode=ro"


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write to ``path``."""
    connection = sqlite3.connect(read_only_uri(Path(path).resolve()), uri=True)
    try:
        yield connection
    finally:
        connection.close()


def _not_tandem(path: Path) -> NotTandemFileError:
    return problem(
        QT_TRANSLATE_NOOP("storage", "{name} is not a Tandem file. Tandem left it as it is."),
        NotTandemFileError,
        name=path.name,
    )


def inspect_file(path: Path) -> int | None:
    """Read-only look at ``path``: its schema version, or None when a new file is due (no
    file, an empty one, or a SQLite file with nothing in it at all).

    Raises NotTandemFileError, NewerVersionError or DamagedFileError (or the StorageProblem
    of a disk that does not answer), changing nothing."""
    try:
        if not path.exists():
            return None
        if not stat.S_ISREG(path.stat().st_mode):  # a folder, a pipe: never opened
            raise _not_tandem(path)
        if path.stat().st_size == 0:
            return None
        with path.open("rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except OSError as error:
        raise os_problem(error, path) from error
    if header != SQLITE_HEADER:
        raise _not_tandem(path)
    try:
        with read_only(path) as probe:
            app_id = probe.execute("PRAGMA application_id").fetchone()[0]
            version = probe.execute("PRAGMA user_version").fetchone()[0]
            objects = probe.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except (sqlite3.Error, ValueError) as error:  # ValueError: schema text that is not UTF-8
        raise opening_problem(error, path) or damaged() from error
    if app_id == 0 and version == 0 and objects == 0:
        return None  # a start cut short before its first write leaves such a file
    if app_id != APPLICATION_ID:
        raise _not_tandem(path)
    if version > migrations.SCHEMA_VERSION:
        raise problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "{name} was written by a newer Tandem. Install the latest Tandem to open it; the file was not changed.",
            ),
            NewerVersionError,
            name=path.name,
        )
    if version < 1 or objects == 0:
        raise damaged()  # marked as Tandem's, yet no Tandem ever wrote it so
    return int(version)


def problems_in(connection: sqlite3.Connection) -> list[str]:
    """SQLite's own check of the file ``connection`` reads: empty when all is well."""
    problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    problems += [f"foreign key: {row}" for row in connection.execute("PRAGMA foreign_key_check")]
    return [] if problems == ["ok"] else [p for p in problems if p != "ok"]


def integrity_check(path: Path) -> list[str]:
    """SQLite's own check of a Tandem file, read-only: empty when all is well."""
    try:
        with read_only(path) as probe:
            return problems_in(probe)
    except (sqlite3.DatabaseError, ValueError) as error:  # too damaged even to be checked
        return [str(error)]


def write_copy(source: pw.SqliteDatabase | Path, target: Path) -> None:
    """A consistent copy of ``source`` written at ``target`` through SQLite's backup API
    (never a copy of a file in use); on any failure nothing is left at ``target``."""
    destination = sqlite3.connect(target)
    try:
        if isinstance(source, pw.SqliteDatabase):
            source.connection().backup(destination)
        else:
            with read_only(Path(source)) as origin:
                origin.backup(destination)
        # a copy is a single file: opened read-only later (to check or list it), a WAL file
        # would leave its -wal and -shm files behind; open_database turns WAL on again
        destination.execute("PRAGMA journal_mode=DELETE")
    except BaseException:
        destination.close()
        for ending in ("", "-journal", "-wal", "-shm"):  # nothing half-copied is left behind
            target.with_name(target.name + ending).unlink(missing_ok=True)
        raise
    destination.close()


def rename(source: Path, target: Path) -> None:
    """``source`` renamed to ``target`` (replaced if there), tried again for a moment on
    Windows while another program briefly holds one of them (PermissionError)."""
    deadline = time.monotonic() + (BUSY_FOR if sys.platform == "win32" else 0)
    while True:
        try:
            source.replace(target)
            return
        except PermissionError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.1)


def copy_database(source: pw.SqliteDatabase | Path, target: Path) -> None:
    """A copy written under a temporary name, then renamed into place: ``target`` is either
    complete or untouched."""
    partial = target.with_name(target.name + PARTIAL)
    write_copy(source, partial)
    try:
        rename(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def move_aside(path: Path, why: str) -> Path:
    """Move a data file (and its journal files) aside under a dated name; never delete it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}.{why}-{stamp}{path.suffix}")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.stem}.{why}-{stamp}-{number}{path.suffix}")
    rename(path, aside)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            rename(companion, aside.with_name(aside.name + suffix))
    return aside


def move_back(aside: Path, target: Path) -> None:
    """Undo :func:`move_aside`: the owner's data where it was."""
    rename(aside, target)
    for suffix in ("-wal", "-shm"):
        companion = aside.with_name(aside.name + suffix)
        if companion.exists():
            rename(companion, target.with_name(target.name + suffix))
