"""Choosing what to restore: an automatic backup, or a copy kept elsewhere (a USB key)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import backups, restoring
from app.backups import BackupInfo
from app.errors import StorageProblem
from ui.forms import error_label, plain_label
from ui.i18n import format_date, text


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
        for info in backups.list_backups(data_dir):
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
