"""Opening, creating, upgrading and refusing Tandem files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.errors import NewerVersionError, NotTandemFileError
from app.steps import needs, pairs
from app.storage.database import close_database, open_database
from app.storage.files import APPLICATION_ID, SQLITE_HEADER
from app.storage.migrations import SCHEMA_VERSION
from app.storage.models import Pair, Topic
from app.storage.problems import DamagedFileError
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
