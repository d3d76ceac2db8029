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

import peewee as pw

from app.i18n import Translator

log = logging.getLogger(__name__)

#: The version of the schema this Tandem writes.
SCHEMA_VERSION = 2

#: One step of the schema, on a file or on a server alike.
Migration = Callable[[pw.Database], None]


class UpgradeError(RuntimeError):
    """An upgrade step would leave rows pointing at nothing: a bug, and nothing is changed."""


def _add_revision(database: pw.Database) -> None:
    from app.storage.models import Revision

    Revision.create_table(safe=False)
    Revision.create(id=1, number=0)


#: ``MIGRATIONS[n]`` turns a version ``n - 1`` file into version ``n``. A step runs inside a
#: transaction, with the foreign keys off, and must not touch ``user_version`` itself.
MIGRATIONS: dict[int, Migration] = {2: _add_revision}


def create_schema(database: pw.SqliteDatabase, translate: Translator, application_id: int) -> None:
    """The tables of a new file, its starting catalogue, its mark and its version."""
    from app.catalogue import seed_catalogue
    from app.storage.models import ALL_MODELS, Revision, Shop

    with database.atomic():
        database.create_tables(ALL_MODELS)
        Shop.create(name="")
        Revision.create(id=1, number=0)
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
