"""A network of shops at Tandem's window: a coordinator of several shops chooses one (and
Tandem remembers it), a shop's login has nothing to choose, the network's administrator
login is refused with a sentence, and the lock of this PC's file is the file's alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.network_setup import Network
from tests.qt_helpers import Boxes, when_modal
from tests.test_start_faults import own_data
from ui import main as tandem
from ui.main_window import MainWindow


def _start(qtbot: QtBot, folder: Path, *extra: str) -> MainWindow | int:
    window = tandem.launch(["tandem", "--data-dir", str(folder), *extra])
    if isinstance(window, MainWindow):
        qtbot.addWidget(window)
    return window


def _team(window: MainWindow) -> list[str]:
    window.stepper.go_to(1)
    people = window.page(1).people  # type: ignore[attr-defined]
    return [people.item(row).text() for row in range(people.count())]


def _pick(qtbot: QtBot, asked: list[str], first_letter: str | None) -> None:
    """At the shop question, type the first letter of a shop in its list, then Enter (None:
    Escape, the question set aside)."""

    def answer(dialog: QWidget) -> None:
        asked.append(dialog.labelText())  # type: ignore[attr-defined]
        combo = dialog.findChild(QComboBox)
        assert combo is not None
        if first_letter is None:
            qtbot.keyClick(combo, Qt.Key.Key_Escape)
            return
        qtbot.keyClicks(combo, first_letter)
        qtbot.keyClick(combo, Qt.Key.Key_Return)

    when_modal(answer)


def test_a_coordinator_of_several_shops_chooses_one_and_finds_it_again(
    qtbot: QtBot, tmp_path: Path, shops: Network
) -> None:
    asked: list[str] = []
    _pick(qtbot, asked, "M")
    window = _start(qtbot, tmp_path, "--server", shops.lea)
    assert isinstance(window, MainWindow)
    assert asked == ["You coordinate several shops of the network. Work on:"]
    assert "Menuiserie Roux" in window.windowTitle()
    assert _team(window) == ["Paul - Owner"]
    assert window.change_shop.isVisible()
    window.grab().save(str(tmp_path / "coordinator.png"))
    window.close()
    again = _start(qtbot, tmp_path, "--server", shops.lea)  # not asked again: the same shop
    assert isinstance(again, MainWindow)
    assert _team(again) == ["Paul - Owner"] and len(asked) == 1
    _pick(qtbot, asked, "C")  # Tandem › Change shop…
    again.change_shop.trigger()
    assert "Chocolaterie Martin" in again.windowTitle()
    assert _team(again) == ["Anne - Owner"]
    _pick(qtbot, asked, None)  # asked, then set aside: nothing changes
    again.change_shop.trigger()
    assert _team(again) == ["Anne - Owner"] and len(asked) == 3
    again.close()


def test_a_shops_login_works_on_its_shop_with_nothing_to_choose(
    qtbot: QtBot, tmp_path: Path, shops: Network
) -> None:
    window = _start(qtbot, tmp_path, "--server", shops.anne)
    assert isinstance(window, MainWindow)
    assert "Chocolaterie Martin" in window.windowTitle()
    assert _team(window) == ["Anne - Owner"]
    assert not window.change_shop.isVisible()
    window.close()


def test_a_shop_renamed_like_another_shows_the_name_its_administrator_gave(
    qtbot: QtBot, tmp_path: Path, shops: Network
) -> None:
    """A shop's login may rename its own shop: at the coordinator's window it is still the
    shop the register names, never the one it would pass for."""
    import psycopg

    with psycopg.connect(shops.anne, autocommit=True) as anne:
        anne.execute(f"UPDATE shop_{shops.martin}.shop SET name = 'Menuiserie Roux'")
    asked: list[str] = []
    _pick(qtbot, asked, "C")
    window = _start(qtbot, tmp_path, "--server", shops.lea)
    assert isinstance(window, MainWindow)
    assert "Chocolaterie Martin" in window.windowTitle()
    assert "Roux" not in window.windowTitle()
    assert _team(window) == ["Anne - Owner"]
    window.close()


def test_the_networks_administrator_login_is_refused_with_a_sentence(
    qtbot: QtBot, tmp_path: Path, shops: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = Boxes({"sets up the network": "Use this PC's data"})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    window = _start(qtbot, tmp_path, "--server", shops.owner)
    assert isinstance(window, MainWindow)
    assert boxes.mentioning("Connect with a shop's login or a coordinator's.")
    assert not window.session.on_server  # this PC's data, as she chose
    window.close()


def test_the_lock_of_this_pcs_file_is_the_files_alone(
    qtbot: QtBot, tmp_path: Path, shops: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    own_data(tmp_path, "Mei")
    here = _start(qtbot, tmp_path)  # a Tandem on this PC's file
    assert isinstance(here, MainWindow) and not here.session.on_server
    on_server = _start(qtbot, tmp_path, "--server", shops.anne)  # and one on the server: both run
    assert isinstance(on_server, MainWindow) and on_server.session.on_server
    # the file is open in the other one: that one comes forward, this one stays on the server
    boxes = Boxes({"Open it here?": "No"})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    on_server.local_data.trigger()
    assert on_server.session.on_server and on_server.instance is None
    here.close()
    on_server.local_data.trigger()
    assert not on_server.session.on_server and on_server.instance is not None
    on_server.close()


def test_the_networks_shops_at_a_glance_and_one_chosen_from_there(
    qtbot: QtBot, tmp_path: Path, shops: Network
) -> None:
    from tests.test_network import _programme_with_pairs

    _programme_with_pairs(shops.paul, 2)
    asked: list[str] = []
    _pick(qtbot, asked, "M")
    window = _start(qtbot, tmp_path, "--server", shops.lea)
    assert isinstance(window, MainWindow) and window.network_shops.isVisible()
    seen: list[list[str]] = []

    def look_and_choose(dialog: QWidget) -> None:
        table = dialog.table  # type: ignore[attr-defined]
        seen.extend(
            [table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())
        )
        dialog.grab().save(str(tmp_path / "network.png"))
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Up)  # from Roux, where she works, up to Martin
        qtbot.mouseClick(dialog.work_here, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    when_modal(look_and_choose)
    window.network_shops.trigger()
    assert seen == [
        ["Chocolaterie Martin", "0", "0", "0", "0", "0 h 00"],
        ["Menuiserie Roux", "1", "2", "0", "12", "0 h 00"],
    ]
    assert "Chocolaterie Martin" in window.windowTitle()
    assert _team(window) == ["Anne - Owner"]
    window.close()


def test_after_a_refusal_another_login_can_be_typed(
    qtbot: QtBot, tmp_path: Path, shops: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    def type_annes_address() -> str:
        def answer(dialog: QWidget) -> None:
            field = dialog.findChild(QLineEdit)
            assert field is not None and field.text() == shops.owner  # offered to correct
            field.selectAll()
            qtbot.keyClicks(field, shops.anne)
            qtbot.keyClick(field, Qt.Key.Key_Return)

        when_modal(answer)
        return "Another address or login…"

    boxes = Boxes({"sets up the network": type_annes_address})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    window = _start(qtbot, tmp_path, "--server", shops.owner)
    assert isinstance(window, MainWindow) and window.session.on_server
    assert "Chocolaterie Martin" in window.windowTitle()
    window.close()  # the settings written
    assert "anne-secret" not in (tmp_path / "tandem.ini").read_text(encoding="utf-8")


def test_a_shop_whose_tables_are_held_reads_busy_in_the_networks_shops(
    qtbot: QtBot, tmp_path: Path, shops: Network
) -> None:
    """Anne's login holds Martin's sessions (by hand, or a frozen Tandem): the coordinator
    of both shops opens the list all the same, Martin marked busy with why, Roux's figures
    as they are - and she can still choose a shop."""
    import psycopg

    from tests.test_network import _programme_with_pairs

    _programme_with_pairs(shops.paul, 2)
    asked: list[str] = []
    _pick(qtbot, asked, "M")
    window = _start(qtbot, tmp_path, "--server", shops.lea)
    assert isinstance(window, MainWindow)
    seen: list[list[str]] = []
    said: list[str] = []

    def look(dialog: QWidget) -> None:
        table = dialog.table  # type: ignore[attr-defined]
        seen.extend(
            [table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())
        )
        said.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.grab().save(str(tmp_path / "network-held.png"))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    with psycopg.connect(shops.anne) as anne:
        anne.execute(f"LOCK TABLE shop_{shops.martin}.session IN ACCESS EXCLUSIVE MODE")
        when_modal(look)
        window.network_shops.trigger()
        anne.rollback()
    assert seen == [
        ["Chocolaterie Martin", "busy", "", "", "", ""],
        ["Menuiserie Roux", "1", "2", "0", "12", "0 h 00"],
    ]
    assert any("so its figures cannot be read" in sentence for sentence in said)
    window.close()


def test_her_shop_held_at_start_she_is_told_and_works_on_another(
    qtbot: QtBot, tmp_path: Path, shops: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Léa worked on Martin last time; Anne's login holds Martin's tables as she starts:
    Tandem opens at once on Roux and says why, and she goes back to Martin once it is free."""
    import psycopg

    asked: list[str] = []
    _pick(qtbot, asked, "C")
    first = _start(qtbot, tmp_path, "--server", shops.lea)
    assert isinstance(first, MainWindow) and "Chocolaterie Martin" in first.windowTitle()
    first.close()
    boxes = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    with psycopg.connect(shops.anne) as anne:
        anne.execute(f"LOCK TABLE shop_{shops.martin}.person IN ACCESS EXCLUSIVE MODE")
        window = _start(qtbot, tmp_path, "--server", shops.lea)
        assert isinstance(window, MainWindow)
        assert "Menuiserie Roux" in window.windowTitle()
        assert _team(window) == ["Paul - Owner"]
        window.grab().save(str(tmp_path / "held-at-start.png"))
        offered: list[str] = []

        def look(dialog: QWidget) -> None:
            combo = dialog.findChild(QComboBox)
            assert combo is not None
            offered.append(combo.currentText())
            qtbot.keyClick(combo, Qt.Key.Key_Escape)

        when_modal(look)
        window.change_shop.trigger()  # the list offers where she works now, first
        assert offered == ["Menuiserie Roux"]
        window.close()
        anne.rollback()
    assert len(boxes.said) == 1
    assert boxes.said[0].startswith("Chocolaterie Martin cannot be opened just now")
    assert boxes.said[0].endswith("Tandem works on Menuiserie Roux meanwhile.")
    again = _start(qtbot, tmp_path, "--server", shops.lea)  # once free: her shop again
    assert isinstance(again, MainWindow) and _team(again) == ["Anne - Owner"]
    again.close()


def test_a_login_removed_while_its_tandem_is_open_is_told_so_in_a_sentence(
    qtbot: QtBot, tmp_path: Path, shops: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Anne's login is removed by the administrator while her Tandem is open: a step she
    clicks, and a person she adds, get a sentence saying why - no "Something unexpected"."""
    import sys

    from psycopg.conninfo import conninfo_to_dict

    from tests.qt_helpers import add_person_at_window
    from tests.test_network_attacks import _setup

    boxes = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    monkeypatch.setattr(sys, "excepthook", tandem._report_bug)  # as Tandem runs
    window = _start(qtbot, tmp_path, "--server", shops.anne)
    assert isinstance(window, MainWindow)
    qtbot.wait(100)  # what a start does once its window is shown is done
    anne = str(conninfo_to_dict(shops.anne)["user"])
    assert _setup(shops.owner, "remove-login", anne).returncode == 0
    stepper = window.stepper
    qtbot.mouseClick(
        stepper.viewport(),
        Qt.MouseButton.LeftButton,
        pos=stepper.visualItemRect(stepper.item(1)).center(),
    )
    qtbot.wait(100)
    assert boxes.mentioning("no longer lets this login reach the shop's data")
    assert boxes.mentioning("this screen could not be brought up to date")
    add_person_at_window(window)
    assert boxes.mentioning("this change was not saved")
    assert not boxes.mentioning("Something unexpected")
    window.close()
