"""Shared fixtures: every test gets a fresh Tandem file of its own - and the core's tests,
through ``database``, a fresh database on a PostgreSQL server too."""

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

from app.storage.database import close_database, open_database, open_server
from tests.fonts import fonts_of_one_folder
from tests.postgres import Server, running_server

#: Qt's fonts for the whole run, as on Windows: those of one folder only (before Qt starts)
FONT_FOLDER = fonts_of_one_folder()

pytest_plugins = ["tests.clock", "tests.fault_table", "tests.network_setup", "tests.step_one"]


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
def _locale_given_back() -> Iterator[None]:
    """A test that switched Tandem to French gives the English locale back: left French, the
    next test's "11/9/2026" was read as 11 September (a test passed or failed depending on
    the one run before it)."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    if QLocale().name() != before.name():
        QLocale.setDefault(before)


#: Seconds a test may take before the run is stopped with every thread's stack: a box
#: nobody answers (offscreen, nobody can) would otherwise hold CI until its time runs out.
HANG_SECONDS = int(os.environ.get("TANDEM_TEST_HANG_SECONDS", "600"))


@pytest.fixture(autouse=True)
def _no_endless_test() -> Iterator[None]:
    import faulthandler

    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


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


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Server]:
    """One throwaway PostgreSQL server for the whole run (skipped where none can start)."""
    with running_server() as server:
        yield server


@pytest.fixture(params=["file", "server"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[pw.Database]:
    """A new, empty Tandem file (with its starting catalogue), then the same in a new
    database on the PostgreSQL server; closed after the test."""
    if request.param == "file":
        yield open_database(tmp_path / "tandem.sqlite")
        close_database()
        return
    server: Server = request.getfixturevalue("postgres_server")
    name = server.fresh_database()
    try:
        yield open_server(server.url(name))
        close_database()
    finally:
        server.drop(name)


@pytest.fixture
def server_database(postgres_server: Server) -> Iterator[str]:
    """The address of a new, empty database on the test server (as its superuser)."""
    name = postgres_server.fresh_database()
    yield postgres_server.url(name)
    close_database()
    postgres_server.drop(name)


#: The password of the role ``password_user`` logs in as.
PASSWORD = "tandem-secret"


@pytest.fixture
def password_user(
    postgres_server: Server, server_database: str, monkeypatch: pytest.MonkeyPatch
) -> str:
    """The address of ``server_database`` as a coordinator who logs in with a password (no
    PostgreSQL password file, unless a test writes one)."""
    import uuid

    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    role = f"marie_{uuid.uuid4().hex[:8]}"
    postgres_server.add_role(role, PASSWORD)
    name = conninfo_to_dict(server_database)["dbname"]
    with psycopg.connect(server_database, autocommit=True) as admin:
        admin.execute(f'GRANT ALL ON SCHEMA public TO "{role}"')
        admin.execute(f'GRANT ALL ON DATABASE "{name}" TO "{role}"')
    monkeypatch.setenv("PGPASSFILE", str(postgres_server.socket / "no-such-file"))
    return postgres_server.url(name, user=role)


class QueryCounter(logging.Handler):
    """Counts the SQL statements the open database runs while active (peewee logs each one
    it sends, to a file or a server alike)."""

    def __init__(self, database: pw.Database) -> None:
        super().__init__(logging.DEBUG)
        self.database = database
        self.statements: list[str] = []
        self._logger = logging.getLogger("peewee")
        self._level = self._logger.level

    def emit(self, record: logging.LogRecord) -> None:
        if isinstance(record.msg, tuple) and record.msg:
            self.statements.append(str(record.msg[0]))

    def __enter__(self) -> QueryCounter:
        self._level = self._logger.level
        self._logger.setLevel(logging.DEBUG)
        self._logger.addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        self._logger.removeHandler(self)
        self._logger.setLevel(self._level)

    @property
    def selects(self) -> int:
        return sum(1 for sql in self.statements if sql.lstrip().upper().startswith("SELECT"))


@pytest.fixture
def count_queries(database: pw.Database) -> QueryCounter:
    return QueryCounter(database)
