"""Hearing the other coordinators' changes: a second connection to the network's server
that listens on the channel of the shop Tandem works on (a secret of that shop's, on which
``transaction()`` announces each change; the server delivers it when the change is
committed). Another shop's login cannot hear it, nor send news on it.

It never blocks: ``changed_elsewhere`` reads what has arrived and returns at once, so the
screens can ask twice a second. A change announced by this Tandem's own connection is not
news to it, and is left out.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from psycopg import sql

log = logging.getLogger(__name__)


class ChangeListener:
    """Listens to the server at ``url`` (with ``password``, kept in memory only)."""

    def __init__(self, url: str, channel: str, password: str | None = None) -> None:
        import psycopg

        from app.storage.addresses import connection_options

        extra: dict[str, Any] = {} if password is None else {"password": password}
        extra.update(connection_options(url))
        self._connection: Any = psycopg.connect(url, autocommit=True, **extra)
        self.channel = ""
        self.listen_to(channel)

    def listen_to(self, channel: str) -> None:
        """Hear ``channel`` from now on, and no other (the coordinator chose another shop)."""
        import psycopg

        if channel == self.channel or self._connection is None:
            return
        try:
            self._connection.execute("UNLISTEN *")
            if channel:
                self._connection.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
        except (psycopg.Error, OSError) as error:  # the server went away: opened again later
            log.warning("No more news from the server: %s", error)
            self.close()
            return
        self.channel = channel

    def changed_elsewhere(self, own: int) -> bool:
        """Whether a connection other than ``own`` (a backend's process id) announced a
        change of the shop since the last call. A listener that lost its server hears
        nothing more."""
        import psycopg

        if self._connection is None:
            return False
        pgconn = self._connection.pgconn
        heard = False
        try:
            pgconn.consume_input()
            while (notice := pgconn.notifies()) is not None:
                heard = heard or notice.be_pid != own
        except (
            psycopg.Error,
            OSError,
        ) as error:  # the server went away: the main connection says so
            log.warning("No more news from the server: %s", error)
            self.close()
        return heard

    @property
    def closed(self) -> bool:
        return self._connection is None

    def close(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            finally:
                self._connection = None


class OpeningListener:
    """A listener being opened on a thread of its own: a server that does not answer keeps
    it waiting up to ``CONNECT_SECONDS``, and the window must not wait with it.

    Once ``done``, ``listener`` is the new listener, or None when the server could not be
    reached (the window tries again later). A cancelled opening closes what it opened."""

    def __init__(self, url: str, channel: str, password: str | None = None) -> None:
        self.listener: ChangeListener | None = None
        self._lock = threading.Lock()
        self._cancelled = False
        # a daemon: quitting Tandem never waits for a server that does not answer
        self._thread = threading.Thread(
            target=self._open, args=(url, channel, password), name="tandem-listener", daemon=True
        )
        self._thread.start()

    def _open(self, url: str, channel: str, password: str | None) -> None:
        try:
            opened = ChangeListener(url, channel, password)
        except Exception as error:  # the window tries again later
            log.debug("The server is not back yet: %s", error)
            return
        with self._lock:
            if self._cancelled:
                opened.close()
            else:
                self.listener = opened

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def cancel(self) -> None:
        """No longer wanted (the window closes): closed now, or as soon as it is open."""
        with self._lock:
            self._cancelled = True
            if self.listener is not None:
                self.listener.close()
                self.listener = None


def own_backend() -> int:
    """The process id of this Tandem's own connection on the server (0 while it is broken:
    it changes when the connection is taken up again). Asking never connects: the window
    asks twice a second, and a server that is away would hold it each time."""
    from app.storage.models import db

    if db.is_closed():
        return 0
    try:
        return int(db.connection().info.backend_pid)
    except Exception:  # a broken connection has no process on the server
        return 0


def revive_connection() -> None:
    """This Tandem's own connection to the server made to work again, if it was dropped
    while the network was away: before the screens read through it."""
    from app.storage.backend import backend

    try:
        backend().revive()
    except Exception as error:  # still away: the next read says so, in a sentence
        log.warning("The server is not back yet: %s", error)
