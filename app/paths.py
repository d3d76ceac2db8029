"""Where Tandem keeps its files.

By default the per-user local data folder (on Windows ``%LOCALAPPDATA%\\Tandem``; on Linux
``~/.local/share/Tandem``). ``--data-dir`` on the command line, or the ``TANDEM_DATA_DIR``
environment variable, puts everything elsewhere - a USB key, for instance.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from platformdirs import user_data_dir

from app.errors import StorageProblem
from app.i18n import QT_TRANSLATE_NOOP, message

DATA_DIR_VARIABLE = "TANDEM_DATA_DIR"
#: The demo shops, each in a file of its own (built by app.demo).
DEMO_SHOPS = ("chocolaterie", "restaurant")
DATA_FILE = "tandem.sqlite"
DEMO_FILE_PATTERN = "demo-{name}.sqlite"
LOG_FOLDER = "logs"
#: The names Windows keeps for its devices, whatever the extension ("CON.pdf" is the console).
WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL"} | {
    f"{kind}{n}" for kind in ("COM", "LPT") for n in range(1, 10)
}
#: Long enough for any name, short enough that a file name stays well inside Windows' 260
#: characters for a whole path.
LONGEST_NAME = 120


def default_data_dir() -> Path:
    return Path(user_data_dir("Tandem", appauthor=False, roaming=False))


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: the option first, then the environment, then the default."""
    chosen = option or os.environ.get(DATA_DIR_VARIABLE) or default_data_dir()
    return Path(chosen).expanduser().resolve()


def ensure_data_dir(folder: Path) -> Path:
    """Create the data folder when needed; a folder Tandem cannot use is a StorageProblem."""
    if folder.exists() and not folder.is_dir():
        raise StorageProblem(
            message(
                "storage",
                QT_TRANSLATE_NOOP(
                    "storage",
                    "{folder} is a file, not a folder: choose a folder for Tandem's data.",
                ),
                folder=str(folder),
            )
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageProblem(
            message(
                "storage",
                QT_TRANSLATE_NOOP("storage", "Tandem cannot create its folder {folder}: {reason}"),
                folder=str(folder),
                reason=error.strerror or str(error),
            )
        ) from error
    if os.name == "posix":
        # The staff's personal data: for the owner's eyes only (a USB key may not keep it).
        with contextlib.suppress(OSError):
            folder.chmod(0o700)
    return folder


def data_file(folder: Path) -> Path:
    return folder / DATA_FILE


def demo_file(folder: Path, name: str) -> Path:
    return folder / DEMO_FILE_PATTERN.format(name=name)


def log_folder(folder: Path) -> Path:
    return folder / LOG_FOLDER


def safe_file_name(text: str, instead: str = " ") -> str:
    """``text`` as a file name (without its extension) on any system: no / \\ : * ? " < > |
    nor control characters (each run becomes ``instead``), no space or dot at either end
    (Windows drops them), not a name Windows keeps for a device, not too long."""
    cleaned = re.sub(r'[\x00-\x1f/\\:*?"<>|]+', instead, text)
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" .-")[:LONGEST_NAME].rstrip(" .")
    if cleaned.split(".")[0].strip().upper() in WINDOWS_DEVICES:
        cleaned = f"{cleaned} (Tandem)"
    return cleaned or "Tandem"
