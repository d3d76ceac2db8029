"""Watching over the open data while the owner works: whether backups can be made (said
once, then shown in the status bar until they work again), and whether the file is still
there (deleted, moved, or on a USB key that was pulled out) - with a way to put it back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.errors import StorageProblem
from app.storage.database import still_there
from app.storage.problems import DamagedFileError, FileGoneError
from app.storage.reconnect import Reconnected, reconnect
from ui import forms
from ui.forms import ElidedLabel, tell
from ui.i18n import text, translate
from ui.session import DataSession

log = logging.getLogger(__name__)

#: How often the file's presence is checked while nothing else happens.
WATCH_MS = 2000


class DataGuard(QObject):
    """Tells the owner what goes wrong with her data's storage, once, and what to do."""

    def __init__(
        self, window: QMainWindow, session: DataSession, reload: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        #: Shows the data again on every screen, when the file taken up holds other data.
        self.reload = reload
        self.backup_state = ElidedLabel()
        self.backup_state.setObjectName("backup_state")
        self.backup_state.setStyleSheet("color: #a40000;")
        window.statusBar().addWidget(self.backup_state, 1)
        self.backup_state.hide()
        self._said_backup: str | None = None
        self._lost = False
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_MS)
        self.watch.timeout.connect(self.check)
        self.watch.start()
        forms.file_problem_handler = self.file_problem

    # --- backups ------------------------------------------------------------------------

    def show_backup_state(self) -> None:
        """Say once why backups cannot be made; keep it in the status bar until they work."""
        problem = self.session.backup_problem
        if problem is None:
            if self._said_backup is not None:
                self.window.statusBar().showMessage(self.tr("Backups work again."), 10_000)
            self._said_backup = None
            self.backup_state.hide()
            return
        sentence = text(problem.message)
        self.backup_state.setText(
            self.tr("Backups cannot be made: {reason}").format(reason=sentence)
        )
        self.backup_state.show()
        if self._said_backup is None:
            self._said_backup = sentence
            tell(
                self.window,
                self.tr(
                    "Tandem cannot make backups of your data for now. {reason} "
                    "Your work is still saved as you go; Tandem tries the backup again in a few minutes."
                ).format(reason=sentence),
                QMessageBox.Icon.Warning,
            )

    def back_up_when_due(self) -> None:
        self.session.back_up(only_when_due=True)
        self.show_backup_state()

    # --- the file itself -----------------------------------------------------------------

    def check(self) -> None:
        """Is the open file still where it was opened? If not, say so at once."""
        if self._lost or self.session.path is None or not self.window.isVisible():
            return
        try:
            still_there(changing=False)
        except FileGoneError as problem:
            self.file_problem(problem, changing=False)

    def file_problem(self, problem: StorageProblem, changing: bool = True) -> None:
        """The file is gone, or its disk does not answer: say so, and offer to put the data
        back (or to find it again once the USB key is back) until it works, or to quit.
        ``changing``: a change was refused because of it, and is to be made again."""
        if self._lost:
            return
        self._lost = True
        log.warning("The data file cannot be used: %s", problem)
        sentence = text(problem.message)
        try:
            while True:
                box = QMessageBox(
                    QMessageBox.Icon.Warning,
                    translate("forms", "Tandem"),
                    sentence,
                    parent=self.window,
                )
                box.setTextFormat(Qt.TextFormat.PlainText)
                box.setInformativeText(
                    self.tr(
                        "Tandem still has your data open. Try again puts it back in place, or takes up "
                        "the file again once its USB key is back. Nothing is deleted."
                    )
                )
                again = box.addButton(self.tr("&Try again"), QMessageBox.ButtonRole.AcceptRole)
                box.addButton(self.tr("&Quit Tandem"), QMessageBox.ButtonRole.RejectRole)
                box.setDefaultButton(again)
                box.exec()
                if box.clickedButton() is not again:
                    self.window.close()
                    return
                try:
                    done = reconnect(translate)
                except DamagedFileError as damaged:
                    sentence = (
                        text(damaged.message)
                        + " "
                        + self.tr(
                            "Close Tandem and start it again: it offers your newest sound backup."
                        )
                    )
                    continue
                except StorageProblem as still:
                    sentence = text(still.message)
                    continue
                break
        finally:
            self._lost = False
        if done is Reconnected.FOUND_CHANGED:
            self.reload()
            said = self.tr(
                "Tandem found its file again at {path}. It had changed meanwhile: the screens show it as it is now."
            )
        else:
            said = (
                self.tr("Your data is back in place at {path}.")
                if done is Reconnected.PUT_BACK
                else self.tr("Tandem found its file again at {path}.")
            )
            if changing:
                said += " " + self.tr(
                    "Your last change was not saved: make it again (what you typed is still on the screen)."
                )
        tell(self.window, said.format(path=str(self.session.path)))

    def stop(self) -> None:
        self.watch.stop()
        if forms.file_problem_handler == self.file_problem:
            forms.file_problem_handler = None
