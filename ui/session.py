"""Which data is open - the owner's own file or a demo - and switching between them."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale

from app import backups
from app.errors import StorageProblem
from app.paths import data_file, demo_file
from app.storage.database import close_database, open_database
from ui.i18n import translate
from ui.settings import Settings

log = logging.getLogger(__name__)


class DataSession:
    """The open Tandem file. Opening raises StorageProblem with a sentence when it cannot."""

    def __init__(self, folder: Path, settings: Settings) -> None:
        self.folder = folder
        self.settings = settings
        self.demo_shop: str | None = None
        self.path: Path | None = None

    @property
    def is_demo(self) -> bool:
        return self.demo_shop is not None

    def open_own_data(self) -> None:
        path = data_file(self.folder)
        open_database(path, translate)
        self.path, self.demo_shop = path, None
        self.settings.demo_shop = None
        self.back_up()

    def back_up(self, only_when_due: bool = False) -> Path | None:
        """Back up the owner's data (never the demo) when it changed; thin the old backups.
        A backup that cannot be written is logged: it must never stop the owner working."""
        if self.is_demo or (only_when_due and not backups.due(self.folder)):
            return None
        try:
            made = backups.make_backup(self.folder)
            backups.thin(self.folder)
        except StorageProblem as problem:
            log.warning("No backup: %s", problem)
            return None
        return made

    def open_demo(self, shop: str) -> None:
        """Open the demo in its own file - built afresh once a day, so that its dates fit -
        and never touch the owner's file."""
        from app.demo import fresh_demo  # only when the demo is asked for

        close_database()
        path = demo_file(self.folder, shop)
        # the demo's texts are written in the interface language
        fresh_demo(path, shop, translate=translate, language=QLocale().name())
        open_database(path, translate)
        self.path, self.demo_shop = path, shop
        self.settings.demo_shop = shop

    def close(self) -> None:
        close_database()
