"""Choosing what to restore: an automatic backup, or a copy kept elsewhere (a USB key)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import backups, restoring
from app.backups import BackupInfo
from app.errors import StorageProblem
from app.paths import data_file
from app.storage.problems import why_not_writable
from app.storage.reconnect import unreachable
from ui.forms import error_label, plain_label, tell
from ui.i18n import format_date, text
from ui.operations import attempt

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class RestoreDialog(QDialog):
    """``chosen`` is the file to restore once the dialog is accepted."""

    def __init__(
        self, data_dir: Path, current: BackupInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore"))
        self.data_dir = data_dir
        self.chosen: Path | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        for info in backups.backups_to_restore(data_dir):
            self._add(info)
        self.other = QPushButton(self.tr("&Another file (a copy on a USB key)…"))
        self.errors = error_label()
        warning = (
            self.tr(
                "Restoring replaces the data you see now ({people} people, {pairs} pairs, {sessions} sessions) "
                "with the one you choose. The data of now is not lost: it is kept aside in Tandem's folder."
            ).format(people=current.people, pairs=current.pairs, sessions=current.sessions)
            if current
            else self.tr("The data of now is kept aside in Tandem's folder before restoring.")
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Choose what to bring back:"), wrap=True))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.other)
        layout.addWidget(plain_label(warning, wrap=True))
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.other.clicked.connect(self._other)
        self.list.currentItemChanged.connect(
            lambda *_: self.restore.setEnabled(self.list.currentItem() is not None)
        )
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore.setEnabled(self.list.currentItem() is not None)
        self.resize(560, 420)

    def _add(self, info: BackupInfo) -> None:
        when = (
            self.tr("{date} at {time}").format(
                date=format_date(info.made_at.date()), time=info.made_at.strftime("%H:%M")
            )
            if info.made_at
            else info.path.name
        )
        label = self.tr("{when} - {people} people, {pairs} pairs, {sessions} sessions").format(
            when=when, people=info.people, pairs=info.pairs, sessions=info.sessions
        )
        if info.date_in_doubt:
            label += " " + self.tr("(date in doubt)")
        item = QListWidgetItem(label)
        if info.date_in_doubt:
            item.setToolTip(
                self.tr(
                    "The PC's clock was ahead when this backup was made, so its date is wrong. "
                    "The backups are listed by what they hold, the newest first."
                )
            )
        item.setData(Qt.ItemDataRole.UserRole, str(info.path))
        self.list.addItem(item)

    def _other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("A copy of Tandem's data"),
            "",
            self.tr("Tandem data (*.sqlite);;All files (*)"),
        )
        if not name:
            return
        try:
            info = restoring.check_restorable(self.data_dir, Path(name))
        except StorageProblem as problem:
            self.errors.setText(text(problem.message))
            self.errors.show()
            return
        self.errors.hide()
        self._add(info)
        self.list.setCurrentRow(self.list.count() - 1)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        super().accept()


def restore_data(window: MainWindow) -> None:
    """Tandem › Restore…: choose a backup or a copy, check what can be checked while her
    data is still open, then put the choice in place and open it."""
    session = window.session
    assert session.path is not None
    try:
        current = backups.describe(session.path)
    except StorageProblem:
        current = None
    dialog = RestoreDialog(session.folder, current, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return
    folder, chosen = session.folder, dialog.chosen
    # refused here, her data stays open and in use
    if not attempt(window, lambda: _restorable(folder, chosen)):
        return
    session.close()
    try:
        aside = restoring.restore(folder, chosen)
    except StorageProblem as problem:  # the data is back where it was
        tell(window, text(problem.message), QMessageBox.Icon.Warning)
        _reopen_own_data(window)
        return
    if _reopen_own_data(window):
        tell(
            window,
            QCoreApplication.translate(
                "MainWindow", "Your data was restored. What you had before is kept in {path}."
            ).format(path=str(aside))
            if aside is not None
            else QCoreApplication.translate("MainWindow", "Your data was restored."),
        )


def _restorable(folder: Path, chosen: Path) -> bool:
    """True when ``chosen`` can be restored over the data in ``folder``; raises
    StorageProblem when not: not a sound Tandem file, the data file itself, or a folder
    that cannot be written."""
    restoring.check_restorable(folder, chosen)
    problem = why_not_writable(folder)
    if problem is not None:
        raise problem
    return True


def _reopen_own_data(window: MainWindow) -> bool:
    """Open her data again after it was closed to be replaced; if it cannot be (its key
    pulled out meanwhile), the way back is offered rather than a window on nothing."""
    if window.switch_data(None):
        return True
    window.guard.file_problem(unreachable(data_file(window.session.folder)), changing=False)
    return False


def save_copy(window: MainWindow) -> None:
    """A copy of the data where the owner chooses - a USB key, to move to a new PC."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = (
        QCoreApplication.translate("MainWindow", "Tandem copy {date}").format(
            date=dt.date.today().isoformat()
        )
        + ".sqlite"
    )
    chosen, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("MainWindow", "Save a copy"),
        str(Path(folder) / name),
        QCoreApplication.translate("MainWindow", "Tandem data (*.sqlite)"),
    )
    if chosen:
        saved = attempt(window, lambda: restoring.save_copy(Path(chosen)))
        if saved is not None:
            tell(
                window,
                QCoreApplication.translate(
                    "MainWindow", "A copy of your data was saved to {path}."
                ).format(path=str(saved)),
            )
