"""Step 1: the team, the topics, needs and know-how, affinities - and what is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from app.availability import to_mask
from app.errors import ValidationError
from app.steps import needs, pairs
from app.vocabulary import Affinity, Level, PartOfDay, Priority, Weekday
from tests.builders import person, programme, topic

HOSTILE = "<b>x</b><img src=x onerror=alert(1)> 'Robert'); DROP TABLE person;--"


def test_a_person_is_stored_with_everything_the_form_sends(database: object) -> None:
    free = to_mask([(Weekday.TUESDAY, PartOfDay.MORNING)])
    marie = needs.add_person(
        "  Marie   Dupont ",
        "Owner",
        year_joined=1998,
        age_band="55_plus",
        availability=free,
        temperament="patient",
        learning_style="shown",
        notes="Prefers mornings.\nNo jargon please.",
    )
    again = needs.get_person(marie.id)
    assert again.name == "Marie Dupont"
    assert again.availability == free
    assert again.learning_style.value == "shown"
    assert again.notes == "Prefers mornings.\nNo jargon please."


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"name": "   "}, "name", "cannot be left empty"),
        ({"name": "x" * 201}, "name", "too long"),
        ({"name": "Zo\x00é"}, "name", "control character"),
        ({"name": "Zo\ud800é"}, "name", "cannot be saved"),
        ({"name": "Zoé", "year_joined": 1850}, "year_joined", "from 1940"),
        ({"name": "Zoé", "age_band": "teenager"}, "age_band", "choices offered"),
        ({"name": "Zoé", "availability": 1 << 20}, "availability", "not valid"),
    ],
)
def test_a_wrong_person_is_refused_with_a_plain_sentence(
    database: object, fields: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        needs.add_person(**fields)  # type: ignore[arg-type]
    assert refused.value.field == field
    assert words in str(refused.value)
    assert needs.list_people(include_left=True) == []


def test_hostile_text_is_stored_literally(database: object) -> None:
    stored = needs.add_person(HOSTILE, HOSTILE, notes=HOSTILE)
    assert needs.get_person(stored.id).name == HOSTILE
    assert needs.get_person(stored.id).notes == HOSTILE


def test_needs_check_their_levels_and_are_not_duplicated(database: object) -> None:
    marie, website = person("Marie"), topic("The shop's website")
    need = needs.add_need(marie, website, 1, 3, 1)
    assert (need.current_level, need.target_level, need.priority) == (
        Level.HAS_TRIED,
        Level.ON_OWN,
        Priority.FIRST,
    )
    with pytest.raises(ValidationError, match="already has a need on The shop's website"):
        needs.add_need(marie, website, 0, 2, 2)
    with pytest.raises(ValidationError, match="must be above the current level") as below:
        needs.add_need(marie, topic("Newsletter"), 3, 1, 1)
    assert below.value.field == "target_level"
    with pytest.raises(ValidationError, match="from 0 to 4") as out_of_range:
        needs.add_need(marie, topic("Newsletter"), 0, 5, 1)
    assert out_of_range.value.field == "target_level"
    with pytest.raises(ValidationError, match="from 1 to 3"):
        needs.add_need(marie, topic("Newsletter"), 0, 2, 9)
    assert [n.topic_name for n in needs.list_needs(marie)] == ["The shop's website"]


def test_know_how_needs_a_level_above_never_done(database: object) -> None:
    karim = person("Karim")
    with pytest.raises(ValidationError, match="cannot teach it yet"):
        needs.add_know_how(karim, topic("Newsletter"), 0)
    skill = needs.add_know_how(karim, topic("Newsletter"), 4)
    assert needs.update_know_how(skill.id, 3).level == Level.ON_OWN
    with pytest.raises(ValidationError, match="already knows Newsletter"):
        needs.add_know_how(karim, topic("Newsletter"), 2)


def test_topics_are_unique_whatever_the_case(database: object) -> None:
    needs.add_topic("Cooking with yuzu", "manual")
    with pytest.raises(ValidationError, match="already has a topic called"):
        needs.add_topic("COOKING WITH YUZU", "manual")
    with pytest.raises(ValidationError, match="choices offered"):
        needs.add_topic("Pottery", "hobby")


def test_a_topic_in_use_stays_in_the_catalogue(database: object) -> None:
    yuzu = needs.add_topic("Cooking with yuzu", "manual").id
    needs.add_need(person("Paul"), yuzu, 0, 3)
    with pytest.raises(ValidationError, match="stays in the catalogue"):
        needs.remove_topic(yuzu)
    spare = needs.add_topic("Pottery", "manual").id
    needs.remove_topic(spare)
    assert "Pottery" not in {t.name for t in needs.list_topics()}


def test_affinities_are_symmetric_and_need_two_people(database: object) -> None:
    karim, marie = person("Karim"), person("Marie")
    needs.set_affinity(marie, karim, Affinity.AVOID)
    assert needs.affinity_map() == {(karim, marie): Affinity.AVOID}
    needs.set_affinity(karim, marie, Affinity.NEUTRAL)
    assert needs.affinity_map() == {}
    with pytest.raises(ValidationError, match="two different people"):
        needs.set_affinity(karim, karim, Affinity.GET_ALONG)


def test_someone_in_a_pair_is_marked_as_left_not_deleted(database: object) -> None:
    karim, marie, typo = person("Karim"), person("Marie"), person("Mairie")
    pairs.create_pair(programme(), karim, marie)
    with pytest.raises(ValidationError, match="Mark them as left instead"):
        needs.remove_person(marie)
    needs.mark_left(marie)
    assert [p.name for p in needs.list_people()] == ["Karim", "Mairie"]
    assert not needs.get_person(marie).active
    needs.remove_person(typo)
    assert [p.name for p in needs.list_people(include_left=True)] == ["Karim", "Marie"]


def test_the_team_can_be_kept_up_to_date(database: object) -> None:
    marie = needs.add_person("Marie", "Owner")
    again = needs.update_person(
        marie.id, "Marie Dupont", "Owner", year_joined="1998", notes="Mornings"
    )
    assert (again.name, again.year_joined, again.notes) == ("Marie Dupont", 1998, "Mornings")
    needs.mark_left(marie.id, dt.date(2027, 1, 31))
    assert needs.get_person(marie.id).left_on == dt.date(2027, 1, 31)
    assert needs.mark_back(marie.id).active
    with pytest.raises(ValidationError, match="no longer exists"):
        needs.update_person(999, "Nobody")


def test_needs_know_how_and_topics_can_be_changed_and_removed(database: object) -> None:
    marie, karim = person("Marie"), person("Karim")
    letter = needs.update_topic(
        topic("Newsletter"), "Monthly letter", "digital", "To our customers"
    )
    need = needs.add_need(marie, letter.id, 0, 2)
    assert needs.update_need(need.id, 1, 4, 1).target_level == Level.CAN_TEACH
    with pytest.raises(ValidationError, match="must be above"):
        needs.update_need(need.id, 3, 3, 1)
    skill = needs.add_know_how(karim, letter.id, 3)
    assert [k.topic_name for k in needs.list_know_how(karim)] == ["Monthly letter"]
    assert needs.list_know_how(marie) == []
    needs.remove_know_how(skill.id)
    needs.remove_need(need.id)
    assert needs.list_needs() == [] and needs.list_know_how() == []
    with pytest.raises(ValidationError, match="already has a topic"):
        needs.update_topic(topic("Spreadsheets"), "monthly LETTER", "digital")


def test_names_sort_and_compare_as_a_french_reader_expects(database: object) -> None:
    for name in ("Zoé", "élodie", "Eric", "Émile", "anne"):
        needs.add_person(name)
    assert [p.name for p in needs.list_people()] == ["anne", "élodie", "Émile", "Eric", "Zoé"]
    needs.add_topic("Pâtisserie", "manual")
    with pytest.raises(ValidationError, match="already has a topic"):
        needs.add_topic("PÂTISSERIE", "manual")
    # Accents make it another word.
    assert needs.add_topic("Patisserie", "manual").name == "Patisserie"


def test_needs_know_how_and_pairs_are_listed_in_a_readers_order(database: object) -> None:
    spring = programme()
    zoe, elodie, anne = (needs.add_person(name).id for name in ("Zoé", "élodie", "anne"))
    eric = needs.add_person("Eric").id
    website, emails, accounts = topic("Website"), topic("émails"), topic("Accounts")
    needs.add_need(anne, website, 0, 2, 2)
    needs.add_need(anne, emails, 0, 2, 1)
    needs.add_need(anne, accounts, 0, 2, 2)
    assert [n.topic_name for n in needs.list_needs(anne)] == ["émails", "Accounts", "Website"]
    needs.add_know_how(zoe, website, 4)
    needs.add_know_how(zoe, emails, 2)
    needs.add_know_how(zoe, accounts, 4)
    assert [k.topic_name for k in needs.list_know_how(zoe)] == ["Accounts", "Website", "émails"]
    for mentor, mentee in ((zoe, anne), (eric, elodie), (elodie, anne), (zoe, eric)):
        pairs.create_pair(spring, mentor, mentee)
    assert [(p.mentee_name, p.mentor_name) for p in pairs.list_pairs(spring)] == [
        ("anne", "élodie"),
        ("anne", "Zoé"),
        ("élodie", "Eric"),
        ("Eric", "Zoé"),
    ]
