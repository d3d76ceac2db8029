"""Putting the sessions in everyone's calendar: the iCalendar files written in a folder the
owner chooses, then where they went, with a way to open that folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import sessions
from ui.forms import tell
from ui.i18n import translate
from ui.printing.output import suggested_path


def export_calendars(parent: QWidget, programme_id: int) -> list[Path] | None:
    """Ask for a folder, write the calendars there and say where they are."""
    folder = QFileDialog.getExistingDirectory(
        parent,
        translate("calendars", "Where to put the calendar files"),
        str(suggested_path("Tandem").parent),
    )
    if not folder:
        return None
    try:
        written = sessions.write_calendars(programme_id, Path(folder), translate)
    except OSError as error:
        tell(
            parent,
            translate(
                "calendars", "Tandem could not write the calendars in {folder}: {reason}"
            ).format(folder=str(Path(folder)), reason=error.strerror or str(error)),
            QMessageBox.Icon.Warning,
        )
        return None
    _show_written(parent, Path(folder), written)
    return written


def _show_written(parent: QWidget, folder: Path, written: list[Path]) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("calendars", "Tandem"),
        translate(
            "calendars",
            "The calendars are in {folder}: {whole} for the whole programme, and one file per "
            "person with only their sessions, to open on their phone or in their mail program. "
            "Export again after a change: the sessions are updated, not added twice.",
        ).format(folder=str(folder), whole=written[0].name),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    open_folder = box.addButton(
        translate("calendars", "Open the &folder"), QMessageBox.ButtonRole.ActionRole
    )
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(close)
    box.exec()
    if box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
