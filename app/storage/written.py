"""What a change wrote: every insert, update and delete names its table as it runs.

The database classes of a file and of a server both send each query through
:meth:`RecordsWrites.execute`, so nothing written through a model escapes the record: a row
saved, many rows updated at once, a row deleted. A delete also writes, through the
database's ``ON DELETE`` clauses, the tables whose rows point at the rows it removes; they
are counted with it. :mod:`app.changes` turns the tables into the kinds of data a screen
shows.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import peewee as pw

#: A write: the table, and the columns an update set (empty for an insert or a delete).
Write = tuple[str, frozenset[str]]

#: Columns every write sets, which say nothing of what changed.
_STAMPS = frozenset({"changed_in", "changed_by"})

_local = threading.local()


def _open_records() -> list[set[Write]]:
    if not hasattr(_local, "records"):
        _local.records = []
    records: list[set[Write]] = _local.records
    return records


@contextmanager
def recording() -> Iterator[set[Write]]:
    """Collect the writes this thread makes while inside (a record nested in another one
    adds to both)."""
    record: set[Write] = set()
    records = _open_records()
    records.append(record)
    try:
        yield record
    finally:
        # this record itself: another one open may hold the same writes (both empty, say),
        # and a set is found in a list by what it holds
        del records[next(i for i, open_ in enumerate(records) if open_ is record)]


def _writes_of(query: Any) -> set[Write]:
    table: Any = query.table  # a model, or a table named in SQL
    name = table.__name__ if isinstance(table, pw.Table) else table._meta.table_name
    if isinstance(query, pw.Update):
        updated: dict[Any, Any] = query._update  # type: ignore[attr-defined]
        columns = frozenset(getattr(key, "column_name", str(key)) for key in updated) - _STAMPS
        return {(name, columns)}
    if isinstance(query, pw.Delete) and isinstance(table, type):
        return {(name, frozenset())} | {(child, frozenset()) for child in _cascaded(table)}
    return {(name, frozenset())}


def _cascaded(model: Any, seen: frozenset[str] = frozenset()) -> set[str]:
    """The tables whose rows the database changes when rows of ``model`` are deleted."""
    found: set[str] = set()
    for field in model._meta.backrefs:
        child = field.model._meta.table_name
        if field.on_delete in ("CASCADE", "SET NULL") and child not in seen:
            found.add(child)
            if field.on_delete == "CASCADE":
                found |= _cascaded(field.model, seen | found | {model._meta.table_name})
    return found


class RecordsWrites:
    """Mixed into a database class: each write query is recorded before it runs."""

    def execute(self, query: Any, **context_options: Any) -> Any:
        records = _open_records()
        if records and isinstance(query, pw._WriteQuery):
            writes = _writes_of(query)
            for record in records:
                record |= writes
        return super().execute(query, **context_options)  # type: ignore[misc]
