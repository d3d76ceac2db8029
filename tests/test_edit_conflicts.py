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


#: The forms saved as one row each: (what Tandem calls to save it, with {pair}, {programme},
#: {mentor} and {words} to fill in; where the words are kept).
WHOLE_FORMS = {
    "review answers": (
        "review.set_answers({pair}, 'mentee', comments={words!r})",
        "SELECT comments FROM review_answer",
    ),
    "conclusion": (
        "review.conclude({pair}, '', {words!r})",
        "SELECT conclusion FROM review",
    ),
    "programme's rules": (
        "rules.set_programme_rules({programme}, start_on='2027-03-01', weeks=6, weekday=1,"
        " start_time='09:30', kindness={words!r})",
        "SELECT kindness FROM programme_rules",
    ),
    "coaching notes": (
        "coaching.set_mentor_coaching({programme}, {mentor}, marked_coached=True, notes={words!r})",
        "SELECT notes FROM mentor_coaching",
    ),
    "pair's slot": (
        "planning.set_pair_slot({pair}, place={words!r})",
        "SELECT place FROM pair_rules",
    ),
}
_IMPORTS = "from app.steps import coaching, review, rules\nfrom app.sessions import planning\n"


@pytest.mark.parametrize("form", sorted(WHOLE_FORMS))
def test_a_whole_form_saved_over_another_coordinators_words_is_refused(
    server_database: str, form: str
) -> None:
    """Each of these forms is one row, made at its first save: saved once here, changed by
    another coordinator, then saved here again from the screen that showed the first
    version - refused, their words kept and shown."""
    from app.sessions import planning
    from app.steps import coaching, review, rules
    from app.storage.database import db
    from tests.builders import person, programme, ready_pair

    open_server(server_database)
    spring = programme()
    mentor = person("Lucas")
    pair = ready_pair(spring, mentor, person("Marie"))
    code, read = WHOLE_FORMS[form]

    modules = {"coaching": coaching, "review": review, "rules": rules, "planning": planning}

    def save(words: str) -> str:
        return code.format(pair=pair, programme=spring, mentor=mentor, words=words)

    exec(save("Ours, first"), dict(modules))  # here, the same call as elsewhere
    changed_elsewhere()  # her screen shows her words
    elsewhere(server_database, _IMPORTS + save("Theirs"))
    with pytest.raises(EditConflict, match="Theirs"):
        exec(save("Ours, again"), dict(modules))
    assert db.execute_sql(read).fetchone()[0] == "Theirs"
    exec(save("Ours, again"), dict(modules))  # she has seen theirs: replaced knowingly
    assert db.execute_sql(read).fetchone()[0] == "Ours, again"


def test_two_coordinators_creating_the_same_at_once_make_it_once(server_database: str) -> None:
    """Once, 18 tries in 21 gave two programmes of the same name: each looked for the name
    before the other had saved. A change of one shop now waits for the one under way, then
    finds what it made."""
    from app.programmes import create_programme, list_programmes

    open_server(server_database)
    code = (
        "from app.errors import ValidationError\n"
        "from app.programmes import create_programme\n"
        "try:\n"
        "    create_programme('Autumn')\n"
        "    print('MADE')\n"
        "except ValidationError as refused:\n"
        "    print('REFUSED')\n"
    )
    with transaction():
        create_programme("Autumn")
        other = started_elsewhere(server_database, code)
        time.sleep(3)  # the other looks for the name while this change is not saved yet
    out, err = other.communicate(timeout=60)
    assert out.split()[-1:] == ["REFUSED"], (out, err)
    assert [p.name for p in list_programmes()].count("Autumn") == 1
