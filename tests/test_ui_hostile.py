"""A sweep over every screen and dialog with names that look like HTML: they show as typed,
never as markup - in labels, lists, tables, tooltips and message boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app import programmes, shop
from app.progress import programme_progress
from app.steps import needs
from tests.windows import open_window
from ui.dashboard.pair_dialog import PairDialog
from ui.dashboard.session_dialog import SessionDialog
from ui.main_window import MainWindow

MARK = "<b>Zoé</b><img src=x>"


def _make_hostile(window: MainWindow) -> None:
    shop.set_shop_name(f"{MARK} shop")
    for number, person in enumerate(needs.list_people(include_left=True)):
        needs.update_person(
            person.id, f"{MARK} {number}", person.job, notes=MARK, availability=person.availability
        )
    for number, topic in enumerate(needs.list_topics()):
        needs.update_topic(topic.id, f"{MARK} topic {number}", topic.kind, MARK)
    programme = window.current_programme()
    assert programme is not None
    programmes.rename_programme(programme, f"{MARK} programme")
    window.open_data()


def _problems(root: QWidget) -> list[str]:
    """Every place where the marked text would be read as HTML."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if (
            isinstance(widget, QLabel)
            and "<b>" in widget.text()
            and widget.textFormat() != Qt.TextFormat.PlainText
        ):
            found.append(f"label {widget.text()[:40]!r}")
        if "<b>Zoé" in widget.toolTip():
            found.append(f"tooltip of {type(widget).__name__}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = (
                widget.horizontalHeader().count() if hasattr(widget, "horizontalHeader") else 1
            )
            for row in range(min(model.rowCount(QModelIndex()), 20)):
                for column in range(columns):
                    tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str) and "<b>Zoé" in tip:
                        found.append(f"tooltip in {type(widget).__name__} ({row}, {column})")
    return found


def test_no_screen_reads_a_name_as_html(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, tmp_path)
    _make_hostile(window)
    assert window.windowTitle() == f"Tandem - {MARK} shop"
    assert window.shop_label.text() == f"{MARK} shop"
    seen_marked = 0
    for page in range(6):
        window.stepper.go_to(page)
        assert _problems(window) == [], f"page {page}"
        seen_marked += sum(
            MARK in label.text()
            for label in window.findChildren(QLabel)
            if label.isVisibleTo(window)
        )
    assert seen_marked >= 5  # the names are there, shown as typed
    programme = window.current_programme()
    assert programme is not None
    pair = programme_progress(programme).pairs[0].pair_id
    for dialog in (PairDialog(pair, parent=window), SessionDialog(pair, None)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert _problems(dialog) == []
        assert MARK in dialog.windowTitle()
        dialog.close()  # while the data is open: closing the pair view saves its notes
    window.stepper.go_to(0)
    shown = window.pages[0].model.index(0, 0).data()  # type: ignore[attr-defined]
    assert MARK in shown
    window.close()
