"""The method's rules on every path that writes a pair or a session: the proposal, by hand,
the journal, planning again, a closure added, the frame changed, the review. After each
step the rules are read back from the data: nobody in two places at once, both people free,
the shop open, within the programme, no pair "better apart" - each broken only where the
step said so on purpose (``despite``), never in silence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from app import sessions
from app.availability import slot_bit
from app.errors import AgainstTheMethod, ValidationError
from app.sessions import SessionEntry
from app.shop import add_closed_period, closed_days
from app.steps import needs, pairs, review, rules
from app.steps.team_proposal import propose_team
from app.vocabulary import (
    Affinity,
    Decision,
    Level,
    MethodRule,
    PairState,
    PartOfDay,
    SessionStatus,
    Weekday,
)
from tests.builders import programme, topic

START = dt.date(2027, 1, 11)  # a Monday
TODAY = START


def _minutes(time: dt.time) -> int:
    return time.hour * 60 + time.minute


@dataclass
class Walk:
    """The programme, and the exceptions the owner made on purpose so far."""

    programme_id: int
    #: Sessions (by uid) and pairs the owner kept against a rule, and which rule.
    allowed: set[tuple[str, str]] = field(default_factory=set)
    steps: list[str] = field(default_factory=list)

    def broken(self) -> list[str]:
        """Every rule broken in the data now and not allowed on purpose."""
        found: list[str] = []
        frame = rules.get_programme_rules(self.programme_id)
        days_off, closures = closed_days()
        people = {p.id: p for p in needs.list_people(include_left=True)}
        live = [
            s
            for s in sessions.programme_sessions(self.programme_id)
            if s.status is not SessionStatus.CANCELLED
        ]
        for first_index, first in enumerate(live):
            for second in live[first_index + 1 :]:
                shared = {first.mentor_id, first.mentee_id} & {second.mentor_id, second.mentee_id}
                if not shared or first.day != second.day or not (first.start and second.start):
                    continue
                a, b = _minutes(first.start), _minutes(second.start)
                if a < b + second.minutes and b < a + first.minutes:
                    found.append(f"two places at once: {first.day} {first.start} / {second.start}")
        for s in live:
            if s.status is SessionStatus.DONE or s.day < TODAY:
                continue  # what took place is not advised on
            if s.start is not None:
                part = PartOfDay.MORNING if s.start < dt.time(12) else PartOfDay.AFTERNOON
                bit = slot_bit((Weekday(s.day.weekday()), part))
                for who in (s.mentor_id, s.mentee_id):
                    free = people[who].availability
                    if free and not free & bit and (s.uid, MethodRule.NOT_FREE) not in self.allowed:
                        found.append(f"{people[who].name} not free on {s.day} {s.start}")
            if (
                not sessions.is_open(s.day, days_off, closures, s.start)
                and (
                    s.uid,
                    MethodRule.SHOP_CLOSED,
                )
                not in self.allowed
            ):
                found.append(f"shop closed on {s.day}")
            if (
                frame
                and not frame.start_on <= s.day <= frame.end_on
                and (
                    s.uid,
                    MethodRule.AFTER_THE_END,
                )
                not in self.allowed
            ):
                found.append(f"outside the programme: {s.day}")
        apart = {pair for pair, kind in needs.affinity_map().items() if kind is Affinity.AVOID}
        for pair in pairs.list_pairs(self.programme_id):
            key = tuple(sorted((pair.mentor_id, pair.mentee_id)))
            if (
                pair.state is not PairState.STOPPED
                and key in apart
                and (str(pair.id), MethodRule.BETTER_APART) not in self.allowed
            ):
                found.append(f"better apart: {pair.mentor_name} and {pair.mentee_name}")
        return found

    def step(self, name: str, action: Callable[[], object]) -> object:
        """Run a path; a refusal is a right answer, anything it let through is checked."""
        self.steps.append(name)
        try:
            result = action()
        except (AgainstTheMethod, ValidationError) as refused:
            result = refused
        assert self.broken() == [], f"after {name!r}"
        return result

    def on_purpose(self, name: str, action: Callable[[frozenset[str]], object]) -> object:
        """A path the owner takes against the rules once asked: refused with a rule named,
        asked again for each next one (as the window asks), then done on purpose, and the
        exceptions recorded for what it made."""
        asked = self.step(name, lambda: action(frozenset()))
        assert isinstance(asked, AgainstTheMethod), f"{name!r} was not asked about"
        despite = {asked.rule}
        while True:
            try:
                done = action(frozenset(despite))
                break
            except AgainstTheMethod as next_rule:
                assert next_rule.rule not in despite
                despite.add(next_rule.rule)
        uid = getattr(done, "uid", None) or str(getattr(done, "id", ""))
        self.allowed |= {(uid, rule) for rule in despite}
        assert self.broken() == [], f"after {name!r} on purpose"
        return done


@pytest.fixture
def walk(database: object) -> Walk:
    """A garage: Bernard free only on Tuesday and Thursday mornings, Lucas and Michel
    better apart; the shop closed on Sundays."""
    from app.shop import set_days_off

    set_days_off([Weekday.SUNDAY])
    orders, social = topic("Online orders"), topic("Social networks")
    tue_thu_mornings = [(Weekday.TUESDAY, PartOfDay.MORNING), (Weekday.THURSDAY, PartOfDay.MORNING)]
    bernard = needs.add_person("Bernard", availability=tue_thu_mornings).id
    michel = needs.add_person("Michel").id
    lucas = needs.add_person("Lucas").id
    ines = needs.add_person("Inès").id
    for senior, wanted in ((bernard, orders), (michel, social)):
        needs.add_need(senior, wanted, Level.NEVER_DONE, Level.ON_OWN)
    for young in (lucas, ines):
        for taught in (orders, social):
            needs.add_know_how(young, taught, Level.CAN_TEACH)
    needs.set_affinity(lucas, michel, Affinity.AVOID)
    spring = programme("Hiver 2027")
    rules.set_programme_rules(
        spring,
        start_on=START,
        weeks=8,
        weekday=Weekday.WEDNESDAY,
        start_time="10:00",
        session_minutes=45,
    )
    return Walk(spring)


def _ids() -> dict[str, int]:
    return {p.name: p.id for p in needs.list_people()}


def test_every_path_that_writes_a_pair_or_a_session_keeps_the_rules(walk: Walk) -> None:
    people = _ids()
    spring = walk.programme_id

    # the proposal: never Lucas with Michel
    proposed = propose_team(spring)
    assert all({p.mentor_id, p.mentee_id} != {people["Lucas"], people["Michel"]} for p in proposed)
    for proposal in proposed:
        walk.step(
            "a proposed pair accepted",
            lambda p=proposal: pairs.create_pair_with_objectives(
                spring, p.mentor_id, p.mentee_id, p.topic_ids
            ),
        )
    formed = {(p.mentor_name, p.mentee_name): p.id for p in pairs.list_pairs(spring)}
    assert set(formed) == {("Lucas", "Bernard"), ("Inès", "Michel")}

    # planning straight away at the frame's Wednesday: Bernard is not free then
    refused = walk.step(
        "planned at the frame's slot", lambda: sessions.plan_all_sessions(spring, TODAY)
    )
    assert isinstance(refused, AgainstTheMethod) and refused.rule == MethodRule.NOT_FREE
    # the slot plan finds the time both are free, then planning goes through
    plan = sessions.slot_plan(spring)
    assert [(c.mentee, c.weekday) for c in plan.changes] == [("Bernard", Weekday.TUESDAY)]
    walk.step("the slots proposed", lambda: sessions.apply_slot_plan(plan))
    walk.step("planned", lambda: sessions.plan_all_sessions(spring, TODAY))
    lucas_bernard = formed[("Lucas", "Bernard")]
    ines_michel = formed[("Inès", "Michel")]

    # by hand: a pair better apart, asked and formed on purpose
    walk.on_purpose(
        "a pair formed by hand between people better apart",
        lambda despite: pairs.create_pair(
            spring, people["Lucas"], people["Michel"], despite=despite
        ),
    )
    # by hand: Lucas → Bernard on Friday, outside Bernard's free time: asked
    walk.step(
        "a slot chosen by hand outside free time",
        lambda: sessions.set_pair_slot(lucas_bernard, weekday=Weekday.FRIDAY),
    )
    # by hand: Inès → Michel on Tuesday at 09:00 would meet Inès... no: Lucas teaches
    # Bernard on Tuesdays at 10:00, and Inès is free; a clash needs a shared person
    walk.step(
        "a slot chosen by hand for Inès → Michel",
        lambda: sessions.set_pair_slot(ines_michel, weekday=Weekday.TUESDAY, start_time="10:00"),
    )
    walk.step("planned again", lambda: sessions.plan_all_sessions(spring, TODAY))

    # the journal: sessions added and moved by hand, each check asked
    walk.step(
        "a session added on a Friday afternoon (Bernard not free)",
        lambda: sessions.add_session(lucas_bernard, dt.date(2027, 1, 29), 45, "15:00"),
    )
    walk.step(
        "a session added on a Sunday",
        lambda: sessions.add_session(ines_michel, dt.date(2027, 1, 31), 45, "10:00"),
    )
    walk.step(
        "a session added after the programme",
        lambda: sessions.add_session(ines_michel, dt.date(2027, 3, 30), 45, "10:00"),
    )
    walk.on_purpose(
        "a session added after the programme, on purpose",
        lambda despite: sessions.add_session(
            ines_michel, dt.date(2027, 3, 30), 45, "10:00", despite=despite
        ),
    )
    first, second, *_ = sessions.list_sessions(lucas_bernard)
    walk.step(
        "a session moved to a Wednesday (Bernard not free)",
        lambda: sessions.move_session(second.id, dt.date(2027, 1, 20)),
    )
    walk.step(
        "a session moved to Thursday morning, when Bernard is free",
        lambda: sessions.move_session(second.id, dt.date(2027, 1, 21)),
    )
    walk.step(
        "a session that would meet Inès's other pair",
        lambda: sessions.add_session(
            formed.get(("Inès", "Michel"), ines_michel),
            sessions.list_sessions(ines_michel)[0].held_on,
            45,
            "10:15",
        ),
    )
    # logged late, on another day than planned: that session, moved, never a second one
    walk.step(
        "the first session logged two days late at another hour",
        lambda: sessions.log_session(
            first.id,
            SessionEntry(dt.date(2027, 1, 14), 50, start_time="09:10"),
            today=dt.date(2027, 1, 20),
        ),
    )
    # logged as held on a Sunday, when the shop is closed: said, and kept once she says so
    third = sessions.list_sessions(lucas_bernard)[2]
    walk.on_purpose(
        "a session logged as held on a Sunday",
        lambda despite: sessions.log_session(
            third.id,
            SessionEntry(dt.date(2027, 1, 24), 45, start_time="10:00"),
            today=dt.date(2027, 1, 25),
            despite=despite,
        ),
    )
    logged = next(s for s in sessions.list_sessions(lucas_bernard) if s.id == first.id)
    assert (logged.held_on, logged.start_time, logged.status) == (
        dt.date(2027, 1, 14),
        dt.time(9, 10),
        SessionStatus.DONE,
    )

    # a closure added: the sessions inside are told as needing a new plan, then moved
    add_closed_period(dt.date(2027, 2, 8), dt.date(2027, 2, 13), "Inventaire")
    walk.steps.append("a closure added")
    assert sessions.pairs_to_plan_again(spring, TODAY) == 3  # Lucas → Michel's too
    walk.allowed |= {
        (s.uid, MethodRule.SHOP_CLOSED)
        for pair in (p.id for p in pairs.list_pairs(spring))
        for s in sessions.list_sessions(pair)
        if dt.date(2027, 2, 8) <= s.held_on <= dt.date(2027, 2, 13)
    }  # told on step 4 ("plan again to move them") until planned again
    walk.step("planned again after the closure", lambda: sessions.plan_all_sessions(spring, TODAY))
    assert sessions.pairs_to_plan_again(spring, TODAY) == 0

    # the frame changed: one week shorter - the sessions past its new end are told as to
    # plan again (step 4 says so), like the closure's, until planned again
    walk.allowed |= {
        (s.uid, MethodRule.AFTER_THE_END)
        for pair in (p.id for p in pairs.list_pairs(spring))
        for s in sessions.list_sessions(pair)
        if s.held_on > dt.date(2027, 2, 28) and s.status is not SessionStatus.DONE
    }
    walk.step(
        "the frame shortened",
        lambda: rules.set_programme_rules(
            spring,
            start_on=START,
            weeks=7,
            weekday=Weekday.WEDNESDAY,
            start_time="10:00",
            session_minutes=45,
        ),
    )
    assert sessions.pairs_to_plan_again(spring, TODAY) == 3
    walk.step(
        "planned again after the frame changed", lambda: sessions.plan_all_sessions(spring, TODAY)
    )

    # the review: the decision finishes the pair, asked first, and its sessions go
    walk.step("a decision at the review", lambda: review.conclude(lucas_bernard, Decision.STOP))
    walk.on_purpose(
        "a decision at the review, on purpose",
        lambda despite: review.conclude(lucas_bernard, Decision.STOP, despite=despite),
    )
    assert pairs.get_pair(lucas_bernard).state is PairState.FINISHED

    # renewing: the pair better apart, renewed at the review, is not carried over in silence
    lucas_michel = next(
        p.id
        for p in pairs.list_pairs(spring)
        if p.mentee_name == "Michel" and p.mentor_name == "Lucas"
    )
    review.conclude(lucas_michel, Decision.RENEW, despite={MethodRule.SESSIONS_TO_COME})
    renewed = walk.step(
        "the programme renewed", lambda: review.renew_programme(spring, "Printemps")
    )
    assert isinstance(renewed, AgainstTheMethod) and renewed.rule == MethodRule.BETTER_APART
    assert len(walk.steps) >= 20
