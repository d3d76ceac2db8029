"""The dashboard and the session journal through the real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app import sessions
from app.progress import programme_progress
from app.sessions import list_sessions
from app.shop import set_shop_name
from app.steps import pairs
from app.vocabulary import PairState, SessionStatus
from tests.big_programme import build_programme
from tests.conftest import QueryCounter
from tests.qt_helpers import Boxes, choose, type_text, when_modal
from tests.windows import open_window
from ui.dashboard.model import Column
from ui.dashboard.page import DashboardPage
from ui.dashboard.session_dialog import SessionDialog
from ui.main_window import MainWindow
from ui.operations import Changes


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    opened = open_window(qtbot, tmp_path)
    opened.resize(1366, 768)
    opened.stepper.go_to(0)
    yield opened
    opened.close()


def _page(window: MainWindow) -> DashboardPage:
    page = window.pages[0]
    assert isinstance(page, DashboardPage)
    return page


def _rows(page: DashboardPage) -> dict[str, dict[Column, str]]:
    """What the table shows, by pair, as a person reads it."""
    shown = {}
    for row in range(page.proxy.rowCount()):
        cells = {column: page.proxy.index(row, column).data() for column in Column}
        shown[cells[Column.PAIR]] = cells
    return shown


def _row_of(page: DashboardPage, label: str) -> int:
    return next(
        row
        for row in range(page.proxy.rowCount())
        if page.proxy.index(row, Column.PAIR).data() == label
    )


def test_each_pair_shows_its_figures_and_badge(window: MainWindow) -> None:
    page = _page(window)
    rows = _rows(page)
    progress = programme_progress(window.current_programme())  # type: ignore[arg-type]
    assert len(rows) == len(progress.pairs) == 7
    for pair in progress.pairs:
        shown = rows[page.model.pair_label(pair)]
        assert shown[Column.SESSIONS].startswith(
            f"{pair.sessions_done} of {pair.sessions_planned} ·"
        )
        assert shown[Column.STEPS] == f"Step {pair.current_step} of 5"
    # Worked out by hand from the demo: six sessions of an hour, the third and sixth cut to 45 min.
    assert rows["Karim (2 mentees) → Sophie"][Column.SESSIONS] == "6 of 6 · 5 h 30"
    assert rows["Karim (2 mentees) → Sophie"][Column.HEALTH] == "Finished"
    # The stopped pair met twice for 30 minutes; its other sessions were cancelled.
    assert rows["Lucas → Bernard"][Column.SESSIONS] == "2 of 2 · 1 h 00"
    assert rows["Lucas → Bernard"][Column.HEALTH] == "Stopped"
    assert rows["Inès (3 mentees) → Jeanne"][Column.HEALTH] == "Stalled"
    assert rows["Karim (2 mentees) → Marie"][Column.HEALTH] == "On track"
    assert rows["Inès (3 mentees) → Sophie"][Column.HEALTH] == "Late"
    stalled = _row_of(page, "Inès (3 mentees) → Jeanne")
    assert "No session for" in page.proxy.index(stalled, Column.HEALTH).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert page.next_action.text() == "Next: Pairs still to review: 5"


def test_the_badges_sort_what_needs_attention_first(window: MainWindow) -> None:
    page = _page(window)
    badges = [page.proxy.index(row, Column.HEALTH).data() for row in range(page.proxy.rowCount())]
    assert badges == ["Stalled", "Late", "Not started", "On track", "Paused", "Finished", "Stopped"]


def test_a_click_on_a_header_sorts_and_the_selected_pair_stays_selected(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _page(window)
    page.select_pair(page.model.pair_at(0).pair_id)
    chosen = page.selected_pair()
    header = page.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(Column.PAIR) + 5, header.height() // 2),
    )
    names = list(_rows(page))
    assert header.sortIndicatorSection() == Column.PAIR
    expected = sorted(names, key=lambda label: label.casefold())
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        expected.reverse()
    assert names == expected
    assert page.selected_pair() == chosen
    page.table.sortByColumn(Column.PAIR, Qt.SortOrder.DescendingOrder)
    assert list(_rows(page)) == sorted(names, key=lambda label: label.casefold(), reverse=True)
    assert page.selected_pair() == chosen


def test_filters_by_health_person_and_topic(window: MainWindow) -> None:
    page = _page(window)
    choose(page.health, "Stalled")
    assert list(_rows(page)) == ["Inès (3 mentees) → Jeanne"]
    choose(page.health, "All")
    choose(page.person, "Karim")
    assert sorted(_rows(page)) == ["Karim (2 mentees) → Marie", "Karim (2 mentees) → Sophie"]
    choose(page.person, "All")
    choose(page.topic, "Newsletter")
    assert list(_rows(page)) == ["Inès (3 mentees) → Sophie"]
    choose(page.topic, "All")
    assert len(_rows(page)) == 7


def _click_action(qtbot: QtBot, page: DashboardPage, label: str, action: str) -> None:
    """Click a row's button in its middle, where the delegate draws it with the table's font
    (fixed offsets clicked the wrong button where the font is wider or narrower)."""
    index = page.proxy.index(_row_of(page, label), Column.ACTIONS)
    cell = page.table.visualRect(index)
    buttons = page.row_actions.button_rects(cell, page.table.fontMetrics())
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=buttons[action].center())


def test_logging_a_session_from_its_row_changes_the_row(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    label = "Inès (3 mentees) → Sophie"
    assert _rows(page)[label][Column.HEALTH] == "Late"
    before = _rows(page)[label][Column.SESSIONS]

    def log(dialog: QWidget) -> None:
        assert isinstance(dialog, SessionDialog)
        choose(dialog.objective, "Newsletter")
        type_text(dialog.learnt, "Sent the November letter to 40 customers 📨")
        choose(dialog.level, "With help")
        dialog.accept()

    when_modal(log)
    _click_action(qtbot, page, label, "log")
    after = _rows(page)[label]
    done_before = int(before.split(" of ")[0])
    assert after[Column.SESSIONS].startswith(f"{done_before + 1} of 12")
    assert after[Column.HEALTH] == "On track"
    pair = next(
        p
        for p in programme_progress(window.current_programme()).pairs
        if p.mentee_name == "Sophie" and p.mentor_name == "Inès"
    )  # type: ignore[arg-type]
    assert pair.objectives[0].level_now == 2
    assert any(
        s.learnt == "Sent the November letter to 40 customers 📨"
        for s in list_sessions(pair.pair_id)
    )


def test_a_refused_log_keeps_the_dialog_open_with_what_was_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    pair = next(
        p
        for p in programme_progress(window.current_programme()).pairs
        if p.health.value == "on_track"
    )  # type: ignore[arg-type]
    dialog = SessionDialog(pair.pair_id, None, status=SessionStatus.DONE)
    qtbot.addWidget(dialog)
    type_text(dialog.learnt, "Took two orders by phone and entered them")
    type_text(dialog.start_time, "19:40")  # when nobody meets anyone (the demo's day may)
    choose(dialog.level, "Can teach it")  # a level, but no topic said
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["objective"].text() == "Choose the topic this new level is about."
    assert dialog.learnt.toPlainText() == "Took two orders by phone and entered them"


def test_the_pair_view_pauses_and_stops_a_pair_which_stays_visible(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(window)
    label = "Karim (2 mentees) → Marie"
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Marie is away until spring", True)
    )

    def use(dialog: QWidget) -> None:
        dialog.pause.click()  # type: ignore[attr-defined]
        assert dialog.state.text() == "Paused"  # type: ignore[attr-defined]
        dialog.stop.click()  # type: ignore[attr-defined]
        assert dialog.state.text() == "Stopped: Marie is away until spring"  # type: ignore[attr-defined]
        assert not dialog.log.isEnabled()  # type: ignore[attr-defined]
        dialog.reject()

    assert len(window.pages) == 6  # every page built: each must show the stop
    window.stepper.go_to(4)
    slots_before = window.page(4).slots.rowCount()  # type: ignore[attr-defined]
    window.stepper.go_to(0)
    when_modal(use)
    _click_action(qtbot, page, label, "open")
    # Stopped, the pair no longer counts among Karim's mentees, but it stays on the dashboard.
    assert _rows(page)["Karim → Marie"][Column.HEALTH] == "Stopped"
    window.stepper.go_to(2)
    formed = window.page(2).pair_list  # type: ignore[attr-defined]
    assert "Karim → Marie - Stopped" in [formed.item(r).text() for r in range(formed.count())]
    window.stepper.go_to(4)
    assert window.page(4).slots.rowCount() == slots_before - 1  # type: ignore[attr-defined]
    stopped = next(
        p
        for p in pairs.list_pairs(window.current_programme())
        if p.mentor_name == "Karim" and p.mentee_name == "Marie"
    )  # type: ignore[arg-type]
    assert stopped.state is PairState.STOPPED
    assert all(s.status is not SessionStatus.PLANNED for s in list_sessions(stopped.id))


def test_the_sheet_action_previews_the_pairs_review_sheet(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(window)
    previewed: list[str] = []
    monkeypatch.setattr(
        "ui.printing.output.print_with_preview",
        lambda parent, build: previewed.append(build().sections[0].title),
    )
    _click_action(qtbot, page, "Karim (2 mentees) → Sophie", "print")
    assert previewed == ["Review sheet - Karim and Sophie"]


def test_a_refresh_takes_as_many_queries_for_500_pairs_as_for_5(
    qtbot: QtBot, database: object
) -> None:
    small, large = build_programme(5), build_programme(500, sessions=10)
    page = DashboardPage(Changes())
    qtbot.addWidget(page)
    counts = {}
    for programme in (small, large):
        page.programme_id = programme
        page.reload()  # once to build the filters and sizes
        set_shop_name(f"Shop {programme}")  # a change: the figures must be read again
        with QueryCounter(database) as counter:  # type: ignore[arg-type]
            page.reload()
        counts[programme] = counter.selects
        assert counter.selects > 0
        assert page.model.rowCount() == (5 if programme == small else 500)
    print(f"dashboard refresh: {counts[small]} SELECTs at 5 pairs, {counts[large]} at 500 pairs")
    assert counts[small] == counts[large]


def test_enter_after_a_pause_never_finishes_the_pair(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After Pause, the focus went to Finish: a stray Enter finished the pair for good."""
    from ui.dashboard.pair_dialog import PairDialog

    boxes = Boxes()  # any question: its default answer, No
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    pair = next(
        p
        for p in programme_progress(window.current_programme()).pairs  # type: ignore[arg-type]
        if p.state is PairState.ACTIVE
    )
    dialog = PairDialog(pair.pair_id, parent=window)
    dialog.show()
    dialog.pause.setFocus()
    qtbot.keyClick(dialog.pause, Qt.Key.Key_Space)
    assert pairs.get_pair(pair.pair_id).state is PairState.PAUSED
    assert dialog.focusWidget() is not dialog.finish
    for button in (dialog.resume, dialog.finish, dialog.stop):
        dialog.show()
        button.setFocus()  # wherever the focus lands, Enter closes the view, nothing else
        qtbot.keyClick(button, Qt.Key.Key_Return)
        assert not dialog.isVisible()
    assert pairs.get_pair(pair.pair_id).state is PairState.PAUSED
    dialog.finish.click()
    assert boxes.mentioning("Finish the pair")
    assert pairs.get_pair(pair.pair_id).state is PairState.PAUSED  # answered No
    dialog.reject()


def test_the_pair_view_says_which_way_notes_the_next_session(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QLabel

    from ui.dashboard.pair_dialog import PairDialog

    pair = next(
        p
        for p in programme_progress(window.current_programme()).pairs  # type: ignore[arg-type]
        if p.state is PairState.ACTIVE and p.next_session_on is not None
    )
    dialog = PairDialog(pair.pair_id, parent=window)
    seen: list[list[str]] = []

    def look(opened: QWidget) -> None:
        seen.append([label.text() for label in opened.findChildren(QLabel)])
        opened.reject()  # type: ignore[attr-defined]

    for button in (dialog.log, dialog.add):
        when_modal(look)
        button.click()
    assert dialog.log.text() == "&Log the next session…"
    assert any(text.startswith("Planned for") for text in seen[0])
    assert dialog.add.text() == "&Add a session that was not planned…"
    assert "A session that was not planned." in seen[1]
    dialog.reject()


def test_a_session_that_was_not_planned_starts_at_the_pairs_hour_and_length(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """It offered 09:30 and 60 minutes whatever the pair's slot was."""
    from tests import builders
    from tests.windows import open_window

    def prepare() -> None:
        spring = builders.programme("Spring")
        pair = builders.ready_pair(spring, builders.person("Lucas"), builders.person("Bernard"))
        sessions.set_pair_slot(pair, weekday=3, start_time="14:15", session_minutes=45)

    window = open_window(qtbot, tmp_path, demo=False, prepare=prepare)
    (pair,) = programme_progress(window.current_programme()).pairs  # type: ignore[arg-type]
    dialog = SessionDialog(pair.pair_id, None, parent=window)
    qtbot.addWidget(dialog)
    assert (dialog.start_time.text(), dialog.minutes.text()) == ("14:15", "45")
    window.close()


def test_a_planned_session_logged_takes_the_pairs_only_topic(qtbot: QtBot, tmp_path: Path) -> None:
    """Logging a planned session left the topic on "(not said)": the level noted then was
    refused ("Choose the topic this new level is about") although the pair has one topic."""
    from tests import builders
    from tests.windows import open_window

    def prepare() -> None:
        spring = builders.programme("Spring")
        builders.ready_pair(spring, builders.person("Lucas"), builders.person("Bernard"))

    window = open_window(qtbot, tmp_path, demo=False, prepare=prepare)
    (pair,) = programme_progress(window.current_programme()).pairs  # type: ignore[arg-type]
    planned = list_sessions(pair.pair_id)[0]
    dialog = SessionDialog(pair.pair_id, planned, status=SessionStatus.DONE, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.objective.currentText() == "Newsletter"
    window.close()


def test_a_logged_pair_keeps_its_row_and_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    """Sorted by badge, the pair whose session was just logged jumped to another row: the
    row under the mouse and the selection changed under the owner's eyes."""
    page = _page(window)
    label = "Inès (3 mentees) → Sophie"
    order = [page.proxy.index(row, Column.PAIR).data() for row in range(page.proxy.rowCount())]
    row = _row_of(page, label)
    assert _rows(page)[label][Column.HEALTH] == "Late"

    def log(dialog: QWidget) -> None:
        assert isinstance(dialog, SessionDialog)
        dialog.accept()

    when_modal(log)
    _click_action(qtbot, page, label, "log")
    assert _rows(page)[label][Column.HEALTH] == "On track"  # a badge sorted further down
    assert _row_of(page, label) == row
    assert [page.proxy.index(r, Column.PAIR).data() for r in range(page.proxy.rowCount())] == order
    assert page.selected_pair() == page._pair_at(row)  # still the pair she worked on
    page.table.sortByColumn(Column.HEALTH, Qt.SortOrder.AscendingOrder)  # sorted again
    assert _row_of(page, label) != row
