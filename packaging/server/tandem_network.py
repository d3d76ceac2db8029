"""Set up a network of shops on a PostgreSQL server, for Tandem.

    python packaging/server/tandem_network.py ADDRESS create
    python packaging/server/tandem_network.py ADDRESS add-shop "Chocolaterie Martin"
    python packaging/server/tandem_network.py ADDRESS add-login "Chocolaterie Martin" anne
    python packaging/server/tandem_network.py ADDRESS add-coordinator lea
    python packaging/server/tandem_network.py ADDRESS upgrade

A new shop's starting catalogue (its topics and coaching points) is written in French, or
in English with ``--language en``.

ADDRESS is the database as its owner reaches it, for example
``postgresql://tandem_admin@server.local/tandem`` (the database must exist: ``createdb``).
The owner needs the right to create roles. A new login's password is read from the
variable TANDEM_NEW_PASSWORD, or asked for. Each command may be run again: what exists is
left as it is (a password given again replaces the old one, and says so).

Each shop is a schema of its own, and each shop's logins can reach that schema alone
(``app/storage/network.py``). Every command first brings the database to this Tandem's
schema: after installing a newer Tandem, ``upgrade`` does it once for the whole network,
and the shops' PCs (which may not change the schema) work on it again.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import peewee as pw

from app.errors import TandemError
from app.i18n import Translator, untranslated
from app.storage import network
from app.storage.addresses import PasswordNeeded
from app.storage.database import close_database, open_server
from app.storage.server import schema_version


def _password(login: str) -> str:
    given = os.environ.get("TANDEM_NEW_PASSWORD")
    if given:
        return given
    first = getpass.getpass(f"Password for {login}: ")
    if not first or first != getpass.getpass("The same again: "):
        raise SystemExit("The two passwords differ, or are empty: nothing was changed.")
    return first


def _is_text(word: str) -> bool:
    """Whether ``word`` came as UTF-8 (a byte of another encoding stays a surrogate)."""
    try:
        word.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _open(address: str, translate: Translator) -> pw.PostgresqlDatabase:
    """The database, as its administrator: the password from PGPASSWORD or the PostgreSQL
    password file, else asked for."""
    try:
        return open_server(address, translate, to_work=False)
    except PasswordNeeded:
        typed = getpass.getpass("Password of the administrator's login: ")
        return open_server(address, translate, typed, to_work=False)


def _translator(language: str) -> Translator:
    """Tandem's own translations, for a new shop's catalogue."""
    if language == "en":
        return untranslated
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.resources import resource

    app = QCoreApplication.instance() or QCoreApplication([])
    translator = QTranslator(app)
    if not translator.load(f"tandem_{language}", str(resource("translations"))):
        raise SystemExit(f"Tandem's {language} translations are missing: nothing was changed.")
    app.installTranslator(translator)
    return lambda context, source, count=-1: QCoreApplication.translate(
        context, source, None, count
    )


def main(arguments: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("address", help="postgresql://owner@host/database")
    parser.add_argument(
        "--language", choices=("fr", "en"), default="fr", help="of a new shop's catalogue"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("create", help="the roles, rules and rights of the network")
    shop = commands.add_parser("add-shop", help="a shop, with its starting catalogue")
    shop.add_argument("name")
    login = commands.add_parser("add-login", help="a login that sees one shop alone")
    login.add_argument("shop")
    login.add_argument("login")
    coordinator = commands.add_parser("add-coordinator", help="a login that sees every shop")
    coordinator.add_argument("login")
    removed = commands.add_parser("remove-login", help="a login that no longer reaches the network")
    removed.add_argument("login")
    commands.add_parser("upgrade", help="the network's schema brought to this Tandem's")
    given = parser.parse_args(arguments)
    typed = [*(arguments if arguments is not None else sys.argv[1:])]
    typed.append(os.environ.get("TANDEM_NEW_PASSWORD", ""))
    if any(not _is_text(word) for word in typed):
        print(
            "A name or a password is not UTF-8 text (the terminal's encoding is another): "
            "set the terminal to UTF-8 and type it again. Nothing was changed.",
            file=sys.stderr,
        )
        return 1
    try:
        translate = _translator(given.language)
        database = _open(given.address, translate)
        network.create_network()
        if given.command == "add-shop":
            network.add_shop(given.name, translate)
        elif given.command == "add-login":
            added = network.add_member(given.shop, given.login, _password(given.login))
            if added.password_replaced:
                print(
                    f"{added.login} already worked for {added.shop}: its password is now the one "
                    "just given."
                )
            else:
                print(f"{added.login} works for {added.shop}, and reaches that shop alone.")
        elif given.command == "add-coordinator":
            again = network.add_coordinator(given.login, _password(given.login))
            said = "its password is now the one just given" if again else "it reaches every shop"
            print(f"{given.login} coordinates the network: {said}.")
        elif given.command == "remove-login":
            was = network.remove_login(given.login)
            what = f"worked for {was}" if was else "coordinated the network"
            print(f"{given.login}, which {what}, no longer reaches the network.")
        print("The network's groups, rights and limits are in place.")
        print(f"Tandem's schema version {schema_version(database)}.")
        for number, name in network.visible_shops():
            print(f"shop {number}: {name or '(no name yet)'}")
    except TandemError as problem:
        print(problem.message.render(untranslated), file=sys.stderr)
        return 1
    except pw.PeeweeException as error:  # the server refused: its own words, no traceback
        words = str(error.__cause__ or error).strip().splitlines()[0]
        print(f"The server refused: {words}. Nothing was changed.", file=sys.stderr)
        return 1
    finally:
        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
