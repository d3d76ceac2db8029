"""Upgrading a file written by an older Tandem: copied aside first, one step at a time, each
step in a transaction with the foreign keys off, and a result equal to a new file.

``tests/data/tandem-v1.sqlite`` is a real file of schema version 1, written by Tandem 0.1.0
(the restaurant demo, on 2026-11-30): 5 people, 3 pairs, 30 sessions.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import peewee as pw
import pytest

from app.steps import needs
from app.storage import migrations
from app.storage.database import close_database, open_database, revision
from app.storage.models import Pair, Session

VERSION_1 = Path(__file__).parent / "data" / "tandem-v1.sqlite"


def _pragma(path: Path, name: str) -> object:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in tables
        }


def _schema(path: Path) -> set[tuple[str, str, str]]:
    with sqlite3.connect(path) as connection:
        return {
            (kind, name, " ".join((sql or "").split()))
            for kind, name, sql in connection.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            )
        }


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "tandem.sqlite"
    shutil.copy(VERSION_1, path)
    assert _pragma(path, "user_version") == 1
    return path


def test_a_version_1_file_is_copied_aside_then_upgraded(old_file: Path) -> None:
    before = _counts(old_file)
    open_database(old_file)
    assert [p.name for p in needs.list_people()] == ["Gérard", "Mei", "Nadia", "Paul", "Théo"]
    assert revision() == 0
    close_database()
    assert _pragma(old_file, "user_version") == migrations.SCHEMA_VERSION
    after = _counts(old_file)
    assert after.pop("revision") == 1
    assert after.pop("calendar_event") == 0  # version 4's: nothing was exported yet
    assert after == before  # every row of every table is still there
    with sqlite3.connect(old_file) as connection:
        uids = [row[0] for row in connection.execute("SELECT uid FROM session")]
    assert len(uids) == before["session"] == len(set(uids))  # each session its own
    assert all(len(uid) == 32 for uid in uids)
    copies = list(old_file.parent.glob(f"tandem.before-v{migrations.SCHEMA_VERSION}-*.sqlite"))
    assert len(copies) == 1 and _pragma(copies[0], "user_version") == 1
    assert _counts(copies[0]) == before


def test_an_upgraded_file_has_the_schema_of_a_new_one(old_file: Path, tmp_path: Path) -> None:
    open_database(old_file)
    close_database()
    fresh = tmp_path / "fresh.sqlite"
    open_database(fresh)
    close_database()
    assert _schema(old_file) == _schema(fresh)


def _rebuild_pair(database: pw.SqliteDatabase) -> None:
    """A step that rebuilds the pair table, as a change of a column's type or constraint
    must in SQLite: a new table, the rows copied, the old table dropped, the new renamed."""
    sql = database.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'pair'").fetchone()[0]
    indexes = [
        row[0]
        for row in database.execute_sql(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'pair' AND type = 'index' AND sql IS NOT NULL"
        )
    ]
    database.execute_sql(sql.replace('"pair"', '"pair_new"', 1))
    database.execute_sql('INSERT INTO "pair_new" SELECT * FROM "pair"')
    database.execute_sql('DROP TABLE "pair"')
    database.execute_sql('ALTER TABLE "pair_new" RENAME TO "pair"')
    for index in indexes:
        database.execute_sql(index)


def test_a_step_that_rebuilds_a_table_keeps_its_children(
    old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the foreign keys on, dropping the old pair table would delete every session."""
    sessions = _counts(old_file)["session"]
    assert sessions == 30
    step = migrations.SCHEMA_VERSION + 1
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", step)
    monkeypatch.setitem(migrations.MIGRATIONS, step, _rebuild_pair)
    open_database(old_file)
    assert Session.select().count() == sessions
    assert Pair.select().count() == 3
    assert needs.add_person("Karim").name == "Karim"
    close_database()
    assert _pragma(old_file, "user_version") == step
    with sqlite3.connect(old_file) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_step_that_would_leave_orphans_is_refused_and_changes_nothing(
    old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def lose_the_pairs(database: pw.SqliteDatabase) -> None:
        database.execute_sql('DELETE FROM "pair"')  # a buggy step: sessions point at nothing

    before = _counts(old_file)
    step = migrations.SCHEMA_VERSION + 1
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", step)
    monkeypatch.setitem(migrations.MIGRATIONS, step, lose_the_pairs)
    with pytest.raises(migrations.UpgradeError, match="pointing at nothing"):
        open_database(old_file)
    assert _pragma(old_file, "user_version") == step - 1  # the good steps before are kept
    after = _counts(old_file)
    after.pop("revision")
    assert after.pop("calendar_event") == 0  # made by a good step before
    assert after == before


def test_a_failing_step_leaves_the_file_at_its_old_version(
    old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_step(database: pw.SqliteDatabase) -> None:
        database.execute_sql("ALTER TABLE person ADD COLUMN phone TEXT")
        raise RuntimeError("a bug in the upgrade step")

    monkeypatch.setitem(migrations.MIGRATIONS, 2, broken_step)
    with pytest.raises(RuntimeError, match="a bug in the upgrade step"):
        open_database(old_file)
    assert _pragma(old_file, "user_version") == 1
    with sqlite3.connect(old_file) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(person)")]
    assert "phone" not in columns
