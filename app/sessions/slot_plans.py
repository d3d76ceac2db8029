"""Before planning, a slot for every pair that fits: each keeps its own when nothing clashes,
else gets one within both people's free half-days and the shop's opening days; a pair no slot
fits is named, with the days taken."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.availability import slot_bit
from app.i18n import QT_TRANSLATE_NOOP, Message, joined, message
from app.sessions.clashes import (
    _D,
    HALF_DAY_END,
    HALF_DAY_START,
    NOON,
    _clash_with,
    _minutes,
    _Pair,
    _pairs,
)
from app.sessions.planning import store_pair_slot
from app.sessions.slots import PairSlot, pair_slots
from app.shop import get_shop
from app.steps.rules import rules_or_proposal
from app.storage.database import transaction
from app.storage.models import PairRules, Person
from app.vocabulary import WEEKDAY_LABELS, PartOfDay, Weekday


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
    """A weekly slot for each pair still meeting, none meeting another of the same person,
    and each within both people's free time unless the owner chose it by hand (asked then,
    see :func:`~app.sessions.planning.set_pair_slot`)."""
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
        clash = _clash_with(
            pair, slot.weekday, slot.start_time, slot.session_minutes, placed, pairs
        )
        if clash is None and (_chosen_by_hand(slot) or _both_free(pair, slot, people)):
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


def _chosen_by_hand(slot: PairSlot) -> bool:
    return slot.own_weekday or slot.own_time


def _both_free(pair: _Pair, slot: PairSlot, availability: dict[int, int]) -> bool:
    """A person who gave no free times is free any time."""
    part = PartOfDay.MORNING if slot.start_time < NOON else PartOfDay.AFTERNOON
    bit = slot_bit((slot.weekday, part))
    return all(not availability[p] or availability[p] & bit for p in pair.people)


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
