"""Files Tandem must never take over or misread: a schema with invalid bytes, a file marked
as Tandem's with a version no Tandem wrote, another program's empty database, a full disk
at opening, the errors SQLite gives for each, told apart by their code."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import backups
from app.errors import NotTandemFileError, StorageProblem
from app.steps import needs
from app.storage.database import close_database, open_database
from app.storage.files import APPLICATION_ID, inspect_file, integrity_check
from app.storage.models import db
from app.storage.problems import DamagedFileError, storage_problem_for
from tests.disks import fill, small_disk
from tests.fault_table import FaultRecord


def _tandem_file(path: Path, *people: str) -> Path:
    open_database(path)
    for name in people:
        needs.add_person(name)
    close_database()
    return path


def _edit_raw(path: Path, *statements: str, parameters: tuple[object, ...] = ()) -> None:
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement, parameters if "?" in statement else ())
        connection.commit()
    finally:
        connection.close()


def _schema_with_invalid_bytes(path: Path) -> Path:
    _tandem_file(path, "Marie")
    connection = sqlite3.connect(path)
    sql = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'shop'").fetchone()[0]
    connection.close()
    broken = sql.encode().replace(b'"shop" (', b'"shop" \xe9\xff (', 1)
    _edit_raw(
        path,
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = CAST(? AS TEXT) WHERE name = 'shop'",
        parameters=(broken,),
    )
    return path


@pytest.mark.fault("A file whose schema text holds invalid bytes")
def test_invalid_bytes_in_the_schema_make_a_damaged_file(
    tmp_path: Path, fault: FaultRecord
) -> None:
    path = _schema_with_invalid_bytes(tmp_path / "tandem.sqlite")
    before = path.read_bytes()
    fault.tried()
    with pytest.raises(DamagedFileError):
        inspect_file(path)
    with pytest.raises(DamagedFileError):
        open_database(path)
    assert integrity_check(path) != []
    with pytest.raises(StorageProblem, match="damaged"):
        backups.describe(path)  # as a backup or a copy to restore: refused, not a crash
    assert path.read_bytes() == before


@pytest.mark.parametrize("version", [0, -3])
@pytest.mark.fault("A file marked as Tandem's with schema version 0 or below")
def test_a_tandem_mark_with_an_impossible_version_is_a_damaged_file(
    tmp_path: Path, version: int, fault: FaultRecord
) -> None:
    path = _tandem_file(tmp_path / "tandem.sqlite", "Marie")
    _edit_raw(path, f"PRAGMA user_version = {version}")
    before = path.read_bytes()
    for _ in range(2):  # no copy made before an "upgrade", at this start or the next
        fault.tried()
        with pytest.raises(DamagedFileError):
            open_database(path)
    assert path.read_bytes() == before
    assert list(tmp_path.glob("tandem.before-*")) == []


@pytest.mark.fault("Another program's database with no tables")
@pytest.mark.parametrize("kind", ["only a view", "another application id"])
def test_another_programs_empty_database_is_left_byte_for_byte(
    tmp_path: Path, kind: str, fault: FaultRecord
) -> None:
    path = tmp_path / "tandem.sqlite"
    if kind == "only a view":
        _edit_raw(path, "CREATE VIEW today AS SELECT date('now') AS day")
    else:
        _edit_raw(path, "PRAGMA application_id = 1234567")
        assert path.stat().st_size > 0
    before = path.read_bytes()
    fault.tried()
    with pytest.raises(NotTandemFileError, match="not a Tandem file"):
        open_database(path)
    assert path.read_bytes() == before
    assert db.obj is None or db.obj.database != str(path)


def test_an_empty_sqlite_file_with_nothing_in_it_becomes_a_tandem_file(tmp_path: Path) -> None:
    """What a start cut short before its first write leaves: no table, no mark, version 0."""
    path = tmp_path / "tandem.sqlite"
    _edit_raw(path, "PRAGMA journal_mode = WAL")
    assert inspect_file(path) is None
    open_database(path)
    assert needs.add_person("Marie").name == "Marie"
    close_database()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


@pytest.mark.fault("A disk 100 % full when Tandem opens the file")
def test_a_full_disk_at_opening_is_said_as_a_full_disk(tmp_path: Path, fault: FaultRecord) -> None:
    with small_disk(tmp_path / "disk", 2048) as disk:
        path = _tandem_file(disk / "tandem.sqlite", "Marie", "Karim")
        fill(disk)
        fault.tried()
        with pytest.raises(StorageProblem) as refused:
            open_database(path)
        assert "The disk is full" in str(refused.value)
        (disk / "filler.bin").unlink()
        open_database(path)
        fault.missing({"Marie", "Karim"}, {p.name for p in needs.list_people()})
        close_database()
    assert fault.lost == 0


def _error_of(action: str, path: Path) -> sqlite3.Error:
    """A real error of SQLite's, caused on ``path``."""
    connection = sqlite3.connect(path, timeout=0)
    other = sqlite3.connect(path, timeout=0)
    try:
        connection.execute("CREATE TABLE IF NOT EXISTS t (x)")
        connection.commit()
        if action == "locked":
            other.execute("BEGIN EXCLUSIVE")
            connection.execute("INSERT INTO t VALUES (1)")
        elif action == "read-only":
            connection.execute("PRAGMA query_only = ON")
            connection.execute("INSERT INTO t VALUES (1)")
        elif action == "full":
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count = {pages}")
            connection.execute("INSERT INTO t VALUES (randomblob(100000))")
        elif action == "bug":
            connection.execute("SELECT nmae FROM t")
    except sqlite3.Error as error:
        return error
    finally:
        other.close()
        connection.close()
    raise AssertionError(f"{action}: no error")


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        ("locked", "in use by another program"),
        ("read-only", "read-only"),
        ("full", "The disk is full"),
    ],
)
def test_sqlite_errors_are_told_apart_by_their_code(
    tmp_path: Path, action: str, expected: str
) -> None:
    error = _error_of(action, tmp_path / "probe.sqlite")
    problem = storage_problem_for(error, tmp_path / "probe.sqlite")
    assert problem is not None and expected in str(problem)
    # the same error with another wording (another SQLite, another language): the same sentence
    reworded = type(error)("quelque chose d'autre")
    reworded.sqlite_errorcode = error.sqlite_errorcode  # type: ignore[attr-defined]
    reworded.sqlite_errorname = error.sqlite_errorname  # type: ignore[attr-defined]
    again = storage_problem_for(reworded, tmp_path / "probe.sqlite")
    assert again is not None and expected in str(again)


def test_a_bug_is_still_a_bug_whatever_its_words(tmp_path: Path) -> None:
    error = _error_of("bug", tmp_path / "probe.sqlite")
    assert storage_problem_for(error) is None
    lookalike = sqlite3.OperationalError("no such column: disk is full")  # a bug's words
    assert storage_problem_for(lookalike) is None


def test_a_copied_damaged_file_keeps_its_bytes(tmp_path: Path) -> None:
    """describe() reads a file to restore without writing to it, even a damaged one."""
    path = _schema_with_invalid_bytes(tmp_path / "copy.sqlite")
    kept = tmp_path / "kept.sqlite"
    shutil.copy(path, kept)
    with pytest.raises(StorageProblem):
        backups.describe(path)
    assert path.read_bytes() == kept.read_bytes()


def test_a_folder_of_another_user_is_said_as_such(tmp_path: Path) -> None:
    """A real "permission denied": a process that is not root writing in root's folder."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("needs root, to become another user (CI runs as root)")
    theirs = tmp_path / "theirs"
    theirs.mkdir(mode=0o700)
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from app.storage.problems import os_problem\n"
        "os.setgid(65534); os.setuid(65534)  # nobody\n"
        "try:\n"
        "    open(sys.argv[1] + '/tandem.log', 'a')\n"
        "except OSError as error:\n"
        "    print(os_problem(error, Path(sys.argv[1]) / 'tandem.log'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(theirs)],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Tandem is not allowed to write in its folder {theirs}")
