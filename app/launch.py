"""What the command line asks for, and the log file - everything of start-up that is not Qt."""

from __future__ import annotations

import argparse
import contextlib
import logging
import logging.handlers
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_log_dir

from app import version
from app.i18n import Message
from app.paths import DEMO_SHOPS, log_folder, resolve_data_dir
from app.storage.problems import os_problem

LOG_FILE = "tandem.log"
#: The environment variable that names a network's server, as ``--server`` does.
SERVER_VARIABLE = "TANDEM_SERVER"


class _Version(argparse.Action):
    """--version, reading the version only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"Tandem {version()}")
        parser.exit()


@dataclass(frozen=True)
class Options:
    data_dir: Path
    #: The demo shop to open, or None for the real data.
    demo: str | None
    #: Check the installation, print one line per check, and exit.
    self_test: bool = False
    #: Exit as soon as the first window is shown (to time the start, or to check it).
    quit_when_ready: bool = False
    #: The address of a network's PostgreSQL server to work on, instead of this PC's file.
    server: str | None = None


def parse_options(argv: Sequence[str] | None = None) -> Options:
    parser = argparse.ArgumentParser(
        prog="tandem",
        description="Run a reverse-mentoring programme in a small business, step by step.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help="keep Tandem's data in this folder (a USB key, for instance); "
        "also TANDEM_DATA_DIR. Default: the user's local data folder",
    )
    parser.add_argument(
        "--demo",
        nargs="?",
        const=DEMO_SHOPS[0],
        choices=DEMO_SHOPS,
        help="open a demo programme, in its own file, instead of your data (default: %(const)s)",
    )
    parser.add_argument(
        "--server",
        metavar="URL",
        help="work on the shared data of a network of shops, on its PostgreSQL server "
        "(postgresql://name@server/database); also TANDEM_SERVER",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the installation (data folder, files, screens, printing) and exit",
    )
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="exit once the first window is shown, printing its title",
    )
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="show Tandem's version and exit"
    )
    # Qt and platform launchers may add their own arguments (-style, -psn_…): leave them be.
    known, _ = parser.parse_known_args(argv)
    return Options(
        resolve_data_dir(known.data_dir),
        known.demo,
        known.self_test,
        known.quit_when_ready,
        known.server or os.environ.get(SERVER_VARIABLE) or None,
    )


@dataclass(frozen=True)
class LogPlace:
    """Where Tandem's log goes: the data folder's ``logs``, or - when that cannot be
    written (read-only, someone else's) - the user's own log folder, or nowhere."""

    path: Path | None
    #: Why the data folder's logs could not be used; None when they are.
    problem: Message | None = None
    #: The data folder's logs, where the log should have gone.
    wanted: Path | None = None


def fallback_log_folder() -> Path:
    """The user's own log folder on this PC (``~/.local/state/Tandem/log`` on Linux,
    ``%LOCALAPPDATA%\\Tandem\\Logs`` on Windows)."""
    return Path(user_log_dir("Tandem", appauthor=False))


class LogFile(logging.handlers.RotatingFileHandler):
    """The log file, which moves to the user's own log folder once it cannot be written any
    more (its disk full, its USB key pulled out) - rather than losing what follows, or
    printing errors nobody reads. Failing there too, it falls silent."""

    moved = False

    def handleError(self, record: logging.LogRecord) -> None:
        if self.moved:
            return
        self.moved = True
        failed = self.baseFilename
        fallback = fallback_log_folder() / LOG_FILE
        try:
            if self.stream is not None:
                with contextlib.suppress(OSError):
                    self.stream.close()
            fallback.parent.mkdir(parents=True, exist_ok=True)
            self.baseFilename = str(fallback)
            self.stream = self._open()
            self.stream.write(
                f"{self.formatter.formatTime(record) if self.formatter else ''} WARNING "
                f"{__name__}: {failed} cannot be written any more: the log goes on here\n"
            )
            super().emit(record)
        except Exception:  # a log must never stop Tandem: nothing more is written
            self.stream = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.moved and self.stream is None:
            return
        super().emit(record)


def _file_handler(folder: Path) -> tuple[Path, logging.Handler | None]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path, None
    handler = LogFile(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return path, handler


def configure_logging(data_dir: Path) -> LogPlace:
    """Log to a rotating file in the data folder; where that folder cannot be written, to the
    user's own log folder; failing that, nowhere - a log never stops Tandem."""
    wanted = log_folder(data_dir)
    problem: Message | None = None
    for folder in (wanted, fallback_log_folder()):
        try:
            path, handler = _file_handler(folder)
        except OSError as error:
            problem = problem or os_problem(error, folder / LOG_FILE).message
            continue
        root = logging.getLogger()
        root.setLevel(logging.INFO)
        if handler is not None:
            root.addHandler(handler)
        if problem is not None:
            logging.getLogger(__name__).warning(
                "The log cannot be written in %s (%s): it is written here instead", wanted, problem
            )
        return LogPlace(path, problem, wanted)
    return LogPlace(None, problem, wanted)


def logging_to_file() -> bool:
    """Whether a log file is already set up."""
    return any(hasattr(h, "baseFilename") for h in logging.getLogger().handlers)
