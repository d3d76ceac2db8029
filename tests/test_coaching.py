"""Step 3: coaching the young mentors."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ValidationError
from app.steps import coaching, pairs
from tests.builders import person, programme


def test_a_mentor_is_coached_once_every_point_is_ticked(database: object) -> None:
    spring, karim = programme(), person("Karim")
    pairs.create_pair(spring, karim, person("Marie"))
    points = coaching.list_points()
    assert len(points) >= 8 and points[0].title == "Be patient"
    for point in points[:-1]:
        coaching.tick_point(
            spring,
            karim,
            point.id,
            dt.date(2027, 2, 20),
            "Role play with the till",
            today=dt.date(2027, 3, 1),
        )
    (status,) = coaching.coaching_status(spring)
    assert (status.points_done, status.coached) == (len(points) - 1, False)
    coaching.tick_point(spring, karim, points[-1].id)
    with pytest.raises(ValidationError, match="not on a day to come"):
        coaching.tick_point(spring, karim, points[0].id, dt.date.today() + dt.timedelta(days=1))
    assert coaching.coaching_status(spring)[0].coached
    coaching.untick_point(spring, karim, points[0].id)
    assert not coaching.coaching_status(spring)[0].coached
    assert coaching.coaching_status(spring)[0].checks[1].notes == "Role play with the till"


def test_the_owner_may_mark_a_mentor_as_coached(database: object) -> None:
    spring, ines = programme(), person("Inès")
    pairs.create_pair(spring, ines, person("Sophie"))
    coaching.set_mentor_coaching(
        spring, ines, marked_coached=True, notes="Already trains the new staff"
    )
    (status,) = coaching.coaching_status(spring)
    assert (
        status.coached
        and status.points_done == 0
        and status.notes == "Already trains the new staff"
    )


def test_only_mentors_of_the_programme_are_coached(database: object) -> None:
    spring, marie = programme(), person("Marie")
    pairs.create_pair(spring, person("Karim"), marie)
    with pytest.raises(ValidationError, match="Marie is not a mentor in this programme"):
        coaching.tick_point(spring, marie, coaching.list_points()[0].id)


def test_the_shop_writes_its_own_points(database: object) -> None:
    own = coaching.add_point("Show the shortcut keys", "Ctrl+C and Ctrl+V save a lot of time.")
    assert coaching.list_points()[-1] == own
    coaching.retire_point(own.id)
    assert own not in coaching.list_points()
    with pytest.raises(ValidationError, match="cannot be left empty"):
        coaching.add_point("  ")


def test_the_dashboards_count_of_coached_mentors_follows_the_checklists_rule(
    database: object,
) -> None:
    spring, autumn = programme(), programme("Autumn")
    karim, ines, jo, lea, other = (person(n) for n in ("Karim", "Inès", "Jo", "Léa", "Other"))
    for mentor in (karim, ines, jo, lea):
        pairs.create_pair(spring, mentor, person(f"Mentee of {mentor}"))
    pairs.create_pair(autumn, other, person("Mentee of other"))
    points = coaching.list_points()
    for mentor, ticked in ((karim, points), (jo, points[:3]), (lea, points)):
        for point in ticked:
            coaching.tick_point(spring, mentor, point.id)
    for point in points:
        coaching.tick_point(autumn, other, point.id)
    coaching.set_mentor_coaching(spring, ines, marked_coached=True)

    def by_checklist() -> set[int]:
        return {m.mentor_id for m in coaching.coaching_status(spring) if m.coached}

    assert coaching.coached_mentors(spring) == by_checklist() == {karim, ines, lea}
    extra = coaching.add_point("Show the shortcut keys")  # a new point: Karim and Léa have not
    assert coaching.coached_mentors(spring) == by_checklist() == {ines}
    coaching.retire_point(extra.id)
    (lea_pair,) = [p for p in pairs.list_pairs(spring) if p.mentor_id == lea]
    pairs.stop_pair(lea_pair.id, "Léa left the shop")
    assert coaching.coached_mentors(spring) == by_checklist() == {karim, ines}
