"""One Tandem per data folder: a lock file in the folder is the authority, so the data is
never written by two Tandems at once - started at the same instant, from two user
sessions, or from two PCs sharing a USB key. A second start on this PC brings the first
window to the front (through a local server) and leaves.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, QSysInfo, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_FILE = "tandem.lock"
#: How long a second start keeps knocking while the first one is still starting up.
KNOCKING_MS = 3000
#: On Linux the knocking goes through the abstract socket namespace: a socket file in the
#: temporary folder would be missed by a start with another TMPDIR.
ABSTRACT = sys.platform.startswith("linux")


def this_pc() -> str:
    """This PC's name as QLockFile writes it in a lock: on Windows the COMPUTERNAME (short,
    in capitals, which is not what QSysInfo.machineHostName gives there), elsewhere the
    host name."""
    if sys.platform == "win32":
        return os.environ.get("COMPUTERNAME", "")
    return QSysInfo.machineHostName()


def same_pc(host: str) -> bool:
    """``host``, read in a lock, is this PC."""
    here = this_pc()
    return host.casefold() == here.casefold() if sys.platform == "win32" else host == here


def _removed(path: Path) -> bool:
    try:
        path.unlink()
    except OSError:
        return False
    return True


class Claim(enum.Enum):
    """What became of a start's claim on its data folder."""

    #: This Tandem holds the folder.
    HELD = "held"
    #: Another Tandem on this PC holds it; it was asked to come forward.
    HERE = "here"
    #: A Tandem on another PC holds it (a folder on a USB key or a share), or one that
    #: stopped there without closing.
    ELSEWHERE = "elsewhere"


class SingleInstance(QObject):
    """Signals:

    * ``activated()`` - another start of Tandem on the same data asked to be shown instead.
    """

    activated = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:20]
        self.name = f"tandem-{digest}"
        self.path = data_dir / LOCK_FILE
        self.lock = QLockFile(str(self.path))
        # held as long as Tandem runs: only a lock whose process is gone is stale, never an
        # old one (QLockFile compares the process id and name on this PC)
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None
        #: The PC named in a lock held elsewhere.
        self.holder = ""
        #: Whether the Tandem that holds the folder on this PC answered the knock.
        self.answered = False

    def claim(self) -> Claim:
        """Take the data folder for this Tandem, or tell who has it."""
        if self.lock.tryLock(0) or (self._broken() and self.lock.tryLock(0)):
            self._listen()
            return Claim.HELD
        if self.lock.error() != QLockFile.LockError.LockFailedError or self.path.is_dir():
            # a folder where no lock can be made (read-only, or a folder in the lock's
            # place): opening the data says what is wrong, or goes on without the lock
            log.warning("No lock in the data folder (error %s)", self.lock.error())
            return Claim.HELD
        _pid, host = self._holder()
        if host and not same_pc(host):
            self.holder = host
            return Claim.ELSEWHERE
        self.answered = self._knock()
        if not self.answered:  # alive but silent (hung, or busy): still, do not share
            log.warning("Tandem is already running on this data but did not answer")
        return Claim.HERE

    def _holder(self) -> tuple[int, str]:
        """The process and computer named in the lock file (0 and "" when unreadable)."""
        info = self.lock.getLockInfo()  # (pid, host, application)
        if isinstance(info, tuple) and len(info) == 3:
            return int(info[0] or 0), str(info[1] or "")
        return 0, ""

    def _broken(self) -> bool:
        """A lock file that names no process (left empty by a power cut) holds nothing: it is
        removed. One being written by a start at this very instant is given a moment."""
        if not self.path.is_file():
            return False
        for _ in range(3):
            if self._holder()[0]:
                return False
            QThread.msleep(100)
        log.warning("Removed a lock file that named no process: %s", self.path)
        return self.lock.removeStaleLockFile() or _removed(self.path)

    def take_over(self) -> bool:
        """Take a lock left by another PC (the owner says Tandem is not open there)."""
        self.lock.removeStaleLockFile()
        if self.lock.tryLock(0):
            self._listen()
            return True
        return False

    def _knock(self) -> bool:
        """Ask the Tandem that holds the folder to come forward; True when it answered."""
        deadline = QDeadlineTimer(KNOCKING_MS)
        while not deadline.hasExpired():
            knocker = QLocalSocket()
            if ABSTRACT:
                knocker.setSocketOptions(QLocalSocket.SocketOption.AbstractNamespaceOption)
            knocker.connectToServer(self.name)
            if knocker.waitForConnected(200):
                knocker.write(b"show\n")
                knocker.flush()
                knocker.waitForBytesWritten(500)
                knocker.disconnectFromServer()
                return True
            QThread.msleep(100)
        return False

    def _listen(self) -> None:
        """Watch for a second start. The lock is held, so a name left by a crashed Tandem
        can be cleared without risk of taking another one's."""
        self.server = QLocalServer(self)
        if ABSTRACT:
            self.server.setSocketOptions(QLocalServer.SocketOption.AbstractNamespaceOption)
        else:
            QLocalServer.removeServer(self.name)
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
        if self.lock.isLocked():
            self.lock.unlock()
