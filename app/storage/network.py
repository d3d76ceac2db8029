"""A network of shops on one server: each shop's login sees its own rows alone, a network
coordinator sees every shop - enforced by PostgreSQL itself (roles and row-level security),
so that no screen, and no hand-written SQL either, can reach another shop's rows.

- Every shop's table row carries ``shop_id``. A policy on each table lets a login see and
  write a row only when its shop is one the login belongs to (``tandem_member``), or when
  the login is one of the network's coordinators (role ``tandem_network``).
- The shop Tandem works on is the connection's setting ``tandem.shop``: a coordinator
  chooses it; a shop's login has only one. Setting another shop's number shows nothing,
  as the first rule still holds.
- The database's owner (who ran the setup) is not bound by the policies: backups with
  ``pg_dump`` are made as the owner, and hold every shop.

Setting up is idempotent: every function may be run again, and leaves what exists as it is.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

import peewee as pw
from psycopg import sql

from app.i18n import QT_TRANSLATE_NOOP, Translator, untranslated
from app.storage import stamps
from app.storage.models import ALL_MODELS, BaseModel, Shop, ShopRow, db
from app.storage.problems import problem
from app.storage.server import ServerDatabase, server_name

log = logging.getLogger(__name__)

#: The group of the network's coordinators: they see every shop.
COORDINATORS = "tandem_network"
#: The group of every shop's logins: each sees the shops it is a member of.
SHOPS = "tandem_shops"
#: Which login belongs to which shop.
MEMBERS = "tandem_member"
#: The connection's setting that says which shop Tandem works on.
SETTING = "tandem.shop"

_VISIBLE = f"""
CREATE OR REPLACE FUNCTION tandem_visible_shops() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT id FROM shop
    WHERE pg_has_role(session_user, '{COORDINATORS}', 'MEMBER')
       OR id IN (SELECT shop_id FROM {MEMBERS} WHERE role_name = session_user)
$$
"""

_CHOSEN = f"coalesce(nullif(current_setting('{SETTING}', true), '')::integer, {{column}})"


def _rule(column: str) -> str:
    return f"{column} IN (SELECT tandem_visible_shops()) AND {column} = {_CHOSEN.format(column=column)}"


def _execute(statement: sql.Composable | str, *params: object) -> None:
    text = statement if isinstance(statement, str) else statement.as_string(db.connection())
    db.execute_sql(text, params or None)


def _role_exists(name: str) -> bool:
    return bool(db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone())


def _create_role(name: str, password: str | None = None) -> None:
    """A role (a login when ``password`` is given), created once; a password given again
    replaces the old one."""
    role = sql.Identifier(name)
    if not _role_exists(name):
        kind = sql.SQL("LOGIN") if password is not None else sql.SQL("NOLOGIN")
        _execute(sql.SQL("CREATE ROLE {} {}").format(role, kind))
    if password is not None:
        _execute(sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(role, sql.Literal(password)))


def create_network() -> None:
    """Roles, rules and rights of a network, on the database the models are bound to (opened
    as its owner, with the right to create roles)."""
    with db.atomic():
        for group in (COORDINATORS, SHOPS):
            _create_role(group)
        _execute(
            f"CREATE TABLE IF NOT EXISTS {MEMBERS} ("
            " role_name TEXT NOT NULL,"
            " shop_id INTEGER NOT NULL REFERENCES shop (id) ON DELETE CASCADE,"
            " PRIMARY KEY (role_name, shop_id))"
        )
        _execute(_VISIBLE)
        _execute("REVOKE ALL ON FUNCTION tandem_visible_shops() FROM PUBLIC")
        name = db.obj.database
        for group in (COORDINATORS, SHOPS):
            who = sql.Identifier(group)
            _execute(
                sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(name), who)
            )
            _execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(who))
            _execute(sql.SQL("GRANT EXECUTE ON FUNCTION tandem_visible_shops() TO {}").format(who))
            _execute(sql.SQL("GRANT SELECT ON tandem_schema TO {}").format(who))
            _execute(sql.SQL("GRANT SELECT, UPDATE ON revision TO {}").format(who))
            _execute(sql.SQL("GRANT SELECT, UPDATE ON shop TO {}").format(who))
            _execute(sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {}").format(who))
        for model in ALL_MODELS:
            if issubclass(model, BaseModel):
                _protect(model)


def protect_when_networked(model: type[BaseModel]) -> None:
    """A table added by an upgrade is kept to each shop like the others, on a database
    that is a network's (it has its table of members)."""
    if db.execute_sql("SELECT to_regclass(%s)", (MEMBERS,)).fetchone()[0] is not None:
        _protect(model)


def _protect(model: type[BaseModel]) -> None:
    table = sql.Identifier(model._meta.table_name)
    rule = sql.SQL(_rule("id" if model is Shop else "shop_id"))
    _execute(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(table))
    _execute(sql.SQL("DROP POLICY IF EXISTS tandem_shop ON {}").format(table))
    _execute(
        sql.SQL("CREATE POLICY tandem_shop ON {} USING ({}) WITH CHECK ({})").format(
            table, rule, rule
        )
    )
    if issubclass(model, ShopRow):
        for group in (COORDINATORS, SHOPS):
            _execute(
                sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON {} TO {}").format(
                    table, sql.Identifier(group)
                )
            )


def add_shop(name: str, translate: Translator = untranslated) -> int:
    """The shop called ``name`` (made, with its starting catalogue, when there is none; the
    unnamed shop a new database starts with becomes the first one)."""
    from app.catalogue import seed_catalogue

    with db.atomic():
        found = Shop.get_or_none(Shop.name == name)
        if found is not None:
            return int(found.id)
        blank = Shop.get_or_none(Shop.name == "")
        if blank is not None:
            Shop.update(name=name).where(Shop.id == blank.id).execute()
            return int(blank.id)
        shop = Shop.create(name=name)
        stamps.use_shop(int(shop.id))
        try:
            seed_catalogue(translate)
        finally:
            stamps.forget()
        return int(shop.id)


def add_member(shop: str, login: str, password: str, translate: Translator = untranslated) -> None:
    """``login`` works for the shop called ``shop`` (made if need be, its catalogue in the
    language of ``translate``), and sees it alone."""
    shop_id = add_shop(shop, translate)
    with db.atomic():
        _create_role(login, password)
        _execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(SHOPS), sql.Identifier(login)))
        _execute(
            f"INSERT INTO {MEMBERS} (role_name, shop_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
            login,
            shop_id,
        )


def add_coordinator(login: str, password: str) -> None:
    """``login`` coordinates the whole network: it sees every shop."""
    with db.atomic():
        _create_role(login, password)
        _execute(
            sql.SQL("GRANT {} TO {}").format(sql.Identifier(COORDINATORS), sql.Identifier(login))
        )


@contextlib.contextmanager
def every_shop() -> Iterator[None]:
    """For a while, every shop the login may see, whichever shop it works on (on a file,
    there is one)."""
    if not isinstance(db.obj, pw.PostgresqlDatabase):
        yield
        return
    chosen = db.execute_sql("SELECT current_setting(%s, true)", (SETTING,)).fetchone()[0]
    db.execute_sql("SELECT set_config(%s, '', false)", (SETTING,))
    try:
        yield
    finally:
        db.execute_sql("SELECT set_config(%s, %s, false)", (SETTING, chosen or ""))


def visible_shops() -> list[tuple[int, str]]:
    """The shops the connected login may see, by name."""
    with every_shop():
        rows = db.execute_sql("SELECT id, name FROM shop ORDER BY name, id").fetchall()
    return [(int(found), str(name)) for found, name in rows]


def is_network() -> bool:
    """The open database was set up for a network of shops."""
    database = db.obj
    return isinstance(database, pw.PostgresqlDatabase) and bool(
        db.execute_sql("SELECT to_regclass(%s) IS NOT NULL", (MEMBERS,)).fetchone()[0]
    )


def choose_shop(shop: int | None) -> None:
    """Work on ``shop`` from now on (None: every shop the login may see, as a whole)."""
    database = db.obj
    if isinstance(database, ServerDatabase):
        database.tandem_shop = shop  # chosen again if the connection is made anew
        db.execute_sql(
            "SELECT set_config(%s, %s, false)", (SETTING, "" if shop is None else str(shop))
        )
    stamps.forget()


def check_login(url: str) -> None:
    """Refuse to work in a network's database as a login the rules do not bind (its
    administrator would see every shop's rows at once), or one that belongs to no shop."""
    if not is_network():
        return
    bound = db.execute_sql(
        "SELECT NOT (r.rolsuper OR r.rolbypassrls) AND pg_get_userbyid(c.relowner) <> current_user"
        " FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.oid = 'shop'::regclass"
    ).fetchone()[0]
    user = str(db.execute_sql("SELECT current_user").fetchone()[0])
    if not bound:
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
