"""The ``tandem`` command: read the options, open the data, show the main window."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import backups
from app.errors import StorageProblem
from app.launch import LogPlace, Options, configure_logging, logging_to_file, parse_options
from app.paths import data_file, ensure_data_dir
from app.places import risky_location
from app.programmes import create_programme
from app.resources import resource
from app.running_mark import hold_running_mark
from app.shop import set_shop_name
from app.storage.database import database_path
from app.storage.problems import storage_problem_for
from ui import recovery, self_test, server_wait, system_libraries
from ui.forms import report_storage_problem, tell
from ui.i18n import Translators, system_language, text, translate
from ui.main_window import MainWindow
from ui.offscreen import use_offscreen
from ui.session import DataSession
from ui.settings import Settings
from ui.single_instance import Claim, SingleInstance

if TYPE_CHECKING:
    from ui.first_run import FirstRunChoice

log = logging.getLogger("tandem")


def _report_bug(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """An unexpected error: into the log with its traceback, and a calm word to the user,
    whose "Show Details" holds what a support call needs (and can be copied). An error of
    the disk met while reading (a USB key pulled out) is no bug: the owner gets its sentence."""
    problem = storage_problem_for(error, database_path(), changing=False)
    if problem is not None:
        log.warning("Storage problem: %s", problem, exc_info=(kind, error, trace))
        if QApplication.instance() is not None:
            report_storage_problem(None, problem, changing=False)
        return
    details = "".join(traceback.format_exception(kind, error, trace))
    log.error("Unexpected error\n%s", details)
    if QApplication.instance() is None:
        return
    _calm_box(
        translate(
            "main",
            "Something unexpected happened. What was already saved is safe, and Tandem goes on. "
            'The details were written to Tandem\'s log file; "Show Details" shows them to copy.',
        ),
        details,
    )


def _calm_box(sentence: str, details: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, translate("main", "Tandem"), sentence)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText(details)
    box.exec()


def _start_crashed(arguments: Sequence[str], error: BaseException) -> None:
    """A bug stopped the start: its traceback into the log (set up here if the start did not
    get that far), and a calm word."""
    if not logging_to_file():
        with contextlib.suppress(Exception):
            configure_logging(parse_options(list(arguments)[1:]).data_dir)
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log.error("Tandem could not start\n%s", details)
    if "--self-test" in arguments:  # run by an installer or CI: nobody is there to click OK
        print(details, file=sys.stderr)
    elif QApplication.instance() is not None:
        _calm_box(
            translate(
                "main",
                "Tandem could not start because of an unexpected problem. Your data was not changed. "
                'The details were written to Tandem\'s log file; "Show Details" shows them to copy.',
            ),
            details,
        )


def _first_run(
    session: DataSession, settings: Settings, translators: Translators
) -> FirstRunChoice | None:
    """The first-run setup; what the owner chose, or None if they closed it."""
    from app.trades import add_trade_topics
    from ui.first_run import FirstRunWizard  # once, on the first start

    wizard = FirstRunWizard(translators.language, translators.use)
    if wizard.exec() != QDialog.DialogCode.Accepted:
        return None
    choice = wizard.choice()
    settings.language = choice.language
    session.open_own_data()
    set_shop_name(choice.shop_name)
    add_trade_topics(choice.trade, translate)
    if not choice.explore_demo:
        settings.programme_id = create_programme(choice.programme_name).id
        settings.page = 1
    settings.setup_done = True
    return choice


def _when_ready(options: Options) -> None:
    """With --quit-when-ready: once the first window is shown and the events are handled,
    print its title and close it."""
    if not options.quit_when_ready:
        return

    def report() -> None:
        window = QApplication.activeModalWidget() or QApplication.activeWindow()
        shown = window or next((w for w in QApplication.topLevelWidgets() if w.isVisible()), None)
        print(f"ready: {shown.windowTitle() if shown else ''}", flush=True)
        if isinstance(shown, QDialog):
            shown.reject()
        else:
            QApplication.exit(0)

    QTimer.singleShot(0, report)


def ask(question: str) -> bool:
    """A yes-or-no question whose text is shown literally."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("main", "Tandem"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def _claim(instance: SingleInstance, folder: Path) -> bool:
    """Whether this start may go on: it holds the data folder, or the owner takes it over
    from another PC where Tandem is not open any more."""
    claim = instance.claim()
    if claim is Claim.HELD:
        return True
    if claim is Claim.HERE:
        if instance.answered:
            log.info("Tandem is already open on %s: its window was brought forward", folder)
            return False
        # the lock names a Tandem of this computer that does not answer: one busy in another
        # session, or a lock copied along with the folder from a Tandem that works elsewhere
        return ask(
            translate(
                "main",
                "Tandem seems to be open already on the data in {folder}, but it does not answer. "
                "If no Tandem window shows this data (in this session or another one on this computer), "
                "open it here. Open it here?",
            ).format(folder=str(folder))
        ) and (instance.take_over() or _claim(instance, folder))
    log.warning("The data folder %s is held by Tandem on %s", folder, instance.holder)
    return (
        ask(
            translate(
                "main",
                "Tandem seems to be open on another computer ({computer}) with the data in {folder}. "
                "Two Tandems on the same data would spoil it. If Tandem is closed there (or that computer "
                "stopped without closing it), open it here. Open it here?",
            ).format(computer=instance.holder, folder=str(folder))
        )
        # taken over meanwhile by a start here that got the same answer: that one comes forward
        and (instance.take_over() or _claim(instance, folder))
    )


def claimed(folder: Path) -> SingleInstance | None:
    """The lock on the data folder of this PC, or None when another Tandem holds it (that
    one comes forward) or the owner left it there."""
    instance = SingleInstance(folder)
    if not _claim(instance, folder):
        return None
    instance.activated.connect(_come_forward)  # even while a question is open
    return instance


def launch(arguments: Sequence[str]) -> MainWindow | int:
    """Everything up to the main window shown: options, data folder, first-run setup, the
    file opened. Returns the window, or the exit code when Tandem cannot or need not go on."""
    hold_running_mark()  # the installer waits for this Tandem (even a self-test) to end
    options = parse_options(arguments[1:])
    if os.name == "posix":
        os.umask(0o077)  # every file Tandem writes (data, backups, logs) is the user's alone
    if options.self_test:
        use_offscreen(sys.platform)  # the self-test needs no screen, but fonts
    missing = system_libraries.check() if QApplication.instance() is None else None
    if missing is not None:
        print(missing, file=sys.stderr)  # Qt may stop at the next line, with a vaguer hint
    app = QApplication.instance() or QApplication(list(arguments))
    assert isinstance(app, QApplication)
    app.setApplicationName("Tandem")
    app.setOrganizationName("Tandem")
    app.setWindowIcon(QIcon(str(resource("icons", "tandem.png"))))
    server_wait.install()  # a server that makes Tandem wait never freezes the window
    if options.self_test:
        return self_test.run(options, app)
    translators = Translators(app)
    translators.use(system_language())
    instance: SingleInstance | None = None
    try:
        folder = ensure_data_dir(options.data_dir)
        logged = configure_logging(folder)
        settings = Settings(folder)
        translators.use(settings.language or system_language())
        server = options.server or settings.server
        # one Tandem at a time on the file of this PC; on a server, as many as wanted
        instance = None if server is not None else claimed(folder)
        if server is None and instance is None:
            translators.remove()
            return 0
        if instance is not None:  # what another Tandem of this PC writes is never taken
            _clean_leftovers(folder)
        session = DataSession(folder, settings)
        demo = options.demo
        if demo is None and server is None and not settings.setup_done and not _has_data(folder):
            _when_ready(options)
            choice = _first_run(session, settings, translators)
            if choice is None:
                if instance is not None:
                    instance.close()
                translators.remove()
                return 0
            demo = "chocolaterie" if choice.explore_demo else None
        elif demo is None and server is None:
            demo = settings.demo_shop
        if demo is not None:
            session.open_demo(demo)
        elif server is not None and _connect(session, server):
            settings.setup_done = True
        else:
            if instance is None:  # the server was left for this PC's file
                instance = claimed(folder)
                if instance is None:
                    translators.remove()
                    return 0
            recovery.open_own_data(session)
            settings.setup_done = True
    except StorageProblem as problem:
        log.warning("Tandem could not open its data: %s", problem)
        tell(None, text(problem.message), QMessageBox.Icon.Critical)
        if instance is not None:
            instance.close()
        translators.remove()
        return 1
    window = MainWindow(session, settings, translators)
    window.instance = instance
    window.show()
    _when_ready(options)
    if not options.quit_when_ready:
        _soon(window, window.guard.show_backup_state)
        _soon(window, lambda: _say_where_the_log_is(window, logged))
    if not session.is_demo and not options.quit_when_ready:
        _soon(window, lambda: _forget(window))
        if not session.on_server:  # the warning is about where this PC keeps the file
            _soon(window, lambda: _warn_about_location(window))
    return window


def _connect(session: DataSession, server: str) -> bool:
    """The network's data opened at start; False when the owner chose this PC's data
    instead (then it is this PC's data at the next start too)."""
    from ui import server_actions  # the server's driver loads only for a server

    if server_actions.connect(None, session, server):
        return True
    session.settings.server = None
    return False


def _come_forward() -> None:
    """Another start of Tandem on this data: what this Tandem shows comes to the front - the
    question or dialog open now, else the main window."""
    shown = QApplication.activeModalWidget() or next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()),
        None,
    )
    if shown is not None:
        if isinstance(shown, MainWindow):
            shown.showNormal()
        shown.raise_()
        shown.activateWindow()


def _soon(window: MainWindow, action: Callable[[], None]) -> None:
    """Run ``action`` once the window is shown and its events handled, and not while it
    waits for the server - unless it was closed meanwhile."""
    server_wait.when_free(window, lambda: action() if window.isVisible() else None)


def _has_data(folder: Path) -> bool:
    """A folder that holds a data file or backups is no first start, even without its
    settings file (a folder copied to a new PC, a lost tandem.ini): her shop opens as it is,
    never renamed by the welcome wizard."""
    own = data_file(folder)
    return (own.exists() and own.stat().st_size > 0) or backups.has_backups(folder)


def _clean_leftovers(folder: Path) -> None:
    try:
        removed = backups.clean_leftovers(folder)
    except OSError as error:
        log.warning("Could not clean the data folder: %s", error)
        return
    if removed:
        log.info("Removed what interrupted copies left: %s", ", ".join(p.name for p in removed))


def _say_where_the_log_is(window: MainWindow, logged: LogPlace) -> None:
    """The data folder's logs cannot be written: say where the log goes, once for it."""
    if logged.problem is None:
        return
    where = str(logged.path) if logged.path else ""
    said = f"{logged.wanted}|{where}"
    if window.settings.warned_log == said:
        return
    window.settings.warned_log = said
    reason = text(logged.problem)
    tell(
        window,
        translate("main", "{reason} Tandem writes its log to {path} instead.").format(
            reason=reason, path=where
        )
        if logged.path
        else translate("main", "{reason} Tandem works on without a log.").format(reason=reason),
        QMessageBox.Icon.Warning,
    )


def _warn_about_location(window: MainWindow) -> None:
    """A data folder in a cloud-synced folder or on a network share: say so, once for it."""
    folder = window.session.folder
    risk = risky_location(folder)
    if risk is not None and window.settings.warned_location != str(folder):
        tell(window, text(risk), QMessageBox.Icon.Warning)
        window.settings.warned_location = str(folder)


def _forget(window: MainWindow) -> None:
    from ui import privacy_actions  # just after the window is shown, not before

    privacy_actions.propose_forgetting(window, window.settings)


def _forgiving_output() -> None:
    """What Tandem prints (the self-test, the version) never stops it: on Windows, output
    sent to a file or a pipe uses the PC's code page, and a character it lacks (in a folder's
    name, say) is written as an escape instead of raising."""
    for stream in (sys.stdout, sys.stderr):  # None in the windowed Windows build
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv if argv is None else argv)
    _forgiving_output()
    sys.excepthook = _report_bug
    try:
        try:
            window = launch(arguments)
        except Exception as error:
            _start_crashed(arguments, error)
            return 70  # EX_SOFTWARE
        if isinstance(window, int):
            return window
        return QApplication.exec()
    finally:
        sys.excepthook = sys.__excepthook__


if __name__ == "__main__":
    sys.exit(main())
