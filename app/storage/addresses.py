"""A network server's address: read, checked, shown without its password, and what a
failure to reach it means, in a sentence for the owner (or None for a bug). Used before and
while connecting (``app.storage.server``) and by the screens that ask for an address.
"""

from __future__ import annotations

import re
from typing import Any

from app.errors import StorageProblem
from app.i18n import QT_TRANSLATE_NOOP
from app.storage.problems import problem


class BadAddress(StorageProblem):
    """The address cannot be read as a server's: said before anything is tried."""


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
    return host_of(url)


def address_parts(url: str) -> dict[str, Any]:
    from psycopg.conninfo import conninfo_to_dict

    return dict(conninfo_to_dict(url))


def _shown(url: str) -> str:
    """The address as it may be shown: without its password, when it can be read."""
    try:
        return without_password(url)[0]
    except ValueError:
        return url.split("@", 1)[-1] if "@" in url else url


def check_address(url: str) -> None:
    """Refuse, in a sentence, an address that cannot be used as it is written (its words
    are libpq's where it says what is wrong)."""
    import psycopg

    try:
        parts = address_parts(url)
    except psycopg.ProgrammingError as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else ""
        written = re.search(r"://[^/@:]*:([^@/]+)@", url)  # a password, never shown
        if written:
            reason = reason.replace(written.group(1), "…")
        raise problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "The address {address} cannot be read ({reason}). An address reads like "
                "postgresql://login@server/database.",
            ),
            BadAddress,
            address=_shown(url),
            reason=reason.split(" in URI")[0],
        ) from error
    if not parts.get("dbname"):
        raise problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "The address {address} names no database: add it after the server's name, as in "
                "postgresql://login@server/database.",
            ),
            BadAddress,
            address=_shown(url),
        )
    timeout = str(parts.get("connect_timeout") or "1")
    if not timeout.isdigit() or int(timeout) == 0:
        raise problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "In the address {address}, connect_timeout must be a whole number of seconds, "
                "1 or more.",
            ),
            BadAddress,
            address=_shown(url),
        )


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
    given = address_parts(url)
    wanted = {"connect_timeout": CONNECT_SECONDS, **NETWORK_WATCH}
    return {name: value for name, value in wanted.items() if name not in given}


def host_of(url: str) -> str:
    """The server's name in the address, as the user wrote it (never its password)."""
    return str(address_parts(url).get("host") or "localhost")


def described(url: str) -> str:
    parts = address_parts(url)
    return f"{parts.get('dbname', '')} on {host_of(url)}"


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
    server, user = host_of(url), str(address_parts(url).get("user") or "")
    text, state = str(found), getattr(found, "sqlstate", None)
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return problem(
            QT_TRANSLATE_NOOP(
                "storage", "There is no database {name} on the server {server}. Check the address."
            ),
            name=str(address_parts(url).get("dbname") or ""),
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
                "The server {server} does not let {user} in from this PC. Ask the network's administrator to allow it.",
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
            seconds=str(address_parts(url).get("connect_timeout") or CONNECT_SECONDS),
        )
    authority = re.search(r'root certificate file "(.+?)" does not exist', text)
    if authority is not None:
        return problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "This PC cannot check that the server {server} is the network's: it lacks the "
                "network's certificate, {file}. Ask the network's administrator for that file and "
                "put it there, or go on with the data on this PC.",
            ),
            server=server,
            file=authority.group(1),
        )
    if "certificate" in text.lower():
        return problem(
            QT_TRANSLATE_NOOP(
                "storage",
                "The server {server} could not prove who it is: its certificate was refused, and Tandem sent it "
                "nothing. Check the address with the network's administrator.",
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
