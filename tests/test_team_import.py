"""The team brought from a spreadsheet a person would write: a merged title, blank lines,
first and last names apart, a date column, French headings, accents; and what is refused."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from app import spreadsheet_values, team_import, team_template
from app.availability import to_slots
from app.errors import StorageProblem, ValidationError
from app.steps import needs
from app.team_grid import NeedCell, SkillCell
from app.team_import import Column
from app.vocabulary import AgeBand, Level, PartOfDay, Priority, Weekday
from tests.builders import person

TODAY = dt.date(2026, 12, 7)
HEADINGS = [
    "Prénom",
    "Nom",
    "Poste",
    "Date d'entrée",
    "Âge",
    "Disponibilités",
    "Ce qu'il veut apprendre",
    "Ce qu'il peut transmettre",
    "Téléphone",
]
LINES = [
    [
        "Gérard",
        "Lemaire",
        "Patron",
        dt.datetime(1991, 9, 2),
        "61",
        "lundi matin, jeudi",
        "réseaux sociaux 0-3; avis des clients 1 3 1",
        "",
        "06 11 22 33 44",
    ],
    [None, None, None, None, None, None, None, None, None],
    [
        "Léa",
        "Martin",
        "Apprentie",
        dt.datetime(2025, 9, 1),
        "19",
        "Mardi après-midi",
        "",
        "Réseaux sociaux 4, Photos des produits",
        "",
    ],
    ["Bernard", "Coste", "Carrossier", dt.datetime(2004, 1, 5), "vieux", "", "Site web", "", ""],
    ["", "", "Intérimaire", None, "", "", "", "", ""],
    ["Léa", "Martin", "Apprentie", None, "", "", "", "", ""],
    [
        "Yanis",
        "Diallo",
        "Mécanicien",
        dt.datetime(2021, 4, 12),
        "25-39",
        "vendredi",
        "",
        "Diagnostic électronique 3",
        "",
    ],
]


FRENCH_TOPICS = {
    "Social networks": "Réseaux sociaux",
    "Customer reviews": "Avis des clients",
    "Photos of products": "Photos des produits",
    "The shop's website": "Site web",
}


def french_catalogue() -> None:
    """The catalogue as a French owner's file has it."""
    for topic in needs.list_topics():
        if topic.name in FRENCH_TOPICS:
            needs.update_topic(topic.id, FRENCH_TOPICS[topic.name], topic.kind, topic.description)


def messy_workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Garage Lemaire - l'équipe au 1er décembre"])
    sheet.merge_cells("A1:I1")
    sheet.append([])
    sheet.append(HEADINGS)
    for line in LINES:
        sheet.append(line)
    book.save(path)
    return path


def test_the_headings_are_found_under_a_title_and_read_in_french(tmp_path: Path) -> None:
    rows = team_import.read_rows(messy_workbook(tmp_path / "équipe.xlsx"))
    layout = team_import.guess_columns(rows)
    assert layout.heading_line == 2
    assert layout.columns == [
        Column.FIRST_NAME,
        Column.NAME,
        Column.JOB,
        Column.YEAR_JOINED,
        Column.AGE,
        Column.FREE_TIME,
        Column.LEARN,
        Column.TEACH,
        Column.IGNORED,
    ]
    assert rows[3][3] == "1991-09-02"


def test_english_headings_and_a_csv_from_windows(tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_bytes(
        "Staff list;;;\r\nName;Job;Wants to learn;Can teach\r\nRenée Blanc;Baker;Newsletter 1 3;\r\n".encode(
            "cp1252"
        )
    )
    rows = team_import.read_rows(path)
    layout = team_import.guess_columns(rows)
    assert layout.columns == [Column.NAME, Column.JOB, Column.LEARN, Column.TEACH]
    assert rows[2][0] == "Renée Blanc"


def test_the_plan_says_line_by_line_what_is_added_and_what_is_refused(
    database: object, tmp_path: Path
) -> None:
    french_catalogue()
    rows = team_import.read_rows(messy_workbook(tmp_path / "équipe.xlsx"))
    plan = team_import.plan_import(rows, team_import.guess_columns(rows), TODAY)
    said = {
        line.line: (line.name, str(line.refused) if line.refused else None) for line in plan.people
    }
    assert said[4] == ("Gérard Lemaire", None)
    assert said[6] == ("Léa Martin", None)
    assert said[7] == ("Bernard Coste", None)  # added, without the age Tandem cannot read
    bernard = plan.people[2]
    assert [str(reason) for reason in bernard.left_out] == [
        "The age vieux is not one Tandem understands (an age, a band like 25-39, or a year of "
        "birth)."
    ]
    assert bernard.age_band is None and list(bernard.learn) == ["Site web"]
    assert said[8] == ("", "No name on this line.")
    assert said[9] == ("Léa Martin", "The same name is on an earlier line.")
    assert said[10] == ("Yanis Diallo", None)
    assert 5 not in said  # the blank line
    assert plan.new_topics == ["Diagnostic électronique"]
    gerard = plan.people[0]
    assert gerard.age_band is AgeBand.FROM_55 and gerard.year_joined == 1991
    assert to_slots(gerard.free_time) == [
        (Weekday.MONDAY, PartOfDay.MORNING),
        (Weekday.THURSDAY, PartOfDay.MORNING),
        (Weekday.THURSDAY, PartOfDay.AFTERNOON),
    ]
    assert needs.list_people() == []  # a plan adds nothing


def test_adding_the_plan_adds_all_its_people_or_none(database: object, tmp_path: Path) -> None:
    person("Yanis Diallo")  # already in the team
    french_catalogue()
    rows = team_import.read_rows(messy_workbook(tmp_path / "équipe.xlsx"))
    plan = team_import.plan_import(rows, team_import.guess_columns(rows), TODAY)
    assert "Already in the team" in str(plan.people[-1].refused)
    assert plan.new_topics == []  # only Yanis named it, and he is not added
    assert len(team_import.add_planned(plan).people) == 3
    people = {known.name: known for known in needs.list_people()}
    assert set(people) == {"Gérard Lemaire", "Léa Martin", "Bernard Coste", "Yanis Diallo"}
    gerard_needs = {need.topic_name: need for need in needs.list_needs(people["Gérard Lemaire"].id)}
    assert gerard_needs["Avis des clients"].priority is Priority.FIRST
    assert gerard_needs["Réseaux sociaux"].target_level is Level.ON_OWN
    lea = {skill.topic_name: skill.level for skill in needs.list_know_how(people["Léa Martin"].id)}
    assert lea == {"Réseaux sociaux": Level.CAN_TEACH, "Photos des produits": Level.CAN_TEACH}


def test_a_failure_while_adding_leaves_nothing(database: object, tmp_path: Path) -> None:
    french_catalogue()
    rows = team_import.read_rows(messy_workbook(tmp_path / "équipe.xlsx"))
    plan = team_import.plan_import(rows, team_import.guess_columns(rows), TODAY)
    last = plan.added()[-1]  # a need the core refuses, on the last person to be added
    last.learn["Newsletter"] = NeedCell(Level.ON_OWN, Level.HAS_TRIED, Priority.FIRST)
    with pytest.raises(ValidationError):
        team_import.add_planned(plan)
    assert needs.list_people() == []
    assert "Diagnostic électronique" not in {topic.name for topic in needs.list_topics()}


@pytest.mark.parametrize(
    ("written", "band"),
    [
        ("23", AgeBand.UNDER_25),
        ("55 et plus", AgeBand.FROM_55),
        ("40-54", AgeBand.FROM_40_TO_54),
        ("1968", AgeBand.FROM_55),
        ("1999-05-03", AgeBand.FROM_25_TO_39),
        ("", None),
    ],
)
def test_an_age_is_read_as_people_write_it(written: str, band: AgeBand | None) -> None:
    assert spreadsheet_values.read_age(written, TODAY) is band


@pytest.mark.parametrize(
    ("written", "slots"),
    [
        ("Mon am, Fri", [(0, 0), (4, 0), (4, 1)]),
        ("mercredi après-midi et samedi matin", [(2, 1), (5, 0)]),
        ("", []),
    ],
)
def test_free_half_days_are_read_as_people_write_them(
    written: str, slots: list[tuple[int, int]]
) -> None:
    assert spreadsheet_values.read_free_time(written) == slots
    with pytest.raises(ValidationError):
        spreadsheet_values.read_free_time("when it suits")


def test_a_file_that_is_no_spreadsheet_is_said_calmly(tmp_path: Path) -> None:
    fake = tmp_path / "team.xlsx"
    fake.write_text("not a workbook")
    with pytest.raises(StorageProblem, match="Save it again"):
        team_import.read_rows(fake)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_template_filled_in_comes_back_whole(
    database: object, tmp_path: Path, suffix: str
) -> None:
    template = team_template.write_template(tmp_path / f"team{suffix}")
    rows = team_import.read_rows(template)
    line = [
        "Ana Lopez",
        "Baker",
        "55+",
        "Tuesday morning",
        "Newsletter 1 3 1; Spreadsheets",
        "",
        "",
    ]
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(template)
        book.worksheets[0].append(line)
        book.save(template)
        assert "Newsletter" in str([cell.value for cell in book.worksheets[1]["A"]])
    else:
        with template.open("a", encoding="utf-8", newline="") as out:
            csv.writer(out, delimiter=";").writerow(line)  # as a spreadsheet saves it
    rows = team_import.read_rows(template)
    layout = team_import.guess_columns(rows)
    assert layout.columns == [column for column, _ in team_template.TEMPLATE_COLUMNS]
    plan = team_import.plan_import(rows, layout, TODAY)
    assert [(line.name, line.refused) for line in plan.people] == [("Ana Lopez", None)]
    assert len(team_import.add_planned(plan).people) == 1
    [ana] = needs.list_people()
    assert ana.age_band is AgeBand.FROM_55
    assert {need.topic_name: need.priority for need in needs.list_needs()} == {
        "Newsletter": Priority.FIRST,
        "Spreadsheets": Priority.SECOND,
    }


def test_a_template_that_cannot_be_written_is_said_calmly(tmp_path: Path) -> None:
    taken = tmp_path / "team.csv"
    taken.mkdir()  # a folder already has the name chosen
    with pytest.raises(StorageProblem, match=r"could not write team\.csv"):
        team_template.write_template(taken)


def test_a_topic_written_otherwise_is_taken_as_the_catalogues_when_the_owner_says_so(
    database: object, tmp_path: Path
) -> None:
    french_catalogue()
    rows = team_import.read_rows(messy_workbook(tmp_path / "équipe.xlsx"))
    layout = team_import.guess_columns(rows)
    plan = team_import.plan_import(rows, layout, TODAY)
    assert "Diagnostic électronique" in plan.new_topics
    mentioned = needs.add_topic("Diagnostic auto").name
    meant = {"Diagnostic électronique": mentioned, "Photos des produits": "No such topic"}
    plan = team_import.plan_import(rows, layout, TODAY, same_as=meant)
    assert "Diagnostic électronique" not in plan.new_topics
    assert "Photos des produits" in plan.people[1].teach  # a topic that is not there: unused
    assert plan.people[-1].teach == {mentioned: SkillCell(Level.ON_OWN)}
    team_import.add_planned(plan)
    assert "Diagnostic électronique" not in {topic.name for topic in needs.list_topics()}


def test_a_file_longer_than_a_team_is_read_to_its_limit_and_says_so(
    database: object, tmp_path: Path
) -> None:
    path = tmp_path / "customers.csv"
    lines = ["Name;Job"] + [f"Person {number};Clerk" for number in range(3000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    rows = team_import.read_rows(path)
    assert team_import.too_long(rows)
    plan = team_import.plan_import(rows, team_import.guess_columns(rows), TODAY)
    assert len(plan.people) == team_import.MOST_LINES - 1  # the headings take a line
    assert not team_import.too_long(rows[:100])
