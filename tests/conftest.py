"""Shared fixtures: every test gets a fresh Tandem file of its own."""

from __future__ import annotations

import contextlib
import logging
import os

# Qt must never need a screen in the tests; set before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import pytest

from app.storage.database import close_database, open_database

pytest_plugins = ["tests.fault_table"]


@pytest.fixture(scope="session", autouse=True)
def _english(qapp: object) -> Iterator[None]:
    """The screens in English, as Tandem starts them: with the file of English plural forms
    ("1 mentee", "2 mentees") that main() loads."""
    from PySide6.QtWidgets import QApplication

    from ui.i18n import Translators

    assert isinstance(qapp, QApplication)
    english = Translators(qapp)
    english.use("en")
    yield
    english.remove()


@pytest.fixture(autouse=True)
def _log_files_closed() -> Iterator[None]:
    """A start sets up a log file in its data folder; it is closed when the test ends, so
    that no test writes into another's folder (gone, or a disk unmounted since)."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            with contextlib.suppress(OSError):  # its disk may be gone with the test
                handler.close()


@pytest.fixture
def database(tmp_path: Path) -> Iterator[pw.SqliteDatabase]:
    """A new, empty Tandem file (with its starting catalogue), closed after the test."""
    opened = open_database(tmp_path / "tandem.sqlite")
    yield opened
    close_database()


class QueryCounter:
    """Counts the SQL statements the open file runs while active."""

    def __init__(self, database: pw.SqliteDatabase) -> None:
        self.database = database
        self.statements: list[str] = []

    def __enter__(self) -> QueryCounter:
        self.database.connection().set_trace_callback(self.statements.append)
        return self

    def __exit__(self, *exc: object) -> None:
        self.database.connection().set_trace_callback(None)

    @property
    def selects(self) -> int:
        return sum(1 for sql in self.statements if sql.lstrip().upper().startswith("SELECT"))


@pytest.fixture
def count_queries(database: pw.SqliteDatabase) -> QueryCounter:
    return QueryCounter(database)
