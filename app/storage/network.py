"""A network of shops on one server: each shop's logins reach their own shop alone, the
network's coordinators every shop - enforced by PostgreSQL's privileges, so that no screen,
and no SQL typed by hand either, can reach another shop.

- A shop is a schema (``app.storage.layout``). Each shop has a group role, whose members
  are the shop's logins: the group may use its schema, read and write its tables and take
  their next ids - nothing else. The coordinators' group is a member of every shop's group.
- The groups' names carry the network's own token: roles belong to the whole server, and a
  coordinator of one network is nobody in another database of the same server.
- Only the administrator (the database's owner, who runs the setup script) creates
  anything: nobody else may create in ``public``, make temporary tables, or write the
  register. A shop's revision only counts up, one change at a time.
- Each login waits at most a few seconds for a row, holds a transaction open a minute at
  most, and opens a limited number of connections: one login cannot stop the others.
- A shop is told by its number; no two shops may look alike in a list (accents, case and
  spaces aside).

Setting up is idempotent: every function may be run again, and leaves what exists as it is.
"""

from __future__ import annotations

import logging
import re
import secrets
from dataclasses import dataclass

import peewee as pw
from psycopg import sql

from app.errors import StorageProblem
from app.i18n import QT_TRANSLATE_NOOP, Translator, untranslated
from app.storage import layout, stamps
from app.storage.addresses import server_name
from app.storage.models import Shop, db
from app.storage.problems import problem, sqlstate
from app.storage.server import LOCK_WAIT_SECONDS, ServerDatabase

log = logging.getLogger(__name__)

#: The network's own table in the register: its token, which names its groups.
NETWORK_TABLE = f"{layout.REGISTER}.network"
#: How many connections one login may hold at once (a Tandem holds two).
CONNECTIONS_PER_LOGIN = 10
#: How long a login may leave a transaction open, and a statement run, in seconds.
IDLE_IN_TRANSACTION_SECONDS = 60
STATEMENT_SECONDS = 60
#: The longest role name PostgreSQL keeps whole.
LOGIN_LONGEST = 63
_LOGIN = re.compile(r"[a-z][a-z0-9_.-]*")
#: Names a login may not take: the server's own, and those of Tandem's groups.
_RESERVED = ("postgres", "public", "none", "all", "current_user", "session_user", "current_role")


class SetupRefused(StorageProblem):
    """What the administrator asked cannot be done as asked; nothing was changed."""


@dataclass(frozen=True)
class Added:
    """What adding a login did."""

    login: str
    shop: str
    #: The login existed, for this same shop: only its password was replaced.
    password_replaced: bool


def _execute(statement: sql.Composable | str, *params: object) -> None:
    text = statement if isinstance(statement, str) else statement.as_string(db.connection())
    db.execute_sql(text, params or None)


def _one(query: str, *params: object) -> object:
    row = db.execute_sql(query, params or None).fetchone()
    return None if row is None else row[0]


def role_exists(name: str) -> bool:
    return _one("SELECT 1 FROM pg_roles WHERE rolname = %s", name) is not None


def _token() -> str | None:
    if not is_network():
        return None
    return str(_one(f"SELECT token FROM {NETWORK_TABLE}"))


def coordinators_group() -> str:
    return f"tandem_{_token()}_network"


def shop_group(shop: int) -> str:
    return f"tandem_{_token()}_shop_{shop}"


def is_network() -> bool:
    """The open database was set up for a network of shops."""
    database = db.obj
    if not isinstance(database, pw.PostgresqlDatabase):
        return False
    return bool(
        _one(
            "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = %s AND c.relname = 'network'",
            layout.REGISTER,
        )
    )


def create_network() -> None:
    """The groups, rights and limits of a network, on the database the models are bound to
    (opened by its owner, with the right to create roles)."""
    with db.atomic():
        if not is_network():
            _execute(f"CREATE TABLE {NETWORK_TABLE} (token TEXT NOT NULL)")
            _execute(f"INSERT INTO {NETWORK_TABLE} (token) VALUES (%s)", secrets.token_hex(4))
        group = coordinators_group()
        _create_role(group)
        name = sql.Identifier(db.obj.database)
        # nobody connects, makes temporary tables or creates in public unless given it here
        _execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(name))
        if _one("SELECT pg_has_role(nspowner, 'USAGE') FROM pg_namespace WHERE nspname = 'public'"):
            _execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
        _grant_register(group)
        grant_every_shop()
        for login in _logins():  # a restored dump, or an upgraded network, has lost them
            _limit(login)


def _grant_register(group: str) -> None:
    who = sql.Identifier(group)
    database = sql.Identifier(db.obj.database)
    _execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(database, who))
    _execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(layout.REGISTER), who))
    for table in ("my_shops", "tandem_schema"):
        _execute(
            sql.SQL("GRANT SELECT ON {}.{} TO {}").format(
                sql.Identifier(layout.REGISTER), sql.Identifier(table), who
            )
        )


def grant_every_shop() -> None:
    for place in layout.every_shop(db.obj):
        _grant_shop(place)


def _grant_shop(place: layout.ShopPlace) -> None:
    """The shop's group, and what it may do: its schema's rows, nothing more."""
    group = shop_group(place.id)
    _create_role(group)
    _execute(f"UPDATE {layout.REGISTER}.shops SET grp = %s WHERE id = %s", group, place.id)
    who, schema = sql.Identifier(group), sql.Identifier(place.schema)
    _grant_register(group)
    _execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(schema, who))
    _execute(
        sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {} TO {}").format(
            schema, who
        )
    )
    for table in ("shop", "revision"):  # one row each, written in place only
        _execute(
            sql.SQL("REVOKE INSERT, DELETE ON {}.{} FROM {}").format(
                schema, sql.Identifier(table), who
            )
        )
    _execute(sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA {} TO {}").format(schema, who))
    grant(group, coordinators_group())


def grant(group: str, member: str) -> None:
    """``member`` (a login or a group) becomes a member of ``group``."""
    _execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(member)))


def _create_role(name: str) -> None:
    if not role_exists(name):
        _execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))


def _refused(template: str, **values: object) -> SetupRefused:
    return problem(template, SetupRefused, **values)


def _clean_shop_name(name: str) -> str:
    clean = " ".join(name.split())
    if not layout.look(clean):
        raise _refused(QT_TRANSLATE_NOOP("storage", "A shop needs a name with letters or digits."))
    if len(layout.alphabets(clean)) > 1:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "storage",
                "The name {name} mixes alphabets (Latin with Greek or Cyrillic letters that look "
                "the same): it could pass for another shop. Type it in one alphabet.",
            ),
            name=clean,
        )
    if len(clean) > layout.NAME_LONGEST:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "storage", "A shop's name has {longest} characters at most; this one has {length}."
            ),
            longest=str(layout.NAME_LONGEST),
            length=str(len(clean)),
        )
    return clean


def add_shop(name: str, translate: Translator = untranslated) -> int:
    """The shop called ``name`` (made, with its starting catalogue, when there is none; the
    unnamed shop a new database starts with becomes the first one). A name that looks like
    another shop's is refused: one shop could pass for the other."""
    clean = _clean_shop_name(name)
    database = db.obj
    previous = getattr(database, "place", None)
    try:
        with db.atomic():
            return _add_shop(clean, translate)
    finally:
        if isinstance(database, ServerDatabase):
            database.work_on(previous or layout.every_shop(database)[0])
        stamps.forget()


def _add_shop(clean: str, translate: Translator) -> int:
    rows = db.execute_sql(f"SELECT id, name, look FROM {layout.REGISTER}.shops").fetchall()
    for number, existing, seen in rows:
        if existing == clean:
            return int(number)
        if seen == layout.look(clean):
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "storage",
                    "The network already has a shop called {existing}, which {name} would look "
                    "like in the list. Give the new shop another name.",
                ),
                existing=str(existing),
                name=clean,
            )
    blank = next((int(number) for number, existing, _ in rows if existing == ""), None)
    if blank is not None:
        _execute(
            f"UPDATE {layout.REGISTER}.shops SET name = %s, look = %s WHERE id = %s",
            clean,
            layout.look(clean),
            blank,
        )
        place = next(p for p in layout.every_shop(db.obj) if p.id == blank)
        layout.use(db.obj, place.schema)
        stamps.forget()
        Shop.update(name=clean).where(Shop.id == blank).execute()
        return blank
    place = layout.new_shop(db.obj, clean, translate)
    if is_network():
        _grant_shop(place)
    return place.id


def _check_login_name(login: str) -> None:
    if len(login.encode()) > LOGIN_LONGEST:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "storage", "A login's name has {longest} characters at most; {login} is longer."
            ),
            longest=str(LOGIN_LONGEST),
            login=login,
        )
    taken = login in _RESERVED or login.startswith(("pg_", "tandem_"))
    if not _LOGIN.fullmatch(login) or taken:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "storage",
                "{login} cannot be a login of the network: a login's name begins with a small letter, "
                "holds only small letters, digits, '_', '.' and '-', and is not one of the server's own "
                "names (postgres, pg_…, tandem_…).",
            ),
            login=login,
        )
    if not role_exists(login):
        return
    powers = _one(
        "SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls OR rolreplication"
        " OR pg_has_role(rolname, (SELECT nspowner FROM pg_namespace WHERE nspname = %s), 'MEMBER')"
        " FROM pg_roles WHERE rolname = %s",
        layout.REGISTER,
        login,
    )
    members = _one(
        "SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid"
        " WHERE r.rolname = %s",
        login,
    )
    others = _one(
        "SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
        " JOIN pg_roles r ON r.oid = m.member"
        " WHERE r.rolname = %s AND g.rolname NOT LIKE %s",
        login,
        f"tandem\\_{_token()}\\_%",
    )
    if powers or int(str(others)) or int(str(members)):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "storage",
                "{login} is already a login or a group of this server, with other rights or other "
                "members. Choose another name for the network's login.",
            ),
            login=login,
        )


def _groups_of(login: str) -> list[str]:
    rows = db.execute_sql(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
        " JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = %s",
        (login,),
    ).fetchall()
    return [str(row[0]) for row in rows]


def _make_login(login: str, password: str) -> None:
    """The login made or its password replaced, with its limits."""
    role = sql.Identifier(login)
    if not role_exists(login):
        _execute(sql.SQL("CREATE ROLE {} LOGIN").format(role))
    _execute(sql.SQL("ALTER ROLE {} LOGIN INHERIT PASSWORD {}").format(role, sql.Literal(password)))
    _limit(login)


def _limit(login: str) -> None:
    """The login's limits: they belong to the server, not to the database, so a restored
    dump or an upgraded network gets them again from ``create_network``."""
    role = sql.Identifier(login)
    _execute(
        sql.SQL("ALTER ROLE {} CONNECTION LIMIT {}").format(
            role, sql.Literal(CONNECTIONS_PER_LOGIN)
        )
    )
    database = sql.Identifier(db.obj.database)
    for setting, value in (
        ("lock_timeout", f"{LOCK_WAIT_SECONDS}s"),
        ("idle_in_transaction_session_timeout", f"{IDLE_IN_TRANSACTION_SECONDS}s"),
        ("statement_timeout", f"{STATEMENT_SECONDS}s"),
    ):
        _execute(
            sql.SQL("ALTER ROLE {} IN DATABASE {} SET {} = {}").format(
                role, database, sql.Identifier(setting), sql.Literal(value)
            )
        )


def _logins() -> list[str]:
    """Every login of the network: the members of its groups that may log in."""
    rows = db.execute_sql(
        "SELECT DISTINCT r.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
        " JOIN pg_roles r ON r.oid = m.member WHERE g.rolname LIKE %s AND r.rolcanlogin",
        (f"tandem\\_{_token()}\\_%",),
    ).fetchall()
    return [str(row[0]) for row in rows]


def _shop_called(name: str) -> int:
    """The shop the register calls ``name`` (spaces aside): a name mistyped never makes a
    shop of its own."""
    clean = " ".join(name.split())
    rows = db.execute_sql(f"SELECT id, name FROM {layout.REGISTER}.shops ORDER BY id").fetchall()
    for number, existing in rows:
        if existing == clean:
            return int(number)
    raise _refused(
        QT_TRANSLATE_NOOP(
            "storage",
            "The network has no shop called {name}. Its shops: {shops}. Add the shop first, or "
            "check its name.",
        ),
        name=clean,
        shops=", ".join(str(existing) for _, existing in rows if existing) or "-",
    )


def add_member(shop: str, login: str, password: str) -> Added:
    """``login`` works for the shop called ``shop`` (one the network has), and reaches that
    shop alone. A login works for one shop: one that works for another, or coordinates the
    network, is refused."""
    if not is_network():
        create_network()
    with db.atomic():
        _check_login_name(login)
        shop_id = _shop_called(shop)
        group = shop_group(shop_id)
        mine = [name for name in _groups_of(login) if name != group]
        if mine:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "storage",
                    "{login} already works for another shop of the network, or coordinates it: a "
                    "shop's login works for that shop alone. Choose another name.",
                ),
                login=login,
            )
        again = group in _groups_of(login)
        _make_login(login, password)
        grant(group, login)
    return Added(login, _clean_shop_name(shop), again)


def add_coordinator(login: str, password: str) -> bool:
    """``login`` coordinates the whole network: it reaches every shop. True when it was a
    coordinator already (its password replaced)."""
    if not is_network():
        create_network()
    with db.atomic():
        _check_login_name(login)
        group = coordinators_group()
        if [name for name in _groups_of(login) if name != group]:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "storage",
                    "{login} works for one shop of the network: a coordinator needs a login of her own.",
                ),
                login=login,
            )
        again = group in _groups_of(login)
        _make_login(login, password)
        grant(group, login)
    return again


def remove_login(login: str) -> str:
    """``login`` no longer reaches the network: its role is removed from the server, its
    shop's data untouched (what it wrote stays, signed with its name). A Tandem still open
    with it can no longer read or save. Only a login of this network is removed - never a
    role of the server with other rights. What it was: its shop's name, or "" for a
    coordinator."""
    with db.atomic():
        if login not in _logins():
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "storage",
                    "{login} is not a login of this network, so nothing was removed. Its logins: {logins}.",
                ),
                login=login,
                logins=", ".join(sorted(_logins())) or "-",
            )
        _check_login_name(login)  # a role with other rights or members is not Tandem's
        groups = _groups_of(login)
        shops = {shop_group(place.id): place.name for place in layout.every_shop(db.obj)}
        was = next((shops[group] for group in groups if group in shops), "")
        try:
            with db.atomic():
                _execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(login)))
        except pw.PeeweeException as error:
            if sqlstate(error) != "2BP01":  # it owns something
                raise
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "storage",
                    "{login} still owns things on the server that Tandem did not make (large "
                    "objects created by hand): the server's superuser removes them with DROP OWNED "
                    "BY {login}; then run this again. Nothing was removed.",
                ),
                login=login,
            ) from error
    return was


def visible_shops() -> list[tuple[int, str]]:
    """The shops the connected login may work on, by name."""
    return [(place.id, place.name) for place in layout.shops(db.obj)]


def choose_shop(shop: int) -> None:
    """Work on ``shop`` from now on (a shop the login may reach). A shop someone holds (its
    tables locked) is refused with a sentence, and Tandem stays on the shop it was on."""
    database = db.obj
    if isinstance(database, ServerDatabase):
        place = next((p for p in layout.shops(database) if p.id == shop), None)
        if place is None:
            raise ValueError(f"shop {shop} is not one this login may reach")
        if place != database.place and place.id in layout.held(database):
            raise problem(
                QT_TRANSLATE_NOOP(
                    "storage",
                    "{shop} cannot be opened just now: one of its computers holds its data (a "
                    "change under way, or someone working on it by hand). Try again in a moment.",
                ),
                shop=place.name,
            )
        database.work_on(place)
    stamps.forget()


def channel() -> str | None:
    """The channel the shop Tandem works on announces its changes on (None on a file)."""
    database = db.obj
    if isinstance(database, ServerDatabase) and database.place is not None:
        return database.place.channel
    return None


def current_shop() -> int | None:
    """The shop Tandem works on (None on a file)."""
    database = db.obj
    if isinstance(database, ServerDatabase) and database.place is not None:
        return database.place.id
    return None


def registered_name() -> str:
    """The name the administrator gave the shop Tandem works on (its own name, which its
    logins may change, could be another shop's): "" on a file or for an unnamed shop."""
    database = db.obj
    if isinstance(database, ServerDatabase) and database.place is not None:
        return database.place.name
    return ""


def check_login(url: str) -> None:
    """Refuse to work in a network's database as a login no privilege binds (its
    administrator, or one of the administrator's group, would reach every shop at once),
    or one that belongs to no shop."""
    if not is_network():
        return
    unbound = _one(
        "SELECT r.rolsuper OR r.rolbypassrls OR pg_has_role(current_user, n.nspowner, 'MEMBER')"
        " FROM pg_roles r, pg_namespace n WHERE r.rolname = current_user AND n.nspname = %s",
        layout.REGISTER,
    )
    user = str(_one("SELECT current_user"))
    if unbound:
        raise problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "{user} is the login that sets up the network on {server}: it would show every shop's "
                "people at once. Connect with a shop's login or a coordinator's.",
            ),
            user=user,
            server=server_name(url),
        )
    if not visible_shops():
        raise problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "{user} belongs to no shop of the network on {server} yet. Ask the network's "
                "coordinator to add it to a shop.",
            ),
            user=user,
            server=server_name(url),
        )
