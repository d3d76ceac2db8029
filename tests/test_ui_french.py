"""Tandem in French, read as a French owner would: numbers written the French way, badges
that do not read alike, choices that make sense."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from app.vocabulary import HEALTH_LABELS
from tests.windows import open_window
from ui.i18n import Translators, text
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[MainWindow]:
    translators = Translators(qapp)
    translators.use("fr")
    opened = open_window(qtbot, tmp_path, translators=translators)
    yield opened
    opened.close()
    translators.use("en")


def test_the_figures_write_decimals_with_a_comma(window: MainWindow) -> None:
    window.stepper.go_to(5)
    figures = window.page(5).summary.text()  # type: ignore[attr-defined]
    assert re.search(r"Lien : \d,\d / 5", figures), figures
    assert not re.search(r"\d\.\d", figures)


def test_the_stalled_and_stopped_badges_read_apart(window: MainWindow) -> None:
    badges = {health: text(label) for health, label in HEALTH_LABELS.items()}
    assert badges[next(h for h in badges if h.value == "stalled")] == "À relancer"
    assert len(set(badges.values())) == len(badges)


def test_know_how_starts_above_never_done(window: MainWindow) -> None:
    window.stepper.go_to(1)
    know_how = window.page(1).know_how  # type: ignore[attr-defined]
    levels = [know_how.level.itemText(i) for i in range(know_how.level.count())]
    assert "Jamais fait" not in levels and levels[0] == "A déjà essayé"


#: Words that give a gender to whoever they describe; in these texts the person can be anyone.
GENDERED = re.compile(r"\b(seul|seule|prêt|prête|patient|patiente|parti|le garde)\b")


def test_texts_about_a_person_give_no_gender(window: MainWindow) -> None:
    """ "Chloé est patient", "Se débrouille seul": every text that can describe any person
    reads right for anyone (the demo's own story, about people it names, is apart)."""
    import xml.etree.ElementTree as ET

    from ui.i18n import TRANSLATIONS

    gendered = []
    for context in ET.parse(TRANSLATIONS / "tandem_fr.ts").getroot().iter("context"):
        name = context.findtext("name")
        if name == "demo":
            continue
        for message in context.iter("message"):
            translated = message.findtext("translation") or ""
            if GENDERED.search(translated) and "lecture seule" not in translated:
                gendered.append(f"{name}: {translated}")
    assert [g for g in gendered if "un seul fichier" not in g] == []


def test_every_dashboard_column_is_readable_at_1280_by_720(window: MainWindow) -> None:
    """The topics were squeezed to 30 pixels ("P… d…") while the others took the room."""
    from PySide6.QtCore import Qt

    from ui.dashboard.model import Column

    window.resize(1280, 720)
    window.stepper.go_to(0)
    QApplication.processEvents()
    page = window.page(0)
    page.reload()
    QApplication.processEvents()
    table = page.table  # type: ignore[attr-defined]
    ten_letters = table.fontMetrics().horizontalAdvance("Newsletter")
    widths = {column: table.columnWidth(column) for column in Column}
    assert all(width >= ten_letters for width in widths.values()), widths
    assert not table.horizontalScrollBar().isVisible()  # nothing to scroll sideways
    header = table.horizontalHeader()
    for column in Column:  # every title whole
        assert header.sectionSizeFromContents(column).width() <= widths[column] + 2
    pair = table.model().index(0, Column.PAIR)
    assert pair.data(Qt.ItemDataRole.ToolTipRole)  # a label cut short is whole in its tooltip


def test_the_needs_table_shows_every_column_at_1366_by_768(window: MainWindow) -> None:
    """ "Priorité" and "Retirer" were behind a sideways scroll; the page scrolled sideways."""
    window.resize(1366, 768)
    window.stepper.go_to(1)
    page = window.page(1)
    people = page.people  # type: ignore[attr-defined]
    names = [people.item(row).text() for row in range(people.count())]
    people.setCurrentRow(next(row for row, name in enumerate(names) if name.startswith("Marie")))
    QApplication.processEvents()
    table = page.needs.table  # type: ignore[attr-defined]
    assert table.rowCount() == 3
    page.scroll_area.ensureWidgetVisible(table)  # type: ignore[attr-defined]
    QApplication.processEvents()
    assert not table.horizontalScrollBar().isVisible()
    assert not page.scroll_area.horizontalScrollBar().isVisible()  # type: ignore[attr-defined]
    remove = table.cellWidget(0, 4)
    assert remove.text() == "Retirer"
    assert table.viewport().rect().contains(remove.geometry())  # whole, in view
    topic = table.cellWidget(0, 0)
    assert topic.full_text() == "Commandes et ventes en ligne"  # cut short on screen, whole here
    # each level box shows its choice whole ("Se débrouille ave" was cut)
    for row in range(table.rowCount()):
        for column in (1, 2, 3):
            box = table.cellWidget(row, column)
            shown = box.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                _box_option(box),
                QStyle.SubControl.SC_ComboBoxEditField,
                box,
            )
            assert box.fontMetrics().horizontalAdvance(box.currentText()) <= shown.width(), (
                box.currentText()
            )


def _box_option(box: QComboBox) -> QStyleOptionComboBox:
    option = QStyleOptionComboBox()
    option.initFrom(box)
    option.currentText = box.currentText()
    return option


def test_the_frame_shows_its_texts_whole_at_1366_by_768(window: MainWindow) -> None:
    """ "Lieu" showed "outique, devant…"; "Bienveillance" and "Hors sujet" were cut."""
    window.resize(1366, 768)
    window.stepper.go_to(4)
    QApplication.processEvents()
    frame = window.page(4).frame  # type: ignore[attr-defined]
    place = frame.place
    assert place.fontMetrics().horizontalAdvance(place.text()) + 12 <= place.width()
    for name in ("confidentiality", "kindness", "out_of_scope"):
        editor = frame.texts[name]
        assert editor.toPlainText()
        assert editor.verticalScrollBar().maximum() == 0, name  # every line in view


@pytest.mark.parametrize("folders", [False, True])
def test_qts_own_file_dialog_reads_french(window: MainWindow, folders: bool) -> None:
    """The dialog where a PDF, a copy or the calendars are saved read "Look in:" and "Files
    of type:": Qt's French file lacks the labels' new mnemonics."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(window, "Tandem")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux
    if folders:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "&Voir dans\u00a0:" in labels and "Fichiers de &type\u00a0:" in labels
    english = {"&Look in:", "Files of &type:", "File &name:", "Directory:"}
    assert not english & set(labels), labels
    dialog.deleteLater()


@pytest.mark.undated  # no date in it; and under faketime a lock's timed wait never times out
def test_the_wait_for_the_server_is_said_in_french(window: MainWindow, qtbot: QtBot) -> None:
    """The sentence shown while the server makes Tandem wait, whole in its window."""
    from PySide6.QtWidgets import QLabel

    from tests.test_ui_server_wait import a_long_wait

    window.resize(1280, 720)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def read(note: QLabel) -> None:
        assert note.text().startswith("Tandem attend le serveur…")
        assert window.rect().contains(note.geometry())  # whole, inside the window
        assert note.heightForWidth(note.width()) <= note.height()

    a_long_wait(window, read)
