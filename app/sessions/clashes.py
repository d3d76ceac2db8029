"""Nobody in two places at once: a mentor with two mentees, or someone who is mentee in one
pair and mentor in another, never has two sessions at the same time.

* :func:`slot_clash` - the sentence when a pair's weekly slot meets another of the same
  person's (step 4 refuses such a slot beside its field);
* :func:`session_clash` - the same for one session moved or added by hand;
* :func:`not_free` - the sentence when a slot chosen by hand falls outside the free time
  one of the two gave (step 4 asks before keeping such a slot);
* :func:`slots_clash` - the first two pairs of a programme whose slots meet.

Proposing a slot for every pair that fits is :mod:`app.sessions.slot_plans`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from app.availability import describe_slot, slot_bit, to_slots
from app.errors import AgainstTheMethod
from app.i18n import QT_TRANSLATE_NOOP, Message, joined, message
from app.sessions.dates import is_open
from app.sessions.slots import PLANNABLE, PairSlot, pair_slots
from app.shop import closed_days
from app.steps.rules import get_programme_rules
from app.storage.models import Pair, Person, Session
from app.vocabulary import WEEKDAY_LABELS, MethodRule, PartOfDay, SessionStatus, Weekday

_D = "diaries"
#: When a session starts in a half-day the programme's hour is not in.
HALF_DAY_START = {PartOfDay.MORNING: dt.time(9, 30), PartOfDay.AFTERNOON: dt.time(14, 0)}
NOON = dt.time(12, 0)
#: A session planned in a half-day ends by then.
HALF_DAY_END = {PartOfDay.MORNING: dt.time(12, 30), PartOfDay.AFTERNOON: dt.time(18, 30)}


def _minutes(time: dt.time) -> int:
    return time.hour * 60 + time.minute


def overlaps(first: dt.time, first_minutes: int, second: dt.time, second_minutes: int) -> bool:
    start, other = _minutes(first), _minutes(second)
    return start < other + second_minutes and other < start + first_minutes


@dataclass(frozen=True)
class _Pair:
    id: int
    mentor_id: int
    mentee_id: int
    mentor: str
    mentee: str

    @property
    def people(self) -> frozenset[int]:
        return frozenset((self.mentor_id, self.mentee_id))

    def name_of(self, person_id: int) -> str:
        return self.mentor if person_id == self.mentor_id else self.mentee


def _pairs(programme_id: int) -> list[_Pair]:
    """The pairs still meeting, in a fixed order (by id: the first formed keeps its slot)."""
    mentor, mentee = Person.alias(), Person.alias()
    rows = (
        Pair.select(Pair.id, Pair.mentor, Pair.mentee, mentor.name, mentee.name)
        .join(mentor, on=(Pair.mentor == mentor.id))
        .switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id))
        .where((Pair.programme == programme_id) & (Pair.state.in_(PLANNABLE)))
        .order_by(Pair.id)
        .tuples()
    )
    return [_Pair(*row) for row in rows]


def _clash_with(
    pair: _Pair,
    weekday: Weekday,
    start: dt.time,
    minutes: int,
    placed: dict[int, PairSlot],
    pairs: list[_Pair],
) -> tuple[_Pair, int] | None:
    """Another pair of one of these two people whose slot meets this one, and that person."""
    for other in pairs:
        shared = other.people & pair.people
        slot = placed.get(other.id)
        if other.id == pair.id or not shared or slot is None:
            continue
        if slot.weekday == weekday and overlaps(
            start, minutes, slot.start_time, slot.session_minutes
        ):
            return other, min(shared)
    return None


def slot_clash(pair_id: int, weekday: Weekday, start: dt.time, minutes: int) -> Message | None:
    """Why this weekly slot cannot be the pair's: one of the two already meets someone else
    then. None when it fits."""
    programme_id = Pair.get_by_id(pair_id).programme_id
    pairs = _pairs(programme_id)
    pair = next((p for p in pairs if p.id == pair_id), None)
    if pair is None:
        return None
    slots = pair_slots(programme_id)
    found = _clash_with(pair, weekday, start, minutes, slots, pairs)
    if found is None:
        return None
    other, person = found
    slot = slots[other.id]
    return message(
        _D,
        QT_TRANSLATE_NOOP(
            "diaries",
            "{person} already meets {other} on {day} at {time}: choose another day or time.",
        ),
        person=pair.name_of(person),
        other=other.name_of(next(iter(other.people - {person}))),
        day=WEEKDAY_LABELS[slot.weekday],
        time=slot.start_time.strftime("%H:%M"),
    )


def session_clash(
    pair_id: int,
    day: dt.date,
    start: dt.time | None,
    minutes: int,
    moved: int | None = None,
) -> Message | None:
    """Why a session of this pair cannot be on ``day`` at ``start``: one of the two has
    another session then - with someone else, or this pair's own one (``moved``, the
    session being moved or changed, does not count)."""
    if start is None:
        return None
    pair = Pair.get_by_id(pair_id)
    people = {pair.mentor_id, pair.mentee_id}
    mentor, mentee = Person.alias(), Person.alias()
    others = (
        Session.select(Session, Pair, mentor, mentee)
        .join(Pair)
        .join(mentor, on=(Pair.mentor == mentor.id))
        .switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id))
        .where(
            (Session.held_on == day)
            & (Session.status != SessionStatus.CANCELLED.value)
            & (Session.start_time.is_null(False))
            & ((Pair.mentor.in_(people)) | (Pair.mentee.in_(people)))
        )
    )
    for session in others:
        if session.id == moved or not overlaps(start, minutes, session.start_time, session.minutes):
            continue
        other = session.pair
        person = other.mentor if other.mentor_id in people else other.mentee
        partner = other.mentee if person.id == other.mentor_id else other.mentor
        return message(
            _D,
            QT_TRANSLATE_NOOP(
                "diaries",
                "{person} already has a session with {other} that day at {time}: choose "
                "another day or time.",
            ),
            person=person.name,
            other=partner.name,
            time=session.start_time.strftime("%H:%M"),
        )
    return None


def not_free(pair_id: int, weekday: Weekday, start: dt.time) -> Message | None:
    """Why this weekly slot falls outside the free time one of the two gave (a person who
    gave none is free any time); None when both are free then."""
    part = PartOfDay.MORNING if start < NOON else PartOfDay.AFTERNOON
    bit = slot_bit((weekday, part))
    pair = Pair.get_by_id(pair_id)
    busy = [
        message(
            _D,
            QT_TRANSLATE_NOOP(
                "diaries", "{person} is not free on {slot}: their free time is {free}."
            ),
            person=person.name,
            slot=describe_slot((weekday, part)),
            free=joined(
                [describe_slot(free) for free in to_slots(person.availability)],
                _D,
                QT_TRANSLATE_NOOP("diaries", "{first}, {second}"),
            ),
        )
        for person in (pair.mentor, pair.mentee)
        if person.availability and not person.availability & bit
    ]
    if len(busy) == 2:  # both of them: both said
        return message(
            _D, QT_TRANSLATE_NOOP("diaries", "{first} {second}"), first=busy[0], second=busy[1]
        )
    return busy[0] if busy else None


def advise_on_session(
    pair_id: int, day: dt.date, start: dt.time | None, despite: Collection[str] = ()
) -> None:
    """A session set by hand for a day to come, checked as planning checks its own: within
    both people's free time, on a day the shop is open, within the programme. Each is
    refused (:class:`~app.errors.AgainstTheMethod`) unless ``despite`` names its rule."""
    if start is not None and MethodRule.NOT_FREE not in despite:
        busy = not_free(pair_id, Weekday(day.weekday()), start)
        if busy is not None:
            raise AgainstTheMethod(busy, MethodRule.NOT_FREE, "held_on")
    days_off, closures = closed_days()
    if MethodRule.SHOP_CLOSED not in despite and not is_open(day, days_off, closures, start):
        raise AgainstTheMethod(
            message(
                _D,
                QT_TRANSLATE_NOOP(
                    "diaries", "The shop is closed on {day}: the planned sessions avoid it."
                ),
                day=day,
            ),
            MethodRule.SHOP_CLOSED,
            "held_on",
        )
    frame = get_programme_rules(Pair.get_by_id(pair_id).programme_id)
    if frame is not None and day > frame.end_on and MethodRule.AFTER_THE_END not in despite:
        raise AgainstTheMethod(
            message(
                _D,
                QT_TRANSLATE_NOOP(
                    "diaries",
                    "The programme ends on {end}: {day} is after it. The review comes then.",
                ),
                end=frame.end_on,
                day=day,
            ),
            MethodRule.AFTER_THE_END,
            "held_on",
        )


def slots_clash(programme_id: int) -> Message | None:
    """The first two pairs whose slots meet, in a sentence; None when none do. Planning
    refuses to start while one is left: a person would be in two places at once."""
    pairs = _pairs(programme_id)
    slots = pair_slots(programme_id)
    placed: dict[int, PairSlot] = {}
    for pair in pairs:
        slot = slots[pair.id]
        found = _clash_with(
            pair, slot.weekday, slot.start_time, slot.session_minutes, placed, pairs
        )
        if found is not None:
            other, person = found
            return message(
                _D,
                QT_TRANSLATE_NOOP(
                    "diaries",
                    "{person} would meet {first} and {second} at the same time, on {day}: "
                    "give one of the two pairs another slot first.",
                ),
                person=pair.name_of(person),
                first=other.name_of(next(iter(other.people - {person}))),
                second=pair.name_of(next(iter(pair.people - {person}))),
                day=WEEKDAY_LABELS[slot.weekday],
            )
        placed[pair.id] = slot
    return None
