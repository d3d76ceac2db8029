"""Tandem's data on a PostgreSQL server: the schema's rules are the file's - created when
empty, upgraded step by step, a newer or foreign database refused and left untouched - and
names sort and compare as in the file. The core's tests run on both (``database`` in
conftest); these are the server's own."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from app.errors import NewerVersionError, NotTandemFileError
from app.steps import needs
from app.storage import migrations
from app.storage.database import close_database, open_database, open_server
from app.storage.models import Person, Revision, db
from app.storage.server import SCHEMA_TABLE
from tests.postgres import Server


@pytest.fixture
def empty(postgres_server: Server) -> Iterator[str]:
    """The address of a new, empty database on the test server."""
    name = postgres_server.fresh_database()
    yield postgres_server.url(name)
    close_database()
    postgres_server.drop(name)


def _tables(url: str) -> set[str]:
    with psycopg.connect(url) as connection:
        rows = connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
    return {row[0] for row in rows}


def test_an_empty_database_gets_the_schema_its_catalogue_and_its_version(empty: str) -> None:
    open_server(empty)
    assert needs.list_topics()  # the starting catalogue
    close_database()
    with psycopg.connect(empty) as connection:
        assert connection.execute(
            f"SELECT application, version FROM {SCHEMA_TABLE}"
        ).fetchall() == [("Tandem", migrations.SCHEMA_VERSION)]
    open_server(empty)  # opened again: found, not made again
    needs.add_person("Marie")
    close_database()
    open_server(empty)
    assert [person.name for person in needs.list_people()] == ["Marie"]


def test_another_programs_database_is_refused_and_left_untouched(empty: str) -> None:
    with psycopg.connect(empty) as connection:
        connection.execute("CREATE TABLE invoice (id SERIAL PRIMARY KEY, total NUMERIC)")
        connection.execute("INSERT INTO invoice (total) VALUES (12.50)")
    with pytest.raises(NotTandemFileError, match="another program's data"):
        open_server(empty)
    assert _tables(empty) == {"invoice"}


def test_a_newer_tandems_database_is_refused_and_left_untouched(empty: str) -> None:
    open_server(empty)
    needs.add_person("Marie")
    close_database()
    with psycopg.connect(empty) as connection:
        connection.execute(f"UPDATE {SCHEMA_TABLE} SET version = version + 1")
    before = _tables(empty)
    with pytest.raises(NewerVersionError, match="newer Tandem"):
        open_server(empty)
    assert _tables(empty) == before
    with psycopg.connect(empty) as connection:
        assert connection.execute("SELECT name FROM person").fetchall() == [("Marie",)]


def test_an_older_database_is_upgraded_step_by_step(empty: str) -> None:
    open_server(empty)
    needs.add_person("Marie")
    close_database()
    with psycopg.connect(empty) as connection:  # as schema version 1 had it: no revision
        connection.execute("DROP TABLE revision")
        connection.execute(f"UPDATE {SCHEMA_TABLE} SET version = 1")
    open_server(empty)
    assert Revision.get_by_id(1).number == 0
    assert Person.select().count() == 1
    close_database()
    with psycopg.connect(empty) as connection:
        assert connection.execute(f"SELECT version FROM {SCHEMA_TABLE}").fetchone() == (
            migrations.SCHEMA_VERSION,
        )


def test_a_database_that_cannot_be_opened_leaves_the_open_file_in_use(
    empty: str, tmp_path: object
) -> None:
    from pathlib import Path

    with psycopg.connect(empty) as connection:
        connection.execute("CREATE TABLE invoice (id SERIAL PRIMARY KEY)")
    file = open_database(Path(str(tmp_path)) / "tandem.sqlite")
    with pytest.raises(NotTandemFileError):
        open_server(empty)
    assert db.obj is file and not file.is_closed()
    needs.add_person("Marie")  # into the file, as before
    close_database()


@pytest.mark.parametrize("database", ["file", "server"], indirect=True)
def test_names_sort_and_compare_alike_in_the_file_and_on_the_server(database: object) -> None:
    for name in ("zoé", "Émile", "eric", "Élodie", "adèle"):
        needs.add_topic(name)
    names = [
        topic.name
        for topic in needs.list_topics()
        if topic.name in {"zoé", "Émile", "eric", "Élodie", "adèle"}
    ]
    assert names == ["adèle", "Élodie", "Émile", "eric", "zoé"]
    with pytest.raises(Exception, match="already"):
        needs.add_topic("ÉLODIE")  # the same name in capitals
    needs.add_topic("Elodie")  # without its accent it is another name
