"""Tandem on a PostgreSQL server, for a network of shops with several coordinators: the same
models as the file, the same rules for the schema.

- An empty database gets the register and its first shop (``app.storage.layout``: a shop
  is a schema), with its starting catalogue and the schema's version, in one transaction.
  A database of another program is recognised and refused, untouched - as is one written
  by a newer Tandem, or an older one this login may not upgrade (a network's shop or
  coordinator: its administrator upgrades it once, with the setup script).
- The file's name collations have PostgreSQL counterparts of the same names (ICU), in the
  register: ``name_order`` sorts as a French reader expects, accents and case aside;
  ``name_equal`` compares without regard to case, accents kept.
- Every connection works on one shop's schema, and waits at most ``LOCK_WAIT_SECONDS`` for
  a row another coordinator is saving. Its statements go through ``app.storage.waiting``,
  so that the window stays drawn while the server makes it wait.

psycopg 3 is the driver: it is the maintained one (psycopg2 gets fixes only), its binary
wheels need no PostgreSQL client on the shop PC, and it has LISTEN/NOTIFY built in, which
the coordinators' live updates will use.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import peewee as pw

from app.errors import NewerVersionError, NotTandemFileError, StorageProblem
from app.i18n import QT_TRANSLATE_NOOP, Translator, untranslated
from app.storage import layout, migrations, stamps
from app.storage.addresses import (
    PasswordNeeded,
    address_parts,
    check_address,
    connection_options,
    connection_problem,
    described,
    host_of,
)
from app.storage.backend import Backend
from app.storage.database import data_replaced
from app.storage.drivers import load_server_driver
from app.storage.models import db
from app.storage.problems import problem, waited_too_long
from app.storage.waiting import PatientCursor, waited
from app.storage.written import RecordsWrites

log = logging.getLogger(__name__)

load_server_driver()  # a server is used: peewee gets its driver now (see drivers)

APPLICATION = layout.APPLICATION

#: How long a save waits for a row another coordinator of the same shop is saving, before
#: it is told so: within the ten seconds a server is given to answer.
LOCK_WAIT_SECONDS = 8


class ServerDatabase(RecordsWrites, Backend, pw.PostgresqlDatabase):
    """A Tandem database on a server, which knows the address it was opened with, and
    connects again on its own when the connection broke (the network came back): the same
    server and database, never another - and never in the middle of a transaction."""

    url = ""
    #: The shop Tandem works on (its schema names the connection's ``search_path``), set
    #: again on every new connection; None before one is chosen.
    place: layout.ShopPlace | None = None

    def _initialize_connection(self, conn: Any) -> None:
        schema = None if self.place is None else self.place.schema
        with conn.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('search_path', %s, false), set_config('lock_timeout', %s, false)",
                (layout.search_path(schema), f"{LOCK_WAIT_SECONDS}s"),
            )

    def work_on(self, place: layout.ShopPlace | None) -> None:
        """Work on ``place``'s shop from now on (on every connection made anew too)."""
        self.place = place
        layout.use(self, None if place is None else place.schema)
        data_replaced()  # what was read of the shop before is not this shop's

    on_server = True

    def author(self) -> str:
        return str(self.execute_sql("SELECT current_user").fetchone()[0])

    def begin_change(self) -> None:
        # the shop's revision is taken first: its row lock lines up the shop's changes, so
        # what a change reads before it writes (is there one already? what does it hold?) is
        # never made wrong by another coordinator's change committed meanwhile
        stamps.stamp()

    def announce_change(self) -> None:
        """Once the change is saved: the news is a comfort, and a server that cannot send
        it (its queue of news full, which any login can cause) costs the change nothing;
        the others see it at their next reload."""
        if self.place is None:
            return
        try:
            self.execute_sql("SELECT pg_notify(%s, '')", (self.place.channel,))
        except pw.PeeweeException as error:
            log.warning("The others were not told of this change: %s", error)

    def holding(self, query: Any) -> Any:
        return query.for_update()

    def shops_held(self) -> set[int]:
        return layout.held(self)

    @contextmanager
    def waiting_at_most(self, seconds: int) -> Iterator[None]:
        with self.atomic():
            self.execute_sql(f"SET LOCAL lock_timeout = '{int(seconds)}s'")
            yield

    def shops_here(self) -> list[tuple[int, str, str]]:
        """The register's names (a shop unnamed there, as on a server of one shop, by its
        own)."""
        found = []
        for place in layout.shops(self):
            prefix = f'"{place.schema}".'
            name = place.name
            if not name:
                row = self.execute_sql(f"SELECT name FROM {prefix}shop ORDER BY id").fetchone()
                name = str(row[0]) if row else ""
            found.append((place.id, name, prefix))
        return found

    def write_copy(self, target: Path) -> None:
        from app.storage.offline_copy import copy_to_file

        copy_to_file(target)

    #: The connection broke and could not be made again yet (the server is away): the
    #: next use tries again, where a database closed on purpose stays closed.
    _lost = False

    def cursor(self, named_cursor: Any = None) -> Any:
        state: Any = getattr(self, "_state")  # noqa: B009 - peewee's, not in its stubs
        connection = state.conn
        broken = connection.closed if connection is not None else self._lost
        if broken and not self.in_transaction():
            log.warning("The connection to %s broke; connecting again", described(self.url))
            state.reset()
            self._lost = True
            self.connect()  # raises while the server is away: tried again at the next use
            self._lost = False
        return PatientCursor(super().cursor(named_cursor))

    def _connect(self) -> Any:
        # a server that does not answer holds no window (peewee's, not in its stubs)
        return waited(super()._connect)  # type: ignore[misc]

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        """A read that finds the connection dropped (the server closed it: only its use
        tells) is made again on a new connection - outside a transaction only, where
        nothing was half done; anything else goes up as it is."""
        try:
            return super().execute_sql(sql, params)
        except (pw.OperationalError, pw.InterfaceError) as error:
            if not self._dropped(error) or not sql.lstrip().upper().startswith("SELECT"):
                raise
            log.warning(
                "A read found the connection to %s broken; reading again", described(self.url)
            )
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
                "A change found the connection to %s broken; beginning again", described(self.url)
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


class OlderNetworkError(StorageProblem):
    """The server's Tandem schema is older than this Tandem's, and this login may not
    upgrade it: the network's administrator does, once, with the setup script."""


#: The oldest PostgreSQL Tandem works with: 14 and older no longer get security fixes
#: (14's ended in November 2026), and before 15 every login could create objects in
#: ``public`` that another login's queries might call.
OLDEST_SERVER = 150000


def _check_server(database: ServerDatabase) -> None:
    number = int(database.execute_sql("SHOW server_version_num").fetchone()[0])
    if number < OLDEST_SERVER:
        raise problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "The server {server} runs PostgreSQL {version}, which no longer gets security fixes. "
                "Tandem needs PostgreSQL 15 or newer; nothing was changed.",
            ),
            server=host_of(database.url),
            version=str(number // 10000),
        )


def schema_version(database: pw.PostgresqlDatabase) -> int | None:
    """The version of the Tandem schema in ``database``, or None when it is empty.

    Raises NotTandemFileError (another program's tables) or NewerVersionError."""
    if layout.has_register(database):
        version = layout.schema_version(database)
    elif layout.has_old_layout(database):
        row = database.execute_sql(
            "SELECT application, version FROM public.tandem_schema"
        ).fetchone()
        version = int(row[1]) if row and row[0] == APPLICATION else -1
    elif layout.other_tables(database) or _has_schema(database, layout.REGISTER):
        version = -1
    else:
        return None
    if version < 0:
        raise _not_tandem(database)
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


def _has_schema(database: pw.PostgresqlDatabase, name: str) -> bool:
    found = database.execute_sql("SELECT 1 FROM pg_namespace WHERE nspname = %s", (name,))
    return found.fetchone() is not None


def _not_tandem(database: pw.PostgresqlDatabase) -> NotTandemFileError:
    return problem(
        QT_TRANSLATE_NOOP(
            "storage",
            "The database {name} holds another program's data. Tandem left it as it is.",
        ),
        NotTandemFileError,
        name=database.database,
    )


def _older(database: ServerDatabase) -> StorageProblem:
    return problem(
        QT_TRANSLATE_NOOP(
            "storage",
            "The network's database {name} on {server} was written by an older Tandem. Ask the network's "
            "administrator to upgrade it with the setup script; nothing was changed.",
        ),
        OlderNetworkError,
        name=database.database,
        server=host_of(database.url),
    )


def _owner(database: pw.PostgresqlDatabase) -> bool:
    """The login owns the database's Tandem data (or may do anything): it may upgrade it."""
    row = database.execute_sql(
        "SELECT r.rolsuper OR coalesce(pg_has_role(current_user, c.relowner, 'MEMBER'), false)"
        " FROM pg_roles r LEFT JOIN (pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace)"
        " ON c.relname = 'tandem_schema' AND n.nspname IN (%s, 'public')"
        " WHERE r.rolname = current_user",
        (layout.REGISTER,),
    ).fetchone()
    return bool(row and row[0])


def _may_set_up(database: ServerDatabase) -> None:
    """An empty database is set up by a login that may create in it; any other is told."""
    if database.execute_sql(
        "SELECT has_database_privilege(current_database(), 'CREATE')"
    ).fetchone()[0]:
        return
    raise problem(
        QT_TRANSLATE_NOOP(
            "storage",
            "The database {name} on {server} is empty, and {user} may not set it up. Check the "
            "address, or ask the network's administrator to set the network up.",
        ),
        name=database.database,
        server=host_of(database.url),
        user=str(database.execute_sql("SELECT current_user").fetchone()[0]),
    )


def create_schema(database: pw.PostgresqlDatabase, translate: Translator) -> None:
    """The register of a new Tandem database, and its first shop with its catalogue."""
    with database.atomic():
        layout.create_register(database, migrations.SCHEMA_VERSION)
        layout.new_shop(database, "", translate)


def _upgrade_old_layout(database: ServerDatabase, from_version: int) -> None:
    """An old layout's tables upgraded where they are (each step and its version in one
    transaction), then moved, shop by shop, into schemas of their own in one more."""
    layout.use(database, "public")
    for version in range(from_version + 1, migrations.SCHEMA_VERSION + 1):
        log.info("Upgrading %s to schema version %d", database.database, version)
        with database.atomic():
            migrations.MIGRATIONS[version](database)
            database.execute_sql("UPDATE public.tandem_schema SET version = %s", (version,))
    from app.storage import network, old_network

    with database.atomic():
        members = old_network.old_members() if layout.old_layout_is_network(database) else None
        layout.relocate(database, migrations.SCHEMA_VERSION)
        if members is not None:
            network.create_network()
            old_network.take_members(members)
        layout.drop_old_layout(database)


def upgrade(database: ServerDatabase, from_version: int) -> None:
    """Bring every shop's schema to SCHEMA_VERSION, one step at a time, each step of every
    shop and its version in one transaction (PostgreSQL's changes of tables are
    transactional): a step that fails leaves the database at the step before."""
    from app.storage import network

    for version in range(from_version + 1, migrations.SCHEMA_VERSION + 1):
        with database.atomic():
            layout.upgrade_shops(database, version - 1, version)
            if network.is_network():
                network.grant_every_shop()


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
    check_address(url)
    parts = {**address_parts(url), **connection_options(url)}
    name = str(parts.pop("dbname", "") or "")
    if password is not None:
        parts["password"] = password
    database = ServerDatabase(name, autoconnect=False, **parts)
    database.url = url
    previous = db.obj
    try:
        database.connect()
        db.initialize(database)
        _check_server(database)
        version = schema_version(database)
        if version is None:
            _may_set_up(database)
            log.info("Creating Tandem's schema in %s", described(url))
            create_schema(database, translate)
        elif not layout.has_register(database):
            networked = layout.old_layout_is_network(database)
            if (networked and to_work) or not _owner(database):
                raise _older(database)
            _upgrade_old_layout(database, version)
        elif version < migrations.SCHEMA_VERSION:
            from app.storage.network import is_network

            if (is_network() and to_work) or not _owner(database):
                raise _older(database)
            upgrade(database, version)
        database.work_on(_free_shop(database))
        if to_work:
            from app.storage.network import check_login

            check_login(url)
        stamps.screens_reloaded()
        log.info("Opened %s as %s", described(url), parts.get("user") or "this PC's user")
    except Exception as error:
        database.close()
        db.initialize(previous)
        if waited_too_long(error):
            raise problem(
                QT_TRANSLATE_NOOP(
                    "storage",
                    "Tandem waited for the database {name} on {server}, which someone holds just now "
                    "(a shop's PC in the middle of a change): nothing was changed. Try again in a moment.",
                ),
                name=name,
                server=host_of(url),
            ) from error
        found = None if isinstance(error, StorageProblem) else connection_problem(error, url)
        if found is None:
            raise
        if not isinstance(found, PasswordNeeded):  # asked for, not a failure
            # the sentence names the cause; the driver's own words, for whoever helps her
            log.info("Could not open %s: %s", described(url), str(error).strip())
        raise found from error
    return database


def _free_shop(database: ServerDatabase) -> layout.ShopPlace | None:
    """The shop a new connection works on: the first the login may see that no one holds
    (a coordinator of several shops opens Tandem while one shop's login holds its tables;
    she chooses her shop afterwards)."""
    found = layout.shops(database)
    held = layout.held(database)
    free = (place for place in found if place.id not in held)
    return next(free, found[0] if found else None)
