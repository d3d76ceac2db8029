"""Which data is open - the owner's own file, a demo, or a network's database on its server
- switching between them, and the owner's backups while she works."""

from __future__ import annotations

import datetime as dt
import logging
import time
from pathlib import Path

from PySide6.QtCore import QLocale

from app import backups
from app.errors import StorageProblem
from app.paths import data_file, demo_file
from app.storage.database import close_database, open_database, open_server
from ui.i18n import translate
from ui.settings import Settings

log = logging.getLogger(__name__)


class DataSession:
    """The open Tandem file. Opening raises StorageProblem with a sentence when it cannot;
    the file open before then stays open, and every change still goes to it."""

    def __init__(self, folder: Path, settings: Settings) -> None:
        self.folder = folder
        self.settings = settings
        self.demo_shop: str | None = None
        self.path: Path | None = None
        #: The address of the network's server whose data is open, or None.
        self.server: str | None = None
        #: The password typed for it, in memory only (the listener to the others' changes
        #: connects with it too); None when libpq's password file gives it.
        self.password: str | None = None
        #: Why the last backup could not be made; None while backups work.
        self.backup_problem: StorageProblem | None = None
        #: When the last backup was tried, on a clock that the PC's date settings do not move.
        self._backup_tried: float | None = None
        #: The earliest moment the last starts' clocks gave: thinning never ages a backup
        #: past what it was then (this start's clock may have jumped).
        self._previous_start: dt.datetime | None = None
        self._start_noted = False

    @property
    def is_demo(self) -> bool:
        return self.demo_shop is not None

    @property
    def on_server(self) -> bool:
        return self.server is not None

    def open_own_data(self) -> None:
        path = data_file(self.folder)
        open_database(path, translate)
        self.path, self.demo_shop, self.server = path, None, None
        self.settings.demo_shop = None
        backups.keep_ahead_of_backups(self.folder)
        if not self._start_noted:  # once a start: coming back from the demo is no new one
            self._previous_start = backups.note_start(self.folder)
            self._start_noted = True
        self._backup_tried = None
        self.back_up()

    def back_up(self, only_when_due: bool = False) -> Path | None:
        """Back up the owner's data (never the demo) when it changed; thin the old backups.
        A backup that cannot be made never stops the owner working: why is kept in
        ``backup_problem`` for the window to say, and it is tried again a little later."""
        if self.is_demo or self.on_server:  # a server's backups are its own (pg_dump)
            return None
        now = time.monotonic()
        failed = self.backup_problem is not None
        if only_when_due and not backups.due(self._backup_tried, now, failed):
            return None
        self._backup_tried = now
        try:
            made = backups.make_backup(self.folder)
        except StorageProblem as problem:
            log.warning("No backup: %s", problem)
            self.backup_problem = problem
            return None
        if self.backup_problem is not None:
            log.info("Backups work again")
        self.backup_problem = None
        try:
            backups.thin(self.folder, since=self._previous_start)
        except OSError as error:  # the old backups stay: nothing is lost
            log.warning("Old backups could not be thinned: %s", error)
        return made

    def open_demo(self, shop: str) -> None:
        """Open the demo in its own file - built afresh once a day, so that its dates fit -
        and never touch the owner's file. The owner's file is closed only once the demo is
        open: if the demo cannot be made (a full disk), her file stays open and in use."""
        from app.demo import fresh_demo  # only when the demo is asked for

        path = demo_file(self.folder, shop)
        # the demo's texts are written in the interface language
        fresh_demo(path, shop, translate=translate, language=QLocale().name())
        open_database(path, translate)
        self.path, self.demo_shop, self.server = path, shop, None
        self.settings.demo_shop = shop
        self.backup_problem = None  # the demo is never backed up; her data is tried again on return

    def open_server(self, url: str, password: str | None = None) -> None:
        """Open the network's database at ``url`` (its schema made when it is empty). The
        data open before stays open when it cannot be reached."""
        open_server(url, translate, password)
        self.path, self.demo_shop, self.server, self.password = None, None, url, password
        self.settings.demo_shop = None
        self.backup_problem = None

    def close(self) -> None:
        close_database()
