"""Whatever reaches the core from a form - HTML, emoji, right-to-left marks, NUL, lone
surrogates, a megabyte of text, numbers far out of range - is stored and read back as given,
or refused with a sentence. Never anything else."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import programmes, sessions, shop
from app.errors import ValidationError
from app.steps import coaching, needs, pairs, review, rules
from app.storage.database import close_database, open_database
from app.vocabulary import Decision, Role
from tests.builders import FINISHING, person, programme, ready_pair

TEXT = st.text(alphabet=st.characters(codec=None), max_size=400) | st.sampled_from(
    [
        "<b>Zoé</b><img src=x onerror=alert(1)>",
        "Zoé Émilie 😀👩🏽‍🍳",
        "\u202eeétiprav\u202c",
        "a\x00b",
        "\ud800 lone",
        "   ",
        "x" * 1_000_000,
        "=SUM(A1:A9)",
        "line one\nline two\r\nline three",
    ]
)
NUMBER = (
    st.integers(-(10**12), 10**12)
    | st.sampled_from([0, -1, 5, 10**9])
    | st.text(max_size=8)
    | st.none()
    | st.floats()
)
RUNS = Counter()
EXAMPLES = 40

Case = Callable[[object], tuple[object, object]]


def _name(value: object) -> str:
    return " ".join(str(value).split())


def _note(value: object) -> str:
    return str(value).strip()


def _optional_number(value: object) -> int | None:
    """What an optional number field keeps: nothing for an empty entry, else the number."""
    return None if value is None or value == "" else int(str(value).strip())


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, int]]:
    open_database(Path(tmp_path_factory.mktemp("hostile")) / "tandem.sqlite")
    spring = programme("Hostile")
    karim, marie = person("Karim"), person("Marie")
    pair = ready_pair(spring, karim, marie)
    yield {"programme": spring, "pair": pair, "person": marie, "mentor": karim}
    close_database()
    print(
        f"\nhostile input: {sum(RUNS.values())} examples over {len(RUNS)} functions: {dict(RUNS)}"
    )


def _mentor(programme_id: int, mentor: int) -> coaching.MentorCoachingInfo:
    return next(m for m in coaching.coaching_status(programme_id) if m.mentor_id == mentor)


def _ticked(programme_id: int, mentor: int, point: int, notes: object) -> str:
    coaching.tick_point(programme_id, mentor, point, notes=notes)  # type: ignore[arg-type]
    return next(c.notes for c in _mentor(programme_id, mentor).checks if c.point_id == point)


def _coached(programme_id: int, mentor: int, notes: object) -> str:
    coaching.set_mentor_coaching(programme_id, mentor, marked_coached=True, notes=notes)  # type: ignore[arg-type]
    return _mentor(programme_id, mentor).notes


def _cases(ids: dict[str, int]) -> dict[str, Case]:
    pair, who, spring = ids["pair"], ids["person"], ids["programme"]
    session = sessions.list_sessions(pair)[0].id
    topic = needs.list_topics()[0].id
    need = (
        needs.list_needs(who)[0].id
        if needs.list_needs(who)
        else needs.add_need(who, topic, 0, 2).id
    )
    mentor = ids["mentor"]
    objective = pairs.list_objectives(pair)[0].id
    point = coaching.list_points()[0].id
    return {
        "rename_programme": lambda v: (programmes.rename_programme(spring, v).name, _name(v)),  # type: ignore[arg-type]
        "update_topic": lambda v: (
            needs.update_topic(topic, "Topic zero", "digital", v).description,
            _note(v),
        ),  # type: ignore[arg-type]
        "update_need levels": lambda v: (
            needs.update_need(need, 0, v, 1).target_level,
            int(str(v).strip()),
        ),
        "add_know_how level": lambda v: (
            needs.add_know_how(
                needs.add_person(f"K{RUNS['add_know_how level']}").id, topic, v
            ).level,
            int(str(v).strip()),
        ),
        "add_session minutes": lambda v: (
            sessions.add_session(pair, dt.date(2027, 9, 1), v).minutes,
            int(str(v).strip()),
        ),
        "pair slot minutes": lambda v: (
            sessions.set_pair_slot(pair, session_minutes=v).session_minutes,
            _optional_number(v) or 60,
        ),
        "set_level_now": lambda v: (
            pairs.set_level_now(objective, v).level_now,
            int(str(v).strip()),
        ),
        "tick_point notes": lambda v: (coaching.tick_point(spring, mentor, point, notes=v), None),  # type: ignore[arg-type]
        "mentor coaching notes": lambda v: (
            coaching.set_mentor_coaching(spring, mentor, marked_coached=True, notes=v),
            None,
        ),  # type: ignore[arg-type]
        "update_point": lambda v: (
            coaching.update_point(point, "Be patient", v).explanation,
            _note(v),
        ),  # type: ignore[arg-type]
        "add_person name": lambda v: (needs.add_person(v).name, _name(v)),  # type: ignore[arg-type]
        "update_person notes": lambda v: (
            needs.update_person(who, "Marie", notes=v).notes,
            _note(v),
        ),  # type: ignore[arg-type]
        "update_person year": lambda v: (
            needs.update_person(who, "Marie", year_joined=v).year_joined,
            _optional_number(v),
        ),  # type: ignore[arg-type]
        "add_topic": lambda v: (needs.add_topic(f"{v}", "other", f"{v}").description, _note(v)),
        "add_need levels": lambda v: (
            needs.add_need(
                who, needs.add_topic(f"T{RUNS['add_need levels']}").id, 0, v
            ).target_level,
            int(str(v).strip()),
        ),  # type: ignore[arg-type]
        "add_point": lambda v: (coaching.add_point(f"{v}", f"{v}").explanation, _note(v)),
        "set_shop_name": lambda v: (shop.set_shop_name(v).name, _name(v)),  # type: ignore[arg-type]
        "create_programme": lambda v: (programmes.create_programme(v).name, _name(v)),  # type: ignore[arg-type]
        "update_pair_notes": lambda v: (pairs.update_pair_notes(pair, v).notes, _note(v)),  # type: ignore[arg-type]
        "set_answers texts": lambda v: (
            review.set_answers(pair, Role.MENTEE, ideas=v, comments=v).ideas,
            _note(v),
        ),  # type: ignore[arg-type]
        "set_answers numbers": lambda v: (
            review.set_answers(pair, Role.MENTOR, minutes_saved_per_week=v).minutes_saved_per_week,
            _optional_number(v),
        ),
        "conclude": lambda v: (
            review.conclude(pair, Decision.RENEW, v, despite=FINISHING).conclusion,
            _note(v),
        ),  # type: ignore[arg-type]
        "log_session": lambda v: (
            sessions.log_session(
                session,
                sessions.SessionEntry(held_on=dt.date(2027, 3, 2), minutes=60, learnt=v),
                today=dt.date(2027, 6, 1),
            ).learnt,
            _note(v),
        ),  # type: ignore[arg-type]
        "log_session minutes": lambda v: (
            sessions.log_session(
                session,
                sessions.SessionEntry(held_on=dt.date(2027, 3, 2), minutes=v),
                today=dt.date(2027, 6, 1),
            ).minutes,
            int(str(v).strip()),
        ),
        "programme rules": lambda v: (
            rules.set_programme_rules(
                spring,
                start_on=dt.date(2027, 3, 1),
                weeks=6,
                weekday=1,
                start_time="09:30",
                kindness=v,
            ).kindness,  # type: ignore[arg-type]
            _note(v),
        ),
        "programme rules numbers": lambda v: (
            rules.set_programme_rules(
                spring, start_on=dt.date(2027, 3, 1), weeks=v, weekday=1, start_time="09:30"
            ).weeks,
            int(str(v).strip()),
        ),
        "closed period": lambda v: (
            shop.add_closed_period(dt.date(2027, 8, 1), dt.date(2027, 8, 2), v).label,
            _name(v),
        ),  # type: ignore[arg-type]
        "stop_pair reason": lambda v: (
            pairs.stop_pair(
                pairs.create_pair(
                    spring,
                    ids["mentor"],
                    needs.add_person("Extra " + str(RUNS["stop_pair reason"])).id,
                ).id,
                v,
            ).stop_reason,
            _note(v),
        ),  # type: ignore[arg-type]
    }


TEXT_CASES = [
    "rename_programme",
    "update_topic",
    "tick_point notes",
    "mentor coaching notes",
    "update_point",
    "add_person name",
    "update_person notes",
    "add_topic",
    "add_point",
    "set_shop_name",
    "create_programme",
    "update_pair_notes",
    "set_answers texts",
    "conclude",
    "log_session",
    "programme rules",
    "closed period",
    "stop_pair reason",
]
NUMBER_CASES = [
    "update_need levels",
    "add_know_how level",
    "add_session minutes",
    "pair slot minutes",
    "set_level_now",
    "update_person year",
    "add_need levels",
    "set_answers numbers",
    "log_session minutes",
    "programme rules numbers",
]


def _try(case: str, ids: dict[str, int], value: object) -> None:
    RUNS[case] += 1
    try:
        stored, expected = _cases(ids)[case](value)
    except ValidationError as refused:
        assert str(refused.message).strip(), "a refusal always says why"
        return
    assert stored == expected


@pytest.mark.parametrize("case", TEXT_CASES)
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(value=TEXT)
def test_text_is_kept_as_given_or_refused_with_a_sentence(
    data: dict[str, int], case: str, value: str
) -> None:
    _try(case, data, value)


@pytest.mark.parametrize("case", NUMBER_CASES)
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(value=NUMBER)
def test_numbers_are_kept_as_given_or_refused_with_a_sentence(
    data: dict[str, int], case: str, value: object
) -> None:
    _try(case, data, value)
