"""Writing a pair's slot and planning its sessions: every write checked where it is made.

A slot that meets another of the same person's is refused; one outside the free time one of
the two gave is refused unless the owner goes on on purpose. Planning fills the frame's weeks
with the pair's slot, skipping the shop's days off and closures, around what already
happened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from typing import NamedTuple, Protocol

from app.errors import AgainstTheMethod, ValidationError, invalid
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.programmes import require_running
from app.sessions.clashes import not_free, slot_clash, slots_clash
from app.sessions.dates import Closure, plan_dates
from app.sessions.slots import PLANNABLE, PairSlot, _slot, pair_slot, pair_slots
from app.shop import closed_days
from app.steps.rules import RulesInfo, get_programme_rules, open_weekday, rules_or_refuse
from app.storage.database import date_value, raw_rows, transaction
from app.storage.lookup import get_or_refuse, put
from app.storage.models import Pair, PairRules, Programme, Session, new_uid
from app.validation import clean_int, clean_name, clean_time
from app.vocabulary import MethodRule, SessionStatus, Weekday


def set_pair_slot(
    pair_id: int,
    *,
    weekday: object = None,
    start_time: object = None,
    session_minutes: object = None,
    place: str | None = None,
    despite: Collection[str] = (),
) -> PairSlot:
    """Give a pair its own day, time, length or place; None keeps the programme's. A slot
    that meets another of the same person's is refused (see :mod:`app.sessions.clashes`); one
    outside the free time one of the two gave is refused
    (:class:`~app.errors.AgainstTheMethod`) unless ``despite`` names that rule (asked when
    the day or the hour changes, not again for its length or place)."""
    before = pair_slot(pair_id)

    def check(pair: int, day: Weekday, start: dt.time, minutes: int) -> Message | None:
        refusal = slot_clash(pair, day, start, minutes)
        moved = (day, start) != (before.weekday, before.start_time)
        if refusal is None and moved and MethodRule.NOT_FREE not in despite:
            busy = not_free(pair, day, start)
            if busy is not None:
                raise AgainstTheMethod(busy, MethodRule.NOT_FREE, "start_time")
        return refusal

    slot = store_pair_slot(
        pair_id,
        weekday=weekday,
        start_time=start_time,
        session_minutes=session_minutes,
        place=place,
        check=check,
    )
    return slot


def store_pair_slot(
    pair_id: int,
    *,
    weekday: object = None,
    start_time: object = None,
    session_minutes: object = None,
    place: str | None = None,
    check: Callable[[int, Weekday, dt.time, int], Message | None] | None = None,
) -> PairSlot:
    """Save a pair's own slot; ``check`` may refuse the slot it makes (a sentence for the
    field ``start_time``). Without it, as :func:`~app.sessions.slot_plans.apply_slot_plan` saves
    slots already checked together."""
    fields = {
        "weekday": open_weekday(weekday, "weekday").value if weekday is not None else None,
        "start_time": clean_time(start_time, "start_time") if start_time is not None else None,
        "session_minutes": clean_int(session_minutes, "session_minutes", 10, 480, required=False),
        "place": clean_name(place, "place", required=False) if place is not None else None,
    }
    with transaction():
        pair = get_or_refuse(Pair, pair_id, "pair")
        require_running(pair.programme)
        put(PairRules, {"pair": pair}, fields)
        slot = pair_slot(pair_id)
        refusal = (
            check(pair_id, slot.weekday, slot.start_time, slot.session_minutes) if check else None
        )
        if refusal is not None:
            raise ValidationError(refusal, "start_time")  # the transaction undoes the change
    return slot


class _Planned(Protocol):
    """What planning reads of a session: a saved one, or a row of its columns."""

    @property
    def generated(self) -> bool: ...
    @property
    def status(self) -> str: ...
    @property
    def held_on(self) -> dt.date: ...
    @property
    def planned_on(self) -> dt.date: ...
    @property
    def start_time(self) -> dt.time | None: ...
    @property
    def minutes(self) -> int: ...


class _Row(NamedTuple):
    """A session as planning reads it, without the rest of its columns."""

    generated: bool
    status: str
    held_on: dt.date
    planned_on: dt.date
    start_time: dt.time | None
    minutes: int


def _day(value: object) -> dt.date:
    day = date_value(value)
    assert day is not None  # a session always has its days
    return day


def _to_plan_again(session: _Planned, today: dt.date) -> bool:
    """Planned by Tandem and still to come: planning again replaces it."""
    return (
        session.generated
        and session.status == SessionStatus.PLANNED.value
        and session.held_on >= today
    )


def _frame_dates(
    slot: PairSlot, rules: RulesInfo, closed: tuple[frozenset[Weekday], list[Closure]]
) -> list[dt.date]:
    """Every day the frame gives a pair's slot, around the shop's days off."""
    days_off, closures = closed
    return plan_dates(
        rules.start_on,
        rules.weeks,
        rules.every_weeks,
        slot.weekday,
        days_off,
        closures,
        slot.start_time,
    )


def _days_to_plan(dates: list[dt.date], kept: Sequence[_Planned], today: dt.date) -> list[dt.date]:
    """The days of ``dates`` planning gives a pair from ``today`` on, around the sessions
    ``kept``."""
    # a day is taken by a session held then, and by one planned then and held another day
    taken = {row.held_on for row in kept} | {row.planned_on for row in kept}
    return [day for day in dates if day >= today and day not in taken]


#: What planning again compares of a session.
_COMPARED = (
    Session.pair,
    Session.generated,
    Session.status,
    Session.held_on,
    Session.planned_on,
    Session.start_time,
    Session.minutes,
)


def pairs_to_plan_again(programme_id: int, today: dt.date | None = None) -> int:
    """How many pairs have sessions to come that no longer follow the frame (its start,
    length, rhythm, slot, the days off): their sessions were planned, then the frame
    changed. Planning again moves them. Reads the whole programme in four queries."""
    day = today or dt.date.today()
    rules = get_programme_rules(programme_id)
    if rules is None:
        return 0
    slots = pair_slots(programme_id)
    sessions: dict[int, list[_Planned]] = {}
    # only the columns planning compares, as the database gives them: a model object per
    # session cost 0.4 s at 500 pairs, and peewee's conversion of each value half of the rest
    for pair_id, generated, status, held_on, planned_on, start_time, minutes in raw_rows(
        Session.select(*_COMPARED)
        .join(Pair)
        .where((Pair.programme == programme_id) & (Pair.state.in_(PLANNABLE)))
    ):
        sessions.setdefault(pair_id, []).append(
            _Row(
                bool(generated),
                status,
                _day(held_on),
                _day(planned_on),
                dt.time.fromisoformat(str(start_time)) if start_time is not None else None,
                minutes,
            )
        )
    closed = closed_days()
    # the pairs that meet at the same day and hour share their frame's days, worked out once
    frames: dict[tuple[Weekday, dt.time], list[dt.date]] = {}
    count = 0
    for pair_id, listed in sessions.items():
        if not any(row.generated for row in listed):
            continue  # never planned by Tandem: nothing to move
        slot = slots[pair_id]
        frame = (slot.weekday, slot.start_time)
        if frame not in frames:
            frames[frame] = _frame_dates(slot, rules, closed)
        kept = [row for row in listed if not _to_plan_again(row, day)]
        wanted = {
            (planned, slot.start_time, slot.session_minutes)
            for planned in _days_to_plan(frames[frame], kept, day)
        }
        now = {
            (row.held_on, row.start_time, row.minutes) for row in listed if _to_plan_again(row, day)
        }
        count += wanted != now
    return count


def _plan_pair(pair: Pair, rules: RulesInfo, today: dt.date) -> int:
    """Plan the pair's sessions to come again, changing as few as can be: a session already
    on a day the plan keeps stays that session (the same event in every calendar), the
    others move to the days left in order, and only what is left over is dropped or added."""
    slot = _slot(rules, PairRules.get_or_none(PairRules.pair == pair))
    listed = list(Session.select().where(Session.pair == pair).order_by(Session.held_on))
    replaceable = [row for row in listed if _to_plan_again(row, today)]
    kept = [row for row in listed if not _to_plan_again(row, today)]
    new = _days_to_plan(_frame_dates(slot, rules, closed_days()), kept, today)
    staying = {row.held_on: row for row in replaceable if row.held_on in set(new)}
    moving = [row for row in replaceable if staying.get(row.held_on) is not row]
    free_days = [day for day in new if day not in staying]
    placed = list(staying.items()) + list(zip(free_days, moving, strict=False))
    for day, row in placed:
        wanted = (day, day, slot.start_time, slot.session_minutes)
        if (row.planned_on, row.held_on, row.start_time, row.minutes) != wanted:
            Session.update(
                planned_on=day,
                held_on=day,
                start_time=slot.start_time,
                minutes=slot.session_minutes,
            ).where(Session.id == row.id).execute()
    dropped = [row.id for row in moving[len(free_days) :]]
    if dropped:
        Session.delete().where(Session.id.in_(dropped)).execute()
    Session.insert_many(
        [
            {
                "pair": pair,
                "planned_on": day,
                "held_on": day,
                "start_time": slot.start_time,
                "minutes": slot.session_minutes,
                "status": SessionStatus.PLANNED.value,
                "generated": True,
                "uid": new_uid(),
            }
            for day in free_days[len(moving) :]
        ]
    ).execute()
    return len(new)


def _refuse_not_free(pair_id: int, slot: PairSlot, despite: Collection[str]) -> None:
    """Planning at the frame's slot, outside the free time one of the two gave, is refused
    unless on purpose; a slot the owner chose by hand was asked about when she chose it."""
    if MethodRule.NOT_FREE in despite or slot.own_weekday or slot.own_time:
        return
    busy = not_free(pair_id, slot.weekday, slot.start_time)
    if busy is not None:
        raise AgainstTheMethod(busy, MethodRule.NOT_FREE)


def plan_sessions(pair_id: int, today: dt.date | None = None, despite: Collection[str] = ()) -> int:
    """(Re)plan one pair's sessions from today on; sessions held, moved or added by hand stay.
    At the frame's slot outside the free time of one of the two, refused unless ``despite``
    names :attr:`MethodRule.NOT_FREE`.

    Returns the number of sessions planned.
    """
    day = today or dt.date.today()
    with transaction():
        pair = get_or_refuse(Pair, pair_id, "pair")
        require_running(pair.programme)
        if pair.state not in PLANNABLE:
            raise invalid(
                None,
                QT_TRANSLATE_NOOP(
                    "validation", "A finished or stopped pair has no more sessions to plan."
                ),
            )
        rules = rules_or_refuse(pair.programme_id)
        _refuse_not_free(pair.id, pair_slot(pair.id), despite)
        return _plan_pair(pair, rules, day)


def plan_all_sessions(
    programme_id: int, today: dt.date | None = None, despite: Collection[str] = ()
) -> int:
    """(Re)plan the sessions of every pair still under way, in one transaction; checked as
    :func:`plan_sessions` checks each pair."""
    day = today or dt.date.today()
    with transaction():
        programme = get_or_refuse(Programme, programme_id, "programme")
        require_running(programme)
        rules = rules_or_refuse(programme_id)
        clash = slots_clash(programme_id)
        if clash is not None:
            raise ValidationError(clash)
        pairs = list(
            Pair.select().where((Pair.programme == programme) & (Pair.state.in_(PLANNABLE)))
        )
        slots = pair_slots(programme_id)
        for pair in pairs:
            _refuse_not_free(pair.id, slots[pair.id], despite)
        return sum(_plan_pair(pair, rules, day) for pair in pairs)
