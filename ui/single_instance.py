"""One Tandem per data folder: a second start brings the first window to the front and
leaves, so the data is never written by two Tandems at once."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)


class SingleInstance(QObject):
    """Signals:

    * ``activated()`` - another start of Tandem on the same data asked to be shown instead.
    """

    activated = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:20]
        self.name = f"tandem-{digest}"
        self.server: QLocalServer | None = None

    def already_running(self) -> bool:
        """True when a Tandem is already open on this data; it was asked to come forward."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(500):
            return False
        socket.write(b"show\n")
        socket.flush()
        socket.waitForBytesWritten(500)
        socket.disconnectFromServer()
        return True

    def listen(self) -> None:
        """Become the Tandem of this data; a name left by a crash is cleared first."""
        QLocalServer.removeServer(self.name)
        self.server = QLocalServer(self)
        if not self.server.listen(self.name):
            log.warning("Cannot watch for a second start: %s", self.server.errorString())
            return
        self.server.newConnection.connect(self._knocked)

    def _knocked(self) -> None:
        assert self.server is not None
        connection = self.server.nextPendingConnection()
        if connection is not None:
            connection.disconnected.connect(connection.deleteLater)
        self.activated.emit()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
