"""The printed documents: built from the data, laid out on A4, and read back from the PDF."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize, QPdfWriter
from PySide6.QtWidgets import QApplication, QMessageBox

from app import documents, sessions
from app.charts import LevelChart
from app.demo import build_demo
from app.documents.page import (
    Answer,
    Choices,
    Document,
    Facts,
    Heading,
    Paragraph,
    Section,
    Table,
    Together,
)
from app.programmes import list_programmes
from app.progress import programme_progress
from app.sessions import SessionEntry, list_sessions, log_session
from app.steps import needs, pairs, review
from app.storage.database import close_database, open_database
from app.vocabulary import Decision, Health, Level, Role
from tests.builders import FINISHING, person, programme, ready_pair, topic
from tests.clock import Clock
from ui.printing.composer import Composer
from ui.printing.output import page_layout, save_pdf, write_pdf

HOSTILE = "<b>Zoé</b><img src=x onerror=alert(1)>"


def plain_text(document: Document) -> str:
    """Every word of a document, in reading order - what a printed page must show."""
    lines = []
    for section in document.sections:
        lines += [document.shop, section.title]
        flat = [
            inner
            for block in section.blocks
            for inner in (block.blocks if isinstance(block, Together) else (block,))
        ]
        for block in flat:
            if isinstance(block, Heading | Paragraph):
                lines.append(block.text)
            elif isinstance(block, Facts):
                lines += [f"{label} {value}" for label, value in block.rows]
            elif isinstance(block, Table):
                lines += [" ".join(block.headers), *(" ".join(row) for row in block.rows)]
            elif isinstance(block, Answer):
                lines += [block.question, block.text]
            elif isinstance(block, Choices):
                lines.append(" ".join(label for label, _ in block.options))
            elif isinstance(block, LevelChart):
                lines += [block.before, block.after, *(row.label for row in block.rows)]
            else:
                lines += [f"{role} {name}" for role, name in block.people]
    return "\n".join(lines)


@pytest.fixture
def demo(qapp: QApplication, tmp_path: Path, clock: Clock) -> Iterator[int]:
    """The chocolate shop's demo as it stands on 26 November 2026, read on that day."""
    clock.set(dt.datetime(2026, 11, 26, 10, 0))
    open_database(build_demo(tmp_path / "demo.sqlite", "chocolaterie", today=dt.date(2026, 11, 26)))
    yield list_programmes()[0].id
    close_database()


def _words(text: str) -> str:
    """What a reader sees, whatever blanks the PDF used between words (tabs, new lines) and
    with ligatures such as "ﬁ" read as their letters."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _pdf_text(document: documents.page.Document, path: Path) -> tuple[str, PdfReader]:
    write_pdf(document, path)
    reader = PdfReader(path)
    return _words(" ".join(page.extract_text() for page in reader.pages)), reader


def _pair(programme_id: int, health: Health) -> int:
    return next(p.pair_id for p in programme_progress(programme_id).pairs if p.health is health)


def test_the_review_sheet_holds_the_names_levels_answers_and_signatures(
    demo: int, tmp_path: Path
) -> None:
    finished = _pair(demo, Health.FINISHED)
    text, reader = _pdf_text(documents.review_sheet(finished), tmp_path / "sheet.pdf")
    for expected in (
        "Chocolaterie Marie",
        "Review sheet - Karim and Sophie",
        "Going online",
        "Online customer file",
        "Has tried it",  # level before
        "On their own",  # target and level after
        "Find a customer's last order and add a new customer.",  # the mentee's answer
        "A loyalty card kept in the customer file",  # the mentor's ideas
        "45 minutes",
        "☒ Swap the roles",
        "☐ Renew the pair",
        "The mentee",
        "The mentor",
        "The owner",
        "Signature",
    ):
        assert expected in text, expected
    page = reader.pages[0].mediabox
    assert (round(float(page.width)), round(float(page.height))) == (595, 842)  # A4 in points


def test_a_review_not_filled_yet_prints_with_room_to_write(demo: int, tmp_path: Path) -> None:
    text, _ = _pdf_text(
        documents.review_sheet(_pair(demo, Health.ON_TRACK)), tmp_path / "blank.pdf"
    )
    assert "What I can now do alone" in text and "☐ Renew the pair" in text and "☒" not in text


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (
            lambda p: documents.programme_summary(p),
            [
                "Programme summary - Going online",
                "Karim → Sophie",
                "ideas collected",
                "Swap the roles",
            ],
        ),
        (
            lambda p: documents.review_sheets(p),
            ["Review sheet - Lucas and Bernard", "Review sheet - Karim and Marie"],
        ),
        (
            lambda p: documents.pair_charter(_pair(p, Health.ON_TRACK)),
            [
                "Charter of the pair - Karim and Marie",
                "The back office, at the computer",
                "No silly questions",
                "Signature",
            ],
        ),
        (
            lambda p: documents.mentor_guide(p, needs.list_people()[1].id),  # Inès
            ["Mentor guide - Inès", "Be patient", "Sophie", "Newsletter", "How to teach well"],
        ),
        (
            lambda p: documents.team_questionnaire(),
            [
                "Questionnaire - learning from each other",
                "What would you like to learn?",
                "What could you teach?",
                "Wednesday",
                "55 and over",
                "Social networks",  # the catalogue's topics, each on a line to fill
                "A new technique of the trade",
            ],
        ),
    ],
)
def test_every_document_prints_what_it_should(
    demo: int, tmp_path: Path, make: object, expected: list[str]
) -> None:
    document = make(demo)  # type: ignore[operator]
    text, reader = _pdf_text(document, tmp_path / "document.pdf")
    for words in expected:
        assert words in text, words
    assert len(reader.pages) >= 1


def test_all_review_sheets_start_each_on_a_new_page(demo: int, tmp_path: Path) -> None:
    _, reader = _pdf_text(documents.review_sheets(demo), tmp_path / "all.pdf")
    pages = [_words(page.extract_text()) for page in reader.pages]
    starts = [n for n, page in enumerate(pages) if "Review sheet - " in page]
    assert len(starts) == 7
    assert all(pages[n].startswith("Chocolaterie Marie Review sheet - ") for n in starts)


def _long_pair(qapp: QApplication) -> int:
    spring = programme()
    mentor, mentee = person(HOSTILE), person("Marie")
    pair = ready_pair(spring, mentor, mentee)
    for number in range(11):
        pairs.add_objective(pair, topic(f"Topic number {number:02d} with a rather long name"), 0, 4)
    words = " ".join(f"word{n:04d}" for n in range(300))  # about 2,400 characters
    review.set_answers(pair, Role.MENTEE, can_do_alone=words, ideas=words, comments=words)
    review.set_answers(pair, Role.MENTOR, can_do_alone=words, comments=words)
    review.conclude(pair, Decision.RENEW, words, despite=FINISHING)
    first = list_sessions(pair)[0]
    log_session(
        first.id, SessionEntry(held_on=first.held_on, minutes=60), today=dt.date(2027, 6, 1)
    )
    return pair


def test_long_answers_and_many_objectives_run_onto_further_pages_without_loss(
    qapp: QApplication, database: object, tmp_path: Path
) -> None:
    pair = _long_pair(qapp)
    text, reader = _pdf_text(documents.review_sheet(pair), tmp_path / "long.pdf")
    assert len(reader.pages) >= 4
    assert len(pairs.list_objectives(pair)) == 12
    for objective in pairs.list_objectives(pair):
        assert objective.topic_name in text, objective.topic_name
    for number in range(300):
        assert f"word{number:04d}" in text, number
    assert HOSTILE in text  # printed literally, never read as HTML


def test_no_row_box_or_signature_is_cut_by_a_page_end(
    qapp: QApplication, database: object, tmp_path: Path
) -> None:
    pair = _long_pair(qapp)
    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setPageLayout(page_layout())
    composer = Composer(writer)
    pages = composer.compose(documents.review_sheet(pair))
    assert pages >= 4
    assert {kind for _, kind, _, _ in composer.placed} == {"row", "answer", "signatures"}
    for page, kind, top, bottom in composer.placed:
        assert 0 <= top < bottom <= composer.bottom, (page, kind, top, bottom)
    assert (
        QPageSize(QPageSize.PageSizeId.A4).sizePoints()
        == writer.pageLayout().pageSize().sizePoints()
    )


def test_hostile_text_is_plain_text_in_the_document_itself(database: object) -> None:
    pair = ready_pair(programme(), person(HOSTILE), person("Marie"))
    assert HOSTILE in plain_text(documents.review_sheet(pair))


def test_a_pdf_that_cannot_be_written_is_explained(
    qapp: QApplication, database: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pair = ready_pair(programme(), person("Karim"), person("Marie"))
    target = tmp_path / "no such folder" / "sheet.pdf"
    shown: list[str] = []
    monkeypatch.setattr(
        "ui.printing.output.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    assert save_pdf(None, lambda: documents.review_sheet(pair)) is None
    assert (
        len(shown) == 1
        and shown[0].startswith(f"Tandem could not write {target}")
        and "nothing was lost" in shown[0]
    )
    assert len(list_sessions(pair)) == 6  # the data is untouched


def test_a_printer_that_fails_is_explained(
    qapp: QApplication, database: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from ui.printing.output import configure, paint_or_explain

    pair = ready_pair(programme(), person("Karim"), person("Marie"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    printer = configure(QPrinter(QPrinter.PrinterMode.HighResolution))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "unplugged" / "printer.pdf"))  # cannot be opened
    assert not paint_or_explain(None, documents.review_sheet(pair), printer)
    assert shown == [
        "The printer reported a problem. Check that it is on and has paper, then try again."
    ]


def test_the_sheet_prints_the_time_both_people_save(database: object) -> None:
    pair = ready_pair(programme(), person("Lucas"), person("Marie"))
    review.set_answers(pair, Role.MENTEE, minutes_saved_per_week=45)
    review.set_answers(pair, Role.MENTOR, minutes_saved_per_week=20)
    lines = plain_text(documents.review_sheet(pair)).splitlines()
    times = [lines[i + 1] for i, line in enumerate(lines) if line == "Time saved each week"]
    assert times == ["45 minutes", "20 minutes"]  # the mentor's was left off the paper


def test_a_french_summary_writes_its_averages_with_a_comma(
    qapp: QApplication, database: object
) -> None:
    from PySide6.QtCore import QLocale

    from ui.printing.menu import build

    spring = programme()
    pair = ready_pair(spring, person("Lucas"), person("Marie"))
    review.set_answers(pair, Role.MENTEE, bond=4, satisfaction=5)
    review.set_answers(pair, Role.MENTOR, bond=5, satisfaction=4)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French))
    try:
        text = plain_text(build("programme_summary", spring)())
    finally:
        QLocale.setDefault(before)
    assert "4,5 / 5" in text and "4.5" not in text


def test_a_name_written_right_to_left_keeps_its_place_in_the_line(database: object) -> None:
    """ "אבי (chef@home)" printed as "(home -chef@) אבי": the name is isolated now."""
    from app.text import FSI, PDI

    pair = ready_pair(programme(), person("אבי", job="chef@home"), person("Marie"))
    sheet = documents.review_sheet(pair)
    facts = next(
        block for section in sheet.sections for block in section.blocks if isinstance(block, Facts)
    )
    assert ("Mentor", f"{FSI}אבי{PDI} (chef@home)") in facts.rows
    assert sheet.name == f"Review sheet - {FSI}אבי{PDI} and Marie"
    from ui.printing.output import suggested_path

    assert suggested_path(sheet.name).name == "Review sheet - אבי and Marie.pdf"


def test_a_line_that_starts_with_a_name_in_hebrew_stays_left_to_right(
    qapp: QApplication, tmp_path: Path
) -> None:
    """It was drawn right-aligned and turned around: "(chef@home) אבי"."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from app.text import isolate

    composer = Composer(QPdfWriter(str(tmp_path / "probe.pdf")))
    laid = composer.text(f"{isolate('אבי')} (chef@home)", 2000)
    image = QImage(2000, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    laid.drawContents(painter)
    painter.end()
    inked = [
        x
        for x in range(image.width())
        for y in range(0, 200, 2)
        if image.pixelColor(x, y).value() < 128
    ]
    assert inked and min(inked) < 40  # begins at the left, as the sheet's other lines


def test_a_french_summary_counts_in_words_that_agree_and_keeps_times_on_one_line(
    qapp: QApplication, database: object
) -> None:
    """ "1 objectifs atteints sur 9" and "1 h" above "00" were printed."""
    from app.text import NBSP
    from ui.i18n import Translators
    from ui.printing.menu import build

    spring = programme()
    pair = ready_pair(spring, person("Lucas"), person("Marie"))
    review.set_level_after(pairs.list_objectives(pair)[0].id, Level.ON_OWN)
    translators = Translators(qapp)
    translators.use("fr")
    try:
        text = plain_text(build("programme_summary", spring)())
    finally:
        translators.use("en")
    assert "1 objectif atteint sur 1" in text
    assert "3 niveaux gagnés" in text
    assert f"0{NBSP}h{NBSP}00" in text


def test_the_month_planning_is_landscape_a_page_a_month_with_the_days_off(
    qapp: QApplication, database: object, tmp_path: Path
) -> None:
    from app.shop import add_closed_period, set_days_off
    from app.vocabulary import Weekday

    set_days_off([Weekday.MONDAY])
    add_closed_period(dt.date(2027, 4, 12), dt.date(2027, 4, 18), "Easter holidays")
    spring = programme()
    ready_pair(spring, person("Lucas"), person("Marie"), weeks=8)  # March and April
    sessions.set_pair_slot(pairs.list_pairs(spring)[0].id, place="The back room")
    sessions.plan_all_sessions(spring, today=dt.date(2027, 3, 1))
    planning = documents.month_planning(spring)
    assert planning.landscape
    assert [s.title for s in planning.sections] == [
        "Planning - Spring - March 2027",
        "Planning - Spring - April 2027",
    ]
    text = plain_text(planning)
    assert "Days off: Monday. 2027-04-12 to 2027-04-18: Easter holidays." in text
    assert "2027-03-02 09:30 Lucas → Marie The back room Newsletter Planned" in text
    pages = write_pdf(planning, tmp_path / "planning.pdf")
    reader = PdfReader(tmp_path / "planning.pdf")
    assert pages == len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert box.width > box.height  # A4 turned sideways


def test_a_long_month_runs_onto_more_pages_each_row_whole(
    qapp: QApplication, database: object, tmp_path: Path
) -> None:
    spring = programme()
    for number in range(12):
        ready_pair(spring, person(f"Mentor {number:02d}"), person(f"Mentee {number:02d}"))
    writer = QPdfWriter(str(tmp_path / "planning.pdf"))
    writer.setPageLayout(page_layout(landscape=True))
    composer = Composer(writer)
    assert composer.compose(documents.month_planning(spring)) >= 3
    rows = [(page, top, bottom) for page, kind, top, bottom in composer.placed if kind == "row"]
    assert len(rows) > 72  # 12 pairs x 6 weeks, and the header again on each page
    for page, top, bottom in rows:
        assert 0 <= top < bottom <= composer.bottom, (page, top, bottom)


@pytest.mark.parametrize("database", ["file"], indirect=True)  # the layout of paper
def test_the_charter_and_the_review_sheet_are_signed_under_what_they_say(
    database: object, tmp_path: Path
) -> None:
    """The signatures went alone onto a page of their own when the rules filled the page
    before: three people signed a blank page. Whatever the number of sessions listed, the
    page that holds the signatures holds the rules (the decision, on the review sheet)."""
    from app import sessions
    from app.steps import rules

    spring = programme()
    pair = pairs.create_pair(spring, person("Lucas"), person("Bernard")).id
    pairs.add_objective(pair, topic("Online orders"), 0, 3)
    split = 0
    for weeks in range(4, 52, 2):
        rules.set_programme_rules(
            spring,
            start_on=dt.date(2027, 1, 4),
            weeks=weeks,
            weekday=1,
            start_time="09:00",
            confidentiality="Ce qui se dit en séance reste entre nous. " * 6,
            kindness="Aucune question n'est bête. " * 6,
        )
        sessions.plan_sessions(pair, today=dt.date(2027, 1, 4))
        for document, above in (
            (documents.pair_charter(pair), "Our rules"),
            (documents.review_sheet(pair), "What comes next"),
        ):
            path = tmp_path / f"{weeks}.pdf"
            write_pdf(document, path)
            pages = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
            signed = [text for text in pages if "Signature" in text]
            assert len(signed) == 1, (weeks, len(pages))
            assert above in signed[0], f"{weeks} weeks: signed apart from {above!r}"
            split += len(pages) > 1
    assert split  # some lengths did run onto a second page: the rules went with the names


def test_a_table_cut_across_pages_keeps_three_rows_on_each_side(
    qapp: QApplication, tmp_path: Path
) -> None:
    """The month's planning left two lines alone at the top of a page (and a header with one
    line under it at the bottom of the one before). For every length of table, after a text
    that pushes it down the page, each page holds three rows of it or none."""
    cut = 0
    for rows in range(1, 70):
        for lines_before in (0, 17, 31):
            table = Table(
                ("Date", "Pair"),
                tuple((f"2027-03-{day % 28 + 1:02d}", f"Pair {day}") for day in range(rows)),
                (40, 60),
            )
            document = Document(
                "Shop",
                (Section("Planning", (Paragraph("\n".join(["-"] * lines_before)), table)),),
            )
            writer = QPdfWriter(str(tmp_path / "table.pdf"))
            writer.setPageLayout(page_layout(landscape=True))
            composer = Composer(writer)
            pages = composer.compose(document)
            placed = [page for page, kind, _, _ in composer.placed if kind == "row"]
            per_page = {page: placed.count(page) - 1 for page in set(placed)}  # less the header
            assert sum(per_page.values()) == rows
            if rows >= 3:  # Composer.KEPT_ROWS
                assert min(per_page.values()) >= 3, (rows, lines_before, per_page)
            cut += pages > 1
    assert cut > 20  # many of them did run onto a second page
