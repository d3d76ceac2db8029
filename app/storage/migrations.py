"""The schema of a Tandem file: created new, or upgraded one version at a time.

The version lives in ``PRAGMA user_version``. Each upgrade step runs in a transaction with
the foreign keys off (a step that rebuilds a table must not cascade-delete its children),
and the foreign keys are checked before the step is committed.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import peewee as pw

from app.i18n import Translator

log = logging.getLogger(__name__)

#: The version of the schema this Tandem writes.
SCHEMA_VERSION = 4

#: One step of the schema, on a file or on a server alike.
Migration = Callable[[pw.Database], None]


class UpgradeError(RuntimeError):
    """An upgrade step would leave rows pointing at nothing: a bug, and nothing is changed."""


def _add_revision(database: pw.Database) -> None:
    from app.storage.models import Revision

    Revision.create_table(safe=False)
    Revision.create(id=1, number=0)


def _add_stamps_and_shops(database: pw.Database) -> None:
    """Every row says which change last wrote it and by whom, and whose shop it is: a file
    holds one shop, so all its rows are that shop's."""
    from app.storage.models import ALL_MODELS, BaseModel, ShopRow

    found = database.execute_sql("SELECT min(id) FROM shop").fetchone()
    shop = int(found[0]) if found and found[0] is not None else 1
    for model in ALL_MODELS:
        if issubclass(model, BaseModel) and database.table_exists(model._meta.table_name):
            added = {"changed_in": "0", "changed_by": "''"}
            if issubclass(model, ShopRow):
                added["shop_id"] = str(shop)
            if isinstance(database, pw.SqliteDatabase):
                _rebuild(database, model, added)
            else:
                _add_columns(database, model, added)


def _rebuild(database: pw.Database, model: Any, added: dict[str, str]) -> None:
    """SQLite adds a column only at the end of a table: the table is made anew as a new
    file has it, its rows copied with the new columns' values, the old one dropped (the
    foreign keys are off during a step, so nothing cascades)."""
    table = model._meta.table_name
    kept = [column.name for column in database.get_columns(table)]
    # the table is made as today's Tandem has it: a column a later step adds is filled now
    added = added | {
        name: fill
        for name, fill in _LATER_COLUMNS.get(table, {}).items()
        if name not in kept and name not in added
    }
    sql, params = model._schema._create_table(safe=False).query()
    database.execute_sql(sql.replace(f'"{table}"', f'"{table}_new"', 1), params)
    names = ", ".join(f'"{name}"' for name in [*kept, *added])
    values = ", ".join([*(f'"{name}"' for name in kept), *added.values()])
    database.execute_sql(f'INSERT INTO "{table}_new" ({names}) SELECT {values} FROM "{table}"')
    database.execute_sql(f'DROP TABLE "{table}"')
    database.execute_sql(f'ALTER TABLE "{table}_new" RENAME TO "{table}"')
    for index in model._schema._create_indexes(safe=False):
        database.execute_sql(*index.query())


def _add_columns(database: pw.Database, model: Any, added: dict[str, str]) -> None:
    table = model._meta.table_name
    for name, value in added.items():
        kind = "VARCHAR(200)" if name == "changed_by" else "INTEGER"
        database.execute_sql(
            f'ALTER TABLE "{table}" ADD COLUMN {name} {kind} NOT NULL DEFAULT {value}'
        )
        database.execute_sql(f'ALTER TABLE "{table}" ALTER COLUMN {name} DROP DEFAULT')
    if "shop_id" in added:
        database.execute_sql(f'CREATE INDEX "{table}_shop_id" ON "{table}" (shop_id)')


#: Columns that a step after the one rebuilding a table adds, and how a rebuild fills them.
_LATER_COLUMNS = {
    "session": {"uid": "lower(hex(randomblob(16)))"},
    "closed_period": {"part": "NULL"},
}


def _add_calendar_events(database: pw.Database) -> None:
    """Each session gets an identity of its own for the calendars (a random one for each
    session already there), the calendars' record of what they last said, and a closure
    may be a half-day."""
    from app.storage.models import CalendarEvent, ClosedPeriod, Session

    if isinstance(database, pw.SqliteDatabase):
        for model, column in ((Session, "uid"), (ClosedPeriod, "part")):
            table = model._meta.table_name
            if column not in {found.name for found in database.get_columns(table)}:
                _rebuild(database, model, {})
    else:
        # a volatile default is worked out for each row: every session its own uid
        database.execute_sql(
            "ALTER TABLE session ADD COLUMN uid VARCHAR(40) NOT NULL"
            " DEFAULT md5(random()::text || clock_timestamp()::text)"
        )
        database.execute_sql("ALTER TABLE session ALTER COLUMN uid DROP DEFAULT")
        database.execute_sql('CREATE UNIQUE INDEX "session_uid" ON "session" (uid)')
        database.execute_sql(
            "ALTER TABLE closed_period ADD COLUMN part INTEGER"
            " CHECK (part IS NULL OR part IN (0, 1))"
        )
    CalendarEvent.create_table(safe=False)


#: ``MIGRATIONS[n]`` turns a version ``n - 1`` file into version ``n``. A step runs inside a
#: transaction, with the foreign keys off, and must not touch ``user_version`` itself.
MIGRATIONS: dict[int, Migration] = {
    2: _add_revision,
    3: _add_stamps_and_shops,
    4: _add_calendar_events,
}


def create_schema(database: pw.SqliteDatabase, translate: Translator, application_id: int) -> None:
    """The tables of a new file, its starting catalogue, its mark and its version."""
    from app.catalogue import seed_catalogue
    from app.storage.models import ALL_MODELS, Revision, Shop

    with database.atomic():
        database.create_tables(ALL_MODELS)
        Revision.create(id=1, number=0)
        Shop.create(name="")
        seed_catalogue(translate)
        database.pragma("application_id", application_id)
        database.pragma("user_version", SCHEMA_VERSION)


def upgrade(
    database: pw.SqliteDatabase,
    path: Path,
    from_version: int,
    keep_copy: Callable[[Path, Path], None],
) -> None:
    """Bring the file at ``path`` from ``from_version`` to SCHEMA_VERSION, after keeping a
    copy of it beside (``keep_copy(source, target)``)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    keep_copy(path, path.with_name(f"{path.stem}.before-v{SCHEMA_VERSION}-{stamp}{path.suffix}"))
    for version in range(from_version + 1, SCHEMA_VERSION + 1):
        log.info("Upgrading %s to schema version %d", path, version)
        database.pragma("foreign_keys", 0)  # only outside a transaction does SQLite heed it
        try:
            with database.atomic():
                MIGRATIONS[version](database)
                orphans = database.execute_sql("PRAGMA foreign_key_check").fetchall()
                if orphans:
                    raise UpgradeError(
                        f"step {version} leaves {len(orphans)} rows pointing at nothing, "
                        f"the first: {orphans[0]}"
                    )
                database.pragma("user_version", version)
        finally:
            database.pragma("foreign_keys", 1)
