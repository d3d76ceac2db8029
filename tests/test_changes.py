"""The core says what a change touched: the kinds of data come from the tables its writes
named, never from what a screen declares (on a file and on a server alike)."""

from __future__ import annotations

import datetime as dt

from app import programmes, sessions
from app.changes import TABLE_KINDS, Kind, kinds_of, watching
from app.sessions import SessionEntry, list_sessions, log_session
from app.steps import needs, pairs, rules
from app.storage.models import ALL_MODELS, Revision
from tests.builders import person, programme, ready_pair, topic


def _touched(action: object) -> Kind:
    with watching() as touched:
        action()  # type: ignore[operator]
    return touched.kinds


def test_every_table_holds_a_kind_of_data_a_screen_shows() -> None:
    tables = {model._meta.table_name for model in ALL_MODELS if model is not Revision}
    assert tables == set(TABLE_KINDS)


def test_a_change_reports_the_kinds_it_wrote(database: object) -> None:
    assert _touched(lambda: needs.add_person("Zoé")) == Kind.PEOPLE
    spring = programme()
    assert _touched(lambda: programmes.set_current_step(spring, 3)) == Kind.BOOKMARK
    assert _touched(lambda: programmes.rename_programme(spring, "Été")) == Kind.PROGRAMME
    karim, marie = person("Karim"), person("Marie")
    assert _touched(lambda: needs.set_affinity(karim, marie, "get_along")) == Kind.AFFINITIES


def test_logging_a_session_of_a_proposed_pair_tells_the_pairs_too(database: object) -> None:
    """The case a screen got wrong when it named its scope by hand: the session is logged,
    and the pair it belongs to starts."""
    spring = programme()
    pair = pairs.create_pair(spring, person("Lucas"), person("Bernard")).id
    rules.set_programme_rules(
        spring, start_on=dt.date(2027, 1, 11), weeks=4, weekday=1, start_time="09:00"
    )
    sessions.plan_sessions(pair, today=dt.date(2027, 1, 11))
    assert pairs.get_pair(pair).state.value == "proposed"
    first = list_sessions(pair)[0]
    kinds = _touched(
        lambda: log_session(first.id, SessionEntry(first.held_on, 45), today=dt.date(2027, 1, 20))
    )
    assert kinds == Kind.SESSIONS | Kind.PAIRS
    assert pairs.get_pair(pair).state.value == "active"


def test_removing_a_pair_tells_what_the_database_removed_with_it(database: object) -> None:
    pair = ready_pair(programme(), person("Karim"), person("Marie"))
    sessions.set_pair_slot(pair, weekday=2)
    kinds = _touched(lambda: pairs.remove_pair(pair))
    assert kinds & (Kind.PAIRS | Kind.SESSIONS | Kind.RULES | Kind.REVIEWS) == (
        Kind.PAIRS | Kind.SESSIONS | Kind.RULES | Kind.REVIEWS
    )
    assert not kinds & (Kind.PEOPLE | Kind.TOPICS)


def test_a_read_touches_nothing(database: object) -> None:
    topic("Newsletter")
    assert _touched(lambda: (needs.list_people(), needs.list_topics())) == Kind(0)


def test_a_bookmark_saved_with_anything_else_is_that_change() -> None:
    assert kinds_of([("programme", frozenset({"current_step"}))]) == Kind.BOOKMARK
    assert kinds_of([("programme", frozenset({"current_step", "name"}))]) == Kind.PROGRAMME
    assert kinds_of([("programme", frozenset())]) == Kind.PROGRAMME  # a new one
    assert kinds_of([("revision", frozenset({"number"}))]) == Kind(0)


def test_a_record_inside_another_closes_itself_alone(database: object) -> None:
    # a record opened inside another (a screen watching a change made inside another
    # watched one) holds the same writes as the one around it, and is closed alone
    with watching() as outer:
        needs.add_person("Lucas")
        with watching() as inner:
            needs.add_person("Marie")
        assert inner.kinds == Kind.PEOPLE
        needs.add_topic("Pastry photos")
    assert outer.kinds == Kind.PEOPLE | Kind.TOPICS
    with watching() as after:
        pass
    assert after.kinds == Kind(0)
