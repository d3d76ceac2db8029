"""``tandem --self-test``: what the installer, CI and a support call run to know that this
Tandem works here. One line per check; exit code 0 when every check passed."""

from __future__ import annotations

import contextlib
import datetime as dt
import faulthandler
import os
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from app import version
from app.launch import Options
from app.paths import data_file, ensure_data_dir
from app.resources import resources_folder

#: Random teams the whole-team proposal is checked on (about a second in all).
_PROOF_TEAMS = 1000

#: Errors raised in Qt's slots while a check runs (Qt hands them to sys.excepthook).
_in_slots: list[str] = []


@contextlib.contextmanager
def slot_errors_fail_checks() -> Iterator[None]:
    """While the self-test runs, an error in a slot fails the check that caused it - and
    never opens Tandem's "Something unexpected happened" box, which nobody is there to
    close when an installer or CI runs the self-test."""

    def record(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        _in_slots.append("".join(traceback.format_exception(kind, error, trace)))

    previous, sys.excepthook = sys.excepthook, record
    try:
        yield
    finally:
        sys.excepthook = previous


def _check(name: str, check: Callable[[], str]) -> bool:
    _in_slots.clear()
    try:
        detail = check()
        QApplication.processEvents()  # what the check set going ends here, in this check
        if _in_slots:
            raise RuntimeError(_in_slots[0].strip().splitlines()[-1])
    except Exception as error:  # every failure becomes a line of the report
        print(f"FAIL  {name}: {error}")
        print("      " + traceback.format_exc().strip().splitlines()[-1])
        return False
    print(f"ok    {name}" + (f": {detail}" if detail else ""))
    return True


def _data_folder(folder: Path) -> str:
    ensure_data_dir(folder)
    probe = folder / ".tandem-self-test"
    probe.write_text("ok", encoding="utf-8")
    probe.unlink()
    return str(folder)


def _data_file(folder: Path) -> str:
    from app.storage.files import integrity_check

    path = data_file(folder)
    if not path.exists():
        return "no data yet"
    problems = integrity_check(path)
    if problems:
        raise RuntimeError("; ".join(problems[:5]))
    return f"{path.name} is sound"


def _translations(app: QApplication) -> str:
    loaded = []
    for name, folder in (
        ("tandem_fr", str(resources_folder() / "translations")),
        ("tandem_en", str(resources_folder() / "translations")),
        ("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if not translator.load(name, folder):
            raise RuntimeError(f"{name}.qm is missing from {folder}")
        loaded.append(name)
    return ", ".join(loaded)


def _window_and_print(work: Path) -> str:
    from app import documents
    from app.progress import programme_progress
    from ui.main_window import MainWindow
    from ui.printing.output import write_pdf
    from ui.session import DataSession
    from ui.settings import Settings

    settings = Settings(work)
    session = DataSession(work, settings)
    try:
        session.open_demo("chocolaterie")
        window = MainWindow(session, settings)
        window.show()
        for page in range(len(window.pages)):
            window.stepper.go_to(page)
            QApplication.processEvents()
        programme = window.current_programme()
        assert programme is not None
        pair = programme_progress(programme, dt.date.today()).pairs[0]
        pdf = work / "review-sheet.pdf"
        pages = write_pdf(documents.review_sheet(pair.pair_id), pdf)
        window.close()
    finally:
        session.close()
    return f"{len(window.pages)} screens shown; review sheet of {pages} page(s), {pdf.stat().st_size} bytes"


def _team_proposal() -> str:
    """The solver of the whole-team proposal in this build finds the best set of pairs: on
    a case worked out by hand, then on random teams against trying every set."""
    from app.assignment import Value, best_pairs
    from app.assignment_proof import wrong_answers

    chosen = best_pairs(
        {(1, 10): Value(1, 100, 20), (1, 11): Value(0, 60, 100), (2, 11): Value(0, 60, 90)},
        {1: 1, 2: 1},
    )
    if chosen != {(1, 10), (2, 11)}:
        raise RuntimeError(f"the best pairs came out as {sorted(chosen)}")
    wrong = wrong_answers(_PROOF_TEAMS)
    if wrong:
        raise RuntimeError(f"{len(wrong)} of {_PROOF_TEAMS} random teams: {wrong[0]}")
    return f"the best pairs found for {_PROOF_TEAMS + 1} teams, checked by trying every set"


def _calendars() -> str:
    """The shop's time zone is in the build, with its changes of hour."""
    from app.sessions import SHOP_TIME, timezone_lines

    lines = timezone_lines(SHOP_TIME, dt.date(2027, 3, 1), dt.date(2027, 4, 1))
    # forward an hour at 02:00 on the last Sunday of March, each year
    if not {"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "TZOFFSETTO:+0200"} <= set(lines):
        raise RuntimeError("the change to summer time in Paris could not be written")
    return "Europe/Paris"


#: Seconds the whole self-test may take before it stops itself with exit code 1 and every
#: thread's stack (a few seconds on a shop PC): the installer waits for it, and a check held
#: forever - a data folder on a share that stopped answering - must not hold the install.
#: TANDEM_SELF_TEST_SECONDS sets another limit.
LIMIT_SECONDS = 180


def run(options: Options, app: QApplication) -> int:
    limit = float(os.environ.get("TANDEM_SELF_TEST_SECONDS") or LIMIT_SECONDS)
    timer = threading.Timer(limit, _stop, (limit,))
    timer.daemon = True
    timer.start()
    with contextlib.suppress(AttributeError, ValueError, OSError, RuntimeError):
        # the last resort, for a check stuck in C code that holds Python's lock (the timer's
        # thread then never runs); the windowed tandem.exe has no stderr to hand it
        faulthandler.dump_traceback_later(limit + BACKSTOP_SECONDS, exit=True, file=sys.stderr)
    try:
        with slot_errors_fail_checks():
            return _run(options, app)
    finally:
        timer.cancel()
        faulthandler.cancel_dump_traceback_later()


#: Seconds after the limit when faulthandler's own watchdog stops a self-test still running.
BACKSTOP_SECONDS = 60


def _stop(limit: float) -> None:
    """The limit is reached: say where every thread was, then stop with exit code 1. Run
    from a Python thread, which holds Python's lock while it reads the other threads' stacks
    (faulthandler's watchdog reads them without it, and the self-test stopped that way ended
    in a segmentation fault two times in three)."""
    with contextlib.suppress(AttributeError, ValueError, OSError):
        sys.stderr.write(f"Timeout ({limit:g} s): the self-test stopped itself.\n")
        faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
        sys.stderr.flush()
    os._exit(1)


def _run(options: Options, app: QApplication) -> int:
    print(f"Tandem {version()} self-test")
    results = [
        _check("resources", lambda: str(resources_folder())),
        _check("data folder", lambda: _data_folder(options.data_dir)),
        _check("data file", lambda: _data_file(options.data_dir)),
        _check("translations", lambda: _translations(app)),
        _check("team proposal", _team_proposal),
        _check("calendars", _calendars),
    ]
    # a check that failed half-way may leave the demo's file open: on Windows that file
    # cannot be removed yet, and a FAIL line must stay a FAIL line, not a crash
    with tempfile.TemporaryDirectory(
        prefix="tandem-self-test-", ignore_cleanup_errors=True
    ) as work:
        results.append(_check("screens and printing", lambda: _window_and_print(Path(work))))
    passed = all(results)
    print("all checks passed" if passed else "some checks failed")
    return 0 if passed else 1
