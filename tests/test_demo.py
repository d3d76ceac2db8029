"""The demo shops: built from the real rules, in their own file, with every badge showing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.demo import build_demo, fresh_demo
from app.errors import StorageProblem
from app.programmes import list_programmes
from app.progress import programme_progress
from app.sessions import list_sessions
from app.shop import get_shop, set_shop_name
from app.steps import matching, pairs
from app.storage.database import close_database, open_database
from app.vocabulary import Health, SessionStatus
from tests.clock import Clock


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
    close_database()


@pytest.mark.parametrize("offset", range(7))
def test_every_badge_shows_in_the_chocolate_shop_whatever_the_day(
    opened: Path, offset: int
) -> None:
    today = dt.date(2026, 11, 23) + dt.timedelta(days=offset)
    path = build_demo(opened / "demo.sqlite", "chocolaterie", today=today)
    open_database(path)
    (programme,) = list_programmes()
    progress = programme_progress(programme.id, today=today)
    assert {pair.health for pair in progress.pairs} == set(Health)
    assert progress.steps[3].done and not progress.complete


def test_the_chocolate_shop_tells_marie_and_karims_story(opened: Path) -> None:
    today = dt.date(2026, 11, 26)
    open_database(build_demo(opened / "demo.sqlite", "chocolaterie", today=today))
    assert get_shop().name == "Chocolaterie Marie"
    (programme,) = list_programmes()
    karim_marie = next(
        p
        for p in programme_progress(programme.id, today=today).pairs
        if (p.mentor_name, p.mentee_name) == ("Karim", "Marie")
    )
    assert karim_marie.health is Health.ON_TRACK
    assert karim_marie.topics == ("Online orders and sales", "The shop's website")
    assert karim_marie.sessions_done >= 8
    assert all(
        s.status is SessionStatus.DONE
        for s in list_sessions(karim_marie.pair_id)
        if s.held_on < today
    )
    # Inès has three mentees, and Bernard is never proposed to her.
    assert max(p.mentor_pair_count for p in programme_progress(programme.id).pairs) == 3
    assert not any(
        (p.mentor_name, p.mentee_name) == ("Inès", "Bernard")
        for p in matching.propose_pairs(programme.id)
    )


def test_the_restaurant_has_one_mentor_for_the_chef_and_the_second(opened: Path) -> None:
    open_database(build_demo(opened / "demo.sqlite", "restaurant", today=dt.date(2026, 11, 26)))
    (programme,) = list_programmes()
    mei = [p for p in pairs.list_pairs(programme.id) if p.mentor_name == "Mei"]
    assert {p.mentee_name for p in mei} == {"Paul", "Nadia"}
    assert {pairs.list_objectives(p.id)[0].topic_name for p in mei} == {"Cooking with yuzu"}


def test_the_demo_is_rebuilt_in_its_own_file_and_in_the_users_language(opened: Path) -> None:
    real = opened / "tandem.sqlite"
    open_database(real)
    close_database()
    before = real.read_bytes()
    french = {"Chocolaterie Marie": "Chocolaterie Marie", "Going online": "Passer au numérique"}
    path = build_demo(
        opened / "demo-chocolaterie.sqlite", translate=lambda c, s, *_: french.get(s, s)
    )
    build_demo(path, translate=lambda c, s, *_: french.get(s, s))  # a second start replaces it
    open_database(path)
    assert [p.name for p in list_programmes()] == ["Passer au numérique"]
    assert real.read_bytes() == before


def test_each_opening_gets_a_demo_as_new_built_once_a_day_and_language(opened: Path) -> None:
    today = dt.date(2026, 11, 26)
    path = opened / "demo-chocolaterie.sqlite"
    clean = opened / "demo-chocolaterie.sqlite.clean"
    fresh_demo(path, today=today, language="fr_FR")
    built = clean.stat().st_mtime_ns

    open_database(path)  # played with
    set_shop_name("Chez moi")
    close_database()
    fresh_demo(path, today=today, language="fr_FR")
    assert clean.stat().st_mtime_ns == built  # not built again...
    open_database(path)
    assert get_shop().name == "Chocolaterie Marie"  # ...yet as new
    close_database()

    fresh_demo(path, today=today, language="en_GB")
    assert clean.stat().st_mtime_ns != built
    built = clean.stat().st_mtime_ns
    fresh_demo(path, today=today + dt.timedelta(days=1), language="en_GB")
    assert clean.stat().st_mtime_ns != built
    open_database(path)
    assert min(s.planned_on for s in list_sessions(pairs.list_pairs(1)[0].id)) < today
    close_database()
    fresh_demo(path, today=today + dt.timedelta(days=1), language="en_GB")
    # the clean copy is read at each opening: it leaves no journal or shared-memory files
    assert sorted(p.name for p in opened.glob("demo-*")) == [
        "demo-chocolaterie.sqlite",
        "demo-chocolaterie.sqlite.clean",
        "demo-chocolaterie.sqlite.stamp",
    ]


def test_a_damaged_clean_copy_is_built_again(opened: Path) -> None:
    path = opened / "demo-restaurant.sqlite"
    fresh_demo(path, "restaurant")
    (opened / "demo-restaurant.sqlite.clean").write_bytes(b"not a database" * 1000)
    fresh_demo(path, "restaurant")
    open_database(path)
    assert [p.name for p in list_programmes()] == ["New flavours"]
    assert not list(opened.glob("*.partial"))  # nothing of the failed copy is left


def test_a_demo_that_cannot_be_written_is_said_plainly(opened: Path) -> None:
    in_the_way = opened / "demo-chocolaterie.sqlite"
    in_the_way.mkdir()  # something Tandem cannot replace
    with pytest.raises(StorageProblem, match="Tandem could not write the demo to") as raised:
        fresh_demo(in_the_way)
    assert str(in_the_way) in str(raised.value)


BOX_OF_THE_MONTH = {3: "Easter", 4: "Easter", 5: "Mother's Day", 10: "autumn", 11: "Christmas"}


@pytest.mark.parametrize("today", [dt.date(2026, 11, 26), dt.date(2027, 5, 20)])
def test_the_journal_speaks_of_the_box_of_its_season(opened: Path, today: dt.date) -> None:
    """October's sessions spoke of the Easter box."""
    open_database(build_demo(opened / "demo.sqlite", "chocolaterie", today=today))
    (programme,) = list_programmes()
    said = {
        session.held_on: session.learnt
        for pair in pairs.list_pairs(programme.id)
        for session in list_sessions(pair.id)
        if "box on the site" in session.learnt
    }
    assert len(said) >= 2
    for day, learnt in said.items():
        assert f"the {BOX_OF_THE_MONTH[day.month]} box" in learnt, (day, learnt)


#: The badges each demo shop shows, on any day: its story whatever the day it is opened.
BADGES = {
    "chocolaterie": set(Health),
    "restaurant": {Health.ON_TRACK, Health.LATE, Health.STALLED},
}


@pytest.mark.slow
@pytest.mark.parametrize("shop", sorted(BADGES))
def test_each_demo_shop_is_a_live_programme_on_every_day_of_a_year(
    tmp_path: Path, clock: Clock, shop: str
) -> None:
    """Built for each day of the year that begins today (so a 29 February, a New Year and
    both daylight-saving changes come round in turn), the demo shows the same badges, sessions
    held up to that day and sessions still to come, and a programme under way."""
    first = clock.today()
    for offset in range(366):
        today = first + dt.timedelta(days=offset)
        open_database(build_demo(tmp_path / f"{shop}.sqlite", shop, today=today))
        (programme,) = list_programmes()
        progress = programme_progress(programme.id, today=today)
        assert {pair.health for pair in progress.pairs} == BADGES[shop], today
        assert progress.steps[3].done and not progress.complete, today
        held = [
            session.held_on
            for pair in progress.pairs
            for session in list_sessions(pair.pair_id)
            if session.status is SessionStatus.DONE
        ]
        assert held and max(held) <= today, today
        assert any(
            pair.next_session_on is not None and pair.next_session_on >= today
            for pair in progress.pairs
            if pair.health is Health.ON_TRACK
        ), today
        close_database()
