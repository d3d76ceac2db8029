"""Opening the owner's own data when its file cannot be used as it is - damaged, missing, or
empty while backups exist: say what happened and offer the newest sound backup, so that
her data is never replaced by an empty shop in silence."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app import backups, restoring
from app.backups import BackupInfo
from app.errors import StorageProblem
from app.i18n import QT_TRANSLATE_NOOP, message
from app.restoring import Recovery
from app.storage.problems import DamagedFileError
from ui.forms import tell
from ui.i18n import format_date, translate
from ui.session import DataSession

log = logging.getLogger(__name__)

#: What the owner chose: the backup, a new empty file (only when the file is missing or
#: empty), or to stop there.
USE_BACKUP, START_EMPTY, STOP = "backup", "empty", "stop"


class Declined(Exception):
    """The owner chose not to open her data now (when leaving the demo: she stays there)."""


def _when(backup: BackupInfo) -> str:
    """The day and the hour a backup was made (several are made the same day)."""
    if backup.made_at is None:
        return backup.path.name
    return translate("recovery", "{date} at {time}").format(
        date=format_date(backup.made_at.date()), time=backup.made_at.strftime("%H:%M")
    )


def _question(recovery: Recovery) -> str:
    backup = recovery.backup
    when = _when(backup)
    what = translate("recovery", "{people} people, {pairs} pairs, {sessions} sessions").format(
        people=backup.people, pairs=backup.pairs, sessions=backup.sessions
    )
    if recovery.reason == "damaged":
        return translate(
            "recovery",
            "Tandem's file is damaged and cannot be read (a crash or a full disk can do this). "
            "Tandem can go on with the newest sound backup, from {date}: {what}. "
            "The damaged file is kept aside, not deleted. Use this backup?",
        ).format(date=when, what=what)
    if recovery.reason == "empty":
        return translate(
            "recovery",
            "Tandem's file is empty: it holds nothing, although Tandem has backups of your data "
            "(a copy cut short or a full disk can do this). The newest sound backup is from {date}: "
            "{what}. Use this backup?",
        ).format(date=when, what=what)
    return translate(
        "recovery",
        "Tandem's file is missing from {folder}, although Tandem has backups of your data "
        "(it may have been moved or deleted). The newest sound backup is from {date}: {what}. "
        "Use this backup?",
    ).format(folder=str(backup.path.parent.parent), date=when, what=what)


def ask(recovery: Recovery, parent: QWidget | None = None, *, at_start: bool = True) -> str:
    """The owner's choice for ``recovery``: USE_BACKUP, START_EMPTY or STOP (quitting at
    start, cancelling later)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("recovery", "Tandem"),
        _question(recovery),
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    use = box.addButton(
        translate("recovery", "&Use this backup"), QMessageBox.ButtonRole.AcceptRole
    )
    empty = None
    if recovery.reason != "damaged":
        empty = box.addButton(
            translate("recovery", "Start with &no data"), QMessageBox.ButtonRole.DestructiveRole
        )
    box.addButton(
        translate("recovery", "&Quit") if at_start else translate("recovery", "Cancel"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(use)
    box.exec()
    clicked = box.clickedButton()
    if clicked is use:
        return USE_BACKUP
    if empty is not None and clicked is empty:
        return START_EMPTY
    return STOP


def _not_opened(recovery: Recovery) -> StorageProblem:
    folder = str(backups.backup_folder(recovery.backup.path.parent.parent))
    if recovery.reason == "damaged":
        return StorageProblem(
            message(
                "storage",
                QT_TRANSLATE_NOOP(
                    "storage",
                    "The Tandem file is damaged and cannot be read. Your backups are in {folder}.",
                ),
                folder=folder,
            )
        )
    return StorageProblem(
        message(
            "storage",
            QT_TRANSLATE_NOOP(
                "storage",
                "Tandem did not open: its file is missing or empty. Your backups are in {folder}.",
            ),
            folder=folder,
        )
    )


def _recover(session: DataSession, recovery: Recovery, parent: QWidget | None) -> None:
    aside = restoring.recover(session.folder, recovery)
    session.open_own_data()
    when = _when(recovery.backup)
    if aside is None:
        said = translate("recovery", "Tandem goes on with the backup of {date}.").format(date=when)
    elif recovery.reason == "damaged":
        said = translate(
            "recovery",
            "Tandem goes on with the backup of {date}. The damaged file is kept as {path}.",
        ).format(date=when, path=str(aside))
    else:
        said = translate(
            "recovery",
            "Tandem goes on with the backup of {date}. The empty file is kept as {path}.",
        ).format(date=when, path=str(aside))
    tell(parent, said)


def open_own_data(
    session: DataSession, parent: QWidget | None = None, *, at_start: bool = True
) -> None:
    """Open the owner's file; when it is missing, empty or damaged while backups exist, say
    so and offer the newest sound backup. Raises StorageProblem when nothing was opened, or
    Declined when she cancelled (not at start)."""
    missing = restoring.recovery_for_missing(session.folder)
    if missing is not None:
        log.warning("Data file %s at start, with backups", missing.reason)
        choice = ask(missing, parent, at_start=at_start)
        if choice == USE_BACKUP:
            _recover(session, missing, parent)
            return
        if choice == STOP:
            raise _not_opened(missing) if at_start else Declined()
        log.warning("The owner chose to start with no data over the %s file", missing.reason)
    try:
        session.open_own_data()
        return
    except DamagedFileError:
        damaged = restoring.recovery_for_damaged(session.folder)
        log.warning("Data file damaged at start; sound backup: %s", damaged is not None)
        if damaged is None:
            raise
    if ask(damaged, parent, at_start=at_start) != USE_BACKUP:
        raise _not_opened(damaged) if at_start else Declined()
    _recover(session, damaged, parent)
