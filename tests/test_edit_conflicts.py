"""Two coordinators editing the same programme never silently overwrite each other: a save
over a row someone else changed since the screens showed it is refused, once, with who
changed what and what it holds now."""

from __future__ import annotations

import time

import pytest

from app.errors import ValidationError
from app.i18n import untranslated
from app.steps import needs
from app.storage import stamps
from app.storage.conflicts import EditConflict
from app.storage.database import changed_elsewhere, open_server, transaction
from app.storage.models import Person
from tests.coordinators import elsewhere, started_elsewhere


def _text(error: ValidationError) -> str:
    return error.message.render(untranslated)


def _job_elsewhere(url: str, person: int, job: str) -> None:
    elsewhere(url, f"needs.update_person({person}, 'Marc', job={job!r})")


def test_a_save_over_another_coordinators_change_is_refused_once_and_says_what_it_holds(
    server_database: str,
) -> None:
    open_server(server_database)
    marc = needs.add_person("Marc", job="Baker").id
    _job_elsewhere(server_database, marc, "Pastry chef")
    with pytest.raises(EditConflict) as refused:
        needs.update_person(marc, "Marc", job="Baker", notes="Likes the early shift")
    said = _text(refused.value)
    assert said.startswith("Someone else (tandem) changed this person after your screen showed it.")
    assert "Job: “Pastry chef”" in said and "what you typed still in its fields" in said
    assert (Person.get_by_id(marc).job, Person.get_by_id(marc).notes) == ("Pastry chef", "")
    # she has seen their version: saving again replaces it, knowingly
    needs.update_person(marc, "Marc", job="Baker", notes="Likes the early shift")
    assert (Person.get_by_id(marc).job, Person.get_by_id(marc).notes) == (
        "Baker",
        "Likes the early shift",
    )


def test_the_screens_reloaded_see_the_change_and_nothing_is_refused(server_database: str) -> None:
    open_server(server_database)
    marc = needs.add_person("Marc", job="Baker").id
    _job_elsewhere(server_database, marc, "Pastry chef")
    changed_elsewhere()  # the screens reload: she sees "Pastry chef"
    needs.update_person(marc, "Marc", job="Pastry chef", notes="Likes the early shift")
    assert Person.get_by_id(marc).notes == "Likes the early shift"
    _job_elsewhere(server_database, marc, "Head baker")  # and again, after the reload
    with pytest.raises(EditConflict, match="Head baker"):
        needs.update_person(marc, "Marc", job="Pastry chef", notes="")


def test_her_own_changes_never_conflict_while_others_change_other_rows(
    server_database: str,
) -> None:
    open_server(server_database)
    marc = needs.add_person("Marc").id
    seen = stamps.seen()
    for turn in range(3):
        elsewhere(server_database, f"needs.add_person('Other {turn}')")
        needs.update_person(marc, "Marc", job=f"Job {turn}")
    assert Person.get_by_id(marc).job == "Job 2"
    assert stamps.seen() == seen  # the others' changes are not on her screens yet


def test_two_saves_at_the_same_moment_one_waits_and_is_refused(server_database: str) -> None:
    """The row is locked from the check to the commit: the second save cannot pass on the
    strength of a version read before the first one was committed."""
    open_server(server_database)
    marc = needs.add_person("Marc", job="Baker").id
    with transaction():
        needs.update_person(marc, "Marc", job="Pastry chef")
        other = started_elsewhere(
            server_database,
            "from app.i18n import untranslated\n"
            "from app.storage.conflicts import EditConflict\n"
            "try:\n"
            f"    needs.update_person({marc}, 'Marc', job='Butcher')\n"
            "    print('SAVED-OK')\n"
            "except EditConflict as refused:\n"
            "    print(refused.message.render(untranslated))\n",
        )
        time.sleep(1.5)  # the other save starts, and waits for this one
        assert other.poll() is None
    out, err = other.communicate(timeout=60)
    assert other.returncode == 0, err
    assert "Job: “Pastry chef”" in out and "SAVED-OK" not in out
    assert Person.get_by_id(marc).job == "Pastry chef"


def test_a_change_on_a_file_is_never_refused(database: object) -> None:
    marc = needs.add_person("Marc").id
    for turn in range(3):
        needs.add_person(f"Other {turn}")
        needs.update_person(marc, "Marc", job=f"Job {turn}")
    row = Person.get_by_id(marc)
    assert row.job == "Job 2" and row.changed_in == stamps.seen()
