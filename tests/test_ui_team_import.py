"""Step 1's team brought from a spreadsheet a person wrote, the table to fill and the
paper questionnaire, as an owner does it, in English and in French."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app import team_import
from app.steps import needs
from app.vocabulary import Level
from tests.qt_helpers import Boxes, choose, when_modal
from tests.step_one import open_table
from tests.test_team_import import messy_workbook
from ui.i18n import translate
from ui.main_window import MainWindow
from ui.steps.import_dialog import ImportDialog


def test_a_spreadsheet_a_person_wrote_is_brought_in_after_its_preview(
    qtbot: QtBot,
    team_window: MainWindow,
    team_language: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if team_language != "fr":
        pytest.skip("the file is French, as its catalogue")
    messy = messy_workbook(tmp_path / "équipe du garage.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(messy), ""))
    boxes = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    table = open_table(qtbot, team_window)
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportDialog)
        qtbot.waitExposed(dialog)
        phone = next(combo for combo in dialog.choices if combo.accessibleName() == "Téléphone")
        assert phone.currentText() == "Pas importée"
        lines = dialog.lines
        said = {
            lines.item(row, 0).text(): lines.item(row, 2).text() for row in range(lines.rowCount())
        }
        seen["said"], seen["summary"] = said, dialog.summary.text()
        assert "Site web" in dialog.summary.text()
        choose(dialog.same_as["Site web"], "Même sujet que : Le site de la boutique")
        assert "Site web" not in dialog.summary.text()
        dialog.grab().save(str(tmp_path / "preview.png"))
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    when_modal(look)
    qtbot.mouseClick(table.bring, Qt.MouseButton.LeftButton)
    said = seen["said"]
    assert isinstance(said, dict)
    assert said["7"].startswith("Ajoutée")
    assert "Laissé de côté : Tandem ne comprend pas l'âge « vieux »" in said["7"]
    assert said["8"] == "Refusée : Aucun nom sur cette ligne."
    assert "ligne précédente" in said["9"]
    assert said["4"].startswith("Ajoutée")
    assert "4 personnes seront ajoutées" in str(seen["summary"])
    assert "Diagnostic électronique" in str(seen["summary"])
    assert {person.name for person in needs.list_people()} == {
        "Gérard Lemaire",
        "Léa Martin",
        "Bernard Coste",
        "Yanis Diallo",
    }
    assert table.table.rowCount() == 5  # shown at once in the table, and a line for a new one
    assert [
        need.topic_name for need in needs.list_needs() if need.topic_name.startswith("Le site")
    ] == ["Le site de la boutique"]  # Bernard's "Site web", taken as the catalogue's
    assert boxes.said == [
        "4 personnes ajoutées depuis équipe du garage.xlsx. « Défaire », sous le tableau, "
        "les retire de nouveau."
    ]
    qtbot.mouseClick(table.undo_button, Qt.MouseButton.LeftButton)  # a wrong file, taken out
    assert needs.list_people() == [] and needs.list_needs() == []
    assert "Diagnostic électronique" not in {topic.name for topic in needs.list_topics()}
    assert team_window.page(1).people.count() == 0


def test_the_table_to_fill_is_saved_in_the_owners_language_and_comes_back(
    qtbot: QtBot,
    team_window: MainWindow,
    team_language: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    boxes = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    chosen = tmp_path / "équipe"  # no extension typed: the kind of file chosen gives it
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), a[3].split(";;")[0])
    )
    table = open_table(qtbot, team_window)
    qtbot.mouseClick(table.template, Qt.MouseButton.LeftButton)
    written = chosen.with_suffix(".xlsx")
    assert boxes.mentioning(str(written))
    rows = team_import.read_rows(written)
    expected = {"en": "Name", "fr": "Nom"}[team_language]
    assert rows[0][0] == expected
    from openpyxl import load_workbook

    book = load_workbook(written)
    book.worksheets[0].append(
        ["Ana Lopez", "", "", "", "", translate("catalogue", "Newsletter") + " 4", ""]
    )
    book.save(written)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(written), ""))
    when_modal(lambda dialog: qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton))  # type: ignore[attr-defined]
    qtbot.mouseClick(table.bring, Qt.MouseButton.LeftButton)
    [ana] = needs.list_people()
    assert [(skill.topic_name, skill.level) for skill in needs.list_know_how(ana.id)] == [
        (translate("catalogue", "Newsletter"), Level.CAN_TEACH)
    ]


def test_the_paper_questionnaire_is_saved_from_the_table_in_the_owners_language(
    qtbot: QtBot,
    team_window: MainWindow,
    team_language: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: Boxes().exec(box))
    target = tmp_path / "questions.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    table = open_table(qtbot, team_window)
    actions = table.questionnaire.menu().actions()
    assert len(actions) == 2  # print (with a preview), or save as PDF
    actions[1].trigger()
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    title = {"en": "What could you teach?", "fr": "Que pourriez-vous enseigner ?"}[team_language]
    assert title in text
    assert translate("catalogue", "Social networks") in text


def test_an_empty_spreadsheet_is_said_to_be_empty(
    qtbot: QtBot, team_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "vide.csv"
    empty.write_text(";;\n\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(empty), ""))
    boxes = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    table = open_table(qtbot, team_window)
    qtbot.mouseClick(table.bring, Qt.MouseButton.LeftButton)
    assert len(boxes.said) == 1 and "vide.csv" in boxes.said[0]
    assert needs.list_people() == []
