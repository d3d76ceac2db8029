"""A network between Tandem and its server that can fail as a shop's network does: a relay
on this machine that passes the bytes both ways, and can go silent - every connection
through it cut, and new ones taken but never answered, as when a switch or a firewall on
the way drops everything - then come back."""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
from collections.abc import Iterator


class Relay:
    """Listens on a free port of ``localhost`` and relays to ``port`` there."""

    def __init__(self, port: int) -> None:
        self._target = port
        self._listening = socket.create_server(("localhost", 0))
        self.port = int(self._listening.getsockname()[1])
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._silent = False
        self._closing = False
        threading.Thread(target=self._accept, name="relay", daemon=True).start()

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self._listening.accept()
            except OSError:
                return
            with self._lock:
                self._open.append(client)
                if self._silent:
                    continue  # taken, never answered
            threading.Thread(target=self._pass, args=(client,), daemon=True).start()

    def _pass(self, client: socket.socket) -> None:
        try:
            server = socket.create_connection(("localhost", self._target))
        except OSError:
            client.close()
            return
        with self._lock:
            self._open.append(server)
        ends = selectors.DefaultSelector()
        ends.register(client, selectors.EVENT_READ, server)
        ends.register(server, selectors.EVENT_READ, client)
        with contextlib.suppress(OSError, ValueError):
            while True:
                for key, _ in ends.select():
                    data = key.fileobj.recv(65536)  # type: ignore[union-attr]
                    if not data:
                        raise OSError("closed")
                    key.data.sendall(data)
        for end in (client, server):
            end.close()

    def _cut_all(self) -> None:
        with self._lock:
            cut, self._open = self._open, []
        for end in cut:
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
            end.close()

    @contextlib.contextmanager
    def silent(self) -> Iterator[None]:
        """Every connection cut, and nothing answered, until the block ends."""
        with self._lock:
            self._silent = True
        self._cut_all()
        try:
            yield
        finally:
            with self._lock:
                self._silent = False
            self._cut_all()  # the connections taken meanwhile fail, and are made again

    def close(self) -> None:
        self._closing = True
        self._listening.close()
        self._cut_all()
