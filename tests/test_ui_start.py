"""Starting Tandem through the real widgets: first run, the demo, a file it cannot use, French."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from app.shop import set_shop_name
from app.steps import needs
from app.vocabulary import TopicKind
from tests.qt_helpers import choose, type_text, when_modal
from ui import main as tandem
from ui.main_window import MainWindow
from ui.settings import Settings


def _launch(qtbot: QtBot, *arguments: str) -> MainWindow:
    window = tandem.launch(["tandem", *arguments])
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    return window


def test_closing_the_first_run_setup_leaves_nothing_behind(qtbot: QtBot, tmp_path: Path) -> None:
    when_modal(lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    assert tandem.launch(["tandem", "--data-dir", str(tmp_path)]) == 0
    assert not Settings(tmp_path).setup_done
    assert not (tmp_path / "tandem.sqlite").exists()


def test_the_first_run_can_open_the_demo_and_keep_the_own_data_empty(
    qtbot: QtBot, tmp_path: Path
) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QWizard)
        type_text(dialog.currentPage().shop_name, "Menuiserie Lefèvre")  # type: ignore[attr-defined]
        dialog.next()
        dialog.currentPage().demo.setChecked(True)  # type: ignore[attr-defined]
        dialog.button(QWizard.WizardButton.FinishButton).click()

    when_modal(fill)
    window = _launch(qtbot, "--data-dir", str(tmp_path))
    assert window.session.is_demo
    assert window.demo_banner.isVisibleTo(window)
    assert "demo of Chocolaterie Marie" in window.demo_text.text()
    assert window.programme.currentText() == "Going online"
    window.leave_demo.click()
    assert not window.session.is_demo and not window.demo_banner.isVisibleTo(window)
    assert window.shop_label.text() == "Menuiserie Lefèvre"
    assert window.programme.count() == 0
    window.close()
    assert Settings(tmp_path).demo_shop is None


def test_the_demo_option_opens_every_page_populated(qtbot: QtBot, tmp_path: Path) -> None:
    window = _launch(qtbot, "--data-dir", str(tmp_path), "--demo")
    dashboard, needs_page, pairs_page, coaching_page, rules_page, review_page = window.pages
    window.stepper.go_to(0)
    assert dashboard.model.rowCount() == 7  # type: ignore[attr-defined]
    window.stepper.go_to(1)
    assert needs_page.people.count() == 7  # type: ignore[attr-defined]
    assert needs_page.needs.table.rowCount() >= 1  # type: ignore[attr-defined]
    window.stepper.go_to(2)
    assert pairs_page.pair_list.count() == 7  # type: ignore[attr-defined]
    assert pairs_page.affinities.model().rowCount() == 6  # type: ignore[attr-defined]
    window.stepper.go_to(3)
    assert coaching_page.mentors.count() == 3  # type: ignore[attr-defined]
    window.stepper.go_to(4)
    assert rules_page.slots.rowCount() == 6  # type: ignore[attr-defined]
    assert rules_page.sessions.count() > 0  # type: ignore[attr-defined]
    window.stepper.go_to(5)
    assert review_page.pair_list.count() == 7  # type: ignore[attr-defined]
    assert "Pairs reviewed: 1 of 7" in review_page.summary.text()  # type: ignore[attr-defined]
    window.close()
    assert not (tmp_path / "tandem.sqlite").exists()


def test_the_demo_opens_as_new_each_time_without_being_built_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clean = tmp_path / "demo-chocolaterie.sqlite.clean"
    window = _launch(qtbot, "--data-dir", str(tmp_path), "--demo")
    built = clean.stat().st_mtime_ns
    set_shop_name("Chez moi")
    window.close()

    window = _launch(qtbot, "--data-dir", str(tmp_path), "--demo")
    assert clean.stat().st_mtime_ns == built
    assert "demo of Chocolaterie Marie" in window.demo_text.text()
    window.close()


def test_a_file_tandem_cannot_use_is_explained_not_crashed_on(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "tandem.sqlite").write_text("a letter, not a database", encoding="utf-8")
    Settings(tmp_path).setup_done = True
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()))
    assert tandem.main(["tandem", "--data-dir", str(tmp_path)]) == 1
    assert said == ["tandem.sqlite is not a Tandem file. Tandem left it as it is."]
    assert (tmp_path / "tandem.sqlite").read_text(encoding="utf-8") == "a letter, not a database"


def test_tandem_speaks_french_under_a_french_system(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tandem, "system_language", lambda: "fr")
    window = _launch(qtbot, "--data-dir", str(tmp_path), "--demo")
    assert window.demo_text.text() == (
        "Vous explorez la démonstration de Chocolaterie Marie. Vos propres données ne sont pas touchées."
    )
    assert window.programme.currentText() == "Passer au numérique"
    assert window.stepper.item(1).text().startswith("✓ 1. Les besoins")
    assert window.next.text() == "&Suivant >"
    window.close()
    window.translators.remove()  # type: ignore[union-attr]


def test_the_first_run_follows_the_language_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QWizard)
        page = dialog.currentPage()
        page.language.setCurrentIndex(page.language.findData("fr"))  # type: ignore[attr-defined]
        QApplication.processEvents()  # Qt delivers the change of language as an event
        seen.append(page.title())
        seen.append(dialog.button(QWizard.WizardButton.NextButton).text())
        dialog.reject()

    when_modal(fill)
    tandem.launch(["tandem", "--data-dir", str(tmp_path)])
    assert seen == ["Bienvenue dans Tandem", "&Suivant >"]


def test_a_second_tandem_on_the_same_data_brings_the_first_forward(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first = _launch(qtbot, "--data-dir", str(tmp_path), "--demo")
    first.showMinimized()
    assert tandem.launch(["tandem", "--data-dir", str(tmp_path), "--demo"]) == 0
    qtbot.waitUntil(lambda: not first.isMinimized(), timeout=3000)
    other = _launch(
        qtbot, "--data-dir", str(tmp_path / "elsewhere"), "--demo"
    )  # other data: its own Tandem
    assert other.isVisible()
    other.close()
    first.close()
    assert first.instance is not None and first.instance.server is None


def test_a_long_shop_name_never_widens_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.windows import open_window

    long_name = "Chocolaterie artisanale Marie Dupont et fils, maîtres chocolatiers depuis 1921"
    assert len(long_name) >= 76
    widths = []
    for number, name in enumerate(("Marie", long_name)):
        folder = tmp_path / str(number)
        folder.mkdir()
        window = open_window(qtbot, folder, demo=False)
        set_shop_name(name)
        window.open_data()
        window.resize(1024, 720)
        qtbot.wait(10)
        widths.append(window.minimumSizeHint().width())
        if name == long_name:
            shown = window.shop_label.text()
            assert shown != long_name and shown.endswith("…")  # elided where room is short
            assert long_name in window.shop_label.toolTip()  # the whole name in the tooltip
            assert window.shop_label.full_text() == long_name
            window.resize(1900, 720)
            qtbot.wait(10)
            assert window.shop_label.text() == long_name  # room enough: shown whole
        window.close()
    assert widths[0] == widths[1]


def test_the_first_start_in_french_begins_the_catalogue_with_the_trade_chosen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tandem, "system_language", lambda: "fr")

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QWizard)
        page = dialog.currentPage()
        type_text(page.shop_name, "Garage Lemaire")  # type: ignore[attr-defined]
        choose(page.trade, "Garage, réparation automobile")  # type: ignore[attr-defined]
        dialog.next()
        dialog.button(QWizard.WizardButton.FinishButton).click()

    when_modal(fill)
    window = _launch(qtbot, "--data-dir", str(tmp_path))
    topics = {topic.name: topic.kind for topic in needs.list_topics()}
    assert topics["Diagnostic électronique"] is TopicKind.MANUAL
    assert topics["Prise de rendez-vous en ligne"] is TopicKind.DIGITAL
    assert "Réseaux sociaux" in topics  # the common catalogue too
    assert "Levain et fermentation longue" not in topics  # not the bakery's
    window.close()
    window.translators.remove()  # type: ignore[union-attr]
