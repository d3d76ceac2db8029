"""Opening, creating, upgrading and refusing Tandem files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.errors import NewerVersionError, NotTandemFileError, StorageProblem
from app.steps import needs, pairs
from app.storage import database as storage
from app.storage.database import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    DamagedFileError,
    close_database,
    open_database,
    storage_problem_for,
)
from app.storage.models import Pair, Topic
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
    open_database(tmp_path / "t.sqlite", lambda context, text: french.get(text, text))
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
    path.write_bytes(storage.SQLITE_HEADER + b"\xff" * 4000)
    before = path.read_bytes()
    with pytest.raises(DamagedFileError):
        open_database(path)
    assert path.read_bytes() == before


def _version_1_file(path: Path) -> None:
    """A real file written by schema version 1, with some data in it."""
    open_database(path)
    needs.add_person("Marie", "Owner")
    close_database()
    assert _pragma(path, "user_version") == 1


def test_an_older_file_is_copied_aside_then_upgraded_step_by_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "tandem.sqlite"
    _version_1_file(path)

    def add_phone(database: object) -> None:
        storage.db.execute_sql("ALTER TABLE person ADD COLUMN phone TEXT NOT NULL DEFAULT ''")

    monkeypatch.setattr(storage, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(storage.MIGRATIONS, 2, add_phone)
    open_database(path)
    assert [p.name for p in needs.list_people()] == ["Marie"]
    close_database()

    assert _pragma(path, "user_version") == 2
    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(person)")]
    assert "phone" in columns
    copies = list(tmp_path.glob("tandem.before-v2-*.sqlite"))
    assert len(copies) == 1
    assert _pragma(copies[0], "user_version") == 1
    with sqlite3.connect(copies[0]) as connection:
        assert connection.execute("SELECT name FROM person").fetchall() == [("Marie",)]


def test_a_failing_upgrade_step_leaves_the_file_at_its_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "tandem.sqlite"
    _version_1_file(path)

    def broken_step(database: object) -> None:
        storage.db.execute_sql("ALTER TABLE person ADD COLUMN phone TEXT")
        raise RuntimeError("a bug in the upgrade step")

    monkeypatch.setattr(storage, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(storage.MIGRATIONS, 2, broken_step)
    with pytest.raises(RuntimeError):
        open_database(path)
    close_database()
    assert _pragma(path, "user_version") == 1
    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(person)")]
    assert "phone" not in columns


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


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        ("database or disk is full", "disk is full"),
        ("attempt to write a readonly database", "read-only"),
        ("database is locked", "in use by another program"),
        ("disk I/O error", "did not answer"),
    ],
)
def test_environment_errors_become_a_sentence(error: str, expected: str, tmp_path: Path) -> None:
    problem = storage_problem_for(sqlite3.OperationalError(error), tmp_path / "tandem.sqlite")
    assert isinstance(problem, StorageProblem)
    assert expected in str(problem)


def test_a_bug_is_not_dressed_up_as_an_environment_problem() -> None:
    assert storage_problem_for(sqlite3.OperationalError("no such column: nmae")) is None
