"""Nobody in two places at once: a mentor with two mentees, or someone who is mentee in one
pair and mentor in another, never has two sessions at the same time.

* :func:`slot_clash` - the sentence when a pair's weekly slot meets another of the same
  person's (step 4 refuses such a slot beside its field);
* :func:`session_clash` - the same for one session moved or added by hand;
* :func:`not_free` - the sentence when a slot chosen by hand falls outside the free time
  one of the two gave (step 4 asks before keeping such a slot);
* :func:`slot_plan` - before planning, a slot for every pair that fits: each keeps its own
  when nothing clashes, else gets one within both people's free half-days and the shop's
  opening days; a pair no slot fits is named, with the days taken.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.availability import describe_slot, slot_bit, to_slots
from app.i18n import QT_TRANSLATE_NOOP, Message, joined, message
from app.shop import get_shop
from app.steps.rules import (
    _PLANNABLE,
    PairSlot,
    pair_slots,
    rules_or_proposal,
    store_pair_slot,
)
from app.storage.database import transaction
from app.storage.models import Pair, PairRules, Person, Session
from app.vocabulary import WEEKDAY_LABELS, PartOfDay, SessionStatus, Weekday

_D = "diaries"
#: When a session starts in a half-day the programme's hour is not in.
HALF_DAY_START = {PartOfDay.MORNING: dt.time(9, 30), PartOfDay.AFTERNOON: dt.time(14, 0)}
NOON = dt.time(12, 0)
#: A session planned in a half-day ends by then.
HALF_DAY_END = {PartOfDay.MORNING: dt.time(12, 30), PartOfDay.AFTERNOON: dt.time(18, 30)}


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
        .where((Pair.programme == programme_id) & (Pair.state.in_(_PLANNABLE)))
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
    for person in (pair.mentor, pair.mentee):
        if person.availability and not person.availability & bit:
            return message(
                _D,
                QT_TRANSLATE_NOOP(
                    "diaries",
                    "{person} is not free on {slot}: their free time is {free}.",
                ),
                person=person.name,
                slot=describe_slot((weekday, part)),
                free=joined(
                    [describe_slot(free) for free in to_slots(person.availability)],
                    _D,
                    QT_TRANSLATE_NOOP("diaries", "{first}, {second}"),
                ),
            )
    return None


@dataclass(frozen=True)
class SlotChange:
    pair_id: int
    mentor: str
    mentee: str
    weekday: Weekday
    start_time: dt.time


@dataclass(frozen=True)
class SlotPlan:
    """What planning needs first: slots that change so that nobody is in two places at
    once, and the pairs no slot fits (planning waits for the owner to settle them)."""

    changes: tuple[SlotChange, ...]
    impossible: tuple[Message, ...]


def slot_plan(programme_id: int) -> SlotPlan:
    """A weekly slot for each pair still meeting, none meeting another of the same person."""
    rules = rules_or_proposal(programme_id)
    pairs = _pairs(programme_id)
    slots = pair_slots(programme_id)
    people = {
        row.id: row.availability
        for row in Person.select(Person.id, Person.availability).where(
            Person.id.in_([p for pair in pairs for p in pair.people])
        )
    }
    open_days = [day for day in Weekday if day not in get_shop().days_off]
    placed: dict[int, PairSlot] = {}
    changes, impossible = [], []
    for pair in pairs:
        slot = slots[pair.id]
        if (
            _clash_with(pair, slot.weekday, slot.start_time, slot.session_minutes, placed, pairs)
            is None
        ):
            placed[pair.id] = slot
            continue
        found = _free_slot(
            pair, slot, rules.weekday, rules.start_time, open_days, people, placed, pairs
        )
        if found is None:
            impossible.append(_no_slot(pair, placed, pairs))
            continue
        placed[pair.id] = found
        changes.append(
            SlotChange(pair.id, pair.mentor, pair.mentee, found.weekday, found.start_time)
        )
    return SlotPlan(tuple(changes), tuple(impossible))


def _free_slot(
    pair: _Pair,
    slot: PairSlot,
    usual_day: Weekday,
    usual_time: dt.time,
    open_days: list[Weekday],
    availability: dict[int, int],
    placed: dict[int, PairSlot],
    pairs: list[_Pair],
) -> PairSlot | None:
    """The first half-day both are free (the programme's day first), the shop open, and
    neither meeting anyone else then. A person who gave no free times is free any time."""
    days = sorted(open_days, key=lambda day: (day != usual_day, day))
    for day in days:
        for part in PartOfDay:
            bit = 1 << (int(day) * 2 + int(part))
            if not all(not availability[p] or availability[p] & bit for p in pair.people):
                continue
            for start in _starts(pair, day, part, usual_time, slot.session_minutes, placed, pairs):
                if _clash_with(pair, day, start, slot.session_minutes, placed, pairs) is not None:
                    continue
                return PairSlot(
                    day,
                    start,
                    slot.session_minutes,
                    slot.place,
                    True,
                    True,
                    slot.own_minutes,
                    slot.own_place,
                )
    return None


def _starts(
    pair: _Pair,
    day: Weekday,
    part: PartOfDay,
    usual: dt.time,
    minutes: int,
    placed: dict[int, PairSlot],
    pairs: list[_Pair],
) -> list[dt.time]:
    """The hours to try in a half-day: the programme's (or the half-day's usual one), then
    right after each session the two already have then - two sessions of a mentor can
    follow each other in one morning - as long as the session ends within the half-day."""
    first = usual if (usual < NOON) == (part is PartOfDay.MORNING) else HALF_DAY_START[part]
    ends = [
        _minutes(slot.start_time) + slot.session_minutes
        for other in pairs
        if other.id in placed and other.people & pair.people
        for slot in (placed[other.id],)
        if slot.weekday == day
    ]
    latest = _minutes(HALF_DAY_END[part]) - minutes
    tries = sorted({_minutes(first), *ends})
    return [dt.time(t // 60, t % 60) for t in tries if _minutes(first) <= t <= latest]


def _minutes(time: dt.time) -> int:
    return time.hour * 60 + time.minute


def _no_slot(pair: _Pair, placed: dict[int, PairSlot], pairs: list[_Pair]) -> Message:
    """Naming the two people and the days their other sessions take."""
    taken = sorted(
        {
            placed[other.id].weekday
            for other in pairs
            if other.id in placed and other.id != pair.id and other.people & pair.people
        }
    )
    if not taken:
        return message(
            _D,
            QT_TRANSLATE_NOOP(
                "diaries",
                "No slot fits {mentor} and {mentee}: they have no free half-day in common on a "
                "day the shop is open. Change their free times in step 1.",
            ),
            mentor=pair.mentor,
            mentee=pair.mentee,
        )
    return message(
        _D,
        QT_TRANSLATE_NOOP(
            "diaries",
            "No slot fits {mentor} and {mentee}: on the half-days both are free and the shop "
            "is open, one of them already meets someone else ({days}). Change their free "
            "times, or another pair's slot.",
        ),
        mentor=pair.mentor,
        mentee=pair.mentee,
        days=joined(
            [WEEKDAY_LABELS[day] for day in taken],
            _D,
            QT_TRANSLATE_NOOP("diaries", "{first}, {second}"),
        ),
    )


def apply_slot_plan(plan: SlotPlan) -> int:
    """Save the slots of :func:`slot_plan`, all at once; each pair keeps its own length and
    place. Returns how many pairs changed slot."""
    with transaction():
        for change in plan.changes:
            own = PairRules.get_or_none(PairRules.pair == change.pair_id)
            store_pair_slot(
                change.pair_id,
                weekday=change.weekday,
                start_time=change.start_time,
                session_minutes=own.session_minutes if own else None,
                place=own.place if own else None,
            )
    return len(plan.changes)


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
