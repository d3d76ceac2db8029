"""Waiting for the server without holding the window.

A server can make Tandem wait: another coordinator of the shop is saving the same rows (up
to ``LOCK_WAIT_SECONDS``), the network is slow, or the server is being upgraded. Every
statement sent to the server, and every connection made to it, goes through
:func:`waited`; the screens install a waiter (:func:`wait_with`) that runs the call on
another thread and keeps the window drawn meanwhile, and says so when it lasts. Without one
(the setup script, the tests of the core) the call is simply made.

Only the blocking call moves: the connection, its transaction and everything Tandem does
with the rows stay where they were, so a change is made exactly as without a waiter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")

#: Given the blocking call, makes it and returns what it returned (or raises what it raised).
Waiter = Callable[[Callable[[], Any]], Any]


def _at_once(work: Callable[[], T]) -> T:
    return work()


_waiter: Waiter = _at_once


def wait_with(waiter: Waiter | None) -> None:
    """From now on, wait for the server with ``waiter`` (None: make each call directly)."""
    global _waiter
    _waiter = _at_once if waiter is None else waiter


def waited(work: Callable[[], T]) -> T:
    """``work()``, made by the waiter in place."""
    result: T = _waiter(work)
    return result


class PatientCursor:
    """A cursor of the server's driver whose statements are sent through :func:`waited`;
    its rows, once there, are read as from the cursor itself."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def execute(self, sql: Any, params: Any = None) -> PatientCursor:
        waited(lambda: self._cursor.execute(sql, params))
        return self

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor)

    def __enter__(self) -> PatientCursor:
        return self

    def __exit__(self, *exc: object) -> None:
        self._cursor.close()
