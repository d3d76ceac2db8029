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

from app.errors import NewerVersionError, NotTandemFileError, StorageProblem
from app.i18n import QT_TRANSLATE_NOOP, Translator, untranslated
from app.storage import migrations, stamps
from app.storage.models import db
from app.storage.problems import problem
from app.storage.written import RecordsWrites

log = logging.getLogger(__name__)

SCHEMA_TABLE = "tandem_schema"
APPLICATION = "Tandem"

COLLATIONS = {
    "name_order": "fr-u-ks-level1",  # letters alone: é = e = E for sorting
    "name_equal": "und-u-ks-level2",  # case aside, accents kept: Élodie = élodie ≠ Elodie
}


class ServerDatabase(RecordsWrites, pw.PostgresqlDatabase):
    """A Tandem database on a server, which knows the address it was opened with, and
    connects again on its own when the connection broke (the network came back): the same
    server and database, never another - and never in the middle of a transaction."""

    url = ""
    #: The shop of the network Tandem works on (``app.storage.network``), chosen again on
    #: every new connection.
    tandem_shop: int | None = None

    def _initialize_connection(self, conn: Any) -> None:
        if self.tandem_shop is not None:
            with conn.cursor() as cursor:
                cursor.execute(
                    "SELECT set_config('tandem.shop', %s, false)", (str(self.tandem_shop),)
                )

    #: The connection broke and could not be made again yet (the server is away): the
    #: next use tries again, where a database closed on purpose stays closed.
    _lost = False

    def cursor(self, named_cursor: Any = None) -> Any:
        state: Any = getattr(self, "_state")  # noqa: B009 - peewee's, not in its stubs
        connection = state.conn
        broken = connection.closed if connection is not None else self._lost
        if broken and not self.in_transaction():
            log.warning("The connection to %s broke; connecting again", _where(self.url))
            state.reset()
            self._lost = True
            self.connect()  # raises while the server is away: tried again at the next use
            self._lost = False
        return super().cursor(named_cursor)

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        """A read that finds the connection dropped (the server closed it: only its use
        tells) is made again on a new connection - outside a transaction only, where
        nothing was half done; anything else goes up as it is."""
        try:
            return super().execute_sql(sql, params)
        except (pw.OperationalError, pw.InterfaceError) as error:
            if not self._dropped(error) or not sql.lstrip().upper().startswith("SELECT"):
                raise
            log.warning("A read found the connection to %s broken; reading again", _where(self.url))
            return super().execute_sql(sql, params)

    def begin(self, *args: Any, **kwargs: Any) -> None:
        """A change that finds the connection dropped before anything of it was sent (its
        first statement failed) begins again on a new connection: the first save after the
        server came back works."""
        try:
            super().begin(*args, **kwargs)
        except (pw.OperationalError, pw.InterfaceError) as error:
            if not self._dropped(error):
                raise
            log.warning(
                "A change found the connection to %s broken; beginning again", _where(self.url)
            )
            super().begin(*args, **kwargs)

    def _dropped(self, error: Exception) -> bool:
        """Whether ``error`` says that a connection that worked was closed by the server
        (restarted, or the connection cut), outside a transaction: worth one new try. Not
        when connecting again failed, nor when the network stopped answering (a timeout):
        a second try would only make her wait as long again."""
        state: Any = getattr(self, "_state")  # noqa: B009 - peewee's, not in its stubs
        closed = state.conn is not None and state.conn.closed
        silent = "timed out" in str(error).lower() or "timeout" in str(error).lower()
        return closed and not self._lost and not silent and not self.in_transaction()

    def revive(self) -> None:
        """Make sure the connection works, taking it up again if the server dropped it
        (a dropped connection is only found out by using it)."""
        import psycopg

        if self.in_transaction():
            return
        try:
            self.execute_sql("SELECT 1")
        except (pw.OperationalError, pw.InterfaceError, psycopg.Error):
            self.execute_sql("SELECT 1")  # the failed try marked it closed: connects again


class PasswordNeeded(StorageProblem):
    """The server asks for a password that neither the address nor the user's PostgreSQL
    password file gives: the screens ask the user for it."""


class PasswordRefused(StorageProblem):
    """The server refused the password given."""


def without_password(url: str) -> tuple[str, str | None]:
    """``url`` without the password written in it (before the server's name, or as the
    parameter ``password``), and that password: the address is remembered in the settings,
    the password never is."""
    from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

    parts = urlsplit(url.strip())
    password = None if parts.password is None else unquote(parts.password)
    if parts.password is not None:
        host = parts.netloc.rsplit("@", 1)[1]
        user = parts.username or ""
        parts = parts._replace(netloc=f"{user}@{host}" if user else host)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if any(key == "password" for key, _ in pairs):
        password = next(value for key, value in pairs if key == "password")
        kept = urlencode([(key, value) for key, value in pairs if key != "password"], safe="/")
        parts = parts._replace(query=kept)
    return urlunsplit(parts), password


def is_server_address(url: str) -> bool:
    return url.strip().lower().startswith(("postgresql://", "postgres://"))


def server_name(url: str) -> str:
    """The server's name, to show where the data is."""
    return _server(url)


def _parts(url: str) -> dict[str, Any]:
    from psycopg.conninfo import conninfo_to_dict

    return dict(conninfo_to_dict(url))


#: How long Tandem waits for a server to answer when it connects, in seconds: one that is
#: silent (a cable pulled, a firewall that drops) would otherwise hold the window for good.
CONNECT_SECONDS = 10

#: How a connection over the network finds out that its server is gone: TCP keepalives
#: after 30 idle seconds, 3 unanswered 10 seconds apart; and a query sent but not
#: acknowledged for 10 seconds, so that a save or a screen waits no longer than a new
#: connection would (libpq ignores these on a local socket, and where the system lacks
#: them: Windows has no such limit, and gives up after its own retries).
NETWORK_WATCH = {
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
    "tcp_user_timeout": 10_000,
}


def connection_options(url: str) -> dict[str, Any]:
    """What Tandem adds to the address ``url`` when it connects, so that a server that
    stopped answering is told in a sentence instead of freezing the window; a value the
    address gives itself is kept."""
    given = _parts(url)
    wanted = {"connect_timeout": CONNECT_SECONDS, **NETWORK_WATCH}
    return {name: value for name, value in wanted.items() if name not in given}


def _server(url: str) -> str:
    """The server's name in the address, as the user wrote it (never its password)."""
    return str(_parts(url).get("host") or "localhost")


def _where(url: str) -> str:
    parts = _parts(url)
    return f"{parts.get('dbname', '')} on {_server(url)}"


def _driver_error(error: BaseException) -> BaseException | None:
    """psycopg's own error behind peewee's (peewee raises its own, from the driver's)."""
    import psycopg

    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, psycopg.Error):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def connection_problem(error: BaseException, url: str) -> StorageProblem | None:
    """The sentence for a failure to reach the database at ``url``, or None for a bug.

    Told apart by the server's SQLSTATE where it gives one. A failure while connecting has
    only words (libpq's, or the server's in its language): they are read, in English, for
    the few cases that have their own sentence; anything else is "cannot be reached", with
    those words as the reason, so nothing is hidden."""
    import psycopg

    found = _driver_error(error)
    if not isinstance(found, psycopg.OperationalError):
        return None
    server, user = _server(url), str(_parts(url).get("user") or "")
    text, state = str(found), getattr(found, "sqlstate", None)
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return problem(
            QT_TRANSLATE_NOOP(
                "storage", "There is no database {name} on the server {server}. Check the address."
            ),
            name=str(_parts(url).get("dbname") or ""),
            server=server,
        )
    if state == "28P01" or "password authentication failed" in text:
        return problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "The server {server} refused the password of {user}. Type it again, or go on with the data on this PC.",
            ),
            PasswordRefused,
            server=server,
            user=user,
        )
    if "no password supplied" in text:
        return problem(
            QT_TRANSLATE_NOOP("storage", "The server {server} asks for the password of {user}."),
            PasswordNeeded,
            server=server,
            user=user,
        )
    if state == "28000" or "no pg_hba.conf entry" in text:
        return problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "The server {server} does not let {user} in from this PC. Ask the network's coordinator to allow it.",
            ),
            server=server,
            user=user,
        )
    if isinstance(found, psycopg.errors.ConnectionTimeout):
        return problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "The server {server} did not answer within {seconds} seconds. Check that this PC is on "
                "the network, or go on with the data on this PC.",
            ),
            server=server,
            seconds=str(_parts(url).get("connect_timeout") or CONNECT_SECONDS),
        )
    if "certificate" in text.lower():
        return problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "The server {server} could not prove who it is: its certificate was refused, and Tandem sent it "
                "nothing. Check the address with the network's coordinator.",
            ),
            server=server,
        )
    if "database system is" in text:  # starting up, shutting down, in recovery
        return problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "The server {server} is starting or stopping just now. Try again in a moment, or go on "
                "with the data on this PC.",
            ),
            server=server,
        )
    if "Connection refused" in text or "No such file or directory" in text:
        return problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "Tandem cannot reach the server {server}: nothing answers there (is it switched on?). "
                "Check that this PC is on the network, or go on with the data on this PC.",
            ),
            server=server,
        )
    # libpq's first line ends with what went wrong: "...failed: No route to host"
    first = text.strip().splitlines()[0] if text.strip() else type(found).__name__
    reason = first.rsplit("failed: ", 1)[-1]
    return problem(
        QT_TRANSLATE_NOOP(
            "storage",
            "Tandem cannot reach the server {server} ({reason}). Check that this PC is on the network, "
            "or go on with the data on this PC.",
        ),
        server=server,
        reason=reason,
    )


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
        Revision.create(id=1, number=0)
        Shop.create(name="")
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


def connect_server(
    url: str,
    translate: Translator = untranslated,
    password: str | None = None,
    *,
    to_work: bool = True,
) -> ServerDatabase:
    """The database at ``url`` (``postgresql://user@host/dbname``) opened, its schema created
    when it is empty, the models bound to it. On failure the models stay bound to what they
    were bound to, and the database is unchanged.

    ``password`` is the one the user typed; without it, libpq reads the user's PostgreSQL
    password file. It is kept nowhere but in this connection. ``to_work``: for Tandem's
    screens, which a network's administrator login may not open (setting the network up,
    it may)."""
    parts = {**_parts(url), **connection_options(url)}
    name = str(parts.pop("dbname", "") or "")
    if password is not None:
        parts["password"] = password
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
        if to_work:
            from app.storage.network import check_login

            check_login(url)
        stamps.screens_reloaded()
    except Exception as error:
        database.close()
        db.initialize(previous)
        found = None if isinstance(error, StorageProblem) else connection_problem(error, url)
        if found is None:
            raise
        raise found from error
    return database
