"""Where Tandem's data lives in a database on a server: a shop is a schema.

- The schema ``tandem`` is the register: the schema's version (``tandem_schema``), the
  shops (``shops``: name, schema, secret channel), the name collations, and the functions
  the shops' tables use. Only its owner, the administrator, writes in it.
- Each shop has a schema of its own, ``shop_<id>``, holding every table of a Tandem file
  (the same models: the connection's ``search_path`` names the shop's schema, then the
  register). Its rows, its ids, its revision counter, its unique keys and its foreign keys
  are its own: nothing in one shop can point at, collide with, lock or count up another
  shop's.
- A shop's changes are announced on a channel whose name is a secret of that shop (read
  from the register by those who may use its schema): no one else can hear them, or send
  news in its name.

A database written before shops had schemas (every shop's rows in ``public``, told apart by
row rules) is brought here by its owner, each shop's rows into its own schema
(:func:`relocate`).
"""

from __future__ import annotations

import logging
import secrets
import unicodedata
from dataclasses import dataclass

import peewee as pw
from psycopg import sql

from app.i18n import Translator

log = logging.getLogger(__name__)

#: The register's schema.
REGISTER = "tandem"
#: The table of the schema's version, in the register.
SCHEMA_TABLE = f"{REGISTER}.tandem_schema"
APPLICATION = "Tandem"
#: The longest name a shop may have.
NAME_LONGEST = 200

COLLATIONS = {
    "name_order": "fr-u-ks-level1",  # letters alone: é = e = E for sorting
    "name_equal": "und-u-ks-level2",  # case aside, accents kept: Élodie = élodie ≠ Elodie
}

_REVISION_FORWARD = f"""
CREATE OR REPLACE FUNCTION {REGISTER}.revision_forward() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    IF NEW.id <> OLD.id OR NEW.number <> OLD.number + 1 THEN
        RAISE EXCEPTION 'the revision only counts up, one change at a time'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$
"""

#: The shops a login may work on: those whose schema it may use.
_MY_SHOPS = f"""
CREATE OR REPLACE VIEW {REGISTER}.my_shops WITH (security_barrier) AS
    SELECT id, name, schema_name, channel FROM {REGISTER}.shops
    WHERE has_schema_privilege(schema_name, 'USAGE')
"""


@dataclass(frozen=True)
class ShopPlace:
    """Where a shop's data is: its number, its name in the register, its schema, and the
    channel its changes are announced on."""

    id: int
    name: str
    schema: str
    channel: str


def look(name: str) -> str:
    """What a shop's name looks like in a list: accents, case, spaces and punctuation aside.
    Two shops may not look alike, or one could pass for the other."""
    letters = unicodedata.normalize("NFKD", name)
    kept = "".join(c for c in letters.casefold() if c.isalnum())
    return kept


#: The alphabets whose letters look like each other (a Cyrillic "о" is a Latin "o" to the
#: eye): a name may use one of them, never two.
LOOKALIKE_ALPHABETS = ("LATIN", "GREEK", "CYRILLIC")


def alphabets(name: str) -> set[str]:
    """The alphabets among :data:`LOOKALIKE_ALPHABETS` that the letters of ``name`` use."""
    found = set()
    for character in name:
        if character.isalpha():
            script = unicodedata.name(character, "").split(" ")[0]
            if script in LOOKALIKE_ALPHABETS:
                found.add(script)
    return found


def _execute(database: pw.Database, statement: sql.Composable | str, *params: object) -> None:
    text = statement if isinstance(statement, str) else statement.as_string(database.connection())
    database.execute_sql(text, params or None)


def search_path(schema: str | None) -> str:
    """The ``search_path`` of a connection that works on ``schema`` (the register alone
    before a shop is chosen). ``pg_catalog`` comes first, implicitly: nobody but the
    administrator can create anything in either schema, so nothing can stand in for the
    server's own functions and operators."""
    names = [schema, REGISTER] if schema else [REGISTER]
    return ", ".join(sql.Identifier(name).as_string(None) for name in names)


def use(database: pw.Database, schema: str | None) -> None:
    database.execute_sql("SELECT set_config('search_path', %s, false)", (search_path(schema),))


def _exists(database: pw.Database, schema: str, table: str) -> bool:
    return bool(
        database.execute_sql(
            "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = %s AND c.relname = %s",
            (schema, table),
        ).fetchone()
    )


def has_register(database: pw.Database) -> bool:
    return _exists(database, REGISTER, "tandem_schema")


def has_old_layout(database: pw.Database) -> bool:
    """Every shop's rows in ``public`` (Tandem before shops had schemas)."""
    return _exists(database, "public", "tandem_schema")


def old_layout_is_network(database: pw.Database) -> bool:
    return _exists(database, "public", "tandem_member")


def other_tables(database: pw.Database) -> bool:
    """Tables of another program in the database's ``public`` schema."""
    return bool(
        database.execute_sql(
            "SELECT 1 FROM pg_tables WHERE schemaname = 'public' LIMIT 1"
        ).fetchone()
    )


def create_register(database: pw.Database, version: int) -> None:
    """The register of a new database (inside the caller's transaction)."""
    _execute(database, f"CREATE SCHEMA {REGISTER}")
    for name, locale in COLLATIONS.items():
        _execute(
            database,
            f"CREATE COLLATION {REGISTER}.{name} "
            f"(provider = icu, locale = '{locale}', deterministic = false)",
        )
    _execute(
        database,
        f"CREATE TABLE {SCHEMA_TABLE} (application TEXT NOT NULL, version INTEGER NOT NULL)",
    )
    _execute(
        database,
        f"INSERT INTO {SCHEMA_TABLE} (application, version) VALUES (%s, %s)",
        APPLICATION,
        version,
    )
    _execute(
        database,
        f"CREATE TABLE {REGISTER}.shops ("
        " id SERIAL PRIMARY KEY,"
        f" name TEXT NOT NULL CHECK (length(name) <= {NAME_LONGEST}),"
        " look TEXT NOT NULL UNIQUE,"
        " schema_name TEXT NOT NULL UNIQUE,"
        " channel TEXT NOT NULL UNIQUE,"
        " grp TEXT UNIQUE)",
    )
    _execute(database, _REVISION_FORWARD)
    _execute(database, f"REVOKE ALL ON FUNCTION {REGISTER}.revision_forward() FROM PUBLIC")
    _execute(database, _MY_SHOPS)


def schema_version(database: pw.Database) -> int:
    row = database.execute_sql(f"SELECT application, version FROM {SCHEMA_TABLE}").fetchone()
    return int(row[1]) if row and row[0] == APPLICATION else -1


def set_version(database: pw.Database, version: int) -> None:
    _execute(database, f"UPDATE {SCHEMA_TABLE} SET version = %s", version)


def shops(database: pw.Database) -> list[ShopPlace]:
    """The shops the connected login may work on, by name."""
    rows = database.execute_sql(
        f"SELECT id, name, schema_name, channel FROM {REGISTER}.my_shops"
        f" ORDER BY name COLLATE {REGISTER}.name_order, id"
    ).fetchall()
    return [
        ShopPlace(int(number), str(name), str(schema), str(channel))
        for number, name, schema, channel in rows
    ]


def held(database: pw.Database) -> set[int]:
    """The shops the login may see one of whose tables someone holds so that no one may
    read it, or is waiting to (a login's ``LOCK TABLE``, an upgrade under way): working on
    them now would only wait, then fail. Tandem's own changes never hold a table so."""
    rows = database.execute_sql(
        f"SELECT DISTINCT s.id FROM {REGISTER}.my_shops s"
        " JOIN pg_catalog.pg_namespace n ON n.nspname = s.schema_name"
        " JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid"
        " JOIN pg_catalog.pg_locks l ON l.relation = c.oid"
        " WHERE l.mode = 'AccessExclusiveLock'"
    ).fetchall()
    return {int(shop) for (shop,) in rows}


def every_shop(database: pw.Database) -> list[ShopPlace]:
    """Every shop of the database (for its owner)."""
    rows = database.execute_sql(
        f"SELECT id, name, schema_name, channel FROM {REGISTER}.shops ORDER BY id"
    ).fetchall()
    return [
        ShopPlace(int(number), str(name), str(schema), str(channel))
        for number, name, schema, channel in rows
    ]


def _protect_revision(database: pw.Database) -> None:
    _execute(
        database,
        "CREATE TRIGGER revision_forward BEFORE UPDATE ON revision"
        f" FOR EACH ROW EXECUTE FUNCTION {REGISTER}.revision_forward()",
    )


def new_shop(
    database: pw.Database,
    name: str,
    translate: Translator | None,
    *,
    number: int | None = None,
    revision: int = 0,
) -> ShopPlace:
    """A shop's schema with every table of a Tandem file, its shop row and its revision,
    and (when ``translate`` is given) its starting catalogue; ``number`` keeps a shop's
    number when its rows move here. Inside the caller's transaction; the connection works
    on the new shop afterwards."""
    from app.catalogue import seed_catalogue
    from app.storage import stamps
    from app.storage.models import ALL_MODELS, Revision, Shop

    channel = f"tandem_{secrets.token_hex(12)}"
    if number is None:
        row = database.execute_sql(
            f"INSERT INTO {REGISTER}.shops (name, look, schema_name, channel)"
            " VALUES (%s, %s, '', %s) RETURNING id",
            (name, look(name), channel),
        ).fetchone()
        number = int(row[0])
    else:
        database.execute_sql(
            f"INSERT INTO {REGISTER}.shops (id, name, look, schema_name, channel)"
            " VALUES (%s, %s, %s, '', %s)",
            (number, name, look(name), channel),
        )
        database.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('{REGISTER}.shops', 'id'),"
            f" (SELECT max(id) FROM {REGISTER}.shops))"
        )
    schema = f"shop_{number}"
    _execute(
        database, f"UPDATE {REGISTER}.shops SET schema_name = %s WHERE id = %s", schema, number
    )
    _execute(database, sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    use(database, schema)
    database.create_tables(ALL_MODELS)
    Revision.insert(id=1, number=revision).execute()
    _protect_revision(database)
    if translate is not None:
        Shop.insert(id=number, name=name).execute()
        stamps.forget()
        seed_catalogue(translate)
    return ShopPlace(number, name, schema, channel)


def upgrade_shops(database: pw.Database, from_version: int, to_version: int) -> None:
    """Each shop's schema brought from ``from_version`` to ``to_version``, step by step,
    each step of every shop in the caller's transaction."""
    from app.storage import migrations

    for version in range(from_version + 1, to_version + 1):
        for place in every_shop(database):
            log.info("Upgrading %s to schema version %d", place.schema, version)
            use(database, place.schema)
            migrations.MIGRATIONS[version](database)
        set_version(database, version)


def relocate(database: pw.Database, version: int) -> list[ShopPlace]:
    """A database of the old layout (every shop in ``public``, at ``version``, which is
    today's) copied into the register and a schema for each shop, ids, revisions and who
    wrote what kept (:func:`drop_old_layout` then drops the old tables). Inside the caller's
    transaction. A shop whose name looks like an earlier shop's (the old layout let a shop
    rename itself) is listed with its number after its name. Returns the shops."""
    from app.storage.models import ALL_MODELS

    use(database, "public")
    shops_found = database.execute_sql("SELECT id, name FROM public.shop ORDER BY id").fetchall()
    row = database.execute_sql("SELECT number FROM public.revision WHERE id = 1").fetchone()
    revision = int(row[0]) if row else 0
    create_register(database, version)
    order = pw.sort_models(ALL_MODELS)  # type: ignore[attr-defined]
    places = []
    looks: set[str] = set()
    for number, found in shops_found:
        name = str(found)
        if look(name) in looks:  # a shop renamed like another, as the old layout let it
            name = f"{name} ({number})"
        looks.add(look(name))
        place = new_shop(database, name, None, number=int(number), revision=revision)
        places.append(place)
        target = sql.Identifier(place.schema)
        for model in order:
            table = model._meta.table_name
            if table == "revision":
                continue
            columns = sql.SQL(", ").join(
                sql.Identifier(field.column_name) for field in model._meta.sorted_fields
            )
            where = "id" if table == "shop" else "shop_id"
            _execute(
                database,
                sql.SQL("INSERT INTO {}.{} ({}) SELECT {} FROM public.{} WHERE {} = %s").format(
                    target,
                    sql.Identifier(table),
                    columns,
                    columns,
                    sql.Identifier(table),
                    sql.Identifier(where),
                ),
                number,
            )
            if table != "shop":
                _execute(
                    database,
                    sql.SQL(
                        "SELECT setval(pg_get_serial_sequence(%s, 'id'),"
                        " coalesce((SELECT max(id) FROM {}.{}), 0) + 1, false)"
                    ).format(target, sql.Identifier(table)),
                    f"{place.schema}.{table}",
                )
    return places


def drop_old_layout(database: pw.Database) -> None:
    """The old layout's tables, rules and function, once its rows were moved."""
    from app.storage.models import ALL_MODELS

    for model in ALL_MODELS:
        _execute(
            database,
            sql.SQL("DROP TABLE IF EXISTS public.{} CASCADE").format(
                sql.Identifier(model._meta.table_name)
            ),
        )
    for table in ("tandem_member", "tandem_schema"):
        _execute(database, f"DROP TABLE IF EXISTS public.{table} CASCADE")
    _execute(database, "DROP FUNCTION IF EXISTS public.tandem_visible_shops()")
    for name in COLLATIONS:
        _execute(database, f"DROP COLLATION IF EXISTS public.{name}")
