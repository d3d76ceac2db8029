"""A coordinator of a network of shops at Tandem's window: started on the network's server,
the password typed at its prompt (and written nowhere), a server out of reach with the way
back to this PC's data, and the menu that connects and goes back."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.steps import needs
from tests.conftest import PASSWORD
from tests.postgres import Server, cut_connections
from tests.qt_helpers import Boxes, add_person_at_window, when_modal
from tests.test_start_faults import own_data
from ui import main as tandem
from ui.main_window import MainWindow
from ui.settings import SETTINGS_FILE, Settings


def _start(qtbot: QtBot, folder: Path, *extra: str) -> MainWindow | int:
    window = tandem.launch(["tandem", "--data-dir", str(folder), *extra])
    if isinstance(window, MainWindow):
        qtbot.addWidget(window)
    return window


def _at_step(qtbot: QtBot, folder: Path, url: str, step: int) -> MainWindow:
    """Tandem started on the server at ``url``, at ``step``, once what a start does after
    its window is shown is done."""
    window = _start(qtbot, folder, "--server", url)
    assert isinstance(window, MainWindow)
    window.stepper.go_to(step)
    qtbot.wait(100)
    return window


def _answer(qtbot: QtBot, typed: list[str], asked: list[str]) -> None:
    """At each prompt that comes up, type the next of ``typed`` and press Enter, as a person
    does; what each prompt said is kept in ``asked``."""

    def type_it(dialog: QWidget) -> None:
        asked.append(dialog.labelText())  # type: ignore[attr-defined]
        field = dialog.findChild(QLineEdit)
        assert field is not None
        qtbot.keyClicks(field, typed.pop(0))
        if typed:
            when_modal(type_it)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    when_modal(type_it)


def _people(url: str) -> list[str]:
    with psycopg.connect(url) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM shop_1.person ORDER BY id")]


def test_tandem_started_on_a_server_works_on_the_networks_data(
    qtbot: QtBot, tmp_path: Path, server_database: str
) -> None:
    window = _start(qtbot, tmp_path, "--server", server_database)
    assert isinstance(window, MainWindow)
    assert " - on " in window.windowTitle()
    assert not window.restore_action.isEnabled()  # a server's backups are its own
    assert window.save_copy.isEnabled()  # a copy to take offline
    add_person_at_window(window)
    assert len(_people(server_database)) == 1  # saved on the server, not in a file
    assert not (tmp_path / "tandem.sqlite").exists()
    window.close()
    again = _start(qtbot, tmp_path)  # the address is remembered: the next start goes there
    assert isinstance(again, MainWindow) and " - on " in again.windowTitle()
    assert len(needs.list_people()) == 1
    again.close()


def test_the_password_is_asked_again_when_wrong_and_written_nowhere(
    qtbot: QtBot, tmp_path: Path, password_user: str
) -> None:
    asked: list[str] = []
    _answer(qtbot, ["not-the-password", PASSWORD], asked)
    window = _start(qtbot, tmp_path, "--server", password_user)
    assert isinstance(window, MainWindow)
    assert "asks for the password of marie_" in asked[0]
    assert "refused the password of marie_" in asked[1]
    add_person_at_window(window)
    window.close()
    assert Settings(tmp_path).server == password_user  # the address is remembered...
    written = (tmp_path / SETTINGS_FILE).read_bytes()
    assert PASSWORD.encode() not in written and b"not-the-password" not in written  # ...alone


def test_a_mistyped_login_is_corrected_from_the_password_prompt(
    qtbot: QtBot, tmp_path: Path, password_user: str
) -> None:
    """She typed "mary" for "marie": the server refuses every password of a login it does
    not know, so the prompt offers another address or login, not only the password again."""
    mistyped = password_user.replace("marie_", "mary_", 1)
    asked: list[str] = []

    def retype(dialog: QWidget) -> None:  # the address offered again: all of it retyped
        asked.append(dialog.labelText())  # type: ignore[attr-defined]
        field = dialog.findChild(QLineEdit)
        assert field is not None and field.text() == mistyped
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, password_user)
        when_modal(type_password)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    def type_password(dialog: QWidget) -> None:
        asked.append(dialog.labelText())  # type: ignore[attr-defined]
        field = dialog.findChild(QLineEdit)
        assert field is not None
        qtbot.keyClicks(field, PASSWORD)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    def another_login_then_retype(dialog: QWidget) -> None:
        asked.append(dialog.labelText())  # type: ignore[attr-defined]
        (other,) = [
            button
            for button in dialog.findChildren(QPushButton)
            if button.text().replace("&", "") == "Another address or login…"
        ]
        when_modal(retype)
        qtbot.mouseClick(other, Qt.MouseButton.LeftButton)

    when_modal(another_login_then_retype)
    window = _start(qtbot, tmp_path, "--server", mistyped)
    assert isinstance(window, MainWindow)
    assert "asks for the password of mary_" in asked[0]
    assert "address of the network's server" in asked[1]
    assert "asks for the password of marie_" in asked[2]
    assert Settings(tmp_path).server == password_user
    window.close()


def test_a_server_out_of_reach_offers_this_pcs_data(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own_data(tmp_path, "Marie")
    boxes = Boxes({"cannot reach the server": "Use this PC's data"})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    nowhere = f"postgresql://marie@/tandem?host={tmp_path / 'no-server'}&port=5999"
    window = _start(qtbot, tmp_path, "--server", nowhere)
    assert isinstance(window, MainWindow)
    assert len(boxes.mentioning("cannot reach the server")) == 1
    assert [person.name for person in needs.list_people()] == ["Marie"]
    assert " - on " not in window.windowTitle()
    assert window.settings.server is None  # this PC's data at the next start too
    window.close()


def _connect_from_menu(qtbot: QtBot, folder: Path, address: str) -> tuple[MainWindow, list[str]]:
    """Her own data open; then Tandem › Connect to a network server…, ``address`` typed.
    The window, and what each prompt said."""
    own_data(folder, "Marie")
    window = _start(qtbot, folder)
    assert isinstance(window, MainWindow)
    assert not window.local_data.isEnabled()
    asked: list[str] = []
    _answer(qtbot, [address], asked)
    window.connect_server.trigger()
    return window, asked


def test_the_menu_connects_to_the_server_and_goes_back_to_this_pc(
    qtbot: QtBot, tmp_path: Path, server_database: str
) -> None:
    window, asked = _connect_from_menu(qtbot, tmp_path, server_database)
    assert "address of the network's server" in asked[0]
    assert " - on " in window.windowTitle()
    assert needs.list_people() == []  # the network's data, empty
    assert window.local_data.isEnabled()
    window.local_data.trigger()
    assert " - on " not in window.windowTitle()
    assert [person.name for person in needs.list_people()] == ["Marie"]
    window.close()


def test_a_password_typed_in_the_address_is_used_and_not_remembered(
    qtbot: QtBot, tmp_path: Path, password_user: str
) -> None:
    with_password = password_user.replace("@/", f":{PASSWORD}@/", 1)
    window, asked = _connect_from_menu(qtbot, tmp_path, with_password)
    assert " - on " in window.windowTitle()  # no password asked: the address gave it
    assert len(asked) == 1
    window.close()
    assert Settings(tmp_path).server == password_user
    assert PASSWORD.encode() not in (tmp_path / SETTINGS_FILE).read_bytes()


def _team(window: MainWindow) -> list[str]:
    people = window.page(1).people  # type: ignore[attr-defined]
    return [people.item(row).text() for row in range(people.count())]


def test_another_coordinators_change_shows_within_two_seconds_without_a_click(
    qtbot: QtBot, tmp_path: Path, server_database: str
) -> None:
    import time

    from tests.test_server import another_coordinator

    window = _start(qtbot, tmp_path, "--server", server_database)
    assert isinstance(window, MainWindow)
    window.stepper.go_to(1)
    assert _team(window) == []
    done = another_coordinator(server_database, "Karim")
    qtbot.waitUntil(lambda: _team(window) == ["Karim"], timeout=2000)
    print(f"\nanother coordinator's change on screen after {time.monotonic() - done:.2f} s")
    window.close()


def test_a_change_from_elsewhere_waits_while_she_types(
    qtbot: QtBot, tmp_path: Path, server_database: str
) -> None:
    from tests.test_server import another_coordinator

    window = _start(qtbot, tmp_path, "--server", server_database)
    assert isinstance(window, MainWindow)
    window.show()
    window.stepper.go_to(1)
    page = window.page(1)
    page.add_person.click()  # type: ignore[attr-defined]
    name = page.form.name  # type: ignore[attr-defined]
    name.setFocus()
    qtbot.keyClicks(name, "Zo")  # she is in the middle of a name
    another_coordinator(server_database, "Karim")
    qtbot.wait(1500)
    assert name.text() == "Zo" and name.hasFocus()  # nothing reloaded under her fingers
    assert "Karim" not in _team(window)
    qtbot.keyClicks(name, "e")
    qtbot.keyClick(name, Qt.Key.Key_Tab)  # she leaves the field: her name is saved
    qtbot.waitUntil(lambda: sorted(_team(window)) == ["Karim", "Zoe"], timeout=2000)
    window.close()


def test_erasing_a_person_on_the_server_says_what_its_backups_still_hold(
    qtbot: QtBot, tmp_path: Path, server_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _start(qtbot, tmp_path, "--server", server_database)
    assert isinstance(window, MainWindow)
    add_person_at_window(window)
    window.stepper.go_to(1)
    page = window.page(1)
    page.people.setCurrentRow(0)  # type: ignore[attr-defined]
    boxes = Boxes({"Erase": "Yes"})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    page.erase_action.trigger()  # type: ignore[attr-defined]
    (asked,) = boxes.mentioning("for good from the network's data")
    assert "backups the server's administrator made before today still hold them" in asked
    assert _people(server_database) == []  # erased on the server, for every coordinator
    window.close()


def test_the_news_comes_back_after_the_network_dropped(
    qtbot: QtBot, tmp_path: Path, server_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_server import another_coordinator

    boxes = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    window = _at_step(qtbot, tmp_path, server_database, 1)
    cut_connections(
        server_database
    )  # every connection of this Tandem cut, as when the network drops
    another_coordinator(server_database, "Karim")
    qtbot.waitUntil(lambda: _team(window) == ["Karim"], timeout=5000)
    window.close()


def test_a_first_programme_made_elsewhere_is_shown_on_every_screen(
    qtbot: QtBot, tmp_path: Path, server_database: str
) -> None:
    from tests.coordinators import elsewhere

    window = _start(qtbot, tmp_path, "--server", server_database)
    assert isinstance(window, MainWindow)
    window.stepper.go_to(0)
    dashboard = window.page(0)
    assert dashboard.where.text() == "Create a programme to begin."  # type: ignore[attr-defined]
    elsewhere(
        server_database, "from app.programmes import create_programme\ncreate_programme('Spring')"
    )
    qtbot.waitUntil(lambda: window.programme.currentText() == "Spring", timeout=2000)
    assert dashboard.where.text() == "The programme is at step 1 of 5."  # type: ignore[attr-defined]
    assert window.stepper.item(1).text().startswith("○ 1. The needs")
    window.close()


def test_a_silent_network_never_holds_the_window_and_its_return_is_seen(
    qtbot: QtBot, tmp_path: Path, postgres_server: Server, server_database: str
) -> None:
    """The network between this PC and the server drops everything for a while: the window
    goes on answering (the server is asked again in the background, never while she waits),
    and once the network is back, what another coordinator did meanwhile shows by itself."""
    import time

    from tests.test_server import another_coordinator, relayed

    with relayed(postgres_server, server_database) as (relay, url):
        window = _at_step(qtbot, tmp_path, url, 1)
        ticks: list[float] = []
        clock = QTimer()
        clock.timeout.connect(lambda: ticks.append(time.monotonic()))
        clock.start(20)
        with relay.silent():
            qtbot.wait(4500)  # the listener is asked again twice meanwhile
            another_coordinator(server_database, "Karim")  # her network works
        clock.stop()
        longest = max(later - earlier for earlier, later in itertools.pairwise(ticks))
        assert longest < 0.5, f"the window was held {longest:.1f} s"
        qtbot.waitUntil(lambda: _team(window) == ["Karim"], timeout=5000)
        window.close()


def test_the_server_switched_off_then_on_again_is_worked_on_without_restarting(
    qtbot: QtBot,
    tmp_path: Path,
    postgres_server: Server,
    server_database: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """While the server is off, each screen that reads says in a sentence that the server
    was lost (never "something unexpected", however many times); once it is on again, she
    adds a person at the window, and it is saved on the server."""
    boxes = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    window = _at_step(qtbot, tmp_path, server_database, 1)
    with postgres_server.away():
        for _ in range(3):
            with pytest.raises(Exception) as failed:
                # what a screen does when it is shown (a read the team's table has not
                # kept: the team itself is kept from before the server went away)
                needs.list_topics()
            tandem._report_bug(failed.type, failed.value, failed.tb)  # Tandem's exception hook
    assert len(boxes.said) == 3
    assert all(  # a reading: no change of hers was lost
        said.startswith(
            "The connection to the network's server was lost: this screen could not be brought "
            "up to date"
        )
        for said in boxes.said
    )
    add_person_at_window(window)
    assert len(_people(server_database)) == 1
    qtbot.waitUntil(lambda: len(_team(window)) == 1, timeout=2000)
    window.close()


def test_a_save_that_reads_first_while_the_server_is_off_keeps_what_she_typed(
    qtbot: QtBot,
    tmp_path: Path,
    postgres_server: Server,
    server_database: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The frame of the rules checks the shop's days off before it saves: with the server
    off, leaving the place says in a sentence that the connection was lost, the place she
    typed stays in its field, and leaving it again once the server is back saves it."""
    import datetime as dt

    from tests.coordinators import elsewhere

    today = dt.date.today().isoformat()
    elsewhere(  # the demo's chocolate maker, on the server: a programme with its frame
        server_database,
        "import datetime as dt\nfrom app.demo_shops import write_shop\n"
        f"write_shop('chocolaterie', dt.date.fromisoformat('{today}'), lambda c, s, *a: s)",
    )
    boxes = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    window = _at_step(qtbot, tmp_path, server_database, 4)
    place = window.page(4).frame.place  # type: ignore[attr-defined]
    qtbot.mouseClick(place, Qt.MouseButton.LeftButton)
    place.selectAll()
    qtbot.keyClicks(place, "The back room")
    with postgres_server.away():
        qtbot.keyClick(place, Qt.Key.Key_Tab)
    assert boxes.said == [boxes.mentioning("connection to the network's server was lost")[0]]
    assert place.text() == "The back room"
    assert "Not done: The connection to the network's server was lost" in caplog.text  # logged
    qtbot.mouseClick(place, Qt.MouseButton.LeftButton)  # back in the field, and out again
    qtbot.keyClick(place, Qt.Key.Key_Tab)
    with psycopg.connect(server_database) as connection:
        saved = connection.execute(
            "SELECT place FROM shop_1.programme_rules WHERE programme_id = %s",
            (window.current_programme(),),
        ).fetchone()
    assert saved == ("The back room",)
    window.close()


def test_the_step_chosen_is_highlighted_while_its_screen_says_the_server_is_lost(
    qtbot: QtBot,
    tmp_path: Path,
    postgres_server: Server,
    server_database: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """She clicks a step while the server is off: its page could not be brought up to
    date, and while the box says so, the step list already shows the step she chose (it
    kept the one she left, and the page and the list disagreed)."""
    highlighted: list[list[int]] = []
    boxes = Boxes()

    def seen(box: QMessageBox) -> int:
        highlighted.append([index.row() for index in window.stepper.selectedIndexes()])
        return boxes.exec(box)

    monkeypatch.setattr(QMessageBox, "exec", seen)
    monkeypatch.setattr(sys, "excepthook", tandem._report_bug)  # as Tandem runs
    window = _start(qtbot, tmp_path, "--server", server_database)
    assert isinstance(window, MainWindow)
    stepper = window.stepper
    qtbot.mouseClick(
        stepper.viewport(),
        Qt.MouseButton.LeftButton,
        pos=stepper.visualItemRect(stepper.item(1)).center(),
    )
    qtbot.wait(100)  # what a start does once its window is shown is done
    with postgres_server.away():
        qtbot.mouseClick(
            stepper.viewport(),
            Qt.MouseButton.LeftButton,
            pos=stepper.visualItemRect(stepper.item(2)).center(),
        )
    assert boxes.mentioning("this screen could not be brought up to date")
    assert highlighted == [[2]] and window.stack.currentIndex() == 2
    window.close()
