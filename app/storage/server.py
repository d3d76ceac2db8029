"""Tandem on a PostgreSQL server, for a network of shops with several coordinators: the same
models as the file, the same rules for the schema.

- An empty database gets the schema, its starting catalogue and its version, in one
  transaction. The version lives in the table ``tandem_schema`` (the file keeps it in
  ``PRAGMA user_version``), with the application's name, so a database of another program
  is recognised and refused, untouched - as is one written by a newer Tandem.
- The file's name collations have PostgreSQL counterparts of the same names (ICU):
  ``name_order`` sorts as a French reader expects, accents and case aside; ``name_equal``
  compares without regard to case, accents kept.

psycopg 3 is the driver: it is the maintained one (psycopg2 gets fixes only), its binary
wheels need no PostgreSQL client on the shop PC, and it has LISTEN/NOTIFY built in, which
the coordinators' live updates will use.
"""

from __future__ import annotations

import logging
from typing import Any

import peewee as pw

from app.errors import NewerVersionError, NotTandemFileError
from app.i18n import QT_TRANSLATE_NOOP, Translator, untranslated
from app.storage import migrations
from app.storage.models import db
from app.storage.problems import problem

log = logging.getLogger(__name__)

SCHEMA_TABLE = "tandem_schema"
APPLICATION = "Tandem"
COLLATIONS = {
    "name_order": "fr-u-ks-level1",  # letters alone: é = e = E for sorting
    "name_equal": "und-u-ks-level2",  # case aside, accents kept: Élodie = élodie ≠ Elodie
}


class ServerDatabase(pw.PostgresqlDatabase):
    """A Tandem database on a server, which knows the address it was opened with."""

    url = ""


def _where(url: str) -> str:
    """The address without its password, to be shown and logged."""
    from psycopg.conninfo import conninfo_to_dict

    parts = conninfo_to_dict(url)
    host = parts.get("host") or "localhost"
    return f"{parts.get('dbname', '')} on {host}"


def schema_version(database: pw.PostgresqlDatabase) -> int | None:
    """The version of the Tandem schema in ``database``, or None when it is empty.

    Raises NotTandemFileError (another program's tables) or NewerVersionError."""
    tables = database.get_tables()
    if not tables:
        return None
    if SCHEMA_TABLE not in tables:
        raise _not_tandem(database)
    row = database.execute_sql(f"SELECT application, version FROM {SCHEMA_TABLE}").fetchone()
    if row is None or row[0] != APPLICATION:
        raise _not_tandem(database)
    version = int(row[1])
    if version > migrations.SCHEMA_VERSION:
        raise problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "The database {name} was written by a newer Tandem. Install the latest Tandem to open it; "
                "the database was not changed.",
            ),
            NewerVersionError,
            name=database.database,
        )
    return version


def _not_tandem(database: pw.PostgresqlDatabase) -> NotTandemFileError:
    return problem(
        QT_TRANSLATE_NOOP(
            "storage",
            "The database {name} holds another program's data. Tandem left it as it is.",
        ),
        NotTandemFileError,
        name=database.database,
    )


def _create_collations(database: pw.PostgresqlDatabase) -> None:
    for name, locale in COLLATIONS.items():
        database.execute_sql(
            f"CREATE COLLATION IF NOT EXISTS {name} "
            f"(provider = icu, locale = '{locale}', deterministic = false)"
        )


def create_schema(database: pw.PostgresqlDatabase, translate: Translator) -> None:
    """The tables of a new Tandem database, its starting catalogue and its version."""
    from app.catalogue import seed_catalogue
    from app.storage.models import ALL_MODELS, Revision, Shop

    with database.atomic():
        _create_collations(database)
        database.create_tables(ALL_MODELS)
        Shop.create(name="")
        Revision.create(id=1, number=0)
        seed_catalogue(translate)
        database.execute_sql(
            f"CREATE TABLE {SCHEMA_TABLE} (application TEXT NOT NULL, version INTEGER NOT NULL)"
        )
        database.execute_sql(
            f"INSERT INTO {SCHEMA_TABLE} (application, version) VALUES (%s, %s)",
            (APPLICATION, migrations.SCHEMA_VERSION),
        )


def upgrade(database: pw.PostgresqlDatabase, from_version: int) -> None:
    """Bring the database to SCHEMA_VERSION one step at a time, each step and its version
    in one transaction (PostgreSQL's changes of tables are transactional, and its foreign
    keys are always checked): a step that fails leaves the database at the step before."""
    for version in range(from_version + 1, migrations.SCHEMA_VERSION + 1):
        log.info("Upgrading %s to schema version %d", database.database, version)
        with database.atomic():
            migrations.MIGRATIONS[version](database)
            database.execute_sql(f"UPDATE {SCHEMA_TABLE} SET version = %s", (version,))


def connect_server(url: str, translate: Translator = untranslated) -> ServerDatabase:
    """The database at ``url`` (``postgresql://user@host/dbname``) opened, its schema created
    when it is empty, the models bound to it. On failure the models stay bound to what they
    were bound to, and the database is unchanged."""
    from psycopg.conninfo import conninfo_to_dict

    parts: dict[str, Any] = dict(conninfo_to_dict(url))
    name = str(parts.pop("dbname", "") or "")
    database = ServerDatabase(name, autoconnect=False, **parts)
    database.url = url
    previous = db.obj
    try:
        database.connect()
        db.initialize(database)
        version = schema_version(database)
        if version is None:
            log.info("Creating Tandem's schema in %s", _where(url))
            create_schema(database, translate)
        elif version < migrations.SCHEMA_VERSION:
            upgrade(database, version)
    except Exception:
        database.close()
        db.initialize(previous)
        raise
    return database
