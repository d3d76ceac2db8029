"""What a Tandem file and a network's server do differently, in one place.

Both database classes (``database.TandemDatabase`` and ``server.ServerDatabase``) are a
:class:`Backend`; the rest of Tandem asks the open one (:func:`backend`) rather than which
kind it is. So the next thing a server does differently is one method here, written twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.storage.models import db


class Backend:
    #: The data is on a server (its backups are the server's; it has several coordinators).
    on_server = False

    @property
    def file_path(self) -> Path | None:
        """The file open, or None for a server."""
        return None

    def author(self) -> str:
        """Who makes the changes from here: the PC's account, or the server's login."""
        raise NotImplementedError

    def rows_changed(self) -> int | None:
        """How many rows this connection changed so far (SQLite counts them), or None when
        every change counts as one (a server)."""
        return None

    def begin_change(self) -> None:
        """A change begins (inside its transaction)."""

    def announce_change(self) -> None:
        """A change was saved: the others who have the same data open are told."""

    def holding(self, query: Any) -> Any:
        """``query`` reading a row a save is about to check: on a server the row is held
        until the save is committed, so a second save waits for the first."""
        return query

    def after_erasure(self) -> None:
        """A person was erased: what keeps their words outside the tables is emptied."""

    def write_copy(self, target: Path) -> None:
        """The open data written as an ordinary Tandem file at ``target``."""
        raise NotImplementedError

    def revive(self) -> None:
        """The connection made to work again if it was dropped (a server's only)."""

    def still_there(self, *, changing: bool = True) -> None:
        """Raise FileGoneError when the data is no longer where it was opened (a file's
        only: a server's has no place on this PC)."""

    def shops_held(self) -> set[int]:
        """The shops of :meth:`shops_here` someone holds just now so that no one may read
        them (on a server, where a shop's login can lock its own tables)."""
        return set()

    @contextmanager
    def waiting_at_most(self, seconds: int) -> Iterator[None]:
        """Reads inside wait at most ``seconds`` for tables someone holds (on a server,
        where a shop's login can hold its own tables): past that, they fail as any read
        that waited too long."""
        yield

    def shops_here(self) -> list[tuple[int, str, str]]:
        """Each shop the login may see: its number, its name, and what its tables' names
        are preceded by in SQL ("" for a file's one shop; its schema on a server)."""
        from app.storage.models import Shop

        return [(int(shop.id), str(shop.name), "") for shop in Shop.select().order_by(Shop.id)]


def backend() -> Backend:
    """The open data's backend."""
    found = db.obj
    assert isinstance(found, Backend), "no Tandem data is open"
    return found
