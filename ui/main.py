"""The ``tandem`` command: read the options, open the data, show the main window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import backups
from app.errors import StorageProblem
from app.i18n import QT_TRANSLATE_NOOP, message
from app.launch import Options, configure_logging, parse_options
from app.paths import ensure_data_dir, risky_location
from app.programmes import create_programme
from app.resources import resource
from app.shop import set_shop_name
from app.storage.database import DamagedFileError
from ui import self_test
from ui.forms import tell
from ui.i18n import Translators, format_date, system_language, text, translate
from ui.main_window import MainWindow
from ui.session import DataSession
from ui.settings import Settings
from ui.single_instance import SingleInstance

if TYPE_CHECKING:
    from ui.first_run import FirstRunChoice

log = logging.getLogger("tandem")


def _report_bug(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """An unexpected error: into the log with its traceback, and a calm word to the user,
    whose "Show Details" holds what a support call needs (and can be copied)."""
    details = "".join(traceback.format_exception(kind, error, trace))
    log.error("Unexpected error\n%s", details)
    if QApplication.instance() is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("main", "Tandem"),
        translate(
            "main",
            "Something unexpected happened. What was already saved is safe, and Tandem goes on. "
            'The details were written to Tandem\'s log file; "Show Details" shows them to copy.',
        ),
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText(details)
    box.exec()


def _first_run(
    session: DataSession, settings: Settings, translators: Translators
) -> FirstRunChoice | None:
    """The first-run setup; what the owner chose, or None if they closed it."""
    from ui.first_run import FirstRunWizard  # once, on the first start

    wizard = FirstRunWizard(translators.language, translators.use)
    if wizard.exec() != QDialog.DialogCode.Accepted:
        return None
    choice = wizard.choice()
    settings.language = choice.language
    session.open_own_data()
    set_shop_name(choice.shop_name)
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


def _open_own_data(session: DataSession) -> None:
    """Open the owner's file; a damaged one is offered the newest sound backup instead."""
    try:
        session.open_own_data()
        return
    except DamagedFileError:
        sound = backups.list_backups(session.folder)
        if not sound:
            raise
    newest = sound[0]
    when = format_date(newest.made_at.date()) if newest.made_at else newest.path.name
    if not ask(
        translate(
            "main",
            "Tandem's file is damaged and cannot be read (a crash or a full disk can do this). "
            "Tandem can go on with the newest sound backup, from {date}: {people} people, {pairs} pairs, "
            "{sessions} sessions. The damaged file is kept aside, not deleted. Use this backup?",
        ).format(date=when, people=newest.people, pairs=newest.pairs, sessions=newest.sessions)
    ):
        raise StorageProblem(
            message(
                "storage",
                QT_TRANSLATE_NOOP("storage", "The Tandem file is damaged and cannot be read."),
            )
        )
    recovered = backups.recover(session.folder)
    assert recovered is not None
    session.open_own_data()
    tell(
        None,
        translate(
            "main", "Tandem goes on with the backup of {date}. The damaged file is kept as {path}."
        ).format(date=when, path=str(recovered[0])),
    )


def launch(arguments: Sequence[str]) -> MainWindow | int:
    """Everything up to the main window shown: options, data folder, first-run setup, the
    file opened. Returns the window, or the exit code when Tandem cannot or need not go on."""
    options = parse_options(arguments[1:])
    if os.name == "posix":
        os.umask(0o077)  # every file Tandem writes (data, backups, logs) is the user's alone
    if options.self_test and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the self-test needs no screen
    app = QApplication.instance() or QApplication(list(arguments))
    assert isinstance(app, QApplication)
    app.setApplicationName("Tandem")
    app.setOrganizationName("Tandem")
    app.setWindowIcon(QIcon(str(resource("icons", "tandem.png"))))
    if options.self_test:
        return self_test.run(options, app)
    translators = Translators(app)
    translators.use(system_language())
    try:
        folder = ensure_data_dir(options.data_dir)
        configure_logging(folder)
        settings = Settings(folder)
        translators.use(settings.language or system_language())
        instance = SingleInstance(folder)
        if instance.already_running():
            log.info("Tandem is already open on %s: its window was brought forward", folder)
            translators.remove()
            return 0
        instance.listen()
        session = DataSession(folder, settings)
        demo = options.demo
        if demo is None and not settings.setup_done:
            _when_ready(options)
            choice = _first_run(session, settings, translators)
            if choice is None:
                translators.remove()
                return 0
            demo = "chocolaterie" if choice.explore_demo else None
        elif demo is None:
            demo = settings.demo_shop
        if demo is not None:
            session.open_demo(demo)
        else:
            _open_own_data(session)
    except StorageProblem as problem:
        tell(None, text(problem.message), QMessageBox.Icon.Critical)
        translators.remove()
        return 1
    window = MainWindow(session, settings, translators)
    window.instance = instance
    instance.activated.connect(window.bring_forward)
    window.show()
    _when_ready(options)
    if not session.is_demo and not options.quit_when_ready:
        QTimer.singleShot(0, lambda: _forget(window))
        QTimer.singleShot(0, lambda: _warn_about_location(window))
    return window


def _warn_about_location(window: MainWindow) -> None:
    """A data folder in a cloud-synced folder or on a network share: say so, once for it."""
    folder = window.session.folder
    risk = risky_location(folder)
    if risk is not None and window.settings.warned_location != str(folder):
        tell(window, text(risk), QMessageBox.Icon.Warning)
        window.settings.warned_location = str(folder)


def _forget(window: MainWindow) -> None:
    from ui import privacy_actions  # just after the window is shown, not before

    if privacy_actions.propose_forgetting(window, window.settings):
        window.open_data()


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv if argv is None else argv)
    sys.excepthook = _report_bug
    try:
        window = launch(arguments)
        if isinstance(window, int):
            return window
        return QApplication.exec()
    finally:
        sys.excepthook = sys.__excepthook__


if __name__ == "__main__":
    sys.exit(main())
