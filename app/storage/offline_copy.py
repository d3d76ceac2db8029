"""The shop's data on the network's server, written into an ordinary Tandem file:
the file opens offline on any PC, and can be restored there like any copy.

The server's rows are read in one snapshot (a repeatable-read transaction), so that a
coordinator changing something meanwhile cannot leave a session without its pair in the
copy; they are written with their ids into a new file under a temporary name, renamed
into place only when complete.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import peewee as pw

from app.storage import stamps
from app.storage.database import opened_apart
from app.storage.files import PARTIAL, rename
from app.storage.models import ALL_MODELS, Shop, ShopRow, Table, db

#: Rows written per statement: well under SQLite's limit of variables per statement.
CHUNK = 100


def _mine(model: type[Table], shop: int) -> pw.Query:
    """The rows of ``model`` that are ``shop``'s: a copy holds one shop, as a file does
    (a coordinator of the network sees the others' too)."""
    query = model.select().order_by(model._meta.primary_key)
    if issubclass(model, ShopRow):
        return query.where(model.shop_id == shop)
    return query.where(model.id == shop) if model is Shop else query


def _snapshot() -> dict[type[Table], list[dict[str, Any]]]:
    with db.atomic():
        db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        shop = stamps.current_shop()
        return {model: list(_mine(model, shop).dicts()) for model in ALL_MODELS}


def copy_to_file(target: Path) -> None:
    """The open server database written as a Tandem file at ``target``: complete, or not
    at all (nothing is left under the temporary name)."""
    rows = _snapshot()
    # the rows pointed at before those that point at them
    order = pw.sort_models(ALL_MODELS)  # type: ignore[attr-defined]
    partial = target.with_name(target.name + PARTIAL)
    partial.unlink(missing_ok=True)
    try:
        with opened_apart(partial) as file:
            with file.atomic():
                for model in reversed(order):  # the new file's own starting rows go
                    model.delete().execute()
                for model in order:
                    found = rows[model]
                    for start in range(0, len(found), CHUNK):
                        model.insert_many(found[start : start + CHUNK]).execute()
            # a single file, as every copy Tandem makes: no -wal or -shm beside it
            file.execute_sql("PRAGMA journal_mode=DELETE")
        rename(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
