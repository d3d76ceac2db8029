"""What an error of SQLite's means for the owner: the environment in the way (a full disk, a
read-only folder, a file in use, a USB key pulled out, a damaged file) - a sentence - or a
bug - None, and the traceback goes to the log.

Errors are told apart by SQLite's result code (``sqlite_errorcode``), never by their
words, which change from one SQLite to the next and can be quoted by a bug's message.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar, overload

import peewee as pw

from app.errors import StorageProblem
from app.i18n import QT_TRANSLATE_NOOP, Message, message

# SQLite's primary result codes (https://sqlite.org/rescode.html).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
#: The file was moved or deleted while open (an extended code of SQLITE_READONLY).
SQLITE_READONLY_DBMOVED = SQLITE_READONLY | (4 << 8)
#: Below this much free space, an I/O error is taken for a full disk.
NEARLY_FULL = 1 << 20
#: The errors of the system of a disk that went away (a USB key pulled out, a share lost).
_GONE = {errno.EIO, errno.ENXIO, errno.ENODEV, errno.ENOTCONN, errno.ESTALE}
#: The errors of the system that say why a folder cannot be written, in words of ours.
_IN_THE_WAY = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOTDIR}
#: Windows gives several of its errors the one errno EACCES: told apart by their own codes.
#: A file another program holds open (sharing or lock violation).
_WINDOWS_IN_USE = {32, 33}
#: A write-protected disk (a USB key's switch, a read-only card).
_WINDOWS_WRITE_PROTECTED = 19
#: A disk or a share that went away: not ready, device gone, not connected, network path or
#: name gone, network error.
_WINDOWS_GONE = {21, 53, 55, 59, 64, 67, 1167}


class DamagedFileError(StorageProblem):
    """The file looks like SQLite but cannot be read."""


class UnreachableError(StorageProblem):
    """The disk that holds the file does not answer (a USB key pulled out)."""


class FileGoneError(StorageProblem):
    """The open file is no longer where it was opened: deleted, moved, or on a USB key that
    was pulled out. Nothing more can be saved into it."""


Problem = TypeVar("Problem", bound=StorageProblem)


@overload
def problem(template: str, /, **values: object) -> StorageProblem: ...
@overload
def problem(template: str, cls: type[Problem], /, **values: object) -> Problem: ...
def problem(
    template: str, cls: type[StorageProblem] = StorageProblem, /, **values: object
) -> StorageProblem:
    """A problem (of class ``cls``) whose sentence is ``template`` in the "storage" context."""
    return cls(message("storage", template, **values))


def damaged() -> DamagedFileError:
    return problem(
        QT_TRANSLATE_NOOP("storage", "The Tandem file is damaged and cannot be read."),
        DamagedFileError,
    )


def read_only_folder(folder: Path) -> StorageProblem:
    return problem(
        QT_TRANSLATE_NOOP(
            "storage", "Tandem cannot write in its folder {folder}: it is read-only."
        ),
        folder=str(folder),
    )


def full_disk() -> StorageProblem:
    return problem(
        QT_TRANSLATE_NOOP(
            "storage",
            "The disk is full: free some space, then try again. Nothing already saved is lost.",
        )
    )


def file_gone(path: Path, *, changing: bool = True) -> FileGoneError:
    """The open file is no longer at ``path``; ``changing`` when a change was refused."""
    template = (
        QT_TRANSLATE_NOOP(
            "storage",
            "Tandem's file is no longer at {path}: it was deleted or moved, or the USB key that holds it "
            "was removed. This change was not saved; what you typed is still on the screen.",
        )
        if changing
        else QT_TRANSLATE_NOOP(
            "storage",
            "Tandem's file is no longer at {path}: it was deleted or moved, or the USB key that holds it "
            "was removed. What you saved before is not lost.",
        )
    )
    return problem(template, FileGoneError, path=str(path))


def disk_not_answering() -> UnreachableError:
    return problem(
        QT_TRANSLATE_NOOP(
            "storage",
            "The disk did not answer (a USB key removed?). Put it back, then try again.",
        ),
        UnreachableError,
    )


def in_use() -> StorageProblem:
    return problem(
        QT_TRANSLATE_NOOP(
            "storage", "The data is in use by another program. Close it, then try again."
        )
    )


def sqlite_errors_in(error: BaseException) -> Iterator[sqlite3.Error]:
    """The errors of SQLite's itself behind ``error``, nearest first: peewee wraps them, and
    a failed rollback hides the true cause further down the chain."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, sqlite3.Error) and hasattr(current, "sqlite_errorcode"):
            yield current
        if isinstance(current, pw.PeeweeException) and current.args:
            first = current.args[0]
            pending.append(first if isinstance(first, BaseException) else None)
        pending += [current.__cause__, current.__context__]


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL
    except OSError:
        return False


def server_lost(changing: bool = True) -> StorageProblem:
    """The connection to the server broke while saving (``changing``) or reading."""
    if not changing:
        return problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "The connection to the network's server was lost: this screen could not be brought up to "
                "date, and may show older data; everything saved is safe. Check the network: Tandem "
                "connects again by itself.",
            )
        )
    return problem(
        QT_TRANSLATE_NOOP(
            "storage",
            "The connection to the network's server was lost: a change you were making just now was not "
            "saved; everything saved before is safe. Check the network, then try again: Tandem connects "
            "again by itself.",
        )
    )


def _connection_broken(error: BaseException) -> bool:
    """A connection to a server that broke (the network, or the server, went away): told by
    the driver's kind of error, psycopg being loaded only when a server is used."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        # by the kinds it is of: a ConnectionTimeout is an OperationalError
        if any(
            kind.__module__.startswith("psycopg")
            and kind.__name__ in ("OperationalError", "InterfaceError")
            for kind in type(current).__mro__
        ):
            return True
        current = current.__cause__ or current.__context__
    return False


#: A server's SQLSTATE for a row that stayed locked beyond ``lock_timeout``, and for a
#: statement stopped by ``statement_timeout``.
_LOCK_NOT_AVAILABLE = "55P03"
_QUERY_CANCELED = "57014"


#: What a server answers a login that lost its rights to the shop's schema while Tandem
#: was open: the schema is skipped from its search path, so a table "does not exist"; or
#: "permission denied". The tables are the file's, the same on a server: on a server, a
#: table that is not there is one out of the login's reach.
_OUT_OF_REACH = ("42P01", "42501", "3F000")


def rights_gone(changing: bool = True) -> StorageProblem:
    """The login no longer reaches its shop's data on the server (removed, or its rights
    taken away, while Tandem was open)."""
    if not changing:
        return problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "The server no longer lets this login reach the shop's data: the network's "
                "administrator removed it or changed its rights, and this screen could not be "
                "brought up to date. Ask the administrator, or go on with the data on this PC "
                "(Tandem › Use this PC's data).",
            )
        )
    return problem(
        QT_TRANSLATE_NOOP(
            "storage",
            "The server no longer lets this login reach the shop's data: the network's "
            "administrator removed it or changed its rights, and this change was not saved. Ask "
            "the administrator, or go on with the data on this PC (Tandem › Use this PC's data).",
        )
    )


def waited_too_long(error: BaseException) -> bool:
    """The server stopped a statement that waited for a lock, or ran, past its limit."""
    return sqlstate(error) in (_LOCK_NOT_AVAILABLE, _QUERY_CANCELED)


def sqlstate(error: BaseException) -> str | None:
    """The server's code for ``error``, found along its chain of causes (peewee wraps the
    driver's)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        state = getattr(current, "sqlstate", None)
        if isinstance(state, str):
            return state
        current = current.__cause__ or current.__context__
    return None


def busy_elsewhere(changing: bool = True) -> StorageProblem:
    if not changing:
        return problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "Someone else holds this data on the server just now, and it did not come within a "
                "few seconds. Try again in a moment.",
            )
        )
    return problem(
        QT_TRANSLATE_NOOP(
            "storage",
            "Someone else is saving the same data on the server just now, and did not finish within "
            "a few seconds. This change was not saved: try again in a moment.",
        )
    )


def storage_problem_for(
    error: BaseException, path: Path | None = None, *, changing: bool = True
) -> StorageProblem | None:
    """The sentence for an error the environment caused, or None when it is a bug;
    ``changing``: it stopped a change (not a reading)."""
    if isinstance(error, StorageProblem):
        return error
    if waited_too_long(error):
        return busy_elsewhere(changing)
    if _connection_broken(error):
        return server_lost(changing)
    if sqlstate(error) in _OUT_OF_REACH:
        return rights_gone(changing)
    for found in sqlite_errors_in(error):
        problem = _problem_of(int(found.sqlite_errorcode), path)
        if problem is not None:
            return problem
    return None


def _problem_of(code: int, path: Path | None) -> StorageProblem | None:
    primary = code & 0xFF
    folder = path.parent if path else Path.cwd()
    if primary == SQLITE_FULL or (primary == SQLITE_IOERR and _nearly_full(folder)):
        return full_disk()
    if code == SQLITE_READONLY_DBMOVED and path is not None:
        return file_gone(path)
    if primary in (SQLITE_READONLY, SQLITE_PERM):
        return read_only_folder(folder)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return in_use()
    if primary == SQLITE_CANTOPEN:
        return problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "Tandem cannot open its file in {folder}. Check that the folder exists and can be written to.",
            ),
            folder=str(folder),
        )
    if primary == SQLITE_IOERR:
        return disk_not_answering()
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return damaged()
    return None


def os_problem(error: OSError, path: Path) -> StorageProblem:
    """The sentence for an error of the system about ``path`` (a file Tandem reads or writes)."""
    windows = getattr(error, "winerror", None)
    if windows in _WINDOWS_IN_USE:
        return in_use()
    if windows == _WINDOWS_WRITE_PROTECTED:
        return read_only_folder(path.parent)
    if windows in _WINDOWS_GONE:
        return disk_not_answering()
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return full_disk()
    if error.errno in _GONE:
        return disk_not_answering()
    if error.errno == errno.ENOTDIR:
        return problem(
            QT_TRANSLATE_NOOP(
                "storage", "Tandem needs a folder at {folder}, and a file is in the way."
            ),
            folder=str(path.parent),
        )
    if error.errno == errno.EROFS:
        return read_only_folder(path.parent)
    if error.errno in (errno.EACCES, errno.EPERM):
        return problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "Tandem is not allowed to write in its folder {folder} (it belongs to another user, "
                "or its rights were changed).",
            ),
            folder=str(path.parent),
        )
    return problem(
        QT_TRANSLATE_NOOP("storage", "Tandem could not use the file {path}: {reason}"),
        path=str(path),
        reason=error.strerror or str(error),
    )


def why_not_writable(folder: Path) -> StorageProblem | None:
    """Why nothing can be written in ``folder`` - it is read-only, full, not ours, or a file
    - found by trying; None when a file can be written there, or when the reason has no
    better words than the caller's (a disk that does not answer)."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        return os_problem(error, folder / "tandem") if error.errno in _IN_THE_WAY else None
    return full_disk() if _nearly_full(folder) else None


def opening_problem(error: BaseException, path: Path) -> StorageProblem | None:
    """The sentence for an error met while opening the file at ``path``: SQLite's "cannot
    open" says little, so a folder that cannot be written says why (read-only, full)."""
    found = storage_problem_for(error, path)
    if found is None or isinstance(found, DamagedFileError):
        return found
    return why_not_writable(path.parent) or found


def reason_of(error: BaseException, path: Path) -> Message | str:
    """What to say after "Tandem could not …": our sentence for an error of the disk or the
    folder, else the system's own words."""
    if isinstance(error, OSError):
        known = os_problem(error, path) if error.errno in _GONE | _IN_THE_WAY else None
    else:
        known = storage_problem_for(error, path)
    if known is not None:
        return known.message
    return getattr(error, "strerror", None) or str(error) or type(error).__name__
