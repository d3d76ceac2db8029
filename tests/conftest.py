"""Shared fixtures: every test gets a fresh Tandem file of its own."""

from __future__ import annotations

import os

# Qt must never need a screen in the tests; set before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import pytest

from app.storage.database import close_database, open_database


@pytest.fixture
def database(tmp_path: Path) -> Iterator[pw.SqliteDatabase]:
    """A new, empty Tandem file (with its starting catalogue), closed after the test."""
    opened = open_database(tmp_path / "tandem.sqlite")
    yield opened
    close_database()
