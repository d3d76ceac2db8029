"""Personal data: export all about a person, erase a person for good, forget staff who left,
files for the owner's eyes only; and spreadsheet exports that are safe to open."""

from __future__ import annotations

import csv
import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from app import exports, privacy
from app.paths import ensure_data_dir
from app.sessions import SessionEntry, calendar, list_sessions, log_session
from app.steps import coaching, needs, pairs, review
from app.storage.models import Person, db
from app.vocabulary import Decision, Role
from tests.builders import FINISHING, person, programme, ready_pair, topic

SECRET = "Zéphyrine Quellec-Effaçable"

#: The tables that point at a person today. A new one must be covered by the export and the
#: erasure (both follow the schema) - and added here, on purpose, by whoever adds it.
KNOWN = {
    "need",
    "know_how",
    "affinity",
    "pair",
    "mentor_coaching",
    "coaching_check",
    "calendar_event",
}


def _everything_about(name: str) -> tuple[int, int]:
    spring = programme()
    someone, karim = person(name, notes=f"Notes about {name}"), person("Karim")
    needs.add_need(someone, topic("Newsletter"), 0, 3)
    needs.add_know_how(someone, topic("Spreadsheets"), 4)
    needs.set_affinity(someone, karim, "get_along")
    as_mentee = ready_pair(spring, karim, someone)
    as_mentor = pairs.create_pair(spring, someone, person("Bernard")).id
    coaching.tick_point(spring, someone, coaching.list_points()[0].id, notes=f"{name} was at ease")
    coaching.set_mentor_coaching(spring, someone, marked_coached=True, notes="ok")
    first = list_sessions(as_mentee)[0]
    log_session(
        first.id,
        SessionEntry(held_on=first.held_on, minutes=60, learnt=f"{name} sent her first letter"),
        today=dt.date(2027, 6, 1),
    )
    review.set_answers(as_mentee, Role.MENTEE, comments=f"{name} is pleased")
    calendar(spring)  # what the calendars were told names her too
    review.conclude(as_mentee, Decision.RENEW, f"{name} will go on", despite=FINISHING)
    return someone, as_mentor


def test_the_tables_that_refer_to_a_person_are_known() -> None:
    assert {model._meta.table_name for model, _ in privacy.person_references()} == KNOWN


def test_the_export_holds_every_row_about_the_person(database: object, tmp_path: Path) -> None:
    someone, _ = _everything_about(SECRET)
    exported = privacy.export_person(someone)
    assert exported["person"]["name"] == SECRET
    for table in KNOWN:
        assert exported[table], f"nothing exported from {table}"
    for model, _ in privacy.pair_references():
        assert model._meta.table_name in exported
    assert any(SECRET in s["learnt"] for s in exported["session"])
    assert any(SECRET in a["comments"] for a in exported["review_answer"])


@pytest.mark.parametrize("database", ["file"], indirect=True)  # the bytes of the file
def test_erasing_leaves_no_row_and_no_trace_in_the_file(database: object, tmp_path: Path) -> None:
    someone, _ = _everything_about(SECRET)
    others = [p.name for p in needs.list_people() if p.id != someone]
    privacy.erase_person(someone)
    assert Person.get_or_none(Person.id == someone) is None
    for model, field in privacy.person_references():
        assert model.select().where(field == someone).count() == 0, model._meta.table_name
    assert pairs.list_pairs(1) == []  # both of their pairs, and all that was in them
    assert sorted(p.name for p in needs.list_people()) == sorted(others)
    file = Path(db.database)
    raw = file.read_bytes() + (
        Path(f"{file}-wal").read_bytes() if Path(f"{file}-wal").exists() else b""
    )
    for form in (SECRET, "Quellec"):
        assert form.encode("utf-8") not in raw
    assert b"Karim" in raw


def test_staff_who_left_a_year_ago_are_proposed_for_erasure(database: object) -> None:
    gone, recent, here = person("Gone long ago"), person("Gone lately"), person("Still here")
    needs.mark_left(gone, dt.date(2025, 1, 10))
    needs.mark_left(recent, dt.date(2026, 9, 1))
    assert [p.name for p in privacy.people_to_forget(today=dt.date(2026, 11, 26))] == [
        "Gone long ago"
    ]
    assert [p.name for p in privacy.people_to_forget(months=1, today=dt.date(2026, 11, 26))] == [
        "Gone lately",
        "Gone long ago",
    ]
    assert here not in [
        p.id for p in privacy.people_to_forget(months=0, today=dt.date(2026, 11, 26))
    ]


@pytest.mark.skipif(os.name != "posix", reason="permissions are POSIX ones")
def test_the_data_folder_is_for_the_owner_only(tmp_path: Path) -> None:
    folder = ensure_data_dir(tmp_path / "Tandem")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_spreadsheet_exports_open_in_french_and_run_no_formula(
    database: object, tmp_path: Path
) -> None:
    spring = programme()
    marie = person('=HYPERLINK("http://x";"clic")', job="+33 6 12 34 56 78")
    pair = ready_pair(spring, person("Inès"), marie)
    first = list_sessions(pair)[0]
    log_session(
        first.id,
        SessionEntry(held_on=first.held_on, minutes=45, learnt="@SUM(A1) then -2+3\nand more"),
        today=dt.date(2027, 6, 1),
    )
    team = exports.team_csv(
        tmp_path / "team.csv", lambda context, source, *_: {"Name": "Nom"}.get(source, source)
    )
    raw = team.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with its signature: Excel reads the accents
    with team.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert rows[0][0] == "Nom"
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'=HYPERLINK("http://x";"clic")' in cells and "'+33 6 12 34 56 78" in cells
    assert "Inès" in cells
    sessions = exports.sessions_csv(tmp_path / "sessions.csv", spring)
    with sessions.open(encoding="utf-8-sig", newline="") as stream:
        logged = [row for row in csv.reader(stream, delimiter=";") if "Done" in row]
    assert logged and logged[0][6] == "'@SUM(A1) then -2+3\nand more"
    assert all(not cell.startswith(exports.RISKY_STARTS) for row in logged for cell in row)


@pytest.mark.skipif(os.name != "posix", reason="permissions are POSIX ones")
def test_every_file_tandem_writes_is_the_owners_alone(qapp: object, tmp_path: Path) -> None:
    from ui import main as tandem

    window = tandem.launch(["tandem", "--data-dir", str(tmp_path), "--demo"])
    try:
        written = [path for path in tmp_path.rglob("*") if path.is_file()]
        assert written
        for path in written:
            assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path
    finally:
        window.close()  # type: ignore[union-attr]
