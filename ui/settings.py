"""What Tandem remembers between starts (language, demo or own data, the last programme,
the window), in an INI file beside the data - so a USB key carries it along."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILE = "tandem.ini"


class Settings:
    def __init__(self, data_dir: Path) -> None:
        self._store = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)

    def _get(self, key: str, default: object) -> object:
        return self._store.value(key, default)

    @property
    def setup_done(self) -> bool:
        return str(self._get("setup_done", "false")).lower() == "true"

    @setup_done.setter
    def setup_done(self, value: bool) -> None:
        self._store.setValue("setup_done", "true" if value else "false")

    @property
    def language(self) -> str | None:
        value = str(self._get("language", ""))
        return value or None

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("language", value)

    @property
    def demo_shop(self) -> str | None:
        """The demo being explored, or None when the owner works on their own data."""
        value = str(self._get("demo_shop", ""))
        return value or None

    @demo_shop.setter
    def demo_shop(self, value: str | None) -> None:
        self._store.setValue("demo_shop", value or "")

    @property
    def server(self) -> str | None:
        """The network's server Tandem works on, or None for this PC's data. The address
        only: a password is never written here."""
        value = str(self._get("server", ""))
        return value or None

    @server.setter
    def server(self, value: str | None) -> None:
        self._store.setValue("server", value or "")
        if value:
            self._store.setValue("server_address", value)

    @property
    def server_address(self) -> str:
        """The last server's address used, offered again when connecting."""
        return str(self._get("server_address", ""))

    @property
    def server_shop(self) -> int | None:
        """The shop of the network a coordinator of several shops worked on last."""
        try:
            return int(str(self._get("server_shop", "")))
        except ValueError:
            return None

    @server_shop.setter
    def server_shop(self, value: int | None) -> None:
        self._store.setValue("server_shop", "" if value is None else str(value))

    @property
    def programme_id(self) -> int | None:
        try:
            return int(str(self._get("programme_id", "")))
        except ValueError:
            return None

    @programme_id.setter
    def programme_id(self, value: int | None) -> None:
        self._store.setValue("programme_id", "" if value is None else str(value))

    @property
    def page(self) -> int:
        """The page left last: 0 for the dashboard, 1 to 5 for a step."""
        try:
            return min(5, max(0, int(str(self._get("page", "0")))))
        except ValueError:
            return 0

    @page.setter
    def page(self, value: int) -> None:
        self._store.setValue("page", str(value))

    @property
    def forget_after_months(self) -> int:
        """Staff who left this many months ago are proposed for erasure."""
        try:
            return max(1, int(str(self._get("forget_after_months", "12"))))
        except ValueError:
            return 12

    @forget_after_months.setter
    def forget_after_months(self, value: int) -> None:
        self._store.setValue("forget_after_months", str(value))

    @property
    def warned_location(self) -> str:
        """The data folder the owner was last warned about (a cloud or network folder)."""
        return str(self._get("warned_location", ""))

    @warned_location.setter
    def warned_location(self, value: str) -> None:
        self._store.setValue("warned_location", value)

    @property
    def warned_log(self) -> str:
        """The log problem the owner was last told about (the folder, and where it went)."""
        return str(self._get("warned_log", ""))

    @warned_log.setter
    def warned_log(self, value: str) -> None:
        self._store.setValue("warned_log", value)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._get("window/geometry", None)
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    def sync(self) -> None:
        self._store.sync()
