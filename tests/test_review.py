"""Step 5: the review of each pair, the programme's figures, and renewing it."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import AgainstTheMethod, ValidationError
from app.programmes import get_programme, list_programmes
from app.steps import needs, pairs, review, rules
from app.vocabulary import Decision, Level, MethodRule, ProgrammeState, Role, YesNo
from tests.builders import FINISHING, person, programme, ready_pair, topic


def test_answers_and_conclusion_are_kept_per_pair(database: object) -> None:
    pair = ready_pair(programme(), person("Karim"), person("Marie"))
    review.set_answers(
        pair,
        Role.MENTEE,
        satisfaction=5,
        can_do_alone="Take an order online",
        minutes_saved_per_week=90,
        bond=4,
        ideas="Photos of the day on the site",
        met_as_agreed=YesNo.YES,
        would_do_again=YesNo.YES,
    )
    review.set_answers(pair, "mentor", satisfaction=4, bond=5, met_as_agreed="partly")
    done = review.conclude(
        pair,
        Decision.RENEW,
        "Marie takes orders alone now.",
        dt.date(2027, 5, 1),
        despite=FINISHING,
    )
    assert done.mentee is not None and done.mentee.minutes_saved_per_week == 90
    assert done.mentor is not None and done.mentor.met_as_agreed is YesNo.PARTLY
    assert (done.decision, done.reviewed_on, done.complete) == (
        Decision.RENEW,
        dt.date(2027, 5, 1),
        True,
    )
    with pytest.raises(ValidationError, match="from 1 to 5"):
        review.set_answers(pair, Role.MENTEE, satisfaction=6)
    with pytest.raises(ValidationError, match="choices offered"):
        review.conclude(pair, "think about it", despite=FINISHING)


def test_the_summary_shows_the_three_benefits_in_figures(database: object) -> None:
    spring = programme()
    marie_pair = ready_pair(spring, person("Karim"), person("Marie"))
    paul_pair = ready_pair(spring, person("Mei"), person("Paul"), "Social networks")
    pairs.add_objective(paul_pair, topic("Photos of products"), 1, 3)
    (marie_goal,) = pairs.list_objectives(marie_pair)
    paul_photos, paul_social = pairs.list_objectives(paul_pair)
    review.set_level_after(marie_goal.id, 3)  # 0 -> 3, target 3: reached, +3
    review.set_level_after(paul_social.id, 2)  # 0 -> 2, target 3: +2
    review.set_level_after(paul_photos.id, 3)  # 1 -> 3, target 3: reached, +2
    review.set_answers(
        marie_pair,
        Role.MENTEE,
        minutes_saved_per_week=90,
        bond=4,
        satisfaction=5,
        ideas="Photos of the day\nA click-and-collect shelf",
    )
    review.set_answers(marie_pair, Role.MENTOR, bond=5, satisfaction=4, minutes_saved_per_week=20)
    review.set_answers(
        paul_pair, Role.MENTEE, minutes_saved_per_week=30, bond=3, ideas="- Yuzu sorbet\n\n"
    )
    review.conclude(marie_pair, Decision.RENEW, despite=FINISHING)

    summary = review.programme_summary(spring)

    assert (summary.pairs, summary.pairs_reviewed) == (2, 1)
    assert (summary.objectives, summary.objectives_reached, summary.levels_gained) == (3, 2, 7)
    assert summary.minutes_saved_per_week == 120  # the mentees' answers only
    assert summary.average_bond == 4.0  # (4 + 5 + 3) / 3
    assert summary.average_satisfaction == 4.5
    assert summary.ideas == 3
    assert summary.decisions == {Decision.RENEW: 1}


def test_renewing_carries_the_team_the_frame_and_the_chosen_pairs(database: object) -> None:
    spring = programme("Spring")
    karim, marie, ines, sophie, lucas, bernard = (
        person(n) for n in ("Karim", "Marie", "Inès", "Sophie", "Lucas", "Bernard")
    )
    website, letter = topic("The shop's website"), topic("Newsletter")
    needs.add_need(marie, website, 0, 3, 1)
    needs.add_need(sophie, letter, 1, 3, 1)
    renewed = ready_pair(spring, karim, marie, "The shop's website")
    swapped = ready_pair(spring, ines, sophie, "Newsletter")
    stopped = ready_pair(spring, lucas, bernard, "Spreadsheets")
    review.set_level_after(pairs.list_objectives(renewed)[0].id, 2)
    review.set_level_after(pairs.list_objectives(swapped)[0].id, 3)
    review.conclude(renewed, Decision.RENEW, despite=FINISHING)
    review.conclude(swapped, Decision.SWAP_ROLES, despite=FINISHING)
    review.conclude(stopped, Decision.STOP, despite=FINISHING)

    autumn = review.renew_programme(spring, "Autumn", today=dt.date(2027, 5, 10))

    assert autumn.renewed_from_id == spring
    assert get_programme(spring).state is ProgrammeState.CLOSED
    assert [p.name for p in list_programmes()] == ["Autumn", "Spring"]
    carried = {(p.mentor_name, p.mentee_name) for p in pairs.list_pairs(autumn.id)}
    assert carried == {("Karim", "Marie"), ("Sophie", "Inès")}
    karim_marie = next(p for p in pairs.list_pairs(autumn.id) if p.mentor_name == "Karim")
    (left_to_learn,) = pairs.list_objectives(karim_marie.id)
    assert (left_to_learn.level_before, left_to_learn.target_level) == (
        Level.WITH_HELP,
        Level.ON_OWN,
    )
    assert {n.topic_name: n.current_level for n in needs.list_needs()} == {
        "The shop's website": Level.WITH_HELP,
        "Newsletter": Level.ON_OWN,
    }
    frame = rules.get_programme_rules(autumn.id)
    assert frame is not None and frame.start_on == dt.date(2027, 5, 10) and frame.weeks == 6
    with pytest.raises(ValidationError, match="closed"):
        review.conclude(renewed, Decision.STOP, despite=FINISHING)


def test_a_renewal_that_fails_changes_nothing(database: object) -> None:
    spring = programme("Spring")
    programme("Autumn")
    pair = ready_pair(spring, person("Karim"), person("Marie"))
    review.conclude(pair, Decision.RENEW, despite=FINISHING)
    with pytest.raises(ValidationError, match="already called autumn"):
        review.renew_programme(spring, "autumn")
    assert get_programme(spring).state is ProgrammeState.RUNNING
    assert sorted(p.name for p in list_programmes()) == ["Autumn", "Spring"]
    assert [len(pairs.list_pairs(p.id)) for p in list_programmes()] == [0, 1]


def test_a_pair_marked_better_apart_since_is_renewed_only_on_purpose(database: object) -> None:
    spring = programme()
    karim, marie = person("Karim"), person("Marie")
    pair = ready_pair(spring, karim, marie)
    review.conclude(pair, Decision.RENEW, despite=FINISHING)
    needs.set_affinity(karim, marie, "avoid")  # it went badly, said after the review
    with pytest.raises(AgainstTheMethod, match="Better not together") as asked:
        review.renew_programme(spring, "Autumn")
    assert asked.value.rule == MethodRule.BETTER_APART
    assert [p.name for p in list_programmes()] == ["Spring"]  # nothing renewed
    summer = review.renew_programme(spring, "Autumn", despite={asked.value.rule})
    assert [(p.mentor_name, p.mentee_name) for p in pairs.list_pairs(summer.id)] == [
        ("Karim", "Marie")
    ]
