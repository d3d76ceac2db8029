"""An older Tandem database on a server brought up to date: step by step in its shops'
schemas, or moved from before shops had schemas (every shop's rows in ``public``) into
them - its rows, ids and authors kept."""

from __future__ import annotations

import psycopg

from app.steps import needs
from app.storage import migrations
from app.storage.database import close_database, open_server
from app.storage.layout import SCHEMA_TABLE
from app.storage.models import ALL_MODELS, BaseModel, Person, Revision, Session
from tests.builders import programme, ready_pair
from tests.test_server import _tables


def as_version_3(connection: psycopg.Connection[tuple[object, ...]], schema: str) -> None:
    """The shop's tables as schema version 3 had them."""
    connection.execute(f"DROP TABLE {schema}.calendar_event")
    connection.execute(f"ALTER TABLE {schema}.session DROP COLUMN uid")
    connection.execute(f"ALTER TABLE {schema}.closed_period DROP COLUMN part")


def old_layout(connection: psycopg.Connection[tuple[object, ...]]) -> None:
    """The database as Tandem wrote it before shops had schemas: the tables in ``public``."""
    tables = connection.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'shop_1'"
    ).fetchall()
    for (table,) in tables:
        connection.execute(f'ALTER TABLE shop_1."{table}" SET SCHEMA public')
    connection.execute(f"ALTER TABLE {SCHEMA_TABLE} SET SCHEMA public")
    connection.execute("DROP TRIGGER revision_forward ON public.revision")
    connection.execute("DROP SCHEMA tandem CASCADE")
    connection.execute("DROP SCHEMA shop_1")
    for name, locale in (("name_order", "fr-u-ks-level1"), ("name_equal", "und-u-ks-level2")):
        connection.execute(
            f"CREATE COLLATION public.{name} (provider = icu, locale = '{locale}',"
            " deterministic = false)"
        )


def _marie_and_lucas(url: str) -> None:
    open_server(url)
    marie = needs.add_person("Marie").id
    ready_pair(programme(), needs.add_person("Lucas").id, marie)  # six sessions
    close_database()


def _upgraded_holds_marie_and_lucas(url: str, changed_in: tuple[int, int]) -> None:
    open_server(url)
    assert [(p.name, p.shop_id, p.changed_in) for p in Person.select().order_by(Person.id)] == [
        ("Marie", 1, changed_in[0]),
        ("Lucas", 1, changed_in[1]),
    ]
    needs.add_person("Paul")
    assert Person.get(Person.name == "Paul").changed_in == Revision.get_by_id(1).number
    uids = [session.uid for session in Session.select()]
    assert len(uids) == 6 == len(set(uids))  # each session its own, for the calendars
    from app.shop import add_closed_period
    from app.vocabulary import PartOfDay

    afternoons = add_closed_period("2027-03-13", "2027-03-13", "Inventaire", PartOfDay.AFTERNOON)
    assert afternoons.part is PartOfDay.AFTERNOON  # a closure may be a half-day now
    close_database()
    with psycopg.connect(url) as connection:
        assert connection.execute(f"SELECT version FROM {SCHEMA_TABLE}").fetchone() == (
            migrations.SCHEMA_VERSION,
        )


def test_an_older_database_is_upgraded_step_by_step(server_database: str) -> None:
    _marie_and_lucas(server_database)
    with psycopg.connect(server_database) as connection:
        as_version_3(connection, "shop_1")
        connection.execute(f"UPDATE {SCHEMA_TABLE} SET version = 3")
    _upgraded_holds_marie_and_lucas(server_database, changed_in=(1, 3))


def test_a_database_from_before_shops_had_schemas_is_moved_into_them_from_version_1(
    server_database: str,
) -> None:
    _marie_and_lucas(server_database)
    with psycopg.connect(server_database) as connection:  # as schema version 1 had it
        old_layout(connection)
        connection.execute("DROP TABLE revision")
        for model in ALL_MODELS:
            columns = ("changed_in", "changed_by", "shop_id")
            for column in columns if issubclass(model, BaseModel) else ():
                connection.execute(
                    f'ALTER TABLE "{model._meta.table_name}" DROP COLUMN IF EXISTS {column}'
                )
        as_version_3(connection, "public")
        connection.execute("UPDATE tandem_schema SET version = 1")
    _upgraded_holds_marie_and_lucas(server_database, changed_in=(0, 0))
    assert _tables(server_database) == set()  # nothing left behind in public
