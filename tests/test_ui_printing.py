"""The print menus of the screens reach every document, for the pair or mentor chosen."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app import documents
from tests.disks import fill, small_disk
from tests.qt_helpers import Boxes, type_text, when_modal
from tests.windows import open_window
from ui.main_window import MainWindow
from ui.printing.menu import build
from ui.printing.output import suggested_path, write_pdf
from ui.steps.coaching_page import CoachingPage
from ui.steps.needs_page import NeedsPage
from ui.steps.review_page import ReviewPage
from ui.steps.rules_page import RulesPage


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    opened = open_window(qtbot, tmp_path)
    yield opened
    opened.close()


def _entries(menu: QMenu) -> list[str]:
    menu.aboutToShow.emit()
    return [action.text() for action in menu.actions()]


def _trigger(menu: QMenu, text: str) -> None:
    next(action for action in menu.actions() if action.text() == text).trigger()


def test_the_review_step_prints_the_sheet_all_sheets_and_the_summary(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.stepper.go_to(5)
    page = window.pages[5]
    assert isinstance(page, ReviewPage)
    assert _entries(page.print_menu) == [
        "Review sheet of this pair - print…",
        "Review sheet of this pair - save as PDF…",
        "All the review sheets - print…",
        "All the review sheets - save as PDF…",
        "Programme summary - print…",
        "Programme summary - save as PDF…",
    ]
    proposed: list[str] = []

    def choose_file(parent: object, caption: str, directory: str, filter: str) -> tuple[str, str]:
        proposed.append(Path(directory).name)
        return str(tmp_path / "summary"), filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose_file)
    boxes = Boxes({"The PDF was saved as": "Open its folder"})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        _trigger(page.print_menu, "Programme summary - save as PDF…")
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert proposed == ["Programme summary - Going online.pdf"]
    text = " ".join(PdfReader(tmp_path / "summary.pdf").pages[0].extract_text().split())
    assert "Programme summary - Going online" in text
    assert boxes.said == [f"The PDF was saved as {tmp_path / 'summary.pdf'}."]
    assert opened.urls == [QUrl.fromLocalFile(str(tmp_path))]  # its folder, shown


class Opened(QObject):
    """Stands for the file manager: the files and folders Tandem asked to show."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="HOME and XDG move Qt's Documents folder on Linux; Windows takes it from the profile",
)
def test_the_pdf_is_proposed_in_documents_or_else_at_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert suggested_path("Fiche: Lucas/Marie") == tmp_path / "Fiche- Lucas-Marie.pdf"
    assert not (tmp_path / "Documents").exists()  # nothing created
    (tmp_path / "Documents").mkdir()
    assert suggested_path("Fiche") == tmp_path / "Documents" / "Fiche.pdf"


def test_the_preview_fits_the_screen(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.printing.output import print_with_preview

    sizes: list[tuple[int, int]] = []

    def look(dialog: QWidget) -> None:
        sizes.append((dialog.width(), dialog.height()))
        dialog.reject()  # type: ignore[attr-defined]

    when_modal(look)
    window.stepper.go_to(5)
    review = window.pages[5]
    assert isinstance(review, ReviewPage)
    pair = review.pair_list.selected_id()
    assert pair is not None
    print_with_preview(window, build("review_sheet", pair))
    room = window.screen().availableGeometry()
    assert sizes and sizes[0][0] <= room.width() and sizes[0][1] <= room.height()


def test_the_rules_step_prints_the_charter_and_coaching_the_guide(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    previewed: list[str] = []
    monkeypatch.setattr(
        "ui.printing.output.print_with_preview",
        lambda parent, build: previewed.append(build().name),
    )
    window.stepper.go_to(4)
    rules = window.pages[4]
    assert isinstance(rules, RulesPage)
    pair = rules.slots.item(0, 0).text()
    assert _entries(rules.charter_menu)[0] == f"Charter of {pair} - print…"
    _trigger(rules.charter_menu, f"Charter of {pair} - print…")
    window.stepper.go_to(3)
    coaching = window.pages[3]
    assert isinstance(coaching, CoachingPage)
    coaching.mentors.setCurrentRow(1)  # Karim
    assert _entries(coaching.guide_menu) == [
        "Guide for the mentor chosen - print…",
        "Guide for the mentor chosen - save as PDF…",
    ]
    _trigger(coaching.guide_menu, "Guide for the mentor chosen - print…")
    assert previewed == [
        f"Charter of the pair - {pair.replace(' → ', ' and ')}",
        "Mentor guide - Karim",
    ]


def test_a_pairs_own_day_is_chosen_in_its_row_and_kept(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app import sessions
    from app.vocabulary import Weekday
    from tests.qt_helpers import Boxes

    window.stepper.go_to(4)
    page = window.pages[4]
    assert isinstance(page, RulesPage)
    first, second = page.slots.cellWidget(0, 1), page.slots.cellWidget(1, 1)
    assert first.count() == second.count() == 8  # "as the programme" and the seven days
    second_before = second.currentData()
    # Thursday: Inès, of the first pair, is not free then - asked, the owner keeps it
    day = Weekday.THURSDAY
    boxes = Boxes({"Go ahead all the same?": "Yes"})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    first.setCurrentIndex(first.findData(int(day)))
    slot = sessions.pair_slot(page.pair_ids[0])
    assert (slot.weekday, slot.own_weekday) == (day, True)
    assert [said.split(":")[0] for said in boxes.said] == ["Inès is not free on Thursday morning"]
    assert second.currentData() == second_before  # the rows share their list, not their choice
    window.stepper.go_to(0)
    window.stepper.go_to(4)  # shown again: the choice is read back
    again = page.slots.cellWidget(0, 1)
    assert again.currentData() == int(day)


def test_the_slots_follow_a_stopped_pair_and_a_new_name(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.steps import pairs
    from ui.dashboard.pair_dialog import PairDialog

    window.stepper.go_to(4)
    page = window.pages[4]
    assert isinstance(page, RulesPage)
    rows = page.slots.rowCount()
    first = pairs.get_pair(page.pair_ids[0])
    window.stepper.go_to(0)
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *args, **kwargs: ("Moved to another shop", True)
    )
    dialog = PairDialog(page.pair_ids[1], parent=window)
    dialog.stop.click()  # the owner stops the pair from the dashboard
    dialog.reject()
    window.stepper.go_to(4)
    assert page.slots.rowCount() == rows - 1  # a stopped pair has no slot to set
    assert len(page.pair_ids) == rows - 1 and page.pair_ids[0] == first.id
    window.stepper.go_to(1)
    team = window.pages[1]
    assert isinstance(team, NeedsPage)
    names = [team.people.item(row).text() for row in range(team.people.count())]
    team.people.setCurrentRow(
        next(row for row, name in enumerate(names) if name.startswith(first.mentor_name))
    )
    type_text(team.form.name, "Lucas Martin")
    window.stepper.go_to(4)
    assert page.slots.item(0, 0).text() == f"Lucas Martin → {first.mentee_name}"
    assert (
        page.slots.cellWidget(0, 1).accessibleName() == f"Day of Lucas Martin → {first.mentee_name}"
    )


def test_the_planning_asks_which_month_and_prints_that_month_alone(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The planning printed every month of the programme at once: to pin up this month's,
    the owner had to print them all."""
    from app.documents import planning_months

    window.documents_menu.aboutToShow.emit()  # as when the owner opens it
    (planning,) = [a.menu() for a in window.documents_menu.actions() if a.menu() is not None]
    months = planning_months(window.current_programme())  # type: ignore[arg-type]
    assert len(months) >= 2
    entries = [action.text() for action in planning.actions()]
    first_year, first_month = months[0]
    names = ["January", "February", "March", "April", "May", "June", "July", "August"]
    names += ["September", "October", "November", "December"]
    label = f"{names[first_month - 1]} {first_year}"
    assert entries[:2] == [f"{label} - print…", f"{label} - save as PDF…"]
    assert entries[-2:] == ["Every month - print…", "Every month - save as PDF…"]
    assert len(entries) == 2 * (len(months) + 1)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "month"), "")
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Ok)
    _trigger(planning, f"{label} - save as PDF…")
    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "month.pdf").pages
    )
    assert f" - {label} " in text  # its title
    others = [f" - {names[month - 1]} {year} " for year, month in months[1:]]
    assert not [other for other in others if other in text]  # no other month's


@pytest.mark.parametrize("room", [0, 4096])
@pytest.mark.parametrize("database", ["file"], indirect=True)
def test_a_pdf_the_disk_cannot_hold_whole_is_said_and_left_nowhere(
    database: object, tmp_path: Path, room: int
) -> None:
    """A disk full, or with a few kilobytes left: Qt writes what fits and says nothing; the
    owner was told "saved" for a PDF no reader can open."""
    with small_disk(tmp_path / "disk", 256) as disk:
        filler = fill(disk)
        os.truncate(filler, max(0, filler.stat().st_size - room))
        target = disk / "questionnaire.pdf"
        with pytest.raises(OSError):
            write_pdf(documents.team_questionnaire(), target)
        assert not target.exists()
