"""Step 4 - the rules of the game: the frame of the programme, and each pair's sessions.

The frame says when the pairs meet (start, length, how often, which day and time, how long),
where, and the rules of conduct. A pair may have its own slot. From these, Tandem plans every
pair's sessions, skipping the shop's days off; planning again keeps what already happened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from dataclasses import dataclass

from app.errors import AgainstTheMethod, ValidationError, invalid
from app.i18n import QT_TRANSLATE_NOOP, Message, message
from app.programmes import require_running
from app.schedule import plan_dates
from app.shop import closed_days
from app.storage.database import transaction
from app.storage.lookup import get_or_refuse
from app.storage.models import Pair, PairRules, Programme, ProgrammeRules, Session
from app.validation import clean_date, clean_int, clean_name, clean_note, clean_time
from app.vocabulary import WEEKDAY_LABELS, MethodRule, PairState, SessionStatus, Weekday

_R = "rules"

#: Starting texts for the charter, for the owner to adapt.
DEFAULT_RULE_TEXTS: dict[str, Message] = {
    "confidentiality": message(
        _R,
        QT_TRANSLATE_NOOP("rules", "What is said during a session stays between the two of you."),
    ),
    "kindness": message(
        _R,
        QT_TRANSLATE_NOOP(
            "rules",
            "No question is silly and no mistake is mocked. Each of you speaks to the other with respect.",
        ),
    ),
    "out_of_scope": message(
        _R,
        QT_TRANSLATE_NOOP(
            "rules", "Sessions are for learning, not for doing the mentee's work in their place."
        ),
    ),
}


@dataclass(frozen=True)
class RulesInfo:
    programme_id: int
    start_on: dt.date
    weeks: int
    every_weeks: int
    session_minutes: int
    weekday: Weekday
    start_time: dt.time
    place: str
    confidentiality: str
    kindness: str
    notice_days: int
    contact: str
    out_of_scope: str
    other_rules: str

    @property
    def end_on(self) -> dt.date:
        """The last day of the programme."""
        return self.start_on + dt.timedelta(weeks=self.weeks, days=-1)


@dataclass(frozen=True)
class PairSlot:
    """Where and when a pair meets: the programme's frame with the pair's own changes."""

    weekday: Weekday
    start_time: dt.time
    session_minutes: int
    place: str
    own_weekday: bool
    own_time: bool
    own_minutes: bool
    own_place: bool


def _rules_info(row: ProgrammeRules) -> RulesInfo:
    return RulesInfo(
        row.programme_id,
        row.start_on,
        row.weeks,
        row.every_weeks,
        row.session_minutes,
        Weekday(row.weekday),
        row.start_time,
        row.place,
        row.confidentiality,
        row.kindness,
        row.notice_days,
        row.contact,
        row.out_of_scope,
        row.other_rules,
    )


def _open_weekday(value: object, field: str) -> Weekday:
    number = clean_int(value, field, 0, 6)
    day = Weekday(number)
    days_off, _ = closed_days()
    if day in days_off:
        raise invalid(
            field,
            QT_TRANSLATE_NOOP("validation", "The shop is closed on {day}: choose another day."),
            day=WEEKDAY_LABELS[day],
        )
    return day


def _before_the_first_held(programme_id: int, start_on: dt.date) -> None:
    """A start after a session already held would leave it outside the programme (and a
    session cannot be logged before the start): refused beside the start date."""
    first = (
        Session.select(Session.held_on)
        .join(Pair)
        .where((Pair.programme == programme_id) & (Session.status == SessionStatus.DONE.value))
        .order_by(Session.held_on)
        .first()
    )
    first_held = first.held_on if first is not None else None
    if first_held is not None and start_on > first_held:
        raise invalid(
            "start_on",
            QT_TRANSLATE_NOOP(
                "validation",
                "A session was already held on {day}: the programme cannot start after it.",
            ),
            day=first_held,
        )


def set_programme_rules(
    programme_id: int,
    *,
    start_on: object,
    weeks: object,
    every_weeks: object = 1,
    session_minutes: object = 60,
    weekday: object,
    start_time: object,
    place: str = "",
    confidentiality: str = "",
    kindness: str = "",
    notice_days: object = 2,
    contact: str = "",
    out_of_scope: str = "",
    other_rules: str = "",
) -> RulesInfo:
    """Set the frame of a programme (every field at once, as the form sends it)."""
    fields = {
        "start_on": clean_date(start_on, "start_on"),
        "weeks": clean_int(weeks, "weeks", 1, 104),
        "every_weeks": clean_int(every_weeks, "every_weeks", 1, 8),
        "session_minutes": clean_int(session_minutes, "session_minutes", 10, 480),
        "weekday": _open_weekday(weekday, "weekday").value,
        "start_time": clean_time(start_time, "start_time"),
        "place": clean_name(place, "place", required=False),
        "confidentiality": clean_note(confidentiality, "confidentiality"),
        "kindness": clean_note(kindness, "kindness"),
        "notice_days": clean_int(notice_days, "notice_days", 0, 30),
        "contact": clean_name(contact, "contact", required=False),
        "out_of_scope": clean_note(out_of_scope, "out_of_scope"),
        "other_rules": clean_note(other_rules, "other_rules"),
    }
    if fields["every_weeks"] > fields["weeks"]:  # type: ignore[operator]
        raise invalid(
            "every_weeks",
            QT_TRANSLATE_NOOP(
                "validation", "The pairs must meet at least once during the programme."
            ),
        )
    with transaction():
        programme = get_or_refuse(Programme, programme_id, "programme")
        require_running(programme)
        _before_the_first_held(programme_id, fields["start_on"])  # type: ignore[arg-type]
        ProgrammeRules.insert(programme=programme, **fields).on_conflict(
            conflict_target=[ProgrammeRules.programme],
            update={getattr(ProgrammeRules, key): value for key, value in fields.items()},
        ).execute()
    result = get_programme_rules(programme_id)
    assert result is not None
    return result


def get_programme_rules(programme_id: int) -> RulesInfo | None:
    row = ProgrammeRules.get_or_none(ProgrammeRules.programme == programme_id)
    return _rules_info(row) if row else None


def proposed_rules(programme_id: int, today: dt.date | None = None) -> RulesInfo:
    """The frame Tandem proposes before the owner sets one: from next Monday, eight weekly
    sessions of an hour, on the first open day from Tuesday, at half past nine. The texts
    of the charter are left for the screen to fill in the owner's language."""
    day = today or dt.date.today()
    days_off, _ = closed_days()
    weekday = next(
        (
            Weekday((1 + shift) % 7)
            for shift in range(7)
            if Weekday((1 + shift) % 7) not in days_off
        ),
        Weekday.TUESDAY,
    )
    return RulesInfo(
        programme_id,
        start_on=day + dt.timedelta(days=7 - day.weekday()),
        weeks=8,
        every_weeks=1,
        session_minutes=60,
        weekday=weekday,
        start_time=dt.time(9, 30),
        place="",
        confidentiality="",
        kindness="",
        notice_days=2,
        contact="",
        out_of_scope="",
        other_rules="",
    )


def rules_or_proposal(programme_id: int, today: dt.date | None = None) -> RulesInfo:
    """The programme's frame, or the one Tandem proposes while none is set."""
    return get_programme_rules(programme_id) or proposed_rules(programme_id, today)


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
    that meets another of the same person's is refused (see :mod:`app.steps.diaries`); one
    outside the free time one of the two gave is refused
    (:class:`~app.errors.AgainstTheMethod`) unless ``despite`` names that rule (asked when
    the day or the hour changes, not again for its length or place)."""
    from app.steps.diaries import not_free, slot_clash  # it builds on this module

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
    field ``start_time``). Without it, as :func:`~app.steps.diaries.apply_slot_plan` saves
    slots already checked together."""
    fields = {
        "weekday": _open_weekday(weekday, "weekday").value if weekday is not None else None,
        "start_time": clean_time(start_time, "start_time") if start_time is not None else None,
        "session_minutes": clean_int(session_minutes, "session_minutes", 10, 480, required=False),
        "place": clean_name(place, "place", required=False) if place is not None else None,
    }
    with transaction():
        pair = get_or_refuse(Pair, pair_id, "pair")
        require_running(pair.programme)
        PairRules.insert(pair=pair, **fields).on_conflict(
            conflict_target=[PairRules.pair],
            update={getattr(PairRules, key): value for key, value in fields.items()},
        ).execute()
        slot = pair_slot(pair_id)
        refusal = (
            check(pair_id, slot.weekday, slot.start_time, slot.session_minutes) if check else None
        )
        if refusal is not None:
            raise ValidationError(refusal, "start_time")  # the transaction undoes the change
    return slot


def _slot(rules: RulesInfo, own: PairRules | None) -> PairSlot:
    def pick(name: str) -> tuple[object, bool]:
        value = getattr(own, name) if own is not None else None
        return (value, True) if value is not None else (getattr(rules, name), False)

    weekday, own_weekday = pick("weekday")
    start_time, own_time = pick("start_time")
    minutes, own_minutes = pick("session_minutes")
    place, own_place = pick("place")
    return PairSlot(
        Weekday(weekday),  # type: ignore[arg-type]
        start_time,  # type: ignore[arg-type]
        minutes,  # type: ignore[arg-type]
        place,  # type: ignore[arg-type]
        own_weekday,
        own_time,
        own_minutes,
        own_place,
    )


def _rules_or_refuse(programme_id: int) -> RulesInfo:
    rules = get_programme_rules(programme_id)
    if rules is None:
        raise invalid(
            None,
            QT_TRANSLATE_NOOP(
                "validation", "Set the programme's frame first: start date, length and slot."
            ),
        )
    return rules


def pair_slot(pair_id: int) -> PairSlot:
    """Where and when the pair meets (with the proposed frame while none is set)."""
    pair = get_or_refuse(Pair, pair_id, "pair")
    return _slot(
        rules_or_proposal(pair.programme_id), PairRules.get_or_none(PairRules.pair == pair)
    )


def pair_slots(programme_id: int) -> dict[int, PairSlot]:
    """The slot of every pair of the programme, by pair id - three queries whatever the
    number of pairs (the rules step shows them all at once). While the programme has no
    frame yet, the pairs' own choices are shown over the frame Tandem proposes."""
    rules = rules_or_proposal(programme_id)
    own = {
        row.pair_id: row
        for row in PairRules.select().join(Pair).where(Pair.programme == programme_id)
    }
    pair_ids = Pair.select(Pair.id).where(Pair.programme == programme_id).tuples()
    return {pair_id: _slot(rules, own.get(pair_id)) for (pair_id,) in pair_ids}


# --- planned sessions ---------------------------------------------------------------------


def _to_plan_again(session: Session, today: dt.date) -> bool:
    """Planned by Tandem and still to come: planning again replaces it."""
    return (
        session.generated
        and session.status == SessionStatus.PLANNED.value
        and session.held_on >= today
    )


def _days_to_plan(
    slot: PairSlot,
    rules: RulesInfo,
    kept: list[Session],
    closed: tuple[frozenset[Weekday], list[tuple[dt.date, dt.date]]],
    today: dt.date,
) -> list[dt.date]:
    """The days planning gives a pair from ``today`` on, around the sessions ``kept``."""
    # a day is taken by a session held then, and by one planned then and held another day
    taken = {row.held_on for row in kept} | {row.planned_on for row in kept}
    days_off, closures = closed
    dates = plan_dates(
        rules.start_on, rules.weeks, rules.every_weeks, slot.weekday, days_off, closures
    )
    return [day for day in dates if day >= today and day not in taken]


def pairs_to_plan_again(programme_id: int, today: dt.date | None = None) -> int:
    """How many pairs have sessions to come that no longer follow the frame (its start,
    length, rhythm, slot, the days off): their sessions were planned, then the frame
    changed. Planning again moves them. Reads the whole programme in four queries."""
    day = today or dt.date.today()
    rules = get_programme_rules(programme_id)
    if rules is None:
        return 0
    slots = pair_slots(programme_id)
    sessions: dict[int, list[Session]] = {}
    for session in (
        Session.select()
        .join(Pair)
        .where((Pair.programme == programme_id) & (Pair.state.in_(_PLANNABLE)))
    ):
        sessions.setdefault(session.pair_id, []).append(session)
    closed = closed_days()
    count = 0
    for pair_id, listed in sessions.items():
        if not any(row.generated for row in listed):
            continue  # never planned by Tandem: nothing to move
        slot = slots[pair_id]
        kept = [row for row in listed if not _to_plan_again(row, day)]
        wanted = {
            (planned, slot.start_time, slot.session_minutes)
            for planned in _days_to_plan(slot, rules, kept, closed, day)
        }
        now = {
            (row.held_on, row.start_time, row.minutes) for row in listed if _to_plan_again(row, day)
        }
        count += wanted != now
    return count


def _plan_pair(pair: Pair, rules: RulesInfo, today: dt.date) -> int:
    slot = _slot(rules, PairRules.get_or_none(PairRules.pair == pair))
    Session.delete().where(
        (Session.pair == pair)
        & (Session.generated == True)  # noqa: E712
        & (Session.status == SessionStatus.PLANNED.value)
        & (Session.held_on >= today)
    ).execute()
    kept = list(Session.select(Session.held_on, Session.planned_on).where(Session.pair == pair))
    new = _days_to_plan(slot, rules, kept, closed_days(), today)
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
            }
            for day in new
        ]
    ).execute()
    return len(new)


_PLANNABLE = (PairState.PROPOSED.value, PairState.ACTIVE.value, PairState.PAUSED.value)


def plan_sessions(pair_id: int, today: dt.date | None = None) -> int:
    """(Re)plan one pair's sessions from today on; sessions held, moved or added by hand stay.

    Returns the number of sessions planned.
    """
    day = today or dt.date.today()
    with transaction():
        pair = get_or_refuse(Pair, pair_id, "pair")
        require_running(pair.programme)
        if pair.state not in _PLANNABLE:
            raise invalid(
                None,
                QT_TRANSLATE_NOOP(
                    "validation", "A finished or stopped pair has no more sessions to plan."
                ),
            )
        return _plan_pair(pair, _rules_or_refuse(pair.programme_id), day)


def plan_all_sessions(programme_id: int, today: dt.date | None = None) -> int:
    """(Re)plan the sessions of every pair still under way, in one transaction."""
    from app.steps.diaries import slots_clash  # it builds on this module

    day = today or dt.date.today()
    with transaction():
        programme = get_or_refuse(Programme, programme_id, "programme")
        require_running(programme)
        rules = _rules_or_refuse(programme_id)
        clash = slots_clash(programme_id)
        if clash is not None:
            raise ValidationError(clash)
        pairs = Pair.select().where((Pair.programme == programme) & (Pair.state.in_(_PLANNABLE)))
        return sum(_plan_pair(pair, rules, day) for pair in pairs)
