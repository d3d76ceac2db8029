"""Opening, creating, upgrading and refusing Tandem files."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from app.errors import NewerVersionError, NotTandemFileError
from app.steps import needs, pairs
from app.storage.database import close_database, open_database
from app.storage.files import (
    APPLICATION_ID,
    SQLITE_HEADER,
    integrity_check,
    read_only_uri,
    rename,
)
from app.storage.migrations import SCHEMA_VERSION
from app.storage.models import Pair, Topic
from app.storage.problems import DamagedFileError, os_problem
from tests.builders import person, programme


def _pragma(path: Path, name: str) -> object:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]


def test_a_new_file_is_created_with_the_schema_version_and_the_catalogue(tmp_path: Path) -> None:
    path = tmp_path / "new" / "tandem.sqlite"
    path.parent.mkdir()
    database = open_database(path)
    assert database.pragma("journal_mode") == "wal"
    assert database.pragma("foreign_keys") == 1
    assert database.pragma("synchronous") == 2
    assert Topic.select().count() >= 8
    close_database()
    assert _pragma(path, "user_version") == SCHEMA_VERSION
    assert _pragma(path, "application_id") == APPLICATION_ID


def test_a_new_file_gets_its_catalogue_in_the_users_language(tmp_path: Path) -> None:
    french = {"Newsletter": "Lettre d'information"}
    open_database(tmp_path / "t.sqlite", lambda context, text, *_: french.get(text, text))
    names = {topic.name for topic in needs.list_topics()}
    close_database()
    assert "Lettre d'information" in names and "Newsletter" not in names


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "tandem.sqlite"
    path.write_bytes(b"My shopping list\nflour\nsugar\n")
    with pytest.raises(NotTandemFileError) as refused:
        open_database(path)
    assert "not a Tandem file" in str(refused.value)
    assert path.read_bytes() == b"My shopping list\nflour\nsugar\n"


def test_another_programs_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "tandem.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        connection.execute("INSERT INTO invoices (total) VALUES (12.5)")
    before = path.read_bytes()
    with pytest.raises(NotTandemFileError):
        open_database(path)
    assert path.read_bytes() == before


def test_a_file_from_a_newer_tandem_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "tandem.sqlite"
    open_database(path)
    close_database()
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(NewerVersionError) as refused:
        open_database(path)
    assert "newer Tandem" in str(refused.value)
    assert path.read_bytes() == before
    assert _pragma(path, "user_version") == SCHEMA_VERSION + 1


def test_a_damaged_file_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "tandem.sqlite"
    path.write_bytes(SQLITE_HEADER + b"\xff" * 4000)
    before = path.read_bytes()
    with pytest.raises(DamagedFileError):
        open_database(path)
    assert path.read_bytes() == before


def test_a_multi_row_change_that_fails_leaves_nothing_behind(database: object) -> None:
    spring = programme()
    karim, marie = person("Karim"), person("Marie")
    with pytest.raises(Exception, match="no longer exists"):
        pairs.create_pair_with_objectives(spring, karim, marie, [99_999])
    assert Pair.select().count() == 0


def test_the_database_refuses_what_the_rules_would_refuse(database: object) -> None:
    """The CHECK constraints hold even if a bug skipped the validation."""
    marie = person("Marie")
    import peewee as pw

    from app.storage.models import Need

    with pytest.raises(pw.IntegrityError):
        Need.create(person=marie, topic=Topic.select().first(), current_level=3, target_level=1)
    with pytest.raises(pw.IntegrityError):
        Need.create(person=marie, topic=Topic.select().first(), current_level=0, target_level=7)


def test_a_file_is_checked_read_only_wherever_it_is() -> None:
    """SQLite refuses a server named as a URI's authority: a Windows share goes in the path."""
    share = PureWindowsPath(r"\\nas\boutique\Tandem\tandem.sqlite")
    assert read_only_uri(share) == "file:////nas/boutique/Tandem/tandem.sqlite?mode=ro"
    drive = PureWindowsPath(r"C:\Users\Marie\AppData\Local\Tandem\tandem.sqlite")
    assert (
        read_only_uri(drive) == "file:///C:/Users/Marie/AppData/Local/Tandem/tandem.sqlite?mode=ro"
    )
    odd = PurePosixPath("/media/clé #2 ? 100%/tandem.sqlite")
    assert read_only_uri(odd) == odd.as_uri() + "?mode=ro"  # ?, # and % are not the URI's


def test_a_file_in_a_folder_with_uri_characters_is_checked(tmp_path: Path) -> None:
    folder = tmp_path / "clé #2 ? 100%" if os.name == "posix" else tmp_path / "clé #2 100%"
    folder.mkdir()
    open_database(folder / "tandem.sqlite")
    needs.add_person("Marie")
    close_database()
    assert integrity_check(folder / "tandem.sqlite") == []


@pytest.mark.skipif(sys.platform != "win32", reason="a Windows share, reached as \\\\localhost\\C$")
def test_a_file_on_a_windows_share_is_checked(tmp_path: Path) -> None:
    open_database(tmp_path / "tandem.sqlite")
    needs.add_person("Marie")
    close_database()
    drive, rest = os.path.splitdrive(str(tmp_path))
    share = Path(rf"\\localhost\{drive[0]}$" + rest)
    if not share.exists():
        pytest.skip(f"{share} cannot be reached on this Windows")
    assert integrity_check(share / "tandem.sqlite") == []


def _windows_error(code: int) -> OSError:
    """An error as Windows raises it: errno EACCES for many causes, told by ``winerror``."""
    error = PermissionError(13, "Access is denied")
    error.winerror = code  # type: ignore[attr-defined] - set by Python only on Windows
    return error


def test_windows_errors_under_one_errno_get_their_own_sentences(tmp_path: Path) -> None:
    path = tmp_path / "tandem.sqlite"
    assert "in use by another program" in str(os_problem(_windows_error(32), path))
    assert "in use by another program" in str(os_problem(_windows_error(33), path))
    assert "read-only" in str(os_problem(_windows_error(19), path)).lower()
    for gone in (21, 55, 64, 1167):
        assert "did not answer" in str(os_problem(_windows_error(gone), path)), gone
    assert "another user" in str(os_problem(_windows_error(5), path))  # truly not allowed


def _held(path: Path) -> int:
    """A handle on ``path`` that shares nothing, as an antivirus scanning a new file holds it."""
    import ctypes

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    kernel.CreateFileW.restype = ctypes.c_void_p
    generic_read, no_sharing, open_existing = 0x80000000, 0, 3
    handle = kernel.CreateFileW(str(path), generic_read, no_sharing, None, open_existing, 0, None)
    assert handle not in (None, ctypes.c_void_p(-1).value)
    return int(handle)


def _release(handle: int) -> None:
    import ctypes

    ctypes.windll.kernel32.CloseHandle(ctypes.c_void_p(handle))  # type: ignore[attr-defined]


on_windows = pytest.mark.skipif(sys.platform != "win32", reason="a file held as Windows holds it")


@on_windows
def test_a_file_another_program_holds_is_said_to_be_in_use(tmp_path: Path) -> None:
    path = tmp_path / "tandem.sqlite"
    path.write_bytes(b"")
    handle = _held(path)
    try:
        with pytest.raises(OSError) as refused:
            path.read_bytes()
        assert "in use by another program" in str(os_problem(refused.value, path))
    finally:
        _release(handle)


@on_windows
def test_a_copy_held_a_moment_by_a_scanner_is_still_renamed(tmp_path: Path) -> None:
    import threading
    import time

    partial, target = tmp_path / "tandem.sqlite.partial", tmp_path / "tandem.sqlite"
    partial.write_bytes(b"the copy")
    handle = _held(partial)
    threading.Timer(0.5, _release, [handle]).start()
    started = time.monotonic()
    rename(partial, target)
    assert time.monotonic() - started >= 0.4  # it waited for the scanner
    assert target.read_bytes() == b"the copy" and not partial.exists()


def test_a_rename_replaces_the_target(tmp_path: Path) -> None:
    (tmp_path / "new").write_bytes(b"new")
    (tmp_path / "old").write_bytes(b"old")
    rename(tmp_path / "new", tmp_path / "old")
    assert (tmp_path / "old").read_bytes() == b"new" and not (tmp_path / "new").exists()
