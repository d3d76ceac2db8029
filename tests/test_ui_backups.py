"""Backups, copies, restoring and a damaged file, through the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app import backups
from app.paths import data_file
from app.steps import needs
from app.storage.database import close_database, open_database
from tests.qt_helpers import Boxes, add_person_at_window, when_modal
from tests.windows import open_window
from ui import main as tandem
from ui.main_window import MainWindow
from ui.restore_dialog import RestoreDialog
from ui.settings import Settings


def _said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append(box.text()) or QMessageBox.StandardButton.Yes
    )
    return shown


def test_opening_the_data_backs_it_up_when_it_changed(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, demo=False)
    assert len(backups.list_backups(tmp_path)) == 1  # the new, empty file
    needs.add_person("Marie")
    window.close()
    again = open_window(qtbot, tmp_path, demo=False)
    assert [b.people for b in backups.list_backups(tmp_path)] == [1, 0][
        : len(backups.list_backups(tmp_path))
    ]
    again.close()
    (tmp_path / "demo").mkdir()
    demo = open_window(qtbot, tmp_path / "demo")
    assert backups.list_backups(tmp_path / "demo") == []  # the demo is never backed up
    demo.close()


def test_a_copy_is_saved_where_the_owner_chooses(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "data").mkdir()
    window = open_window(qtbot, tmp_path / "data", demo=False)
    needs.add_person("Marie")
    target = tmp_path / "usb key" / "copy.sqlite"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown = _said(monkeypatch)
    window.save_copy.trigger()
    assert shown == [f"A copy of your data was saved to {target}."]
    assert backups.describe(target).people == 1
    window.close()


def test_restoring_brings_back_a_backup_and_keeps_the_data_of_now(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, tmp_path, demo=False)
    needs.add_person("Marie")
    assert window.session.back_up() is not None
    needs.add_person("Typed by mistake")
    shown = _said(monkeypatch)

    offered: list[str] = []

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        offered.extend(dialog.list.item(row).text() for row in range(dialog.list.count()))
        dialog.list.setCurrentRow(0)
        dialog.accept()

    when_modal(choose)
    window.restore_action.trigger()
    # the first start's backup, of a file that held nobody, is not offered
    assert [b.people for b in backups.list_backups(tmp_path)] == [1, 0]
    assert [line[-29:] for line in offered] == ["1 people, 0 pairs, 0 sessions"]
    assert [p.name for p in needs.list_people()] == ["Marie"]
    assert window.shop_label.text() == "My shop"
    assert len(shown) == 1 and shown[0].startswith(
        "Your data was restored. What you had before is kept in "
    )
    aside = Path(shown[0].split(" is kept in ")[1].rstrip("."))
    assert aside.exists() and "before-restore" in aside.name
    window.close()


def test_a_damaged_file_at_start_is_replaced_by_the_newest_backup_with_consent(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(data_file(tmp_path))
    needs.add_person("Marie")
    backups.make_backup(tmp_path)
    close_database()
    Settings(tmp_path).setup_done = True
    raw = bytearray(data_file(tmp_path).read_bytes())
    raw[4096 : 4096 * 3] = b"\xa5" * (4096 * 2)
    data_file(tmp_path).write_bytes(bytes(raw))
    boxes = Boxes({"is damaged": "Use this backup"})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    shown = boxes.said
    window = tandem.launch(["tandem", "--data-dir", str(tmp_path)])
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert shown[0].startswith("Tandem's file is damaged and cannot be read")
    assert "1 people, 0 pairs, 0 sessions" in shown[0]
    assert shown[1].startswith("Tandem goes on with the backup of ")
    assert [p.name for p in needs.list_people()] == ["Marie"]
    assert len(list(tmp_path.glob("tandem.damaged-*.sqlite"))) == 1
    window.close()


def test_changes_are_backed_up_at_most_every_half_hour(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, tmp_path, demo=False)
    assert len(backups.list_backups(tmp_path)) == 1
    add_person_at_window(window)  # within the half hour: no new backup
    assert len(backups.list_backups(tmp_path)) == 1
    monkeypatch.setattr(backups, "EVERY", backups.EVERY * 0)
    add_person_at_window(window)
    assert backups.list_backups(tmp_path)[0].people == 2
    window.close()
